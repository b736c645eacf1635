"""Tokens carry exact offsets and the unidic flags the party rules use."""

import pytest

from mou_extract.tokenize import get_tokenizer, token_at, tokens


def test_offsets_slice_the_text_exactly() -> None:
    text = "ドイツ・ ミュンヘン市と\n川崎市は　覚書を結んだ。ABC 2020年"
    toks = tokens(text)
    assert toks, "no tokens"
    assert all(text[t.start:t.end] == t.surface for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))


@pytest.mark.parametrize(("text", "surface", "place", "country", "person"), [
    ("横浜市と提携", "横浜", True, False, False),
    ("ドイツの都市", "ドイツ", True, True, False),
    ("市川さんが来た", "市川", False, False, True),
    ("覚書を締結", "覚書", False, False, False),
])
def test_flags(text: str, surface: str, place: bool, country: bool, person: bool) -> None:
    (t,) = [t for t in tokens(text) if t.surface == surface]
    assert (t.is_place, t.is_country, t.is_person) == (place, country, person)


def test_shared_tokenizer_and_token_at() -> None:
    assert get_tokenizer() is get_tokenizer()
    toks = tokens("神戸市と大連市")
    i = token_at(toks, 5)
    assert i is not None and toks[i].surface == "大連"
    assert token_at(toks, 99) is None
