"""What every area of the plan's use cases shares: the core it runs on."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.application import Lianxin


class Area:
    """One area's use cases (concerns, contacts, visits, interview days, ratings and articles, units'
    own work): a small application over the shared core — storage, the clock, the look-ups and scope
    checks every area uses (`domain/service.py`) — reached as `app.<area>` (`app.visits.record_visit`).
    An area that needs another's (a visit raises concerns) asks it through the core."""

    def __init__(self, core: Lianxin) -> None:
        self.core = core
