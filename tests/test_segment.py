"""Units: lines, then sentences (。, and an English full stop before a capital)."""

from __future__ import annotations

import pytest

from mou_extract.segment import split_units

CASES = [
    ("両市は覚書を締結した。今後は観光で連携する。", ["両市は覚書を締結した。", "今後は観光で連携する。"]),
    ("「協定。本文」を締結した。", ["「協定。本文」を締結した。"]),
    ("Kobe signed an MOU in 2024. Ireland is home to many firms.", ["Kobe signed an MOU in 2024.", "Ireland is home to many firms."]),
    ("It was signed by Mr. Sato and Dr. Brown of St. Paul.", ["It was signed by Mr. Sato and Dr. Brown of St. Paul."]),
    ("The U.S. Embassy attended.", ["The U.S. Embassy attended."]),
    ("  1. Supply chains for hydrogen", ["1. Supply chains for hydrogen"]),  # an item's number, not a sentence
    ("iv. Green shipping corridors", ["iv. Green shipping corridors"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_split_units(text: str, expected: list[str]) -> None:
    assert [u.text for u in split_units(text)] == expected
