"""GiNZA second opinion: chunking and label mapping run without the model; two
slow tests load it."""

import pytest

from mou_extract.model import PartyKind, PartyMention
from mou_extract.ner import NerRunner, chunk_text, entities_to_mentions


def test_chunks_keep_offsets_and_cut_at_sentence_ends() -> None:
    text = ("横浜市は協定を結んだ。" * 3000) + "末尾"
    chunks = chunk_text(text, max_chars=1000)
    assert "".join(c for _, c in chunks) == text
    assert all(text[o:o + len(c)] == c for o, c in chunks)
    assert all(len(c) <= 1000 and len(c.encode()) <= 49_000 for _, c in chunks)
    assert all(c.endswith("。") for _, c in chunks[:-1])


def test_chunks_respect_the_byte_limit() -> None:
    text = "あ" * 40_000  # 120,000 bytes, no sentence end
    chunks = chunk_text(text, max_chars=40_000)
    assert all(len(c.encode()) <= 49_000 for _, c in chunks)


def test_label_mapping_and_filtering() -> None:
    sent = "横浜市は米国のポートランド市と山田太郎と2020年に"
    ents = [(0, 3, "Government", "横浜市"), (4, 6, "Country", "米国"), (7, 14, "Organization_Other", "ポートランド市"),
            (15, 19, "Person", "山田太郎"), (20, 25, "Date", "2020年")]
    covered = [PartyMention(100, 103, "横浜市", "横浜市", PartyKind.MUNICIPALITY, "JP", "gazetteer")]
    got = [(m.start, m.name, m.kind.value, m.country, m.source) for m in entities_to_mentions(sent, ents, 100, covered)]
    assert got == [(104, "米国", "country", "US", "ner"), (107, "ポートランド市", "municipality", None, "ner")]


@pytest.mark.slow
def test_ginza_finds_a_city_and_a_company() -> None:
    runner = NerRunner()
    (ents,) = runner.entities(["川崎市はトヨタ自動車と協定を締結した。"])
    labels = {text: label for _, _, label, text in ents}
    assert "川崎市" in labels


@pytest.mark.slow
def test_ginza_offsets_survive_chunking() -> None:
    runner = NerRunner(max_chars=50)
    text = "本文です。" * 20 + "川崎市と協定を結んだ。"
    (ents,) = runner.entities([text])
    assert all(text[s:e] == t for s, e, _, t in ents)
    assert any(t == "川崎市" for _, _, _, t in ents)


# GiNZA's entities become parties only where a party stands, and never a delegation,
# a building or a department (no model needed: the filter is plain rules)
PLAUSIBLE = [
    ("福山市はマリボル市と覚書を締結した。", "マリボル市", True),
    ("福山市訪問団が同市の市庁舎を訪れ、覚書に署名した。", "福山市訪問団", False),
    ("国際交流課と協定を締結した。", "国際交流課", False),
    ("両県と協定を締結した。", "両県", False),
    ("来日した州産業大臣と覚書を交わした。", "州産業大臣", False),
    ("州都オースティンと覚書を締結した。", "州都オースティン", False),
    ("町役場と協定を締結した。", "町役場", False),
    ("高知工科大学と協定を締結した。", "高知工科大学", True),
    ("旧氷上郡の6町が合併し、丹波市が誕生した。", "氷上郡", False),
]


@pytest.mark.parametrize("sentence,name,expected", PLAUSIBLE)
def test_plausible_ner_party(sentence: str, name: str, expected: bool) -> None:
    from mou_extract.model import PartyKind, PartyMention
    from mou_extract.pipeline import plausible_ner_party

    s = sentence.index(name)
    m = PartyMention(s, s + len(name), name, name, PartyKind.ORGANIZATION, None, "ner")
    assert plausible_ner_party(m, sentence, 0) is expected
