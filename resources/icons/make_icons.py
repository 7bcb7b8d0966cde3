"""Renders Unknot's icon (resources/icons/unknot.svg, our own drawing) into the freedesktop
hicolor theme layout that desktops, AppStream and the wheel's share/ folder expect:

    hicolor/NxN/apps/io.github.unknot.Unknot.png     N = 16, 22, 24, 32, ... 512
    hicolor/scalable/apps/io.github.unknot.Unknot.svg

Sizes up to 24 px come from unknot-small.svg, the same drawing with a thicker cord and
no gap at the crossing, so the loop still reads when one pixel is a sixteenth of the
tile. Rendered with Qt's SVG renderer, offscreen, antialiased; the output is the same on
every run. Run it again after changing either SVG:

    python resources/icons/make_icons.py            # writes next to this script
    python resources/icons/make_icons.py OUT_DIR
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP_ID = "io.github.unknot.Unknot"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24
SOURCE = HERE / "unknot.svg"
SMALL_SOURCE = HERE / "unknot-small.svg"


def png_path(out: Path, size: int) -> Path:
    """Where the PNG of one size goes under `out`."""
    return out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path(out: Path) -> Path:
    """Where the scalable icon goes under `out`."""
    return out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def make_icons(out: Path) -> list[Path]:
    """Write every PNG size and the scalable SVG under `out`; return the files written.
    Needs a QGuiApplication (main() makes one)."""
    from PySide6.QtCore import QRectF  # noqa: TID251 - a build script, not core/
    from PySide6.QtGui import QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    written: list[Path] = []
    renderers = {path: QSvgRenderer(str(path)) for path in (SOURCE, SMALL_SOURCE)}
    for path, renderer in renderers.items():
        if not renderer.isValid():
            raise SystemExit(f"make_icons.py: {path}: not a valid SVG")
    for size in SIZES:
        renderer = renderers[SMALL_SOURCE if size <= SMALL_UP_TO else SOURCE]
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = png_path(out, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target)):
            raise SystemExit(f"make_icons.py: {target}: cannot write")
        written.append(target)
    scalable = svg_path(out)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    """Write the icons next to this script, or under the folder given."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: TID251

    out = Path(argv[1]) if len(argv) > 1 else HERE
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in make_icons(out):
        print(path.relative_to(out) if path.is_relative_to(out) else path)
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
