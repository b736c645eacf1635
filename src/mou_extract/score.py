"""Score predicted documents against gold documents (ANNOTATION.md, "How results are scored").

The scorer works on plain dicts shaped like ``document.schema.json`` (one gold file, or
one line of ``documents.jsonl``), so gold and predictions are read the same way.

Steps, per document:

1. **Pair records.** Gold and predicted records are paired by the largest overlap of
   matched party names, each record used at most once, and a pair needs at least one
   party in common. The pairing is an *optimal* assignment (a hand-written Hungarian
   algorithm, exact, O(n³); scipy is not needed) over the integer weight
   ``overlap·K1 + same_type·K2 + (N - |i - j|)`` for pairs with overlap ≥ 1 and 0
   otherwise, with ``K1``/``K2`` large enough that the objective is lexicographic:
   the total overlap first, then the number of pairs of the same ``agreement_type``,
   then pairs close in list order. Zero-overlap pairs the solver may return are dropped.
2. **Turn each record into facts** and match them within a pair: agreement_type,
   title (when not null), each party (name vs. gold name/aliases under
   :func:`~mou_extract.normalize.nfkc_key`), each matched party's kind and country
   (country only when not null), each event (type + date), each non-null term field
   and each sector. ``doc_date`` (when not null) is one more fact per document.
3. **Count** true positives (matched gold facts), false negatives (unmatched gold
   facts) and false positives (unmatched predicted facts) per field, strict and
   lenient. Lenient differs only for dates (events, term start/end, doc_date): a date
   agrees leniently when it agrees at the coarser precision of the two
   (``2020-02`` vs ``2020-02-11``).

Choices the guide leaves open, fixed here:

- A null ``country`` (or ``title``, ``doc_date``, term field) is no fact on that side.
- ``duration`` and ``renewal`` are compared as exact strings (``P3Y`` ≠ ``P36M``).
- Events are matched as multisets (each used once). The lenient figure is a maximum
  bipartite matching that starts from the strict one, so every strict match stays a
  lenient match.
- A document in gold but not in pred counts all its gold facts as missed; a document
  in pred but not in gold counts all its facts as spurious (both are listed in the
  report). Restrict the documents with ``docs=`` to score a split.
- P (R) is undefined (``None``) when there are no predicted (gold) facts; F1 is
  ``2tp / (2tp + fp + fn)`` and undefined only when all three are zero.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mou_extract.normalize import nfkc_key

FIELDS: tuple[str, ...] = (
    "agreement_type",
    "title",
    "party",
    "party_kind",
    "party_country",
    "event",
    "term_start",
    "term_end",
    "term_duration",
    "term_renewal",
    "sector",
    "doc_date",
)
"""The fields a score is reported for, in table order."""

DATE_FIELDS: frozenset[str] = frozenset({"event", "term_start", "term_end", "doc_date"})
"""Fields whose lenient figure can differ from the strict one."""

_REPO = Path(__file__).resolve().parents[2]
DEFAULT_SCHEMA = _REPO / ".." / "shared" / "spec" / "document.schema.json"

# Statuses a fact can end with (used as CSS classes by the HTML report).
MATCH, LENIENT, MISSED, SPURIOUS = "match", "lenient", "missed", "spurious"


# --------------------------------------------------------------------------- loading


class DocumentError(ValueError):
    """A gold or predicted document file that is not a valid document."""


def _structural_problems(doc: Any) -> list[str]:
    """Basic shape checks used when the JSON schema is not available."""
    if not isinstance(doc, dict):
        return ["document is not an object"]
    problems: list[str] = []
    if not isinstance(doc.get("doc_id"), str):
        problems.append("doc_id missing or not a string")
    if doc.get("doc_date") is not None and not isinstance(doc.get("doc_date"), str):
        problems.append("doc_date is not a string or null")
    records = doc.get("records")
    if not isinstance(records, list):
        return problems + ["records missing or not a list"]
    for i, rec in enumerate(records):
        where = f"records[{i}]"
        if not isinstance(rec, dict):
            problems.append(f"{where} is not an object")
            continue
        if not isinstance(rec.get("agreement_type"), str):
            problems.append(f"{where}.agreement_type missing or not a string")
        for key in ("parties", "events", "sectors"):
            if not isinstance(rec.get(key), list):
                problems.append(f"{where}.{key} missing or not a list")
        for j, p in enumerate(rec.get("parties") or []):
            if not isinstance(p, dict) or not isinstance(p.get("name"), str):
                problems.append(f"{where}.parties[{j}] has no name")
        for j, e in enumerate(rec.get("events") or []):
            if not isinstance(e, dict) or not isinstance(e.get("type"), str) or not isinstance(e.get("date"), str):
                problems.append(f"{where}.events[{j}] needs a type and a date")
        if rec.get("term") is not None and not isinstance(rec.get("term"), dict):
            problems.append(f"{where}.term is not an object")
    return problems


def _validator(schema_path: Path | None) -> Callable[[Any], list[str]]:
    """A function returning the problems of one document (empty list when valid)."""
    path = schema_path if schema_path is not None else DEFAULT_SCHEMA
    if path.is_file():
        import jsonschema

        schema = json.loads(path.read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        validator = cls(schema, format_checker=cls.FORMAT_CHECKER)

        def check(doc: Any) -> list[str]:
            return [
                f"{'/'.join(str(p) for p in err.absolute_path) or '<root>'}: {err.message}"
                for err in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
            ]

        return check
    if schema_path is not None:
        raise FileNotFoundError(f"schema not found: {schema_path}")
    return _structural_problems


def load_documents(path: Path, *, schema_path: Path | None = None) -> dict[str, dict]:
    """Read documents keyed by ``doc_id`` from a folder of ``*.json`` files (searched
    recursively, one document each), a ``.jsonl`` file (one per line) or one ``.json`` file.

    In a folder, JSON objects with neither ``doc_id`` nor ``records`` (a split file, a
    manifest) are skipped. Each document is validated against ``document.schema.json`` when it is found (at
    ``schema_path``, or ``../shared/spec/`` beside the repository), else given basic
    structural checks. Raises :class:`DocumentError` listing every problem.
    """
    path = Path(path)
    items: list[tuple[str, Any]] = []  # (where, parsed document)
    problems: list[str] = []
    if path.is_dir():
        for f in sorted(path.rglob("*.json")):
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                problems.append(f"{f}: not JSON ({exc})")
                continue
            if isinstance(data, dict) and "doc_id" not in data and "records" not in data:
                continue  # not a document at all (gold/split.json, a manifest): skipped
            items.append((str(f), data))
    elif path.is_file():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for n, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    items.append((f"{path}:{n}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    problems.append(f"{path}:{n}: not JSON ({exc})")
        else:
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise DocumentError(f"{path}: not JSON ({exc})") from exc
            items.extend((f"{path}[{i}]", d) for i, d in enumerate(data if isinstance(data, list) else [data]))
    else:
        raise FileNotFoundError(f"no such file or folder: {path}")

    check = _validator(schema_path)
    docs: dict[str, dict] = {}
    for where, doc in items:
        errs = check(doc)
        if errs:
            problems.extend(f"{where}: {e}" for e in errs)
            continue
        doc_id = doc["doc_id"]
        if doc_id in docs:
            problems.append(f"{where}: duplicate doc_id {doc_id!r}")
            continue
        docs[doc_id] = doc
    if problems:
        raise DocumentError(f"{len(problems)} problem(s) in {path}:\n" + "\n".join(problems))
    return docs


# --------------------------------------------------------------------------- matching


def hungarian_max(weights: Sequence[Sequence[int]]) -> list[tuple[int, int]]:
    """An assignment of rows to columns maximising the total weight (exact).

    ``weights`` is an n×m matrix of non-negative integers; the result lists the
    ``(row, col)`` pairs of a maximum-weight matching of size ``min(n, m)`` (pairs of
    weight 0 included; callers drop them). Classic O(n²m) Kuhn-Munkres with
    potentials, run on costs ``-w`` after padding to a square.
    """
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return []
    size = max(n, m)
    cost = [[-(weights[i][j]) if i < n and j < m else 0 for j in range(size)] for i in range(size)]
    inf = float("inf")
    u = [0] * (size + 1)
    v = [0] * (size + 1)
    p = [0] * (size + 1)  # p[j]: row (1-based) assigned to column j; column 0 is a sentinel
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = [(p[j] - 1, j - 1) for j in range(1, size + 1) if p[j] and p[j] - 1 < n and j - 1 < m]
    return sorted(pairs)


def max_bipartite_matching(
    n_left: int,
    n_right: int,
    edge: Callable[[int, int], bool],
    initial: dict[int, int] | None = None,
) -> dict[int, int]:
    """Maximum matching left→right by augmenting paths (Kuhn), grown from ``initial``.

    Augmenting never unmatches a vertex, so every left vertex matched in ``initial``
    stays matched (used to keep strict event matches inside the lenient matching).
    """
    match_r: dict[int, int] = {}  # right -> left
    if initial:
        for left, right in initial.items():
            match_r[right] = left
    adj = [[j for j in range(n_right) if edge(i, j)] for i in range(n_left)]

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_r or augment(match_r[j], seen):
                match_r[j] = i
                return True
        return False

    matched_left = set(match_r.values())
    for i in range(n_left):
        if i not in matched_left:
            augment(i, set())
    return {left: right for right, left in match_r.items()}


def _party_keys(party: dict, *, with_aliases: bool) -> set[str]:
    keys = {nfkc_key(party.get("name") or "")}
    if with_aliases:
        keys.update(nfkc_key(a) for a in party.get("aliases") or [])
    keys.discard("")
    return keys


def match_parties(gold_parties: Sequence[dict], pred_parties: Sequence[dict]) -> list[tuple[int, int]]:
    """Pair predicted parties with gold parties (name or alias, after NFKC and with all
    whitespace removed), each used once, as many pairs as possible.

    Among maximum matchings it prefers a match on the gold name over one on an alias,
    then agreeing kind and country, then list order (lexicographic integer weights).
    """
    ng, np_ = len(gold_parties), len(pred_parties)
    if not ng or not np_:
        return []
    gkeys = [_party_keys(g, with_aliases=True) for g in gold_parties]
    gnames = [nfkc_key(g.get("name") or "") for g in gold_parties]
    pkeys = [nfkc_key(p.get("name") or "") for p in pred_parties]
    n = max(ng, np_)
    k_order = n * n + 1  # > sum of order bonuses
    k_small = 4 * k_order  # name(2) + kind(1) + country(1) per pair, times the order scale
    k_match = (n + 1) * k_small
    weights = [[0] * np_ for _ in range(ng)]
    for i, g in enumerate(gold_parties):
        for j, p in enumerate(pred_parties):
            if pkeys[j] and pkeys[j] in gkeys[i]:
                small = 2 * (pkeys[j] == gnames[i]) + (g.get("kind") == p.get("kind")) + (
                    g.get("country") == p.get("country")
                )
                weights[i][j] = k_match + small * k_order + (n - abs(i - j))
    return [(i, j) for i, j in hungarian_max(weights) if weights[i][j] > 0]


def pair_records(gold_records: Sequence[dict], pred_records: Sequence[dict]) -> list[tuple[int, int, int]]:
    """Pair records by the largest overlap of matched parties: ``(gold, pred, overlap)``.

    Optimal over the whole document (see the module docstring for the weight);
    a pair needs at least one party in common.
    """
    ng, np_ = len(gold_records), len(pred_records)
    if not ng or not np_:
        return []
    overlap = [
        [len(match_parties(g.get("parties") or [], p.get("parties") or [])) for p in pred_records]
        for g in gold_records
    ]
    n = max(ng, np_)
    k_type = n * n + 1  # > any sum of order bonuses (each ≤ n, at most n pairs)
    k_overlap = (n + 1) * k_type  # > any sum of type bonuses plus order bonuses
    weights = [[0] * np_ for _ in range(ng)]
    for i, g in enumerate(gold_records):
        for j, p in enumerate(pred_records):
            if overlap[i][j] > 0:
                same_type = g.get("agreement_type") == p.get("agreement_type")
                weights[i][j] = overlap[i][j] * k_overlap + same_type * k_type + (n - abs(i - j))
    return [(i, j, overlap[i][j]) for i, j in hungarian_max(weights) if overlap[i][j] > 0]


# --------------------------------------------------------------------------- comparisons


def title_key(title: str) -> str:
    """Title comparison key: NFKC, no whitespace, no 「」『』."""
    return nfkc_key(title).translate({ord(c): None for c in "「」『』"})


def date_lenient_equal(a: str, b: str) -> bool:
    """True when two ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) agree at the coarser precision."""
    from mou_extract.dates import dates_agree

    return dates_agree(a, b)


# --------------------------------------------------------------------------- counting


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class FieldScore:
    """Strict and lenient counts of one field (or of all fields: ``overall``)."""

    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)

    def add(self, other: FieldScore) -> None:
        self.strict.add(other.strict)
        self.lenient.add(other.lenient)

    def to_dict(self) -> dict[str, Any]:
        return {"strict": self.strict.to_dict(), "lenient": self.lenient.to_dict()}


@dataclass(slots=True)
class RecordDetection:
    """Paired records over gold records (recall) and over predicted records (precision)."""

    gold: int = 0
    pred: int = 0
    paired: int = 0

    @property
    def precision(self) -> float | None:
        return self.paired / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.paired / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        d = self.gold + self.pred
        return 2 * self.paired / d if d else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "paired": self.paired,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def _new_fields() -> dict[str, FieldScore]:
    return {f: FieldScore() for f in FIELDS}


@dataclass(slots=True)
class DocumentScore:
    """What happened in one document.

    ``status`` is ``scored`` (in gold and pred), ``missing`` (gold only) or ``extra``
    (pred only). ``gold_marks[i][path]`` / ``pred_marks[j][path]`` give each fact's
    status (``match``, ``lenient``, ``missed`` / ``spurious``) by its path in the record
    (``agreement_type``, ``title``, ``parties[0].name``, ``parties[0].kind``,
    ``parties[0].country``, ``events[1]``, ``term.start``, ``sectors[2]``);
    ``doc_date_marks`` holds ``gold``/``pred`` statuses of ``doc_date``.
    ``missed`` and ``spurious`` are readable strict-level lists.
    """

    doc_id: str
    status: str = "scored"
    pairs: list[tuple[int, int, int]] = field(default_factory=list)
    unpaired_gold: list[int] = field(default_factory=list)
    unpaired_pred: list[int] = field(default_factory=list)
    fields: dict[str, FieldScore] = field(default_factory=_new_fields)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    gold_marks: dict[int, dict[str, str]] = field(default_factory=dict)
    pred_marks: dict[int, dict[str, str]] = field(default_factory=dict)
    doc_date_marks: dict[str, str] = field(default_factory=dict)

    @property
    def overall(self) -> FieldScore:
        total = FieldScore()
        for fs in self.fields.values():
            total.add(fs)
        return total

    @property
    def f1(self) -> float:
        """Strict F1 of the document; 1.0 when it has no facts at all (nothing wrong)."""
        f1 = self.overall.strict.f1
        return 1.0 if f1 is None else f1

    @property
    def f1_lenient(self) -> float:
        f1 = self.overall.lenient.f1
        return 1.0 if f1 is None else f1

    def to_dict(self) -> dict[str, Any]:
        overall = self.overall
        return {
            "doc_id": self.doc_id,
            "status": self.status,
            "f1": self.f1,
            "f1_lenient": self.f1_lenient,
            "overall": overall.to_dict(),
            "pairs": [{"gold": g, "pred": p, "overlap": o} for g, p, o in self.pairs],
            "unpaired_gold": list(self.unpaired_gold),
            "unpaired_pred": list(self.unpaired_pred),
            "fields": {
                name: {
                    "tp": fs.strict.tp,
                    "fp": fs.strict.fp,
                    "fn": fs.strict.fn,
                    "lenient_tp": fs.lenient.tp,
                    "lenient_fp": fs.lenient.fp,
                    "lenient_fn": fs.lenient.fn,
                }
                for name, fs in self.fields.items()
            },
            "missed": list(self.missed),
            "spurious": list(self.spurious),
            "gold_marks": {str(k): dict(v) for k, v in self.gold_marks.items()},
            "pred_marks": {str(k): dict(v) for k, v in self.pred_marks.items()},
            "doc_date_marks": dict(self.doc_date_marks),
        }

    # -- accumulation -------------------------------------------------------

    def _gold(self, rec: int | None, path: str, fld: str, label: str, strict: bool, lenient: bool) -> None:
        fs = self.fields[fld]
        lenient = lenient or strict
        if strict:
            fs.strict.tp += 1
        else:
            fs.strict.fn += 1
            tag = "" if rec is None else f"g{rec} "
            self.missed.append(f"{tag}{fld}: {label}" + (" (lenient match)" if lenient else ""))
        if lenient:
            fs.lenient.tp += 1
        else:
            fs.lenient.fn += 1
        status = MATCH if strict else LENIENT if lenient else MISSED
        if rec is None:
            self.doc_date_marks["gold"] = status
        else:
            self.gold_marks.setdefault(rec, {})[path] = status

    def _pred(self, rec: int | None, path: str, fld: str, label: str, strict: bool, lenient: bool) -> None:
        fs = self.fields[fld]
        lenient = lenient or strict
        if not strict:
            fs.strict.fp += 1
            tag = "" if rec is None else f"p{rec} "
            self.spurious.append(f"{tag}{fld}: {label}" + (" (lenient match)" if lenient else ""))
        if not lenient:
            fs.lenient.fp += 1
        status = MATCH if strict else LENIENT if lenient else SPURIOUS
        if rec is None:
            self.doc_date_marks["pred"] = status
        else:
            self.pred_marks.setdefault(rec, {})[path] = status


def _party_label(p: dict) -> str:
    return str(p.get("name"))


def _score_records(
    ds: DocumentScore,
    gi: int | None,
    g: dict | None,
    pi: int | None,
    p: dict | None,
) -> None:
    """Add the facts of one gold/pred record pair (either side may be None) to ``ds``."""
    # agreement_type: always one fact per side
    same_type = g is not None and p is not None and g.get("agreement_type") == p.get("agreement_type")
    if g is not None:
        ds._gold(gi, "agreement_type", "agreement_type", str(g.get("agreement_type")), same_type, same_type)
    if p is not None:
        ds._pred(pi, "agreement_type", "agreement_type", str(p.get("agreement_type")), same_type, same_type)

    # title: a fact on each side where it is not null
    gt = g.get("title") if g is not None else None
    pt = p.get("title") if p is not None else None
    same_title = gt is not None and pt is not None and title_key(gt) == title_key(pt)
    if gt is not None:
        ds._gold(gi, "title", "title", gt, same_title, same_title)
    if pt is not None:
        ds._pred(pi, "title", "title", pt, same_title, same_title)

    # parties, with kind and country of each matched pair as their own facts
    gp = (g.get("parties") or []) if g is not None else []
    pp = (p.get("parties") or []) if p is not None else []
    pmatch = dict(match_parties(gp, pp))  # gold index -> pred index
    pmatch_r = {j: i for i, j in pmatch.items()}
    def party_facts(mine: Sequence[dict], theirs: Sequence[dict], match: dict[int, int], note: Callable[..., None], ri: int) -> None:
        # one side's party facts: the name, and kind and country of a matched pair
        for i, party in enumerate(mine):
            j = match.get(i)
            other = theirs[j] if j is not None else None
            name = _party_label(party)
            note(ri, f"parties[{i}].name", "party", name, j is not None, j is not None)
            kind_ok = other is not None and other.get("kind") == party.get("kind")
            note(ri, f"parties[{i}].kind", "party_kind", f"{name}={party.get('kind')}", kind_ok, kind_ok)
            if party.get("country") is not None:
                c_ok = other is not None and other.get("country") == party.get("country")
                note(ri, f"parties[{i}].country", "party_country", f"{name}={party.get('country')}", c_ok, c_ok)

    party_facts(gp, pp, pmatch, ds._gold, gi)
    party_facts(pp, gp, pmatch_r, ds._pred, pi)

    # events: strict multiset matching, then a maximum lenient matching grown from it
    ge = (g.get("events") or []) if g is not None else []
    pe = (p.get("events") or []) if p is not None else []

    def ev(e: dict) -> tuple[str, str]:
        return (str(e.get("type")), str(e.get("date")))

    strict = max_bipartite_matching(len(ge), len(pe), lambda a, b: ev(ge[a]) == ev(pe[b]))
    lenient = max_bipartite_matching(
        len(ge),
        len(pe),
        lambda a, b: ev(ge[a])[0] == ev(pe[b])[0] and date_lenient_equal(ev(ge[a])[1], ev(pe[b])[1]),
        initial=strict,
    )
    strict_r, lenient_r = set(strict.values()), set(lenient.values())
    for i, e in enumerate(ge):
        ds._gold(gi, f"events[{i}]", "event", " ".join(ev(e)), i in strict, i in lenient)
    for j, e in enumerate(pe):
        ds._pred(pi, f"events[{j}]", "event", " ".join(ev(e)), j in strict_r, j in lenient_r)

    # term: each non-null field
    gterm = (g.get("term") or {}) if g is not None else {}
    pterm = (p.get("term") or {}) if p is not None else {}
    for key in ("start", "end", "duration", "renewal"):
        a, b = gterm.get(key), pterm.get(key)
        s_ok = a is not None and b is not None and a == b
        l_ok = s_ok or (key in ("start", "end") and a is not None and b is not None and date_lenient_equal(a, b))
        if a is not None:
            ds._gold(gi, f"term.{key}", f"term_{key}", str(a), s_ok, l_ok)
        if b is not None:
            ds._pred(pi, f"term.{key}", f"term_{key}", str(b), s_ok, l_ok)

    # sectors: a set
    gs = list(dict.fromkeys((g.get("sectors") or []) if g is not None else []))
    ps = list(dict.fromkeys((p.get("sectors") or []) if p is not None else []))
    gset, pset = set(gs), set(ps)
    gsec = (g.get("sectors") or []) if g is not None else []
    psec = (p.get("sectors") or []) if p is not None else []
    for s in gs:
        ok = s in pset
        ds._gold(gi, f"sectors[{gsec.index(s)}]", "sector", str(s), ok, ok)
    for s in ps:
        ok = s in gset
        ds._pred(pi, f"sectors[{psec.index(s)}]", "sector", str(s), ok, ok)


def score_document(doc_id: str, gold: dict | None, pred: dict | None) -> DocumentScore:
    """Score one document; either side may be None (missing or extra document)."""
    status = "scored" if gold is not None and pred is not None else "missing" if pred is None else "extra"
    ds = DocumentScore(doc_id=doc_id, status=status)
    grecs = (gold or {}).get("records") or []
    precs = (pred or {}).get("records") or []
    ds.pairs = pair_records(grecs, precs)
    paired_g = {g for g, _, _ in ds.pairs}
    paired_p = {p for _, p, _ in ds.pairs}
    ds.unpaired_gold = [i for i in range(len(grecs)) if i not in paired_g]
    ds.unpaired_pred = [j for j in range(len(precs)) if j not in paired_p]
    for gi, pi, _ in ds.pairs:
        _score_records(ds, gi, grecs[gi], pi, precs[pi])
    for gi in ds.unpaired_gold:
        _score_records(ds, gi, grecs[gi], None, None)
    for pi in ds.unpaired_pred:
        _score_records(ds, None, None, pi, precs[pi])

    gd = (gold or {}).get("doc_date")
    pd = (pred or {}).get("doc_date")
    s_ok = gd is not None and pd is not None and gd == pd
    l_ok = gd is not None and pd is not None and date_lenient_equal(gd, pd)
    if gd is not None:
        ds._gold(None, "doc_date", "doc_date", gd, s_ok, l_ok)
    if pd is not None:
        ds._pred(None, "doc_date", "doc_date", pd, s_ok, l_ok)
    return ds


@dataclass(slots=True)
class ScoreReport:
    """Scores of a prediction set against a gold set (micro, per field, strict and lenient)."""

    fields: dict[str, FieldScore] = field(default_factory=_new_fields)
    records: RecordDetection = field(default_factory=RecordDetection)
    per_document: dict[str, DocumentScore] = field(default_factory=dict)
    missing_docs: list[str] = field(default_factory=list)
    extra_docs: list[str] = field(default_factory=list)

    @property
    def overall(self) -> FieldScore:
        total = FieldScore()
        for fs in self.fields.values():
            total.add(fs)
        return total

    def worst_documents(self, n: int | None = None) -> list[DocumentScore]:
        """Documents by strict F1, worst first (ties: lenient F1, then doc_id)."""
        docs = sorted(self.per_document.values(), key=lambda d: (d.f1, d.f1_lenient, d.doc_id))
        return docs if n is None else docs[:n]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able summary (``json.dumps`` works on it as is)."""
        return {
            "fields": {name: fs.to_dict() for name, fs in self.fields.items()},
            "overall": self.overall.to_dict(),
            "records": self.records.to_dict(),
            "documents": len(self.per_document),
            "missing_docs": list(self.missing_docs),
            "extra_docs": list(self.extra_docs),
            "per_document": {k: d.to_dict() for k, d in self.per_document.items()},
        }


def score(
    gold: dict[str, dict],
    pred: dict[str, dict],
    *,
    docs: Iterable[str] | None = None,
) -> ScoreReport:
    """Score ``pred`` against ``gold`` (both keyed by doc_id), optionally only ``docs``."""
    if docs is not None:
        keep = set(docs)
        gold = {k: v for k, v in gold.items() if k in keep}
        pred = {k: v for k, v in pred.items() if k in keep}
    report = ScoreReport()
    report.missing_docs = sorted(k for k in gold if k not in pred)
    report.extra_docs = sorted(k for k in pred if k not in gold)
    for doc_id in sorted(set(gold) | set(pred)):
        g, p = gold.get(doc_id), pred.get(doc_id)
        ds = score_document(doc_id, g, p)
        report.per_document[doc_id] = ds
        for name, fs in ds.fields.items():
            report.fields[name].add(fs)
        report.records.gold += len((g or {}).get("records") or [])
        report.records.pred += len((p or {}).get("records") or [])
        report.records.paired += len(ds.pairs)
    return report


# --------------------------------------------------------------------------- output


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def format_table(report: ScoreReport) -> str:
    """A plain-text table: one row per field and one for all fields, then record
    detection and the documents missing from or extra in the predictions."""
    header = ("field", "tp", "fp", "fn", "P", "R", "F1", "F1 len")
    rows: list[tuple[str, ...]] = []
    for name, fs in [*report.fields.items(), ("overall", report.overall)]:
        s = fs.strict
        rows.append((name, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1), _fmt(fs.lenient.f1)))
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]

    def line(r: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(widths[0]) if k == 0 else c.rjust(widths[k]) for k, c in enumerate(r)).rstrip()

    rule = "-" * len(line(header))
    out = [line(header), rule, *(line(r) for r in rows[:-1]), rule, line(rows[-1])]
    rd = report.records
    out.append("")
    out.append(
        f"records: gold {rd.gold}, predicted {rd.pred}, paired {rd.paired}  "
        f"P {_fmt(rd.precision)}  R {_fmt(rd.recall)}  F1 {_fmt(rd.f1)}"
    )
    out.append(f"documents: {len(report.per_document)} scored")
    if report.missing_docs:
        out.append(f"missing from predictions ({len(report.missing_docs)}): {', '.join(report.missing_docs)}")
    if report.extra_docs:
        out.append(f"not in gold, counted spurious ({len(report.extra_docs)}): {', '.join(report.extra_docs)}")
    return "\n".join(out)


def _find_sources(folders: Sequence[Path], doc_ids: Iterable[str]) -> dict[str, str]:
    """Original text of each doc_id found (by file stem) in ``folders``, decoded as the
    pipeline decodes it so that evidence offsets index it."""
    wanted = set(doc_ids)
    found: dict[str, Path] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        # input files (.txt/.html/.htm) before anything else that shares the stem
        files = sorted(
            (f for f in folder.rglob("*") if f.is_file() and f.suffix not in (".json", ".jsonl")),
            key=lambda f: (f.suffix.lower() not in (".txt", ".html", ".htm"), str(f)),
        )
        for f in files:
            if f.stem in wanted and f.stem not in found:
                found[f.stem] = f
    return {doc_id: decode_source(path) for doc_id, path in found.items()}


def decode_source(path: Path) -> str:
    """Decode a source file with ``mou_extract.ingest.read_document`` when it exists,
    else as UTF-8 (replacing undecodable bytes)."""
    try:
        from mou_extract.ingest import read_document  # type: ignore[attr-defined]
    except Exception:
        read_document = None
    if read_document is not None:
        try:
            result = read_document(path)
            # evidence offsets index the whole decoded file (``source_text``), not the
            # main text extracted from an HTML page (``text``)
            text = result if isinstance(result, str) else getattr(result, "source_text", getattr(result, "text", None))
            if isinstance(text, str):
                return text
        except Exception:
            pass
    return Path(path).read_bytes().decode("utf-8", errors="replace")


def default_source_folders() -> list[Path]:
    """``corpus/`` (in the working directory and beside the package) and ``../shared/seeds``."""
    cands = [Path("corpus"), _REPO / "corpus", _REPO / ".." / "shared" / "seeds"]
    out: list[Path] = []
    for c in cands:
        if c.is_dir() and c.resolve() not in {o.resolve() for o in out}:
            out.append(c)
    return out


def run_eval(
    gold: Path,
    pred: Path,
    *,
    fmt: str = "table",
    html: Path | None = None,
    sources: list[Path] | None = None,
    docs: list[str] | None = None,
) -> int:
    """Score ``pred`` against ``gold`` and print the table (``fmt="table"``) or the JSON
    report (``fmt="json"``) to stdout; optionally write the HTML report. Returns the
    exit code (0 ok, 2 unreadable input)."""
    if fmt not in ("table", "json"):
        print(f"unknown format {fmt!r} (use table or json)", file=sys.stderr)
        return 2
    try:
        gold_docs = load_documents(Path(gold))
        pred_docs = load_documents(Path(pred))
    except (DocumentError, FileNotFoundError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    report = score(gold_docs, pred_docs, docs=docs)
    if fmt == "json":
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(report))
    if html is not None:
        from mou_extract.report import render_html

        folders = sources if sources is not None else default_source_folders()
        texts = _find_sources(folders, report.per_document)
        Path(html).write_text(render_html(report, gold_docs, pred_docs, texts), encoding="utf-8")
        print(f"HTML report written to {html}", file=sys.stderr)
    return 0
