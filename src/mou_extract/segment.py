"""Split normalised text into units (sentences, table rows, list items) and
recognise headings, so the record stage can reason about a document's layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A heading: a short line that numbers or marks a section (1 目的, 3.連携協力事項,
# 【目的】, ■概要, 第2条(連携事項)). Items ((1)…, ・…, ①…) are not headings.
_HEADING = re.compile(
    r"^\s*(?:\d{1,2}\s*[\.．、)）]?\s*(?=\D)|[一二三四五六七八九十]{1,3}\s*[、.．]|第\s*[0-9一二三四五六七八九十]+\s*条|[【■□●◆◇▼▽〇○◎]|<|＜)"
)
_ITEM = re.compile(r"^\s*(?:[(（]\s*[0-9a-zA-Zア-ン一二三四五六七八九十]+\s*[)）]|[0-9]+\)|[・•\-－*※]|[①-⑳]|[ア-ン]\s)")


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, table row or list item: ``text`` is ``doc[start:end]``."""

    start: int
    end: int
    text: str
    line: int
    is_heading: bool
    is_item: bool
    is_row: bool
    indent: int = 0  # leading spaces of its line: deeper lines are items of the one above


_EN_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\"”’])\.\s+(?=[A-Z\"“])")
_ITEM_NUMBER = re.compile(r"\s*(?:[0-9]{1,3}|[ivxIVX]{1,4})")
_EN_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|No|Jr|Sr|Prof|Gov|Corp|Dept|vs|etc|approx)|\b[A-Z]|\.[A-Za-z])\.$")


# a site's title bar: 地域ニュース | みなと新報デジタル, 学長の活動記録 | 国立大学法人 宮崎大学
TITLE_BAR = re.compile(r"\s[|｜]\s")


def lines_end(text: str, n: int) -> int:
    """The offset where the first ``n`` lines of ``text`` end."""
    end = 0
    for _ in range(n):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end


def text_lines_end(text: str, n: int) -> int:
    """The offset where the first ``n`` lines of ``text`` that hold text end (blank lines not counted)."""
    end = 0
    for _, m in zip(range(n), re.finditer(r"[^\n]*\S[^\n]*", text)):
        end = m.end()
    return end


def split_units(text: str) -> list[Unit]:
    """Lines, then sentences within a line at 。 (quoted 「」 stretches are never split)."""
    units: list[Unit] = []
    pos = 0
    for lineno, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        heading = bool(_HEADING.match(line)) and len(line.strip()) <= 40 and "。" not in line
        indent = len(line) - len(line.lstrip(" \t"))
        item = bool(_ITEM.match(line))
        # a table row: cells split by | (HTML tables are rendered " | "; text tables often 地域名|国|…)
        row = " | " in line or line.rstrip().endswith("|") or (line.count("|") >= 2 and "。" not in line)
        depth = 0
        s = 0
        for i, ch in enumerate(line):
            if ch in "「『(（":
                depth += 1
            elif ch in "」』)）":
                depth = max(0, depth - 1)
            elif ch == "。" and depth == 0:
                _add(units, text, line_start + s, line_start + i + 1, lineno, heading, item, row, indent)
                s = i + 1
            elif ch == "." and depth == 0 and _EN_SENTENCE_END.match(line, i) and not _EN_ABBREV.search(line, max(0, i - 6), i + 1) \
                    and not _ITEM_NUMBER.fullmatch(line, s, i):  # (  1. Supply chains for hydrogen: an item's number, not a sentence)
                # an English sentence ends: "…since 2012. Ireland is home to…"
                _add(units, text, line_start + s, line_start + i + 1, lineno, heading, item, row, indent)
                s = i + 1
        if s < len(line):
            _add(units, text, line_start + s, line_start + len(line), lineno, heading, item, row, indent)
    return units


def _add(units: list[Unit], text: str, s: int, e: int, line: int, heading: bool, item: bool, row: bool, indent: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        units.append(Unit(s, e, text[s:e], line, heading, item, row, indent))
