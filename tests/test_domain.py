"""Domain scenarios without a database file of our own: the rules on the aggregates and guards."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain import rules
from domain.base import Actor
from domain.campaign import Campaign, Parameters
from domain.clock import FixedClock
from domain.errors import RuleViolation
from domain.quota import QuotaRole, quota_role
from domain.roster import Household, Person

ADMIN = Actor("admin", rules.ADMIN, "PC")
STAMP = ADMIN.stamp(datetime(2026, 10, 22).astimezone())


def test_defaults_follow_the_plan() -> None:
    p = Parameters.defaults(2026)
    assert (p.window_start, p.window_end) == (date(2026, 10, 20), date(2026, 11, 10))
    assert p.pairing_report_deadline == date(2026, 10, 30)
    assert (p.interview_start, p.interview_end, p.interview_groups) == (
        date(2026, 11, 1),
        date(2026, 11, 6),
        8,
    )
    assert (p.notice_lead_days, p.min_attendance, p.backfill_days) == (5, 30, 7)


def test_amending_a_parameter_needs_a_reason_and_a_valid_value() -> None:
    c = Campaign.launch(2026, "青山镇", STAMP)
    with pytest.raises(RuleViolation) as e:
        c.amend_parameter("min_attendance", "25", "", STAMP)
    assert e.value.code == "R-G6"
    with pytest.raises(RuleViolation) as e:
        c.amend_parameter("pairing_report_deadline", "10月31日", "县里延期", STAMP)
    assert e.value.code == "R-F2"
    c.amend_parameter("pairing_report_deadline", "2026-10-31", "县里通知延期", STAMP)
    assert c.parameters.pairing_report_deadline == date(2026, 10, 31)
    assert c.parameters.min_attendance == 30


@pytest.mark.parametrize(
    ("on", "code"),
    [(date(2026, 10, 23), "R-G1"), (date(2026, 10, 19), "R-G2")],
)
def test_business_dates(on: date, code: str) -> None:
    with pytest.raises(RuleViolation) as e:
        rules.check_not_in_future(on, date(2026, 10, 22))
        rules.check_not_before_window(on, date(2026, 10, 20))
    assert e.value.code == code
    assert "请" in e.value.message


def test_window_day_and_today_are_accepted() -> None:
    rules.check_not_in_future(date(2026, 10, 22), date(2026, 10, 22))
    rules.check_not_before_window(date(2026, 10, 20), date(2026, 10, 20))


def test_backfill_is_more_than_seven_days() -> None:
    assert not rules.is_backfilled(date(2026, 10, 20), date(2026, 10, 27), 7)
    assert rules.is_backfilled(date(2026, 10, 20), date(2026, 10, 28), 7)


def test_scope_guards() -> None:
    with pytest.raises(RuleViolation) as e:
        rules.check_in_scope(rules.SUPERVISOR, "V1", {"V1"})
    assert e.value.code == "R-S2"
    with pytest.raises(RuleViolation) as e:
        rules.check_in_scope(rules.CLERK, "V2", {"V1"})
    assert e.value.code == "R-S1"
    rules.check_in_scope(rules.CLERK, "V1", {"V1"})
    rules.check_in_scope(rules.ADMIN, "V2", set())


def test_person_form_rules() -> None:
    with pytest.raises(RuleViolation) as e:
        Person.register("P9", {"name": "", "unit_code": "V1"}, STAMP)
    assert e.value.code == "R-F1"
    with pytest.raises(RuleViolation) as e:
        Person.register("P9", {"name": "甲", "unit_code": "V1", "identities": ["村长"]}, STAMP)
    assert e.value.code == "R-F2"
    with pytest.raises(RuleViolation) as e:
        Person.register("P9", {"name": "甲", "unit_code": "V1", "hardship_member": True}, STAMP)
    assert e.value.code == "R-F2"


def test_tags_are_judged_on_a_date() -> None:
    h = Household.register(
        "H1", {"head_name": "张", "village_code": "V1"}, ["特困户"], date(2026, 10, 20), STAMP
    )
    h.add_tag("上访户", date(2026, 10, 28), "信访登记", STAMP)
    assert h.tags_on(date(2026, 10, 27)) == {"特困户"}
    assert h.tags_on(date(2026, 10, 28)) == {"特困户", "上访户"}
    h.remove_tag("特困户", date(2026, 11, 2), "已脱困", STAMP)
    assert h.tags_on(date(2026, 11, 2)) == {"上访户"}
    assert h.tags_on(date(2026, 11, 1)) == {"特困户", "上访户"}
    with pytest.raises(RuleViolation):
        h.add_tag("上访户", date(2026, 11, 3), "重复", STAMP)


def test_correction_needs_a_reason_and_void_is_final() -> None:
    h = Household.register("H1", {"head_name": "张", "village_code": "V1"}, [], date(2026, 10, 20), STAMP)
    with pytest.raises(RuleViolation) as e:
        h.correct({"head_name": "章"}, " ", STAMP)
    assert e.value.code == "R-G6"
    h.correct({"head_name": "章"}, "错字", STAMP)
    assert h.head_name == "章"
    h.void("重复登记", STAMP)
    with pytest.raises(RuleViolation) as e:
        h.void("再作废", STAMP)
    assert e.value.code == "R-G6"


@pytest.mark.parametrize(
    ("identities", "party", "assigned", "kind", "role"),
    [
        (["党政负责人"], True, "", "镇党委政府", QuotaRole.LEADER),
        (["分工村街居干部"], True, "V1", "科室", QuotaRole.ASSIGNED_CADRE),
        (["科室公务员"], False, "V1", "科室", QuotaRole.ASSIGNED_CADRE),
        (["科室公务员"], True, "", "科室", QuotaRole.ORGAN_MEMBER),
        (["党组织书记"], True, "", "学校", QuotaRole.INSTITUTION_SECRETARY),
        (["职工"], True, "", "医院", QuotaRole.INSTITUTION_MEMBER),
        (["村街居干部", "党组织书记"], True, "", "村", QuotaRole.VILLAGE_MEMBER),
        (["群众"], False, "", "村", QuotaRole.NONE),
        (["职工"], False, "", "两新企业", QuotaRole.NONE),
    ],
)
def test_quota_roles_first_match_wins(
    identities: list[str], party: bool, assigned: str, kind: str, role: QuotaRole
) -> None:
    assert quota_role(identities, party, assigned, kind) is role


def test_fixed_clock_reads_local_dates() -> None:
    clock = FixedClock(datetime(2026, 10, 22, 23, 30))
    assert clock.today() == date(2026, 10, 22)


def test_a_copied_booklet_or_rating_round_changes_apart_from_the_original() -> None:
    """The cache hands a command a copy (FlatRecordsCopy): changing the copy's records, or its pending
    events, must leave the cached original as it was."""
    import copy

    from domain.contacts import Booklet
    from domain.ratings import RatingRound

    stamp = ADMIN.stamp(datetime(2026, 10, 1, 9))
    booklet = Booklet.open("P00001", stamp)
    no = booklet.pair("村民", "P00002", "V01", date(2026, 10, 1), stamp)
    booklet.collect_events()
    clone = copy.deepcopy(booklet)
    clone.report(no, date(2026, 10, 2), stamp)
    clone.record_contact("P00002", date(2026, 10, 3), "上门", "谈了收成", "", stamp)
    assert clone.pairings[no].reported_on == date(2026, 10, 2) and len(clone.contacts) == 1
    assert booklet.pairings[no].reported_on is None and booklet.contacts == {}
    assert booklet.pending_events == [] and len(clone.pending_events) == 2

    ballots = RatingRound.open("V01-R1", "V01", ["P00001"], date(2026, 10, 5), stamp, expected=3)
    ballots.collect_events()
    other = copy.deepcopy(ballots)
    other.cast(1, {"P00001": "满意"}, stamp)
    assert list(other.ballots) == [1] and ballots.ballots == {} and ballots.cadres is not other.cadres
