"""The read side's one port for the desk: a query object per read model, built once per store, and the
chain's head and checks. Pages ask `ops.queries`, never an engine."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from eventsourcing.persistence import ApplicationRecorder
from sqlalchemy.engine import Engine

from projections.articles import ArticleQuery
from projections.audit import AuditQuery
from projections.chain import HeadCheck, VerifyResult, check_head, head, verify
from projections.concerns import ConcernQuery
from projections.contacts import ContactQuery
from projections.findings import FindingsQuery
from projections.interviews import InterviewQuery
from projections.ratings import RatingQuery
from projections.roster import RosterQuery
from projections.settings import SettingsQuery
from projections.summary import SummaryQuery
from projections.unit_work import UnitWorkQuery
from projections.visits import VisitQuery


class Queries:
    def __init__(self, engine: Engine, recorder: ApplicationRecorder) -> None:
        self._engine = engine
        self._recorder = recorder

    @cached_property
    def articles(self) -> ArticleQuery:
        return ArticleQuery(self._engine)

    @cached_property
    def audit(self) -> AuditQuery:
        return AuditQuery(self._engine)

    @cached_property
    def concerns(self) -> ConcernQuery:
        return ConcernQuery(self._engine)

    @cached_property
    def contacts(self) -> ContactQuery:
        return ContactQuery(self._engine)

    @cached_property
    def interviews(self) -> InterviewQuery:
        return InterviewQuery(self._engine)

    @cached_property
    def ratings(self) -> RatingQuery:
        return RatingQuery(self._engine)

    @cached_property
    def roster(self) -> RosterQuery:
        return RosterQuery(self._engine)

    @cached_property
    def settings(self) -> SettingsQuery:
        return SettingsQuery(self._engine)

    @cached_property
    def unit_work(self) -> UnitWorkQuery:
        return UnitWorkQuery(self._engine)

    @cached_property
    def visits(self) -> VisitQuery:
        return VisitQuery(self._engine)

    @property
    def findings(self) -> FindingsQuery:
        """A fresh one each time: it remembers what it read for one set of findings."""
        return FindingsQuery(self._engine)

    @property
    def summary(self) -> SummaryQuery:
        """A fresh one each time, like the findings it reads."""
        return SummaryQuery(self._engine)

    def head(self, up_to: int | None = None) -> tuple[int, str]:
        """The hash chain's head (event number, link) at `up_to` (None: now)."""
        return head(self._engine, up_to)

    def verify(self, progress: Callable[[int], None] | None = None) -> VerifyResult:
        return verify(self._recorder, self._engine, progress=progress)

    def check_head(self, printed: str, *, chain_verified: bool) -> HeadCheck:
        return check_head(self._recorder, self._engine, printed, chain_verified=chain_verified)
