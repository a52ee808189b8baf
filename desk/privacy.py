"""Residents' contact details shown only to whom needs them: masked (138****5678) for the roles that
read and supervise (督查, 领导), in views and exports; unmasking is a deliberate, audited action."""

from __future__ import annotations

from typing import Any

from domain import rules
from domain.personal import ERASED

#: the columns that carry a resident's phone number or address, by their header
PRIVATE_HEADERS = {"联系电话": "phone", "地址": "address", "村民小组/地址": "address"}


def needs_mask(role: str) -> bool:
    return role in rules.READ_ONLY_ROLES


def mask_phone(value: Any) -> str:
    text = str(value or "")
    if text == ERASED:  # nothing left to hide, and a reader should see that it was erased
        return text
    digits = [c for c in text if c.isdigit()]
    if len(digits) >= 7:
        return f"{''.join(digits[:3])}****{''.join(digits[-4:])}"
    return "****" if text else ""


def mask_address(value: Any) -> str:
    text = str(value or "")
    if ERASED in text:  # "2组 已删除个人信息" too: nothing to hide, and it should read as erased
        return text
    return f"{text[:2]}****" if text else ""


def mask_rows(header: list[str], rows: list[list[Any]]) -> list[list[Any]]:
    """The same table with its phone and address columns masked."""
    masks = {
        i: (mask_phone if PRIVATE_HEADERS[h] == "phone" else mask_address)
        for i, h in enumerate(header)
        if h in PRIVATE_HEADERS
    }
    return [[masks[i](v) if i in masks else v for i, v in enumerate(row)] for row in rows]
