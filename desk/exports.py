"""Ledger exports (.xlsx / .csv), each with the hash-chain head printed on it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from desk.privacy import mask_rows
from desk.sheets import write_table
from domain.errors import DomainError
from domain.ratings import MARKS
from projections.articles import ArticleQuery
from projections.audit import AuditFilter, AuditQuery
from projections.chain import head
from projections.concerns import ConcernFilter, ConcernQuery
from projections.contacts import ContactQuery, LedgerFilter
from projections.findings import FindingsQuery
from projections.interviews import InterviewQuery
from projections.ratings import RatingQuery
from projections.roster import RosterFilter, RosterQuery
from projections.store import Store
from projections.visits import VisitFilter, VisitQuery


def ledger_rows(store: Store, ledger: str, up_to: int | None) -> tuple[list[str], list[list[Any]]]:
    roster = RosterQuery(store.engine)
    f = RosterFilter(up_to=up_to)
    if ledger == "roster-people":
        ids = roster.people_ids(f)
        rows = roster.people_rows(ids, up_to)
        header = [
            "人员编号",
            "姓名",
            "性别",
            "单位编码",
            "单位",
            "身份",
            "党员",
            "困难党员",
            "老党员",
            "分工村居编码",
            "户编号",
            "联系电话",
            "联系任务",
        ]
        yn = {True: "是", False: "否"}
        return header, [
            [
                r.code,
                r.name,
                r.gender,
                r.unit_code,
                r.unit_name,
                r.identities,
                yn[r.party_member],
                yn[r.hardship_member],
                yn[r.old_member],
                r.assigned_village,
                r.household_code,
                r.phone,
                r.quota_role,
            ]
            for r in (rows[i] for i in ids)
        ]
    if ledger == "roster-households":
        ids = roster.household_ids(f)
        hrows = roster.household_rows(ids, up_to)
        header = ["户编号", "户主姓名", "村居编码", "村居", "村民小组", "地址", "人口", "联系电话", "五必访"]
        return header, [
            [r.code, r.head_name, r.village_code, r.village_name, r.group, r.address, r.size, r.phone, r.tags]
            for r in (hrows[i] for i in ids)
        ]
    if ledger == "roster-units":
        header = ["单位编码", "单位名称", "类别", "上级单位编码"]
        return header, [[u.code, u.name, u.kind, u.parent_code] for u in roster.units(up_to)]
    if ledger == "audit":
        audit = AuditQuery(store.engine)
        ids = audit.ids(AuditFilter(up_to=up_to), newest_first=False)
        arows = audit.rows(ids)
        header = [
            "序号",
            "录入时间",
            "操作员",
            "工作站",
            "代录(实际办理人)",
            "记录类别",
            "记录",
            "单位",
            "内容",
            "更正第几号",
        ]
        return header, [
            [
                r.notification_id,
                f"{r.recorded_at.astimezone():%Y-%m-%d %H:%M:%S}",
                r.operator,
                r.workstation,
                r.done_by,
                r.record_kind,
                r.record_code,
                r.unit_code,
                r.summary,
                r.corrects or "",
            ]
            for r in (arows[i] for i in ids)
        ]
    if ledger == "concerns":
        return concern_rows(store, up_to)
    if ledger == "findings":
        moment_day = store.app.clock.today()
        found = FindingsQuery(store.engine).findings(moment_day, up_to)
        return (
            ["规则", "类型", "单位编码", "单位", "人员", "事项", "自何时", "期限", "记录"],
            [
                [
                    f.rule,
                    f.kind,
                    f.unit_code,
                    f.unit,
                    f.person,
                    f.what,
                    str(f.since or ""),
                    str(f.due or ""),
                    f.record,
                ]
                for f in found
            ],
        )
    if ledger == "ratings":
        return rating_rows(store, up_to)
    if ledger == "articles":
        reg = ArticleQuery(store.engine).register(up_to)
        return (
            [
                "人员编号",
                "姓名",
                "单位",
                "应交",
                "状态",
                "版本数",
                "题目",
                "提交日期",
                "课题",
                "文件",
                "SHA-256",
            ],
            [
                [
                    r.code,
                    r.name,
                    r.unit,
                    "是" if r.required else "自愿",
                    r.status,
                    r.versions,
                    r.last_title,
                    r.last_on.isoformat() if r.last_on else "",
                    r.topic,
                    r.file_name,
                    r.sha256,
                ]
                for r in reg
            ],
        )
    if ledger == "exemplars":
        ex = ArticleQuery(store.engine).exemplars(up_to)
        return (
            ["编号", "推荐日期", "记录类别", "记录编码", "摘要", "上报日期"],
            [
                [
                    r.code,
                    r.on.isoformat(),
                    r.record_kind,
                    r.record_code,
                    r.summary,
                    r.reported_on.isoformat() if r.reported_on else "",
                ]
                for r in ex
            ],
        )
    if ledger == "interviews":
        return interview_rows(store, up_to)
    if (
        ledger == "visits"
    ):  # the whole ledger: the campaign's visits and the standing work after (备注 常态化)
        return visit_rows(store, VisitFilter(up_to=up_to, standing=None))
    if ledger == "contacts":
        return contact_rows(store, LedgerFilter(up_to=up_to))
    raise DomainError(f"不认识的台帐“{ledger}”")


def rating_rows(store: Store, up_to: int | None) -> tuple[list[str], list[list[Any]]]:
    """直评结果: one row per round and cadre (R-R4), published rounds only."""
    query = RatingQuery(store.engine)
    out = []
    closed = [rnd for rnd in query.rounds(up_to) if rnd.closed_on is not None]
    results = query.results_of([rnd.code for rnd in closed], up_to)
    for rnd in closed:
        for r in results.get(rnd.code, []):
            out.append(
                [
                    rnd.code,
                    rnd.village,
                    r.cadre,
                    r.name,
                    *[r.counts[m] for m in MARKS],
                    r.valid,
                    rnd.voided,
                    f"{r.rate:.1%}" if r.rate is not None else "",
                ]
            )
    return ["轮次", "村居", "人员编号", "姓名", *MARKS, "有效票", "废票", "满意率"], out


INTERVIEW_HEADER = [
    "组别",
    "带队领导",
    "村居",
    "日期",
    "时间",
    "地点",
    "预告张贴日期",
    "张贴地点",
    "督查对接干部",
    "征求意见",
    "参加人数",
    "达标",
]


def interview_rows(store: Store, up_to: int | None) -> tuple[list[str], list[list[Any]]]:
    """The plan's appendix: 群众访谈日时间安排表, one row per village."""
    rows = InterviewQuery(store.engine).timetable(up_to)
    return INTERVIEW_HEADER, [
        [
            f"第{r.group}组" if r.group else "未安排",
            r.leader,
            r.village,
            f"{r.on:%m月%d日}" if r.on else "",
            r.time,
            r.place,
            f"{r.notice_on:%m月%d日}" if r.notice_on else "",
            r.posted_at,
            r.supervisor,
            r.solicitations,
            r.attendance if r.attendance is not None else "",
            "达标" if r.met else ("人数不足" if r.sessions else ""),
        ]
        for r in rows
    ]


VISIT_HEADER = [
    "序号",
    "走访时间",
    "户主",
    "村民小组/地址",
    "联系电话",
    "家庭情况",
    "反映问题",
    "办理情况",
    "走访人",
    "备注",
]


def visit_rows(store: Store, f: VisitFilter) -> tuple[list[str], list[list[Any]]]:
    """The 走访工作台帐 in the columns a township files."""
    query = VisitQuery(store.engine)
    ids = query.ids(f)
    rows: dict[int, Any] = {}
    for start in range(0, len(ids), 2000):
        rows.update(query.rows(ids[start : start + 2000], f.up_to))
    out = []
    for n, rid in enumerate(ids, start=1):
        r = rows[rid]
        note = "、".join(
            x for x in (r.note, "补录" if r.backfilled else "", "常态化" if r.standing else "") if x
        )
        out.append(
            [
                n,
                r.on.isoformat(),
                r.head_name,
                r.group_address,
                r.phone,
                r.situation,
                r.problems,
                r.handling,
                r.visitors,
                note,
            ]
        )
    return VISIT_HEADER, out


CONTACT_HEADER = [
    "人员编号",
    "姓名",
    "单位",
    "联系任务",
    "应结对",
    "已结对",
    "已联系",
    "谈心",
    "上报学教办",
    "达标",
    "尚缺",
]


def contact_rows(store: Store, f: LedgerFilter) -> tuple[list[str], list[list[Any]]]:
    """The contact ledger (联系台帐): one row per person with a contact duty, behind-quota first."""
    rows = ContactQuery(store.engine).ledger(f)
    return CONTACT_HEADER, [
        [
            r.code,
            r.name,
            r.unit_name,
            r.role,
            r.duty,
            r.paired,
            f"{r.contacted}/{r.paired_count}",
            f"{r.talks}/{r.talks_required}" if r.talks_required else "",
            r.report,
            "是" if r.met else "否",
            r.missing,
        ]
        for r in rows
    ]


CONCERN_HEADER = [
    "问题编号",
    "登记日期",
    "来源",
    "来源记录",
    "反映人",
    "户编号",
    "村居",
    "类别",
    "问题内容",
    "状态",
    "承办",
    "承诺时限",
    "办结日期",
    "办理结果",
    "回访结果",
    "重办次数",
    "上报",
    "重复于",
    "办理天数",
    "超期",
    "补录",
]


def concern_rows(
    store: Store, up_to: int | None, f: ConcernFilter | None = None
) -> tuple[list[str], list[list[Any]]]:
    """The concern board in the columns a township's 问题台帐 keeps."""
    query = ConcernQuery(store.engine)
    today = store.app.clock.today()
    f = f or ConcernFilter(up_to=up_to, day=today)
    ids = query.ids(f)
    found = query.rows(ids, f.day or today)
    yn = {True: "是", False: ""}
    return CONCERN_HEADER, [
        [
            r.code,
            r.raised_on.isoformat(),
            r.source,
            r.source_ref,
            r.resident,
            r.household_code,
            r.village_name or r.village_code,
            r.category,
            r.content,
            r.state,
            r.handler_name,
            r.due_on.isoformat() if r.due_on else "",
            r.resolved_on.isoformat() if r.resolved_on else "",
            r.result,
            r.feedback,
            r.reopened or "",
            yn[r.escalated],
            r.duplicate_of,
            r.days_open,
            yn[r.overdue],
            yn[r.backfilled],
        ]
        for r in (found[i] for i in ids)
    ]


def export_ledger(
    store: Store, ledger: str, out: Path, moment: datetime | None, *, masked: bool = False
) -> tuple[int, str]:
    """Writes the ledger as it stood at `moment` (now if None); returns (rows, chain head)."""
    from projections.audit import AuditQuery as _AQ

    up_to = _AQ(store.engine).notification_at(moment) if moment else None
    header, rows = ledger_rows(store, ledger, up_to)
    if masked:  # 督查 and 领导 see residents' phones and addresses masked, in exports too
        rows = mask_rows(header, rows)
    head_id, chain_head = head(store.engine, up_to)
    stamp = f"截至第 {head_id} 号事件,哈希链头 {chain_head}" + (
        f"(回看 {moment:%Y-%m-%d %H:%M})" if moment else ""
    )
    write_table(out, ledger, header, rows, [stamp])
    return len(rows), chain_head
