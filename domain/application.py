"""The application service: one method per use case, each checking its rules before anything is stored."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any
from uuid import UUID, uuid4

from eventsourcing.domain import Aggregate
from eventsourcing.persistence import IntegrityError

from domain import rules
from domain.articles import Exemplar
from domain.base import Actor, Audit, Record, record_id
from domain.campaign import Campaign
from domain.clock import Clock
from domain.concern_cases import ConcernCases, SourceFinder
from domain.concerns import Concern
from domain.contact_cases import ContactCases
from domain.errors import AuthenticationFailed, RuleViolation, StoredFirstElsewhere
from domain.imports import ImportedFile, ImportProgress, file_id, progress_id
from domain.interview_cases import InterviewCases
from domain.operators import Operator
from domain.personal import ERASABLE, LINKED_KINDS, Erasure, SealingMapper
from domain.roster import Household, Person, RosterRecord, Unit
from domain.roster_cases import RosterCases
from domain.service import Service
from domain.unit_work import Publicity, UnitWorkItem
from domain.unit_work_cases import UnitWorkCases
from domain.visit_cases import VisitCases
from domain.visits import Visit
from domain.work_cases import WorkCases

RECORD_KINDS: dict[str, tuple[type[Record], str]] = {
    "unit": (Unit, "单位"),
    "person": (Person, "人员"),
    "household": (Household, "农户"),
    "concern": (Concern, "问题"),
    "visit": (Visit, "走访"),
    "unit-work": (UnitWorkItem, "单位实事"),
    "publicity": (Publicity, "宣传报道"),
    "exemplar": (Exemplar, "典型经验"),
}


class UnknownLoginFailed(Aggregate):
    """A failed login under a name that is no operator: still an audited event (R-S4)."""

    class Recorded(Aggregate.Created, Audit):
        name: str

    def __init__(self) -> None:
        self.name = ""


class Lianxin(Service):
    """The campaign's records: the core (storage, the clock, look-ups, scope checks), the campaign, the
    operators, erasure, imports and the generic corrections here; each other area of the plan is a small
    application of its own over this core, reached as an attribute — `roster`, `concerns`, `contacts`, `visits`,
    `interviews`, `work` (ratings, articles, exemplars) and `unit_work` (units' own work, publicity)."""

    name = "Lianxin"

    def __init__(self, env: dict[str, str] | None = None, clock: Clock | None = None) -> None:
        super().__init__(env, clock)
        self.roster = RosterCases(self)
        self.concerns = ConcernCases(self)
        self.contacts = ContactCases(self)
        self.visits = VisitCases(self)
        self.interviews = InterviewCases(self)
        self.work = WorkCases(self)
        self.unit_work = UnitWorkCases(self)

    def source_finders(self) -> dict[str, SourceFinder]:
        """{source: whether a record of that code exists} for a concern's source (R-Q2): each area that
        records visits, contacts, interview days or opinion gatherings answers for its own."""
        return {
            **self.contacts.source_finders(),
            **self.visits.source_finders(),
            **self.interviews.source_finders(),
            **self.unit_work.source_finders(),
        }

    # --- campaign --------------------------------------------------------------------------------

    def launch_campaign(
        self, year: int, township: str, admin_name: str, admin_password: str, workstation: str
    ) -> Actor:
        """`desk init`: the campaign from the plan's defaults, and its first administrator."""
        rules.check_code_free(self.has_campaign(), "活动", str(year))
        rules.require(admin_name, "管理员登录名")
        admin = Actor(operator=admin_name.strip(), role=rules.ADMIN, workstation=workstation)
        first = admin.stamp(self.clock.now())  # the first administrator is created by this very command
        campaign = Campaign.launch(year, township, first)
        operator = Operator.create(admin.operator, "学教办管理员", rules.ADMIN, [], admin_password, first)
        self._save(campaign, operator, what="活动", code=str(year))
        if self.password_witness is not None:
            self.password_witness.password_set(operator.name, admin_password)
            self.password_witness.township_named(township)  # the login shows it before the store opens
        return admin

    def amend_parameter(self, actor: Actor, name: str, value: str, reason: str) -> None:
        rules.check_admin(actor.role, "修改活动参数")
        campaign = self.campaign()
        campaign.amend_parameter(name, value, reason, self.stamp(actor))
        self._save(campaign)

    # --- operators -------------------------------------------------------------------------------

    def create_operator(
        self, actor: Actor, name: str, display_name: str, role: str, units: list[str], password: str
    ) -> None:
        rules.check_admin(actor.role, "创建操作员")
        rules.require(name, "登录名")
        rules.check_code_free(self.operator(name) is not None, "登录名", name)
        for code in units:
            self.current_unit(code, peek=True)
        operator = Operator.create(name, display_name, role, units, password, self.stamp(actor))
        self._save(operator, what="登录名", code=name)
        if self.password_witness is not None:
            self.password_witness.password_set(operator.name, password)

    def _managed_operator(self, actor: Actor, name: str) -> Operator:
        rules.check_admin(actor.role, "管理操作员")
        operator = self.operator(name)
        if operator is None:
            raise RuleViolation("R-G4", f"操作员“{name}”不存在:请核对登录名")
        return operator

    def change_own_password(self, actor: Actor, old: str, new: str) -> None:
        """改密码: the operator's own, proving the old one first (a workstation left open is not enough)."""
        operator = self.operator(actor.operator)
        if operator is None or not operator.password_matches(old):
            raise AuthenticationFailed("原密码不正确")
        operator.set_password(new, self.stamp(actor))
        self._save(operator)
        if self.password_witness is not None:
            self.password_witness.password_set(operator.name, new)

    def set_operator_password(self, actor: Actor, name: str, password: str) -> None:
        """An administrator resets anyone's password; every operator may change their own."""
        if name == actor.operator:
            operator = self.operator(name)
            assert operator is not None
        else:
            operator = self._managed_operator(actor, name)
        operator.set_password(password, self.stamp(actor))
        self._save(operator)
        if self.password_witness is not None and not operator.disabled:
            self.password_witness.password_set(operator.name, password)

    def set_operator_role(self, actor: Actor, name: str, role: str, units: list[str]) -> None:
        operator = self._managed_operator(actor, name)
        for code in units:
            self.current_unit(code, peek=True)
        operator.set_role(role, self.stamp(actor))
        if sorted(units) != sorted(operator.units):
            operator.set_scope(units, self.stamp(actor))
        elif role == rules.CLERK and not units:
            rules.fail_missing("录入范围(录入员须指定可录入的单位)")
        self._save(operator)

    def disable_operator(self, actor: Actor, name: str, reason: str) -> None:
        operator = self._managed_operator(actor, name)
        if name == actor.operator:
            raise RuleViolation("R-S3", "不能停用自己的账号:请由另一名学教办管理员停用")
        operator.disable(reason, self.stamp(actor))
        self._save(operator)
        if self.password_witness is not None:
            self.password_witness.operator_disabled(operator.name)

    def enable_operator(self, actor: Actor, name: str, reason: str) -> None:
        operator = self._managed_operator(actor, name)
        operator.enable(reason, self.stamp(actor))
        self._save(operator)

    def login(self, name: str, password: str, workstation: str) -> Actor:
        """Every attempt is stored (R-S4); five wrong passwords lock the account for 15 minutes. A name
        that is no operator is not stored (it may be a password typed into the wrong box). Workstations
        logging in as one operator at the same moment are each let in: a lost race is retried."""
        give_up = time.monotonic() + 10
        attempt = 0
        while True:
            try:
                return self._login(name, password, workstation)
            except StoredFirstElsewhere:
                attempt += 1
                if time.monotonic() > give_up:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * min(attempt, 8))  # let the other workstation finish

    def _login(self, name: str, password: str, workstation: str) -> Actor:
        operator = self.operator(name)
        if operator is None:
            someone = Actor(operator="?", role="", workstation=workstation)
            self.save(
                UnknownLoginFailed._create(
                    UnknownLoginFailed.Recorded, id=uuid4(), name="(未登记的用户名)", **self.stamp(someone)
                )
            )
            raise AuthenticationFailed("用户名或密码不正确")
        actor = Actor(
            operator=operator.name, role=operator.role, workstation=workstation, units=tuple(operator.units)
        )
        ok = operator.attempt_login(password, actor.stamp(self.clock.now()))  # judged by attempt_login itself
        self.save(operator)
        if not ok:
            raise operator.login_refusal(self.clock.now())
        if self.password_witness is not None:
            self.password_witness.logged_in(operator.name, password)
        return actor

    def record_failure_before_opening(self, name: str, workstation: str, at: str) -> None:
        """R-S4 for a login refused before an encrypted store could open (kept beside it until now)."""
        operator = self.operator(name)
        someone = Actor(operator=name if operator else "?", role="", workstation=workstation)
        if operator is None:
            failed = UnknownLoginFailed._create(
                UnknownLoginFailed.Recorded, id=uuid4(), name="(未登记的用户名)", **self.stamp(someone)
            )
            self.save(failed)
            return
        operator.failed_before_opening(at, someone.stamp(self.clock.now()))
        self.save(operator)

    def logout(self, actor: Actor) -> None:
        operator = self.operator(actor.operator)
        if operator is not None:
            operator.log_out(actor.stamp(self.clock.now()))  # a disabled operator may still log out
            self.save(operator)

    def forget_personal_data(
        self, actor: Actor, kind: str, code: str, reason: str, linked: list[tuple[str, str]]
    ) -> list[UUID]:
        """删除个人信息 (PIPL art. 47): destroys the keys that seal a resident's personal data in the record
        `kind`/`code` and in the records `linked` to it (a household's visits and concerns). The events stay:
        the chain verifies and every figure stays true, while names, phones, addresses and free text read as
        已删除个人信息. Returns the records whose keys are to be destroyed (by the store)."""
        rules.check_admin(actor.role, "删除个人信息")
        rules.check_reason(reason, "删除个人信息")
        if kind not in ERASABLE:
            rules.fail_malformed(f"只能删除农户、人员或问题(不属于某户的)的个人信息,不能删除“{kind}”")
        record_class, label = RECORD_KINDS[kind]
        found = self._get(record_class, record_id(kind, code))
        if found is None:
            raise RuleViolation("R-G4", f"{label}“{code}”不存在:请核对编号")
        if self.is_erased(kind, code):
            raise RuleViolation("R-S5", f"{label}“{code}”的个人信息已经删除,无需再删")
        subjects = [record_id(kind, code), *(record_id(k, c) for k, c in linked if k in LINKED_KINDS)]
        erasure = Erasure.record(kind, code, reason, [str(s) for s in subjects], self.stamp(actor))
        keys = getattr(self.mapper, "keys", None)
        if keys is not None:
            self.check_all_sealed(subjects)
            # the keys first: an erasure interrupted before its event is stored is simply done again
            keys.destroy(subjects)
        self._save(erasure, what=f"已删除个人信息的{label}", code=code)
        self.drop_cached_aggregates()  # no aggregate read before the erasure stays in memory
        return subjects

    def check_all_sealed(self, subjects: list[UUID]) -> None:
        """An erasure destroys keys: personal data stored before sealing began (an older store) would stay.
        Refused then, rather than reported done."""
        mapper = self.mapper
        for subject in subjects:
            for stored in self.recorder.select_events(subject):
                if isinstance(mapper, SealingMapper) and mapper.holds_unsealed(stored):
                    raise RuleViolation(
                        "R-S5",
                        "这条记录有早于加密封存的个人信息(旧版本录入),删除钥匙无法抹去:"
                        "请先用“更正”把姓名、电话、地址和叙述改为空白,再删除个人信息",
                    )

    def is_erased(self, kind: str, code: str) -> bool:
        return self._get(Erasure, record_id("erasure", f"{kind}:{code}")) is not None

    def record_export(self, actor: Actor, what: str, target: str, as_of: str, chain_head: str) -> None:
        """R-S4: exports are audited; every role may export."""
        operator = self.operator(actor.operator)
        if operator is None:
            raise RuleViolation("R-G4", f"操作员“{actor.operator}”不存在")
        operator.record_export(what, target, as_of, chain_head, self.stamp(actor))
        self.save(operator)

    # --- corrections (R-G5, R-G6), reused by every record kind -----------------------------------

    def _find_record(self, kind: str, code: str) -> Record:
        if kind not in RECORD_KINDS:
            rules.fail_malformed(f"未知的记录类别“{kind}”")
        cls, what = RECORD_KINDS[kind]
        record = self._get(cls, record_id(kind, code))
        rules.check_record_exists(record is not None, what)
        assert record is not None
        return record

    def _record_unit(self, record: Record) -> str:
        if isinstance(record, Unit):
            return record.code
        if isinstance(record, Person):
            return record.unit_code
        if isinstance(record, (Household, Concern, Visit)):
            return record.village_code
        if isinstance(record, (UnitWorkItem, Publicity)):
            return record.unit_code
        if isinstance(record, Exemplar):
            return ""  # the township's own list: whoever may write nominates, corrects and voids
        raise AssertionError(record)

    def _check_record_scope(self, actor: Actor, record: Record) -> None:
        unit = self._record_unit(record)
        if unit:
            self.check_scope(actor, unit)
        else:
            rules.check_can_write(actor.role)

    def record(self, kind: str, code: str) -> Record:
        """A correctable record by its kind and code (for the 更正 form, prefilled)."""
        return self._find_record(kind, code.strip())

    def correct_record(
        self, actor: Actor, kind: str, code: str, changes: dict[str, Any], reason: str
    ) -> None:
        """A mistake fixed by an event that names the record and says why; the original stays."""
        record = self._find_record(kind, code)
        self._check_record_scope(actor, record)
        if isinstance(record, Person):
            Person.check_fields(record.merged(changes))
            self.roster.check_person_references(record.merged(changes))
        elif isinstance(record, (Unit, Household)):
            type(record).check_fields(changes)
        record.correct(changes, reason, self.stamp(actor))
        self._save(record)

    def void_record(self, actor: Actor, kind: str, code: str, reason: str) -> None:
        record = self._find_record(kind, code)
        if isinstance(record, Unit):
            rules.check_admin(actor.role, "作废单位")
        self._check_record_scope(actor, record)
        record.void(reason, self.stamp(actor))
        self._save(record)

    # --- imports ---------------------------------------------------------------------------------

    def was_imported(self, sha256: str) -> bool:
        return self._get(ImportedFile, file_id(sha256)) is not None

    def import_progress(
        self, actor: Actor, sha256: str, file_name: str, attempt: int | None = None
    ) -> ImportProgress:
        """The rows of this file stored so far in the current pass (a new pass after each finished one), or
        in the pass `attempt` (a run looking again at its own pass, which another run may have finished)."""
        if attempt is None:
            finished = self._get(ImportedFile, file_id(sha256))
            attempt = finished.times if finished is not None else 0
        found = self._get(ImportProgress, progress_id(sha256, attempt))
        return found or ImportProgress.start(sha256, file_name, attempt, self.stamp(actor))

    def record_import(
        self, actor: Actor, sha256: str, file_name: str, counts: dict[str, int], attempt: int = 0
    ) -> None:
        """Remembers a pass `attempt` through a file (its rows are their own events). Another run of the
        same file, at the same time, may finish the pass first: one pass, recorded once."""
        rules.check_can_write(actor.role)
        existing = self._get(ImportedFile, file_id(sha256))
        if existing is None:
            with suppress(IntegrityError):
                self.save(ImportedFile.record(sha256, file_name, counts, self.stamp(actor)))
        elif existing.times <= attempt:
            existing.record_again(file_name, counts, self.stamp(actor))
            self.save(existing)

    @contextmanager
    def batch(self) -> Iterator[list[Aggregate]]:
        """Collects aggregates to save in one call (the demo generator's bulk path)."""
        pending: list[Aggregate] = []
        yield pending
        if pending:
            self.save(*pending)


__all__ = ["Lianxin", "RosterRecord"]
