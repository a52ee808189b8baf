"""Household visits on SQLite and PostgreSQL: R-V3, R-V4, coverage against the events, tags by date."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

import pytest

from domain.base import Actor
from domain.clock import FixedClock
from domain.roster import Household
from domain.visits import Visit
from projections.concerns import ConcernQuery
from projections.store import Store
from projections.visits import VisitFilter, VisitQuery
from tests.helpers import rejects

D = date(2026, 10, 21)


def test_visitors_must_belong_to_the_village(village: Store, admin: Actor, clock: FixedClock) -> None:
    app = village.app
    rejects("R-V4", app.visits.record_visit, admin, "H1", D, [])
    message = rejects("R-V3", app.visits.record_visit, admin, "H1", D, ["P1"])  # a leader not assigned to V1
    assert "V1" in message and "P1" in message
    rejects("R-V3", app.visits.record_visit, admin, "H3", D, ["C1"])  # V1's cadre in V2
    rejects("R-G4", app.visits.record_visit, admin, "H1", D, ["C9"])
    rejects("R-G4", app.visits.record_visit, admin, "H9", D, ["C1"])
    rejects("R-G1", app.visits.record_visit, admin, "H1", date(2026, 10, 23), ["C1"])
    rejects("R-G2", app.visits.record_visit, admin, "H1", date(2026, 10, 19), ["C1"])
    assert (
        app.visits.record_visit(admin, "H1", D, ["P1", "P2"]) == "H1-1021"
    )  # the assigned cadre makes it count
    assert app.visits.record_visit(admin, "H1", D, ["C1"]) == "H1-1021-2"
    rejects("R-G7", app.visits.record_visit, admin, "H2", D, ["C1"], None, None, "H1-1021")
    clerk = app.login("clerk", "qingshan-pw7", "V1-PC")
    rejects("R-S1", app.visits.record_visit, clerk, "H3", D, ["C2"])
    app.visits.record_visit(clerk, "H2", D, ["C1"], {"situation": "五口之家,务农"})
    clock.set(datetime(2026, 11, 20, 9))
    app.visits.record_visit(admin, "H3", date(2026, 11, 15), ["C2"])  # after the window: standing work
    village.projector.catch_up()
    query = VisitQuery(village.engine)
    assert query.count(VisitFilter()) == 3 and query.count(VisitFilter(standing=True)) == 1
    # the exported ledger is the whole ledger: the standing work after the window too, marked 常态化
    from desk.exports import ledger_rows

    header, rows = ledger_rows(village, "visits", None)
    notes = header.index("备注")
    assert len(rows) == 4 and sum("常态化" in str(r[notes]) for r in rows) == 1


def test_problems_raised_become_concerns(village: Store, admin: Actor) -> None:
    app = village.app
    code = app.visits.record_visit(
        admin,
        "H1",
        D,
        ["C1"],
        {"situation": "特困,独居", "policies": "低保政策", "help": "送米面油"},
        ["屋顶漏雨", "  ", "申请临时救助"],
    )
    village.projector.catch_up()
    concerns = ConcernQuery(village.engine)
    first, second = concerns.find(f"{code}-Q1"), concerns.find(f"{code}-Q2")
    assert first is not None and second is not None and concerns.find(f"{code}-Q3") is None
    assert (first.source, first.source_ref, first.resident, first.household_code) == (
        "走访",
        code,
        "张大山",
        "H1",
    )
    app.concerns.assign_concern(admin, f"{code}-Q1", D, person_code="P2", due_on=date(2026, 10, 30))
    app.concerns.resolve_concern(admin, f"{code}-Q1", D, "P2", "已维修")
    app.concerns.raise_concern(
        admin,
        "Q-V",
        D,
        {
            "source": "走访",
            "source_ref": code,
            "resident": "张大山",
            "village_code": "V1",
            "content": "补充反映",
        },
    )
    village.projector.catch_up()
    query = VisitQuery(village.engine)
    [row] = query.rows(query.ids(VisitFilter(text="张大山"))).values()
    assert row.problems == "屋顶漏雨;申请临时救助" and row.handling.startswith("待回访:已维修")
    assert (row.head_name, row.situation, row.visitors) == ("张大山", "特困,独居", "青山村主任")


def test_a_tag_added_after_a_visit_does_not_count_it(village: Store, admin: Actor, clock: FixedClock) -> None:
    app = village.app
    app.visits.record_visit(admin, "H2", D, ["C1"])  # H2 is not tagged yet
    app.visits.record_visit(admin, "H3", D, ["C2"])  # H3 is 上访户 since the window opened
    clock.set(datetime(2026, 10, 23, 9))
    app.roster.tag_household(admin, "H2", "上访户", date(2026, 10, 22), "来访登记")
    village.projector.catch_up()
    query = VisitQuery(village.engine)
    day = date(2026, 10, 23)
    petition = {c.key: (c.required, c.visited) for c in query.category_coverage(day)}["上访户"]
    assert petition == (2, 1)
    assert [h[0] for h in query.not_visited(category="上访户", day=day)] == ["H2"]
    assert {c.key: (c.required, c.visited) for c in query.category_coverage(date(2026, 10, 21))}[
        "上访户"
    ] == (1, 1)
    app.visits.record_visit(admin, "H2", date(2026, 10, 23), ["C1"])
    village.projector.catch_up()
    assert {c.key: (c.required, c.visited) for c in query.category_coverage(day)}["上访户"] == (2, 2)
    assert query.not_visited(category="上访户", day=day) == []


def coverage_from_events(store: Store) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """Per village (households, visited) and per visitor (distinct households), from the events alone."""
    homes: dict[str, str] = {}
    visited: dict[str, set[str]] = defaultdict(set)
    shares: dict[str, set[str]] = defaultdict(set)
    voided: set[object] = set()
    recorded: dict[object, Visit.Recorded] = {}
    for n in store.app.recorder.select_notifications(start=1, limit=10**6):
        e = store.app.mapper.to_domain_event(n)
        if isinstance(e, Household.Registered):
            homes[e.code] = e.village_code
        elif isinstance(e, Visit.Recorded):
            recorded[e.originator_id] = e
        elif isinstance(e, Visit.Voided):
            voided.add(e.originator_id)
    for oid, e in recorded.items():
        if oid in voided:
            continue
        visited[e.village_code].add(e.household_code)
        for person in e.visitors:
            shares[person].add(e.household_code)
    per_village = {v: (list(homes.values()).count(v), len(visited[v])) for v in sorted(set(homes.values()))}
    return per_village, {p: len(h) for p, h in shares.items()}


def test_coverage_agrees_with_the_events_live_and_rebuilt(village: Store, admin: Actor) -> None:
    app = village.app
    app.visits.record_visit(admin, "H1", D, ["C1", "P2"])
    app.visits.record_visit(admin, "H1", D, ["C1"])
    wrong = app.visits.record_visit(admin, "H2", D, ["P2"])
    app.void_record(admin, "visit", wrong, "录错了农户")
    app.visits.record_visit(admin, "H3", D, ["C2"])
    app.correct_record(admin, "visit", "H3-1021", {"situation": "已脱贫"}, "补充情况")
    village.projector.catch_up()
    per_village, shares = coverage_from_events(village)
    query = VisitQuery(village.engine)

    def live() -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
        villages = {c.key: (c.required, c.visited) for c in query.village_coverage()}
        people = {c.key: c.visited for v in ("V1", "V2") for c in query.cadre_shares(v)}
        return villages, people

    assert live() == (per_village, shares) == ({"V1": (2, 1), "V2": (1, 1)}, {"C1": 1, "P2": 1, "C2": 1})
    village.projector.rebuild(["visits"])
    assert live() == (per_village, shares)
    assert [h[0] for h in query.not_visited("V1")] == ["H2"]
    [row] = query.rows(query.ids(VisitFilter(village_code="V2"))).values()
    assert row.situation == "已脱贫"


def test_a_paper_visit_typed_twice_is_asked_not_stored_again(village: Store, admin: Actor) -> None:
    from domain.errors import PossibleDoubleEntry

    app = village.app
    first = app.visits.record_visit(admin, "H1", date(2026, 10, 21), ["C1"], {"situation": "四口人"})
    with pytest.raises(PossibleDoubleEntry) as doubt:
        app.visits.record_visit(admin, "H1", date(2026, 10, 21), ["C1"], {"situation": "四口人"})
    assert doubt.value.existing == first and "录了两次" in doubt.value.message
    second = app.visits.record_visit(
        admin, "H1", date(2026, 10, 21), ["C1"], {"situation": "下午又去"}, again=True
    )
    assert second == f"{first}-2"
    app.visits.record_visit(
        admin, "H1", date(2026, 10, 21), ["C2", "C1"]
    )  # other visitors: not the same visit


def test_voiding_a_visit_voids_or_keeps_the_concerns_it_raised(village: Store, admin: Actor) -> None:
    app = village.app
    first = app.visits.record_visit(admin, "H1", date(2026, 10, 21), ["C1"], problems=["路灯坏了"])
    second = app.visits.record_visit(admin, "H2", date(2026, 10, 21), ["C1"], problems=["水压不足"])
    assert app.visits.void_visit(admin, first, "录错了户", with_concerns=True) == [f"{first}-Q1"]
    assert app.visits.void_visit(admin, second, "走访表重复", with_concerns=False) == []
    concerns = {code: app.concerns.concern(code) for code in (f"{first}-Q1", f"{second}-Q1")}
    assert concerns[f"{first}-Q1"].voided and not concerns[f"{second}-Q1"].voided  # type: ignore[union-attr]
    rejects("R-G6", app.visits.void_visit, admin, first, "再作废", with_concerns=True)
