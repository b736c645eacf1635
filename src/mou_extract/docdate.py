"""The date a document was issued (``doc_date``).

Taken from an issue label (配信, 発表日, 公表日, 掲載日, 記者発表 …) or from a
letterhead line near the top that holds little more than a full date. Page
maintenance dates (更新日, 最終更新, 作成日) are never the issue date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import DateMention

_LABEL_BEFORE = re.compile(r"(?:配信|発表|公表|公開|掲載|発行|発信|記者発表|報道発表|プレスリリース|リリース|提供|作成)(?:日|日時)?\s*[:：]?\s*$")
_LABEL_AFTER = re.compile(r"^\s*(?:付け?\s*)?(?:配信|発表|公表|掲載|発行|記者発表|報道発表)")
_MAINTENANCE = re.compile(r"更新|最終|改訂|修正|アクセス|閲覧|ページ作成")
_LETTERHEAD_JUNK = re.compile(r"[\s　|]|記者発表資料|報道発表資料|報道資料|記者発表|プレスリリース|お知らせ|報道発表|発表|資料提供|令和|平成")
_HEAD_LINES = 15


@dataclass(frozen=True, slots=True)
class DocDate:
    value: str
    start: int
    end: int
    how: str  # "label" or "letterhead"


def find_doc_date(text: str, dates: list[DateMention]) -> DocDate | None:
    """Pick the issue date among ``dates`` (mentions of ``text``)."""
    valid = [d for d in dates if d.value and not d.inferred]
    for d in valid:
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:d.start], text[d.end:line_end]
        if _MAINTENANCE.search(before[-12:]) or _MAINTENANCE.search(after[:8]):
            continue
        if _LABEL_BEFORE.search(before[-16:]) or _LABEL_AFTER.search(after[:10]):
            return DocDate(d.value, d.start, d.end, "label")
    # Letterhead: within the first lines, a line that is (almost) only a full date.
    head_end = 0
    for _ in range(_HEAD_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    for d in valid:
        if d.start >= head_end:
            break
        if d.value.count("-") < 2:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if _MAINTENANCE.search(line):
            continue
        rest = _LETTERHEAD_JUNK.sub("", text[line_start:d.start] + text[d.end:line_end])
        rest = re.sub(r"[（(][月火水木金土日祝・]+[)）]", "", rest)
        if len(rest) <= 2:
            return DocDate(d.value, d.start, d.end, "letterhead")
    return None
