"""One helper for every UI write: run the use case, show a rejection, catch up, announce what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from domain.application import Lianxin
from domain.base import Actor
from domain.catalogue import describe
from domain.errors import DomainError
from projections.environment import is_disk_full
from projections.queries import Queries
from projections.store import Store

if TYPE_CHECKING:
    from desk.importer import Importer

log = logging.getLogger("desk.gui")


def english() -> bool:
    """Whether the window speaks English (`desk --lang en`): rule texts then come in English too."""
    app = QApplication.instance()
    return app is not None and app.property("lianxin_lang") == "en"


class StoreServices:
    """The third port: what the windows ask of the store itself rather than of a read model or a use
    case — where it is, its stale read models, signed checkpoints, backups, an erasure, an import."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def where(self) -> str:
        return self._store.location.display

    @property
    def embedded(self) -> bool:
        """A file on this machine (SQLite), not a shared server."""
        return self._store.location.kind == "sqlite"

    @property
    def tampering(self) -> list[str]:
        """What opening the store found wrong with its protection."""
        return list(self._store.tampering)

    def stale(self) -> list[tuple[str, int, str]]:
        """The read models marked stale: (name, the notification they could not take, why)."""
        return self._store.projector.faults()

    def catch_up(self) -> int:
        return self._store.projector.catch_up()

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        """重建台帐: what `desk rebuild` does (refused while the chain does not match the events)."""
        return self._store.rebuild_read_models(progress)[0]

    def sign_checkpoint(self, reason: str) -> None:
        from desk.checkpoints import sign_checkpoint

        sign_checkpoint(self._store, reason)

    def check_checkpoints(self, *, chain_verified: bool) -> tuple[int, list[str]]:
        from desk.checkpoints import check_checkpoints

        return check_checkpoints(self._store, chain_verified=chain_verified)

    def daily_backup(self) -> Path | None:
        from desk.backup import daily_backup

        return daily_backup(self._store)

    def last_backup(self) -> Path | None:
        from desk.backup import last_backup

        return last_backup(self._store)

    def backups_folder(self) -> Path:
        from desk.backup import backups_folder

        return backups_folder(self._store)

    def forget(
        self, actor: Actor, kind: str, code: str, reason: str, progress: Callable[[int], None] | None = None
    ) -> int:
        """删除个人信息: the erasure recorded, the keys destroyed, every read model rebuilt."""
        from desk.erasure import forget

        return forget(self._store, actor, kind, code, reason, progress)

    def importer(self, actor: Actor, after_row: Callable[[], None] | None = None) -> Importer:
        from desk.importer import Importer

        return Importer(self._store.app, actor, after_row, store=self._store)


class Operations(QObject):
    """Views refresh on `changed`, never by polling the database themselves."""

    #: the projector's position after the change, and the read models that changed (a frozenset of names)
    changed = Signal(int, object)
    rejected = Signal(str, str)  # rule code, message

    def __init__(self, store: Store, *, deferred: bool = False) -> None:
        super().__init__()
        self.store = store
        #: the write side's one port: the application's use cases, by area (visits.record_visit, …),
        #: each checking the operator's session and the plan's rules
        self.commands: Lianxin = store.app
        #: the read side's one port: a query object per read model, the chain's head and checks
        self.queries = Queries(store.engine, store.app.recorder)
        #: the store's own services: checkpoints, backups, an erasure, an import, its stale read models
        self.services = StoreServices(store)
        #: pages that are not on screen reload when shown, not on every change (the app; tests see all pages)
        self.deferred = deferred
        store.projector.on_caught_up(self._announce)
        self._pending: int | None = None
        self._pending_names: set[str] = set()
        self._seen = store.projector.position()
        #: the rule code and message of the last command refused (shown by the view that ran it, only)
        self.last_rejection: tuple[str, str] = ("", "")
        #: a long command (an erasure's rebuild) is under way on this thread: the poll leaves the projector
        #: alone until it ends, instead of waiting for the lock that command holds
        self.busy = False

    def _announce(self, position: int, names: frozenset[str]) -> None:
        self._pending = max(position, self._pending or 0)
        self._pending_names |= names

    def refresh(self) -> None:
        """Catches up with what other processes stored, and announces a change whenever the read models'
        position moved — whichever process (this one, another workstation, the PostgreSQL subscription)
        did the projecting. The log's head is checked first: an idle poll is two small queries, no write lock."""
        if self.busy:
            return
        projector = self.store.projector
        if int(projector.recorder.max_notification_id() or 0) > self._seen:
            projector.catch_up()
        position = projector.position()
        if position > max(self._seen, self._pending or 0):  # projected by another workstation: which models?
            self._pending_names |= projector.changed_between(max(self._seen, self._pending or 0), position)
            self._pending = position
        self.flush()

    @contextmanager
    def long_command(self) -> Iterator[None]:
        """While a command keeps the event loop turning (a progress dialog), no refresh runs inside it."""
        self.busy = True
        try:
            yield
        finally:
            self.busy = False

    def reload(self, names: frozenset[str]) -> None:
        """The pages showing these read models read them again (rebuilt elsewhere: same position)."""
        self.changed.emit(self._seen, names)

    def flush(self) -> None:
        if self._pending is not None:
            position, self._pending = self._pending, None
            names, self._pending_names = frozenset(self._pending_names), set()
            self._seen = max(self._seen, position)
            self.changed.emit(position, names)

    def run(self, parent: QWidget | None, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        """True when the command was stored; on a rejection the message is shown and nothing is lost."""
        try:
            use_case(*args, **kwargs)
        except DomainError as error:
            self.last_rejection = (error.code, error.message)
            self.rejected.emit(error.code, error.message)
            if parent is not None:
                QMessageBox.warning(
                    parent, self.tr("未能保存"), describe(error.code, error.message, english())
                )
            return False
        except Exception as exc:
            if is_disk_full(exc):
                full = self.tr("磁盘空间不足,这条记录未能保存(请清理磁盘后重试;此前已保存的记录不受影响)")
                self.last_rejection = ("", full)
                if parent is not None:
                    QMessageBox.warning(parent, self.tr("未能保存"), full)
                return False
            log.exception("command failed")
            if parent is not None:
                QMessageBox.critical(
                    parent,
                    self.tr("程序错误"),
                    self.tr("操作未完成:{0}(详情已写入日志)").format(exc.__class__.__name__),
                )
            return False
        self.refresh()
        return True
