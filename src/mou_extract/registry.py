"""A registry of agreements in an embedded DuckDB file, fed by ``documents.jsonl``.

``load`` reads one ``documents.jsonl`` and merges its records into the database:

* Every non-blank line is a **source**, identified by the SHA-256 of its
  content. A line already loaded is skipped, so loading a file twice changes
  nothing; an extraction re-run that changes a document's line adds a new source.
* Records reported by several sources are **one agreement** when their parties
  match one to one. Two names match when their keys (:func:`party_keys`: NFKC,
  no spaces, case-folded, without a locating prefix such as ``ドイツ・`` or
  ``広島県`` before a city) are equal, or when one equals the other without its
  administrative suffix (``ハンブルク`` ~ ``ハンブルク市``; but ``京都府`` is not
  ``京都市``). Among matching agreements, one already reporting the same
  agreement_type is preferred, then one whose signing date is compatible; one
  with another type *and* an incompatible signing date is a different agreement
  between the same parties (a 1958 sister-city tie and a 2019 MOU). Two records
  of the *same* source never merge (a document lists distinct agreements).
* Nothing reported is overwritten: every value a source gives is kept, with
  that source, in ``field_values``. The ``agreements``, ``parties`` and
  ``events`` tables are derived from it for each agreement a load touches:
  a scalar (agreement_type, title, term fields, a party's kind or country)
  takes the **most frequent** value across sources, ties going to the
  **first seen**; ``conflicts`` (a view) lists every value of a scalar that has
  more than one, with the source that gave it.
* Events of the same type whose dates agree at the coarser precision
  (``2020-02`` and ``2020-02-11``) are one event on the timeline, dated at the
  most precise; ``doc_ids`` lists every source that reported it.
* The whole load is **one transaction**: any exception (a malformed line, a
  kill) leaves the database as it was before.

Dates are kept as ISO strings at the precision stated (``YYYY``,
``YYYY-MM``, ``YYYY-MM-DD``); they sort correctly as text.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import duckdb

from .normalize import nfkc_key

__all__ = [
    "LoadSummary",
    "RegistryError",
    "TABLES",
    "cmd_export",
    "cmd_load",
    "cmd_sql",
    "connect",
    "dates_compatible",
    "export",
    "load",
    "names_match",
    "party_keys",
]

TABLES = ("sources", "agreements", "parties", "events", "agreement_sources", "field_values", "conflicts")

#: Environment variable read by a test hook: ``pause:<marker file>`` makes a load
#: write the marker and sleep inside its open transaction (to be killed).
TEST_HOOK_ENV = "MOU_EXTRACT_REGISTRY_TEST_HOOK"

SCALAR_FIELDS = ("agreement_type", "title", "term.start", "term.end", "term.duration", "term.renewal")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    source_hash VARCHAR PRIMARY KEY,   -- SHA-256 of the line's content
    doc_id      VARCHAR NOT NULL,
    doc_date    VARCHAR,
    path        VARCHAR NOT NULL,      -- the documents.jsonl it came from
    line_no     INTEGER NOT NULL,
    n_records   INTEGER NOT NULL,
    loaded_at   TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS agreement_sources (
    agreement_id INTEGER NOT NULL,
    doc_id       VARCHAR NOT NULL,
    record_index INTEGER NOT NULL,
    source_hash  VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS field_values (
    agreement_id INTEGER NOT NULL,
    field        VARCHAR NOT NULL,     -- agreement_type, title, term.end, sectors, events.signed, parties[0].name ...
    value        VARCHAR NOT NULL,
    value_key    VARCHAR NOT NULL,     -- what two values are compared by
    is_scalar    BOOLEAN NOT NULL,     -- one value expected: differing values are a conflict
    doc_id       VARCHAR NOT NULL,
    record_index INTEGER NOT NULL,
    source_hash  VARCHAR NOT NULL,
    seq          BIGINT NOT NULL       -- load order, for "first seen"
);
CREATE TABLE IF NOT EXISTS agreements (
    agreement_id   INTEGER PRIMARY KEY,
    agreement_type VARCHAR,
    title          VARCHAR,
    first_signed   VARCHAR,
    last_event     VARCHAR,
    term_start     VARCHAR,
    term_end       VARCHAR,
    term_duration  VARCHAR,
    term_renewal   VARCHAR,
    sectors        VARCHAR[],
    n_sources      INTEGER
);
CREATE TABLE IF NOT EXISTS parties (
    agreement_id INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    name         VARCHAR NOT NULL,     -- the fullest form reported
    name_key     VARCHAR NOT NULL,     -- NFKC, no spaces, case-folded, locating prefix removed
    base_key     VARCHAR NOT NULL,     -- name_key without its administrative suffix (市, 州 ...)
    kind         VARCHAR,
    country      VARCHAR,
    aliases      VARCHAR[]             -- every name reported for this party
);
CREATE TABLE IF NOT EXISTS events (
    agreement_id INTEGER NOT NULL,
    type         VARCHAR NOT NULL,
    date         VARCHAR NOT NULL,     -- the most precise of the compatible dates reported
    doc_id       VARCHAR NOT NULL,     -- the source of that date
    doc_ids      VARCHAR[]             -- every source reporting this event
);
CREATE OR REPLACE VIEW conflicts AS
SELECT f.agreement_id, f.field, f.value, f.doc_id, f.record_index, f.source_hash
FROM field_values f
JOIN (SELECT agreement_id, field FROM field_values WHERE is_scalar
      GROUP BY agreement_id, field HAVING count(DISTINCT value_key) > 1) c
  USING (agreement_id, field)
ORDER BY f.agreement_id, f.field, f.seq;
"""


class RegistryError(ValueError):
    """A line of the input cannot be loaded (the whole load is rolled back)."""


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What one :func:`load` did."""

    path: str
    lines: int  # non-blank lines read
    new_sources: int
    skipped_sources: int  # already loaded (same content hash)
    records: int  # records of the new sources
    new_agreements: int
    merged_records: int  # records that joined an agreement already known
    agreements_total: int
    conflicts_total: int  # rows of the conflicts view after the load


# --------------------------------------------------------------------------- names


_ADMIN_SUFFIXES = ("市", "区", "町", "村", "郡", "州", "省", "県", "府", "都")
_COUNTRY_EXTRA = ("米国", "英国", "豪州", "独国", "仏国", "中華人民共和国", "大韓民国", "アメリカ")
_PREFECTURE = re.compile(r"^(?:東京都|北海道|京都府|大阪府|\w{2,3}県)(?=\w+[市区町村郡]$)")
_DISTRICT = re.compile(r"^\w+?郡(?=\w+[町村]$)")
_REGION_OF = re.compile(r"^\w+?[州省]の(?=\S)")


@lru_cache(maxsize=1)
def _country_prefix() -> re.Pattern[str]:
    """Japanese country names (from Babel's CLDR data) followed by ・, の or a space."""
    from babel import Locale

    names = {n for code, n in Locale("ja").territories.items() if len(code) == 2 and code.isalpha()}
    names.update(_COUNTRY_EXTRA)
    alt = "|".join(sorted((re.escape(unicodedata.normalize("NFKC", n)) for n in names), key=len, reverse=True))
    return re.compile(rf"^(?:{alt})(?:・|の|\s+)(?=\S)")


@lru_cache(maxsize=65536)
def _strip_locating_prefix(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).strip()
    for _ in range(4):
        before = s
        s = _country_prefix().sub("", s).strip()
        s = _REGION_OF.sub("", s)
        s = _PREFECTURE.sub("", s)
        s = _DISTRICT.sub("", s)
        if s == before:
            break
    return s


@lru_cache(maxsize=65536)
def party_keys(name: str) -> tuple[str, str]:
    """``(name_key, base_key)`` of a party name.

    ``name_key``: NFKC, spaces removed, case-folded, locating prefix removed
    (``ドイツ・ミュンヘン市`` → ``ミュンヘン市``, ``広島県三次市`` → ``三次市``).
    ``base_key``: ``name_key`` without one trailing administrative suffix
    (``ミュンヘン``), or ``name_key`` itself when there is none.
    """
    key = nfkc_key(_strip_locating_prefix(name)).casefold() or nfkc_key(name).casefold()
    base = key[:-1] if len(key) >= 2 and key.endswith(_ADMIN_SUFFIXES) else key
    return key, base


def names_match(a: str, b: str) -> bool:
    """Whether two party names denote the same party: equal keys, or one is the
    other without its administrative suffix (ハンブルク ~ ハンブルク市, 京都府 ≁ 京都市)."""
    ka, ba = party_keys(a)
    kb, bb = party_keys(b)
    return ka == kb or ka == bb or ba == kb


def _keys_match(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] or a[0] == b[1] or a[1] == b[0]


# --------------------------------------------------------------------------- dates


def dates_compatible(a: str, b: str) -> bool:
    """Whether two ISO dates agree at the coarser precision (``2020`` ~ ``2020-02-11``)."""
    from mou_extract.dates import dates_agree

    return dates_agree(a, b)


def _precision(d: str) -> int:
    return d.count("-") + 1


# --------------------------------------------------------------------------- state


@dataclass(slots=True)
class _Obs:
    field: str
    value: str
    value_key: str
    is_scalar: bool
    doc_id: str
    record_index: int
    source_hash: str
    seq: int


@dataclass(slots=True)
class _Agreement:
    agreement_id: int
    obs: list[_Obs] = field(default_factory=list)
    positions: list[list[tuple[str, str]]] = field(default_factory=list)  # per party: keys of every name
    types: set[str] = field(default_factory=set)
    signed: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def add(self, o: _Obs) -> None:
        self.obs.append(o)
        self.sources.add(o.source_hash)
        if o.field == "agreement_type":
            self.types.add(o.value)
        elif o.field == "events.signed":
            self.signed.add(o.value)
        m = _PARTY_FIELD.match(o.field)
        if m and m.group(2) == "name":
            pos = int(m.group(1))
            while len(self.positions) <= pos:
                self.positions.append([])
            keys = party_keys(o.value)
            if keys not in self.positions[pos]:
                self.positions[pos].append(keys)


_PARTY_FIELD = re.compile(r"^parties\[(\d+)\]\.(name|kind|country)$")


def _match_positions(new: Sequence[tuple[str, str]], agr: _Agreement) -> list[int] | None:
    """A one-to-one assignment of the record's parties to the agreement's, or None."""
    if len(new) != len(agr.positions) or not new:
        return None
    from .score import max_bipartite_matching  # the scorer's matching: one implementation

    match = max_bipartite_matching(
        len(new), len(agr.positions), lambda i, j: any(_keys_match(new[i], a) for a in agr.positions[j])
    )
    if len(match) != len(new):
        return None
    return [match[i] for i in range(len(new))]


class _State:
    """Every agreement's observations, read at the start of a load."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.agreements: dict[int, _Agreement] = {}
        self.index: dict[str, set[int]] = defaultdict(set)  # key -> agreements with a party having it
        rows = con.execute(
            "SELECT agreement_id, field, value, value_key, is_scalar, doc_id, record_index, source_hash, seq "
            "FROM field_values ORDER BY seq"
        ).fetchall()
        for aid, *rest in rows:
            self._agreement(aid).add(_Obs(*rest))
        for aid in con.execute("SELECT DISTINCT agreement_id FROM agreement_sources").fetchall():
            self._agreement(aid[0])
        for a in self.agreements.values():
            self._index(a)
        self.next_id = max(self.agreements, default=0) + 1
        self.next_seq = (con.execute("SELECT max(seq) FROM field_values").fetchall()[0][0] or 0) + 1
        self.known_hashes = {h for (h,) in con.execute("SELECT source_hash FROM sources").fetchall()}

    def _agreement(self, aid: int) -> _Agreement:
        if aid not in self.agreements:
            self.agreements[aid] = _Agreement(aid)
        return self.agreements[aid]

    def _index(self, a: _Agreement) -> None:
        for aliases in a.positions:
            for k, b in aliases:
                self.index[k].add(a.agreement_id)
                self.index[b].add(a.agreement_id)

    def find(self, keys: Sequence[tuple[str, str]], agreement_type: str, signed: Sequence[str],
             exclude: set[int]) -> tuple[int, list[int]] | None:
        """The agreement these parties denote, with the position map (see the module docstring).

        Among agreements whose parties match, one reporting the same type ranks
        first, then one whose signing date is compatible (or unknown on either
        side); an agreement with another type *and* an incompatible signing date
        is a different agreement between the same parties.
        """
        if not keys:
            return None
        cands = set(self.index.get(keys[0][0], ())) | set(self.index.get(keys[0][1], ()))
        best: tuple[int, int, list[int]] | None = None
        for aid in sorted(cands - exclude):
            agr = self.agreements[aid]
            pos = _match_positions(keys, agr)
            if pos is None:
                continue
            same_type = agreement_type in agr.types
            dates_ok = not signed or not agr.signed or any(
                dates_compatible(a, b) for a in signed for b in agr.signed)
            score = 2 * same_type + dates_ok
            if score and (best is None or score > best[0]):
                best = (score, aid, pos)
        return None if best is None else (best[1], best[2])

    def new_agreement(self) -> _Agreement:
        a = self._agreement(self.next_id)
        self.next_id += 1
        return a


# --------------------------------------------------------------------------- derive


def _pick(obs: Iterable[_Obs]) -> _Obs | None:
    """Most frequent value_key (counted once per source); ties go to the first seen."""
    first: dict[str, _Obs] = {}
    count: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for o in sorted(obs, key=lambda o: o.seq):
        first.setdefault(o.value_key, o)
        if (o.value_key, o.source_hash) not in seen:
            seen.add((o.value_key, o.source_hash))
            count[o.value_key] += 1
    if not count:
        return None
    best = max(count.values())
    return min((first[k] for k, c in count.items() if c == best), key=lambda o: o.seq)


def _timeline(obs: Sequence[_Obs]) -> list[dict[str, Any]]:
    """Merge event observations: same type and compatible dates → one event at the most precise date."""
    out: list[dict[str, Any]] = []
    by_type: dict[str, list[_Obs]] = defaultdict(list)
    for o in obs:
        by_type[o.field.removeprefix("events.")].append(o)
    for etype, items in by_type.items():
        clusters: list[list[_Obs]] = []
        for o in sorted(items, key=lambda o: (-_precision(o.value), o.seq)):
            for c in clusters:
                if dates_compatible(c[0].value, o.value):
                    c.append(o)
                    break
            else:
                clusters.append([o])
        for c in clusters:
            docs = sorted({o.doc_id for o in c})
            out.append({"type": etype, "date": c[0].value, "doc_id": c[0].doc_id, "doc_ids": docs})
    out.sort(key=lambda e: (e["date"], e["type"] != "signed", e["type"]))
    return out


def _derive(a: _Agreement) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    by_field: dict[str, list[_Obs]] = defaultdict(list)
    for o in a.obs:
        by_field[o.field].append(o)

    def value(f: str) -> str | None:
        p = _pick(by_field.get(f, ()))
        return p.value if p else None

    events = _timeline([o for o in a.obs if o.field.startswith("events.")])
    for e in events:
        e["agreement_id"] = a.agreement_id
    signed = [e["date"] for e in events if e["type"] == "signed"]
    sectors: list[str] = []
    for o in sorted(by_field.get("sectors", ()), key=lambda o: o.seq):
        if o.value not in sectors:
            sectors.append(o.value)
    row = {
        "agreement_id": a.agreement_id,
        "agreement_type": value("agreement_type"),
        "title": value("title"),
        "first_signed": min(signed) if signed else None,
        "last_event": max((e["date"] for e in events), default=None),
        "term_start": value("term.start"),
        "term_end": value("term.end"),
        "term_duration": value("term.duration"),
        "term_renewal": value("term.renewal"),
        "sectors": sectors,
        "n_sources": len(a.sources),
    }
    parties = []
    for pos in range(len(a.positions)):
        names = sorted(by_field.get(f"parties[{pos}].name", ()), key=lambda o: o.seq)
        aliases: list[str] = []
        for o in names:
            if o.value not in aliases:
                aliases.append(o.value)
        # the fullest ordinary form: each name without its locating prefix, the longest, first seen
        forms = [_strip_locating_prefix(n) or n for n in aliases]
        name = max(forms, key=lambda n: len(party_keys(n)[0]), default="")
        key, base = party_keys(name)
        parties.append({
            "agreement_id": a.agreement_id, "position": pos, "name": name, "name_key": key, "base_key": base,
            "kind": value(f"parties[{pos}].kind"), "country": value(f"parties[{pos}].country"),
            "aliases": aliases,
        })
    return row, parties, events


# --------------------------------------------------------------------------- load


def connect(db: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating when needed) the registry database with its tables."""
    con = duckdb.connect(str(db), read_only=read_only)
    if not read_only:
        con.execute(_SCHEMA)
    return con


def _open_existing(db: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection: queries and exports never change the registry."""
    if not Path(db).exists():
        raise FileNotFoundError(f"no registry at {db} (run `mou-extract registry load` first)")
    return connect(db, read_only=True)


def _parse_line(line: str, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as e:
        raise RegistryError(f"{where}: not JSON ({e.msg})") from e
    if not isinstance(doc, dict) or not isinstance(doc.get("doc_id"), str):
        raise RegistryError(f"{where}: not a document result (an object with a doc_id)")
    records = doc.get("records")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise RegistryError(f"{where}: 'records' must be a list of objects")
    for r in records:
        if not isinstance(r.get("agreement_type"), str):
            raise RegistryError(f"{where}: a record has no agreement_type")
        for p in r.get("parties") or []:
            if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not p["name"].strip():
                raise RegistryError(f"{where}: a party has no name")
        for e in r.get("events") or []:
            if not isinstance(e, dict) or not isinstance(e.get("type"), str) or not isinstance(e.get("date"), str):
                raise RegistryError(f"{where}: an event needs a type and a date")
    return doc


def _record_observations(rec: dict[str, Any], positions: Sequence[int]) -> list[tuple[str, str, str, bool]]:
    """``(field, value, value_key, is_scalar)`` for every value a record states."""
    out: list[tuple[str, str, str, bool]] = [("agreement_type", rec["agreement_type"], rec["agreement_type"], True)]
    if rec.get("title"):
        out.append(("title", rec["title"], nfkc_key(rec["title"]), True))
    term = rec.get("term") or {}
    for k in ("start", "end", "duration", "renewal"):
        if term.get(k):
            out.append((f"term.{k}", str(term[k]), str(term[k]), True))
    for p, pos in zip(_unique_parties(rec), positions):
        out.append((f"parties[{pos}].name", p["name"], party_keys(p["name"])[0], False))
        if p.get("kind"):
            out.append((f"parties[{pos}].kind", p["kind"], p["kind"], True))
        if p.get("country"):
            out.append((f"parties[{pos}].country", p["country"], p["country"], True))
    for e in rec.get("events") or []:
        out.append((f"events.{e['type']}", e["date"], e["date"], False))
    for s in dict.fromkeys(rec.get("sectors") or []):
        out.append(("sectors", s, s, False))
    return out


def _unique_parties(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's parties, a party named twice (same key) counted once."""
    seen: set[str] = set()
    out = []
    for p in rec.get("parties") or []:
        k = party_keys(p["name"])[0]
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def _after_record(n_done: int) -> None:
    """Called after each merged record; tests monkeypatch it to fail midway."""


def _test_hook() -> None:
    spec = os.environ.get(TEST_HOOK_ENV, "")
    if spec.startswith("pause:"):
        Path(spec[len("pause:"):]).write_text("in transaction\n", encoding="utf-8")
        time.sleep(120)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], cols: Sequence[str]) -> None:
    """Bulk insert through a pandas frame (DuckDB's ``executemany`` is ~100x slower)."""
    if not rows:
        return
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(cols))
    con.register("_rows", frame)
    try:
        names = ", ".join(cols)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows")
    finally:
        con.unregister("_rows")


_COLUMNS = {
    "sources": ("source_hash", "doc_id", "doc_date", "path", "line_no", "n_records", "loaded_at"),
    "agreements": ("agreement_id", "agreement_type", "title", "first_signed", "last_event", "term_start",
                   "term_end", "term_duration", "term_renewal", "sectors", "n_sources"),
    "parties": ("agreement_id", "position", "name", "name_key", "base_key", "kind", "country", "aliases"),
    "events": ("agreement_id", "type", "date", "doc_id", "doc_ids"),
    "field_values": ("agreement_id", "field", "value", "value_key", "is_scalar", "doc_id", "record_index",
                     "source_hash", "seq"),
    "agreement_sources": ("agreement_id", "doc_id", "record_index", "source_hash"),
}


def load(jsonl: Path | str, db: Path | str) -> LoadSummary:
    """Merge one ``documents.jsonl`` into the registry at ``db``, in one transaction.

    Args:
        jsonl: a file of document results (one JSON object per line).
        db: the DuckDB file; created when missing.

    Raises:
        RegistryError: a line is not a document result (nothing is loaded).
    """
    jsonl = Path(jsonl)
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    con = connect(db)
    try:
        con.begin()
        summary = _load_in_transaction(con, jsonl, lines)
        _test_hook()
        con.commit()
        return summary
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()


def _load_in_transaction(con: duckdb.DuckDBPyConnection, jsonl: Path, lines: list[str]) -> LoadSummary:
    state = _State(con)
    loaded_at = con.execute("SELECT current_timestamp::TIMESTAMP").fetchall()[0][0]
    touched: set[int] = set()
    new_obs: list[dict[str, Any]] = []
    new_links: list[dict[str, Any]] = []
    new_sources: list[dict[str, Any]] = []
    n_lines = n_new = n_skip = n_rec = n_new_agr = n_merged = 0
    path = str(jsonl.resolve())
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        n_lines += 1
        h = hashlib.sha256(line.encode("utf-8")).hexdigest()
        if h in state.known_hashes:
            n_skip += 1
            continue
        doc = _parse_line(line, f"{jsonl}:{lineno}")
        state.known_hashes.add(h)
        n_new += 1
        records = doc["records"]
        new_sources.append({"source_hash": h, "doc_id": doc["doc_id"], "doc_date": doc.get("doc_date"),
                            "path": path, "line_no": lineno, "n_records": len(records), "loaded_at": loaded_at})
        used: set[int] = set()
        for ri, rec in enumerate(records):
            n_rec += 1
            keys = [party_keys(p["name"]) for p in _unique_parties(rec)]
            signed = [e["date"] for e in rec.get("events") or [] if e["type"] == "signed"]
            hit = state.find(keys, rec["agreement_type"], signed, used)
            if hit is None:
                agr = state.new_agreement()
                positions = list(range(len(keys)))
                n_new_agr += 1
            else:
                agr = state.agreements[hit[0]]
                positions = hit[1]
                n_merged += 1
            used.add(agr.agreement_id)
            touched.add(agr.agreement_id)
            for f, v, vk, scalar in _record_observations(rec, positions):
                o = _Obs(f, v, vk, scalar, doc["doc_id"], ri, h, state.next_seq)
                state.next_seq += 1
                agr.add(o)
                new_obs.append({"agreement_id": agr.agreement_id, "field": f, "value": v, "value_key": vk,
                                "is_scalar": scalar, "doc_id": o.doc_id, "record_index": ri,
                                "source_hash": h, "seq": o.seq})
            agr.sources.add(h)
            state._index(agr)
            new_links.append({"agreement_id": agr.agreement_id, "doc_id": doc["doc_id"],
                              "record_index": ri, "source_hash": h})
            _after_record(n_rec)

    _insert(con, "sources", new_sources, _COLUMNS["sources"])
    _insert(con, "field_values", new_obs, _COLUMNS["field_values"])
    _insert(con, "agreement_sources", new_links, _COLUMNS["agreement_sources"])
    if touched:
        ids = sorted(touched)
        rows, parties, events = [], [], []
        for aid in ids:
            r, p, e = _derive(state.agreements[aid])
            rows.append(r)
            parties += p
            events += e
        for t in ("agreements", "parties", "events"):
            con.execute(f"DELETE FROM {t} WHERE list_contains(?, agreement_id)", [ids])
        _insert(con, "agreements", rows, _COLUMNS["agreements"])
        _insert(con, "parties", parties, _COLUMNS["parties"])
        _insert(con, "events", events, _COLUMNS["events"])
    total = con.execute("SELECT count(*) FROM agreements").fetchall()[0][0]
    conflicts = con.execute("SELECT count(*) FROM conflicts").fetchall()[0][0]
    return LoadSummary(path, n_lines, n_new, n_skip, n_rec, n_new_agr, n_merged, total, conflicts)


# --------------------------------------------------------------------------- export / sql


def export(db: Path | str, out: Path | str, fmt: Literal["parquet", "csv"] = "parquet") -> list[Path]:
    """Write every table (and the conflicts view) to ``out/<table>.<fmt>`` with DuckDB's COPY."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"fmt must be 'parquet' or 'csv', not {fmt!r}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    opts = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
    con = _open_existing(db)
    paths = []
    try:
        for t in TABLES:
            p = out / f"{t}.{fmt}"
            target = str(p).replace("'", "''")
            con.execute(f"COPY (SELECT * FROM {t}) TO '{target}' {opts}")
            paths.append(p)
    finally:
        con.close()
    return paths


def query(db: Path | str, sql: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one SQL statement on the registry (read-only); return column names and rows."""
    con = _open_existing(db)
    try:
        cur = con.execute(sql, params or [])
        cols = [d[0] for d in cur.description] if cur.description else []
        return cols, cur.fetchall() if cols else []
    finally:
        con.close()


# --------------------------------------------------------------------------- CLI


# The CLI (cli.py) calls these; each raises RegistryError for a user's mistake.


def cmd_load(jsonl: Path, db: Path = Path("registry.duckdb")) -> LoadSummary:
    """``mou-extract registry load``: load and print what changed."""
    from rich.console import Console

    s = load(jsonl, db)
    Console(soft_wrap=True).print(
        f"{s.path}: {s.lines} lines, {s.new_sources} new sources ({s.skipped_sources} already loaded), "
        f"{s.records} records -> {s.new_agreements} new agreements, {s.merged_records} merged; "
        f"registry: {s.agreements_total} agreements, {s.conflicts_total} conflicting values"
    )
    return s


def cmd_export(db: Path, outdir: Path, fmt: Literal["parquet", "csv"] = "parquet") -> list[Path]:
    """``mou-extract registry export``: one file per table."""
    from rich.console import Console

    try:
        paths = export(db, outdir, fmt)
    except (FileNotFoundError, ValueError, duckdb.Error) as e:
        raise RegistryError(str(e)) from e
    for p in paths:
        Console().print(str(p))
    return paths


def cmd_sql(db: Path, sql: str) -> None:
    """``mou-extract registry sql``: run a query and print the result as a table."""
    from rich.console import Console
    from rich.table import Table

    try:
        cols, rows = query(db, sql)
    except (FileNotFoundError, duckdb.Error) as e:
        raise RegistryError(str(e)) from e
    table = Table(*cols) if cols else Table("result")
    for r in rows:
        table.add_row(*("" if v is None else str(v) for v in r))
    Console().print(table)
