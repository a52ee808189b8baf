"""What the tests share besides fixtures."""

from __future__ import annotations

import pytest

from domain.errors import RuleViolation


def rejects(code: str, call: object, *args: object, **kwargs: object) -> str:
    """Calls a use case that must be refused with `code`; returns the message said to the person."""
    with pytest.raises(RuleViolation) as excinfo:
        call(*args, **kwargs)  # type: ignore[operator]
    assert excinfo.value.code == code, excinfo.value.message
    return excinfo.value.message
