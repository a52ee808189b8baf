"""单位实事 and 宣传报道: the register of units' own work (R-U1…R-U4) and publicity per unit (R-P1), with
what is open, overdue or missing; temporal rows, so both can be shown as they stood."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Text, select
from sqlalchemy.engine import Connection, Engine

from domain.roster import VILLAGE_KINDS
from domain.unit_work import OPINION_KIND, OPINION_UNITS, Publicity, UnitWorkItem
from projections.base import Envelope, as_of, metadata, supersede, temporal_columns, topics_of
from projections.roster import units

items = Table(
    "unit_work",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("code", String, nullable=False, index=True),
    Column("unit_code", String, nullable=False, index=True),
    Column("kind", String, nullable=False),
    Column("on", Date, nullable=False),
    Column("content", Text, nullable=False),
    Column("promised_on", Date, nullable=True),
    Column("attendance", Integer, nullable=False),
    Column("fulfilled_on", Date, nullable=True),
    Column("result", Text, nullable=False),
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
)

publicity = Table(
    "publicity",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("code", String, nullable=False, index=True),
    Column("unit_code", String, nullable=False, index=True),
    Column("on", Date, nullable=False),
    Column("channel", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("link", Text, nullable=False),
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
)


class UnitWorkProjection:
    name = "unit_work"
    event_topics: tuple[str, ...] = topics_of(Publicity, UnitWorkItem)
    tables = (items, publicity)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        match e:
            case UnitWorkItem.Registered():
                conn.execute(
                    items.insert(),
                    dict(
                        originator_id=str(e.originator_id),
                        code=e.code,
                        unit_code=e.unit_code,
                        kind=e.kind,
                        on=e.on,
                        content=e.content,
                        promised_on=e.promised_on,
                        attendance=e.attendance,
                        fulfilled_on=None,
                        result="",
                        voided=False,
                        valid_from=nid,
                    ),
                )
            case UnitWorkItem.Fulfilled():
                supersede(
                    conn,
                    items,
                    items.c.originator_id == str(e.originator_id),
                    nid,
                    fulfilled_on=e.on,
                    result=e.result,
                )
            case UnitWorkItem.Corrected():
                supersede(
                    conn,
                    items,
                    items.c.originator_id == str(e.originator_id),
                    nid,
                    **{k: v for k, v in e.changes.items() if k in items.c},
                )
            case UnitWorkItem.Voided():
                supersede(conn, items, items.c.originator_id == str(e.originator_id), nid, voided=True)
            case Publicity.Reported():
                conn.execute(
                    publicity.insert(),
                    dict(
                        originator_id=str(e.originator_id),
                        code=e.code,
                        unit_code=e.unit_code,
                        on=e.on,
                        channel=e.channel,
                        title=e.title,
                        link=e.link,
                        voided=False,
                        valid_from=nid,
                    ),
                )
            case Publicity.Corrected():
                supersede(
                    conn,
                    publicity,
                    publicity.c.originator_id == str(e.originator_id),
                    nid,
                    **{k: v for k, v in e.changes.items() if k in publicity.c},
                )
            case Publicity.Voided():
                supersede(
                    conn, publicity, publicity.c.originator_id == str(e.originator_id), nid, voided=True
                )


class WorkStatus(StrEnum):
    """Where an item of a unit's own work stands on a day (R-U2)."""

    FULFILLED = "已兑现"
    FULFILLED_LATE = "逾期兑现"
    OVERDUE = "逾期未兑现"
    PENDING = "未兑现"
    DONE = "已办"


@dataclass(frozen=True)
class ItemRow:
    code: str
    unit_code: str
    unit_name: str
    kind: str
    on: date
    content: str
    promised_on: date | None
    attendance: int
    fulfilled_on: date | None
    result: str

    def cells(self, day: date) -> list[str]:
        """The register's row as the page, its export and the summary's drill-down show it."""
        return [
            self.code,
            self.unit_name,
            self.kind,
            str(self.on),
            self.content,
            str(self.promised_on or ""),
            str(self.fulfilled_on or ""),
            self.result,
            self.status(day),
        ]

    def status(self, day: date) -> WorkStatus:
        """R-U2 on a day: fulfilled (late or not), overdue, not yet due, or done (nothing promised)."""
        if self.fulfilled_on is not None:
            late = self.promised_on is not None and self.fulfilled_on > self.promised_on
            return WorkStatus.FULFILLED_LATE if late else WorkStatus.FULFILLED
        if self.promised_on is None:
            return WorkStatus.DONE
        return WorkStatus.OVERDUE if day > self.promised_on else WorkStatus.PENDING


@dataclass(frozen=True)
class PublicityRow:
    code: str
    unit_code: str
    unit_name: str
    on: date
    channel: str
    title: str
    link: str


class UnitWorkQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _names(self, conn: Connection, up_to: int | None) -> dict[str, tuple[str, str]]:
        rows = conn.execute(select(units.c.code, units.c.name, units.c.kind).where(as_of(units, up_to)))
        return {str(c): (str(n), str(k)) for c, n, k in rows}

    def items(self, up_to: int | None = None, unit_code: str = "", text: str = "") -> list[ItemRow]:
        i = items.c
        stmt = (
            select(items).where(as_of(items, up_to), i.voided.is_(False)).order_by(i.unit_code, i.on, i.code)
        )
        if unit_code:
            stmt = stmt.where(i.unit_code == unit_code)
        with self.engine.connect() as conn:
            names = self._names(conn, up_to)
            rows = [
                ItemRow(
                    r["code"],
                    r["unit_code"],
                    names.get(r["unit_code"], ("", ""))[0],
                    r["kind"],
                    r["on"],
                    r["content"],
                    r["promised_on"],
                    r["attendance"],
                    r["fulfilled_on"],
                    r["result"],
                )
                for r in conn.execute(stmt).mappings()
            ]
        return [r for r in rows if not text or text in f"{r.code}{r.unit_name}{r.kind}{r.content}{r.result}"]

    def publicity(self, up_to: int | None = None, unit_code: str = "", text: str = "") -> list[PublicityRow]:
        p = publicity.c
        stmt = (
            select(publicity).where(as_of(publicity, up_to), p.voided.is_(False)).order_by(p.unit_code, p.on)
        )
        if unit_code:
            stmt = stmt.where(p.unit_code == unit_code)
        with self.engine.connect() as conn:
            names = self._names(conn, up_to)
            rows = [
                PublicityRow(
                    r["code"],
                    r["unit_code"],
                    names.get(r["unit_code"], ("", ""))[0],
                    r["on"],
                    r["channel"],
                    r["title"],
                    r["link"],
                )
                for r in conn.execute(stmt).mappings()
            ]
        return [r for r in rows if not text or text in f"{r.code}{r.unit_name}{r.channel}{r.title}"]

    def missing(self, window: tuple[date, date], up_to: int | None = None) -> list[tuple[str, str, str, str]]:
        """(rule, unit code, unit name, what) for R-U4 (a school or hospital without opinion gathering in the
        window) and R-P1 (a village, street or community without publicity in the window)."""
        start, end = window
        with self.engine.connect() as conn:
            names = self._names(conn, up_to)
            retired = {
                str(c)
                for c in conn.execute(
                    select(units.c.code).where(as_of(units, up_to), units.c.retired.is_(True))
                ).scalars()
            }
            gathered = {
                str(u)
                for u in conn.execute(
                    select(items.c.unit_code).where(
                        as_of(items, up_to),
                        items.c.voided.is_(False),
                        items.c.kind == OPINION_KIND,
                        items.c.on >= start,
                        items.c.on <= end,
                    )
                ).scalars()
            }
            published = {
                str(u)
                for u in conn.execute(
                    select(publicity.c.unit_code).where(
                        as_of(publicity, up_to),
                        publicity.c.voided.is_(False),
                        publicity.c.on >= start,
                        publicity.c.on <= end,
                    )
                ).scalars()
            }
        out = []
        for code, (name, kind) in sorted(names.items()):
            if code in retired:
                continue
            if kind in OPINION_UNITS and code not in gathered:
                out.append(("R-U4", code, name, "活动期间尚未征求社会意见(座谈会、问卷、意见箱或开放日)"))
            if kind in VILLAGE_KINDS and code not in published:
                out.append(("R-P1", code, name, "活动期间尚无宣传报道(让群众知晓并监督活动)"))
        return out
