"""Qt's own texts in Dutch: standard buttons, text-field context menus, file dialog.

Qt ships ``qtbase_nl.qm`` in the folder ``QLibraryInfo`` reports as TranslationsPath,
also in the frozen PyInstaller build. It must be installed before the first widget is
built, because widgets translate their texts when they are created. A few strings of
the (non-native) file dialog are missing from Qt's Dutch catalogue; they are filled in
here so no English label is left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# (context, source text) -> Dutch, only for what qtbase_nl.qm leaves untranslated.
MISSING_IN_QT = {
    ("QFileDialog", "&Look in:"): "&Zoeken in:",
    ("QFileDialog", "Files of &type:"): "Bestands&type:",
    ("QFileDialog", "Sidebar"): "Zijbalk",
    ("QFileDialog", "List of places and bookmarks"): "Lijst met plaatsen en bladwijzers",
    ("QFileDialog", "Files"): "Bestanden",
}

CATALOGUES = ("qtbase_nl", "qt_nl")


class DutchTranslator(QTranslator):
    """Qt's Dutch catalogue plus the few strings it lacks."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401
        extra = MISSING_IN_QT.get((context, source_text))
        if extra is not None:
            return extra
        return super().translate(context, source_text, disambiguation, n)


def install_dutch(app: QCoreApplication) -> DutchTranslator | None:
    """Install the Dutch Qt translations once; returns the translator (None if absent).

    The translator is kept as a Python attribute of the application so that it lives as
    long as the application does (Qt does not own installed translators).
    """
    existing = getattr(app, "_zorgdesk_translator", None)
    if existing is not None:
        return existing
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = DutchTranslator(app)
    if not any(translator.load(name, folder) for name in CATALOGUES):
        return None
    app.installTranslator(translator)
    app._zorgdesk_translator = translator
    # Month and day names (calendar pop-ups), number formats: Dutch as well.
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return translator


def remove_dutch(app: QCoreApplication) -> None:
    """Undo install_dutch (tests that want Qt's untranslated texts back)."""
    translator = getattr(app, "_zorgdesk_translator", None)
    if translator is not None:
        app.removeTranslator(translator)
        app._zorgdesk_translator = None
        QLocale.setDefault(QLocale.system())
