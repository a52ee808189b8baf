"""The login dialog: every attempt goes through the use case, so failures are audited and lock the account."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain.application import Lianxin
from domain.base import Actor
from domain.errors import DomainError


class LoginDialog(QDialog):
    """`attempt(name, password)` logs in; by default through `app`. An encrypted store passes its own,
    which first opens the store with the key that the password unwraps."""

    def __init__(
        self,
        app: Lianxin | None,
        workstation: str,
        township: str,
        parent: QWidget | None = None,
        attempt: Callable[[str, str], Actor] | None = None,
    ) -> None:
        super().__init__(parent)
        if attempt is None:
            assert app is not None
            attempt = partial(self._through_app, app)
        self.attempt = attempt
        self.workstation = workstation
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("连心台帐 — 登录"))
        self.name = QLineEdit()
        self.name.setObjectName("login_name")
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.name)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("{0} “走进群众”活动台帐").format(township))
        title.setStyleSheet("font-size: 16pt; font-weight: bold; margin-bottom: 8px")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _through_app(self, app: Lianxin, name: str, password: str) -> Actor:
        return app.login(name, password, self.workstation)

    def try_login(self) -> None:
        try:
            self.actor = self.attempt(self.name.text(), self.password.text())
        except DomainError as error:
            self.message.setText(error.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
