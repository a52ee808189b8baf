"""The article register (R-A3: each required author submitted, late or not yet; every version kept)
and the list of exemplary practice with the record it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, and_, func, or_, select
from sqlalchemy.engine import Connection, Engine

from domain.articles import Articles, Exemplar, ResearchTopic, is_late
from projections.base import OPEN, Envelope, as_of, metadata, supersede, temporal_columns, topics_of
from projections.roster import people, units
from projections.settings import parameter_in_force

topics = Table(
    "research_topics",
    metadata,
    Column("code", String, primary_key=True),
    Column("title", String, nullable=False),
    Column("set_on", Date, nullable=False),
    Column("assignee", String, nullable=False),
    Column("valid_from", Integer, nullable=False),
)

# each submitted version as it stood (temporal: a correction or a void supersedes the row)
versions = Table(
    "article_versions",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("author", String, nullable=False, index=True),
    Column("number", Integer, nullable=False),  # 1-based, in the order submitted
    Column("title", String, nullable=False),
    Column("topic", String, nullable=False),
    Column("on", Date, nullable=False),
    Column("sha256", String, nullable=False),
    Column("file_name", String, nullable=False),
    Column("voluntary", Boolean, nullable=False),
    Column("late", Boolean, nullable=False),  # R-A2
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)

exemplars = Table(
    "exemplars",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("code", String, nullable=False),
    Column("on", Date, nullable=False),
    Column("record_kind", String, nullable=False),
    Column("record_code", String, nullable=False),
    Column("summary", String, nullable=False),
    Column("reported_on", Date, nullable=True),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)

articles_ids = Table(
    "article_authors",
    metadata,
    Column("originator_id", String, primary_key=True),
    Column("author", String, nullable=False),
)

REQUIRED_IDENTITIES = ("党政负责人", "党组织书记", "机关中层干部")


class ArticleProjection:
    name = "articles"
    event_topics: tuple[str, ...] = topics_of(Articles, Exemplar, ResearchTopic)
    tables = (topics, versions, exemplars, articles_ids)

    @staticmethod
    def _author(conn: Connection, e: Any) -> str:
        return str(
            conn.execute(
                select(articles_ids.c.author).where(articles_ids.c.originator_id == str(e.originator_id))
            ).scalar_one()
        )

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        match e:
            case ResearchTopic.Set():
                conn.execute(
                    topics.insert(),
                    dict(code=e.code, title=e.title, set_on=e.on, assignee=e.assignee, valid_from=nid),
                )
            case Articles.Opened():
                conn.execute(articles_ids.insert(), dict(originator_id=str(e.originator_id), author=e.author))
            case Articles.Submitted():
                author = self._author(conn, e)
                deadline = date.fromisoformat(parameter_in_force(conn, "article_deadline", nid, "9999-12-31"))
                number = conn.execute(
                    select(func.count()).where(versions.c.author == author, versions.c.valid_to == OPEN)
                ).scalar_one()
                conn.execute(
                    versions.insert(),
                    dict(
                        valid_from=nid,
                        number=int(number) + 1,
                        author=author,
                        title=e.title,
                        topic=e.topic,
                        on=e.on,
                        sha256=e.sha256,
                        file_name=e.file_name,
                        voluntary=e.voluntary,
                        late=is_late(e.on, deadline),
                    ),
                )
            case Articles.VersionCorrected():
                key = and_(versions.c.author == self._author(conn, e), versions.c.number == e.number)
                fixed: dict[str, Any] = dict(e.changes)
                if "on" in fixed:
                    fixed["on"] = date.fromisoformat(fixed["on"])
                    due = parameter_in_force(conn, "article_deadline", nid, "9999-12-31")
                    fixed["late"] = is_late(fixed["on"], date.fromisoformat(due))
                supersede(conn, versions, key, nid, **fixed)
            case Articles.VersionVoided():
                key = and_(versions.c.author == self._author(conn, e), versions.c.number == e.number)
                supersede(conn, versions, key, nid, voided=True)
            case Exemplar.Nominated():
                conn.execute(
                    exemplars.insert(),
                    dict(
                        originator_id=str(e.originator_id),
                        code=e.code,
                        on=e.on,
                        record_kind=e.record_kind,
                        record_code=e.record_code,
                        summary=e.summary,
                        valid_from=nid,
                    ),
                )
            case Exemplar.Reported():
                supersede(
                    conn, exemplars, exemplars.c.originator_id == str(e.originator_id), nid, reported_on=e.on
                )
            case Exemplar.Corrected():
                fixed = {k: v for k, v in e.changes.items() if k in Exemplar.correctable}
                if isinstance(fixed.get("on"), str):
                    fixed["on"] = date.fromisoformat(fixed["on"])
                supersede(conn, exemplars, exemplars.c.originator_id == str(e.originator_id), nid, **fixed)
            case Exemplar.Voided():
                supersede(
                    conn, exemplars, exemplars.c.originator_id == str(e.originator_id), nid, voided=True
                )


class ArticleStatus(StrEnum):
    """Where an author's research article stands (R-A1)."""

    SUBMITTED = "已提交"
    LATE = "迟交"
    MISSING = "未提交"


@dataclass(frozen=True)
class AuthorRow:
    code: str
    name: str
    unit: str
    required: bool
    status: ArticleStatus  # 已提交 / 迟交 / 未提交 (R-A3)
    versions: int
    last_title: str
    last_on: date | None
    topic: str
    sha256: str
    file_name: str
    last_number: int = 0  # the number of the latest version standing (corrections and voids name it)


@dataclass(frozen=True)
class ExemplarRow:
    code: str
    on: date
    record_kind: str
    record_code: str
    summary: str
    reported_on: date | None


class ArticleQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def register(self, up_to: int | None = None) -> list[AuthorRow]:
        """Every required author (and every voluntary one), missing ones first."""
        p = people.c
        with self.engine.connect() as conn:
            stmt = (
                select(versions)
                .where(as_of(versions, up_to), versions.c.voided.is_(False))
                .order_by(versions.c.author, versions.c.number)
            )
            by_author: dict[str, list[dict[str, object]]] = {}
            for r in conn.execute(stmt).mappings():
                by_author.setdefault(str(r["author"]), []).append(dict(r))
            required = or_(*[p.identities.contains(i) for i in REQUIRED_IDENTITIES])
            authors = list(
                conn.execute(
                    select(p.code, p.name, p.unit_code, required).where(
                        as_of(people, up_to),
                        p.voided.is_(False),
                        p.retired.is_(False),
                        or_(required, p.code.in_(list(by_author))),
                    )
                )
            )
            names = dict(conn.execute(select(units.c.code, units.c.name).where(as_of(units, up_to))).all())
        out = []
        for code, name, unit, is_required in authors:
            mine = by_author.get(code, [])
            last = mine[-1] if mine else None
            status = (
                ArticleStatus.MISSING
                if not mine
                else (ArticleStatus.LATE if all(v["late"] for v in mine) else ArticleStatus.SUBMITTED)
            )
            out.append(
                AuthorRow(
                    code,
                    name,
                    names.get(unit, unit),
                    bool(is_required),
                    status,
                    len(mine),
                    str(last["title"]) if last else "",
                    last["on"] if last else None,  # type: ignore[arg-type]
                    str(last["topic"]) if last else "",
                    str(last["sha256"]) if last else "",
                    str(last["file_name"]) if last else "",
                    int(last["number"]) if last else 0,  # type: ignore[call-overload]
                )
            )
        order = {ArticleStatus.MISSING: 0, ArticleStatus.LATE: 1, ArticleStatus.SUBMITTED: 2}
        out.sort(key=lambda r: (not r.required, order[r.status], r.code))
        return out

    def topics(self) -> list[tuple[str, str, date, str]]:
        with self.engine.connect() as conn:
            return [
                (str(a), str(b), c, str(d))
                for a, b, c, d in conn.execute(
                    select(topics.c.code, topics.c.title, topics.c.set_on, topics.c.assignee).order_by(
                        topics.c.code
                    )
                )
            ]

    def exemplars(self, up_to: int | None = None) -> list[ExemplarRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    exemplars.c.code,
                    exemplars.c.on,
                    exemplars.c.record_kind,
                    exemplars.c.record_code,
                    exemplars.c.summary,
                    exemplars.c.reported_on,
                )
                .where(as_of(exemplars, up_to), exemplars.c.voided.is_(False))
                .order_by(exemplars.c.code)
            )
            return [ExemplarRow(*r) for r in rows]
