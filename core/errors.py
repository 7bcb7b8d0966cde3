"""Errors the user can act on. Each carries one clear line: what went wrong and where."""


class UnknotError(Exception):
    """A problem to report to the user in one line (CLI: stderr and a non-zero exit)."""

    exit_code = 1
