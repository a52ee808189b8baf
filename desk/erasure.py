"""删除个人信息 (PIPL art. 47): a resident's personal data erased without breaking the history.

The record's key (and, for a household, the keys of its visits and of the concerns it raised) is destroyed
by an audited event; the events stay as stored, so `desk verify` passes and every count stays true. The
read models are then rebuilt from the events (by the catch-up that meets the erasure, in this process or,
if it is interrupted, the next one anywhere), in which the sealed fields now read 已删除个人信息, so no
view, export or summary shows the data, and the database's secure delete zeroes the old rows' bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from sqlalchemy import select

from desk.backup import last_copies
from domain.base import Actor
from projections.concerns import board as concerns
from projections.contacts import entries
from projections.store import Store, open_store
from projections.visits import visits


def linked_records(store: Store, kind: str, code: str) -> list[tuple[str, str]]:
    """The records whose own keys go with `code`'s: a household's visits and every concern it raised (also
    one moved to another household since); a person's concerns raised in contacts with them. Read over
    every version the ledgers keep, not only the current one."""
    with store.engine.connect() as conn:
        if kind == "household":
            found = [
                ("visit", str(c))
                for (c,) in conn.execute(
                    select(visits.c.code).where(visits.c.household_code == code).distinct()
                )
            ]
            found += [
                ("concern", str(c))
                for (c,) in conn.execute(
                    select(concerns.c.code).where(concerns.c.household_code == code).distinct()
                )
            ]
            return found
        if kind == "person":
            raised = select(entries.c.concern_code).where(
                entries.c.target_code == code, entries.c.concern_code != ""
            )
            return [("concern", str(c)) for (c,) in conn.execute(raised.distinct())]
    return []


def forget(
    store: Store,
    actor: Actor,
    kind: str,
    code: str,
    reason: str,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Returns how many records' keys were destroyed."""
    store.projector.catch_up()
    subjects = store.app.forget_personal_data(actor, kind, code, reason, linked_records(store, kind, code))
    store.projector.catch_up(progress=progress)  # meets the erasure: every read model is built again
    store.checkpoint_log()
    purge_daily_copies(store, subjects)
    return len(subjects)


def purge_daily_copies(store: Store, subjects: list[UUID]) -> int:
    """The app's own daily copies lose the destroyed keys too (their events and chain are untouched), so
    that the erasure does not live on in them; copies made elsewhere with `desk backup` are the office's to
    destroy (README). Returns how many copies were purged."""
    purged = 0
    for copy in last_copies(store):
        opened = open_store(str(copy), create=False, store_key=store.store_key)
        try:
            opened.keys.destroy(subjects)
            # its tables are emptied (secure delete zeroes them) and rebuilt from the events when it is next
            # opened or restored, then without the erased data
            opened.projector.reset()
            opened.checkpoint_log()
            purged += 1
        finally:
            opened.close()
    return purged
