"""The roster: the unit tree, people with their quota role, households with must-visit tags by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Index, Integer, String, Table, func, or_, select
from sqlalchemy.engine import Connection, Engine

from domain.quota import quota_role
from domain.roster import Household, Person, Unit
from projections.base import (
    OPEN,
    Envelope,
    as_of,
    insert_many,
    metadata,
    supersede,
    temporal_columns,
    topics_of,
)

units = Table(
    "roster_units",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("code", String, nullable=False, index=True),
    Column("name", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("parent_code", String, nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)

people = Table(
    "roster_people",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("code", String, nullable=False, index=True),
    Column("name", String, nullable=False),
    Column("initials", String, nullable=False, index=True),  # pinyin initials, for finding people by keyboard
    Column("gender", String, nullable=False),
    Column("unit_code", String, nullable=False, index=True),
    Column("branch_code", String, nullable=False),
    Column("identities", String, nullable=False),
    Column("party_member", Boolean, nullable=False),
    Column("hardship_member", Boolean, nullable=False),
    Column("old_member", Boolean, nullable=False),
    Column("assigned_village", String, nullable=False),
    Column("household_code", String, nullable=False),
    Column("phone", String, nullable=False),
    Column("quota_role", String, nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)

households = Table(
    "roster_households",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("code", String, nullable=False, index=True),
    Column("head_name", String, nullable=False),
    Column("head_initials", String, nullable=False, index=True),
    Column("village_code", String, nullable=False),
    Column("group_name", String, nullable=False),
    Column("address", String, nullable=False),
    Column("size", Integer, nullable=False),
    Column("phone", String, nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
    # a village's households; R-V1's counts per village read from the index alone
    Index(
        "ix_roster_households_village_code",
        "village_code",
        "retired",
        "voided",
        "valid_to",
        "valid_from",
        "code",
    ),
)

# originator id -> code, so that events after registration find their rows.
roster_ids = Table(
    "roster_ids",
    metadata,
    Column("originator_id", String, primary_key=True),
    Column("code", String, nullable=False),
)

# One row per tag period, itself temporal (as recorded): since/until are business dates.
tags = Table(
    "roster_tags",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("household_code", String, nullable=False),
    Column("category", String, nullable=False),
    Column("since", Date, nullable=False),
    Column("until", Date, nullable=True),
    *temporal_columns(),
    # a household's tags; whether one was in force on a visit's day answered from the index alone
    Index(
        "ix_roster_tags_household_code",
        "household_code",
        "category",
        "valid_to",
        "valid_from",
        "since",
        "until",
    ),
)

PERSON_COLUMNS = {
    "name",
    "gender",
    "unit_code",
    "branch_code",
    "identities",
    "party_member",
    "hardship_member",
    "old_member",
    "assigned_village",
    "household_code",
    "phone",
}
HOUSEHOLD_COLUMNS = {
    "head_name": "head_name",
    "village_code": "village_code",
    "group": "group_name",
    "address": "address",
    "size": "size",
    "phone": "phone",
}


def _unit_kind(conn: Connection, code: str) -> str:
    kind = conn.execute(
        select(units.c.kind).where(units.c.code == code, units.c.valid_to == OPEN)
    ).scalar_one_or_none()
    return kind or ""


def _household_values(e: Any, nid: int) -> dict[str, Any]:
    return dict(
        code=e.code,
        head_name=e.head_name,
        head_initials=initials(e.head_name),
        village_code=e.village_code,
        group_name=e.group,
        address=e.address,
        size=int(e.size),
        phone=e.phone,
        valid_from=nid,
    )


def initials(name: str) -> str:
    """张大山 -> zds: how a clerk finds someone without switching the input method."""
    return "".join(_initial(ch) for ch in name)


@cache
def _initial(ch: str) -> str:
    """One character's first letter, looked up once (pypinyin takes about 0.1 ms a name; a roster holds
    hundreds of thousands of names over a few thousand characters). Character by character gives the
    same letters as whole names for the names of the demo township (all 31,800 of its name pairs)."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take a fifth of a second to load

    return "".join(lazy_pinyin(ch, style=Style.FIRST_LETTER)).lower()


def _person_values(values: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in values.items() if k in PERSON_COLUMNS}
    if "identities" in out:
        out["identities"] = "、".join(out["identities"])
    if "name" in out:
        out["initials"] = initials(out["name"])
    return out


class RosterProjection:
    name = "roster"
    event_topics: tuple[str, ...] = topics_of(Unit, Person, Household)
    tables = (units, people, households, tags, roster_ids)

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        """Registrations — most of a township's roster — are gathered and written set-wise; any other
        event first writes what was gathered, then is applied as one, so the rows are the same."""
        pending: dict[Table, list[dict[str, Any]]] = {
            t: [] for t in (roster_ids, units, people, households, tags)
        }
        kinds: dict[str, str] = {}  # each unit's kind as looked up or registered in this page

        def flush() -> None:
            for table, rows in pending.items():
                if rows:
                    insert_many(conn, table, rows)
                    rows.clear()

        for envelope in envelopes:
            e, nid = envelope.event, envelope.id
            match e:
                case Unit.Registered():
                    pending[roster_ids].append(dict(originator_id=str(e.originator_id), code=e.code))
                    pending[units].append(
                        dict(code=e.code, name=e.name, kind=e.kind, parent_code=e.parent_code, valid_from=nid)
                    )
                    kinds[e.code] = e.kind
                case Person.Registered():
                    values = _person_values(e.__dict__)
                    kind = kinds.get(values["unit_code"])
                    if kind is None:
                        kind = kinds[values["unit_code"]] = _unit_kind(conn, values["unit_code"])
                    identities = [i for i in str(values["identities"]).split("、") if i]
                    values["quota_role"] = quota_role(
                        identities, bool(values["party_member"]), values["assigned_village"], kind
                    ).value
                    pending[roster_ids].append(dict(originator_id=str(e.originator_id), code=e.code))
                    pending[people].append(dict(code=e.code, valid_from=nid, **values))
                case Household.Registered():
                    pending[roster_ids].append(dict(originator_id=str(e.originator_id), code=e.code))
                    pending[households].append(_household_values(e, nid))
                    for category in e.tags:
                        pending[tags].append(
                            dict(household_code=e.code, category=category, since=e.tags_since, valid_from=nid)
                        )
                case _ if isinstance(e, (Unit.Event, Person.Event, Household.Event)):
                    flush()
                    if isinstance(e, Unit.Event):
                        kinds.clear()  # a unit changed: look its kind up again
                    self.process(conn, envelope)
        flush()

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        if isinstance(e, (Unit.Registered, Person.Registered, Household.Registered)):
            conn.execute(roster_ids.insert(), dict(originator_id=str(e.originator_id), code=e.code))
        match e:
            case Unit.Registered():
                conn.execute(
                    units.insert(),
                    dict(code=e.code, name=e.name, kind=e.kind, parent_code=e.parent_code, valid_from=nid),
                )
            case Person.Registered():
                values = _person_values(e.__dict__)
                values["quota_role"] = self._role(conn, values)
                conn.execute(people.insert(), dict(code=e.code, valid_from=nid, **values))
            case Household.Registered():
                conn.execute(households.insert(), _household_values(e, nid))
                for category in e.tags:
                    conn.execute(
                        tags.insert(),
                        dict(household_code=e.code, category=category, since=e.tags_since, valid_from=nid),
                    )
            case Household.TagAdded():
                code = self._code(conn, e.originator_id)
                conn.execute(
                    tags.insert(), dict(household_code=code, category=e.category, since=e.on, valid_from=nid)
                )
            case Household.TagRemoved():
                code = self._code(conn, e.originator_id)
                supersede(
                    conn,
                    tags,
                    (tags.c.household_code == code)
                    & (tags.c.category == e.category)
                    & tags.c.until.is_(None),
                    nid,
                    until=e.on,
                )
            case Unit.Changed() | Unit.Corrected():
                code = self._code(conn, e.originator_id)
                supersede(conn, units, units.c.code == code, nid, **e.changes)
                if "kind" in e.changes:
                    self._recompute_roles(conn, code, nid)
            case Person.Changed() | Person.Corrected():
                code = self._code(conn, e.originator_id)
                current = conn.execute(
                    people.select().where(people.c.code == code, people.c.valid_to == OPEN)
                )
                row = dict(current.mappings().one())
                row.update(_person_values(e.changes))
                supersede(
                    conn,
                    people,
                    people.c.code == code,
                    nid,
                    **_person_values(e.changes),
                    quota_role=self._role(conn, row),
                )
            case Household.Changed() | Household.Corrected():
                code = self._code(conn, e.originator_id)
                changes = {HOUSEHOLD_COLUMNS[k]: v for k, v in e.changes.items() if k in HOUSEHOLD_COLUMNS}
                if "head_name" in changes:
                    changes["head_initials"] = initials(changes["head_name"])
                supersede(conn, households, households.c.code == code, nid, **changes)
            case Unit.Retired() | Person.Retired() | Household.Retired():
                table = {Unit.Retired: units, Person.Retired: people, Household.Retired: households}[type(e)]
                supersede(conn, table, table.c.code == self._code(conn, e.originator_id), nid, retired=True)
            case Unit.Voided() | Person.Voided() | Household.Voided():
                table = {Unit.Voided: units, Person.Voided: people, Household.Voided: households}[type(e)]
                supersede(conn, table, table.c.code == self._code(conn, e.originator_id), nid, voided=True)
            case _:
                pass

    @staticmethod
    def _role(conn: Connection, values: dict[str, Any]) -> str:
        identities = [i for i in str(values["identities"]).split("、") if i]
        kind = _unit_kind(conn, values["unit_code"])
        return quota_role(identities, bool(values["party_member"]), values["assigned_village"], kind).value

    def _recompute_roles(self, conn: Connection, unit_code: str, nid: int) -> None:
        rows = conn.execute(people.select().where(people.c.unit_code == unit_code, people.c.valid_to == OPEN))
        for row in list(rows.mappings()):
            supersede(conn, people, people.c.code == row["code"], nid, quota_role=self._role(conn, dict(row)))

    @staticmethod
    def _code(conn: Connection, originator_id: Any) -> str:
        code = conn.execute(
            select(roster_ids.c.code).where(roster_ids.c.originator_id == str(originator_id))
        ).scalar_one()
        return str(code)


# --- queries -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    kind: str
    parent_code: str
    retired: bool


@dataclass(frozen=True)
class PersonRow:
    row_id: int
    code: str
    name: str
    gender: str
    unit_code: str
    unit_name: str
    identities: str
    party_member: bool
    hardship_member: bool
    old_member: bool
    assigned_village: str
    household_code: str
    phone: str
    quota_role: str
    retired: bool


@dataclass(frozen=True)
class HouseholdRow:
    row_id: int
    code: str
    head_name: str
    village_code: str
    village_name: str
    group: str
    address: str
    size: int
    phone: str
    tags: str
    retired: bool


@dataclass(frozen=True)
class RosterFilter:
    text: str = ""  # code or name substring
    unit_code: str = ""  # this unit and its sub-units
    quota_role: str = ""
    tag: str = ""  # households with this must-visit tag in force on `on`
    include_retired: bool = False
    up_to: int | None = None  # as recorded up to a notification id
    on: date | None = None  # the business date tags are judged on


PEOPLE_SORT = {
    "code": people.c.code,
    "name": people.c.name,
    "unit": people.c.unit_code,
    "role": people.c.quota_role,
    "identities": people.c.identities,
}
HOUSEHOLD_SORT = {
    "code": households.c.code,
    "head": households.c.head_name,
    "village": households.c.village_code,
    "group": households.c.group_name,
    "size": households.c.size,
}


class RosterQuery:
    """The roster as plain rows; ids first and rows on demand, filters and sorting in SQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def units(self, up_to: int | None = None, include_retired: bool = False) -> list[UnitRow]:
        stmt = select(units.c.code, units.c.name, units.c.kind, units.c.parent_code, units.c.retired).where(
            as_of(units, up_to), units.c.voided.is_(False)
        )
        if not include_retired:
            stmt = stmt.where(units.c.retired.is_(False))
        with self.engine.connect() as conn:
            return [UnitRow(*r) for r in conn.execute(stmt.order_by(units.c.code))]

    def subtree(self, unit_code: str, up_to: int | None = None) -> list[str]:
        children: dict[str, list[str]] = {}
        for u in self.units(up_to, include_retired=True):
            children.setdefault(u.parent_code, []).append(u.code)
        out, todo = [], [unit_code]
        while todo:
            code = todo.pop()
            if code in out:
                continue
            out.append(code)
            todo.extend(children.get(code, []))
        return out

    def _people_where(self, f: RosterFilter) -> list[Any]:
        where: list[Any] = [as_of(people, f.up_to), people.c.voided.is_(False)]
        if not f.include_retired:
            where.append(people.c.retired.is_(False))
        if f.text:
            where.append(
                or_(
                    people.c.code.contains(f.text),
                    people.c.name.contains(f.text),
                    people.c.phone.contains(f.text),
                    people.c.initials.startswith(f.text.lower()),
                )
            )
        if f.unit_code:
            where.append(people.c.unit_code.in_(self.subtree(f.unit_code, f.up_to)))
        if f.quota_role:
            where.append(people.c.quota_role == f.quota_role)
        return where

    def people_ids(self, f: RosterFilter, sort: str = "code", descending: bool = False) -> list[int]:
        column = PEOPLE_SORT.get(sort, people.c.code)
        order = [column.desc() if descending else column, people.c.code]
        with self.engine.connect() as conn:
            stmt = select(people.c.row_id).where(*self._people_where(f)).order_by(*order)
            return [int(i) for i in conn.execute(stmt).scalars()]

    def people_count(self, f: RosterFilter) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).where(*self._people_where(f))).scalar() or 0)

    def people_rows(self, row_ids: list[int], up_to: int | None = None) -> dict[int, PersonRow]:
        if not row_ids:
            return {}
        names = self._unit_names(up_to)
        with self.engine.connect() as conn:
            rows = conn.execute(people.select().where(people.c.row_id.in_(row_ids))).mappings()
            return {
                int(r["row_id"]): PersonRow(
                    int(r["row_id"]),
                    r["code"],
                    r["name"],
                    r["gender"],
                    r["unit_code"],
                    names.get(r["unit_code"], ""),
                    r["identities"],
                    bool(r["party_member"]),
                    bool(r["hardship_member"]),
                    bool(r["old_member"]),
                    r["assigned_village"],
                    r["household_code"],
                    r["phone"],
                    r["quota_role"],
                    bool(r["retired"]),
                )
                for r in rows
            }

    def _unit_names(self, up_to: int | None) -> dict[str, str]:
        return {u.code: u.name for u in self.units(up_to, include_retired=True)}

    def _household_where(self, f: RosterFilter) -> list[Any]:
        where: list[Any] = [as_of(households, f.up_to), households.c.voided.is_(False)]
        if not f.include_retired:
            where.append(households.c.retired.is_(False))
        if f.text:
            where.append(
                or_(
                    households.c.code.contains(f.text),
                    households.c.head_name.contains(f.text),
                    households.c.address.contains(f.text),
                    households.c.head_initials.startswith(f.text.lower()),
                )
            )
        if f.unit_code:
            where.append(households.c.village_code.in_(self.subtree(f.unit_code, f.up_to)))
        if f.tag:
            on = f.on or date.today()
            tagged = select(tags.c.household_code).where(
                as_of(tags, f.up_to),
                tags.c.category == f.tag,
                tags.c.since <= on,
                or_(tags.c.until.is_(None), tags.c.until > on),
            )
            where.append(households.c.code.in_(tagged))
        return where

    def household_ids(self, f: RosterFilter, sort: str = "code", descending: bool = False) -> list[int]:
        column = HOUSEHOLD_SORT.get(sort, households.c.code)
        order = [column.desc() if descending else column, households.c.code]
        with self.engine.connect() as conn:
            stmt = select(households.c.row_id).where(*self._household_where(f)).order_by(*order)
            return [int(i) for i in conn.execute(stmt).scalars()]

    def household_rows(
        self, row_ids: list[int], up_to: int | None = None, on: date | None = None
    ) -> dict[int, HouseholdRow]:
        if not row_ids:
            return {}
        names = self._unit_names(up_to)
        with self.engine.connect() as conn:
            rows = list(conn.execute(households.select().where(households.c.row_id.in_(row_ids))).mappings())
            tag_map = self.tags_for([r["code"] for r in rows], up_to, on, conn)
        return {
            int(r["row_id"]): HouseholdRow(
                int(r["row_id"]),
                r["code"],
                r["head_name"],
                r["village_code"],
                names.get(r["village_code"], ""),
                r["group_name"],
                r["address"],
                int(r["size"]),
                r["phone"],
                "、".join(tag_map.get(r["code"], [])),
                bool(r["retired"]),
            )
            for r in rows
        }

    def tags_for(
        self, codes: list[str], up_to: int | None, on: date | None, conn: Connection | None = None
    ) -> dict[str, list[str]]:
        """Must-visit tags in force on business date `on` (None: currently open), as recorded up to `up_to`."""
        stmt = select(tags.c.household_code, tags.c.category).where(
            as_of(tags, up_to), tags.c.household_code.in_(codes)
        )
        if on is None:
            stmt = stmt.where(tags.c.until.is_(None))
        else:
            stmt = stmt.where(tags.c.since <= on, or_(tags.c.until.is_(None), tags.c.until > on))
        out: dict[str, list[str]] = {}
        if conn is None:
            with self.engine.connect() as c:
                result = c.execute(stmt).all()
        else:
            result = conn.execute(stmt).all()
        for code, category in result:
            out.setdefault(code, []).append(category)
        return out
