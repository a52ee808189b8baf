"""The contact ledger (one row per person with a duty, R-C7) and each cadre's 连心册."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

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
    case,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.engine import Connection, Engine

from domain import rules
from domain.clock import local_zone
from domain.contacts import Booklet, Requirement, describe_duty, requirements, talks_required
from domain.quota import QuotaRole
from domain.visits import is_standing_work
from projections.base import (
    OPEN,
    Envelope,
    TemporalBuffer,
    as_of,
    chunks,
    metadata,
    naive_utc,
    temporal_columns,
    topics_of,
)
from projections.concerns import board
from projections.roster import households, people, units
from projections.settings import SettingsQuery, parameter_in_force

booklet_ids = Table(
    "contact_booklets",
    metadata,
    Column("originator_id", String, primary_key=True),
    Column("cadre_code", String, nullable=False, index=True),
)

pairings = Table(
    "contact_pairings",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("cadre_code", String, nullable=False),
    Column("no", Integer, nullable=False),
    Column("kind", String, nullable=False),
    Column("target_code", String, nullable=False),
    Column("arranged_by", String, nullable=False, index=True),
    Column("paired_on", Date, nullable=False),
    Column("reported_on", Date, nullable=True),
    Column("late", Boolean, nullable=False),  # R-C4
    Column("ended_on", Date, nullable=True),
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
    # a cadre's pairings; the ledger's (a county's 82,000) read from the index alone
    Index(
        "ix_contact_pairings_cadre_code",
        *("cadre_code", "kind", "target_code", "reported_on", "late", "voided", "ended_on"),
        *("valid_to", "valid_from"),
    ),
)

entries = Table(
    "contact_entries",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("cadre_code", String, nullable=False),
    Column("code", String, nullable=False, index=True),
    Column("kind", String, nullable=False),  # 联系 or 谈心
    Column("target_code", String, nullable=False),
    Column("on", Date, nullable=False),
    Column("way", String, nullable=False),
    Column("content", Text, nullable=False),
    Column("concern_code", String, nullable=False),
    Column("backfilled", Boolean, nullable=False, index=True),  # R-G3 (the few back-filled found at once)
    Column("standing", Boolean, nullable=False, default=False),  # R-G2: after the window, standing work
    Column("recorded_at", DateTime, nullable=False),
    Column("operator", String, nullable=False),
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
    # a cadre's contacts; whom each has contacted and their talks (a county's 340,000) counted from the
    # index alone
    Index(
        "ix_contact_entries_cadre_code",
        *("cadre_code", "kind", "target_code", "voided", "standing", "valid_to", "valid_from"),
    ),
)


class ContactProjection:
    name = "contacts"
    event_topics: tuple[str, ...] = topics_of(Booklet)
    tables = (booklet_ids, pairings, entries)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        self.process_batch(conn, [envelope])

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        """A page at once: the booklets it names and the rows it changes read once, then every change made
        in memory and written set-wise (the same rows as one event at a time)."""
        mine = [env for env in envelopes if isinstance(env.event, Booklet.Event)]
        cadres: dict[str, str] = {}
        wanted = sorted({str(env.event.originator_id) for env in mine})
        for chunk in chunks(wanted):
            cadres.update(
                (str(o), str(c))
                for o, c in conn.execute(
                    select(booklet_ids.c.originator_id, booklet_ids.c.cadre_code).where(
                        booklet_ids.c.originator_id.in_(chunk)
                    )
                )
            )
        opened = [env.event for env in mine if isinstance(env.event, Booklet.Opened)]
        cadres.update((str(e.originator_id), e.cadre) for e in opened)
        pairs = TemporalBuffer(conn, pairings, ("cadre_code", "no"))
        lines = TemporalBuffer(conn, entries, ("code",))
        changing = [env.event for env in mine if not isinstance(env.event, ADDING)]
        for chunk in chunks(sorted({cadres[str(e.originator_id)] for e in changing})):
            pairs.load(pairings.c.cadre_code.in_(chunk))
        for chunk in chunks(sorted({e.code for e in changing if hasattr(e, "code")})):
            lines.load(entries.c.code.in_(chunk))
        if opened:
            conn.execute(
                booklet_ids.insert(),
                [dict(originator_id=str(e.originator_id), cadre_code=e.cadre) for e in opened],
            )
        for envelope in mine:
            if not isinstance(envelope.event, Booklet.Opened):
                self._apply(conn, envelope, cadres[str(envelope.event.originator_id)], pairs, lines)
        pairs.flush()
        lines.flush()

    def _apply(
        self, conn: Connection, envelope: Envelope, cadre: str, pairs: TemporalBuffer, lines: TemporalBuffer
    ) -> None:
        e, nid = envelope.event, envelope.id
        key = (cadre, getattr(e, "no", 0))
        match e:
            case Booklet.Paired():
                pairs.add(self._pairing(envelope, cadre))
            case Booklet.ContactRecorded() | Booklet.TalkRecorded():
                lines.add(self._entry(conn, envelope, cadre))
            case Booklet.PairingReported():
                late = e.on > _deadline(conn, nid)
                pairs.supersede(key, nid, reported_on=e.on, late=late)
            case Booklet.PairingEnded():
                pairs.supersede(key, nid, ended_on=e.on)
            case Booklet.PairingCorrected():
                fixed: dict[str, Any] = {}
                if "on" in e.changes:
                    fixed["paired_on"] = e.changes["on"]
                if "reported_on" in e.changes:
                    reported = e.changes["reported_on"]
                    late = reported is not None and reported > _deadline(conn, nid)
                    fixed |= {"reported_on": reported, "late": late}
                pairs.supersede(key, nid, **fixed)
            case Booklet.EntryCorrected():
                fixed = {k: v for k, v in e.changes.items() if k in ("on", "way", "content")}
                current = lines.current.get((e.code,))
                if "on" in fixed and current is not None:  # R-G3 and standing work judged on the new date
                    recorded = current["recorded_at"].replace(tzinfo=UTC)
                    fixed |= self._judged(conn, nid, fixed["on"], recorded)
                lines.supersede((e.code,), nid, **fixed)
            case Booklet.EntryVoided():
                letter, no = e.code.rpartition("-")[2][0], int(e.code.rpartition("-")[2][1:])
                if letter == "J":
                    pairs.supersede((cadre, no), nid, voided=True)
                else:
                    lines.supersede((e.code,), nid, voided=True)

    @staticmethod
    def _pairing(envelope: Envelope, cadre: str) -> dict[str, Any]:
        e = envelope.event
        return dict(
            cadre_code=cadre,
            no=e.no,
            kind=e.kind,
            target_code=e.target,
            arranged_by=e.arranged_by,
            paired_on=e.on,
            late=False,
            voided=False,
            valid_from=envelope.id,
        )

    def _entry(self, conn: Connection, envelope: Envelope, cadre: str) -> dict[str, Any]:
        """The row a contact or a talk adds."""
        e, nid = envelope.event, envelope.id
        kind, letter = ("联系", "L") if isinstance(e, Booklet.ContactRecorded) else ("谈心", "T")
        return dict(
            **self._judged(conn, nid, e.on, envelope.recorded_at),
            cadre_code=cadre,
            code=f"{cadre}-{letter}{e.no}",
            kind=kind,
            target_code=e.target,
            on=e.on,
            way=getattr(e, "way", ""),
            content=e.content,
            concern_code=getattr(e, "concern", ""),
            recorded_at=naive_utc(envelope.recorded_at),
            operator=e.operator,
            voided=False,
            valid_from=nid,
        )

    @staticmethod
    def _judged(conn: Connection, nid: int, on: date, recorded_at: datetime) -> dict[str, bool]:
        """A contact's or talk's date judged as the parameters stood at `nid`: back-filled (R-G3), and
        standing work after the window (R-G2)."""
        days = int(parameter_in_force(conn, "backfill_days", nid, "7"))
        window_end = date.fromisoformat(parameter_in_force(conn, "window_end", nid, "9999-12-31"))
        recorded_on = recorded_at.astimezone(local_zone()).date()
        return {
            "backfilled": rules.is_backfilled(on, recorded_on, days),
            "standing": is_standing_work(on, window_end),
        }


#: the events that only add rows
ADDING = (Booklet.Opened, Booklet.Paired, Booklet.ContactRecorded, Booklet.TalkRecorded)


def _deadline(conn: Connection, nid: int) -> date:
    return date.fromisoformat(parameter_in_force(conn, "pairing_report_deadline", nid, "9999-12-31"))


# --- queries -------------------------------------------------------------------------------------


class ReportState(StrEnum):
    """Where a cadre's pairings stand with the study office (R-C4)."""

    UNPAIRED = "未结对"
    UNREPORTED = "未上报"
    LATE = "补报"
    ON_TIME = "按时上报"


class EntryKind(StrEnum):
    """A booklet's entries: contacts and heart-to-heart talks."""

    CONTACT = "联系"
    TALK = "谈心"


REPORT_STATES = tuple(ReportState)


class LedgerRow(NamedTuple):
    """One cadre's line of the contact ledger (a tuple: a county's 27,000 are made at each opening)."""

    code: str
    name: str
    unit_code: str
    unit_name: str
    role: str
    duty: str  # what is required, in words
    paired: str  # per kind: active / required
    paired_count: int
    contacted: int  # active pairings with at least one contact
    talks: int
    talks_required: int
    report: str  # one of REPORT_STATES
    met: bool  # R-C7
    missing: str  # what is still missing, in words
    missing_en: str = ""  # the same in English


@dataclass(frozen=True)
class LedgerFilter:
    text: str = ""
    unit_codes: tuple[str, ...] = ()  # a unit and its sub-units
    role: str = ""
    met: bool | None = None
    report: str = ""
    up_to: int | None = None


@dataclass
class BookletEntry:
    code: str
    kind: str
    on: date
    way: str
    content: str
    concern_code: str
    concern_state: str = ""
    concern_result: str = ""
    concern_feedback: str = ""
    recorded_at: datetime | None = None
    operator: str = ""


@dataclass
class BookletTarget:
    pairing: str
    kind: str
    code: str
    name: str
    situation: str  # who they are and their household, as the booklet describes them
    phone: str
    paired_on: date
    arranged_by: str
    reported_on: date | None
    ended_on: date | None
    entries: list[BookletEntry] = field(default_factory=list)


@dataclass
class BookletView:
    cadre_code: str
    cadre_name: str
    unit_name: str
    role: str
    duty: str
    targets: list[BookletTarget]
    met: bool


class ContactQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _quota(self, up_to: int | None) -> int:
        params = SettingsQuery(self.engine).parameters(up_to)
        return params.contact_quota if params else 3

    def ledger(self, f: LedgerFilter) -> list[LedgerRow]:
        """Everyone with a contact duty, behind-quota first."""
        quota = self._quota(f.up_to)
        p = people.c
        where: list[Any] = [
            as_of(people, f.up_to),
            p.voided.is_(False),
            p.retired.is_(False),
            p.quota_role != QuotaRole.NONE.value,
        ]
        if f.text:
            where.append(
                or_(p.code.contains(f.text), p.name.contains(f.text), p.initials.startswith(f.text.lower()))
            )
        if f.unit_codes:
            where.append(p.unit_code.in_(f.unit_codes))
        if f.role:
            where.append(p.quota_role == f.role)
        # pairings and entries of the listed cadres only (unfiltered: everyone's, the others left aside below)
        listed = select(p.code).where(*where) if f.text or f.unit_codes or f.role else None
        chosen = [pairings.c.cadre_code.in_(listed)] if listed is not None else []
        chosen_entries = [entries.c.cadre_code.in_(listed)] if listed is not None else []
        with self.engine.connect() as conn:
            cadres = list(conn.execute(select(p.code, p.name, p.unit_code, p.quota_role).where(*where)))
            names = dict(conn.execute(select(units.c.code, units.c.name).where(as_of(units, f.up_to))).all())
            counted = [  # R-G2: standing work after the window is counted apart
                as_of(entries, f.up_to),
                entries.c.voided.is_(False),
                entries.c.standing.is_(False),
            ]
            pc = pairings.c
            contacted = exists(  # the pairing's target has been contacted by its cadre
                select(entries.c.row_id).where(
                    entries.c.cadre_code == pc.cadre_code,
                    entries.c.kind == EntryKind.CONTACT.value,
                    entries.c.target_code == pc.target_code,
                    *counted,
                )
            )
            # each cadre's active pairings per kind, counted by the database from the indexes (a county's
            # 82,000 pairings and 340,000 contacts were fetched and matched here): how many, how many
            # contacted, whether any is unreported, whether any was reported late
            active: dict[str, dict[str, tuple[int, int, bool, bool]]] = defaultdict(dict)
            for cadre, kind, n, reached, unreported, late in conn.execute(
                select(
                    pc.cadre_code,
                    pc.kind,
                    func.count(),
                    func.sum(case((contacted, 1), else_=0)),
                    func.max(case((pc.reported_on.is_(None), 1), else_=0)),
                    func.max(case((pc.late.is_(True), 1), else_=0)),
                )
                .where(as_of(pairings, f.up_to), pc.voided.is_(False), pc.ended_on.is_(None), *chosen)
                .group_by(pc.cadre_code, pc.kind)
            ):
                active[str(cadre)][str(kind)] = (int(n), int(reached), bool(unreported), bool(late))
            talks: dict[str, int] = defaultdict(int)
            for c, n in conn.execute(
                select(entries.c.cadre_code, func.count())
                .where(*counted, *chosen_entries, entries.c.kind == EntryKind.TALK.value)
                .group_by(entries.c.cadre_code)
            ):
                talks[str(c)] = int(n)
        out = []
        duties = {r: (requirements(r, quota), describe_duty(r, quota), talks_required(r)) for r in QuotaRole}
        judged: dict[tuple[Any, ...], tuple[str, str, str]] = {}  # most cadres stand alike: judged once
        for code, name, unit_code, role_value in cadres:
            role = QuotaRole(role_value)
            reqs, duty, need_talks = duties[role]
            mine = active.get(code, {})
            paired_count = sum(n for n, _r, _u, _l in mine.values())
            contacted_count = sum(reached for _n, reached, _u, _l in mine.values())
            counts = tuple((kind, n) for kind, (n, *_rest) in sorted(mine.items()))
            short_of_talks = talks[code] < need_talks
            key = (role, counts, paired_count - contacted_count, short_of_talks)
            if key not in judged:
                judged[key] = self._judge(reqs, dict(counts), paired_count - contacted_count, short_of_talks)
            paired, missing, missing_en = judged[key]
            if not mine:
                report = ReportState.UNPAIRED
            elif any(unreported for _n, _r, unreported, _l in mine.values()):
                report = ReportState.UNREPORTED
            elif any(late for _n, _r, _u, late in mine.values()):
                report = ReportState.LATE
            else:
                report = ReportState.ON_TIME
            out.append(
                LedgerRow(
                    code,
                    name,
                    unit_code,
                    names.get(unit_code, ""),
                    role.value,
                    duty,
                    paired,
                    paired_count,
                    contacted_count,
                    talks[code],
                    need_talks,
                    report,
                    not missing,
                    missing,
                    missing_en,
                )
            )
        out = [r for r in out if (f.met is None or r.met == f.met) and (not f.report or r.report == f.report)]
        out.sort(key=lambda r: (r.met, r.unit_code, r.code))
        return out

    @staticmethod
    def _judge(
        reqs: tuple[Requirement, ...], counts: dict[str, int], uncontacted: int, short_of_talks: bool
    ) -> tuple[str, str, str]:
        """R-C7 for one cadre: what they have paired (配对 n/quota per kind), and what is missing, in
        Chinese and in English ("" when the quota is met)."""
        missing, missing_en = [], []
        for req in reqs:
            have = counts.get(req.kind, 0)
            if req.count is not None and have < req.count:
                missing.append(f"{req.kind}差{req.count - have}")
                missing_en.append(f"{req.count - have} more {req.kind} to pair")
        if uncontacted > 0:
            missing.append(f"{uncontacted}人未联系")
            missing_en.append(f"{uncontacted} paired not yet contacted")
        if short_of_talks:
            missing.append("未谈心")
            missing_en.append("no heart-to-heart talk yet")
        paired = "、".join(
            f"{r.kind}{counts.get(r.kind, 0)}/{r.count}"
            if r.count is not None
            else f"{r.kind}{counts.get(r.kind, 0)}"
            for r in reqs
        )
        return paired, "、".join(missing), "; ".join(missing_en)

    def unreported(self, unit_code: str, up_to: int | None = None) -> list[tuple[str, int]]:
        """(cadre, number) of the active pairings a unit arranged and has not yet reported."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(pairings.c.cadre_code, pairings.c.no)
                .where(
                    as_of(pairings, up_to),
                    pairings.c.arranged_by == unit_code,
                    pairings.c.reported_on.is_(None),
                    pairings.c.voided.is_(False),
                    pairings.c.ended_on.is_(None),
                )
                .order_by(pairings.c.cadre_code, pairings.c.no)
            )
            return [(str(c), int(n)) for c, n in rows]

    def arranging_units(self, up_to: int | None = None) -> list[tuple[str, str, int, int]]:
        """(unit, name, pairings arranged, not yet reported) for the 报学教办 panel."""
        with self.engine.connect() as conn:
            rows = list(
                conn.execute(
                    select(pairings.c.arranged_by, pairings.c.reported_on).where(
                        as_of(pairings, up_to), pairings.c.voided.is_(False), pairings.c.ended_on.is_(None)
                    )
                )
            )
            names = dict(conn.execute(select(units.c.code, units.c.name).where(as_of(units, up_to))).all())
        total: dict[str, int] = defaultdict(int)
        open_: dict[str, int] = defaultdict(int)
        for unit, reported in rows:
            total[unit] += 1
            open_[unit] += reported is None
        return [(u, names.get(u, ""), total[u], open_[u]) for u in sorted(total)]

    def candidates(
        self, cadre: str, kind: str, text: str = "", limit: int = 200
    ) -> list[tuple[str, str, str]]:
        """(code, name, where) of who or what this cadre may be paired with as `kind` (R-C1's rule in SQL)."""
        p, u = people.c, units.c
        with self.engine.connect() as conn:
            me = conn.execute(
                select(p.unit_code, p.assigned_village).where(p.code == cadre, p.valid_to == OPEN)
            ).first()
            if me is None:
                return []
            unit_code, village = me
            if kind in ("村居", "企业"):
                kinds = ("村", "街", "居") if kind == "村居" else ("两新企业",)
                stmt = select(u.code, u.name, u.kind).where(
                    u.valid_to == OPEN, u.kind.in_(kinds), u.retired.is_(False), u.voided.is_(False)
                )
                if text:
                    stmt = stmt.where(or_(u.code.contains(text), u.name.contains(text)))
                return [
                    (str(a), str(b), str(c)) for a, b, c in conn.execute(stmt.order_by(u.code).limit(limit))
                ]
            villages = select(u.code).where(u.valid_to == OPEN, u.kind.in_(("村", "街", "居")))
            resident = and_(p.party_member.is_(False), or_(p.unit_code.in_(villages), p.household_code != ""))
            condition = {
                "困难党员": and_(p.hardship_member.is_(True), p.unit_code == village),
                "党员": p.party_member.is_(True),
                "本单位党员": and_(p.party_member.is_(True), p.unit_code == unit_code),
                "群众": resident,
                "职工群众": or_(and_(p.identities.contains("职工"), p.unit_code == unit_code), resident),
            }.get(kind)
            if condition is None:
                return []
            stmt = select(p.code, p.name, p.unit_code).where(
                p.valid_to == OPEN, p.retired.is_(False), p.voided.is_(False), p.code != cadre, condition
            )
            if text:
                stmt = stmt.where(
                    or_(p.code.contains(text), p.name.contains(text), p.initials.startswith(text.lower()))
                )
            taken = select(pairings.c.target_code).where(
                pairings.c.cadre_code == cadre,
                pairings.c.valid_to == OPEN,
                pairings.c.ended_on.is_(None),
                pairings.c.voided.is_(False),
            )
            stmt = stmt.where(p.code.not_in(taken))
            names = dict(conn.execute(select(u.code, u.name).where(u.valid_to == OPEN)).all())
            return [
                (str(a), str(b), names.get(c, c))
                for a, b, c in conn.execute(stmt.order_by(p.code).limit(limit))
            ]

    def active_targets(self, cadre: str, kind: str = "") -> list[tuple[str, str, str]]:
        """(target, name, kind) of the cadre's active pairings: the contact and talk forms offer only these."""
        with self.engine.connect() as conn:
            stmt = select(pairings.c.target_code, pairings.c.kind).where(
                pairings.c.cadre_code == cadre,
                pairings.c.valid_to == OPEN,
                pairings.c.ended_on.is_(None),
                pairings.c.voided.is_(False),
            )
            if kind:
                stmt = stmt.where(pairings.c.kind == kind)
            rows = list(conn.execute(stmt.order_by(pairings.c.no)))
            names = dict(
                conn.execute(select(people.c.code, people.c.name).where(people.c.valid_to == OPEN)).all()
            )
            names |= dict(
                conn.execute(select(units.c.code, units.c.name).where(units.c.valid_to == OPEN)).all()
            )
        return [(str(t), names.get(t, ""), str(k)) for t, k in rows]

    def booklet(self, cadre: str, up_to: int | None = None) -> BookletView | None:
        """The 连心册: the cadre, each paired person with their situation, every contact and talk in date
        order, the concerns raised and how they ended."""
        quota = self._quota(up_to)
        p = people.c
        with self.engine.connect() as conn:
            me = conn.execute(
                select(p.code, p.name, p.unit_code, p.quota_role).where(p.code == cadre, as_of(people, up_to))
            ).first()
            if me is None:
                return None
            unit_names = dict(
                conn.execute(select(units.c.code, units.c.name).where(as_of(units, up_to))).all()
            )
            pair_rows = list(
                conn.execute(
                    select(pairings)
                    .where(
                        pairings.c.cadre_code == cadre, as_of(pairings, up_to), pairings.c.voided.is_(False)
                    )
                    .order_by(pairings.c.no)
                ).mappings()
            )
            entry_rows = list(
                conn.execute(
                    select(entries)
                    .where(entries.c.cadre_code == cadre, as_of(entries, up_to), entries.c.voided.is_(False))
                    .order_by(entries.c.on, entries.c.code)
                ).mappings()
            )
            targets = [r["target_code"] for r in pair_rows]
            persons = {
                r["code"]: r
                for r in conn.execute(
                    select(people).where(p.code.in_(targets), as_of(people, up_to))
                ).mappings()
            }
            homes = {
                r["code"]: r
                for r in conn.execute(
                    select(households).where(
                        households.c.code.in_([x["household_code"] for x in persons.values()]),
                        as_of(households, up_to),
                    )
                ).mappings()
            }
            concern_codes = [r["concern_code"] for r in entry_rows if r["concern_code"]]
            concerns = {
                r["code"]: r
                for r in conn.execute(
                    select(board).where(board.c.code.in_(concern_codes), as_of(board, up_to))
                ).mappings()
            }
        view_targets = []
        for pr in pair_rows:
            code = pr["target_code"]
            person = persons.get(code)
            if person is not None:
                traits = [
                    t
                    for t, on in (
                        ("党员", person["party_member"]),
                        ("困难党员", person["hardship_member"]),
                        ("老党员", person["old_member"]),
                    )
                    if on
                ]
                home = homes.get(person["household_code"])
                situation = f"{person['gender']} {unit_names.get(person['unit_code'], person['unit_code'])}"
                if traits:
                    situation += "," + "、".join(traits)
                if home is not None:
                    situation += (
                        f";户主{home['head_name']},{home['group_name']}{home['address']},{home['size']}口人"
                    )
                name, phone = person["name"], person["phone"]
            else:
                name, phone, situation = unit_names.get(code, code), "", pr["kind"]
            target = BookletTarget(
                f"{cadre}-J{pr['no']}",
                pr["kind"],
                code,
                name,
                situation.strip(),
                phone,
                pr["paired_on"],
                unit_names.get(pr["arranged_by"], pr["arranged_by"]),
                pr["reported_on"],
                pr["ended_on"],
            )
            for er in entry_rows:
                if er["target_code"] != code:
                    continue
                c = concerns.get(er["concern_code"])
                target.entries.append(
                    BookletEntry(
                        er["code"],
                        er["kind"],
                        er["on"],
                        er["way"],
                        er["content"],
                        er["concern_code"],
                        c["state"] if c else "",
                        c["result"] if c else "",
                        c["feedback"] if c else "",
                        er["recorded_at"].replace(tzinfo=UTC),
                        er["operator"],
                    )
                )
            view_targets.append(target)
        role = QuotaRole(me[3])
        rows = self.ledger(LedgerFilter(text=cadre, up_to=up_to))
        met = any(r.code == cadre and r.met for r in rows)
        return BookletView(
            me[0],
            me[1],
            unit_names.get(me[2], me[2]),
            role.value,
            describe_duty(role, quota),
            view_targets,
            met,
        )
