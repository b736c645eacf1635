"""The HTML evaluation report: one self-contained page that parses, with the chart,
one section per document (worst first), and evidence marks at the right offsets."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mou_extract.report import highlight, render_html
from mou_extract.score import decode_source, run_eval, score

SOURCE = "令和2年11月18日、神戸市はハンブルク市と覚書を締結した。\n<b>&</b>"
# offsets into SOURCE:   0..10 令和2年11月18日, 11..14 神戸市, 15..21 ハンブルク市, 22..24 覚書
DATE = (0, 10)
KOBE = (11, 14)
HAMBURG = (15, 21)
MOU = (22, 24)


def party(name: str, country: str = "JP") -> dict:
    return {"name": name, "kind": "municipality", "country": country}


def gold_doc(doc_id: str) -> dict:
    return {
        "doc_id": doc_id,
        "doc_date": None,
        "records": [
            {
                "agreement_type": "mou",
                "title": None,
                "parties": [party("神戸市"), party("ハンブルク市", "DE")],
                "events": [{"type": "signed", "date": "2020-11-18"}],
                "sectors": ["economy"],
            }
        ],
    }


def pred_doc(doc_id: str) -> dict:
    d = gold_doc(doc_id)
    rec = d["records"][0]
    rec["sectors"] = ["tourism"]  # one spurious, one missed
    rec["evidence"] = [
        {"field": "events[0]", "start": DATE[0], "end": DATE[1], "text": SOURCE[DATE[0] : DATE[1]]},
        {"field": "parties[0]", "start": KOBE[0], "end": KOBE[1], "text": "神戸市"},
        {"field": "parties[1]", "start": HAMBURG[0], "end": HAMBURG[1], "text": "ハンブルク市"},
        {"field": "agreement_type", "start": MOU[0], "end": MOU[1], "text": "覚書"},
        {"field": "title", "start": 500, "end": 510, "text": "out of range"},
    ]
    return d


class Page(HTMLParser):
    """Collects what the tests look at: svg charts, doc sections, and for each
    ``pre.source`` its text and the offsets of each ``<mark>`` inside it."""

    def __init__(self) -> None:
        super().__init__()
        self.svgs = 0
        self.bars = 0
        self.sections: list[str] = []
        self.sources: list[dict] = []
        self._in_pre = False
        self._mark: tuple[int, str] | None = None
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "svg":
            self.svgs += 1
        if tag == "rect" and a.get("class") == "bar":
            self.bars += 1
        if tag == "section" and a.get("class") == "doc":
            self.sections.append(a.get("data-doc-id") or "")
        if tag == "pre" and a.get("class") == "source":
            self._in_pre = True
            self.sources.append({"doc": self.sections[-1], "text": "", "marks": []})
        if tag == "mark" and self._in_pre:
            self._mark = (len(self.sources[-1]["text"]), a.get("title") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre = False
        if tag == "mark" and self._in_pre and self._mark is not None:
            start, title = self._mark
            self.sources[-1]["marks"].append((start, len(self.sources[-1]["text"]), title))
            self._mark = None

    def handle_data(self, data: str) -> None:
        if self._in_pre:
            self.sources[-1]["text"] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def render_two_docs() -> tuple[str, Page]:
    gold = {"a": gold_doc("a"), "b": gold_doc("b")}
    pred = {"a": pred_doc("a"), "b": gold_doc("b")}
    report = score(gold, pred)
    html = render_html(report, gold, pred, {"a": SOURCE, "b": SOURCE})
    return html, parse(html)


def test_page_has_chart_and_one_section_per_document_worst_first() -> None:
    html, page = render_two_docs()
    assert html.startswith("<!DOCTYPE html>")
    assert page.svgs == 1
    assert page.bars == 2 * 13  # strict + lenient for 12 fields and overall
    # a has a wrong sector (F1 < 1), b is perfect: a comes first
    assert page.sections == ["a", "b"]
    assert 'id="records"' in html  # the record-detection table


def test_self_contained() -> None:
    html, page = render_two_docs()
    assert "script" not in page.tags
    assert "<link" not in html and "src=" not in html and "http://" not in html.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )


def test_marks_sit_at_the_evidence_offsets() -> None:
    _, page = render_two_docs()
    src_a = next(s for s in page.sources if s["doc"] == "a")
    assert src_a["text"] == SOURCE  # the source survives escaping unchanged
    marks = {(start, end): title for start, end, title in src_a["marks"]}
    assert marks == {
        DATE: "p0 events[0]",
        KOBE: "p0 parties[0]",
        HAMBURG: "p0 parties[1]",
        MOU: "p0 agreement_type",
    }  # the out-of-range evidence is skipped, not drawn
    src_b = next(s for s in page.sources if s["doc"] == "b")
    assert src_b["marks"] == []  # b's prediction carries no evidence


def test_facts_are_coloured_by_outcome() -> None:
    html, _ = render_two_docs()
    assert '<span class="f spurious" title="spurious">tourism</span>' in html
    assert '<span class="f missed" title="missed">economy</span>' in html
    assert '<span class="f match" title="matched">ハンブルク市</span>' in html


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # overlapping spans are cut at every boundary; the overlap is one mark naming both
        (
            [(0, 4, "x", None), (2, 6, "y", None)],
            'ab<mark title="x">cd</mark>',
        ),
    ],
)
def test_highlight_never_nests(spans, expected) -> None:
    html, skipped = highlight("abcdefgh", [(s + 2, e + 2, f, t) for s, e, f, t in spans])
    page = parse(f'<section class="doc" data-doc-id="t"></section><pre class="source">{html}</pre>')
    assert skipped == 0
    assert page.sources[0]["text"] == "abcdefgh"
    assert page.sources[0]["marks"] == [(2, 4, "x"), (4, 6, "x; y"), (6, 8, "y")]
    assert html.startswith(expected)


def test_highlight_flags_evidence_whose_text_differs() -> None:
    html, skipped = highlight("神戸市と大阪市", [(0, 3, "p0 parties[0]", "大阪市"), (4, 9, "p0 parties[1]", None)])
    assert skipped == 1  # 4..9 runs past the end
    assert '<mark class="bad"' in html


def test_everything_is_escaped() -> None:
    nasty = '<script>alert("x")</script>'
    gold = {nasty: {"doc_id": nasty, "doc_date": None, "records": [
        {"agreement_type": "mou", "title": nasty, "parties": [party(nasty)], "events": [], "sectors": []}]}}
    pred = {nasty: {"doc_id": nasty, "doc_date": None, "records": [
        {"agreement_type": "mou", "title": None, "parties": [party(nasty)], "events": [], "sectors": [],
         "evidence": [{"field": nasty, "start": 0, "end": 3}]}]}}
    html = render_html(score(gold, pred), gold, pred, {nasty: nasty})
    assert "<script" not in html
    page = parse(html)
    assert page.sections == [nasty]
    assert page.sources[0]["text"] == nasty
    assert page.sources[0]["marks"][0][2].startswith("p0 <script>")


def test_missing_source_is_said_not_guessed() -> None:
    gold = {"a": gold_doc("a")}
    html = render_html(score(gold, {}), gold, {}, None)
    assert "source text not found" in html
    assert "Missing from the predictions" in html


def test_decode_source_reads_utf8(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(SOURCE, encoding="utf-8")
    assert decode_source(f) == SOURCE


def test_run_eval_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold_doc("a"), ensure_ascii=False), encoding="utf-8")
    pred = tmp_path / "documents.jsonl"
    pred.write_text(json.dumps(pred_doc("a"), ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(SOURCE, encoding="utf-8")
    out = tmp_path / "report.html"
    assert run_eval(tmp_path / "gold", pred, html=out, sources=[tmp_path / "corpus"]) == 0
    page = parse(out.read_text(encoding="utf-8"))
    assert page.sections == ["a"]
    assert len(page.sources[0]["marks"]) == 4


def test_decode_source_keeps_the_whole_html_file(tmp_path: Path) -> None:
    # evidence offsets index the whole decoded file, markup included, not the page's main text
    page = "<html><head><title>t</title></head><body><p>神戸市と大阪市が覚書を締結した。</p></body></html>"
    f = tmp_path / "a.html"
    f.write_text(page, encoding="utf-8")
    assert decode_source(f) == page
