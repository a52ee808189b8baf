"""The audit trail's sentences in English, for a window opened in English (`desk --lang en`).

The same cases as `audit.describe`; the values (names, the plan's own terms such as 满意 or 特困户) stay
as they were recorded."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from domain.application import UnknownLoginFailed
from domain.articles import Articles, Exemplar, ResearchTopic, StoredFile
from domain.base import Record
from domain.campaign import Campaign
from domain.concerns import Concern
from domain.contacts import Booklet
from domain.imports import ImportedFile
from domain.interviews import InterviewDay
from domain.operators import Operator
from domain.personal import Erasure
from domain.ratings import RatingRound
from domain.roster import Household, Person, RosterRecord, Unit
from domain.unit_work import Publicity, UnitWorkItem
from domain.visits import Visit

KIND_EN = {
    "Unit": "unit",
    "Person": "person",
    "Household": "household",
    "Campaign": "campaign",
    "Operator": "operator",
    "UnknownLoginFailed": "login",
    "ImportedFile": "import",
    "Concern": "concern",
    "Booklet": "contact booklet",
    "Visit": "visit",
    "InterviewDay": "interview day",
    "RatingRound": "rating round",
    "ResearchTopic": "research topic",
    "Articles": "research articles",
    "StoredFile": "file",
    "Exemplar": "exemplary experience",
    "Erasure": "erasure of personal data",
    "UnitWorkItem": "unit's work item",
    "Publicity": "publicity report",
}
FIELD_EN = {
    "name": "name",
    "kind": "kind",
    "parent_code": "parent unit",
    "gender": "gender",
    "unit_code": "unit",
    "branch_code": "branch",
    "identities": "identities",
    "party_member": "party member",
    "hardship_member": "member in difficulty",
    "old_member": "veteran member",
    "assigned_village": "assigned village",
    "household_code": "household",
    "phone": "phone",
    "head_name": "head of household",
    "village_code": "village",
    "group": "villagers' group",
    "address": "address",
    "size": "size",
    "content": "content",
    "category": "category",
    "resident": "resident",
    "situation": "situation",
    "policies": "policies explained",
    "help": "help given",
    "note": "note",
    "summary": "summary",
    "on": "date",
    "title": "title",
    "topic": "topic",
    "attendance": "attendance",
    "way": "way",
    "participants": "participants",
    "supervisor": "supervising cadre",
    "posted_at": "posted at",
    "time": "time",
    "place": "place",
    "person_code": "handler",
    "due_on": "promised date",
    "resolver": "resolver",
    "result": "result",
    "visitor": "return visitor",
    "outcome": "resident's word",
    "reported_on": "reported on",
}
STEP_EN = {
    "session": "session",
    "solicitation": "solicitation",
    "supervision": "supervision",
    "notice": "notice",
}
CONCERN_STEP_EN = {
    "交办": "assignment",
    "进展": "progress note",
    "办结": "resolution",
    "回访": "return visit",
    "归档": "closing",
    "上报": "escalation",
    "重复": "duplicate mark",
}
ERASABLE_EN = {"household": "household", "person": "person", "concern": "concern", "visit": "visit"}


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, list):
        return ", ".join(str(x) for x in v) or "(empty)"
    return str(v) if v not in ("", None) else "(empty)"


def _changes(changes: dict[str, Any]) -> str:
    return "; ".join(f"{FIELD_EN.get(k, k)} set to {_value(v)}" for k, v in changes.items())


def _raised(problems: list[str]) -> str:
    if not problems:
        return ""
    return f", {len(problems)} problem{'s' if len(problems) > 1 else ''} raised"


def _nth(e: Any) -> str:
    return f" #{e.index + 1}" if e.step in ("session", "solicitation") else ""


def describe_en(kind: str, action: str, e: Any, code: str) -> str:
    """One English sentence for an event (what happened, to which record): each area's describer in turn."""
    what = KIND_EN.get(kind, kind)
    first = _AREA_OF.get(kind)  # the area of the record's kind first: the others never describe its events
    said = first(e, code, what, action) if first is not None else None
    if said is not None:
        return said
    for area in _AREAS:
        said = area(e, code, what, action)
        if said is not None:
            return said
    return f"{what} {code}: {action}"


def _office(e: Any, code: str, what: str, action: str) -> str | None:
    """The campaign, the operators and the office's own records (files, imports, erasures)."""
    match e:
        case Campaign.Launched():
            return (
                f'Launched the {e.year} "Go Among the Masses" campaign of {e.township} (the plan\'s defaults)'
            )
        case Campaign.ParameterAmended():
            return f"Amended campaign parameter {e.name}: {e.old_value} → {e.new_value} (reason: {e.reason})"
        case Erasure.Recorded():
            return (
                f"Erased the personal data of {ERASABLE_EN.get(e.kind, e.kind)} {e.code} (names, phones, addresses "
                f"and narratives of {len(e.subjects)} records; reason: {e.reason})"
            )
        case StoredFile.Stored():
            return f"Archived file {e.name} ({e.size} bytes, SHA-256 {e.sha256[:12]})"
        case UnknownLoginFailed.Recorded():
            return "Failed login with an unknown user name"
        case Operator.Created():
            scope = f", may record for {', '.join(e.units)}" if e.units else ""
            return f"Created operator {e.name} ({e.role}{scope})"
        case Operator.PasswordSet():
            return f"Set the password of operator {code}"
        case Operator.RoleSet():
            return f"Operator {code}'s role set to {e.role}"
        case Operator.ScopeSet():
            return f"Operator {code} may record for {', '.join(e.units) or '(all)'}"
        case Operator.Disabled():
            return f"Disabled operator {code} (reason: {e.reason})"
        case Operator.Enabled():
            return f"Enabled operator {code} (reason: {e.reason})"
        case Operator.LoggedIn():
            return f"{code} logged in"
        case Operator.LoginFailed():
            lock = f", account locked until {e.locked_until.astimezone():%H:%M}" if e.locked_until else ""
            return f"{code} failed to log in ({e.reason}{lock})"
        case Operator.LoggedOut():
            return f"{code} logged out"
        case ImportedFile.Imported() | ImportedFile.ImportedAgain():
            again = "again " if action == "ImportedAgain" else ""
            return f"Imported {again}file {e.file_name}: {e.rows} rows, {e.accepted} accepted, {e.rejected} rejected"
        case Operator.Exported() if e.what == "查看完整联系方式":
            return f"Viewed full contact details (phones, addresses) on the page “{e.target}”"
        case Operator.Exported():
            as_of = f", as of {e.as_of}" if e.as_of else ""
            return f"Output {e.what} to {e.target}{as_of} (chain head {e.chain_head[:12]})"
    return None


def _roster(e: Any, code: str, what: str, action: str) -> str | None:
    """Units, people and households."""
    match e:
        case Unit.Registered():
            return f"Registered unit {e.code} {e.name} ({e.kind})"
        case Person.Registered():
            return f"Registered person {e.code} {e.name} (unit {e.unit_code})"
        case Household.Registered():
            tags = f", must-visit: {', '.join(e.tags)}" if e.tags else ""
            return f"Registered household {e.code}, head {e.head_name} (village {e.village_code}{tags})"
        case RosterRecord.Changed():
            return f"Changed {what} {code}: {_changes(e.changes)} (from {e.effective_on:%Y-%m-%d})"
        case RosterRecord.Retired():
            return f"Retired {what} {code} ({e.on:%Y-%m-%d}, reason: {e.reason})"
        case Household.TagAdded():
            return f"Household {code} tagged “{e.category}” (from {e.on:%Y-%m-%d}, reason: {e.reason})"
        case Household.TagRemoved():
            return f"Household {code} untagged “{e.category}” (from {e.on:%Y-%m-%d}, reason: {e.reason})"
    return None


def _concerns(e: Any, code: str, what: str, action: str) -> str | None:
    """Concerns and their steps."""
    match e:
        case Concern.Raised():
            ref = f" ({e.source_ref})" if e.source_ref else ""
            return (
                f'Registered concern {e.code}: {e.resident} raised "{e.content}" '
                f"(source {e.source}{ref}, village {e.village_code})"
            )
        case Concern.Assigned():
            to = " ".join(x for x in (e.unit_code, e.person_code) if x)
            return f"Concern {code} assigned to {to}, promised by {e.due_on:%Y-%m-%d}"
        case Concern.ProgressNoted():
            return f"Concern {code} progress: {e.note}"
        case Concern.Resolved():
            return f"Concern {code} resolved ({e.on:%Y-%m-%d}, by {e.resolver}): {e.result}"
        case Concern.FedBack():
            note = f" ({e.note})" if e.note else ""
            reopen = ", handled again" if e.outcome == "不满意" else ""
            return f"Concern {code} return visit ({e.on:%Y-%m-%d}, by {e.visitor}): {e.outcome}{note}{reopen}"
        case Concern.Closed():
            return f"Concern {code} closed ({e.on:%Y-%m-%d})"
        case Concern.Escalated():
            return f"Concern {code} escalated ({e.on:%Y-%m-%d}): {e.note}"
        case Concern.MarkedDuplicate():
            return f"Concern {code} marked as a duplicate of {e.original}"
        case Concern.StepCorrected():
            step = CONCERN_STEP_EN.get(e.step, e.step)
            return f"Corrected the {step} of concern {code} ({e.step_on:%Y-%m-%d}): {_changes(e.changes)} (reason: {e.reason})"
        case Concern.StepVoided():
            step = CONCERN_STEP_EN.get(e.step, e.step)
            return f"Voided the {step} of concern {code} ({e.step_on:%Y-%m-%d}) (reason: {e.reason})"
    return None


def _contacts(e: Any, code: str, what: str, action: str) -> str | None:
    """Booklets: pairings, contacts, talks."""
    match e:
        case Booklet.Opened():
            return f"Opened the contact booklet of {e.cadre}"
        case Booklet.Paired():
            return f"{code} paired with {e.kind} {e.target} (item {e.no}, arranged by {e.arranged_by}, {e.on:%Y-%m-%d})"
        case Booklet.PairingReported():
            return f"{code}'s pairing item {e.no} reported to the study office ({e.on:%Y-%m-%d})"
        case Booklet.PairingEnded():
            return f"{code}'s pairing item {e.no} ended ({e.on:%Y-%m-%d}, reason: {e.reason})"
        case Booklet.ContactRecorded():
            problem = f", problem registered as {e.concern}" if e.concern else ""
            return f"{code} contacted {e.target} ({e.way}, {e.on:%Y-%m-%d}): {e.content}{problem}"
        case Booklet.TalkRecorded():
            return f"{code} talked with member in difficulty {e.target} ({e.on:%Y-%m-%d}): {e.content}"
        case Booklet.PairingCorrected():
            return f"Corrected {code}'s pairing item {e.no}: {_changes(e.changes)} (reason: {e.reason})"
        case Booklet.EntryCorrected():
            return f"Corrected contact-booklet entry {e.code}: {_changes(e.changes)} (reason: {e.reason})"
        case Booklet.EntryVoided():
            return f"Voided contact-booklet entry {e.code} (reason: {e.reason})"
    return None


def _visits(e: Any, code: str, what: str, action: str) -> str | None:
    """Household visits."""
    match e:
        case Visit.Recorded():
            problems = _raised(e.problems)
            return f"Visited household {e.household_code} ({e.on:%Y-%m-%d}, by {', '.join(e.visitors)}){problems}"
    return None


def _interviews(e: Any, code: str, what: str, action: str) -> str | None:
    """Interview days."""
    match e:
        case InterviewDay.StepCorrected():
            step = STEP_EN.get(e.step, e.step)
            return f"Corrected {code}'s interview-day {step}{_nth(e)}: {_changes(e.changes)} (reason: {e.reason})"
        case InterviewDay.StepVoided():
            return (
                f"Voided {code}'s interview-day {STEP_EN.get(e.step, e.step)}{_nth(e)} (reason: {e.reason})"
            )
        case InterviewDay.Opened():
            return f"Opened the interview-day record of {e.village}"
        case InterviewDay.Scheduled():
            return (
                f"{code} interview day scheduled on {e.on:%Y-%m-%d} {e.time}, {e.place} "
                f"(group {e.group}, leader {e.leader})"
            )
        case InterviewDay.Rescheduled():
            return f"{code} interview day moved to {e.on:%Y-%m-%d} (reason: {e.reason}); the notice must be posted again"
        case InterviewDay.OpinionsSolicited():
            people = f", {e.participants} people" if e.participants else ""
            return f"{code} solicited opinions by {e.way} ({e.on:%Y-%m-%d}{people})"
        case InterviewDay.SupervisorAssigned():
            return f"{code} interview day supervising cadre: {e.supervisor}"
        case InterviewDay.NoticePosted():
            return (
                f"{code} posted the interview-day notice ({e.on:%Y-%m-%d}; interview day {e.for_date:%Y-%m-%d} "
                f"{e.time}, {e.place}, {e.participants})"
            )
        case InterviewDay.Held():
            problems = _raised(e.problems)
            return f"{code} held the interview day ({e.on:%Y-%m-%d}, {e.attendance} people{problems})"
    return None


def _work(e: Any, code: str, what: str, action: str) -> str | None:
    """Ratings, research articles, exemplars."""
    match e:
        case RatingRound.Opened():
            return f"Opened rating round {e.code} (village {e.village}, cadres {', '.join(e.cadres)})"
        case RatingRound.BallotCast():
            return f"Rating round {code}: ballot No. {e.number} entered"
        case RatingRound.BallotVoided():
            return f"Rating round {code}: ballot No. {e.number} voided (reason: {e.reason})"
        case RatingRound.Closed():
            return f"Rating round {code} closed, results published ({e.on:%Y-%m-%d})"
        case ResearchTopic.Set():
            return f"The Party committee set research topic {e.code} “{e.title}” for {e.assignee}"
        case Articles.Opened():
            return f"Opened the research-article record of {e.author}"
        case Articles.Submitted():
            topic = f", topic {e.topic}" if e.topic else ""
            return f"{code} submitted research article “{e.title}” ({e.on:%Y-%m-%d}{topic}, file {e.sha256[:12]})"
        case Articles.VersionCorrected():
            return f"Corrected version {e.number} of {code}'s research article: {_changes(e.changes)} (reason: {e.reason})"
        case Articles.VersionVoided():
            return f"Voided version {e.number} of {code}'s research article (reason: {e.reason})"
        case Exemplar.Nominated():
            return f"Nominated exemplary experience {e.code}: {e.summary} ({e.record_kind} {e.record_code})"
        case Exemplar.Reported():
            return f"Reported exemplary experience {code} ({e.on:%Y-%m-%d})"
    return None


def _unit_work(e: Any, code: str, what: str, action: str) -> str | None:
    """Units' own work and publicity."""
    match e:
        case UnitWorkItem.Registered():
            promised = f", promised by {e.promised_on:%Y-%m-%d}" if e.promised_on else ""
            people = f", {e.attendance} attending" if e.attendance else ""
            return (
                f"{e.unit_code} registered {e.kind} {e.code} ({e.on:%Y-%m-%d}): {e.content}{promised}{people}"
            )
        case UnitWorkItem.Fulfilled():
            return f"{code} fulfilled ({e.on:%Y-%m-%d}): {e.result}"
        case Publicity.Reported():
            return f"{e.unit_code} publicity report {e.code} ({e.on:%Y-%m-%d}, {e.channel}): “{e.title}”"
    return None


def _records(e: Any, code: str, what: str, action: str) -> str | None:
    """A correction or a void of any record (after every area's own)."""
    match e:
        case Record.Corrected():
            return f"Corrected {what} {code}: {_changes(e.changes)} (reason: {e.reason})"
        case Record.Voided():
            return f"Voided {what} {code} (reason: {e.reason})"
    return None


_AREAS = (_office, _roster, _concerns, _contacts, _visits, _interviews, _work, _unit_work, _records)
#: each kind of record's area (a test holds it to the classes each area's cases name)
_AREA_OF: dict[str, Callable[[Any, str, str, str], str | None]] = {
    **dict.fromkeys(
        ("Campaign", "Erasure", "ImportedFile", "Operator", "StoredFile", "UnknownLoginFailed"), _office
    ),
    **dict.fromkeys(("Household", "Person", "Unit"), _roster),
    "Concern": _concerns,
    "Booklet": _contacts,
    "Visit": _visits,
    "InterviewDay": _interviews,
    **dict.fromkeys(("Articles", "Exemplar", "RatingRound", "ResearchTopic"), _work),
    **dict.fromkeys(("Publicity", "UnitWorkItem"), _unit_work),
}
