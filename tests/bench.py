"""`make bench`: the same-run baseline and B1–B11 of ../shared/spec/PERFORMANCE.md -> var/bench.json.

B10 on PostgreSQL and B11 (twenty writer processes on one PostgreSQL server) are in tests/bench_office.py."""

from __future__ import annotations

import argparse
import json
import select as select_module
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate

from desk.demo import generate
from domain.base import Actor
from projections.chain import verify
from projections.keys import new_store_key
from projections.store import open_store
from tests.bench_office import busy_morning


class Dot(Aggregate):
    class Created(Aggregate.Created):
        n: int


def baseline(folder: Path) -> dict[str, float]:
    app: Application = Application(
        env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(folder / "base.db")}
    )
    t = time.perf_counter()
    for _batch in range(10):
        app.save(*[Dot._create(Dot.Created, id=uuid4(), n=i) for i in range(1000)])
    batched = 10_000 / (time.perf_counter() - t)
    singles = []
    for i in range(300):
        t = time.perf_counter()
        app.save(Dot._create(Dot.Created, id=uuid4(), n=i))
        singles.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    count, start = 0, 1
    while page := app.recorder.select_notifications(start=start, limit=1000):
        for n in page:
            app.mapper.to_domain_event(n)
        count += len(page)
        start = page[-1].id + 1
    read = count / (time.perf_counter() - t)
    return {
        "save_batched_eps": batched,
        "save_single_ms": statistics.median(singles),
        "read_decode_eps": read,
    }


def generator_cadres(store: Any, prefix: str) -> dict[str, str]:
    """A village cadre of each of the township's villages (R-V3 accepts their visits)."""
    from sqlalchemy import select

    from projections.roster import people

    with store.engine.connect() as conn:
        rows = conn.execute(
            select(people.c.unit_code, people.c.code).where(
                people.c.identities.contains("村街居干部"),
                people.c.unit_code.like(f"{prefix}V%"),
                people.c.valid_to == 2**62,
            )
        )
        return {str(u): str(c) for u, c in rows}


def ledger_query_ms(store: Any, prefix: str) -> float:
    """B5: filter by village and a name substring, sorted by date, first page of rows (ids + 200 rows)."""
    from projections.visits import VisitFilter, VisitQuery

    query = VisitQuery(store.engine)
    times = []
    for i, surname in enumerate("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗" * 2):
        t = time.perf_counter()
        ids = query.ids(VisitFilter(village_code=f"{prefix}V{i % 30 + 1:02d}", text=surname), "on", True)
        query.rows(ids[:200])
        times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[int(len(times) * 0.95)]


COLD_START = """
import sys, time
from datetime import datetime
from PySide6.QtWidgets import QApplication
from desk.bootstrap import Settings, bootstrap
from desk.gui.app import make_qapp
from desk.gui.main_window import MainWindow
from desk.gui.operations import Operations
qapp = make_qapp("zh")
store = bootstrap(Settings(db=sys.argv[1]), create=False)
actor = store.app.login("admin", "lianxin2026", "BENCH")
window = MainWindow(Operations(store, deferred=True), actor)
window.show_page("dashboard")
window.show()
window.grab()  # painted, with the dashboard's figures
print("painted")
if len(sys.argv) > 2:  # B7: also the visit ledger, then the peak resident memory
    window.show_page("visits")
    window.grab()
    # this process's own peak (VmHWM): getrusage's ru_maxrss also counts the image forked from the bench
    # process before exec, which at county scale alone was a gigabyte
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    print("rss_mb", int(peak.split()[1]) / 1024)
"""


def peak_rss_mb(db: str) -> float:
    """B7: peak RSS of a process with the store open on the dashboard and the visit ledger."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", COLD_START, db, "rss"], capture_output=True, text=True, env=env
    )
    for line in done.stdout.splitlines():
        if line.startswith("rss_mb"):
            return float(line.split()[1])
    raise RuntimeError(done.stderr[-2000:])


def import_rows_per_s(
    store: Any, folder: Path, prefix: str, cadres: dict[str, str], rows: int = 10_000
) -> float:
    """B8: a 10,000-row 走访记录 sheet through the importer (every row a command with its rules)."""
    from openpyxl import Workbook

    from desk.importer import Importer

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "走访记录"
    ws.append(["户编号", "走访日期", "走访人编号", "家庭情况"])
    for i in range(rows):
        village = f"{prefix}V{i % 30 + 1:02d}"
        ws.append([f"{village}H{i // 30 % 300 + 1:04d}", "2026-11-30", cadres[village], f"第{i}次回访"])
    path = folder / "走访.xlsx"
    wb.save(path)
    admin = store.app.login("admin", "lianxin2026", "BENCH")
    t = time.perf_counter()
    report = Importer(store.app, admin, store=store).run(path)
    store.projector.catch_up()
    return report.rows / (time.perf_counter() - t)


WRITER = """
import sys, time
from datetime import date
from domain.base import Actor
from projections.store import open_store
store = open_store(sys.argv[1])
admin = Actor("admin", "学教办管理员", "WRITER")
for i in range(int(sys.argv[2])):
    code = f"B10H{i:04d}"
    store.app.roster.register_household(admin, code, {"head_name": "测", "village_code": sys.argv[3]}, [])
    store.projector.catch_up()
    print(code, time.time(), flush=True)
    time.sleep(0.3)
store.close()
"""


def follower_latency_p95_s(db: str, village: str, writes: int = 20) -> float:
    """B10: a record stored by one process, seen by another process's polling (the app's 500 ms timer)."""
    import subprocess
    import sys

    from sqlalchemy import select

    from projections.roster import households

    follower = open_store(db, create=False)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, db, str(writes), village], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    stored: dict[str, float] = {}
    seen: dict[str, float] = {}
    seen_position = follower.projector.position()
    try:
        while len(seen) < writes and (writer.poll() is None or len(stored) < writes):
            time.sleep(0.5)  # what MainWindow's timer does, then Operations.refresh
            if int(follower.app.recorder.max_notification_id() or 0) > seen_position:
                follower.projector.catch_up()
            seen_position = follower.projector.position()
            with follower.engine.connect() as conn:
                codes = {
                    str(c)
                    for c in conn.execute(
                        select(households.c.code).where(
                            households.c.code.like("B10H%"), households.c.valid_to == 2**62
                        )
                    ).scalars()
                }
            now = time.time()
            for code in codes - set(seen):
                seen[code] = now
            while select_module.select([writer.stdout], [], [], 0)[0]:
                line = writer.stdout.readline()
                if not line:
                    break
                code, at = line.split()
                stored[code] = float(at)
    finally:
        writer.wait(timeout=60)
        for line in writer.stdout:
            code, at = line.split()
            stored[code] = float(at)
        follower.close()
    lags = sorted(seen[c] - stored[c] for c in stored if c in seen)
    return lags[int(len(lags) * 0.95) - 1] if lags else float("nan")


def cold_start_s(db: str) -> float:
    """B4: a fresh process, from its start to the main window painted with the dashboard's figures."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(3):
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD_START, db], capture_output=True, text=True, env=env)
        if "painted" not in done.stdout:
            raise RuntimeError(done.stderr[-2000:])
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def as_of_s(store: Any, prefix: str) -> float:
    """B6: the visit ledger (first page) and the dashboard's figures as they stood at a chosen moment."""
    from datetime import datetime

    from projections.audit import AuditQuery
    from projections.summary import SummaryQuery
    from projections.visits import VisitFilter, VisitQuery

    times = []
    for day in (3, 5, 8):
        t = time.perf_counter()
        moment = datetime(2026, 11, day, 12).astimezone()
        up_to = AuditQuery(store.engine).notification_at(moment)
        query = VisitQuery(store.engine)
        query.rows(query.ids(VisitFilter(village_code=f"{prefix}V01", up_to=up_to))[:200], up_to)
        SummaryQuery(store.engine).summary(moment.date(), up_to)
        times.append(time.perf_counter() - t)
    return max(times)


def reads(db: str, scale: str) -> dict[str, float]:
    """B4, B5, B6 on a store already generated (`desk demo --preset …`)."""
    store = open_store(db, create=False)
    prefix = "T01" if scale == "county" else ""
    try:
        return {
            "B4_cold_start_s": cold_start_s(db),
            "B5_ledger_query_p95_ms": ledger_query_ms(store, prefix),
            "B6_as_of_s": as_of_s(store, prefix),
        }
    finally:
        store.close()


def record_p95_ms(store: Any, prefix: str, cadres: dict[str, str], count: int = 500) -> float:
    """B1: visits recorded one by one, each projected before the next."""
    admin = Actor("admin", "学教办管理员", "BENCH")
    times = []
    for i in range(count):
        village = f"{prefix}V{i % 30 + 1:02d}"
        t = time.perf_counter()
        store.app.visits.record_visit(
            admin,
            f"{village}H{i // 30 + 1:04d}",
            date(2026, 11, 29),  # a day the demo has no visits on (its return visits end on 11-28)
            [cadres[village]],
            {"situation": "回访"},
        )
        store.projector.catch_up()
        times.append((time.perf_counter() - t) * 1000)
    return sorted(times)[int(len(times) * 0.95)]


def rebuild_eps(store: Any) -> float:
    """B3: every projection but the chain emptied and replayed."""
    t = time.perf_counter()
    count = store.projector.rebuild([p.name for p in store.projector.projections if p.name != "chain"])
    return float(count) / (time.perf_counter() - t)


def encryption_ratios(folder: Path, scale: str) -> dict[str, float]:
    """B1, B3 and B5 with residents' data protected (a SQLCipher file, personal fields sealed per record)
    over the same without it (a plain file, nothing sealed): the same preset built twice."""
    figures: dict[str, dict[str, float]] = {}
    prefix = "T01" if scale == "county" else ""
    for mode in ("plain", "encrypted"):
        key = new_store_key() if mode == "encrypted" else None
        store = open_store(str(folder / f"{mode}.db"), store_key=key)
        if key is None:
            store.app.mapper.keys = None  # type: ignore[attr-defined]
        generate(store, scale)
        cadres = generator_cadres(store, prefix)
        figures[mode] = {
            "B1": record_p95_ms(store, prefix, cadres, 300),
            "B3": rebuild_eps(store),
            "B5": ledger_query_ms(store, prefix),
        }
        store.close()
    plain, encrypted = figures["plain"], figures["encrypted"]
    return {
        "B1_encrypted_p95_ms": encrypted["B1"],
        "B1_encryption_cost": encrypted["B1"] / plain["B1"],
        "B3_encrypted_eps": encrypted["B3"],
        "B3_encryption_cost": plain["B3"] / encrypted["B3"],
        "B5_encrypted_p95_ms": encrypted["B5"],
        "B5_encryption_cost": encrypted["B5"] / plain["B5"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="township", choices=("township", "county"))
    parser.add_argument("--db", help="an existing demo store: measure B4, B5 and B6 only")
    parser.add_argument(
        "--skip",
        default="",
        help="comma-separated: encryption (the preset built twice more), office (B11, the same at any scale)",
    )
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if skip - {"encryption", "office"}:
        parser.error(f"--skip: unknown {', '.join(sorted(skip - {'encryption', 'office'}))}")
    if args.db:
        for k, v in reads(args.db, args.scale).items():
            print(f"{k:24s} {v:12.3f}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = baseline(folder)
        store = open_store(str(folder / "bench.db"))
        t = time.perf_counter()
        stats = generate(store, args.scale)
        b2 = stats["events"] / (time.perf_counter() - t)
        prefix = "T01" if args.scale == "county" else ""
        cadres = {v: c for v, c in generator_cadres(store, prefix).items()}
        b1 = record_p95_ms(store, prefix, cadres)
        b5 = ledger_query_ms(store, prefix)
        b6 = as_of_s(store, prefix)
        b3 = rebuild_eps(store)
        t = time.perf_counter()
        result = verify(store.app.recorder, store.engine)
        b9 = result.checked / (time.perf_counter() - t)
        b8 = import_rows_per_s(store, folder, prefix, cadres)
        store.close()
        db = str(folder / "bench.db")
        b4 = cold_start_s(db)
        b7 = peak_rss_mb(db)
        b10 = follower_latency_p95_s(db, f"{prefix}V01")
        encryption = {} if "encryption" in skip else encryption_ratios(folder, args.scale)
        office = {} if "office" in skip else busy_morning(base["save_batched_eps"])
    results = {
        "B1_record_p95_ms": b1,
        "B4_cold_start_s": b4,
        "B5_ledger_query_p95_ms": b5,
        "B6_as_of_s": b6,
        "B7_peak_rss_mb": b7,
        "B8_import_rows_per_s": b8,
        "B10_follower_p95_s": b10,
        "B2_bulk_eps": b2,
        "B3_rebuild_eps": b3,
        "B9_verify_eps": b9,
        "B2_ratio": b2 / base["save_batched_eps"],
        "B3_ratio": b3 / base["read_decode_eps"],
        "B9_ratio": b9 / base["read_decode_eps"],
        **encryption,
        **office,
    }
    Path("var").mkdir(exist_ok=True)
    Path("var/bench.json").write_text(
        json.dumps({"scale": args.scale, "results": results, "baseline": base}, indent=1)
    )
    for k, v in {**base, **results}.items():
        print(f"{k:24s} {v:12.2f}")


if __name__ == "__main__":
    main()
