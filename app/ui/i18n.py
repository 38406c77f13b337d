"""The interface language: Qt translators for the app's strings and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from app import catalogue

#: Language code → (name shown in the menu, Qt locale name).
#: Each language of the catalogue (:data:`app.catalogue.LANGUAGES`): its name in itself
#: and its Qt locale.
_NAMES = {"en": ("English", "en_US"), "zh": ("中文（简体）", "zh_CN")}
LANGUAGES = {code: _NAMES[code] for code in catalogue.LANGUAGES}
QM_DIR = Path(__file__).resolve().parents[1] / "i18n"
#: Fonts for Simplified Chinese glyphs, preferred over Qt's fallback (often a Japanese
#: variant of the same font).
CJK_FONTS = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
]
#: Qt's own strings its translation still lacks (Qt 6 changed the source text and
#: qtbase_zh_CN.qm kept the old one): (context, source) → translation.
QT_GAPS = {
    "zh": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    }
}


class _GapTranslator(QTranslator):
    """Translates the few Qt strings :data:`QT_GAPS` lists, and nothing else."""

    def __init__(self, parent: QCoreApplication, gaps: dict[tuple[str, str], str]) -> None:
        super().__init__(parent)
        self.gaps = gaps

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.gaps

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None is Qt's null string: the next translator is asked (an empty one is not)
        return self.gaps.get((context, source))


_installed: list[QTranslator] = []
_current = ["en"]


def current() -> str:
    """The interface language installed last (``"en"`` before any)."""
    return _current[0]


def system_language() -> str:
    """The language to start in when the user has not chosen one."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def qm_path(lang: str) -> Path:
    """Where the compiled translation of ``lang`` lives (built by ``make``)."""
    return QM_DIR / f"export_advisor_{LANGUAGES[lang][1]}.qm"


def install(lang: str) -> bool:
    """Make ``lang`` the interface language; True when its translation was loaded.

    Installing a translator sends LanguageChange to every widget, which retranslates.
    English is the source language and needs no file.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install(): create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = lang
    QLocale.setDefault(QLocale(LANGUAGES[lang][1]))
    if isinstance(app, QGuiApplication):
        font = QGuiApplication.font()
        base = [f for f in font.families() if f not in CJK_FONTS] or [font.family()]
        font.setFamilies(base + CJK_FONTS if lang == "zh" else base)
        QGuiApplication.setFont(font)
    if lang == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(qm_path(lang)))
    qt = QTranslator(app)
    if qt.load(
        f"qtbase_{LANGUAGES[lang][1]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    if lang in QT_GAPS:
        gaps = _GapTranslator(app, QT_GAPS[lang])
        app.installTranslator(gaps)
        _installed.append(gaps)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    return loaded
