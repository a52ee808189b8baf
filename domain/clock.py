"""One injectable clock: rules compare business dates with the workstation's today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


def local_zone() -> tzinfo:
    """The zone business dates are read in: the workstation's local zone."""
    tz = datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime (UTC) used as the events' recorded-at."""
        ...

    def today(self) -> date:
        """Today at the workstation, for R-G1."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(tz=UTC)

    def today(self) -> date:
        return datetime.now(tz=local_zone()).date()


class FixedClock:
    """A clock tests and the demo generator move by hand."""

    def __init__(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=local_zone())
        self._moment = moment.astimezone(UTC)

    def now(self) -> datetime:
        return self._moment

    def today(self) -> date:
        return self._moment.astimezone(local_zone()).date()

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=local_zone())
        self._moment = moment.astimezone(UTC)

    def advance(self, **kwargs: float) -> None:
        self._moment += timedelta(**kwargs)
