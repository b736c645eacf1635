"""Sector cues, by the guide's table (input → expected set), and what must not match."""

from __future__ import annotations

import pytest

from mou_extract.sectors import find_sector_cues, sectors_in

CASES = [
    ("省エネルギー設備の導入に関する協定", {"energy"}),  # the word holds エネルギー, the guide's energy cue
    ("省エネの推進", {"environment"}),  # (the short form is no energy cue)
    ("食、IT、ものづくり、防災・危機管理及びスポーツとアウトドア分野", {"food", "digital", "manufacturing", "disaster", "sports"}),
    ("経済、学術、文化、人材交流、観光の促進", {"economy", "education", "culture", "people_exchange", "tourism"}),
    ("医療・医薬、水素エネルギー、港湾、空港の4分野", {"medical", "energy", "port_logistics", "aviation"}),
    ("教育・経済・観光・防災・環境・食の6分野", {"education", "economy", "tourism", "disaster", "environment", "food"}),
    ("ライフサイエンス分野における共同研究開発", {"life_science", "research"}),
    ("スタートアップ支援と企業誘致", {"startup_innovation", "economy"}),
    ("企業立地に関する協定", {"economy"}),  # a firm settling in the town: its economy, like 企業誘致
    ("新工場の工場進出に関する協定", {"economy"}),
    ("子育て支援と高齢者福祉", {"welfare"}),
    ("まちづくりと公共交通", {"urban_development"}),
    ("農林水産物の輸出促進", {"agriculture"}),
    ("脱炭素社会の実現", {"environment"}),
    ("デジタル技術とデータ活用", {"digital"}),
    ("伝統芸能と食文化", {"culture", "food"}),
    ("青少年交流と相互訪問", {"people_exchange"}),
    ("港湾人材の育成及び職員の相互派遣", {"port_logistics", "education", "people_exchange"}),
    ("研修生の受入れ", {"education"}),
    ("研究者の交流", {"people_exchange"}),  # people named, then 交流: an exchange of people, not research
    ("中高生の相互派遣と指導者の交流", {"people_exchange"}),
    ("学生交流に関する覚書", {"education"}),  # the guide's people_exchange words do not include it; writers split on it
    ("両地域の大学・研究機関による共同研究の促進", {"research"}),  # 大学 as one kind of body, the field is research
    ("Offshore wind power, hydrogen and decarbonisation of ports", {"energy", "environment", "port_logistics"}),
    ("Joint research and the exchange of students", {"research", "education"}),
    ("木質バイオマス発電事業の実施", {"energy"}),  # バイオマス is fuel, not life science
    ("太陽光発電設備の導入", {"energy"}),
    # plain synonyms of the guide's cues
    ("介護予防と障害者の就労支援", {"welfare"}),
    ("がん検診の受診率向上", {"medical"}),
    ("地域の歴史と伝統工芸の継承", {"culture"}),
    ("家庭用蓄電池の普及", {"energy"}),
    ("高校生のインターンシップ受入れ", {"education"}),
    ("学校給食を通じた食育", {"food"}),
    ("消防相互応援協定", {"disaster"}),
    ("地域の見守り活動に関する協定", {"welfare"}),
    ("ローカル5Gの活用", {"digital"}),
    ("ラグビー交流及び事前合宿に関する協定", {"sports"}),
    ("Staff exchanges and joint seminars", {"people_exchange"}),
    ("Study Abroad Agreement", {"education"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sectors(text: str, expected: set[str]) -> None:
    assert {s.value for s in sectors_in(text)} == expected


MUST_NOT_MATCH = [
    "両市の交流を深める",  # bare 交流 is no sector
    "会食を行った",
    "ITALIA",  # IT inside a word
    "交流の促進に関すること",
    "現地の事業環境を視察",  # 環境 as 'conditions' (事業環境, 生活環境, 受入環境) is no environment field
    "外国人の生活環境の改善",
    "救援活動に必要な職員の派遣",  # sending staff to help is no people exchange
    "民間企業や大学等と協定を締結",  # 大学 as one kind of partner, not the education field
    "Portland reports on the importance of exports",  # English words inside other words
    "停電時の連絡体制",  # a power cut is no energy field
    "市民が身近に親しめる環境をつくるため",  # 環境をつくる: conditions to be made, no environment field
    "大使館の参事官が立会人として見守りました",  # watching over a signing is no welfare field
    "ジュニアサッカー大会を開催しました",  # a match played is an event; a sport is a field when it is exchanged or promoted
    "スキー場の営業",
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text: str) -> None:
    assert sectors_in(text) == set()


def test_masked_spans_are_skipped() -> None:
    text = "神戸医療産業都市推進機構と観光振興"
    hits = find_sector_cues(text, masked=[(0, 12)])
    assert {h.sector.value for h in hits} == {"tourism"}


def test_offsets_are_exact() -> None:
    text = "目的:港湾と空港の連携"
    for h in find_sector_cues(text, 100):
        assert text[h.start - 100 : h.end - 100] == h.text
