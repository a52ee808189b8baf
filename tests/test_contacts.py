"""Contact activity on SQLite and PostgreSQL: R-C1…R-C7, the ledger against the events, the 连心册."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

import pytest

from domain.base import Actor
from domain.clock import FixedClock
from domain.contacts import Booklet
from projections.concerns import ConcernQuery
from projections.contacts import ContactQuery, LedgerFilter, LedgerRow
from projections.store import Store
from tests.helpers import rejects

D = date(2026, 10, 21)


def ledger(store: Store, cadre: str) -> LedgerRow:
    store.projector.catch_up()
    [row] = [r for r in ContactQuery(store.engine).ledger(LedgerFilter(text=cadre)) if r.code == cadre]
    return row


def test_wrong_targets_are_refused_r_c1(office: Store, admin: Actor) -> None:
    app = office.app
    rejects(
        "R-C1", app.contacts.pair, admin, "P2", "党员", "P11", "V1", D
    )  # an assigned cadre contacts 困难党员
    message = rejects("R-C1", app.contacts.pair, admin, "P2", "困难党员", "P8", "V1", D)
    assert "V2" in message and "V1" in message  # from another village
    rejects("R-C1", app.contacts.pair, admin, "P2", "困难党员", "P11", "V1", D)  # not in difficulty
    rejects("R-C1", app.contacts.pair, admin, "P1", "村居", "K1", "X", D)  # a section is no village
    rejects("R-C1", app.contacts.pair, admin, "P1", "企业", "S1", "X", D)  # a school is no enterprise
    rejects("R-C1", app.contacts.pair, admin, "P3", "群众", "R1", "V1", D)  # a resident has no contact duty
    rejects("R-C1", app.contacts.pair, admin, "P10", "群众", "P11", "V1", D)  # a party member is not 群众
    rejects("R-C1", app.contacts.pair, admin, "P10", "群众", "P10", "V1", D)  # not oneself
    rejects("R-F2", app.contacts.pair, admin, "P10", "朋友", "R1", "V1", D)
    rejects("R-G4", app.contacts.pair, admin, "P10", "群众", "R9", "V1", D)
    app.contacts.pair(admin, "P2", "困难党员", "P4", "V1", D)
    app.contacts.pair(admin, "P1", "村居", "V1", "X", D)
    app.contacts.pair(admin, "P1", "企业", "E1", "X", D)
    rejects(
        "R-C3", app.contacts.pair, admin, "P1", "党员", "P11", "J1", D
    )  # no street recorded for the leader: only 学教办
    app.roster.change_person(admin, "P1", {"assigned_village": "J1"}, D)
    app.contacts.pair(admin, "P1", "党员", "P11", "J1", D)  # arranged by the street the leader is assigned to
    app.contacts.pair(admin, "P10", "群众", "R1", "V1", D)


def test_twice_and_second_village_r_c2(office: Store, admin: Actor) -> None:
    app = office.app
    app.contacts.pair(admin, "P2", "困难党员", "P4", "V1", D)
    rejects("R-C2", app.contacts.pair, admin, "P2", "困难党员", "P4", "V1", D)
    app.contacts.pair(admin, "P1", "村居", "V1", "X", D)
    message = rejects("R-C2", app.contacts.pair, admin, "P1", "村居", "V2", "X", D)
    assert "V1" in message
    app.contacts.end_pairing(admin, "P1", 1, D, "调整联系村")
    rejects("R-G6", app.contacts.end_pairing, admin, "P1", 1, D, "再结束一次")
    app.contacts.pair(admin, "P1", "村居", "V2", "X", D)
    booklet = app.contacts.booklet("P1")
    assert booklet is not None and [p.target for p in booklet.pairings.values() if p.active] == ["V2"]


def test_who_arranges_r_c3_and_scope(office: Store, admin: Actor) -> None:
    app = office.app
    message = rejects("R-C3", app.contacts.pair, admin, "P2", "困难党员", "P4", "K1", D)
    assert "分工村(V1)" in message
    rejects("R-C3", app.contacts.pair, admin, "P1", "村居", "V1", "G", D)  # leaders' village: 学教办
    rejects(
        "R-C3", app.contacts.pair, admin, "P1", "党员", "P11", "V1", D
    )  # leaders' party members: 学教办 or their 街
    app.roster.register_unit(admin, "J2", "城南街", "街", "G")
    app.roster.change_person(admin, "P1", {"assigned_village": "J1"}, D)
    message = rejects("R-C3", app.contacts.pair, admin, "P1", "党员", "P11", "J2", D)  # another street (R-C3)
    assert "J1" in message
    rejects("R-C3", app.contacts.pair, admin, "P9", "群众", "R1", "K1", D)  # organ members: their 支部
    app.contacts.pair(admin, "P9", "群众", "R1", "B1", D)
    rejects("R-C3", app.contacts.pair, admin, "P10", "群众", "R2", "G", D)  # village members: their village
    clerk = app.login("clerk", "qingshan-pw7", "V1-PC")
    app.contacts.pair(
        clerk, "P2", "困难党员", "P4", "V1", D
    )  # the village arranges its assigned cadre's pairings
    rejects("R-S1", app.contacts.pair, clerk, "P9", "群众", "R2", "B1", D)


def test_late_reports_are_flagged_r_c4(office: Store, admin: Actor, clock: FixedClock) -> None:
    app = office.app
    app.contacts.pair(admin, "P2", "困难党员", "P4", "V1", D)
    app.contacts.pair(admin, "P2", "困难党员", "P5", "V1", D)
    app.contacts.pair(admin, "P10", "群众", "R1", "V1", D)
    query = ContactQuery(office.engine)
    office.projector.catch_up()
    assert query.unreported("V1") == [("P10", 1), ("P2", 1), ("P2", 2)]
    assert ledger(office, "P2").report == "未上报"
    clock.set(datetime(2026, 10, 31, 9))
    assert (
        app.contacts.pair(
            admin, "P2", "困难党员", "P6", "V1", date(2026, 10, 30), reported_on=date(2026, 10, 30)
        )
        == []
    )
    app.contacts.report_pairings(admin, "V1", date(2026, 10, 30), [("P10", 1)])  # on the deadline: on time
    app.contacts.report_pairings(admin, "V1", date(2026, 10, 31), query.unreported("V1"))
    office.projector.catch_up()
    assert query.unreported("V1") == []
    assert ledger(office, "P2").report == "补报" and ledger(office, "P10").report == "按时上报"
    flags = app.contacts.pair(
        admin, "P2", "困难党员", "P7", "V1", date(2026, 10, 31), reported_on=date(2026, 10, 31)
    )
    assert [code for code, _ in flags] == ["R-C4"]
    rejects("R-S1", app.contacts.report_pairings, admin, "B1", D, [("P2", 1)])  # not B1's pairing


def test_contacts_and_talks_r_c5_r_c6_and_quota_r_c7(office: Store, admin: Actor, clerk_actor: Actor) -> None:
    app = office.app
    rejects("R-C5", app.contacts.record_contact, admin, "P2", "P4", D, "上门")  # nothing paired yet
    for target in ("P4", "P5", "P6"):
        app.contacts.pair(admin, "P2", "困难党员", target, "V1", D)
    rejects("R-C5", app.contacts.record_contact, admin, "P2", "P7", D, "上门")
    rejects("R-F2", app.contacts.record_contact, admin, "P2", "P4", D, "微信")
    rejects("R-G1", app.contacts.record_contact, admin, "P2", "P4", date(2026, 10, 23), "上门")
    row = ledger(office, "P2")
    assert (row.paired_count, row.contacted, row.met) == (3, 0, False) and "3人未联系" in row.missing
    for target in ("P4", "P5", "P6"):
        app.contacts.record_contact(clerk_actor, "P2", target, D, "上门", "了解生活情况")
    assert ledger(office, "P2").missing == "未谈心"
    app.contacts.pair(admin, "P9", "群众", "R1", "B1", D)
    rejects("R-C6", app.contacts.record_talk, admin, "P9", "R1", D, "谈心")  # no talk duty
    rejects("R-C6", app.contacts.record_talk, admin, "P2", "P7", D, "谈心")  # not their paired 困难党员
    app.contacts.record_talk(admin, "P2", "P4", D, "谈思想、谈困难")
    row = ledger(office, "P2")
    assert row.met and row.missing == "" and row.talks == 1
    app.contacts.end_pairing(admin, "P2", 3, D, "对象外出务工")
    assert ledger(office, "P2").missing == "困难党员差1"  # R-C7 counts active pairings; contacts stay
    booklet = ContactQuery(office.engine).booklet("P2")
    assert booklet is not None and [t.code for t in booklet.targets] == ["P4", "P5", "P6"]
    assert [e.kind for e in booklet.targets[0].entries] == ["联系", "谈心"]
    assert booklet.targets[2].ended_on == D and len(booklet.targets[2].entries) == 1


@pytest.fixture
def clerk_actor(office: Store) -> Actor:
    return office.app.login("clerk", "qingshan-pw7", "V1-PC")


def test_a_problem_raised_in_a_contact_becomes_a_concern(office: Store, admin: Actor) -> None:
    app = office.app
    app.contacts.pair(admin, "P10", "群众", "P3", "V1", D)
    code = app.contacts.record_contact(admin, "P10", "P3", D, "电话", "问候", problem="家门口排水沟堵塞")
    assert code == "P10-L1"
    office.projector.catch_up()
    concern = ConcernQuery(office.engine).find("P10-L1-Q")
    assert concern is not None and (concern.source, concern.source_ref, concern.village_code) == (
        "联系",
        "P10-L1",
        "V1",
    )
    assert concern.household_code == "H1" and concern.resident == "孙群众"
    # a concern may name the contact as its source once the contact exists (R-Q2)
    app.concerns.raise_concern(
        admin,
        "QX",
        D,
        {
            "source": "联系",
            "source_ref": "P10-L1",
            "resident": "孙群众",
            "village_code": "V1",
            "content": "再反映一次",
        },
    )
    rejects(
        "R-Q2",
        app.concerns.raise_concern,
        admin,
        "QY",
        D,
        {
            "source": "联系",
            "source_ref": "P10-L9",
            "resident": "孙群众",
            "village_code": "V1",
            "content": "x",
        },
    )
    booklet = ContactQuery(office.engine).booklet("P10")
    assert booklet is not None and booklet.targets[0].entries[0].concern_state == "已登记"


def count_from_events(store: Store) -> dict[str, tuple[int, int, int]]:
    """(active pairings, of them contacted, talks) per cadre, straight from the stored events."""
    pairs: dict[str, dict[int, tuple[str, bool]]] = defaultdict(dict)
    contacts: dict[str, set[str]] = defaultdict(set)
    talks: dict[str, int] = defaultdict(int)
    cadre_of: dict[object, str] = {}
    for n in store.app.recorder.select_notifications(start=1, limit=10**6):
        e = store.app.mapper.to_domain_event(n)
        if isinstance(e, Booklet.Opened):
            cadre_of[e.originator_id] = e.cadre
        elif isinstance(e, Booklet.Paired):
            pairs[cadre_of[e.originator_id]][e.no] = (e.target, True)
        elif isinstance(e, Booklet.PairingEnded):
            target, _ = pairs[cadre_of[e.originator_id]][e.no]
            pairs[cadre_of[e.originator_id]][e.no] = (target, False)
        elif isinstance(e, Booklet.ContactRecorded):
            contacts[cadre_of[e.originator_id]].add(e.target)
        elif isinstance(e, Booklet.TalkRecorded):
            talks[cadre_of[e.originator_id]] += 1
    out = {}
    for cadre, table in pairs.items():
        active = [t for t, on in table.values() if on]
        out[cadre] = (len(active), sum(1 for t in active if t in contacts[cadre]), talks[cadre])
    return out


def test_ledger_agrees_with_the_events_live_and_rebuilt(office: Store, admin: Actor) -> None:
    app = office.app
    for target in ("P4", "P5", "P6", "P7"):
        app.contacts.pair(admin, "P2", "困难党员", target, "V1", D)
    app.contacts.end_pairing(admin, "P2", 4, D, "调整")
    app.contacts.pair(admin, "P1", "村居", "V1", "X", D)
    app.contacts.pair(admin, "P1", "企业", "E1", "X", D)
    app.contacts.pair(admin, "P10", "群众", "R1", "V1", D)
    app.contacts.pair(admin, "P10", "群众", "R2", "V1", D)
    app.contacts.record_contact(admin, "P2", "P4", D, "上门")
    app.contacts.record_contact(admin, "P2", "P4", D, "电话")
    app.contacts.record_contact(admin, "P2", "P5", D, "上门")
    app.contacts.record_contact(admin, "P1", "V1", D, "座谈", problem="村部屋顶漏雨")
    app.contacts.record_talk(admin, "P2", "P5", D, "谈心")
    app.contacts.record_contact(admin, "P10", "R2", D, "上门")
    office.projector.catch_up()
    expected = count_from_events(office)

    def from_ledger() -> dict[str, tuple[int, int, int]]:
        rows = ContactQuery(office.engine).ledger(LedgerFilter())
        return {r.code: (r.paired_count, r.contacted, r.talks) for r in rows if r.paired_count}

    assert from_ledger() == expected == {"P1": (2, 1, 0), "P2": (3, 2, 1), "P10": (2, 1, 0)}
    office.projector.rebuild(["contacts"])
    assert from_ledger() == expected
    everyone = ContactQuery(office.engine).ledger(LedgerFilter())
    assert everyone[0].met is False and {r.code for r in everyone} >= {"P1", "P2", "P9", "P10", "P11"}


def test_contacts_after_the_window_are_standing_work_r_g2(
    office: Store, admin: Actor, clock: FixedClock
) -> None:
    """After the window closes contacts are still accepted (常态化) and counted apart from the quota."""
    app = office.app
    for target in ("R1", "R2", "R3"):
        app.contacts.pair(admin, "P10", "群众", target, "V1", D)
    clock.set(datetime(2026, 11, 20, 9))
    app.contacts.record_contact(admin, "P10", "R1", date(2026, 10, 25), "上门")
    app.contacts.record_contact(admin, "P10", "R2", date(2026, 10, 26), "电话")
    app.contacts.record_contact(admin, "P10", "R3", date(2026, 11, 15), "上门")  # accepted: standing work
    office.projector.catch_up()
    row = ledger(office, "P10")
    assert (row.contacted, row.met) == (2, False)  # the one after the window does not count for the campaign
    booklet = ContactQuery(office.engine).booklet("P10")
    assert (
        booklet is not None and sum(len(t.entries) for t in booklet.targets) == 3
    )  # but it is in the booklet
