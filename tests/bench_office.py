"""B10 on PostgreSQL and B11 of ../shared/spec/PERFORMANCE.md: a county office's busy morning on one server.

B11: twenty workstation processes each record a visit every 2 s for 2 minutes (each command as the app runs
it: rule checks, append, catch-up) while two supervisors' processes follow the way the app does (a poll of
the log's head every 0.5 s, then catch-up and a read of the visit ledger); then the same twenty record as
fast as they can. Reported: p95 record latency, the followers' p95 and worst lag, errors, and events/s.
Run by `make bench` (after B1–B10) or alone: `python -m tests.bench_office`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from typing import Any

import psycopg

PG = os.environ.get("LIANXIN_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
WRITERS, FOLLOWERS = 20, 2

WRITER = r"""
import json, sys, time
from datetime import date
from domain.base import Actor
from projections.store import open_store
url, me, seconds, every = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
store = open_store(url, create=False)
actor = Actor("admin", "学教办管理员", f"WS{me:02d}")
village, cadre = f"BV{me:02d}", f"BC{me:02d}"
print("ready", flush=True)
start = float(sys.stdin.readline())  # when every process is open and waiting
time.sleep(max(0.0, start - time.time()))
end, n, out = start + seconds, 0, []
while time.time() < end:
    due = start + (me / 20 + n) * every  # the workstations' clicks spread over the 2 s
    time.sleep(max(0.0, due - time.time()))
    t = time.perf_counter()
    try:
        code = store.app.visits.record_visit(actor, f"BH{me:02d}{n % 50:03d}", date(2026, 11, 20), [cadre],
                                      {"note": f"B11 {n}"}, again=True)
        store.projector.catch_up()
        out.append({"code": code, "ms": (time.perf_counter() - t) * 1000, "at": time.time()})
    except Exception as exc:  # counted, never hidden
        out.append({"error": f"{exc.__class__.__name__}: {exc}"[:300]})
    n += 1
store.close()
print(json.dumps(out))
"""

FOLLOWER = r"""
import json, sys, time
from sqlalchemy import select
from projections.store import open_store
from projections.visits import visits
url, seconds = sys.argv[1], float(sys.argv[2])
store = open_store(url, create=False)
seen, head = {}, 0
print("ready", flush=True)
start = float(sys.stdin.readline())
time.sleep(max(0.0, start - time.time()))
while time.time() < start + seconds + 5:
    time.sleep(0.5)  # MainWindow's timer, then Operations.refresh
    now_head = int(store.app.recorder.max_notification_id() or 0)
    if now_head > head:
        store.projector.catch_up()
        head = now_head
    with store.engine.connect() as conn:
        codes = conn.execute(select(visits.c.code).where(visits.c.note.like("B11 %"))).scalars().all()
    now = time.time()
    for code in codes:
        seen.setdefault(str(code), now)
store.close()
print(json.dumps(seen))
"""


def _office(name: str) -> str:
    """A fresh database with twenty villages, a cadre and fifty households each."""
    from domain.base import Actor
    from projections.store import open_store

    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{PG}/{name}"
    store = open_store(url)
    try:
        admin = store.app.launch_campaign(2026, "基准镇", "admin", "bench-pass-2026", "BENCH")
        app = store.app
        app.roster.register_unit(admin, "BG", "基准镇党委政府", "镇党委政府")
        for v in range(WRITERS):
            app.roster.register_unit(admin, f"BV{v:02d}", f"基准{v}村", "村", "BG")
            app.roster.register_person(
                admin,
                f"BC{v:02d}",
                {"name": f"村干部{v}", "unit_code": f"BV{v:02d}", "identities": ["村街居干部"]},
            )
            for h in range(50):
                app.roster.register_household(
                    admin,
                    f"BH{v:02d}{h:03d}",
                    {"head_name": f"户主{v}-{h}", "village_code": f"BV{v:02d}"},
                    [],
                )
        store.projector.catch_up()
        assert isinstance(admin, Actor)
    finally:
        store.close()
    return url


def _run(
    url: str, seconds: float, every: float, followers: int
) -> tuple[list[dict[str, Any]], list[dict[str, float]]]:
    def launch(*args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    procs = [launch(WRITER, url, str(i), str(seconds), str(every)) for i in range(WRITERS)]
    follow = [launch(FOLLOWER, url, str(seconds)) for _ in range(followers)]
    for p in (*procs, *follow):  # every workstation open, then all start together
        assert p.stdout is not None and p.stdin is not None
        p.stdout.readline()
    start = time.time() + 1
    for p in (*procs, *follow):
        assert p.stdin is not None
        p.stdin.write(f"{start}\n")
        p.stdin.flush()
    writes: list[dict[str, Any]] = []
    for p in procs:
        out, err = p.communicate(timeout=seconds + 300)
        if p.returncode != 0 or not out.strip():
            writes.append({"error": f"writer exited {p.returncode}: {err[-300:]}"})
            continue
        writes += json.loads(out.strip().splitlines()[-1])
    seen: list[dict[str, float]] = []
    for p in follow:
        out, err = p.communicate(timeout=seconds + 300)
        seen.append(json.loads(out.strip().splitlines()[-1]) if p.returncode == 0 else {})
    return writes, seen


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] if ordered else float("nan")


def busy_morning(
    save_batched_eps: float, seconds: float = 120.0, fast_seconds: float = 30.0
) -> dict[str, float]:
    name = f"lianxin_bench_{uuid.uuid4().hex[:8]}"
    try:
        url = _office(name)
        from tests.bench import follower_latency_p95_s

        b10 = follower_latency_p95_s(url, "BV00")  # B10 on the server: one writer, one follower
        writes, seen = _run(url, seconds, 2.0, FOLLOWERS)
        done = [w for w in writes if "code" in w]
        lags = [f[w["code"]] - w["at"] for f in seen for w in done if w["code"] in f]
        missed = sum(1 for f in seen for w in done if w["code"] not in f)
        fast_writes, _ = _run(url, fast_seconds, 0.0, 0)
        fast_done = [w for w in fast_writes if "code" in w]
        fast_eps = len(fast_done) / fast_seconds
        return {
            "B10_follower_p95_s_postgres": b10,
            "B11_writes": float(len(done)),
            "B11_errors": float(len(writes) - len(done) + missed + len(fast_writes) - len(fast_done)),
            "B11_record_p95_ms": p95([w["ms"] for w in done]),
            "B11_record_median_ms": statistics.median([w["ms"] for w in done]) if done else float("nan"),
            "B11_follower_p95_s": p95(lags),
            "B11_follower_max_s": max(lags, default=float("nan")),
            "B11_fast_eps": fast_eps,
            "B11_fast_p95_ms": p95([w["ms"] for w in fast_done]),
            "B11_fast_ratio": fast_eps / save_batched_eps,
        }
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    from tests.bench import baseline

    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(Path(tmp))
    for key, value in busy_morning(base["save_batched_eps"]).items():
        print(f"{key:24s} {value:12.2f}")
