"""`make run`: check that a window can open, seed the demo township on first run, open the app."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import traceback
from contextlib import suppress
from pathlib import Path

from desk.bootstrap import Settings, bootstrap, is_locked
from desk.demo import DEMO_PASSWORD, build_demo
from desk.logs import log_file, setup_logging
from desk.progress import progress_bar
from projections.store import default_sqlite_path

# Debian/Kylin/UOS package names of what Qt's window plugin loads, by the library ldd reports missing
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def missing_window_libraries() -> list[str]:
    """The shared libraries Qt's X11 window plugin needs and cannot find (Linux only)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def has_cjk_font() -> bool:
    if not sys.platform.startswith("linux") or not shutil.which("fc-list"):
        return True
    out = subprocess.run(
        ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, check=False
    ).stdout
    return bool(out.strip())


def check_desktop() -> list[str]:
    """What stops the window from opening, each as one line saying what to install or set."""
    problems = []
    missing = missing_window_libraries()
    if missing:
        packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
        problems.append(
            f"缺少 Qt 窗口所需的库 {'、'.join(missing)}:请安装 sudo apt-get install {' '.join(packages)}"
        )
    if not has_cjk_font():
        problems.append("没有中文字体,界面和 PDF 会丢失汉字:请安装 sudo apt-get install fonts-wqy-microhei")
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if (
        sys.platform.startswith("linux")
        and platform in ("", "xcb")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        problems.append("没有图形显示(DISPLAY 未设置):请在桌面会话中运行,或用 xvfb-run make run")
    return problems


def main() -> int:
    setup_logging()
    problems = check_desktop()
    if problems:
        for line in problems:
            print(f"无法打开窗口:{line}", file=sys.stderr)
        return 2
    path = default_sqlite_path()
    if not path.exists():
        print(f"首次运行:正在生成演示乡镇(青山镇)到 {path} …", flush=True)
        try:
            with progress_bar(None, "生成演示数据") as advance:
                stats = build_demo(path, "township", advance, encrypt=True)
        except Exception as exc:  # noqa: BLE001 - nothing was left half-built: said in one line, and logged
            with suppress(OSError), open(log_file(), "a", encoding="utf-8") as log:  # a home not writable
                traceback.print_exc(file=log)
            print(f"无法生成演示数据:{exc}(详情见日志 {log_file()})", file=sys.stderr)
            return 3
        print(f"已生成 {stats['events']} 条事件,用时 {stats['seconds']:.0f} 秒。")
    elif not is_locked(Settings()):  # an encrypted store catches up after the login opens it
        store = bootstrap(Settings())
        store.close()
    print(
        f"演示账号(密码均为 {DEMO_PASSWORD}):admin、xjb02(学教办管理员)、clerk01(录入员)、ducha(督查)、leader(领导)"
    )
    from desk.gui.app import run_app

    return run_app(lang=sys.argv[1] if len(sys.argv) > 1 else "zh")


if __name__ == "__main__":
    sys.exit(main())
