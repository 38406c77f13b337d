"""What the one-folder app bundle holds.

The spec (``export-advisor.spec``) and a test read the same lists, so a data file the
app loads at run time cannot go missing.

- :func:`data_files`: every file the app opens at run time, as (source, folder in the
  bundle) pairs, found from the packages (knowledge base, compiled translations, icon).
- :data:`EXCLUDES`: modules left out. scikit-criteria (with scipy, scikit-learn,
  matplotlib, seaborn, networkx, pulp) is the reference the project's numpy methods are
  checked against; the bundle ranks without it, and its background check then says it
  could not run. Unused Qt modules are left out by name (:data:`QT_KEPT` are kept).
  So are modules that only development tools reach: pydantic's mypy plugin would bring
  mypy and its parser (ast_serialize), and numpy's ``show_config`` PyYAML.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Qt modules the app imports (QtCharts for the charts, QtSvg for the icon).
QT_KEPT = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtOpenGL", "QtOpenGLWidgets")
#: Every other PySide6 module of the wheels, left out of the bundle.
QT_UNUSED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
EXCLUDES = (
    "skcriteria",
    "scipy",
    "sklearn",
    "matplotlib",
    "seaborn",
    "networkx",
    "pulp",
    "PIL",
    "tkinter",
    "IPython",
    "pytest",
    "hypothesis",
    "pymcdm",
    "mypy",
    "ast_serialize",
    "yaml",
    *(f"PySide6.{m}" for m in QT_UNUSED),
)


def data_files() -> list[tuple[str, str]]:
    """Every data file the app opens at run time, with its folder in the bundle."""
    pairs = []
    for pattern in ("criteria/data/*.toml", "app/i18n/*.qm", "app/ui/assets/*"):
        for path in sorted(ROOT.glob(pattern)):
            pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    return pairs
