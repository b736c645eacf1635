"""Record assembly, as a specification: small documents in → records out.

Every document here is written for the test (no seed text). The rules run
without GiNZA (``use_ner=False``).
"""

from __future__ import annotations

import pytest


def brief(doc) -> list[tuple]:
    """(type, sorted party names, events) per record: the part most tests pin."""
    out = []
    for r in doc.records:
        out.append((
            r.agreement_type.value,
            tuple(sorted(p.name for p in r.parties)),
            tuple((e.type.value, e.date) for e in r.events),
        ))
    return out


CASES = [
    (
        "signing press release",
        "令和5年6月1日\n記者発表資料\n\n 長岡市は、5月30日、アメリカ合衆国フォートワース市と姉妹都市提携を結びました。\n",
        [("sister_city", ("フォートワース市", "長岡市"), (("signed", "2023-05-30"),))],
    ),
    (
        "a chain of instruments is one record, typed by the latest",
        "高松市とドイツのエアランゲン市は、平成27年4月に共同宣言に署名した。\n"
        "令和4年10月12日、両市は「環境分野の協力に関する覚書」を締結した。\n",
        [("mou", ("エアランゲン市", "高松市"), (("signed", "2015-04"), ("renewed", "2022-10-12")))],
    ),
    (
        "an instrument the type table does not name (共同声明, 議定書) is 'other'",
        "2024年10月20日\n\n丸亀市は10月15日、イタリアのローマ市と共同声明に署名しました。\n",
        [("other", ("ローマ市", "丸亀市"), (("signed", "2024-10-15"),))],
    ),
    (
        "an undated sentence that states a relationship is a record",
        "金沢市は、ベルギーのゲント市と姉妹都市提携を結んでいます。\n",
        [("sister_city", ("ゲント市", "金沢市"), ())],
    ),
    (
        "an undated conclusion with a foreign region is a record",
        "三重県は、ブラジル連邦共和国サンパウロ州と姉妹提携を結んでいます。\n",
        [("sister_city", ("サンパウロ州", "三重県"), ())],
    ),
    (
        "a link to another page about an agreement is no record",
        "関連リンク\n・カルナータカ州政府との覚書締結について\n",
        [],
    ),
    (
        "a class of bodies (関係団体や近隣の県) is no party",
        "岐阜県では、関係団体や近隣の県と災害時応援協定を締結しています。\n",
        [],
    ),
    (
        "talks still under way (協議が進められています, 締結時期は未定) are no record",
        "両市の社会福祉協議会どうしでも災害ボランティアセンターの運営支援について協議が進められています（締結時期は未定）。\n",
        [],
    ),
    (
        "a photo caption of the signing names no new party (ヒメネス州知事 is a person's title)",
        "2024年5月1日\n大分県は4月30日、メキシコのアグアスカリエンテス州と覚書を締結しました。\n［写真］覚書に署名する知事（左）とヒメネス州知事（右）\n",
        [("mou", ("アグアスカリエンテス州", "大分県"), (("signed", "2024-04-30"),))],
    ),
    (
        "a trade fair where the signing took place is no party",
        "2024年5月30日\n富山県は、国際食品見本市「THAIFEX」の会場において、タイ王国商務省国際貿易振興局と覚書を締結しました。\n",
        [("mou", ("タイ王国商務省国際貿易振興局", "富山県"), ())],
    ),
    (
        "a foreign ministry opened by its country's name is an organisation of that country",
        "高知県は、3月5日、ニュージーランド環境保全省と自然公園の管理に関する覚書を締結しました。\n",
        [("mou", ("ニュージーランド環境保全省", "高知県"), ())],
    ),
    (
        "a partner with its abbreviation in brackets before と",
        "福井県は、タイ投資委員会（BOI）と経済交流に関する覚書を締結した。\n",
        [("mou", ("タイ投資委員会", "福井県"), ())],
    ),
    (
        "a foreign port is the partner; the state before it only locates it",
        "2024年10月10日\n高知県は、10月8日、アメリカ合衆国ワシントン州のタコマ港（Port of Tacoma）と「港湾振興に関する覚書」を締結しました。\n",
        [("mou", ("タコマ港", "高知県"), (("signed", "2024-10-08"),))],
    ),
    (
        "a long katakana town named as the partner needs no country beside it",
        "令和六年二月一日発行\n答（町長）　本町は、昭和五十四年八月二十一日にバートホーフガシュタイン町と姉妹都市提携の盟約書を交わしました。\n",
        [("sister_city", ("バートホーフガシュタイン町",), (("signed", "1979-08-21"),))],
    ),
    (
        "a yearless date in kanji numerals takes its year from the issue date",
        "令和六年二月一日発行\n湯沢町は、十一月二十日に株式会社ゆきぐに物流と「災害時における物資の供給等に関する協定」を締結しました。\n",
        [("partnership_agreement", ("株式会社ゆきぐに物流", "湯沢町"), (("signed", "2023-11-20"),))],
    ),
    (
        "a signing given up (見送り, 困難と判断) is no record",
        "2021年3月19日\n久留米市は、ヤンゴン地域との友好交流協定の締結を見送ります。\n令和3年2月1日の政変以降、協定の締結は困難と判断しました。\n",
        [],
    ),
    (
        "a joint subject (本町とX市は) that concluded in the background is its own record, not a visit",
        "令和5年11月2日\n与那国町は、本日、花蓮慈済病院と「医療交流に関する覚書」を締結しました。\n"
        "３　背景\n本町と花蓮市は、昭和57年10月8日に姉妹都市を締結し、小中学生の相互訪問を続けてきました。\n",
        [("mou", ("与那国町", "花蓮慈済病院"), (("signed", "2023-11-02"),)),
         ("sister_city", ("与那国町", "花蓮市"), (("signed", "1982-10-08"),))],
    ),
    (
        "an apposition (…の貿易投資庁であるX) names the party",
        "山梨県は、フランスの貿易投資庁であるビジネス・フランスで、令和元年10月に「欧州市場参入支援に関する覚書」を交わしました。\n",
        [("mou", ("ビジネス・フランス", "山梨県"), (("signed", "2019-10"),))],
    ),
    (
        "a campus is part of a university's name",
        "山梨県は2022年3月、米国のカリフォルニア大学デービス校と、醸造に関する覚書を締結しました。\n",
        [("mou", ("カリフォルニア大学デービス校", "山梨県"), (("signed", "2022-03"),))],
    ),
    (
        "平成30年から、…協定を結んでいて: the relationship began that year",
        "2023年7月1日\n海士町では平成30年から、島根大学とも地域づくりに関する連携協定を結んでいて、学生を受け入れています。\n",
        [("partnership_agreement", ("島根大学", "海士町"), (("signed", "2018"),))],
    ),
    (
        "a stated count of parties (3者) brings in the issuer the list names only as 県",
        "2024年2月10日\n島根県\n県、島根大学及び株式会社山陰合同銀行の3者で「外国人留学生の県内就職の促進に関する協定」を2月9日に締結した。\n",
        [("partnership_agreement", ("島根大学", "島根県", "株式会社山陰合同銀行"), (("signed", "2024-02-09"),))],
    ),
    (
        "及び ends an organisation's name",
        "2023年11月14日\n山口県\n11月13日、県、公益財団法人山口県国際交流協会及びNPO法人やまぐち多文化ネットの3者は、「外国人住民の防災に関する協定」を締結しました。\n",
        [("partnership_agreement", ("NPO法人やまぐち多文化ネット", "公益財団法人山口県国際交流協会", "山口県"), (("signed", "2023-11-13"),))],
    ),
    (
        "a bracketed head-office note (本社・東京都品川区) names no party",
        "2023年9月1日\n須坂市\n8月25日、市は株式会社ローソン（本社・東京都品川区）と「地域活性化包括連携協定」を締結しました。\n",
        [("partnership_agreement", ("株式会社ローソン", "須坂市"), (("signed", "2023-08-25"),))],
    ),
    (
        "同社は…とも協定を締結: the company last named is the subject, not the issuer",
        "2023年9月1日\n須坂市\n市は株式会社ローソンと「地域活性化包括連携協定」を締結しました。\n"
        "同社は平成28年に長野県とも包括連携協定を締結しています。\n",
        [("partnership_agreement", ("株式会社ローソン", "須坂市"), ()),
         ("partnership_agreement", ("株式会社ローソン", "長野県"), (("signed", "2016"),))],
    ),
    (
        "an English page: names paired with Japanese ones in brackets, English cues and a bare year after 'in'",
        "Sister Cities of Takamatsu City (高松市)\nTours, France (トゥール市)\n"
        "Takamatsu and Tours became sister cities in 1988. A delegation attended the 35th anniversary in October 2023.\n"
        "Kagawa Prefecture (香川県), where Takamatsu is the capital, has had a friendship agreement with Shaanxi Province (陝西省), China, since 1994.\n",
        [("sister_city", ("トゥール市", "高松市"), (("signed", "1988"),)),
         ("friendship_city", ("陝西省", "香川県"), (("signed", "1994"),))],
    ),
    (
        "a stated absence (提携はありません) is no record",
        "※宇都宮市とハイフォン市との間には、姉妹都市等の提携はありません。\n",
        [],
    ),
    (
        "coordinated dates share one verb; automatic renewals that happened are steps; a link's date is no step",
        "2025年2月21日\n地方独立行政法人東京都立産業技術研究センターは、2016年3月に台湾の工業技術研究院と研究協力に関する覚書を締結しました。"
        "この覚書は2019年3月及び2022年3月にそれぞれ自動更新されました。\n"
        "2025年3月の期間満了を前に、両機関は覚書を更新しました。\n署名式\n署名式は台湾で行いました。\n"
        "関連リンク\nIndustrial Technology Research Institute(外部サイト)\nITRIとの覚書の自動更新について(2022年3月18日)\n",
        [("mou", ("地方独立行政法人東京都立産業技術研究センター", "工業技術研究院"), (("signed", "2016-03"), ("renewed", "2019-03"), ("renewed", "2022-03")))],
    ),
    (
        "a place where the signing took place (新竹県にあるX本院で) is no party",
        "署名式は、台湾・新竹県にあるITRI本院で行い、都産技研の理事長とITRIの院長が覚書に署名しました。\n",
        [],
    ),
    (
        "a relationship word as a label lists the partners; a question states nothing; the contact block's address names the issuer",
        "Q1.奈良市の姉妹都市はどこですか?\nA.奈良市は、次の都市と姉妹都市の関係を結んでいます。\n"
        "姉妹都市:慶州市(大韓民国)、トレド市(スペイン)\n友好都市:西安市(中華人民共和国)\n"
        "Q3.奈良県も海外と提携していると聞きました。市とは別ですか?\n"
        "A.はい、別です。奈良県は、中華人民共和国の陝西省と友好提携を結んでいます。県の事業は奈良県 国際課へ。\n"
        "このページに関するお問い合わせ\n国際交流課\n〒630-8580 奈良市二条大路南一丁目1番1号\n",
        [("sister_city", ("奈良市", "慶州市"), ()), ("sister_city", ("トレド市", "奈良市"), ()),
         ("friendship_city", ("奈良市", "西安市"), ()), ("friendship_city", ("奈良県", "陝西省"), ())],
    ),
    (
        "an organisation's own report (当所) is its voice, whatever city it names",
        "岡山商工会議所 令和5年度 事業報告\n令和5年11月9日、当所とベトナム商工会議所ホーチミン支部が「経済交流の促進に関する覚書」を締結した。\n"
        "岡山市、岡山県観光連盟と連携し、まつりに協賛した。\n",
        [("mou", ("ベトナム商工会議所ホーチミン支部", "岡山商工会議所"), (("signed", "2023-11-09"),))],
    ),
    (
        "a key/value sheet: the partner line stops at the next key; Bangkok is 都",
        "東京二十三区清掃一部事務組合\n相手方　　：タイ王国 バンコク都（Bangkok Metropolitan Administration）\n"
        "　　　　　　担当部局：バンコク都環境局\n覚書の名称：廃棄物の適正処理に関する覚書\n締結日　　：令和6年1月25日\n署名者　　：当組合 管理者／バンコク都知事\n",
        [("mou", ("バンコク都", "東京二十三区清掃一部事務組合"), (("signed", "2024-01-25"),))],
    ),
    (
        "a plain-text table (cells split by | without spaces): the kind cell is no act, the date cell is the signing",
        "令和7年2月12日\n北海道\n（参考）北海道の友好・姉妹提携先\n地域名｜国｜提携の種類｜提携年月日\n"
        "アルバータ州｜カナダ｜姉妹提携｜昭和55年10月6日\nサハリン州｜ロシア｜友好・経済協力提携｜平成10年11月12日\n",
        [("sister_city", ("アルバータ州", "北海道"), (("signed", "1980-10-06"),)),
         ("friendship_city", ("サハリン州", "北海道"), (("signed", "1998-11-12"),))],
    ),
    (
        "a chronology table: the signing-place column names no party",
        "姫路市は、2015年7月14日、ドイツのヘッセン州と覚書を締結しました。\nこれまでの経過\n年月日｜区分｜内容｜署名場所\n"
        "2018年7月10日｜更新｜覚書を更新｜姫路市役所\n2021年7月13日｜更新｜オンライン署名式により覚書を更新｜オンライン\n",
        [("mou", ("ヘッセン州", "姫路市"), (("signed", "2015-07-14"), ("renewed", "2018-07-10"), ("renewed", "2021-07-13")))],
    ),
    (
        "partners each with a bracketed note of their tie; the sentence's subject is the other party",
        "公益財団法人大分市国際交流協会 事業報告\n本会は…\n大分市は、ポルトガルのアベイロ市（昭和53年姉妹都市提携）、中国の武漢市（昭和54年友好都市提携）と交流を続けています。\n",
        [("sister_city", ("アベイロ市", "大分市"), (("signed", "1978"),)),
         ("friendship_city", ("大分市", "武漢市"), (("signed", "1979"),))],
    ),
    (
        "another foreign city's own ties are no record; X市という友好都市 states a tie in force",
        "2024年8月5日\n長岡市とフォートワース市は1987年に姉妹都市となりました。\n"
        "フォートワース市は、ほかにもイタリアのレッジョ・エミリア市やインドネシアのバンドン市など、9都市と姉妹都市の関係を結んでいます。\n"
        "長岡市には、ドイツのトリーア市という友好都市もあります。\n",
        [("sister_city", ("フォートワース市", "長岡市"), (("signed", "1987"),)),
         ("friendship_city", ("トリーア市", "長岡市"), ())],
    ),
    (
        "a tender notice: 契約締結日から… is a term, not an entry's signing label",
        "館林市告示第142号\n館林市新学校給食センター整備運営事業に係る入札公告\n令和6年7月1日\n"
        "（１）事業名称　館林市新学校給食センター整備運営事業\n（２）事業期間　契約締結日から令和22年3月31日まで\n",
        [],
    ),
    (
        "an English gloss in brackets after the party is no party of its own",
        "長崎大学は、2024年3月25日、ケニア中央医学研究所（Kenya Medical Research Institute）と学術交流協定を更新しました。\n",
        [("partnership_agreement", ("ケニア中央医学研究所", "長崎大学"), (("renewed", "2024-03-25"),))],
    ),
    (
        "a country joined by ・ to ordinary words is part of the name; before a place it only locates",
        "相模原市は11月13日、「イスラエル・イノベーション庁」と協力覚書に署名しました。\n"
        "熊本市は11月14日、ドイツ・ミュンヘン工科大学と学術交流協定を締結しました。\n",
        [("mou", ("イスラエル・イノベーション庁", "相模原市"), ()),
         ("partnership_agreement", ("ミュンヘン工科大学", "熊本市"), ())],
    ),
    (
        "a union opening the page is its issuer; its members in brackets are no parties; "
        "the partner's tie with another Japanese body is its own record",
        "南信州広域連合　記者発表資料\n令和5年11月22日\n"
        "南信州広域連合（長野県飯田市及び下伊那郡の14町村で構成）は、本日、台湾の嘉義県と「観光交流に関する覚書」を締結しました。\n"
        "なお、平成30年に嘉義県と交流覚書を結んでいる長野県とは、引き続き情報共有を図ります。\n",
        [("mou", ("南信州広域連合", "嘉義県"), (("signed", "2023-11-22"),)),
         ("mou", ("嘉義県", "長野県"), (("signed", "2018"),))],
    ),
    (
        "a headline that names an organisation as the partner does not make it the issuer",
        "女子栄養大学と包括連携協定を締結しました\n掲載日:2024年3月27日更新\n"
        "3月26日、坂戸市と女子栄養大学は、「包括連携に関する協定」を締結しました。\n"
        "本市は、平成25年に城西大学とも連携協定を結んでいます。\n",
        [("partnership_agreement", ("坂戸市", "女子栄養大学"), (("signed", "2024-03-26"),)),
         ("partnership_agreement", ("坂戸市", "城西大学"), (("signed", "2013"),))],
    ),
    (
        "a short name the page defines (以下「X」) is the same party; the city of the partner's own premises is no party",
        "2024年7月22日\n山梨県は、ドイツのフラウンホーファー太陽エネルギーシステム研究所（Fraunhofer Institute for Solar Energy Systems ISE、以下「Fraunhofer ISE」）と連携協定を締結しました。\n"
        "署名式は7月19日、ドイツ・バーデン＝ヴュルテンベルク州フライブルク市の同研究所で行われ、知事と所長が協定書に署名しました。\n"
        "Fraunhofer ISEは欧州最大の研究機関です。\n",
        [("partnership_agreement", ("フラウンホーファー太陽エネルギーシステム研究所", "山梨県"), (("signed", "2024-07-19"),))],
    ),
    (
        "a kanji city placed once by its region (全羅南道の光陽市) is the same city where named bare",
        "2024年9月13日\n室蘭市と大韓民国全羅南道の光陽市は、令和6年9月12日、光陽市庁舎において覚書に署名しました。\n"
        "本市と光陽市は、平成31年2月26日に「港湾及び産業交流に関する覚書」を締結しています。\n",
        [("mou", ("光陽市", "室蘭市"), (("signed", "2019-02-26"), ("renewed", "2024-09-12")))],
    ),
    (
        "本学 on a page naming one Japanese university makes it the issuer",
        "広報ふくちやま 2024年12月号\n福知山公立大学国際交流センターです。今回は本学が結んだ協定を紹介します。\n"
        "11月5日にセルビア共和国のベオグラード大学と「地域防災に関する共同研究協定」を締結しました。\n福知山市の皆さんもぜひ。\n",
        [("partnership_agreement", ("ベオグラード大学", "福知山公立大学"), (("signed", "2024-11-05"),))],
    ),
    (
        "counted lists (…の2市と姉妹都市、…の1市と友好都市の関係にあります) give one record per partner",
        "函館市は現在、カナダのハリファックス市、ロシアのウラジオストク市の2市と姉妹都市、中国の天津市の1市と友好都市の関係にあります。\n",
        [("sister_city", ("ハリファックス市", "函館市"), ()), ("sister_city", ("ウラジオストク市", "函館市"), ()),
         ("friendship_city", ("函館市", "天津市"), ())],
    ),
    (
        "a katakana town heading an entry whose lines give its tie",
        "富士河口湖町の姉妹都市\n■ツェル・アム・ゼー町\n　提携の種類　姉妹都市\n　提携年月日　平成元年10月1日\n"
        "《都市の概要》オーストリア・ザルツブルク州にある町。\n",
        [("sister_city", ("ツェル・アム・ゼー町", "富士河口湖町"), (("signed", "1989-10-01"),))],
    ),
    (
        "a bracketed signatory label (【締結者】) with sides on the lines below",
        "国際協定等の概要\n東京都 政策企画局\n【名称】\n東京港と台湾の国際港湾との協力及び交流に関する覚書\n【締結者】\n"
        "（日本側）東京都港湾局\n（相手側）台湾港務股份有限公司（Taiwan International Ports Corporation, Ltd.／略称TIPC）\n"
        "【締結日】\n2019年11月12日（台北市にて署名）\n",
        [("mou", ("台湾港務股份有限公司", "東京都港湾局"), (("signed", "2019-11-12"),))],
    ),
    (
        "partners listed for one relationship word are separate bilateral ties; の関係にある states it",
        "米子市は、中国・保定市及び韓国・束草市と友好都市の関係にある。\n",
        [("friendship_city", ("保定市", "米子市"), ()), ("friendship_city", ("束草市", "米子市"), ())],
    ),
    (
        "相互訪問 carried on is no reported visit; a cleft (…を交わしたのは2011年) dates the act",
        "北見市は、ノルウェーのトロムソ市と姉妹都市提携を締結しており、毎年相互訪問を行っています。\n"
        "日田市が韓国・慶尚北道の聞慶市と友好都市協定書を交わしたのは2011年のことだ。\n",
        [("sister_city", ("トロムソ市", "北見市"), ()), ("friendship_city", ("日田市", "聞慶市"), (("signed", "2011"),))],
    ),
    (
        "同社 defined by 以下「同社」 is the company; its tie with another town is that town's record",
        "令和5年11月29日\n葛巻町\n葛巻町と東北グリーンパワー株式会社（本社：宮城県仙台市青葉区、以下「同社」）は、11月28日、基本合意書を締結しました。\n"
        "（参考）同社は、令和3年に秋田県大館市とも木質バイオマス発電事業に関する基本合意書を締結しています。\n",
        [("basic_agreement", ("東北グリーンパワー株式会社", "葛巻町"), (("signed", "2023-11-28"),)),
         ("basic_agreement", ("大館市", "東北グリーンパワー株式会社"), (("signed", "2021"),))],
    ),
    (
        "two of a three-party agreement's parties with their own earlier tie; X and X株式会社 are one party",
        "2024年10月3日\n三豊市、国立大学法人香川大学、KDDI株式会社の三者は、10月2日、「データ利活用に関する連携協定」を締結しました。\n"
        "三豊市と香川大学は、平成28年3月に包括連携協定を締結しており、今回はKDDIを加えて連携を具体化します。\n",
        [("partnership_agreement", ("KDDI株式会社", "三豊市", "国立大学法人香川大学"), (("signed", "2024-10-02"),)),
         ("partnership_agreement", ("三豊市", "香川大学"), (("signed", "2016-03"),))],
    ),
    (
        "the site named on the title line (…| 横浜商工会議所) is the issuer, not a signatory; a branch of an abbreviated body is that body",
        "ニュースアーカイブ 2024年 | 横浜商工会議所\n2024.10.15\nベトナム商工会議所ホーチミン支部と協力覚書を締結しました\n"
        "10月11日(金)、当所とベトナム商工会議所ホーチミン支部が「日越ビジネス交流の促進に関する協力覚書」を締結しました。\n",
        [("mou", ("ベトナム商工会議所ホーチミン支部", "横浜商工会議所"), (("signed", "2024-10-11"),))],
    ),
    (
        "an undated act (取り交わしました) takes the date under its heading (取り交わしの概要 / 日時:)",
        "愛媛県 記者発表\n発表日 令和6年11月22日\n本県は、チリ共和国の国家漁業養殖局との間で、「養殖業の振興に関する協力覚書」を取り交わしました。\n"
        "1 取り交わしの概要\n 日時:令和6年11月21日(木曜日)午後3時から\n",
        [("mou", ("国家漁業養殖局", "愛媛県"), (("signed", "2024-11-21"),))],
    ),
    (
        "a ceremony is the conclusion when no other step is dated",
        "市政だより 2023年9月1日\n須坂市\n◆宮崎県日南市と災害時相互応援協定を締結\n"
        "8月3日、須坂市役所で、須坂市と宮崎県日南市との「災害時における相互応援に関する協定」の締結式が行われました。\n",
        [("partnership_agreement", ("日南市", "須坂市"), (("signed", "2023-08-03"),))],
    ),
    (
        "witnesses coordinated with ・ are all witnesses; two bodies joined by ・ after a legal form are two parties",
        "草津町と中之条町は、令和6年4月22日、「草津町・中之条町広域観光連携協定」を締結しました。"
        "草津町観光協会・中之条町観光協会の会長らが立ち会いました。\n"
        "5月10日、高松市、四国電力株式会社・徳島文理大学の3者は「脱炭素社会の実現に向けた連携協定」を締結しました。\n",
        [("partnership_agreement", ("中之条町", "草津町"), (("signed", "2024-04-22"),)),
         ("partnership_agreement", ("四国電力株式会社", "徳島文理大学", "高松市"), (("signed", "2024-05-10"),))],
    ),
    (
        "council minutes name their municipality only through the council; a generic 協定 amended later keeps the friendship type",
        "令和六年九月敦賀市議会定例会会議録（第三号）\n令和六年九月十一日（水曜日）\n○市長　本市は、リトアニア共和国カウナス市と、令和四年十月十二日に友好都市協定を締結いたしました。"
        "さらに、本年七月二十二日、両市で協議の上、協定の一部を改定いたしました。\n",
        [("friendship_city", ("カウナス市", "敦賀市"), (("signed", "2022-10-12"), ("renewed", "2024-07-22")))],
    ),
    (
        "the party count in the next sentence (市と3大学の4者による協定です) brings in the issuer; a signing still being arranged is no record",
        "令和6年2月14日 盛岡市長定例記者会見\n1月30日に、岩手大学、岩手県立大学、盛岡大学の3大学と「学生の地元定着の促進に関する協定」を締結しました。"
        "市と3大学の4者による協定です。\n台湾の花蓮市を訪問し、友好都市協定を締結する方向で、最終的な調整を進めております。\n",
        [("partnership_agreement", ("岩手大学", "岩手県立大学", "盛岡大学", "盛岡市"), (("signed", "2024-01-30"),))],
    ),
    (
        "昨年10月 counts from the issue date; a dotted posting date under a category label is the doc date",
        "下呂温泉観光協会 NEWS & TOPICS\n\n2024.03.15 協会からのお知らせ\n\n"
        "一般社団法人下呂温泉観光協会は、去る3月8日、「台中市旅行商業同業公会」と「訪日旅行促進に関する覚書」を締結しました。\n"
        "当協会が覚書を結ぶのは、昨年10月に締結したタイ旅行業協会との覚書に続き2件目です。\n",
        [("mou", ("一般社団法人下呂温泉観光協会", "台中市旅行商業同業公会"), (("signed", "2024-03-08"),)),
         ("mou", ("タイ旅行業協会", "下呂温泉観光協会"), (("signed", "2023-10"),))],
    ),
    (
        "a meeting that led to the signing (…との面談が覚書締結のきっかけ) dates nothing; a short name defined bare (以下IIA) is the party",
        "2024年11月14日\n相模原市は11月13日、「イスラエル・イノベーション庁（Israel Innovation Authority、以下IIA）」と協力覚書に署名しました。\n"
        "今年2月には展示会に市内企業が出展し、IIA関係者との面談が覚書締結のきっかけとなりました。\n",
        [("mou", ("イスラエル・イノベーション庁", "相模原市"), (("signed", "2024-11-13"),))],
    ),
    (
        "a tie in force since a year (…提携をして以来) is a record though a later clause plans a visit",
        "2024年5月16日\n千葉市\n天津市とは昭和61年に友好都市提携をして以来、長い交流があり、今年も秋に職員の派遣を予定しています。\n",
        [("friendship_city", ("千葉市", "天津市"), (("signed", "1986"),))],
    ),
    (
        "one tie per clause (…A市と姉妹都市提携を結び、…B市と友好都市提携を結びました) gives one record each",
        "2024年7月1日\n富山市は、1984年に米国ダーラム市と姉妹都市提携を結び、1981年には中国の秦皇島市と友好都市提携を結びました。\n",
        [("sister_city", ("ダーラム市", "富山市"), (("signed", "1984"),)), ("friendship_city", ("富山市", "秦皇島市"), (("signed", "1981"),))],
    ),
    (
        "本市の姉妹都市は、A市とB市です: a tie in force with each",
        "2024年7月1日\n富山市\n本市の姉妹都市は、ダーラム市（米国）と秦皇島市（中国）です。\n",
        [("sister_city", ("ダーラム市", "富山市"), ()), ("sister_city", ("富山市", "秦皇島市"), ())],
    ),
    (
        "a relationship word right before the partner names its tie; a tie that began in a year (…に始まり) is dated",
        "令和6年4月1日\n函館市\n姉妹都市ハリファックス市(カナダ)との交流では、市民訪問団を派遣した。\n"
        "中国・天津市との友好提携は1985年10月に始まり、今年で39年目を迎える。\n",
        [("sister_city", ("ハリファックス市", "函館市"), ()), ("friendship_city", ("函館市", "天津市"), (("signed", "1985-10"),))],
    ),
    (
        "each partner of a list takes the relationship word written just before it",
        "令和6年4月1日\n松江市\n姉妹都市の米国ニューオーリンズ市、友好都市の中国杭州市の2都市から代表団が来松した。\n",
        [("sister_city", ("ニューオーリンズ市", "松江市"), ()), ("friendship_city", ("杭州市", "松江市"), ())],
    ),
    (
        "a renewal keeps the first signing",
        "奈良市は2016年8月にタイ王国チェンライ市と覚書を締結し、2019年8月に覚書を更新した。\n",
        [("mou", ("チェンライ市", "奈良市"), (("signed", "2016-08"), ("renewed", "2019-08")))],
    ),
    (
        "a partner list gives one record per entry",
        "室蘭市の姉妹都市\n\n●アメリカ合衆国 ノーフォーク市\n 姉妹都市提携:昭和40年5月3日\n 港町同士の交流。\n\n"
        "●中華人民共和国 日照市\n 友好都市提携:平成13年10月\n 港湾の交流。\n",
        [
            ("sister_city", ("ノーフォーク市", "室蘭市"), (("signed", "1965-05-03"),)),
            ("friendship_city", ("室蘭市", "日照市"), (("signed", "2001-10"),)),
        ],
    ),
    (
        "a table of partners",
        "上越市の海外交流都市\n国名 | 都市名 | 提携日 | 種類\nカナダ | ケロウナ市 | H2.10.1 | 姉妹都市\nブラジル | ベレン市 | R1.5.20 | 友好都市\n",
        [
            ("sister_city", ("ケロウナ市", "上越市"), (("signed", "1990-10-01"),)),
            ("friendship_city", ("ベレン市", "上越市"), (("signed", "2019-05-20"),)),
        ],
    ),
    (
        "three parties sign one agreement",
        "静岡県、浜松市及び国立大学法人静岡大学は、令和3年2月1日、「地域産業の振興に関する連携協定」を締結した。\n",
        [("partnership_agreement", ("国立大学法人静岡大学", "浜松市", "静岡県"), (("signed", "2021-02-01"),))],
    ),
    (
        "「XはA、Bとも…」 is one bilateral agreement with each",
        "弘前市は、令和4年5月10日、国立大学法人弘前大学と連携協定を締結した。\n"
        "弘前大学は、これまでに青森県、八戸市などとも連携協定を結んでいる。\n",
        [
            ("partnership_agreement", ("国立大学法人弘前大学", "弘前市"), (("signed", "2022-05-10"),)),
            ("partnership_agreement", ("弘前大学", "青森県"), ()),
            ("partnership_agreement", ("八戸市", "弘前大学"), ()),
        ],
    ),
    (
        "a relationship stated to be in force, undated",
        "帯広市では、姉妹都市であるアメリカ合衆国ウィスコンシン州マディソン市に中学生を派遣しています。\n",
        [("sister_city", ("マディソン市", "帯広市"), ())],
    ),
    (
        "an issuer that names only its partner still reports an agreement",
        "本市は、令和6年3月1日、ドイツのフライブルク市と環境分野の覚書を締結しました。\n",
        [("mou", ("フライブルク市",), (("signed", "2024-03-01"),))],
    ),
    (
        "a news article dates by the bare day of its dateline month; witnesses are not parties",
        "北海日報 2024年10月9日(水)\n\n 白老町は8日、カナダのポートムーディ市と姉妹都市提携を結んだ。"
        "町観光協会が立会人として出席した。\n",
        [("sister_city", ("ポートムーディ市", "白老町"), (("signed", "2024-10-08"),))],
    ),
    (
        "an exchange programme's dates are not the agreement's term",
        "本市は2019年5月1日、アメリカのスポケーン市と友好都市協定を締結した。\n派遣期間:2025年7月26日から8月5日まで\n",
        [("friendship_city", ("スポケーン市",), (("signed", "2019-05-01"),))],
    ),
    (
        "a partner's section: its heading names the partner, the paragraph the step",
        "甲府市の海外交流都市\n\nデモイン市(アメリカ合衆国)\nアイオワ州の州都です。\n旧中道町が昭和33年8月1日に姉妹都市提携を結び、合併後は甲府市が引き継いでいます。\n",
        [("sister_city", ("デモイン市", "甲府市"), (("signed", "1958-08-01"),))],
    ),
    (
        "a table row whose partner no gazetteer knows",
        "秋田県と海外の地方政府との覚書\n相手方 | 国 | 締結年月日\nマデイラ自治地方 | ポルトガル共和国 | 2022年5月10日\n",
        [("mou", ("マデイラ自治地方", "秋田県"), (("signed", "2022-05-10"),))],
    ),
    (
        "the issuer named with its department; 県は… refers to it",
        "県政ニュース 令和7年2月号\n令和7年2月3日発行 福井県 知事公室 広報課\n\n1月30日、県と福井工業大学は「地域産業の振興に関する連携協定」を締結しました。\n",
        [("partnership_agreement", ("福井工業大学", "福井県"), (("signed", "2025-01-30"),))],
    ),
    (
        "a relationship that began in a year (…年から続く…提携)",
        "なお、1980年から続くオーストラリア・ビクトリア州との姉妹提携については別のページをご覧ください。\n本県の国際交流課が担当します。兵庫県\n",
        [("sister_city", ("ビクトリア州", "兵庫県"), (("signed", "1980"),))],
    ),
    (
        "a passing remark about an agreement with no date, name or list is no record",
        "筑西市では、災害ボランティアセンターの運営に関する協定に基づき訓練を行いました。\n",
        [],
    ),
    (
        "a partner merged into a successor: one relationship, re-signed",
        "熱海市は昭和50年10月、イギリスのラムズゲート市と姉妹都市提携を結びました。\n"
        "その後、ラムズゲート市は周辺の町と統合され、平成10年にサネット市が発足しました。\n"
        "平成11年5月12日、熱海市とサネット市が改めて姉妹都市提携の確認書に署名しました。\n",
        [("sister_city", ("サネット市", "熱海市"), (("signed", "1975-10"), ("renewed", "1999-05-12")))],
    ),
    (
        "list items whose place no gazetteer knows, located by the bracket after it",
        "白馬村の交流自治体\n\n3.災害時相互応援協定\n ・梼原町(高知県)   締結日:令和元年10月1日\n ・ボーヒニ町(スロベニア共和国) 締結日:平成14年8月3日\n",
        [
            ("partnership_agreement", ("梼原町", "白馬村"), (("signed", "2019-10-01"),)),
            ("partnership_agreement", ("ボーヒニ町", "白馬村"), (("signed", "2002-08-03"),)),
        ],
    ),
    (
        "a table of agreements issued by the local government the page opens with",
        "災害時の応援協定\n朝霞市では、他の自治体と災害時の応援協定を締結しています。\n"
        "No. | 協定名 | 協定先 | 締結日\n1 | 災害時における相互応援に関する協定 | 北杜市(山梨県) | 平成18年10月2日\n",
        [("partnership_agreement", ("北杜市", "朝霞市"), (("signed", "2006-10-02"),))],
    ),
    (
        "bullets of separate agreements, one partner unknown to the gazetteers",
        "守谷市国際交流計画\n・本市は、平成2年10月1日にカナダのキングストン市と姉妹都市提携を結んだ。\n"
        "・令和3年11月15日には、大韓民国の清州(チョンジュ)市と「青少年交流に関する覚書」を締結した。\n"
        "・令和4年7月には、国立大学法人筑波大学と包括連携協定を締結し、学生が市の行事に参加している。\n",
        [
            ("sister_city", ("キングストン市", "守谷市"), (("signed", "1990-10-01"),)),
            ("mou", ("守谷市", "清州市"), (("signed", "2021-11-15"),)),
            ("partnership_agreement", ("国立大学法人筑波大学", "守谷市"), (("signed", "2022-07"),)),
        ],
    ),
    ("no agreement: a festival", "市民まつりを10月8日に開催します。多くの皆様のご来場をお待ちしています。\n", []),
    (
        "a body named after the kind it is and glossed in its own script (航空会社、タイガーエア台湾(台灣虎航)とは) is the partner",
        "掲載日:2024年9月2日\n佐賀県 空港課\n\n台北線を運航する台湾の格安航空会社、タイガーエア台湾(台灣虎航)とは、"
        "令和5年10月16日に「国際航空路線の誘致に関する覚書」を締結しています。\n",
        [("mou", ("タイガーエア台湾", "佐賀県"), (("signed", "2023-10-16"),))],
    ),
    (
        "a ward followed by the district a factory is built in (若松区響灘地区に建設) is where, not a party",
        "記者発表資料\n令和6年2月8日\n北九州市産業経済局 企業立地支援課\n\n福岡県、北九州市及び株式会社ファインセラ九州は、本日、"
        "同社が若松区響灘地区に建設する新工場に関し、「北九州市若松区響灘地区における新工場の立地に関する協定」を締結しました。\n",
        [("partnership_agreement", ("北九州市", "株式会社ファインセラ九州", "福岡県"), (("signed", "2024-02-08"),))],
    ),
    (
        "a 締結日 line between the lead (次の事業者と…協定を締結しました) and its list dates every listed partner",
        "大館市 お知らせ\n令和6年7月10日\n\n市内の事業者と災害時応援協定を締結しました\n\n"
        "市は、次の事業者と災害時における物資の供給に関する協定を締結しました。\n締結日 令和6年7月1日\n"
        " ・株式会社大館フーズ\n ・有限会社北秋田運輸\n",
        [
            ("partnership_agreement", ("大館市", "株式会社大館フーズ"), (("signed", "2024-07-01"),)),
            ("partnership_agreement", ("大館市", "有限会社北秋田運輸"), (("signed", "2024-07-01"),)),
        ],
    ),
    (
        "each partner with the date written just before it (1979年にA市と、1990年にB市と姉妹都市提携を結びました): a tie each",
        "大館市の国際交流\n\n 大館市は、1979年にアメリカのベリンハム市と、1990年にカナダのナナイモ市と姉妹都市提携を結びました。\n",
        [
            ("sister_city", ("ベリンハム市", "大館市"), (("signed", "1979"),)),
            ("sister_city", ("ナナイモ市", "大館市"), (("signed", "1990"),)),
        ],
    ),
    (
        "a digest's dated item with its verb left out (5月12日 AとBが包括連携協定(経済部)) is a conclusion on that day",
        "2024年6月3日\n函館市 広報広聴課\n\n協定・連携\n5月12日 函館市と道南みらい信用金庫が包括連携協定(経済部)-地域経済の活性化で協力\n"
        "5月29日 函館国際ホテル協会とインバウンド誘客の協定について協議を開始(観光部)\n",
        [("partnership_agreement", ("函館市", "道南みらい信用金庫"), (("signed", "2024-05-12"),))],
    ),
    (
        "an undated line naming two bodies and an instrument is no conclusion",
        "2024年6月3日\n函館市 広報広聴課\n\n函館市と道南みらい信用金庫が包括連携協定(経済部)\n",
        [],
    ),
    (
        "a schedule's timed signing entry is dated by the day line it stands under",
        "知事の日程(実績)\n令和6年1月29日掲載\n青森県 総務部 広報広聴課\n\n1月22日(月)\n 10:00 庁議(県庁)\n\n"
        "1月23日(火)\n 11:00 むつ湾風力株式会社との「再生可能エネルギーの地域導入に関する連携協定」締結式(県庁)\n"
        " 14:00 定例記者会見\n",
        [("partnership_agreement", ("むつ湾風力株式会社", "青森県"), (("signed", "2024-01-23"),))],
    ),
    (
        "同社が…協定を結ぶのは、A県(令和3年)、B県(令和4年)に続き3県目: the company's earlier agreements, one record each",
        "発表日:2023年10月17日\n高知県\n\n高知県と株式会社みなとマート(本社:香川県高松市)は、令和5年10月16日、「地域活性化包括連携協定」を締結しました。\n"
        "なお、同社が県と包括連携協定を結ぶのは、香川県(令和3年)、愛媛県(令和4年)に続き3県目となります。\n",
        [
            ("partnership_agreement", ("株式会社みなとマート", "高知県"), (("signed", "2023-10-16"),)),
            ("partnership_agreement", ("株式会社みなとマート", "香川県"), (("signed", "2021"),)),
            ("partnership_agreement", ("愛媛県", "株式会社みなとマート"), (("signed", "2022"),)),
        ],
    ),
    (
        "a list ahead of 'に続き' with no subject that says whose agreements they were adds none",
        "発表日:2023年10月17日\n高知県\n\n高知県と株式会社みなとマートは、令和5年10月16日、「地域活性化包括連携協定」を締結しました。\n"
        "香川県(令和3年)、愛媛県(令和4年)に続き、四国で3例目の取組となります。\n",
        [("partnership_agreement", ("株式会社みなとマート", "高知県"), (("signed", "2023-10-16"),))],
    ),
    (
        "a disaster agreement told under a kinship tie (兄弟町村盟約), with no party named, is a record of its own",
        "公開日:2024年10月15日\n湯沢町\n\n湯沢町と奈良県野迫川村は、昭和49年9月20日に兄弟町村盟約を締結しました。\n"
        "平成23年の大水害をきっかけに、両町村は平成24年3月27日に「災害時における相互応援に関する協定」を結んでいます。\n",
        [
            ("other", ("湯沢町", "野迫川村"), (("signed", "1974-09-20"),)),
            ("partnership_agreement", ("湯沢町", "野迫川村"), (("signed", "2012-03-27"),)),
        ],
    ),
    (
        "a chronicle heading (これまでの主なあゆみ) ends the instrument heading's section: its rows are not typed by it",
        "公開日:2024年10月15日\n湯沢町\n\n災害時の相互応援協定\n両町村は平成24年3月27日に、湯沢町と野迫川村との「災害時における相互応援に関する協定」を結んでいます。\n"
        "これまでの主なあゆみ\n年 | できごと\n明治23年(1890年) | 野迫川村から移住団が渡る\n"
        "平成24年(2012年) | 災害時における相互応援に関する協定を締結\n",
        [("partnership_agreement", ("湯沢町", "野迫川村"), (("signed", "2012-03-27"),))],
    ),
    (
        "…と次の3社が締結 with the companies listed below, each with a line of its own under it: each company is a party",
        "令和6年5月20日\n射水市\n\n射水市は、本日、民間事業者3社と「地域エネルギー会社の設立に向けた基本合意書」を締結しました。\n"
        "■ 合意の当事者\n 基本合意書は、射水市と次の3社が締結しました。\n"
        " なお、合意書には各社がそれぞれ当事者として署名しています。\n"
        " ・北陸グリーン電力株式会社(本社:富山市)\n   太陽光発電所の運営\n"
        " ・株式会社みなとガス(本社:射水市)\n   ガスの供給\n"
        " ・いみず信用金庫(本店:射水市)\n   地域金融\n",
        [("basic_agreement", ("いみず信用金庫", "北陸グリーン電力株式会社", "射水市", "株式会社みなとガス"), (("signed", "2024-05-20"),))],
    ),
    (
        "12市町村が…締結 with the table of them below: every body the table names is a party of the one agreement",
        "掲載日:2023年5月12日\n令和5年5月10日、本町の交流会館「いろり」において、沿線の4市町村が「沿線観光連携協定」を締結しました。\n"
        "沿線の魅力を広く発信するため、市町村の枠を越えて取り組みます。\n協定を締結した市町村\n"
        "No. | 市町村 | 県\n1 | 新庄市 | 山形県\n2 | 舟形町 | 山形県\n3 | 大蔵村 | 山形県\n4 | 最上町 | 山形県\n"
        "お問い合わせ 最上町 企画課\n",
        [("partnership_agreement", ("大蔵村", "新庄市", "最上町", "舟形町"), (("signed", "2023-05-10"),))],
    ),
    (
        "a list that does not hold as many bodies as the count adds none",
        "令和5年5月10日\n最上町\n\n最上町と新庄市など5市町村が、5月10日に「沿線観光連携協定」を締結しました。\n"
        "参加市町村\n・新庄市\n・舟形町\n・真室川町\n",
        [("partnership_agreement", ("新庄市", "最上町"), (("signed", "2023-05-10"),))],
    ),
    (
        "a section headed as not concluded (協定等には至っていない取組) holds no agreement, up to the next heading of its level",
        "委員会資料\n令和6年6月18日\n大洲市 企画調整課\n\n3 現在結んでいる協定\n"
        "(1)内子町との災害時相互応援協定\n 本市と内子町は、平成25年1月17日に災害時相互応援協定を締結した。\n"
        "4 協定等には至っていない取組\n(1)鶴岡市との友好都市提携\n 鶴岡市からは、友好都市提携について打診を受けている。\n"
        "(2)南予の広域観光\n 9市町で観光プロモーションを共同で実施している。\n"
        "5 新たな協定\n(1)八幡浜市との連携協定\n 本市と八幡浜市は、令和6年5月1日に観光連携協定を締結した。\n",
        [
            ("partnership_agreement", ("内子町", "大洲市"), (("signed", "2013-01-17"),)),
            ("partnership_agreement", ("八幡浜市", "大洲市"), (("signed", "2024-05-01"),)),
        ],
    ),
    (
        "what will happen (…を結び、…することになります) is not an agreement",
        "令和5年11月15日\n高浜市教育委員会 学校給食課\n\n第6 今後の予定\n 令和5年12月  落札者と基本協定を締結(予定)\n"
        " 令和6年1月   落札者が特別目的会社(SPC)を設立(予定)\n\n 基本協定は、落札者と市が本事業の円滑な実施のために"
        "協力することを定めるもので、その締結後に設立されるSPCが市と事業契約を結び、事業を実施することになります。\n",
        [],
    ),
    (
        "a done signing still counts beside what follows from it",
        "令和5年11月15日\n高浜市\n\n高浜市は11月10日、株式会社みなと給食と災害時の食料供給に関する協定を締結しました。"
        "今後は、災害時に同社が炊き出しを行うことになります。\n",
        [("partnership_agreement", ("株式会社みなと給食", "高浜市"), (("signed", "2023-11-10"),))],
    ),
    (
        "a plan is not an agreement",
        "松江市は、アメリカのニューオーリンズ市と来年度の友好都市提携に向けて協議を進めている。\n",
        [],
    ),
    (
        "a visit is not an agreement",
        "ベトナム・フエ市の訪問団が3月5日に金沢市を訪れ、市長を表敬しました。\n",
        [],
    ),
    (
        "an agreement two foreign bodies concluded between themselves is no record",
        "2024年8月1日\n宇都宮市国際交流員のコラム\n6月に、モンゴルの首都ウランバートル市と、中国・内モンゴル自治区のフフホト市が、"
        "観光の分野で協力する協定を結びました。\n",
        [],
    ),
    (
        "partners of two countries listed with one verb each signed with the issuer",
        "令和6年4月1日\n徳島県\n本県は、ベトナムのクアンニン省、台湾の桃園市とそれぞれ覚書を締結しています。\n",
        [("mou", ("クアンニン省", "徳島県"), ()), ("mou", ("徳島県", "桃園市"), ())],
    ),
    (
        "a counted subject (四道省県の代表は) refers to the bodies named just before; their own older tie stays apart",
        "令和5年9月8日\n北海道\n北海道は、札幌市内でサミットを開催しました。大韓民国江原特別自治道、中華人民共和国吉林省、"
        "モンゴル国セレンゲ県の首長が来道しました。\n7日、四道省県の代表は「札幌共同宣言」に署名しました。\n"
        "同日、北海道と江原特別自治道は、平成元年に結んだ姉妹提携の記念植樹を行いました。\n",
        [("joint_declaration", ("セレンゲ県", "北海道", "吉林省", "江原特別自治道"), (("signed", "2023-09-07"),)),
         ("sister_city", ("北海道", "江原特別自治道"), (("signed", "1989"),))],
    ),
    (
        "council minutes: 本市 is the council's city; a prefecture named for people's origin (沖縄県出身者) is no party",
        "令和2年9月那覇市議会定例会 会議録\n\n答(市長) 本市とホノルル市は、ハワイに移民した沖縄県出身者の尽力により、"
        "昭和35年12月に姉妹都市の提携を結びました。\n",
        [("sister_city", ("ホノルル市", "那覇市"), (("signed", "1960-12"),))],
    ),
    (
        "a councillor's proposal of an agreement is no agreement",
        "令和5年11月1日 高島市議会だより\n小浜市との相互応援協定の締結を提案\n問 小浜市との間で災害時の相互応援協定を結んではどうか。\n",
        [],
    ),
    (
        "one tie per clause, the second written as a relationship since a year (…から友好都市の関係にあります)",
        "令和6年7月11日\n大分市\n本市はポルトガルのアヴェイロ市と昭和53年に姉妹都市提携を結んでおりますし、"
        "中国の武漢市とも昭和54年から友好都市の関係にあります。\n",
        [("sister_city", ("アヴェイロ市", "大分市"), (("signed", "1978"),)),
         ("friendship_city", ("大分市", "武漢市"), (("signed", "1979"),))],
    ),
    (
        "a company with a hiragana word in its name; where it has a base is no party",
        "令和6年2月9日\n佐賀県\n県は2月8日、鳥栖市に物流拠点を持つ株式会社九州みらい物流と「地域活性化に関する包括連携協定」を結んだ。\n",
        [("partnership_agreement", ("佐賀県", "株式会社九州みらい物流"), (("signed", "2024-02-08"),))],
    ),
    (
        "a chronology row: the row's year dates a bracketed day; a protocol exchanged (議定書を交わす) is a step",
        "松本市の国際交流のあゆみ(2023年4月作成)\n【沿革】\n"
        "1958年(昭和33年) アメリカ合衆国ユタ州ソルトレークシティと姉妹都市提携(6月26日調印)\n"
        "1995年(平成7年) 中華人民共和国河北省廊坊市と友好交流に関する議定書を交わす\n"
        "1999年(平成11年) 廊坊市と友好都市提携(4月19日)\n",
        [("sister_city", ("ソルトレークシティ", "松本市"), (("signed", "1958-06-26"),)),
         ("friendship_city", ("廊坊市", "松本市"), (("signed", "1995"), ("renewed", "1999-04-19")))],
    ),
    (
        "a tie in force, then another (…結んでいるほか、…とは…友好都市となっています)",
        "舞鶴市は、昭和36年(1961年)にロシアのナホトカ市と姉妹都市提携を結んでいるほか、中国・大連市とは昭和57年(1982年)に友好都市となっています。\n",
        [("sister_city", ("ナホトカ市", "舞鶴市"), (("signed", "1961"),)),
         ("friendship_city", ("大連市", "舞鶴市"), (("signed", "1982"),))],
    ),
    (
        "the province that locates a body (X省の水道事業体であるY公社), its other name in brackets and its head's office are no parties",
        "令和5年11月21日\n横浜市水道局は、11月20日、ベトナムのトゥアティエン・フエ省の水道事業体であるフエ省水道公社"
        "(フエ水道建設株式会社、略称HUEWACO)と覚書を更新しました。\n署名式では横浜市水道事業管理者と同公社社長が署名しました。\n",
        [("mou", ("フエ省水道公社", "横浜市水道局"), (("renewed", "2023-11-20"),))],
    ),
    (
        "…の姉妹都市である X: the relationship word makes both partners",
        "2024年3月1日\n近江八幡市グランドラピッズ姉妹都市協会は、近江八幡市の姉妹都市であるアメリカ合衆国ミシガン州グランドラピッズ市との交流を応援する団体です。\n",
        [("sister_city", ("グランドラピッズ市", "近江八幡市"), ())],
    ),
    (
        "a partner list entry located by a country and state in brackets, dated on the line below",
        "つくば市の国際交流\n■姉妹都市\n・ウーロンゴン市(オーストラリア連邦ニューサウスウェールズ州)\n 2008年11月5日に姉妹都市協定を締結。\n",
        [("sister_city", ("つくば市", "ウーロンゴン市"), (("signed", "2008-11-05"),))],
    ),
    (
        "inline labels in prose: (協定の内容) is a label, the instrument is the 覚書",
        "令和5年11月9日\n天草市は、ベトナムのハロン市と、観光交流に関する覚書を締結しました。\n"
        "(締結日)令和5年11月8日 (締結先)ハロン市 (協定の内容)観光情報の相互発信\n",
        [("mou", ("ハロン市", "天草市"), (("signed", "2023-11-08"),))],
    ),
    (
        "a conclusion whose subject is the partner named in the sentence before (FAQ answer)",
        "周南市 国際交流課\nQ. 市の姉妹都市はどこですか。\nA. アメリカ合衆国ワシントン州のベリングハム市です。平成4年7月に姉妹都市提携を結びました。\n",
        [("sister_city", ("ベリングハム市", "周南市"), (("signed", "1992-07"),))],
    ),
    (
        "a visit in the sentence before does not lend its visitor to the conclusion",
        "周南市 国際交流課\nベリングハム市の訪問団が来訪しました。平成4年7月に姉妹都市提携を結びました。\n",
        [],
    ),
    (
        "a katakana agency holding its country's name (エンタープライズ・エストニア) is the party, not the country",
        "令和6年5月22日\n仙台市は、5月21日、エストニア共和国の企業支援機関であるエンタープライズ・エストニア(Enterprise Estonia)と、"
        "スタートアップ分野における協力に関する覚書を締結しました。\n",
        [("mou", ("エンタープライズ・エストニア", "仙台市"), (("signed", "2024-05-21"),))],
    ),
    (
        "同社は…長野県とも協定を締結しており、…須坂市が11番目: the company's own earlier tie, the issuer not in it",
        "2023年9月1日\n須坂市\n8月25日、市は株式会社ローソンと「地域活性化包括連携協定」を締結しました。\n"
        "同社は平成28年に長野県とも包括連携協定を締結しており、県内では須坂市が11番目の協定締結自治体となります。\n",
        [("partnership_agreement", ("株式会社ローソン", "須坂市"), (("signed", "2023-08-25"),)),
         ("partnership_agreement", ("株式会社ローソン", "長野県"), (("signed", "2016"),))],
    ),
    (
        "a mayor's calendar: labels name ties in force (no dates), Japanese bodies listed with ・ all sign",
        "高松市\n市長の動き(令和6年5月)\n日付 | 時間 | 内容 | 場所\n"
        "5月9日(木) | 14時00分 | 姉妹都市トゥール市(フランス)副市長一行 表敬訪問 | 本庁舎\n"
        "5月10日(金) | 10時00分 | 高松市・四国電力株式会社・徳島文理大学「脱炭素社会の実現に向けた連携協定」締結式 | 本庁舎\n"
        "5月21日(火) | 15時00分 | 友好都市 南昌市人民政府 外事弁公室主任 表敬訪問 | 本庁舎\n"
        "5月30日(木) | 18時00分 | 姉妹都市セントピーターズバーグ市(米国フロリダ州)との交流に携わる市民団体との懇談会 | 国際交流協会\n"
        "掲載日 令和6年6月3日\n",
        [("sister_city", ("トゥール市", "高松市"), ()),
         ("partnership_agreement", ("四国電力株式会社", "徳島文理大学", "高松市"), (("signed", "2024-05-10"),)),
         ("friendship_city", ("南昌市", "高松市"), ()),
         ("sister_city", ("セントピーターズバーグ市", "高松市"), ())],
    ),
    (
        "提携の話が進みました is talk, not a step",
        "令和6年3月1日\n山ノ内町\n令和4年秋にザコパネ市長が来町したことをきっかけに、提携の話が具体的に進みました。"
        "2月8日、ポーランドのザコパネ市と友好都市提携協定書に調印しました。\n",
        [("friendship_city", ("ザコパネ市", "山ノ内町"), (("signed", "2024-02-08"),))],
    ),
    (
        "AとBは、C県とD道との間の交流を促進するため…締結する: C and D say where, A and B sign",
        "観光交流の促進に関する覚書\n公益社団法人鹿児島県観光連盟(以下「甲」という。)と済州観光公社(以下「乙」という。)は、鹿児島県と大韓民国済州特別自治道との間の"
        "観光交流を一層促進するため、次のとおり覚書を締結する。\n第1条 甲及び乙は観光交流を促進する。\n第2条 甲乙協議の上定める。\n"
        "この覚書の締結を証するため、本書2通を作成し、甲乙署名の上、各自1通を保有する。\n令和5年10月20日\n"
        "甲 公益社団法人鹿児島県観光連盟 会長\n乙 済州観光公社 社長\n",
        [("mou", ("公益社団法人鹿児島県観光連盟", "済州観光公社"), (("signed", "2023-10-20"),))],
    ),
    (
        "a table's header naming 提携先 is no signatory line; a note on how dates are written is no step",
        "福岡県の海外友好提携先一覧\n提携先 | 提携の種類 | 締結日 | 協定に定める交流分野\n"
        "大韓民国 | 全羅南道 | 友好交流協定 | R5.4.1 | 農林水産、食、スポーツ\n"
        "※締結日は和暦の略記です(H=平成、R=令和)。例:H27.10.5は平成27年10月5日。\n",
        [("friendship_city", ("全羅南道", "福岡県"), (("signed", "2023-04-01"),))],
    ),
    (
        "an organiser of an anniversary event (X協会と調整) is no party of the tie",
        "令和5年12月12日 釧路市議会 会議録\n本市は、昭和四十年にカナダのバーナビー市と姉妹都市提携を結びました。\n"
        "バーナビー市との姉妹都市提携六十周年記念事業につきましては、釧路市国際交流協会と調整を進めております。\n",
        [("sister_city", ("バーナビー市", "釧路市"), (("signed", "1965"),))],
    ),
    (
        "witnesses named after 立会人の are no parties",
        "2024年10月10日\n諏訪市は、10月8日、南モラヴィア商工会議所と「ものづくり産業交流に関する覚書」を締結しました。\n"
        "写真 後方は立会人の在チェコ日本国大使館一等書記官と諏訪商工会議所会頭\n",
        [("mou", ("南モラヴィア商工会議所", "諏訪市"), (("signed", "2024-10-08"),))],
    ),
    (
        "each entry's own 提携の種類 line types its tie",
        "広島市の姉妹都市・友好都市\nドイツ連邦共和国 ハノーファー市\n・提携年月日:1983年(昭和58年)5月24日\n・提携の種類:姉妹都市\n"
        "・提携のきっかけ:市長の来広を機に提携の機運が高まりました。\n"
        "カナダ モントリオール市\n・提携年月日:1998年(平成10年)5月11日\n・提携の種類:友好都市\n"
        "・提携20周年(2018年)には記念式典が開かれました。\n",
        [("sister_city", ("ハノーファー市", "広島市"), (("signed", "1983-05-24"),)),
         ("friendship_city", ("モントリオール市", "広島市"), (("signed", "1998-05-11"),))],
    ),
    (
        "an event held to mark a signing (協定締結を記念して…開催します) dates no step; its weekday settles its year",
        "令和6年4月24日\n男鹿市は、本日、国際教養大学と連携協定を締結しました。\n"
        "5月18日(土)には、協定締結を記念して、ワークショップを開催します。\n",
        [("partnership_agreement", ("国際教養大学", "男鹿市"), (("signed", "2024-04-24"),))],
    ),
    (
        "a sentence turning at 〜が、: the tie on the side with the verb is its own record",
        "2024年3月27日\n長崎大学は、3月25日、ケニア中央医学研究所との学術交流協定を更新しました。\n"
        "なお、本学はケニアのほか、ベトナム国立衛生疫学研究所などとも協定を結んでいますが、本件はケニア中央医学研究所との協定に関するものです。\n",
        [("partnership_agreement", ("ケニア中央医学研究所", "長崎大学"), (("renewed", "2024-03-25"),)),
         ("partnership_agreement", ("ベトナム国立衛生疫学研究所", "長崎大学"), ())],
    ),
    (
        "a rhetorical question states a tie (…が友好都市だということ、知っていましたか?)",
        "2024年2月10日\n駒ヶ根市国際交流員ブログ\n駒ヶ根市とネパールのポカラ市が友好都市だということ、知っていましたか?\n",
        [("friendship_city", ("ポカラ市", "駒ヶ根市"), ())],
    ),
    (
        "a university's page: the site name is the issuer; a table of 協定校 lists ties in force",
        "ラプラタ国立大学(アルゼンチン)との学術交流協定を更新しました|名桜大学\n\n2023.12.08\n\n"
        "名桜大学は、2023年12月4日、アルゼンチン共和国のラプラタ国立大学との学術交流協定を更新しました。\n"
        "本学からは学長が出席し、沖縄県出身者の関係者も見守りました。\n\n"
        "名桜大学の主な海外協定校\n\n国・地域 | 協定校\n韓国 | 済州大学校\n台湾 | 国立東華大学\n",
        [("partnership_agreement", ("ラプラタ国立大学", "名桜大学"), (("renewed", "2023-12-04"),)),
         ("partnership_agreement", ("名桜大学", "済州大学校"), ()),
         ("partnership_agreement", ("名桜大学", "国立東華大学"), ())],
    ),
    (
        "the same step in another time zone is no second step; a body met for talks is no party; …地域自治体 is a city",
        "令和6年7月10日\n石巻市は、7月9日(現地時間)、カナダ・ノバスコシア州のハリファックス地域自治体との間で、"
        "水産業の協力に関する意向書に署名しました。\n1 署名日 令和6年7月9日(火)(日本時間7月10日)\n"
        "7月9日 意向書署名式、漁業協同組合との意見交換\n",
        [("letter_of_intent", ("ハリファックス地域自治体", "石巻市"), (("signed", "2024-07-09"),))],
    ),
    (
        "a news list: 本日 is its item's date; ties in force named in other items (友好県省である…, 姉妹提携を結んでいる…)",
        "新着情報一覧(国際課) - 山口県ホームページ\n2024年\n11月27日\nスペイン・ナバラ州との姉妹提携に関する覚書を更新しました\n"
        "本日、県庁において、知事とナバラ州首相が「山口県とナバラ州との姉妹提携に関する覚書」を更新する文書に署名しました。両県州は平成27年に姉妹提携を結んでいます。\n"
        "11月6日\n友好県省である中国・山東省の青少年訪問団が来県しました\n"
        "10月15日\n姉妹提携を結んでいる韓国・慶尚南道と少年サッカー交流大会を開催しました\n",
        [("sister_city", ("ナバラ州", "山口県"), (("signed", "2015"), ("renewed", "2024-11-27"))),
         ("friendship_city", ("山口県", "山東省"), ()),
         ("sister_city", ("山口県", "慶尚南道"), ())],
    ),
    (
        "a description in the headline (…の地熱エンジニアリング企業) is no party; the body named in apposition is",
        "令和6年5月22日\n【湯沢市とアイスランドの地熱エンジニアリング企業が覚書を締結しました】\n"
        "湯沢市は、令和6年5月21日、アイスランド共和国の地熱エンジニアリング企業であるフルシル・オルカ社(本社:レイキャビク)と"
        "「地熱資源の持続的活用に関する覚書」を締結しました。\n",
        [("mou", ("フルシル・オルカ社", "湯沢市"), (("signed", "2024-05-21"),))],
    ),
    (
        "a village council's newsletter: the village is the issuer (答(村長)), a bullet is no part of a name",
        "令和5年11月1日発行 編集:十津川村議会広報委員会\n◇北海道新十津川町と災害時相互応援協定を締結\n"
        "8月8日、新十津川町と災害時の相互応援に関する協定を締結しました。\n答(村長) 今後も交流を続ける。\n",
        [("partnership_agreement", ("十津川村", "新十津川町"), (("signed", "2023-08-08"),))],
    ),
    (
        "an association's report speaking as 本協議会 is the association's",
        "令和5年度 事業報告書\n\n士別市スポーツ合宿推進協議会\n令和6年5月28日 定期総会資料\n"
        "本協議会は、令和5年6月14日、エチオピア陸上競技連盟と「長距離選手の夏季合宿に関する覚書」を締結した。"
        "本協議会は、士別市、士別商工会議所など16団体で構成している。\n",
        [("mou", ("エチオピア陸上競技連盟", "士別市スポーツ合宿推進協議会"), (("signed", "2023-06-14"),))],
    ),
    (
        "a port is named for the body that runs it; a place where something was held, and a row's key, are no parties",
        "名古屋港の姉妹港\n名古屋港管理組合は、愛知県と名古屋市が共同で設立した一部事務組合として、提携に基づく交流事業を担当しています。\n"
        "ロサンゼルス港(アメリカ合衆国カリフォルニア州)\n提携の相手方 | ロサンゼルス市港湾局\n"
        "主なできごと | 平成二十一年に姉妹港提携五十周年を記念し、両港の代表が名古屋で記念植樹を行いました。\n"
        "名古屋港管理組合とロサンゼルス市港湾局は、昭和三十四年四月に姉妹港提携を結びました。\n",
        [("sister_city", ("ロサンゼルス市港湾局", "名古屋港管理組合"), (("signed", "1959-04"),))],
    ),
    (
        "a three-party memorandum: a name holding の+hiragana (NPO法人丘のまち景観ネットワーク); words of a title are no party",
        "2019年7月3日\n美瑛町・ワーゲニンゲン大学・丘のまち景観ネットワークが\n持続可能な農業と景観保全に関する覚書を締結\n"
        "美瑛町は、昨日7月2日、オランダのワーゲニンゲン大学、NPO法人丘のまち景観ネットワークと、"
        "「丘の農業と景観の持続可能性に関する三者覚書」を締結しました。\n",
        [("mou", ("NPO法人丘のまち景観ネットワーク", "ワーゲニンゲン大学", "美瑛町"), (("signed", "2019-07-02"),))],
    ),
    (
        "a bare month that dates a step takes its year from the page (10月に…交わしました, page of March)",
        "令和6年3月25日\n宮城県\n3件目は、10月に台湾の国立成功大学と交わしました「半導体人材の育成に関する学術交流覚書」です。"
        "毎年4月に訪問団を派遣しています。\n",
        [("mou", ("国立成功大学", "宮城県"), (("signed", "2023-10"),))],
    ),
    (
        "under a sister-city heading, an item led by a Japanese municipality lists that municipality's ties",
        "宮城県の海外との提携\n※参考 県内市町村の主な国際姉妹都市\n・仙台市  リバーサイド市(米国)、レンヌ市(フランス)ほか\n",
        [("sister_city", ("リバーサイド市", "仙台市"), ()), ("sister_city", ("レンヌ市", "仙台市"), ())],
    ),
    (
        "a katakana place alone on an entry line under a country heading; the entry's quoted instrument is its title",
        "周南市の姉妹都市・友好都市\n■ ミャンマー連邦共和国\n・ヤンゴン地域\n覚書(MOU) 締結日:2018年6月\n"
        "・「技能実習生の受入れと人材育成に関する覚書」。事業を休止中。\n"
        "■ 中国\n・吉林省\n友好提携を結んで30年となる吉林省から訪問団が来ました。\n",
        [("mou", ("ヤンゴン地域", "周南市"), (("signed", "2018-06"),)),
         ("friendship_city", ("吉林省", "周南市"), ())],
    ),
    (
        "a heading pairing two bodies with × and naming the instrument, dated by a label below",
        "2024年6月10日\n小田原市\n■小田原市×株式会社ミナト物産 包括連携協定\n締結日 2024年6月7日\n連携分野 観光振興、地産地消、防災\n",
        [("partnership_agreement", ("小田原市", "株式会社ミナト物産"), (("signed", "2024-06-07"),))],
    ),
    (
        "an agreement the parties only mean to work towards (視野に入れ, 協議を開始) is a plan",
        "2024年2月9日\n岡山県\n知事はマハーラーシュトラ州首相と会談し、将来的な観光交流に関する覚書の締結も視野に入れ、事務レベルで協議を開始することを確認しました。\n",
        [],
    ),
    (
        "a signing that 'has come to be arranged' (締結する運びとなりました) with its ceremony still to come is a plan",
        "令和6年9月10日\n取材案内\n岐阜大学は、ドイツのハノーファー大学と学術交流協定を締結する運びとなりました。下記のとおり締結式を開催します。\n",
        [],
    ),
    (
        "a partner table under a header row with a step column; an activity column reports no visit; "
        "a sentence naming two kinds of tie types each by the word after its partner",
        "交流自治体・姉妹都市 | 練馬区ホームページ\n練馬区は、海外の1都市と姉妹都市提携を、長野県上田市と「交流協定」を結んでいます。\n"
        "海外の姉妹都市\n都市名 | 国 | 提携日 | 主な交流\nイプスウィッチ市 | オーストラリア(クイーンズランド州) | 平成6年(1994年)10月 | 中学生派遣、市民団体の相互訪問\n"
        "上田市(長野県)との交流協定\n平成8年(1996年)4月、区と上田市は「区民の森相互協力に関する協定」を締結しました。\n"
        "お問い合わせ先\n〒176-8501 東京都練馬区豊玉北6-12-1\n",
        [("partnership_agreement", ("上田市", "練馬区"), (("signed", "1996-04"),)),
         ("sister_city", ("イプスウィッチ市", "練馬区"), (("signed", "1994-10"),))],
    ),
    (
        "a disaster-aid agreement concluded later by sister cities is a relationship of its own, not a step of the tie",
        "令和7年5月1日\n広報とおの\n遠野市と岩手県大槌町は、昭和60年(1985年)6月に姉妹都市の盟約を結びました。\n"
        "両市町は平成23年(2011年)9月1日、「災害時における相互応援に関する協定」を締結しました。\n",
        [("sister_city", ("大槌町", "遠野市"), (("signed", "1985-06"),)),
         ("partnership_agreement", ("大槌町", "遠野市"), (("signed", "2011-09-01"),))],
    ),
    (
        "an entry led by a prefecture and its town, then a line with only a year and the tie",
        "内子町の交流\n● 国内の交流自治体\n ・北海道 鷹栖町\n 2003年 友好町提携\n 農業体験の受入れを行っています。\n",
        [("friendship_city", ("内子町", "鷹栖町"), (("signed", "2003"),))],
    ),
    (
        "partners listed with a bracketed date of conclusion each hold the sentence's one tie",
        "2025年3月\n静岡県国際交流だより\n本県の海外友好提携先は、中国・浙江省(1983年10月締結)、アメリカ・オレゴン州(1991年5月締結)に続いて3地域目となります。\n",
        [("friendship_city", ("浙江省", "静岡県"), (("signed", "1983-10"),)),
         ("friendship_city", ("オレゴン州", "静岡県"), (("signed", "1991-05"),))],
    ),
    (
        "同大学 refers to the university last named, joined to the other signatory by と",
        "令和5年6月2日\n静岡県 地域外交課\n知事はシアトル市でワシントン大学を訪問し、研究者交流について意見交換を行った。"
        "同大学と静岡県立大学は平成21年に学術交流協定を結んでいる。\n",
        [("partnership_agreement", ("ワシントン大学", "静岡県立大学"), (("signed", "2009"),))],
    ),
    (
        "an embassy signs as a party; another embassy's counsellor who witnessed does not make it one",
        "2024年2月19日\n富良野市\n2024年2月16日、富良野市と駐日フィンランド大使館は連携協定を締結しました。"
        "締結式は東京都港区の同大使館で行われ、駐日エストニア共和国大使館のカレフ参事官が立会人として見守りました。\n",
        [("partnership_agreement", ("富良野市", "駐日フィンランド大使館"), (("signed", "2024-02-16"),))],
    ),
    (
        "a company's release: the company alone on the issue line is the issuer; the partner's other names "
        "in its bracket (…公司、… Ltd.、以下「X」) are not more parties",
        "NEWS RELEASE\n2024年5月8日\n関西エアポート株式会社\n\n"
        "関西エアポート株式会社(本社:大阪府泉佐野市、以下「KAP」)は、2024年5月7日、台湾の高雄國際機場股份有限公司"
        "(高雄国際空港公司、Kaohsiung International Airport Co., Ltd.、以下「KIAC」)と姉妹空港協定を締結しました。\n"
        "来賓:泉佐野市長、大阪府都市整備部長\n",
        [("sister_city", ("関西エアポート株式会社", "高雄國際機場股份有限公司"), (("signed", "2024-05-07"),))],
    ),
    (
        "a trade agency's formal name and acronym in its bracket are other names of it",
        "令和6年11月15日\n愛知県\n愛知県は、11月12日、台湾の貿易振興機関である台湾貿易センター(中華民国対外貿易発展協会、TAITRA)と覚書を締結しました。\n",
        [("mou", ("台湾貿易センター", "愛知県"), (("signed", "2024-11-12"),))],
    ),
    (
        "a remark that this is the first such tie (…協定を結ぶのは、今回が初めてです) is no record of its own",
        "令和5年11月8日\n札幌市中央区市民部\n札幌市中央区は11月7日、台湾・台北市の大同区と友好交流協定を締結しました。"
        "札幌市の区が海外の行政区と協定を結ぶのは、今回が初めてです。\n■協定の主な内容\n 1 観光振興に関する情報交換\n",
        [("friendship_city", ("中央区", "大同区"), (("signed", "2023-11-07"),))],
    ),
    (
        "entries of a partner list labelled 提携日/提携年, each placed by the country opening its bracket",
        "姉妹都市・友好都市／境港市ホームページ\n境港市は、海外の2都市と提携を結んでいます。\n"
        "琿春市(中華人民共和国 吉林省)\n区分:友好都市\n提携日:平成5年(1993年)6月10日\n"
        "ウラジオストク市(ロシア連邦 沿海地方)\n区分:姉妹都市\n提携年:1991年\n",
        [("friendship_city", ("境港市", "琿春市"), (("signed", "1993-06-10"),)),
         ("sister_city", ("ウラジオストク市", "境港市"), (("signed", "1991"),))],
    ),
    (
        "exchanges that began with a visit (…訪れたことに始まります) date no signing",
        "2.提携の経緯\n"
        "エレンズバーグ市との交流は、昭和63年に旧春日町の中学生がホームステイで同市を訪れたことに始まります。"
        "平成7年(1995年)10月12日、丹波市とアメリカのエレンズバーグ市は姉妹都市提携を結びました。\n",
        [("sister_city", ("エレンズバーグ市", "丹波市"), (("signed", "1995-10-12"),))],
    ),
    (
        "Japanese towns listed with ・ are each a party (no town locates another)",
        "三島市は、平成24年(2012年)3月、函南町・長泉町・清水町と「災害時における相互応援に関する協定」を締結しました。\n",
        [("partnership_agreement", ("三島市", "函南町", "清水町", "長泉町"), (("signed", "2012-03"),))],
    ),
    (
        "a chronology whose year or month heads each row on a line of its own",
        "白馬村のあゆみ\n1969年(昭和44年)\n 村のスキー関係者がサンモリッツを訪問し、交流が始まる。\n"
        "1972年(昭和47年)4月\n スイスのサンモリッツ村と姉妹村の盟約を結ぶ。\n"
        "2002年(平成14年)8月\n 提携30周年を機に、両村長が盟約書に改めて署名し、再調印を行う。\n",
        [("sister_city", ("サンモリッツ村", "白馬村"), (("signed", "1972-04"), ("renewed", "2002-08")))],
    ),
    (
        "an agreement ended, and another's signing called off: the ended one is a record, the other none",
        "令和6年4月1日\n山都町\nナイロビ市との覚書の終了及びタリン市との調印式の中止について\n"
        "山都町とケニア共和国ナイロビ市は、平成29年8月25日に覚書を締結しました。両市町で協議を重ねた結果、令和6年3月31日をもって本覚書を終了することで合意しました。\n"
        "令和6年2月に本町で予定していたエストニア共和国タリン市との友好交流協定の調印式は、先方の事情により中止となりました。\n",
        [("mou", ("ナイロビ市", "山都町"), (("signed", "2017-08-25"),))],
    ),
    (
        "an invitation to the press for a signing ceremony (…締結式の取材について(ご案内)) is no record yet",
        "報道機関各位\n令和6年10月28日\n白河市 健康づくり課\n"
        "カゴメ株式会社との健康づくりに関する連携協定締結式の取材について(ご案内)\n"
        "下記のとおり締結式を執り行いますので、取材くださいますようご案内申し上げます。\n1 日時 令和6年11月5日(火)午前11時\n",
        [],
    ),
    (
        "an attendee line (body + title) is no entry of its own; a closing note on 本覚書 looks for no new partner",
        "令和5年11月24日\n千葉市\n千葉市は、令和5年11月22日、フィンランド共和国ヴァンター市と覚書を締結しました。\n"
        "出席者\n千葉市長\n駐日フィンランド大使館 商務参事官\n"
        "※本覚書は、令和4年度に実施したスタートアップ派遣事業をきっかけとした協議を経て締結しました。\n",
        [("mou", ("ヴァンター市", "千葉市"), (("signed", "2023-11-22"),))],
    ),
    (
        "a partner table: a prefecture in the bracket after a town locates it; 県人会 and ケノン道路 name no place",
        "姉妹都市・友好交流自治体|大宜味村\n■海外\n自治体名 | 提携の種類 | 提携日 | 概要\n"
        "カンポグランデ市 (ブラジル連邦共和国マットグロッソ・ド・スル州) | 姉妹都市 | 平成3年8月20日 | 沖縄県人会が活発です。\n"
        "バギオ市 (フィリピン共和国ベンゲット州) | 友好交流協定 | 平成30年11月5日 | 移民がケノン道路の建設に従事しました。\n"
        "■国内\n自治体名 | 提携の種類 | 提携日 | 概要\n阿智村(長野県下伊那郡) | 友好交流村協定 | 令和元年7月1日 | 星空の村。\n"
        "お問い合わせ 〒905-1392 沖縄県国頭郡大宜味村字大兼久157番地\n",
        [("sister_city", ("カンポグランデ市", "大宜味村"), (("signed", "1991-08-20"),)),
         ("friendship_city", ("バギオ市", "大宜味村"), (("signed", "2018-11-05"),)),
         ("friendship_city", ("大宜味村", "阿智村"), (("signed", "2019-07-01"),))],
    ),
    (
        "a three-party instrument signed together (…、株式会社Xとともに) is one record; the city's earlier sister tie with one of them is its own",
        "令和6年2月7日\n北九州市報道発表資料\nダナン市及び市内企業と三者で覚書を締結しました\n"
        "北九州市は、令和6年2月6日、ベトナム社会主義共和国ダナン市人民委員会、株式会社ひびきグリーン(本社:北九州市若松区)とともに、"
        "「工業団地の脱炭素化に向けた協力に関する覚書」を締結しました。\n参考\nダナン市とは、平成26年4月に姉妹都市協定を締結しました。\n",
        [("mou", ("ダナン市", "北九州市", "株式会社ひびきグリーン"), (("signed", "2024-02-06"),)),
         ("sister_city", ("ダナン市", "北九州市"), (("signed", "2014-04"),))],
    ),
    (
        "a county office where the signing took place (高敞郡庁で調印式) is the county, not another party",
        "令和5年11月1日\n玖珠町議会だより\n玖珠町は、韓国全羅北道の高敞郡と姉妹都市の提携を結ぶこととし、"
        "10月12日に高敞郡庁で調印式が行われ、町長と郡守が姉妹都市提携協定書に署名しました。\n",
        [("sister_city", ("玖珠町", "高敞郡"), (("signed", "2023-10-12"),))],
    ),
    (
        "a second pair at the same ceremony (大津町商工会も宝山郷農会と…覚書を交わした) is a record of those two bodies",
        "2024年5月17日\n大津町、台湾・宝山郷と友好交流協定\n菊池郡大津町は16日、台湾北部・新竹県の宝山郷と友好交流協定を結んだ。"
        "同じ日、大津町商工会も宝山郷農会と経済交流に関する覚書を交わした。\n",
        [("friendship_city", ("大津町", "宝山郷"), (("signed", "2024-05-16"),)),
         ("mou", ("大津町商工会", "宝山郷農会"), (("signed", "2024-05-16"),))],
    ),
    (
        "an organisation's newsletter: the body on its issue line signs under its short name; the venue city is no party",
        "道総研ニュース Vol.58(2024年9月発行)\n地方独立行政法人北海道立総合研究機構\n"
        "道総研は、2024年7月24日、ニュージーランドの国立研究機関であるリンカーン農業研究所と研究協力協定を締結しました。\n"
        "締結式は札幌市の道総研本部で行われ、理事長が協定書に署名しました。\n",
        [("partnership_agreement", ("リンカーン農業研究所", "地方独立行政法人北海道立総合研究機構"), (("signed", "2024-07-24"),))],
    ),
    (
        "a partner table under a paragraph naming the instrument (覚書(MOU)); a Latin first cell names the partner, its bracket "
        "describes it; a row's first date starts the tie and a bracketed 更新 renews it",
        "海外スタートアップ支援機関との連携 - 福岡市\n福岡市では、アジアのスタートアップ支援機関と覚書(MOU)を締結しています。\n連携先一覧\n"
        "連携先 | 国・地域 | 締結日 | 主な連携内容\n"
        "NUS Enterprise(シンガポール国立大学の起業支援部門) | シンガポール | 令和3年10月28日(令和5年10月20日更新) | スタートアップ発掘\n",
        [("mou", ("NUS Enterprise", "福岡市"), (("signed", "2021-10-28"), ("renewed", "2023-10-20")))],
    ),
    (
        "a body the instrument is about (「災害ボランティアセンターの設置…に関する協定」) is no signatory",
        "令和6年3月15日\n南国市\n南国市と南国市社会福祉協議会は、3月14日、「災害ボランティアセンターの設置及び運営に関する協定」を締結しました。\n",
        [("partnership_agreement", ("南国市", "南国市社会福祉協議会"), (("signed", "2024-03-14"),))],
    ),
    (
        "a list of agreements: the cell under 協定名 is each row's title, unless it is only the generic word",
        "包括連携協定等の締結状況 - 小山市ホームページ\n包括連携協定等一覧\nNo. | 締結日 | 協定名 | 相手方 | 担当課\n"
        "1 | H28.10.3 | 地域活性化包括連携協定 | 株式会社セブン-イレブン・ジャパン | 総合政策課\n"
        "2 | H29.6.20 | 包括連携協定 | 白鷗大学 | 総合政策課\n",
        [("partnership_agreement", ("小山市", "株式会社セブン-イレブン・ジャパン"), (("signed", "2016-10-03"),)),
         ("partnership_agreement", ("小山市", "白鷗大学"), (("signed", "2017-06-20"),))],
    ),
    (
        "a faculty-to-faculty agreement: the faculties sign, and the state and city where it was signed do not",
        "2023年12月20日\n横浜市立大学\n公立大学法人横浜市立大学医学部は、2023年12月14日、米国ハワイ州ホノルルにおいて、"
        "ハワイ大学マノア校ジョン・A・バーンズ医学部と部局間学術交流協定を締結しました。\n",
        [("partnership_agreement", ("ハワイ大学マノア校ジョン・A・バーンズ医学部", "公立大学法人横浜市立大学医学部"), (("signed", "2023-12-14"),))],
    ),
    (
        "a photo caption's (date、place) and a ceremony 'in a hotel in the city' name where, not who; 地方商工会議所 is no body",
        "2024年3月15日\n屋久島観光協会だより\n一般社団法人屋久島観光協会は、2月22日、台湾の「花蓮県観光発展協会」と覚書を締結しました。"
        "締結式は花蓮市内のホテルで行われました。花蓮県観光発展協会は県内各地に地方商工会議所を持つ団体とも連携しています。\n"
        "覚書に署名した両団体の代表(2月22日、花蓮市)\n",
        [("mou", ("一般社団法人屋久島観光協会", "花蓮県観光発展協会"), (("signed", "2024-02-22"),))],
    ),
    (
        "a signing ceremony called off (【中止】…覚書署名式について) is no record; the tie in force still is",
        "【中止】ベンゲット州との防災協力に関する覚書署名式について\n令和5年9月1日\n高知県\n"
        "9月5日(火)に予定しておりました、フィリピン共和国ベンゲット州との「防災協力に関する覚書」の署名式は、中止いたします。\n"
        "高知県とベンゲット州は、平成30年10月に友好交流協定を締結しています。\n",
        [("friendship_city", ("ベンゲット州", "高知県"), (("signed", "2018-10"),))],
    ),
    (
        "a sister tie told beside an instrument on a subject of its own is its own record; a date in another time zone is no step",
        "発表日:令和6年6月25日\n沖縄県\n沖縄県は、令和6年6月24日(ハワイ時間6月23日)、アメリカ合衆国ハワイ州との間で"
        "「クリーンエネルギー分野における協力に関する覚書」を更新しました。\n"
        "本県とハワイ州は、昭和60年(1985年)に姉妹州の提携を結んでいます。両者は、平成22年(2010年)6月に同覚書を締結しました。\n",
        [("mou", ("ハワイ州", "沖縄県"), (("signed", "2010-06"), ("renewed", "2024-06-24"))),
         ("sister_city", ("ハワイ州", "沖縄県"), (("signed", "1985"),))],
    ),
    (
        "ties listed clause by clause (Aと昭和43年に姉妹提携を、Bと昭和55年に姉妹提携をそれぞれ結んでおり、…) are one record each",
        "滋賀県議会 会議録\n知事 本県と中華人民共和国湖南省は、昭和58年3月25日に友好協定を締結しました。\n"
        "また、本県は、アメリカ合衆国ミシガン州と昭和43年に姉妹提携を、ブラジルのリオグランデ・ド・スル州と昭和55年に姉妹提携を"
        "それぞれ結んでおり、湖南省を含めた三つの地域との関係は大切な財産です。\n",
        [("friendship_city", ("湖南省", "滋賀県"), (("signed", "1983-03-25"),)),
         ("sister_city", ("ミシガン州", "滋賀県"), (("signed", "1968"),)),
         ("sister_city", ("リオグランデ・ド・スル州", "滋賀県"), (("signed", "1980"),))],
    ),
    (
        "the body that held the occasion (鹿児島県がドバイで開いた商談会) and a signer's title (最高経営責任者) are no parties",
        "令和5年12月号\nJA鹿児島きもつき広報誌\n鹿児島きもつき農業協同組合は11月7日、ドバイの食品輸入商社「エミレーツ・フレッシュ・トレーディング社」と覚書を締結しました。\n"
        "調印式は、鹿児島県がドバイで開いた県産品の商談会に合わせて行われ、当JAの代表理事組合長と同社の最高経営責任者が覚書に署名しました。\n",
        [("mou", ("エミレーツ・フレッシュ・トレーディング社", "鹿児島きもつき農業協同組合"), (("signed", "2023-11-07"),))],
    ),
    (
        "a city bureau signs on its own; the city named only inside its officers' titles is no second party",
        "2024年2月15日\n神戸市水道局 経営企画課\n神戸市水道局は、2月13日、ヨルダン水道庁と「水道事業の技術協力に関する覚書」を締結しました。\n"
        "(2)署名者 神戸市水道事業管理者、ヨルダン水道庁長官\n",
        [("mou", ("ヨルダン水道庁", "神戸市水道局"), (("signed", "2024-02-13"),))],
    ),
    (
        "the address of the branch where the ceremony was held (…東京支店(東京都千代田区)で) is no party",
        "2022年7月4日\n岐阜信用金庫\n岐阜信用金庫は、2022年6月30日、タイ王国のバンコック銀行と業務協力に関する覚書を締結しました。\n"
        "締結式はバンコック銀行東京支店(東京都千代田区)で行いました。\n",
        [("mou", ("バンコック銀行", "岐阜信用金庫"), (("signed", "2022-06-30"),))],
    ),
    (
        "a purpose aimed at (…の活性化に向けて) is no plan: signed on the release's own day (本日…締結します)",
        "報道発表資料\n令和6年2月1日\n\n浜松市と遠州中央信用金庫は、本日、市内の創業の促進と地域経済の活性化に向けて、"
        "「創業支援に関する連携協定」を締結します。\n",
        [("partnership_agreement", ("浜松市", "遠州中央信用金庫"), (("signed", "2024-02-01"),))],
    ),
    (
        "a city yearbook (市勢要覧) names its issuer; a passive signing (盟約が結ばれた); 同年 takes the year of the date "
        "before it; 両市 after a heading with a bracketed prefecture is the city of the sentence before",
        "江別市勢要覧　令和四年版（令和四年九月発行）\n\n一　士別市（北海道）　姉妹都市\n"
        "　平成元年五月一日、旧野幌町と士別市の間で姉妹都市の盟約が結ばれた。平成十八年三月一日に合併して新たな市が"
        "発足した際には、同年六月一日、新市として改めて盟約を締結している。\n\n二　高岡市（富山県）　災害時相互応援協定\n"
        "　本市は石狩川の水害を、高岡市は庄川の水害をそれぞれ経験している。平成二十六年四月十日、両市は"
        "「災害時における相互応援に関する協定」を締結した。\n",
        [("sister_city", ("士別市", "江別市"), (("signed", "1989-05-01"), ("renewed", "2006-06-01"))),
         ("partnership_agreement", ("江別市", "高岡市"), (("signed", "2014-04-10"),))],
    ),
    (
        "one agreement with each town listed after a connective (その後、A町、B村の2町村とそれぞれ); dates under a council's "
        "vote column are no steps; 変更協定の締結日は次のとおり then name:date lines are each town's later step; a plan's "
        "計画期間 is no term",
        "定住自立圏について\n\n大館市は、平成22年に中心市宣言を行いました。その後、小坂町、上小阿仁村の2町村とそれぞれ"
        "協議を重ね、下表のとおり定住自立圏形成協定を締結しました。\n\n相手方 | 市議会の議決 | 相手方議会の議決 | 協定締結日\n"
        "小坂町 | 平成22年12月15日 | 平成22年12月10日 | 平成22年12月24日\n"
        "上小阿仁村 | 平成22年12月15日 | 平成22年12月13日 | 平成22年12月27日\n\n協定の変更\n"
        "変更協定の締結日は次のとおりです。\n小坂町：令和4年3月23日\n上小阿仁村：令和4年3月25日\n\n"
        "共生ビジョンの計画期間は令和4年度から令和8年度までの5年間です。\n",
        [("partnership_agreement", ("大館市", "小坂町"), (("signed", "2010-12-24"), ("renewed", "2022-03-23"))),
         ("partnership_agreement", ("上小阿仁村", "大館市"), (("signed", "2010-12-27"), ("renewed", "2022-03-25")))],
    ),
    (
        "a 連携協約 is made with each town (the law's bilateral instrument); its 変更を行いました is each one's later step; "
        "indented 'town date' lines under 協約締結日は次のとおり stay rows and date each town's signing",
        "記者発表資料\n令和5年3月30日\n姫路市\n\n連携協約の変更について\n\n　姫路市は、令和5年3月29日、福崎町、市川町及び"
        "神河町との連携協約の変更を行いました。\n\n1　これまでの経緯\n　姫路市は、平成27年4月、近隣の町と「播磨圏域連携中枢"
        "都市圏形成に係る連携協約」をそれぞれ締結しました。各町との協約締結日は次のとおりです。\n"
        "　　福崎町　平成27年4月1日\n　　市川町　平成27年4月1日\n　　神河町　平成27年4月2日\n",
        [("partnership_agreement", ("姫路市", "福崎町"), (("signed", "2015-04-01"), ("renewed", "2023-03-29"))),
         ("partnership_agreement", ("姫路市", "市川町"), (("signed", "2015-04-01"), ("renewed", "2023-03-29"))),
         ("partnership_agreement", ("姫路市", "神河町"), (("signed", "2015-04-02"), ("renewed", "2023-03-29")))],
    ),
    (
        "an English wire release: the dateline is the issue date and no step; the Japanese name opening a bracket of notes "
        "is the company's; the quoted agreement is the title, not a body; 'in Hyogo Prefecture' only places the city",
        "Hoshizora Robotics Signs Agreement with the City of Kobe\nPRESS RELEASE\nOSAKA, June 3, 2024 — Hoshizora Robotics Inc. "
        "(株式会社ほしぞらロボティクス; headquarters: Kita-ku, Osaka), a maker of delivery robots, today announced that it signed "
        "the “Partnership Agreement on Robot Delivery in Hillside Districts” with the City of Kobe (神戸市) in Hyogo "
        "Prefecture on May 31, 2024.\n",
        [("partnership_agreement", ("株式会社ほしぞらロボティクス", "神戸市"), (("signed", "2024-05-31"),))],
    ),
    (
        "a company's notice of talks that denies any concluded instrument (締結した協定、覚書等はありません) has no record",
        "2024年11月28日\n各位\n北斗水素株式会社\n\n室蘭市における拠点の検討開始について\n\n当社は、本年11月から、北海道及び"
        "室蘭市との間で協議を開始しました。協議が整い次第、立地に関する協定を締結することを予定しております。"
        "現時点で、北海道及び室蘭市との間で締結した協定、覚書等はありません。\n",
        [],
    ),
    (
        "a councillor's hearsay about other cities' agreements (…協定を結んでいると聞いております) is no record",
        "令和6年6月定例会 一般質問\n○3番(佐藤議員) 県内でも、大館市や横手市などが中心市として協定を結んでいると"
        "聞いております。本村の考えを伺います。\n",
        [],
    ),
    (
        "a katakana town with no suffix, placed abroad by its bracket, heads its entry (the bracket's state is no partner); "
        "令和四年には、九月…九月二十日 takes the year the sentence is set in",
        "姉妹村の紹介｜白馬村\n白馬村が姉妹村提携を結んでいる自治体をご紹介します。\nサン・モリッツァ（スイス連邦グラウビュンデン州）\n"
        "区分\n姉妹村\n提携日\n平成四年（1992年）七月一日\nサン・モリッツァは、アルプスの山岳リゾートとして知られる村です。"
        "スキーという共通点から交流が始まり、平成四年七月一日、両村長が姉妹村提携の盟約書に署名しました。\n"
        "提携から三十年を迎えた令和四年には、九月に訪問団が現地を訪れ、九月二十日に両村長が「姉妹村提携三十周年記念共同宣言」"
        "に署名しました。\n",
        [("joint_declaration", ("サン・モリッツァ", "白馬村"), (("signed", "1992-07-01"), ("renewed", "2022-09-20")))],
    ),
    (
        "a newsletter's kana masthead (広報たかはし) names its issuer however often it names the partner; a prefecture "
        "placing the town (広島県の東部にある…町) is no party",
        "広報たかはし　令和5年8月号　特集\n\n高梁市・神石高原町　友好の絆四十年\n\n　広島県の東部にある神石高原町と本市は、"
        "昭和58年8月1日に友好都市の盟約を結びました。神石高原町は、高原の豊かな自然で知られる町です。\n"
        "　盟約の後、神石高原町の小学生が毎年夏に本市を訪れています。神石高原町の皆さんとの交流は、これからも続きます。\n",
        [("friendship_city", ("神石高原町", "高梁市"), (("signed", "1983-08-01"),))],
    ),
    (
        "earlier partners each with a bare year in brackets, then 'と同様の…協定を締結しており': one dated record each, "
        "with the issuer (本学), not the clause's other subject",
        "都城工科大学 ニュース\n2024.03.01\n本学は、令和6年2月28日、三股町と「包括的な連携に関する協定」を締結しました。\n"
        "本学は、これまでに曽於市（平成29年）、志布志市（令和3年）と同様の包括連携協定を締結しており、三股町は3例目の締結先となります。\n",
        [("partnership_agreement", ("三股町", "都城工科大学"), (("signed", "2024-02-28"),)),
         ("partnership_agreement", ("曽於市", "都城工科大学"), (("signed", "2017"),)),
         ("partnership_agreement", ("志布志市", "都城工科大学"), (("signed", "2021"),))],
    ),
    (
        "a subject 覚書 with a partner labelled 姉妹都市である…, then the sister tie told after it (両市は平成3年に…結んで以来): "
        "two relationships (gold/README.md)",
        "臼杵市　市政ニュース\n令和6年10月8日発行\n\n姉妹都市アルメロ市と\n景観の保全に関する覚書を締結\n\n　臼杵市は10月3日、"
        "姉妹都市であるオランダ王国のアルメロ市と「歴史的景観の保全及び活用に関する協力についての覚書」を締結しました。\n"
        "　両市は平成3年に姉妹都市提携を結んで以来、30年以上にわたって交流を続けてきました。\n",
        [("mou", ("アルメロ市", "臼杵市"), (("signed", "2024-10-03"),)),
         ("sister_city", ("アルメロ市", "臼杵市"), (("signed", "1991"),))],
    ),
    (
        "a wire page's list of the company's other releases (この企業の関連リリース) names other pages' news, no record",
        "プレスリリース\n株式会社ソラデータ 2024年5月21日 10時00分\n株式会社ソラデータは、2024年5月20日、岩手県大船渡市と"
        "「地域DXに関する連携協定」を締結いたしました。\n#大船渡市\nこの企業の関連リリース\n"
        "ソラデータ、陸前高田市と防災情報の共有に関する覚書を締結（2023年11月）\nシリーズA資金調達のお知らせ\n",
        [("partnership_agreement", ("大船渡市", "株式会社ソラデータ"), (("signed", "2024-05-20"),))],
    ),
    (
        "an entry typed by its label (【提携の種類】姉妹都市), then a subject 覚書 the two cities signed later: two relationships",
        "益田市の国際交流\n\n■大韓民国 慶尚北道 浦項市\n【提携の種類】姉妹都市\n【提携日】1992年（平成4年）5月11日\n\n"
        "　浦項市とは、ともに港町であることが縁となり、1992年（平成4年）5月11日に姉妹都市提携の調印式を行いました。\n"
        "　その後、両市は観光分野の結び付きを強めるため、2017年11月8日、浦項市において「観光客の相互誘致に関する覚書」に署名しました。\n",
        [("sister_city", ("浦項市", "益田市"), (("signed", "1992-05-11"),)),
         ("mou", ("浦項市", "益田市"), (("signed", "2017-11-08"),))],
    ),
    (
        "an entry's 提携年 label with a space before the year dates the tie under the entry's heading",
        "松本市の姉妹都市\n\n■ソルトレイクシティ市（アメリカ合衆国ユタ州）\n　提携年　昭和33年（1958年）\n"
        "　姉妹都市提携のきっかけは、市民団体同士の文通でした。\n",
        [("sister_city", ("ソルトレイクシティ市", "松本市"), (("signed", "1958"),))],
    ),
    (
        "entries labelled 提携年 or 提携年月 with a space before a kanji-numeral date are one record each",
        "本市の姉妹都市\n\n一 ヴィラッハ市（オーストリア共和国）\n 提携区分 姉妹都市\n 提携年  昭和三十五年\n\n"
        "二 グリーリー市（アメリカ合衆国コロラド州）\n 提携区分 姉妹都市\n 提携年月 昭和四十九年五月\n\n倉吉市 企画課\n",
        [("sister_city", ("ヴィラッハ市", "倉吉市"), (("signed", "1960"),)),
         ("sister_city", ("グリーリー市", "倉吉市"), (("signed", "1974-05"),))],
    ),
    (
        "a count of ties (四つの都市と姉妹都市又は友好都市の関係にあります) names no partner",
        "伊万里市は、現在、三つの都市と姉妹都市又は友好都市の関係にあります。\n",
        [],
    ),
    (
        "one subject, two clauses each with its partner and its instrument's name (Aと「…」を、Bと「…」を、それぞれ締結)",
        "令和6年5月20日\n記者発表資料\n\n　蔵王町は、本日、宮城県石油商業組合と「災害時における燃料の供給に関する協定」を、"
        "蔵王郵便局と「地域の見守り活動に関する協定」を、それぞれ締結しました。\n",
        [("partnership_agreement", ("宮城県石油商業組合", "蔵王町"), (("signed", "2024-05-20"),)),
         ("partnership_agreement", ("蔵王町", "蔵王郵便局"), (("signed", "2024-05-20"),))],
    ),
    (
        "a cleft sentence (…提携を結んだのは、昭和40年5月1日のことです) dates the tie after its verb",
        "広報あづみの 令和5年5月1日号\n\n 安曇野市とカナダ・ブリティッシュコロンビア州のネルソン市が姉妹都市の提携を結んだのは、"
        "昭和40年(1965年)5月1日のことです。\n",
        [("sister_city", ("ネルソン市", "安曇野市"), (("signed", "1965-05-01"),))],
    ),
    (
        "partners joined by と to the word after them (A村、B市と姉妹都市、C市と友好都市の関係) take that word",
        "白馬村の国際交流\n 本村は、スイスのツェルマット村、ネパールのポカラ市と姉妹都市、中国の承徳市と友好都市の関係にあります。\n",
        [("sister_city", ("ツェルマット村", "白馬村"), ()), ("sister_city", ("ポカラ市", "白馬村"), ()),
         ("friendship_city", ("承徳市", "白馬村"), ())],
    ),
    (
        "a ward-village 縁組協定 renewed, then a disaster agreement 'signed with the village' (「…協定」を川場村と結んで): two records",
        "目黒区の縁組自治体\n 目黒区は、昭和58年5月に気仙沼市と「縁組協定」を締結し、平成25年5月にはこれを引き継ぐ「第2次縁組協定」を締結しました。\n"
        " また、平成26年には、「災害時における相互援助に関する協定」を気仙沼市と結んでいます。\n",
        [("partnership_agreement", ("気仙沼市", "目黒区"), (("signed", "1983-05"), ("renewed", "2013-05"))),
         ("partnership_agreement", ("気仙沼市", "目黒区"), (("signed", "2014"),))],
    ),
    (
        "the two merged towns' ties inherited (合併前の両市がそれぞれ結んでいた姉妹都市提携は…引き継がれ) pair no one",
        "豊橋市 国際交流\n 本市は、平成16年11月1日に旧豊橋市と旧田原市が合併して誕生した。"
        "合併前の両市がそれぞれ結んでいた姉妹都市提携は、新しい豊橋市に引き継がれている。\n",
        [],
    ),
    (
        "a prefecture named with a part of it as where settlers went (北海道十勝地方へ入植) is no party",
        "えびの市の友好都市\n■友好都市 池田町(北海道中川郡)\n"
        " 明治の末、えびのから北海道十勝地方へ入植した人々が縁となり、昭和60年10月にえびの市と池田町が友好都市の盟約を結びました。\n",
        [("friendship_city", ("えびの市", "池田町"), (("signed", "1985-10"),))],
    ),
    (
        "a date told again in Japan's time after a note (現地時間。日本時間10月13日) is no step of its own",
        "2023年10月16日\n苫小牧港管理組合\n苫小牧港管理組合は、2023年10月12日（現地時間。日本時間10月13日）、アメリカ合衆国"
        "ワシントン州のタコマ港湾局と覚書を締結しました。\n",
        [("mou", ("タコマ港湾局", "苫小牧港管理組合"), (("signed", "2023-10-12"),))],
    ),
    (
        "a denial of a reported conclusion (…締結されたとの報道がありましたが、…協定を締結した事実はなく) has no record",
        "2024年6月28日\n北斗大学\n一部報道について\n本日、一部報道機関において、本学と民間企業との間で包括的な連携協定が締結されたとの"
        "報道がありましたが、本学として当該企業と協定を締結した事実はなく、締結について決定した事実もありません。\n",
        [],
    ),
    (
        "a council question headed by the tie it asks about (◆X市との友好都市提携について / 問 …進捗状況を伺う) is no record",
        "市議会だより 第88号\n令和7年2月1日発行\n\n◆台湾・新竹市との友好都市提携について\n"
        "問　新竹市との友好都市提携について、これまでの経過を伺う。\n"
        "答（市長）　事務レベルで協議を進めているところであり、締結の時期は決まっていない。\n",
        [],
    ),
    (
        "a conclusion the unnamed publisher states (本町は、…X町と姉妹都市提携を結びました) is a record with its one named partner",
        "国際交流のページ\n\n本町は、平成3年にカナダ・アルバータ州のラコーム町と姉妹都市提携を結びました。\n",
        [("sister_city", ("ラコーム町",), (("signed", "1991"),))],
    ),
    (
        "a newspaper's claim quoted and denied (「…協定を締結した」との記事が掲載されましたが、…事実はありません) has no record",
        "令和6年3月2日\n豊浜市 総務課\n\n　3月1日付の一部新聞において、「豊浜市と株式会社ミナトリースが港湾施設の活用に関する"
        "連携協定を締結した」との記事が掲載されましたが、本市が同社と協定を締結した事実はありません。\n",
        [],
    ),
    (
        "exchanges with a town, then the tie denied (…との間で提携や協定は結んでいません), give no record",
        "椎葉村勢要覧\n　平成30年からは、兵庫県福崎町の記念館と資料の貸し借りなどの交流を行っています。"
        "なお、福崎町との間で提携や協定は結んでいません。\n",
        [],
    ),
    (
        "a press claim quoted to be corrected (一部の報道において、…「友好都市の提携を結んだ」と受け取れる記事) has no record",
        "令和7年1月22日\n中尊寺町 まちづくり推進課\n\n　先日、一部の報道において、本町とイタリアのアッシジ市が「友好都市の提携を結んだ」"
        "と受け取れる記事が掲載されました。\n",
        [],
    ),
    (
        "an undated act takes the yearless day of its ceremony block (１ 締結の概要 / 日時 5月29日(水)) in the page's year",
        "富山県 記者発表資料\n発表日　令和6年5月31日（金）\n\n見本市の会場でタイ国際貿易振興局と覚書を締結しました\n\n"
        "　富山県は、バンコクで開催された国際食品見本市の会場において、タイ国際貿易振興局と「県産食品の輸出促進に関する覚書」を"
        "締結しましたので、お知らせします。\n\n１　締結の概要\n（１）日時　5月29日（水）午前10時30分（現地時間）\n（２）場所　見本市会場\n",
        [("mou", ("タイ国際貿易振興局", "富山県"), (("signed", "2024-05-29"),))],
    ),
    (
        "the month a term ran out (今年3月末の期間満了) is no step",
        "2024年4月12日\n江東区\n　江東区は、4月10日、姉妹都市の米国ウィンチェスター市と「姉妹都市交流協定」を更新しました。"
        "現在の協定は平成31年（2019年）3月に締結したもので、今年3月末の期間満了を受けての更新となります。\n",
        [("sister_city", ("ウィンチェスター市", "江東区"), (("signed", "2019-03"), ("renewed", "2024-04-10")))],
    ),
    (
        "a news item's headline (…と燃料供給協定を締結しました) and its sentence naming the 災害時 instrument are one agreement: "
        "only a sister or friendship tie is another relationship beside such an instrument",
        "災害時応援協定の締結について｜角田市\n角田市では、応援協定の締結を進めています。\n宮城県石油商業組合角田支部と燃料供給協定を"
        "締結しました（2023年10月16日掲載）\n令和５年１０月１３日、宮城県石油商業組合角田支部と「災害時における燃料等の供給に関する協定」を締結しました。\n",
        [("partnership_agreement", ("宮城県石油商業組合角田支部", "角田市"), (("signed", "2023-10-13"),))],
    ),
    (
        "a signing announced for a day after the page's date is a plan",
        "令和6年8月1日\n大洲市\nこのたび、大洲市とスペインのルーゴ市は友好都市協定を締結することになりました。\n"
        "調印式 令和6年8月20日(火)午後2時から 市役所本庁舎\n",
        [],
    ),
    (
        "two labels on one line (提携日:… 再調印:…) each date the step they name",
        "伊万里市の姉妹都市\n\n大韓民国 慶尚北道 安東市\n提携日:2008年10月(平成20年) 再調印:2018年10月(平成30年)\n伊万里市\n",
        [("sister_city", ("伊万里市", "安東市"), (("signed", "2008-10"), ("renewed", "2018-10")))],
    ),
    (
        "partners each followed by an instrument of another kind (Aと協定を締結、Bとも覚書) are two agreements",
        "2023年9月22日\n帯広畜産大学 ニュース\nリンカーン大学と学術交流協定を締結、AgResearchとも研究協力覚書\n"
        "帯広畜産大学は、9月19日、ニュージーランドのリンカーン大学と学術交流協定を締結しました。"
        "また、同日、ニュージーランドの国立研究機関であるAgResearch(アグリサーチ)と研究協力に関する覚書を取り交わしました。\n",
        [("partnership_agreement", ("リンカーン大学", "帯広畜産大学"), (("signed", "2023-09-19"),)),
         ("mou", ("AgResearch", "帯広畜産大学"), (("signed", "2023-09-19"),))],
    ),
    (
        "a new instrument signed at a dated occasion (式典に先立ち…「…覚書」に署名) is the latest step and types the chain",
        "公開日:2024年10月11日\n本県と中華人民共和国湖北省は、1994年10月に友好県省を締結し、本年で30周年を迎えました。"
        "これを記念し、10月9日(水曜日)、高知市内で記念式典を開催しました。\n"
        "式典に先立ち、高知県知事と湖北省副省長が「高知県と湖北省の友好交流の深化に関する覚書」に署名しました。\n",
        [("mou", ("湖北省", "高知県"), (("signed", "1994-10"), ("renewed", "2024-10-09")))],
    ),
    (
        "'Aと、それぞれ…覚書を締結' after a subject with a bracket gives one agreement with each; それぞれ is no part of the title",
        "2024年5月28日\n浜松いわた信用金庫\n浜松いわた信用金庫(理事長 山田太郎)は、このたび、タイのバンコク銀行、及びインドステイト銀行と、"
        "それぞれ業務協力に関する覚書を締結しました。\n",
        [("mou", ("バンコク銀行", "浜松いわた信用金庫"), ()), ("mou", ("インドステイト銀行", "浜松いわた信用金庫"), ())],
    ),
    (
        "list items written with spaces (・X市(国)  姉妹都市  昭和…) are ties; an undated item is one in force",
        "令和6年11月1日\n別府市の海外の姉妹・友好都市\n・木浦市(大韓民国)    姉妹都市 昭和五十九年十月\n"
        "・烟台市(中華人民共和国) 友好都市 昭和六十年九月\n・ロトルア市(ニュージーランド) 姉妹都市\n"
        "・令和5年11月 ケニア ジョモ・ケニヤッタ農工大学 副学長(協定に基づく研究交流)\n別府市\n",
        [("sister_city", ("別府市", "木浦市"), (("signed", "1984-10"),)),
         ("friendship_city", ("別府市", "烟台市"), (("signed", "1985-09"),)),
         ("sister_city", ("ロトルア市", "別府市"), ())],
    ),
    (
        "a tie told as a bond made (姉妹都市の縁を結びました) is a signing",
        "別府市と大韓民国木浦市は、昭和五十九年(一九八四年)十月に姉妹都市の縁を結びました。\n",
        [("sister_city", ("別府市", "木浦市"), (("signed", "1984-10"),))],
    ),
    (
        "the towns of a merger are no partners, and a tie handed on without signing (継承され、改めて調印は行わず) is no step",
        "岩国市とエバレット市は、昭和62年10月に姉妹都市提携の調印を行いました。平成18年3月20日に岩国市、由宇町、玖珂町、錦町の"
        "1市3町が合併して現在の岩国市が発足した際、旧岩国市の姉妹都市提携は新市に継承され、改めて調印は行わずに関係を続けています。\n"
        "2005年 | 市町合併(菊川町・豊田町・豊浦町)後の新・岩国市においても姉妹都市関係を継続\n",
        [("sister_city", ("エバレット市", "岩国市"), (("signed", "1987-10"),))],
    ),
    (
        "'AがX年にBと、CがY年にDと、それぞれ…を締結' is one tie per subject, each with its date",
        "県内では、那覇市が昭和56年(1981年)に福州市と、浦添市が昭和63年(1988年)に泉州市と、それぞれ友好都市を締結しています。\n",
        [("friendship_city", ("福州市", "那覇市"), (("signed", "1981"),)),
         ("friendship_city", ("泉州市", "浦添市"), (("signed", "1988"),))],
    ),
    (
        "'次の3団体とそれぞれ…締結' then one section per agreement (相手方 lines): one record each, dated by the lead; 同協会とは… is that body's own tie",
        "発表日 令和5年11月9日\n前橋市は令和5年11月8日、次の3団体とそれぞれ災害時の応援協定を締結しました。\n"
        "【協定1】\n 協定名 災害時における物資の供給に関する協定\n 相手方 株式会社カインズ\n"
        "【協定2】\n 協定名 災害時における緊急物資の輸送等に関する協定\n 相手方 一般社団法人群馬県トラック協会\n"
        " 備 考 同協会とは、群馬県も平成20年に同様の協定を結んでいます。\n"
        "【協定3】\n 協定名 災害時における応急給水に関する協定\n 相手方 前橋市管工事協同組合\n",
        [("partnership_agreement", ("前橋市", "株式会社カインズ"), (("signed", "2023-11-08"),)),
         ("partnership_agreement", ("一般社団法人群馬県トラック協会", "前橋市"), (("signed", "2023-11-08"),)),
         ("partnership_agreement", ("一般社団法人群馬県トラック協会", "群馬県"), (("signed", "2008"),)),
         ("partnership_agreement", ("前橋市", "前橋市管工事協同組合"), (("signed", "2023-11-08"),))],
    ),
    (
        "'下記の協定校と…協定を更新しました' then one item per partner: each item is that instrument, dated by its own line",
        "2024年4月5日\n岡山大学は、下記の協定校と大学間交流協定を更新しました。\n"
        "・延世大学校(韓国) 3月1日付で更新、有効期間5年\n・チェンマイ大学(タイ) 3月20日付で更新\n",
        [("partnership_agreement", ("岡山大学", "延世大学校"), (("renewed", "2024-03-01"),)),
         ("partnership_agreement", ("チェンマイ大学", "岡山大学"), (("renewed", "2024-03-20"),))],
    ),
    (
        "a state named as the place of its capital (…州の州都ビクトリア市) locates the partner; it is no party",
        "盛岡市は、1985年にカナダ・ブリティッシュコロンビア州の州都ビクトリア市と姉妹都市提携を結んでいます。\n",
        [("sister_city", ("ビクトリア市", "盛岡市"), (("signed", "1985"),))],
    ),
    (
        "a ceremony announced (…調印式の開催について, 調印式を行う予定) and a tie denied (提携関係はなく) are no records",
        "令和6年5月22日\n呉市\nイタリア・ラ・スペツィア市との姉妹都市提携調印式の開催について\n"
        "ラ・スペツィア市との姉妹都市提携につきまして、7月8日に呉市で調印式を行う予定としております。\n"
        "なお、尾道市と統営市の間には姉妹都市などの提携関係はなく、市民団体同士の交流です。\n",
        [],
    ),
    (
        "the corporation running a university, written before it (国立大学法人X機構 Y大学は), is no party of its own",
        "2023年9月22日\n国立大学法人北海道国立大学機構 帯広畜産大学は、9月19日、ニュージーランドのリンカーン大学と学術交流協定を締結しました。\n",
        [("partnership_agreement", ("リンカーン大学", "帯広畜産大学"), (("signed", "2023-09-19"),))],
    ),
    (
        "an anniversary declaration (友好提携30周年記念共同宣言) is typed by the declaration, the tie's word is the anniversary's",
        "2023年10月24日\n島根県\n本県と寧夏回族自治区は、平成5年10月に友好提携を結びました。本日、知事と副主席が"
        "「島根県・寧夏回族自治区友好提携30周年記念共同宣言」に調印しました。\n",
        [("joint_declaration", ("寧夏回族自治区", "島根県"), (("signed", "1993-10"), ("renewed", "2023-10-24")))],
    ),
    (
        "a page announcing a postponed ceremony (【延期】…締結式の延期について) reports no signing",
        "報道機関各位\n【延期】ベトナム・カントー市との経済交流覚書締結式の延期について\n令和6年11月15日\n高松市\n"
        "11月8日付けでお知らせしました、カントー市との「経済交流の推進に関する覚書」の締結式(11月20日開催予定)につきましては、"
        "延期することとなりました。\n(1)名称 ベトナム・カントー市との経済交流覚書締結式\n",
        [],
    ),
    (
        "the postponement headline may stand under the date, the addressees and the issuing office",
        "令和5年8月14日\n報道関係者 各位\n美馬市役所 企画政策課\n\n美馬市・四国大学・阿波みらい銀行の三者連携協定締結式の延期について\n"
        "　美馬市、学校法人四国大学及び株式会社阿波みらい銀行の三者による「地域人材の育成に関する連携協定」の締結式につきましては、台風の接近に伴い延期することといたしました。\n"
        "協定の内容(予定)\n　協定案では、次の事項について三者が連携・協力することとしています。\n・地域を担う人材の育成\n・市内事業者の創業支援\n"
        "参考\n　四国大学は、これまでも市の審議会への委員派遣などで市と協力してきました。\n",
        [],
    ),
    (
        "a question quoted from citizens (「…との姉妹提携はどうなるのか」) and a tie denied (文書は交わしておらず…協定もありません) are no records",
        "佐伯市\n市民の皆様から「南海郡との姉妹提携はどうなるのか」というお問い合わせをいただいております。"
        "旧蒲江町と南海郡の間で提携の協定書などの文書は交わしておらず、合併の際に佐伯市が引き継いだ協定もありません。\n",
        [],
    ),
    (
        "the issuer under its former name (旧浦和市が…提携を結び、…合併してさいたま市が誕生) is the issuer; a trip's dates are no term",
        "掲載日:2023年8月25日\nさいたま市 国際課\n市では、姉妹都市であるメキシコ合衆国のトルカ市に、高校生8名を派遣しました。"
        "昭和54年(1979年)に旧浦和市が姉妹都市提携を結び、平成13年に3市が合併してさいたま市が誕生した後も、その関係を受け継いでいます。\n"
        "■派遣の概要\n 期間 令和5年7月24日(月)~8月3日(木)\n",
        [("sister_city", ("さいたま市", "トルカ市"), (("signed", "1979"),))],
    ),
    (
        "a digest: 'Xとの姉妹都市提携から34年' is an anniversary; 'Aを結んだ中国山東省の済南市との写真展' still states a tie; 'テキサス州の姉妹都市タイラー市' is the city's",
        "うつのみや国際交流だより 2023年11月発行\n宇都宮市国際交流協会\n◆オルレアン市との姉妹都市提携から34年\n"
        "宇都宮市は、平成元年(1989年)にフランスのオルレアン市と姉妹都市提携を結びました。\n◆済南市 写真展\n"
        "昭和54年(1979年)に友好都市提携を結んだ中国山東省の済南市との交流の歩みを紹介する写真展を開催します。\n"
        "◆中学生を募集\nアメリカ合衆国テキサス州の姉妹都市タイラー市へ、来年3月に中学生8名を派遣します。\n宇都宮市\n",
        [("sister_city", ("オルレアン市", "宇都宮市"), (("signed", "1989"),)),
         ("friendship_city", ("宇都宮市", "済南市"), (("signed", "1979"),)),
         ("sister_city", ("タイラー市", "宇都宮市"), ())],
    ),
    (
        "a chronology row is a step only when it says one (平成4年 | 代表団が来彦); a tie named in passing (…に次ぐ) takes no later lines",
        "友好都市 湘潭市(中国)との交流の歩み - 彦根市\n彦根市は、平成3年(1991年)10月27日、中華人民共和国湖南省の湘潭市と友好都市提携を結びました。"
        "本市にとっては、昭和44年(1969年)に結んだアメリカ合衆国ミシガン州アナーバー市との姉妹都市提携に次ぐ、2番目の海外提携都市です。\n"
        "提携年月日 | 平成3年10月27日(湘潭市にて調印)\n"
        "平成4年 | 湘潭市友好代表団が来彦。\n平成6年 | 湘潭市から農業技術研修員2名を受入れ\n",
        [("friendship_city", ("彦根市", "湘潭市"), (("signed", "1991-10-27"),)),
         ("sister_city", ("アナーバー市", "彦根市"), (("signed", "1969"),))],
    ),
    (
        "a headline pairing each partner with its own instrument (Aと意向書に署名/Bと確認書を取り交わしました) gives two records",
        "燕市\nドイツ・ゾーリンゲン市と意向書に署名/関市と確認書を取り交わしました\n"
        "燕市は、令和8年3月18日、ゾーリンゲン市と「ものづくり交流に関する意向書」に署名しました。\n"
        "両市は令和8年2月2日、「燕市と関市との産業交流の継続に関する確認書」を取り交わしました。\n",
        [("letter_of_intent", ("ゾーリンゲン市", "燕市"), (("signed", "2026-03-18"),)),
         ("other", ("燕市", "関市"), (("signed", "2026-02-02"),))],
    ),
    (
        "an as-of date (2026年4月1日現在、…と協定を締結しています) is no step; 'No.' heading a table is no name",
        "琉球大学\n本学は、2026年4月1日現在、37の国・地域の大学・研究機関等と国際交流協定を締結しています。\n"
        "No. | 相手機関 | 国・地域 | 締結日\n1 | 済州大学校 | 大韓民国 | 2025年10月21日\n",
        [("partnership_agreement", ("済州大学校", "琉球大学"), (("signed", "2025-10-21"),))],
    ),
    (
        "the head of a body noted in brackets (名古屋港管理組合(管理者:愛知県知事)) is no party",
        "2025年2月14日\n名古屋港管理組合(管理者:愛知県知事)は、2月13日、オーストラリアのポート・オブ・ブリスベン社と覚書を締結しました。\n",
        [("mou", ("ポート・オブ・ブリスベン社", "名古屋港管理組合"), (("signed", "2025-02-13"),))],
    ),
    (
        "an English partner list: 'X, Country' heads each entry and 'Affiliated | date' dates it; the label is no name",
        "Sister Cities | City of Sapporo\nSapporo (札幌市) maintains sister city relationships with two cities.\n"
        "Munich, Germany\nAffiliated | August 28, 1972\nPopulation | approx. 1,500,000\n",
        [("sister_city", ("Munich", "札幌市"), (("signed", "1972-08-28"),))],
    ),
    (
        "a register of many bodies' ties: each row's Japanese body (not its prefecture column) and foreign partner; 姉妹都市|提携 in a cell is a label",
        "No.|都道府県|団体名|相手国|相手団体|協定等の種類・名称|区分|締結(更新)年月日|主な分野\n"
        "1|北海道|岩見沢市|カナダ|キャムローズ市(アルバータ州)|姉妹都市提携|新規|令和5年4月18日|農業、教育\n"
        "3|群馬県|高崎市|チェコ共和国|プルゼニ市|音楽文化交流に関する覚書|新規|令和5年7月10日|文化、教育\n",
        [("sister_city", ("キャムローズ市", "岩見沢市"), (("signed", "2023-04-18"),)),
         ("mou", ("プルゼニ市", "高崎市"), (("signed", "2023-07-10"),))],
    ),
    (
        "a page of partner blocks, each with its 連携先 line, gives one record per block",
        "横浜市\n海外の都市・経済機関との連携\n■フィリピン ダバオ市\n連携先 ダバオ市\n経過 2016年1月、技術協力覚書を締結しました。\n"
        "■アメリカ合衆国 マサチューセッツ州ケンブリッジ\n連携先 ケンブリッジ・イノベーション・センター\n経過 2021年3月5日、協定に署名しました。\n",
        [("mou", ("ダバオ市", "横浜市"), (("signed", "2016-01"),)),
         ("partnership_agreement", ("ケンブリッジ・イノベーション・センター", "横浜市"), (("signed", "2021-03-05"),))],
    ),
    (
        "a tie with a country itself: told in a sentence, or as an entry headed by the country with key rows below",
        "三重県\n平成28年9月7日、三重県はパラオ共和国と友好提携を締結しました。\n"
        "■パラオ共和国\n提携の名称 | 友好提携\n提携日 | 平成28年(2016年)9月7日\n",
        [("friendship_city", ("パラオ共和国", "三重県"), (("signed", "2016-09-07"),))],
    ),
    (
        "in a three-party record, '市とXは、平成17年に…協定を締結し' is the issuer's own earlier tie with X",
        "令和6年10月18日\n弘前市\n弘前市、国立大学法人弘前大学及び弘前商工会議所は、令和6年10月17日、三者による連携協力協定を締結しました。"
        "市と弘前大学は、平成17年3月に包括連携協定を締結し、様々な形で協働してきました。\n",
        [("partnership_agreement", ("国立大学法人弘前大学", "弘前商工会議所", "弘前市"), (("signed", "2024-10-17"),)),
         ("partnership_agreement", ("弘前大学", "弘前市"), (("signed", "2005-03"),))],
    ),
    (
        "a register of several cities' ties: each row's foreign partner, placed or not, is its own record",
        "県内の姉妹・友好提携一覧\n市名 | 提携先 | 種別 | 提携年月日\n大津市 | インタラーケン市 | 姉妹都市 | 昭和53年\n"
        "彦根市 | アナーバー市 | 姉妹都市 | 昭和44年\n彦根市 | 湘潭市 | 友好都市 | 平成3年\n",
        [("sister_city", ("インタラーケン市", "大津市"), (("signed", "1978"),)),
         ("sister_city", ("アナーバー市", "彦根市"), (("signed", "1969"),)),
         ("friendship_city", ("彦根市", "湘潭市"), (("signed", "1991"),))],
    ),
    (
        "a named instrument on a subject of its own, signed years after a sister tie, is a second record; "
        "one signed before the tie is the chain's first step",
        "別府市の姉妹都市\n都市名 | 国名 | 区分 | 提携年月日\nロトルア市 | ニュージーランド | 姉妹都市 | 1987年4月2日\n"
        "ロトルア市(ニュージーランド)\n令和4年10月には、両市長が「温泉観光地の持続可能な発展に関する覚書」を締結しました。\n",
        [("sister_city", ("ロトルア市", "別府市"), (("signed", "1987-04-02"),)),
         ("mou", ("ロトルア市", "別府市"), (("signed", "2022-10"),))],
    ),
    (
        "in a table, a partner's subject 覚書 row years after its tie row is a second record, "
        "though the page's lead names 提携や協定 together; the 覚書's renewal row stays in its chain",
        "海外の地域との提携・協定等の一覧\n本県は、カナダ・アルバータ州との姉妹州提携をはじめ、4つの地域と提携や協定を結んでいます。\n"
        "国 | 相手先 | 種別 | 締結年月日\nカナダ | アルバータ州 | 姉妹州提携 | 昭和55年9月1日\n"
        "カナダ | アルバータ州 | 農業交流の促進に関する覚書 | 平成30年5月7日\n台湾 | 高雄市 | 観光交流に関する覚書 | 平成26年4月1日\n"
        "台湾 | 高雄市 | 同覚書の更新 | 令和元年5月1日\n掲載元：北海道 国際課\n",
        [("sister_city", ("アルバータ州", "北海道"), (("signed", "1980-09-01"),)),
         ("mou", ("アルバータ州", "北海道"), (("signed", "2018-05-07"),)),
         ("mou", ("北海道", "高雄市"), (("signed", "2014-04-01"), ("renewed", "2019-05-01")))],
    ),
    (
        "a 締結先 line naming several partners on the issuer's list: the issuer is the other side",
        "松江市 災害時応援協定一覧\n（令和6年4月1日作成）\n松江市 防災安全部\n\n本市が締結している主な協定は次のとおりです。\n\n"
        "・災害時の医療救護活動に関する協定\n　締結先：一般社団法人松江市医師会、一般社団法人松江市歯科医師会\n　締結日：平成25年4月1日\n"
        "・災害時における物資の供給に関する協定\n　締結先：株式会社みなとストア\n　締結日：令和2年7月1日\n",
        [("partnership_agreement", ("一般社団法人松江市医師会", "一般社団法人松江市歯科医師会", "松江市"), (("signed", "2013-04-01"),)),
         ("partnership_agreement", ("松江市", "株式会社みなとストア"), (("signed", "2020-07-01"),))],
    ),
    (
        "a kind of body with 等 (国の機関等と) in a list's lead is no party and opens no record of its own",
        "県外自治体等との災害時相互応援協定\n掲載日：2023年11月1日\n"
        "大規模災害に備え、徳島県では、県外の自治体や国の機関等と相互応援協定を締結しています。主な協定は次のとおりです。\n"
        "No. | 協定名 | 締結先 | 締結日\n1 | 紀伊水道を挟む両県の災害時相互応援に関する協定 | 和歌山県 | 令和元年5月21日\n",
        [("partnership_agreement", ("和歌山県", "徳島県"), (("signed", "2019-05-21"),))],
    ),
    (
        "the dated ceremony of an amended agreement (改正協定の調印式) is a renewed step; a first signing's ceremony is not a second step",
        "令和5年5月1日発行 小谷村役場\n\n　小谷村と愛知県弥富市は、平成20年6月1日に「山と海の友好交流に関する協定」を結びました。\n"
        "　このたび両市村は協定を改正することで合意し、4月20日、小谷村役場で改正協定の調印式を行いました。\n",
        [("friendship_city", ("小谷村", "弥富市"), (("signed", "2008-06-01"), ("renewed", "2023-04-20")))],
    ),
    (
        "a conclusion the press was said to report (一部報道で…覚書を締結したと伝えられましたが…事実はありません) has no record",
        "令和6年4月18日\n舞鶴市 みなと振興課\n\n　一部報道で、京都府と同船の運航会社との間で寄港回数の拡大に関する覚書を締結したと伝えられましたが、"
        "府及び本市に確認したところ、そのような覚書を締結した事実はありません。\n",
        [],
    ),
    (
        "a numbered 協定の当事者 heading lists the parties on the line below it, the issuer among them",
        "総務委員会資料\n令和6年2月9日\n教育委員会事務局\n\n角田市との協定の締結について（報告）\n\n１　趣旨\n"
        "　区立学校の給食に地場産の米を使うため、宮城県角田市との間で協定を締結したので報告する。\n"
        "２　締結日\n　令和6年1月30日\n３　協定の当事者\n　目黒区、角田市\n",
        [("partnership_agreement", ("目黒区", "角田市"), (("signed", "2024-01-30"),))],
    ),
    (
        "an earlier agreement the page sets apart from the new one (…協定とは別に、新たに締結) is its own record",
        "令和6年6月4日\n志布志市 長寿介護課\n\n　志布志市と国立大学法人鹿屋体育大学は、令和6年6月3日、「フレイル予防に関する連携協定」を締結しました。\n"
        "　本市と同大学は、平成23年に包括連携協定を締結しています。今回の協定は、包括連携協定とは別に、新たに締結したものです。\n",
        [("partnership_agreement", ("国立大学法人鹿屋体育大学", "志布志市"), (("signed", "2024-06-03"),)),
         ("partnership_agreement", ("国立大学法人鹿屋体育大学", "志布志市"), (("signed", "2011"),))],
    ),
    (
        "an earlier agreement after a sentence counting the parties' ties (町と同社の協定はこれが2つめ) is its own record",
        "2024年7月8日 まちのWebマガジン\n\n　株式会社みどりフーズと小鹿野町が、7月4日、「地域見守り活動に関する協定」を結びました。\n"
        "　実は、小鹿野町と同社の協定はこれが2つめ。2019年9月には「災害時における生活必需物資の供給に関する協定」を結んでいます。\n",
        [("partnership_agreement", ("小鹿野町", "株式会社みどりフーズ"), (("signed", "2024-07-04"),)),
         ("partnership_agreement", ("小鹿野町", "株式会社みどりフーズ"), (("signed", "2019-09"),))],
    ),
    (
        "a year that is the topic of a count since the tie (2024年は、…提携を結んでから40周年) dates the tie that many years "
        "before; a date the tie was concluded on (平成10年11月に…結んでから25周年) stays its date",
        "公開日:2024年4月15日\n\n 2024年(令和6年)は、石川県と中華人民共和国江蘇省が友好県省の提携を結んでから30周年の節目の年です。\n\n"
        " 七尾市と中国大連市金州区は、平成10年(1998年)11月に友好都市盟約を結んでから25周年を迎えました。\n",
        [("friendship_city", ("江蘇省", "石川県"), (("signed", "1994"),)),
         ("friendship_city", ("七尾市", "金州区"), (("signed", "1998-11"),))],
    ),
    (
        "a press invitation to a signing ceremony still ahead (【取材案内】…締結式を開催します) has no record, its named "
        "agreement included",
        "【取材案内】株式会社しおがま海洋との連携協定締結式を開催します\n発表日 令和6年11月21日\n\n"
        "塩竈市と株式会社しおがま海洋は、地域振興に向けて連携協定を締結することとなりました。下記のとおり締結式を開催します。\n"
        "1 日時\n令和6年11月28日(木曜日)午前11時から\n2 締結する協定\n(名称)塩竈市と株式会社しおがま海洋との地域振興に関する連携協定\n",
        [],
    ),
    (
        "a headline opening with a port's name and と that the page quotes whole as the instrument's name gives no party",
        "令和6年5月14日\n北九州市港湾空港局\n\n門司港と寧波港の物流協力に関する覚書を締結しました\n"
        "　北九州市は、令和6年5月13日、寧波舟山港集団有限公司と「門司港と寧波港の物流協力に関する覚書」を締結しました。\n",
        [("mou", ("北九州市", "寧波舟山港集団有限公司"), (("signed", "2024-05-13"),))],
    ),
    (
        "a foreign region whose premier signs beside the governor (知事とガリシア州首相が…に署名) is the party, and a 政府 "
        "opening a chronology row (本県とガリシア州政府が…共同宣言に署名) is no part of the instrument's name",
        "姉妹道のあゆみ\n公開日：2024年3月15日　山形県 観光交流課\n\n"
        "　平成10年（1998年）12月4日、山形県知事とガリシア州首相が「出羽三山とサンティアゴ巡礼道の姉妹道提携に関する共同宣言」に署名しました。\n"
        "年月 | できごと\n平成10年12月 | 本県とガリシア州政府が姉妹道提携に関する共同宣言に署名\n",
        [("joint_declaration", ("ガリシア州", "山形県"), (("signed", "1998-12-04"),))],
    ),
    (
        "a headline listing the partners the page concludes with one by one (それぞれ) is one record each; a company that "
        "calls itself 当球団 (以下「当球団」) is the issuer, so its aside with the prefecture is its own record",
        "2023.02.01 球団情報\n東温市・砥部町とホームタウン協定を締結しました\n"
        "株式会社東予ベースボールクラブ（以下「当球団」）は、このたび、愛媛県東温市及び愛媛県砥部町の2市町と、それぞれホームタウン協定を締結しました。\n"
        "ホームタウン | 締結日\n東温市 | 2023年1月24日\n砥部町 | 2023年1月31日\n"
        "なお、当球団は2022年9月に愛媛県と「スポーツを通じた地域振興に関する連携協定」を締結しています。\n",
        [("partnership_agreement", ("東温市", "株式会社東予ベースボールクラブ"), (("signed", "2023-01-24"),)),
         ("partnership_agreement", ("株式会社東予ベースボールクラブ", "砥部町"), (("signed", "2023-01-31"),)),
         ("partnership_agreement", ("愛媛県", "株式会社東予ベースボールクラブ"), (("signed", "2022-09"),))],
    ),
    (
        "同漁協 as the subject of the sentence before, in the same paragraph, signed the earlier 覚書 the next sentence tells",
        "2024年3月15日\n北海ニュース\n\n　枝幸町の枝幸漁業協同組合は12日、ボストンで株式会社ノースシーフーズと、冷凍ホタテの供給に関する覚書を交わした。\n"
        "　同漁協はかつて、輸出の多くを中国向けが占めていた。2019年には大連の「大連海星水産有限公司」と、ホタテの加工委託に関する覚書を結んでいた。\n",
        [("mou", ("枝幸漁業協同組合", "株式会社ノースシーフーズ"), (("signed", "2024-03-12"),)),
         ("mou", ("大連海星水産有限公司", "枝幸漁業協同組合"), (("signed", "2019"),))],
    ),
    (
        "a place before a described company (ホーチミン市の輸入商社との覚書) locates the company the page names; it is no partner",
        "タイ・チェンマイ県との覚書の更新及びバンコク都の輸入商社との覚書締結について\n掲載日：2023年11月28日\n\n"
        "1　チェンマイ県との覚書の更新\n　本県は、令和5年11月20日、チェンマイ県との間で「農業分野における協力に関する覚書」を更新しました。"
        "本県とチェンマイ県は、平成30年11月22日に同覚書を締結しています。\n"
        "2　バンコク都の輸入商社との覚書締結\n　11月22日には、知事がバンコクを訪れ、サイアム・ジャパンフーズ社との間で「県産品の輸出促進に関する覚書」を締結しました。\n"
        "問い合わせ先：鳥取県 国際課\n",
        [("mou", ("チェンマイ県", "鳥取県"), (("signed", "2018-11-22"), ("renewed", "2023-11-20"))),
         ("mou", ("サイアム・ジャパンフーズ社", "鳥取県"), (("signed", "2023-11-22"),))],
    ),
    (
        "two other towns' own tie told as the subject of a step (AとBは…提携を結んでいました) is their record, not the issuer's; "
        "本市 in a list of signatories (本市、A市、B市の三市長が) is the issuer",
        "親善都市のご紹介 - 長浜市\n長浜市は、歴史の縁をもとに国内の自治体と交流を続けています。\n"
        "都市名 | 区分 | 提携年月日\n松山市（愛媛県） | 親善都市 | 昭和43年（1968年）10月4日\n松山市との親善都市提携\n"
        "　今治市と松山市は、昭和40年に姉妹都市提携を結んでいました。この両市の橋渡しを受けて、本市と松山市は昭和43年10月4日、親善都市の提携を結びました。\n"
        "　平成22年3月3日、本市、松山市、今治市の三市長が「歴史交流に関する三市共同宣言」に署名しました。\n"
        "お問い合わせ\n長浜市 企画振興部 企画課\n",
        [("friendship_city", ("松山市", "長浜市"), (("signed", "1968-10-04"),)),
         ("sister_city", ("今治市", "松山市"), (("signed", "1965"),)),
         ("joint_declaration", ("今治市", "松山市", "長浜市"), (("signed", "2010-03-03"),))],
    ),
    (
        "each entry's 当事者 line names that entry's parties (a reading in brackets after a name is no gap), "
        "and a 当事者 line naming none of the entry above opens another agreement",
        "令和6年8月22日\n大分県 流通課\n\n　8月15日、香港の見本市会場で、県内の団体が香港の企業と次の2件の覚書等を締結しました。\n\n"
        "（１）大分県農業協同組合と城市鮮選有限公司との基本合意書\n"
        "　　名称　　　大分県産青果物の継続取引に関する基本合意書\n"
        "　　当事者　　大分県農業協同組合（JAおおいた）／城市鮮選有限公司（City Fresh Select Ltd.）\n　　締結日　　令和6年8月15日\n\n"
        "（２）大分県漁業協同組合と海翠飲食集団有限公司との覚書\n"
        "　　名称　　　大分県産のりの安定供給に関する覚書\n"
        "　　当事者　　大分県漁業協同組合／海翠飲食集団有限公司\n　　締結日　　令和6年8月15日\n",
        [("basic_agreement", ("城市鮮選有限公司", "大分県農業協同組合"), (("signed", "2024-08-15"),)),
         ("mou", ("大分県漁業協同組合", "海翠飲食集団有限公司"), (("signed", "2024-08-15"),))],
    ),
    (
        "a clause naming two partners with それぞれ, then a clause with a third: one tie each, each with its clause's date",
        "令和5年10月12日\n横浜市港湾局\n\n　横浜港は、昭和42年に米国のタコマ港、オランダのアントワープ港とそれぞれ姉妹港提携を結び、"
        "また、昭和55年には中国の天津港と友好港提携を結んでおります。\n",
        [("sister_city", ("タコマ港", "横浜市"), (("signed", "1967"),)),
         ("sister_city", ("アントワープ港", "横浜市"), (("signed", "1967"),)),
         ("friendship_city", ("天津港", "横浜市"), (("signed", "1980"),))],
    ),
    (
        "ports named as the ends of a route (伏木富山港とウラジオストク港を結ぶ航路) are not the tie's partner",
        "令和6年6月\n富山県 国際課\n\n３　ロシア連邦　沿海地方（友好提携）\n"
        "　　平成４年に友好提携を締結し、伏木富山港とウラジオストク港を結ぶ航路を軸に経済交流を進めてきた。\n",
        [("friendship_city", ("富山県", "沿海地方"), (("signed", "1992"),))],
    ),
    (
        "本県と同州との間で (the page's words for the parties named before) is no party's name",
        "令和6年10月8日\n愛知県 国際課\n\n■インド・タミル・ナドゥ州\n　・州の産業大臣が来県し、本県と同州との間で「経済・産業交流に関する覚書」を締結した（5月14日）。\n",
        [("mou", ("タミル・ナドゥ州", "愛知県"), ())],
    ),
    (
        "a place in brackets after an event (記念式典(秋田市), 記念式典(蘭州市)) is where it was held: no party, no record",
        "県の国際交流のあゆみ\n作成：秋田県国際課\n\n年月 | 出来事\nS57.8(1982) | 中国・甘粛省と友好提携を締結\n"
        "2007.8 | 甘粛省との友好提携25周年記念式典(秋田市)\n2012.8 | 甘粛省との友好提携30周年記念式典(蘭州市)\n",
        [("friendship_city", ("甘粛省", "秋田県"), (("signed", "1982-08"),))],
    ),
    (
        "a city card (都市名 | X市(国・州) / 提携年月日 | …) names its partner by the 都市名 key; a header line 都市名 国名 … is no card",
        "国際交流・姉妹都市のページ\n企画調整課 国際交流係\n　紋別市では、海外の都市と姉妹都市の提携を結んでいます。\n\n◆海外の姉妹都市\n"
        "都市名 | ニューポート市(アメリカ合衆国オレゴン州)\n提携年月日 | 平成8年7月12日\n\n"
        "都市名    国名        区分   提携日\n",
        [("sister_city", ("ニューポート市", "紋別市"), (("signed", "1996-07-12"),))],
    ),
    (
        "an agreement as a municipal code prints it (○name / date / 協定第N号 / 改正 … / enacting clause): signed on the "
        "date under the name, renewed on each 改正 date, between the bodies the clause names",
        "四万十市と黒潮町との消防相互応援協定|四万十市例規集\n○四万十市と黒潮町との消防相互応援協定\n昭和52年3月25日\n協定第1号\n"
        "改正　平成15年3月31日協定第2号\n平成26年3月28日協定第1号\n"
        "　四万十市(以下「甲」という。)と幡多郡黒潮町(以下「乙」という。)とは、消防の相互応援に関し、次のとおり協定する。\n"
        "(目的)\n第1条　この協定は、災害による被害を最小限度に防止することを目的とする。\n",
        [("partnership_agreement", ("四万十市", "黒潮町"), (("signed", "1977-03-25"), ("renewed", "2003-03-31"), ("renewed", "2014-03-28")))],
    ),
    (
        "協定締結者 over a table: the bodies of its name column sign the agreement the page announces, not the places of 所在地",
        "境港市スマートシティ推進に関する連携協定を締結しました\n掲載日:2024年2月20日\n"
        "境港市は、令和6年2月19日、市内外の企業及び大学とともに、「境港市スマートシティ推進に関する連携協定」を締結しました。\n"
        "協定締結者\n区分 | 名称 | 所在地\n自治体 | 境港市 | 鳥取県境港市\n大学 | 国立大学法人鳥取大学 | 鳥取県鳥取市\n"
        "企業 | 株式会社山陰データラボ | 島根県松江市\n連携事項\n交通サービスの高度化に関すること\n",
        [("partnership_agreement", ("国立大学法人鳥取大学", "境港市", "株式会社山陰データラボ"), (("signed", "2024-02-19"),))],
    ),
    (
        "a tie told without its partner right after a question naming the partner on the line before",
        "令和5年10月19日 熊本県知事定例記者会見\n記者:\n 話は変わりますが、アメリカのモンタナ州との関係について。\n"
        " 昭和57年に姉妹提携を結んでから、昨年で40周年でした。\n",
        [("sister_city", ("モンタナ州", "熊本県"), (("signed", "1982"),))],
    ),
    (
        "a sentence on the line before that names a port the partner has does not name the partner",
        "■ ワシントン州(アメリカ合衆国)\n 州都オリンピア。シアトル港を擁し、航空機産業が集積しています。\n"
        " 昭和38年8月、「姉妹州」の関係を結びました。\n",
        [("sister_city", ("ワシントン州",), (("signed", "1963-08"),))],
    ),
    (
        "a body named as the place of signing is still the partner when the sentence goes on with 同大学との",
        "令和6年12月2日\n新居浜市\n11月6日、バンドン市のバンドン工科大学において、同大学との「産業人材の育成に関する覚書」を更新いたしました。\n",
        [("mou", ("バンドン工科大学", "新居浜市"), (("renewed", "2024-11-06"),))],
    ),
    (
        "a university list's 所在地 column locates the partner; the city there is no party",
        "大学間交流協定締結校一覧\n静岡大学が大学間交流協定を締結している海外の大学を掲載しています。\n中華人民共和国\n大学名 | 所在地 | 締結年月日\n"
        "華東師範大学 | 上海市 | 2010年3月1日\n国立中興大学 | 台中市 | 2012年12月4日\n",
        [("partnership_agreement", ("華東師範大学", "静岡大学"), (("signed", "2010-03-01"),)),
         ("partnership_agreement", ("国立中興大学", "静岡大学"), (("signed", "2012-12-04"),))],
    ),
    (
        "a lead naming two partners over an entry for each: one record per partner, each with its own steps",
        "2024年04月12日\n弘前大学\n弘前大学は、中華人民共和国の吉林大学及び大韓民国の江原大学校との間で締結している"
        "大学間交流協定について、協定を更新しました。\n"
        "■ 吉林大学(中華人民共和国 吉林省長春市)\n ・協定締結 平成16年11月\n ・今回の更新 令和6年3月27日\n"
        "■ 江原大学校(大韓民国)\n ・協定締結 2009年6月\n ・今回の更新 2024年2月\n",
        [("partnership_agreement", ("吉林大学", "弘前大学"), (("signed", "2004-11"), ("renewed", "2024-03-27"))),
         ("partnership_agreement", ("弘前大学", "江原大学校"), (("signed", "2009-06"), ("renewed", "2024-02")))],
    ),
    (
        "a table row whose cell is the instrument's name is an agreement even undated; a speaker's line is no entry head; "
        "a (参考) heading over older agreements names none of them",
        "掲載日:2024年9月2日\n神戸市は、民間事業者3社と、それぞれ災害時の物資供給等に関する協定を締結しました。\n"
        "協定締結先 | 協定の名称 | 主な内容\n"
        "六甲ロジスティクス株式会社 (本社:神戸市中央区) | 災害時における物資の保管及び輸送に関する協定 | 物資の輸送\n"
        "六甲ロジスティクス株式会社 代表取締役 西田 玲子 氏\n「物流のプロとして貢献します。」\n"
        "(参考)物資の供給等に関する主な協定(これまでに締結したもの)\n締結先 | 協定の名称 | 締結日\n"
        "生活協同組合コープこうべ | 災害時における緊急物資の調達に関する協定 | 平成9年3月\n",
        [("partnership_agreement", ("六甲ロジスティクス株式会社", "神戸市"), ()),
         ("partnership_agreement", ("生活協同組合コープこうべ", "神戸市"), (("signed", "1997-03"),))],
    ),
    (
        "a news item headed by its day and the instrument dates the conclusion told below it; a category word does not",
        "広報しかおい 2024.9 No.758\nR6.7.22 沖縄県竹富町と災害時相互応援協定\n"
        " 鹿追町と竹富町が「大規模災害時における相互応援に関する協定」を結びました。\n",
        [("partnership_agreement", ("竹富町", "鹿追町"), (("signed", "2024-07-22"),))],
    ),
    (
        "同日 in the heading above, or 同じ式典で, dates a conclusion by the day told before",
        "2023年10月1日発行\n相模原市は、8月29日、タイ国商工会議所と「経済交流の推進に関する覚書」を締結しました。\n"
        "◆同日、商工会議所どうしも協定\n 同じ式典の中で、相模原商工会議所とタイ国商工会議所が「相互協力協定」を締結しました。\n",
        [("mou", ("タイ国商工会議所", "相模原市"), (("signed", "2023-08-29"),)),
         ("partnership_agreement", ("タイ国商工会議所", "相模原商工会議所"), (("signed", "2023-08-29"),))],
    ),
    (
        "a chronology table with the year and the month in cells of their own dates a step to the month",
        "公開日 2023年11月20日\n鳥取県の国際交流のあゆみ\n年 | 月 | 内容\n"
        "1994年(平成6年) | 4月 | 中華人民共和国吉林省と友好提携\n1997年(平成9年) | 8月 | モンゴル国中央県と友好交流協定を締結\n",
        [("friendship_city", ("吉林省", "鳥取県"), (("signed", "1994-04"),)),
         ("friendship_city", ("中央県", "鳥取県"), (("signed", "1997-08"),))],
    ),
    (
        "a chronology's entry opening with its month takes the year heading it, across the year's other entries",
        "北九州市の国際交流のあゆみ\n平成31年3月\n■年表\n1988年(昭和63年)\n 12月 大韓民国仁川直轄市と姉妹都市提携\n\n"
        "2009年(平成21年)\n 4月 環境モデル都市に選定\n 11月 ベトナム社会主義共和国ハイフォン市と友好協定を締結\n",
        [("sister_city", ("仁川直轄市", "北九州市"), (("signed", "1988-12"),)),
         ("friendship_city", ("ハイフォン市", "北九州市"), (("signed", "2009-11"),))],
    ),
    (
        "a date that names something else (昭和34年の伊勢湾台風) dates no step; a 提携年月 label dates the line below it",
        "山梨県の海外交流\n山梨県では、海外の地域と姉妹提携を結んでいます。\nアメリカ合衆国 アイオワ州(姉妹州)\n提携年月\n昭和35年(1960年)8月\n"
        "きっかけ\n昭和34年の伊勢湾台風で被害を受けた本県の畜産業の復興を縁として、姉妹州の提携を結びました。\n",
        [("sister_city", ("アイオワ州", "山梨県"), (("signed", "1960-08"),))],
    ),
    (
        "a visits table below a plan is no list of agreements",
        "愛知県\n・会談後、覚書の締結を視野に協議を進める。\n月日 | 来訪者 | 人数\n5月29日 | フィンランド大使館商務参事官 | 3\n",
        [],
    ),
    (
        "a ceremony still to be held (…協定締結式を行います) is a plan",
        "令和6年10月2日\n白井市 企画政策課\n東邦薬科大学との包括連携協定締結式を行います\n"
        "下記のとおり締結式を執り行います。\n1 日時 令和6年10月9日(水曜日)午後2時から\n",
        [],
    ),
    (
        "a numbered heading naming a partner and its 協定 opens that partner's part, with the steps below it",
        "令和5年4月3日\n上越市 防災危機管理課\n\n上越市は、本日、一般社団法人上越建設業協会との協定を改め、"
        "あわせて上越倉庫協同組合と新たに協定を締結しました。\n\n"
        "1　一般社団法人上越建設業協会との変更協定\n（1）経緯\n　平成19年の新潟県中越沖地震を受け、平成20年5月に協定を締結しました。\n"
        "（2）締結日\n　令和5年4月3日\n\n2　上越倉庫協同組合との協定\n（1）締結日\n　令和5年4月3日\n",
        [("partnership_agreement", ("一般社団法人上越建設業協会", "上越市"), (("signed", "2008-05"), ("renewed", "2023-04-03"))),
         ("partnership_agreement", ("上越倉庫協同組合", "上越市"), (("signed", "2023-04-03"),))],
    ),
    (
        "a digest item headed by its yearless day between rule lines takes that day, in the issue's year",
        "地域連携ニュース(2023年11月分)\n令和5年12月5日発行\n\n------------------------\n"
        "[11月14日] 鶴岡市　酒田市と相互応援協定\n------------------------\n"
        "鶴岡市は、酒田市と「大規模災害時における相互応援に関する協定」を結んだ。\n",
        [("partnership_agreement", ("酒田市", "鶴岡市"), (("signed", "2023-11-14"),))],
    ),
    (
        "an organisation that shortens itself to 本組合 and concludes is the issuer; each 締結先 line opens its entry",
        "消防年報\n\n　東讃広域消防組合（以下「本組合」という。）は、さぬき市及び東かがわ市の消防事務を処理している。\n\n"
        "第２章　沿革\n　昭和５２年　４月　高松市消防本部と消防相互応援協定を締結\n\n"
        "第５章　協定\n　本組合が締結している主な協定は次のとおりである。\n\n"
        "１　高松・東讃地区消防相互応援協定\n　　締結先　高松市消防局\n"
        "　　昭和５２年４月１日、高松市消防本部（現：高松市消防局）との間で締結した。管轄の境界付近で発生した火災に相互に出動する。\n\n"
        "２　災害時における応急対策業務に関する協定\n　　締結先　一般社団法人香川県建設業協会\n　　締結日　平成２５年７月１日\n",
        [("partnership_agreement", ("東讃広域消防組合", "高松市消防本部"), (("signed", "1977-04-01"),)),
         ("partnership_agreement", ("一般社団法人香川県建設業協会", "東讃広域消防組合"), (("signed", "2013-07-01"),))],
    ),
    (
        "a chronology's year column written both ways with no 年 dates the day beside it",
        "泉佐野市 国際交流のあゆみ\n令和5年3月\n　西暦（和暦）　　月　　主なできごと\n"
        "　1971（昭和46）　　5月12日　アメリカ合衆国・オレゴン州メドフォード市と姉妹都市提携\n"
        "　1980（昭和55）　　8月　　中学生派遣事業を開始\n",
        [("sister_city", ("メドフォード市", "泉佐野市"), (("signed", "1971-05-12"),))],
    ),
    (
        "a note marked ※2 under a table belongs to the row that carries ※2; a Japanese city beside a country cell is no locator",
        "県内市町村の海外姉妹都市一覧\n栃木県 国際課\n令和6年5月発行\n\n"
        "市町村名　　相手国　　相手都市　　　　　　　種別　　　　提携年月日　　　　備考\n"
        "―――――――――――――――――――――――――――――――――――――――――\n"
        "鹿沼市　　　米国　　　ウィスコンシン州ケノーシャ市　姉妹都市　　平成7年4月　　　※1\n"
        "大田原市　豪州　　　クイーンズランド州ダルビー町　姉妹都市　　平成6年10月7日　　※2\n"
        "―――――――――――――――――――――――――――――――――――――――――\n\n"
        "※1　旧粟野町との提携を引き継ぎ、令和元年6月1日に鹿沼市として改めて調印した。\n"
        "※2　令和2年3月31日をもって提携を解消した。\n",
        [("sister_city", ("ケノーシャ市", "鹿沼市"), (("signed", "1995-04"), ("renewed", "2019-06-01"))),
         ("sister_city", ("ダルビー町", "大田原市"), (("signed", "1994-10-07"),))],
    ),
    (
        "a board alone on the letterhead that opens the first paragraph is the issuer; a place opening a quoted name is no party",
        "令和5年2月10日\n            岐阜県教育委員会事務局\n    教育総務課\n\n    岐阜大学との連携協定の締結について\n\n"
        "  岐阜県教育委員会は、本日、国立大学法人岐阜大学と\n「岐阜県の教員養成の充実に関する協定」を締結しました。\n",
        [("partnership_agreement", ("岐阜大学", "岐阜県教育委員会"), (("signed", "2023-02-10"),))],
    ),
    (
        "a body the tie was arranged through (…を通じて, …の仲介で) is no party",
        "令和5年6月1日\n松江市は、5月30日、在日ドイツ大使館を通じてドイツのヴュルツブルク市と友好協定を締結しました。\n"
        "岡山市は、5月30日、岡山県国際交流協会の仲介でブラジルのサントス市と友好協定を締結しました。\n",
        [("friendship_city", ("ヴュルツブルク市", "松江市"), (("signed", "2023-05-30"),)),
         ("friendship_city", ("サントス市", "岡山市"), (("signed", "2023-05-30"),))],
    ),
    (
        "exchanges called off beside a tie the sentence states leave the tie a record",
        "玉名市の主な施策\n　本市の友好都市である中華人民共和国浙江省嘉興市とは、令和2年度以降、相互訪問を中止しています。\n",
        [("friendship_city", ("嘉興市", "玉名市"), ())],
    ),
    (
        "a signing called off is still no record",
        "令和5年6月1日\n玉名市は、中華人民共和国浙江省嘉興市との友好都市提携の調印を延期しました。\n",
        [],
    ),
    (
        "a law cited with its year (昭和22年法律第67号) dates no step",
        "熊本市告示第150号\n　地方自治法（昭和22年法律第67号）第252条の2第1項の規定により、嘉島町と連携協約を締結したので告示する。\n"
        "　　平成29年3月30日\n",
        [("partnership_agreement", ("嘉島町", "熊本市"), ())],
    ),
    (
        "a headquarters on the letterhead, then its departments, speaks for the body its first paragraph names",
        "令和5年11月20日\n佐賀県警察本部 生活安全部 生活安全企画課\n\n"
        "　佐賀県警察は、本日、株式会社ミナミマートとの間で「地域の安全・安心に関する協定」を締結しました。\n"
        "　県警察では、平成28年5月に佐賀県防犯協会との間で「防犯対策の推進に関する覚書」を取り交わしています。\n",
        [("partnership_agreement", ("佐賀県警察", "株式会社ミナミマート"), (("signed", "2023-11-20"),)),
         ("mou", ("佐賀県警察", "佐賀県防犯協会"), (("signed", "2016-05"),))],
    ),
    (
        "a bureau issuing: its manager's title names the city, which is the bureau signing",
        "記者資料提供（2024年2月15日）\n横浜市水道局 経営企画課\n\n"
        "　横浜市水道局は、2月13日、ラオス水道公社と「水道事業の技術協力に関する覚書」を締結しました。\n"
        "（２）署名者　横浜市水道事業管理者、ラオス水道公社総裁\n",
        [("mou", ("ラオス水道公社", "横浜市水道局"), (("signed", "2024-02-13"),))],
    ),
    (
        "a ceremony told before the sentence that names the signatories dates their agreement",
        "社協だより　みなかみ\n第98号　令和6年7月1日発行\n\n"
        "　6月12日、みなかみ町役場で「みなかみ町地域見守り活動に関する協定」の締結式が行われました。"
        "協定を結んだのは、みなかみ町、みなかみ町社会福祉協議会、日本郵便株式会社の3者です。\n",
        [("partnership_agreement", ("みなかみ町", "みなかみ町社会福祉協議会", "日本郵便株式会社"), (("signed", "2024-06-12"),))],
    ),
    (
        "a partner's second entry, under a heading of disaster agreements, is a relationship of its own",
        "高梁市の提携都市\n\n【国内の姉妹都市】\n\n・会津若松市（福島県）\n　　種別：姉妹都市\n　　提携日：平成3年10月1日\n\n"
        "【災害時相互応援協定】\n\n・会津若松市\n　　協定名：災害時における相互応援に関する協定\n　　締結日：平成24年7月2日\n"
        "　　姉妹都市とは別に、災害時の応援を定めた協定を結びました。\n",
        [("sister_city", ("会津若松市", "高梁市"), (("signed", "1991-10-01"),)),
         ("partnership_agreement", ("会津若松市", "高梁市"), (("signed", "2012-07-02"),))],
    ),
    (
        "a date that dates a merger before the conclusion verb (…に合併して…となったため、翌年…調印) is no step",
        "登米市の姉妹都市\n・栗原市（宮城県）\n　　提携日：昭和62年4月1日（旧迫町との提携）\n　　再調印：平成18年10月5日\n"
        "　　平成17年4月に迫町が周辺の町と合併して登米市となったため、翌年、栗原市との間で改めて姉妹都市の盟約書に調印しました。\n",
        [("sister_city", ("栗原市", "登米市"), (("signed", "1987-04-01"), ("renewed", "2006-10-05")))],
    ),
    (
        "a town opening a quoted name stays a party when no board of it is on the page",
        "町のあゆみ\n令和4年10月1日発行\n\n　平成二十三年五月十日、町と南和観光バス株式会社は「観光ツアーの企画に関する協定」を結びました。\n"
        "　十年後の令和三年五月十日、町と同社は協定を結び直しました。"
        "新しい協定の名前は「下市町の観光振興と地域交通の確保に関する協定」です。\n",
        [("partnership_agreement", ("下市町", "南和観光バス株式会社"), (("signed", "2011-05-10"), ("renewed", "2021-05-10")))],
    ),
    (
        "本学 on a page naming the university with and without its legal form, and a partner its bracket places abroad",
        "令和6年6月3日\nグローバルセンター長\n\n　本学が海外の大学と締結している学術交流協定のうち、下記の2件が終了しました。\n\n"
        "１　ガジャマダ大学（インドネシア共和国）との大学間学術交流協定\n　・締結日　　平成15年7月1日\n\n"
        "２　国立中興大学（台湾）との学生交流覚書\n　・締結日　　2014年4月1日\n\n"
        "　なお、宮崎大学農学部では新たな協定について協議しています。\n（問い合わせ先）\n国立大学法人宮崎大学 国際連携課\n",
        [("partnership_agreement", ("ガジャマダ大学", "国立大学法人宮崎大学"), (("signed", "2003-07-01"),)),
         ("mou", ("国立中興大学", "国立大学法人宮崎大学"), (("signed", "2014-04-01"),))],
    ),
    (
        "an anniversary declaration after the tie types the chain even when the tie's word is chosen elsewhere",
        "令和4年11月25日\n静岡県 地域外交課\n\n　本県と中国・浙江省は、昭和57年4月に友好提携を結んでいます。\n"
        "　11月24日、両県省は「静岡県・浙江省友好提携40周年記念共同宣言」に署名しました。"
        "宣言には、浙江省との友好提携のもとで交流をさらに深めることがうたわれています。\n",
        [("joint_declaration", ("浙江省", "静岡県"), (("signed", "1982-04"), ("renewed", "2022-11-24")))],
    ),
    (
        "a company's agreement made under its former trade name (同社が…の商号で営業していた当時に) is the same chain",
        "令和6年4月15日\n鹿追町 企画課\n\n　鹿追町は、本日、サウザン損害保険株式会社と「鹿追町とサウザン損害保険株式会社との包括連携協定」を締結しました。\n"
        "　本町と同社は、平成30年5月、同社が十勝日動火災保険株式会社の商号で営業していた当時に、防災に関する協定を結んでいます。\n",
        [("partnership_agreement", ("サウザン損害保険株式会社", "鹿追町"), (("signed", "2018-05"), ("renewed", "2024-04-15")))],
    ),
    (
        "besides one partner (Aのほか、Bと…提携を結んでいます) the tie is the other's",
        "令和6年5月13日\n富山県 国際課\n\n　本県と中華人民共和国遼寧省は、昭和59年5月9日に友好県省の提携を結びました。\n"
        "　なお、本県は遼寧省のほか、アメリカ合衆国オレゴン州と平成3年に姉妹県州の提携を結んでいます。\n",
        [("friendship_city", ("富山県", "遼寧省"), (("signed", "1984-05-09"),)),
         ("sister_city", ("オレゴン州", "富山県"), (("signed", "1991"),))],
    ),
    (
        "two companies joined by 及び are two parties; one of them's own earlier 覚書, named in quotes, is its own record",
        "令和3年11月1日\n東北地方の県 危機管理課\n\n"
        "　宮城県は、本日、東北電力株式会社及び東北電力ネットワーク株式会社と、「大規模停電時の復旧連携に関する協定」を締結しました。\n"
        "　県は、平成30年10月に東北電力株式会社との間で「停電情報の共有に関する覚書」を締結しています。\n",
        [("partnership_agreement", ("宮城県", "東北電力ネットワーク株式会社", "東北電力株式会社"), (("signed", "2021-11-01"),)),
         ("mou", ("宮城県", "東北電力株式会社"), (("signed", "2018-10"),))],
    ),
    (
        "a council newsletter whose masthead is in kana: the issue line a few lines down (編集・発行:…区議会) names the issuer",
        "はなみ区議会だより No.12\n令和5年2月15日発行\n編集・発行:練馬区議会\n\n"
        "区は、友好都市である山形県鮭川村と災害時の相互応援協定を12月1日に締結したと報告しました。\n\n"
        "区は、区内の大学である日本橋看護大学と連携協定を11月18日に締結したと報告しました。\n",
        [("partnership_agreement", ("練馬区", "鮭川村"), (("signed", "2022-12-01"),)),
         ("partnership_agreement", ("日本橋看護大学", "練馬区"), (("signed", "2022-11-18"),))],
    ),
    (
        "a news report's own days (先月28日, 昨日(14日)) count from its date; an honorific (さん) is no part of a name",
        "2024年3月15日\n北都新聞\n東川町は先月28日、株式会社ひがしかわワークスさんと包括連携協定を結んだ。\n"
        "当麻町は昨日(14日)、当麻観光協会と連携協定を締結した。\n",
        [("partnership_agreement", ("東川町", "株式会社ひがしかわワークス"), (("signed", "2024-02-28"),)),
         ("partnership_agreement", ("当麻町", "当麻観光協会"), (("signed", "2024-03-14"),))],
    ),
    (
        "a page speaking as a city (本市は) has a city as its body, however often it names a partner village; "
        "a partner at home placed in brackets (2 鶴居村(北海道)) heads its entry like a foreign one",
        "姉妹都市との交流について | 黒石市\n掲載日:2023年6月15日 企画課\n本市は、海外の1都市、国内の1都市と提携を結んでいます。\n"
        "1 レイク郡(アメリカ合衆国オレゴン州)\n平成元年(1989年)に姉妹都市提携を結んだレイク郡とは、中学生の相互派遣を続けてきました。\n"
        "2 鶴居村(北海道)\n開拓の歴史を縁に、昭和60年(1985年)に友好都市の盟約を結んだ鶴居村とは、毎年夏に鶴居村で行われる祭りへの参加を続けています。\n"
        "令和5年度は、鶴居村で開催される式典に市長が出席し、市民団体が鶴居村を訪れる予定です。鶴居村の物産展も開きます。\n",
        [("sister_city", ("レイク郡", "黒石市"), (("signed", "1989"),)),
         ("friendship_city", ("鶴居村", "黒石市"), (("signed", "1985"),))],
    ),
    (
        "a body spoken of with an honorific (…町さん) is the other side, however often it is named",
        "放送日:2023年11月8日\n出演:大月町 防災課 川村さん(ゲスト)\n"
        "川村:はい。群馬県の嬬恋村さんと、10月30日に「災害時における相互応援に関する協定」を結びました。"
        "締結式は嬬恋村の役場で行い、嬬恋村の村長さんが協定書にサインをしました。嬬恋村さんは内陸の村です。\n",
        [("partnership_agreement", ("大月町", "嬬恋村"), (("signed", "2023-10-30"),))],
    ),
    (
        "a province's management board (…省工業団地管理委員会) is a body of its own; an instrument told with "
        "あわせて、 takes the day of the one before",
        "2025年5月14日\n品川区\n品川区は5月13日、ベトナムのビンズオン省人民委員会と「経済交流に関する覚書」を締結しました。"
        "あわせて、公益財団法人品川区産業振興財団(以下「財団」)が、ビンズオン省工業団地管理委員会と「企業進出支援に関する覚書」を締結しました。\n"
        "署名式はビンズオン省の省都で行われ、区長とビンズオン省人民委員会副委員長、財団理事長と委員会委員長がそれぞれ署名しました。\n",
        [("mou", ("ビンズオン省", "品川区"), (("signed", "2025-05-13"),)),
         ("mou", ("ビンズオン省工業団地管理委員会", "公益財団法人品川区産業振興財団"), (("signed", "2025-05-13"),))],
    ),
    (
        "a school's own page (its name in the title line, then (以下「本校」)): the school is the issuer, not its city",
        '国際交流 | 旭川市立北星高等学校\n国際交流\n旭川市立北星高等学校(以下「本校」)では、海外の学校との交流を大切にしてきました。\n姉妹校 ハイランド高等学校(アメリカ合衆国オレゴン州)\n旭川市の姉妹都市であるブルーミントン市にあるハイランド高等学校とは、2002年9月に姉妹校提携を結びました。\n',
        [("sister_city", ("ハイランド高等学校", "旭川市立北星高等学校"), (("signed", "2002-09"),))],
    ),
    (
        "an aside in brackets about another body's instrument still under study does not make the sentence's conclusion a plan",
        '広報とつかわ 十二月号\n令和五年十二月一日発行\n編集・発行 十津川村役場\n 十津川村は、翌平成二十四年、近隣の五條市、野迫川村との三者で「大規模災害時の相互応援に関する協定」を結び、互いに助け合う体制を整えています(新十津川町との間の防災協定は、今後の検討課題とされています)。\n',
        [("partnership_agreement", ("五條市", "十津川村", "野迫川村"), (("signed", "2012"),))],
    ),
    (
        "a city placing the province that surrounds it (アスタナ市を取り囲むアクモラ州) is no party",
        "2023年9月28日\n北海道\n9月26日午後、アスタナ市を取り囲むアクモラ州の州知事と副知事が、「北海道とアクモラ州との経済交流の推進に関する意向書」に署名しました。\n",
        [("letter_of_intent", ("アクモラ州", "北海道"), (("signed", "2023-09-26"),))],
    ),
    (
        "a theatre is a body; the city where its director was received (…を高山市に迎えて) is no party",
        '海外提携団体 | 公益財団法人ひだ舞台芸術財団\n掲載日:2024年2月1日\n公益財団法人ひだ舞台芸術財団(以下「当財団」)は、高山市の野外劇場を拠点としています。\nリヨン国立劇場(フランス)\n2018年5月に最初の協定を結び、2023年5月12日、同劇場の芸術監督を高山市に迎えて更新の調印を行いました。\n',
        [("partnership_agreement", ("リヨン国立劇場", "公益財団法人ひだ舞台芸術財団"), (("signed", "2018-05"), ("renewed", "2023-05-12")))],
    ),
    (
        "partners labelled by the relation word before them (友好都市であるA、B) are a tie each, whatever instrument the sentence names later",
        '令和5年6月\n豊島区 文化政策課\n 区は、友好都市である大韓民国ソウル特別市東大門区、中華人民共和国北京市東城区との交流を基盤としつつ、近年は、分野を絞った協定を海外の都市と結んでいます。\n',
        [("friendship_city", ("東大門区", "豊島区"), ()), ("friendship_city", ("東城区", "豊島区"), ())],
    ),
    (
        "a bill put to the council (議案第15号 …協定の締結について …原案可決) concludes nothing",
        "美里町議会だより 第50号\n令和6年5月1日発行\n◆ 議決結果(主なもの)\n"
        " 議案第15号 岩手県葛巻町との友好交流協定の締結について ...... 原案可決(全員賛成)\n"
        " 【解説】両町は5月中に葛巻町で調印式を行う予定です。\n◆ 一般質問\n"
        "答(町長) 平成29年に東北みらい大学と包括連携協定を締結しており、健康づくりの分野で協力をいただいております。\n",
        [("partnership_agreement", ("東北みらい大学", "美里町"), (("signed", "2017"),))],
    ),
    (
        "a counted subject (3町は) refers to the bodies its own section names, not to a partner of the section above",
        "交流自治体と災害時の支え合い\n\n三朝町 総務課\n\n■ 群馬県草津町(姉妹都市)\n"
        " 草津町とは、1990年10月に姉妹都市の提携を結びました。冬には草津町から職員が派遣され、除雪を手伝っていただきました。\n\n"
        "■ 長崎県新上五島町・高知県大月町\n 本町、長崎県新上五島町及び高知県大月町の3町は、防災担当者の研修会で出会いました。\n"
        " 3町は、2018年7月3日に「海辺の3町災害時相互応援協定」を締結しました。\n",
        [("sister_city", ("三朝町", "草津町"), (("signed", "1990-10"),)),
         ("partnership_agreement", ("三朝町", "大月町", "新上五島町"), (("signed", "2018-07-03"),))],
    ),
    (
        "a TV news page: きょう is its day, 去年 its year before; 3者が…署名 is all three; "
        "a description (市内で電力事業を手がける会社) is no name",
        "長岡市と電力会社・大学が脱炭素で連携協定 | NSTニュース\n配信:2023年11月21日(火)18時12分\n"
        "長岡市と市内で電力事業を手がける会社、それに県内の大学の3者がきょう、連携協定を結びました。\n"
        "協定を結んだのは、長岡市と越後グリーン電力株式会社、それに長岡未来工科大学の3者です。"
        "きょう午後、市役所で締結式が開かれ、3者が協定書に署名しました。\n"
        "長岡市は去年、市内の宿泊施設などでつくる長岡観光推進協議会とも観光振興に関する協定を結んでいます。\n",
        [("partnership_agreement", ("越後グリーン電力株式会社", "長岡市", "長岡未来工科大学"), (("signed", "2023-11-21"),)),
         ("partnership_agreement", ("長岡市", "長岡観光推進協議会"), (("signed", "2022"),))],
    ),
    (
        "an English boilerplate sentence listing the ties the city maintains: one undated record per place",
        "SAPPORO, Japan, May 9, 2024 – Sapporo City today announced a new youth exchange program.\n\nAbout Sapporo City\n"
        "Sapporo City maintains sister city relationships with the City of Portland, Oregon (U.S.A.) and Munich (Germany), "
        "and a friendship city relationship with Shenyang (China).\n",
        [("sister_city", ("City of Portland", "Sapporo City"), ()),
         ("sister_city", ("Munich", "Sapporo City"), ()),
         ("friendship_city", ("Sapporo City", "Shenyang"), ())],
    ),
    (
        "…but exchanges planned with a place are no tie",
        "About Sapporo City\nSapporo City has sister city exchanges planned with Munich (Germany) for next year.\n",
        [],
    ),
    (
        "Aと「T1」を、また同日、Bと「T2」を、それぞれ締結 under a company's branch: each clause its own instrument and type",
        "報道発表資料\n2023年11月7日\n株式会社みちのく通信\n東北支社\n\n"
        "株式会社みちのく通信 東北支社（支社長：佐藤 一郎、以下「みちのく通信」）は、2023年11月6日、岩手県花巻市と"
        "「デジタル技術を活用したまちづくりに関する連携協定」を、また同日、花巻市教育委員会と「ICTを活用した教育の推進に関する覚書」を、"
        "それぞれ締結しました。\n",
        [("partnership_agreement", ("株式会社みちのく通信", "花巻市"), (("signed", "2023-11-06"),)),
         ("mou", ("株式会社みちのく通信", "花巻市教育委員会"), (("signed", "2023-11-06"),))],
    ),
    (
        "a yearly report's numbered entries: a partner's line, its instrument's line, then the dated steps",
        "公立大学法人みやこ大学\n令和５年度 事業報告書（抜粋）\n令和６年６月２８日\n\n"
        "（１）海外協定校との協定の締結・更新\n　令和５年度、本学は次のとおり協定の更新及び新規締結を行った。\n"
        "　①　国立成功大学（台湾）\n　　　学術交流協定\n　　　2014年５月締結、2019年更新。2024年５月10日に２回目の更新を行った。\n"
        "　②　マヒドン大学（タイ）\n　　　学生交流に関する覚書\n　　　2018年２月締結。2023年２月に更新した。\n"
        "　③　釜山大学校（韓国）\n　　　学術交流協定\n　　　2023年10月に新規に締結した。\n",
        [("partnership_agreement", ("公立大学法人みやこ大学", "国立成功大学"), (("signed", "2014-05"), ("renewed", "2019"), ("renewed", "2024-05-10"))),
         ("mou", ("マヒドン大学", "公立大学法人みやこ大学"), (("signed", "2018-02"), ("renewed", "2023-02"))),
         ("partnership_agreement", ("公立大学法人みやこ大学", "釜山大学校"), (("signed", "2023-10"),))],
    ),
    (
        "an English FAQ on a foundation's site: the lead names whose list it is, each line a partner and its tie's date",
        "FAQ: Sister Cities | Sendai Foundation for International Exchange\nHome » FAQ\n"
        "Q2. Which cities are Sendai's sister cities?\nSendai City has three sister cities and one friendship city:\n"
        "  Riverside, California, U.S.A. – sister city since 22 March 1957\n"
        "  Rennes, Brittany, France – sister city since 1967\n"
        "  Minsk, the Republic of Belarus – sister city since September 1973\n"
        "  Changchun, Jilin Province, China – friendship city since October 20, 1980\n"
        "Q3. Can our school join an exchange?\nYes. Please write to us.\n",
        [("sister_city", ("Riverside", "Sendai City"), (("signed", "1957-03-22"),)),
         ("sister_city", ("Rennes", "Sendai City"), (("signed", "1967"),)),
         ("sister_city", ("Minsk", "Sendai City"), (("signed", "1973-09"),)),
         ("friendship_city", ("Changchun", "Sendai City"), (("signed", "1980-10-20"),))],
    ),
    (
        "a draft agreement text put out for public comment (…協約書(案), 令和 年 月 日) is no agreement yet",
        "【意見募集】横手市と湯沢市との連携協約書（案）に対するパブリックコメント\n掲載日：2025年6月2日\n\n"
        "横手市と湯沢市は、連携協約の締結に向けて準備を進めています。協約書の案を作成しましたので、ご意見を募集します。\n\n"
        "横手市と湯沢市との連携協約書（案）\n"
        "横手市（以下「甲」という。）と湯沢市（以下「乙」という。）は、次のとおり連携協約を締結する。\n"
        "（目的）第1条　この協約は、甲及び乙が連携して、医療及び観光の分野における取組を進めることを目的とする。\n"
        "（有効期間）第5条　この協約の有効期間は、締結の日から起算して５年間とする。\n"
        "　令和　年　月　日\n　甲　横手市長　　　乙　湯沢市長\n",
        [],
    ),
    (
        "an FAQ quoting a model form (〇〇市と△△市との…協定書) has no agreement: placeholders are no parties",
        "海外の自治体との提携に関するＱ＆Ａ（市町村担当者向け）\n\n令和6年5月\n岐阜県 国際課\n\n"
        "　このＱ＆Ａは、市町村の担当者から寄せられた質問のうち、姉妹都市提携や覚書に関するものをまとめたものです。\n\n"
        "Ｑ　提携書のひな形はありますか。\nＡ　県では特にひな形を定めていませんが、おおむね次のような構成が一般的です。\n\n"
        "　　　〇〇市（日本国）と△△市（□□国）との姉妹都市提携に関する協定書\n"
        "　　　〇〇市と△△市は、両市民の相互理解と友好親善を深めるため、ここに姉妹都市の提携を結ぶ。\n\n"
        "Ｑ　覚書から始めることはできますか。\nＡ　はい。観光や経済など特定の分野に絞った覚書を先に締結する例が増えています。"
        "覚書には有効期間（例：３年間）を定めるのが一般的です。\n",
        [],
    ),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_records(rules_pipeline, name: str, text: str, expected: list[tuple]) -> None:
    assert brief(rules_pipeline.extract(text, doc_id="t")) == expected


AMENDED = ("報道発表資料\n令和６年５月２４日\n石川県観光企画課\n\n「観光データの利活用に関する覚書」の有効期間延長について\n\n"
           "　石川県と株式会社北陸データラボは、令和４年６月１日に締結した「観光データの利活用に関する覚書」について、"
           "有効期間を２年間延長する変更覚書を、令和６年５月２３日付けで締結しましたのでお知らせします。\n"
           "１　変更覚書の概要\n（１）名称\n　　「観光データの利活用に関する覚書の一部を変更する覚書」\n"
           "（２）主な変更内容\n　　有効期間\n　　　　変更前：締結日から令和６年５月３１日まで\n　　　　変更後：締結日から令和８年５月３１日まで\n")


def test_an_amending_memorandum_keeps_the_chains_name_and_gives_the_term_after_the_change(rules_pipeline) -> None:
    (rec,) = rules_pipeline.extract(AMENDED, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2022-06-01"), ("renewed", "2024-05-23")]
    assert rec.title == "観光データの利活用に関する覚書"  # not …の一部を変更する覚書: the amendment is a step of its chain
    assert rec.term is not None and rec.term.end == "2026-05-31"  # 変更後, not 変更前
    assert rec.term.duration is None  # 2年間延長 is the length added, not the term


def test_a_numbered_entry_heading_names_the_instrument_its_partner_lines_conclude(rules_pipeline) -> None:
    text = ("協定等\n　三豊広域消防組合（以下「本組合」という。）が締結している協定は次のとおりです。\n\n"
            "１　災害時における燃料の供給に関する協定\n　　締結先　香川県石油商業組合\n　　締結日　平成２６年３月２０日\n\n"
            "２　災害時における資機材の提供に関する協定\n　　締結先　株式会社讃岐リース\n　　締結日　令和元年９月２日\n")
    titles = [r.title for r in rules_pipeline.extract(text, doc_id="t").records]
    assert titles == ["災害時における燃料の供給に関する協定", "災害時における資機材の提供に関する協定"]


def test_an_agreement_text_posted_under_a_page_lead_takes_its_heading_as_title(rules_pipeline) -> None:
    text = ("掲載日：令和3年4月1日\n\n　平成27年5月20日に両町で災害時相互応援協定を締結しています。協定書の全文を掲載します。\n\n"
            "------------------------------\n\n　　　災害時における相互応援に関する協定書\n\n"
            "　長野県小海町（以下「甲」という。）と千葉県御宿町（以下「乙」という。）は、次のとおり協定を締結する。\n"
            "（趣旨）\n第1条　この協定は、災害時の相互応援に関し必要な事項を定める。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "災害時における相互応援に関する協定書"
    assert {p.name for p in rec.parties} == {"小海町", "御宿町"}


def test_a_partner_card_of_short_key_lines_is_headed_by_its_partner_not_by_its_location(rules_pipeline) -> None:
    text = ("姉妹都市の紹介\n公開日：2024年5月1日\n宮古島市は、次の2都市と提携しています。\n"
            "頭城鎮（台湾）\n所在地\n台湾 宜蘭県\n人口\n約5万人\n提携の種類\n姉妹都市\n提携年月日\n2009年（平成21年）8月10日\n"
            "マウイ郡（アメリカ合衆国）\n所在地\nアメリカ合衆国 ハワイ州\n人口\n約16万人\n提携の種類\n姉妹都市\n提携年月日\n2014年（平成26年）7月1日\n")
    got = [(sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [(["宮古島市", "頭城鎮"], ["2009-08-10"]), (["マウイ郡", "宮古島市"], ["2014-07-01"])]


def test_a_date_under_a_first_step_header_is_signed_and_an_end_date_is_no_step(rules_pipeline) -> None:
    text = ("合併前の提携の取扱い\n掲載日 2021年6月1日\n"
            "旧市町 | 相手国・都市 | 提携の種類 | 当初の提携日 | 合併後の取扱い\n"
            "旧八日市市 | アメリカ合衆国・ミシガン州マーケット市 | 姉妹都市 | 昭和55年(1980年)5月10日 | 平成18年(2006年)9月1日 東近江市として再調印\n"
            "旧湖東町 | オーストリア共和国・チロル州フィス村 | 友好村 | 平成5年(1993年)7月 | 平成17年(2005年)2月10日をもって解消\n")
    steps = {next(p.name for p in r.parties if p.country != "JP"): [(e.type.value, e.date) for e in r.events]
             for r in rules_pipeline.extract(text, doc_id="t").records}
    assert steps == {"マーケット市": [("signed", "1980-05-10"), ("renewed", "2006-09-01")], "フィス村": [("signed", "1993-07")]}


def test_a_row_whose_term_ran_out_gives_its_end_not_a_renewal(rules_pipeline) -> None:
    text = ("包括連携協定の締結状況（令和6年4月1日現在）\n掲載元：大分県 企画振興部\n"
            "番号 | 締結先 | 協定名 | 締結日 | 備考\n"
            "1 | 株式会社別府観光ネット | 観光振興に関する連携協定 | R2.4.1 | R5.3.31 協定期間満了により終了\n"
            "2 | 豊後学園 | 教育の振興に関する連携協定 | R4.6.1 | －\n")
    recs = {next(p.name for p in r.parties if p.kind.value == "organization"): r for r in rules_pipeline.extract(text, doc_id="t").records}
    ended, other = recs["株式会社別府観光ネット"], recs["豊後学園"]
    assert [(e.type.value, e.date) for e in ended.events] == [("signed", "2020-04-01")]
    assert ended.term is not None and ended.term.end == "2023-03-31"
    assert other.term is None or other.term.end is None


def test_a_chain_with_its_new_text_attached_takes_the_texts_heading_as_title(rules_pipeline) -> None:
    text = ("令和6年11月13日\n\n徳島県と日本郵便株式会社は、令和6年11月12日、包括連携協定を締結しました。"
            "本県と同社は、平成29年3月28日に「徳島県における地域の見守り活動に関する協定」を締結しています。\n\n"
            "協定書\n\n徳島県と日本郵便株式会社との包括連携に関する協定書\n"
            "徳島県（以下「甲」という。）と日本郵便株式会社（以下「乙」という。）は、次のとおり協定を締結する。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [e.date for e in rec.events] == ["2017-03-28", "2024-11-12"]
    assert rec.title == "徳島県と日本郵便株式会社との包括連携に関する協定書"


def test_an_entry_labels_its_renewals_and_its_end_with_spaces(rules_pipeline) -> None:
    text = ("令和6年6月3日\n琉球大学 グローバル教育支援機構\n\n学術交流協定の終了について\n\n"
            "１　ガジャマダ大学（インドネシア共和国）との大学間学術交流協定\n　・締結日　　平成15年7月1日\n"
            "　・更新日　　平成20年7月1日、平成25年7月1日\n　・終了日　　令和5年6月30日（有効期間満了）\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2003-07-01"), ("renewed", "2008-07-01"), ("renewed", "2013-07-01")]
    assert rec.term is not None and rec.term.end == "2023-06-30"


def test_an_aside_about_an_earlier_agreement_takes_no_lines_of_the_new_one(rules_pipeline) -> None:
    text = ("2024年1月25日\n株式会社みなと食品\n\n鹿児島県と「県産水産物の活用促進に関する覚書」を締結\n\n"
            "　株式会社みなと食品（以下「当社」）は、2024年1月25日、鹿児島県と「県産水産物の活用促進に関する覚書」を締結いたしました。\n"
            "　なお、当社は2020年の11月に宮崎県と「食を通じた地域活性化に関する包括連携協定」を締結しております。\n\n"
            "3. 有効期間\n　締結日から3年間\n")
    terms = {next(p.name for p in r.parties if p.kind.value == "region"): r.term.duration if r.term else None
             for r in rules_pipeline.extract(text, doc_id="t").records}
    assert terms == {"鹿児島県": "P3Y", "宮崎県": None}


def test_a_term_named_after_its_dates_and_one_in_brackets(rules_pipeline) -> None:
    text = (
        "令和6年4月1日\n今治市\n今治市は、3月28日、愛媛大学と包括連携協定を締結しました。"
        "同協定は、締結日から令和9年3月31日までを有効期間とし、以後は1年ごとに自動更新されます。\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert (rec.term.start, rec.term.end, rec.term.renewal) == ("2024-03-28", "2027-03-31", "P1Y")
    text = "令和6年4月1日\n今治市\n今治市は3月28日、愛媛大学と包括連携協定を締結しました(有効期間は締結日から令和9年3月31日まで)。\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert (rec.term.start, rec.term.end) == ("2024-03-28", "2027-03-31")


def test_a_key_value_table_under_the_instruments_heading_gives_the_term_not_a_party(rules_pipeline) -> None:
    text = ("宮崎県は、令和5年7月12日、台湾観光協会と「観光交流の促進に関する覚書」を締結しました。\n覚書の内容\n"
            "有効期間 | 締結の日から令和8年3月31日まで\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert "有効期間" not in [p.name for p in rec.parties]
    assert (rec.term.start, rec.term.end) == ("2023-07-12", "2026-03-31")


def test_a_centre_speaking_of_itself_as_tousenta_is_the_issuer(rules_pipeline) -> None:
    text = ("令和6年7月12日\n静岡県立静岡がんセンター 事務局\nインドのタタ記念センターと協力覚書を締結しました\n"
            "当センターは、7月10日、タタ記念センターとの間で協力覚書を締結しました。来賓として静岡県健康福祉部長が出席しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["タタ記念センター", "静岡県立静岡がんセンター"]


def test_a_row_with_the_instruments_name_on_its_second_line_takes_it_as_title(rules_pipeline) -> None:
    text = ("掲載日:R6.4.15\n宇佐市 災害時応援協定等の締結状況\n本市では、民間事業者等と災害時の応援に関する協定を締結しています。\n\n"
            "No. 締結日      締結先\n"
            " 1  H18.3.31    宇佐市建設業協会\n    災害時における応急対策業務に関する協定\n"
            " 2  H20.7.1     大分県石油商業組合宇佐支部\n    災害時における燃料等の優先供給に関する協定\n"
            " 3  R6.4.1      立命館アジア太平洋大学\n    災害時における外国人住民等への支援に関する協定\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(r.title, r.events[0].date) for r in recs] == [
        ("災害時における応急対策業務に関する協定", "2006-03-31"),
        ("災害時における燃料等の優先供給に関する協定", "2008-07-01"),
        ("災害時における外国人住民等への支援に関する協定", "2024-04-01")]
    assert all({s.value for s in r.sectors} == {"disaster"} for r in recs)


def test_a_trips_dates_under_its_heading_are_no_term(rules_pipeline) -> None:
    text = ("掲載日:2023年8月25日\nさいたま市 国際課\n昭和54年にさいたま市はトルカ市と姉妹都市提携を結びました。\n"
            "■派遣の概要\n 期間 令和5年7月24日(月)~8月3日(木)\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term is None or (rec.term.start, rec.term.end) == (None, None)


def test_a_trials_dates_under_its_heading_are_no_term(rules_pipeline) -> None:
    text = ("2025年1月15日\n株式会社ヤマナミ交通\n当社と下呂市が2019年7月に締結した「スマートシティ推進に関する連携協定」に基づき、"
            "冬期実証実験を実施します。\n1．実証実験の概要\n　期間：2025年1月20日（月）から2月28日（金）まで\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term is None or (rec.term.start, rec.term.end) == (None, None)


def test_a_kanji_named_body_placed_abroad_once_keeps_that_country(rules_pipeline) -> None:
    text = ("2024年10月28日\n北九州市立大学\n中国・大連外国語大学との覚書を更新しました\n"
            "本学は、大連外国語大学と2004年に締結した「学術交流に関する覚書」について、10月21日に更新の署名を行いました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for p in rec.parties}.get("大連外国語大学") == "CN"


def test_entries_below_a_lead_naming_several_partners_belong_each_to_its_partners_record(rules_pipeline) -> None:
    text = ("令和6年4月17日\n掛川市\n掛川市は、4月16日、学校法人静岡理工科大学及び島田掛川信用金庫の2団体と、"
            "それぞれ覚書を締結しました。\n◆その1 学校法人静岡理工科大学\n【名称】地域課題解決型学習の実施に関する覚書\n"
            "【期間】定めなし\n◆その2 島田掛川信用金庫\n【名称】創業支援の推進に関する覚書\n【期間】締結日から2年間\n")
    titles = {p.name: (r.title, r.term.duration if r.term else None) for r in rules_pipeline.extract(text, doc_id="t").records
              for p in r.parties if p.name != "掛川市"}
    assert titles == {"学校法人静岡理工科大学": ("地域課題解決型学習の実施に関する覚書", None),
                      "島田掛川信用金庫": ("創業支援の推進に関する覚書", "P2Y")}


def test_a_foreign_city_the_page_does_not_place_takes_its_country_from_the_world_gazetteer(rules_pipeline) -> None:
    text = ("令和6年7月1日\n那覇市\n那覇市とホノルル市は、本日、姉妹都市協定の更新に署名しました。"
            "あわせて、ホノルル商工会議所と本市の観光協会が覚書を交わしました。\n")
    countries = {p.name: p.country for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert countries.get("ホノルル市") == "US"


def test_a_tie_told_in_a_clause_before_the_partner_is_a_record_of_its_own(rules_pipeline) -> None:
    text = ("令和6年11月12日\n駒ヶ根市\n駒ヶ根市は、平成12年に友好都市提携を結んだネパール・ポカラ市と、11月5日、"
            "「母子保健分野における協力に関する覚書」を締結しました。\n")
    recs = {r.agreement_type.value: r for r in rules_pipeline.extract(text, doc_id="t").records}
    assert [(e.type.value, e.date) for e in recs["mou"].events] == [("signed", "2024-11-05")]
    assert [(e.type.value, e.date) for e in recs["friendship_city"].events] == [("signed", "2000")]
    assert recs["friendship_city"].title is None


def test_a_state_is_never_placed_as_a_city_of_the_same_name(rules_pipeline) -> None:
    text = "2024年5月1日\nKumamoto Prefecture and the State of Montana signed a Sister State Agreement on April 25, 2024.\n"
    countries = {p.name: p.country for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert countries.get("State of Montana") in ("US", None)


def test_the_term_of_the_instrument_in_force_wins_over_an_earlier_ones(rules_pipeline) -> None:
    text = ("2024年5月22日\n文京区\n(2)平成28年10月、協定を再締結した(有効期間は締結日から起算して7年間)。\n"
            "令和6年4月19日、文京区とカイザースラウテルン市は友好都市協定を更新した。\n(5)有効期間\n締結日から5年間とする。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term is not None and rec.term.duration == "P5Y"


def test_an_instrument_replacing_an_old_one_keeps_the_history_and_the_new_term(rules_pipeline) -> None:
    # ・平成30年7月2日 / 　「…覚書」を締結: a bulleted date heads the indented act below it; the old instrument's
    # term (…令和3年3月31日まで) ended before the new one's began; 同日付けで変更協定を締結 is a second step of its own;
    # 延岡農業協同組合が: 同組合 inside 協同組合 refers to nothing
    text = '記者発表資料\n令和6年3月27日\n延岡市 デジタル推進課\n\n 延岡市と株式会社ひなたデータ工房は、令和6年3月26日、旧覚書に代わる新たな覚書として、「デジタル技術の活用に関する覚書」を締結しました。\n\n1 これまでの経緯\n ・平成30年7月2日\n  「データ利活用に関する覚書」を締結\n  (有効期間:締結日から令和3年3月31日まで)\n ・令和6年3月26日\n  旧覚書を廃止し、新たな覚書を締結\n\n2 新たな覚書の概要\n(1)名 称 デジタル技術の活用に関する覚書\n(2)有効期間\n  令和6年4月1日から令和9年3月31日まで\n\n3 あわせて変更した協定\n 本市と延岡農業協同組合が平成31年2月に締結した「スマート農業推進に関する連携協定」について、同日付けで変更協定を締結し、有効期間を1年間延長しました。\n'
    doc = rules_pipeline.extract(text, doc_id="t")
    recs = doc.records
    assert brief(doc) == [
        ("mou", ("延岡市", "株式会社ひなたデータ工房"), (("signed", "2018-07-02"), ("renewed", "2024-03-26"))),
        ("partnership_agreement", ("延岡市", "延岡農業協同組合"), (("signed", "2019-02"), ("renewed", "2024-03-26"))),
    ]
    assert (recs[0].term.start, recs[0].term.end) == ("2024-04-01", "2027-03-31")


def test_a_declaration_named_after_the_tie_it_marks_takes_its_name_and_the_diarys_day(rules_pipeline) -> None:
    # 「友好都市提携30周年記念共同宣言」 names a declaration (the word it ends with), not the tie; 6日の午前には in a
    # diary of 10月8日 is this month's 6th
    text = '市長日記\n友好都市・台南市を訪ねて\n令和6年10月8日(火曜日)\n 今月5日から7日までの3日間、友好都市である台湾の台南市を訪問しました。\n 6日の午前には、台南市役所で締結式が行われ、相手側の市長とともに「友好都市提携30周年記念共同宣言」に署名しました。二本松市と台南市は平成6年に友好都市提携を結び、交流を重ねてきました。\n二本松市長\n'
    doc = rules_pipeline.extract(text, doc_id="t")
    assert brief(doc) == [("joint_declaration", ("二本松市", "台南市"), (("signed", "1994"), ("renewed", "2024-10-06")))]
    assert doc.records[0].title == "友好都市提携30周年記念共同宣言"


def test_a_renamed_instrument_takes_its_new_name(rules_pipeline) -> None:
    # 協定の名称を「…」に改めています: the name the instrument bears now, not the one it was signed under
    text = '令和6年4月2日\n四国中央市\n 四国中央市は、株式会社マルヨシ西と平成30年7月2日に締結した「移動販売事業に関する協定」の一部を変更する協定を締結しました。この変更にあわせて、協定の名称を「移動販売及び高齢者見守りに関する協定」に改めています。\n'
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "移動販売及び高齢者見守りに関する協定"


@pytest.mark.parametrize("text", [
    # a lead naming the one instrument it concluded with each partner listed below
    '令和6年4月1日\n小国町\n 本町は、大規模な災害に備え、次の自治体とそれぞれ「大規模災害時における相互応援に関する協定」を締結しています。\n ・九重町(大分県) 締結日:平成25年4月1日\n ・南阿蘇村(熊本県) 締結日:平成28年7月1日\n',
    # a note giving every listed instrument one name
    '令和6年4月1日\n新発田市\n■災害時相互応援協定\n・喜多方市(福島県) 災害時相互応援協定 締結日:平成24年3月1日\n・鶴岡市(山形県) 災害時相互応援協定 締結日:平成25年3月1日\n※ 名称はいずれも「大規模災害時における相互応援に関する協定」です。\n',
], ids=["lead", "note"])
def test_the_partners_of_a_list_share_the_name_the_page_gives_them_all(rules_pipeline, text: str) -> None:
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 2 and all(r.title == "大規模災害時における相互応援に関する協定" for r in recs)


def test_a_port_in_the_headline_is_the_body_that_runs_it_and_the_issuer_speaks_as_tou_kumiai(rules_pipeline) -> None:
    # シアトル港 in the headline and シアトル・キング港湾公社 in the body are one partner (one record, not two);
    # 当組合は、…北海道及び釧路市と「…協定」を結び: the issuing body is a party of that tie too
    text = '【報道発表】\n令和6年9月12日\n釧路港管理組合 企画振興課\n\n釧路港とシアトル港が脱炭素に向けた覚書を締結しました\n\n 釧路港管理組合は、令和6年9月10日、アメリカ合衆国ワシントン州のシアトル・キング港湾公社と、「脱炭素に向けた協力に関する覚書」を締結しました。\n\n4 参考\n 当組合は、平成25年に北海道及び釧路市と「釧路港の利用促進に関する連携協定」を結び、港の利用促進に取り組んでいます。\n'
    doc = rules_pipeline.extract(text, doc_id="t")
    assert [(r.agreement_type.value, len(r.parties)) for r in doc.records] == [("mou", 2), ("partnership_agreement", 3)]
    assert {p.name for p in doc.records[1].parties} == {"北海道", "釧路市", "釧路港管理組合"}


def test_a_university_and_its_institute_after_a_space_are_one_partner(rules_pipeline) -> None:
    # ◇サンパウロ大学 数理・計算機科学研究所: the institute of that university; 同研究所 refers to it;
    # …と同研究所との間で部局間協定 names no instrument (との間で is no name's との)
    text = '令和6年10月1日\n会津大学 国際戦略室\n◇サンパウロ大学 数理・計算機科学研究所(ブラジル)\n 6月25日、本学コンピュータ理工学部と同研究所との間で部局間協定を締結しました。\n'
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert "サンパウロ大学数理・計算機科学研究所" in {p.name for p in rec.parties}
    assert rec.title is None


def test_each_entry_of_a_partner_list_under_a_counted_lead_is_a_record(rules_pipeline) -> None:
    # …企業3社とそれぞれ「…協定」を締結します / ■ 締結先と主な連携内容 / 1 株式会社…(本社:帯広市): each numbered entry
    # is the lead's instrument with the body it names (the bracket only locates it), dated by the lead's 本日
    text = '【記者発表資料】\n令和6年5月21日\n音更町教育委員会(学校教育係)\n\n 音更町教育委員会は、本日、町内外の企業3社とそれぞれ「子どもたちの学びの推進に関する連携協定」を締結します。\n\n■ 締結先と主な連携内容\n\n1 株式会社とかちラーニング(本社:帯広市)\n ・オンライン英会話を活用した英語学習支援\n\n2 株式会社十勝スカイテック(本社:音更町)\n ・ドローンを活用した農業体験学習\n\n■ 締結式\n 日時:令和6年5月21日(火)午後2時から\n'
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("partnership_agreement", ("株式会社とかちラーニング", "音更町教育委員会"), (("signed", "2024-05-21"),)),
        ("partnership_agreement", ("株式会社十勝スカイテック", "音更町教育委員会"), (("signed", "2024-05-21"),)),
    ]


def test_the_partner_referred_to_as_dousha_is_paired_with_the_issuer(rules_pipeline) -> None:
    # 町と同社は…覚書を交わし: 同社 is the one partner already named, so the issuer (町) is its other side;
    # the 覚書 the 協定 takes over is its first step
    text = '広報しらぬか 令和6年5月号\n令和6年5月1日発行 編集・発行 白糠町総務課\n\n 町と南星ファーマ株式会社は、4月18日、「健康増進に関する包括連携協定」を締結しました。\n 町と同社は、平成31年3月に「町民の健康増進に関する覚書」を交わし、健康教室に一緒に取り組んできました。今回の協定は、この覚書を引き継いだものです。\n'
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("partnership_agreement", ("南星ファーマ株式会社", "白糠町"), (("signed", "2019-03"), ("renewed", "2024-04-18"))),
    ]


def test_a_team_and_the_company_that_runs_it_are_one_partner(rules_pipeline) -> None:
    # 信州スターズFCを運営する株式会社信州スターズフットボールクラブ: the headline's team and the signing company are
    # one party, so the headline makes no record of its own
    text = '信州スターズFCと包括連携協定を締結しました|松川村公式ホームページ\n公開日:2024年2月15日\n信州スターズFCと包括連携協定を締結しました\n松川村は、令和6年2月14日、サッカーJ3リーグに所属する信州スターズFCを運営する株式会社信州スターズフットボールクラブと「松川村と株式会社信州スターズフットボールクラブとの包括連携に関する協定」を締結しました。\n'
    doc = rules_pipeline.extract(text, doc_id="t")
    assert len(doc.records) == 1 and doc.records[0].events[0].date == "2024-02-14"


def test_a_federation_named_with_its_country_short_and_in_full_is_one_partner(rules_pipeline) -> None:
    # スロベニアカヌー連盟 (headline) ≡ スロベニア共和国カヌー連盟 (body): one record; 名称を「…」と改めました renames it
    text = 'スロベニアカヌー連盟との覚書を更新しました/大野市\n掲載日:令和4年4月12日\n大野市は、スロベニア共和国カヌー連盟と結んでいた覚書を改め、新たな覚書を取り交わしました。\n令和4年4月8日、本市とスロベニアカヌー連盟は、覚書の変更に合意し、名称を「パリ2024オリンピック競技大会に向けた事前合宿及び交流に関する覚書」と改めました。\n'
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "パリ2024オリンピック競技大会に向けた事前合宿及び交流に関する覚書"


def test_a_profile_sets_each_partner_apart_from_its_place_by_a_dotted_leader(rules_pipeline) -> None:
    # ポートエンジェルス市..............アメリカ合衆国・ワシントン州 / (indented) 平成14年(2002年)締結: each name heads its entry
    text = '宮古市勢要覧 資料編\n令和6年3月\n宮古市 企画課\n\n 姉妹都市\n  ポートエンジェルス市..............アメリカ合衆国・ワシントン州\n                平成14年(2002年)締結\n                港町同士の縁から提携\n\n 災害時相互応援協定\n  宮古島市...........................沖縄県\n                平成25年(2013年)4月1日締結\n'
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("sister_city", ("ポートエンジェルス市", "宮古市"), (("signed", "2002"),)),
        ("partnership_agreement", ("宮古島市", "宮古市"), (("signed", "2013-04-01"),)),
    ]


def test_a_company_named_short_as_the_subject_signed_its_earlier_ties(rules_pipeline) -> None:
    # みなと生命は、これまでに香川県(令和4年8月)及び坂出市(令和5年5月)とも…協定を締結: the company (its name's opening,
    # without 保険株式会社) signed those, not the issuer; the name after the partners and their dates is the title
    text = '報道発表資料\n発表日:令和6年2月15日\n 丸亀市とみなと生命保険株式会社は、令和6年2月14日、「健康づくりの推進に関する連携協定」を締結しました。\n5 同社の県内での取組\n みなと生命は、これまでに香川県(令和4年8月)及び坂出市(令和5年5月)とも健康づくりに関する協定を締結しています。\n'
    doc = rules_pipeline.extract(text, doc_id="t")
    assert brief(doc)[1:] == [
        ("partnership_agreement", ("みなと生命保険株式会社", "香川県"), (("signed", "2022-08"),)),
        ("partnership_agreement", ("みなと生命保険株式会社", "坂出市"), (("signed", "2023-05"),)),
    ]
    assert {r.title for r in doc.records[1:]} == {"健康づくりに関する協定"}


def test_a_term_written_once_for_each_agreement_of_a_list_is_each_ones(rules_pipeline) -> None:
    # ■ 協定期間 / 各協定とも、締結日から令和7年3月31日まで。ただし、…さらに1年間延長…: every listed agreement's term
    text = '【記者発表資料】\n令和6年5月21日\n音更町教育委員会(学校教育係)\n\n 音更町教育委員会は、本日、町内外の企業3社とそれぞれ「子どもたちの学びの推進に関する連携協定」を締結します。\n\n■ 締結先と主な連携内容\n\n1 株式会社とかちラーニング(本社:帯広市)\n ・オンライン英会話を活用した英語学習支援\n\n2 株式会社十勝スカイテック(本社:音更町)\n ・ドローンを活用した農業体験学習\n\n■ 協定期間\n 各協定とも、締結日から令和7年3月31日まで。ただし、期間満了の日の1か月前までにいずれからも申出がないときは、さらに1年間延長するものとし、以後も同様とします。\n\n■ 締結式\n 日時:令和6年5月21日(火)午後2時から\n'
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 2 and all(r.term is not None and (r.term.end, r.term.renewal) == ("2025-03-31", "P1Y") for r in recs)


def test_a_spaced_term_label_is_a_term_label(rules_pipeline) -> None:
    text = ("令和5年11月9日\n前橋市は令和5年11月8日、株式会社カインズと災害時における物資の供給に関する協定を締結しました。\n"
            " 期 間 締結の日から令和6年3月31日まで。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert (rec.term.start, rec.term.end) == ("2023-11-08", "2024-03-31")


def test_a_tie_told_as_background_takes_no_lines_of_the_instrument_after_it(rules_pipeline) -> None:
    text = ("2024年6月3日\n宇部商工会議所\n当所は5月21日、ニューカッスル商工会議所と「経済交流の促進に関する覚書」を締結いたしました。"
            "宇部市とニューカッスル市は、1980年に姉妹都市提携を結んでおり、以来40年以上にわたって学生派遣の往来が続いています。\n"
            "覚書の有効期間は締結日から2年間とします。\n")
    recs = {r.agreement_type.value: r for r in rules_pipeline.extract(text, doc_id="t").records}
    assert recs["mou"].term is not None and recs["mou"].term.duration == "P2Y"
    assert recs["sister_city"].term is None


def test_a_title_starts_after_the_date_and_the_partner(rules_pipeline) -> None:
    text = "令和6年4月1日\n西条市\n西条市は令和6年3月28日に株式会社アクアと水資源の保全に関する協定を締結しました。\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "水資源の保全に関する協定"


def test_a_key_value_sheet_places_the_partner_by_its_country_key(rules_pipeline) -> None:
    text = "倉敷市の姉妹都市\n■提携都市の概要\n都市名:カンザスシティ市\n国名:アメリカ合衆国\n提携年月日:昭和48年10月1日\n提携の種類:姉妹都市\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    partner = next(p for p in rec.parties if p.name.startswith("カンザス"))
    assert partner.country == "US"


def test_the_issuing_department_line_names_no_field(rules_pipeline) -> None:
    text = ("令和6年6月3日\n台湾の嘉義県と観光交流協定を締結しましたのでお知らせします。\n1 締結日 令和6年5月31日\n"
            "2 協定の概要 観光客の相互送客、観光情報の発信\n八女市 商工観光課\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {s.value for s in rec.sectors} == {"tourism"}


def test_an_english_only_release(rules_pipeline) -> None:
    text = (
        "Press release, April 9, 2024\n"
        "The City of Kobe signed a Memorandum of Understanding on Port Cooperation with the Kenya Ports Authority (KPA) "
        "on April 8, 2024. A senior representative of the Japan International Cooperation Agency (JICA) attended as witnesses.\n"
        "Term\nThe MOU will remain in effect for three years from the date of signing. "
        "It will be extended automatically for successive periods of one year.\n"
    )
    doc = rules_pipeline.extract(text, doc_id="t")
    assert doc.doc_date == "2024-04-09"
    (rec,) = doc.records
    assert rec.title == "Memorandum of Understanding on Port Cooperation"
    assert sorted((p.name, p.country) for p in rec.parties) == [("City of Kobe", "JP"), ("Kenya Ports Authority", "KE")]
    assert (rec.term.duration, rec.term.renewal) == ("P3Y", "P1Y")


def test_a_bilingual_release_is_one_record_with_the_japanese_title(rules_pipeline) -> None:
    text = (
        "Fukuoka City and Enterprise Ireland sign Memorandum of Cooperation(福岡市とエンタープライズ・アイルランドが連携覚書を締結)\n"
        "Fukuoka City (福岡市) and Enterprise Ireland (エンタープライズ・アイルランド) signed a Memorandum of Cooperation on "
        "Startup Ecosystem Development (スタートアップ・エコシステムの発展に関する連携覚書) on March 13, 2024. "
        "Fukuoka City has promoted itself as a \"Startup City\" since 2012.\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "スタートアップ・エコシステムの発展に関する連携覚書"
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2024-03-13")]


def test_an_organisation_speaking_of_itself_and_a_term_counted_from_signing(rules_pipeline) -> None:
    text = (
        "令和6年2月19日\n一般社団法人奈良県ビジターズビューロー(以下「当ビューロー」)は、令和6年2月16日、"
        "カンボジア王国シェムリアップ州観光局との「観光交流の推進に関する覚書」を更新しました。\n"
        "■有効期間\n 締結の日から起算して5年を経過する日まで\n■署名式\n 署名者:当ビューロー 会長/シェムリアップ州観光局 局長\n"
        "<関連記事>\n・平成31年2月20日 シェムリアップ州観光局と覚書を締結しました\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert not any(p.name.startswith("当") for p in rec.parties)
    assert [(e.type.value, e.date) for e in rec.events] == [("renewed", "2024-02-16")]
    assert (rec.term.start, rec.term.duration) == ("2024-02-16", "P5Y")


def test_an_agreement_text_names_itself_on_its_first_line_and_takes_effect_on_a_date(rules_pipeline) -> None:
    text = (
        "災害時における相互応援に関する協定書\n\n忍野村(以下「甲」という。)と大和市(以下「乙」という。)は、次のとおり協定を締結する。\n"
        "第1条 この協定は、災害時の応援に関し必要な事項を定める。\n"
        "附 則\n1 この協定は、令和6年5月20日から効力を生ずる。\n2 この協定の有効期間は、令和7年3月31日までとする。\n"
        " 令和6年5月20日\n 甲 忍野村長\n 乙 大和市長\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "災害時における相互応援に関する協定書"
    assert (rec.term.start, rec.term.end) == ("2024-05-20", "2025-03-31")


def test_an_amended_agreement_takes_its_new_name_and_term(rules_pipeline) -> None:
    text = (
        "令和6年9月27日\nいわき市\nベルギー王国ヘント市との協定の一部改正について\n"
        "いわき市は、令和4年5月16日にヘント市と協定を締結しました。令和6年9月26日、協定の一部を改正しました。\n"
        "(1)協定の名称\n 改正前 港湾・物流分野における協力に関する協定\n 改正後 港湾・物流及びエネルギー分野における協力に関する協定\n"
        "(2)有効期間\n 令和7年5月15日までとしていた有効期間を、令和11年3月31日までに改めました。\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "港湾・物流及びエネルギー分野における協力に関する協定"
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2022-05-16"), ("renewed", "2024-09-26")]
    assert rec.term.end == "2029-03-31"


def test_the_issuing_department_votes_for_its_government_as_issuer(rules_pipeline) -> None:
    text = (
        "宮城県の海外との姉妹・友好提携の締結状況\n 宮城県経済商工観光部アジアプロモーション課\n"
        "No. 相手先        国名      締結年月日        名称・種別\n"
        " 1  吉林省        中国      昭和62年6月3日    友好県省提携\n"
        " 2  デラウェア州  アメリカ  平成9年10月8日    姉妹州提携\n"
        " 3  台南市        台湾      平成30年5月15日   観光交流の促進に関する覚書\n"
        "※参考 仙台市など県内市町村の提携は各市町村へ。仙台市の提携先はリバーサイド市です。\n"
        "問い合わせ先:宮城県経済商工観光部アジアプロモーション課\n"
    )
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [sorted(p.name for p in r.parties) for r in recs[:3]] == [["吉林省", "宮城県"], ["デラウェア州", "宮城県"], ["台南市", "宮城県"]]


def test_a_period_written_before_its_automatic_renewal_is_the_renewal(rules_pipeline) -> None:
    text = ("令和6年9月3日\n十津川村は、9月2日、明和生命保険株式会社と包括連携協定を締結しました。\n有効期間\n"
            "令和6年9月2日から令和7年3月31日まで。期間満了の日までに申し出がない場合は、1年間自動更新とし、以降も同様とします。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert (rec.term.start, rec.term.end, rec.term.duration, rec.term.renewal) == ("2024-09-02", "2025-03-31", None, "P1Y")


def test_a_note_that_refers_to_a_table_row_by_number(rules_pipeline) -> None:
    text = (
        "宮城県の海外との提携の締結状況\n"
        "No. | 相手先 | 国名 | 締結年月日 | 名称・種別\n"
        "5 | 台南市 | 台湾 | 平成30年5月15日 | 観光交流の促進に関する覚書\n"
        "6 | アチェ州 | インドネシア | 令和2年2月6日 | 防災協力に関する覚書\n"
        "(注)\n1 No.5の覚書は、令和5年5月15日に有効期間を3年間として更新しています。\n"
    )
    recs = {r.parties[0].name if r.parties[0].name != "宮城県" else r.parties[1].name: r
            for r in rules_pipeline.extract(text, doc_id="t").records}
    assert [(e.type.value, e.date) for e in recs["台南市"].events] == [("signed", "2018-05-15"), ("renewed", "2023-05-15")]
    assert [(e.type.value, e.date) for e in recs["アチェ州"].events] == [("signed", "2020-02-06")]


def test_a_foreign_ministry_is_an_organisation(rules_pipeline) -> None:
    (rec,) = rules_pipeline.extract("高知県は、ニュージーランド環境保全省と覚書を締結しました。\n", doc_id="t").records
    partner = next(p for p in rec.parties if p.name.endswith("省"))
    assert (partner.kind.value, partner.country) == ("organization", "NZ")


def test_title_term_and_sectors_come_from_the_agreement(rules_pipeline) -> None:
    text = (
        "令和4年4月1日\n報道発表資料\n\n"
        "宇部市とオーストラリアのニューカッスル市が「産業及び教育交流に関する覚書」を締結\n\n"
        "宇部市は、本日、ニューカッスル市と「産業及び教育交流に関する覚書」を締結しました。\n"
        "両市の市長は昨年、観光施設を視察しました。\n\n"
        "1 覚書の内容\n(1) 水素エネルギー分野の共同研究\n(2) 青少年交流\n\n"
        "2 有効期間\n令和4年4月1日から令和7年3月31日まで\n以後、1年ごとに自動更新\n"
    )
    doc = rules_pipeline.extract(text, doc_id="t")
    assert doc.doc_date == "2022-04-01"
    (rec,) = doc.records
    assert rec.title == "産業及び教育交流に関する覚書"
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2022-04-01")]
    assert rec.term is not None
    assert (rec.term.start, rec.term.end, rec.term.duration, rec.term.renewal) == ("2022-04-01", "2025-03-31", None, "P1Y")
    sectors = {s.value for s in rec.sectors}
    assert {"economy", "education", "energy", "research", "people_exchange"} <= sectors
    assert "tourism" not in sectors  # a past visit is background, not a field of this agreement


SECTOR_CASES = [
    (
        "an English sentence: the subject an MOU is on names its field; the date after 'on' does not",
        "City of Yokohama\nJune 3, 2024\n\nYokohama signed an MOU with the Vancouver Fraser Port Authority (Canada) on hydrogen "
        "supply chains on June 1, 2024. The two ports have traded since 1965.\n",
        {"energy"},
        {"port_logistics"},
    ),
    (
        "…では、今後も次の分野の交流を続けることを定めています。 then unmarked lines: the lines are its fields",
        "最終更新日:2024年1月22日\n江戸川区\n平成29年11月9日、区とセントラルコースト市は「姉妹都市関係の継続に関する確認書」に署名しました。\n"
        "確認書では、今後も次の分野の交流を続けることを定めています。\n中学生の相互派遣をはじめとする青少年交流\n"
        "スポーツを通じた区民・市民の交流\n中学生海外派遣\n毎年、区内の中学生をホームステイで派遣しています。\n",
        {"people_exchange", "sports"},
        set(),
    ),
    (
        "a numbered heading naming the partner's profile (7 株式会社…の概要) with its 事業内容 line gives no fields",
        "記者発表資料\n令和6年2月8日\n出水市\n本市と株式会社ミナミリンクは、本日、連携協定を締結しました。\n4　連携事項\n"
        "（1）行政のデジタル化（DX）の推進に関すること\n\n7　株式会社ミナミリンクの概要\n　所在地　鹿児島県鹿児島市\n"
        "　事業内容　物流管理システムの販売、製造業向けIoTソリューションの提供、医療機関向け予約システムの開発\n",
        {"digital"},
        {"port_logistics", "manufacturing", "medical"},
    ),
    (
        "an unmarked item line naming an activity (研修員の受入れ…による人材の育成) is an item; a reported sentence is not",
        "令和5年11月10日\n四日市港管理組合\n四日市港管理組合は、ケニア港湾公社との間で「港湾協力に関する覚書」を締結しました。\n"
        "2 覚書の主な内容\n港湾の管理運営に関する情報の交換\n研修員の受入れ及び職員の派遣による港湾人材の育成\n",
        {"port_logistics", "education"},
        set(),
    ),
    (
        "a field label followed by a space (連携分野 観光振興、…) lists fields",
        "2024年6月10日\n小田原市\n■小田原市×株式会社ミナト物産 包括連携協定\n締結日 2024年6月7日\n連携分野 観光振興、地産地消、防災\n",
        {"tourism", "disaster"},
        set(),
    ),
    (
        "a sentence saying what the agreement holds (協定書には…が盛り込まれた) lists its fields",
        "令和6年10月1日\n波佐見町\n波佐見町は、イタリアのデルータ市と姉妹都市協定を結んだ。"
        "協定書には、伝統工芸の技術交流、観光客の相互誘致、中高生の相互派遣が盛り込まれた。\n",
        {"culture", "tourism", "people_exchange"},
        set(),
    ),
    (
        "an item ending in 紹介 is an item of the list, not a profile heading; 合意事項 heads fields",
        "2024年6月18日\n関市\n関市は、6月14日、フランス共和国ティエール市と「友好交流の推進に関する意思確認書」に署名しました。\n"
        "■主な合意事項\n　１　ものづくり産業の振興\n　２　両市の伝統文化や芸術の紹介\n　３　観光客の相互誘客\n",
        {"manufacturing", "economy", "culture", "tourism"},
        set(),
    ),
    (
        "exchanges carried on (…を続けてきました) are no fields of the tie",
        "2024年1月1日\n本町と花蓮市は、昭和57年10月8日に姉妹都市を締結し、小中学生の相互訪問や漁業の交流を続けてきました。\n与那国町\n",
        set(),
        {"people_exchange", "agriculture"},
    ),
    (
        "an item naming an activity (研修受入れ・派遣, セミナーの共同開催) still gives its field",
        "2024年6月1日\n愛媛県は、5月30日、チリの国家漁業養殖局と覚書を締結しました。\n■覚書の内容\n"
        "(1)養殖技術の共同研究\n(2)若手技術者の研修受入れ・派遣による人材育成\n(3)経営者を対象とした人材育成セミナーの共同開催\n",
        {"research", "education"},
        set(),
    ),
    (
        "a partner's profile (【…病院の概要】) gives no fields; 覚書の概要 does",
        "令和5年11月2日\n与那国町は、本日、花蓮慈済病院と覚書を締結しました。\n"
        "２　覚書の概要\n（1）遠隔医療に関する情報交換\n\n【花蓮慈済病院の概要】\n災害医療チームを持ち、観光客の救急にも対応する。\n",
        {"medical"},
        {"disaster", "tourism"},
    ),
    (
        "相互訪問 in a list of items is a field, not a visit being reported",
        "2023年5月10日\n\n新居浜市は、5月9日、ドイツのフライブルク市と覚書を締結しました。\n\n"
        "■覚書の主な内容\n・再生可能エネルギーの導入\n・市民・学生の相互訪問\n",
        {"energy", "people_exchange"},
        set(),
    ),
    (
        "the pillars (柱) a joint statement sets are its fields",
        "2024年10月20日\n\n丸亀市は10月15日、アルメニアのギュムリ市と友好都市提携30周年の共同声明に署名しました。両市は1994年に友好都市提携を結んでいます。\n\n"
        "◆共同声明で確認した交流の柱\n 一 学校間の交流と青少年の相互訪問\n 二 農業技術の交流\n",
        {"people_exchange", "agriculture"},
        set(),
    ),
    (
        "a partner's profile line and the next key of a key/value list are not fields",
        "2024年4月1日\n\n松江市は、2024年3月20日、カナダのモントリオール市と友好都市提携を結びました。\n\n"
        "・提携の内容：文化及び青少年の各分野における交流の推進\n"
        "・都市の概要：ケベック州の経済の中心で、医療産業が盛んです。\n"
        "・主な交流：市民合唱団の相互訪問、観光PR\n",
        {"culture"},
        {"economy", "medical", "people_exchange", "tourism"},
    ),
    (
        "a sentence announcing the items below (覚書の主な内容は次のとおり。) opens them as the agreement's fields",
        "令和5年6月2日\n静岡県は、5月16日、オレゴン州と覚書に署名した。州は半導体産業の集積地である。\n"
        " 覚書の主な内容は次のとおり。\n ・再生可能エネルギー・水素分野の情報交換\n ・茶など県産品の輸出拡大に向けた協力\n",
        {"energy"},
        set(),
    ),
    (
        "覚書に基づく主な取組 heads the agreement's items; an item naming another partner place is that tie's",
        "2024年4月24日\n浜松市\n浜松市は、4月24日、ベトナムのダナン市と覚書を締結しました。\n◇覚書に基づく主な取組\n"
        " ①デジタル技術を活用した販路開拓の支援\n ②遠州地域の農産品の輸出促進\n ③フエ省の大学と市内大学による共同研究\n",
        {"digital", "agriculture"},
        {"research"},
    ),
    (
        "協定書で約束したこと heads the agreement's items",
        "2024年7月1日\n広報おかやま\n岡山市は、5月20日、タイのコンケン市と姉妹都市提携に関する協定書に署名しました。\n"
        "●協定書で約束したこと\n 両市は、次の分野で交流と協力を進めます。\n ・経済(市内企業の進出支援)\n ・医療・健康(病院間の研修交流)\n",
        {"economy", "medical"},
        set(),
    ),
    (
        "exchanges carried on, said politely (…を通じて交流を深めてまいりました), are no fields of the tie",
        "令和5年9月1日\n高知県\n高知県とベンゲット州は、平成30年10月に友好交流協定を締結し、高校生の相互訪問や農業研修員の受入れなどを通じて交流を深めてまいりました。\n",
        set(),
        {"people_exchange", "agriculture", "education"},
    ),
    (
        "連携して取り組む事項 heads the agreement's items",
        "2024年3月18日\n上野原市\n上野原市と株式会社ぐんないパワーは、3月15日、基本合意書を締結しました。\n"
        "３．連携して取り組む事項\n (1) 林業の担い手の確保\n (2) 小中学生を対象とした森林学習\n",
        {"agriculture"},
        set(),
    ),
    (
        "a page's overview of exchanges carried on gives no fields; what the agreement says they will do does",
        "高知県は、次の地域と姉妹提携を結び、経済、教育など様々な分野で交流を重ねています。\n\n"
        "一 アルゼンチン共和国サンタフェ州(姉妹提携)\n提携年月日 平成8年9月5日\n\n"
        "提携書には、両県州が観光の分野で交流を深めていくことが定められています。\n",
        {"tourism"},
        {"economy", "education"},
    ),
    (
        "a sentence announcing the fields below (次の分野で…) opens the list; circled items are its items",
        "令和5年10月2日\n長野市\n長野市は、9月29日、ニュージーランドのクライストチャーチ市と友好交流に関する覚書を締結しました。\n"
        "覚書では、次の分野で交流を進めることとしています。\n①観光の振興\n②青少年の交流\n③防災\n"
        "また、市長は同市の図書館を視察し、医療機関の関係者と懇談しました。\n",
        {"tourism", "people_exchange", "disaster"},
        {"medical"},
    ),
    (
        "a body named inside the instrument's title (災害ボランティアセンター) is no partner: its field counts",
        "令和6年4月1日\n南国市\n南国市は、3月28日、南国市社会福祉協議会と「災害ボランティアセンターの設置及び運営に関する協定」を締結しました。\n",
        {"disaster"},
        set(),
    ),
    (
        "a table under the fields' heading (覚書に定める協力分野 / 環境 | …) is the list; the line after it is none of it",
        "令和6年10月11日\n高知県\n本県は10月9日、中国の安徽省と「友好交流の更なる深化に関する覚書」に署名しました。\n"
        "覚書に定める協力分野\n環境 | 森林資源の保全\n農業 | 特産農産物の生産技術交流\n観光 | 相互誘客\n"
        "式典では、伝統工芸の実演も披露されました。\n",
        {"environment", "agriculture", "tourism"},
        {"culture"},
    ),
    (
        "what the instrument says (合意書では、…の4分野で…) inside a profile row of what followed gives its fields",
        "令和6年4月1日\n三重県\n■中華人民共和国 河南省\n提携日 | 昭和61年(1986年)11月18日\n"
        "その後の経過 | 平成28年11月、河南省人民政府と「三重県と河南省の友好交流の推進に関する合意書」を取り交わしました。"
        "合意書では、環境保全、農業技術、観光の3分野での協力を進めることとしています。\n"
        "これまでの主な交流 | 少林寺武術団の来県公演\n",
        {"environment", "agriculture", "tourism"},
        {"culture", "sports"},
    ),
    (
        "what the instrument was made to do (協定では、…共同研究を行うこととした) gives its fields",
        "令和6年3月1日\n島田市\n本市は2月9日、しずおか中部国際大学と「地域の国際化推進に関する連携協定」を締結した。\n"
        "同大学は留学生の受入れに実績があり、協定では、外国人住民への学習支援と多文化共生に関する共同研究を行うこととした。\n",
        {"research"},
        set(),
    ),
    (
        "'次のような交流を行うことを確認' opens the items the instrument lists",
        "令和5年11月20日\n本校は11月7日、台湾の台中市立清水高級中等学校と友好交流に関する覚書を締結しました。\n"
        "覚書では、両校が次のような交流を行うことを確認しています。\n(1)生徒の相互訪問\n(2)伝統文化やスポーツを通じた交流\n",
        {"people_exchange", "culture", "sports"},
        set(),
    ),
    (
        "exchanges carried on (次のような交流を行ってきました) are background, not the instrument's items",
        "令和5年11月20日\n本校は11月7日、台湾の台中市立清水高級中等学校と友好交流に関する覚書を締結しました。\n"
        "両校はこれまで、次のような交流を行ってきました。\n・スポーツ大会への参加\n",
        set(),
        {"sports"},
    ),
    (
        "'連携項目は次の8つ' and '次のような分野で' open the item list; an activity agreed (共同開催に取り組みます) is not a report",
        "2023年9月14日\n高崎市と明治安田生命保険相互会社は13日、包括連携協定を結んだ。\n協定の連携項目は次の8つ。\n"
        "(1)健康増進に関すること\n(2)スポーツの振興に関すること\n(3)観光の魅力の発信に関すること\n"
        "協定に基づき、再生可能エネルギーの導入、省エネ相談会の共同開催などに取り組みます。\n",
        {"medical", "sports", "tourism", "energy"},
        set(),
    ),
    (
        "a partner table's column of exchanges carried on (これまでの主な交流) gives no fields; a tie denied (協定等は締結していません) is none",
        "新潟県の海外交流提携先一覧\n相手先 | 国・地域 | 提携等の種類 | 締結年月日 | これまでの主な交流\n"
        "黒竜江省 | 中華人民共和国 | 友好県省 | 1983年8月5日 | 技術研修員の受入れ、農業技術者の派遣\n"
        "※モンゴル国ドルノド県とは、青少年スポーツ交流を続けていますが、協定等は締結していません。\n新潟県\n",
        set(),
        {"education", "agriculture", "people_exchange", "sports"},
    ),
    (
        "what the instrument says (協定書では…各分野で交流を進めることがうたわれており) gives fields; the exchanges reported after it do not",
        "2024年4月1日\n徳島県\n本県は、湖南省と平成23年10月25日に友好県省を締結しています。"
        "締結時に取り交わした協定書では、経済・観光・スポーツの各分野で交流を進めることがうたわれており、これまで県内高校生の派遣や、"
        "技術研修員の受入れなどを行っています。\n",
        {"economy", "tourism", "sports"},
        {"education", "people_exchange"},
    ),
    (
        "'協定では、…の四つを柱にしております' names the fields; '次の5項目で協力する' opens the item list",
        "令和6年6月13日\n豊島区\n昨日、韓国のソウル特別市東大門区と友好都市協定を締結いたしました。"
        "協定では、マンガ・アニメをはじめとする文化・芸術の交流、観光の相互のプロモーション、青少年交流、"
        "それから多文化共生のまちづくりに関する情報交換、この四つを柱にしております。\n",
        {"culture", "tourism", "people_exchange", "urban_development"},
        set(),
    ),
    (
        "'協定では、' ending a line opens the items that follow",
        "2023年7月1日\n静岡県立大学\n5月22日、静岡県立大学看護学部と国立台北護理健康大学看護学院は学術交流協定を締結しました。協定では、\n"
        "  ・教員の相互訪問と共同研究\n  ・高齢者看護に関する教育研究情報の交換\nに取り組むこととしています。\n",
        {"people_exchange", "research", "welfare"},
        set(),
    ),
    (
        "'覚書の内容は大きく3点です。1点目は…' opens the points that follow",
        "令和6年6月18日\n山口県\n本日、南オーストラリア州と「水素分野における協力に関する覚書」に署名いたしました。\n"
        "覚書の内容は大きく3点です。1点目は、水素のサプライチェーン構築に関する情報交換。2点目は、企業間の技術交流、ビジネス機会の創出。"
        "3点目は、大学・研究機関による共同研究の促進です。\n今後、秋には視察団の派遣を予定しています。\n",
        {"energy", "economy", "research"},
        set(),
    ),
    (
        "'協定では次の事項に連携して取り組む' opens the item list",
        "令和4年3月17日\n徳島県\n令和4年3月16日に、徳島県と日本貿易振興機構との間で「県内企業の海外展開支援に関する連携協定」を結びました。"
        "協定では次の事項に連携して取り組むこととしています。\n県産品(農林水産物・食品を含む)の輸出促進及び販路開拓\nデジタル技術を活用した越境ECの普及\n",
        {"agriculture", "food", "digital", "economy"},
        set(),
    ),
    (
        "a heading left of the list's opener (5 これまでの主な交流) ends the agreement's items",
        "2023年10月24日\n島根県\n本県と寧夏回族自治区は、本日、共同宣言に調印しました。\n4 共同宣言の主な内容\n"
        "  両県区は、次の分野における交流と協力を一層深めることを宣言する。\n  (1)環境保全の分野における技術協力\n"
        "  (2)観光交流の促進\n5 これまでの主な交流\n  ・研修員の受入れ(医療看護など)\n",
        {"environment", "tourism"},
        {"medical"},
    ),
    (
        "a bullet of a higher level after the items (■ next news item) ends the list",
        "2024年10月9日\n奈良県\n■ R6.10.8 マアン県と覚書を締結\n知事は、マアン県知事と覚書を締結しました。\n"
        "覚書では、次の分野で協力することを定めています。\n ・文化財の保存修復に関する情報交換\n ・遺跡観光の受入環境づくり\n"
        "有効期間は署名の日から5年間です。\n■ R6.10.7 市町村長会議に出席\n防災と地域医療をテーマに意見交換しました。\n",
        {"culture", "tourism"},
        {"disaster", "medical"},
    ),
    (
        "what the parties will do under the agreement (協定に基づき、…などで連携します) names its fields",
        "令和5年2月15日\n所沢市\n市は、市内の東都看護大学と包括連携協定を11月18日に締結しました。"
        "協定に基づき、地域医療の推進、子育て家庭への支援などで連携します。\n",
        {"medical", "welfare"},
        set(),
    ),
    (
        "a list opened in kana (合意書のおもな内容は、次のとおりです) lists the agreement's items",
        "2022年9月13日\n小谷村\n昨日(12日)、村役場で株式会社アルプスラボと「旧校舎の利活用に関する基本合意書」を交わしました。\n"
        "合意書のおもな内容は、次のとおりです。\n・校舎をワーケーション施設に改修する\n・村の温泉などの観光を楽しんでもらう仕組みをつくる\n",
        {"tourism"},
        set(),
    ),
    (
        "under a topic heading (◆姉妹都市提携について), the record's own signing and what its instrument says are no reference",
        "九重町議会だより 第51号\n令和5年11月1日発行\n 議案第64号 九重町と大韓民国扶安郡との姉妹都市提携について......原案可決\n"
        "◆姉妹都市提携について\n 議案第64号は、韓国の扶安郡と姉妹都市の提携を結ぶため、議会の議決を求めたものです。\n"
        " その後、10月12日に扶安郡庁で調印式が行われ、町長と郡守が姉妹都市提携協定書に署名しました。"
        "協定書では、教育、文化、観光の各分野で交流を進めることをうたっています。\n",
        {"education", "culture", "tourism"},
        set(),
    ),
    (
        "what a tie's new document holds (新たな提携書には、次の事項が盛り込まれています) lists its items",
        "報道発表資料\n令和6年5月12日\n上越市総務課\n\n 令和6年4月27日、上越市はポートランド市と姉妹都市提携を再調印しました。\n"
        " 新たな提携書には、次の事項が盛り込まれています。\n (1)中学生の派遣及び受入れによる青少年交流の継続\n"
        " (2)文化・スポーツ活動を通じた市民交流の推進\n",
        {"culture", "people_exchange", "sports"},
        set(),
    ),
    (
        "協定には、次の三つの柱が書かれています opens the list of items",
        "令和5年12月1日\n十津川村\n十津川村と新十津川町は、10月21日に友好交流に関する協定を結びました。\n"
        "協定には、次の三つの柱が書かれています。\n一 子どもたちの相互訪問などによる青少年交流\n二 観光情報の相互発信\n",
        {"people_exchange", "tourism"},
        set(),
    ),
    (
        "a partner table's content column (… | 主な交流内容) gives each row's fields",
        "海外提携団体 | 公益財団法人ひだ舞台芸術財団\n掲載日:2024年2月1日\n"
        "公益財団法人ひだ舞台芸術財団(以下「当財団」)が交流協定を結んでいる海外の劇場は次のとおりです。\n"
        "国・地域 | 提携団体 | 協定等 | 締結 | 主な交流内容\n"
        "フランス | リヨン国立劇場 | 舞台芸術の交流に関する協定 | 2018年5月 締結 | 作品の共同制作、観光と連携した滞在公演\n",
        {"culture", "tourism"},
        set(),
    ),
    (
        "a schedule's content column (日付 | 内容 | 場所) gives none",
        "令和6年5月10日\n浜田市\n 浜田市と威海市は、平成13年10月16日に友好都市関係を結びました。\n訪問日程\n日付 | 内容 | 場所\n"
        "5月9日 | 青少年交流会 | 威海市\n",
        set(),
        {"people_exchange"},
    ),
    (
        "a table headed 項目 | 内容 under the instrument's contents lists its items",
        '報道発表日:令和6年10月30日\n山形県教育委員会\n 山形県教育委員会は、令和6年10月29日、台南市政府教育局と教育交流に関する覚書を締結しました。\n4 主な内容\n項目 | 内容\n(1)生徒交流 | 高校生の相互訪問及び短期留学の促進\n(2)ICTの活用 | ICTを活用したオンライン交流授業の実施\n',
        {"digital", "people_exchange"},
        set(),
    ),
    (
        "a table headed 日付 | 内容 | 場所 lists events, not items",
        '令和6年5月10日\n富山県\n 本県と遼寧省は、昭和59年5月9日に友好県省の提携を結びました。\n記念事業\n日付 | 内容 | 場所\n5月9日 | ものづくり企業の視察 | 瀋陽市\n',
        set(),
        {"manufacturing"},
    ),
]


@pytest.mark.parametrize("name,text,must,must_not", SECTOR_CASES, ids=[c[0] for c in SECTOR_CASES])
def test_sectors(rules_pipeline, name: str, text: str, must: set[str], must_not: set[str]) -> None:
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    sectors = {s.value for s in rec.sectors}
    assert must <= sectors
    assert not (must_not & sectors)


def test_same_term_again_is_the_duration(rules_pipeline) -> None:
    text = ("2024年6月1日\n由利本荘市は、5月30日、リトアニアのカウナス市と覚書を締結しました。\n"
            "覚書の有効期間は署名の日から5年間とし、終了の申出がない場合は、同一の期間で更新されます。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term is not None and (rec.term.duration, rec.term.renewal) == ("P5Y", "P5Y")


def test_a_country_heading_places_the_entries_below_it(rules_pipeline) -> None:
    text = ("周南市の姉妹都市・友好都市\n\n■ スリランカ民主社会主義共和国\n・キャンディ市（中部州）\n"
            "　姉妹都市　提携日：平成14年2月4日\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    partner = next(p for p in rec.parties if p.name == "キャンディ市")
    assert partner.country == "LK"


def test_an_english_page_with_square_bracket_glosses(rules_pipeline) -> None:
    text = (
        "Kagawa Prefecture signs MOU with the Region of Southern Denmark | Kagawa Prefecture Official Website\n"
        "Posted: March 14, 2025\n"
        "On March 12, 2025, Kagawa Prefecture [香川県] and the Region of Southern Denmark [南デンマーク地域] signed the "
        "Memorandum of Understanding on Cooperation in Renewable Energy [再生可能エネルギーにおける協力に関する覚書] in Vejle.\n"
        "Areas of cooperation\n  Offshore wind power and hydrogen;\n  Decarbonisation of ports;\n"
        "The memorandum takes effect on the date of signature and remains in force for four years. "
        "It will be renewed automatically unless either party objects.\n"
        "Background\nThe two regions first met at a tourism seminar in 2023.\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {(p.name, p.country) for p in rec.parties} == {("香川県", "JP"), ("南デンマーク地域", "DK")}
    assert rec.title == "再生可能エネルギーにおける協力に関する覚書"
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2025-03-12")]
    assert rec.term is not None and (rec.term.start, rec.term.duration, rec.term.renewal) == ("2025-03-12", "P4Y", "auto")
    assert {s.value for s in rec.sectors} == {"energy", "environment", "port_logistics"}


def test_details_belong_to_the_release_not_to_a_tie_named_in_passing(rules_pipeline) -> None:
    text = ("2024.03.15 協会からのお知らせ\n下呂温泉観光協会は、3月8日、台湾の「台中市旅行商業同業公会」と「訪日旅行促進に関する覚書」を締結しました。\n"
            "当協会が覚書を結ぶのは、昨年10月に締結したタイ旅行業協会との覚書に続き2件目となります。\n"
            "■覚書の主な内容\n　1．温泉文化や飛騨の食を紹介するプロモーションの共同実施\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    by_partner = {next(p.name for p in r.parties if p.name != "下呂温泉観光協会"): {x.value for x in r.sectors} for r in recs}
    assert by_partner == {"台中市旅行商業同業公会": {"culture", "food"}, "タイ旅行業協会": set()}


def test_yearless_ceremony_date_refines_the_step(rules_pipeline) -> None:
    text = (
        "豊橋市は、2019年11月、トルコ・ブルサ市と覚書を締結した。\n"
        "有効期間:2019年11月から3年間\n"
        "11月20日に豊橋市長がブルサ市を訪問し、締結式を行った。\n"
    )
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2019-11-20")]
    assert rec.term is not None and rec.term.duration == "P3Y" and rec.term.start == "2019-11"


def test_kind_and_country(rules_pipeline) -> None:
    text = "新潟県は、2017年、中華人民共和国黒竜江省と友好県省の覚書を締結した。\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    kinds = {p.name: (p.kind.value, p.country) for p in rec.parties}
    assert kinds == {"新潟県": ("region", "JP"), "黒竜江省": ("region", "CN")}


def test_evidence_slices_the_original_text(rules_pipeline) -> None:
    # full-width digits and a half-width katakana run: normalisation changes lengths
    text = "令和５年６月１日\n記者発表\n\n ｶﾅﾀﾞのケロウナ市と長岡市は、令和５年５月３０日、「観光交流に関する覚書」を締結しました。\n"
    doc = rules_pipeline.extract(text, doc_id="t")
    assert doc.records
    for rec in doc.records:
        assert rec.evidence
        for ev in rec.evidence:
            assert text[ev.start : ev.end] == ev.text
    fields = {ev.field for ev in doc.records[0].evidence}
    assert {"agreement_type", "title", "parties[0]", "parties[1]", "events[0]"} <= fields


def test_programme_dates_are_not_a_term(rules_pipeline) -> None:
    text = "本市は2019年5月1日、アメリカのスポケーン市と友好都市協定を締結した。\n派遣期間:2025年7月26日から8月5日まで\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term is None


def test_a_partners_own_web_address_places_it_and_a_list_of_countries_does_not(rules_pipeline) -> None:
    text = ("令和5年2月1日\n姫路市は、1月20日、ブラフマプトラ市と経済交流に関する覚書を締結しました。\n"
            "2022年10月 ブラフマプトラ市を含むタイ・インドに経済ミッションを派遣\n"
            "【参考】ブラフマプトラ市:https://brahmaputra.gov.in/(外部リンク)\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for p in rec.parties}["ブラフマプトラ市"] == "IN"
    text = text.replace("https://brahmaputra.gov.in/", "https://www.brahmaputra.com/")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for p in rec.parties}["ブラフマプトラ市"] is None  # not TH from 'タイ・インド'


def test_a_trip_report_heading_dates_the_signing_and_names_the_venue_and_the_trip_is_no_term(rules_pipeline) -> None:
    text = ("知事海外出張の結果報告\n令和5年6月2日\n静岡県 地域外交課\n1 出張期間\n 令和5年5月14日(日)~5月20日(土)(7日間)\n"
            "2 主な成果\n(1)オレゴン州との覚書締結【5月16日(火)・セーラム市】\n"
            " オレゴン州知事と会談し、「静岡県とオレゴン州との経済交流に関する覚書」に署名した。\n"
            " 覚書は署名の日から効力を生じ、期限は定めない。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["オレゴン州", "静岡県"]  # not セーラム市, where it was signed
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2023-05-16")]
    assert (rec.term.start, rec.term.end) == ("2023-05-16", None)  # the 出張期間 is the trip's


def test_a_bracket_opening_with_a_country_places_the_partner(rules_pipeline) -> None:
    text = "境港市の友好都市\n琿春市(中華人民共和国 吉林省)\n区分:友好都市\n提携日:平成5年(1993年)6月10日\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for p in rec.parties}["琿春市"] == "CN"


def test_an_agreement_ended_by_consent_ends_its_term_that_day(rules_pipeline) -> None:
    text = ("令和6年4月1日\n山都町\n山都町とケニア共和国ナイロビ市は、平成29年8月25日に覚書を締結しました。"
            "両市町で協議を重ねた結果、令和6年3月31日をもって本覚書を終了することで合意しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term.end == "2024-03-31"


def test_a_bracket_naming_a_country_then_its_state_without_a_space_places_the_partner(rules_pipeline) -> None:
    text = "大宜味村の姉妹都市\nカンポグランデ市 (ブラジル連邦共和国マットグロッソ・ド・スル州) | 姉妹都市 | 平成3年8月20日\n"
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for r in recs for p in r.parties}.get("カンポグランデ市") == "BR"


def test_the_cell_under_a_name_header_titles_its_row(rules_pipeline) -> None:
    text = ("包括連携協定等の締結状況 - 小山市ホームページ\nNo. | 締結日 | 協定名 | 相手方 | 担当課\n"
            "1 | H28.10.3 | 地域活性化包括連携協定 | 株式会社セブン-イレブン・ジャパン | 総合政策課\n"
            "2 | H29.6.20 | 包括連携協定 | 白鷗大学 | 総合政策課\n")
    titles = [r.title for r in rules_pipeline.extract(text, doc_id="t").records]
    assert titles == ["地域活性化包括連携協定", None]


def test_an_earlier_tie_told_in_passing_owns_only_its_line(rules_pipeline) -> None:
    text = ("2024年10月30日\n川崎市\n川崎市は、2024年10月29日、オーストラリア連邦ビクトリア州政府との間で、覚書を締結しました。\n"
            "本市は、2020年2月に、ビクトリア州のヘイスティングス港開発公社と「水素の海上輸送に関する覚書」を締結しており、"
            "今回の覚書により、州政府との協力関係へと広げることになります。\n2 覚書の概要\n(1)協力項目\n ア 研究機関及び大学による共同研究の促進\n"
            "(2)有効期間\n 締結日から5年間\n")
    recs = {r.parties[-1].name if r.parties[-1].name != "川崎市" else r.parties[0].name: r for r in rules_pipeline.extract(text, doc_id="t").records}
    assert recs["ビクトリア州"].term.duration == "P5Y" and "research" in {s.value for s in recs["ビクトリア州"].sectors}
    assert recs["ヘイスティングス港開発公社"].term is None or recs["ヘイスティングス港開発公社"].term.duration is None


def test_a_page_level_purpose_of_all_the_ties_gives_each_its_fields(rules_pipeline) -> None:
    text = ("栃木県の友好提携\n栃木県では、経済・文化・教育など幅広い分野での交流を進めるため、海外の2つの地域と友好提携を結んでいます。\n"
            "地域名 | 国 | 提携年月\n浙江省 | 中国 | 1993年10月\nインディアナ州 | アメリカ合衆国 | 1997年4月\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 2
    assert all({"economy", "culture", "education"} <= {s.value for s in r.sectors} for r in recs)


def test_a_chinese_city_named_without_its_country_is_placed_by_the_list_of_cities(rules_pipeline) -> None:
    text = "奈良市の姉妹都市\nQ 奈良市の友好都市はどこですか。\nA 奈良市は、揚州市と友好都市提携を結んでいます。\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for p in rec.parties}.get("揚州市") == "CN"


def test_a_purpose_given_once_for_the_partners_listed_below_gives_each_its_fields(rules_pipeline) -> None:
    text = ("弘前大学は、学術研究の推進を目的として、以下の海外の大学と大学間交流協定を締結しています。\n"
            "・ソウル大学校(韓国) -- 2001年4月締結\n・マヒドン大学(タイ) -- 2010年7月締結\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [sorted(p.name for p in r.parties) for r in recs] == [["ソウル大学校", "弘前大学"], ["マヒドン大学", "弘前大学"]]
    assert all({s.value for s in r.sectors} == {"education", "research"} for r in recs)


def test_an_entry_opened_by_the_instruments_name_alone_takes_it_as_title(rules_pipeline) -> None:
    text = ("松江市 災害時応援協定一覧\n"
            "・災害時における物資の供給に関する協定\n 締結先:株式会社みどり商事\n 締結日:令和元年7月1日\n"
            "・災害時における飲料水の供給に関する協定\n 締結先:山陰飲料株式会社\n 締結日:平成24年4月1日\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(r.title, r.events[0].date) for r in recs] == [
        ("災害時における物資の供給に関する協定", "2019-07-01"), ("災害時における飲料水の供給に関する協定", "2012-04-01")]
    assert all([s.value for s in r.sectors] == ["disaster"] for r in recs)


def test_one_term_note_for_every_listed_agreement_gives_each_its_term(rules_pipeline) -> None:
    text = ("部局間学術交流協定\n山形大学工学部は、教育・研究の国際化を進めるため、海外の大学の工学系部局と部局間学術交流協定を締結しています。\n"
            "協定先一覧\n国・地域 | 協定先 | 締結 | 備考\n中国 | 大連理工大学 土木工学部 | 2006年11月 | 2016年11月更新\n"
            "マレーシア | マラヤ大学 工学部 | 2017年9月\n※協定の有効期間は、いずれも締結日から5年間(自動更新)です。\n")
    recs = [r for r in rules_pipeline.extract(text, doc_id="t").records if r.events]
    assert [(r.term.duration, r.term.renewal) for r in recs] == [("P5Y", "auto"), ("P5Y", "auto")]
    assert all(sorted(s.value for s in r.sectors) == ["education", "research"] for r in recs)  # each sector once


def test_an_agreements_own_enacting_clause_under_its_name_is_the_record(rules_pipeline) -> None:
    text = ("旧小学校跡地の利活用に関する基本合意書\n\n"
            " 朝来市(以下「甲」という。)と株式会社山里ファーム(以下「乙」という。)は、旧小学校跡地の利活用に関し、"
            "次のとおり基本的な事項について合意する。\n\n(目的)\n第1条 本合意書は、地域の農業の振興に資することを目的とする。\n"
            "(有効期間)\n第2条 本合意書の有効期間は、締結の日から令和8年3月31日までとする。\n\n"
            "令和5年11月2日\n\n 甲 朝来市長 山田 一郎\n 乙 株式会社山里ファーム 代表取締役 田中 二郎\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.agreement_type.value == "basic_agreement" and rec.title == "旧小学校跡地の利活用に関する基本合意書"
    assert sorted(p.name for p in rec.parties) == ["朝来市", "株式会社山里ファーム"]
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2023-11-02")]


def test_an_entry_that_labels_its_first_signing_reads_its_renewal_and_expiry_labels(rules_pipeline) -> None:
    text = ("2025年3月28日\n学術交流協定の更新について\n 宮崎大学は、下記の協定校と学術交流協定を更新しました。"
            "なお、各協定の有効期間は、更新日から5年間です。\n\n"
            "No.1\n 相手機関 :慶北大学校\n 国・地域 :大韓民国\n 初回締結 :1991年10月\n 更新日  :2025年2月17日\n 有効期限 :2030年2月16日\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "1991-10"), ("renewed", "2025-02-17")]
    assert (rec.term.start, rec.term.end, rec.term.duration) == ("2025-02-17", "2030-02-16", "P5Y")


def test_a_page_update_stamp_is_still_no_step() -> None:
    from mou_extract import Pipeline
    from mou_extract.settings import Settings

    text = "姉妹都市\n本市は1990年にリバーサイド市(米国)と姉妹都市提携を結んでいます。\n更新日:2024年3月1日\n"
    (rec,) = Pipeline(Settings(use_ner=False)).extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "1990")]


def test_a_body_named_by_the_first_line_and_speaking_in_the_first_paragraph_is_the_home(rules_pipeline) -> None:
    text = ("災害時応援協定の締結状況 阪神港湾協会\n"
            "阪神港湾協会では、関係団体と災害時の応援に関する協定を締結しています。主な協定は次のとおりです。\n"
            "番号 | 協定名 | 締結先 | 締結日\n1 | 災害時における燃料の優先供給に関する協定 | 兵庫県石油商業組合 | 令和2年11月18日\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["兵庫県石油商業組合", "阪神港湾協会"]


def test_a_body_speaking_of_itself_is_found_by_its_head_after_the_legal_form(rules_pipeline) -> None:
    text = ("ニュースレター|公益財団法人ひろしま産業振興財団\n発行日:2024年12月10日\n"
            "11月26日、当財団と台湾の財団法人工業技術研究院は「半導体産業人材の育成に関する覚書」に署名しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert "公益財団法人ひろしま産業振興財団" in [p.name for p in rec.parties]


def test_a_target_year_far_after_the_document_is_no_step(rules_pipeline) -> None:
    text = ("令和6年11月18日\n静岡県\n静岡県と株式会社静岡銀行は、2050年カーボンニュートラルの実現に向けて連携することとし、"
            "11月11日に連携協定を締結しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2024-11-11")]


def test_a_newsletters_footer_names_its_issuer(rules_pipeline) -> None:
    text = ("広報ふくやま 4月号\n\n■台湾・台南市との友好交流協定を更新\n 3月12日、平成15年に締結した友好交流協定を更新しました。\n"
            "■倉敷市と観光の連携を協議へ\n\n発行日/2024年4月1日  編集・発行/福山市広報課\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [sorted(p.name for p in r.parties) for r in recs] == [["台南市", "福山市"]]


def test_how_a_tie_began_gives_it_no_fields_and_a_city_profile_neither(rules_pipeline) -> None:
    text = ("山梨県の姉妹提携先\n■アイオワ州(アメリカ合衆国)\n 提携年月日 昭和35年(1960年)8月26日\n 人口 約320万人\n"
            " 昭和34年の台風で本県の農業は大きな被害を受け、アイオワ州からの支援をきっかけに、翌年、姉妹県州の提携を結びました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.agreement_type.value == "sister_city" and rec.sectors == []
    profile = ("姉妹都市の紹介 - 新潟市\nガルベストン市(アメリカ合衆国テキサス州)\n提携日\n昭和40年(1965年)11月9日\n人口\n約5万人\n"
               "概要\nメキシコ湾に面した港湾都市で、観光業が盛んです。\n")
    (rec,) = rules_pipeline.extract(profile, doc_id="t").records
    assert rec.sectors == []
    stated = "本市はA市との交流を進めるため、1990年に教育・文化の分野で姉妹都市提携を結びました。\n"
    assert {s.value for r in rules_pipeline.extract("松江市\n" + stated.replace("A市", "ニューオーリンズ市"), doc_id="t").records
            for s in r.sectors} == {"education", "culture"}


def test_two_of_a_multi_party_agreements_signatories_with_a_tie_of_their_own_are_another_record(rules_pipeline) -> None:
    text = ("令和6年1月30日\n 千葉県、千葉市、国立大学法人千葉大学及び株式会社千葉銀行は、令和6年1月29日、"
            "「ちば脱炭素イノベーション推進に関する連携協定」を締結しました。\n"
            "参考\n・千葉市と千葉大学は、平成20年に包括的な連携協定を締結し、まちづくりの分野で連携を続けています。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((len(r.parties), r.events[0].date) for r in recs) == [(2, "2008"), (4, "2024-01-29")]


def test_bare_items_under_a_lead_that_names_them_below_are_one_record_each_dated_by_the_lead(rules_pipeline) -> None:
    text = ("伊達市の広域連携\n 伊達市は、平成22年3月26日、次の3町とそれぞれ定住自立圏形成協定を締結しました。\n"
            "  ・豊浦町\n  ・洞爺湖町\n  ・壮瞥町\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in recs] == [
        (["伊達市", "豊浦町"], ["2010-03-26"]), (["伊達市", "洞爺湖町"], ["2010-03-26"]), (["伊達市", "壮瞥町"], ["2010-03-26"])]


def test_a_witness_in_the_subtitle_leaves_the_signatories_of_the_next_paragraph_and_a_note_dates_the_tie(rules_pipeline) -> None:
    """――総領事が立会人として出席―― above the lead: the witness is the subtitle's, not the lead's parties'; a
    note below (・…との主な交流:友好都市提携(昭和54年)) restates the tie's date, so it joins the tie, not the 覚書."""
    text = ("報道発表資料\n令和6年11月8日\n北九州市 国際政策課\n\n大連市と「物流協力の促進に関する覚書」を締結しました\n"
            "――中華人民共和国駐福岡総領事が立会人として出席――\n\n"
            "　北九州市は、11月7日（木曜）、友好都市である中華人民共和国遼寧省大連市と「物流協力の促進に関する覚書」を締結しました。\n"
            "　両市は昭和54年5月に友好都市提携を結び、以来45年にわたり、青少年の相互派遣や文化団体の交流を重ねてきました。\n\n"
            "【参考】大連市の概要\n　・遼寧省の副省級市。人口約750万人\n"
            "　・北九州市との主な交流：友好都市提携（昭和54年）、青少年スポーツ交流、市職員の相互派遣研修\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((r.agreement_type.value, [e.date for e in r.events]) for r in recs) == [
        ("friendship_city", ["1979-05"]), ("mou", ["2024-11-07"])]


def test_an_easy_japanese_page_tells_its_agreement_under_plain_headings(rules_pipeline) -> None:
    """■いつ? dates the act told without its instrument word (令和6年10月1日に結びました), ▼いつまで? gives the term,
    and a heading naming the name (■日本語の正しい名前) puts the title on the line below it."""
    text = ("やさしい にほんご の おしらせ\n2024ねん 10がつ 8にち\n可児市国際交流協会\n\n"
            "■ どんな 約束（やくそく）？\n\n"
            "可児市（かにし）は、長野県（ながのけん）の 伊那市（いなし）と\n協定（きょうてい）を 結（むす）びました。\n"
            "協定（きょうてい）は、大切（たいせつ）な 約束（やくそく）の ことです。\n"
            "大（おお）きな 地震（じしん）や 大雨（おおあめ）で こまった とき、\n2つ（ふたつ）の 市（し）は おたがいに たすけます。\n\n"
            "■ いつ？\n\n令和（れいわ）6年（ねん）10月（がつ）1日（ついたち）に 結（むす）びました。\n"
            "伊那市役所（いなしやくしょ）で、2人（ふたり）の 市長（しちょう）が\nサインを しました。\n\n"
            "▼ いつまで？\n\n　2024ねん 10がつ 1にち から 2027ねん 3がつ 31にち まで です。\n"
            "　そのあと は、 1ねん ずつ つづけます。\n\n"
            "■ 日本語（にほんご）の 正（ただ）しい 名前（なまえ）\n\n　災害時における相互応援に関する協定\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 1
    r = recs[0]
    assert sorted(p.name for p in r.parties) == ["伊那市", "可児市"]
    assert [e.date for e in r.events] == ["2024-10-01"] and r.title == "災害時における相互応援に関する協定"
    assert (r.term.start, r.term.end, r.term.renewal) == ("2024-10-01", "2027-03-31", "P1Y")


def test_a_cards_line_of_places_under_its_name_places_the_name_and_heads_nothing(rules_pipeline) -> None:
    """リバーサイド市 / アメリカ合衆国 カリフォルニア州 / 1957年に姉妹都市になった: the card is the city's; the line of
    places under its name gives its country, and the state is no partner."""
    text = ("せかいのともだちのまち\n\n姉妹都市(3つ)\n"
            "ミルウォーキー市\nアメリカ合衆国 ウィスコンシン州\nいちばんはじめの姉妹都市だよ。1960年に姉妹都市になったんだ。\n"
            "ベルフォール市\nフランス共和国 ブルゴーニュ・フランシュ=コンテ地域圏\n1975年に姉妹都市になりました。\n"
            "ヒューストン市\nアメリカ合衆国 テキサス州\n1998年に姉妹都市になりました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((p.name, p.country, r.events[0].date) for r in recs for p in r.parties) == [
        ("ヒューストン市", "US", "1998"), ("ベルフォール市", "FR", "1975"), ("ミルウォーキー市", "US", "1960")]


def test_a_section_heading_naming_the_partner_gives_its_steps_their_party(rules_pipeline) -> None:
    """２ 株式会社Xとの覚書に基づく取組 / (1)経過 / ・令和3年3月24日 「…覚書」を締結: the heading above the subsection
    names the partner; a later section's 事業者3社と…協定 names no partner and is no step of the 覚書."""
    text = ("令和6年11月20日\n三浦市 環境政策部 環境企画課\n\n連携の取組状況について\n\n１　趣旨\n"
            "　本市は、民間事業者の技術を活用した取組を進めている。\n\n"
            "２　株式会社三崎EVシェアとの覚書に基づく取組\n\n（１）経過\n"
            "　　・令和3年3月24日　「脱炭素に向けた電気自動車の活用に関する覚書」を締結\n"
            "　　・令和6年3月　　　変更覚書を取り交わし、有効期間を3年延長\n\n"
            "３　その他の取組\n　　令和5年7月に、市内の太陽光発電事業者3社と、公共施設の屋根貸しによる発電事業に関する協定を締結した。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [([p.name for p in r.parties], [(e.type.value, e.date) for e in r.events]) for r in recs] == [
        (["株式会社三崎EVシェア", "三浦市"], [("signed", "2021-03-24"), ("renewed", "2024-03")])]


def test_two_entries_each_with_its_signatories_line_are_two_agreements_dated_by_the_lead(rules_pipeline) -> None:
    """本日、下記2件の連携協定を締結しました / 【協定その1】… 締結者 県、A協会 / 【協定その2】… 締結者 県、B大学: the
    second 締結者 line names another partner beside the issuer, so it opens the second record; the lead dates both."""
    text = ("報道提供資料\n提供日 令和6年8月26日(月)\n島根県 地域振興部\n\n件名:県と民間団体・大学との連携協定の締結について(2件)\n\n"
            " 本日、県庁において、下記2件の連携協定を締結しましたので、お知らせします。\n\n記\n\n"
            "【協定その1】\n1 協定名\n 災害時における物資輸送に関する連携協定\n2 締結者\n 島根県、一般社団法人島根県トラック協会\n\n"
            "【協定その2】\n1 協定名\n 農林水産業の振興に関する連携協定\n2 締結者\n 島根県、国立大学法人島根大学\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((r.title, sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in recs) == [
        ("災害時における物資輸送に関する連携協定", ["一般社団法人島根県トラック協会", "島根県"], ["2024-08-26"]),
        ("農林水産業の振興に関する連携協定", ["国立大学法人島根大学", "島根県"], ["2024-08-26"])]


def test_numbered_partner_headings_with_a_name_line_head_one_agreement_each(rules_pipeline) -> None:
    """次の2社とそれぞれ連携協定を締結 / 1.株式会社Aとの協定 / 協定名 「…」 / 2.B株式会社との協定 / 協定名 「…」: two
    agreements dated by the lead; the ceremony line naming both heads (A代表取締役、B代表取締役が…署名) joins neither;
    and 名称 …基本合意書 just above an entry's 当事者 line types that entry."""
    text = ("大分市記者発表資料\n発表日 令和7年3月26日(水)\n\n件名 民間事業者2社との連携協定の締結について\n\n"
            " 大分市は、3月25日(火)、市役所本庁舎において、次の2社とそれぞれ連携協定を締結しました。\n\n"
            "────────────\n1.株式会社ぶんごモビリティとの協定\n────────────\n"
            " 協定名 「地域公共交通の利便性向上に関する連携協定」\n\n"
            "────────────\n2.かぼすファーム株式会社との協定\n────────────\n"
            " 協定名 「食と農を活かした地域活性化に関する連携協定」\n\n"
            "【参考】締結式の様子\n 市長、株式会社ぶんごモビリティ代表取締役、かぼすファーム株式会社代表取締役が出席し、協定書に署名しました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((r.title, sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in recs) == [
        ("地域公共交通の利便性向上に関する連携協定", ["大分市", "株式会社ぶんごモビリティ"], ["2025-03-25"]),
        ("食と農を活かした地域活性化に関する連携協定", ["かぼすファーム株式会社", "大分市"], ["2025-03-25"])]


def test_an_underlined_english_heading_opens_the_list_of_fields(rules_pipeline) -> None:
    text = ("PRESS RELEASE    12 September 2024\n\nKUMAMOTO, Japan - Kumamoto Prefecture and Hsinchu City, Taiwan, signed a Memorandum "
            "of Understanding on 11 September 2024.\n\nAreas of Cooperation\n--------------------\n"
            "Under the memorandum, the two sides will promote exchange in the following areas:\n"
            "  1. Tourism promotion\n  2. Agriculture and food products\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [sorted(s.value for s in r.sectors) for r in recs] == [["agriculture", "food", "tourism"]]


def test_a_news_lists_posting_day_is_no_step(rules_pipeline) -> None:
    """・株式会社Xと「…協定」を締結しました(締結日:令和5年11月7日) ........ 2023.11.08: the day after the leader is
    when the item was posted; the agreement was signed on the day its headline gives."""
    text = ("上勝町ホームページ > お知らせ > 過去のお知らせ\n\n■ まちづくり・連携\n"
            "・株式会社リサイクル阿波と「資源循環の推進に関する連携協定」を締結しました(締結日:令和5年11月7日)........ 2023.11.08\n"
            "・移住体験住宅の入居者募集(第3期) ....................... 2023.07.03\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [[(e.type.value, e.date) for e in r.events] for r in recs] == [[("signed", "2023-11-07")]]


def test_labelled_lines_and_notes_under_the_items_keep_the_list_going(rules_pipeline) -> None:
    """次の３者と新たに連携協定を締結した。 / ア 株式会社A / 分野:… / ※令和7年2月に締結。: each item is a record,
    the note under an item dates that item's record."""
    text = ("令和７年度　事務事業評価シート（令和６年度実施事業）\n\n所管：各務原市 企画部 企画政策課（担当：連携推進グループ）\n\n"
            "（１）新規の協定締結\n　令和６年度中に、次の３者と新たに連携協定を締結した。\n"
            "　　ア　中濃ヘルスケア株式会社\n　　　　分野：健康増進、高齢者の介護予防\n"
            "　　イ　株式会社ぎふ子育てネット\n　　　　分野：子育て支援（子育て情報アプリの共同運用）\n"
            "　　　　※令和７年２月に締結。アプリは同年４月から配信を開始。\n"
            "　　ウ　中部学院大学\n　　　　分野：脱炭素の推進、環境教育\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(next(p.name for p in r.parties if p.name != "各務原市"), [e.date for e in r.events]) for r in recs] == [
        ("中濃ヘルスケア株式会社", []), ("株式会社ぎふ子育てネット", ["2025-02"]), ("中部学院大学", [])]


def test_a_bodys_other_names_in_brackets_are_the_same_party_never_its_name(rules_pipeline) -> None:
    text = ("2024年6月18日\n 横浜市水道局は、11月20日、フエ省水道公社(フエ水道建設株式会社、略称HUEWACO)と、"
            "水道事業の技術協力に関する覚書を更新しました。\n"
            " ジェトロは6月17日、ジャーマニー・トレード・アンド・インベスト(Germany Trade & Invest、GTAI)と協力覚書を更新した。"
            "ジェトロとGTAIは2015年10月に初めて協力覚書を締結した。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    names = [sorted(p.name for p in r.parties) for r in recs]
    assert ["フエ省水道公社", "横浜市水道局"] in names
    assert not any("フエ水道建設株式会社" in n or "GTAI" in n for n in names)


def test_a_chronologys_year_heading_with_its_western_year_in_brackets_dates_the_entries_under_it(rules_pipeline) -> None:
    text = ("岡山市の国際交流の歩み\n\n昭和47年(1972)\n       ブルガリア人民共和国プロヴディフ市と姉妹都市提携\n\n"
            "昭和56年(1981)\n 4月    中華人民共和国河南省洛陽市と友好都市提携\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [[e.date for e in r.events] for r in recs] == [["1972"], ["1981-04"]]


def test_a_releases_headline_names_its_one_agreement(rules_pipeline) -> None:
    text = ("令和6年1月30日\n記者発表資料\n徳島県・鳴門市・鳴門教育大学の3者による\n"
            "「教員の養成・確保と地域の教育力向上に関する連携協定」を締結しました\n\n"
            " 徳島県、鳴門市及び国立大学法人鳴門教育大学は、1月29日(月)、3者が一体となって取り組むための連携協定を締結しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "教員の養成・確保と地域の教育力向上に関する連携協定"


def test_a_city_that_owns_the_partner_is_no_party(rules_pipeline) -> None:
    text = ("2024年10月8日\n福岡市は、フィンランドの首都ヘルシンキ市が出資する国際誘致会社「ヘルシンキ・パートナーズ」と、"
            "10月7日、スタートアップ支援に関する連携覚書を更新しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["ヘルシンキ・パートナーズ", "福岡市"]


def test_a_place_locating_a_quoted_partner_is_no_party_and_its_short_name_is_the_same_party(rules_pipeline) -> None:
    text = ("令和6年9月20日\n 神奈川県は、カリフォルニア州のライフサイエンス産業団体「BIOCOM California」(以下、BIOCOM)と、"
            "9月16日、ライフサイエンス分野の産業交流に関する覚書を更新しました。県とBIOCOMは2015年9月にこの覚書を締結しました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [sorted(p.name for p in r.parties) for r in recs] == [["BIOCOM California", "神奈川県"]]
    assert not any(p.name == "カリフォルニア州" for r in recs for p in r.parties)


def test_a_partner_with_its_tie_in_brackets_takes_the_date_after_the_colon(rules_pipeline) -> None:
    text = ("姉妹州・友好省\n滋賀県は、現在、次の2つの州・省と提携しています。\n"
            "アメリカ合衆国ミシガン州(姉妹州):昭和43年(1968年)4月に姉妹提携\n中華人民共和国湖南省(友好省):昭和58年(1983年)3月に友好提携\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [[e.date for e in r.events] for r in recs] == [["1968-04"], ["1983-03"]]


def test_the_body_a_reports_title_names_is_its_home_unless_another_clearly_dominates() -> None:
    from mou_extract.parties import find_party_mentions, same_party
    from mou_extract.records import _headline_end, pick_home

    text = ("飯綱町 町勢要覧 資料編\n令和6年3月発行\n長野県上水内郡飯綱町 企画課\n"
            "3 交流・連携\n埼玉県鶴ヶ島市とは平成6年に友好交流協定を結んだ。鶴ヶ島市とは災害時相互応援協定も結んでいる。"
            "鶴ヶ島市の市民まつりに町民が参加している。\n")
    home = pick_home(find_party_mentions(text), same_party, headline_end=_headline_end(text), text=text)
    assert home is not None and home.name == "飯綱町"


def test_a_town_the_gazetteers_do_not_know_in_a_rows_first_cell_is_the_partner_not_the_state_beside_it(rules_pipeline) -> None:
    text = ("東川町の姉妹都市・友好都市\n都市名 | 所在地 | 区分 | 提携日\n"
            "キャンモア町 | カナダ アルバータ州 | 姉妹都市 | 1989年7月16日\n寧越郡 | 大韓民国 江原特別自治道 | 友好交流都市 | 2010年11月\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [[(p.name, p.country) for p in r.parties if p.name != "東川町"] for r in recs] == [[("キャンモア町", "CA")], [("寧越郡", "KR")]]


def test_an_entrys_location_line_places_its_partner(rules_pipeline) -> None:
    text = ("高岡市の姉妹都市・友好都市\n(1)フォートウェーン市\n  所在地 アメリカ合衆国インディアナ州\n  提 携 昭和52年10月(姉妹都市)\n\n"
            "(2)錦州市\n  所在地 中華人民共和国遼寧省\n  提 携 昭和60年5月(友好都市)\n\n"
            "交流の年表\n 昭和52年10月   フォートウェーン市と姉妹都市提携\n 昭和60年5月    錦州市と友好都市提携\n")
    countries = {p.name: p.country for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert countries.get("フォートウェーン市") == "US" and countries.get("錦州市") == "CN"


def test_a_heading_that_names_whose_ties_follow_gives_rows_their_japanese_side(rules_pipeline) -> None:
    text = ("県内の姉妹・友好提携一覧\n滋賀県の提携先\n提携先 | 種別 | 提携年月日\nミシガン州(アメリカ合衆国) | 姉妹州 | 昭和43年2月22日\n"
            "市の提携先\n市名 | 提携先 | 種別 | 提携年月日\n大津市 | インタラーケン市 | 姉妹都市 | 昭和53年\n"
            "大津市 | ヴュルツブルク市 | 姉妹都市 | 昭和54年\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in recs[0].parties) == ["ミシガン州", "滋賀県"]
    assert all("大津市" in [p.name for p in r.parties] for r in recs[1:])


def test_a_digests_items_sharing_one_city_but_not_its_partner_are_two_records(rules_pipeline) -> None:
    text = ("九州経済ダイジェスト 2024年2月19日号\n■福岡市、ヘルシンキ市との覚書を更新\n"
            "福岡市は13日、フィンランドの首都ヘルシンキ市とスタートアップ支援で協力する覚書を更新したと発表した。\n"
            "■長崎県、半導体人材で協定\n長崎県は16日、長崎大学と連携協定を締結した。\n"
            "■JR九州と福岡市、博多駅上空活用で基本合意\n九州旅客鉄道(JR九州)と福岡市は同日、「博多駅線路上空の活用に関する基本合意書」を交わした。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    parties = [sorted(p.name for p in r.parties) for r in recs]
    assert ["ヘルシンキ市", "福岡市"] in parties and ["九州旅客鉄道", "福岡市"] in parties


def test_a_lead_naming_its_partners_by_count_is_dated_by_the_signing_sentence_after_it(rules_pipeline) -> None:
    text = ("掲載日:2024年9月2日\n神戸市は、市内に拠点を置く民間事業者2社と、それぞれ災害時の物資供給等に関する協定を締結しました。"
            "2024年8月30日(金曜日)、市役所で合同締結式を行い、市長と各社の代表者が協定書に署名しました。\n"
            "協定締結先 | 協定の名称\n株式会社ハーバーホームセンター | 災害時における生活必需物資の供給に関する協定\n"
            "六甲ロジスティクス株式会社 | 災害時における物資の保管及び輸送に関する協定\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [[e.date for e in r.events] for r in recs] == [["2024-08-30"], ["2024-08-30"]]


def test_a_period_in_a_rows_term_column_is_its_term(rules_pipeline) -> None:
    text = ("群馬県の海外覚書\n群馬県では、次の地域と覚書を交わしています。\n国 | 相手地域 | 覚書の名称 | 締結日 | 有効期間\n"
            "ナイジェリア連邦共和国 | ラゴス州 | ビジネス交流の促進に関する覚書 | 令和4年8月26日 | 令和4年8月26日~令和9年8月25日\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert (rec.term.start, rec.term.end) == ("2022-08-26", "2027-08-25")


def test_a_bill_putting_a_draft_agreement_to_the_council_gives_no_record(rules_pipeline) -> None:
    text = ("議案第21号\n   一関市と平泉町との定住自立圏形成協定の締結について\n"
            " 一関市と平泉町との定住自立圏形成協定を別紙のとおり締結することについて、議会の議決を求める。\n"
            "提案理由\n 中心市として平泉町と連携するため、定住自立圏形成協定を締結しようとするものである。\n"
            "別紙\n     一関市と平泉町との定住自立圏形成協定書(案)\n"
            " 一関市(以下「甲」という。)と平泉町(以下「乙」という。)は、定住自立圏構想推進要綱(平成20年12月26日付け総行応第39号)"
            "に規定する定住自立圏を形成するため、次のとおり協定を締結する。\n(目的)\n第1条 …\n(協議)\n第2条 …\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_an_agreement_text_cites_a_notice_by_its_kanji_number_and_runs_from_its_own_signing(rules_pipeline) -> None:
    # the notice's date (…付け総行応第三十九号) is no step; 締結の日 is the date at the foot, and a later partial
    # amendment (一部を変更する協定) does not restart the term
    text = ("一関地域定住自立圏の形成に関する協定書\n\n"
            " 一関市(以下「甲」という。)と平泉町(以下「乙」という。)とは、定住自立圏構想推進要綱(平成二十年十二月二十六日付け"
            "総行応第三十九号総務事務次官通知)に規定する定住自立圏を形成するため、次のとおり協定を締結する。\n"
            "(目的)\n第一条 甲及び乙は、医療及び福祉の分野で連携する。\n"
            "(効力)\n第二条 この協定は、締結の日から効力を生ずる。\n\n 平成二十二年三月二十六日\n\n"
            " 甲 一関市長\n 乙 平泉町長\n\n"
            "(附記)本協定は、平成二十七年四月一日に両市町が締結した協定の一部を変更する協定により改められた。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events][0] == ("signed", "2010-03-26")
    assert rec.term.start == "2010-03-26"


def test_the_day_an_agreement_was_dissolved_ends_its_term_when_the_partner_stands_between(rules_pipeline) -> None:
    text = ("令和6年7月10日\n大館市\n\n大館市は、令和6年7月9日付けで、株式会社秋田みらいとの包括連携協定を解消しました。"
            "同協定は令和元年7月1日に締結していました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term is not None and rec.term.end == "2024-07-09"
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2019-07-01")]


def test_a_body_abroad_quoted_after_its_city_is_the_partner_and_takes_the_citys_country(rules_pipeline) -> None:
    text = "令和6年7月10日\n大館市\n\n大館市は、7月9日、米国オレゴン州ポートランド市の「ポートランド日本庭園」と連携協定を締結しました。\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((p.name, p.country) for p in rec.parties) == [("ポートランド日本庭園", "US"), ("大館市", "JP")]


def test_an_english_named_partner_takes_the_one_country_its_sentence_names(rules_pipeline) -> None:
    text = ("2024年3月6日\n 帯広畜産大学の訪問団がニュージーランドを訪れ、Massey University と協定を締結しました。\n"
            "■ Massey University との学術交流協定\n ・締結日:2024年2月26日\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name: p.country for p in rec.parties}.get("Massey University") == "NZ"


def test_a_tab_separated_sheet_gives_one_record_per_row(rules_pipeline) -> None:
    page = ("鳴門市 災害時応援協定一覧\n"
            "No\t協定名\t締結先\t締結日\n"
            "1\t災害時における物資供給に関する協定\t株式会社マルナカ\t2007/9/1\n"
            "2\t災害時における緊急輸送等に関する協定\t一般社団法人徳島県トラック協会\tH19.9.1\n")
    recs = rules_pipeline.extract(page, doc_id="t").records
    assert [(r.title, sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in recs] == [
        ("災害時における物資供給に関する協定", ["株式会社マルナカ", "鳴門市"], ["2007-09-01"]),
        ("災害時における緊急輸送等に関する協定", ["一般社団法人徳島県トラック協会", "鳴門市"], ["2007-09-01"]),
    ]


def test_a_status_column_before_the_date_column_says_which_step_the_date_is(rules_pipeline) -> None:
    page = ("表1 令和5年度に締結・更新した協定等(当事者:福井県)\n\n"
            "No.\t相手方\t国・地域\t協定等の名称\t区分\t締結・更新日\n"
            "1\tヴェネト州\tイタリア\t観光分野における相互協力に関する覚書\t新規締結\t令和5年11月20日\n"
            "2\t浙江省\t中国\t経済・観光交流の推進に関する合意書\t更新(初回締結 H30.9)\tR5.9.1\n")
    recs = rules_pipeline.extract(page, doc_id="t").records
    assert [[(e.type, e.date) for e in r.events] for r in recs] == [
        [("signed", "2023-11-20")],
        [("signed", "2018-09"), ("renewed", "2023-09-01")],
    ]


def test_a_foreign_citys_japanese_edition_keeps_only_its_ties_with_japanese_cities(rules_pipeline) -> None:
    page = ("国際交流 | 大邱広域市 日本語サイト\n"
            "大邱広域市は、世界の各都市と姉妹都市の縁を結んでいます。\n"
            "国 | 都市名 | 提携日\n"
            "アメリカ | アトランタ市 | 1981.3.2\n"
            "日本 | 広島市 | 1997.5.10\n"
            "中国 | 青島市 | 1993.12.4\n")
    recs = rules_pipeline.extract(page, doc_id="t").records
    assert [sorted(p.name for p in r.parties) for r in recs] == [["大邱広域市", "広島市"]]


def test_a_release_letterhead_names_the_issuer_however_often_the_partner_is_named() -> None:
    from mou_extract import parties
    from mou_extract.records import pick_home

    text = ("港区報道発表資料\n令和6年3月1日\n\n軽井沢町との協定について\n\n　区と軽井沢町は、令和6年2月29日、協定を締結しました。"
            "軽井沢町とはこれまでも交流を重ねてきました。軽井沢町の皆さんを区内の施設にお招きしています。\n")
    home = pick_home(parties.find_party_mentions(text), parties.same_party, text=text)
    assert home is not None and home.name == "港区"


def test_a_page_speaking_as_hon_shi_is_the_city_it_never_lists_beside_hon_shi() -> None:
    from mou_extract import parties
    from mou_extract.records import _headline_end, pick_home

    # a committee paper never says which city it is; every other city it names is listed with 本市
    text = ("委員会資料\n令和6年6月18日\n企画調整課\n\n国内都市との連携の状況\n\n"
            "(1)歴史姉妹都市\n本市と鶴岡市は、昭和50年に歴史姉妹都市の盟約を結んだ。鶴岡市とは物産展を開いている。"
            "鶴岡市の中学生を受け入れている。\n"
            "(2)災害時相互応援協定\n本市、登米市(宮城県)及び白石市(宮城県)の3市は、平成25年に協定を締結した。"
            "登米市とは訓練を行っている。\n"
            "(3)県境を越えた連携\n本市と高知県宿毛市は平成30年に「西予市と宿毛市との県境を越えた連携に関する協定」を締結した。\n")
    home = pick_home(parties.find_party_mentions(text), parties.same_party, headline_end=_headline_end(text), text=text)
    assert home is not None and home.name == "西予市"
    # a page that names one more city not listed with 本市 has no single answer
    more = text + "なお、大洲市とは協議を行っている。\n"
    home = pick_home(parties.find_party_mentions(more), parties.same_party, headline_end=_headline_end(more), text=more)
    assert home is None or home.name != "鶴岡市"


def test_a_partner_named_with_its_former_name_in_brackets_is_one_party(rules_pipeline) -> None:
    text = ("最終更新日:2024年1月22日\n姉妹都市 セントラルコースト市(旧ゴスフォード市)\n江戸川区\n\n"
            "平成元年8月11日、江戸川区とゴスフォード市が姉妹都市提携に調印しました。\n"
            "平成29年11月9日、江戸川区長とセントラルコースト市長が「姉妹都市関係の継続に関する確認書」に署名しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    names = sorted(p.name for p in rec.parties)
    assert len(names) == 2 and "江戸川区" in names and names[0] in ("セントラルコースト市", "ゴスフォード市")
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "1989-08-11"), ("renewed", "2017-11-09")]


def test_a_count_of_the_parties_after_a_company_name_is_not_part_of_it() -> None:
    from mou_extract.parties import find_party_mentions

    names = [m.name for m in find_party_mentions("稚内市、学校法人北星医療学園及び医療法人北斗会の三者は、基本合意書を締結しました。")]
    assert names == ["稚内市", "学校法人北星医療学園", "医療法人北斗会"]


def test_fields_common_to_every_agreement_go_to_each(rules_pipeline) -> None:
    """主な連携事項(各協定共通) / 3町村共通で次の政策分野: the list under the lead is each record's."""
    text = ("令和5年10月3日\n株式会社いわみ銀行\n\n　株式会社いわみ銀行は、本日、島根県内の津和野町、吉賀町の2町と、それぞれ"
            "「地方創生に係る包括連携協定」を締結いたしました。\n\n1.主な連携事項（各協定共通）\n（1）移住・定住の促進に関すること\n"
            "（2）観光振興に関すること\n（3）子育て支援に関すること\n\n2.その他\n当行は地域の発展に努めます。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 2
    for rec in recs:
        assert {"tourism", "welfare"} <= {s.value for s in rec.sectors}


def test_the_term_is_the_one_that_starts_at_the_latest_step(rules_pipeline) -> None:
    text = ("令和6年8月20日\n北杜市\n株式会社八ヶ岳ガイドとの連携協定の期間満了について\n"
            "　北杜市と株式会社八ヶ岳ガイドが締結している「山岳観光の推進に関する連携協定」は、令和6年9月30日をもって有効期間が満了します。\n"
            "経過\n　・H30.10.1　協定締結（有効期間：H30.10.1〜R3.9.30）\n　・R3.10.1　協定更新（更新後の有効期間：R3.10.1〜R6.9.30）\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert (rec.term.start, rec.term.end) == ("2021-10-01", "2024-09-30")


def test_a_coop_speaking_of_itself_as_toseikyo_is_the_issuer() -> None:
    from mou_extract import parties
    from mou_extract.records import _headline_end, pick_home

    text = ("いわてコープ　ニュースリリース\n発表日：2025年6月10日\n\n盛岡市と「地域づくりに関する包括連携協定」を締結\n\n"
            "　生活協同組合いわてコープ（本部：岩手県盛岡市、以下「当生協」）は、本日、盛岡市と「地域づくりに関する包括連携協定」を締結しました。\n"
            "　当生協と盛岡市は、これまでも高齢者の見守りで協力してきました。盛岡市の担当課とは毎月情報交換を行っています。\n")
    home = pick_home(parties.find_party_mentions(text), parties.same_party, headline_end=_headline_end(text), text=text)
    assert home is not None and home.name == "生活協同組合いわてコープ"


def test_the_rows_under_an_items_header_are_the_agreements_items(rules_pipeline) -> None:
    text = ("令和6年6月4日\n霧島市 長寿介護課\n\n　霧島市と第一工科大学は、令和6年6月3日、「健康づくりに関する連携協定」を締結しました。\n"
            "協定の連携事項\n番号 | 連携事項\n1 | 運動の効果の検証に関する共同研究に関すること\n2 | 観光と連携した健康づくりに関すること\n"
            "問い合わせ先\n長寿介護課\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {"research", "tourism"} <= {s.value for s in rec.sectors}


def test_the_fields_an_earlier_instrument_sets_are_its_sectors_even_in_a_sentence_of_exchanges(rules_pipeline) -> None:
    text = ("令和6年6月4日\n霧島市 企画課\n\n　霧島市と第一工科大学は、令和6年6月3日、「健康づくりに関する連携協定」を締結しました。\n"
            "　本市と同大学は、平成23年に、観光及び防災の分野で協力することを定めた包括連携協定を締結しており、これまで多くの事業に取り組んできました。"
            "今回の協定は、包括連携協定とは別に、新たに締結したものです。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    earlier = next(r for r in recs if [e.date for e in r.events] == ["2011"])
    assert {s.value for s in earlier.sectors} == {"tourism", "disaster"}


def test_a_cell_title_drops_its_link_label_and_note_mark(rules_pipeline) -> None:
    text = ("健康づくりの協定を締結している事業者\n掲載日：2024年4月1日\n柏市 健康政策課\n"
            "締結日 | 事業者名 | 協定名 | 主な内容\n"
            "2019年6月20日 | 東葛ライフ損害保険株式会社 | 高齢者の見守り活動に関する協定(PDF:98KB)※1 | 高齢者の見守り\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "高齢者の見守り活動に関する協定"
    ev = next(e for e in rec.evidence if e.field == "title")
    assert ev.text == "高齢者の見守り活動に関する協定"


def test_a_record_that_only_echoes_another_is_dropped() -> None:
    # 10月25日(金) 投資促進に関する覚書署名式(財団) in a schedule, read as 財団 and the issuer; the paragraph tells
    # the same 覚書 with its partner named: same type, no step or body of its own, a name inside the other's
    from mou_extract.model import AgreementType, Event, EventType, PartyKind, PartyMention
    from mou_extract.records import DraftRecord, Found, RecordAssembler

    def body(name: str, kind: PartyKind = PartyKind.ORGANIZATION, country: str | None = "JP") -> tuple[PartyMention, list[str]]:
        return PartyMention(0, len(name), name, name, kind, country, "pattern"), []

    def rec(title: str, parties: list, date: str) -> DraftRecord:
        return DraftRecord(Found(AgreementType.MOU, 0, 2), Found(title, 0, len(title)), parties,
                           [Found(Event(EventType.SIGNED, date), 0, 1)], {}, [])

    home = body("福井県", PartyKind.REGION)[0]
    echo = rec("投資促進に関する覚書", [body("福井県産業振興財団"), (home, [])], "2024-10-25")
    told = rec("投資促進に関する協力覚書", [body("福井県産業振興財団"), body("インベスト・カルナータカ", country="IN")], "2024-10-25")
    other = rec("投資促進に関する覚書", [body("福井県産業振興財団"), (home, [])], "2024-11-01")  # another day: its own
    kept = RecordAssembler()._without_echoes([echo, told, other], home)
    assert kept == [told, other]


def test_a_subject_agreement_after_a_tie_called_a_pledge_is_its_own_record_but_an_anniversary_instrument_is_the_ties(rules_pipeline) -> None:
    """姉妹町村の盟約 (盟約 is the tie's own instrument) then 「災害時における相互応援に関する協定」: two relationships;
    a 共同宣言 signed to mark the tie's 30th year stays in the tie's chain."""
    pledge = ("姉妹町村\n北海道雨竜郡北竜町 | 姉妹町村 | 昭和55年7月1日\n"
              "昭和55年7月1日、両町村は姉妹町村の盟約を結びました。\n"
              "平成25年5月10日、両町村は「災害時における相互応援に関する協定」を締結しました。\n")
    text = "和水町ホームページ\n" + pledge
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted([e.date for e in r.events] for r in recs) == [["1980-07-01"], ["2013-05-10"]]
    anniversary = ("高浜市ホームページ\n姉妹都市\n"
                   "昭和60年10月1日、高浜市とバンクーバー市は姉妹都市の盟約を結んだ。\n"
                   "平成27年10月には、姉妹都市提携三十周年を記念して、両市長が「次の三十年に向けた共同宣言」に署名した。\n")
    (rec,) = rules_pipeline.extract(anniversary, doc_id="t").records
    assert [e.date for e in rec.events] == ["1985-10-01", "2015-10"]


def test_the_items_under_an_exchange_contents_label_are_the_agreements_fields(rules_pipeline) -> None:
    """交流内容: / 学生の相互派遣 … is the agreement's enumerated items, like 連携事項."""
    text = ("2024年3月1日\n宮崎大学\n　宮崎大学は、2024年2月20日、タイのカセサート大学と協定を締結しました。\n"
            "協定名：宮崎大学とカセサート大学との協定\n交流内容：\n学生の相互派遣\n共同研究の実施\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {"people_exchange", "research"} <= {s.value for s in rec.sectors}


def test_a_summary_that_names_its_instrument_belongs_to_that_record_not_to_a_background_one_told_last(rules_pipeline) -> None:
    """■協定の概要 / 名称:X / 締結日 / 協定期間: the dates and term are X's, even when a background 覚書 was told just above."""
    text = ("NEWS RELEASE\n2025年3月4日\n株式会社土佐ゆずファクトリー\n\n高知県馬路村と「ゆずを核とした地域活性化に関する連携協定」を締結\n\n"
            " 株式会社土佐ゆずファクトリー(本社:高知県高知市、以下「当社」)は、2025年3月3日、高知県安芸郡馬路村と"
            "「ゆずを核とした地域活性化に関する連携協定」を締結いたしました。\n\n■協定締結の背景\n"
            " 当社は、2022年4月には、馬路村農業協同組合と「ゆず果汁の安定調達に関する覚書」を締結しています。\n\n"
            "■協定の概要\n 名称:ゆずを核とした地域活性化に関する連携協定\n 締結日:2025年3月3日\n"
            " 協定期間:2025年3月3日から2028年3月31日まで\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    main = next(r for r in recs if r.title == "ゆずを核とした地域活性化に関する連携協定")
    background = next(r for r in recs if r.title == "ゆず果汁の安定調達に関する覚書")
    assert main.term.end == "2028-03-31" and [e.date for e in background.events] == ["2022-04"]


def test_a_place_that_contains_or_houses_the_partners_members_is_no_party_and_what_the_agreement_was_to_do_gives_its_fields(rules_pipeline) -> None:
    """ウィリアムズ市を含むコルサ郡の稲作農家で組織するコルサ郡稲作研究協会: the city and the county locate the
    association, which alone is the partner; 協定では、…相互訪問、…人材育成を行うこととされた names its fields."""
    text = ("多古町史 第六章 国際交流のあゆみ\n"
            " 平成十二年二月、多古町農業協同組合は、ウィリアムズ市を含むコルサ郡の稲作農家で組織するコルサ郡稲作研究協会と"
            "「稲作技術交流に関する協定」を結んだ。協定では、双方の農家による相互訪問、農業後継者の研修受入れによる人材育成を行うこととされた。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["コルサ郡稲作研究協会", "多古町農業協同組合"]
    assert {"people_exchange", "education"} <= {s.value for s in rec.sectors}


def test_a_committee_report_to_its_councils_chair_speaks_for_that_city_and_a_central_city_signs_with_each_town(rules_pipeline) -> None:
    """二戸市議会議長 様 / 総務常任委員会: the report's 本市 is that council's city; 本市とA町、B町及びC村の間で、それぞれ
    …協定を締結: one agreement with each; 本市はA町及びC村との間で、それぞれ…変更する協定: a step of those two; the list
    the lead says is common to all, after a blank line, is each one's."""
    text = ("令和5年9月12日\n\n大館市議会議長 様\n\n総務常任委員会\n\n所管事務調査報告書\n\n"
            " その後、平成26年3月25日、本市と小坂町、北秋田市及び上小阿仁村の間で、それぞれ「大館地域定住自立圏形成協定」を締結した。\n"
            " 3件の協定に共通する連携事項は、次のとおりである。\n\n (ア)医療 地域医療体制の確保\n (イ)福祉 子育て支援\n\n"
            " 平成31年3月22日、本市は小坂町及び上小阿仁村との間で、それぞれ協定の一部を変更する協定を締結した。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = {tuple(sorted(p.name for p in r.parties)): [e.date for e in r.events] for r in recs}
    assert got == {("大館市", "小坂町"): ["2014-03-25", "2019-03-22"], ("北秋田市", "大館市"): ["2014-03-25"],
                   ("上小阿仁村", "大館市"): ["2014-03-25", "2019-03-22"]}
    assert all({"medical", "welfare"} <= {s.value for s in r.sectors} for r in recs)


def test_a_book_speaks_for_its_publisher_and_a_three_party_agreement_after_a_pledged_tie_is_its_own_record(rules_pipeline) -> None:
    """伊達市史 / 平成二十七年三月 北海道伊達市 発行: the city's own history, however often it names its sister town;
    a tie signed as 「姉妹都市盟約書」 and a later three-party 「…災害時相互応援協定」 are two relationships."""
    text = ("伊達市史 続編\n平成二十七年三月 北海道伊達市 発行\n\n第一節 亘理町との姉妹都市盟約\n"
            " 本市と亘理町の縁は古い。昭和四十九年十月十日、亘理町の中央公民館において、伊達市長と亘理町長が「姉妹都市盟約書」に署名した。\n"
            " 亘理町は港の町である。亘理町の人々は本市を訪れてきた。\n"
            " 平成二十四年七月二十日、宇和島市役所において、伊達市・亘理町・宇和島市の三市町が「伊達ゆかりの市町災害時相互応援協定」を締結した。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = sorted((tuple(sorted(p.name for p in r.parties)), tuple(e.date for e in r.events)) for r in recs)
    assert got == [(("亘理町", "伊達市"), ("1974-10-10",)), (("亘理町", "伊達市", "宇和島市"), ("2012-07-20",))]


def test_the_head_of_a_bodys_office_who_witnessed_is_no_party(rules_pipeline) -> None:
    """※締結式には、秋田県平鹿地域振興局長が立会人として出席し…: the prefecture only witnessed; the summary below is the record's."""
    text = ("報道発表日:令和6年5月20日\n本日、横手市、国立大学法人秋田大学及び横手商工会議所の3者による「地域産業の振興に関する連携協定」の締結式を行いました。\n"
            "※締結式には、秋田県平鹿地域振興局長が立会人として出席し、協定書に立会人として署名しました。\n"
            "協定の概要\n名称\n地域産業の振興に関する連携協定\n締結日\n令和6年5月20日(月曜日)\n有効期間\n締結日から令和7年3月31日まで\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["国立大学法人秋田大学", "横手商工会議所", "横手市"]
    assert rec.term.end == "2025-03-31"


def test_the_site_a_page_belongs_to_named_on_its_first_line_is_its_issuer(rules_pipeline) -> None:
    """山ノ内町ホームページ > … > 友好都市・千葉県浦安市: the town's page about its partner, however often it names the partner."""
    text = ("山ノ内町ホームページ > 町政情報 > 交流事業 > 友好都市・千葉県浦安市\n\n友好都市・千葉県浦安市\n\n"
            " 浦安市の小学生は毎年志賀高原を訪れています。浦安市とは令和元年10月5日、友好都市提携を結びました。\n"
            " 令和6年5月20日、浦安市と「災害時における相互応援に関する協定」を締結しました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert recs and all(sorted(p.name for p in r.parties) == ["山ノ内町", "浦安市"] for r in recs)


def test_an_agreement_the_next_sentence_sets_apart_is_its_own_record(rules_pipeline) -> None:
    """市とJA菊池は、2019年4月に「農業振興に関する協定」を締結しており、… 今回の三者協定は、この協定とは別に結んだもの."""
    text = ("九州農業ジャーナル 2025年7月10日付\n"
            " 熊本県菊池市とJA菊池、熊本県立大学は9日、「スマート農業の推進に関する連携協定」を結んだ。\n"
            " 市とJA菊池は、2019年4月に「農業振興に関する協定」を締結している。今回の三者協定は、この協定とは別に結んだもので、二者の協定も引き続き効力を持つ。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = sorted((len(r.parties), tuple(e.date for e in r.events)) for r in recs)
    assert got == [(2, ("2019-04",)), (3, ("2025-07-09",))]


def test_a_partyless_step_naming_a_subject_goes_to_the_record_whose_step_named_it(rules_pipeline) -> None:
    """A chronology lists 鶴ヶ島市と災害時相互応援協定を締結 and then a JA's agreement; the prose below tells
    「災害時における相互応援に関する協定」 with no party: it is the disaster record's step, not the one told last."""
    text = ("飯綱町 町勢要覧 資料編\n町のあゆみ\n平成25年10月21日 鶴ヶ島市と災害時相互応援協定を締結\n"
            "令和元年12月 JAながのと包括連携協定を締結\n\n鶴ヶ島市との交流\n"
            "本町と鶴ヶ島市は友好交流を続けている。また、平成25年10月21日には、「災害時における相互応援に関する協定」を締結した。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    disaster = next(r for r in recs if any(p.name == "鶴ヶ島市" for p in r.parties))
    assert [e.date for e in disaster.events] == ["2013-10-21"] and disaster.title == "災害時における相互応援に関する協定"


def test_a_dated_rows_summary_cell_telling_what_the_parties_will_study_does_not_make_it_a_plan(rules_pipeline) -> None:
    """名称 | 構成団体・締結先 | 締結日 | 概要: 「…導入検討…について、3者で協力します」 in the summary is the agreement's
    content; the row is dated in a cell of its own. A summary that is the row's only status (2019年に…協議を行いましたが、
    締結には至っていません) and a schedule's 内容 (…協定の締結に向けて) still say no. A place opening the name cell
    (福井県北部三市町…協定) is the name's word, not a party."""
    text = ("広域連携の取組 - 坂井市ホームページ\n主な広域連携の一覧\n名称 | 構成団体・締結先 | 締結・設立日 | 概要\n"
            "森林資源の循環利用に関する連携協定 | 坂井市、公立大学法人福井県立大学、坂井森林組合 | 令和2年11月26日 | "
            "木質バイオマスによる再生可能エネルギーの導入検討について、3者で協力します。\n"
            "福井県北部三市町災害時相互応援協定 | 坂井市、あわら市、永平寺町 | 平成27年4月1日締結 | 物資の提供を相互に行います。\n"
            "空港連携 | ドバイ空港会社 | - | 2019年に覚書の締結について協議を行いましたが、現時点で締結には至っていません。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(sorted(p.name for p in r.parties) for r in recs) == [
        ["あわら市", "坂井市", "永平寺町"], ["公立大学法人福井県立大学", "坂井市", "坂井森林組合"]]
    schedule = ("市長の動き(令和6年7月)|浜松市\n日付 | 時間 | 内容 | 場所\n"
                "7月26日(金曜日) | 14時00分 | 浜松医科大学長との意見交換(地域医療に関する連携協定の締結に向けて) | 浜松医科大学\n")
    assert rules_pipeline.extract(schedule, doc_id="t").records == []


def test_a_papers_dodai_is_the_university_and_a_paragraph_opening_with_its_instrument_belongs_to_that_record(rules_pipeline) -> None:
    """同日、同大はとかち中央信用金庫とも…覚書を交わした: 同大 is the university named before; 協定では、… and
    協定の有効期間は… after the 覚書 was told are the 協定's items and term, not the 覚書's."""
    text = ("十勝平野日報 2021年2月17日\n"
            " 帯広畜産大学と帯広市、音更町は16日、「十勝の食と農を担う人材の育成に関する連携協定」を結んだ。"
            "同日、同大はとかち中央信用金庫とも、農業分野での起業を後押しする覚書を交わした。\n"
            " 協定では、長期インターンシップの拡充、共同研究の推進に協力して取り組む。協定の有効期間は締結日から3年間。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    kyotei = next(r for r in recs if r.agreement_type.value == "partnership_agreement")
    memo = next(r for r in recs if r.agreement_type.value == "mou")
    assert sorted(p.name for p in memo.parties) == ["とかち中央信用金庫", "帯広畜産大学"]
    assert kyotei.term is not None and kyotei.term.duration == "P3Y" and memo.term is None
    assert "research" in {s.value for s in kyotei.sectors} and "research" not in {s.value for s in memo.sectors}


def test_partners_each_followed_by_the_bracketed_date_of_their_tie_are_one_record_each(rules_pipeline) -> None:
    text = ("広報のべおか 令和6年7月1日号\n【2】海外の姉妹都市の数\n"
            " アメリカ合衆国オレゴン州のコーバリス市(昭和63年9月提携)と、ドイツ連邦共和国のリューネブルク市(平成7年5月12日提携)です。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = sorted((next(p.name for p in r.parties if p.country != "JP"), tuple(e.date for e in r.events)) for r in recs)
    assert got == [("コーバリス市", ("1988-09",)), ("リューネブルク市", ("1995-05-12",))]


def test_a_chronologys_rows_date_their_later_sentences_and_an_expiry_or_anniversary_row_is_no_step(rules_pipeline) -> None:
    """平成11年(1999年) | 9月 | …来樽。9月14日、…「…意向書」に署名: the row's year cell dates the second sentence;
    令和4年(2022年) | 11月 | …覚書が、有効期間の満了により失効。 and …提携を記念する書画が寄贈: the tie is there, the row's
    date is not a step of it."""
    text = ("国際交流のあゆみ|小樽市\n掲載日:2024年3月15日\n年 | 月 | 主なできごと\n"
            "平成11年(1999年) | 9月 | 芝罘区の区長らが再び来樽。9月14日、両市区の首長が「友好交流に関する意向書」に署名。\n"
            "平成14年(2002年) | 8月 | 8月19日、芝罘区において「小樽市と煙台市芝罘区との友好都市協定書」に調印し、友好都市となる。\n"
            "平成14年(2002年) | 10月 | 芝罘区から友好都市提携を記念する書画が寄贈され、市役所本館のロビーに展示。\n"
            "平成24年(2012年) | 11月 | 11月8日、木浦市において「小樽市と木浦市との観光交流に関する覚書」を締結。\n"
            "令和4年(2022年) | 11月 | 木浦市との覚書が、有効期間の満了により失効。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = {next(p.name for p in r.parties if p.name != "小樽市"): [e.date for e in r.events] for r in recs}
    assert got == {"芝罘区": ["1999-09-14", "2002-08-19"], "木浦市": ["2012-11-08"]}


def test_a_differently_named_agreement_that_adds_two_bodies_to_a_partner_is_another_record(rules_pipeline) -> None:
    """本市とさつま町との間で「…定住自立圏形成協定」, then 本市は、いちき串木野市、阿久根市及びさつま町との間で「北薩地域4市町
    災害時相互応援協定」: a four-party agreement of its own, not a step of the two-party one."""
    text = ("令和6年12月10日\n薩摩川内市議会議長 様\n総務文教委員会\n"
            " 令和元年10月1日、本市とさつま町との間で「北薩摩地域定住自立圏形成協定」を締結した。\n"
            " 本市は、令和2年8月24日、いちき串木野市、阿久根市及びさつま町との間で、「北薩地域4市町災害時相互応援協定」を締結している。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted((len(r.parties), tuple(e.date for e in r.events)) for r in recs) == [(2, ("2019-10-01",)), (4, ("2020-08-24",))]


def test_the_city_where_an_anniversary_memorandum_was_signed_is_no_party(rules_pipeline) -> None:
    """提携30周年にあたる平成22年には、天津市で「神戸港・天津港友好港提携30周年記念覚書」に調印: 天津市 is where; the
    memorandum is the port tie's anniversary step."""
    text = ("神戸港の姉妹港・友好港\n令和5年10月\n神戸市港湾局\n■天津港(中華人民共和国)\n"
            " 昭和55年、天津港とは友好港の提携を結びました。提携30周年にあたる平成22年には、天津市で「神戸港・天津港友好港提携30周年記念覚書」に調印しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [p.name for p in rec.parties if p.country != "JP"] == ["天津港"]
    assert [e.date for e in rec.events] == ["1980", "2010"]


def test_co_organisers_said_not_to_be_parties_bracketed_prefectures_and_the_agency_running_a_college_are_no_parties(rules_pipeline) -> None:
    text = ("2022年3月28日\n尾道市・今治市・上島町・しまなみジャパン共同発表\n"
            " 広島県尾道市、愛媛県今治市及び一般社団法人しまなみジャパンは、本日、「しまなみ海道サイクルツーリズムの推進に関する連携協定」を締結しました。\n"
            "■協定締結者\n締結者 | 署名者\n尾道市(広島県) | 尾道市長\n今治市(愛媛県) | 今治市長\n一般社団法人しまなみジャパン | 代表理事\n"
            " ※広島県及び愛媛県は締結式の共催者として出席しましたが、協定の当事者ではありません。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["一般社団法人しまなみジャパン", "今治市", "尾道市"]
    college = ("令和6年2月9日\n長門市\n 長門市、山口県漁業協同組合及び国立研究開発法人水産研究・教育機構 水産大学校は、令和6年2月8日、"
               "「水産業の振興に関する連携協定」を締結しました。\n締結者 | 長門市 山口県漁業協同組合 国立研究開発法人水産研究・教育機構 水産大学校\n"
               "締結式では、市長、山口県漁協の代表理事組合長、水産大学校の校長が協定書に署名しました。\n")
    (rec,) = rules_pipeline.extract(college, doc_id="t").records
    assert sorted(p.name for p in rec.parties) == ["山口県漁業協同組合", "水産大学校", "長門市"]


def test_the_ports_a_partner_runs_are_no_parties(rules_pipeline) -> None:
    """高雄港や基隆港などの台湾の主要な国際港を運営する台湾港務公司, 広州港を管理する広州港務局: the body is the partner."""
    text = ("博多港の国際交流\n令和5年3月\n福岡市港湾空港局\n"
            " 福岡市は、高雄港や基隆港などの台湾の主要な国際港を運営する台湾港務公司との間で、令和4年(2022年)11月、"
            "「クルーズ及び物流分野の交流推進に関する意思確認書」を取り交わしました。\n"
            " 福岡市は平成9年(1997年)10月、中国の広州港を管理する広州港務局との間で友好港の提携を結びました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(p.name for r in recs for p in r.parties if p.country != "JP") == ["台湾港務公司", "広州港務局"]


def test_a_numbered_entrys_country_line_places_its_kanji_named_partner_and_its_note_dates_renewals(rules_pipeline) -> None:
    """No.1 台湾 / 協定校:国立中興大学 (a kanji name, Japanese by default: 国立 is no 国立市) / 締結日 / 備考:2017年4月、
    2022年4月に更新; No.3 タイ王国 / 協定校:チェンマイ大学."""
    text = ("名桜大学 国際交流協定校一覧\n\n 本学は、教育の国際化を目的として、次の大学と交流協定を締結しています。\n\n【大学間協定】\n\nNo.1 台湾\n 協定校:国立中興大学\n 協定の種類:大学間学術交流協定\n"
            " 締結日:2012年4月10日\n 備考:2017年4月、2022年4月に更新\n\nNo.3 タイ王国\n 協定校:チェンマイ大学\n"
            " 協定の種類:学術交流に関する覚書(MOU)\n 締結日:2018年\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = {p.name: (p.country, [e.date for e in r.events]) for r in recs for p in r.parties if p.name != "名桜大学"}
    assert got == {"国立中興大学": ("TW", ["2012-04-10", "2017-04", "2022-04"]), "チェンマイ大学": ("TH", ["2018"])}


def test_an_ended_ties_expiry_is_its_term_end_but_not_an_earlier_instruments_before_a_renewal(rules_pipeline) -> None:
    """平成30年10月2日付けで姉妹都市関係を解消 / …をもって覚書は失効: the ended tie's term.end (gold/README.md), and no step;
    an instrument that lapsed and was then renewed keeps no end from the lapse."""
    ended = ("大阪市の姉妹都市\nサンフランシスコ市(提携解消)\n"
             "昭和32年10月7日に大阪市として最初の姉妹都市提携を結びましたが、平成30年10月2日付けで姉妹都市関係を解消しました。\n")
    (rec,) = rules_pipeline.extract(ended, doc_id="t").records
    assert rec.term is not None and rec.term.end == "2018-10-02" and [e.date for e in rec.events] == ["1957-10-07"]
    renewed = ("令和6年9月13日\n室蘭市\n 室蘭市と光陽市は、平成31年2月26日に「港湾交流に関する覚書」を締結しました。"
               "この覚書は令和6年2月25日をもって期間満了により失効しましたが、令和6年9月12日、両市長が新たな覚書に署名しました。\n")
    (rec,) = rules_pipeline.extract(renewed, doc_id="t").records
    assert rec.term is None or rec.term.end is None


def test_an_english_release_that_says_today_signed_is_dated_by_its_release_date(rules_pipeline) -> None:
    text = ("PRESS RELEASE\nPort and Harbor Bureau, City of Yokohama\nFor immediate release: October 30, 2023\n\n"
            "YOKOHAMA, Japan - The City of Yokohama (横浜市) and the Vancouver Fraser Port Authority today signed a "
            "Memorandum of Understanding on Cooperation for Carbon-Neutral Ports.\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [e.date for r in recs for e in r.events] == ["2023-10-30"]


def test_in_english_the_instrument_signed_is_the_object_of_the_verb_not_the_tie_told_of(rules_pipeline) -> None:
    text = ("MEDIA RELEASE\nSaitama Prefectural Government\n14 November 2023\n\n"
            "Saitama Prefecture and the State of Queensland, Australia, today signed a Memorandum of Understanding on "
            "Education and Youth Exchange in Brisbane, opening a new chapter in a sister-state relationship that began in 1984.\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    mou = [r for r in recs if r.title == "Memorandum of Understanding on Education and Youth Exchange"]
    assert mou and mou[0].agreement_type.value == "mou"


def test_a_gazette_notice_lists_each_partner_with_its_day_under_the_partners_label(rules_pipeline) -> None:
    text = ("久留米市公報\n令和六年四月一日発行\n\n○久留米市告示第百四号\n"
            " 地方自治法第二百五十二条の二第一項の規定により、次のとおり連携協約を締結したので告示する。\n"
            "一 連携協約の名称\n  久留米広域連携中枢都市圏形成に係る連携協約\n"
            "二 連携協約の相手方及び締結年月日\n (一)小郡市       令和六年三月二十七日\n"
            " (二)うきは市      同日\n (三)三井郡大刀洗町   同日\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    pairs = {frozenset(p.name for p in r.parties): [e.date for e in r.events] for r in recs}
    for partner in ("小郡市", "うきは市", "大刀洗町"):
        assert pairs.get(frozenset({"久留米市", partner})) == ["2024-03-27"]


def test_the_issuer_telling_of_its_earlier_agreements_clause_by_clause_gives_one_record_each(rules_pipeline) -> None:
    text = ("NEWS RELEASE\n2024年11月5日\n株式会社三陸データワークス\n"
            "株式会社三陸データワークス(以下「当社」)は、2024年11月1日、岩手県遠野市と「デジタル技術を活用した地域活性化に関する連携協定」を締結しました。\n"
            "当社はこれまでに、2022年6月に釜石市と「観光DX推進に関する連携協定」を、2023年9月に大槌町と"
            "「防災分野におけるデジタル技術の活用に関する協定」をそれぞれ締結しており、遠野市は当社が連携協定を結ぶ3番目の自治体となります。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    by_partner = {p.name: r for r in recs for p in r.parties if p.name in ("釜石市", "大槌町", "遠野市")}
    assert [e.date for e in by_partner["釜石市"].events] == ["2022-06"]
    assert [e.date for e in by_partner["大槌町"].events] == ["2023-09"]
    assert by_partner["釜石市"] is not by_partner["大槌町"]
    assert [e.date for e in by_partner["遠野市"].events] == ["2024-11-01"]


def test_a_new_mou_with_a_friendship_city_keeps_its_own_items_term_and_summary_row(rules_pipeline) -> None:
    # the tie recalled under これまでの交流 sits between the signing and the 覚書's own sections
    text = ("中国・大連市人民政府と港湾分野の交流協力に関する覚書を締結しました - 舞鶴市\n掲載日:2024年4月22日\n"
            "舞鶴市は、令和6年4月18日、友好都市である中華人民共和国の大連市との間で、「港湾・物流分野における交流協力に関する覚書」を締結しました。\n"
            "これまでの交流\n本市と大連市は、昭和57年5月8日に友好都市提携を結んで以来、交流を重ねてきました。\n"
            "覚書の主な内容\n国際定期航路の利用促進と物流情報の共有\n職員の相互派遣など、人材交流の実施\nクルーズ船の寄港誘致を通じた観光交流の促進\n"
            "有効期間\n覚書の有効期間は、締結の日から3年間です。\n"
            "市長のコメント\n「友好都市である大連市と、港を軸にした新たな協力の一歩を踏み出せたことをうれしく思います。京都府北部の拠点として発展につなげます。」\n"
            "締結日 | 令和6年4月18日(木曜日)\n場所 | 舞鶴市政記念館\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 2
    mou = next(r for r in recs if r.agreement_type.value == "mou")
    tie = next(r for r in recs if r.agreement_type.value == "friendship_city")
    assert {"people_exchange", "tourism", "port_logistics"} <= {s.value for s in mou.sectors}
    assert mou.term is not None and mou.term.duration == "P3Y"
    assert [e.date for e in tie.events] == ["1982-05-08"] and (tie.term is None or tie.term.duration is None)


def test_a_report_on_a_fiscal_year_dates_its_yearless_days_within_that_year(rules_pipeline) -> None:
    # (令和4年度対象), issued 令和5年8月: 6月8日 is June 2022, not the June before the issue date
    text = ("教育委員会の点検及び評価報告書\n(令和4年度対象)\n\n令和5年8月\n別府市教育委員会\n\n第2章 点検及び評価の結果\n\n"
            "(1)国際理解教育推進事業             評価 A\n 本市には多くの留学生が暮らしている。\n"
            " 6月8日、市教育委員会は、立命館アジア太平洋大学と「国際理解教育の推進に関する協定」を締結した。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [e.date for e in rec.events] == ["2022-06-08"]


def test_the_site_named_after_the_bar_of_a_pages_title_is_its_issuer(rules_pipeline) -> None:
    text = ("村長の動静(令和5年4月~6月)|十津川村\n掲載日:2023年7月3日\n"
            "新十津川町との災害時相互応援協定の更新(5月12日)\n"
            "新十津川町とは平成24年に協定を結んでおり、新十津川町を訪問して更新に調印しました。\n"
            "株式会社吉野フォレストワークスとの連携協定(5月24日)\n"
            "株式会社吉野フォレストワークスと「林業振興に関する連携協定」を締結しました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    forest = next(r for r in recs if any(p.name == "株式会社吉野フォレストワークス" for p in r.parties))
    assert {p.name for p in forest.parties} == {"株式会社吉野フォレストワークス", "十津川村"}


def test_a_paragraph_headed_by_its_partner_and_instrument_goes_to_that_record(rules_pipeline) -> None:
    # a register's rows tell two signings; the notes below tell each, one paragraph a partner
    text = ("事務事業評価シート(令和5年度実施事業) | 島田市\n"
            "実施日 | 内容 | 備考\n"
            "10月18日 | 台湾新北市坪林区と「茶業及び茶文化の交流に関する覚書」を締結 | 市長が訪問して調印\n"
            "2月9日 | しずおか中部国際大学と「地域の国際化推進に関する連携協定」を締結 | 市役所で締結式\n"
            "主な取組の補足\n"
            "坪林区との覚書について 坪林区は包種茶の産地である。覚書では、農業技術の情報交換と観光客の相互誘客を定めた。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    tea = next(r for r in recs if r.agreement_type.value == "mou")
    univ = next(r for r in recs if r.agreement_type.value == "partnership_agreement")
    assert {"agriculture", "tourism"} <= {s.value for s in tea.sectors}
    assert not {"agriculture", "tourism"} & {s.value for s in univ.sectors}
    # (令和5年度実施事業) with no issue date: October is 2023, February is 2024
    assert [e.date for e in tea.events] == ["2023-10-18"] and [e.date for e in univ.events] == ["2024-02-09"]


def test_a_region_telling_what_kind_of_city_is_no_partner(rules_pipeline) -> None:
    text = ("釧路市の姉妹都市\n釧路市は、昭和四十年十一月二十九日にカナダのバーナビー市と姉妹都市提携を結びました。"
            "北米の都市と北海道の都市との姉妹都市提携としても早い時期のものです。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert not any(p.name == "北海道" for r in recs for p in r.parties)


def test_same_year_takes_the_year_told_before_it_in_the_paragraph(rules_pipeline) -> None:
    text = ("事務事業評価表(令和5年度事業)|豊島区\n"
            " 本区は、平成19年7月に立教大学と「豊島区と立教大学との相互協力に関する協定」を締結した。"
            "同年12月には学習院大学と「教育・研究分野における連携協力に関する協定」を結んだ。\n"
            " 11月6日、女子栄養大学と「食育の推進に関する協定」を締結した。\n")
    recs = {r.title: [e.date for e in r.events] for r in rules_pipeline.extract(text, doc_id="t").records}
    assert recs["教育・研究分野における連携協力に関する協定"] == ["2007-12"]
    assert recs["食育の推進に関する協定"] == ["2023-11-06"]  # (令和5年度事業): the fiscal year covered


def test_same_year_before_a_dissolution_dates_no_step(rules_pipeline) -> None:
    text = ("岡山市のあゆみ\n ※旧御津町がオーストラリアのベナラ市と平成4年に結んでいた姉妹町提携は、"
            "合併協議の結果、本市には引き継がず、同年3月21日をもって解消した。\n")
    dates = [e.date for r in rules_pipeline.extract(text, doc_id="t").records for e in r.events]
    assert "1992-03-21" not in dates


def test_an_english_company_release_dated_today_with_its_outline_and_profile(rules_pipeline) -> None:
    text = ("NEWS RELEASE\nAozora Droneworks Inc.\nTokyo, June 12, 2024\n\n"
            "Aozora Droneworks Inc. today announced that it has concluded a Comprehensive Partnership Agreement on "
            "Drone Logistics with Ina City, Nagano Prefecture.\n\nOutline of the Agreement\n"
            "Term:      One year from the date of signing, automatically renewed for successive one-year periods\n\n"
            "About Aozora Droneworks Inc.\nEstablished: April 2018\nBusiness: Development of delivery drones\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [e.date for e in rec.events] == ["2024-06-12"]  # not the company's founding
    assert rec.term is not None and (rec.term.start, rec.term.duration, rec.term.renewal) == ("2024-06-12", "P1Y", "P1Y")
    assert {p.name for p in rec.parties} == {"Aozora Droneworks Inc.", "Ina City"}  # the prefecture only places the city


def test_an_english_day_told_without_its_year_takes_the_release_year(rules_pipeline) -> None:
    text = ("Tasman and Yakumo formalise friendship\nPublished: 2 October 2024\n"
            "Nelson City Council, New Zealand, and Yakumo Town (八雲町), Japan, signed a Friendship Agreement "
            "at a ceremony in Yakumo Town Hall on Thursday 26 September.\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [e.date for e in rec.events] == ["2024-09-26"]


def test_an_english_agreement_text_is_one_record_dated_by_its_last_signature(rules_pipeline) -> None:
    text = ("MEMORANDUM OF UNDERSTANDING\nON ACADEMIC COOPERATION\n\n"
            'Hokkaido University, Japan (hereinafter referred to as "HU") and the University of Alaska Fairbanks, '
            'United States of America (hereinafter referred to as "UAF"), hereinafter jointly referred to as "the Parties", '
            "have agreed to conclude this Memorandum of Understanding on Academic Cooperation as follows.\n\n"
            "Article 1  Purpose\nThe purpose of this MOU is to promote academic cooperation through education and research.\n\n"
            "Article 2  Term\nThis MOU shall remain in effect for a period of five (5) years.\n\n"
            "For Hokkaido University                       For University of Alaska Fairbanks\n"
            "Date: October 2, 2023                         Date: October 19, 2023\n")
    result = rules_pipeline.extract(text, doc_id="t")
    (rec,) = result.records
    assert {p.name for p in rec.parties} == {"Hokkaido University", "University of Alaska Fairbanks"}
    assert [e.date for e in rec.events] == ["2023-10-19"] and result.doc_date == "2023-10-19"


def test_a_chronology_row_where_both_mayors_sign_is_the_pages_tie(rules_pipeline) -> None:
    text = ("熱海市・カンヌ市 姉妹都市交流のあゆみ\n\n熱海市 観光経済課\n\n年月日 | できごと\n"
            "1990年5月 | カンヌ市の訪問団が来市し、海岸を視察\n"
            "1991年4月10日 | カンヌ市役所において、両市長が姉妹都市提携の協定書に調印\n"
            "2001年4月10日 | 提携10周年を機に、両市長が協定書に改めて署名(再調印)\n")
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("sister_city", ("カンヌ市", "熱海市"), (("signed", "1991-04-10"), ("renewed", "2001-04-10")))]


@pytest.mark.parametrize("text,partner", [
    # the sentence pairs the bodies itself before 両町長が: not the partner named last before it
    ("太地町はオーストラリアのブルーム町と姉妹都市です。平成二十年、本町は台湾の基隆市とも友好都市提携を結びました。\n"
     "令和三年五月一日、本町とブルーム町を通信回線で結び、両町長が新たな盟約書に署名しました。\n", "ブルーム町"),
    # a bracket that places the partner names no body of its own
    ("姉妹村の紹介\nザンクト・ヨハン(オーストリア共和国チロル州)\n区分\n姉妹村\n提携日\n平成5年4月1日\n"
     "スキーを縁に交流が始まり、平成5年4月1日、両村長が白馬村で姉妹村提携の盟約書に署名しました。\n", "ザンクト・ヨハン"),
])
def test_both_heads_signing_refer_to_the_bodies_the_sentence_or_entry_names(rules_pipeline, text: str, partner: str) -> None:
    recs = rules_pipeline.extract(text, doc_id="t").records
    signed = [r for r in recs if any(e.date.startswith(("2021", "1993")) for e in r.events)]
    assert len(signed) == 1 and partner in {p.name for p in signed[0].parties}


def test_an_english_release_lists_the_fields_below_the_following_areas(rules_pipeline) -> None:
    text = ("PRESS RELEASE\nCity of Kobe\n\nOn 3 June 2024 the City of Kobe and the Port of Seattle signed a Memorandum of "
            "Understanding on Port Cooperation.\n\nThe two ports will work together in the following areas:\n\n"
            "  1. Supply chains for hydrogen and other fuels for ships\n  2. Sharing of digital tools for terminals\n"
            "  3. Staff exchanges and joint seminars\n\nTerm: The MOU takes effect on the date of signing and remains in force "
            "for three (3) years.\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {s.value for s in rec.sectors} == {"port_logistics", "energy", "digital", "people_exchange"}
    assert (rec.term.start, rec.term.duration) == ("2024-06-03", "P3Y")


def test_an_english_tie_in_force_told_beside_a_new_memorandum_is_its_own_record_and_owns_only_its_line(rules_pipeline) -> None:
    text = ("PRESS RELEASE\nHyogo Prefecture\nMay 10, 2024\n\nHyogo Prefecture and the State of Washington today signed a Memorandum of "
            "Understanding on Clean Energy Cooperation in Olympia.\n\nHyogo and Washington have been sister states since 1963. The "
            "anniversary events are not covered by the memorandum.\n\nUnder the memorandum the two will work together in the following "
            "areas:\n  1. Hydrogen supply chains\n  2. Staff exchanges\n\nTerm: The MOU remains in force for four (4) years from the date "
            "of signing.\n")
    mou, tie = rules_pipeline.extract(text, doc_id="t").records
    assert (mou.agreement_type.value, {s.value for s in mou.sectors}, mou.term.duration) == ("mou", {"energy", "people_exchange"}, "P4Y")
    assert (tie.agreement_type.value, [(e.type.value, e.date) for e in tie.events], tie.sectors, tie.term) == (
        "sister_city", [("signed", "1963")], [], None)


def test_a_bilingual_release_tells_one_record_twice_and_gives_one_record(rules_pipeline) -> None:
    # the English text first ("Today, … signed"), then the Japanese version of the same release
    text = ("PRESS RELEASE\nCity of Sakai, Osaka Prefecture, Japan\nJuly 5, 2024\n\nSakai and Berkeley Sign Memorandum of Understanding\n\n"
            "Today, the City of Sakai and the City of Berkeley, United States of America, signed a \"Memorandum of Understanding on Arts "
            "Exchange\" at Sakai City Hall. The memorandum was signed by the Mayor of Sakai and the Mayor of Berkeley, who is visiting Japan "
            "with a delegation of artists and gallery owners from the San Francisco Bay Area.\n\nTerm\nThe memorandum takes effect on the date "
            "of signing and remains in effect for three years.\n\nContact\nInternational Affairs Division, City of Sakai\n\n-----\n"
            "堺市とバークレー市(アメリカ合衆国)が「芸術交流に関する覚書」を締結\n本日(令和6年7月5日)、堺市長とバークレー市長が覚書に署名しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "Memorandum of Understanding on Arts Exchange"
    assert ([(e.type.value, e.date) for e in rec.events], rec.term.start, rec.term.duration) == ([("signed", "2024-07-05")], "2024-07-05", "P3Y")


def test_an_english_anniversary_declaration_dates_its_signing_after_the_verb_and_lists_its_points(rules_pipeline) -> None:
    text = ("Release date: May 20, 2023\nGifu and Ohio mark 30 years as sister states\n"
            "Gifu Prefecture and the State of Ohio, U.S.A., signed a Joint Declaration on the 30th Anniversary of the Sister State "
            "Relationship in Columbus on May 17, 2023 (local time).\nThe sister state affiliation was first concluded on April 2, 1993.\n"
            "Main points of the Joint Declaration\nExpand exchange among high school students.\nWork together in tourism and in food safety.\n"
            "Contact\nInternational Affairs Division, Gifu Prefecture\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "Joint Declaration on the 30th Anniversary of the Sister State Relationship"  # not where it was signed
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "1993-04-02"), ("renewed", "2023-05-17")]
    assert {s.value for s in rec.sectors} == {"education", "food", "tourism"}


def test_a_foreign_universitys_two_line_partner_list_gives_its_japanese_partners(rules_pipeline) -> None:
    text = ("Exchange partners | International Office | University of the Coral Coast\n"
            "The table below lists our current partners. Each partner takes two lines: the institution, then its country and agreement.\n"
            "Partner institution | Details\n"
            "Shimane University\nJapan | Agreement type: Student Exchange MOU, since 2017\n"
            "Chonnam National University\nRepublic of Korea | Agreement type: Student Exchange Agreement, since 2015\n"
            "Kyoto Sangyo University\nJapan | Agreement type: Study Abroad Agreement, since 2010\n"
            "Meiji Gakuin University\nJapan | Agreement type: under negotiation\n")
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("mou", ("Shimane University", "University of the Coral Coast"), (("signed", "2017"),)),
        ("partnership_agreement", ("Kyoto Sangyo University", "University of the Coral Coast"), (("signed", "2010"),))]
    # the kind of instrument on the entry's second line names its field, as a title does
    assert [{s.value for s in r.sectors} for r in rules_pipeline.extract(text, doc_id="t").records] == [{"education"}, {"education"}]


def test_an_english_numbered_list_of_agreements_names_and_dates_each(rules_pipeline) -> None:
    text = ("NERIMA CITY (練馬区), TOKYO\nInformation for residents in English\n\nBelow are the municipalities with which Nerima City has "
            "a disaster support agreement.\n\n1) Kamiita Town, Tokushima Prefecture\n   Agreement: Agreement on Mutual Assistance in Times "
            "of Disaster between Nerima City and Kamiita Town\n   Concluded: March 2010\n\n2) Higashimatsushima City, Miyagi Prefecture\n"
            "   Agreement: Agreement on Disaster Relief Cooperation between Nerima City and Higashimatsushima City\n   Concluded: 1 April 2013\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("partnership_agreement", ("Kamiita Town", "Nerima City"), (("signed", "2010-03"),)),
        ("partnership_agreement", ("Higashimatsushima City", "Nerima City"), (("signed", "2013-04-01"),))]
    assert recs[0].title == "Agreement on Mutual Assistance in Times of Disaster between Nerima City and Kamiita Town"


def test_a_bilingual_release_naming_the_partner_in_each_script_is_one_record(rules_pipeline) -> None:
    text = ("On June 3, 2024, the City of Sapporo (札幌市) and Hokkaido University (国立大学法人北海道大学) signed the \"Agreement on Partnership "
            "for Building a Startup Ecosystem\" at Sapporo City Hall. The agreement remains in force until March 31, 2027. The two will work "
            "together on research and on training young founders, and the City will offer office space to student start-ups.\n\n"
            "----\n札幌市と北海道大学が「スタートアップ・エコシステムの形成に関する連携協定」を締結\n令和6年6月3日、札幌市と北海道大学は連携協定を締結しました。\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.term.end == "2027-03-31"


# a 連携協約 amendment notice: its partners listed unnumbered under 相手方及び変更に係る締結の日, later days as 同日 / 同月N日
_AMENDMENT_NOTICE = ("八戸市告示第九十一号\n 地方自治法第二百五十二条の二第一項の規定により、八戸圏域連携中枢都市圏形成に係る連携協約の一部を変更する"
                     "連携協約を次のとおり締結したので、同条第二項の規定により告示する。\n  令和五年五月二十日\n                八戸市長\n"
                     "一 連携協約の名称\n  八戸圏域連携中枢都市圏形成に係る連携協約の一部を変更する連携協約\n"
                     "二 連携協約の相手方及び変更に係る締結の日\n  三戸町   令和五年五月十日\n  五戸町   同日\n  田子町   同月十二日\n")

def test_a_gazette_notice_of_an_amendment_lists_each_partners_day_unnumbered_with_same_month_days(rules_pipeline) -> None:
    text = _AMENDMENT_NOTICE
    recs = rules_pipeline.extract(text, doc_id="t").records
    steps = {p.name: [(e.type.value, e.date) for e in r.events] for r in recs for p in r.parties if p.name != "八戸市"}
    assert steps == {"三戸町": [("renewed", "2023-05-10")], "五戸町": [("renewed", "2023-05-10")], "田子町": [("renewed", "2023-05-12")]}


def test_the_records_of_one_notices_partner_list_share_its_name_term_and_fields(rules_pipeline) -> None:
    text = _AMENDMENT_NOTICE + ("三 変更の概要\n  連携する取組に「デジタル技術を活用した地域産業の振興」を加える。\n"
                                "四 効力発生の日\n  この連携協約は、令和五年六月一日から効力を生ずる。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 3
    for r in recs:
        assert (r.title, r.term.start, {s.value for s in r.sectors}) == (
            "八戸圏域連携中枢都市圏形成に係る連携協約の一部を変更する連携協約", "2023-06-01", {"digital", "economy"})


def test_a_ward_newsletter_speaking_of_itself_as_ku_is_the_issuer_though_its_partner_is_named_more(rules_pipeline) -> None:
    text = ("区のおしらせ ねりま\n令和6年4月1日号\n\n 練馬区は、自治体や企業と協定を結んでいます。\n\n"
            "■上田市との交流協定\n 区は、平成10年に長野県上田市と「区民交流に関する協定」を結びました。上田市の農家の皆さんが毎年区内で"
            "野菜を販売し、区の小学生は移動教室で上田市を訪れています。上田市の特産品は区役所でも販売しています。\n\n"
            "■みどり生命保険と協定\n 3月12日、区とみどり生命保険株式会社は「区民の健康増進に関する協定」を結びました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [{p.name for p in r.parties} for r in recs] == [{"練馬区", "上田市"}, {"練馬区", "みどり生命保険株式会社"}]


def test_a_headline_ending_one_partners_agreement_and_concluding_anothers_gives_two_records(rules_pipeline) -> None:
    text = ("宇陀市記者発表資料\n令和7年4月1日\n\n宇陀中央交通株式会社との連携協定の終了及び株式会社宇陀モビリティとの新たな連携協定の締結について\n\n"
            "1 宇陀中央交通株式会社との連携協定の終了\n 本市と宇陀中央交通株式会社は、平成29年4月1日、「路線バスの維持に関する連携協定」を締結しました。"
            "同社は市内での運行を終え、協定は令和7年3月31日をもって終了しました。\n\n"
            "2 株式会社宇陀モビリティとの連携協定の締結\n 本日、本市は、同社から事業を引き継いだ株式会社宇陀モビリティと、「地域公共交通の確保に関する連携協定」を締結しました。\n")
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("partnership_agreement", ("宇陀中央交通株式会社", "宇陀市"), (("signed", "2017-04-01"),)),
        ("partnership_agreement", ("宇陀市", "株式会社宇陀モビリティ"), (("signed", "2025-04-01"),))]


def test_a_foreign_provinces_english_page_under_its_letterhead_gives_its_japanese_partners(rules_pipeline) -> None:
    text = ("GYEONGSANGNAM-DO PROVINCIAL GOVERNMENT\nInternational Relations Division\n\nPartner Regions of Gyeongsangnam-do\n\n"
            "No | Partner region | Country | Relationship | Signed\n 1 | Yamaguchi Prefecture | Japan | Sister relationship | 1987/5/20\n"
            " 2 | Region of Murcia | Spain | Friendship relationship | 2015/3/2\n"
            " 3 | Nagasaki Prefecture | Japan | Friendship Exchange Agreement | 2010/4/1\n\n"
            "Nagasaki Prefecture\nThe Friendship Exchange Agreement with Nagasaki Prefecture was signed on 2010/4/1 for a term of three years "
            "and has been extended since, most recently on 2022/4/1. Under the agreement the two regions cooperate in tourism, culture and "
            "youth exchange.\n\nContact: International Relations Division, Gyeongsangnam-do Provincial Government\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("sister_city", ("Gyeongsangnam-do Provincial Government", "Yamaguchi Prefecture"), (("signed", "1987-05-20"),)),
        ("friendship_city", ("Gyeongsangnam-do Provincial Government", "Nagasaki Prefecture"),
         (("signed", "2010-04-01"), ("renewed", "2022-04-01")))]  # (Murcia, Spain: no Japanese side)
    assert {s.value for s in recs[1].sectors} == {"tourism", "culture", "people_exchange"}


def test_headings_naming_each_partners_instrument_with_its_date_head_their_records(rules_pipeline) -> None:
    # (the second paragraph names the first partner only to date the new agreement: no party of it)
    text = ("広報いいやま 令和5年6月号\n飯山市が結んでいる協定を紹介します。\n◆自治体との協定\n\n○新潟県十日町市との災害時相互応援協定(平成25年7月1日)\n"
            " 前年の地震の経験から、平成25年7月1日に「災害時における相互応援に関する協定」を結びました。\n\n"
            "◆企業との協定\n\n○株式会社北信ホームセンターとの物資供給協定(平成25年10月)\n"
            " 十日町市との協定を結んだ同年10月、株式会社北信ホームセンターと「災害時における物資供給に関する協定」を結びました。\n")
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("partnership_agreement", ("十日町市", "飯山市"), (("signed", "2013-07-01"),)),
        ("partnership_agreement", ("株式会社北信ホームセンター", "飯山市"), (("signed", "2013-10"),))]


def test_an_english_release_dates_the_signing_by_its_heads_lists_its_areas_and_gives_its_initial_term(rules_pipeline) -> None:
    text = ("Selwyn and Bifuka formalise friendship | News | Selwyn District Council\nPublished: 2 October 2024\n"
            "Selwyn District Council and Bifuka Town (美深町) in Hokkaido, Japan, have signed a Friendship Agreement committing the two "
            "communities to closer ties.\nThe Mayor of Selwyn signed the agreement with the Mayor of Bifuka at a ceremony in Bifuka Town Hall "
            "on Thursday 26 September, during a week-long visit.\nWhat the agreement covers\nThe Friendship Agreement between Selwyn District "
            "Council and Bifuka Town sets out three areas of cooperation:\nagriculture, particularly dairy farming and animal welfare;\n"
            "education, including school exchanges;\ntourism promotion.\nThe agreement is for an initial term of five years.\n")
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert [(e.type.value, e.date) for e in rec.events] == [("signed", "2024-09-26")]
    assert {s.value for s in rec.sectors} == {"agriculture", "education", "tourism"}  # (animal welfare is no welfare field)
    assert rec.term.duration == "P5Y"


def test_a_bulleted_item_dated_first_and_naming_its_instrument_dates_that_conclusion(rules_pipeline) -> None:
    text = ("2024年7月1日\n東北モビリティ株式会社\n\n東北モビリティ株式会社は、次の自治体と協定を結んでいます。\n"
            "・2021年4月 岩手県久慈市 「デマンド交通の導入に関する連携協定」\n・2022年11月 福島県喜多方市 「観光型MaaSの推進に関する連携協定」\n")
    steps = {p.name: [(e.type.value, e.date) for e in r.events] for r in rules_pipeline.extract(text, doc_id="t").records
             for p in r.parties if p.name in ("久慈市", "喜多方市")}
    assert steps == {"久慈市": [("signed", "2021-04")], "喜多方市": [("signed", "2022-11")]}


def test_a_chronology_line_making_a_declaration_alone_concludes_nothing(rules_pipeline) -> None:
    text = "定住自立圏の経緯\n ・平成21年3月 一関市が「中心市宣言」を行う\n"
    assert all(not r.events for r in rules_pipeline.extract(text, doc_id="t").records)


def test_an_english_renewed_memorandum_signed_on_a_day_is_renewed_that_day(rules_pipeline) -> None:
    text = ("Press release 15 May 2024\nKobe Port Authority and the Port of Rotterdam renew MOU\n"
            "The Kobe Port Authority and the Port of Rotterdam have renewed their Memorandum of Understanding on Port Cooperation.\n"
            "The renewed MOU was signed on 14 May 2024 at the World Port Center in Rotterdam.\n")
    steps = sorted((e.type.value, e.date) for r in rules_pipeline.extract(text, doc_id="t").records for e in r.events)
    assert ("renewed", "2024-05-14") in steps and ("signed", "2024-05-14") not in steps


def test_an_english_register_of_ties_names_the_japanese_partner_after_the_member(rules_pipeline) -> None:
    text = ("SISTER CITIES ASSOCIATION\nMember Newsletter · published 14 July 2023\n\nOUR JAPANESE LINKS AT A GLANCE\n"
            "Below are the Japanese partners of our member councils, with the year in which each relationship was established.\n\n"
            "  Nelson | Miyazu, Kyoto | sister city since 1976\n  Napier | Victoria, British Columbia | sister city since 1980\n"
            "  Gisborne | Hamura, Tokyo | sister city since 1991\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [({p.name for p in r.parties}, [e.date for e in r.events]) for r in recs] == [
        ({"Nelson", "Miyazu"}, ["1976"]), ({"Gisborne", "Hamura"}, ["1991"])]  # (Napier and a Canadian city: no Japanese side)
    assert [p.kind.value for p in recs[0].parties] == ["municipality", "municipality"]  # (the row says it is a sister city)


def test_dousha_beside_a_board_is_the_company_and_a_numbered_chapter_tells_its_own_instrument(rules_pipeline) -> None:
    # 教育委員会と同社は: 同社 is the company named before, not the board beside it; 1 協定について and
    # 2 覚書について each hold their own instrument's term, though the 覚書 was told last before them
    text = ("令和6年9月2日\n中野区 記者発表\n\n"
            " 中野区は、本日、株式会社ミライデータ工房と「データ活用の推進に関する連携協定」を締結しました。\n"
            " また、同日、中野区教育委員会と同社は「区立学校における情報教育の推進に関する覚書」を取り交わしました。\n\n"
            "1 連携協定について\n 区は、同社の知見を区政に生かします。\n 有効期間 令和6年9月2日から令和9年3月31日まで\n\n"
            "2 覚書について\n 覚書の有効期間は、令和7年3月31日までです。\n")
    records = rules_pipeline.extract(text, doc_id="t").records
    got = {r.agreement_type.value: (sorted(p.name for p in r.parties), r.term.end) for r in records}
    assert got == {
        "partnership_agreement": (["中野区", "株式会社ミライデータ工房"], "2027-03-31"),
        "mou": (["中野区教育委員会", "株式会社ミライデータ工房"], "2025-03-31"),
    }


def test_an_english_partner_list_of_city_country_lines_dated_by_the_line_below(rules_pipeline) -> None:
    # "Tours, France" / "Sister city since May 1989." — the line under the head types and dates its tie
    text = ("Sister and Friendship Cities | City of Takasaki\n\n"
            "Takasaki has sister-city and friendship-city ties with the following cities.\n\n"
            "Battle Creek, Michigan, USA\nSister city since April 1981. The two cities share a long tradition of music.\n\n"
            "Chengde (China)\nFriendship city since 1987.\n\n"
            "Pilsen, Czech Republic\nSister city affiliation signed on June 2, 2001.\n")
    got = [(r.agreement_type.value, sorted((p.name, p.country) for p in r.parties), [(e.type.value, e.date) for e in r.events])
           for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [
        ("sister_city", [("Battle Creek", "US"), ("City of Takasaki", "JP")], [("signed", "1981-04")]),
        ("friendship_city", [("Chengde", "CN"), ("City of Takasaki", "JP")], [("signed", "1987")]),
        ("sister_city", [("City of Takasaki", "JP"), ("Pilsen", "CZ")], [("signed", "2001-06-02")]),
    ]


def test_a_list_cell_ending_an_agreement_on_a_date_gives_its_term_end_not_a_renewal(rules_pipeline) -> None:
    # 2023/03/31 協定終了 in a partner list: the day the agreement ended, not a second step
    text = ("信州大学 国際交流協定締結校一覧\n2024年5月1日現在\n\n国際課\n\n本学は、次の大学と学術交流協定を締結しています。\n\n"
            "番号 | 国名 | 協定校 | 締結日 | 備考\n"
            "1 | ドイツ | ゲッティンゲン大学 | 2011/07/07 | 2023/03/31 協定終了\n"
            "2 | タイ | チュラロンコン大学 | 2015/04/01 | 2020/04/01 更新\n")
    got = [(r.term.end if r.term else None, [(e.type.value, e.date) for e in r.events])
           for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [("2023-03-31", [("signed", "2011-07-07")]),
                   (None, [("signed", "2015-04-01"), ("renewed", "2020-04-01")])]


def test_a_faculty_level_row_is_signed_by_the_faculty_only_where_the_page_says_faculties_sign(rules_pipeline) -> None:
    rows = ("国・地域 | 協定締結機関 | 本学の締結者 | 区分 | 締結年月日\n"
            "韓国 | 全南大学校 | 弘前大学 | 大学間 | 2005.4.1\n"
            "タイ | コンケン大学 農学部 | 弘前大学農学生命科学部 | 部局間 | 2018.6.12\n")
    signs = "弘前大学 学術交流協定一覧\n大学間協定は弘前大学が、部局間協定は本学の各学部が締結しています。\n\n" + rows
    handles = "弘前大学 学術交流協定一覧\n部局間協定は、表中の部局が実務を担当する協定です。\n\n" + rows

    def japanese_sides(text: str) -> list[str]:
        return [p.name for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties if p.country == "JP"]

    assert japanese_sides(signs) == ["弘前大学", "弘前大学農学生命科学部"]
    assert japanese_sides(handles) == ["弘前大学", "弘前大学"]  # a faculty that only handles the agreement signs nothing


@pytest.mark.parametrize("text,expected", [
    # a partner and the year of its tie to a line, under a heading that names the tie
    ("三条市の姉妹都市\n\n三条市には三つの姉妹都市があります。\n\n"
     "レイクランド市（アメリカ合衆国フロリダ州）　1982年\nウーロンゴン市（オーストラリア）　1995年4月\n金海市（大韓民国）　2003年\n",
     [("sister_city", "レイクランド市", "US", "1982"), ("sister_city", "ウーロンゴン市", "AU", "1995-04"),
      ("sister_city", "金海市", "KR", "2003")]),
    # the English form: the city, where it is, then the year after a dash or comma
    ("City of Sanjo — International Relations\n\nSister Cities\n\n"
     "Lakeland, Florida, U.S.A. — 1982\nGimhae (Republic of Korea) - 2003\n\nFriendship City\nDa Nang, Viet Nam, 2016\n",
     [("sister_city", "Lakeland", "US", "1982"), ("sister_city", "Gimhae", "KR", "2003"),
      ("friendship_city", "Da Nang", "VN", "2016")]),
    ("Sister and Friendship Cities of Sanjo City\n\nBuffalo (United States) - 1962\nKaunas (Lithuania) - 1999\n",
     [("sister_city", "Buffalo", "US", "1962"), ("sister_city", "Kaunas", "LT", "1999")]),
])
def test_a_tie_list_of_one_partner_and_its_year_to_a_line(rules_pipeline, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(r.agreement_type.value, *next((p.name, p.country) for p in r.parties if p.country != "JP"), r.events[0].date)
           for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == expected


@pytest.mark.parametrize("text", [
    # a visit in the year, not the tie
    "三条市の姉妹都市\n\n金海市（大韓民国）　2003年　訪問団来訪\n",
    # the year a body was founded, in brackets after its name
    "三条市の姉妹都市\n\n・三条市国際交流協会（昭和63年設立、会員約120人）\n",
    # a heading that names no tie: towns the city only has exchanges with
    "三条市と交流のある都市\n\n金海市（大韓民国）　2003年\n",
    # a bare year in English running text is no date of a tie
    "Sister Cities\n\nThe city of Sanjo welcomed visitors from Gimhae in 2003.\n",
])
def test_must_not_take_a_dated_line_as_a_tie_of_a_list(rules_pipeline, text: str) -> None:
    assert all(not r.events for r in rules_pipeline.extract(text, doc_id="t").records)


def test_dousha_and_the_self_word_as_subject_are_the_company_named_before_and_the_issuer(rules_pipeline) -> None:
    # a factory opens; 同社と本市は…協定を締結しており recalls the agreement the two signed
    text = ("新工場の操業開始について\n令和6年10月1日\n加須市\n\n"
            " 株式会社北関東精機（本社：さいたま市）の加須工場が本日、操業を開始しました。\n"
            " 同社と本市は、令和5年3月に企業立地に関する協定を締結しており、約120人の雇用が見込まれています。\n")
    got = [(sorted(p.name for p in r.parties), [(e.type.value, e.date) for e in r.events])
           for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [(["加須市", "株式会社北関東精機"], [("signed", "2023-03")])]


def test_a_clause_before_the_partner_saying_the_tie_is_in_force_gives_the_record(rules_pipeline) -> None:
    # …協定を締結している石川県七尾市からの要請を受け、職員を派遣: the help is no record, the agreement in force is
    text = ("能登半島地震に伴う職員派遣について\n令和6年1月15日\n燕市総務課\n\n"
            " 燕市は、災害時相互応援協定を締結している石川県七尾市からの要請を受け、保健師2人を派遣しました。\n")
    got = [(r.agreement_type.value, sorted(p.name for p in r.parties)) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [("partnership_agreement", ["七尾市", "燕市"])]


def test_must_not_take_help_sent_without_an_agreement_as_one(rules_pipeline) -> None:
    text = ("職員派遣について\n令和6年1月15日\n燕市総務課\n\n"
            " 燕市は、協定は締結していないものの、石川県七尾市からの要請を受け、保健師2人を派遣しました。\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_a_bilingual_tie_list_gives_each_tie_once(rules_pipeline) -> None:
    # the English half's "Gimhae (Republic of Korea) - 2003" is the Japanese half's 金海市 of 平成15年5月
    # (its heading, Sister Cities, types the friendship tie too)
    text = ("姉妹都市・友好都市 / Sister Cities\n\n三条市の姉妹都市\n"
            "・レイクランド市（アメリカ合衆国フロリダ州）　昭和57年10月1日　姉妹都市提携\n"
            "・金海市（大韓民国）　平成15年5月　友好都市提携\n\n"
            "Sister Cities of Sanjo\nSanjo has two partner cities.\nLakeland, Florida, U.S.A. — 1982\nGimhae (Republic of Korea) - 2003\n")
    got = [(r.agreement_type.value, sorted(p.name for p in r.parties), [e.date for e in r.events])
           for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [("sister_city", ["レイクランド市", "三条市"], ["1982-10-01"]), ("friendship_city", ["三条市", "金海市"], ["2003-05"])]


def test_a_call_for_a_tie_is_no_tie(rules_pipeline) -> None:
    text = ("ふるさと交流マルシェ\n更新日:2024年10月1日\n東京都北区\n\n"
            " このうち木曽町とは30年近く行き来が続いており、区議会でも友好都市提携を求める声が上がっています。\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_a_body_on_the_letterhead_that_calls_itself_by_its_kind_is_the_issuer(rules_pipeline) -> None:
    # 消防年報 / とかち広域消防事務組合 / … 当組合と釧路市は: the joint board, however many member towns it lists
    text = ("消防年報\n令和5年版\n\nとかち広域消防事務組合\nとかち広域消防局\n\n令和5年8月発行\n\n"
            "沿革\n 十勝管内の消防は、帯広市消防本部と複数の消防組合に分かれていたが、管内19市町村が一部事務組合を設立し、"
            "平成28年4月1日、とかち広域消防事務組合として一本化した。\n 管内の人口の半数近くが帯広市に集中している。\n\n"
            "構成市町村\n 帯広市、音更町、士幌町、上士幌町、鹿追町\n\n"
            "協定等一覧\n番号 | 協定等の名称 | 相手方 | 締結\n"
            "1 | 十勝・釧路地域消防相互応援協定 | 釧路市 | 平成28年4月1日\n"
            "2 | 救急救命士の病院実習等に関する協定 | 帯広厚生病院 | 平成28年4月1日\n\n"
            " 当組合と釧路市は、平成28年4月1日に本協定を締結した。\n")
    got = [sorted(p.name for p in r.parties) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [["とかち広域消防事務組合", "釧路市"], ["とかち広域消防事務組合", "帯広厚生病院"]]


def test_must_not_take_an_agreement_of_every_town_of_a_kind_as_one_with_named_sides(rules_pipeline) -> None:
    text = ("消防年報\n\nとかち広域消防事務組合\n\n"
            " 道内のすべての市町村及び消防の一部事務組合は、「北海道広域消防相互応援協定」により、相互に応援を行う体制をとっている。\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_the_body_whose_department_the_contact_block_names_is_the_issuer_though_a_partner_is_named_more(rules_pipeline) -> None:
    # a festival report naming its sister city five times and itself three: 問い合わせ 宇和島市 商工観光課 is its office
    text = ("牛鬼まつり 開催報告\n令和6年7月30日 宇和島市 商工観光課\n\n"
            " 姉妹都市の宮城県大崎市から踊りの連が特別参加しました。大崎市からの参加は5年ぶりです。\n\n"
            "2 大崎市との応援協定\n 7月22日には大崎市長を迎え、両市の間で「災害時における相互応援に関する協定」の締結式を行いました。\n"
            " 宇和島市と大崎市は、長く姉妹都市の交流を続けてきました。大崎市からは、本市が被災した際に職員の派遣を受けました。\n\n"
            "問い合わせ 宇和島市 商工観光課 電話 0895-00-0000\n")
    records = rules_pipeline.extract(text, doc_id="t").records
    assert records and all(sorted(p.name for p in r.parties) == ["大崎市", "宇和島市"] for r in records)


def test_a_page_stamp_written_with_a_colon_is_no_renewal(rules_pipeline) -> None:
    text = ("八女市、岐阜県美濃市と災害時相互応援協定を締結\n\n更新:2025年1月24日\n八女市 総務部 防災安全課\n\n"
            " 八女市と岐阜県美濃市は、2025年1月23日、「八女市と美濃市との災害時における相互応援に関する協定」を締結しました。\n"
            " 八女市が県外の自治体と協定を結ぶのは3件目です。\n\nお問い合わせ\n八女市 総務部 防災安全課 防災係\n")
    got = [[(e.type.value, e.date) for e in r.events] for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [[("signed", "2025-01-23")]]


def test_an_agreement_text_replacing_an_earlier_memorandum_is_the_chain_s_latest_step(rules_pipeline) -> None:
    # the managers of two water enterprises sign; 第四条 ends the 覚書 the text replaces
    text = ("災害時における水道事業の相互応援に関する協定書\n\n"
            " 福岡市水道事業管理者(以下「甲」という。)と仙台市水道事業管理者(以下「乙」という。)とは、"
            "災害時における水道事業の相互応援に関し、次のとおり協定を締結する。\n\n"
            "(目的)\n第一条 この協定は、災害時の応急給水及び応急復旧の応援に関し必要な事項を定める。\n\n"
            "(応援の内容)\n第二条 応援の内容は、応急給水作業及び水道施設の応急復旧作業とする。\n\n"
            "(有効期間)\n第三条 この協定の有効期間は、協定締結の日から令和七年三月三十一日までとする。\n\n"
            "(従前の覚書の廃止)\n第四条 平成二十四年三月十五日付けで甲乙間において締結した「災害時における水道施設の応急復旧等に関する覚書」は、"
            "この協定の締結の日をもって廃止する。\n\n"
            " この協定の締結を証するため、本書二通を作成し、甲乙記名押印の上、各自その一通を保有する。\n\n"
            "  令和六年五月二十日\n\n   甲 福岡市水道事業管理者   印\n\n   乙 仙台市水道事業管理者   印\n")
    records = rules_pipeline.extract(text, doc_id="t").records
    got = [(r.agreement_type.value, r.title, sorted(p.name for p in r.parties), [(e.type.value, e.date) for e in r.events])
           for r in records]
    assert got == [("partnership_agreement", "災害時における水道事業の相互応援に関する協定書", ["仙台市水道事業管理者", "福岡市水道事業管理者"],
                    [("signed", "2012-03-15"), ("renewed", "2024-05-20")])]


@pytest.mark.parametrize("a,b,same", [
    ("神戸市水道事業管理者", "神戸市水道局", True),  # the manager signs for the bureau
    ("広島県公営企業管理者", "広島県企業局", True),
    ("神戸市水道事業管理者", "神戸市交通局", False),
    ("神戸市水道事業管理者", "大阪市水道局", False),
])
def test_a_public_enterprise_s_manager_is_its_bureau(a: str, b: str, same: bool) -> None:
    from mou_extract.parties import same_party

    assert same_party(a, b) is same


def test_a_newsletter_s_masthead_names_its_body_however_often_a_partner_is_named(rules_pipeline) -> None:
    # 仙北市 市民スポーツだより 第42号: the city's newsletter; its friendship city is named four times, itself once
    text = ("仙北市 市民スポーツだより 第42号\n令和6年4月1日発行\n\n"
            "◇友好都市から今年も選手団\n 平成二十四年に本市と友好都市の盟約を結んだ静岡県伊豆の国市から、今年も選手団が参加します。"
            "伊豆の国市との行き来は、小学生の雪遊び体験がきっかけです。伊豆の国市の特産品のブースも並びます。\n\n"
            "◇給水所\n 給水所は、令和3年10月に本市と「食と運動による健康づくりに関する連携協定」を結んだ株式会社こまち乳業が担当します。\n")
    got = [sorted(p.name for p in r.parties) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [["仙北市", "伊豆の国市"], ["仙北市", "株式会社こまち乳業"]]


def test_a_release_s_letter_spaced_date_dates_it_and_its_numbered_chapters_go_to_their_instrument(rules_pipeline) -> None:
    # 令 和 6 年 9 月 1 2 日 above the headline; 2 覚書の主な内容 is the memorandum's, not the sister tie's
    text = ("山形県記者発表資料\n                    令 和 6 年 9 月 1 2 日\n                    山形県 みらい企画創造部\n\n"
            "山形県と米国コロラド州との「アウトドア・ツーリズム分野における協力に関する覚書」の締結について\n\n"
            "1 概要\n 山形県知事は、現地時間9月10日、州都デンバー市の州議会議事堂においてコロラド州知事と会談し、"
            "「アウトドア・ツーリズム分野における協力に関する覚書」に署名しました。\n"
            " 本県とコロラド州は、昭和60年4月に姉妹県州の提携を結んで以来、高校生の相互派遣を通じて交流を深めてきました。\n\n"
            "2 覚書の主な内容\n (1) スキーリゾートに関する情報の共有\n (2) 観光事業者のビジネス交流の促進\n")
    records = rules_pipeline.extract(text, doc_id="t").records
    mou = next(r for r in records if r.agreement_type.value == "mou")
    assert [e.date for e in mou.events] == ["2024-09-10"]
    assert "デンバー市" not in {p.name for p in mou.parties}  # (the capital where it was signed)
    tie = next(r for r in records if r.agreement_type.value == "sister_city")
    assert "tourism" not in {s.value for s in tie.sectors} and "economy" not in {s.value for s in tie.sectors}


def test_a_labelled_step_under_a_heading_naming_a_pair_is_that_pair_s(rules_pipeline) -> None:
    # 1 AとB(台湾) / (1)提携日 令和6年8月20日: the step of the two schools the entry's heading names
    text = ("鹿児島県教育委員会 記者発表\n令和6年9月4日\n\n県立高校と海外の高校との姉妹校提携について\n\n"
            " 県立高校2校が、台湾及び大韓民国の高校とそれぞれ姉妹校提携を結びました。\n\n"
            "1 鹿児島県立鶴丸高等学校と台北市立建国高級中学(台湾)\n(1)提携日 令和6年8月20日\n(2)場所 台北市\n"
            "(3)経緯\n 両校の校長が姉妹校協定書に署名した。\n\n"
            "2 鹿児島県立大島高等学校と済州漢拏高等学校(大韓民国)\n(1)提携日 令和6年8月27日\n(2)場所 鹿児島県立大島高等学校\n"
            "(3)経緯\n 両校の校長が「姉妹校提携に関する合意書」に署名した。\n")
    got = [(sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert (["台北市立建国高級中学", "鹿児島県立鶴丸高等学校"], ["2024-08-20"]) in got
    assert (["済州漢拏高等学校", "鹿児島県立大島高等学校"], ["2024-08-27"]) in got


def test_a_sister_hospital_tie_is_a_sister_tie(rules_pipeline) -> None:
    text = ("那覇市立病院\n令和6年5月1日\n\n 那覇市立病院は、令和6年4月15日、米国ハワイ州のクアキニ病院と姉妹病院提携を結びました。\n")
    assert [r.agreement_type.value for r in rules_pipeline.extract(text, doc_id="t").records] == ["sister_city"]


def test_a_card_s_country_line_under_its_name_places_the_partner(rules_pipeline) -> None:
    # 浙江省 / 中華人民共和国 / 提携の種類:… / 提携年月日:…: one card, the province's
    text = ("静岡県の海外友好提携先\n\n静岡県は、海外の地域と友好提携を結び、交流を進めています。\n\n"
            "浙江省\n中華人民共和国\n提携の種類:友好提携\n提携年月日:1982年4月20日\n省都は杭州市です。\n\n"
            "忠清南道\n大韓民国\n提携の種類:友好協定\n提携年月日:2009年10月\n道庁所在地は洪城郡です。\n")
    got = [(sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [(["浙江省", "静岡県"], ["1982-04-20"]), (["忠清南道", "静岡県"], ["2009-10"])]


def test_the_organisation_after_a_dash_in_the_title_bar_is_the_page_s_own(rules_pipeline) -> None:
    text = ("学術交流協定校一覧 - 公立大学法人岩手県立大学 国際交流センター\n学術交流協定校一覧\n"
            "本学は、海外の大学と学術交流協定を締結しています。\n\n"
            "協定校 | 国・地域 | 協定の種類 | 締結\n大連理工大学 | 中国 | 学術交流協定 | 2002年10月\n")
    got = [sorted(p.name for p in r.parties) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [["公立大学法人岩手県立大学", "大連理工大学"]]


def test_a_museum_on_its_own_page_that_calls_itself_tokan_is_the_issuer(rules_pipeline) -> None:
    # 北海道立北方民族博物館 / 館の概要 … 当館は: the museum's page, not the prefecture's that runs it
    text = ("北海道立北方民族博物館\n館の概要\n\n 北方民族博物館は、北海道が設置した博物館です。\n\n"
            "【沿革】\n 平成9年   アラスカ大学北方博物館と学術交流協定を締結\n\n"
            " 当館は、令和2年10月、ノルウェーのトロムソ大学博物館と「北方民族文化の調査研究に関する覚書」を締結しました。\n")
    got = {p.name for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert "北海道立北方民族博物館" in got and "北海道" not in got


def test_kono_hi_under_a_dated_heading_dates_the_step_and_a_speaker_s_words_name_no_party(rules_pipeline) -> None:
    text = ("富山商工会議所 会報 2024年6月号(2024年6月1日発行)\n\n"
            "■5月21日(火) 覚書を更新\n 当所と台中市商業会は、2018年5月に「経済交流の促進に関する覚書」を締結しており、視察団の受け入れを続けてきました。\n"
            " この日は、会頭と台中市商業会の理事長が覚書の更新に調印しました。\n"
            " 会頭は調印後のあいさつで「この6年間で、覚書をきっかけに台中市に取引先を得た会員企業は10社を超えた」と述べました。\n")
    got = [(sorted(p.name for p in r.parties), [(e.type.value, e.date) for e in r.events]) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [(["台中市商業会", "富山商工会議所"], [("signed", "2018-05"), ("renewed", "2024-05-21")])]


def test_the_town_after_a_dash_in_the_title_bar_is_the_issuer_however_often_it_names_the_town_it_helps(rules_pipeline) -> None:
    text = ("能登半島地震に係る被災地支援の報告 - 郡上市\n能登半島地震に係る被災地支援の報告\n掲載日:令和6年3月8日\n"
            "郡上市は、平成26年11月に締結した「大規模災害時における相互応援に関する協定」に基づき、石川県珠洲市へ職員を派遣しています。\n"
            "珠洲市からの要請を受けて、給水車を派遣しました。支援物資を珠洲市へ輸送しました。\n"
            "飲料水は、本市と「災害時における物資の調達に関する協定」を結んでいる、めぐみ生活協同組合から提供を受けました。\n"
            "珠洲市では、仮設住宅への入居が進んでいます。珠洲市の上下水道の復旧にはなお時間を要します。\n"
            "本市は珠洲市と協議しながら派遣を続けます。\n問い合わせ先:総務部 危機管理課\n")
    got = [sorted(p.name for p in r.parties) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert ["めぐみ生活協同組合", "郡上市"] in got and not any("珠洲市" in g and "めぐみ生活協同組合" in g for g in got)


def test_a_body_s_head_signing_signs_for_the_body_named_on_the_page(rules_pipeline) -> None:
    # 釜山広域市上水道事業本部長 signs for 釜山広域市上水道事業本部, named in the lead; no second record with the city
    text = ("広島県企業局\n令和6年10月11日\n\n 広島県企業局は、令和6年10月10日、大韓民国の釜山広域市上水道事業本部と"
            "「水道技術交流に関する覚書」を更新しました。\n 更新式は広島市内で行われ、広島県公営企業管理者と釜山広域市上水道事業本部長が覚書に署名しました。\n")
    got = [sorted(p.name for p in r.parties) for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [["広島県企業局", "釜山広域市上水道事業本部"]]


def test_a_renewal_dated_before_every_signing_of_its_chain_is_the_first_signing(rules_pipeline) -> None:
    # 2023年11月7日、…協定書」に署名し、2013年から続く姉妹病院の関係を更新: the tie began in 2013, renewed in 2023
    text = ("那覇市立病院\n2023年11月8日\n\n当院は、2023年11月7日、米国ハワイ州のクアキニ病院と「姉妹病院提携の継続に関する協定書」に署名し、"
            "2013年から続く姉妹病院の関係を更新しました。\n")
    got = [[(e.type.value, e.date) for e in r.events] for r in rules_pipeline.extract(text, doc_id="t").records]
    assert got == [[("signed", "2013"), ("renewed", "2023-11-07")]]


def test_a_tie_dated_in_the_clause_before_its_partner_in_a_visit_item_is_a_record_of_its_own(rules_pipeline) -> None:
    # 昭和32年に姉妹都市提携を結んだ…サンノゼ市から、高校生が来岡します: the visit is background, but the
    # clause dates a tie of its own; it is no step of the tie told in the item above
    text = ("広報みなみ　2024年4月号\n\n"
            "■台湾・新竹市との友好交流協定を更新\n"
            "　みなみ市は3月12日、平成15年に締結した新竹市との友好交流協定を更新しました。\n\n"
            "■サンノゼ市から高校生がやってきます\n"
            "　昭和32年に姉妹都市提携を結んだ米国カリフォルニア州サンノゼ市から、4月15日から22日まで高校生12人が来岡します。\n")
    got = sorted((r.agreement_type.value, sorted(p.name for p in r.parties), [e.date for e in r.events])
                 for r in rules_pipeline.extract(text, doc_id="t").records)
    assert ("sister_city", ["サンノゼ市"], ["1957"]) in [(t, [n for n in ps if n != "みなみ市"], ds) for t, ps, ds in got]
    assert all("1957" not in ds for t, ps, ds in got if "新竹市" in ps)


def test_a_note_that_the_proposed_tie_was_signed_concludes_it_with_the_partner_the_proposal_names(rules_pipeline) -> None:
    # a 議案 (…市と姉妹都市の提携をしたい) tabled on one day, and a clerk's note below: 本件の姉妹都市提携は、
    # (a later day)、…調印された. The note refers to the tie proposed; its signing is done, though after the page's date
    text = ("みなみ市議会　議案アーカイブ\n\n議案第12号\n\n　　姉妹都市の提携について\n\n"
            "　フランス共和国ブルターニュ地域圏カンペール市と姉妹都市の提携をしたいので、議会の議決を求める。\n\n"
            "　　昭和60年3月1日提出\n\n　　　　　　　　　　みなみ市長\n\n"
            "【注記】\n　本件の姉妹都市提携は、昭和60年5月20日、カンペール市庁舎において両市長により調印された。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(r.agreement_type.value, [e.date for e in r.events]) for r in recs] == [("sister_city", ["1985-05-20"])]
    assert "カンペール市" in [p.name for p in recs[0].parties]


def test_the_municipalities_in_a_signatory_table_under_a_numbered_label_sign_and_their_prefecture_does_not(rules_pipeline) -> None:
    text = ("報道機関各位\n令和5年5月18日\n\n川沿いの町による「みなみ川流域観光連携協定」を締結しました\n\n"
            "　そこで、みなみ駅からきた駅までの沿線の町は、観光の促進に共同で取り組むため、5月17日に下記のとおり協定を締結しましたのでお知らせします。\n\n記\n\n"
            "1　協定の名称\n　　みなみ川流域観光連携協定\n\n"
            "2　協定の締結者\n"
            "　┌────┬────────┬──────┐\n"
            "　│都道府県│市町名          │出席者      │\n"
            "　├────┼────────┼──────┤\n"
            "　│福島県  │南会津郡下郷町  │町長        │\n"
            "　│福島県  │南会津郡南会津町│町長        │\n"
            "　│新潟県  │東蒲原郡阿賀町  │副町長      │\n"
            "　└────┴────────┴──────┘\n"
            "　　※立会人として、福島県南会津地方振興局長が出席しました。\n\n"
            "3　協定の主な内容\n　（1）流域を巡る観光ルートの造成に関すること\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert len(recs) == 1 and sorted(p.name for p in recs[0].parties) == sorted(["下郷町", "南会津町", "阿賀町"])


def test_a_declaration_whose_own_words_name_its_signatories_is_their_joint_declaration(rules_pipeline) -> None:
    text = ("首長会議 結果概要\n\n5　宣言の全文\n\n　　　　みなみ広域連携宣言\n\n"
            "　私たち遠野市、釜石市及び大槌町は、古くから街道で結ばれ、互いに支え合ってきた。\n"
            "　私たちは、次の事項に連携して取り組むことをここに宣言する。\n"
            "　一　大規模災害に備え、防災訓練の合同実施など減災に向けた連携を強める。\n"
            "　一　観光客の誘客に努める。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(r.agreement_type.value, sorted(p.name for p in r.parties)) for r in recs] == [
        ("joint_declaration", sorted(["遠野市", "釜石市", "大槌町"]))]


def test_a_postponed_signing_page_with_a_note_that_the_signing_was_held_reports_it(rules_pipeline) -> None:
    # 【延期・追記あり】…締結式の延期について: nothing signed when it was posted; the note added later says it was
    text = ("【延期・追記あり】高雄市との覚書締結式の延期について\n掲載日：2024年8月27日\n\n"
            "【追記】締結式を執り行いました（2024年10月16日更新）\n"
            "延期しておりました覚書の締結式は、令和6年10月15日、高雄市政府において執り行われ、佐賀県知事と高雄市長が"
            "「佐賀県と高雄市との観光交流の促進に関する覚書」に署名しました。\n\n"
            "延期のお知らせ（8月27日掲載）\n"
            "8月29日に予定しておりました覚書締結式につきましては、台風の接近に伴い、延期することといたしました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(r.title, [e.date for e in r.events]) for r in recs] == [
        ("佐賀県と高雄市との観光交流の促進に関する覚書", ["2024-10-15"])]


def test_a_postponement_page_alone_reports_no_agreement(rules_pipeline) -> None:
    text = ("【延期】高雄市との覚書締結式の延期について\n掲載日：2024年8月27日\n\n"
            "8月29日に予定しておりました「佐賀県と高雄市との観光交流の促進に関する覚書」の締結式につきましては、"
            "台風の接近に伴い、延期することといたしました。新たな日程は決まり次第お知らせします。\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_a_table_under_a_sentence_concluding_with_each_town_as_follows_gives_each_town_a_record(rules_pipeline) -> None:
    # 次のとおり / 各町とそれぞれ「…協定」を締結した。 over 相手方の町 | 締結日: one record a town, dated by its row;
    # the prefecture that opens the instrument's name (鳥取県西部…) names a part of itself, not a party
    text = ("米子市 企画課\n\n(2) 平成22年3月 定住自立圏形成協定の締結\n"
            "   各町議会及び本市議会の議決を経て、次のとおり\n"
            "   各町とそれぞれ「鳥取県西部定住自立圏形成協定」を締結した。\n\n"
            "    相手方の町      締結日\n"
            "    ----------------------------------\n"
            "    西伯郡大山町     平成22年3月26日\n"
            "    日野郡日南町    平成22年3月29日\n"
            "    ----------------------------------\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = sorted((sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in recs)
    assert got == [(["大山町", "米子市"], ["2010-03-26"]), (["日南町", "米子市"], ["2010-03-29"])]


@pytest.mark.parametrize("text", [
    # a city's building where it was signed, the state before it: the state signs
    "大分県は、9月29日、米国オレゴン州ポートランド市の州議会議事堂において、オレゴン州と姉妹県州提携の盟約書に再調印しました。\n",
    # a chronology's place in brackets after the signing
    "これまでの経過\n　昭和53年10月24日　オレゴン州との姉妹県州提携調印（大分市）\n",
])
def test_where_it_was_signed_is_no_party(rules_pipeline, text: str) -> None:
    names = {p.name for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert "オレゴン州" in names and not names & {"ポートランド市", "大分市"}


def test_the_heads_under_a_declarations_date_sign_it_on_that_day(rules_pipeline) -> None:
    # 〇〇共同宣言 … ここに宣言する。 / 令和6年10月30日 / 福岡県知事 | 佐賀県知事 …: the bodies whose heads sign
    text = ("知事会議の開催結果について\n\n議題(1)に関し、会員3県の知事が共同宣言に署名し、これを採択した。\n\n"
            "        南九州水素社会実現共同宣言\n\n"
            " 我々南九州の3県は、県境を越えて力を結集し、次の取組を共同して進めることを、ここに宣言する。\n\n"
            "一 水素の製造、貯蔵及び輸送の拠点となる港湾の整備を促進する。\n\n"
            "  令和6年10月30日\n\n"
            "    熊本県知事 | 宮崎県知事\n"
            "    鹿児島県知事\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(r.agreement_type.value, sorted(p.name for p in r.parties), [e.date for e in r.events]) for r in recs] == [
        ("joint_declaration", sorted(["熊本県", "宮崎県", "鹿児島県"]), ["2024-10-30"])]


def test_a_notice_signed_by_one_head_under_its_date_is_no_signature_block(rules_pipeline) -> None:
    text = ("福山市公報\n\n告示\n  井原市との間で、連携協約の一部を変更する協約を令和6年3月26日に締結したので、告示する。\n\n"
            "  令和6年3月29日\n                       福山市長  森本昌弘\n")
    assert all("2024-03-29" not in [e.date for e in r.events] for r in rules_pipeline.extract(text, doc_id="t").records)


def test_a_sites_search_results_page_reports_no_agreement(rules_pipeline) -> None:
    text = ("サイト内検索結果「連携協定 締結」 | みなみ県公式ホームページ\n「連携協定 締結」の検索結果 約312件中 1～10件目\n"
            "株式会社みなみ物流と「災害時の緊急輸送に関する連携協定」を締結しました\n"
            "...令和7年2月14日、熊本県と株式会社みなみ物流は、災害時の緊急輸送に関する連携協定を締結しました。...\n更新日:2025年2月17日\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_a_body_on_the_letterhead_that_calls_itself_toh_houjin_issues_the_release(rules_pipeline) -> None:
    text = ("お知らせ\n                          令和6年10月7日\n                          医療法人社団　翠明会\n"
            "                          理事長 堀江 隆之\n\n佐倉市・八千代市と災害時の医療救護に関する協定を締結しました\n\n"
            " このたび当法人は、大規模災害が発生した際に地域の医療救護活動に協力するため、佐倉市および八千代市とそれぞれ協定を締結しましたので、お知らせいたします。\n\n"
            "1 佐倉市との協定\n  協定名  災害時における医療救護活動に関する協定\n  締結日  令和6年9月26日(木)\n\n"
            "2 八千代市との協定\n  八千代市とも、令和6年10月1日(火)に同名の協定を締結しました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(sorted(p.name for p in r.parties) for r in recs) == [["佐倉市", "医療法人社団翠明会"], ["八千代市", "医療法人社団翠明会"]]


def test_a_heads_name_after_the_body_and_its_title_is_no_party(rules_pipeline) -> None:
    # 五島市長と…ジャパン代表取締役社長のエリック・ハウゲンが協定書に署名: the head's name, not a body
    text = ("PRESS RELEASE\n2025年1月23日\nNordlys Energi Japan株式会社\n\n"
            "Nordlys Energi Japan株式会社は、2025年1月22日、長崎県壱岐市と「脱炭素化に関する連携協定」を締結しました。\n\n"
            "締結式は1月22日、壱岐市役所で行われ、壱岐市長とノルドリス・エネルギ・ジャパン代表取締役社長のエリック・ハウゲンが協定書に署名しました。\n")
    names = {p.name for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert "ハウゲン" not in names and "エリック・ハウゲン" not in names


def test_a_place_in_the_head_office_item_of_a_companys_bracket_is_no_party(rules_pipeline) -> None:
    # (英文社名:X Inc.、本社:福岡県福岡市中央区、代表取締役CEO:…): where the company sits, in a later item of its bracket
    text = ("株式会社すくすくラボ(英文社名:Sukusuku Lab Inc.、本社:福岡県福岡市中央区、代表取締役CEO:永野 あかり)は、"
            "2024年5月20日、福岡県糸島市と「子育て支援のデジタル化推進に関する連携協定」を締結しました。\n")
    names = {p.name for r in rules_pipeline.extract(text, doc_id="t").records for p in r.parties}
    assert "糸島市" in names and "中央区" not in names and "福岡市" not in names


def test_a_bank_that_opens_the_release_as_its_subject_and_calls_itself_toh_kinko_issues_it(rules_pipeline) -> None:
    text = ("しんきん ニュース|熊谷市・行田市との連携協定について\nニュースリリース\n発表日 | 令和6年6月5日\n"
            " 荒川北部信用金庫(理事長 根岸 邦夫)は、このたび、埼玉県熊谷市および行田市との間で、それぞれ下記のとおり連携協定を締結いたしましたのでお知らせいたします。\n"
            " 当金庫は、今後も自治体の皆さまとともに地域の発展に努めてまいります。\n"
            "■熊谷市との協定\n名称 | 創業支援に関する連携協定\n締結日 | 令和6年5月21日(火)\n"
            "■行田市との協定(再締結)\n 行田市とは、令和元年7月に「地域経済の活性化に関する覚書」を締結し、行田市内の事業者向けのセミナーに取り組んでまいりました。\n"
            "名称 | 行田市と荒川北部信用金庫との地域経済活性化に関する連携協定\n締結日 | 令和6年6月3日(月)\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert sorted(sorted(p.name for p in r.parties) for r in recs) == [["熊谷市", "荒川北部信用金庫"], ["荒川北部信用金庫", "行田市"]]


def test_a_prefectures_summary_of_its_agreements_reads_signatories_dates_and_amendments_under_their_labels(rules_pipeline) -> None:
    # (1)協定締結道県 / 北海道、…: the signatories; (1)締結日 / (indented) date: the signing;
    # 令和4年4月1日 一部改正(…): an amendment, a renewed step
    text = ("岩手県 他県との災害時相互応援協定の概要\n\n"
            "────────────────────\n1 北海道・東北3道県相互応援に関する協定\n────────────────────\n"
            "(1)協定締結道県\n   北海道、青森県、岩手県\n(2)締結日等\n   平成7年10月25日締結\n"
            "   平成23年10月 東日本大震災の教訓を踏まえ全部改正(応援調整道県の輪番制を導入)\n\n"
            "────────────────────\n2 岩手県と愛媛県との災害時の相互応援に関する協定\n────────────────────\n"
            "(1)締結日\n   平成25年8月26日\n(2)改正\n   令和4年4月1日 一部改正(感染症対策に係る応援を追加)\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    got = sorted((sorted(p.name for p in r.parties), [(e.type.value, e.date) for e in r.events]) for r in recs)
    assert got == [(sorted(["北海道", "青森県", "岩手県"]), [("signed", "1995-10-25"), ("renewed", "2011-10")]),
                   (["岩手県", "愛媛県"], [("signed", "2013-08-26"), ("renewed", "2022-04-01")])]


def test_where_the_named_signers_signed_is_no_party(rules_pipeline) -> None:
    text = ("鳥取県と慶尚北道は、1994年11月に「友好提携に関する協定書」に調印しました。\n"
            "提携20周年の2014年には、知事と道知事が安東市で協定書に再び調印し、提携関係を更新しました。\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [(sorted(p.name for p in r.parties), [(e.type.value, e.date) for e in r.events]) for r in recs] == [
        (["慶尚北道", "鳥取県"], [("signed", "1994-11"), ("renewed", "2014")])]


def test_a_proposal_page_with_a_related_links_block_still_reports_no_agreement(rules_pipeline) -> None:
    text = ("議案第45号\n\n　　一関市と平泉町との定住自立圏形成協定の締結について\n\n"
            "　平泉町との間で「一関市と平泉町との定住自立圏形成協定」を締結したいので、議会の議決を求める。\n\n"
            "　　令和2年3月1日提出\n\n関連記事\n"
            "・北見市と株式会社オホーツク物流が災害時の物資供給に関する協定を締結しました（2023年4月1日）\n"
            "・国際交流員の紹介\n")
    assert rules_pipeline.extract(text, doc_id="t").records == []


def test_a_pages_own_contact_footer_naming_no_body_leaves_the_releases_contact_its_issuer(rules_pipeline) -> None:
    text = ("うわじま牛鬼まつり　開催報告\n令和6年7月30日　宇和島市 商工観光課\n\n"
            "2　栗原市との応援協定の締結\n"
            "まつり初日の7月22日には、市役所で栗原市長を迎え、両市の間で「災害時における相互応援に関する協定」の締結式を行いました。\n"
            "宇和島市と栗原市は、姉妹都市の交流を続けてきました。栗原市の皆さんは毎年まつりに参加しています。栗原市からは職員の派遣も受けました。\n\n"
            "問い合わせ　宇和島市 商工観光課　電話 0895-00-0000\n\n"
            "このページに関するお問い合わせ\n総務部 広報課\n電話：012-345-6789\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert recs and all(sorted(p.name for p in r.parties) == ["宇和島市", "栗原市"] for r in recs)


def test_a_declarations_own_text_names_its_signatories_in_its_enacting_clause_and_is_signed_above_them(rules_pipeline) -> None:
    # no 甲/乙 and no 私たち: the two bodies are the subject of …次のとおり宣言する under the instrument's name, its
    # items numbered 一、二、 and its date standing above the heads' names
    text = ("　　　　九頭竜川流域の観光振興に関する共同宣言\n\n"
            "　ここに、岐阜県郡上市と福井県大野市は、県境を越えて流域の観光を共に育てることを決意し、次のとおり宣言する。\n\n"
            "一、両市は、流域の自然と食を生かした誘客に共同して取り組む。\n\n二、両市は、毎年一回、両市長による会議を開く。\n\n"
            "　　令和五年五月十日\n\n　　　　　　岐阜県郡上市長　　山　田　　太　郎\n\n　　　　　　福井県大野市長　　川　村　　次　郎\n")
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("joint_declaration", ("大野市", "郡上市"), (("signed", "2023-05-10"),))]


@pytest.mark.parametrize("text,parties", [
    # the heading names the speaker by post (大山町長 あいさつ): 私 is that town; 日高村長様 signs for 日高村
    ("大山町長 あいさつ\n\n 皆様、こんにちは。\n 本日は、友好町村である日高村から、村長様をはじめ多くの皆様にお越しいただき、"
     "心から歓迎申し上げます。日高村と本町の交流は、平成6年に始まりました。\n"
     " 先ほど、日高村長様と私とで、「友好町村提携30周年記念共同宣言」に署名をいたしました。\n 結びに、皆様のご健勝を祈念申し上げます。\n",
     {"大山町", "日高村"}),
    # 三木市長 beside 日南市長 is Mayor Miki of 須坂市: 三木市 is named nowhere on its own
    ("令和6年5月1日\n須坂市 総務課\n 須坂市は、日南市と「災害時相互応援協定」を締結しました。締結式では三木市長と日南市長が協定書に署名しました。\n",
     {"須坂市", "日南市"}),
    # 学長の活動記録|国立大学法人 山梨大学: the university's own site names it in its title bar, the issuer
    ("学長の活動記録|国立大学法人 山梨大学\n学長の活動記録\n2024年度の学長の主な活動です。\n"
     "・7月3日 タイ・チェンマイ大学と「大学間交流協定」を締結しました。\n・7月4日 経営協議会。\n",
     {"チェンマイ大学", "国立大学法人山梨大学"}),
], ids=["speaker-and-other-head", "surname-before-post", "title-bar-owner"])
def test_the_signatories_of_a_page_that_names_one_side_by_post_or_by_its_site(rules_pipeline, text: str, parties: set[str]) -> None:
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert {p.name for p in rec.parties} == parties


def test_a_foreign_citys_japanese_edition_speaks_for_that_city_and_keeps_only_its_japanese_ties(rules_pipeline) -> None:
    # the title bar ends with the edition (春川市 日本語): the city is the page's own side, placed by the world's
    # cities; its tie with another foreign city has no Japanese party and is no record
    text = ("姉妹都市 | 春川市 日本語\nHOME > 国際交流\n春川市は世界の都市と交流しています。本市の姉妹都市は次のとおりです。\n"
            "区分 | 国家 | 都市 | 締結日\n姉妹都市 | 日本 | 岐阜県 各務原市 | 2003.10.20\n姉妹都市 | 中国 | 河北省 保定市 | 2010.05.04\n")
    recs = rules_pipeline.extract(text, doc_id="t").records
    assert [sorted((p.name, p.country) for p in r.parties) for r in recs] == [[("各務原市", "JP"), ("春川市", "KR")]]


def test_an_instrument_named_in_double_brackets_is_read_as_in_single_ones(rules_pipeline) -> None:
    text = "令和6年7月12日\n伊賀市\n 市は7月10日、伊賀市仏教会と『災害時における寺院施設の使用に関する協定』を締結しました。\n"
    (rec,) = rules_pipeline.extract(text, doc_id="t").records
    assert rec.title == "災害時における寺院施設の使用に関する協定" and [(e.type.value, e.date) for e in rec.events] == [("signed", "2024-07-10")]


def test_partners_listed_with_round_bullets_under_a_lead_are_each_a_record(rules_pipeline) -> None:
    text = ("【国際機構からのお知らせ】2024.3.28\n岐阜大学は、下記の協定校と大学間学術交流協定を更新しました。\n"
            "○釜山大学校(韓国) 3月1日付で更新、有効期間5年\n○ヘルシンキ大学(フィンランド) 3月15日付で更新、有効期間5年\n")
    assert brief(rules_pipeline.extract(text, doc_id="t")) == [
        ("partnership_agreement", ("岐阜大学", "釜山大学校"), (("renewed", "2024-03-01"),)),
        ("partnership_agreement", ("ヘルシンキ大学", "岐阜大学"), (("renewed", "2024-03-15"),))]
