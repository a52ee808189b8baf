"""A person's contact duty, derived from identities, party membership and unit kind (first match wins)."""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from domain.roster import INSTITUTION_KINDS, ORGAN_KINDS, VILLAGE_KINDS, UnitKind


class QuotaRole(StrEnum):
    LEADER = "领导干部"  # one 村居 + one 企业 (+ 党员 as arranged)
    ASSIGNED_CADRE = "分工干部"  # 3 困难党员 of the assigned village + 1 谈心
    INSTITUTION_SECRETARY = "单位书记"  # 3 党员 of the same unit
    INSTITUTION_MEMBER = "单位党员"  # 3 职工群众
    ORGAN_MEMBER = "机关党员"  # 3 群众, arranged by the 支部
    VILLAGE_MEMBER = "村居党员"  # 3 群众, arranged by the 村/街/居
    NONE = "无"


def quota_role(
    identities: Collection[str], party_member: bool, assigned_village: str, unit_kind: str
) -> QuotaRole:
    if "党政负责人" in identities:
        return QuotaRole.LEADER
    if "分工村街居干部" in identities or (
        assigned_village and ({"科室公务员", "站所公务员"} & set(identities))
    ):
        return QuotaRole.ASSIGNED_CADRE
    if unit_kind in INSTITUTION_KINDS and "党组织书记" in identities:
        return QuotaRole.INSTITUTION_SECRETARY
    if not party_member:
        return QuotaRole.NONE
    if unit_kind in INSTITUTION_KINDS:
        return QuotaRole.INSTITUTION_MEMBER
    if unit_kind in ORGAN_KINDS or unit_kind == UnitKind.ORGAN_BRANCH:
        return QuotaRole.ORGAN_MEMBER
    if unit_kind in VILLAGE_KINDS:
        return QuotaRole.VILLAGE_MEMBER
    return QuotaRole.NONE


def is_required_author(identities: Collection[str]) -> bool:
    """Required research-article authors (§2.7)."""
    return bool({"党政负责人", "党组织书记", "机关中层干部"} & set(identities))
