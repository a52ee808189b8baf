"""活动总结: the campaign's figures for every part of the plan, per unit and for the township, the open
findings, and the hash-chain head — as recorded up to any notification (no replay: temporal read models)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property

from sqlalchemy.engine import Engine

from projections.articles import ArticleQuery, ArticleStatus, AuthorRow
from projections.chain import head
from projections.concerns import ConcernQuery
from projections.contacts import LedgerRow, ReportState
from projections.findings import FindingsQuery
from projections.interviews import TimetableRow
from projections.ratings import RatingQuery
from projections.settings import SettingsQuery
from projections.unit_work import ItemRow, UnitWorkQuery, WorkStatus
from projections.visits import VisitQuery

Row = tuple[str, ...]


@dataclass(frozen=True)
class Detail:
    """The records behind one figure (its drill-down), as of the summary's moment."""

    header: Row
    rows: tuple[Row, ...]
    #: a figure that adds up an amount per record (pairings, talks, attendance, ballots): the column it sums
    total: int | None = None

    def total_value(self) -> int | None:
        if self.total is None:
            return None
        return sum(int(row[self.total]) for row in self.rows if row[self.total].isdigit())


@dataclass(frozen=True, eq=False)
class Section:
    """One part of the plan: headline figures, then a table per unit."""

    key: str  # contacts, visits, interviews, concerns, ratings, articles
    title: str
    clause: str
    figures: tuple[tuple[str, str], ...]
    header: Row = ()
    #: the table per unit — or the function that reads it, when that costs and the dashboard does not show
    #: it (every rated cadre of a county's 600 rounds): read when first asked for, as `source`
    table: tuple[Row, ...] | Callable[[], tuple[Row, ...]] = ()
    progress: tuple[int, int] = (0, 0)  # the part's headline as numbers: done, of how many
    #: the records behind each figure, one per figure in the figures' order — or the function that reads
    #: them, when that costs (every household of a county behind the visits' coverage): made when first
    #: asked for (a drill-down, an export, a printed summary), not for the dashboard's figures
    source: tuple[Detail, ...] | Callable[[], tuple[Detail, ...]] = ()

    @cached_property
    def rows(self) -> tuple[Row, ...]:
        return self.table() if callable(self.table) else self.table

    @cached_property
    def details(self) -> tuple[Detail, ...]:
        return self.source() if callable(self.source) else self.source

    def detail(self, index: int) -> Detail | None:
        return self.details[index] if 0 <= index < len(self.details) else None

    def _compared(self) -> tuple[object, ...]:
        return (
            self.key,
            self.title,
            self.clause,
            self.figures,
            self.header,
            self.rows,
            self.progress,
            self.details,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Section) and self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash((self.key, self.figures))


@dataclass(frozen=True)
class Summary:
    township: str
    year: int
    day: date
    up_to: int  # the last notification included
    chain_head: str
    sections: tuple[Section, ...] = field(default=())
    findings: tuple[tuple[str, int], ...] = ()  # rule -> open findings
    exemplars: tuple[Row, ...] = ()


def pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


class SummaryQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.findings_query = FindingsQuery(engine)

    def summary(self, day: date, up_to: int | None = None, *, findings: bool = True) -> Summary:
        """`findings=False` leaves out the open findings (the dashboard shows them on their own page)."""
        self.findings_query = FindingsQuery(self.engine, memo={})  # one read of each figure per summary
        campaign = SettingsQuery(self.engine).campaign() or (0, "")
        nid, link = head(self.engine, up_to)
        sections = (
            self._contacts(up_to),
            self._visits(day, up_to),
            self._interviews(up_to),
            self._concerns(day, up_to),
            self._ratings(up_to),
            self._articles(up_to),
            self._unit_work(day, up_to),
        )
        counts = Counter(f.rule for f in self.findings_query.findings(day, up_to)) if findings else Counter()
        exemplars = tuple(
            (e.code, e.record_kind, e.record_code, e.summary, str(e.reported_on or "未上报"))
            for e in ArticleQuery(self.engine).exemplars(up_to)
        )
        return Summary(
            campaign[1], campaign[0], day, nid, link, sections, tuple(sorted(counts.items())), exemplars
        )

    def _contacts(self, up_to: int | None) -> Section:
        rows = self.findings_query.contact_ledger(up_to)
        by_unit: dict[tuple[str, str], list[int]] = {}
        for r in rows:
            counts = by_unit.setdefault((r.unit_code, r.unit_name), [0, 0, 0, 0])
            counts[0] += 1
            counts[1] += r.met
            counts[2] += r.paired_count
            counts[3] += r.contacted
        met = sum(r.met for r in rows)
        reports = Counter(r.report for r in rows)
        figures = (
            ("应联系人数", str(len(rows))),
            ("已达标", f"{met}({pct(met, len(rows))})"),
            ("在结对数", str(sum(r.paired_count for r in rows))),
            ("已联系对象", str(sum(r.contacted for r in rows))),
            ("谈心", str(sum(r.talks for r in rows))),
            ("按时上报", str(reports["按时上报"])),
            ("补报", str(reports["补报"])),
            ("未上报", str(reports["未上报"] + reports["未结对"])),
        )
        table = tuple(
            (code, name, str(n), str(m), pct(m, n), str(p), str(c))
            for (code, name), (n, m, p, c) in sorted(by_unit.items())
        )
        header = ("人员编号", "姓名", "单位", "应完成", "结对", "已联系对象", "谈心", "上报", "尚缺")

        def people(keep: Callable[[LedgerRow], bool], total: int | None = None) -> Detail:
            return Detail(
                header,
                tuple(
                    (
                        r.code,
                        r.name,
                        r.unit_name,
                        r.duty,
                        str(r.paired_count),
                        str(r.contacted),
                        str(r.talks),
                        r.report,
                        r.missing,
                    )
                    for r in rows
                    if keep(r)
                ),
                total,
            )

        def details() -> tuple[Detail, ...]:  # every cadre's row, eight times: made when asked for
            return (
                people(lambda r: True),
                people(lambda r: r.met),
                people(lambda r: r.paired_count > 0, total=4),
                people(lambda r: r.contacted > 0, total=5),
                people(lambda r: r.talks > 0, total=6),
                people(lambda r: r.report == ReportState.ON_TIME),
                people(lambda r: r.report == ReportState.LATE),
                people(lambda r: r.report in (ReportState.UNREPORTED, ReportState.UNPAIRED)),
            )

        return Section(
            "contacts",
            "联系活动与结对",
            "§4.1 §4.5",
            figures,
            ("单位编码", "单位", "应联系", "达标", "达标率", "结对", "已联系"),
            table,
            (met, len(rows)),
            details,
        )

    def _visits(self, day: date, up_to: int | None) -> Section:
        query = VisitQuery(self.engine)
        villages = self.findings_query.village_coverage(up_to)
        total = sum(c.required for c in villages)
        visited = sum(c.visited for c in villages)
        groups = query.group_households(day, up_to)
        figures = (
            ("农户", str(total)),
            ("已走访户", f"{visited}({pct(visited, total)})"),
            *(
                (f"五必访·{g}", f"{len(done)}/{len(required)}({pct(len(done), len(required))})")
                for g, (required, done) in groups.items()
            ),
        )
        header = ("户编号", "户主", "村居编码", "已走访")

        def details() -> tuple[Detail, ...]:  # every household: read only when a drill-down asks
            behind = query.households_behind(up_to)
            names = {code: (head, village) for code, head, village, _ in behind}

            def households_of(codes: list[str], seen: set[str]) -> Detail:
                return Detail(
                    header,
                    tuple((c, *names.get(c, ("", "")), "是" if c in seen else "否") for c in codes),
                )

            seen = {code for code, _h, _v, done in behind if done}
            return (
                households_of([code for code, *_ in behind], seen),
                households_of(sorted(seen), seen),
                *(households_of(required, set(done)) for required, done in groups.values()),
            )

        table = tuple(
            (c.key, c.name, str(c.required), str(c.visited), pct(c.visited, c.required)) for c in villages
        )
        return Section(
            "visits",
            "入户走访",
            "§4.2",
            figures,
            ("村居编码", "村居", "农户", "已走访", "覆盖率"),
            table,
            (visited, total),
            details,
        )

    def _interviews(self, up_to: int | None) -> Section:
        rows = self.findings_query.timetable(up_to)
        held = [r for r in rows if r.sessions]
        figures = (
            ("村居", str(len(rows))),
            ("已安排", str(sum(r.on is not None for r in rows))),
            ("已召开", str(len(held))),
            ("达标(30人以上)", str(sum(r.met for r in rows))),
            ("参加群众(各村最后一次)", str(sum(r.attendance or 0 for r in held))),
        )
        table = tuple(
            (
                r.village_code,
                r.village,
                f"第{r.group}组" if r.group else "",
                str(r.on or ""),
                str(r.attendance if r.attendance is not None else ""),
                "达标" if r.met else "未达标",
            )
            for r in rows
        )
        header = ("村居编码", "村居", "组别", "日期", "参加人数", "达标")

        def villages(keep: Callable[[TimetableRow], bool], total: int | None = None) -> Detail:
            return Detail(header, tuple(t for r, t in zip(rows, table, strict=True) if keep(r)), total)

        details = (
            villages(lambda r: True),
            villages(lambda r: r.on is not None),
            villages(lambda r: bool(r.sessions)),
            villages(lambda r: r.met),
            villages(lambda r: bool(r.sessions), total=4),
        )
        return Section(
            "interviews",
            "群众访谈日",
            "§4.3",
            figures,
            header,
            table,
            (sum(r.met for r in rows), len(rows)),
            details,
        )

    def _concerns(self, day: date, up_to: int | None) -> Section:
        figures_by = ConcernQuery(self.engine).figures("village", day, up_to)
        raised = sum(f.raised for f in figures_by)
        resolved = sum(f.resolved for f in figures_by)
        satisfied = sum(f.satisfied for f in figures_by)
        rated = sum(f.rated for f in figures_by)
        overdue = sum(f.open_overdue for f in figures_by)
        figures = (
            ("登记问题", str(raised)),
            ("已办结", f"{resolved}({pct(resolved, raised)})"),
            ("群众满意", f"{satisfied}/{rated}({pct(satisfied, rated)})"),
            ("超期未办结", str(overdue)),
        )
        table = tuple(
            (
                f.key,
                f.name,
                str(f.raised),
                str(f.resolved),
                pct(f.resolved, f.raised),
                pct(f.satisfied, f.rated),
                str(f.open_overdue),
            )
            for f in figures_by
        )
        query = ConcernQuery(self.engine)
        header = ("问题编号", "登记日期", "村居编码", "反映人", "类别", "状态", "群众评价", "期限")

        def details() -> tuple[Detail, ...]:  # every concern, four times: read when a drill-down asks
            return tuple(
                Detail(header, tuple(query.behind(figure, day, up_to)))
                # 群众满意 is "satisfied / gave their word": the concerns with the resident's word, each saying it
                for figure in ("登记问题", "已办结", "已回访", "超期未办结")
            )

        return Section(
            "concerns",
            "解民忧:问题办理",
            "§2.1–§2.4",
            figures,
            # concerns are raised in villages and at schools, clinics and other units (R-Q2)
            ("村居/单位编码", "村居/单位", "登记", "办结", "办结率", "满意率", "超期"),
            table,
            (resolved, raised),
            details,
        )

    def _ratings(self, up_to: int | None) -> Section:
        query = RatingQuery(self.engine)
        closed = [r for r in query.rounds(up_to) if r.closed_on is not None]

        @cache
        def table() -> tuple[Row, ...]:  # every rated cadre: the printed summary's, not the dashboard's
            results = query.results_of([r.code for r in closed], up_to)
            return tuple(
                (
                    rnd.village,
                    r.cadre,
                    r.name,
                    str(r.valid),
                    f"{r.rate:.1%}" if r.rate is not None else "—",
                    f"{rnd.turnout:.1%}" if rnd.turnout is not None else "—",
                )
                for rnd in closed
                for r in results.get(rnd.code, [])
            )

        invited = sum(r.expected for r in closed if r.expected)
        voted = sum(r.ballots for r in closed if r.expected)
        figures = (
            ("已结束轮次", str(len(closed))),
            ("有效选票", str(sum(r.ballots for r in closed))),
            ("废票", str(sum(r.voided for r in closed))),
            ("参评村干部", str(sum(len(r.cadres) for r in closed))),  # a result per listed cadre
            ("参与率(有效票÷应到人数)", pct(voted, invited)),
        )
        rounds = Detail(
            ("轮次", "村居", "结束日期", "有效票", "废票", "应到人数"),
            tuple(
                (r.code, r.village, str(r.closed_on), str(r.ballots), str(r.voided), str(r.expected or ""))
                for r in closed
            ),
        )
        header = ("轮次", "村居", "结束日期", "有效票", "废票", "应到人数")
        ballots, spoiled = Detail(header, rounds.rows, 3), Detail(header, rounds.rows, 4)
        cadre_header = ("村居", "人员编号", "姓名", "有效票", "满意率", "参与率")
        return Section(
            "ratings",
            "村(居)民直评村(居)干部",
            "§4.4",
            figures,
            cadre_header,
            table,
            source=lambda: (rounds, ballots, spoiled, Detail(cadre_header, table()), rounds),
        )

    def _unit_work(self, day: date, up_to: int | None) -> Section:
        """§2.3–§2.6, §2.8: units' own work (R-U1…R-U4) and publicity (R-P1)."""
        query = UnitWorkQuery(self.engine)
        items = query.items(up_to)
        status = Counter(r.status(day) for r in items)
        published = query.publicity(up_to)
        params = SettingsQuery(self.engine).parameters(up_to)
        missing = query.missing((params.window_start, params.window_end), up_to) if params else []
        gaps = Counter(rule for rule, *_ in missing)
        promised = sum(r.promised_on is not None for r in items)
        kept = status[WorkStatus.FULFILLED] + status[WorkStatus.FULFILLED_LATE]
        figures = (
            ("单位实事", str(len(items))),
            ("有承诺时限", str(promised)),
            ("已兑现", f"{kept}({pct(kept, promised)})"),
            ("逾期兑现", str(status[WorkStatus.FULFILLED_LATE])),
            ("逾期未兑现", str(status[WorkStatus.OVERDUE])),
            ("征求社会意见", str(sum(r.kind == "征求意见" for r in items))),
            ("尚未征求意见的学校医院", str(gaps["R-U4"])),
            ("宣传报道", str(len(published))),
            ("尚无宣传报道的村居", str(gaps["R-P1"])),
        )
        by_unit: dict[tuple[str, str], list[int]] = {}
        for r in items:
            counts = by_unit.setdefault((r.unit_code, r.unit_name), [0, 0, 0])
            counts[0] += 1
            counts[1] += r.status(day) in (WorkStatus.FULFILLED, WorkStatus.FULFILLED_LATE)
            counts[2] += r.status(day) == WorkStatus.OVERDUE
        for p in published:
            by_unit.setdefault((p.unit_code, p.unit_name), [0, 0, 0])
        pubs = Counter(p.unit_code for p in published)
        table = tuple(
            (code, name, str(n), str(k), str(o), str(pubs[code]))
            for (code, name), (n, k, o) in sorted(by_unit.items())
        )
        header = ("编号", "单位", "类别", "日期", "内容", "承诺时限", "兑现日期", "兑现情况", "状态")

        def work(keep: Callable[[ItemRow], bool]) -> Detail:
            return Detail(header, tuple(tuple(r.cells(day)) for r in items if keep(r)))

        def gap(rule: str) -> Detail:
            return Detail(("规则", "单位编码", "单位", "事项"), tuple(m for m in missing if m[0] == rule))

        details = (
            work(lambda r: True),
            work(lambda r: r.promised_on is not None),
            work(lambda r: r.status(day) in (WorkStatus.FULFILLED, WorkStatus.FULFILLED_LATE)),
            work(lambda r: r.status(day) == WorkStatus.FULFILLED_LATE),
            work(lambda r: r.status(day) == WorkStatus.OVERDUE),
            work(lambda r: r.kind == "征求意见"),
            gap("R-U4"),
            Detail(
                ("编号", "单位", "日期", "渠道", "标题"),
                tuple((p.code, p.unit_name, str(p.on), p.channel, p.title) for p in published),
            ),
            gap("R-P1"),
        )
        return Section(
            "unit_work",
            "单位实事与宣传报道",
            "§2.3–§2.6 §2.8",
            figures,
            ("单位编码", "单位", "单位实事", "已兑现", "逾期未兑现", "宣传报道"),
            table,
            (kept, promised),
            details,
        )

    def _articles(self, up_to: int | None) -> Section:
        rows = self.findings_query.register(up_to)
        required = [r for r in rows if r.required]
        status = Counter(r.status for r in required)
        figures = (
            ("应交", str(len(required))),
            ("按时提交", str(status[ArticleStatus.SUBMITTED])),
            ("迟交", str(status[ArticleStatus.LATE])),
            ("未提交", str(status[ArticleStatus.MISSING])),
            ("自愿提交", str(sum(not r.required for r in rows))),
        )
        table = tuple((r.code, r.name, r.unit, r.status, r.last_title) for r in required)
        header = ("人员编号", "姓名", "单位", "状态", "题目")

        def authors(keep: Callable[[AuthorRow], bool]) -> Detail:
            return Detail(
                header, tuple((r.code, r.name, r.unit, r.status, r.last_title) for r in rows if keep(r))
            )

        details = (
            authors(lambda r: r.required),
            authors(lambda r: r.required and r.status == ArticleStatus.SUBMITTED),
            authors(lambda r: r.required and r.status == ArticleStatus.LATE),
            authors(lambda r: r.required and r.status == ArticleStatus.MISSING),
            authors(lambda r: not r.required),
        )
        return Section(
            "articles",
            "调研文章",
            "§2.7",
            figures,
            header,
            table,
            (status[ArticleStatus.SUBMITTED], len(required)),
            details,
        )
