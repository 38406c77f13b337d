"""Render the SVG icon to the PNG sizes a Linux desktop (hicolor theme) needs.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py [OUTDIR]``;
writes OUTDIR/hicolor/NxN/apps/export-advisor.png and the scalable SVG.
"""

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = Path(__file__).resolve().parents[1] / "app" / "ui" / "assets" / "export-advisor.svg"


def main() -> None:
    """Write every size."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")
    app = QGuiApplication([])  # noqa: F841  (QPainter needs a GUI application)
    renderer = QSvgRenderer(str(SVG))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "export-advisor.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = out / "hicolor" / "scalable" / "apps" / "export-advisor.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(SVG, scalable)
    print(f"icons in {out}/hicolor ({', '.join(map(str, SIZES))} px and scalable)")


if __name__ == "__main__":
    main()
