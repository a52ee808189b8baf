"""督查跟进: every open STATUS and every FLAG finding of RULES.md, one row each, from the read models as
they stood at a notification and judged on a business day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Engine

from domain.campaign import Parameters
from domain.catalogue import rule_name
from projections.articles import ArticleQuery, ArticleStatus, AuthorRow
from projections.audit import audit_log
from projections.base import as_of
from projections.concerns import ConcernQuery, board
from projections.contacts import ContactQuery, LedgerFilter, LedgerRow, ReportState, entries
from projections.interviews import InterviewQuery, TimetableRow
from projections.roster import households, units
from projections.settings import SettingsQuery
from projections.unit_work import UnitWorkQuery, WorkStatus
from projections.visits import Coverage, VisitQuery, visits

T = TypeVar("T")


#: the follow-ups' words (ConcernQuery.follow_ups) in English
FOLLOW_UP_EN = {
    "超期未办结": "Overdue",
    "待回访": "Awaiting the return visit",
    "不满意重办": "Reopened (unsatisfied)",
    "已上报": "Escalated",
}


@dataclass(frozen=True)
class Finding:
    rule: str
    kind: str  # STATUS (a requirement not met yet) or FLAG (marked for supervision)
    unit_code: str
    unit: str
    person: str
    what: str
    since: date | None
    due: date | None
    record: str = ""
    what_en: str = ""  # the same in English, for a window opened in English

    def said(self, english: bool) -> str:
        return self.what_en if english and self.what_en else self.what


@dataclass(frozen=True)
class FindingFilter:
    rule: str = ""  # a code or a prefix such as "R-C"
    unit_code: str = ""
    person: str = ""
    due_within: int | None = None  # days from `day`


class FindingsQuery:
    def __init__(self, engine: Engine, memo: dict[object, object] | None = None) -> None:
        self.engine = engine
        #: shared with the summary, so that one figure read by both is read once
        self.memo: dict[object, object] = memo if memo is not None else {}

    def _once(self, key: object, compute: Callable[[], T]) -> T:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]  # type: ignore[return-value]

    def findings(self, day: date, up_to: int | None = None, f: FindingFilter | None = None) -> list[Finding]:
        params = SettingsQuery(self.engine).parameters(up_to)
        if params is None:
            return []
        with self.engine.connect() as conn:
            names = {
                str(c): str(n)
                for c, n in conn.execute(select(units.c.code, units.c.name).where(as_of(units, up_to)))
            }
        found = (
            self._contacts(params, up_to, names)
            + self._visits(params, day, up_to, names)
            + self._concerns(day, up_to, names)
            + self._interviews(params, day, up_to, names)
            + self._articles(params, up_to)
            + self._unit_work(params, day, up_to)
            + self._backfilled(up_to, names)
        )
        f = f or FindingFilter()
        out = [
            x
            for x in found
            if (not f.rule or x.rule.startswith(f.rule))
            and (not f.unit_code or x.unit_code == f.unit_code)
            and (not f.person or f.person in x.person)
            and (
                f.due_within is None
                or (x.due is not None and day <= x.due <= day + timedelta(days=f.due_within))
            )
        ]
        out.sort(key=lambda x: (x.due or date.max, x.rule, x.unit_code, x.person))
        return out

    def contact_ledger(self, up_to: int | None) -> list[LedgerRow]:
        return self._once(
            ("ledger", up_to), lambda: ContactQuery(self.engine).ledger(LedgerFilter(up_to=up_to))
        )

    def village_coverage(self, up_to: int | None) -> list[Coverage]:
        return self._once(("coverage", up_to), lambda: VisitQuery(self.engine).village_coverage(up_to))

    def timetable(self, up_to: int | None) -> list[TimetableRow]:
        return self._once(("timetable", up_to), lambda: InterviewQuery(self.engine).timetable(up_to))

    def register(self, up_to: int | None) -> list[AuthorRow]:
        return self._once(("register", up_to), lambda: ArticleQuery(self.engine).register(up_to))

    def _contacts(self, params: Parameters, up_to: int | None, names: dict[str, str]) -> list[Finding]:
        out = []
        for r in self.contact_ledger(up_to):
            person = f"{r.code} {r.name}"
            if not r.met:
                out.append(
                    Finding(
                        "R-C7",
                        "STATUS",
                        r.unit_code,
                        r.unit_name,
                        person,
                        f"联系任务未完成:{r.missing}",
                        params.window_start,
                        params.window_end,
                        what_en=f"Contact quota not met: {r.missing_en}",
                    )
                )
            if r.report == ReportState.UNREPORTED and r.paired_count:
                out.append(
                    Finding(
                        "R-C4",
                        "STATUS",
                        r.unit_code,
                        r.unit_name,
                        person,
                        "结对尚未报学教办",
                        None,
                        params.pairing_report_deadline,
                        what_en="Pairings not yet reported to the study office",
                    )
                )
            elif r.report == ReportState.LATE:
                out.append(
                    Finding(
                        "R-C4",
                        "FLAG",
                        r.unit_code,
                        r.unit_name,
                        person,
                        "结对补报(晚于截止日)",
                        params.pairing_report_deadline,
                        None,
                        what_en="Pairings reported after the deadline",
                    )
                )
        return out

    def _visits(
        self, params: Parameters, day: date, up_to: int | None, names: dict[str, str]
    ) -> list[Finding]:
        out = []
        for c in self.village_coverage(up_to):
            if c.visited < c.required:
                out.append(
                    Finding(
                        "R-V1",
                        "STATUS",
                        c.key,
                        c.name,
                        "",
                        f"尚有 {c.required - c.visited} 户未走访",
                        params.window_start,
                        params.window_end,
                        what_en=f"{c.required - c.visited} household{'s' if c.required - c.visited > 1 else ''} not yet visited",
                    )
                )
        for village, category, code, head in self._missed_must_visits(day, up_to):
            out.append(
                Finding(
                    "R-V2",
                    "STATUS",
                    village,
                    names.get(village, ""),
                    "",
                    f"{category}户 {code} {head} 尚未走访",
                    None,
                    params.window_end,
                    code,
                    what_en=f"Must-visit ({category}) household {code} {head} not yet visited",
                )
            )
        return out

    def _missed_must_visits(self, day: date, up_to: int | None) -> list[tuple[str, str, str, str]]:
        from domain.campaign import MUST_VISIT_CATEGORIES

        query = VisitQuery(self.engine)
        missed = [
            (category, code, head)
            for category in MUST_VISIT_CATEGORIES
            for code, head, _addr, _phone in query.not_visited(category=category, day=day, up_to=up_to)
        ]
        with self.engine.connect() as conn:
            village_of = {
                str(c): str(v)
                for c, v in conn.execute(
                    select(households.c.code, households.c.village_code).where(
                        as_of(households, up_to), households.c.code.in_({m[1] for m in missed})
                    )
                )
            }
        return [(village_of.get(code, ""), category, code, head) for category, code, head in missed]

    def _concerns(self, day: date, up_to: int | None, names: dict[str, str]) -> list[Finding]:
        return [
            Finding(
                f.rule,
                "FLAG" if f.rule == "R-Q4" else "STATUS",
                f.village_code,
                f.village_name,
                f.handler,
                f"{f.what}:{f.code} {f.content}",
                f.since,
                f.due_on,
                f.code,
                what_en=f"{FOLLOW_UP_EN.get(f.what, f.what)}: {f.code} {f.content}",
            )
            for f in ConcernQuery(self.engine).follow_ups(day, up_to)
        ]

    def _interviews(
        self, params: Parameters, day: date, up_to: int | None, names: dict[str, str]
    ) -> list[Finding]:
        out = []
        for r in self.timetable(up_to):
            where = (r.village_code, r.village)
            if r.on is None:
                out.append(
                    Finding(
                        "R-I1",
                        "STATUS",
                        *where,
                        "",
                        "访谈日尚未安排",
                        None,
                        params.interview_start,
                        what_en="Interview day not yet scheduled",
                    )
                )
                continue
            if r.notice_on is None:
                out.append(
                    Finding(
                        "R-I5",
                        "STATUS",
                        *where,
                        r.leader,
                        f"访谈日{r.on:%m-%d}的预告尚未张贴",
                        None,
                        r.latest_notice,
                        what_en=f"Notice of the {r.on:%m-%d} interview day not yet posted",
                    )
                )
            if r.sessions and not r.met:
                out.append(
                    Finding(
                        "R-I7",
                        "STATUS",
                        *where,
                        r.leader,
                        f"参加人数不足({r.attendance}人),须再次召开",
                        r.on,
                        params.interview_end,
                        what_en=f"Too few attended ({r.attendance}): to be held again",
                    )
                )
            elif not r.sessions:
                out.append(
                    Finding(
                        "R-I7",
                        "STATUS",
                        *where,
                        r.leader,
                        f"访谈日({r.on:%m-%d})尚未召开",
                        None,
                        r.on,
                        what_en=f"Interview day ({r.on:%m-%d}) not yet held",
                    )
                )
            for flag in (x for x in r.flags.split("、") if x):
                what = "召开前未征求意见" if flag == "R-I3" else "召开时无督查对接干部"
                what_en = (
                    "Held without soliciting opinions first"
                    if flag == "R-I3"
                    else "Held without a supervising cadre"
                )
                out.append(Finding(flag, "FLAG", *where, r.leader, what, r.on, None, what_en=what_en))
        return out

    def _unit_work(self, params: Parameters, day: date, up_to: int | None) -> list[Finding]:
        """R-U2 promises not kept by their date, R-U4 opinion gathering and R-P1 publicity not yet held."""
        query = UnitWorkQuery(self.engine)
        out = []
        for r in query.items(up_to):
            status = r.status(day)
            if status == WorkStatus.OVERDUE:
                out.append(
                    Finding(
                        "R-U2",
                        "STATUS",
                        r.unit_code,
                        r.unit_name,
                        "",
                        f"{r.kind}“{r.content}”承诺{r.promised_on}前兑现,尚未兑现",
                        r.on,
                        r.promised_on,
                        r.code,
                        what_en=f"{r.kind} “{r.content}” promised by {r.promised_on}, not yet fulfilled",
                    )
                )
            elif status == WorkStatus.FULFILLED_LATE:
                out.append(
                    Finding(
                        "R-U2",
                        "FLAG",
                        r.unit_code,
                        r.unit_name,
                        "",
                        f"{r.kind}“{r.content}”逾期兑现({r.fulfilled_on})",
                        r.promised_on,
                        None,
                        r.code,
                        what_en=f"{r.kind} “{r.content}” fulfilled late ({r.fulfilled_on})",
                    )
                )
        for rule, code, name, what in query.missing((params.window_start, params.window_end), up_to):
            english = "Not yet met: " + rule_name(rule, english=True)
            out.append(
                Finding(rule, "STATUS", code, name, "", what, None, params.window_end, what_en=english)
            )
        return out

    def _articles(self, params: Parameters, up_to: int | None) -> list[Finding]:
        out = []
        for r in self.register(up_to):
            if not r.required:
                continue
            if r.status == ArticleStatus.MISSING:
                out.append(
                    Finding(
                        "R-A3",
                        "STATUS",
                        "",
                        r.unit,
                        f"{r.code} {r.name}",
                        "调研文章未提交",
                        None,
                        params.article_deadline,
                        what_en="Research article not submitted",
                    )
                )
            elif r.status == ArticleStatus.LATE:
                out.append(
                    Finding(
                        "R-A2",
                        "FLAG",
                        "",
                        r.unit,
                        f"{r.code} {r.name}",
                        f"调研文章迟交({r.last_on})",
                        r.last_on,
                        None,
                        what_en=f"Research article late ({r.last_on})",
                    )
                )
        return out

    def backfill_bursts(self, up_to: int | None = None, threshold: int = 10) -> list[tuple[date, str, int]]:
        """(day recorded, operator, back-filled records) where one operator stored at least `threshold`
        records of activities long past on one day — the bursts before an inspection."""
        from datetime import UTC

        from domain.clock import local_zone
        from projections.concerns import steps

        counts: dict[tuple[date, str], int] = {}
        with self.engine.connect() as conn:
            rows = list(
                conn.execute(
                    select(visits.c.recorded_at, visits.c.operator).where(
                        as_of(visits, up_to), visits.c.backfilled.is_(True)
                    )
                )
            )
            rows += list(
                conn.execute(
                    select(entries.c.recorded_at, entries.c.operator).where(
                        as_of(entries, up_to), entries.c.backfilled.is_(True)
                    )
                )
            )
            late = select(board.c.code).where(as_of(board, up_to), board.c.backfilled.is_(True))
            stmt = select(steps.c.recorded_at, steps.c.operator).where(
                steps.c.step == "登记", steps.c.code.in_(late)
            )
            if up_to is not None:
                stmt = stmt.where(steps.c.notification_id <= up_to)
            rows += list(conn.execute(stmt))
        for recorded_at, operator in rows:
            day = recorded_at.replace(tzinfo=UTC).astimezone(local_zone()).date()
            counts[(day, operator)] = counts.get((day, operator), 0) + 1
        return sorted(
            ((d, o, n) for (d, o), n in counts.items() if n >= threshold), key=lambda x: (-x[2], x[0])
        )

    def _backfilled(self, up_to: int | None, names: dict[str, str]) -> list[Finding]:
        """R-G3: records stored more than {backfill_days} after the day they record."""
        out = []
        with self.engine.connect() as conn:
            for table, day, what in ((visits, visits.c.on, "走访"), (board, board.c.raised_on, "问题")):
                for code, village, on in conn.execute(
                    select(table.c.code, table.c.village_code, day).where(
                        as_of(table, up_to), table.c.backfilled.is_(True), table.c.voided.is_(False)
                    )
                ):
                    place = names.get(village, "")
                    english = f"{'Visit' if what == '走访' else 'Concern'} {code} back-filled"
                    out.append(
                        Finding(
                            "R-G3",
                            "FLAG",
                            village,
                            place,
                            "",
                            f"补录{what} {code}",
                            on,
                            None,
                            code,
                            what_en=english,
                        )
                    )
            for code, cadre, on in conn.execute(
                select(entries.c.code, entries.c.cadre_code, entries.c.on).where(
                    as_of(entries, up_to), entries.c.backfilled.is_(True), entries.c.voided.is_(False)
                )
            ):
                english = f"Contact or talk {code} back-filled"
                out.append(
                    Finding(
                        "R-G3",
                        "FLAG",
                        "",
                        "",
                        cadre,
                        f"补录联系/谈心 {code}",
                        on,
                        None,
                        code,
                        what_en=english,
                    )
                )
            # every other kind of record with a business date (pairings, reports, tags, interview steps,
            # articles, exemplary practice, units' work …), from the audit trail's R-G3 marks
            covered = ("Visit.Recorded", "Concern.Raised", "Booklet.ContactRecorded", "Booklet.TalkRecorded")
            stmt = select(
                audit_log.c.record_kind,
                audit_log.c.record_code,
                audit_log.c.unit_code,
                audit_log.c.summary,
                audit_log.c.recorded_at,
                audit_log.c.summary_en,
            ).where(audit_log.c.flag == "R-G3", audit_log.c.event_type.not_in(covered))
            if up_to is not None:
                stmt = stmt.where(audit_log.c.notification_id <= up_to)
            for kind, code, unit, summary, at, summary_en in conn.execute(stmt):
                out.append(
                    Finding(
                        "R-G3",
                        "FLAG",
                        unit,
                        names.get(unit, ""),
                        "",
                        f"补录{kind}:{summary}",
                        at.date(),
                        None,
                        code,
                        what_en=f"Back-filled: {summary_en}",
                    )
                )
        return out
