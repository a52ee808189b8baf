"""The audit trail: every event as a Chinese sentence — recorded at, operator, workstation, on behalf of."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, DateTime, Integer, String, Table, Text, func, or_, select
from sqlalchemy.engine import Connection, Engine

from domain import rules
from domain.application import UnknownLoginFailed
from domain.articles import Articles, Exemplar, ResearchTopic, StoredFile
from domain.base import Record
from domain.campaign import PARAMETER_LABELS, Campaign
from domain.clock import local_zone
from domain.concerns import Concern
from domain.contacts import Booklet
from domain.imports import ImportedFile
from domain.interviews import STEP_LABELS, InterviewDay
from domain.operators import Operator
from domain.personal import Erasure
from domain.ratings import RatingRound
from domain.roster import Household, Person, RosterRecord, Unit
from domain.unit_work import Publicity, UnitWorkItem
from domain.visits import Visit
from projections import audit_en
from projections.audit_en import describe_en
from projections.base import Envelope, Versions, chunks, insert_many, metadata, naive_utc
from projections.roster import people
from projections.settings import parameter_in_force

audit_log = Table(
    "audit_log",
    metadata,
    Column("notification_id", Integer, primary_key=True, autoincrement=False),
    Column("recorded_at", DateTime, nullable=False, index=True),  # naive UTC
    Column("operator", String, nullable=False, index=True),
    Column("workstation", String, nullable=False),
    Column("done_by", String, nullable=False),
    Column("event_type", String, nullable=False),
    Column("record_kind", String, nullable=False),
    Column("record_code", String, nullable=False, index=True),
    Column("unit_code", String, nullable=False, index=True),
    Column("summary", Text, nullable=False),
    Column("summary_en", Text, nullable=False, default=""),  # the same sentence in English (--lang en)
    Column("corrects", Integer, nullable=True),
    Column("originator_id", String, nullable=False),
    Column("originator_version", Integer, nullable=False),
    # R-G3 when back-filled: FLAGs marked in the trail (the few found at once)
    Column("flag", String, nullable=False, default="", index=True),
)

audit_records = Table(
    "audit_records",
    metadata,
    Column("originator_id", String, primary_key=True),
    Column("kind", String, nullable=False),
    Column("code", String, nullable=False),
    Column("unit_code", String, nullable=False),
)

KIND_LABELS = {
    "Unit": "单位",
    "Person": "人员",
    "Household": "农户",
    "Campaign": "活动",
    "Operator": "操作员",
    "UnknownLoginFailed": "登录",
    "ImportedFile": "导入",
    "Concern": "问题",
    "Booklet": "连心册",
    "Visit": "走访",
    "InterviewDay": "访谈日",
    "RatingRound": "直评",
    "ResearchTopic": "调研课题",
    "Articles": "调研文章",
    "StoredFile": "文件",
    "Exemplar": "典型经验",
    "Erasure": "删除个人信息",
    "UnitWorkItem": "单位实事",
    "Publicity": "宣传报道",
}
ERASABLE_LABELS = {"household": "农户", "person": "人员", "concern": "问题", "visit": "走访记录"}
FIELD_LABELS = {
    "name": "名称/姓名",
    "kind": "类别",
    "parent_code": "上级单位",
    "gender": "性别",
    "unit_code": "单位",
    "branch_code": "支部",
    "identities": "身份",
    "party_member": "党员",
    "hardship_member": "困难党员",
    "old_member": "老党员",
    "assigned_village": "分工村居",
    "household_code": "户编号",
    "phone": "联系电话",
    "head_name": "户主",
    "village_code": "村居",
    "group": "村民小组",
    "address": "地址",
    "size": "人口",
    "content": "问题内容",
    "category": "问题类别",
    "resident": "反映人",
    "situation": "家庭情况",
    "policies": "宣传政策",
    "help": "帮扶措施",
    "note": "备注",
    "summary": "摘要",
    "on": "日期",
    "title": "题目",
    "topic": "课题",
    "attendance": "参加人数",
    "way": "方式",
    "participants": "参加人员",
    "supervisor": "督查对接干部",
    "posted_at": "张贴地点",
    "time": "时间",
    "place": "地点",
    "person_code": "承办人",
    "due_on": "承诺时限",
    "resolver": "办理人",
    "result": "办理结果",
    "visitor": "回访人",
    "outcome": "回访结果",
}


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, list):
        return "、".join(str(x) for x in v) or "(空)"
    return str(v) if v not in ("", None) else "(空)"


def _changes(changes: dict[str, Any]) -> str:
    return ";".join(f"{FIELD_LABELS.get(k, k)}改为{_value(v)}" for k, v in changes.items())


#: the ledgers `desk export` names by key, as a person says them
LEDGER_NAMES = {
    "roster-people": "人员花名册",
    "roster-households": "农户花名册",
    "roster-units": "单位名册",
    "audit": "审计日志",
    "concerns": "问题台帐",
    "contacts": "联系台帐",
    "visits": "走访台帐",
    "interviews": "群众访谈日安排",
    "ratings": "直评结果",
    "articles": "调研文章",
    "exemplars": "典型经验",
    "findings": "督查跟进",
}


def describe(kind: str, action: str, e: Any, code: str) -> str:
    """One Chinese sentence for an event (what happened, to which record): each area's describer in turn."""
    what = KIND_LABELS.get(kind, kind)
    first = _AREA_OF.get(kind)  # the area of the record's kind first: the others never describe its events
    said = first(e, code, what, action) if first is not None else None
    if said is not None:
        return said
    for area in _AREAS:
        said = area(e, code, what, action)
        if said is not None:
            return said
    return f"{what} {code}:{action}"


def _office(e: Any, code: str, what: str, action: str) -> str | None:
    """The campaign, the operators and the office's own records (files, imports, erasures)."""
    match e:
        case Campaign.Launched():
            return f"启动{e.year}年{e.township}“走进群众”活动(参数取方案默认值)"
        case Campaign.ParameterAmended():
            label = PARAMETER_LABELS.get(e.name, e.name)
            return f"修改活动参数“{label}”:{e.old_value} → {e.new_value}(原因:{e.reason})"
        case Erasure.Recorded():
            what_kind = ERASABLE_LABELS.get(e.kind, e.kind)
            return (
                f"删除{what_kind} {e.code} 的个人信息(涉及 {len(e.subjects)} 条记录的姓名、电话、地址和叙述;"
                f"原因:{e.reason})"
            )
        case StoredFile.Stored():
            return f"存档文件 {e.name}({e.size} 字节,SHA-256 {e.sha256[:12]})"
        case UnknownLoginFailed.Recorded():
            # events stored before: the typed name; since then nothing typed is kept (it may be a password)
            return (
                "以未登记的用户名登录失败"
                if e.name.startswith("(")
                else f"以未登记的用户名“{e.name}”登录失败"
            )
        case Operator.Created():
            scope = f",录入范围 {'、'.join(e.units)}" if e.units else ""
            return f"创建操作员 {e.name}({e.role}{scope})"
        case Operator.PasswordSet():
            return f"设置操作员 {code} 的密码"
        case Operator.RoleSet():
            return f"操作员 {code} 的角色改为{e.role}"
        case Operator.ScopeSet():
            return f"操作员 {code} 的录入范围改为 {'、'.join(e.units) or '(全部)'}"
        case Operator.Disabled():
            return f"停用操作员 {code}(原因:{e.reason})"
        case Operator.Enabled():
            return f"启用操作员 {code}(原因:{e.reason})"
        case Operator.LoggedIn():
            return f"{code} 登录"
        case Operator.LoginFailed():
            lock = f",账号锁定至 {e.locked_until.astimezone():%H:%M}" if e.locked_until else ""
            return f"{code} 登录失败({e.reason}{lock})"
        case Operator.LoggedOut():
            return f"{code} 退出登录"
        case ImportedFile.Imported() | ImportedFile.ImportedAgain():
            again = "再次" if action == "ImportedAgain" else ""
            return f"{again}导入文件 {e.file_name}:{e.rows} 行,接受 {e.accepted},拒绝 {e.rejected}"
        case Operator.Exported() if e.what == "查看完整联系方式":
            return f"在“{e.target}”页查看完整联系方式(电话、地址)"
        case Operator.Exported():
            as_of = f",截至 {e.as_of}" if e.as_of else ""
            return f"导出{LEDGER_NAMES.get(e.what, e.what)}到 {e.target}{as_of}(链头 {e.chain_head[:12]})"
    return None


def _roster(e: Any, code: str, what: str, action: str) -> str | None:
    """Units, people and households."""
    match e:
        case Unit.Registered():
            return f"登记单位 {e.code} {e.name}({e.kind})"
        case Person.Registered():
            return f"登记人员 {e.code} {e.name}(单位 {e.unit_code})"
        case Household.Registered():
            tags = f",五必访:{'、'.join(e.tags)}" if e.tags else ""
            return f"登记农户 {e.code} 户主{e.head_name}(村居 {e.village_code}{tags})"
        case RosterRecord.Changed():
            return f"修改{what} {code}:{_changes(e.changes)}(自{e.effective_on:%Y-%m-%d}起)"
        case RosterRecord.Retired():
            return f"注销{what} {code}({e.on:%Y-%m-%d},原因:{e.reason})"
        case Household.TagAdded():
            return f"农户 {code} 加上五必访标签“{e.category}”(自{e.on:%Y-%m-%d},原因:{e.reason})"
        case Household.TagRemoved():
            return f"农户 {code} 去掉五必访标签“{e.category}”(自{e.on:%Y-%m-%d},原因:{e.reason})"
    return None


def _concerns(e: Any, code: str, what: str, action: str) -> str | None:
    """Concerns and their steps."""
    match e:
        case Concern.Raised():
            ref = f"({e.source_ref})" if e.source_ref else ""
            return (
                f"登记问题 {e.code}:{e.resident}反映“{e.content}”(来源 {e.source}{ref},村居 {e.village_code})"
            )
        case Concern.Assigned():
            to = " ".join(x for x in (e.unit_code, e.person_code) if x)
            return f"问题 {code} 交办给 {to},承诺时限 {e.due_on:%Y-%m-%d}"
        case Concern.ProgressNoted():
            return f"问题 {code} 办理进展:{e.note}"
        case Concern.Resolved():
            return f"问题 {code} 办结({e.on:%Y-%m-%d},办理人 {e.resolver}):{e.result}"
        case Concern.FedBack():
            note = f"({e.note})" if e.note else ""
            reopen = ",重新办理" if e.outcome == "不满意" else ""
            return f"问题 {code} 回访({e.on:%Y-%m-%d},回访人 {e.visitor}):{e.outcome}{note}{reopen}"
        case Concern.Closed():
            return f"问题 {code} 归档({e.on:%Y-%m-%d})"
        case Concern.Escalated():
            return f"问题 {code} 上报({e.on:%Y-%m-%d}):{e.note}"
        case Concern.MarkedDuplicate():
            return f"问题 {code} 标为与问题 {e.original} 重复"
        case Concern.StepCorrected():
            return f"更正问题 {code} 的{e.step}({e.step_on:%Y-%m-%d}):{_changes(e.changes)}(原因:{e.reason})"
        case Concern.StepVoided():
            return f"作废问题 {code} 的{e.step}({e.step_on:%Y-%m-%d})(原因:{e.reason})"
    return None


def _contacts(e: Any, code: str, what: str, action: str) -> str | None:
    """Booklets: pairings, contacts, talks."""
    match e:
        case Booklet.Opened():
            return f"建立 {e.cadre} 的连心册"
        case Booklet.Paired():
            return f"{code} 与{e.kind} {e.target} 结对(第{e.no}项,安排单位 {e.arranged_by},{e.on:%Y-%m-%d})"
        case Booklet.PairingReported():
            return f"{code} 的第{e.no}项结对报学教办({e.on:%Y-%m-%d})"
        case Booklet.PairingEnded():
            return f"{code} 的第{e.no}项结对结束({e.on:%Y-%m-%d},原因:{e.reason})"
        case Booklet.ContactRecorded():
            problem = f",反映问题登记为 {e.concern}" if e.concern else ""
            return f"{code} 联系 {e.target}({e.way},{e.on:%Y-%m-%d}):{e.content}{problem}"
        case Booklet.TalkRecorded():
            return f"{code} 与困难党员 {e.target} 谈心({e.on:%Y-%m-%d}):{e.content}"
        case Booklet.PairingCorrected():
            return f"更正 {code} 的第{e.no}项结对:{_changes(e.changes)}(原因:{e.reason})"
        case Booklet.EntryCorrected():
            return f"更正连心册记录 {e.code}:{_changes(e.changes)}(原因:{e.reason})"
        case Booklet.EntryVoided():
            return f"作废连心册记录 {e.code}(原因:{e.reason})"
    return None


def _visits(e: Any, code: str, what: str, action: str) -> str | None:
    """Household visits."""
    match e:
        case Visit.Recorded():
            problems = f",反映问题 {len(e.problems)} 件" if e.problems else ""
            return f"走访农户 {e.household_code}({e.on:%Y-%m-%d},走访人 {'、'.join(e.visitors)}){problems}"
    return None


def _interviews(e: Any, code: str, what: str, action: str) -> str | None:
    """Interview days."""
    match e:
        case InterviewDay.StepCorrected():
            nth = f"第{e.index + 1}次" if e.step in ("session", "solicitation") else ""
            label = STEP_LABELS.get(e.step, e.step)
            return f"更正 {code} 访谈日的{nth}{label}:{_changes(e.changes)}(原因:{e.reason})"
        case InterviewDay.StepVoided():
            nth = f"第{e.index + 1}次" if e.step in ("session", "solicitation") else ""
            return f"作废 {code} 访谈日的{nth}{STEP_LABELS.get(e.step, e.step)}(原因:{e.reason})"
        case InterviewDay.Opened():
            return f"建立 {e.village} 的群众访谈日记录"
        case InterviewDay.Scheduled():
            return (
                f"{code} 访谈日安排在 {e.on:%Y-%m-%d} {e.time},{e.place}(第{e.group}组,带队领导 {e.leader})"
            )
        case InterviewDay.Rescheduled():
            return f"{code} 访谈日改期到 {e.on:%Y-%m-%d}(原因:{e.reason}),须重新张贴预告"
        case InterviewDay.OpinionsSolicited():
            return f"{code} 以{e.way}征求意见({e.on:%Y-%m-%d}{',' + str(e.participants) + '人' if e.participants else ''})"
        case InterviewDay.SupervisorAssigned():
            return f"{code} 访谈日督查对接干部:{e.supervisor}"
        case InterviewDay.NoticePosted():
            return f"{code} 张贴访谈日预告({e.on:%Y-%m-%d},访谈日 {e.for_date:%Y-%m-%d} {e.time},{e.place},{e.participants})"
        case InterviewDay.Held():
            problems = f",反映问题 {len(e.problems)} 件" if e.problems else ""
            return f"{code} 召开群众访谈日({e.on:%Y-%m-%d},{e.attendance}人{problems})"
    return None


def _work(e: Any, code: str, what: str, action: str) -> str | None:
    """Ratings, research articles, exemplars."""
    match e:
        case RatingRound.Opened():
            return f"开始直评 {e.code}(村居 {e.village},参评 {'、'.join(e.cadres)})"
        case RatingRound.BallotCast():
            return f"直评 {code} 录入第 {e.number} 号选票"
        case RatingRound.BallotVoided():
            return f"直评 {code} 作废第 {e.number} 号选票(原因:{e.reason})"
        case RatingRound.Closed():
            return f"直评 {code} 结束,公布结果({e.on:%Y-%m-%d})"
        case ResearchTopic.Set():
            return f"党委下达调研课题 {e.code}《{e.title}》,承担人 {e.assignee}"
        case Articles.Opened():
            return f"建立 {e.author} 的调研文章记录"
        case Articles.Submitted():
            topic = f",课题 {e.topic}" if e.topic else ""
            return f"{code} 提交调研文章《{e.title}》({e.on:%Y-%m-%d}{topic},文件 {e.sha256[:12]})"
        case Articles.VersionCorrected():
            return f"更正 {code} 的第 {e.number} 版调研文章:{_changes(e.changes)}(原因:{e.reason})"
        case Articles.VersionVoided():
            return f"作废 {code} 的第 {e.number} 版调研文章(原因:{e.reason})"
        case Exemplar.Nominated():
            return f"推荐典型经验 {e.code}:{e.summary}({e.record_kind} {e.record_code})"
        case Exemplar.Reported():
            return f"上报典型经验 {code}({e.on:%Y-%m-%d})"
    return None


def _unit_work(e: Any, code: str, what: str, action: str) -> str | None:
    """Units' own work and publicity."""
    match e:
        case UnitWorkItem.Registered():
            promised = f",承诺{e.promised_on:%Y-%m-%d}前兑现" if e.promised_on else ""
            people = f",{e.attendance}人参加" if e.attendance else ""
            return f"{e.unit_code} 登记{e.kind} {e.code}({e.on:%Y-%m-%d}):{e.content}{promised}{people}"
        case UnitWorkItem.Fulfilled():
            return f"{code} 兑现({e.on:%Y-%m-%d}):{e.result}"
        case Publicity.Reported():
            return f"{e.unit_code} 宣传报道 {e.code}({e.on:%Y-%m-%d},{e.channel}):《{e.title}》"
    return None


def _records(e: Any, code: str, what: str, action: str) -> str | None:
    """A correction or a void of any record (after every area's own)."""
    match e:
        case Record.Corrected():
            return f"更正{what} {code}:{_changes(e.changes)}(原因:{e.reason})"
        case Record.Voided():
            return f"作废{what} {code}(原因:{e.reason})"
    return None


_AREAS = (_office, _roster, _concerns, _contacts, _visits, _interviews, _work, _unit_work, _records)
#: each kind of record's area: the English describers' table, the same areas by name (a test holds both to
#: the classes each area's cases name)
_AREA_OF: dict[str, Callable[[Any, str, str, str], str | None]] = {
    kind: {area.__name__: area for area in _AREAS}[english.__name__]
    for kind, english in audit_en._AREA_OF.items()
}


def _record_facts(kind: str, e: Any) -> tuple[str, str] | None:
    """(code, unit) of a record from its registration event."""
    match kind:
        case "Unit":
            return e.code, e.code
        case "Person":
            return e.code, e.unit_code
        case "Household":
            return e.code, e.village_code
        case "Operator":
            return e.name, (e.units[0] if e.units else "")
        case "Campaign":
            return str(e.year), ""
        case "UnknownLoginFailed":
            return e.name, ""
        case "ImportedFile":
            return e.sha256[:12], ""
        case "Concern":
            return e.code, e.village_code
        case "Booklet":
            return e.cadre, ""
        case "Visit":
            return e.code, e.village_code
        case "InterviewDay":
            return e.village, e.village
        case "RatingRound":
            return e.code, e.village
        case "ResearchTopic":
            return e.code, ""
        case "Articles":
            return e.author, ""
        case "StoredFile":
            return e.sha256[:12], ""
        case "Exemplar":
            return e.code, ""
        case "Erasure":
            return e.code, ""
        case "UnitWorkItem" | "Publicity":
            return e.code, e.unit_code
    return None


class AuditProjection:
    """Batched: a page of notifications is described in memory — the records it names read at once, the
    records it registers and the rows it adds written set-wise — with the same result as one by one."""

    name = "audit"
    event_topics: tuple[str, ...] = ()  # every event
    tables = (audit_log, audit_records)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        self.process_batch(conn, [envelope])

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        wanted = {str(env.event.originator_id) for env in envelopes}
        records: dict[str, dict[str, Any]] = {}
        for oids in chunks(sorted(wanted)):
            for r in conn.execute(
                select(audit_records).where(audit_records.c.originator_id.in_(oids))
            ).mappings():
                records[str(r["originator_id"])] = dict(r)
        new_records: dict[str, dict[str, Any]] = {}
        moved: dict[str, str] = {}
        rows: list[dict[str, Any]] = []
        written: dict[tuple[str, int], int] = {}
        opening = (
            env.event.cadre
            for env in envelopes
            if isinstance(env.event, Booklet.Opened) and str(env.event.originator_id) not in records
        )
        units = Versions(conn, people, "code", opening, "unit_code")  # the cadres' units as they stood
        for envelope in envelopes:
            row = self._row(envelope, records, new_records, moved, written, units, conn)
            if row is not None:
                rows.append(row)
        if new_records:
            insert_many(conn, audit_records, list(new_records.values()))
        for oid, unit in moved.items():
            conn.execute(
                audit_records.update().where(audit_records.c.originator_id == oid).values(unit_code=unit)
            )
        if rows:
            insert_many(conn, audit_log, rows)

    def _row(
        self,
        envelope: Envelope,
        records: dict[str, dict[str, Any]],
        new_records: dict[str, dict[str, Any]],
        moved: dict[str, str],
        written: dict[tuple[str, int], int],
        units: Versions,
        conn: Connection,
    ) -> dict[str, Any] | None:
        e = envelope.event
        kind, _, action = type(e).__qualname__.rpartition(".")
        if kind == "ImportProgress":
            return None  # an import's bookkeeping of which rows are stored: the rows' own events are audited
        oid = str(e.originator_id)
        if e.originator_version == 1 and oid not in records:
            facts = _record_facts(kind, e)
            if facts is not None and kind == "Booklet":  # the cadre's unit as it stood then
                then = units.at(facts[0], envelope.id)
                facts = (facts[0], str(then[0] or "") if then else "")
            if facts is not None:
                records[oid] = new_records[oid] = dict(
                    originator_id=oid, kind=kind, code=facts[0], unit_code=facts[1]
                )
        record = records.get(oid)
        code = record["code"] if record else ""
        unit = record["unit_code"] if record else ""
        changes = getattr(e, "changes", None)
        if isinstance(changes, dict) and record is not None:
            new_unit = changes.get("unit_code") or changes.get("village_code")
            if new_unit:
                record["unit_code"] = new_unit
                if oid not in new_records:
                    moved[oid] = new_unit
        corrects = None
        if hasattr(e, "corrects_version"):
            corrects = written.get((oid, e.corrects_version))
            if corrects is None:
                corrects = conn.execute(
                    select(audit_log.c.notification_id).where(
                        audit_log.c.originator_id == oid, audit_log.c.originator_version == e.corrects_version
                    )
                ).scalar_one_or_none()
        written[(oid, e.originator_version)] = envelope.id
        flag = ""
        on = getattr(e, "on", None)
        if isinstance(on, date) and not isinstance(on, datetime):  # the business date of an activity
            days = int(parameter_in_force(conn, "backfill_days", envelope.id, "7"))
            if rules.is_backfilled(on, envelope.recorded_at.astimezone(local_zone()).date(), days):
                flag = "R-G3"
        return dict(
            flag=flag,
            notification_id=envelope.id,
            recorded_at=envelope.recorded_at.astimezone(UTC).replace(tzinfo=None),
            operator=getattr(e, "operator", ""),
            workstation=getattr(e, "workstation", ""),
            done_by=getattr(e, "done_by", ""),
            event_type=f"{kind}.{action}",
            record_kind=KIND_LABELS.get(kind, kind),
            record_code=code,
            unit_code=unit,
            summary=describe(kind, action, e, code),
            summary_en=describe_en(kind, action, e, code),
            corrects=corrects,
            originator_id=oid,
            originator_version=e.originator_version,
        )


@dataclass(frozen=True)
class AuditRow:
    notification_id: int
    recorded_at: datetime  # aware, UTC
    operator: str
    workstation: str
    done_by: str
    record_kind: str
    record_code: str
    unit_code: str
    summary: str
    corrects: int | None
    event_type: str
    flag: str = ""  # R-G3: the activity was recorded long after it happened
    summary_en: str = ""


@dataclass(frozen=True)
class AuditFilter:
    operator: str = ""
    unit_code: str = ""
    record: str = ""
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""
    up_to: int | None = None  # as of a notification id


class AuditQuery:
    """The audit trail for views and exports: ids first, rows on demand (newest first)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _where(self, f: AuditFilter) -> list[Any]:
        c = audit_log.c
        where: list[Any] = []
        if f.operator:
            where.append(c.operator == f.operator)
        if f.unit_code:
            where.append(c.unit_code == f.unit_code)
        if f.record:  # the record, and those named after it (a household's visits H1-1021, their concerns)
            code = f.record.strip()
            where.append(or_(c.record_code == code, c.record_code.startswith(f"{code}-", autoescape=True)))
        if f.since:
            where.append(c.recorded_at >= naive_utc(f.since))
        if f.until:
            where.append(c.recorded_at < naive_utc(f.until))
        if f.text:
            where.append(or_(c.summary.contains(f.text), c.summary_en.contains(f.text)))
        if f.up_to is not None:
            where.append(c.notification_id <= f.up_to)
        return where

    def ids(self, f: AuditFilter, *, newest_first: bool = True) -> list[int]:
        order = audit_log.c.notification_id.desc() if newest_first else audit_log.c.notification_id
        with self.engine.connect() as conn:
            stmt = select(audit_log.c.notification_id).where(*self._where(f)).order_by(order)
            return [int(i) for i in conn.execute(stmt).scalars()]

    def rows(self, ids: list[int]) -> dict[int, AuditRow]:
        if not ids:
            return {}
        c = audit_log.c
        with self.engine.connect() as conn:
            result = conn.execute(
                select(
                    c.notification_id,
                    c.recorded_at,
                    c.operator,
                    c.workstation,
                    c.done_by,
                    c.record_kind,
                    c.record_code,
                    c.unit_code,
                    c.summary,
                    c.corrects,
                    c.event_type,
                    c.flag,
                    c.summary_en,
                ).where(c.notification_id.in_(ids))
            )
            out = {}
            for r in result:
                out[int(r[0])] = AuditRow(int(r[0]), r[1].replace(tzinfo=UTC), *r[2:])
            return out

    def operators(self) -> list[str]:
        with self.engine.connect() as conn:
            stmt = select(audit_log.c.operator).distinct().order_by(audit_log.c.operator)
            return [str(o) for o in conn.execute(stmt).scalars() if o]

    def notification_at(self, moment: datetime) -> int:
        """The last notification recorded at or before `moment` (0: none)."""
        with self.engine.connect() as conn:
            stmt = select(func.max(audit_log.c.notification_id)).where(
                audit_log.c.recorded_at <= naive_utc(moment)
            )
            return int(conn.execute(stmt).scalar() or 0)


def corrections_of(kind: str) -> Any:
    """The notification ids of the corrections of one kind of record (what 显示已作废/已更正 strikes)."""
    c = audit_log.c
    return select(c.notification_id).where(
        c.event_type.in_([f"{kind}.Corrected", f"{kind}.StepCorrected", f"{kind}.StepVoided"])
    )
