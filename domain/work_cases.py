"""Use cases of the direct rating rounds (R-R), research topics and articles (R-A) and exemplary practice
(R-E)."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from domain import rules
from domain.area import Area
from domain.articles import Articles, Exemplar, ResearchTopic, StoredFile, check_topic, is_late
from domain.base import Actor, record_id
from domain.errors import RuleViolation
from domain.quota import is_required_author
from domain.ratings import RatingRound
from domain.roster import VILLAGE_KINDS


class WorkCases(Area):
    # --- 直评 ------------------------------------------------------------------------------------

    def rating_round(self, code: str) -> RatingRound | None:
        return self.core._get(RatingRound, record_id("round", code.strip())) if code.strip() else None

    def open_rating_round(
        self, actor: Actor, code: str, village: str, cadres: list[str], on: date, expected: int = 0
    ) -> None:
        """开始: the village's cadres to be rated (the caller lists them; the importer and the window
        default to every 村街居干部 of the village)."""
        code = code.strip()
        rules.require(code, "轮次编号")
        rules.check_code_free(self.rating_round(code) is not None, "轮次编号", code)
        unit = self.core.current_unit(village.strip(), "村居", peek=True)
        if unit.kind not in VILLAGE_KINDS:
            rules.fail_malformed(f"“{unit.code}”是{unit.kind},直评在村、街、居进行")
        self.core.check_scope(actor, unit.code)
        for cadre in cadres:
            self.core.current_person(cadre, "参评村干部", peek=True)
        self.core.check_business_date(on, "直评日期")
        expected = rules.check_positive_int(expected, "应到人数")
        self.core._save(
            RatingRound.open(code, unit.code, cadres, on, self.core.stamp(actor), expected),
            what="轮次编号",
            code=code,
        )

    def _round(self, actor: Actor, code: str) -> RatingRound:
        found = self.rating_round(code)
        if found is None:
            raise RuleViolation("R-R1", f"直评轮次“{code}”尚未开始:请先开始该轮次")
        self.core.check_scope(actor, found.village)
        return found

    def cast_ballot(self, actor: Actor, code: str, number: int, marks: dict[str, str]) -> None:
        """投票: anonymous (R-R3), once per number, every listed cadre marked (R-R1, R-R2)."""
        found = self._round(actor, code)
        found.cast(number, marks, self.core.stamp(actor))
        self.core._save(found)

    def void_ballot(self, actor: Actor, code: str, number: int, reason: str) -> None:
        found = self._round(actor, code)
        found.void_ballot(number, reason, self.core.stamp(actor))
        self.core._save(found)

    def close_rating_round(self, actor: Actor, code: str, on: date) -> None:
        """结束: the results are published (R-R4)."""
        found = self._round(actor, code)
        rules.check_not_in_future(on, self.core.clock.today(), "结束日期")
        found.close(on, self.core.stamp(actor))
        self.core._save(found)

    # --- 调研课题, 调研文章 ------------------------------------------------------------------------

    def topic(self, code: str) -> ResearchTopic | None:
        return self.core._get(ResearchTopic, record_id("topic", code.strip())) if code.strip() else None

    def set_research_topic(self, actor: Actor, code: str, title: str, on: date, assignee: str) -> None:
        """The party committee's topics, entered by the study office."""
        rules.check_admin(actor.role, "下达调研课题")
        code = code.strip()
        rules.require(code, "课题编号")
        rules.check_code_free(self.topic(code) is not None, "课题编号", code)
        rules.require(assignee, "承担人编号")
        self.core.current_person(assignee.strip(), "承担人", peek=True)
        rules.check_not_in_future(on, self.core.clock.today(), "下达日期")
        self.core._save(
            ResearchTopic.set(code, title, on, assignee.strip(), self.core.stamp(actor)),
            what="课题编号",
            code=code,
        )

    def stored_file(self, sha256: str) -> StoredFile | None:
        return self.core._get(StoredFile, record_id("file", sha256)) if sha256 else None

    def submit_article(
        self,
        actor: Actor,
        author: str,
        title: str,
        on: date,
        topic: str = "",
        file_name: str = "",
        data: bytes | None = None,
    ) -> list[tuple[str, str]]:
        """提交: R-A1 (a leader names a committee topic), R-A2 flags a late one; each submission is a new
        version and the file is stored once by its SHA-256."""
        rules.require(author, "作者编号")
        person = self.core.current_person(author.strip(), "作者", peek=True)
        self.core.check_scope(actor, person.unit_code)
        check_topic("党政负责人" in person.identities, topic.strip(), self.topic(topic) is not None)
        self.core.check_business_date(on, "提交日期")
        stamp = self.core.stamp(actor, person.code)
        pending = []
        sha = ""
        if data is not None:
            sha = hashlib.sha256(data).hexdigest()
            if self.stored_file(sha) is None:
                pending.append(StoredFile.store(sha, file_name, data, stamp))
        articles = self.core._get(Articles, record_id("articles", person.code)) or Articles.open(
            person.code, stamp
        )
        voluntary = not is_required_author(person.identities)
        articles.submit(
            title, topic.strip(), on, sha, file_name, voluntary, self.core.stamp(actor, person.code)
        )
        self.core._save(articles, *pending)
        deadline = self.core.parameters().article_deadline
        if is_late(on, deadline):
            return [("R-A2", f"迟交:{rules.cn_date(on)}提交,晚于截止日{rules.cn_date(deadline)}")]
        return []

    def correct_article(
        self, actor: Actor, author: str, number: int, changes: dict[str, Any], reason: str
    ) -> list[tuple[str, str]]:
        """更正 a submitted version's title, topic or date, with a reason; R-A1 and the date rules hold for
        the corrected values; returns R-A2 when the corrected date is late."""
        person = self.core.current_person(author.strip(), "作者", peek=True)
        self.core.check_scope(actor, person.unit_code)
        articles = self.core._get(Articles, record_id("articles", person.code))
        rules.check_record_exists(articles is not None, "调研文章")
        assert articles is not None
        version = articles.submitted(number)
        topic = str(changes.get("topic", version.topic)).strip()
        check_topic("党政负责人" in person.identities, topic, self.topic(topic) is not None)
        on = changes.get("on", version.on)
        self.core.check_business_date(on, "提交日期")
        articles.correct_version(
            number, {**changes, "topic": topic}, reason, self.core.stamp(actor, person.code)
        )
        self.core._save(articles)
        deadline = self.core.parameters().article_deadline
        if is_late(on, deadline):
            return [("R-A2", f"迟交:{rules.cn_date(on)}提交,晚于截止日{rules.cn_date(deadline)}")]
        return []

    def void_article(self, actor: Actor, author: str, number: int, reason: str) -> None:
        """作废 a version recorded by mistake; the others stand (and the author counts as not submitted when
        none is left)."""
        person = self.core.current_person(author.strip(), "作者", peek=True)
        self.core.check_scope(actor, person.unit_code)
        articles = self.core._get(Articles, record_id("articles", person.code))
        rules.check_record_exists(articles is not None, "调研文章")
        assert articles is not None
        articles.void_version(number, reason, self.core.stamp(actor, person.code))
        self.core._save(articles)

    # --- 典型经验 ---------------------------------------------------------------------------------

    def exemplar(self, code: str) -> Exemplar | None:
        return self.core._get(Exemplar, record_id("exemplar", code.strip())) if code.strip() else None

    def record_exists(self, kind: str, code: str) -> bool:
        """Whether a visit, contact, concern or village's interview day exists (R-E1)."""
        code = code.strip()
        match kind:
            case "走访":
                return self.core.visits.visit_exists(code)
            case "联系":
                return self.core.contacts.contact_exists(code)
            case "问题":
                found = self.core.concerns.concern(code)
                return found is not None and not found.voided
            case "访谈日":
                return self.core.interviews.interview_held(code)
        return False

    def nominate_exemplar(
        self, actor: Actor, code: str, on: date, record_kind: str, record_code: str, summary: str
    ) -> None:
        rules.check_can_write(actor.role)
        code = code.strip()
        rules.require(code, "编号")
        rules.check_code_free(self.exemplar(code) is not None, "典型经验编号", code)
        self.core.check_business_date(on, "推荐日期")
        found = Exemplar.nominate(
            code,
            on,
            record_kind.strip(),
            record_code.strip(),
            summary,
            self.record_exists(record_kind.strip(), record_code),
            self.core.stamp(actor),
        )
        self.core._save(found, what="典型经验编号", code=code)

    def report_exemplar(self, actor: Actor, code: str, on: date) -> None:
        """上报: once (R-E1)."""
        rules.check_can_write(actor.role)
        found = self.exemplar(code)
        if found is None:
            raise RuleViolation("R-E1", f"典型经验“{code}”尚未推荐:请先推荐")
        rules.check_not_in_future(on, self.core.clock.today(), "上报日期")
        found.report(on, self.core.stamp(actor))
        self.core._save(found)
