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
    # a company's short name defined after its branch (株式会社X 東北支社(支社長:…、以下「X」)) names the company
    ("株式会社ノースリンク通信 東北支社（支社長：佐々木 亮、以下「ノースリンク通信」）は、北上市と協定を締結しました。\n"
     "ノースリンク通信は、これまでに八戸市とも協定を締結しています。",
     "ノースリンク通信", "株式会社ノースリンク通信", "JP"),
    # the Japanese name may be followed by the body's short name in the same bracket
    ("Kyushu Institute of Technology (九州工業大学, Kyutech) signed an MOU.\nKyushu Institute of Technology has a campus in Iizuka.",
     "Kyushu Institute of Technology", "九州工業大学", "JP"),
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


ENGLISH_ONLY = [
    # (English-only text, expected (name, kind, country) of the bodies it names)
    ("The City of Hiroshima signed a Memorandum of Understanding with the City of Hanover, Germany, on May 20, 2024.",
     [("City of Hiroshima", "municipality", "JP"), ("City of Hanover", "municipality", "DE")]),
    ("Fukuoka Prefecture and the State of Hawaii concluded a sister-state agreement on April 1, 2024.",
     [("Fukuoka Prefecture", "region", "JP"), ("State of Hawaii", "region", "US")]),
    ("Matsue City signed a partnership agreement with Shimane University on April 1, 2023.",
     [("Matsue City", "municipality", "JP"), ("Shimane University", "organization", "JP")]),
    ("Kagoshima City and the City of Perth, Western Australia, renewed their sister city agreement.",
     [("Kagoshima City", "municipality", "JP"), ("City of Perth", "municipality", "AU")]),
    ("Sister Cities\n\nRiverside, California, U.S.A.\nSister city affiliation: March 1957\n",
     [("Riverside", "municipality", "US")]),
    ("Tottori University signs MOU with Ben-Gurion University of the Negev\n"
     "Tottori University concluded an MOU with Ben-Gurion University of the Negev (BGU), Israel, on February 27, 2024.",
     [("Tottori University", "organization", "JP"), ("Ben-Gurion University of the Negev", "organization", "IL")]),
    # a name stops before 'on' and a date; a prefecture after 'in' only places the city
    ("The company signed an agreement with the City of Kitakyushu in Fukuoka Prefecture on March 14, 2025.",
     [("City of Kitakyushu", "municipality", "JP")]),
    # 'and' before another body with its type word ends a name (two parties, not one)
    ("The Province of Bohol and Cebu City signed a sister agreement on 3 May 2014.",
     [("Province of Bohol", "region", None), ("Cebu City", "municipality", None)]),
    # a head word that opens the name, in languages that put it first
    ("Kyushu Institute of Technology signed an MOU with Universitas Gadjah Mada, Indonesia, on 3 May 2023.",
     [("Kyushu Institute of Technology", "organization", None), ("Universitas Gadjah Mada", "organization", "ID")]),
    # a country word that closes a body's name places it
    ("Kyushu Institute of Technology signed an MOU with Universiti Teknologi Malaysia on November 6, 2023.",
     [("Kyushu Institute of Technology", "organization", None), ("Universiti Teknologi Malaysia", "organization", "MY")]),
    # councils that govern a place are its municipality; letters with accents are letters of the name
    ("Tasman District Council and Nelson City Council signed the agreement in New Zealand on 26 September 2024.",
     [("Tasman District Council", "municipality", None), ("Nelson City Council", "municipality", None)]),
    # a Danish or Norwegian 'Municipality' is a municipality; its country may follow its own name in brackets, as a possessive
    ("Toyama City and Aarhus Municipality (Aarhus Kommune), Denmark's second largest city, signed an MOU on May 8, 2024.",
     [("Toyama City", "municipality", "JP"), ("Aarhus Municipality", "municipality", "DK")]),
    ("Utsunomiya City has been a sister city of the City of Orléans, France, since 1989.",
     [("Utsunomiya City", "municipality", "JP"), ("City of Orléans", "municipality", "FR")]),
    # a key-value line of a partner's card names the place with its region and country; St. opens a name
    ("Partner: St. Anton am Arlberg, Tyrol, Austria\nRelationship: Sister village (since 1985)\n",
     [("St. Anton am Arlberg", "municipality", "AT")]),
    # two places named bare in the sentence that ties them; an adverb opening the sentence is no name
    ("Today Kobe and Seattle are sister cities, and students travel between them every summer.",
     [("Kobe", "municipality", "JP"), ("Seattle", "municipality", "US")]),
    # an article may open the name after 'of'; a possessive before the head is no part of the name
    ("The University of the Coral Coast signed a student exchange agreement with Shimane University in 2017.",
     [("University of the Coral Coast", "organization", None), ("Shimane University", "organization", "JP")]),
    ("Okinawa Prefecture and Japan's Ministry of Economy, Trade and Industry signed a memorandum of cooperation.",
     [("Okinawa Prefecture", "region", "JP"), ("Ministry of Economy, Trade and Industry", "organization", "JP")]),
    # a country in brackets after the name places it; a state after a bare place only locates it
    ("Yokohama signed an MOU with the Vancouver Fraser Port Authority (Canada) on June 1, 2024.",
     [("Vancouver Fraser Port Authority", "organization", "CA")]),
    ("Kobe and Seattle, Washington have been sister cities since 1957.",
     [("Kobe", "municipality", "JP"), ("Seattle", "municipality", "US")]),
    ("The mayors marked the sister city relationship established in 1984 between Halifax and Hakodate.",
     [("Halifax", "municipality", "CA"), ("Hakodate", "municipality", "JP")]),
]


@pytest.mark.parametrize("text,expected", ENGLISH_ONLY, ids=[c[1][0][0] for c in ENGLISH_ONLY])
def test_english_pages_name_bodies_with_a_type_word_or_a_country(text: str, expected: list[tuple]) -> None:
    found = [(m.name, m.kind.value, m.country) for m in find_party_mentions(text) if m.source == "english"]
    assert found[: len(expected)] == expected


def test_english_names_on_a_japanese_page_are_translations_not_parties() -> None:
    text = "加賀市とエストニアのタルトゥ市は覚書を締結しました。Kaga City and the City of Tartu signed an MOU on digital government."
    assert not [m for m in find_party_mentions(text) if m.source == "english"]


def test_an_english_page_with_a_gazetteer_romaji_name() -> None:
    from mou_extract.gazetteer import Gazetteer

    g = Gazetteer.load()
    assert {e.name for e in g.lookup_romaji("Kobe")} == {"神戸市"}
    assert "東京都" in {e.name for e in g.lookup_romaji("Tokyo")}
    assert not g.lookup_romaji("Springfield")


def test_a_state_named_as_such_is_placed_in_its_country() -> None:
    from mou_extract.glossary import _placed_by_locator
    from mou_extract.model import PartyKind, PartyMention

    m = PartyMention(0, 14, "State of Hawaii", "State of Hawaii", PartyKind.REGION, None, "pattern")
    assert _placed_by_locator("State of Hawaii signed the agreement.", m).country == "US"


def test_a_japanese_gloss_after_two_bodies_joined_by_and_names_only_the_second() -> None:
    text = ("A friendship has become official. Tasman District Council and Yakumo Town (八雲町) in Hokkaido, Japan, "
            "have signed a Friendship Agreement on 26 September 2024.")
    names = {m.name for m in find_party_mentions(text) if "Tasman" in m.name or m.name == "八雲町"}
    assert {"Tasman District Council", "八雲町"} <= names


def test_the_kind_of_tie_before_a_type_word_is_no_body() -> None:
    text = "Surabaya and the City of Kitakyushu signed a Green Sister City agreement in November 2012."
    assert [m.name for m in find_party_mentions(text) if m.source == "english"] == ["City of Kitakyushu"]


def test_an_english_release_names_its_bodies_once_each() -> None:
    text = ("NEWS RELEASE\nMinato Cold Chain Co., Ltd.\n\nMinato Cold Chain and Calgary Regional Airports Authority sign Letter of Intent\n\n"
            "Minato Cold Chain Co., Ltd. (株式会社ミナトコールドチェーン; \"Minato\"), a Tokyo-based forwarder, announced today that it has "
            "signed a Letter of Intent with the Calgary Regional Airports Authority. \"Alberta's beef and Hokkaido's scallops both need to "
            "travel fast,\" said the President of Minato.\n\nAbout the Calgary Regional Airports Authority\nThe Calgary Regional Airports "
            "Authority operates the airport.\n")
    names = {m.text: m.name for m in find_party_mentions(text)}
    assert names["Minato"] == "株式会社ミナトコールドチェーン"  # the short name the release defines in the bracket
    assert "Calgary Regional Airports Authority" in names.values()
    # 'and' after a body named before ends it; a quoted remark and a section heading are no bodies
    assert not [n for n in names.values() if n.startswith(("Cold Chain and", "About", "Alberta"))]


def test_a_body_named_after_its_place_is_no_mention_of_the_place() -> None:
    text = ("Keelung City, Taiwan and Muroran City in Hokkaido signed a friendship agreement. National Taiwan Ocean University in "
            "Keelung and Muroran Institute of Technology have had an academic exchange agreement since 2012.")
    found = [m.name for m in find_party_mentions(text)]
    assert found == ["Keelung City", "Muroran City", "National Taiwan Ocean University", "Muroran Institute of Technology"]
