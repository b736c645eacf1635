"""One self-contained HTML page for an evaluation (no scripts, no external files).

The page shows the per-field F1 (strict and lenient) as an inline SVG bar chart, the
record-detection figures, then every document, worst first: gold and predicted
records side by side with each fact coloured by its outcome (matched green, lenient
match olive, missed red, spurious orange), and the source text with the predicted
evidence spans marked. Every piece of text from the data is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from mou_extract.score import FIELDS, DocumentScore, FieldScore, ScoreReport

_CSS = """
body{font-family:system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;margin:1.5em auto;max-width:1200px;
 padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.5em}h2{font-size:1.15em;margin:0}
table.nums{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9em}
table.nums th,table.nums td{padding:.15em .6em;border-bottom:1px solid #ddd;text-align:right}
table.nums th:first-child,table.nums td:first-child{text-align:left}
table.nums tr.total td{font-weight:bold;border-top:2px solid #999}
section.doc{border:1px solid #ccc;border-radius:6px;margin:1.2em 0;padding:.8em 1em}
.docmeta{color:#555;font-size:.9em}
table.side{width:100%;border-collapse:collapse;table-layout:fixed;margin:.6em 0}
table.side th{text-align:left;background:#f3f3f3;padding:.2em .5em}
table.side td{vertical-align:top;padding:.3em .5em;border-top:1px solid #e3e3e3}
.rec dl{display:grid;grid-template-columns:6.5em 1fr;margin:.2em 0;gap:.1em .5em}
.rec dt{color:#666;font-size:.85em}.rec dd{margin:0}
.rec ul{margin:0;padding-left:1.1em}.rh{font-size:.85em;color:#555}
.f{padding:0 .2em;border-radius:3px}
.match{background:#d6f5d6;color:#14591a}
.lenient{background:#eef5c4;color:#4f5a00}
.missed{background:#fddcdc;color:#9b1111}
.spurious{background:#ffe3bf;color:#8a4500}
.none{color:#999}
.alias{color:#777;font-size:.85em}
.empty{color:#999;font-style:italic}
pre.source{white-space:pre-wrap;word-break:break-all;background:#fafafa;border:1px solid #eee;padding:.6em;
 font-size:.85em;max-height:40em;overflow:auto}
mark{background:#fff2a8}mark.multi{background:#ffd966}mark.bad{background:#f7b2b2}
.legend span{margin-right:.8em}
svg.chart text{font-size:12px;fill:#333}
ul.facts{font-size:.85em;margin:.2em 0}
"""

_LABEL = {"match": "matched", "lenient": "lenient match only", "missed": "missed", "spurious": "spurious"}


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _bar_chart(report: ScoreReport) -> str:
    """Horizontal bars: strict and lenient F1 per field and overall."""
    rows: list[tuple[str, FieldScore]] = [*report.fields.items(), ("overall", report.overall)]
    label_w, bar_w, row_h, top = 120, 360, 30, 24
    width = label_w + bar_w + 70
    height = top + row_h * len(rows) + 10
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="F1 per field, strict and lenient">',
        '<rect x="0" y="0" width="12" height="10" fill="#3a7bd5" transform="translate(120,6)"/>'
        f'<text x="{label_w + 16}" y="15">strict F1</text>',
        '<rect x="0" y="0" width="12" height="10" fill="#9cc3f0" transform="translate(210,6)"/>'
        '<text x="226" y="15">lenient F1</text>',
    ]
    for k in range(0, 11, 2):  # grid lines at 0, .2, ... 1
        x = label_w + bar_w * k / 10
        out.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}" stroke="#e5e5e5"/>')
    for n, (name, fs) in enumerate(rows):
        y = top + n * row_h
        out.append(f'<text x="0" y="{y + 17}">{escape(name)}</text>')
        for m, (counts, color) in enumerate(((fs.strict, "#3a7bd5"), (fs.lenient, "#9cc3f0"))):
            f1 = counts.f1
            w = 0.0 if f1 is None else bar_w * f1
            yy = y + 3 + m * 12
            tip = f"{name} {'strict' if m == 0 else 'lenient'} F1 {_pct(f1)} (tp {counts.tp}, fp {counts.fp}, fn {counts.fn})"
            out.append(
                f'<rect class="bar" x="{label_w}" y="{yy}" width="{w:.1f}" height="11" fill="{color}">'
                f"<title>{escape(tip)}</title></rect>"
            )
            out.append(f'<text x="{label_w + w + 4:.1f}" y="{yy + 10}">{_pct(f1)}</text>')
    out.append("</svg>")
    return "".join(out)


def _numbers_table(report: ScoreReport) -> str:
    head = "".join(
        f"<th>{h}</th>"
        for h in ("field", "tp", "fp", "fn", "P", "R", "F1", "len tp", "len fp", "len fn", "F1 lenient")
    )
    rows = []
    for name, fs in [*report.fields.items(), ("overall", report.overall)]:
        s, l_ = fs.strict, fs.lenient
        cls = ' class="total"' if name == "overall" else ""
        cells = (name, s.tp, s.fp, s.fn, _pct(s.precision), _pct(s.recall), _pct(s.f1), l_.tp, l_.fp, l_.fn, _pct(l_.f1))
        rows.append(f"<tr{cls}>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>")
    return f'<table class="nums"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _fact(value: Any, status: str | None) -> str:
    """One value, coloured by its outcome (``None`` status: not a fact, e.g. null)."""
    text = "null" if value is None else str(value)
    if status is None:
        return f'<span class="f none">{escape(text)}</span>'
    return f'<span class="f {status}" title="{_LABEL.get(status, status)}">{escape(text)}</span>'


def _record_html(rec: dict, marks: dict[str, str], heading: str) -> str:
    parts = [f'<div class="rec"><div class="rh">{escape(heading)}</div><dl>']
    parts.append(f"<dt>type</dt><dd>{_fact(rec.get('agreement_type'), marks.get('agreement_type'))}</dd>")
    parts.append(f"<dt>title</dt><dd>{_fact(rec.get('title'), marks.get('title'))}</dd>")
    items = []
    for i, p in enumerate(rec.get("parties") or []):
        aliases = p.get("aliases") or []
        alias_html = (
            f' <span class="alias">({escape(", ".join(map(str, aliases)))})</span>' if aliases else ""
        )
        items.append(
            "<li>"
            + _fact(p.get("name"), marks.get(f"parties[{i}].name"))
            + alias_html
            + " · "
            + _fact(p.get("kind"), marks.get(f"parties[{i}].kind"))
            + " · "
            + _fact(p.get("country"), marks.get(f"parties[{i}].country"))
            + "</li>"
        )
    parts.append(f"<dt>parties</dt><dd>{'<ul>' + ''.join(items) + '</ul>' if items else '<span class=empty>none</span>'}</dd>")
    evs = [
        "<li>" + _fact(f"{e.get('type')} {e.get('date')}", marks.get(f"events[{i}]")) + "</li>"
        for i, e in enumerate(rec.get("events") or [])
    ]
    parts.append(f"<dt>events</dt><dd>{'<ul>' + ''.join(evs) + '</ul>' if evs else '<span class=empty>none</span>'}</dd>")
    term = rec.get("term") or {}
    term_bits = [
        f"{key} {_fact(term.get(key), marks.get(f'term.{key}'))}"
        for key in ("start", "end", "duration", "renewal")
        if term.get(key) is not None
    ]
    parts.append(f"<dt>term</dt><dd>{' · '.join(term_bits) if term_bits else '<span class=empty>none</span>'}</dd>")
    secs = [_fact(s, marks.get(f"sectors[{i}]")) for i, s in enumerate(rec.get("sectors") or [])]
    parts.append(f"<dt>sectors</dt><dd>{' '.join(secs) if secs else '<span class=empty>none</span>'}</dd>")
    parts.append("</dl></div>")
    return "".join(parts)


def evidence_spans(pred_doc: dict | None) -> list[tuple[int, int, str, str | None]]:
    """``(start, end, label, text)`` of every evidence of the predicted records."""
    spans = []
    for j, rec in enumerate((pred_doc or {}).get("records") or []):
        for ev in rec.get("evidence") or []:
            try:
                start, end = int(ev["start"]), int(ev["end"])
            except (KeyError, TypeError, ValueError):
                continue
            spans.append((start, end, f"p{j} {ev.get('field')}", ev.get("text")))
    return spans


def highlight(text: str, spans: Sequence[tuple[int, int, str, str | None]]) -> tuple[str, int]:
    """Escape ``text`` and wrap each evidence span in ``<mark>`` (title: the fields).

    Overlapping spans are split at every boundary, so marks never nest; a span whose
    ``text`` differs from the source slice is marked ``bad``. Returns the HTML and the
    number of spans skipped because their offsets fall outside the text.
    """
    n = len(text)
    good = [s for s in spans if 0 <= s[0] < s[1] <= n]
    skipped = len(spans) - len(good)
    cuts = sorted({0, n, *(s[0] for s in good), *(s[1] for s in good)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in good if s[0] <= a and b <= s[1]]
        chunk = escape(text[a:b])
        if not covering:
            out.append(chunk)
            continue
        bad = any(s[3] is not None and s[3] != text[s[0] : s[1]] for s in covering)
        classes = [c for c, on in (("multi", len(covering) > 1), ("bad", bad)) if on]
        title = "; ".join(s[2] for s in covering) + (" (evidence text differs from the source)" if bad else "")
        cls = f' class="{" ".join(classes)}"' if classes else ""
        out.append(f'<mark{cls} title="{escape(title)}">{chunk}</mark>')
    return "".join(out), skipped


def _doc_section(n: int, ds: DocumentScore, gold_doc: dict | None, pred_doc: dict | None, source: str | None) -> str:
    ov = ds.overall
    grecs = (gold_doc or {}).get("records") or []
    precs = (pred_doc or {}).get("records") or []
    out = [f'<section class="doc" id="doc-{n}" data-doc-id="{escape(ds.doc_id)}">']
    out.append(f"<h2>{escape(ds.doc_id)}</h2>")
    out.append(
        f'<div class="docmeta">{escape(ds.status)} · F1 {_pct(ds.f1)} (lenient {_pct(ds.f1_lenient)}) · '
        f"tp {ov.strict.tp} fp {ov.strict.fp} fn {ov.strict.fn} · "
        f"gold records {len(grecs)}, predicted {len(precs)}, paired {len(ds.pairs)} · doc_date: gold "
        f"{_fact((gold_doc or {}).get('doc_date'), ds.doc_date_marks.get('gold'))} pred "
        f"{_fact((pred_doc or {}).get('doc_date'), ds.doc_date_marks.get('pred'))}</div>"
    )
    rows = []
    for gi, pi, overlap in ds.pairs:
        rows.append(
            (
                _record_html(grecs[gi], ds.gold_marks.get(gi, {}), f"gold #{gi} · paired, {overlap} parties in common"),
                _record_html(precs[pi], ds.pred_marks.get(pi, {}), f"pred #{pi}"),
            )
        )
    for gi in ds.unpaired_gold:
        rows.append((_record_html(grecs[gi], ds.gold_marks.get(gi, {}), f"gold #{gi} · unpaired"), ""))
    for pi in ds.unpaired_pred:
        rows.append(("", _record_html(precs[pi], ds.pred_marks.get(pi, {}), f"pred #{pi} · unpaired")))
    if rows:
        body = "".join(
            f"<tr><td>{g or '<span class=empty>-</span>'}</td><td>{p or '<span class=empty>-</span>'}</td></tr>"
            for g, p in rows
        )
        out.append(f'<table class="side"><thead><tr><th>gold</th><th>predicted</th></tr></thead><tbody>{body}</tbody></table>')
    else:
        out.append('<p class="empty">no records on either side</p>')
    if ds.missed or ds.spurious:
        lis = "".join(f'<li class="missed">{escape(m)}</li>' for m in ds.missed)
        lis += "".join(f'<li class="spurious">{escape(s)}</li>' for s in ds.spurious)
        out.append(
            f"<details><summary>{len(ds.missed)} missed, {len(ds.spurious)} spurious facts (strict)</summary>"
            f'<ul class="facts">{lis}</ul></details>'
        )
    if source is None:
        out.append('<p class="empty">source text not found</p>')
    else:
        spans = evidence_spans(pred_doc)
        marked, skipped = highlight(source, spans)
        note = f", {skipped} outside the text" if skipped else ""
        out.append(
            f"<details><summary>source text ({len(source)} characters, {len(spans)} evidence spans{note})</summary>"
            f'<pre class="source">{marked}</pre></details>'
        )
    out.append("</section>")
    return "".join(out)


def render_html(
    report: ScoreReport,
    gold: dict[str, dict],
    pred: dict[str, dict],
    sources: dict[str, str] | None,
) -> str:
    """The whole report as one HTML string (inline CSS and SVG only)."""
    sources = sources or {}
    rd = report.records
    ov = report.overall
    docs = report.worst_documents()
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>mou-extract evaluation</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>mou-extract evaluation</h1>",
        f"<p>{len(report.per_document)} documents · overall strict P {_pct(ov.strict.precision)} "
        f"R {_pct(ov.strict.recall)} F1 {_pct(ov.strict.f1)} · lenient F1 {_pct(ov.lenient.f1)}</p>",
        '<p class="legend"><span class="f match">matched</span><span class="f lenient">lenient match only</span>'
        '<span class="f missed">missed</span><span class="f spurious">spurious</span>'
        "<span><mark>evidence</mark></span></p>",
        "<h2>Scores per field</h2>",
        _bar_chart(report),
        _numbers_table(report),
        '<h2>Record detection</h2><table class="nums" id="records"><thead><tr><th>gold</th><th>predicted</th>'
        "<th>paired</th><th>P</th><th>R</th><th>F1</th></tr></thead><tbody><tr>"
        + "".join(
            f"<td>{c}</td>" for c in (rd.gold, rd.pred, rd.paired, _pct(rd.precision), _pct(rd.recall), _pct(rd.f1))
        )
        + "</tr></tbody></table>",
    ]
    if report.missing_docs:
        out.append(
            f"<p>Missing from the predictions ({len(report.missing_docs)}, all gold facts missed): "
            + ", ".join(escape(d) for d in report.missing_docs)
            + "</p>"
        )
    if report.extra_docs:
        out.append(
            f"<p>Not in gold ({len(report.extra_docs)}, all facts spurious): "
            + ", ".join(escape(d) for d in report.extra_docs)
            + "</p>"
        )
    out.append("<h2>Documents, worst first</h2><ol>")
    for n, ds in enumerate(docs):
        out.append(f'<li><a href="#doc-{n}">{escape(ds.doc_id)}</a> F1 {_pct(ds.f1)} (lenient {_pct(ds.f1_lenient)})</li>')
    out.append("</ol>")
    for n, ds in enumerate(docs):
        out.append(_doc_section(n, ds, gold.get(ds.doc_id), pred.get(ds.doc_id), sources.get(ds.doc_id)))
    out.append(f'<p class="docmeta">Fields: {escape(", ".join(FIELDS))}. Scoring rules: ANNOTATION.md, "How results are scored".</p>')
    out.append("</body></html>")
    return "\n".join(out)
