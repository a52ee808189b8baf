"""The visit ledger (走访工作台帐) and coverage: per village (R-V1), per village cadre, per must-visit
category (R-V2, judged by the tag in force on each visit's date), and the households not yet visited."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    Text,
    and_,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Engine

from domain import rules
from domain.campaign import MUST_VISIT_CATEGORIES, MUST_VISIT_GROUPS
from domain.clock import local_zone
from domain.visits import Visit, is_standing_work
from projections.audit import corrections_of
from projections.base import (
    Envelope,
    Versions,
    as_of,
    insert_many,
    metadata,
    naive_utc,
    struck,
    supersede,
    temporal_columns,
    topics_of,
    with_history,
)
from projections.concerns import board
from projections.roster import households, people, tags, units
from projections.settings import parameter_in_force

visits = Table(
    "visit_ledger",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("code", String, nullable=False, index=True),
    Column("household_code", String, nullable=False),
    Column("village_code", String, nullable=False, index=True),
    Column("on", Date, nullable=False, index=True),
    Column("visitors", String, nullable=False),  # codes, 、-separated
    Column("visitor_names", String, nullable=False),
    Column("situation", Text, nullable=False),
    Column("problems", Text, nullable=False),  # concern codes, 、-separated
    Column("policies", Text, nullable=False),
    Column("help", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("standing", Boolean, nullable=False),  # after the window: standing work, apart from the campaign
    Column("backfilled", Boolean, nullable=False, index=True),  # R-G3 (the few back-filled found at once)
    Column("recorded_at", DateTime, nullable=False),
    Column("operator", String, nullable=False),
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
    # a household's visits; R-V1's "visited?" answered from the index alone (the rows are wide)
    Index(
        "ix_visit_ledger_household_code",
        "household_code",
        "voided",
        "standing",
        "valid_to",
        "valid_from",
        "on",
    ),
)

# who visited (one row per visit and visitor), for each village cadre's share
visitors_table = Table(
    "visit_visitors",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("visit_code", String, nullable=False, index=True),
    Column("person_code", String, nullable=False, index=True),
    Column("household_code", String, nullable=False),
    Column("village_code", String, nullable=False, index=True),
    Column("valid_from", Integer, nullable=False),
)


class VisitProjection:
    name = "visits"
    event_topics: tuple[str, ...] = topics_of(Visit)
    tables = (visits, visitors_table)

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        """Recorded visits of a page written set-wise (the visitors' names read as of each visit); a
        correction or a void first writes what was gathered, then is applied as one."""
        pending: dict[Table, list[dict[str, Any]]] = {visits: [], visitors_table: []}
        recorded = [env.event for env in envelopes if isinstance(env.event, Visit.Recorded)]
        names = Versions(conn, people, "code", (v for e in recorded for v in e.visitors), "name")

        def flush() -> None:
            for table, rows in pending.items():
                if rows:
                    insert_many(conn, table, rows)
                    rows.clear()

        for envelope in envelopes:
            e = envelope.event
            if isinstance(e, Visit.Recorded):
                visit, seen = self._rows(conn, envelope, names)
                pending[visits].append(visit)
                pending[visitors_table].extend(seen)
            elif isinstance(e, Visit.Event):
                flush()
                self.process(conn, envelope)
        flush()

    def _rows(
        self, conn: Connection, envelope: Envelope, people_names: Versions | None = None
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The ledger row of a recorded visit, and one row per visitor (each visitor's share); the visitors'
        names as they stood at the visit."""
        e, nid = envelope.event, envelope.id
        window_end = date.fromisoformat(parameter_in_force(conn, "window_end", nid, "9999-12-31"))
        days = int(parameter_in_force(conn, "backfill_days", nid, "7"))
        recorded_on = envelope.recorded_at.astimezone(local_zone()).date()
        people_names = people_names or Versions(conn, people, "code", e.visitors, "name")
        names = {v: found[0] for v in e.visitors if (found := people_names.at(v, nid)) is not None}
        visit = dict(
            originator_id=str(e.originator_id),
            code=e.code,
            household_code=e.household_code,
            village_code=e.village_code,
            on=e.on,
            visitors="、".join(e.visitors),
            visitor_names="、".join(names.get(v, v) for v in e.visitors),
            situation=e.situation,
            problems="、".join(e.problems),
            policies=e.policies,
            help=e.help,
            note=e.note,
            standing=is_standing_work(e.on, window_end),
            backfilled=rules.is_backfilled(e.on, recorded_on, days),
            recorded_at=naive_utc(envelope.recorded_at),
            operator=e.operator,
            voided=False,
            valid_from=nid,
        )
        seen = [
            dict(
                visit_code=e.code,
                person_code=person,
                household_code=e.household_code,
                village_code=e.village_code,
                valid_from=nid,
            )
            for person in e.visitors
        ]
        return visit, seen

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        if not isinstance(e, Visit.Event):
            return
        key = visits.c.originator_id == str(e.originator_id)
        match e:
            case Visit.Recorded():
                visit, seen = self._rows(conn, envelope)
                conn.execute(visits.insert(), visit)
                if seen:
                    conn.execute(visitors_table.insert(), seen)
            case Visit.Corrected():
                supersede(conn, visits, key, nid, **{k: v for k, v in e.changes.items() if k in visits.c})
            case Visit.Voided():
                supersede(conn, visits, key, nid, voided=True)


# --- queries -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitFilter:
    village_code: str = ""
    text: str = ""  # 户编号, 户主 name or pinyin initials, visitor name
    standing: bool | None = False  # False: the campaign's visits; True: standing work; None: both
    up_to: int | None = None
    history: bool = False  # 显示已作废/已更正: voided visits and the versions before a correction too


@dataclass(frozen=True)
class VisitRow:
    row_id: int
    code: str
    on: date
    household_code: str
    head_name: str
    group_address: str
    phone: str
    situation: str
    problems: str
    handling: str  # 办理情况: each problem's concern state and result
    visitors: str
    note: str
    backfilled: bool
    standing: bool
    recorded_at: datetime
    struck: str = ""  # in a history view: 作废 or 更正前


@dataclass(frozen=True)
class Coverage:
    key: str
    name: str
    required: int
    visited: int

    @property
    def rate(self) -> float | None:
        return self.visited / self.required if self.required else None


SORT = {
    "on": visits.c.on,
    "household": visits.c.household_code,
    "head": households.c.head_name,
    "village": visits.c.village_code,
    "code": visits.c.code,
}


def _campaign(table: Table = visits) -> Any:
    return and_(table.c.voided.is_(False), table.c.standing.is_(False))


class VisitQuery:
    """Ids first, rows on demand; filtering and sorting in SQL (B5)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _where(self, f: VisitFilter) -> list[Any]:
        v, h = visits.c, households.c
        where: list[Any] = (
            [with_history(visits, f.up_to, corrections_of("Visit"))]
            if f.history
            else [as_of(visits, f.up_to), v.voided.is_(False)]
        )
        if f.standing is not None:
            where.append(v.standing.is_(f.standing))
        if f.village_code:
            where.append(v.village_code == f.village_code)
        if f.text:
            where.append(
                or_(
                    v.household_code.contains(f.text),
                    h.head_name.contains(f.text),
                    h.head_initials.startswith(f.text.lower()),
                    v.visitor_names.contains(f.text),
                )
            )
        return where

    def _joined(self, f: VisitFilter) -> Any:
        return visits.join(
            households, and_(households.c.code == visits.c.household_code, as_of(households, f.up_to))
        )

    def ids(self, f: VisitFilter, sort: str = "on", descending: bool = False) -> list[int]:
        column = SORT.get(sort, visits.c.on)
        stmt = (
            select(visits.c.row_id)
            .select_from(self._joined(f))
            .where(*self._where(f))
            .order_by(column.desc() if descending else column, visits.c.code)
        )
        with self.engine.connect() as conn:
            return [int(i) for i in conn.execute(stmt).scalars()]

    def count(self, f: VisitFilter) -> int:
        stmt = select(func.count()).select_from(self._joined(f)).where(*self._where(f))
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar() or 0)

    def rows(self, row_ids: list[int], up_to: int | None = None) -> dict[int, VisitRow]:
        if not row_ids:
            return {}
        v, h = visits.c, households.c
        with self.engine.connect() as conn:
            found = list(conn.execute(select(visits).where(v.row_id.in_(row_ids))).mappings())
            homes = {
                r["code"]: r
                for r in conn.execute(
                    select(h.code, h.head_name, h.group_name, h.address, h.phone).where(
                        h.code.in_({r["household_code"] for r in found}), as_of(households, up_to)
                    )
                ).mappings()
            }
            codes = [c for r in found for c in r["problems"].split("、") if c]
            concerns = {
                r["code"]: r
                for r in conn.execute(
                    select(board.c.code, board.c.content, board.c.state, board.c.result).where(
                        board.c.code.in_(codes), as_of(board, up_to)
                    )
                ).mappings()
            }
        out = {}
        for r in found:
            home = homes.get(r["household_code"])
            mine = [concerns[c] for c in r["problems"].split("、") if c in concerns]
            out[int(r["row_id"])] = VisitRow(
                int(r["row_id"]),
                r["code"],
                r["on"],
                r["household_code"],
                home["head_name"] if home else "",
                f"{home['group_name']} {home['address']}".strip() if home else "",
                home["phone"] if home else "",
                r["situation"],
                ";".join(c["content"] for c in mine),
                ";".join(f"{c['state']}{':' + c['result'] if c['result'] else ''}" for c in mine),
                r["visitor_names"],
                r["note"],
                bool(r["backfilled"]),
                bool(r["standing"]),
                r["recorded_at"].replace(tzinfo=UTC),
                struck(r, up_to),
            )
        return out

    # --- coverage (R-V1, R-V2) -------------------------------------------------------------------

    @staticmethod
    def _visited(household_code: Any, up_to: int | None) -> Any:
        """R-V1: the household was visited in the window, as of the moment — each household looks up its
        own visits through the index (a county's million visits were read and made distinct otherwise)."""
        return exists(
            select(visits.c.row_id).where(
                visits.c.household_code == household_code, as_of(visits, up_to), _campaign()
            )
        )

    def households_behind(self, up_to: int | None = None) -> list[tuple[str, str, str, bool]]:
        """(户编号, 户主, 村居编码, visited) of every household R-V1 counts, as of the moment: the records
        behind the coverage figures, selected as village_coverage counts them."""
        h = households.c
        visited = self._visited(h.code, up_to)
        stmt = select(h.code, h.head_name, h.village_code, visited).where(
            as_of(households, up_to), h.retired.is_(False), h.voided.is_(False)
        )
        with self.engine.connect() as conn:
            return [(str(c), str(n), str(v), bool(d)) for c, n, v, d in conn.execute(stmt.order_by(h.code))]

    def village_coverage(self, up_to: int | None = None) -> list[Coverage]:
        """R-V1: per village, its registered households and how many were visited in the window."""
        h = households.c
        current = [as_of(households, up_to), h.retired.is_(False), h.voided.is_(False)]
        required = select(h.village_code, func.count()).where(*current).group_by(h.village_code)
        visited = (
            select(h.village_code, func.count())
            .where(*current, self._visited(h.code, up_to))
            .group_by(h.village_code)
        )
        with self.engine.connect() as conn:
            names = dict(conn.execute(select(units.c.code, units.c.name).where(as_of(units, up_to))).all())
            done = {str(v): int(n) for v, n in conn.execute(visited)}
            return [
                Coverage(str(v), names.get(v, ""), int(n), done.get(str(v), 0))
                for v, n in sorted(conn.execute(required).all())
            ]

    def category_coverage(self, day: date, up_to: int | None = None, village: str = "") -> list[Coverage]:
        """R-V2: per must-visit category, the households tagged on `day` and those visited on a date
        when that tag was in force (a tag added after a visit does not make that visit count)."""
        t, v = tags.c, visits.c
        t2 = tags.alias("t2")
        in_force_at_visit = exists(
            select(t2.c.row_id).where(
                t2.c.household_code == v.household_code,
                t2.c.category == t.category,
                as_of(t2, up_to),
                t2.c.since <= v.on,
                or_(t2.c.until.is_(None), t2.c.until > v.on),
            )
        )
        covered = exists(
            select(v.row_id).where(
                v.household_code == t.household_code, as_of(visits, up_to), _campaign(), in_force_at_visit
            )
        )
        stmt = (
            select(
                t.category,
                func.count(func.distinct(t.household_code)),
                func.count(func.distinct(t.household_code)).filter(covered),
            )
            .where(as_of(tags, up_to), t.since <= day, or_(t.until.is_(None), t.until > day))
            .group_by(t.category)
        )
        if village:
            stmt = stmt.where(
                t.household_code.in_(
                    select(households.c.code).where(
                        households.c.village_code == village, as_of(households, up_to)
                    )
                )
            )
        with self.engine.connect() as conn:
            found = {c: (int(n), int(d)) for c, n, d in conn.execute(stmt)}
        return [Coverage(c, c, *found.get(c, (0, 0))) for c in MUST_VISIT_CATEGORIES]

    def group_coverage(self, day: date, up_to: int | None = None) -> list[Coverage]:
        """R-V2 by the plan's five groups: 留守儿童 and 空巢老人 are one group, so a household that carries
        both tags counts once in it (and is covered by a visit when either tag was in force)."""
        return [
            Coverage(group, group, len(required), len(visited))
            for group, (required, visited) in self.group_households(day, up_to).items()
        ]

    def group_households(self, day: date, up_to: int | None = None) -> dict[str, tuple[list[str], list[str]]]:
        """Per group of R-V2: the households it must visit and those visited (the codes behind the figures)."""
        groups: dict[str, list[str]] = {}
        for category, group in MUST_VISIT_GROUPS.items():
            groups.setdefault(group, []).append(category)
        t, v = tags.c, visits.c
        out: dict[str, tuple[list[str], list[str]]] = {}
        with self.engine.connect() as conn:
            for group, categories in groups.items():
                t2 = tags.alias("t2")
                in_force_at_visit = exists(
                    select(t2.c.row_id).where(
                        t2.c.household_code == v.household_code,
                        t2.c.category.in_(categories),
                        as_of(t2, up_to),
                        t2.c.since <= v.on,
                        or_(t2.c.until.is_(None), t2.c.until > v.on),
                    )
                )
                covered = exists(
                    select(v.row_id).where(
                        v.household_code == t.household_code,
                        as_of(visits, up_to),
                        _campaign(),
                        in_force_at_visit,
                    )
                )
                tagged = (
                    select(t.household_code)
                    .where(
                        as_of(tags, up_to),
                        t.category.in_(categories),
                        t.since <= day,
                        or_(t.until.is_(None), t.until > day),
                    )
                    .distinct()
                    .subquery()
                )
                done = (
                    select(t.household_code)
                    .where(
                        as_of(tags, up_to),
                        t.category.in_(categories),
                        t.since <= day,
                        or_(t.until.is_(None), t.until > day),
                        covered,
                    )
                    .distinct()
                    .subquery()
                )
                required = sorted(str(h) for h in conn.execute(select(tagged.c.household_code)).scalars())
                visited = sorted(str(h) for h in conn.execute(select(done.c.household_code)).scalars())
                out[group] = (required, visited)
        return out

    def cadre_shares(self, village: str, up_to: int | None = None) -> list[Coverage]:
        """Each visitor's share of a village: distinct households they visited (of the village's total)."""
        vv = visitors_table.c
        live = select(visits.c.code).where(
            as_of(visits, up_to), _campaign(), visits.c.village_code == village
        )
        stmt = (
            select(vv.person_code, func.count(func.distinct(vv.household_code)))
            .where(vv.village_code == village, vv.visit_code.in_(live))
            .group_by(vv.person_code)
        )
        if up_to is not None:
            stmt = stmt.where(vv.valid_from <= up_to)
        with self.engine.connect() as conn:
            total = int(
                conn.execute(
                    select(func.count()).where(
                        households.c.village_code == village,
                        as_of(households, up_to),
                        households.c.retired.is_(False),
                        households.c.voided.is_(False),
                    )
                ).scalar()
                or 0
            )
            names = dict(conn.execute(select(people.c.code, people.c.name).where(as_of(people, up_to))).all())
            return sorted(
                (Coverage(str(p), names.get(p, ""), total, int(n)) for p, n in conn.execute(stmt)),
                key=lambda c: -c.visited,
            )

    def not_visited(
        self, village: str = "", category: str = "", day: date | None = None, up_to: int | None = None
    ) -> list[tuple[str, str, str, str]]:
        """(户编号, 户主, 村民小组/地址, 电话) of the households still to visit (in a village, or of a category)."""
        h = households.c
        where: list[Any] = [as_of(households, up_to), h.retired.is_(False), h.voided.is_(False)]
        if village:
            where.append(h.village_code == village)
        if category:
            day = day or date.today()
            t2 = tags.alias("t2")
            where.append(
                h.code.in_(
                    select(tags.c.household_code).where(
                        as_of(tags, up_to),
                        tags.c.category == category,
                        tags.c.since <= day,
                        or_(tags.c.until.is_(None), tags.c.until > day),
                    )
                )
            )
            # each tagged household looks up its own visits (by index): not every visit of the county
            # scanned for each category
            counted = exists(
                select(visits.c.row_id).where(
                    visits.c.household_code == h.code,
                    as_of(visits, up_to),
                    _campaign(),
                    exists(
                        select(t2.c.row_id).where(
                            t2.c.household_code == visits.c.household_code,
                            t2.c.category == category,
                            as_of(t2, up_to),
                            t2.c.since <= visits.c.on,
                            or_(t2.c.until.is_(None), t2.c.until > visits.c.on),
                        )
                    ),
                )
            )
            where.append(~counted)
        else:
            where.append(~self._visited(h.code, up_to))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(h.code, h.head_name, h.group_name, h.address, h.phone).where(*where).order_by(h.code)
            )
            return [(str(c), str(n), f"{g} {a}".strip(), str(p)) for c, n, g, a, p in rows]

    def per_household(self, codes: list[str], up_to: int | None = None) -> dict[str, int]:
        """Campaign visits per household (for the roster and the coverage drill-down)."""
        counts: dict[str, int] = defaultdict(int)
        with self.engine.connect() as conn:
            for code, n in conn.execute(
                select(visits.c.household_code, func.count())
                .where(visits.c.household_code.in_(codes), as_of(visits, up_to), _campaign())
                .group_by(visits.c.household_code)
            ):
                counts[str(code)] = int(n)
        return dict(counts)
