"""Starting the app: translations, the store, the login, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desk.bootstrap import Settings, bootstrap, key_ring
from desk.gui.login import LoginDialog
from desk.gui.printing import register_shipped_fonts
from domain.base import Actor
from domain.errors import DomainError
from projections.settings import SettingsQuery
from projections.store import Store

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
    qapp.setProperty("lianxin_lang", lang)  # rule texts follow the window's language (operations.english)
    font = QFont()
    shipped = register_shipped_fonts()  # Chinese on screen and on paper even with no Chinese font installed
    font.setFamilies(["Microsoft YaHei", *shipped, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Sans Serif"])
    font.setPointSize(10)
    qapp.setFont(font)
    install_translator(qapp, lang)
    return qapp


def login_dialog(settings: Settings) -> tuple[LoginDialog, list[Store]]:
    """The login for the store `settings` names, and the list that holds the store once opened. A plain
    store opens first (the dialog shows its township); an encrypted one only when an operator's password
    unwraps its key, so nothing is read before someone has logged in."""
    opened: list[Store] = []
    ring = key_ring(settings)
    if ring.exists():

        def attempt(name: str, password: str) -> Actor:
            if not opened:
                opened.append(bootstrap(settings, create=False, credentials=(name, password), ring=ring))
            return opened[0].app.login(name, password, settings.workstation)

        return LoginDialog(None, settings.workstation, ring.township(), attempt=attempt), opened
    opened.append(bootstrap(settings, create=False, ring=ring))
    campaign = SettingsQuery(opened[0].engine).campaign()
    return LoginDialog(opened[0].app, settings.workstation, campaign[1] if campaign else ""), opened


def run_app(db: str | None = None, lang: str = "zh") -> int:
    from desk.gui.main_window import MainWindow
    from desk.gui.operations import Operations
    from desk.logs import setup_logging

    setup_logging()  # `make run` comes here without the command line's main
    qapp = make_qapp(lang)
    settings = Settings(db=db, lang=lang)
    try:
        login, opened = login_dialog(settings)
    except DomainError as error:
        QMessageBox.critical(None, "连心台帐", error.message)
        return 2
    accepted = login.exec() == LoginDialog.DialogCode.Accepted and login.actor is not None
    if not accepted or not opened or login.actor is None:
        for store in opened:
            store.projector.catch_up()
            store.close()
        return 1
    store = opened[0]
    ops = Operations(store, deferred=True)
    store.start_subscription()
    window = MainWindow(ops, login.actor, daily_backups=True)
    window.show()
    code = qapp.exec()
    store.close()
    return code
