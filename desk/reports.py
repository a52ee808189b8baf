"""The end-of-campaign summary (活动总结) written as a township's own report: .xlsx, .pdf and .docx,
each with the moment it stands at and the hash-chain head."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desk import summary_en
from desk.sheets import append_row, landing, save_workbook
from domain.catalogue import rule_name
from domain.errors import DomainError
from projections.summary import Summary

#: the rules a finding can be about, named as the summary and the follow-ups name them (domain/catalogue.py)
FINDING_RULES: tuple[str, ...] = ("R-C4", "R-C7", "R-V1", "R-V2", "R-Q4", "R-Q6", "R-I1", "R-I3", "R-I4")
FINDING_RULES += ("R-I5", "R-I7", "R-A2", "R-A3", "R-G3", "R-U2", "R-U4", "R-P1")
RULE_NAMES = {code: rule_name(code) for code in FINDING_RULES}


def stamp(s: Summary, moment: datetime | None) -> str:
    when = f"{moment:%Y年%m月%d日 %H:%M}" if moment else "当前"
    return f"数据截至{when}(第 {s.up_to} 号事件),哈希链头 {s.chain_head}"


def stamp_en(s: Summary, moment: datetime | None) -> str:
    when = f"{moment:%Y-%m-%d %H:%M}" if moment else "now"
    return f"Figures as of {when} (event No. {s.up_to}), hash-chain head {s.chain_head}"


@dataclass(frozen=True)
class Words:
    """The summary's frame in one language (its figures and tables are translated by `word`)."""

    title: str  # {township} {year}
    intro: str
    number: Callable[[int], str]  # a part's number
    clause: str  # the plan's clause after a part's title
    join: str  # between figures
    stop: str  # after the figures
    finding: Callable[[str, int], str]  # a rule and how many open
    exemplar: str  # code, summary, kind, record, reported
    none: str
    stamp: Callable[[Summary, datetime | None], str]
    word: Callable[[str], str]


CHINESE = Words(
    "{0}{1}年“走进群众”活动总结",
    "按照镇党委“走进群众”活动实施方案,全镇党员干部深入村组农户,听民声、察民情、解民忧、促民富。"
    "现将活动开展情况汇总如下。",
    lambda n: f"{'一二三四五六七八九十'[n - 1]}、",
    "({0})",
    ";",
    "。",
    lambda rule, n: f"{RULE_NAMES.get(rule, rule)}({rule}){n} 项",
    "{0} {1}(来自{2} {3},{4})",
    "无",
    stamp,
    str,
)
ENGLISH = Words(
    "{0} {1} “Go Among the Masses” campaign summary",
    "Following the township Party committee's plan, its Party members and cadres went among the villagers "
    "and households to hear, learn, ease and enrich. The campaign's figures follow.",
    lambda n: f"{n}. ",
    " ({0})",
    "; ",
    ".",
    lambda rule, n: f"{rule} ({n}): {rule_name(rule, english=True)}",
    "{0} {1} (from {2} {3}, {4})",
    "None",
    stamp_en,
    summary_en.en,
)


def summary_html(s: Summary, moment: datetime | None, *, links: bool = False, english: bool = False) -> str:
    """Reads like the township's own 总结: a title, each part of the plan in the plan's order with its
    figures and its table per unit, the open findings, the exemplary practice, the chain head. `english`:
    the headings, figure names, column headers and the plan's fixed words in English (names stay)."""
    e = html.escape
    w = ENGLISH if english else CHINESE
    word = w.word
    parts = [
        f"<h1 style='text-align:center'>{e(w.title.format(s.township, s.year))}</h1>",
        f"<p style='text-align:center'>{e(w.stamp(s, moment))}</p>",
        f"<p>{e(w.intro)}</p>",
    ]
    for n, sec in enumerate(s.sections, 1):
        # in the app, every figure opens the records behind it (fig:section:figure)
        figures = w.join.join(
            f"<a href='fig:{n - 1}:{i}'>{e(word(k))} {e(v)}</a>" if links else f"{e(word(k))} {e(v)}"
            for i, (k, v) in enumerate(sec.figures)
        )
        heading = f"{w.number(n)}{e(word(sec.title))}{e(w.clause.format(sec.clause))}"
        parts.append(f"<h2>{heading}</h2><p>{figures}{w.stop}</p>")
        if sec.rows:
            head = "".join(f"<th>{e(word(h))}</th>" for h in sec.header)

            def cell(i: int, c: str, key: str = sec.key) -> str:
                # in the app, the first cell of a unit's row opens the events behind its figures
                if links and i == 0 and key not in ("ratings", "articles"):
                    return f"<td><a href='unit:{e(c)}'>{e(c)}</a></td>"
                return f"<td>{e(word(c))}</td>"

            body = "".join(
                "<tr>" + "".join(cell(i, c) for i, c in enumerate(row)) + "</tr>" for row in sec.rows
            )
            parts.append(
                f"<table border='1' cellspacing='0' cellpadding='2' width='100%' style='font-size:8pt'>"
                f"<tr>{head}</tr>{body}</table>"
            )
    findings = w.join.join(w.finding(r, n) for r, n in s.findings) or w.none
    parts.append(f"<h2>{e(word('存在的问题(督查跟进)'))}</h2><p>{e(findings)}{w.stop}</p>")
    ex = "".join(
        f"<li>{e(w.exemplar.format(c, summary, k, rec, rep))}</li>" for c, k, rec, summary, rep in s.exemplars
    )
    parts.append(f"<h2>{e(word('典型经验'))}</h2><ul>{ex or f'<li>{w.none}</li>'}</ul>")
    parts.append(f"<p style='font-size:7pt'>{e(w.stamp(s, moment))}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def write_xlsx(s: Summary, moment: datetime | None, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "总览"
    append_row(ws, [f"{s.township}{s.year}年“走进群众”活动总结"])
    append_row(ws, [stamp(s, moment)])
    for sec in s.sections:
        append_row(ws, [])
        append_row(ws, [f"{sec.title}({sec.clause})"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for k, v in sec.figures:
            append_row(ws, [k, v])
    append_row(ws, [])
    append_row(ws, ["督查跟进(未完成与标记)"])
    for rule, n in s.findings:
        append_row(ws, [rule, RULE_NAMES.get(rule, ""), n])
    for sec in s.sections:
        if sec.rows:
            sheet = wb.create_sheet("".join(c for c in sec.title if c not in "[]:*?/\\:")[:28])
            append_row(sheet, list(sec.header))
            for row in sec.rows:
                append_row(sheet, list(row))
            append_row(sheet, [])
            append_row(sheet, [stamp(s, moment)])
    sheet = wb.create_sheet("典型经验")
    append_row(sheet, ["编号", "记录类别", "记录", "摘要", "上报"])
    for row in s.exemplars:
        append_row(sheet, list(row))
    save_workbook(wb, out)


def write_docx(s: Summary, moment: datetime | None, out: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(11)
    doc.add_heading(f"{s.township}{s.year}年“走进群众”活动总结", level=0)
    doc.add_paragraph(stamp(s, moment))
    for n, sec in enumerate(s.sections, 1):
        doc.add_heading(f"{'一二三四五六七八九十'[n - 1]}、{sec.title}({sec.clause})", level=1)
        doc.add_paragraph(";".join(f"{k} {v}" for k, v in sec.figures) + "。")
        if sec.rows:
            table = doc.add_table(rows=1, cols=len(sec.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, sec.header, strict=True):
                cell.text = text
            for row in sec.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
    doc.add_heading("存在的问题(督查跟进)", level=1)
    for rule, count in s.findings:
        doc.add_paragraph(f"{RULE_NAMES.get(rule, rule)}({rule}):{count} 项", style="List Bullet")
    doc.add_heading("典型经验", level=1)
    for code, kind, record, summary, reported in s.exemplars:
        doc.add_paragraph(f"{code} {summary}(来自{kind} {record},{reported})", style="List Bullet")
    doc.save(str(out))


def write_pdf(s: Summary, moment: datetime | None, out: Path) -> int:
    """Through Qt's printing (A4, running header, page numbers); works without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.gui.app import make_qapp
    from desk.gui.printing import write_pdf as print_pdf

    make_qapp("zh")
    return print_pdf(out, summary_html(s, moment), f"{s.township}{s.year}年“走进群众”活动总结")


def write_summary(s: Summary, moment: datetime | None, out: Path) -> None:
    with landing(out) as partial:
        _write_summary(s, moment, partial, out.suffix.lower())


def _write_summary(s: Summary, moment: datetime | None, out: Path, suffix: str) -> None:
    match suffix:
        case ".xlsx":
            write_xlsx(s, moment, out)
        case ".docx":
            write_docx(s, moment, out)
        case ".pdf":
            write_pdf(s, moment, out)
        case _:
            raise DomainError(f"活动总结须存为 .docx、.pdf 或 .xlsx:{out.name}")
