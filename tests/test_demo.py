"""The demo township end to end: the summary as of several moments equals the summary of a store holding
only the events recorded up to then, and its .pdf and .docx read in Chinese."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desk.demo import generate
from desk.reports import write_summary
from projections.audit import AuditQuery
from projections.store import Store, open_store
from projections.summary import SummaryQuery
from tests.test_summary import replayed


@pytest.fixture(scope="module", params=["small", pytest.param("township", marks=pytest.mark.slow)])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The tests' own small township in the default run; the full demo township in the slow tier."""
    store = open_store(str(tmp_path_factory.mktemp("demo") / "demo.db"))
    generate(store, request.param)
    yield store
    store.close()


@pytest.mark.parametrize(
    "moment",
    [
        pytest.param("2026-10-28T12:00", marks=pytest.mark.slow),
        "2026-11-04T18:00",
        pytest.param("2026-11-20T09:00", marks=pytest.mark.slow),
    ],
)
def test_demo_summary_as_of_equals_a_replay(demo: Store, moment: str, tmp_path: Path) -> None:
    at = datetime.fromisoformat(moment).astimezone()
    up_to = AuditQuery(demo.engine).notification_at(at)
    expected = SummaryQuery(demo.engine).summary(at.date(), up_to)
    copy = replayed(demo, up_to, tmp_path)
    try:
        assert SummaryQuery(copy.engine).summary(at.date()) == expected
    finally:
        copy.close()
    assert expected.up_to == up_to and expected.sections[0].figures


def test_demo_summary_reads_in_chinese(demo: Store, tmp_path: Path) -> None:
    at = datetime(2026, 11, 11, 9).astimezone()
    summary = SummaryQuery(demo.engine).summary(at.date(), AuditQuery(demo.engine).notification_at(at))
    write_summary(summary, at, tmp_path / "总结.pdf")
    write_summary(summary, at, tmp_path / "总结.docx")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "总结.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "青山镇2026年“走进群众”活动总结",
        "联系活动与结对",
        "入户走访",
        "群众访谈日",
        "调研文章",
        "典型经验",
        "哈希链头",
        "青山村",
    ):
        assert words in text, words
    from docx import Document

    body = "\n".join(p.text for p in Document(str(tmp_path / "总结.docx")).paragraphs)
    assert "解民忧" in body and summary.chain_head in body


#: figures that add up amounts per record (pairings, contacts, talks, attendance, ballots): their drill-down
#: lists the records that carry the amounts, so only the others are compared by count
SUMS = {
    "在结对数",
    "已联系对象",
    "谈心",
    "参加群众(各村最后一次)",
    "有效选票",
    "废票",
    "参与率(有效票÷应到人数)",
}


@pytest.mark.parametrize("moment", ["2026-11-04T18:00", None])
def test_every_summary_figure_drills_down_to_the_records_it_counts(demo: Store, moment: str | None) -> None:
    """Each figure of the summary opens the records behind it, as of the summary's moment: as many as it
    counts (a figure "a/b" opens the b records, each saying whether it is among the a)."""
    import re

    at = datetime.fromisoformat(moment).astimezone() if moment else datetime(2026, 11, 29, 12).astimezone()
    up_to = AuditQuery(demo.engine).notification_at(at) if moment else None
    summary = SummaryQuery(demo.engine).summary(at.date(), up_to)
    compared = 0
    for section in summary.sections:
        assert len(section.details) == len(section.figures), section.key
        for (label, value), detail in zip(section.figures, section.details, strict=True):
            assert all(len(row) == len(detail.header) for row in detail.rows), (section.key, label)
            counted = re.match(r"(\d+)(?:/(\d+))?", value)
            if label in SUMS:  # the records that carry the amounts, and their column adds up to the figure
                if detail.total is not None:
                    assert counted is not None and detail.total_value() == int(counted.group(1)), label
                    compared += 1
                continue
            assert counted is not None, (label, value)
            assert int(counted.group(2) or counted.group(1)) == len(detail.rows), (section.key, label, value)
            compared += 1
    assert compared >= 30
