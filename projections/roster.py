"""The roster: the unit tree, people with their quota role, households with must-visit tags by date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, func, or_, select
from sqlalchemy.engine import Connection, Engine

from domain.quota import quota_role
from domain.roster import Household, Person, Unit
from projections.base import OPEN, Envelope, as_of, metadata, supersede, temporal_columns

units = Table(
    "roster_units", metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(32), nullable=False, index=True),
    Column("name", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("parent_code", String(32), nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)  # fmt: skip

people = Table(
    "roster_people", metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(32), nullable=False, index=True),
    Column("name", String(64), nullable=False),
    Column("gender", String(4), nullable=False),
    Column("unit_code", String(32), nullable=False, index=True),
    Column("branch_code", String(32), nullable=False),
    Column("identities", String(128), nullable=False),
    Column("party_member", Boolean, nullable=False),
    Column("hardship_member", Boolean, nullable=False),
    Column("old_member", Boolean, nullable=False),
    Column("assigned_village", String(32), nullable=False),
    Column("household_code", String(32), nullable=False),
    Column("phone", String(32), nullable=False),
    Column("quota_role", String(16), nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)  # fmt: skip

households = Table(
    "roster_households", metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(32), nullable=False, index=True),
    Column("head_name", String(64), nullable=False),
    Column("village_code", String(32), nullable=False, index=True),
    Column("group_name", String(32), nullable=False),
    Column("address", String(128), nullable=False),
    Column("size", Integer, nullable=False),
    Column("phone", String(32), nullable=False),
    Column("retired", Boolean, nullable=False, default=False),
    Column("voided", Boolean, nullable=False, default=False),
    *temporal_columns(),
)  # fmt: skip

# originator id -> code, so that events after registration find their rows.
roster_ids = Table(
    "roster_ids", metadata,
    Column("originator_id", String(36), primary_key=True),
    Column("code", String(32), nullable=False),
)  # fmt: skip

# One row per tag period, itself temporal (as recorded): since/until are business dates.
tags = Table(
    "roster_tags", metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("household_code", String(32), nullable=False, index=True),
    Column("category", String(8), nullable=False),
    Column("since", Date, nullable=False),
    Column("until", Date, nullable=True),
    *temporal_columns(),
)  # fmt: skip

PERSON_COLUMNS = {"name", "gender", "unit_code", "branch_code", "identities", "party_member",
                  "hardship_member", "old_member", "assigned_village", "household_code", "phone"}  # fmt: skip
HOUSEHOLD_COLUMNS = {"head_name": "head_name", "village_code": "village_code", "group": "group_name",
                     "address": "address", "size": "size", "phone": "phone"}  # fmt: skip


def _unit_kind(conn: Connection, code: str) -> str:
    kind = conn.execute(
        select(units.c.kind).where(units.c.code == code, units.c.valid_to == OPEN)
    ).scalar_one_or_none()
    return kind or ""


def _person_values(values: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in values.items() if k in PERSON_COLUMNS}
    if "identities" in out:
        out["identities"] = "、".join(out["identities"])
    return out


class RosterProjection:
    name = "roster"
    tables = (units, people, households, tags, roster_ids)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        if isinstance(e, (Unit.Registered, Person.Registered, Household.Registered)):
            conn.execute(roster_ids.insert().values(originator_id=str(e.originator_id), code=e.code))
        match e:
            case Unit.Registered():
                conn.execute(units.insert().values(
                    code=e.code, name=e.name, kind=e.kind, parent_code=e.parent_code, valid_from=nid))  # fmt: skip
            case Person.Registered():
                values = _person_values(e.__dict__)
                values["quota_role"] = self._role(conn, values)
                conn.execute(people.insert().values(code=e.code, valid_from=nid, **values))
            case Household.Registered():
                conn.execute(households.insert().values(
                    code=e.code, head_name=e.head_name, village_code=e.village_code, group_name=e.group,
                    address=e.address, size=int(e.size), phone=e.phone, valid_from=nid))  # fmt: skip
                for category in e.tags:
                    conn.execute(tags.insert().values(
                        household_code=e.code, category=category, since=e.tags_since, valid_from=nid))  # fmt: skip
            case Household.TagAdded():
                code = self._code(conn, households, e.originator_id)
                conn.execute(tags.insert().values(
                    household_code=code, category=e.category, since=e.on, valid_from=nid))  # fmt: skip
            case Household.TagRemoved():
                code = self._code(conn, households, e.originator_id)
                supersede(conn, tags, (tags.c.household_code == code) & (tags.c.category == e.category)
                          & tags.c.until.is_(None), nid, until=e.on)  # fmt: skip
            case Unit.Changed() | Unit.Corrected():
                code = self._code(conn, units, e.originator_id)
                supersede(conn, units, units.c.code == code, nid, **e.changes)
                if "kind" in e.changes:
                    self._recompute_roles(conn, code, nid)
            case Person.Changed() | Person.Corrected():
                code = self._code(conn, people, e.originator_id)
                current = conn.execute(people.select().where(people.c.code == code, people.c.valid_to == OPEN))
                row = dict(current.mappings().one())
                row.update(_person_values(e.changes))
                supersede(conn, people, people.c.code == code, nid, **_person_values(e.changes),
                          quota_role=self._role(conn, row))  # fmt: skip
            case Household.Changed() | Household.Corrected():
                code = self._code(conn, households, e.originator_id)
                changes = {HOUSEHOLD_COLUMNS[k]: v for k, v in e.changes.items() if k in HOUSEHOLD_COLUMNS}
                supersede(conn, households, households.c.code == code, nid, **changes)
            case Unit.Retired() | Person.Retired() | Household.Retired():
                table = {Unit.Retired: units, Person.Retired: people, Household.Retired: households}[type(e)]
                supersede(conn, table, table.c.code == self._code(conn, table, e.originator_id), nid, retired=True)
            case Unit.Voided() | Person.Voided() | Household.Voided():
                table = {Unit.Voided: units, Person.Voided: people, Household.Voided: households}[type(e)]
                supersede(conn, table, table.c.code == self._code(conn, table, e.originator_id), nid, voided=True)
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
    def _code(conn: Connection, table: Table, originator_id: Any) -> str:
        del table
        code = conn.execute(
            select(roster_ids.c.code).where(roster_ids.c.originator_id == str(originator_id))
        ).scalar_one()
        return str(code)
