"""Residents' personal data in the events, sealed under a key of each record's own (crypto-shredding).

The names, phone numbers, addresses and free text a household, a visit or a concern carries are stored
encrypted under a key kept apart from the events (the store's `subject_keys` table). Forgetting a
resident (PIPL art. 47) destroys those keys: the events stay as they were stored, so the hash chain still
verifies and every count stays true, while what was sealed reads as 已删除个人信息 for ever.
"""

from __future__ import annotations

import json
import os
from base64 import b64decode, b64encode
from typing import Any, Protocol
from uuid import UUID

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from eventsourcing.domain import Aggregate, DomainEventProtocol
from eventsourcing.persistence import Mapper, StoredEvent

from domain.base import Audit, record_id

ERASED = "已删除个人信息"

#: per aggregate (by topic prefix), the fields that are a resident's personal data
PERSONAL: dict[str, frozenset[str]] = {
    "domain.roster:Household": frozenset({"head_name", "address", "phone"}),
    "domain.roster:Person": frozenset({"name", "phone"}),
    "domain.concerns:Concern": frozenset({"resident", "phone", "content", "note", "result"}),
    "domain.visits:Visit": frozenset({"situation", "policies", "help", "note"}),
    # what a cadre wrote of a contact or a talk is the contacted person's: sealed under that person's key
    "domain.contacts:Booklet": frozenset({"content"}),
}
#: events whose personal fields belong to another record than their own: its kind and the field naming it
#: (a visit's narrative is the household's, a contact's the person's), so recording a visit makes no new
#: key. A visit's later correction is sealed under its own key, destroyed with the household's; a concern
#: (whose household may be corrected) always under its own.
SUBJECT_FIELD: dict[str, tuple[str, str]] = {
    "domain.contacts:Booklet": ("person", "target"),
    "domain.visits:Visit": ("household", "household_code"),  # never corrected: a visit stays at its household
}
SEALED = "_sealed"
#: the records a resident's data can be erased from (the kinds of `RECORD_KINDS`)
ERASABLE = ("household", "person", "concern")
#: the records whose own keys go with a household's (their later corrections are sealed under them)
LINKED_KINDS = ("visit", "concern")


class Erasure(Aggregate):
    """删除个人信息: the audited erasure of a record's personal data, naming every record whose key goes."""

    class Recorded(Aggregate.Created, Audit):
        kind: str
        code: str
        reason: str
        subjects: list[str]

    def __init__(self) -> None:
        self.kind = self.code = self.reason = ""

    @classmethod
    def record(cls, kind: str, code: str, reason: str, subjects: list[str], stamp: dict[str, Any]) -> Erasure:
        erasure = cls._create(
            cls.Recorded,
            id=record_id("erasure", f"{kind}:{code}"),
            kind=kind,
            code=code,
            reason=reason.strip(),
            subjects=subjects,
            **stamp,
        )
        erasure.kind, erasure.code, erasure.reason = kind, code, reason.strip()
        return erasure


class SubjectKeys(Protocol):
    """Where the per-record keys live (the store provides it); a destroyed key is gone for good."""

    def key(self, subject: UUID, *, create: bool) -> bytes | None: ...

    def forget_cached(self, subjects: list[UUID]) -> None: ...

    def destroy(self, subjects: list[UUID]) -> None: ...

    def ensure(self, subjects: list[UUID], *, look: bool = True) -> None: ...

    def sync(self) -> bool: ...


def personal_fields(topic: str) -> frozenset[str]:
    owner = topic.rsplit(".", 1)[0]
    return PERSONAL.get(owner, frozenset())


def subject_of(topic: str, state: dict[str, Any]) -> UUID:
    """Whose key seals an event's personal fields: its own record's, or the record it is about."""
    other = SUBJECT_FIELD.get(topic.rsplit(".", 1)[0])
    if other is not None and isinstance(state.get(other[1]), str) and state[other[1]].strip():
        return record_id(other[0], state[other[1]].strip())
    subject: UUID = state["originator_id"]
    return subject


def _erased(value: Any) -> Any:
    return ERASED if isinstance(value, str) else type(value)()


def personal_values(topic: str, state: dict[str, Any]) -> dict[str, Any]:
    """The personal values an event's state carries, `changes.` prefixed for a correction's or change's."""
    fields = personal_fields(topic)
    found = {n: state[n] for n in fields & state.keys() if state[n] not in ("", None, [], {})}
    changes = state.get("changes")
    if isinstance(changes, dict):
        found.update({"changes." + n: changes[n] for n in fields & changes.keys()})
    return found


def topic_of(event: Any) -> str:
    return type(event).__module__ + ":" + type(event).__qualname__


def sealing_subject(event: Any) -> UUID | None:
    """The record whose key will seal `event`'s personal fields, or None when it carries none."""
    topic = topic_of(event)
    return subject_of(topic, vars(event)) if personal_values(topic, vars(event)) else None


class SealingMapper(Mapper[UUID]):
    """The library's mapper, sealing the personal fields of each event under its record's key on the way
    in and opening them on the way out (or showing 已删除个人信息 when the key has been destroyed)."""

    keys: SubjectKeys | None = None
    _ciphers: dict[bytes, AESGCM] | None = None

    def _cipher(self, key: bytes) -> AESGCM:
        if self._ciphers is None:
            self._ciphers = {}
        found = self._ciphers.get(key)
        if found is None:
            if len(self._ciphers) > 50_000:
                self._ciphers.clear()
            found = self._ciphers[key] = AESGCM(key)
        return found

    def to_stored_event(self, domain_event: DomainEventProtocol[UUID]) -> StoredEvent:
        topic = topic_of(domain_event)
        state = vars(domain_event)
        sealed = personal_values(topic, state) if self.keys is not None else {}
        if not sealed:
            return super().to_stored_event(domain_event)
        assert self.keys is not None
        subject = subject_of(topic, state)
        key = self.keys.key(subject, create=True)
        assert key is not None
        nonce = os.urandom(12)
        box = self._cipher(key).encrypt(nonce, json.dumps(sealed, ensure_ascii=False).encode(), subject.bytes)
        new_state = dict(state)
        for name, value in sealed.items():
            blank = "" if isinstance(value, str) else type(value)()
            if name.startswith("changes."):
                new_state["changes"] = {**new_state["changes"], name[8:]: blank}
            else:
                new_state[name] = blank
        new_state[SEALED] = {"names": sorted(sealed), "box": b64encode(nonce + box).decode()}
        clone = object.__new__(type(domain_event))
        object.__setattr__(clone, "__dict__", new_state)
        return super().to_stored_event(clone)

    def holds_unsealed(self, stored_event: StoredEvent) -> bool:
        """Whether a stored event carries personal data in clear (stored before sealing began)."""
        if not personal_fields(stored_event.topic):
            return False
        state = stored_event.state
        if self.cipher:
            state = self.cipher.decrypt(state)
        if self.compressor:
            state = self.compressor.decompress(state)
        decoded: dict[str, Any] = self.transcoder.decode(state)
        return any(v not in ("", None, [], {}) for v in personal_values(stored_event.topic, decoded).values())

    def to_domain_event(self, stored_event: StoredEvent) -> DomainEventProtocol[UUID]:
        event = super().to_domain_event(stored_event)
        state = vars(event)
        if isinstance(event, Erasure.Recorded) and self.keys is not None:
            # another workstation destroyed these keys: never open with a copy this process still holds
            self.keys.forget_cached([UUID(s) for s in event.subjects])
        token = state.pop(SEALED, None)
        if not isinstance(token, dict):
            return event
        subject = subject_of(stored_event.topic, state)
        key = self.keys.key(subject, create=False) if self.keys is not None else None
        if key is not None:
            raw = b64decode(token["box"])
            opened: dict[str, Any] = json.loads(self._cipher(key).decrypt(raw[:12], raw[12:], subject.bytes))
        else:  # the key was destroyed: the resident has been forgotten
            opened = {}
        for name in token["names"]:
            if name.startswith("changes."):
                changes = state["changes"]
                changes[name[8:]] = opened.get(name, _erased(changes.get(name[8:], "")))
            else:
                state[name] = opened.get(name, _erased(state.get(name, "")))
        return event
