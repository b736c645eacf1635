"""Inter-annotator agreement (issue 4.3): annotator B against annotator A, on 20 documents.

Reads the ORIGINAL, pre-adjudication labels of both annotators:

- ``gold/iaa/a/<doc_id>.json``: annotator A (copies of the seed and corpus gold taken
  before adjudication edited them, so these figures stay reproducible);
- ``gold/iaa/b/<doc_id>.json``: annotator B.

The project scorer is asymmetric: a predicted party name is matched against the gold
party's name *and aliases*, but the gold name is not looked up in the predicted side's
aliases. So agreement is scored both ways (A as gold / B as prediction, and B as gold /
A as prediction) and the per-field F1 of the two directions is averaged. Also reported:
record detection both ways and the number of documents whose record counts agree.

Usage::

    .venv/bin/python scripts/iaa.py            # print the table, write gold/iaa/iaa_scores.json
    .venv/bin/python scripts/iaa.py --disagreements   # also list every missed/spurious fact
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mou_extract.normalize import nfkc_key
from mou_extract.score import FIELDS, format_table, load_documents, match_parties, pair_records, score

REPO = Path(__file__).resolve().parents[1]
IAA = REPO / "gold" / "iaa"


def _mean(a: float | None, b: float | None) -> float | None:
    """Mean of two figures, or the one that is defined, or None."""
    vals = [x for x in (a, b) if x is not None]
    return sum(vals) / len(vals) if vals else None


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def alias_agreement(a_docs: dict[str, dict], b_docs: dict[str, dict], docs: list[str]) -> dict[str, Any]:
    """Surface forms (name + aliases, NFKC, no spaces) of the parties both annotators have
    (paired records, matched parties): how many parties have identical form sets, and the
    forms only one annotator gave. Not a scored field; aliases only widen name matching."""
    same = total = 0
    only_a: list[str] = []
    only_b: list[str] = []
    for d in docs:
        ra_all, rb_all = a_docs[d]["records"], b_docs[d]["records"]
        for gi, pi, _ in pair_records(ra_all, rb_all):
            pa_all, pb_all = ra_all[gi]["parties"], rb_all[pi]["parties"]
            for i, j in match_parties(pa_all, pb_all):
                ka = {nfkc_key(x) for x in [pa_all[i]["name"], *pa_all[i].get("aliases", [])]}
                kb = {nfkc_key(x) for x in [pb_all[j]["name"], *pb_all[j].get("aliases", [])]}
                total += 1
                same += ka == kb
                only_a += [f"{d}: {x}" for x in sorted(ka - kb)]
                only_b += [f"{d}: {x}" for x in sorted(kb - ka)]
    return {"matched_parties": total, "identical_form_sets": same, "only_a": only_a, "only_b": only_b}


def agreement(a_docs: dict[str, dict], b_docs: dict[str, dict]) -> dict[str, Any]:
    """Per-field agreement of B with A in both directions, their mean, record detection
    and record-count agreement, as a JSON-able dict."""
    docs = sorted(set(a_docs) & set(b_docs))
    ab = score(a_docs, b_docs, docs=docs)  # A as gold, B as prediction
    ba = score(b_docs, a_docs, docs=docs)  # B as gold, A as prediction
    fields: dict[str, Any] = {}
    for name in (*FIELDS, "overall"):
        fa = ab.overall if name == "overall" else ab.fields[name]
        fb = ba.overall if name == "overall" else ba.fields[name]
        fields[name] = {
            "a_gold": fa.to_dict(),
            "b_gold": fb.to_dict(),
            "mean_f1_strict": _mean(fa.strict.f1, fb.strict.f1),
            "mean_f1_lenient": _mean(fa.lenient.f1, fb.lenient.f1),
        }
    subsets: dict[str, Any] = {}
    for label, keep in (("seeds", [d for d in docs if d[:1].isdigit()]), ("corpus", [d for d in docs if not d[:1].isdigit()])):
        sa, sb = score(a_docs, b_docs, docs=keep).overall, score(b_docs, a_docs, docs=keep).overall
        subsets[label] = {
            "documents": len(keep),
            "overall_f1_a_gold": sa.strict.f1,
            "overall_f1_b_gold": sb.strict.f1,
            "disagreeing_facts": sa.strict.fp + sa.strict.fn,
        }
    counts = {d: (len(a_docs[d]["records"]), len(b_docs[d]["records"])) for d in docs}
    agree = [d for d, (x, y) in counts.items() if x == y]
    return {
        "documents": docs,
        "fields": fields,
        "records": {"a_gold": ab.records.to_dict(), "b_gold": ba.records.to_dict()},
        "record_count_agreement": {
            "agree": len(agree),
            "documents": len(docs),
            "per_document": {d: {"a": x, "b": y} for d, (x, y) in counts.items()},
        },
        "subsets": subsets,
        "aliases": alias_agreement(a_docs, b_docs, docs),
        "disagreements": {
            "a_gold": {d: {"missed": s.missed, "spurious": s.spurious} for d, s in ab.per_document.items()},
            "b_gold": {d: {"missed": s.missed, "spurious": s.spurious} for d, s in ba.per_document.items()},
        },
    }


def agreement_table(result: dict[str, Any]) -> str:
    """Field | F1 strict (A gold, B gold, mean) | F1 lenient (A gold, B gold, mean), as Markdown."""
    lines = [
        "| field | F1 A→B | F1 B→A | mean | lenient A→B | lenient B→A | lenient mean |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, f in result["fields"].items():
        a, b = f["a_gold"], f["b_gold"]
        lines.append(
            f"| {name} | {_fmt(a['strict']['f1'])} | {_fmt(b['strict']['f1'])} | {_fmt(f['mean_f1_strict'])} "
            f"| {_fmt(a['lenient']['f1'])} | {_fmt(b['lenient']['f1'])} | {_fmt(f['mean_f1_lenient'])} |"
        )
    ra, rb = result["records"]["a_gold"], result["records"]["b_gold"]
    rc = result["record_count_agreement"]
    lines += [
        "",
        f"Records: A {ra['gold']}, B {ra['pred']}, paired {ra['paired']} "
        f"(F1 {_fmt(ra['f1'])}; B-as-gold paired {rb['paired']}, F1 {_fmt(rb['f1'])}).",
        f"Record count agrees in {rc['agree']} of {rc['documents']} documents.",
    ]
    al = result["aliases"]
    lines.append(
        f"Party surface forms (name + aliases, not scored): identical for {al['identical_form_sets']} of "
        f"{al['matched_parties']} matched parties; {len(al['only_a'])} forms only in A, {len(al['only_b'])} only in B."
    )
    for label, s in result["subsets"].items():
        lines.append(
            f"{label} ({s['documents']} documents): overall F1 A→B {_fmt(s['overall_f1_a_gold'])}, "
            f"B→A {_fmt(s['overall_f1_b_gold'])}, {s['disagreeing_facts']} disagreeing facts (A as gold)."
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--a", type=Path, default=IAA / "a", help="annotator A's original labels")
    ap.add_argument("--b", type=Path, default=IAA / "b", help="annotator B's labels")
    ap.add_argument("--out", type=Path, default=IAA / "iaa_scores.json")
    ap.add_argument("--disagreements", action="store_true", help="print every missed/spurious fact")
    args = ap.parse_args(argv)
    a_docs, b_docs = load_documents(args.a), load_documents(args.b)
    if set(a_docs) != set(b_docs):
        print(f"doc_ids differ: only A {sorted(set(a_docs) - set(b_docs))}, "
              f"only B {sorted(set(b_docs) - set(a_docs))}", file=sys.stderr)
    result = agreement(a_docs, b_docs)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    docs = result["documents"]
    print("A as gold, B as prediction")
    print(format_table(score(a_docs, b_docs, docs=docs)))
    print("\nB as gold, A as prediction")
    print(format_table(score(b_docs, a_docs, docs=docs)))
    print("\nAgreement (F1 per field, both directions)")
    print(agreement_table(result))
    if args.disagreements:
        for d in docs:
            ab = result["disagreements"]["a_gold"][d]
            ba = result["disagreements"]["b_gold"][d]
            if ab["missed"] or ab["spurious"] or ba["missed"] or ba["spurious"]:
                print(f"\n## {d}")
                for x in ab["missed"]:
                    print(f"  A only (A gold): {x}")
                for x in ab["spurious"]:
                    print(f"  B only (A gold): {x}")
                for x in ba["missed"]:
                    print(f"  B only (B gold): {x}")
                for x in ba["spurious"]:
                    print(f"  A only (B gold): {x}")
    print(f"\nwritten {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
