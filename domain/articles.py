"""Research articles (调研文章, §2.7) on topics set by the party committee, with every version's file
kept once by its SHA-256; and exemplary practice (典型经验, §2.8) nominated from existing records."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, Record, record_id
from domain.errors import RuleViolation

EXEMPLAR_KINDS = ("走访", "联系", "问题", "访谈日")


class ResearchTopic(Aggregate):
    """课题: set by the party committee, with the person who undertakes it."""

    class Set(Aggregate.Created, Audit):
        code: str
        title: str
        on: date
        assignee: str

    def __init__(self, code: str, title: str, on: date, assignee: str) -> None:
        self.code, self.title, self.on, self.assignee = code, title, on, assignee

    @classmethod
    def set(cls, code: str, title: str, on: date, assignee: str, stamp: dict[str, Any]) -> ResearchTopic:
        rules.require(code, "课题编号")
        rules.require(title, "课题名称")
        return cls._create(
            cls.Set,
            id=record_id("topic", code),
            code=code,
            title=title.strip(),
            on=on,
            assignee=assignee,
            **stamp,
        )


class StoredFile(Aggregate):
    """A file kept once, by its SHA-256: a second upload of the same bytes refers to the first."""

    class Stored(Aggregate.Created, Audit):
        sha256: str
        name: str
        size: int
        content: str  # base64

    def __init__(self, sha256: str, name: str, size: int, content: str) -> None:
        self.sha256, self.name, self.size, self.content = sha256, name, size, content

    @classmethod
    def store(cls, sha256: str, name: str, data: bytes, stamp: dict[str, Any]) -> StoredFile:
        return cls._create(
            cls.Stored,
            id=record_id("file", sha256),
            sha256=sha256,
            name=name,
            size=len(data),
            content=base64.b64encode(data).decode("ascii"),
            **stamp,
        )

    def data(self) -> bytes:
        return base64.b64decode(self.content)


@dataclass
class Version:
    title: str
    topic: str
    on: date
    sha256: str
    file_name: str
    voided: bool = False


#: what a correction of a submitted version may change (the file stays: a new file is a new version)
VERSION_CORRECTABLE = ("title", "topic", "on")


def check_topic(required_topic: bool, topic_code: str, found: bool) -> None:
    """R-A1: a leader writes on a topic the party committee set."""
    if required_topic and not topic_code:
        raise RuleViolation("R-A1", "党政负责人的调研文章须注明党委下达的课题编号")
    if topic_code and not found:
        raise RuleViolation("R-A1", f"课题“{topic_code}”不是党委下达的调研课题:请核对课题编号")


def is_late(on: date, deadline: date) -> bool:
    """R-A2 (FLAG): submitted after the deadline ("前" is inclusive)."""
    return on > deadline


class Articles(Aggregate):
    """One author's research articles: every submission is a version, none replaces another."""

    class Opened(Aggregate.Created, Audit):
        author: str

    class Submitted(Aggregate.Event, Audit):
        title: str
        topic: str
        on: date
        sha256: str
        file_name: str
        voluntary: bool  # by someone the plan does not require to write one

        def apply(self, aggregate: Articles) -> None:
            aggregate.versions.append(Version(self.title, self.topic, self.on, self.sha256, self.file_name))

    class VersionCorrected(Aggregate.Event, Audit):
        """A mistake in a submitted version fixed (its title, topic or date); the original stays in the log."""

        number: int  # 1-based, in the order submitted
        changes: dict[str, Any]
        reason: str

        def apply(self, aggregate: Articles) -> None:
            version = aggregate.versions[self.number - 1]
            for field, value in self.changes.items():
                setattr(version, field, date.fromisoformat(value) if field == "on" else value)

    class VersionVoided(Aggregate.Event, Audit):
        """A version recorded by mistake (the wrong author, a duplicate): no longer counted."""

        number: int
        reason: str

        def apply(self, aggregate: Articles) -> None:
            aggregate.versions[self.number - 1].voided = True

    def __init__(self, author: str) -> None:
        self.author = author
        self.versions: list[Version] = []

    def submitted(self, number: int) -> Version:
        """R-G6: a version that exists and is not voided."""
        rules.check_record_exists(1 <= number <= len(self.versions), f"第 {number} 版调研文章")
        version = self.versions[number - 1]
        rules.check_not_voided(version.voided, f"{self.author} 第 {number} 版调研文章")
        return version

    def correct_version(
        self, number: int, changes: dict[str, Any], reason: str, stamp: dict[str, Any]
    ) -> None:
        version = self.submitted(number)
        rules.check_reason(reason, "更正")
        fixed = {k: v for k, v in changes.items() if k in VERSION_CORRECTABLE and v != getattr(version, k)}
        if "title" in fixed:
            rules.require(fixed["title"], "题目")
            fixed["title"] = str(fixed["title"]).strip()
        if not fixed:
            rules.fail_missing("更正内容(与原值相同,无需更正)")
        if "on" in fixed:
            fixed["on"] = fixed["on"].isoformat()
        self.trigger_event(
            self.VersionCorrected, number=number, changes=fixed, reason=reason.strip(), **stamp
        )

    def void_version(self, number: int, reason: str, stamp: dict[str, Any]) -> None:
        self.submitted(number)
        rules.check_reason(reason, "作废")
        self.trigger_event(self.VersionVoided, number=number, reason=reason.strip(), **stamp)

    @classmethod
    def open(cls, author: str, stamp: dict[str, Any]) -> Articles:
        return cls._create(cls.Opened, id=record_id("articles", author), author=author, **stamp)

    def submit(
        self,
        title: str,
        topic: str,
        on: date,
        sha256: str,
        file_name: str,
        voluntary: bool,
        stamp: dict[str, Any],
    ) -> None:
        rules.require(title, "题目")
        self.trigger_event(
            self.Submitted,
            title=title.strip(),
            topic=topic,
            on=on,
            sha256=sha256,
            file_name=file_name,
            voluntary=voluntary,
            **stamp,
        )


class Exemplar(Record):
    """典型经验: a practice nominated from a record that exists, then reported (上报) once; a mistake in
    its summary or date is corrected, one nominated by mistake voided, both with a reason."""

    correctable = frozenset({"summary", "on"})

    class Nominated(Aggregate.Created, Audit):
        code: str
        on: date
        record_kind: str
        record_code: str
        summary: str

    class Reported(Aggregate.Event, Audit):
        on: date

        def apply(self, aggregate: Exemplar) -> None:
            aggregate.reported_on = self.on

    def __init__(self, code: str, on: date, record_kind: str, record_code: str, summary: str) -> None:
        self.code, self.on, self.record_kind, self.record_code, self.summary = (
            code,
            on,
            record_kind,
            record_code,
            summary,
        )
        self.reported_on: date | None = None

    @classmethod
    def nominate(
        cls,
        code: str,
        on: date,
        record_kind: str,
        record_code: str,
        summary: str,
        exists: bool,
        stamp: dict[str, Any],
    ) -> Exemplar:
        rules.require(code, "编号")
        rules.require(record_kind, "记录类别")
        rules.check_choice(record_kind, EXEMPLAR_KINDS, "记录类别")
        if not exists:
            raise RuleViolation("R-E1", f"{record_kind}记录“{record_code}”不存在:典型经验须来自已录入的记录")
        rules.require(summary, "摘要")
        return cls._create(
            cls.Nominated,
            id=record_id("exemplar", code),
            code=code,
            on=on,
            record_kind=record_kind,
            record_code=record_code,
            summary=summary.strip(),
            **stamp,
        )

    def report(self, on: date, stamp: dict[str, Any]) -> None:
        rules.check_not_voided(self.voided, f"典型经验“{self.code}”")
        if self.reported_on is not None:
            raise RuleViolation(
                "R-E1", f"典型经验“{self.code}”已于{rules.cn_date(self.reported_on)}上报:不能重复上报"
            )
        if on < self.on:
            rules.fail_malformed(f"上报日期{rules.cn_date(on)}早于推荐日期{rules.cn_date(self.on)}")
        self.trigger_event(self.Reported, on=on, **stamp)
