"""Bilingual pages: an English name the page pairs with a Japanese one is a mention of it."""

from __future__ import annotations

import pytest

from mou_extract.parties import find_party_mentions

CASES = [
    # (text, English name, Japanese name it must mean, country)
    ("Tours, France (トゥール市)\nTakamatsu and Tours became sister cities in 1988.", "Tours", "トゥール市", "FR"),
    ("Nanchang, Jiangxi Province, China (南昌市)\nThe two cities met Nanchang's mayor.", "Nanchang", "南昌市", "CN"),
    ("Takamatsu City (高松市) is in Kagawa.\nTakamatsu signed a pact.", "Takamatsu", "高松市", "JP"),
    ("高松市 (Takamatsu City) の国際交流\nTakamatsu welcomes visitors.", "Takamatsu", "高松市", "JP"),
    ("フラウンホーファー太陽エネルギーシステム研究所（以下「Fraunhofer ISE」）と協定\nFraunhofer ISEは欧州最大の研究機関",
     "Fraunhofer ISE", "フラウンホーファー太陽エネルギーシステム研究所", None),
]


@pytest.mark.parametrize("text,english,japanese,country", CASES, ids=[c[1] for c in CASES])
def test_english_uses_are_mentions_of_the_paired_name(text: str, english: str, japanese: str, country: str) -> None:
    later = text.index(english, text.index("\n"))
    hits = [m for m in find_party_mentions(text) if m.start == later]
    assert [(m.name, m.country) for m in hits] == [(japanese, country)]


MUST_NOT = [
    "Tours of the castle start at 10:00. Kyoto (京都) is far.",  # no bracketed pair for Tours
    "France (フランス) and Japan signed nothing.",  # a country is no partner name
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_glossary_mention_without_a_pair(text: str) -> None:
    assert not [m for m in find_party_mentions(text) if m.source == "glossary"]
