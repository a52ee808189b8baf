"""Contact activity (§4.1, §4.5): each cadre's 连心册 — pairings, contacts, heart-to-heart talks.

One `Booklet` per cadre holds everything R-C2, R-C5 and R-C6 need to judge a command; what the cadre
must do (R-C1, R-C7) follows from their quota role and the parameters in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, FlatRecordsCopy, record_id
from domain.errors import RuleViolation
from domain.quota import QuotaRole
from domain.roster import ENTERPRISE_KINDS, VILLAGE_KINDS, Person, Unit, UnitKind


class TargetKind(StrEnum):
    """Whom a cadre pairs with (the plan's words, as stored in the events)."""

    VILLAGE = "村居"
    ENTERPRISE = "企业"
    MEMBER_IN_NEED = "困难党员"
    PARTY_MEMBER = "党员"
    RESIDENT = "群众"
    OWN_UNIT_MEMBER = "本单位党员"
    WORKER = "职工群众"


class Way(StrEnum):
    """How a contact was made."""

    VISIT = "上门"
    PHONE = "电话"
    MEETING = "座谈"
    OTHER = "其他"


TARGET_KINDS = tuple(TargetKind)
UNIT_TARGETS = (TargetKind.VILLAGE, TargetKind.ENTERPRISE)
WAYS = tuple(Way)


@dataclass(frozen=True)
class Requirement:
    kind: str
    count: int | None  # None: as arranged, no fixed count


def requirements(role: QuotaRole, quota: int) -> tuple[Requirement, ...]:
    """What a cadre of this role must be paired with (RULES.md, the table under R-C)."""
    match role:
        case QuotaRole.LEADER:
            return Requirement("村居", 1), Requirement("企业", 1), Requirement("党员", None)
        case QuotaRole.ASSIGNED_CADRE:
            return (Requirement("困难党员", quota),)
        case QuotaRole.INSTITUTION_SECRETARY:
            return (Requirement("本单位党员", quota),)
        case QuotaRole.INSTITUTION_MEMBER:
            return (Requirement("职工群众", quota),)
        case QuotaRole.ORGAN_MEMBER | QuotaRole.VILLAGE_MEMBER:
            return (Requirement("群众", quota),)
    return ()


def talks_required(role: QuotaRole) -> int:
    return 1 if role is QuotaRole.ASSIGNED_CADRE else 0


def describe_duty(role: QuotaRole, quota: int) -> str:
    parts = [
        f"{r.kind}{r.count}" if r.count is not None else f"{r.kind}(按安排)"
        for r in requirements(role, quota)
    ]
    if talks_required(role):
        parts.append("谈心1")
    return "、".join(parts) or "无联系任务"


def is_resident(person: Person, unit_kind: str) -> bool:
    """群众: a resident who is not a party member."""
    return not person.party_member and (unit_kind in VILLAGE_KINDS or bool(person.household_code))


# --- guards --------------------------------------------------------------------------------------


def check_target_kind(role: QuotaRole, kind: str, cadre: str) -> None:
    """R-C1: the kind of target must be one the cadre's role requires."""
    rules.check_choice(kind, TARGET_KINDS, "对象类别")
    allowed = [r.kind for r in requirements(role, 3)]
    if not allowed:
        raise RuleViolation("R-C1", f"“{cadre}”没有联系任务(联系任务:{role.value}),不需要结对")
    if kind not in allowed:
        raise RuleViolation("R-C1", f"{role.value}“{cadre}”应联系{'、'.join(allowed)},不能与{kind}结对")


def check_unit_target(kind: str, unit: Unit) -> None:
    """R-C1 for a unit target: a 村居 is a 村/街/居, an 企业 a 两新企业."""
    wanted = VILLAGE_KINDS if kind == TargetKind.VILLAGE else ENTERPRISE_KINDS
    if unit.kind not in wanted:
        raise RuleViolation(
            "R-C1", f"“{unit.code} {unit.name}”是{unit.kind},不是{kind}:请选择{'、'.join(wanted)}"
        )


def check_person_target(
    kind: str, cadre: Person, cadre_unit_kind: str, target: Person, target_unit_kind: str
) -> None:
    """R-C1 for a person target: who counts as a 困难党员 of the village, a 群众, a 职工群众, …"""
    if target.code == cadre.code:
        raise RuleViolation("R-C1", "不能与本人结对:请选择联系对象")
    who = f"“{target.code} {target.name}”"
    match kind:
        case TargetKind.MEMBER_IN_NEED:
            if not target.hardship_member:
                raise RuleViolation("R-C1", f"{who}不是困难党员:分工干部联系的是分工村的困难党员")
            if target.unit_code != cadre.assigned_village:
                raise RuleViolation(
                    "R-C1",
                    f"{who}是{target.unit_code}的困难党员,不在分工村{cadre.assigned_village}:请选择分工村的困难党员",
                )
        case TargetKind.PARTY_MEMBER | TargetKind.OWN_UNIT_MEMBER:
            if not target.party_member:
                raise RuleViolation("R-C1", f"{who}不是党员")
            if kind == TargetKind.OWN_UNIT_MEMBER and target.unit_code != cadre.unit_code:
                raise RuleViolation(
                    "R-C1", f"{who}不是本单位({cadre.unit_code})的党员:单位书记联系本单位党员"
                )
        case TargetKind.RESIDENT:
            if not is_resident(target, target_unit_kind):
                raise RuleViolation("R-C1", f"{who}不是群众(群众指不是党员的村居居民)")
        case TargetKind.WORKER:
            worker = "职工" in target.identities and target.unit_code == cadre.unit_code
            if not (worker or is_resident(target, target_unit_kind)):
                raise RuleViolation("R-C1", f"{who}既不是本单位职工,也不是群众")
        case _:
            raise RuleViolation("R-C1", f"{kind}应选择单位,不是人员")


def arranging_authority(role: QuotaRole, kind: str, cadre: Person) -> str:
    """Who arranges a pairing (§4.5), said in words for the rejection."""
    match role:
        case QuotaRole.LEADER if kind in UNIT_TARGETS:
            return "学教办"
        case QuotaRole.LEADER if cadre.assigned_village:
            return f"学教办或其分工的街({cadre.assigned_village})"
        case QuotaRole.LEADER:
            return "学教办(该领导未登记分工的街)"
        case QuotaRole.ASSIGNED_CADRE:
            return f"分工村({cadre.assigned_village})"
        case QuotaRole.ORGAN_MEMBER:
            return f"本人所在机关支部({cadre.branch_code or '未登记支部'})"
    return f"本单位({cadre.unit_code})"


def check_arranging_unit(role: QuotaRole, kind: str, cadre: Person, unit: Unit) -> None:
    """R-C3: each pairing is arranged by the authority §4.5 names for the cadre's role."""
    match role:
        case QuotaRole.LEADER if kind in UNIT_TARGETS:
            ok = unit.kind == UnitKind.STUDY_OFFICE
        case QuotaRole.LEADER:
            # §4.5: the leader's party members are arranged by the street the leader is assigned to
            ok = unit.kind == UnitKind.STUDY_OFFICE or (
                unit.kind == UnitKind.STREET and unit.code == cadre.assigned_village
            )
        case QuotaRole.ASSIGNED_CADRE:
            ok = unit.code == cadre.assigned_village
        case QuotaRole.ORGAN_MEMBER:
            ok = unit.code == cadre.branch_code and unit.kind == UnitKind.ORGAN_BRANCH
        case _:
            ok = unit.code == cadre.unit_code
    if not ok:
        raise RuleViolation(
            "R-C3",
            f"“{unit.code} {unit.name}”不是这项结对的安排单位:应由{arranging_authority(role, kind, cadre)}安排",
        )


def is_reported_late(reported_on: date, deadline: date) -> bool:
    """R-C4 (FLAG): reported to 学教办 after the deadline ("前" is inclusive)."""
    return reported_on > deadline


# --- the booklet ---------------------------------------------------------------------------------


@dataclass
class Pairing:
    no: int
    kind: str
    target: str
    arranged_by: str
    on: date
    reported_on: date | None = None
    ended_on: date | None = None
    voided: bool = False

    @property
    def active(self) -> bool:
        return self.ended_on is None and not self.voided


@dataclass
class Entry:
    """A contact (联系) or a heart-to-heart talk (谈心)."""

    no: int
    target: str
    on: date
    voided: bool = False
    way: str = ""  # a contact's (上门, 电话, …); a talk has none
    concern: str = ""  # the concern a contact registered, if a problem was raised


def pairing_code(cadre: str, no: int) -> str:
    return f"{cadre}-J{no}"


def contact_code(cadre: str, no: int) -> str:
    return f"{cadre}-L{no}"


def talk_code(cadre: str, no: int) -> str:
    return f"{cadre}-T{no}"


def parse_entry_code(code: str) -> tuple[str, str, int] | None:
    """'P00019-L3' -> ('P00019', 'L', 3)."""
    cadre, _, rest = code.strip().rpartition("-")
    if not cadre or len(rest) < 2 or rest[0] not in "JLT" or not rest[1:].isdigit():
        return None
    return cadre, rest[0], int(rest[1:])


class Booklet(FlatRecordsCopy, Aggregate):
    flat_records = ("pairings", "contacts", "talks")

    """A cadre's 连心册: created with their first pairing."""

    class Opened(Aggregate.Created, Audit):
        cadre: str

    class Paired(Aggregate.Event, Audit):
        no: int
        kind: str
        target: str
        arranged_by: str
        on: date

        def apply(self, aggregate: Booklet) -> None:
            aggregate.pairings[self.no] = Pairing(self.no, self.kind, self.target, self.arranged_by, self.on)

    class PairingReported(Aggregate.Event, Audit):
        no: int
        on: date

        def apply(self, aggregate: Booklet) -> None:
            aggregate.pairings[self.no].reported_on = self.on

    class PairingEnded(Aggregate.Event, Audit):
        no: int
        on: date
        reason: str

        def apply(self, aggregate: Booklet) -> None:
            aggregate.pairings[self.no].ended_on = self.on

    class ContactRecorded(Aggregate.Event, Audit):
        no: int
        target: str
        on: date
        way: str
        content: str
        concern: str  # the 问题编号 of a problem raised, or ""

        def apply(self, aggregate: Booklet) -> None:
            aggregate.contacts[self.no] = Entry(
                self.no, self.target, self.on, way=self.way, concern=self.concern
            )

    class TalkRecorded(Aggregate.Event, Audit):
        no: int
        target: str
        on: date
        content: str

        def apply(self, aggregate: Booklet) -> None:
            aggregate.talks[self.no] = Entry(self.no, self.target, self.on)

    class EntryVoided(Aggregate.Event, Audit):
        code: str  # J…, L… or T… code of the pairing, contact or talk
        reason: str

        def apply(self, aggregate: Booklet) -> None:
            found = aggregate.find(self.code)
            if found is not None:
                found.voided = True

    class PairingCorrected(Aggregate.Event, Audit):
        """更正 of a pairing: its date, or the date it was reported to the study office, with a reason."""

        no: int
        changes: dict[str, Any]
        reason: str

        def apply(self, aggregate: Booklet) -> None:
            pairing = aggregate.pairings[self.no]
            pairing.on = self.changes.get("on", pairing.on)
            pairing.reported_on = self.changes.get("reported_on", pairing.reported_on)

    class EntryCorrected(Aggregate.Event, Audit):
        """更正 of a contact or a talk: its date, its way (a contact's) or what was said, with a reason."""

        code: str  # L… or T…
        target: str  # whom it was with: the corrected content is theirs, sealed under their key
        changes: dict[str, Any]
        reason: str

        def apply(self, aggregate: Booklet) -> None:
            found = aggregate.find(self.code)
            if isinstance(found, Entry):
                found.on = self.changes.get("on", found.on)
                found.way = self.changes.get("way", found.way)

    def __init__(self, cadre: str) -> None:
        self.cadre = cadre
        self.pairings: dict[int, Pairing] = {}
        self.contacts: dict[int, Entry] = {}
        self.talks: dict[int, Entry] = {}

    @classmethod
    def open(cls, cadre: str, stamp: dict[str, Any]) -> Booklet:
        return cls._create(cls.Opened, id=record_id("booklet", cadre), cadre=cadre, **stamp)

    def find(self, code: str) -> Pairing | Entry | None:
        parsed = parse_entry_code(code)
        if parsed is None or parsed[0] != self.cadre:
            return None
        _, letter, no = parsed
        if letter == "J":
            return self.pairings.get(no)
        return (self.contacts if letter == "L" else self.talks).get(no)

    def active_with(self, target: str) -> list[Pairing]:
        return [p for p in self.pairings.values() if p.active and p.target == target]

    # --- commands --------------------------------------------------------------------------------

    def pair(self, kind: str, target: str, arranged_by: str, on: date, stamp: dict[str, Any]) -> int:
        """R-C2: the same target once; a leader's village and enterprise once while active."""
        if self.active_with(target):
            raise RuleViolation("R-C2", f"“{self.cadre}”已与“{target}”结对:同一对象不能重复结对")
        if kind in UNIT_TARGETS:
            current = [p for p in self.pairings.values() if p.active and p.kind == kind]
            if current:
                raise RuleViolation(
                    "R-C2", f"“{self.cadre}”已联系{kind}“{current[0].target}”:先结束原结对,再与新的{kind}结对"
                )
        no = len(self.pairings) + 1
        self.trigger_event(
            self.Paired, no=no, kind=kind, target=target, arranged_by=arranged_by, on=on, **stamp
        )
        return no

    def pairing(self, no: int) -> Pairing:
        found = self.pairings.get(no)
        if found is None or found.voided:
            raise RuleViolation("R-G6", f"结对“{pairing_code(self.cadre, no)}”不存在或已作废:请核对")
        return found

    def report(self, no: int, on: date, stamp: dict[str, Any]) -> None:
        pairing = self.pairing(no)
        if pairing.reported_on is not None:
            return  # already reported: a second report changes nothing
        if on < pairing.on:
            rules.fail_malformed(f"上报日期{rules.cn_date(on)}早于结对日期{rules.cn_date(pairing.on)}")
        self.trigger_event(self.PairingReported, no=no, on=on, **stamp)

    def end_pairing(self, no: int, on: date, reason: str, stamp: dict[str, Any]) -> None:
        pairing = self.pairing(no)
        if pairing.ended_on is not None:
            raise RuleViolation(
                "R-G6", f"结对“{pairing_code(self.cadre, no)}”已于{rules.cn_date(pairing.ended_on)}结束"
            )
        rules.check_reason(reason, "结束结对")
        if on < pairing.on:
            rules.fail_malformed(f"结束日期{rules.cn_date(on)}早于结对日期{rules.cn_date(pairing.on)}")
        self.trigger_event(self.PairingEnded, no=no, on=on, reason=reason.strip(), **stamp)

    def check_paired(self, target: str) -> None:
        """R-C5: contacts are recorded only with paired targets."""
        if not self.active_with(target):
            raise RuleViolation("R-C5", f"“{self.cadre}”尚未与“{target}”结对:请先结对,再记录联系")

    def record_contact(
        self, target: str, on: date, way: str, content: str, concern: str, stamp: dict[str, Any]
    ) -> int:
        self.check_paired(target)
        rules.require(way, "联系方式")
        rules.check_choice(way, WAYS, "联系方式")
        no = len(self.contacts) + 1
        self.trigger_event(
            self.ContactRecorded,
            no=no,
            target=target,
            on=on,
            way=way,
            content=content.strip(),
            concern=concern,
            **stamp,
        )
        return no

    def record_talk(self, role: QuotaRole, target: str, on: date, content: str, stamp: dict[str, Any]) -> int:
        """R-C6: only a cadre with a talk requirement, only with one of their paired 困难党员."""
        if not talks_required(role):
            raise RuleViolation(
                "R-C6", f"“{self.cadre}”({role.value})没有谈心任务:谈心由分工村街居干部和科室(站所)公务员进行"
            )
        if not [p for p in self.active_with(target) if p.kind == TargetKind.MEMBER_IN_NEED]:
            raise RuleViolation(
                "R-C6", f"“{target}”不是“{self.cadre}”结对的困难党员:谈心对象须是本人结对的困难党员"
            )
        no = len(self.talks) + 1
        self.trigger_event(self.TalkRecorded, no=no, target=target, on=on, content=content.strip(), **stamp)
        return no

    def void_entry(self, code: str, reason: str, stamp: dict[str, Any]) -> None:
        found = self.find(code)
        rules.check_record_exists(found is not None, "结对、联系或谈心记录")
        assert found is not None
        rules.check_not_voided(found.voided, code)
        rules.check_reason(reason, "作废")
        self.trigger_event(self.EntryVoided, code=code, reason=reason.strip(), **stamp)

    def correct_entry(self, code: str, changes: dict[str, Any], reason: str, stamp: dict[str, Any]) -> None:
        """更正 a contact (date, way, content) or a talk (date, content); whom it was with is not corrected
        (void it and record it with the right person: R-C5 and R-C6 are judged on the person)."""
        found = self.find(code)
        rules.check_record_exists(isinstance(found, Entry), "联系或谈心记录")
        assert isinstance(found, Entry)
        rules.check_not_voided(found.voided, code)
        rules.check_reason(reason, "更正")
        allowed = {"on", "way", "content"} if found.way else {"on", "content"}
        unknown = sorted(set(changes) - allowed)
        if unknown:
            rules.fail_malformed(f"不能更正的项目: {', '.join(unknown)}(对象有误请作废后重新记录)")
        rules.check_dates(changes, ("on",), "更正联系或谈心")
        if "way" in changes:
            rules.check_choice(str(changes["way"]), WAYS, "联系方式")
        real = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
        real = {k: v for k, v in real.items() if k == "content" or getattr(found, k) != v}
        if not real:
            rules.fail_missing("更正内容(与原值相同,无需更正)")
        self.trigger_event(
            self.EntryCorrected, code=code, target=found.target, changes=real, reason=reason.strip(), **stamp
        )

    def correct_pairing(self, no: int, changes: dict[str, Any], reason: str, stamp: dict[str, Any]) -> None:
        """更正 a pairing's date or its report date (whom it pairs is voided and paired again instead)."""
        pairing = self.pairing(no)
        rules.check_reason(reason, "更正")
        unknown = sorted(set(changes) - {"on", "reported_on"})
        if unknown:
            rules.fail_malformed(f"不能更正的项目: {', '.join(unknown)}(对象或类别有误请作废后重新结对)")
        rules.check_dates(changes, ("on", "reported_on"), "更正结对")
        real = {k: v for k, v in changes.items() if getattr(pairing, k) != v}
        if not real:
            rules.fail_missing("更正内容(与原值相同,无需更正)")
        on = real.get("on", pairing.on)
        reported = real.get("reported_on", pairing.reported_on)
        if reported is not None and reported < on:
            rules.fail_malformed(f"上报日期{rules.cn_date(reported)}早于结对日期{rules.cn_date(on)}")
        if pairing.ended_on is not None and pairing.ended_on < on:
            rules.fail_malformed(f"结对日期{rules.cn_date(on)}晚于结束日期{rules.cn_date(pairing.ended_on)}")
        self.trigger_event(self.PairingCorrected, no=no, changes=real, reason=reason.strip(), **stamp)
