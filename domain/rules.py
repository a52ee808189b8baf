"""Named guards for the general rules (R-G, R-F) and the operators' scope (R-S).

Each guard raises `RuleViolation` with the rule code of RULES.md and a Chinese message that says
what would make the command acceptable. Later parts of the plan add their own guards beside these.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

from domain.errors import RuleViolation


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_day(d: date) -> str:
    return f"{d.month}月{d.day}日"


# --- R-F: form -----------------------------------------------------------------------------------


def fail_missing(what: str) -> NoReturn:
    raise RuleViolation("R-F1", f"缺少必填项:{what}。请填写后再保存")


def fail_malformed(what: str) -> NoReturn:
    raise RuleViolation("R-F2", f"格式不正确:{what}")


def require(value: object, what: str) -> None:
    """R-F1: a required value is present (blank text counts as missing)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        fail_missing(what)
    if isinstance(value, (list, tuple, set, frozenset)) and not value:
        fail_missing(what)


def check_choice(value: str, allowed: Collection[str], what: str) -> None:
    """R-F2: a category value is one of the allowed ones."""
    if value not in allowed:
        fail_malformed(f"{what}“{value}”不是可选值,应为 {'、'.join(allowed)} 之一")


def check_choices(values: Iterable[str], allowed: Collection[str], what: str) -> None:
    for v in values:
        check_choice(v, allowed, what)


def check_positive_int(value: object, what: str, *, minimum: int = 0) -> int:
    """R-F2: a whole number no smaller than `minimum`."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        fail_malformed(f"{what}应为整数,收到“{value}”")
    if number < minimum:
        fail_malformed(f"{what}不能小于 {minimum}")
    return number


# --- R-G: general --------------------------------------------------------------------------------


def check_not_in_future(on: date, today: date, what: str = "业务日期") -> None:
    """R-G1: nothing is recorded as happening after today at the workstation."""
    if on > today:
        raise RuleViolation("R-G1", f"{what}{cn_date(on)}晚于今天{cn_date(today)}:请填写已经发生的日期")


def check_not_before_window(on: date, window_start: date, what: str = "业务日期") -> None:
    """R-G2: the campaign's records start when its window opens."""
    if on < window_start:
        raise RuleViolation(
            "R-G2",
            f"{what}{cn_date(on)}早于活动开始日{cn_date(window_start)}:请填写{cn_day(window_start)}及以后的日期",
        )


def is_backfilled(on: date, recorded_on: date, backfill_days: int) -> bool:
    """R-G3 (FLAG): stored more than `backfill_days` after the business date."""
    return recorded_on > on + timedelta(days=backfill_days)


def backfill_message(on: date, recorded_on: date, backfill_days: int) -> str:
    late = (recorded_on - on).days
    return f"补录:业务日期{cn_date(on)},录入于{cn_date(recorded_on)},晚了{late}天(超过{backfill_days}天)"


def check_registered(found: bool, retired: bool, what: str, code: str) -> None:
    """R-G4: a record names only registered, current people, households and units."""
    if not found:
        raise RuleViolation("R-G4", f"{what}“{code}”未登记:请先在花名册中登记")
    if retired:
        raise RuleViolation("R-G4", f"{what}“{code}”已注销:请选择在册的{what}")


def check_code_free(taken: bool, what: str, code: str) -> None:
    """R-G7: a code is registered once."""
    if taken:
        raise RuleViolation("R-G7", f"{what}“{code}”已被登记:请换一个编码,或修改已登记的记录")


def check_record_exists(found: bool, what: str) -> None:
    """R-G6: a correction or void names an existing record."""
    if not found:
        raise RuleViolation("R-G6", f"要更正或作废的{what}不存在:请核对记录编号")


def check_not_voided(voided: bool, what: str) -> None:
    """R-G6: a voided record is not corrected or voided again."""
    if voided:
        raise RuleViolation("R-G6", f"记录“{what}”已作废,不能再更正或作废")


def check_reason(reason: str | None, action: str) -> None:
    """R-G6: every correction says why."""
    if reason is None or not reason.strip():
        raise RuleViolation("R-G6", f"{action}必须写明原因:请填写原因后再保存")


# --- R-S: scope of operators ---------------------------------------------------------------------

ADMIN = "学教办管理员"
CLERK = "录入员"
SUPERVISOR = "督查"
LEADER = "领导"
ROLES = (ADMIN, CLERK, SUPERVISOR, LEADER)
READ_ONLY_ROLES = (SUPERVISOR, LEADER)


def check_can_write(role: str) -> None:
    """R-S2: supervisors and leaders read, audit and export; they never write."""
    if role in READ_ONLY_ROLES:
        raise RuleViolation(
            "R-S2", f"{role}账号只能查阅、核查和导出,不能录入:请由学教办管理员或本单位录入员录入"
        )


def check_admin(role: str, what: str) -> None:
    """R-S3: the study office administrator sets up the campaign, the roster and the operators."""
    check_can_write(role)
    if role != ADMIN:
        raise RuleViolation("R-S3", f"{what}由学教办管理员办理:请使用学教办管理员账号")


def check_in_scope(role: str, unit_code: str, scope: Collection[str]) -> None:
    """R-S1: a clerk records only for the units (and their sub-units) in their scope.

    `scope` is the expanded set of unit codes the operator may record for.
    """
    check_can_write(role)
    if role == ADMIN:
        return
    if unit_code not in scope:
        raise RuleViolation(
            "R-S1", f"单位“{unit_code}”不在本账号的录入范围内:请由该单位的录入员或学教办管理员录入"
        )


def check_dates(values: dict[str, Any], names: tuple[str, ...], what: str) -> None:
    """A correction's dates are dates (a typed text, or a number from a workbook, is refused by name)."""
    for name in names:
        value = values.get(name)
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            fail_malformed(f"{what}的日期“{value}”不是日期(如 2026-10-30)")
