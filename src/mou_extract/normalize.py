"""Normalise text (NFKC, unified dashes and tildes, folded spaces) keeping a map
back to the original.

Every rule stage runs on the normalised text; :meth:`NormalizedText.to_original`
turns an interval of it into an interval of the original decoded text, so the
evidence written out always slices the original exactly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Characters NFKC leaves alone but that mean the same thing in dates and ranges.
_EXTRA = str.maketrans({
    "〜": "~", "～": "~", "∼": "~", "〰": "~",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "－": "-",
    "\u3000": " ", "\u00a0": " ", "\u200b": "", "\ufeff": "",
})


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


def normalize(original: str) -> NormalizedText:
    """NFKC-normalise ``original`` character by character, keeping offsets.

    Normalising per character (rather than the whole string at once) keeps the
    map exact; the cases where NFKC composes across characters (a half-width
    katakana followed by a half-width voiced mark) are handled by normalising
    such pairs together.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(original)
    while i < n:
        j = i + 1
        # half-width (semi-)voiced sound marks and combining marks attach to the previous char
        while j < n and (original[j] in "\uff9e\uff9f" or unicodedata.combining(original[j])):
            j += 1
        chunk = unicodedata.normalize("NFKC", original[i:j]).translate(_EXTRA)
        for ch in chunk:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return NormalizedText(original, "".join(out), tuple(starts), tuple(ends))


def nfkc_key(s: str) -> str:
    """The comparison key the annotation guide uses: NFKC with all spaces removed."""
    return "".join(unicodedata.normalize("NFKC", s).split())
