"""The one place that builds everything from a settings object: store, projections, and (in the UI) windows."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

from domain.clock import Clock, SystemClock
from projections.store import Store, StoreClock, open_store


@dataclass(frozen=True)
class Settings:
    db: str | None = None
    lang: str = "zh"
    workstation: str = field(
        default_factory=lambda: os.environ.get("DESK_WORKSTATION") or socket.gethostname()
    )
    clock: Clock = field(default_factory=SystemClock)


def bootstrap(settings: Settings, *, create: bool = True) -> Store:
    """Opens the store and brings every read model up to date."""
    store = open_store(settings.db, settings.clock, create=create)
    if isinstance(settings.clock, SystemClock):  # tests and the demo set their own clocks
        store.app.clock = StoreClock(store, settings.clock)
    store.projector.catch_up()
    return store
