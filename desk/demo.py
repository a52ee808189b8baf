"""Deterministic demo presets: the same preset gives the same events (seeded), for `make run` and benchmarks."""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable
from contextlib import nullcontext, suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from eventsourcing.domain import Aggregate

from domain.base import Actor
from domain.campaign import Campaign
from domain.clock import FixedClock
from domain.errors import AuthenticationFailed
from domain.operators import Operator
from domain.roster import VILLAGE_KINDS, Household, Person, Unit
from domain.visits import Visit
from projections.follower import FollowerFailed, projecting_aside
from projections.keys import KeyRing, keys_path, new_store_key
from projections.store import Store, open_store, settle_sqlite_file

log = logging.getLogger("desk")

DEMO_PASSWORD = "lianxin2026"
#: one township's presets: villages and households per village ("small" is the tests' own township)
SIZES = {"township": (30, 300), "small": (12, 25)}
PRESETS = (*SIZES, "county")
YEAR = 2026
#: the demo's last day of return visits (visiting goes on as a standing system after 10 November)
RETURNS_UNTIL = date(YEAR, 11, 28)
#: contacts recorded per pairing, and how often each count occurs (the tests' small township: fewer)
CONTACTS_PER_PAIRING = ([3, 4, 5, 6], [20, 35, 30, 15])
CONTACTS_LIGHT = ([1, 2, 3], [20, 35, 30])
RETURN_SITUATIONS = [
    "回访:上次反映的事项已落实",
    "回访:家中情况无变化",
    "回访:老人身体状况稳定",
    "回访:已享受相关政策",
    "回访:庄稼长势良好",
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰文辉志强海燕春梅红梅德明国庆金花小红永福"
VILLAGE_NAMES = [
    "青山",
    "石桥",
    "柳塘",
    "杨家",
    "花园",
    "新河",
    "龙泉",
    "桃源",
    "黄土",
    "双溪",
    "太平",
    "枫林",
    "白沙",
    "金竹",
    "梅岭",
    "荷叶",
    "松树",
    "红旗",
    "长岭",
    "沙坪",
    "高桥",
    "马鞍",
    "水口",
    "五星",
    "三合",
    "东风",
    "向阳",
    "和平",
    "前进",
    "建设",
]
TOWNSHIP_NAMES = [
    "青山镇",
    "石门镇",
    "白沙镇",
    "龙潭镇",
    "高桥镇",
    "新市镇",
    "太平镇",
    "金华镇",
    "花桥镇",
    "永兴镇",
    "长乐镇",
    "三江镇",
    "马场镇",
    "双河镇",
    "枫木镇",
    "黄田镇",
    "柳溪镇",
    "大塘镇",
    "清水镇",
    "东山镇",
]


@dataclass(frozen=True)
class Registered:
    """What the demo remembers of each person it registered, to give them realistic duties."""

    code: str
    unit: str
    branch: str
    identities: tuple[str, ...]
    party: bool
    hardship: bool
    assigned: str


class Generator:
    def __init__(
        self,
        store: Store,
        seed: int = 2026,
        progress: Callable[[int], None] | None = None,
        *,
        light: bool = False,
    ) -> None:
        self.store = store
        #: the tests' small township: fewer ballots, contacts and return visits (the same kinds of event)
        self.light = light
        self.progress = progress
        self.app = store.app
        self.rng = random.Random(seed)
        self.clock = FixedClock(datetime(YEAR, 10, 15, 8, 30))
        self.app.clock = self.clock
        self.app.building_alone(True)  # the file being built is the generator's alone
        self.app.on_stored = progress
        store.keys.sole_writer = True
        self.admin = Actor("admin", "学教办管理员", "XJB-PC01")
        self.pending: list[Aggregate] = []
        self.timeline: list[tuple[datetime, int, Any]] = []
        self.registry: list[Registered] = []
        self.tagged: set[str] = set()
        self.bulk_visits: list[tuple[datetime, str, str, date, list[str], dict[str, str]]] = []
        self.unit_kinds: dict[str, str] = {}
        self.village_cadres: dict[str, list[str]] = {}
        self.assigned_cadre: dict[str, tuple[str, str]] = {}  # village -> (cadre, their section)
        self.village_count, self.households = 30, 300

    def stamp(self, actor: Actor | None = None, done_by: str | None = None) -> dict[str, Any]:
        self.clock.advance(seconds=self.rng.uniform(0.5, 3.0))
        return (actor or self.admin).stamp(self.clock.now(), done_by)

    def add(self, aggregate: Aggregate) -> None:
        self.pending.append(aggregate)
        if len(self.pending) >= 1000:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.app.save(*self.pending)  # stored with the next thousand events (progress told then)
            self.pending = []

    def name(self) -> str:
        given = self.rng.choice(GIVEN) + (self.rng.choice(GIVEN) if self.rng.random() < 0.6 else "")
        return self.rng.choice(SURNAMES) + given

    def phone(self) -> str:
        return f"1{self.rng.choice('3578')}{self.rng.randrange(10**9):09d}"

    # --- the roster of one township --------------------------------------------------------------

    def township(
        self, prefix: str, township_name: str, villages: int = 30, households_per_village: int = 300
    ) -> None:
        rng = self.rng
        self.village_count, self.households = villages, households_per_village
        gov = f"{prefix}U001"
        self.unit(gov, f"{township_name}党委政府", "镇党委政府", "")
        self.unit(f"{prefix}U002", f"{township_name}学教办", "学教办", gov)
        branches = [f"{prefix}B01", f"{prefix}B02"]
        self.unit(branches[0], "机关第一支部", "机关支部", gov)
        self.unit(branches[1], "机关第二支部", "机关支部", gov)
        sections = [
            (f"{prefix}K01", "党政办", "科室"),
            (f"{prefix}K02", "经济发展办", "科室"),
            (f"{prefix}K03", "社会事务办", "科室"),
            (f"{prefix}Z01", "农技站", "站所"),
            (f"{prefix}Z02", "财政所", "站所"),
        ]
        for code, nm, kind in sections:
            self.unit(code, nm, kind, gov)
        institutions = [
            (f"{prefix}S01", "中心小学", "学校"),
            (f"{prefix}S02", "初级中学", "学校"),
            (f"{prefix}H01", "卫生院", "医院"),
            (f"{prefix}D01", "派出所", "双管单位"),
            (f"{prefix}D02", "工商所", "双管单位"),
            (f"{prefix}E01", "青山农产品有限公司", "两新企业"),
            (f"{prefix}E02", "石桥建材厂", "两新企业"),
            (f"{prefix}O01", "老年协会", "两新社会组织"),
        ]
        for code, nm, kind in institutions:
            self.unit(code, nm, kind, gov)
        village_codes = []
        for i in range(villages):
            kind = "村" if i < villages - 6 else ("街" if i < villages - 3 else "居")
            base = VILLAGE_NAMES[i % len(VILLAGE_NAMES)] + ("" if i < len(VILLAGE_NAMES) else str(i))
            label = {"村": "村", "街": "街", "居": "社区"}[kind]
            code = f"{prefix}V{i + 1:02d}"
            self.unit(code, base + label, kind, gov)
            village_codes.append(code)
        self.flush()
        n = 0

        def person_code() -> str:
            nonlocal n
            n += 1
            return f"{prefix}P{n:05d}"

        # Organ: leaders, middle-level cadres, assigned cadres, section civil servants, other members.
        for i in range(8):
            self.person(person_code(), gov, branches[i % 2], ["党政负责人"], party=True)
        for i in range(10):
            unit = sections[i % len(sections)][0]
            self.person(person_code(), unit, branches[i % 2], ["机关中层干部"], party=True)
        for i, village in enumerate(village_codes):
            unit = sections[i % len(sections)][0]
            cadre = person_code()
            self.assigned_cadre[village] = (cadre, unit)
            self.person(cadre, unit, branches[i % 2], ["分工村街居干部"], party=True, assigned=village)
        for i in range(20):
            unit, _nm, kind = sections[i % len(sections)]
            identity = "科室公务员" if kind == "科室" else "站所公务员"
            assigned = village_codes[(i * 7) % len(village_codes)] if i % 2 == 0 else ""
            self.person(
                person_code(), unit, branches[i % 2], [identity], party=rng.random() < 0.7, assigned=assigned
            )
        for i in range(40):
            self.person(person_code(), sections[i % len(sections)][0], branches[i % 2], [], party=True)
        # Institutions: a secretary, party members, workers.
        for code, _nm, _kind in institutions:
            self.person(person_code(), code, "", ["党组织书记"], party=True)
            for _ in range(25):
                self.person(person_code(), code, "", ["职工"], party=True)
            for _ in range(120):
                self.person(person_code(), code, "", ["职工"], party=False)
        self.flush()
        # Villages: households with tags; cadres, party members, residents.
        self.clock.set(datetime(YEAR, 10, 16, 8, 30))
        for v, village in enumerate(village_codes):
            heads = []
            for h in range(households_per_village):
                hcode = f"{village}H{h + 1:04d}"
                tags = [
                    t
                    for t, p in (
                        ("特困户", 0.05),
                        ("老党员", 0.03),
                        ("留守儿童", 0.04),
                        ("空巢老人", 0.05),
                        ("种养大户", 0.02),
                        ("上访户", 0.01),
                    )
                    if rng.random() < p
                ]
                group = f"{rng.randint(1, 8)}组"
                self.add(
                    Household.register(
                        hcode,
                        {
                            "head_name": self.name(),
                            "village_code": village,
                            "group": group,
                            "address": f"{VILLAGE_NAMES[v % len(VILLAGE_NAMES)]}{group}{rng.randint(1, 99)}号",
                            "size": rng.randint(1, 7),
                            "phone": self.phone(),
                        },
                        tags,
                        date(YEAR, 10, 20),
                        self.stamp(),
                    )
                )
                heads.append(hcode)
                if tags:
                    self.tagged.add(hcode)
            self.flush()
            for i in range(5):
                identities = ["村街居干部"] + (["党组织书记"] if i == 0 else [])
                cadre = person_code()
                self.village_cadres.setdefault(village, []).append(cadre)
                self.person(cadre, village, "", identities, party=True, household=rng.choice(heads))
            for i in range(30):
                self.person(
                    person_code(),
                    village,
                    "",
                    [],
                    party=True,
                    hardship=i < 5,
                    old=5 <= i < 9,
                    household=rng.choice(heads),
                )
            for _ in range(320):
                self.person(person_code(), village, "", ["群众"], party=False, household=rng.choice(heads))
            self.flush()

    def unit(self, code: str, name: str, kind: str, parent: str) -> None:
        self.unit_kinds[code] = kind
        self.add(Unit.register(code, name, kind, parent, self.stamp()))

    def person(
        self,
        code: str,
        unit: str,
        branch: str,
        identities: list[str],
        *,
        party: bool,
        assigned: str = "",
        hardship: bool = False,
        old: bool = False,
        household: str = "",
    ) -> None:
        fields = {
            "name": self.name(),
            "gender": self.rng.choice("男女"),
            "unit_code": unit,
            "branch_code": branch,
            "identities": identities,
            "party_member": party,
            "hardship_member": hardship,
            "old_member": old,
            "assigned_village": assigned,
            "household_code": household,
            "phone": self.phone(),
        }
        self.add(Person.register(code, fields, self.stamp()))
        self.registry.append(Registered(code, unit, branch, tuple(identities), party, hardship, assigned))

    # --- life during the campaign, through the use cases -----------------------------------------

    def campaign_life(self, prefix: str) -> None:
        """Tag changes, corrections, logins and a late entry, through the same use cases as the UI."""
        app, rng = self.app, self.rng
        clerk = Actor("clerk01", "录入员", "V01-PC", (f"{prefix}V01",))
        day = date(YEAR, 10, 21)

        def retag(code: str, category: str, day: date) -> None:
            household = app.household(code)
            if household is None:
                return
            if category in household.current_tags():
                app.roster.tag_household(self.admin, code, category, day, "情况好转,经村委会评议", add=False)
            else:
                app.roster.tag_household(self.admin, code, category, day, "入户核实新增")

        def session(person_code: str, day: date, phone: str) -> None:
            app.login("clerk01", DEMO_PASSWORD, "V01-PC")
            self.clock.advance(minutes=1)
            person = app.person(person_code, peek=True)
            if person is not None and person.unit_code == f"{prefix}V01":
                app.roster.change_person(clerk, person_code, {"phone": phone}, day)
            app.logout(clerk)

        while day <= date(YEAR, 11, 10):
            moment = datetime(day.year, day.month, day.day, 9, 0) + timedelta(minutes=rng.randint(0, 300))
            for i in range(2):
                code = (
                    f"{prefix}V{rng.randint(1, self.village_count):02d}H{rng.randint(1, self.households):04d}"
                )
                category = rng.choice(["上访户", "特困户", "空巢老人"])
                self.later(moment + timedelta(minutes=i), lambda c=code, k=category, d=day: retag(c, k, d))
            if day.weekday() < 5:
                code, phone = f"{prefix}P{rng.randint(200, 1200):05d}", self.phone()
                self.later(moment + timedelta(minutes=30), lambda c=code, d=day, p=phone: session(c, d, p))
            day += timedelta(days=1)

        def wrap_up() -> None:
            """A correction, a retirement, a back-filled tag, a failed login."""
            app.correct_record(self.admin, "person", f"{prefix}P00001", {"name": "王建国"}, "录入时姓名错字")
            app.roster.retire_person(self.admin, f"{prefix}P00100", date(YEAR, 11, 5), "调离本镇")
            late = app.household(f"{prefix}V03H0007")
            if late is not None and "上访户" not in late.current_tags():
                app.roster.tag_household(
                    self.admin, late.code, "上访户", date(YEAR, 10, 25), "补录:10月走访时已核实"
                )
            with suppress(AuthenticationFailed):  # the failure itself is what we want recorded
                app.login("clerk01", "wrong-password", "V01-PC")

        self.later(datetime(YEAR, 11, 12, 10, 0), wrap_up)

    def later(self, moment: datetime, step: Any) -> None:
        """A step of campaign life at its moment; `run_timeline` plays them all in time order."""
        self.timeline.append((moment, len(self.timeline), step))

    def run_timeline(self) -> None:
        """Recorded-at times then rise with the notification ids, as in a real office."""
        for moment, _n, step in sorted(self.timeline, key=lambda s: (s[0], s[1])):
            self.clock.set(moment)
            step()
        self.timeline = []

    # --- concerns raised by the masses, followed to the return visit -----------------------------

    def concerns(self, prefix: str, per_village: int = 8) -> int:
        """Concerns through the use cases, each step at its own moment: most resolved and satisfied,
        some overdue, some reopened after 不满意, a few escalated or duplicate, a few back-filled."""
        rng, app = self.rng, self.app
        office = Actor(
            "xjb02", "学教办管理员", "XJB-PC02"
        )  # takes the return visits: nobody rates their own work
        villages = sorted(v for v in self.village_cadres if v.startswith(prefix))
        n = 0
        last_in_village: dict[str, tuple[str, date]] = {}
        contents = [
            ("基础设施", "村道破损,雨天积水难行"),
            ("基础设施", "路灯不亮,夜间出行不便"),
            ("民生保障", "申请低保,询问办理进度"),
            ("民生保障", "老人医保报销手续不清楚"),
            ("产业发展", "希望提供种植技术指导"),
            ("产业发展", "农产品销路不畅"),
            ("矛盾纠纷", "宅基地边界与邻居有争议"),
            ("环境卫生", "垃圾清运不及时"),
            ("政策咨询", "咨询危房改造补助政策"),
            ("民生保障", "饮水管道老化,水压不足"),
        ]

        def at(day: date, hour: int = 9) -> datetime:
            return datetime(day.year, day.month, day.day, hour) + timedelta(minutes=rng.randint(0, 420))

        previous = [datetime.min]

        def step(moment: datetime, action: Any) -> None:
            """A concern's steps are entered in order, even when its registration was back-filled."""
            moment = max(moment, previous[0] + timedelta(minutes=rng.randint(5, 90)))
            previous[0] = moment
            self.later(moment, action)

        for village in villages:
            cadres = self.village_cadres[village]
            handler, section = self.assigned_cadre.get(village, (cadres[0], village))
            for _ in range(per_village):
                n += 1
                code = f"{prefix}Q{YEAR}{n:04d}"
                previous[0] = datetime.min
                raised = date(YEAR, 10, 20) + timedelta(days=rng.randint(1, 20))
                source = rng.choice(["来访", "来访", "座谈会", "茶话会", "征求意见表"])
                category, content = rng.choice(contents)
                household = f"{village}H{rng.randint(1, self.households):04d}"
                fields = {
                    "source": source,
                    "source_ref": village if source != "来访" else "",
                    "resident": self.name(),
                    "household_code": household,
                    "village_code": village,
                    "category": category,
                    "content": content,
                    "phone": self.phone(),
                }
                entered = at(raised + timedelta(days=10), 15) if rng.random() < 0.04 else at(raised)
                step(
                    entered,
                    lambda c=code, d=raised, f=fields: app.concerns.raise_concern(
                        self.admin, c, d, f, again=True
                    ),
                )
                fate = rng.random()
                if fate < 0.02 and village in last_in_village and last_in_village[village][1] < raised:
                    original = last_in_village[village][0]
                    step(
                        at(raised, 16),
                        lambda c=code, d=raised, o=original: self._mark_duplicate_if_there(c, d, o),
                    )
                    continue
                last_in_village[village] = (code, raised)
                if fate < 0.05:
                    continue  # raised, not yet assigned
                assigned = raised + timedelta(days=rng.randint(0, 2))
                due = assigned + timedelta(days=rng.randint(5, 15))
                step(
                    at(assigned, 10),
                    lambda c=code, d=assigned, u=section, p=handler, due=due: app.concerns.assign_concern(
                        self.admin, c, d, unit_code=u, person_code=p, due_on=due
                    ),
                )
                if fate < 0.08:
                    step(
                        at(assigned + timedelta(days=2)),
                        lambda c=code, d=assigned + timedelta(days=2): app.concerns.escalate_concern(
                            self.admin, c, d, "涉及跨镇水利设施,超出本镇权限,已报县水利局"
                        ),
                    )
                    continue
                if fate < 0.13:
                    step(
                        at(assigned + timedelta(days=3)),
                        lambda c=code, d=assigned + timedelta(days=3): app.concerns.note_concern_progress(
                            self.admin, c, d, "已现场查看,正在协调"
                        ),
                    )
                    continue  # still being handled: overdue once its date passes
                resolved = assigned + timedelta(days=rng.randint(1, 10))
                if resolved > date(YEAR, 11, 12):
                    continue
                step(
                    at(resolved, 11),
                    lambda c=code, d=resolved, p=handler: app.concerns.resolve_concern(
                        self.admin, c, d, p, "已协调相关部门办理完毕"
                    ),
                )
                visit = resolved + timedelta(days=rng.randint(1, 4))
                if visit > date(YEAR, 11, 12):
                    continue  # awaiting the return visit
                visitor = rng.choice(cadres)
                word = rng.choices(["满意", "基本满意", "不满意", "无法回访"], [70, 18, 8, 4])[0]
                note = (
                    "外出务工,电话无法接通"
                    if word == "无法回访"
                    else ("问题反复,仍未解决" if word == "不满意" else "")
                )
                step(
                    at(visit, 14),
                    lambda c=code, d=visit, v=visitor, w=word, t=note: app.concerns.record_concern_feedback(
                        office, c, d, v, w, t
                    ),
                )
                if word == "不满意":
                    again = visit + timedelta(days=rng.randint(2, 5))
                    if again > date(YEAR, 11, 12):
                        continue
                    step(
                        at(again, 11),
                        lambda c=code, d=again, p=handler: app.concerns.resolve_concern(
                            self.admin, c, d, p, "重新办理,已彻底解决"
                        ),
                    )
                    visit = again + timedelta(days=1)
                    if visit > date(YEAR, 11, 12):
                        continue
                    step(
                        at(visit, 14),
                        lambda c=code, d=visit, v=visitor: app.concerns.record_concern_feedback(
                            office, c, d, v, "满意", ""
                        ),
                    )
                if rng.random() < 0.85 and visit + timedelta(days=1) <= date(YEAR, 11, 12):
                    step(
                        at(visit + timedelta(days=1), 16),
                        lambda c=code, d=visit + timedelta(days=1): app.concerns.close_concern(
                            self.admin, c, d
                        ),
                    )
        return n

    # --- contact activity: pairings reported to 学教办, contacts, talks --------------------------

    def contacts(self, prefix: str) -> int:
        """Every cadre and party member paired as §4.1 and §4.5 say, most reported by 10-30, some late or
        not at all; most contacted, a realistic share behind quota; a few problems raised as concerns."""
        rng, app = self.rng, self.app
        mine = [r for r in self.registry if r.code.startswith(f"{prefix}P")]
        kind_of = self.unit_kinds
        office = next(c for c, k in kind_of.items() if k == "学教办" and c.startswith(prefix))
        enterprises = [c for c, k in kind_of.items() if k == "两新企业" and c.startswith(prefix)]
        villages = sorted(c for c, k in kind_of.items() if k in VILLAGE_KINDS and c.startswith(prefix))
        residents: dict[str, list[str]] = {v: [] for v in villages}
        hardship: dict[str, list[str]] = {v: [] for v in villages}
        members: dict[str, list[str]] = {}
        workers: dict[str, list[str]] = {}
        for r in mine:
            if r.unit in residents and not r.party:
                residents[r.unit].append(r.code)
            if r.unit in hardship and r.hardship:
                hardship[r.unit].append(r.code)
            if r.party:
                members.setdefault(r.unit, []).append(r.code)
            if "职工" in r.identities and not r.party:
                workers.setdefault(r.unit, []).append(r.code)
        plan: list[tuple[str, str, str, str]] = []  # cadre, kind, target, arranging unit
        leaders = [r for r in mine if "党政负责人" in r.identities]
        for i, r in enumerate(leaders):
            plan.append((r.code, "村居", villages[(i * 3) % len(villages)], office))
            plan.append((r.code, "企业", enterprises[i % len(enterprises)], office))
            for target in rng.sample(members[villages[(i * 3) % len(villages)]], 2):
                plan.append((r.code, "党员", target, office))
        for r in mine:
            kind = self.unit_kinds.get(r.unit, "")
            if "党政负责人" in r.identities:
                continue
            if r.assigned and ({"分工村街居干部", "科室公务员", "站所公务员"} & set(r.identities)):
                for target in rng.sample(hardship[r.assigned], 3):
                    plan.append((r.code, "困难党员", target, r.assigned))
            elif (
                kind in ("学校", "医院", "双管单位", "两新企业", "两新社会组织")
                and "党组织书记" in r.identities
            ):
                for target in rng.sample([m for m in members[r.unit] if m != r.code], 3):
                    plan.append((r.code, "本单位党员", target, r.unit))
            elif not r.party:
                continue
            elif kind in ("学校", "医院", "双管单位", "两新企业", "两新社会组织"):
                for target in rng.sample(workers[r.unit], 3):
                    plan.append((r.code, "职工群众", target, r.unit))
            elif kind in ("镇党委政府", "学教办", "科室", "站所"):
                village = rng.choice(villages)
                for target in rng.sample(residents[village], 3):
                    plan.append((r.code, "群众", target, r.branch))
            elif kind in VILLAGE_KINDS:
                for target in rng.sample(residents[r.unit], 3):
                    plan.append((r.code, "群众", target, r.unit))
        numbers: dict[str, int] = {}
        by_unit: dict[str, list[tuple[str, int]]] = {}
        shy = {c for c in sorted({p[0] for p in plan}) if rng.random() < 0.06}  # never get round to it

        def pair(cadre: str, kind: str, target: str, unit: str, on: date) -> None:
            app.contacts.pair(self.admin, cadre, kind, target, unit, on)
            numbers[cadre] = numbers.get(cadre, 0) + 1
            by_unit.setdefault(unit, []).append((cadre, numbers[cadre]))

        def report(unit: str, on: date) -> None:
            if by_unit.get(unit):
                app.contacts.report_pairings(self.admin, unit, on, by_unit.pop(unit))

        def contact(cadre: str, target: str, on: date, problem: str) -> None:
            if self._retired(cadre):
                return  # left the township before this contact was entered
            app.contacts.record_contact(
                self.admin,
                cadre,
                target,
                on,
                rng.choice(["上门", "上门", "电话", "座谈"]),
                rng.choice(
                    [
                        "了解家庭生产生活情况",
                        "宣传惠民政策",
                        "征求对村务的意见",
                        "了解子女就学情况",
                        "节前走访慰问",
                    ]
                ),
                problem=problem,
                again=True,  # the demo's cadres do call on someone twice a day now and then, deliberately
            )

        for cadre, kind, target, unit in plan:
            on = date(YEAR, 10, 20) + timedelta(days=rng.randint(0, 7))
            self.later(
                datetime(on.year, on.month, on.day, 8) + timedelta(minutes=rng.randint(0, 500)),
                lambda c=cadre, k=kind, t=target, u=unit, d=on: pair(c, k, t, u, d),
            )
            if cadre in shy or rng.random() < 0.04:
                continue
            for _ in range(rng.choices(*CONTACTS_LIGHT if self.light else CONTACTS_PER_PAIRING)[0]):
                day = on + timedelta(days=rng.randint(2, 20))
                if day > date(YEAR, 11, 10):
                    continue
                problem = (
                    rng.choice(["村道路灯损坏", "自来水压力不足", "希望组织技能培训", "低保评定有疑问"])
                    if rng.random() < 0.03 and kind in ("群众", "困难党员", "村居")
                    else ""
                )
                late = timedelta(days=rng.randint(9, 14)) if rng.random() < 0.05 else timedelta()
                self.later(
                    datetime(day.year, day.month, day.day, 15)
                    + late
                    + timedelta(minutes=rng.randint(0, 200)),
                    lambda c=cadre, t=target, d=day, pb=problem: contact(c, t, d, pb),
                )
        for cadre in sorted({p[0] for p in plan if p[1] == "困难党员"} - shy):
            if rng.random() < 0.8:
                day = date(YEAR, 10, 28) + timedelta(days=rng.randint(0, 12))
                target = next(p[2] for p in plan if p[0] == cadre)
                self.later(
                    datetime(day.year, day.month, day.day, 16),
                    lambda c=cadre, t=target, d=day: app.contacts.record_talk(
                        self.admin, c, t, d, "谈思想、谈困难、谈打算"
                    ),
                )
        for unit in sorted({p[3] for p in plan}):
            fate = rng.random()
            if fate < 0.05:
                continue  # never reported
            on = date(YEAR, 10, 28) + timedelta(days=rng.randint(0, 2) if fate < 0.85 else rng.randint(3, 6))
            self.later(datetime(on.year, on.month, on.day, 17), lambda u=unit, d=on: report(u, d))
        return len(plan)

    # --- household visits --------------------------------------------------------------------------

    def visits(self, prefix: str, households_per_village: int = 300, *, bulk: bool = False) -> int:
        """Most households visited by their village's cadres (with the assigned organ cadre now and then),
        the must-visit groups nearly complete, the last few villages behind, some visits back-filled late,
        a few after the window (standing work), a few problems raised."""
        rng, app = self.rng, self.app
        villages = sorted(v for v in self.village_cadres if v.startswith(prefix))
        planned = 0
        first: date | None = None  # the household's (last) first-round visit
        for index, village in enumerate(villages):
            cadres = self.village_cadres[village]
            assigned = self.assigned_cadre.get(village, ("", ""))[0]
            behind = index >= len(villages) - 3
            for h in range(households_per_village):
                code = f"{village}H{h + 1:04d}"
                share = 0.98 if code in self.tagged else (0.62 if behind else 0.93)
                if rng.random() >= share:
                    continue
                for _ in range(2 if rng.random() < 0.03 else 1):
                    on = date(YEAR, 10, 21) + timedelta(days=rng.randint(0, 19))
                    if rng.random() < 0.01:
                        on = date(YEAR, 11, 11) + timedelta(days=rng.randint(0, 1))  # standing work
                    visitors = rng.sample(cadres, rng.choice([1, 2, 2, 3]))
                    if assigned and rng.random() < 0.2:
                        visitors.append(assigned)
                    details = {
                        "situation": rng.choice(
                            [
                                "务农为主,家庭和睦",
                                "子女外出务工,老人留守",
                                "种养殖户,收入稳定",
                                "因病致贫,需持续关注",
                                "孤寡老人,独居",
                                "新建住房,生活改善",
                            ]
                        ),
                        "policies": rng.choice(
                            ["医保缴费", "养老保险", "惠农补贴", "防汛安全", "低保政策", ""]
                        ),
                        "help": rng.choice(["", "", "送去慰问品", "协助办理医保", "联系技术指导"]),
                    }
                    problems = (
                        [
                            rng.choice(
                                ["房屋漏雨需维修", "饮水不畅", "道路坑洼", "申请危房改造", "子女入学咨询"]
                            )
                        ]
                        if rng.random() < 0.03
                        else []
                    )
                    late = timedelta(days=rng.randint(9, 15)) if rng.random() < 0.03 else timedelta()
                    moment = (
                        datetime(on.year, on.month, on.day, 9) + late + timedelta(minutes=rng.randint(0, 540))
                    )
                    if bulk:  # the county's other townships: valid by construction, stored in batches
                        self.bulk_visits.append((moment, code, village, on, visitors, details))
                    else:
                        self.later(
                            moment,
                            lambda c=code, d=on, v=visitors, x=details, p=problems: app.visits.record_visit(
                                self.admin, c, d, v, x, p, again=True
                            ),
                        )
                    planned += 1
                    first = on if first is None else max(first, on)
                if first is not None and first < RETURNS_UNTIL:
                    planned += self._return_visits(code, village, first, cadres)
                first = None
        return planned

    def _return_visits(self, household: str, village: str, first: date, cadres: list[str]) -> int:
        """Visiting as a standing system (§4.2): after its first visit a household is called on again
        every few days until the demo's last day, a must-visit household more often; stored in batches
        (`schedule_bulk_visits`)."""
        rng = self.rng
        tagged = household in self.tagged
        day, count = first, 0
        while True:
            gap = (6, 10) if self.light else (2, 4) if tagged else (3, 6)
            day += timedelta(days=rng.randint(*gap))
            if day > RETURNS_UNTIL:
                return count
            moment = datetime(day.year, day.month, day.day, 9) + timedelta(minutes=rng.randint(0, 540))
            details = {
                "situation": rng.choice(RETURN_SITUATIONS),
                "policies": rng.choice(["医保缴费", "养老保险", "惠农补贴", "防汛安全", ""]),
                "help": rng.choice(["", "", "", "送去慰问品", "帮助联系就医"]),
            }
            visitors = rng.sample(cadres, rng.choice([1, 1, 2]))
            self.bulk_visits.append((moment, household, village, day, visitors, details))
            count += 1

    def schedule_bulk_visits(self) -> None:
        """The bulk path of the county preset: each day's visits of the other townships stored in batches
        of 1,000 at the end of that day, so that recorded-at still rises with the notification ids."""
        by_day: dict[date, list[tuple[datetime, str, str, date, list[str], dict[str, str]]]] = {}
        for visit in self.bulk_visits:
            by_day.setdefault(visit[0].date(), []).append(visit)
        seen: dict[str, int] = {}

        def store(day: date) -> None:
            for _moment, household, village, on, named, details in sorted(by_day[day], key=lambda v: v[0]):
                visitors = [v for v in named if not self._retired(v)]  # as the use case would refuse them
                if not visitors:
                    continue
                base = f"{household}-{on:%m%d}"
                seen[base] = seen.get(base, 0) + 1
                code = base if seen[base] == 1 else f"{base}-{seen[base]}"
                while self.app.visits.visit(code, peek=True) is not None:  # a visit entered by hand
                    seen[base] += 1
                    code = f"{base}-{seen[base]}"
                self.clock.advance(seconds=0.01)
                self.add(
                    Visit.record(
                        code,
                        household,
                        village,
                        on,
                        visitors,
                        details,
                        [],
                        self.admin.stamp(self.clock.now()),
                    )
                )
            self.flush()

        for day in sorted(by_day):
            self.later(datetime(day.year, day.month, day.day, 23, 0), lambda d=day: store(d))
        self.bulk_visits = []

    def _retired(self, code: str) -> bool:
        person = self.app.person(code, peek=True)
        return person is None or person.retired

    # --- interview days ------------------------------------------------------------------------------

    def interviews(self, prefix: str) -> int:
        """Every village in the appendix timetable: eight groups led by the leaders over 1–4 November,
        opinions solicited first (one village forgot), supervisors assigned, notices five days ahead; one
        village too late with its notice rescheduled, one session under 30 held again on 6 November."""
        rng, app = self.rng, self.app
        villages = sorted(v for v in self.village_cadres if v.startswith(prefix))
        leaders = [
            r.code for r in self.registry if r.code.startswith(f"{prefix}P") and "党政负责人" in r.identities
        ]
        organ = [
            r.code
            for r in self.registry
            if r.code.startswith(f"{prefix}P") and "机关中层干部" in r.identities
        ]
        places = ["村部会议室", "村小学操场", "文化广场", "村委会大院", "祠堂"]
        late_village, short_village = villages[9], villages[4]
        participants = "全体党员、村民代表、群众代表"

        def at(day: date, hour: int) -> datetime:
            return datetime(day.year, day.month, day.day, hour) + timedelta(minutes=rng.randint(0, 50))

        for i, village in enumerate(villages):
            group = i % 8 + 1
            on = date(YEAR, 11, 1) + timedelta(days=i // 8)
            time_text, place = rng.choice(["上午9:00", "上午9:30", "下午2:30"]), rng.choice(places)
            self.later(
                at(date(YEAR, 10, 21), 15),
                lambda v=village, d=on, g=group, lead=leaders[group - 1], t=time_text, p=place: (
                    app.interviews.schedule_interview(self.admin, v, d, g, lead, t, p)
                ),
            )
            if i != 17:  # one village forgets to solicit opinions first (R-I3)
                way = rng.choice(["座谈会", "茶话会", "征求意见表"])
                day, count = date(YEAR, 10, 22) + timedelta(days=rng.randint(0, 7)), rng.randint(12, 40)
                self.later(
                    at(day, 10),
                    lambda v=village, d=day, w=way, n=count: app.interviews.record_solicitation(
                        self.admin, v, d, w, n
                    ),
                )
            if i != 23:  # and one has no supervising cadre by the day (R-I4)
                supervisor = organ[i % len(organ)]
                self.later(
                    at(date(YEAR, 10, 25), 11),
                    lambda v=village, s=supervisor: app.interviews.assign_interview_supervisor(
                        self.admin, v, s, date(YEAR, 10, 25)
                    ),
                )
            notice = on - timedelta(days=rng.randint(5, 7))
            if village == late_village:
                moved = date(YEAR, 11, 5)
                self.later(
                    at(on - timedelta(days=4), 9),
                    lambda v=village, d=moved: app.interviews.reschedule_interview(
                        self.admin, v, d, "预告未能提前5天张贴,改期"
                    ),
                )
                on, notice = moved, on - timedelta(days=3)
            self.later(
                at(notice, 16),
                lambda v=village, d=notice, t=time_text, p=place: app.interviews.post_interview_notice(
                    self.admin, v, d, t, p, participants, "村委会门口、主干道路口"
                ),
            )
            attendance = 26 if village == short_village else rng.randint(31, 65)
            problems = rng.sample(
                ["村道硬化", "饮水安全", "医疗报销", "垃圾清运", "农产品销售", "低保评定"], rng.randint(0, 2)
            )
            self.later(
                at(on, 17),
                lambda v=village, d=on, n=attendance, p=problems: app.interviews.hold_interview(
                    self.admin, v, d, n, p
                ),
            )
            if village == short_village:
                again = date(YEAR, 11, 6)
                self.later(
                    at(on, 18),
                    lambda v=village, d=again: app.interviews.reschedule_interview(
                        self.admin, v, d, "参加人数不足30人,再次召开"
                    ),
                )
                self.later(
                    at(on, 19),
                    lambda v=village, d=on: app.interviews.post_interview_notice(
                        self.admin, v, d, "下午2:30", "文化广场", participants, "文化广场入口"
                    ),
                )
                self.later(
                    at(again, 17),
                    lambda v=village, d=again: app.interviews.hold_interview(self.admin, v, d, 47, []),
                )
        return len(villages)

    # --- direct rating, research articles, exemplary practice -------------------------------------

    def ratings(self, prefix: str) -> int:
        """A rating round in every village after the interview days: its cadres rated on 200–320 ballots,
        mostly 满意, a spoiled ballot or two voided, closed the next day."""
        rng, app = self.rng, self.app
        ballots = 0
        for i, village in enumerate(sorted(v for v in self.village_cadres if v.startswith(prefix))):
            cadres = self.village_cadres[village]
            code, on = f"ZP-{village}", date(YEAR, 11, 7) + timedelta(days=i % 3)
            count = rng.randint(35, 60) if self.light else rng.randint(200, 320)
            invited = count + 8 + i % 9  # 应到人数: not everyone invited comes (R-R5)
            self.later(
                datetime(on.year, on.month, on.day, 14),
                lambda c=code, v=village, cs=cadres, d=on, n=invited: app.work.open_rating_round(
                    self.admin, c, v, cs, d, n
                ),
            )
            for n in range(1, count + 1):
                marks = {
                    c: rng.choices(["满意", "基本满意", "不满意", "弃权"], [70, 20, 6, 4])[0] for c in cadres
                }
                self.later(
                    datetime(on.year, on.month, on.day, 15) + timedelta(seconds=5 * n),
                    lambda c=code, k=n, m=marks: app.work.cast_ballot(self.admin, c, k, m),
                )
            for n in rng.sample(range(1, count + 1), rng.randint(0, 2)):
                self.later(
                    datetime(on.year, on.month, on.day, 17),
                    lambda c=code, k=n: app.work.void_ballot(self.admin, c, k, "涂改无法辨认"),
                )
            close = on + timedelta(days=1)
            self.later(
                datetime(close.year, close.month, close.day, 10),
                lambda c=code, d=close: app.work.close_rating_round(self.admin, c, d),
            )
            ballots += count
        return ballots

    def articles(self, prefix: str) -> int:
        """The committee's topics for the leaders; articles from the required authors, some late, a few
        missing, one resubmitted; a voluntary one."""
        rng, app = self.rng, self.app
        mine = [r for r in self.registry if r.code.startswith(f"{prefix}P")]
        leaders = [r for r in mine if "党政负责人" in r.identities]
        titles = [
            "山区特色产业发展的调查与思考",
            "农村留守老人照料现状调研",
            "村级集体经济壮大路径探析",
            "基层矛盾纠纷多元化解调研",
            "农村人居环境整治调研",
            "小城镇建设与农民增收调研",
            "农村党员队伍建设现状调研",
            "惠农政策落实情况调研",
        ]
        for i, r in enumerate(leaders):
            topic_title = titles[i % len(titles)]
            self.later(
                datetime(YEAR, 10, 21, 10, i),
                lambda c=f"KT{i + 1:02d}", t=topic_title, a=r.code: app.work.set_research_topic(
                    self.admin, c, t, date(YEAR, 10, 21), a
                ),
            )
        required = [r for r in mine if {"党政负责人", "党组织书记", "机关中层干部"} & set(r.identities)]
        submitted = 0
        for i, r in enumerate(required):
            fate = rng.random()
            if fate < 0.08:
                continue  # not yet submitted
            leader_index = leaders.index(r) if r in leaders else -1
            topic = f"KT{leader_index + 1:02d}" if leader_index >= 0 else ""
            title = titles[leader_index % len(titles)] if leader_index >= 0 else rng.choice(titles)
            on = (
                date(YEAR, 11, 11) + timedelta(days=rng.randint(0, 1))
                if fate < 0.18
                else date(YEAR, 11, 1) + timedelta(days=rng.randint(0, 9))
            )
            body = f"{title}\n作者:{r.code}\n一、基本情况\n二、存在问题\n三、对策建议\n".encode()
            self.later(
                datetime(on.year, on.month, on.day, 9) + timedelta(minutes=i),
                lambda a=r.code, t=title, d=on, k=topic, b=body: app.work.submit_article(
                    self.admin, a, t, d, k, f"{t}.docx", b
                ),
            )
            if i == 3:
                again, revised = on + timedelta(days=1), body + "(修改稿)".encode()
                self.later(
                    datetime(again.year, again.month, again.day, 9),
                    lambda a=r.code, t=title, d=again, k=topic, b=revised: app.work.submit_article(
                        self.admin, a, t + "(修改稿)", d, k, f"{t}(修改稿).docx", b
                    ),
                )
            submitted += 1
        volunteer = next(r for r in mine if "村街居干部" in r.identities and "党组织书记" not in r.identities)
        self.later(
            datetime(YEAR, 11, 8, 16),
            lambda: app.work.submit_article(
                self.admin,
                volunteer.code,
                "群众访谈日的几点体会",
                date(YEAR, 11, 8),
                "",
                "体会.docx",
                "体会".encode(),
            ),
        )
        return submitted

    def exemplars(self, prefix: str) -> None:
        """A handful of good practice, nominated from the records they came from; most reported."""
        app = self.app
        villages = sorted(v for v in self.village_cadres if v.startswith(prefix))
        picks = [
            ("E01", "访谈日", villages[0], "访谈日前三种方式征求意见,参加群众62人"),
            ("E02", "访谈日", villages[12 % len(villages)], "访谈日当场交办群众反映问题,一周内全部回复"),
            ("E03", "问题", f"{prefix}Q{YEAR}0005", "低保申请问题交办、办结、回访全程闭环"),
            ("E04", "问题", f"{prefix}Q{YEAR}0010", "宅基地纠纷由分工干部现场调解化解"),
            ("E05", "访谈日", villages[20 % len(villages)], "村民代表参与访谈日议题确定"),
        ]
        for i, (code, kind, record, summary) in enumerate(picks):
            self.later(
                datetime(YEAR, 11, 9, 10, i),
                lambda c=code, k=kind, r=record, s=summary: self._nominate_if_there(c, k, r, s),
            )
            if i < 3:
                self.later(
                    datetime(YEAR, 11, 10, 15, i),
                    lambda c=code: (
                        app.work.report_exemplar(self.admin, c, date(YEAR, 11, 10))
                        if app.work.exemplar(c)
                        else None
                    ),
                )

    # --- units' own work and publicity (R-U1…R-U4, R-P1) -------------------------------------------

    def unit_work(self, prefix: str) -> None:
        """Service promises kept, kept late and not yet kept; the schools' and one hospital's opinion
        gathering (the other hospital has not held one: R-U4) with the opinions raised there as concerns;
        the 两新 organisations' measures; villages' plans; publicity in all but the last two villages."""
        rng, app = random.Random(7), self.app  # its own stream: the parts generated before stay as they were

        def at(day: date, hour: int) -> datetime:
            return datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))

        promises = [
            ("D01", "承诺服务", "户籍业务材料齐全三个工作日办结"),
            ("D01", "预约服务", "老人上门办理身份证"),
            ("D02", "一站式服务", "个体工商户登记一窗受理"),
            ("D02", "实事", "清理市场占道经营"),
            ("Z01", "实事", "秋播良种下乡"),
            ("Z02", "承诺服务", "惠农补贴十日内到户"),
        ]
        for n, (unit, kind, content) in enumerate(promises, start=1):
            code, made = f"{prefix}SS{n:02d}", date(YEAR, 10, 21) + timedelta(days=rng.randint(0, 6))
            promised = made + timedelta(days=rng.randint(5, 10))
            self.later(
                at(made, 10),
                lambda c=code, u=f"{prefix}{unit}", k=kind, d=made, t=content, p=promised: (
                    app.unit_work.register_unit_work(self.admin, c, u, k, d, t, p)
                ),
            )
            if n == 3:
                continue  # not kept yet: a follow-up (R-U2)
            kept = promised + timedelta(days=3) if n == 5 else promised - timedelta(days=rng.randint(0, 3))
            self.later(
                at(kept, 16),
                lambda c=code, d=kept: app.unit_work.fulfil_unit_work(
                    self.admin, c, d, "已兑现,群众签字确认"
                ),
            )
        for n, (unit, what) in enumerate(
            (("S01", "家长座谈会"), ("S02", "问卷调查"), ("H01", "医院开放日")), start=1
        ):
            code, held = f"{prefix}ZQ{n:02d}", date(YEAR, 10, 24) + timedelta(days=n)
            self.later(
                at(held, 15),
                lambda c=code, u=f"{prefix}{unit}", d=held, t=what: app.unit_work.register_unit_work(
                    self.admin, c, u, "征求意见", d, t, None, 30 + rng.randint(0, 20)
                ),
            )
            for q, opinion in enumerate(
                ("上下学时段校门口拥堵", "希望延长门诊时间")[: 2 if n == 1 else 1], start=1
            ):
                self.later(
                    at(held, 17),
                    lambda c=code, u=f"{prefix}{unit}", d=held, o=opinion, k=q: app.concerns.raise_concern(
                        self.admin,
                        f"{c}-Q{k}",
                        d,
                        {
                            "source": "征求意见",
                            "source_ref": c,
                            "resident": "座谈代表",
                            "village_code": u,
                            "content": o,
                        },
                        again=True,  # several meetings do raise the same opinion: not a double entry
                    ),
                )
        for n, (unit, kind, content) in enumerate(
            (
                ("E01", "应对危机举措", "稳岗不裁员,困难职工生活补助"),
                ("E02", "职工权益", "签订集体合同,足额缴纳社保"),
                ("O01", "职工权益", "志愿者意外保险"),
            ),
            start=1,
        ):
            made = date(YEAR, 10, 26) + timedelta(days=n)
            self.later(
                at(made, 11),
                lambda c=f"{prefix}LX{n:02d}", u=f"{prefix}{unit}", k=kind, d=made, t=content: (
                    app.unit_work.register_unit_work(self.admin, c, u, k, d, t)
                ),
            )
        villages = sorted(v for v in self.village_cadres if v.startswith(prefix))
        for n, village in enumerate(villages, start=1):
            if n % 3 == 0:
                self.later(
                    at(date(YEAR, 10, 28), 9),
                    lambda c=f"{prefix}FM{n:02d}", v=village: app.unit_work.register_unit_work(
                        self.admin, c, v, "富民计划", date(YEAR, 10, 28), "发展特色种养,村集体增收"
                    ),
                )
            if n > len(villages) - 2:
                continue  # no publicity yet (R-P1)
            day = date(YEAR, 10, 20) + timedelta(days=rng.randint(0, 10))
            channel = rng.choice(["公开栏", "广播", "简报", "会议"])
            self.later(
                at(day, 16),
                lambda c=f"{prefix}XC{n:02d}", v=village, d=day, ch=channel: app.unit_work.report_publicity(
                    self.admin, c, v, d, ch, "“走进群众”活动告村民书"
                ),
            )

    def _mark_duplicate_if_there(self, code: str, on: date, original: str) -> None:
        """The original may have been entered late (back-filled): a clerk marks the duplicate only once
        the original is in the ledger."""
        if self.app.concerns.concern(original) is not None:
            self.app.concerns.mark_concern_duplicate(self.admin, code, on, original)

    def _nominate_if_there(self, code: str, kind: str, record: str, summary: str) -> None:
        if self.app.work.record_exists(kind, record):
            self.app.work.nominate_exemplar(self.admin, code, date(YEAR, 11, 9), kind, record, summary)


def generate(
    store: Store,
    preset: str = "township",
    progress: Callable[[int], None] | None = None,
    *,
    aside: bool | None = None,
) -> dict[str, Any]:
    """Fills an empty store with the preset; `progress(n)` hears of every batch stored, and projected.
    `aside`: the events projected by a follower process while they are stored (on the other core), as
    another workstation would (default: for the presets larger than the tests' small one)."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}: one of {', '.join(PRESETS)}")
    started = time.perf_counter()
    if aside is None:
        aside = preset != "small"  # a follower process starts in about a second: worth it from thousands
    taken: Callable[[], int] = _nothing
    try:
        with projecting_aside(store) if aside else nullcontext(_nothing) as taken:
            told = (lambda n: progress(n + taken())) if progress is not None else None
            _fill(store, preset, told)
    except FollowerFailed as failed:  # every event is stored: they are projected here instead
        log.warning("demo: the follower process stopped (%s); projecting here", failed)
    if progress is not None:
        progress(taken())
    store.projector.catch_up(progress=progress)  # what is left (all of it, without a follower)
    faults = store.projector.faults()
    if faults:
        name, nid, message = faults[0]
        raise RuntimeError(f"demo: read model {name} stopped at notification {nid}: {message}")
    total = store.app.recorder.max_notification_id() or 0
    return {
        "township": "示范县" if preset == "county" else "青山镇",
        "accounts": ["admin", "xjb02", "clerk01", "ducha", "leader"],
        "events": total,
        "seconds": time.perf_counter() - started,
        "operators": [
            "admin(学教办管理员)",
            "xjb02(学教办管理员)",
            "clerk01(录入员)",
            "ducha(督查)",
            "leader(领导)",
        ],
    }


def _nothing() -> int:
    return 0


def _fill(store: Store, preset: str, progress: Callable[[int], None] | None) -> None:
    """Every event of the preset stored (not projected)."""
    clock = store.app.clock
    g = Generator(store, progress=progress, light=preset == "small")
    campaign = Campaign.launch(YEAR, "示范县" if preset == "county" else "青山镇", g.stamp())
    g.add(campaign)
    g.add(Operator.create("admin", "学教办管理员", "学教办管理员", [], DEMO_PASSWORD, g.stamp()))
    g.add(
        Operator.create(
            "clerk01",
            "青山村录入员",
            "录入员",
            ["T01V01" if preset == "county" else "V01"],
            DEMO_PASSWORD,
            g.stamp(),
        )
    )
    g.add(Operator.create("xjb02", "学教办回访员", "学教办管理员", [], DEMO_PASSWORD, g.stamp()))
    g.add(Operator.create("ducha", "纪委督查", "督查", [], DEMO_PASSWORD, g.stamp()))
    g.add(Operator.create("leader", "镇党委书记", "领导", [], DEMO_PASSWORD, g.stamp()))
    g.flush()
    if preset in SIZES:
        villages, households = SIZES[preset]
        g.township("", "青山镇", villages, households)
        g.campaign_life("")
        g.concerns("")
        g.contacts("")
        g.visits("", households)
        g.interviews("")
        g.ratings("")
        g.articles("")
        g.exemplars("")
        g.unit_work("")
        g.schedule_bulk_visits()
        g.run_timeline()
    else:
        for t, name in enumerate(TOWNSHIP_NAMES):
            g.township(f"T{t + 1:02d}", name)
        g.campaign_life("T01")
        g.concerns("T01")
        g.contacts("T01")
        g.visits("T01")
        g.interviews("T01")
        g.ratings("T01")
        g.articles("T01")
        g.exemplars("T01")
        for t in range(2, len(TOWNSHIP_NAMES) + 1):  # every township runs the campaign; visits in bulk
            g.concerns(f"T{t:02d}")
            g.contacts(f"T{t:02d}")
            g.visits(f"T{t:02d}", bulk=True)
            g.interviews(f"T{t:02d}")
            g.ratings(f"T{t:02d}")
        g.schedule_bulk_visits()
        g.run_timeline()
    g.flush()
    store.app.clock = clock
    store.app.building_alone(False)  # what is still deferred is stored
    store.app.on_stored = None
    store.keys.sole_writer = False


def build_demo(
    path: Path,
    preset: str = "township",
    progress: Callable[[int], None] | None = None,
    *,
    encrypt: bool = False,
    aside: bool | None = None,
) -> dict[str, Any]:
    """Generates the preset into a file beside `path` and moves it into place only when complete, so a
    generator that fails (or is killed) never leaves a half-built store where the app would open it.
    `encrypt`: the file encrypted, its key wrapped for each demo account (password DEMO_PASSWORD);
    `aside`: projected by a follower process while it is generated (`generate`)."""
    building = path.with_name(path.name + ".building")
    ring = KeyRing(keys_path(building))
    for leftover in (building, *_sidecars(building), ring.path):
        leftover.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    store_key = new_store_key() if encrypt else None
    store = open_store(str(building), store_key=store_key)
    try:
        with store.unsynced():  # a build that fails is thrown away: no need to wait for the disk
            stats = generate(store, preset, progress, aside=aside)
        if store_key is not None:
            ring.create(str(stats["township"]))
            for name in stats["accounts"]:
                ring.wrap(name, DEMO_PASSWORD, store_key)
    except BaseException:
        store.close()
        for leftover in (building, *_sidecars(building), ring.path):
            leftover.unlink(missing_ok=True)
        raise
    store.close()
    settle_sqlite_file(building, store_key)
    for stale in (*_sidecars(path), keys_path(path)):  # a -wal beside a replaced file would corrupt it
        stale.unlink(missing_ok=True)
    if store_key is not None:
        os.replace(ring.path, keys_path(path))
        ring.path.with_name(ring.path.name + ".lock").unlink(missing_ok=True)
    os.replace(building, path)
    return stats


def _sidecars(path: Path) -> tuple[Path, ...]:
    """The -wal and -shm files beside `path`, and the follower's read models (with theirs) if it was
    killed with the generator."""
    models = path.with_name(path.name + ".models")
    return tuple(p.with_name(p.name + suffix) for p in (path, models) for suffix in ("-wal", "-shm")) + (
        models,
    )
