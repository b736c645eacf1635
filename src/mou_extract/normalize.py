"""Normalise text (NFKC, unified dashes and tildes, folded spaces) keeping a map
back to the original.

Every rule stage runs on the normalised text; :meth:`NormalizedText.to_original`
turns an interval of it into an interval of the original decoded text, so the
evidence written out always slices the original exactly.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .segment import TITLE_BAR, text_lines_end

# Characters NFKC leaves alone but that mean the same thing in dates and ranges.
_EXTRA = str.maketrans({
    "〜": "~", "～": "~", "∼": "~", "〰": "~",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "－": "-",
    "\u3000": " ", "\u00a0": " ", "\u200b": "", "\ufeff": "",
})
# Circled and negative-circled numerals open list items (①観光 ②教育). NFKC turns ① into a bare
# "1", which glues the number to the item ("1観光") so it no longer reads as a marker; "(1)" keeps
# it one, the same as ⑴, which NFKC already writes "(1)".
_CIRCLED = {
    **{chr(0x2460 + k): f"({k + 1})" for k in range(20)},  # ①-⑳
    **{chr(0x3251 + k): f"({k + 21})" for k in range(15)},  # ㉑-㉟
    **{chr(0x32B1 + k): f"({k + 36})" for k in range(15)},  # ㊱-㊿
    **{chr(0x24EB + k): f"({k + 11})" for k in range(10)},  # ⓫-⓴
    **{chr(0x2776 + k): f"({k + 1})" for k in range(10)},  # ❶-❿
    **{chr(0x2780 + k): f"({k + 1})" for k in range(10)},  # ➀-➉
    **{chr(0x278A + k): f"({k + 1})" for k in range(10)},  # ➊-➓
}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text plus, for each of its characters, the original interval."""

    original: str
    text: str
    starts: tuple[int, ...]  # starts[i]: original offset where normalised char i begins
    ends: tuple[int, ...]  # ends[i]: original offset where normalised char i ends

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open interval of the normalised text to the original text."""
        if not self.text:
            return 0, 0
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def original_slice(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


_CHAR_FORMS: dict[str, tuple[str, bool]] = {}


def _char_form(ch: str) -> tuple[str, bool]:
    """A character's normalised form alone, and whether it attaches to the one before
    (a half-width voiced mark, a combining mark); kept once computed: texts reuse few characters."""
    form = _CHAR_FORMS.get(ch)
    if form is None:
        circled = _CIRCLED.get(ch)
        form = (circled if circled is not None else unicodedata.normalize("NFKC", ch).translate(_EXTRA),
                ch in "\uff9e\uff9f" or bool(unicodedata.combining(ch)))
        _CHAR_FORMS[ch] = form
    return form


def normalize(original: str) -> NormalizedText:
    """NFKC-normalise ``original`` character by character, keeping offsets.

    Normalising per character (rather than the whole string at once) keeps the
    map exact; the cases where NFKC composes across characters (a half-width
    katakana followed by a half-width voiced mark) are handled by normalising
    such pairs together.
    """
    n = len(original)
    forms = {ch: _char_form(ch) for ch in set(original)}
    if all(len(f) == 1 and not attaches for f, attaches in forms.values()):
        # the common case: every character maps to one, so the offsets are the identity
        table = {ord(ch): f for ch, (f, _) in forms.items() if f != ch}
        return NormalizedText(original, original.translate(table), tuple(range(n)), tuple(range(1, n + 1)))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < n:
        j = i + 1
        # half-width (semi-)voiced sound marks and combining marks attach to the previous char
        while j < n and _char_form(original[j])[1]:
            j += 1
        if j == i + 1:
            chunk = _char_form(original[i])[0]
        else:
            chunk = unicodedata.normalize("NFKC", original[i:j]).translate(_EXTRA)
        for ch in chunk:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return NormalizedText(original, "".join(out), tuple(starts), tuple(ends))


# A comma or full stop after Japanese writing (kana, kanji, 々〆, a closing 」』】) and before no digit.
_WESTERN_STOPS = re.compile(r"(?<=[\u3005\u3006\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u300d\u300f\u3011])[,.](?![0-9.])")


def unify_punctuation(nt: NormalizedText) -> NormalizedText:
    """Read a comma and a full stop written the Western way in Japanese text (the ，．of 公用文,
    university and ministry pages: 本市と本学は，令和6年4月1日，協定を締結しました．) as 、 and 。, so every
    rule sees one punctuation; a mark after a digit or a Latin letter (1,000 / 2024.4.1 / Co.,Ltd.)
    stays as it is. One character for one, so the offsets are unchanged; :func:`surface` gives a
    value back as the page wrote it."""
    if "," not in nt.text and "." not in nt.text:
        return nt
    text = _WESTERN_STOPS.sub(lambda m: "、" if m.group() == "," else "。", nt.text)
    return _in_place(nt, text)


def strip_line_ends(nt: NormalizedText) -> NormalizedText:
    """Drop the spaces a line ends with (offsets still map): a PDF's or an editor's trailing blanks
    would widen a line past the page's width and hide where a sentence or a cell ends."""
    if " \n" not in nt.text and "\t\n" not in nt.text and not nt.text.endswith((" ", "\t")):
        return nt
    drop: set[int] = set()
    for m in re.finditer(r"[ \t]+(?=\n|$)", nt.text):
        drop.update(range(m.start(), m.end()))
    return _without(nt, drop)


def unbracket_headline(nt: NormalizedText) -> NormalizedText:
    """Read the page's first line without the 【】 that enclose all of it (【新潟大学】, 【富山大学 学術交流協定
    締結校一覧】): the brackets dress the headline up, and the body or the title it names opens the page."""
    m = re.match(r"\s*【(?P<h>[^【】\n]+)】[ \t]*(?=\n|$)", nt.text)
    if m is None:
        return nt
    return _without(nt, {m.start("h") - 1, m.end("h")})


def untab_indents(nt: NormalizedText) -> NormalizedText:
    """Read the tabs that indent a line holding no other tab as spaces, one for one (offsets unchanged):
    an editor's indent, not an empty first cell of a tab-separated row."""
    if "\n\t" not in nt.text and not nt.text.startswith("\t"):
        return nt
    out = list(nt.text)
    for m in re.finditer(r"(?m)^(\t+)(?=[^\t\n]+$)", nt.text):
        for i in range(m.start(1), m.end(1)):
            out[i] = " "
    text = "".join(out)
    return _in_place(nt, text)


def unify_bullets(nt: NormalizedText) -> NormalizedText:
    """Read the round bullets of a list (○締結日：… / ○場所：…, ◎釜山大学校 / ◎国立台湾師範大学) as ・, one for
    one (offsets unchanged): pages mark the same items with either, and the rules read one. A ○ line
    standing alone stays: it is a title or a heading (○宿毛市と大月町との消防相互応援協定)."""
    if "○" not in nt.text and "◎" not in nt.text:
        return nt
    out = list(nt.text)
    lines = nt.text.split("\n")
    bullet = [re.match(r"[ \t]*([○◎])(?=[ \t]*[^\s○◎])", line) for line in lines]
    pos = 0
    for n, (line, m) in enumerate(zip(lines, bullet)):
        if m is not None and ((n > 0 and bullet[n - 1] is not None) or (n + 1 < len(lines) and bullet[n + 1] is not None)):
            out[pos + m.start(1)] = "・"
        pos += len(line) + 1
    text = "".join(out)
    return _in_place(nt, text)


def undouble_spacing(nt: NormalizedText) -> NormalizedText:
    """Take out the blank line a double-spaced page puts after every line (a copy from HTML or a PDF: 本市は、
    令和6年4月1日に / (blank) / 協定を締結しました。): no two lines with text touch, and sentences run on across
    the blanks. In each run of blank lines half are dropped (one goes, three leave one: the paragraph
    break), so the page reads as written; offsets still map."""
    lines = nt.text.split("\n")
    adjacent = single = run_on = 0
    for i in range(len(lines) - 2):
        line = lines[i].strip()
        if not line:
            continue
        if lines[i + 1].strip():
            adjacent += 1
        elif lines[i + 2].strip():
            single += 1
            run_on += len(line) >= 16 and line[-1] not in _SENTENCE_END
    if single < 6 or adjacent > 0.05 * (adjacent + single) or run_on < 3:
        return nt
    drop: set[int] = set()
    for m in re.finditer(r"\n(?:[ \t]*\n)+", nt.text):
        if m.start() == 0 or m.end() == len(nt.text):
            continue
        breaks = [m.start() + k for k, ch in enumerate(m.group()) if ch == "\n"]
        kept = set(breaks[: (len(breaks) - 1) // 2 + 1])  # k blank lines → k // 2
        drop.update(i for i in range(m.start(), m.end()) if i not in kept)
    return _without(nt, drop) if drop else nt


# a page number a PDF prints alone on a line: - 2 -, －3－ (NFKC and _EXTRA make every dash -), 2 / 5, p.4, 4ページ
_PAGE_NUMBER = re.compile(r"^[ \t]*(?:[-ー]\s*[0-9]{1,3}\s*[-ー]|[0-9]{1,3}\s*/\s*[0-9]{1,3}|[pP]\.\s*[0-9]{1,3}|[0-9]{1,3}\s*ページ)[ \t]*$")


def drop_page_breaks(nt: NormalizedText) -> NormalizedText:
    """Take out a PDF's page breaks: the page number alone on its line, the blank lines round it, and the
    running head the next page repeats (one of the document's first lines), so a sentence the break cut runs on
    (…令和6年4月1日に / - 2 - / 協定を締結しました。). Where the line before ends a sentence, one blank line
    stays; offsets still map."""
    lines = nt.text.split("\n")
    if not any(_PAGE_NUMBER.match(line) for line in lines):
        return nt
    starts = _line_starts(lines)
    top = text_lines_end(nt.text, 3)
    heads = {line.strip() for line, at in zip(lines, starts) if at < top and line.strip()}  # (what a page's head repeats)
    drop: set[int] = set()
    n = 0
    while n < len(lines):
        if not _PAGE_NUMBER.match(lines[n]):
            n += 1
            continue
        a = n
        while a > 0 and not lines[a - 1].strip():
            a -= 1
        b = n + 1
        while b < len(lines) and not lines[b].strip():
            b += 1
        if b < len(lines) and lines[b].strip() in heads and len(lines[b].strip()) <= 40:  # the running head
            b += 1
            while b < len(lines) and not lines[b].strip():
                b += 1
        if b >= len(lines):
            cut_from, cut_to = starts[a], len(nt.text)  # (the last page's foot)
        elif a == 0 or lines[a - 1].rstrip()[-1:] not in _SENTENCE_END:
            cut_from, cut_to = starts[a], starts[b]  # the lines before and after touch: a sentence runs on
        else:
            cut_from, cut_to = starts[a], starts[b] - 1  # one blank line stays between the paragraphs
        drop.update(range(cut_from, cut_to))
        n = b
    return _without(nt, drop) if drop else nt


def unify_quotes(nt: NormalizedText) -> NormalizedText:
    """Read 『…』 standing on its own (not inside 「…」, where it is the inner quote) as 「…」: many pages
    quote an instrument's name, or 以下『甲』という, with the double brackets, and every rule reads one
    kind. One character for one, so the offsets are unchanged."""
    if "『" not in nt.text:
        return nt
    out = list(nt.text)
    depth = 0  # open 「
    opened: list[int] = []  # the 『 turned into 「, waiting for their 』
    for i, ch in enumerate(nt.text):
        if ch == "「":
            depth += 1
        elif ch == "」":
            depth = max(0, depth - 1)
        elif ch == "『" and depth == 0:
            out[i] = "「"
            opened.append(i)
            depth += 1
        elif ch == "』" and opened and depth == 1:
            out[i] = "」"
            opened.pop()
            depth = 0
        elif ch == "\n" and depth and not opened:
            depth = 0  # (a 「 left open on its line does not hold the rest of the page)
    text = "".join(out)
    return _in_place(nt, text)


def surface(nt: NormalizedText, value: str, start: int, end: int) -> str:
    """``value``, found in ``nt.text[start:end]``, with every 、 and 。 that :func:`unify_punctuation`
    put in written back as the page's own mark (NFKC: , or .); other values are returned as they are."""
    if "、" not in value and "。" not in value:
        return value
    at = nt.text.find(value, start, max(end, start + len(value)))
    if at < 0:
        return value
    out = list(value)
    for k, ch in enumerate(value):
        if ch in "、。":
            i = at + k
            own = unicodedata.normalize("NFKC", nt.original[nt.starts[i] : nt.ends[i]])
            if own in (",", "."):
                out[k] = own
    return "".join(out)


def nfkc_key(s: str) -> str:
    """The comparison key the annotation guide uses: NFKC with all spaces removed."""
    return "".join(unicodedata.normalize("NFKC", s).split())


_SENTENCE_END = "。」』）)!?！？:：|"
# （以下「乙」 / という。）とは…: a line closing a bracket runs on when the next opens with a particle
_PARTICLE_RUNS_ON = re.compile(r"^\s*(?:という|とは|との|とを|とが|とで|とする|とし|を|に|が|は|で|の|や|へ|から|まで|より)")
_LINE_MARKERS = "■□●○◆◇・-‐※【[(（*＊#＃"
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[\s.．、)）]|[一二三四五六七八九十]{1,3}[ .．、]|[(（][一二三四五六七八九十]{1,3}[)）])")  # 2. / 二 連携… / (一)
# a line that is a date and nothing else (a letterhead's 2024年11月21日 木曜日) ends itself
_DATE_ONLY = re.compile(r"^\s*(?:令和|平成|昭和)?[0-9元]{1,4}年[0-9]{1,2}月[0-9]{1,2}日\s*(?:[(（]?[月火水木金土日](?:曜日?)?[)）]?)?\s*$")
# (1992年)…, (生活協同組合コープがっさん)の4者による…: the sentence goes on, not an item "(1)"
_BRACKETED_TEXT = re.compile(r"[(（](?:[0-9]{3,4}年|(?![0-9０-９一二三四五六七八九十ア-オ]{1,2}[)）])[^()（）\n]{2,30}[)）](?:の|は|が|と|を|に|、))")


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` (a text split at its newlines) starts in the text."""
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _in_place(nt: NormalizedText, text: str) -> NormalizedText:
    """``nt`` with ``text`` in its place, one character for one, so every offset keeps its map (``nt``
    itself when nothing changed)."""
    return nt if text == nt.text else NormalizedText(nt.original, text, nt.starts, nt.ends)


def _without(nt: NormalizedText, drop: set[int]) -> NormalizedText:
    """``nt`` with the characters at ``drop`` removed; the rest keep their map to the original."""
    keep = [i for i in range(len(nt.text)) if i not in drop]
    return NormalizedText(
        nt.original,
        "".join(nt.text[i] for i in keep),
        tuple(nt.starts[i] for i in keep),
        tuple(nt.ends[i] for i in keep),
    )


def _mode(values: list[int], slack: int) -> int:
    """The most common value, counting its neighbours within ``slack``; the larger on a tie."""
    counts: dict[int, int] = {}
    for n in values:
        counts[n] = counts.get(n, 0) + 1
    return max(counts, key=lambda n: (sum(counts.get(m, 0) for m in range(n - slack, n + slack + 1)), n))


def _columns(line: str) -> int:
    """Display width: two columns for a wide (full-width) character, one for the rest."""
    return len(line) + sum(unicodedata.east_asian_width(ch) in "FW" for ch in line if ch > "\u10ff")


_ENDS_WITH_DATE = re.compile(r"(?:[HRSTM]|平成|令和|昭和)?[0-9]{1,4}[./][0-9]{1,2}[./][0-9]{1,2}$")
_DATED_ENTRY = re.compile(r"^\s*(?:(?:令和|平成|昭和)?[0-9元]{1,4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?|[0-9]{4}[./][0-9]{1,2}(?:[./][0-9]{1,2})?)\s")
_DATE_CELL = re.compile(r"^\s*(?:[HRS][0-9]{1,2}|(?:令和|平成|昭和)[0-9元]{1,2}年|[0-9]{4}[./年])")
_ROW_DATE = re.compile(r"\s(?:[HRSTM]|平成|令和|昭和)?[0-9]{1,4}[./][0-9]{1,2}[./][0-9]{1,2}(?:\s|$|[^0-9./])")
_KEY_VALUE = re.compile(r"^\s*[^\s:：。、]{1,8}\s*[:：]\s*\S")
# 締結日　平成24年6月1日: a kanji key, a space, its value (an article, 第二条　この協定は…, is prose)
_SPACED_KEY = re.compile(r"^\s*(?!第[0-9一二三四五六七八九十百]{1,4}条)[一-龥]{2,6}\s+\S")


def unwrap_lines(nt: NormalizedText) -> NormalizedText:
    """Join hard-wrapped lines (text pasted from a PDF or a fixed-width 広報 page).

    A document counts as wrapped when at least three of its long lines share one
    width and stop mid-sentence; only such lines lose their line break (and the
    indentation of the line after), so a sentence and a name broken across lines
    (ホーシャ / ム市) are whole again. Offsets still map to the original text.
    A page set in narrow columns (a vertical 広報 pasted as lines of nine characters)
    is read the same way when many more of its lines share that narrow width.
    """
    wide = _unwrap_at(nt, min_len=11, min_joined=3, share=0.4)
    if wide is not nt:
        return wide
    # (the narrow reading needs ten short lines to join at least: most pages have none, and are done)
    short = sum(1 for line in nt.text.split("\n") if 6 <= len(line.strip()) <= 12)
    return _unwrap_at(nt, min_len=6, min_joined=10, share=0.6) if short >= 10 else nt


def _unwrap_at(nt: NormalizedText, *, min_len: int, min_joined: int, share: float) -> NormalizedText:
    lines = nt.text.split("\n")
    # A text is wrapped by characters (a tool that counts them) or by columns (a PDF page, where
    # a full-width character takes two and half-width digits less room: 昭和62年(1987年)10月);
    # the measure under which more lines break mid-sentence is the one the page used. Both are
    # taken on the original line: NFKC narrows full-width spaces and digits the page counted wide.
    # Table rows (cells joined by " | ") are never wrapped prose.
    starts_at = _line_starts(lines)

    def original_body(i: int) -> str:
        body = lines[i].rstrip()
        if not body:
            return ""
        a = nt.starts[starts_at[i]]
        b = nt.ends[starts_at[i] + len(body) - 1]
        return nt.original[a:b]

    bodies = [original_body(i) for i in range(len(lines))]
    long_at = [i for i, line in enumerate(lines)
               if len(line.strip()) >= min_len and " | " not in line and len(_GAP.findall(line.strip())) < 2]
    long_lines = [bodies[i] for i in long_at]
    if len(long_lines) < 4:
        return nt
    best: set[int] = set()
    best_spaced: set[int] = set()
    best_joined = 0
    for measure, slack, below, above, prose_width in ((len, 1, 2, 1, 24), (_columns, 2, 4, 2, 48)):
        width = _mode([measure(x) for x in long_lines], slack)
        drop: set[int] = set()
        spaced: set[int] = set()
        pos = 0
        joined = 0
        for i, line in enumerate(lines[:-1]):
            end = pos + len(line)
            body = line.rstrip()
            nxt = lines[i + 1]
            if (
                width - below <= measure(bodies[i]) <= width + above
                and body
                and " | " not in body
                and len(_GAP.findall(body.strip())) < 2 and len(_GAP.findall(nxt.strip())) < 2  # a fixed-width table's rows
                and (body[-1] not in _SENTENCE_END or (body[-1] in "」』）)" and _PARTICLE_RUNS_ON.match(nxt)))
                and not _DATE_ONLY.match(body)
                and nxt.strip()
                and not _RULE_LINE.match(nxt) and not _RULE_LINE.match(body)  # a rule under a heading ends it
                and (nxt.lstrip()[0] not in _LINE_MARKERS or _BRACKETED_TEXT.match(nxt.lstrip()))
                and not _NUMBERED.match(nxt)
                and not (_KEY_VALUE.match(body) and _KEY_VALUE.match(nxt))  # 国・地域 :大韓民国 / 初回締結 :1991年10月
                # (名称　…の覚書 / 署名者　佐賀県副知事: a report's key/value lines, never wrapped prose)
                and not _SPACED_KEY.match(bodies[i]) and not _SPACED_KEY.match(bodies[i + 1])
                # (…協定 富山県射水市 H24.11.6 / …協定 岐阜県美濃加茂市 R2.3.27: rows of a dated list, each ending with its date)
                and not (_ENDS_WITH_DATE.search(body) and _ROW_DATE.search(nxt))
                # (2024年6月10日 …を募集します / 2024年6月3日 …を締結しました: a news list's dated entries)
                and not (_DATED_ENTRY.match(body) and _DATED_ENTRY.match(nxt))
                and len(body) - len(body.lstrip()) < 8  # a line set to the right (a date, a department) stands alone
            ):
                joined += 1
                j = end + 1
                while j < len(nt.text) and nt.text[j] in " \t":
                    drop.add(j)
                    j += 1
                if re.match(r"[A-Za-z0-9,]", body[-1]) and re.match(r"[A-Za-z]", nt.text[j : j + 1]):
                    spaced.add(end)  # Universitas Gadjah / Mada: Latin words keep a space between them
                elif j > end + 1 and body.strip().count(" ") >= 2 and _DATE_CELL.match(nxt):
                    spaced.add(end)  # a row of cells wrapped under itself (…諏訪支部 / 　R2.7.10 …): the cells stay apart
                else:
                    drop.add(end)  # the newline
            pos = end + 1
        # wrapped when most long lines break at the width, or when the lines at the width (six or more)
        # nearly all do where no sentence ends: a 広報 page's prose between many short headings and items
        # (prose set at a width of 24 characters or more: list items of one length are no wrapped page)
        # (a line at the width before a blank line ends its paragraph: no evidence either way)
        at_width = sum(1 for i in long_at if width - below <= measure(bodies[i]) <= width + above
                       and bodies[i].rstrip()[-1] not in _SENTENCE_END and i + 1 < len(lines) and lines[i + 1].strip())
        # (a narrower column, a newsletter's 20 characters, when a dozen lines or more run on)
        wrapped = joined >= share * len(long_lines) or (joined >= 6 and joined >= 0.8 * at_width and (width >= prose_width or (joined >= 12 and width >= 16)))
        if joined >= min_joined and wrapped and joined > best_joined:
            best, best_spaced, best_joined = drop, spaced, joined
    if best_spaced:
        chars = list(nt.text)
        for i in best_spaced:
            chars[i] = " "
        nt = NormalizedText(nt.original, "".join(chars), nt.starts, nt.ends)
    return _without(nt, best) if best else nt


_LATIN_RUNS_ON = re.compile(r"(?:,|\b(?:a|an|the|of|in|on|at|to|for|and|or|with|by|from|between|under|as|its|their|our|this|that|which|who|is|are|was|were|has|have|had|will|be|been|not|into|within|among|upon))$", re.I)
_LATIN_ITEM = re.compile(r"^\s*(?:[-*•・■●◆]|\(?[0-9a-zA-Z]{1,2}[.)]\s|[0-9]{1,2}\s)")


def _latin_line(line: str) -> bool:
    body = line.replace(" ", "")
    return len(body) >= 8 and sum(ch.isascii() for ch in body) >= 0.8 * len(body)


def _latin_break(body: str, nxt: str) -> bool:
    """Whether an English line may run on into the next: both English, the next no list item,
    neither a table row, and the line not closed by punctuation."""
    first = nxt.lstrip()
    return bool(first) and _latin_line(body) and _latin_line(nxt) and not _LATIN_ITEM.match(nxt) \
        and "|" not in body and "|" not in nxt and body[-1] not in ".:;!?)]\"”'" \
        and len(_GAP.findall(body.strip())) < 2 and len(_GAP.findall(first)) < 2 \
        and not _RULE_LINE.match(body.strip()) and not _RULE_LINE.match(first) \
        and not (_GAP.search(body.strip()) and _LATIN_DATE_END.search(body))  # (==== rules; PRESS RELEASE    12 September 2024)


_LATIN_DATE_END = re.compile(r"(?:[0-9]{1,2} [A-Z][a-z]+\.? [0-9]{4}|[A-Z][a-z]+\.? [0-9]{1,2}, [0-9]{4})$")
_CENTRED_INSTRUMENT = re.compile(r"^ {6,}(?:Memorandum|Agreement|Joint (?:Declaration|Statement)|Letter of Intent|Declaration|Protocol|Charter|Accord)\b")


def join_centred_title(nt: NormalizedText) -> NormalizedText:
    """Join an English instrument's title set centred over several lines at the head of its text
    (Memorandum of Understanding on the Further Development / of Friendship and Cooperation / between
    Kagawa Prefecture, Japan and / Shaanxi Province, …): the lines below the first, as deeply indented and
    not ending a sentence, are the title's, and their breaks become spaces. Offsets still map."""
    lines = nt.text.split("\n")
    starts = _line_starts(lines)
    chars: list[str] | None = None
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not _CENTRED_INSTRUMENT.match(line) or not line.isascii():
            continue
        j = i
        while j + 1 < len(lines) and len(lines[j + 1]) - len(lines[j + 1].lstrip(" ")) >= 6 and lines[j + 1].strip() \
                and lines[j + 1].isascii() and not lines[j].rstrip().endswith((".", ":", ";")) and j - i < 5:
            j += 1
        for k in range(i, j):
            chars = chars if chars is not None else list(nt.text)
            nl = starts[k] + len(lines[k])
            chars[nl] = " "
            nxt = lines[k + 1]
            drop.update(range(nl + 1, nl + 1 + len(nxt) - len(nxt.lstrip(" "))))
    if chars is None:
        return nt
    return _without(NormalizedText(nt.original, "".join(chars), nt.starts, nt.ends), drop)


def unwrap_latin(nt: NormalizedText) -> NormalizedText:
    """Join the hard-wrapped lines of English prose (a plain-text release broken near one width):
    the line break becomes a space, so a title and a date broken across lines (…on Cooperation in /
    Sport, … on 2023-11-07) read as one sentence again. Offsets still map to the original text.

    A break joins only where the line is long, English, and plainly runs on: it ends with a comma
    or a function word, or the next line opens in lower case; a heading, a list item or a line that
    ends with punctuation keeps its break. Used only when a page has two such breaks or more; such a
    page is wrapped near one width, so a line as full as those breaks there too, whatever its last word
    (…Agreement on Drone / Logistics and Community Mobility).
    """
    lines = nt.text.split("\n")
    ends: list[int] = []  # the offset of each line's newline
    pos = 0
    for line in lines[:-1]:
        ends.append(pos + len(line))
        pos = ends[-1] + 1
    bodies = [line.rstrip() for line in lines]
    runs_on = [i for i in range(len(lines) - 1)
               if len(bodies[i].strip()) >= 50 and _latin_break(bodies[i], lines[i + 1])
               and (_LATIN_RUNS_ON.search(bodies[i]) or lines[i + 1].lstrip()[0].islower())]
    if len(runs_on) < 2:
        return nt
    width = max(len(bodies[i]) for i in runs_on)
    taken = set(runs_on)
    full = [i for i in range(len(lines) - 1)
            if i not in taken and len(bodies[i]) >= width - 12 and _latin_break(bodies[i], lines[i + 1])]
    chars = list(nt.text)
    drop: set[int] = set()
    for i in runs_on + full:
        nl = ends[i]
        chars[nl] = " "
        drop.update(range(nl + 1, nl + 1 + len(lines[i + 1]) - len(lines[i + 1].lstrip())))
    spaced = NormalizedText(nt.original, "".join(chars), nt.starts, nt.ends)
    return _without(spaced, drop) if drop else spaced


# Japanese running text only: an indented line that opens with a kanji or kana, a next line that goes on in them
_PARA_START = re.compile(r"^ {1,2}(?=[一-龥ぁ-ゖァ-ヺ「『0-9])")
_CONTINUES = re.compile(r"^[一-龥ぁ-ゖァ-ヺー「『」』、]")


def unwrap_paragraphs(nt: NormalizedText) -> NormalizedText:
    """Join the lines of paragraphs typed with a one-space (full-width) indent and broken by hand
    (　舞鶴市と大連市は、昭和57年5月8日、 / 大連市において…調印しました。): a line that does not
    end a sentence, inside an indented paragraph, runs on into the unindented line after it.

    Used only when the page is written that way (two paragraphs or more open with the indent and
    two breaks or more are mid-sentence); lines of other widths are left alone.
    """
    lines = nt.text.split("\n")
    if sum(1 for line in lines if _PARA_START.match(line)) < 2:
        return nt
    drop: set[int] = set()
    pos = 0
    in_para = False
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        body = line.rstrip()
        # (a shorter line runs on too when it stops on a particle: 先月24日、町とニュージーランドの / …)
        long_enough = len(body) >= 20 or (len(body) >= 10 and body[-1:] in "のとをにがはでへや、")
        if _PARA_START.match(line) and long_enough:
            in_para = True  # a paragraph opens; an unindented line is in it only as the run-on of the line before
        nxt = lines[i + 1]
        joins = in_para and long_enough and body[-1:] not in _SENTENCE_END and body[-1:] not in ".;" and bool(_CONTINUES.match(nxt)) and not _NUMBERED.match(nxt) \
            and not _DATE_ONLY.match(body) and "|" not in body and "|" not in nxt
        if joins:
            drop.add(end)
        in_para = joins  # the line after a join is the paragraph's; any other line ends it
        pos = end + 1
    if len(drop) < 2:
        return nt
    return _without(nt, drop)


_PARTICLE_START = re.compile(r"^[ \t]*(?:(?:は|が|を|には|では|とは|とが)[、,]|を(?=[一-龥]))")  # (…「…協定」/を締結いたしました)


_QUOTED_OBJECT_START = re.compile(r"^[ \t]*「[^」\n]{2,80}」 ?(?:を|に|と(?!は)|が)")  # (」 を: a page written word by word)
_DATE_HEAD_AT_END = re.compile(r"(?:(?:明治|大正|昭和|平成|令和)[0-9元]{1,2}|[0-9]{4})年[ \t]*$")
_DATE_TAIL_AT_START = re.compile(r"^[ \t]*(?:[(（](?:昭和|平成|令和|大正)[ \t]*[0-9元]{1,2}[ \t]*年[)）][ \t]*)?[0-9]{1,2}月")  # (…1960年 / (昭和35年)8月)


def _join_next_lines(nt: NormalizedText, joins: Callable[[str, str], bool], *, close_up: bool = False) -> NormalizedText:
    """Join each line to the next where ``joins(line, next_line)``: the break and the next line's
    indent go (with ``close_up``, the line's trailing spaces too)."""
    lines = nt.text.split("\n")
    drop: set[int] = set()
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        nxt = lines[i + 1]
        if joins(line, nxt):
            tail = len(line) - len(line.rstrip(" \t")) if close_up else 0
            drop.update(range(end - tail, end + 1))
            lead = len(nxt) - len(nxt.lstrip(" \t"))
            drop.update(range(end + 1, end + 1 + lead))
        pos = end + 1
    return _without(nt, drop) if drop else nt


# a web page's furniture above its content: a breadcrumb (ホーム ＞ 市政情報 ＞ …), text-size and colour
# switches, skip links
# (a breadcrumb that opens with the site's own name, 横浜市 > ビジネス > …, names the issuer: it stays)
_FURNITURE_LINE = re.compile(r"^\s*(?:(?:ホーム|トップページ|トップ|TOP|Home)\s*[>＞›»/]"
                             r"|[^\n。]*(?:文字サイズ|文字の大きさ|背景色|本文へ|メニューへ|ふりがな|読み上げ|Foreign Language))[^\n。]*$"
                             # a news page's share buttons and ad labels, alone on their line (シェア ポスト LINEで送る / 広告)
                             r"|^\s*(?:(?:シェア(?:する)?|ポスト|ツイート|LINEで送る|LINE|ブックマーク|はてブ|X|Facebook|印刷|メール)[\s|/・]*){2,}$"
                             r"|^\s*(?:広告|PR|スポンサーリンク|Advertisement|AD)\s*$")


# a news outlet's title bar opening the page (地域ニュース | みなと新報デジタル): the outlet, not the issuer, and
# not the story's headline (a body's site, …|宮崎大学 or … | 全州市 日本語, names its issuer and stays)
_OUTLET_BAR = re.compile(r"^[^\n]*" + TITLE_BAR.pattern + r"[^|｜\n]*(?:新聞|新報|日報|タイムス|ニュース|NEWS|News|デジタル|オンライン|Online|ONLINE"
                         r"|Web|WEB|ウェブ|ポータル|テレビ|TV|放送|ジャーナル|マガジン)\s*$")


def blank_page_furniture(nt: NormalizedText) -> NormalizedText:
    """The furniture lines at the top of a saved web page (a breadcrumb from ホーム, text-size switches) are
    dropped (offsets still map): the page's own first line is its headline, its own top its letterhead,
    and no width or column is measured on them."""
    lines = nt.text.split("\n", 8)[:8]
    drop: set[int] = set()
    pos = 0
    for ln in lines:
        if (_FURNITURE_LINE.match(ln) or (pos == 0 and _OUTLET_BAR.match(ln)) or (not ln.strip() and drop and len(drop) == pos)) \
                and pos + len(ln) < len(nt.text):
            # (the line and its break, and a blank line right under dropped ones: the page opens below them)
            drop.update(range(pos, pos + len(ln) + 1))
        pos += len(ln) + 1
    return _without(nt, drop) if drop else nt


# (a news page's lists of other stories: rankings, picks, the latest, readers' comments)
_RELATED_HEAD = re.compile(r"^\s*[■□●◆◇【\[]?\s*(?:関連記事|関連情報|関連リンク|関連ページ|関連するページ|関連ニュース|新着情報|新着記事|最新記事|最新ニュース|最近の記事"
                           r"|人気の記事|人気記事|よく読まれている記事|注目の記事|注目記事|(?:アクセス|記事)?ランキング|ピックアップ|あわせて読みたい"
                           r"|この記事を読んだ人は[^\n]{0,12}|(?:編集部の)?おすすめ(?:記事)?|主要ニュース|コメント(?:\s*[(（][0-9]+件[)）])?)\s*[】\]]?"
                           r"(?:\s*[(（][^()（）\n]{1,12}[)）])?\s*$")  # (アクセスランキング(24時間))
_LINK_ITEM = re.compile(r"^\s*(?:[・\-*•●○◆◇▶▸>]\s*\S.{0,90}|[^。\n]{1,60})\s*$")


def blank_related_links(nt: NormalizedText) -> NormalizedText:
    """A page's block of links to other pages (関連記事 / ・…協定を締結しました / ・…のお知らせ) names other
    pages' news, not this one's: its characters become spaces (offsets kept), so no rule reads it."""
    lines = nt.text.split("\n")
    starts = _line_starts(lines)
    chars: list[str] | None = None
    for i, ln in enumerate(lines):
        if not _RELATED_HEAD.match(ln):
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and _LINK_ITEM.match(lines[j]):
            j += 1
        if j > i + 1:
            chars = chars if chars is not None else list(nt.text)
            for k in range(starts[i], starts[j - 1] + len(lines[j - 1])):
                if chars[k] != "\n":
                    chars[k] = " "
    return nt if chars is None else _in_place(nt, "".join(chars))


_DITTO = re.compile(r"\s*(?:〃|″|同上|\u3003)\s*")


def fill_ditto_cells(nt: NormalizedText) -> NormalizedText:
    """A table cell holding only a ditto mark (〃, 同上) says the cell above again (姉妹港 | 釜山港 | … over
    〃 | 上海港 | …): it reads as that cell's text, each character mapped to the mark. Only rows with as many
    cells as the row above are read so."""
    if not any(m in nt.text for m in ("〃", "″", "同上", "\u3003")):
        return nt
    lines = nt.text.split("\n")
    fills: dict[int, list[tuple[int, int, str]]] = {}
    above: list[str] | None = None
    for n, line in enumerate(lines):
        if " | " not in line:
            above = None
            continue
        parts = line.split(" | ")
        if above is None or len(above) != len(parts):
            above = [p.strip() for p in parts]
            continue
        resolved = []
        pos = 0
        for i, p in enumerate(parts):
            if _DITTO.fullmatch(p) and above[i] and not _DITTO.fullmatch(above[i]):
                lead = len(p) - len(p.lstrip())
                core = p.strip()
                fills.setdefault(n, []).append((pos + lead, pos + lead + len(core), above[i]))
                resolved.append(above[i])
            else:
                resolved.append(p.strip())
            pos += len(p) + 3
        above = resolved
    return _replace_spans(nt, lines, fills) if fills else nt


_YEAR_CELL = re.compile(r"(?:令和|平成|昭和|R|H|S)?(?:[0-9]{1,4}|元)")


@lru_cache(maxsize=1)
def _foreign_year() -> tuple[re.Pattern[str], dict[str, int]]:
    raw = json.loads(resources.files("mou_extract").joinpath("data/foreign_calendars.json").read_text("utf-8"))
    offsets = {name: c["offset"] for c in raw["calendars"] for name in c["names"]}
    names = "|".join(sorted(map(re.escape, offsets), key=len, reverse=True))
    return re.compile(r"(?P<cal>" + names + r")\s*(?P<y>[0-9]{1,4})\s*(?=年)"), offsets


def convert_foreign_years(nt: NormalizedText) -> NormalizedText:
    """Write a year counted in another calendar as the Western year (中華民国113年6月12日 →
    2024年6月12日, 仏暦2567年 → 2024年), so the date rules read it; the new year maps to the
    words it replaces."""
    pattern, offsets = _foreign_year()
    if not pattern.search(nt.text):
        return nt
    lines = nt.text.split("\n")
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for n, line in enumerate(lines):
        for m in pattern.finditer(line):
            spans.setdefault(n, []).append((m.start(), m.end(), str(int(m.group("y")) + offsets[m.group("cal")])))
    return _replace_spans(nt, lines, spans)


_COLUMN_GAP = re.compile(r" {3,}")


def split_side_by_side(nt: NormalizedText) -> NormalizedText:
    """Read a page pasted from a two-column PDF (a 広報 page whose left and right columns share each line,
    set apart by a run of spaces at one display column) column by column: within each run of such lines,
    the left column's text, then the right column's, each line of a column kept a line (the wrap rules
    join them after). Offsets still map each character to the original; they run down one column, then
    down the other. Only runs with five lines or more that hold both columns at one gap are read so."""
    if "   " not in nt.text:
        return nt
    lines = nt.text.split("\n")
    starts = _line_starts(lines)

    def width(i: int, j: int) -> int:  # display width in the original of nt characters i..j
        return _columns(nt.original[nt.starts[i] : nt.ends[j - 1]]) if j > i else 0

    # per line: (left end, right start) in the line, the right column's display column, or None
    parts: list[tuple[int, int, int] | None] = []
    for n, line in enumerate(lines):
        m = next((g for g in _COLUMN_GAP.finditer(line) if g.end() < len(line)), None)
        parts.append((m.start(), m.end(), width(starts[n], starts[n] + m.end())) if m is not None else None)
    cols = [p[2] for p, line in zip(parts, lines) if p is not None and p[0] > 0 and 24 <= p[2] <= 90]
    if len(cols) < 5:
        return nt
    gap_col = _mode(cols, 2)

    def kind(n: int) -> str:
        line, p = lines[n], parts[n]
        if not line.strip():
            return "blank"
        if p is not None and abs(p[2] - gap_col) <= 2:
            return "both" if p[0] > 0 and line[: p[0]].strip() else "right"
        return "left" if width(starts[n], starts[n] + len(line.rstrip())) < gap_col - 1 else "other"

    kinds = [kind(n) for n in range(len(lines))]
    runs: list[tuple[int, int]] = []
    n = 0
    while n < len(lines):
        if kinds[n] not in ("both", "right", "left"):
            n += 1
            continue
        m = n
        while m < len(lines) and kinds[m] in ("both", "right", "left", "blank"):
            m += 1
        while m > n and kinds[m - 1] == "blank":
            m -= 1
        both = [k for k in range(n, m) if kinds[k] == "both"]
        # prose in both columns, not a table's cells: few lines hold a second gap, many left parts fill their
        # column (a wrapped line), and the right parts are sentences with kana
        second = sum(1 for k in both if _COLUMN_GAP.search(lines[k], parts[k][1]))
        long_left = sum(1 for k in both if width(starts[k], starts[k] + parts[k][0]) >= gap_col - 12
                        and not re.search(r"\S {2,}\S", lines[k][: parts[k][0]]))
        kana_right = sum(1 for k in both if re.search(r"[ぁ-ゖ]", lines[k][parts[k][1] :]))
        kana_left = sum(1 for k in both if re.search(r"[ぁ-ゖ]", lines[k][: parts[k][0]]))  # (not a date or a name column)
        if len(both) >= 5 and second <= 0.2 * len(both) and long_left >= max(5, 0.35 * len(both)) \
                and kana_right >= 0.5 * len(both) and kana_left >= 0.4 * len(both):
            runs.append((n, m))
        n = max(m, n + 1)
    if not runs:
        return nt
    out = _Rebuilt(nt)
    pos = 0
    for a, b in runs:
        out.keep(pos, starts[a])
        left = [(starts[k], starts[k] + (parts[k][0] if kinds[k] == "both" else len(lines[k].rstrip()))) for k in range(a, b)
                if kinds[k] in ("both", "left")]
        right = [(starts[k] + parts[k][1], starts[k] + len(lines[k].rstrip())) for k in range(a, b) if kinds[k] in ("both", "right")]
        nl = starts[a] + len(lines[a])  # every new line break maps to the run's first line end
        for i, (x, y) in enumerate(left + [(-1, -1)] + right):
            if x >= 0:
                out.keep(x, y)
            if i < len(left) + len(right):
                out.put("\n", nl)
        pos = starts[b - 1] + len(lines[b - 1])
    out.keep(pos, len(nt.text))
    return out.done()


# a date's units written in hiragana (2024ねん 6がつ 3にち, 1ねんかん) on an easy-Japanese page
_KANA_UNIT = re.compile(r"(?<=[0-9]) ?(?P<u>ねんかん|ねんど|ねん(?!せい)|かげつかん|かげつ|がつ|にちかん|にち)")  # (5ねんせい: a pupil's year)
_KANA_UNITS = {"ねんかん": "年間", "ねんど": "年度", "ねん": "年", "かげつかん": "か月間", "かげつ": "か月", "がつ": "月",
               "にちかん": "日間", "にち": "日"}


def write_kana_date_units(nt: NormalizedText) -> NormalizedText:
    """Write a date's units that an easy-Japanese page spells in hiragana as kanji (2024ねん 6がつ 3にち →
    2024年 6月 3日, 1ねんかん → 1年間), so the date rules read them; each kanji maps to the kana it
    replaces. (Before the spaced dates are closed up: 2024年 6月 3日 is one then.)"""
    if not any(u in nt.text for u in ("ねん", "がつ", "にち", "かげつ")):
        return nt
    lines = nt.text.split("\n")
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for n, line in enumerate(lines):
        for m in _KANA_UNIT.finditer(line):
            spans.setdefault(n, []).append((m.start(), m.end(), _KANA_UNITS[m.group("u")]))
    return _replace_spans(nt, lines, spans) if spans else nt


# a date a PDF or a typist spaced out (令和 6 年 10 月 1 日, 2024 年 5 月 10 日, 平成 元 年)
_SPACED_DATE = re.compile(r"(?:(?:令和|平成|昭和|大正) *(?:[0-9]{1,2}|元)|(?<![0-9])[0-9]{4}) *年"
                          r"(?: *[0-9]{1,2} *月(?: *[0-9]{1,2} *日)?)?|(?<![0-9])[0-9]{1,2} *月 *[0-9]{1,2} *日")


def close_spaced_dates(nt: NormalizedText) -> NormalizedText:
    """Close up the spaces inside a date (令和 6 年 10 月 1 日 → 令和6年10月1日), so every rule that
    reads a date beside its verb or its particle (…日に締結, …日から) reads it. It runs before lines
    are joined and columns found: the spaces a PDF put in widen the line they stand in, and a
    date's own spaces are no gaps between cells."""
    drop = {m.start() + i for m in _SPACED_DATE.finditer(nt.text) if " " in m.group()
            for i, c in enumerate(m.group()) if c == " "}
    return _without(nt, drop) if drop else nt


def join_date_columns(nt: NormalizedText) -> NormalizedText:
    """A table whose date is split over 年 | 月 | 日 columns (a header row naming them, under a 締結日
    one): in its rows the three cells become one date (平成29 | 6 | 12 → 平成29年6月12日; a day of - leaves
    the month), the borders between them read as 年 and 月, so the date reads as one. Offsets kept."""
    if "| 年 | 月" not in nt.text:
        return nt
    lines = nt.text.split("\n")
    gaps: dict[int, list[tuple[int, int, str]]] = {}
    for h, head in enumerate(lines):
        cells = [c.strip() for c in head.split(" | ")]
        at = next((i for i in range(len(cells) - 2) if cells[i : i + 3] == ["年", "月", "日"]), None)
        if at is None:
            continue
        for r in range(h + 1, min(len(lines), h + 60)):
            row = lines[r]
            parts = row.split(" | ")
            if len(parts) != len(cells):
                if " | " not in row:
                    break
                continue
            y, mo, d = (x.strip() for x in parts[at : at + 3])
            if not (_YEAR_CELL.fullmatch(y) and re.fullmatch(r"[0-9]{1,2}", mo) and re.fullmatch(r"[0-9]{1,2}|[-－ー―]?", d)):
                continue
            seps = [m.start() for m in re.finditer(r" \| ", row)]
            s1, s2, s3 = seps[at], seps[at + 1], (seps[at + 2] if at + 2 < len(seps) else len(row))
            gaps[r] = [(s1, s1 + 3, "年"), (s2, s2 + 3, "月")] + ([(s3, s3, "日")] if re.fullmatch(r"[0-9]{1,2}", d) else [])
    return _replace_spans(nt, lines, gaps) if gaps else nt


def join_split_dates(nt: NormalizedText) -> NormalizedText:
    """Join a date a PDF's line wrap broke after its year (…と、令和6年 / 10月1日(火)に…協定を締結):
    no line ends with a year and the next opens with its month unless the date ran on."""
    if "年\n" not in nt.text and "年 \n" not in nt.text:
        return nt

    def joins(line: str, nxt: str) -> bool:
        head = _DATE_HEAD_AT_END.search(line)
        return head is not None and bool(_DATE_TAIL_AT_START.match(nxt)) and "|" not in line and "|" not in nxt \
            and len(line.strip()) > len(head.group().strip())  # (not a year standing alone: a list's year line)

    return _join_next_lines(nt, joins, close_up=True)


def join_particle_lines(nt: NormalizedText) -> NormalizedText:
    """Join a line that opens with a particle and a comma (は、平成25年3月29日付けで締結した…) to the
    line before it: no sentence, heading or item starts that way, so the break is a wrap, wherever
    the line before stops (…鹿沼市建設業協会(以下「乙」という。) / は、…); so is a line that ends
    with a comma, which no sentence does."""
    if "、" not in nt.text and "," not in nt.text:
        return nt

    def joins(line: str, nxt: str) -> bool:
        comma = line.rstrip().endswith("、") and bool(nxt.strip()) and not re.match(r"\s*[・■□●○◆◇※\-*(（【\[0-9]", nxt) \
            and "|" not in line and len(nxt) - len(nxt.lstrip()) <= len(line) - len(line.lstrip())
        # (1月26日、市と…岐阜大学は、/「…協定」を締結した。: no sentence ends with a comma; a deeper line
        # under 意向書では、 is an item of the list it opens)
        # (令和6年7月12日、…県庁において / 「…基本合意書」に署名しました。: a sentence under way, then its object)
        # (a line opening with its date and a comma, 2024年5月28日、…は, is a sentence, not a numbered item)
        quoted_object = _QUOTED_OBJECT_START.match(nxt) is not None and "、" in line and len(line.strip()) >= 16 \
            and not re.match(r"\s*(?:[・■□●○◆◇※\-*(（【\[]|[0-9](?![0-9]{0,3}年 ?[0-9]{1,2}月 ?[0-9]{1,2}日 ?、))", line) \
            and line.rstrip()[-1:] not in "。:：」』)）"
        return (_PARTICLE_START.match(nxt) is not None or comma or quoted_object) and bool(line.strip()) \
            and not line.rstrip().endswith(("。", "|")) and "|" not in nxt

    return _join_next_lines(nt, joins)


_HANGING_HEAD = re.compile(r"^( *)(?:[・●○■□◆◇※]|-(?!-)|(?:[RHS]\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?:~\d{1,2}(?:\.\d{1,2})?)? )|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3} (?=[^\s一-龥]|[一-龥]{2})|\d{1,2}[.．)]|[ア-ン][ .．)]|[0-9]{1,2}月(?:[0-9]{1,2}日)? ) *(?=\S)")


_LABEL_OPENS = re.compile(r"^\s*[^\s:：|。、]{1,10}\s*[:：]")  # 締結年月日:… — a key of its own, no run-on


def unwrap_hanging(nt: NormalizedText) -> NormalizedText:
    """Join a list item wrapped with a hanging indent (　・7月11日、…締結した「経済連 /
    　　携に関する覚書」を更新した。): the lines below a line that opens with a marker, starting
    without one in the column its text started in, are that item's; a line of it that stops
    mid-sentence runs on into the next. Reports typed in a word processor wrap their items
    this way at no one width. Latin words broken at the line keep a space between them."""
    lines = nt.text.split("\n")
    drop: set[int] = set()
    pos = 0
    col: int | None = None  # the text column of the item being continued

    def cols(at: int, n: int) -> int:  # display columns of n characters from ``at``, on the original (NFKC narrows it)
        return _columns(nt.original[nt.starts[at] : nt.ends[at + n - 1]]) if n > 0 else 0

    def width(at: int, line: str) -> int:
        return cols(at, len(line.rstrip()))

    starts_at = _line_starts(lines)
    # the width indented lines wrap at: the commonest width among the long ones (a page's unwrapped
    # paragraphs are longer, its short items shorter)
    indented = [width(a, ln) for a, ln in zip(starts_at, lines) if ln.startswith("  ") and "|" not in ln and len(ln.strip()) >= 15]
    full = _mode(indented, 2) - 4 if len(indented) >= 3 else 10**9
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        body = line.rstrip()
        m = _HANGING_HEAD.match(line)
        if m is not None:
            col = cols(pos, m.end()) if len(body) >= 15 else None
        elif col is None and line.startswith("  ") and width(pos, line) >= full and not _ENDS_WITH_YEAR_EN.search(body):
            # (Porto, Portugal – sister city since 1978: an English entry ending with its year is whole)
            # ␣␣␣␣␣␣ブルガリア…プロヴディフ市と姉妹都市提 / ␣␣␣␣␣␣携: a line as wide as the page's widest, indented
            # like the line under it, runs on into it (a chronology's entry under a date line)
            col = cols(pos, len(line) - len(line.lstrip(" ")))
        nxt = lines[i + 1]
        spaces = len(nxt) - len(nxt.lstrip(" "))
        lead = cols(end + 1, spaces)
        runs_on = col is not None and spaces >= 1 and col - 2 <= lead <= col + 1 and bool(nxt.strip()) \
            and not _HANGING_HEAD.match(nxt) and "|" not in nxt and not _LABEL_OPENS.match(nxt) \
            and len(_GAP.findall(body.strip())) < 2 and len(_GAP.findall(nxt.strip())) < 2 \
            and not _RULE_LINE.match(body) and not _RULE_LINE.match(nxt)  # a fixed-width table's rows and rules
        if runs_on and body and len(body) >= 15 and body[-1] not in "。!?！？:：|)）" and "|" not in body \
                and not _DATE_ONLY.match(body) and width(pos, line) + 4 >= width(end + 1, nxt) \
                and not (_ENDS_WITH_DAY.search(body) and _ENDS_WITH_DAY.search(nxt)) \
                and not _SPACED_KEY.match(nxt) \
                and not (_SPACED_KEY.match(body) and len(nxt.strip()) <= 8 and "。" not in nxt):
            # (…との覚書 / 名称　…: a key line under a heading; 署名者　… / 主な内容: a label after a key line)
            # (締結先　一般社団法人… / 締結日　平成24年6月1日: the rows of a key-value block)
            # (新発田市　平成31年3月26日 / 聖籠町　平成31年3月26日: rows of a dated list, each whole)
            # (a line as full as the next: wrapped, unlike a heading over an indented paragraph)
            keep_space = bool(re.match(r"[A-Za-z0-9]", body[-1]) and re.match(r"[A-Za-z]", nxt.lstrip()))
            drop.add(end)
            drop.update(range(end + 1, end + 1 + spaces - (1 if keep_space else 0)))
        if not runs_on:
            col = None
        pos = end + 1
    return _without(nt, drop) if drop else nt


_RULE_LINE = re.compile(r"^\s*[-=_─━]{8,}\s*$")
_ENDS_WITH_YEAR_EN = re.compile(r"[A-Za-z,]\s(?:[0-9]{1,2}\s)?(?:[A-Z][a-z]+\.?\s)?(?:[0-9]{1,2},\s)?[12][0-9]{3}$")
_ENDS_WITH_DAY = re.compile(r"[0-9０-９〇一二三四五六七八九十]\s?日[)）]?\s*$")
_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def mark_aligned_columns(nt: NormalizedText) -> NormalizedText:
    """Turn a plain-text table whose columns are aligned with runs of spaces (a PDF or
    fixed-width list: 吉林省␣␣␣␣中国␣␣␣␣昭和62年6月3日) into rows with `` | `` between cells,
    as HTML tables are rendered. Only a block of three or more lines with at least two
    such gaps each counts as a table; the inserted separators map to the gap they replace."""
    lines = nt.text.split("\n")

    def row_like(line: str) -> bool:
        body = line.strip()
        gaps = list(_GAP.finditer(body))
        if len(gaps) < 2 or "。" in body[: gaps[-1].start()]:
            return False
        if "。" not in body:
            return True
        # a sentence may end the last cell (…市制施行。姫路市が誕生する), but a sentence spaced
        # out by hand (両県は  友好提携を  結んでいる。) breaks after particles, not after cells
        return not any(body[g.start() - 1] in "はをがにとでのもへや、" for g in gaps)

    is_row = [row_like(line) for line in lines]
    # a row whose last cell wraps onto a line indented under that cell (…フェニックス市と / 姉妹都市提携を結ぶ): one row
    drop: set[int] = set()
    pos = 0
    for n, line in enumerate(lines[:-1]):
        nxt = lines[n + 1]
        lead = len(nxt) - len(nxt.lstrip(" "))
        if is_row[n] and not is_row[n + 1] and lead >= 8 and nxt.strip() and not _GAP.search(nxt.strip()) \
                and line.rstrip()[-1:] not in "。)）" and len(nxt.strip()) <= 30:
            drop.update(range(pos + len(line), pos + len(line) + 1 + lead))
            is_row[n + 1] = True  # (joined below; the flag keeps the block whole)
        pos += len(line) + 1
    if drop:
        return mark_aligned_columns(_without(nt, drop))
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        if not is_row[i]:
            i += 1
            continue
        j = i
        # blank lines, rules, and an indented line under a row (its second line: the instrument's name) stay in the block
        while j < len(lines) and (is_row[j] or (not lines[j].strip() or set(lines[j].strip()) <= set("-=─━_ "))
                                  or (j > i and is_row[j - 1] and lines[j][:2] == "  " and j + 1 < len(lines) and is_row[j + 1])):
            j += 1
        block = [k for k in range(i, j) if is_row[k]]
        if len(block) >= 3:
            rows.update(block)
        i = j
    return _mark_cells(nt, lines, rows, _GAP)


class _Rebuilt:
    """A new normalised text built from ``nt``: characters kept with their map, or put in
    with the map of a span of ``nt`` (the gap or line break they stand for)."""

    def __init__(self, nt: NormalizedText) -> None:
        self.nt = nt
        self.text: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def keep(self, i: int, j: int) -> None:
        """Keep the characters ``i``..``j`` of ``nt``."""
        self.text.extend(self.nt.text[i:j])
        self.starts.extend(self.nt.starts[i:j])
        self.ends.extend(self.nt.ends[i:j])

    def put(self, chars: str, i: int, j: int | None = None) -> None:
        """Put ``chars`` in, each mapped to what the characters ``i``..``j`` (default: ``i`` alone) map to."""
        a, b = self.nt.starts[i], self.nt.ends[(i if j is None else j) - (0 if j is None else 1)]
        for ch in chars:
            self.text.append(ch); self.starts.append(a); self.ends.append(b)

    def done(self) -> NormalizedText:
        return NormalizedText(self.nt.original, "".join(self.text), tuple(self.starts), tuple(self.ends))


# a run of single letters set apart by single spaces, as a PDF letter-spaces a date or a title
# (令 和 6 年 9 月 1 2 日, 協 定 書): at least four of them, one a kanji or kana
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[一-龥ぁ-ゖァ-ヺ0-9] ){3,}[一-龥ぁ-ゖァ-ヺ0-9](?!\S)")
_KANJI_OR_KANA = re.compile(r"[一-龥ぁ-ゖァ-ヺ]")


def join_spaced_letters(nt: NormalizedText) -> NormalizedText:
    """Close up letter-spaced words (令 和 6 年 9 月 1 2 日 → 令和6年9月12日); each letter keeps its map."""
    runs = [m.span() for m in _SPACED_LETTERS.finditer(nt.text) if _KANJI_OR_KANA.search(m.group())]
    if not runs:
        return nt
    out = _Rebuilt(nt)
    pos = 0
    for a, b in runs:
        out.keep(pos, a)
        for i in range(a, b, 2):
            out.keep(i, i + 1)
        pos = b
    out.keep(pos, len(nt.text))
    return out.done()


def _mark_cells(nt: NormalizedText, lines: list[str], rows: set[int], gap: re.Pattern[str]) -> NormalizedText:
    """Replace each ``gap`` inside the lines numbered ``rows`` by `` | ``; the separator
    maps to the gap it replaces, every other character keeps its map."""
    if not rows:
        return nt
    return _mark_spans(nt, lines, {n: [m.span() for m in gap.finditer(line, len(line) - len(line.lstrip(" \t")))]
                                   for n, line in enumerate(lines) if n in rows})


def _mark_spans(nt: NormalizedText, lines: list[str], gaps: dict[int, list[tuple[int, int]]]) -> NormalizedText:
    """Replace the ``gaps`` (line number → spans within the line, in order) by `` | ``."""
    return _replace_spans(nt, lines, {n: [(a, b, " | ") for a, b in spans] for n, spans in gaps.items()})


def _replace_spans(nt: NormalizedText, lines: list[str], spans: dict[int, list[tuple[int, int, str]]]) -> NormalizedText:
    """Replace spans of the ``lines`` of ``nt`` (line number → (start, end, new text) within the line, in
    order): the new text maps to the span it replaces, or, put in at an empty span, to the character
    before it; every other character keeps its map."""
    out = _Rebuilt(nt)
    pos = 0
    for n, line in enumerate(lines):
        cut = 0
        for a, b, chars in spans.get(n, []):
            out.keep(pos + cut, pos + a)
            if b > a:
                out.put(chars, pos + a, pos + b)
            else:
                out.put(chars, pos + a - 1)
            cut = b
        out.keep(pos + cut, pos + len(line))
        if pos + len(line) < len(nt.text):
            out.keep(pos + len(line), pos + len(line) + 1)
        pos += len(line) + 1
    return out.done()


@lru_cache(maxsize=1)
def _header_words() -> frozenset[str]:
    raw = json.loads(resources.files("mou_extract").joinpath("data/table_headers.json").read_text("utf-8"))
    return frozenset(unicodedata.normalize("NFKC", w) for w in raw["column_headers"])


# a single space between cells, but not one inside a date a PDF spaced out (平成29年 11月 6日, 令和 3年)
_SPACE_GAP = re.compile(r"(?<=\S)(?<![0-9]年)(?<![0-9]月)(?<!昭和)(?<!平成)(?<!令和) +(?=\S)"
                        r"|(?<=[0-9]年) +(?![0-9]{1,2}月)(?=\S)|(?<=[0-9]月) +(?![0-9]{1,2}日)(?=\S)|(?<=昭和|平成|令和) +(?![0-9元]{1,2}年)(?=\S)")


def _cells(line: str) -> int:
    """How many cells a line pasted from a PDF holds, its spaced-out dates one cell each."""
    return len(_SPACE_GAP.findall(line.strip())) + 1 if line.strip() else 0


def _is_header(cells: list[str]) -> bool:
    words = _header_words()
    named = sum(c.strip("()[]【】") in words for c in cells)
    # (相手方の町 締結日: a two-column list, both cells column names)
    return (len(cells) >= 3 and named >= max(3, -(-3 * len(cells) // 5))) or (len(cells) == 2 and named == 2)


def mark_spaced_columns(nt: NormalizedText) -> NormalizedText:
    """Mark the cells of a table pasted from a PDF with single spaces between them
    (No. 協定先 国・地域 締結日 / 1 モンゴル国立医科大学 モンゴル 2023年5月16日): under a
    header line whose cells are column names (``data/table_headers.json``), each line
    with about as many cells gets `` | `` between them, as HTML tables are rendered.
    A short line between rows (the end of a wrapped cell) stays as it is; a sentence,
    a ※ note or a blank line after a non-row ends the table. Lines already marked
    (aligned columns, HTML) are left alone."""
    lines = nt.text.split("\n")
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        cells = lines[i].split()
        if " | " in lines[i] or "。" in lines[i] or not _is_header(cells):
            i += 1
            continue
        width = len(cells)
        j = i + 1
        found: list[int] = []
        while j < len(lines):
            line = lines[j].strip()
            n = _cells(line)
            if not line:
                if j + 1 < len(lines) and len(lines[j + 1].split()) >= width - 1:
                    j += 1
                    continue
                break
            if "。" in line or " | " in line or line.startswith(("※", "注", "*")) or _is_header(line.split()):
                break
            if _RULE_LINE.match(line):
                pass  # (a rule under the header or closing the rows)
            elif width - 1 <= n <= width + 1 and (width > 2 or n == 2):
                found.append(j)
            elif not (n <= 2 and (len(line) <= 16 or lines[j][:1] in " \t\u3000")):
                break  # (an indented line of one or two cells: the wrapped end of the row above)
            j += 1
        if found:
            rows.update(found)
        i = j
    return _mark_cells(nt, lines, rows, _SPACE_GAP)


_PIPE_ROW = re.compile(r"^(?![ \t]*\|.*\|[ \t]*$).*\S.*\|")
_BARE_BAR = re.compile(r"\S\||\|\S")


_LEADER = re.compile(r"[ \t]*(?:\.{4,}|・{4,}|-{6,}|_{6,})[ \t]*")


def mark_leader_dots(nt: NormalizedText) -> NormalizedText:
    """A name and its value set apart by a dotted leader (蘇澳鎮............台湾・宜蘭県, a profile's or a
    contents page's layout): the leader is a cell border, `` | ``, as between a table's cells."""
    if "...." not in nt.text and "・・・・" not in nt.text and "------" not in nt.text and "______" not in nt.text:
        return nt
    lines = nt.text.split("\n")
    gaps: dict[int, list[tuple[int, int]]] = {}
    for n, line in enumerate(lines):
        body = line.strip()
        spans = [m.span() for m in _LEADER.finditer(line)
                 if line[: m.start()].strip() and line[m.end() :].strip()]  # (between two values, not a rule line)
        if spans and body:
            gaps[n] = spans
    return _mark_spans(nt, lines, gaps) if gaps else nt


def _csv_commas(line: str) -> list[int]:
    """Where the commas between a CSV line's fields stand (a comma inside "…" is the field's own)."""
    out: list[int] = []
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append(i)
    return out if not quoted else []


def mark_csv_columns(nt: NormalizedText) -> NormalizedText:
    """A sheet saved as comma-separated text (番号,区分,相手先,…,締結年月日 / 1,友好提携,浙江省,…,1982/04/20)
    is a table: in a block of three lines or more with as many unquoted commas each (two or more),
    short fields, a figure among them and no sentence, each such comma becomes a cell border. Run before
    :func:`unify_punctuation`, which would read a comma between Japanese words as 、."""
    if nt.text.count(",") < 6:
        return nt
    lines = nt.text.split("\n")
    commas = [_csv_commas(ln) if ln.count(",") >= 2 else [] for ln in lines]
    gaps: dict[int, list[tuple[int, int]]] = {}
    n = 0
    while n < len(lines):
        k = len(commas[n])
        m = n
        while m < len(lines) and k >= 2 and len(commas[m]) == k:
            m += 1
        block = range(n, m)
        fields = [lines[i][a + 1 : b] for i in block for a, b in zip([-1] + commas[i], commas[i] + [len(lines[i])])]
        # (the last field may be a remark, a sentence of its own: 地中海に面した港湾都市。…)
        firsts = [lines[i][: commas[i][0]] for i in block]
        # (本市は,令和6年4月1日,協定を締結しました: prose written with the comma of 公用文, its clause ending in a particle)
        if m - n >= 3 and all(len(f) <= 40 and not re.search(r"[ぁ-ゖ]$", f) for f in firsts) and all(len(f) <= 120 for f in fields) \
                and any(re.search(r"[0-9]", lines[i]) for i in block) \
                and not any(lines[i].rstrip().endswith(".") or ". " in lines[i] for i in block):
            for i in block:
                gaps[i] = [(c, c + 1) for c in commas[i]]
        n = max(m, n + 1)
    return _mark_spans(nt, lines, gaps) if gaps else nt


def mark_tab_columns(nt: NormalizedText) -> NormalizedText:
    """A sheet pasted as tab-separated text (No⇥分類⇥協定名⇥締結先⇥締結日) is a table: in a block
    of two or more lines with two or more tabs each, every tab becomes the bar
    :func:`mark_pipe_columns` reads as a cell border (one character for one, offsets kept)."""
    if "\t" not in nt.text:
        return nt
    lines = nt.text.split("\n")
    tabbed = [ln.count("\t") >= 2 and bool(ln.strip()) for ln in lines]
    out: list[str] = []
    for i, ln in enumerate(lines):
        in_block = tabbed[i] and ((i > 0 and tabbed[i - 1]) or (i + 1 < len(lines) and tabbed[i + 1]))
        out.append(ln.replace("\t", "|") if in_block else ln)
    text = "\n".join(out)
    return nt if text == nt.text else replace(nt, text=text)


def mark_pipe_columns(nt: NormalizedText) -> NormalizedText:
    """Give a table written with bare bars between cells (No.|区分 |協定名|締結日, a sheet
    saved as text) the `` | `` separators HTML tables are rendered with, padding trimmed.
    Only a block of two or more such lines counts. A line whose first cell is empty
    continues the row above, as a spreadsheet cell wraps: cell by cell when it has as many
    cells, else its text runs on at the end of the row's longest cell (协定名 then
    (相手方) under it). Bordered rows (│…│) are :func:`box_tables`' business."""
    lines = nt.text.split("\n")
    # a bar without a space on each side: not a row already rendered as `` | ``
    is_row = [bool(_PIPE_ROW.match(ln)) and bool(_BARE_BAR.search(ln)) for ln in lines]
    # | (相手方) under a row: its continuation, part of the block
    cand = [row or bool(re.match(r"^[ \t]*\|[ \t]*\S", ln)) for row, ln in zip(is_row, lines)]
    block = [False] * len(lines)
    n = 0
    while n < len(lines):
        m = n
        while m < len(lines) and cand[m]:
            m += 1
        if m - n >= 2 and any(is_row[n:m]):
            block[n:m] = [True] * (m - n)
        n = max(m, n + 1)
    if not any(block):
        return nt
    Cell = list[tuple[str, int, int]]
    out: list[tuple[str, int, int]] = []
    pending: list[Cell] | None = None
    pos = 0

    def trim(cell: Cell) -> Cell:
        a = next((i for i, c in enumerate(cell) if not c[0].isspace()), len(cell))
        b = len(cell)
        while b > a and cell[b - 1][0].isspace():
            b -= 1
        return [c for i, c in enumerate(cell[a:b]) if not (c[0] == " " and i and cell[a + i - 1][0] == " ")]

    def flush(end: int) -> None:
        nonlocal pending
        if pending is None:
            return
        for k, cell in enumerate(pending):
            if k:
                a = pending[k - 1][-1][2] if pending[k - 1] else (cell[0][1] if cell else end)
                out.extend((ch, a, a) for ch in " | ")
            out.extend(cell)
        e = out[-1][2] if out else end
        out.append(("\n", e, e))
        pending = None

    for n, line in enumerate(lines):
        base = pos
        pos += len(line) + 1
        if not block[n]:
            flush(nt.starts[base] if base < len(nt.starts) else len(nt.original))
            out.extend((ch, nt.starts[base + k], nt.ends[base + k]) for k, ch in enumerate(line))
            if pos - 1 < len(nt.text):
                out.append(("\n", nt.starts[pos - 1], nt.ends[pos - 1]))
            continue
        cells: list[Cell] = [[]]
        for k, ch in enumerate(line):
            if ch == "|":
                cells.append([])
            else:
                cells[-1].append((ch, nt.starts[base + k], nt.ends[base + k]))
        cells = [trim(c) for c in cells]
        while len(cells) > 1 and not cells[-1]:
            cells.pop()
        if pending is not None and not cells[0] and len(cells) > 1:
            if len(cells) == len(pending):
                for k, cell in enumerate(cells):
                    if cell and pending[k]:
                        pending[k].append((" ", cell[0][1], cell[0][1]))
                    pending[k].extend(cell)
            else:
                longest = max(range(len(pending)), key=lambda k: len(pending[k]))
                for cell in cells[1:]:
                    if cell:
                        pending[longest].append((" ", cell[0][1], cell[0][1]))
                        pending[longest].extend(cell)
            continue
        flush(nt.starts[base])
        pending = cells
    flush(len(nt.original))
    if out and out[-1][0] == "\n" and not nt.text.endswith("\n"):
        out.pop()
    return NormalizedText(nt.original, "".join(c for c, _, _ in out), tuple(a for _, a, _ in out), tuple(b for _, _, b in out))


def _is_header_line(line: str) -> bool:
    return bool(line) and len(line) <= 12 and "。" not in line and line.strip("()[]【】") in _header_words()


_ROW_HEADER = re.compile(r"^\s*(?:No\.?|NO\.?|番号|№)\s+(?:\S.*)?(?:年月日|締結日|提携日|締結年)")
_ROW_START = re.compile(r"^\s*[0-9]{1,2}\s+\S")
_ROW_STOP = re.compile(r"^\s*(?:※|[(（]\s*[0-9]+\s*[)）]|[0-9]+\s*[.．]|[-－ー─━]\s*[0-9]+\s*[-－ー─━])")


def join_row_continuations(nt: NormalizedText) -> NormalizedText:
    """Join the lines a wrapped table row runs on to (a PDF's list under 'No. 国・地域 協定校名 …
    締結年月日': 1 中華人民共和国 吉林大学 … 学術交流協定 / S62.10.29 H29.10.29): under a header naming
    a number column and a date column, a line that does not open with a row's number belongs to the
    row above it, up to a blank line, a note (※) or a section heading. The line break becomes one
    space (the next line's own indent, when it has one)."""
    lines = nt.text.split("\n")
    joins: dict[int, int] = {}  # line index → how many leading spaces of the next line to drop
    in_table = False
    row_open = False
    pos = 0
    wide = False  # cells set apart by single full-width spaces (else by single half-width ones)
    header_cells = cells = 0
    for i, line in enumerate(lines[:-1]):
        if _ROW_HEADER.match(line):
            # (only a header whose cells one space sets apart: an aligned table, its columns set off
            # by runs of spaces, is read by column instead)
            raw = nt.original[nt.starts[pos] : nt.ends[pos + len(line) - 1]].strip() if line.strip() else ""
            in_table = row_open = not re.search(r"\u3000\u3000| {2,}|\t", raw)
            wide, header_cells, cells = "\u3000" in raw, len(line.split()), 0
        elif not line.strip() or _ROW_STOP.match(line):
            in_table = row_open = False
        elif in_table and _ROW_START.match(line):
            row_open, cells = True, len(line.split())
        nxt = lines[i + 1]
        # (with half-width spaces, a row runs on only while it has fewer cells than the header)
        if in_table and row_open and nxt.strip() and not _ROW_START.match(nxt) and not _ROW_HEADER.match(nxt) \
                and not _ROW_STOP.match(nxt) and "|" not in nxt and "|" not in line and "。" not in nxt \
                and (wide or cells < header_cells):
            joins[i] = len(nxt) - len(nxt.lstrip(" "))
            cells += len(nxt.split())
        elif in_table and nxt.strip() and not _ROW_START.match(nxt) and not _ROW_HEADER.match(nxt):
            # a short line past a full row is its overflow (備考 R4.3.28全部改定): the table goes on, the row
            # does not; prose after the table ends it
            row_open = False
            in_table = "。" not in nxt and len(nxt.strip()) <= 24
        pos += len(line) + 1
    if not joins:
        return nt
    out = _Rebuilt(nt)
    pos = 0
    skip = 0
    for n, line in enumerate(lines):
        out.keep(pos + skip, pos + len(line))
        skip = 0
        if pos + len(line) < len(nt.text):
            nl = pos + len(line)
            if n in joins:
                # the next line's last indent space as the separator; with no indent, the line break itself
                skip = joins[n]
                out.put(" ", nl + skip)
            else:
                out.keep(nl, nl + 1)
        pos += len(line) + 1
    return _cells_by_wide_spaces(out.done())


def _cells_by_wide_spaces(nt: NormalizedText) -> NormalizedText:
    """In a numbered table made whole by :func:`join_row_continuations`, the cells are set off by
    single full-width spaces (an English name's own spaces are half-width): rows with as many cells
    as the header, or a little fewer (an empty last column), get `` | `` between their cells."""
    lines = nt.text.split("\n")
    wide: list[list[int]] = []  # per line, the positions of spaces that were full-width in the original
    pos = 0
    for line in lines:
        wide.append([k for k, ch in enumerate(line) if ch == " " and nt.original[nt.starts[pos + k] : nt.ends[pos + k]] == "\u3000"])
        pos += len(line) + 1
    rows: dict[int, list[int]] = {}
    header_cells = 0
    for n, line in enumerate(lines):
        if _ROW_HEADER.match(line):
            header_cells = len(wide[n]) + 1
            rows[n] = wide[n]
        elif not line.strip() or _ROW_STOP.match(line):
            header_cells = 0
        elif header_cells and _ROW_START.match(line) and header_cells - 2 <= len(wide[n]) + 1 <= header_cells:
            rows[n] = wide[n]
    if len(rows) < 2:
        return nt
    return _mark_spans(nt, lines, {n: [(k, k + 1) for k in sorted(ks) if k >= len(lines[n]) - len(lines[n].lstrip(" "))]
                                   for n, ks in rows.items()})


# a column's name the header list does not hold, by its ending (提携の種類, 締結年, 相手方の名称)
_COLUMN_NAME = re.compile(r"[^\s0-9０-９。、]{0,8}(?:名|先|種類|区分|種別|分野|内容|備考|期間|年|年月|年月日|日|国|地域|関係|形態|概要|都市)")


def _is_column_name(h: str) -> bool:
    return _is_header_line(h) or bool(_COLUMN_NAME.fullmatch(h))


def join_cell_lines(nt: NormalizedText) -> NormalizedText:
    """Join a table that a PDF tool wrote one cell per line (No. / 国・地域 / 協定校名 /
    締結年月日, then each row's cells one per line, rows apart by blank lines) into rows
    with `` | `` between cells, as HTML tables are rendered. The header is three or
    more short lines most of which are column names (``data/table_headers.json``); a
    row is a blank-line-bounded group of about as many short lines. The separators map
    to the line breaks they replace."""
    lines = nt.text.split("\n")
    joined: set[int] = set()  # numbers of the lines whose line break becomes " | "
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and len(lines[j].strip()) <= 12 and "。" not in lines[j] and " | " not in lines[j]:
            j += 1
        head = [ln.strip() for ln in lines[i:j]]
        named = sum(_is_header_line(h) for h in head)
        if head and not _is_column_name(head[0]) and len(head) > 3 and all(_is_column_name(h) for h in head[1:4]):
            i += 1  # (姉妹・友好提携先一覧 / 提携先 / 国名 / …: the table's caption above its column names)
            head = head[1:]
        lead = next((k for k, h in enumerate(head) if not _is_column_name(h)), len(head))
        # (区分 / 姉妹都市 / 提携日 / … then 区分 again for the next entry: key and value lines, no table)
        again = any(ln.strip() == head[0] for ln in lines[max(0, i - 5 * lead) : i] + lines[i + lead : i + 5 * lead]) if head else False
        if lead >= 3 and any(_is_header_line(h) for h in head[:lead]) and not again:
            # 提携先 / 国名 / 区分 / 提携年月, then the rows' cells with no blank line between rows: as many
            # cells a row as there are column names (a cell may be longer than a name; the last, a remark,
            # may be a sentence), row after row until a group falls short
            s = i + lead
            groups = []
            while s + lead <= len(lines):
                group = [ln.strip() for ln in lines[s : s + lead]]
                if not all(group) or any(len(g) > 60 or " | " in g or g.startswith(("※", "*", "注")) for g in group) \
                        or any("。" in g for g in group[:-1]) \
                        or any(_is_header_line(g) for g in group[:1]):
                    break
                groups.append(s)
                s += lead
            if len(groups) >= 2 or (groups and s >= j):
                for g in [i] + groups:
                    joined.update(range(g, g + lead - 1))
                i = s
                continue
        if len(head) < 3 or named < 3 or named < 0.5 * len(head) or (i and lines[i - 1].strip()):
            i = max(j, i + 1)
            continue
        width = len(head)
        rows: set[int] = set()
        pos = j
        while True:
            s = pos
            while s < len(lines) and not lines[s].strip():
                s += 1
            e = s
            while e < len(lines) and lines[e].strip():
                e += 1
            group = lines[s:e]
            # a row that opens with its number may run longer: its 備考 wrapped over lines (…意向\n書（LOI）を締結。協定\n…)
            numbered = bool(re.fullmatch(r"[0-9]{1,3}", group[0].strip())) if group else False
            if s == pos or not (width - 2 <= len(group) <= (2 * width if numbered else width + 2)) \
                    or any(("。" in g and not numbered) or len(g.strip()) > 40 for g in group[:-1]) or any(" | " in g for g in group):
                # (the last cell, 備考, may be a sentence)
                break
            rows.update(range(s, e - 1))
            pos = e
        if rows:  # column names with no rows under them are no table
            joined.update(range(i, j - 1))
            joined.update(rows)
        i = pos
    if not joined:
        return nt
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for n, line in enumerate(lines):
        body = line.strip() if n in joined or (n - 1) in joined else line
        lead = line.index(body) if body else 0
        for k in range(lead, lead + len(body)):
            text.append(line[k]); starts.append(nt.starts[pos + k]); ends.append(nt.ends[pos + k])
        if pos + len(line) < len(nt.text):
            a, b = nt.starts[pos + len(line)], nt.ends[pos + len(line)]
            for ch in (" | " if n in joined else "\n"):
                text.append(ch); starts.append(a); ends.append(b)
        pos += len(line) + 1
    return NormalizedText(nt.original, "".join(text), tuple(starts), tuple(ends))


_GRID_BAR = "│┃║|"
_GRID_ROW = re.compile(r"^\s*[│┃║|].*[│┃║|]\s*$")
_GRID_RULE = re.compile(r"^\s*[\u2500-\u257f+\-=_ ]{3,}\s*$")


def box_tables(nt: NormalizedText) -> NormalizedText:
    """Rewrite a table drawn with rules (┌──┬──┐ / │相手地域│国│ / ├──┼──┤, or the same in
    ASCII with + - |) as rows with `` | `` between cells, as HTML tables are rendered:
    rule lines become blank, and a row whose first cell is empty continues the row above
    cell by cell (│オーストラ│ then │リア│ → オーストラリア), as a word-processor table wraps
    a long cell. Every character kept keeps its map to the original."""
    lines = nt.text.split("\n")
    grid = [bool(_GRID_ROW.match(ln)) and sum(ln.count(b) for b in _GRID_BAR) >= 3 for ln in lines]
    if sum(grid) < 2:
        return nt
    rule = [bool(_GRID_RULE.match(ln)) and bool(re.search(r"[\u2500-\u257f]|[+][-=]{2,}", ln)) for ln in lines]
    Cell = list[tuple[str, int, int]]
    out: list[tuple[str, int, int]] = []
    pos = 0
    pending: list[Cell] | None = None  # the row being built, flushed when the next starts

    def flush() -> None:
        nonlocal pending
        if pending is None:
            return
        cells = [c for c in pending]
        for k, cell in enumerate(cells):
            text = "".join(ch for ch, _, _ in cell).strip()
            if k:
                a = cells[k - 1][-1][2] if cells[k - 1] else (cell[0][1] if cell else 0)
                out.extend((ch, a, a) for ch in " | ")
            lead = next((i for i, (ch, _, _) in enumerate(cell) if not ch.isspace()), len(cell))
            body = cell[lead:]
            while body and body[-1][0].isspace():
                body.pop()
            body = [c for i, c in enumerate(body) if not (c[0] == " " and i and body[i - 1][0] == " ")]
            out.extend(body if text else [])
        end = out[-1][2] if out else 0
        out.append(("\n", end, end))
        pending = None

    for n, line in enumerate(lines):
        base = pos
        pos += len(line) + 1
        if grid[n]:
            cells: list[Cell] = [[]]
            inner = line.strip()
            first = base + line.index(inner[0])
            for k, ch in enumerate(inner[1:-1], start=1):
                if ch in _GRID_BAR:
                    cells.append([])
                else:
                    cells[-1].append((ch, nt.starts[first + k], nt.ends[first + k]))
            if pending is not None and len(cells) == len(pending) and not "".join(c for c, _, _ in cells[0]).strip():
                for k, cell in enumerate(cells):  # a continuation row: each cell runs on
                    while pending[k] and pending[k][-1][0].isspace():
                        pending[k].pop()
                    pending[k].extend(c for c in cell if not c[0].isspace())
                continue
            flush()
            pending = cells
            continue
        if rule[n]:
            continue  # a rule between rows: the row may still run on below it
        flush()
        out.extend((ch, nt.starts[base + k], nt.ends[base + k]) for k, ch in enumerate(line))
        if pos - 1 < len(nt.text):
            out.append(("\n", nt.starts[pos - 1], nt.ends[pos - 1]))
    flush()
    if out and out[-1][0] == "\n" and not nt.text.endswith("\n"):
        out.pop()
    return NormalizedText(nt.original, "".join(c for c, _, _ in out), tuple(a for _, a, _ in out), tuple(b for _, _, b in out))


_INLINE_READING = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?P<r>[\u30a0-\u30ffー・]{2,14}|[\u3041-\u3096ー]{2,14}(?:[/／、]\s?(?:中国語読み\s?[:：=]?\s?)?[\u30a0-\u30ffー・]{2,14})?)[)）](?=(?P<s>特別市|広域市|市|州|省|道|郡|区|県|町|村|商工会議所|大学校|大学|銀行|病院)(?![\u4e00-\u9fff]{0,0}[場民長内外立]))")


# a reading in hiragana, in brackets, right after kanji (結(むす)んだ, 白根(しらね)ボトリング)
# (a reading spaced word by word, 静岡文化芸術大学(しずおか ぶんか げいじゅつ だいがく), and after ヶ: 駒ヶ根市(こまがねし))
_RUBY = re.compile(r"(?<=[一-龥々〆ヶヵ])[(（][ぁ-ゖー](?:[ぁ-ゖー ]{0,38}[ぁ-ゖー])?[)）]")


def drop_ruby(nt: NormalizedText) -> NormalizedText:
    """Remove furigana written in brackets after kanji (協定(きょうてい)を結(むす)びました, as a
    children's page or an easy-Japanese page prints it), so words and names read whole; offsets
    still map to the original text. (Run after the lines are joined: those steps measure lines
    as the page prints them.)"""
    drop = {i for m in _RUBY.finditer(nt.text) for i in range(m.start(), m.end())}
    return _without(nt, drop) if drop else nt


# a space beside a hiragana word, inside a line (ＨＩＣＥ と 静岡文化芸術大学 が いっしょに); never a table's or a list's
_WORD_SPACE = re.compile(r"(?<=[ぁ-ゖ]) (?=[^\s|/])|(?<=[^\s|/]) (?=[ぁ-ゖ])")


def _written_word_by_word(text: str) -> list[int]:
    """The word spaces of a page written word by word throughout (twenty or more, one for every twelve
    hiragana or fewer); none for any other page."""
    spaces = [m.start() for m in _WORD_SPACE.finditer(text)]
    hiragana = sum(1 for c in text if "ぁ" <= c <= "ゖ")
    return spaces if len(spaces) >= 20 and len(spaces) * 12 >= hiragana else []


_PHRASE_END = re.compile(r"[はがをにでとのもや、]$")
_LINE_OPENS_ITEM = re.compile(r"\s*(?:[・■□●○◆◇▼▽※★☆\-*(（【\[「━─=]|[0-9]+[.．)])")


def join_phrase_lines(nt: NormalizedText) -> NormalizedText:
    """On a page written word by word, join a line broken after a particle (美濃加茂市は、長野県の 駒ヶ根市と /
    協定を むすびました。): such pages break their short lines between phrases, not at a width, so the
    wrap rules never see them. The next line must go on the sentence (no item mark, no heading rule)."""
    if not _written_word_by_word(nt.text):
        return nt

    def joins(line: str, nxt: str) -> bool:
        return bool(_PHRASE_END.search(line.rstrip())) and bool(nxt.strip()) and not _LINE_OPENS_ITEM.match(nxt) \
            and "|" not in line and "|" not in nxt

    return _join_next_lines(nt, joins)


def close_word_spaces(nt: NormalizedText) -> NormalizedText:
    """Close up the spaces of a page written word by word (わかち書き: an easy-Japanese notice or a children's
    page, 美濃加茂市と 駒ヶ根市が 協定を むすびました), so names, particles and verbs stand together as every
    rule reads them. Only a page written that way throughout (twenty such spaces or more, one for every
    twelve hiragana or fewer) is touched; offsets still map to the original text. (Run after the readings
    in brackets are dropped: a reading is spaced word by word too.)"""
    spaces = _written_word_by_word(nt.text)
    return _without(nt, set(spaces)) if spaces else nt


def drop_inline_readings(nt: NormalizedText) -> NormalizedText:
    """Remove a katakana reading written inside a name (清州(チョンジュ)市 → 清州市), so the
    name reads whole; offsets still map to the original text."""
    drop: set[int] = set()
    for m in _INLINE_READING.finditer(nt.text):
        if nt.text.count(m.group("r") + m.group("s")) > 0:
            continue  # 哈爾浜(ハルビン)市 on a page that says ハルビン市 elsewhere: the reading is the name it uses
        drop.update(range(m.start(), m.end()))
    if not drop:
        return nt
    return _without(nt, drop)
