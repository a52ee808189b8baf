"""Starting the app: translations, the store, the login, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.bootstrap import Settings, bootstrap
from domain.errors import DomainError

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def install_translator(qapp: QApplication, lang: str) -> QTranslator | None:
    """Source strings are Simplified Chinese; English comes from resources/i18n/lianxin_en.qm."""
    if lang != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        # Qt's own strings (standard buttons, print dialogs) in Chinese too
        qt = QTranslator(qapp)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            qapp.installTranslator(qt)
            return qt
        return None
    translator = QTranslator(qapp)
    if translator.load(str(I18N / "lianxin_en.qm")):
        qapp.installTranslator(translator)
        return translator
    logging.getLogger("desk").warning("English translation not found in %s", I18N)
    return None


def make_qapp(lang: str) -> QApplication:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("连心台帐")
    font = QFont()
    font.setFamilies(["Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Sans Serif"])
    font.setPointSize(10)
    qapp.setFont(font)
    install_translator(qapp, lang)
    return qapp


def run_app(db: str | None = None, lang: str = "zh") -> int:
    from desk.gui.login import LoginDialog
    from desk.gui.main_window import MainWindow
    from desk.gui.operations import Operations
    from projections.settings import SettingsQuery

    qapp = make_qapp(lang)
    settings = Settings(db=db, lang=lang)
    try:
        store = bootstrap(settings, create=False)
    except DomainError as error:
        QMessageBox.critical(None, "连心台帐", error.message)
        return 2
    campaign = SettingsQuery(store.engine).campaign()
    login = LoginDialog(store.app, settings.workstation, campaign[1] if campaign else "")
    if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
        store.projector.catch_up()
        store.close()
        return 1
    ops = Operations(store, deferred=True)
    store.start_subscription()
    window = MainWindow(ops, login.actor, daily_backups=True)
    window.show()
    code = qapp.exec()
    store.close()
    return code
