"""Unknot's entry point: parse the command line, then hand over to the window or a command."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from core import APP_NAME, __version__
from core.errors import UnknotError
from core.logs import configure_logging
from core.paths import Paths
from core.reading import NotRegularFile

PROG = "unknot"
READERS = ("export", "report")
"""Commands that only read the journal: they work where its folder cannot be written."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: {message} (see '{PROG} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, as ARCHITECTURE.md lists it."""
    parser = _Parser(prog=PROG, description=f"{APP_NAME}: find, treat and follow muscle knots.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="keep every file the app writes under DIR"
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start in the tray without showing the window"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    export = sub.add_parser("export", help="write the journal to a JSON file or CSV folder")
    export.add_argument("--format", choices=("json", "csv"), required=True)
    export.add_argument("--out", metavar="PATH", required=True)

    imp = sub.add_parser("import", help="add a journal export to this journal")
    imp.add_argument("path", metavar="PATH")

    report = sub.add_parser("report", help="write a PDF report for your therapist")
    report.add_argument("--out", metavar="PATH.pdf", required=True)
    report.add_argument("--weeks", type=int, default=8, metavar="N")

    demo = sub.add_parser("demo", help="fill the journal with sample history, marked as sample")
    demo.add_argument("--weeks", type=int, default=8, metavar="N")

    routines = sub.add_parser("routines", help="list routines, or check one routine file")
    routines.add_argument("--check", metavar="FILE")

    progress = sub.add_parser("progress", help="each knot: tenderness now, trend, plan, suggestion")
    progress.add_argument("--json", action="store_true", help="as JSON (docs/progress-format.md)")
    return parser


def run_command(args: argparse.Namespace, paths: Paths) -> int:
    """Hand a parsed subcommand to its implementation."""
    from core import commands

    if args.command == "export":
        return commands.export(paths, args.format, args.out)
    if args.command == "import":
        return commands.import_(paths, args.path)
    if args.command == "demo":
        return commands.demo(paths, args.weeks)
    if args.command == "routines":
        return commands.routines(paths, args.check)
    if args.command == "progress":
        return commands.progress(paths, args.json)
    assert args.command == "report", args.command  # argparse allows no other
    from ui.report_command import report

    return report(paths, args.out, args.weeks)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Unknot; return the process exit status."""
    args = build_parser().parse_args(argv)
    log_file = None
    try:
        paths = Paths.resolve(args.data_dir)
        try:
            paths.create()
            log_file = configure_logging(paths.logs)
        except UnknotError as error:
            if args.command not in READERS or isinstance(error, NotRegularFile):
                raise
            # A reader still reads a journal on a read-only or full disk, without a log;
            # a FIFO or a device where a file belongs is refused all the same.
        if args.command is None:
            from ui.app import run_gui

            return run_gui(paths, minimized=args.minimized)
        code = run_command(args, paths)
        sys.stdout.flush()  # here, so that a closed pipe (`progress | head`) is caught below
        return code
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the flush at exit must not fail again
        return 141  # as a shell reports a command ended by SIGPIPE
    except UnknotError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except OSError as error:  # a file or folder the system refused: say which, and why
        if log_file:
            logging.getLogger(PROG).exception("file error")
        print(f"{PROG}: {os_error_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:
        if log_file:  # before logging is set up, the traceback would land on stderr
            logging.getLogger(PROG).exception("unexpected error")
        where = f"; details are in the log at {log_file}" if log_file else ""
        print(f"{PROG}: something went wrong ({error}){where}", file=sys.stderr)
        return 1


def os_error_line(error: OSError) -> str:
    """'PATH: reason' for an error the system gave about a file, on one line."""
    reason = error.strerror or str(error)
    if error.filename is None:
        return reason
    name = os.fsdecode(error.filename)
    return f"{name.encode('utf-8', 'backslashreplace').decode()}: {reason}"


if __name__ == "__main__":
    sys.exit(main())
