"""Fields of cooperation, by the guide's cue table (``data/sectors.json``).

The record stage decides *where* to look (a record's title, purpose, fields
and enumerated items); this module only says which sectors a stretch of text
names, with the span of each cue.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import Sector


@dataclass(frozen=True, slots=True)
class SectorCue:
    start: int
    end: int
    text: str
    sector: Sector
    rule_id: str


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], tuple[tuple[str, Sector], ...], re.Pattern[str] | None]:
    raw = json.loads(resources.files("mou_extract").joinpath("data/sectors.json").read_text("utf-8"))
    rules = raw["rules"]
    # One alternation; within it, longer literal cues are tried first because each
    # rule lists its long forms first and rules are ordered specific → general.
    alternation = "|".join(f"(?P<g{i}>{r['pattern']})" for i, r in enumerate(rules))
    meta = tuple((r["id"], Sector(r["sector"])) for r in rules)
    excl = re.compile("|".join(raw.get("exclude", []))) if raw.get("exclude") else None
    return re.compile(alternation, re.MULTILINE), meta, excl


def find_sector_cues(text: str, offset: int = 0, *, masked: list[tuple[int, int]] | None = None) -> list[SectorCue]:
    """Every sector cue in ``text``; hits inside ``masked`` intervals (party names,
    relative to ``text``) or inside an excluded word are dropped."""
    rx, meta, excl = _tables()
    veto: list[tuple[int, int]] = list(masked or [])
    if excl is not None:
        veto.extend((m.start(), m.end()) for m in excl.finditer(text))
    out: list[SectorCue] = []
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if any(vs <= s and e <= ve for vs, ve in veto):
            continue
        rid, sector = meta[int(m.lastgroup[1:])]  # type: ignore[index]
        out.append(SectorCue(s + offset, e + offset, m.group(), sector, rid))
    return out


def sectors_in(text: str) -> set[Sector]:
    """The set of sectors ``text`` names (convenience for tests and notebooks)."""
    return {c.sector for c in find_sector_cues(text)}
