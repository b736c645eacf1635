"""Turn a web page into its main text, keeping a map back into the HTML source.

Every character of the extracted text remembers the interval of the decoded
HTML it came from, so evidence found in the text can be pointed back into the
page exactly: a plain character maps to itself, a character reference such as
``&amp;`` or ``&#x6F22;`` maps to the whole reference, a collapsed run of
whitespace maps to the whole run, and the line breaks and `` | `` cell
separators this module inserts map to a zero-width position (the tag that
caused them).

selectolax and lxml do not report source positions, so this uses the stdlib
:class:`html.parser.HTMLParser`, which also tolerates malformed markup
(unclosed tags, stray end tags, broken attributes); its ``getpos()`` line and
column are turned into absolute offsets with a table of line starts.

What is kept and dropped (the word lists are in ``data/html_boilerplate.json``):

- never text: ``script``, ``style``, ``noscript``, ``template``, form controls …
- page furniture: ``nav``, ``aside``, ``form``, ARIA navigation roles, and any
  element whose id/class has a word such as nav, menu, breadcrumb, sidebar;
  ``header``/``footer`` (tag or id/class word) only outside the main content.
  An element is not dropped when it holds the main content or more than 80% of
  the page's text (then it is a layout wrapper, not furniture).
- main content: when the page has ``main``, ``article`` or ``role="main"``,
  only their text is kept; else a box with a main-ish id/class (``#main``,
  ``#contents`` …) holding at least a quarter of the text; else everything kept.
- layout: block elements end lines, ``<br>`` is a newline, a table row is one
  line with its cells joined by `` | ``, ``<pre>`` keeps its whitespace, and
  other whitespace runs collapse to one space.
"""

from __future__ import annotations

import html as _html
import json
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources

__all__ = ["HtmlText", "HtmlTextError", "extract_main_text"]

_WS = " \t\n\r\f"
_WORD_SPLIT = re.compile(r"[-_\s]+")


class HtmlTextError(ValueError):
    """The parser gave up before any text could be recovered."""


@dataclass(frozen=True, slots=True)
class HtmlText:
    """Extracted text plus, per character, its ``[start, end)`` in ``source``.

    Inserted characters (line breaks, cell separators, a space standing for a
    block boundary inside a cell) have ``start == end``.
    """

    source: str
    text: str
    starts: array = field(repr=False)
    ends: array = field(repr=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open interval of ``text`` to an interval of ``source``.

        Inserted zero-width characters at the edges of the interval are
        ignored, so a span that begins with an inserted newline still starts at
        its first real character, not at the tag before it.
        """
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if start == end:
            pos = self.starts[start] if start < n else len(self.source)
            return pos, pos
        s, e = start, end
        while s < e and self.starts[s] == self.ends[s]:
            s += 1
        while e > s and self.starts[e - 1] == self.ends[e - 1]:
            e -= 1
        if s == e:  # only inserted characters
            return self.starts[start], self.starts[start]
        return self.starts[s], self.ends[e - 1]

    def source_slice(self, start: int, end: int) -> str:
        s, e = self.to_source(start, end)
        return self.source[s:e]


@dataclass(frozen=True, slots=True)
class _Rules:
    never_text: frozenset[str]
    boilerplate_tags: frozenset[str]
    page_level_tags: frozenset[str]
    boilerplate_words: frozenset[str]
    page_level_words: frozenset[str]
    boilerplate_roles: frozenset[str]
    main_tags: frozenset[str]
    main_roles: frozenset[str]
    main_ids: frozenset[str]
    block_tags: frozenset[str]
    void_tags: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = json.loads(resources.files("mou_extract").joinpath("data/html_boilerplate.json").read_text("utf-8"))
    return _Rules(**{k: frozenset(v) for k, v in raw.items() if not k.startswith("_")})


# ---------------------------------------------------------------- parsing ---

@dataclass(slots=True)
class _Ctx:
    """Where a piece sits: inside a main tag, which main-ish boxes, which furniture."""

    main: bool
    boxes: tuple[int, ...]
    boiler: tuple[int, ...]
    pre: bool


@dataclass(slots=True)
class _Text:
    text: str
    start: int
    end: int
    exact: bool  # True: char i ↔ [start+i, start+i+1); False: every char ↔ [start, end)
    ctx: _Ctx


@dataclass(slots=True)
class _Break:
    kind: str  # "block" (end the line), "br" (one newline), "cell" (" | "), "space"
    pos: int
    ctx: _Ctx
    soft: str = ""  # a block or br read as a space inside a table cell: what it was


@dataclass(slots=True)
class _Open:
    tag: str
    main: bool = False
    box: int | None = None
    boiler: int | None = None
    never: bool = False
    pre: bool = False
    cell: bool = False
    table: bool = False
    col: int = 0
    rowspan: int = 1
    first_piece: int = 0
    blocks: int = 0  # block elements opened inside this cell (a heading or a table counts 3)
    layout: bool = False  # a cell that holds a page's body (<td><h2>…</h2><p>…</p>…), not a datum


@dataclass(slots=True)
class _Table:
    cells: int = 0
    in_cell: int = 0
    col: int = 0  # the column the next cell of this row takes
    # rowspan: column → (rows it still covers, the pieces of its text), repeated in those rows
    carry: dict[int, tuple[int, list["_Text | _Break"]]] = field(default_factory=dict)
    pending: dict[int, tuple[int, list["_Text | _Break"]]] = field(default_factory=dict)  # from this row


class _Parser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.rules = _rules()
        self.stack: list[_Open] = []
        self.tables: list[_Table] = []
        self.pieces: list[_Text | _Break] = []
        self.n_boiler = 0
        self.n_box = 0
        self.closing = False
        self.unterminated: int | None = None  # offset of a tag/comment never closed
        self.title: _Text | None = None  # the page's <title>: often names the issuing body (… | 奈良市)

    # positions -------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # context ---------------------------------------------------------------
    def _never(self) -> bool:
        return any(o.never for o in self.stack)

    def _ctx(self) -> _Ctx:
        return _Ctx(
            main=any(o.main for o in self.stack),
            boxes=tuple(o.box for o in self.stack if o.box is not None),
            boiler=tuple(o.boiler for o in self.stack if o.boiler is not None),
            pre=any(o.pre for o in self.stack),
        )

    def _in_cell(self) -> bool:
        return bool(self.tables) and self.tables[-1].in_cell > 0

    def _cell(self) -> _Open | None:
        return next((o for o in reversed(self.stack) if o.cell), None)

    def _break(self, kind: str, pos: int) -> None:
        if self._never():
            return
        if kind in ("block", "br") and self._in_cell():
            cell = self._cell()
            if cell is None or not cell.layout:
                self.pieces.append(_Break("space", pos, self._ctx(), soft=kind))
                return
        self.pieces.append(_Break(kind, pos, self._ctx()))

    def _count_block(self, tag: str) -> None:
        """A cell that opens headings, tables or several paragraphs lays out the page (old
        table-layout sites): its breaks are lines, as outside tables."""
        cell = self._cell() if self._in_cell() else None
        if cell is None or cell.layout:
            return
        cell.blocks += 3 if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "table") else 1
        if cell.blocks >= 3:
            cell.layout = True
            for q in self.pieces[cell.first_piece :]:
                if isinstance(q, _Break) and q.soft:
                    q.kind, q.soft = q.soft, ""

    def _text(self, text: str, start: int, end: int, exact: bool) -> None:
        if text and not self._never():
            self.pieces.append(_Text(text, start, end, exact, self._ctx()))

    # tags ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        r = self.rules
        pos = self._pos()
        if tag == "br":
            self._break("br", pos)
            return
        if tag in ("p", "div", "ul", "ol", "dl", "hr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"):
            self._count_block(tag)
        if tag in r.block_tags or tag in ("tr", "td", "th"):
            if tag == "tr":
                if self.tables:
                    t = self.tables[-1]
                    t.cells = 0
                    t.col = 0
                    t.carry.update(t.pending)  # a rowspan reaches the rows after its own
                    t.pending = {}
                self._break("block", pos)
            elif tag in ("td", "th"):
                if self.tables:
                    self._carried_cells(pos, upto=self.tables[-1].col)
                if self.tables and self.tables[-1].cells > 0:
                    self._break("cell", pos)
            else:
                self._break("block", pos)
        if tag in r.void_tags:
            return
        a = {k: (v or "") for k, v in attrs}
        words = {w for v in (a.get("id", ""), a.get("class", "")) for w in _WORD_SPLIT.split(v.lower()) if w}
        tokens = {t for v in (a.get("id", ""), a.get("class", "")) for t in v.lower().split()}
        role = a.get("role", "").lower().strip()
        inside_main = any(o.main or o.box is not None for o in self.stack)
        o = _Open(tag)
        o.never = tag in r.never_text or "hidden" in a or a.get("aria-hidden", "").lower() == "true"
        o.main = tag in r.main_tags or role in r.main_roles
        if not o.main and tokens & r.main_ids:
            o.box = self.n_box
            self.n_box += 1
        page_level = tag in r.page_level_tags or bool(words & r.page_level_words)
        if (
            tag in r.boilerplate_tags
            or role in r.boilerplate_roles
            or bool(words & r.boilerplate_words)
            or (page_level and not inside_main and not o.main and o.box is None)
        ) and not o.main:
            o.boiler = self.n_boiler
            self.n_boiler += 1
        o.pre = tag in ("pre", "textarea", "listing", "plaintext")
        if tag == "table":
            o.table = True
            self.tables.append(_Table())
        if tag in ("td", "th") and self.tables:
            o.cell = True
            t = self.tables[-1]
            t.cells += 1
            t.in_cell += 1
            o.col = t.col
            o.first_piece = len(self.pieces)
            span = a.get("rowspan", "1").strip()
            o.rowspan = int(span) if span.isdigit() and 1 < int(span) <= 50 else 1
            width = a.get("colspan", "1").strip()
            t.col += int(width) if width.isdigit() and 1 <= int(width) <= 50 else 1
        self.stack.append(o)

    def _carried_cells(self, pos: int, upto: int | None) -> None:
        """Repeat the cells of earlier rows whose rowspan covers this row, at their column
        (all that remain when ``upto`` is None, at the row's end): a calendar's date cell
        spans the rows it dates. The copies map to the original cell's text."""
        t = self.tables[-1]
        while t.carry and (upto is None or min(t.carry) <= t.col):
            col = min(t.carry)
            left, pieces = t.carry.pop(col)
            if t.cells > 0:
                self._break("cell", pos)
            self.pieces.extend(pieces)
            t.cells += 1
            t.col = max(t.col, col) + 1
            if left > 1:
                t.pending[col] = (left - 1, pieces)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in self.rules.void_tags:  # <div/> opens and closes; <br/> is one break
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        pos = self._pos()
        if tag == "br":  # </br> is read as <br> by browsers
            self._break("br", pos)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                break
        else:
            return  # stray end tag
        while len(self.stack) > i:
            o = self.stack.pop()
            self._close(o, pos)

    def _close(self, o: _Open, pos: int) -> None:
        if o.cell and self.tables:
            self.tables[-1].in_cell = max(0, self.tables[-1].in_cell - 1)
            if o.rowspan > 1:
                kept = [q for q in self.pieces[o.first_piece :] if isinstance(q, _Text)]
                self.tables[-1].pending[o.col] = (o.rowspan - 1, kept)
        if o.tag == "tr" and self.tables and self.tables[-1].carry:
            self._carried_cells(pos, upto=None)  # spans that cover the row's last columns
        if o.table and self.tables:
            self.tables.pop()
        if o.tag in self.rules.block_tags or o.tag == "tr":
            self._break("block", pos)

    # text ------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        p = self._pos()
        if self.closing and self.unterminated is None and data.startswith("<"):
            nxt = self.source[p + 1 : p + 2]
            if nxt.isalpha() or nxt in ("!", "/", "?"):
                # HTMLParser hands an unterminated tag or comment (and all that
                # follows it) over as text at EOF; a browser shows none of it.
                self.unterminated = p
        if self.unterminated is not None:
            return
        if self.title is None and self.stack and self.stack[-1].tag == "title" and data.strip(_WS):
            self.title = _Text(data, p, p + len(data), True, _Ctx(True, (), (), False))
        self._text(data, p, p + len(data), True)

    def close(self) -> None:
        self.closing = True
        super().close()

    def handle_entityref(self, name: str) -> None:
        p = self._pos()
        q = p + 1 + len(name)
        if self.source.startswith(";", q):
            q += 1
        self._ref(p, q)

    def handle_charref(self, name: str) -> None:
        p = self._pos()
        q = p + 2 + len(name)
        if self.source.startswith(";", q):
            q += 1
        self._ref(p, q)

    def _ref(self, p: int, q: int) -> None:
        raw = self.source[p:q]
        decoded = _html.unescape(raw)
        if decoded == raw:
            self._text(raw, p, q, True)
        else:
            self._text(decoded, p, q, False)

    def close_all(self) -> None:
        end = len(self.source)
        while self.stack:
            self._close(self.stack.pop(), end)


# ----------------------------------------------------------- choosing ---

def _visible(piece: _Text) -> int:
    return sum(1 for ch in piece.text if ch not in _WS)


def _select(pieces: list[_Text | _Break], n_boiler: int, n_box: int) -> list[_Text | _Break]:
    texts = [p for p in pieces if isinstance(p, _Text)]
    total = sum(_visible(p) for p in texts)
    if total == 0:
        return []
    # furniture that is really a wrapper (holds the main content or most text) is kept
    held = [0] * n_boiler
    holds_main = [False] * n_boiler
    for p in texts:
        v = _visible(p)
        for b in p.ctx.boiler:
            held[b] += v
            if p.ctx.main and v:
                holds_main[b] = True
    dropped = {b for b in range(n_boiler) if not holds_main[b] and held[b] * 5 <= total * 4}
    kept = [p for p in pieces if not (set(p.ctx.boiler) & dropped)]
    kept_total = sum(_visible(p) for p in kept if isinstance(p, _Text))
    if kept_total == 0:
        return pieces
    main_total = sum(_visible(p) for p in kept if isinstance(p, _Text) and p.ctx.main)
    if main_total > 0:
        return [p for p in kept if p.ctx.main]
    if n_box:
        box_total = sum(_visible(p) for p in kept if isinstance(p, _Text) and p.ctx.boxes)
        if box_total * 4 >= kept_total:
            return [p for p in kept if p.ctx.boxes]
    return kept


# ----------------------------------------------------------- assembling ---

def _assemble(source: str, pieces: list[_Text | _Break]) -> HtmlText:
    out: list[str] = []
    starts = array("q")
    ends = array("q")
    ws: list[int] | None = None  # [start, end) of a pending whitespace run
    nl = 0
    nl_pos = 0
    cells = 0
    cell_pos = 0

    def emit(ch: str, s: int, e: int) -> None:
        out.append(ch)
        starts.append(s)
        ends.append(e)

    def flush() -> None:
        nonlocal ws, nl, cells
        if out:
            trailing = 0
            for ch in reversed(out[-2:]):
                if ch != "\n":
                    break
                trailing += 1
            if nl:
                for _ in range(max(0, min(nl, 2) - trailing)):
                    emit("\n", nl_pos, nl_pos)
            elif trailing:
                pass  # at line start: a pending space or cell separator is dropped
            elif cells:
                for _ in range(cells):
                    for ch in " | ":
                        emit(ch, cell_pos, cell_pos)
            elif ws is not None:
                emit(" ", ws[0], ws[1])
        ws, nl, cells = None, 0, 0

    for p in pieces:
        if isinstance(p, _Break):
            if p.kind == "block":
                if nl == 0:
                    nl_pos = p.pos
                nl = max(nl, 1)
            elif p.kind == "br":
                if nl == 0:
                    nl_pos = p.pos
                nl += 1
            elif p.kind == "cell":
                if cells == 0:
                    cell_pos = p.pos
                cells += 1
            elif ws is None:  # "space"
                ws = [p.pos, p.pos]
            continue
        for i, ch in enumerate(p.text):
            s, e = (p.start + i, p.start + i + 1) if p.exact else (p.start, p.end)
            if p.ctx.pre:
                flush()
                emit(ch, s, e)
            elif ch in _WS:
                if ws is None:
                    ws = [s, e]
                elif ws[1] == s:
                    ws[1] = e
            else:
                flush()
                emit(ch, s, e)
    # strip trailing inserted/whitespace characters left by <pre>
    while out and out[-1] in _WS:
        out.pop()
        starts.pop()
        ends.pop()
    return HtmlText(source, "".join(out), starts, ends)


_GENERIC_TITLE = re.compile(r"(?:お知らせ|新着情報|新着|ニュース|トピックス|報道発表(?:資料)?|記者発表(?:資料)?|プレスリリース|報道資料|"
                            r"ホーム|トップページ|無題|News|NEWS|Topics|TOPICS|Press [Rr]eleases?|Home|Untitled)(?:\s*一覧)?")


def extract_main_text(html: str) -> HtmlText:
    """Extract the main text of ``html`` with a per-character map into it.

    Raises :class:`HtmlTextError` only when no text can be recovered because
    the markup is broken (the parser failed, or an unterminated tag or comment
    hides the whole page); a well-formed page without visible text gives an
    empty result.
    """
    parser = _Parser(html)
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # noqa: BLE001 - HTMLParser raises assorted errors on junk
        if not any(isinstance(p, _Text) and p.text.strip(_WS) for p in parser.pieces):
            raise HtmlTextError(f"HTML parser failed: {type(exc).__name__}: {exc}") from exc
    parser.close_all()
    chosen = _select(parser.pieces, parser.n_boiler, parser.n_box)
    if parser.title is not None and chosen and not _GENERIC_TITLE.fullmatch(parser.title.text.strip(_WS)):
        # the title line first: it names the page and, often, the body that publishes it (a title that is only
        # a section's label, お知らせ or News, names neither and would stand above the page's own head)
        chosen = [parser.title, _Break("block", parser.title.end, parser.title.ctx)] + chosen
    result = _assemble(html, chosen)
    if not result.text and parser.unterminated is not None:
        snippet = html[parser.unterminated : parser.unterminated + 30].replace("\n", " ")
        raise HtmlTextError(
            f"unterminated markup at offset {parser.unterminated} ({snippet!r}...) hides the rest of the page;"
            " no text could be recovered"
        )
    return result
