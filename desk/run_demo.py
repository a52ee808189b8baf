"""`make run`: open the app on the embedded default, seeding the demo township on first run."""

from __future__ import annotations

import sys

from desk.bootstrap import Settings, bootstrap
from desk.demo import DEMO_PASSWORD, generate
from projections.store import default_sqlite_path


def main() -> int:
    store = bootstrap(Settings())
    try:
        if not store.app.has_campaign():
            print(f"首次运行:正在生成演示乡镇(青山镇)到 {default_sqlite_path()} …", flush=True)
            stats = generate(store, "township")
            print(f"已生成 {stats['events']} 条事件。")
    finally:
        store.close()
    print(f"演示账号(密码均为 {DEMO_PASSWORD}):admin、xjb02(学教办管理员)、clerk01(录入员)、ducha(督查)、leader(领导)")
    from desk.gui.app import run_app

    return run_app(lang=sys.argv[1] if len(sys.argv) > 1 else "zh")


if __name__ == "__main__":
    sys.exit(main())
