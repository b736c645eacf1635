"""GiNZA named entities as a second opinion on party candidates.

spaCy and the ``ja_ginza`` model are loaded lazily, once per :class:`NerRunner`
(loading takes seconds). Texts longer than ``max_chars`` are cut at sentence
ends into chunks (Sudachi refuses inputs over 49,149 bytes) and entity offsets
are shifted back, so offsets always index the text given.
"""

from __future__ import annotations

import re
from typing import Any

from mou_extract.model import PartyKind, PartyMention

# GiNZA (ENE) labels → party kinds. Anything else (Person, Date, Money …) is not a party.
LABEL_KINDS: dict[str, PartyKind] = {
    "City": PartyKind.MUNICIPALITY,
    "County": PartyKind.MUNICIPALITY,
    "Province": PartyKind.REGION,
    "Country": PartyKind.COUNTRY,
    "GPE": PartyKind.REGION,
    "GPE_Other": PartyKind.REGION,
    "Organization": PartyKind.ORGANIZATION,
    "Organization_Other": PartyKind.ORGANIZATION,
    "ORG": PartyKind.ORGANIZATION,
    "Company": PartyKind.ORGANIZATION,
    "Company_Group": PartyKind.ORGANIZATION,
    "School": PartyKind.ORGANIZATION,
    "International_Organization": PartyKind.ORGANIZATION,
    "Government": PartyKind.ORGANIZATION,
    "Public_Institution": PartyKind.ORGANIZATION,
    "Research_Institute": PartyKind.ORGANIZATION,
    "Corporation_Other": PartyKind.ORGANIZATION,
    "Political_Organization_Other": PartyKind.ORGANIZATION,
    "Show_Organization": PartyKind.ORGANIZATION,
    "Sports_Organization_Other": PartyKind.ORGANIZATION,
}

_SENT_END = re.compile(r"[。!?！？\n]")
Entity = tuple[int, int, str, str]


def chunk_text(text: str, max_chars: int = 10_000, max_bytes: int = 49_000) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, chunk) pieces of at most ``max_chars`` characters
    and ``max_bytes`` UTF-8 bytes, cutting after a sentence end when there is one."""
    out: list[tuple[int, str]] = []
    i, n = 0, len(text)
    while i < n:
        j = min(n, i + max_chars)
        while len(text[i:j].encode("utf-8")) > max_bytes:
            j = i + (j - i) * 3 // 4
        if j < n:
            cut = None
            for m in _SENT_END.finditer(text, i, j):
                cut = m.end()
            if cut is not None and cut > i:
                j = cut
        out.append((i, text[i:j]))
        i = j
    return out


class NerRunner:
    """Runs GiNZA over many texts; the model loads on first use."""

    def __init__(self, model: str = "ja_ginza", batch_size: int = 64, max_chars: int = 10_000) -> None:
        self.model = model
        self.batch_size = batch_size
        self.max_chars = max_chars
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            nlp = spacy.load(self.model)
            # only the entities are read: the parser and GiNZA's morphology and bunsetu steps are
            # switched off (the same entities, a third less time a sentence; measured in benchmarks/)
            keep = {"tok2vec", "transformer", "ner"}
            nlp.select_pipes(disable=[p for p in nlp.pipe_names if p not in keep])
            self._nlp = nlp
        return self._nlp

    def entities(self, texts: list[str]) -> list[list[Entity]]:
        """For each text, its entities as (start, end, label, text) with offsets into that text."""
        pieces: list[tuple[int, int, str]] = []  # (text index, offset, chunk)
        for k, t in enumerate(texts):
            for off, chunk in chunk_text(t, self.max_chars):
                pieces.append((k, off, chunk))
        out: list[list[Entity]] = [[] for _ in texts]
        docs = self.nlp.pipe((c for _, _, c in pieces), batch_size=self.batch_size)
        for (k, off, _), doc in zip(pieces, docs):
            for ent in doc.ents:
                out[k].append((ent.start_char + off, ent.end_char + off, ent.label_, ent.text))
        return out

    def ner_party_mentions(self, sentence: str, offset: int = 0,
                           covered: list[PartyMention] | None = None) -> list[PartyMention]:
        """Party candidates GiNZA sees in one sentence (offsets shifted by ``offset``)."""
        (ents,) = self.entities([sentence])
        return entities_to_mentions(sentence, ents, offset, covered)


def entities_to_mentions(sentence: str, ents: list[Entity], offset: int = 0,
                         covered: list[PartyMention] | None = None) -> list[PartyMention]:
    """Keep entities whose label names a party kind and that no rule mention overlaps.

    Persons, dates and amounts have no entry in :data:`LABEL_KINDS` and are dropped;
    so are one-character spans and spans overlapping ``covered`` (offsets in the
    same coordinates as the result, i.e. already shifted by ``offset``).
    """
    from mou_extract.gazetteer import Gazetteer
    from mou_extract.parties import place_mentions

    g = Gazetteer.load()
    covered = covered or []
    out = []
    for s, e, label, text in ents:
        kind = LABEL_KINDS.get(label)
        name = text.strip()
        if kind is None or len(name) < 2:
            continue
        gs, ge = s + offset, e + offset
        if any(not (ge <= c.start or c.end <= gs) for c in covered):
            continue
        country = g.country_of(name) if kind is PartyKind.COUNTRY else None
        if kind is PartyKind.COUNTRY and country is None:
            continue
        # GiNZA often calls a city an organisation: trust the place rules on the span itself
        places = place_mentions(name)
        if len(places) == 1 and places[0].start == 0 and places[0].end == len(name):
            name, kind, country = places[0].name, places[0].kind, places[0].country
        out.append(PartyMention(gs, ge, sentence[s:e], name, kind, country, "ner"))
    return out


_DEFAULT: NerRunner | None = None


def ner_party_mentions(sentence: str, offset: int = 0,
                       covered: list[PartyMention] | None = None) -> list[PartyMention]:
    """Module-level convenience using one shared :class:`NerRunner` (default model)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = NerRunner()
    return _DEFAULT.ner_party_mentions(sentence, offset, covered)
