"""Signed checkpoints of the chain head, kept outside the database.

The hash chain proves the events were not altered since the chain was computed; someone with write access
to the database could still recompute it. So at each backup, each summary and when a workstation closes,
the head is signed with the office's Ed25519 key and appended to a file beside the store (and copied beside
each backup). `desk verify` checks the store against every checkpoint: rewriting the history then needs the
office's key, not only the database.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import select

from desk.sheets import restrict
from projections.chain import GENESIS, chain, head, link, notifications
from projections.store import Store, default_sqlite_path


@dataclass(frozen=True)
class Checkpoint:
    notification_id: int
    head: str
    reason: str
    at: str
    public_key: str
    signature: str

    def message(self) -> bytes:
        return f"lianxin-checkpoint|{self.notification_id}|{self.head}".encode()


def _base(store: Store) -> Path:
    if store.location.path is not None:
        return store.location.path
    return default_sqlite_path().with_name(f"{store.location.dbname}.pg")


def key_path(store: Store) -> Path:
    base = _base(store)
    return base.with_name(base.name + ".signing-key")


def checkpoints_path(store: Store) -> Path:
    base = _base(store)
    return base.with_name(base.name + ".checkpoints.jsonl")


def _private_key(store: Store) -> Ed25519PrivateKey:
    path = key_path(store)
    if path.exists():
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(path.read_text().strip()))
        return key
    key = Ed25519PrivateKey.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex())
    return key


def sign_checkpoint(store: Store, reason: str) -> Checkpoint | None:
    """Signs the current head and appends it to the checkpoints file (None on an empty store)."""
    store.projector.catch_up()
    nid, value = head(store.engine)
    if not nid:
        return None
    key = _private_key(store)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    unsigned = Checkpoint(nid, value, reason, datetime.now(UTC).isoformat(timespec="seconds"), public, "")
    signed = Checkpoint(**{**unsigned.__dict__, "signature": key.sign(unsigned.message()).hex()})
    path = checkpoints_path(store)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(signed.__dict__, ensure_ascii=False) + "\n")
    restrict(path)
    return signed


def read_checkpoints(path: Path) -> list[Checkpoint]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            out.append(Checkpoint(**json.loads(line)))
    return out


def check_checkpoints(
    store: Store, path: Path | None = None, *, chain_verified: bool = False
) -> tuple[int, list[str]]:
    """(checkpoints checked, problems): each signature must be the office key's, and the events recomputed
    now must give the signed head at the signed notification (the stored links, when `verify` has just
    found them equal to the events)."""
    found = read_checkpoints(path or checkpoints_path(store))
    if not found:
        return 0, []
    problems = []
    key_file = key_path(store)
    office = (
        Ed25519PrivateKey.from_private_bytes(bytes.fromhex(key_file.read_text().strip()))
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
        .hex()
        if key_file.exists()
        else None
    )
    wanted: dict[int, list[Checkpoint]] = {}
    for c in found:
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(c.public_key)).verify(
                bytes.fromhex(c.signature), c.message()
            )
        except (InvalidSignature, ValueError):
            problems.append(f"检查点(第 {c.notification_id} 号事件,{c.at})的签名无效:检查点文件被改动")
            continue
        if office is not None and c.public_key != office:
            problems.append(f"检查点(第 {c.notification_id} 号事件,{c.at})不是用本学教办的密钥签的")
            continue
        wanted.setdefault(c.notification_id, []).append(c)
    if chain_verified:
        with store.engine.connect() as conn:
            stored = dict(
                conn.execute(
                    select(chain.c.notification_id, chain.c.link).where(
                        chain.c.notification_id.in_(list(wanted))
                    )
                ).all()
            )
        for nid, cs in wanted.items():
            for c in cs:
                if nid not in stored:
                    problems.append(f"{c.at}({c.reason})签名的检查点所在的第 {nid} 号事件已不在数据库中")
                elif stored[nid] != c.head:
                    problems.append(
                        f"第 {nid} 号事件处的哈希链与 {c.at}({c.reason})签名的检查点不符:此前的历史被改写"
                    )
        return len(found), problems
    previous, last = GENESIS, 0
    for n in notifications(store.app.recorder):
        previous = link(previous, n)
        last = n.id
        for c in wanted.pop(n.id, []):
            if c.head != previous:
                problems.append(
                    f"第 {n.id} 号事件处的哈希链与 {c.at}({c.reason})签名的检查点不符:此前的历史被改写"
                )
        if not wanted:
            break
    for nid, cs in wanted.items():
        problems.append(
            f"{cs[0].at}({cs[0].reason})签名的检查点所在的第 {nid} 号事件已不在数据库中(最后一条为第 {last} 号)"
        )
    return len(found), problems
