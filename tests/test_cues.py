"""Agreement cues: instrument word → type, conclusion verbs, titles (spec tables)."""

from __future__ import annotations

import re

import pytest

from mou_extract.cues import best_type, find_titles, find_type_cues, find_verb_cues, is_negative
from mou_extract.model import AgreementType as A, EventType as E

TYPE_CASES = [
    ("両市は姉妹都市提携を結んだ", A.SISTER_CITY),
    ("連携中枢都市圏形成に係る連携協約を締結", A.PARTNERSHIP_AGREEMENT),  # the statutory 協定 between towns
    ("ジオパーク交流協約を締結", A.OTHER),  # (a 協約 of another name stays other)
    ("連携協約の一部を変更する協約を締結", A.PARTNERSHIP_AGREEMENT),  # an amendment is of the kind it amends
    ("姉妹友好都市協定に調印した", A.SISTER_CITY),
    ("両州は姉妹州の関係にある", A.SISTER_CITY),
    (" 提携区分  姉妹道県", A.SISTER_CITY),  # a prefecture and a Korean province (道)
    ("友好県州提携を結ぶ", A.FRIENDSHIP_CITY),
    ("Today the two are sister villages.", A.SISTER_CITY),  # English ties between places of any size
    ("a friendship town since 1992", A.FRIENDSHIP_CITY),
    ("Agreement type: Student Exchange Agreement, since 2015", A.PARTNERSHIP_AGREEMENT),  # an English exchange agreement
    ("Agreement: Agreement on Mutual Assistance in Times of Disaster", A.PARTNERSHIP_AGREEMENT),  # an Agreement named by its subject
    ("Its agreement on academic exchange with the university, first concluded in 2011", A.PARTNERSHIP_AGREEMENT),
    ("友好都市協定書を締結", A.FRIENDSHIP_CITY),
    ("友好交流都市として提携", A.FRIENDSHIP_CITY),
    ("親善都市の盟約", A.FRIENDSHIP_CITY),
    ("温泉観光友好協定を結んだ", A.FRIENDSHIP_CITY),
    ("友好県省の提携", A.FRIENDSHIP_CITY),
    ("2001年 友好町提携", A.FRIENDSHIP_CITY),
    ("姉妹空港協定を締結", A.SISTER_CITY),
    ("友好港提携に関する覚書に署名", A.FRIENDSHIP_CITY),
    ("友好港湾協力に関する覚書に署名", A.MOU),  # 港湾協力 names the field, not a tie
    ("姉妹村盟約書に調印", A.SISTER_CITY),
    ("両町は姉妹町の関係にある", A.SISTER_CITY),
    ("Memorandum of Cooperation on startups", A.MOU),
    ("経済交流に関する覚書を締結", A.MOU),
    ("MOUを交わした", A.MOU),
    ("包括連携協定を締結", A.PARTNERSHIP_AGREEMENT),
    ("災害時相互応援協定を締結", A.PARTNERSHIP_AGREEMENT),
    ("協定書に署名した", A.PARTNERSHIP_AGREEMENT),
    ("共同宣言に署名", A.JOINT_DECLARATION),
    ("意思確認書に署名", A.LETTER_OF_INTENT),
    ("LOIを締結", A.LETTER_OF_INTENT),
    ("基本合意書を締結", A.BASIC_AGREEMENT),
    ("合意書を交わした", A.BASIC_AGREEMENT),
]


@pytest.mark.parametrize("text,expected", TYPE_CASES)
def test_type_by_instrument_word(text: str, expected: A) -> None:
    assert best_type(find_type_cues(text)) is expected


NO_TYPE = ["両市の交流が深まった", "協力して事業を進める", "市民が参加した", "宣伝を行う",
           "3市町の首長が合併協定書に署名する", "合併協定項目を確認しました",  # a merger's terms: no tie between partners
           "富良野市は、本年6月1日に中心市宣言を行い"]  # a city's own declaration, no instrument between parties


@pytest.mark.parametrize("text", NO_TYPE)
def test_no_instrument_word(text: str) -> None:
    assert best_type(find_type_cues(text)) is None


VERB_CASES = [
    ("覚書を締結しました", [E.SIGNED]),
    ("覚書として再締結", [E.RENEWED]),
    ("協定を更新した", [E.RENEWED]),
    ("協定をR6.4.1付けで更新しました", [E.RENEWED]),
    ("・延世大学校(韓国) 3月1日付で更新、有効期間5年", [E.RENEWED]),  # a list item may stop at 付で更新  # 付けで更新 is a renewal; 自動で更新する is a term's clause
    ("自動で更新する", []),
    ("合併に伴い再調印", [E.RENEWED]),
    ("協定書に調印し、", [E.SIGNED]),
    ("姉妹都市提携を結んだ", [E.SIGNED]),
    ("友好協定を結んだ", [E.SIGNED]),
    ("「連携協定」をむすびました", [E.SIGNED]),  # the verb in hiragana (an easy-Japanese page)
    ("覚書を取り交わした", [E.SIGNED]),
    ("覚書を新潟市内のホテルで結んだ", [E.SIGNED]),  # the place between the instrument and its verb
    ("覚書を来年度中に結ぶ予定", []),
    ("空港と各地を結ぶ航空路線", []),  # a route connects; nothing is concluded
    ("意見を交わした", []),
    ("更新日:2020年1月1日", []),
    ("外国人住民数は12月末現在で過去最多を更新した", []),  # a record broken, not an instrument renewed
    ("議定書を交わす", [E.SIGNED]),
    ("提携を新しい市に引き継ぐことを確認", []),  # the tie is handed on; the step is the re-signing that follows
    ("姉妹提携を解消した", []),
    ("平成十五年 姉妹都市提携解消", []),
    ("合併後も、提携は新しい町に引き継がれています", []),
    ("中央図書館の平日の開館時間を午後8時まで延長します", []),  # hours, not an instrument
    ("協定の有効期間を3年間延長しました", [E.RENEWED]),
    ("平成27年3月26日 形成協定を一部変更(取組項目の追加)", [E.RENEWED]),  # an amendment is a step of the record
    ("友好交流協定の締結後は、中学生の派遣を重ねてきました", []),  # what followed the tie, not its conclusion
    ("同郡長から提携の申し入れがあり", []),  # a proposal, not a conclusion
    ("町議会で姉妹都市提携に関する議案が可決された", []),  # the council's approval names the tie; the signing is a step of its own
    ("交流は、中学生が訪れたことに始まります", []),
    ("町の開拓は、明治30年、三重県から渡ってきた団体の入植に始まります", []),  # the settlement began, not a tie
    ("両市の交流は、昭和60年の姉妹都市提携に始まりました", [E.SIGNED, E.SIGNED]),  # 提携, then …に始まりました
    ("昭和9年に始まった「黒船祭」には大使館の関係者が招かれた", []),  # a festival that began then: the verb names a noun
    ("両市の交流は1985年に始まった", [E.SIGNED]),
    ("締結にあわせ、白馬村で合同研修を実施しています", []),  # on the occasion of the signing, not the signing
    ("協定については、締結だけが目的にならないよう要望します", []),  # a remark on a signing, no signing
    ("姉妹都市提携は新市に継承され、改めて調印は行わずに", []),  # handed on, not signed again
    ("昭和五十九年十月に姉妹都市の縁を結びました", [E.SIGNED]),
    ("両町の間で姉妹都市の盟約が結ばれた", [E.SIGNED]),  # the passive
    ("平成20年に災害時相互応援協定が締結され、", [E.SIGNED]),
    ("駅と空港が結ばれた", []),
    ("A町との連携協約の変更を行いました", [E.RENEWED]),
]


@pytest.mark.parametrize("text,expected", VERB_CASES)
def test_verbs(text: str, expected: list[E]) -> None:
    assert [v.event for v in find_verb_cues(text)] == expected


@pytest.mark.parametrize(
    "text,negative",
    [
        ("来年度の覚書締結に向けて協議を進める", True),
        ("締結を予定している", True),
        ("姉妹都市提携30周年を記念して", False),  # an anniversary implies the relationship; records.py keeps it undated
        ("覚書を締結しました", False),
        # hearsay and its denial: a report says so, the issuer says it is not so
        ("州と経済分野の覚書を結んだと報じられましたが、事実関係を教えてください", True),
        ("覚書を締結したという事実はありません", True),
        ("県が金融機関と包括連携協定を結ばれたと聞いておりますし", True),  # a councillor's hearsay
        ("包括的な協定の締結にはまだ至っておりません", True),
        ("協定の文案や締結時期などについての具体的な提案はいただいておりません", True),
        ("将来的な協定の締結について研究していくとのお答えでしたが", True),
        ("報道発表資料 覚書を締結しました", False),
        # a reporter's question asking for confirmation, and how ties are usually made
        ("記者:いずれ姉妹都市として正式に提携するということですか。", True),
        ("提携の前段階として「交流意向書」を交わす例が多いことなど", True),
        ("本日、友好交流に関する意向書を交わしました。", False),
        # a condition is no conclusion
        ("今回、広島大学との協定が締結されれば、枠組みがさらに広がります。", True),
        ("覚書を締結した場合は、職員を派遣します。", True),
        # 向けて / 目指す are a plan when the agreement is what they aim at, not when they give its purpose
        ("姉妹都市提携に向けて準備を進めています", True),
        ("次期更新に向けて州側と協議を行っています", True),
        ("協定の締結を目指しています", True),
        ("地域経済の活性化に向けて、本日、連携協定を締結します", False),
        ("二酸化炭素排出量の実質ゼロを目指す「ゼロカーボン共同宣言」を行います", False),
        # what will come about (…を結び、…することになります) is still to happen
        ("設立される新会社が市と事業契約を結び、事業を実施することになります。", True),
        ("協定は来年度に締結することとなっています。", True),
        ("協定の締結により、同社が物資を供給することになりました。", False),  # done: なりました
        # a reporter's hearsay and questions at a press conference
        ("越後電力株式会社と協定を結ぶという話も出ていますが、現状はどうなっていますか。", True),
        ("昨年、コンビニエンスストアとも協定を結ばれたと思います。", True),
        ("昨年8月に株式会社ハートマートさんと包括連携協定を結びまして", False),
        # the same on English pages
        ("Chichibu City has not concluded a sister-city agreement with Lucerne", True),
        ("At present there is no plan to sign an agreement.", True),
        ("The two cities signed a sister-city agreement in 1988.", False),
        ("圏域の町村に対し、定住自立圏の形成に関する協定の締結を呼びかけております。", True),  # calling on others to conclude
    ],
)
def test_plans_and_anniversaries_are_negative(text: str, negative: bool) -> None:
    assert is_negative(text) is negative


TITLE_CASES = [
    ("名称:〇〇市と△△市との観光振興に関する連携協定", "〇〇市と△△市との観光振興に関する連携協定", "label"),
    ("1.名称\n 地域産業の振興に関する連携協定\n", "地域産業の振興に関する連携協定", "label"),
    ("両市は「水素エネルギーの利活用に関する覚書」を締結した", "水素エネルギーの利活用に関する覚書", "quoted"),
    ("両者は、ものづくり分野における協力に関する基本合意書を締結した", "ものづくり分野における協力に関する基本合意書", "phrase"),
    ("『環境技術の交流に係る意思確認書』に署名", "環境技術の交流に係る意思確認書", "quoted"),
    # a name broken once by the page's line wrap
    ("株式会社Ａと「災害時における停電復旧の連携等\nに関する基本協定」を締結しました", "災害時における停電復旧の連携等に関する基本協定", "quoted"),
    ("名称:ＡＢＣ市との交流促進に関する覚書", "ABC市との交流促進に関する覚書", "label"),
    ("協定のなまえ:多文化共生社会の実現に向けた連携協定", "多文化共生社会の実現に向けた連携協定", "label"),  # (easy Japanese)
    # a municipal code's heading (○…協定) names the instrument
    ("○四万十市と黒潮町との消防相互応援協定\n昭和52年3月25日\n", "四万十市と黒潮町との消防相互応援協定", "label"),
    # a purpose clause before the name (…を目的とした) is not part of it
    ("台湾精密貿易と、販路拡大を目的とした販売代理店契約に関する基本合意書を交わしました", "販売代理店契約に関する基本合意書", "phrase"),
    # a link's file label after the name is no part of it
    ("スポーツを通じた健康増進に関する連携協定（PDF：143KB）を締結しました", "スポーツを通じた健康増進に関する連携協定", "phrase"),
    ("島根県とクアンニン省との観光交流の促進に関する議定書に署名しました", "島根県とクアンニン省との観光交流の促進に関する議定書", "phrase"),
    ("十和田市とダルハン市との友好交流協定書に署名した", "十和田市とダルハン市との友好交流協定書", "phrase"),  # a name pairing the parties
    ("signed the Joint Declaration on the 40th Anniversary of the Sister State Relationship between Kumamoto and Montana.",
     "Joint Declaration on the 40th Anniversary of the Sister State Relationship between Kumamoto and Montana", "phrase"),
    ("両市は「ワイン産業の持続的発展に向けた共同声明」を発表", "ワイン産業の持続的発展に向けた共同声明", "quoted"),
    ("2018年12月に締結したチェンマイ大学との学術交流に関する覚書について", "学術交流に関する覚書", "phrase"),  # date, clause, partner cut
    ("【名称】地域課題解決型学習の実施に関する覚書\n", "地域課題解決型学習の実施に関する覚書", "label"),  # a bracketed label
    (" 名  称:災害時における医薬品の供給に関する協定\n", "災害時における医薬品の供給に関する協定", "label"),  # a label spaced to align
    ("文書名 経済交流の促進に関する覚書\n", "経済交流の促進に関する覚書", "label"),  # a partner card's 文書名 key
    ("相手方 | SDI\n文書 | 産業連携に関する協定\n", "産業連携に関する協定", "label"),  # …and its 文書 cell
    ("市は去年、市内の宿泊施設などでつくる観光推進協議会とも観光振興に関する協定を結んだ", "観光振興に関する協定", "phrase"),  # the partner, then とも
    ("it signed the “Partnership Agreement on Robot Delivery” with the City of Kobe",
     "Partnership Agreement on Robot Delivery", "quoted"),  # an English name in quotes
    ('The "Memorandum of Understanding on Cooperation in Manufacturing, Human Resource Development and Startup Support '
     'between Hamamatsu City and the City of Da Nang" covers:',
     "Memorandum of Understanding on Cooperation in Manufacturing, Human Resource Development and Startup Support "
     "between Hamamatsu City and the City of Da Nang", "quoted"),  # a long one, its parties named in it
    ("成都市とは、市制九十五周年を機に友好都市の締結に関する議定書に調印しました", "友好都市の締結に関する議定書", "phrase"),  # the occasion is cut
    # a relative clause or a date written before the name is cut too
    ("2023年に更新したホーチミン市人民委員会との経済協力に関する覚書について", "経済協力に関する覚書", "phrase"),
    ("平成25年3月29日付けで締結した災害時における応急対策業務の協力に関する協定を変更する", "災害時における応急対策業務の協力に関する協定", "phrase"),
    ("2023/12/01学術交流に関する意向書", "学術交流に関する意向書", "phrase"),
    # 'on' before a subject stays in an English name; 'on' before a day ends it
    ("signed the Memorandum of Cooperation on the Hawaii-Okinawa Partnership on Clean Energy Development on June 17, 2010.",
     "Memorandum of Cooperation on the Hawaii-Okinawa Partnership on Clean Energy Development", "phrase"),
    # a table's cell: the name runs to the cell's end
    ("1 | Memorandum of Cooperation on Promoting Investment and Trade between Kentucky and Japan | Commonwealth of Kentucky / JETRO",
     "Memorandum of Cooperation on Promoting Investment and Trade between Kentucky and Japan", "phrase"),
    # an English instrument named by proper words before its kind
    ("Iiyama City and Sakae Village signed the Shinetsu Shizenkyo Tourism Partnership Agreement (信越自然郷観光連携協定).",
     "Shinetsu Shizenkyo Tourism Partnership Agreement", "phrase"),
]


NOT_TITLES = ["市と大学との協定を締結", "本市は、A市と協定を締結", "the so-called “Agreement” of 1988",  # no name between との and the instrument word
              "(以下「本基本合意書」という。)", "(以下「本連携協定」という。)",  # the text's word for itself
              " 名称変更 2019/04/01(旧名称「災害時相互応援協定」)",  # the name before a rename
              "本学工学部と同研究所との間で部局間協定を締結",
              # an English kind with no proper word before it names no instrument
              "The two cities signed the Sister City Agreement in 1985.", "They renewed the Comprehensive Partnership Agreement."]  # との間で: the parties, not a name pairing them


@pytest.mark.parametrize("text", ["A市と、観光に関する共同研究と人材育成を目的とした覚書を締結しました。",  # the clause names no subject of its own
                                  "3団体と、それぞれの分野における連携に関する覚書を締結しました。", "各分野の連携に関する協定を結んだ",
                                  "(参考)物資の供給等に関する主な協定(これまでに締結したもの)"])
def test_a_description_after_a_particle_is_no_title(text: str) -> None:
    assert find_titles(text) == []


@pytest.mark.parametrize("text", NOT_TITLES)
def test_not_titles(text: str) -> None:
    assert find_titles(text) == []


@pytest.mark.parametrize("text,title,source", TITLE_CASES)
def test_titles(text: str, title: str, source: str) -> None:
    found = find_titles(text)
    assert [(t.text, t.source) for t in found] == [(title, source)]
    t = found[0]
    # the span covers the title as written (before NFKC, a line wrap inside it)
    assert re.sub(r"\s*\n\s*", "", text[t.start : t.end]).replace("ＡＢＣ", "ABC") == title


@pytest.mark.parametrize("text", ["「覚書」を締結", "協定を締結しました", "「姉妹都市」の紹介"])
def test_generic_words_are_not_titles(text: str) -> None:
    assert find_titles(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("両市は1975年に姉妹都市となった", [E.SIGNED]),
        ("翌年、友好都市になりました", [E.SIGNED]),
        ("都市になる計画", [E.SIGNED]),  # a verb; is_negative() decides that 計画 is a plan
    ],
)
def test_becoming_partners_is_a_conclusion(text: str, expected: list[E]) -> None:
    assert [v.event for v in find_verb_cues(text)] == expected


def test_other_instruments_are_typed_other() -> None:
    assert best_type(find_type_cues("友好交流に関する議定書に署名")) is A.OTHER
    assert best_type(find_type_cues("姉妹都市盟約書に調印")) is A.SISTER_CITY


@pytest.mark.parametrize(
    "text,title",
    [
        ("平成20年4月1日にワインツーリズムの推進に関する覚書を締結", "ワインツーリズムの推進に関する覚書"),
        ("エンセナダ市と観光及び経済交流に関する覚書を締結", "観光及び経済交流に関する覚書"),
        ("富山市とフライブルク市との持続可能なまちづくりに関する覚書", "富山市とフライブルク市との持続可能なまちづくりに関する覚書"),
        ("ナント市と幅広い分野で相互協力に関する覚書を締結", "相互協力に関する覚書"),
        ("平成28年に観光交流に関する覚書を締結", "観光交流に関する覚書"),
        ("苫小牧港とプリンスルパート港が友好港湾協力に関する覚書を締結", "友好港湾協力に関する覚書"),
        ("環境分野での協力に関する覚書を締結", "環境分野での協力に関する覚書"),
        ("ダナン市人民委員会と経済交流に関する覚書を締結", "経済交流に関する覚書"),  # a foreign city's committee is the partner
        ("防災と観光に関する協定を締結", "防災と観光に関する協定"),  # two fields joined by と stay the name
    ],
)
def test_a_phrase_title_starts_at_the_name(text: str, title: str) -> None:
    assert [t.text for t in find_titles(text)] == [title]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("覚書が更新された", [E.RENEWED]),
        ("5年間(自動更新)", []),  # a renewal clause, not a step
        ("以後1年ごとに更新する", []),
        ("以後自動的に更新される", []),
    ],
)
def test_renewal_clauses_are_not_steps(text: str, expected: list[E]) -> None:
    assert [v.event for v in find_verb_cues(text)] == expected


def test_an_english_name_is_typed_by_the_instrument_it_opens_with() -> None:
    (t,) = find_titles("signed the Joint Declaration on the 40th Anniversary of the Sister State Relationship between Kumamoto and Montana.")
    assert t.type.value == "joint_declaration"


def test_an_english_name_ends_before_the_place_it_was_signed_in() -> None:
    text = ("Kumamoto Prefecture and the State of Montana signed a Joint Declaration on the 40th Anniversary of the Sister "
            "State Relationship between Kumamoto Prefecture and the State of Montana in Helena, the state capital, on October 3, 2022.")
    (t,) = find_titles(text)
    assert t.text.endswith("the State of Montana")
    keep = "The two ports signed a Memorandum of Understanding on Cooperation in Port Development on May 13."
    assert find_titles(keep)[0].text == "Memorandum of Understanding on Cooperation in Port Development"
    # the instrument's own adjectives open its name; a headline's verb does not
    keep = "The company has concluded a Comprehensive Partnership Agreement on Drone Logistics with Ina City."
    assert find_titles(keep)[0].text == "Comprehensive Partnership Agreement on Drone Logistics"
    head = "Aozora and Ina City Conclude Comprehensive Partnership Agreement on Drone Logistics"
    assert find_titles(head)[0].text == "Comprehensive Partnership Agreement on Drone Logistics"
    # a list of subjects (A, B and C) goes on past its commas; a country after a comma does not
    listed = "They signed a Memorandum of Understanding on Cooperation in Trade, Education and Tourism at the Capitol."
    assert find_titles(listed)[0].text == "Memorandum of Understanding on Cooperation in Trade, Education and Tourism"
    placed = "They signed the Memorandum of Understanding on Green and Digital Port Cooperation, Spain, in Valencia."
    assert find_titles(placed)[0].text == "Memorandum of Understanding on Green and Digital Port Cooperation"
    # a name followed by 'today' or 'at the …' ends there
    today = "The two mayors signed a Memorandum of Understanding on Tourism Promotion today, marking the anniversary."
    assert find_titles(today)[0].text == "Memorandum of Understanding on Tourism Promotion"


@pytest.mark.parametrize(("text", "kinds"), [
    ("姉妹都市提携に向けた意思確認書", ["letter_of_intent"]),
    ("友好都市提携を目指す覚書", ["mou"]),
])
def test_the_tie_an_instrument_works_towards_is_its_goal_not_its_kind(text: str, kinds: list[str]) -> None:
    from mou_extract.cues import find_type_cues

    assert [c.type.value for c in find_type_cues(text)] == kinds
