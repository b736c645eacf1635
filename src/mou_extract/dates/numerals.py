"""Numerals: kanji (十一, 二十三, 二〇二〇, 元), full-width digits, and the
length-preserving fold that lets the date patterns run on raw text.

:func:`fold` maps each character to exactly one character (full-width ASCII to
ASCII, the tildes ～〜 to ``~``, dashes to ``-``, U+3000 to a space), so an
offset into the folded text is the same offset into the input: the engine
never needs an offset map, whether the caller passes raw or NFKC text.
"""

from __future__ import annotations

_FOLD: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD.update({ord(k): ord(v) for k, v in {
    "〜": "~", "～": "~", "∼": "~", "〰": "~",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "－": "-",
    "\u3000": " ", "\u00a0": " ",
    # half-width katakana that occur in か月 forms (NFKC maps them one to one)
    "\uff76": "カ", "\uff79": "ケ",
}.items()})


def fold(text: str) -> str:
    """Fold ``text`` character by character; ``len(fold(t)) == len(t)``."""
    if text.isascii():
        return text
    return text.translate(_FOLD)


KANJI_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def to_int(s: str) -> int | None:
    """Read an Arabic, positional-kanji (二〇二〇) or unit-kanji (二十三) numeral.

    元 (the first year of an era) reads as 1. Returns None for a string that is
    not a well-formed numeral (十十, 三二十).
    """
    s = s.strip()
    if not s:
        return None
    if s == "元":
        return 1
    if s.isascii():
        return int(s) if s.isdigit() else None
    if not any(ch in _UNITS for ch in s):
        n = 0
        for ch in s:
            d = KANJI_DIGITS.get(ch)
            if d is None:
                if ch.isdigit():  # a stray Unicode digit
                    d = int(ch)
                else:
                    return None
            n = n * 10 + d
        return n
    total = 0
    pending: int | None = None
    last_unit = 10_000
    for ch in s:
        if ch in KANJI_DIGITS:
            if pending is not None:
                return None
            pending = KANJI_DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if pending is None else pending) * unit
            pending = None
            last_unit = unit
        else:
            return None
    if pending is not None:
        total += pending
    return total


def to_kanji(n: int, positional: bool = False) -> str:
    """Render ``n`` in kanji: ``positional`` gives 二〇二〇, otherwise 二十三.

    Used by tests and benchmarks to render dates; supports 0..9999.
    """
    digits = "〇一二三四五六七八九"
    if positional or n == 0:
        return "".join(digits[int(c)] for c in str(n))
    out = []
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十")):
        q, n = divmod(n, unit)
        if q:
            out.append(("" if q == 1 else digits[q]) + ch)
    if n:
        out.append(digits[n])
    return "".join(out)
