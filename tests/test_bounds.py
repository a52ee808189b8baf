"""Every value bounded before it is stored (R-F2): generated hostile values are refused with a Chinese
reason, nothing is half-stored, and the store keeps opening, exporting and verifying."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.exports import export_ledger
from domain.base import Actor
from domain.bounds import FORBIDDEN, INTEGER_LIMIT, NUMBERS, check_value
from domain.errors import RuleViolation
from projections.chain import verify
from projections.store import Store
from tests.helpers import rejects

BAD_TEXT = st.builds(
    lambda a, c, b: a + c + b,
    st.text(max_size=20),
    st.sampled_from(["\x00", "\x01", "\x1b", "\x7f", "\u202e", "\u2066", "\ufeff", "\x9b"]),
    st.text(max_size=20),
)


@given(BAD_TEXT)
def test_control_and_bidi_characters_are_refused_anywhere(value: str) -> None:
    with pytest.raises(RuleViolation) as excinfo:
        check_value("head_name", value)
    assert excinfo.value.code == "R-F2" and "控制字符" in excinfo.value.message


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Co")), max_size=200))
def test_ordinary_text_passes(value: str) -> None:
    """Any text of letters, marks, numbers, punctuation, symbols and spaces (no private-use characters:
    those are what text in another encoding becomes)."""
    if FORBIDDEN.search(value) is None:
        check_value("head_name", value)


@given(st.integers())
def test_numbers_are_bounded(value: int) -> None:
    low, high, _ = NUMBERS["size"]
    if low <= value <= high:
        check_value("size", value)
    else:
        with pytest.raises(RuleViolation):
            check_value("size", value)
    if abs(value) > INTEGER_LIMIT:
        with pytest.raises(RuleViolation):
            check_value("anything", value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.one_of(BAD_TEXT, st.text(min_size=201, max_size=400)),
    size=st.one_of(st.integers(min_value=100), st.integers(max_value=-1)),
)
def test_a_hostile_household_is_refused_and_the_store_still_works(
    township: Store, admin: Actor, tmp_path: Path, name: str, size: int
) -> None:
    app = township.app
    before = app.recorder.max_notification_id()
    rejects("R-F2", app.roster.register_household, admin, "HX", {"head_name": name, "village_code": "V1"}, [])
    rejects(
        "R-F2",
        app.roster.register_household,
        admin,
        "HY",
        {"head_name": "正常", "village_code": "V1", "size": size},
        [],
    )
    assert app.recorder.max_notification_id() == before  # nothing half-stored
    assert app.household("HX") is None and app.household("HY") is None


def test_the_cell_that_bricked_a_store(township: Store, admin: Actor, tmp_path: Path) -> None:
    """人口 99999999999999999999 once passed the checks and made the store unopenable for good."""
    app = township.app
    message = rejects(
        "R-F2",
        app.roster.register_household,
        admin,
        "H9",
        {"head_name": "大数", "village_code": "V1", "size": 99999999999999999999},
        [],
    )
    assert "人口" in message
    township.projector.catch_up()
    assert verify(app.recorder, township.engine).ok
    count, _head = export_ledger(township, "roster-households", tmp_path / "h.xlsx", None)
    assert count == 3
