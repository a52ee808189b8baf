"""The `desk` command line: one clear line and a non-zero exit for bad input, never a traceback."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from desk.logs import log_file, setup_logging
from desk.progress import progress_bar
from domain.base import Actor
from domain.errors import DomainError
from projections.environment import disk_full_message
from projections.store import Store

log = logging.getLogger("desk")


def _add_db(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        help="数据库:文件路径、sqlite:///路径 或 postgresql://用户@主机/库名",
        default=None if top else argparse.SUPPRESS,
    )


class ChineseHelp(argparse.HelpFormatter):
    """argparse's own words (usage, options) in Chinese, like everything else the command says."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "用法:")

    def start_section(self, heading: str | None) -> None:
        names = {"options": "选项", "optional arguments": "选项", "positional arguments": "参数"}
        super().start_section(names.get(heading or "", heading))


class ChineseParser(argparse.ArgumentParser):
    ERRORS = (
        (re.compile(r"the following arguments are required: (.+)"), "缺少必需的参数:{0}"),
        (
            re.compile(r"argument (\S+): invalid choice: '(.*?)' \(choose from (.+)\)"),
            "参数 {0} 的值“{1}”不可用,可选:{2}",
        ),
        (re.compile(r"argument (\S+): invalid int value: '(.*)'"), "参数 {0} 应为整数,收到“{1}”"),
        (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面缺少值"),
        (re.compile(r"unrecognized arguments: (.+)"), "不认识的参数:{0}"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChineseHelp)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        for pattern, words in self.ERRORS:
            m = pattern.search(message)
            if m:
                message = words.format(*m.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"错误:{message}(desk {self.prog.split()[-1]} -h 查看帮助)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseParser(prog="desk", description="连心台帐 — 走进群众活动台帐")
    _add_db(parser, top=True)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="界面语言")
    sub = parser.add_subparsers(dest="command", title="命令", parser_class=ChineseParser)

    p = sub.add_parser("init", help="启动本年度活动")
    _add_db(p, top=False)
    p.add_argument("--year", type=int, required=True, help="活动年度,如 2026")
    p.add_argument("--township", required=True, help="乡镇名称,如 青山镇")
    p.add_argument("--admin", required=True, help="学教办管理员登录名")
    p.add_argument("--app-role", default="", help="PostgreSQL:授予只读写入权限的应用角色")
    p.add_argument("--plain", action="store_true", help="不加密(仅用于测试;默认加密,凭操作员密码打开)")

    p = sub.add_parser("import", help="从 Excel/CSV 导入")
    _add_db(p, top=False)
    p.add_argument("file", help="要导入的 .xlsx 工作簿或 .csv 文件(格式见 import-formats.md)")
    p.add_argument("--user", required=True, help="操作员登录名(密码取自 DESK_PASSWORD 或提示输入)")
    p.add_argument("--sheet", help="CSV 文件的工作表名称")
    p.add_argument("--report", help="把导入报告写成 JSON")
    p.add_argument("--again", action="store_true", help="再次导入已导入过的文件")
    p.add_argument("--rejects", help="把被拒绝的行写成工作簿(原表原列,加“规则”“原因”),改正后可再导入")

    p = sub.add_parser("export", help="导出台帐")
    _add_db(p, top=False)
    p.add_argument(
        "ledger",
        choices=(
            "roster-people",
            "roster-households",
            "roster-units",
            "audit",
            "concerns",
            "contacts",
            "visits",
            "interviews",
            "ratings",
            "articles",
            "exemplars",
            "findings",
        ),
        help="要导出的台帐",
    )
    p.add_argument("--out", required=True, help="输出文件:.xlsx 或 .csv")
    p.add_argument("--as-of", dest="as_of", help="回看:截至某时刻(YYYY-MM-DD 或 YYYY-MM-DDTHH:MM,本地时间)")
    p.add_argument("--user", required=True, help="操作员登录名(导出记入审计日志)")

    p = sub.add_parser("changes", help="两个时刻之间记录的事件")
    _add_db(p, top=False)
    p.add_argument("--since", required=True, help="起点(YYYY-MM-DD 为当天零点,或 YYYY-MM-DDTHH:MM)")
    p.add_argument("--until", required=True, help="终点(YYYY-MM-DD 为当天结束,或 YYYY-MM-DDTHH:MM)")
    _add_user(p)

    p = sub.add_parser("summary", help="活动总结")
    _add_db(p, top=False)
    p.add_argument("--as-of", dest="as_of", help="截至某时刻(YYYY-MM-DD 或 YYYY-MM-DDTHH:MM,本地时间)")
    p.add_argument("--out", required=True, help="输出文件:.docx、.pdf 或 .xlsx")
    p.add_argument("--user", required=True, help="操作员登录名(输出记入审计日志)")

    p = sub.add_parser("verify", help="核对哈希链:事件是否被改动、删除或插入")
    _add_db(p, top=False)
    p.add_argument("--head", help="核对一份输出上印的链头:数据库是否仍完整保存该输出所依据的历史")
    _add_user(p)

    p = sub.add_parser("rebuild", help="从事件重建全部台帐(哈希链除外,它是核对的依据)")
    _add_db(p, top=False)
    _add_user(p)

    p = sub.add_parser("backup", help="备份:数据库在使用中也能得到一致的副本(附哈希链头)")
    _add_db(p, top=False)
    p.add_argument("file", help="备份文件(新的 .db 文件)")
    p.add_argument("--user", required=True, help="操作员登录名(备份记入审计日志)")

    p = sub.add_parser("restore", help="从备份恢复到新的数据库(哈希链不符则拒绝),并重建全部台帐")
    _add_db(p, top=False)
    p.add_argument("file", help="desk backup 写出的备份文件")
    _add_user(p)

    p = sub.add_parser("forget", help="删除一户(或一个问题、一次走访)的个人信息:历史与统计数字不变")
    _add_db(p, top=False)
    p.add_argument(
        "code",
        help="户编号(连同该户的走访和问题),或 人员编号(连同联系记录)、不属于某户的问题编号(配合 --kind)",
    )
    p.add_argument("--kind", choices=("household", "person", "concern"), default="household", help="记录种类")
    p.add_argument("--reason", required=True, help="删除依据,如 本人申请(个人信息保护法第四十七条)")
    p.add_argument("--user", required=True, help="学教办管理员登录名")

    p = sub.add_parser("demo", help="生成演示数据")
    _add_db(p, top=False)
    p.add_argument(
        "--preset",
        choices=("township", "small", "county"),
        default="township",
        help="township:一个镇(演示);small:测试用的小镇;county:全县(基准测试)",
    )
    p.add_argument("--plain", action="store_true", help="不加密(仅用于测试和基准)")
    return parser


def _add_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        help="操作员登录名:加密的数据库凭其密码打开(也可用环境变量 DESK_USER;密码取自 DESK_PASSWORD 或提示输入)",
    )


_PASSWORDS: dict[str, str] = {}


def _password(prompt: str, user: str = "") -> str:
    """Asked once per command: the same password opens an encrypted store and logs the operator in."""
    if user in _PASSWORDS:
        return _PASSWORDS[user]
    env = os.environ.get("DESK_PASSWORD")
    if env:
        password = env
    elif not sys.stdin.isatty():
        raise DomainError("请用环境变量 DESK_PASSWORD 提供密码")
    else:
        password = getpass.getpass(prompt)
    if user:
        _PASSWORDS[user] = password
    return password


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    user = getattr(args, "user", None) or os.environ.get("DESK_USER", "")
    if not user:
        raise DomainError("数据库已加密:请用 --user(或环境变量 DESK_USER)指定操作员登录名,凭其密码打开")
    return user, _password(f"{user} 的密码:", user)


def _open(args: argparse.Namespace, *, create: bool = False, encrypt: bool = False) -> Store:
    from desk.bootstrap import Settings, bootstrap, key_ring

    settings = Settings(db=args.db, lang=args.lang)
    ring = key_ring(settings)
    credentials = _credentials(args) if ring.exists() else None
    return bootstrap(settings, create=create, credentials=credentials, encrypt=encrypt, ring=ring)


@contextmanager
def _session(args: argparse.Namespace, *, create: bool = False, encrypt: bool = False) -> Iterator[Store]:
    """The store for one command, closed however the command ends."""
    store = _open(args, create=create, encrypt=encrypt)
    try:
        yield store
    finally:
        store.close()


def _login(store: Store, user: str) -> Actor:
    from desk.bootstrap import Settings

    return store.app.login(user, _password(f"{user} 的密码:", user), Settings().workstation)


def parse_as_of(raw: str | None, *, start_of_day: bool = False, option: str = "--as-of") -> datetime | None:
    """`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, local time. A bare date means the end of that day ("as
    recorded up to that day"), or its beginning with `start_of_day` (`--since`)."""
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise DomainError(f"{option} “{raw}” 格式不对:应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM") from None
    if len(raw) == 10 and not start_of_day:
        moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
    return moment.astimezone() if moment.tzinfo is None else moment


def cmd_init(args: argparse.Namespace) -> int:
    from desk.bootstrap import Settings
    from projections.store import parse_location

    location = parse_location(args.db)
    if location.path is not None and location.path.exists():
        raise DomainError(f"{location.path} 已存在:desk init 只建立新的数据库(请另选文件名)")
    password = _password(f"管理员 {args.admin} 的新密码:", args.admin)
    from domain.operators import check_password_policy

    check_password_policy(password, args.admin)  # before anything is made on disk
    encrypt = not args.plain
    with _session(args, create=True, encrypt=encrypt) as store:
        store.app.launch_campaign(args.year, args.township, args.admin, password, Settings().workstation)
        store.projector.catch_up()
        print(f"已启动 {args.year} 年{args.township}“走进群众”活动,数据库:{store.location.display}")
        if store.location.kind == "postgresql" and args.app_role:
            print(store.grant_app_role(args.app_role))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desk.importer import Importer, ImportUnusable
    from projections.chain import head

    with _session(args) as store:
        actor = _login(store, args.user)
        try:
            with progress_bar(None, "导入", unit="行") as advance:
                importer = Importer(store.app, actor, after_row=lambda: advance(1), store=store)
                report = importer.run(Path(args.file), sheet=args.sheet, again=args.again)
        except ImportUnusable as exc:
            print(f"导入失败:{exc}", file=sys.stderr)
            return 2
        store.projector.catch_up()
        report.chain_head = head(store.engine)[1]
        if args.report:
            Path(args.report).write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=1), "utf-8")
        if args.rejects and report.rejected:
            written = importer.write_rejects(report, Path(args.rejects))
            print(f"被拒绝的 {written} 行已写入 {args.rejects}(改正后可再导入)")
        print(report.summary())
        for name, sheet in report.sheets.items():
            for r in sheet.rejected[:20]:
                print(f"  {name} 第{r['row']}行 {r['rule']} {r['message']}")
        store.app.logout(actor)
        store.projector.catch_up()
        return report.exit_status


def cmd_verify(args: argparse.Namespace) -> int:
    from desk.checkpoints import check_checkpoints
    from projections.chain import check_head, verify

    with _session(args) as store:
        broken = list(store.tampering)
        for warning in broken:
            print(f"警告:{warning}", file=sys.stderr)
        store.projector.catch_up()  # the chain brought up to date first: a new event is not "tampering"
        total = int(store.app.recorder.max_notification_id() or 0)
        with progress_bar(total, "核对哈希链") as advance:
            result = verify(store.app.recorder, store.engine, progress=advance)
        if result.later:
            print(f"另有 {result.later} 条事件在核对时刚刚记录,尚未入链:下次核对时核对")
        for name, nid, message in store.projector.faults():
            print(f"注意:台帐“{name}”停在第 {nid} 号事件({message}):修复后运行 desk rebuild", file=sys.stderr)
        if args.head:
            found = check_head(store.app.recorder, store.engine, args.head, chain_verified=result.ok)
            if found.intact and (result.ok or (result.first_bad or 0) > (found.recomputed_at or 0)):
                print(
                    f"链头 {args.head[:16]}… 对应第 {found.recomputed_at} 号事件:该输出所依据的历史仍完整保存,未被改动"
                )
            elif found.recorded_at is not None:
                print(
                    f"链头 {args.head[:16]}… 曾是第 {found.recorded_at} 号事件的链头,但按现有事件重算已不符:"
                    f"第 {result.first_bad} 号事件起被改动({result.problem})"
                )
                return 1
            else:
                print(
                    f"本数据库中找不到链头 {args.head[:16]}…:该输出不是由本数据库生成,或其所依据的历史已被改写"
                )
                return 1
        checked, disagreements = check_checkpoints(store, chain_verified=result.ok)
        for problem in disagreements:
            print(f"检查点不符:{problem}")
        if disagreements:
            return 1
        if result.ok and not broken:
            signed = f";与 {checked} 个签名检查点相符" if checked else ""
            print(f"哈希链完好:核对 {result.checked} 条事件,链头 {result.head}{signed}")
            return 0
        if result.ok:
            print(f"事件与哈希链相符({result.checked} 条),但保护触发器缺失:见上方警告")
            return 1
        print(f"哈希链不符:第 {result.first_bad} 号事件 — {result.problem}(此前 {result.checked} 条完好)")
        return 1


def cmd_rebuild(args: argparse.Namespace) -> int:
    from projections.store import StoreError

    with _session(args) as store:
        total = int(store.app.recorder.max_notification_id() or 0)
        try:
            with progress_bar(total, "重建台帐") as advance:
                count, names = store.rebuild_read_models(advance)
        except StoreError as refused:
            print(refused.message)
            return 1
        print(f"已从 {count} 条事件重建台帐:{'、'.join(names)}")
        return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desk.exports import export_ledger
    from desk.privacy import needs_mask

    with _session(args) as store:
        actor = _login(store, args.user)
        moment = parse_as_of(args.as_of)
        out = Path(args.out)
        count, chain_head = export_ledger(store, args.ledger, out, moment, masked=needs_mask(actor.role))
        store.app.record_export(actor, args.ledger, out.name, args.as_of or "", chain_head)
        store.app.logout(actor)
        store.projector.catch_up()
        print(f"已导出 {count} 行到 {out}(链头 {chain_head[:16]})")
        return 0


def cmd_summary(args: argparse.Namespace) -> int:
    """活动总结 as recorded up to `--as-of` (default: now), judged on that day."""
    from desk.checkpoints import sign_checkpoint
    from desk.reports import write_summary
    from projections.audit import AuditQuery
    from projections.summary import SummaryQuery

    with _session(args) as store:
        actor = _login(store, args.user)
        moment = parse_as_of(args.as_of)
        up_to = AuditQuery(store.engine).notification_at(moment) if moment else None
        day = moment.date() if moment else store.app.clock.today()
        summary = SummaryQuery(store.engine).summary(day, up_to)
        out = Path(args.out)
        write_summary(summary, moment, out)
        store.app.record_export(actor, "活动总结", out.name, args.as_of or "", summary.chain_head)
        store.app.logout(actor)
        store.projector.catch_up()
        sign_checkpoint(store, "活动总结")
        print(f"活动总结已写入 {out}(截至第 {summary.up_to} 号事件,链头 {summary.chain_head[:16]})")
        return 0


def cmd_changes(args: argparse.Namespace) -> int:
    """What changed between two moments: every event recorded in between, in order, as a sentence."""
    from projections.audit import AuditFilter, AuditQuery

    with _session(args) as store:
        since = parse_as_of(args.since, start_of_day=True, option="--since")
        until = parse_as_of(args.until, option="--until")
        if since and until and since >= until:
            raise DomainError(f"--since {args.since} 不早于 --until {args.until}:起点须早于终点")
        query = AuditQuery(store.engine)
        ids = query.ids(AuditFilter(since=since, until=until), newest_first=False)
        rows = query.rows(ids)
        for i in ids:
            r = rows[i]
            print(
                f"{r.notification_id}\t{r.recorded_at.astimezone():%Y-%m-%d %H:%M:%S}\t{r.operator}\t{r.summary}"
            )
        print(f"共 {len(ids)} 条事件", file=sys.stderr)
        return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desk.demo import DEMO_PASSWORD, build_demo, generate
    from projections.store import parse_location

    location = parse_location(args.db)
    if location.path is not None and location.path.exists() or location.kind == "postgresql":
        with _session(args) as store:
            if store.app.has_campaign():
                print("该数据库已有活动数据:演示数据只生成到空数据库(请用 --db 指定新文件)", file=sys.stderr)
                return 2
            if location.kind == "postgresql":
                with progress_bar(None, "生成演示数据") as advance:
                    stats = generate(store, args.preset, advance)
    if location.path is not None:
        with progress_bar(None, "生成演示数据") as advance:
            stats = build_demo(location.path, args.preset, advance, encrypt=not args.plain)
    print(f"演示数据({args.preset}):{stats['events']} 条事件,用时 {stats['seconds']:.1f} 秒")
    print(f"演示账号(密码均为 {DEMO_PASSWORD}):" + "、".join(stats["operators"]))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    import shutil

    from desk.backup import backup
    from desk.checkpoints import checkpoints_path, sign_checkpoint

    with _session(args) as store:
        actor = _login(store, args.user)
        out = Path(args.file)
        with progress_bar(None, "备份") as advance:
            result = backup(store, out, advance)
        signed = checkpoints_path(store)
        if signed.exists():  # the backup carries the office's signed heads, those it holds the events of
            shutil.copyfile(signed, out.with_name(out.name + ".checkpoints.jsonl"))
        store.app.record_export(actor, "备份", out.name, "", result.chain_head)
        store.app.logout(actor)
        store.projector.catch_up()
        sign_checkpoint(store, "备份")
    print(f"已备份 {result.events} 条事件到 {out}(截至第 {result.head_id} 号事件,链头 {result.chain_head})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desk.backup import restore
    from projections.keys import KeyRing, keys_path

    ring = KeyRing(keys_path(Path(args.file)))
    store_key = ring.unlock(*_credentials(args)) if ring.exists() else None
    with progress_bar(None, "恢复") as advance:
        result = restore(Path(args.file), args.db, advance, store_key)
    print(f"已恢复 {result.events} 条事件并重建台帐(链头 {result.chain_head},与备份一致)")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    """删除个人信息: the record's (and a household's visits' and concerns') keys destroyed, as an audited
    event; the read models rebuilt so that no view, export or summary shows the data any more."""
    from desk.erasure import forget

    with _session(args) as store:
        actor = _login(store, args.user)
        total = int(store.app.recorder.max_notification_id() or 0)
        with progress_bar(total, "删除个人信息并重建台帐") as advance:
            records = forget(store, actor, args.kind, args.code, args.reason, advance)
        store.app.logout(actor)
        store.projector.catch_up()
    print(f"已删除 {args.code} 的个人信息(涉及 {records} 条记录):历史与哈希链不变,统计数字不变")
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    from desk.gui.app import run_app

    return run_app(db=args.db, lang=args.lang)


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "verify": cmd_verify,
    "rebuild": cmd_rebuild,
    "export": cmd_export,
    "summary": cmd_summary,
    "changes": cmd_changes,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "forget": cmd_forget,
    None: cmd_app,
}


def main(argv: list[str] | None = None) -> int:
    setup_logging()
    args = build_parser().parse_args(argv)
    _PASSWORDS.clear()  # asked once per command, never kept from one command to the next
    try:
        return COMMANDS[args.command](args)
    except DomainError as exc:
        print(f"错误:{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        full = disk_full_message(exc)
        if full is not None:  # the machine's trouble, not the records': one line, what to do
            print(f"错误:{full}", file=sys.stderr)
            return 2
        log.exception("unexpected error")
        print(f"内部错误:{exc.__class__.__name__}: {exc}(详情见日志 {log_file()})", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
