"""The campaign and its parameters in force (by notification), and the operator accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, DateTime, Integer, String, Table, select
from sqlalchemy.engine import Connection, Engine

from domain.campaign import PARAMETER_LABELS, Campaign, Parameters
from domain.operators import Operator
from projections.base import Envelope, as_of, metadata, naive_utc, supersede, temporal_columns, topics_of

parameters = Table(
    "campaign_parameters",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("name", String, nullable=False),
    Column("value", String, nullable=False),
    Column("reason", String, nullable=False),
    *temporal_columns(),
)

campaign = Table(
    "campaign",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("township", String, nullable=False),
)

operators = Table(
    "operators",
    metadata,
    Column("originator_id", String, primary_key=True),
    Column("name", String, nullable=False, unique=True),
    Column("display_name", String, nullable=False),
    Column("role", String, nullable=False),
    Column("units", String, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("locked_until", DateTime, nullable=True),
    Column("last_login", DateTime, nullable=True),
)


class SettingsProjection:
    name = "settings"
    # announced on the campaign's events only: an operator logging in elsewhere must not reload every page
    # (the settings page, which lists the operators, follows every change)
    event_topics: tuple[str, ...] = topics_of(Campaign)
    handles: tuple[str, ...] = topics_of(Campaign, Operator)
    tables = (parameters, campaign, operators)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        where = operators.c.originator_id == str(e.originator_id)
        match e:
            case Campaign.Launched():
                conn.execute(campaign.insert(), dict(year=e.year, township=e.township))
                for name, value in e.parameters.items():
                    conn.execute(
                        parameters.insert(), dict(name=name, value=value, reason="方案默认值", valid_from=nid)
                    )
            case Campaign.ParameterAmended():
                conn.info.pop(PARAMETER_CACHE, None)
                if not supersede(
                    conn, parameters, parameters.c.name == e.name, nid, value=e.new_value, reason=e.reason
                ):  # a parameter added after launch
                    conn.execute(
                        parameters.insert(),
                        dict(name=e.name, value=e.new_value, reason=e.reason, valid_from=nid),
                    )
            case Operator.Created():
                conn.execute(
                    operators.insert(),
                    dict(
                        originator_id=str(e.originator_id),
                        name=e.name,
                        display_name=e.display_name,
                        role=e.role,
                        units="、".join(e.units),
                    ),
                )
            case Operator.RoleSet():
                conn.execute(operators.update().where(where).values(role=e.role))
            case Operator.ScopeSet():
                conn.execute(operators.update().where(where).values(units="、".join(e.units)))
            case Operator.Disabled():
                conn.execute(operators.update().where(where).values(disabled=True))
            case Operator.Enabled():
                conn.execute(operators.update().where(where).values(disabled=False, locked_until=None))
            case Operator.PasswordSet():
                conn.execute(operators.update().where(where).values(locked_until=None))
            case Operator.LoggedIn():
                conn.execute(
                    operators.update()
                    .where(where)
                    .values(last_login=naive_utc(e.timestamp), locked_until=None)
                )
            case Operator.LoginFailed() if e.locked_until is not None:
                conn.execute(operators.update().where(where).values(locked_until=naive_utc(e.locked_until)))
            case _:
                pass


@dataclass(frozen=True)
class ParameterRow:
    name: str
    label: str
    value: str
    reason: str


@dataclass(frozen=True)
class OperatorRow:
    name: str
    display_name: str
    role: str
    units: str
    disabled: bool
    locked_until: datetime | None
    last_login: datetime | None


class SettingsQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def campaign(self) -> tuple[int, str] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(campaign.c.year, campaign.c.township)).first()
        return (int(row[0]), str(row[1])) if row else None

    def parameter_rows(self, up_to: int | None = None) -> list[ParameterRow]:
        with self.engine.connect() as conn:
            rows = list(
                conn.execute(
                    select(parameters.c.name, parameters.c.value, parameters.c.reason).where(
                        as_of(parameters, up_to)
                    )
                ).all()
            )
        order = list(PARAMETER_LABELS)
        rows.sort(key=lambda r: order.index(r[0]) if r[0] in order else 99)
        return [ParameterRow(r[0], PARAMETER_LABELS.get(r[0], r[0]), r[1], r[2]) for r in rows]

    def parameters(self, up_to: int | None = None) -> Parameters | None:
        rows = self.parameter_rows(up_to)
        return Parameters.from_dict({r.name: r.value for r in rows}) if rows else None

    def operators(self) -> list[OperatorRow]:
        c = operators.c
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(
                    c.name, c.display_name, c.role, c.units, c.disabled, c.locked_until, c.last_login
                ).order_by(c.name)
            ).all()
        return [
            OperatorRow(
                r[0],
                r[1],
                r[2],
                r[3],
                bool(r[4]),
                r[5].replace(tzinfo=UTC) if r[5] else None,
                r[6].replace(tzinfo=UTC) if r[6] else None,
            )
            for r in rows
        ]


def parameter_in_force(conn: Connection, name: str, nid: int, default: str) -> str:
    """A campaign parameter as it stood at notification `nid`: a replay judges each record by the
    rules in force when it was recorded, even when one projection is rebuilt alone.

    Remembered for the rest of the catch-up transaction with the notification range it holds for."""
    cache: dict[str, tuple[int, int, str]] = conn.info.setdefault(PARAMETER_CACHE, {})
    hit = cache.get(name)
    if hit is not None and hit[0] <= nid < hit[1]:
        return hit[2]
    row = conn.execute(
        select(parameters.c.value, parameters.c.valid_from, parameters.c.valid_to).where(
            parameters.c.name == name, as_of(parameters, nid)
        )
    ).first()
    if row is None:
        return default
    cache[name] = (int(row[1]), int(row[2]), str(row[0]))
    return str(row[0])


PARAMETER_CACHE = "lianxin.parameters"
