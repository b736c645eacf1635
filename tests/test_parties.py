"""Party candidates: input sentence → expected (name, kind, country) rows, plus a
must-not-match table. All sentences are written for these tests."""

import pytest

from mou_extract.normalize import normalize
from mou_extract.model import PartyKind
from mou_extract.parties import canonical_name, find_party_mentions, is_generic_name, same_party
from mou_extract.tokenize import tokens

M, R, C, O = "municipality", "region", "country", "organization"


def rows(text: str, **kw: object) -> list[tuple[str, str, str | None]]:
    return [(m.name, m.kind.value, m.country) for m in find_party_mentions(text, **kw)]


CASES = [
    # Japanese places: a prefecture only locating a city is not a second mention
    ("広島県三原市は協定を結んだ。", [("三原市", M, "JP")]),
    ("静岡県と浜松市が連携する。", [("静岡県", R, "JP"), ("浜松市", M, "JP")]),
    ("東京都世田谷区と合意した。", [("世田谷区", M, "JP")]),
    ("室蘭市勢要覧 令和5年版", [("室蘭市", M, "JP")]),  # the city's yearbook names the city (室蘭市勢 alone does not)
    ("瑞芳鎮（台湾）と友好協定", [("瑞芳鎮", M, "TW")]),  # a kanji town placed abroad by its bracket
    ("・麗水市（大韓民国 全羅南道）", [("麗水市", M, "KR")]),  # the bracket's country outranks a namesake elsewhere (麗水市, China)
    ("平成4年に千葉県大栄町と友好町村の提携を結び", [("大栄町", M, "JP")]),  # a town merged away, placed by its prefecture
    ("岐阜県町村会と協定", [("岐阜県", R, "JP")]),  # …町村会 is no town
    ("椎葉村は九州みどり電力株式会社と", [("椎葉村", M, "JP"), ("九州みどり電力株式会社", O, "JP")]),  # a region's name opens the company's
    ("甲府市と富士あおば生命保険株式会社は", [("甲府市", M, "JP"), ("富士あおば生命保険株式会社", O, "JP")]),  # a city's bare stem too
    ("熊本きらり交通株式会社と協定", [("熊本きらり交通株式会社", O, "JP")]),  # (the stem read on into kana is no place of its own)
    ("長井市は、山形おきたま信用金庫と", [("長井市", M, "JP"), ("山形おきたま信用金庫", O, "JP")]),  # before a head too
    ("岡山県と南オーストラリア州政府貿易投資省は", [("岡山県", R, "JP"), ("南オーストラリア州政府貿易投資省", O, "AU")]),  # the direction opens the body's name
    ("国立中興大学（台湾）との学生交流覚書", [("国立中興大学", O, "TW"), ("台湾", C, "TW")]),  # a kanji-named body its bracket places abroad
    ("■山の幸マート株式会社との協定", [("山の幸マート株式会社", O, "JP")]),  # a bullet bounds a name opened with kanji and の
    ("・ビンズオン省工業団地管理委員会と覚書", [("ビンズオン省工業団地管理委員会", O, None)]),  # a province's management board (placed by the record stage)
    ("台湾の台南市政府教育局との間で覚書を締結", [("台南市政府教育局", O, "TW")]),  # a foreign city's bureau is a body of its own
    ("サンシャインコースト州立高校と覚書を締結", [("サンシャインコースト州立高校", O, None)]),  # a high school written short
    ("台中市立清水高級中等学校と姉妹校提携", [("台中市立清水高級中等学校", O, "TW")]),  # a Taiwanese senior high school
    ("台湾の台北市文化基金会と舞台芸術交流協定を締結", [("台北市文化基金会", O, "TW")]),  # a foundation (基金会), not the city
    ("大韓民国の慶尚北道教育庁と覚書を締結", [("慶尚北道教育庁", O, "KR")]),  # …and a province's agency
    ("遼寧省人民政府と協定を締結", [("遼寧省", R, "CN")]),  # (its 人民政府 is the province's government: the province)
    ("一つは、生活協同組合コープふくしまです。", [("生活協同組合コープふくしま", O, "JP")]),  # a place's kana reading closes the name
    ("神奈川県横浜市港北区の取組", [("港北区", M, "JP")]),
    ("青森県三戸郡三戸町が参加", [("三戸町", M, "JP")]),
    # bare forms resolve only when one place has that stem
    ("神戸と姉妹提携を結ぶ。", [("神戸市", M, "JP")]),
    ("兵庫と連携", [("兵庫県", R, "JP")]),
    ("横浜、名古屋、福岡", [("横浜市", M, "JP"), ("名古屋市", M, "JP")]),
    ("四日市と協定", [("四日市市", M, "JP")]),
    # the office of a city still mentions the city
    ("ハンブルク市長が署名した。", [("ハンブルク市", M, None)]),
    ("市長のジョン・スミス・ミュンヘン市長", [("ミュンヘン市", M, None)]),
    ("マイケル・ブラウンミュンヘン市長", [("ミュンヘン市", M, None)]),
    ("バーデン・ヴュルテンベルク州と", [("バーデン・ヴュルテンベルク州", R, "DE")]),
    ("・一般財団法人みらい協会と", [("一般財団法人みらい協会", O, "JP")]),
    # foreign places with a locating country (prefix, の, brackets)
    ("ドイツ・ミュンヘン市と覚書", [("ミュンヘン市", M, "DE")]),
    ("中国・遼寧省大連市と友好都市", [("大連市", M, "CN")]),
    ("アメリカ合衆国オレゴン州ポートランド市と姉妹都市", [("ポートランド市", M, "US")]),
    ("ニュージーランドのウェリントン市と", [("ウェリントン市", M, "NZ")]),
    ("蘇州市（中国）と交流", [("蘇州市", M, "CN")]),
    ("ポートランド市(アメリカ合衆国)と", [("ポートランド市", M, "US")]),
    ("スペイン・バスク州政府と協力", [("バスク州", R, "ES")]),
    ("インドのグジャラート州と覚書", [("グジャラート州", R, "IN")]),
    # listed subdivisions carry their country without any context
    ("遼寧省と上海市", [("遼寧省", R, "CN"), ("上海市", M, "CN")]),
    ("ソウル特別市および釜山広域市", [("ソウル特別市", M, "KR"), ("釜山広域市", M, "KR")]),
    ("バイエルン州との交流", [("バイエルン州", R, "DE")]),
    ("京畿道と慶尚南道", [("京畿道", R, "KR"), ("慶尚南道", R, "KR")]),
    # an unlisted foreign kanji city: found through unidic, country unknown
    ("大連市と協定", [("大連市", M, None)]),
    ("クライストチャーチ市と", [("クライストチャーチ市", M, None)]),
    # countries as parties
    ("日本政府とフランス政府は宣言に署名した。", [("日本", C, "JP"), ("フランス", C, "FR")]),
    # organisations by legal form, head and Latin script
    ("公益財団法人みやぎ産業振興機構と協定", [("公益財団法人みやぎ産業振興機構", O, "JP")]),
    ("一般社団法人日本観光協会と", [("一般社団法人日本観光協会", O, "JP")]),
    ("株式会社ミライ電機と連携", [("株式会社ミライ電機", O, "JP")]),
    ("ミライ電機株式会社代表取締役が", [("ミライ電機株式会社", O, "JP")]),
    ("(株)ABC商事と", [("(株)ABC商事", O, "JP")]),
    ("本日、北海道大学と包括連携協定", [("北海道大学", O, "JP")]),
    ("同大学と本協会", []),
    ("ドイツ・バイエルン州の「ExampleBio」と覚書を締結", [("バイエルン州", R, "DE"), ("ExampleBio", O, "DE")]),
    ("フランスの「Atlantic Innovation」と協定", [("フランス", C, "FR"), ("Atlantic Innovation", O, "FR")]),
    ("Nordic Health Clusterとの覚書に署名", [("Nordic Health Cluster", O, None)]),
    ("ドイツ・ミュンヘン工科大学と提携", [("ミュンヘン工科大学", O, "DE")]),
    ("横浜市立大学と協定", [("横浜市立大学", O, "JP")]),
    ("神奈川県庁で調印", [("神奈川県", R, "JP")]),
    # a foreign katakana town or village: located by the country/region before it (one mention)
    ("●カナダ オンタリオ州 ハンツヴィル町(Town of Huntsville)と姉妹都市", [("ハンツヴィル町", M, "CA")]),
    ("エストニア共和国 ヴォル村と友好", [("ヴォル村", M, "EE")]),
    ("ボルカ町(オルドゥ県)と交流", [("ボルカ町", M, None)]),
    ("●カナダ オンタリオ州 ハンツヴィル町\n ハンツヴィル町の学校と交流",
     [("ハンツヴィル町", M, "CA"), ("ハンツヴィル町", M, "CA")]),  # placed once, then known
    ("ニセコ町と連携", [("ニセコ町", M, "JP")]),
    ("インドネシア共和国 東ジャワ州と覚書", [("東ジャワ州", R, "ID")]),
    # a foreign kanji county or city that unidic does not know: placed by what surrounds it
    ("大韓民国 慶尚北道 清道郡と友好", [("清道郡", M, "KR")]),
    ("大理市(雲南省)と友好都市", [("大理市", M, "CN")]),
    ("三 岳陽市(中華人民共和国湖南省)", [("岳陽市", M, "CN")]),
    ("姉妹都市岳陽市(湖南省)", [("岳陽市", M, "CN")]),
    # list numbering is not part of a name
    ("2.ミラノ商工会議所と協定", [("ミラノ商工会議所", O, None)]),
    ("■お知らせ\n\n3.リヨン商工会議所と協定", [("リヨン商工会議所", O, None)]),
    # の inside a company name; a role or business word after の ends it
    ("株式会社森の里フーズと協定", [("株式会社森の里フーズ", O, "JP")]),
    ("海の森エナジー株式会社と協定", [("海の森エナジー株式会社", O, "JP")]),
    ("株式会社ミライの社長が来庁", [("株式会社ミライ", O, "JP")]),
    ("株式会社ミライの技術を活用", [("株式会社ミライ", O, "JP")]),
    ("株式会社ミライの前で", [("株式会社ミライ", O, "JP")]),
    ("横浜市の森ビル株式会社と", [("横浜市", M, "JP"), ("森ビル株式会社", O, "JP")]),
    # a foreign place at the start of a name, or a foreign legal form, gives the country
    ("釜山港湾公社と覚書", [("釜山港湾公社", O, "KR")]),
    ("ソウル国際空港公社と", [("ソウル国際空港公社", O, "KR")]),
    ("上海国際港務有限公司と", [("上海国際港務有限公司", O, "CN")]),
    ("台湾高鉄股份有限公司と", [("台湾高鉄股份有限公司", O, "TW")]),
    ("株式会社中国銀行と", [("株式会社中国銀行", O, "JP")]),
    ("東川町ラトビア交流センターと", [("東川町ラトビア交流センター", O, "JP")]),  # a Japanese place names it first
    # a body of a Japanese prefecture or city written after its name; 局長 is a title
    ("神戸市経済観光局と協定", [("神戸市経済観光局", O, "JP")]),
    ("大阪府港湾局と協定", [("大阪府港湾局", O, "JP")]),
    ("横浜市教育委員会と連携", [("横浜市教育委員会", O, "JP")]),
    ("神戸市経済観光局長が署名", [("神戸市", M, "JP")]),
    ("横浜市南部の企業", [("横浜市", M, "JP")]),
    # Latin names of several words beside an agreement
    ("「Business France」と覚書を締結", [("Business France", O, "FR")]),
    ("2. 締結当事者\n 仙台市\n Business Sweden(ビジネス・スウェーデン)\n",
     [("仙台市", M, "JP"), ("Business Sweden", O, "SE")]),
    # a ward of a foreign city is the mention (the city only locates it); its bracketed reading is no mention
    ("ソウル特別市麻浦区(マポグ)と友好交流協定", [("麻浦区", M, "KR")]),
    ("台北市信義区と交流", [("信義区", M, "TW")]),
    ("上海市閔行区と覚書", [("閔行区", M, "CN")]),
    ("釜山広域市水営区と姉妹都市", [("水営区", M, "KR")]),
    ("北京市朝陽区長が来日", [("朝陽区", M, "CN")]),
    ("大韓民国ソウル特別市の麻浦区と協定。麻浦区は", [("麻浦区", M, "KR"), ("麻浦区", M, "KR")]),  # placed once
    ("大阪市城東区と協定", [("城東区", M, "JP")]),  # a Japanese city's ward stays Japanese
    ("深圳市経済特区", [("深圳市", M, None)]),  # a special zone is no ward
    # katakana organisation names built on a place, or ending in a Latin country word
    ("ビジネス・ノルウェーと覚書を締結", [("ビジネス・ノルウェー", O, "NO")]),
    ("インベスト・シンガポールと協定を締結", [("インベスト・シンガポール", O, "SG")]),
    ("トレードUKと覚書を締結", [("トレードUK", O, "GB")]),
    ("ドイツのザクセン・イノベーティブと覚書を締結", [("ドイツ", C, "DE"), ("ザクセン・イノベーティブ", O, "DE")]),
    ("ジャパン・ノルウェー・ウィークで協定を締結", [("ノルウェー", C, "NO")]),  # two places, an event
    ("サウス・オーストラリアと協定", [("オーストラリア", C, "AU")]),  # a place's own name part
    # a named tourism body stays; a bare unit or a determiner before ordinary words is a reference
    ("秋田県観光協会と協定", [("秋田県観光協会", O, "JP")]),
    ("国際交流協会と協定", [("国際交流協会", O, "JP")]),
    # a branch after an organisation's name is part of it; a person after a title is never one
    ("ベトナム商工会議所ダナン支部と覚書を締結", [("ベトナム商工会議所ダナン支部", O, "VN")]),
    ("ABCダナン支部 支部長 マリア・ロペス", [("ABCダナン支部", O, None)]),
    ("北海道旅客鉄道株式会社釧路支社と覚書を交わした", [("北海道旅客鉄道株式会社釧路支社", O, "JP")]),  # a company's branch office
    ("株式会社JTB長野支店と協定を締結", [("株式会社JTB長野支店", O, "JP")]),
    # an abbreviation defined in brackets names the organisation wherever it is used
    ("日本商工会議所(JCCI)ダナン支部と協定。JCCIダナン支部は",
     [("日本商工会議所ダナン支部", O, "JP"), ("日本商工会議所ダナン支部", O, "JP")]),
    ("高雄国際物流有限公司(略称KIL)と覚書を締結。KILと協定を更新",
     [("高雄国際物流有限公司", O, "TW"), ("高雄国際物流有限公司", O, "TW")]),
    # a katakana name holding an organisation word, a foreign port, a campus, バンコク都
    ("アイルランドのユニバーシティ・カレッジ・コークと学術交流協定を結んだ。",
     [("アイルランド", C, "IE"), ("ユニバーシティ・カレッジ・コーク", O, "IE")]),
    ("米国のタコマ港と覚書を締結。", [("米国", C, "US"), ("タコマ港", O, "US")]),
    ("米国のカリフォルニア大学デービス校と覚書を締結。", [("米国", C, "US"), ("カリフォルニア大学デービス校", O, "US")]),
    ("タイ王国 バンコク都と覚書を締結。アジア都市の交流", [("バンコク都", M, "TH")]),
    ("日本大学国際関係学部と協定を締結。", [("日本大学国際関係学部", O, "JP")]),
    ("相手部局：ダラム大学芸術・人文学部", [("ダラム大学芸術・人文学部", O, None)]),
    ("当館は、オランダ国立公文書館と覚書を締結した。", [("オランダ国立公文書館", O, "NL")]),
    ("町立のシーボルト記念館は、ライデン市立博物館と覚書を交わした。", [("シーボルト記念館", O, "JP"), ("ライデン市立博物館", O, None)]),
    ("草津町の話題。博士は草津の湯をたたえた。", [("草津町", M, "JP"), ("草津町", M, "JP")]),
    ("本日、株式会社ひまわりと包括連携協定を締結しました。", [("株式会社ひまわり", O, "JP")]),
    ("角田市及びみやぎ仙南農業協同組合との協定", [("角田市", M, "JP"), ("みやぎ仙南農業協同組合", O, "JP")]),
    ("当時大連港を運営していた大連港集団有限公司と覚書を締結", [("大連港集団有限公司", O, "CN")]),
    ("協定を結んでいる石見観光バス株式会社が担当します", [("石見観光バス株式会社", O, "JP")]),  # (a verb's ending before it)
    ("広島県水道広域連合企業団と協定を締結", [("広島県水道広域連合企業団", O, "JP")]),  # a joint water enterprise
    ("県は、株式会社ちばレンタリースと協定を締結した。", [("株式会社ちばレンタリース", O, "JP")]),
    ("市は、Greenwave Energy Japan株式会社と協定を締結した。", [("Greenwave Energy Japan株式会社", O, "JP")]),  # a Latin name of several words
    # the two Tokyo island towns KEN_ALL writes with their island (三宅島三宅村, 八丈島八丈町) by their own names
    ("三宅村と八丈町は協定を結んだ。", [("三宅村", M, "JP"), ("八丈町", M, "JP")]),
    # a name in its other common kanji (梼 for 檮, 桧 for 檜), read as the text writes it
    ("高知県梼原町と東京都桧原村が協定を結んだ。", [("梼原町", M, "JP"), ("桧原村", M, "JP")]),
    # a county of a Korean metropolitan city, like its wards: the county, placed in Korea
    ("長門市と韓国釜山広域市機張郡は協定を結んだ。", [("長門市", M, "JP"), ("機張郡", M, "KR")]),
    ("大阪港は上海港と友好港提携を結んだ", [("上海港", O, "CN")]),  # a port after a foreign city's kanji stem; 大阪港 is a place's port
    ("東京港と姉妹港の関係にある", []),
    ("本県はロシア連邦沿海地方と友好提携を結んでいる", [("沿海地方", R, "RU")]),  # a Russian krai (地方), from the subdivision list
    # a name whose hiragana opening a title line cut off, written whole elsewhere on the page
    ("締結状況|もがみ観光地域づくり機構\n一般社団法人もがみ観光地域づくり機構は、協定を結んでいます。",
     [("一般社団法人もがみ観光地域づくり機構", O, "JP"), ("一般社団法人もがみ観光地域づくり機構", O, "JP")]),
    ("輸入商社パシフィック・ハーバー・フーズ（Pacific Harbor Foods Inc.）と覚書を交わした。", [("パシフィック・ハーバー・フーズ", O, None)]),
    ("町・医師会の二者で協定\n四万十町は、一般社団法人幡多医師会と協定を結びました。",
     [("一般社団法人幡多医師会", O, "JP"), ("四万十町", M, "JP"), ("一般社団法人幡多医師会", O, "JP")]),
    # company names holding a hiragana word; 中部ジャワ州 placed by the country right before it; …シティ
    ("大崎市とみちのくバイオエナジー株式会社は協定を締結。", [("大崎市", M, "JP"), ("みちのくバイオエナジー株式会社", O, "JP")]),
    ("県は株式会社九州みらい物流と協定を結んだ。", [("株式会社九州みらい物流", O, "JP")]),
    ("株式会社土佐ゆずファクトリー(本社:高知市)は", [("株式会社土佐ゆずファクトリー", O, "JP"), ("高知市", M, "JP")]),
    ("株式会社土佐とカナダの企業", [("株式会社土佐", O, "JP"), ("カナダ", C, "CA")]),
    # an agricultural cooperative by its brand (JA + its place), a kana place ending before a particle
    ("菊池市とJA菊池、熊本県立大学は", [("菊池市", M, "JP"), ("JA菊池", O, "JP"), ("熊本県立大学", O, "JP")]),
    ("JAながのと包括連携協定を締結", [("JAながの", O, "JP")]),
    # a country, then the part of it, then の: the country still places the city
    ("ニュージーランド南島のダニーデン市で", [("ダニーデン市", M, "NZ")]),
    ("アメリカ西海岸のシアトル市と", [("シアトル市", M, "US")]),
    ("JA菊池の代表理事組合長が出席", [("JA菊池", O, "JP")]),  # (代表理事組合長 is a title, not a body)
    ("市長、山口県漁協の代表理事組合長が署名", [("山口県漁協", O, "JP")]),  # a cooperative's short name
    ("天津港務局と覚書を締結", [("天津港務局", O, "CN")]),  # a Chinese port authority (港務局 is not a Japanese form)
    # 有限公司 is written in Hong Kong and Taiwan too: the place the clause gives first decides
    ("香港の食品輸入商社である豊裕食品有限公司と", [("香港", C, "HK"), ("豊裕食品有限公司", O, "HK")]),
    ("台湾の宏昌青果有限公司と", [("台湾", C, "TW"), ("宏昌青果有限公司", O, "TW")]),
    ("中国の大連港集団有限公司と", [("中国", C, "CN"), ("大連港集団有限公司", O, "CN")]),
    # a US state's department signs as a body of its own; 遼寧省 is still a province
    ("ワシントン州農務省と覚書を締結", [("ワシントン州農務省", O, "US")]),
    ("中国遼寧省と友好提携", [("遼寧省", R, "CN")]),
    ("大垣市は、生活協同組合コープぎふと協定を締結した。", [("大垣市", M, "JP"), ("生活協同組合コープぎふ", O, "JP")]),
    ("株式会社スマイルさがと協定を結んだ。", [("株式会社スマイルさが", O, "JP")]),
    ("浜松市と浜松いわた信用金庫は協定を締結した。", [("浜松市", M, "JP"), ("浜松いわた信用金庫", O, "JP")]),
    ("県はひろしま産業振興機構と協定を締結した。", [("ひろしま産業振興機構", O, "JP")]),
    ("本県は、チェコ共和国南ボヘミア州と覚書を締結した。", [("南ボヘミア州", R, "CZ")]),
    # a government body opened by its country; in China a kanji X省 is a province
    ("ハノイで、ベトナム社会主義共和国労働・傷病兵・社会省との覚書に署名した。",
     [("ベトナム社会主義共和国労働・傷病兵・社会省", O, "VN")]),
    ("富山県は、タイ王国商務省国際貿易振興局と覚書を締結した。", [("富山県", R, "JP"), ("タイ王国商務省国際貿易振興局", O, "TH")]),
    ("本県は中国の河北省と友好提携を結んだ。", [("河北省", R, "CN")]),
    ("米国商務省と覚書を締結した。", [("米国商務省", O, "US")]),  # a ministry, not a province
    ("本県は、インドネシア共和国中部ジャワ州と覚書を交わした。", [("中部ジャワ州", R, "ID")]),
    ("アメリカ合衆国ユタ州ソルトレークシティと姉妹都市提携。", [("ソルトレークシティ", M, "US")]),
    # an English partner table's first cell: the type word or the tie's cell gives the kind, the country cell the country
    ("  City of Tacoma | United States | Sister City | November 1959\n", [("City of Tacoma", M, "US")]),
    ("  Dalian | China | Friendship City | May 1, 1979\n", [("Dalian", M, "CN")]),
    ("  Kyoto Sangyo Foundation | Japan | MOU | 2019\n", [("Kyoto Sangyo Foundation", O, "JP")]),
    # a county right after its Chinese province is a town's rank
    ("中華人民共和国浙江省安吉県と友好都市提携を結んだ。", [("安吉県", M, "CN")]),
    ("富山県・遼寧省友好県省締結四十周年", [("富山県", R, "JP"), ("遼寧省", R, "CN")]),  # 友好県省: a kind of tie, no county
    # an Australian shire and an American county, written with or without the dot, are towns
    ("オーストラリア連邦ビクトリア州マンスフィールド・シャイアと協定を締結する。", [("マンスフィールド・シャイア", M, "AU")]),
    ("米国オハイオ州ハミルトン・カウンティと協定を締結", [("ハミルトン・カウンティ", M, "US")]),
    # a katakana town or a kanji city unidic does not tag, known to the world or Chinese city tables,
    # in a table cell with nothing foreign in the same cell
    ("ソルトレークシティ | 姉妹都市 | 昭和33年", [("ソルトレークシティ", M, "US")]),
    ("グリンデルワルト村 | 姉妹都市 | 昭和47年", [("グリンデルワルト村", M, "CH")]),
    ("廊坊市 | 友好都市 | 平成4年", [("廊坊市", M, None)]),
    ("姉妹都市グリンデルワルト村の学生が来訪", [("グリンデルワルト村", M, "CH")]),  # … or beside a word of a tie
    # a name after a legal-form prefix goes on through the hiragana inside it, to a body's word before a particle
    ("特定非営利活動法人かけがわ住まいと暮らしネット及び島田掛川信用金庫と覚書",
     [("特定非営利活動法人かけがわ住まいと暮らしネット", O, "JP"), ("島田掛川信用金庫", O, "JP")]),
    ("6 | 連携協定 | 特定非営利活動法人ひたち子育てネットワーク | R4.7.8", [("特定非営利活動法人ひたち子育てネットワーク", O, "JP")]),
    # English bodies: a ministry's name lists its fields, 'of' goes on after a body word, 'and' joins words of one name,
    # the owner before it places it
    ("Japan's Ministry of Economy, Trade and Industry (METI) and the U.S. Department of Energy (DOE) signed the Memorandum.",
     [("Ministry of Economy, Trade and Industry", O, "JP"), ("Department of Energy", O, "US")]),
    ("The Osaka Port and Harbor Bureau and the Port Authority of Valencia renewed their Memorandum of Understanding.",
     [("Osaka Port and Harbor Bureau", O, None), ("Port Authority of Valencia", O, None)]),
    ("The City of Tours, France and Takamatsu City signed a sister city agreement.",
     [("City of Tours", M, "FR"), ("Takamatsu City", M, "JP")]),
    # a faculty written after its university with a space is that university's faculty (a faculty-level partner)
    ("中国 | 大連理工大学 土木工学部 | 2006年11月", [("中国", C, "CN"), ("大連理工大学土木工学部", O, "JP")]),
    ("韓国 | 釜慶大学校 工科大学 | 2011年3月", [("韓国", C, "KR"), ("釜慶大学校工科大学", O, "JP")]),
    ("東京大学 東京医科大学と協定", [("東京大学", O, "JP"), ("東京医科大学", O, "JP")]),  # two universities stay two
    # a company whose name opens with a hiragana word before a kanji head, bounded by a particle
    ("神奈川県とあおば損害保険株式会社は協定を締結", [("神奈川県", R, "JP"), ("あおば損害保険株式会社", O, "JP")]),
    ("さらに損害保険株式会社と協定", [("損害保険株式会社", O, "JP")]),  # an adverb is no part of a name
    ("生活協同組合コープこうべ | 災害時における緊急物資の調達に関する協定", [("生活協同組合コープこうべ", O, "JP")]),
    # 聯合会 is a body's head; a name in forms Japanese does not use is no Japanese body
    ("1 天津市工商業聯合会 | 中国 | 1985年6月", [("天津市工商業聯合会", O, "CN"), ("中国", C, "CN")]),
    ("高知県と中華職業棒球大聯盟とのスポーツ交流", [("高知県", R, "JP"), ("中華職業棒球大聯盟", O, None)]),
    # … but not across a particle into the next party's name
    ("公益社団法人鹿児島県観光連盟と済州観光公社が覚書", [("公益社団法人鹿児島県観光連盟", O, "JP"), ("済州観光公社", O, "KR")]),
    # a list's bullet is never the first letter of a company's name, before or after its legal form
    ("・株式会社みなと観光(本社:新潟市)", [("株式会社みなと観光", O, "JP"), ("新潟市", M, "JP")]),
    ("・北陸グリーン電力株式会社", [("北陸グリーン電力株式会社", O, "JP")]),
    # a body joined by ・ to a company written with its legal form first: the form opens the company's name
    ("新潟大学・株式会社みなと観光との協定", [("新潟大学", O, "JP"), ("株式会社みなと観光", O, "JP")]),
    # a place's two-kana name opening a company's after a space (むつ湾風力株式会社), not a particle's kana
    (" 11:00 むつ湾風力株式会社との協定", [("むつ湾風力株式会社", O, "JP")]),
    # a kanji name closed by a hiragana word of three or more (株式会社秋田みらい), not by a particle's kana
    ("大館市と株式会社秋田みらいは、協定を結んだ。", [("大館市", M, "JP"), ("株式会社秋田みらい", O, "JP")]),
    ("株式会社秋田などは協定を結んだ。", [("株式会社秋田", O, "JP")]),
    # a place's two-kana name opening the name after the form, a kanji word's one-kana ending before katakana
    ("イ 株式会社ぎふ子育てネット\n", [("株式会社ぎふ子育てネット", O, "JP")]),
    # an event's Latin name in quotes is no body (its last word, or the Japanese word before it, says so)
    ("ユース音楽祭「Wasatch Youth Strings Festival」に派遣", []),
    ("1.株式会社みやざきモビリティとの協定", [("株式会社みやざきモビリティ", O, "JP")]),  # a list's number is no name
    # an agricultural cooperative's brand: a kana place and a kanji one, a kana place's reading, no particle swallowed
    ("JAみなみ信州は、台湾の企業と覚書を締結", [("JAみなみ信州", O, "JP"), ("台湾", C, "TW")]),
    ("JAながの。JAおきなわは、JAさがとも協定を結んだ", [("JAながの", O, "JP"), ("JAおきなわ", O, "JP"), ("JAさが", O, "JP")]),
    ("当JAは8月6日、株式会社アルプス商事と基本合意書を交わした", [("株式会社アルプス商事", O, "JP")]),  # 当JA: the issuer's self-word
    ("見本市「Food Japan」に出展", []),
    # a body after its kind and a comma, glossed in its own script, on a page with no quotes at all
    ("台湾の格安航空会社、タイガーエア台湾(台灣虎航)とは覚書を締結しています。", [("台湾", C, "TW"), ("タイガーエア台湾", O, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_mentions(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES[:12])
def test_same_result_with_full_tokens(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert rows(text, tokens=tokens(text)) == expected


MUST_NOT_MATCH = [
    "市場の動向を調べる。",
    "シャイアと呼ばれる馬の品種",  # the suffix alone is no place
    "市民が参加した。",
    "都市の発展",
    "市長が挨拶した。",
    "大阪湾の埋立地",
    "東京コンソーシアムの会合",
    "県内の企業",
    "府中で会議を開いた。",  # two 府中市 exist: never resolved
    "大阪と京都を訪問",  # 大阪府/大阪市, 京都府/京都市: ambiguous
    "市川さんと松本さん",  # surnames, not places
    "横浜市民と川崎市内の事業者",
    "新潟県中越沖地震と北海道胆振東部地震の教訓",  # a disaster named after its place
    "県勢の発展と市勢の振興",
    "タイトルとインドア",
    "外務省と経済産業省",
    "本市と同市と当市",
    "姉妹都市提携",
    "日米首脳会談で日独関係",
    "シャッター町の活性化",  # a katakana 町 with nothing foreign around it
    "ハンツヴィル町の学校と交流",  # … unless the text placed that town abroad before
    "中国各市と韓国全州",
    "5大学と協定",
    "市内大学と連携",
    "市内三大学の学生",
    "市役所本庁で",
    "県庁本庁舎で",
    "両大学と同社、各大学",
    "写真 Photo Session.JPGと説明",
    "Tokyo Summer Festival.pdf、協定",
    "Japan Matsuri Presents",
    "USと協定を締結",  # a country code alone is no organisation
    "EUと覚書を締結",
    "マリア・ロペス氏と協定を締結",  # a person, by the title after the name
    "支部長 マリア・ロペスと協定",  # … or before it
    "キム区長と会談",  # a surname + 区長 is no katakana ward
    "同市の観光協会と協定",
    "県観光公社と連携",
    "両県市は協定を締結",
    "上海市内の各区",
    "H28.10.3 | 協定締結(市役所にて調印)",  # an abbreviated era date in a row's first cell is no Latin name
    "中山市長が挨拶した。",  # a surname + 市長, though 中山市 is a Chinese city
    "ニュータウン町の計画",  # a katakana word + 町 that no country owns
    "本市は、次の生活協同組合とも協定を結んでいます。",  # a kind of body written alone is no name
    "町内の農業協同組合と漁業協同組合",
    "道内の消防の一部事務組合と協定",  # (the kind of a joint board of towns)
    "姉妹病院提携を結びました",  # the kind of tie, not a hospital's name
]


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_must_not_match(text: str) -> None:
    assert rows(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "本日、ドイツ・ミュンヘン市と横浜が協定を結んだ。"
    ms = find_party_mentions(text)
    assert [(m.text, text[m.start:m.end]) for m in ms] == [("ドイツ・ミュンヘン市", "ドイツ・ミュンヘン市"), ("横浜", "横浜")]
    assert ms[0].kind is PartyKind.MUNICIPALITY and ms[0].source == "pattern"
    assert ms[1].source == "gazetteer"


@pytest.mark.parametrize(("name", "canonical"), [
    ("広島県三原市", "三原市"),
    ("ドイツ・ミュンヘン市", "ミュンヘン市"),
    ("「BioM」", "BioM"),
    ("ハンブルク 市", "ハンブルク市"),
    ("ＡＢＣ財団", "ABC財団"),
])
def test_canonical_name(name: str, canonical: str) -> None:
    assert canonical_name(name) == canonical


@pytest.mark.parametrize(("a", "b", "same"), [
    ("横浜", "横浜市", True),
    ("神奈川県横浜市", "横浜市", True),
    ("ハンブルク", "ハンブルク市", True),
    ("自由ハンザ都市ハンブルク", "ハンブルク市", True),
    ("西東京市", "東京都", False),
    ("横浜市", "横浜国立大学", False),
    ("川崎市", "横浜市", False),
    ("東京大学", "大学", False),
    ("京都府", "京都市", False),
    # a province raised to special self-governing status keeps its stem
    ("済州道", "済州特別自治道", True),
    ("世宗特別自治市", "世宗市", True),
    ("済州道", "京畿道", False),
    ("北海道大学", "北海道大学大学院獣医学研究院", False),  # a faculty signs faculty-to-faculty agreements of its own
    ("北海道大学北極域研究センター", "北海道大学", True),
    # a body named with its country written short or in full
    ("スロベニアカヌー連盟", "スロベニア共和国カヌー連盟", True),
    ("タイ投資委員会", "タイ王国投資委員会", True),
    ("中国カヌー連盟", "スロベニア共和国カヌー連盟", False),
    # a port and the body that runs it, its name opening with the port's
    ("バンクーバー港", "バンクーバー・フレーザー港湾公社", True),
    ("ビクトリア港", "バンクーバー・フレーザー港湾公社", False),
    # a school's short name
    ("岩泉高校", "岩手県立岩泉高等学校", True),
    ("シルバートン高校", "シルバートン高等学校", True),
    ("岩泉高校", "盛岡高等学校", False),
    # an agricultural cooperative's brand and its legal name
    ("JA菊池", "菊池地域農業協同組合", True),
    ("JAながの", "ながの農業協同組合", True),
    ("JA宮崎経済連", "宮崎県経済農業協同組合連合会", True),
    ("JA菊池", "菊池市", False),
    ("山口県漁協", "山口県漁業協同組合", True),
    ("マカオ政府観光局", "マカオ特別行政区政府観光局", True),  # a special region's full name
    ("香港政府観光局", "マカオ政府観光局", False),
    ("山口県漁協", "山形県漁業協同組合", False),
    ("JAさが", "ながの農業協同組合", False),
])
def test_same_party(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same


@pytest.mark.parametrize(("name", "generic"), [
    ("国際港湾", True),  # ordinary words, no head
    ("両県市", True),
    ("同協会", True),
    ("県観光協会", True),  # a bare unit before ordinary words and a head
    ("本市", True),
    ("観光公社", False),  # undecidable without its context
    ("大田観光公社", False),
    ("秋田県観光協会", False),
    ("国際協力機構", False),
    ("城東区", False),
    ("ビジネス・ノルウェー", False),
    ("株式会社ミライ", False),
])
def test_is_generic_name(name: str, generic: bool) -> None:
    assert is_generic_name(name) is generic


def test_a_prefecture_never_yields_its_capital() -> None:
    """山形県 is the region only, never 山形市 found inside it (all 47 prefectures)."""
    from mou_extract.gazetteer import Gazetteer

    prefectures = [n for n, es in Gazetteer.load().municipalities.items() if es[0].kind == "region"]
    for name in prefectures:
        assert rows(f"{name}と協定を結んだ。") == [(name, R, "JP")], name


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("フィンランド共和国のウーシマー地域と覚書を締結", "ウーシマー地域", "FI"),
        ("ノルウェー 西ノルウェー地域", "西ノルウェー地域", "NO"),
        # a district (a New Zealand local authority) after its country
        ("ニュージーランド・ワイマカリリ地区との姉妹都市提携", "ワイマカリリ地区", "NZ"),
    ],
)
def test_foreign_regions_named_chiiki(text: str, name: str, country: str) -> None:
    hits = [(m.name, m.country) for m in find_party_mentions(text)]
    assert (name, country) in hits


@pytest.mark.parametrize("text", ["アジア地域との交流", "地域と連携する", "東北地域の自治体", "モデル地区に指定", "サンロード地区の商店街"])
def test_chiiki_alone_is_no_place(text: str) -> None:
    assert not [m for m in find_party_mentions(text) if m.name.endswith(("地域", "地区"))]


def test_a_katakana_head_inside_a_longer_katakana_word_is_no_organisation() -> None:
    text = "川崎市とドイツ・ミュンヘンのバイオクラスターマネジメントBioMとの経済交流に関する覚書を更新しました"
    names = [m.name for m in find_party_mentions(text)]
    assert "バイオクラスター" not in names


@pytest.mark.parametrize(
    "text,name,country",
    [
        ("富良野市と駐日フィンランド大使館は連携協定を締結しました", "駐日フィンランド大使館", "FI"),
        ("締結式は東京都港区の駐日フィンランド大使館で行われ", "駐日フィンランド大使館", "FI"),  # where it sits is not its country
        ("在大阪大韓民国総領事館と協定を結んだ", "在大阪大韓民国総領事館", "KR"),
        ("台北駐日経済文化代表処の立会いのもと", "台北駐日経済文化代表処", "TW"),
    ],
)
def test_a_diplomatic_mission_belongs_to_the_country_it_represents(text: str, name: str, country: str) -> None:
    found = {m.name: m.country for m in find_party_mentions(text)}
    assert found.get(name) == country


def test_bodies_joined_by_nakaguro_are_each_a_party() -> None:
    names = [m.name for m in find_party_mentions("酒田市・さかた観光ビューロー・酒田商工会議所・庄内みらい信用金庫")]
    assert names == ["酒田市", "さかた観光ビューロー", "酒田商工会議所", "庄内みらい信用金庫"]


@pytest.mark.parametrize("text,ward", [("台湾・台北市の大同区と友好交流協定を締結", "大同区"), ("台北市大同区と協定", "大同区"),
                                       ("上海市浦東新区と協定", "浦東新区")])
def test_a_ward_of_a_foreign_city_whose_name_holds_a_stop_kanji(text: str, ward: str) -> None:
    assert ward in [m.name for m in find_party_mentions(text)]  # 大同区 is a name; 同区 alone would be a reference


def test_a_category_tag_glued_before_a_prefixed_company_name_is_not_its_name() -> None:
    text = ("2024年2月16日\n防災株式会社中部ホームサプライと災害時の物資供給に関する協定を締結しました\n"
            "2月15日、株式会社中部ホームサプライと協定を締結しました。\n")
    names = [m.name for m in find_party_mentions(text)]
    assert "防災株式会社" not in names and names.count("株式会社中部ホームサプライ") == 2


@pytest.mark.parametrize("text,name,country", [("宗像市はフィジーラグビー協会と協定を締結", "フィジーラグビー協会", "FJ"),
                                               ("ドイツサッカー連盟と協定を締結", "ドイツサッカー連盟", "DE")])
def test_a_country_opening_a_katakana_body_name_places_it(text: str, name: str, country: str) -> None:
    assert {m.name: m.country for m in find_party_mentions(text)}.get(name) == country


def test_a_mutual_insurance_company_is_a_company() -> None:
    assert [m.name for m in find_party_mentions("伊勢市と明治安田生命保険相互会社は、包括連携協定を締結")] == ["伊勢市", "明治安田生命保険相互会社"]


def test_a_company_named_with_its_legal_form_is_found_again_without_it() -> None:
    text = "鯖江市と株式会社ローソンは協定を締結しました。ローソンは、平成27年に福井県と包括連携協定を締結しています。"
    names = [m.name for m in find_party_mentions(text)]
    assert names.count("ローソン") == 1 and "株式会社ローソン" in names


@pytest.mark.parametrize("text,name", [("小山市は、とちぎコープ生活協同組合と協定を締結", "とちぎコープ生活協同組合"),
                                       ("市とひろしま産業振興機構は協定を締結", "ひろしま産業振興機構")])
def test_a_prefecture_written_in_kana_opens_a_body_name(text: str, name: str) -> None:
    assert name in [m.name for m in find_party_mentions(text)]


def test_a_campus_faculty_is_one_name_and_a_faculty_is_not_its_university() -> None:
    text = "横浜市立大学医学部は、米国ハワイ州ホノルルにおいて、ハワイ大学マノア校ジョン・A・バーンズ医学部と協定を締結した。"
    assert "ハワイ大学マノア校ジョン・A・バーンズ医学部" in [m.name for m in find_party_mentions(text)]
    assert not same_party("横浜市立大学", "横浜市立大学医学部")
    assert same_party("横浜市立大学医学部", "公立大学法人横浜市立大学医学部")


@pytest.mark.parametrize("text,name", [("岡山市立オリエント美術館はイラン国立博物館と協定を締結", "イラン国立博物館"),
                                       ("岡山市立オリエント美術館はイラン国立博物館と協定を締結", "岡山市立オリエント美術館"),
                                       ("市は旭山動物園と協定を締結", "旭山動物園")])
def test_museums_libraries_and_zoos_are_bodies(text: str, name: str) -> None:
    assert name in [m.name for m in find_party_mentions(text)]


def test_a_katakana_place_with_its_kanji_spelling_in_brackets_is_one_place() -> None:
    found = {m.name: m.country for m in find_party_mentions("黒竜江省の省都であるハルビン(哈爾浜)市とは友好都市提携を結びました")}
    assert found.get("ハルビン市") == "CN"


def test_professional_associations_are_bodies() -> None:
    names = [m.name for m in find_party_mentions("栃木県国際交流協会と栃木県行政書士会は協定を締結した")]
    assert names == ["栃木県国際交流協会", "栃木県行政書士会"]


@pytest.mark.parametrize("text,name,country", [
    ("白馬村は、ニュージーランドの観光局Destination Queenstownと覚書を締結", "Destination Queenstown", "NZ"),
    ("北九州市は、ドイツの研究機関フラウンホーファー研究所と覚書を結んだ", "フラウンホーファー研究所", "DE"),
])
def test_a_kind_of_body_between_the_country_and_the_name_still_places_it(text: str, name: str, country: str) -> None:
    assert {m.name: m.country for m in find_party_mentions(text)}.get(name) == country  # and is no part of the name


def test_one_latin_word_with_its_katakana_reading_is_a_name() -> None:
    text = "同日、ニュージーランドの国立研究機関であるAgResearch(アグリサーチ)と覚書を取り交わしました"
    assert {m.name: m.country for m in find_party_mentions(text)}.get("AgResearch") == "NZ"
    assert not [m for m in find_party_mentions("Wi-Fi(ワイファイ)環境の整備に関する協定を締結") if m.name.startswith("Wi")]


def test_a_prefecture_in_kana_opening_a_body_name_places_it_in_japan() -> None:
    text = "あいち産業科学技術総合センターが台湾・工業技術研究院と覚書を締結しました"
    assert {m.name: m.country for m in find_party_mentions(text)}.get("あいち産業科学技術総合センター") == "JP"


@pytest.mark.parametrize("text,name,kind,country", [
    ("機構とモンゴル国教育文化科学スポーツ省は覚書を締結", "モンゴル国教育文化科学スポーツ省", "organization", "MN"),
    ("タイ王国デジタル経済社会省と覚書", "タイ王国デジタル経済社会省", "organization", "TH"),
    ("ベトナムのラムドン省と覚書", "ラムドン省", "region", "VN"),  # katakana and no portfolio word: a province
])
def test_a_ministry_with_katakana_in_its_name_needs_a_portfolio_word(text: str, name: str, kind: str, country: str) -> None:
    found = {m.name: (m.kind.value, m.country) for m in find_party_mentions(text)}
    assert found.get(name) == (kind, country)
    assert "スポーツ省" not in found


def test_a_company_name_holding_no_after_a_colon_is_whole() -> None:
    text = "川崎市:味の素株式会社と「食と健康を通じたまちづくりに関する連携協定」を締結しました"
    assert "味の素株式会社" in [m.name for m in find_party_mentions(text)]


@pytest.mark.parametrize("text,name", [("ハルビン(哈爾浜)市と友好都市", "ハルビン市"), ("哈爾浜(ハルビン)市と友好都市。ハルビン市は", "ハルビン市"),
                                       ("蘇州(スーチョウ)市と提携", "蘇州市")])
def test_a_glossed_place_is_one_place_named_as_the_page_names_it(text: str, name: str) -> None:
    first = find_party_mentions(text)[0]
    assert (first.name, first.country) == (name, "CN")


@pytest.mark.parametrize("text,name", [("静岡県立静岡がんセンターは覚書を締結", "静岡県立静岡がんセンター"),
                                       ("国立がん研究センターと協定", "国立がん研究センター")])
def test_a_hiragana_noun_before_the_head_is_part_of_the_name(text: str, name: str) -> None:
    assert name in [m.name for m in find_party_mentions(text)]
    assert not find_party_mentions("市とセンターが協定")  # a particle before the head is no name


@pytest.mark.parametrize("text,name,country", [
    ("沖縄振興開発金融公庫とフィリピン開発銀行は覚書を締結", "沖縄振興開発金融公庫", "JP"),
    ("京都市立病院と西安市中心医院は覚書を締結", "西安市中心医院", "CN"),  # a Chinese hospital, placed by its city
    ("静岡県立大学看護学部と国立台北護理健康大学看護学院は協定を締結", "国立台北護理健康大学看護学院", None),
    ("東京都立大学システムデザイン学部はハノイ工科大学機械工学部と協定", "東京都立大学システムデザイン学部", "JP"),
    ("公立はこだて未来大学とタリン工科大学は協定", "公立はこだて未来大学", "JP"),  # a place in kana inside the name
])
def test_more_body_heads_and_faculties(text: str, name: str, country: str | None) -> None:
    found = {m.name: m.country for m in find_party_mentions(text)}
    assert name in found
    if country is not None:
        assert found[name] == country


def test_a_japanese_ward_does_not_locate_a_katakana_ward_joined_to_it() -> None:
    text = "両区長が「葛飾区・フロリズドルフ区姉妹都市提携35周年記念共同宣言」に署名しました"
    found = {m.name: m.country for m in find_party_mentions(text)}
    assert found["葛飾区"] == "JP" and found["フロリズドルフ区"] != "JP"
    assert {m.name: m.country for m in find_party_mentions("北海道ニセコ町と協定")}["ニセコ町"] == "JP"  # a prefecture may


def test_a_body_named_after_a_city_the_page_places_abroad_is_placed_there() -> None:
    text = "大韓民国水原市と姉妹都市。旭川市スポーツ協会と水原市体育会がスポーツ交流協定を締結しました"
    found = {m.name: m.country for m in find_party_mentions(text)}
    assert found["水原市体育会"] == "KR" and found["旭川市スポーツ協会"] == "JP"


def test_a_continent_is_never_a_name() -> None:
    from mou_extract.parties import is_generic_name

    assert is_generic_name("ヨーロッパ") and is_generic_name("中南米") and not is_generic_name("ハバロフスク地方")


def test_a_latin_body_name_alone_on_its_line_is_a_name() -> None:
    names = [m.name for m in find_party_mentions(normalize("【アメリカ合衆国】\n　University of Nebraska Omaha\n　　協定締結日:1999年3月19日\n").text)]
    assert "University of Nebraska Omaha" in names
    assert not find_party_mentions("The University of Tokyo is great.")  # running English is not a list entry


def test_a_body_named_in_quotes_after_its_kind_is_the_quoted_name() -> None:
    text = "大阪府は、フランスの医療クラスター「メディセン・パリ・リージョン(Medicen Paris Region)」と覚書を締結しました。"
    names = [m.name for m in find_party_mentions(text)]
    assert "メディセン・パリ・リージョン" in names and "医療クラスター" not in names


def test_a_municipality_is_not_read_out_of_the_tail_of_a_longer_name() -> None:
    assert "原村" not in [m.name for m in find_party_mentions("旧岡原村は、長野県四賀村と友好村の提携を結び")]  # 岡原村 merged away
    assert [m.name for m in find_party_mentions("令和4年度玖珠町一般会計")] == ["玖珠町"]  # a word before it is no part of it
    assert [m.name for m in find_party_mentions("長野県原村と")] == ["原村"]


@pytest.mark.parametrize("text,name", [("白馬村は長野県大町警察署と山岳遭難の防止に関する協定を締結", "長野県大町警察署"),
                                       ("岐阜県は国土交通省中部地方整備局と災害時の協定を締結", "国土交通省中部地方整備局"),
                                       ("富山市は富山地方気象台と気象防災に関する協定を締結", "富山地方気象台"),
                                       ("県は第七管区海上保安本部と協定を締結", "第七管区海上保安本部"),
                                       ("千葉県警察と株式会社ゼンリンは協定を締結", "千葉県警察")])
def test_state_agencies_are_bodies(text: str, name: str) -> None:
    assert (name, "organization", "JP") in [(m.name, m.kind.value, m.country) for m in find_party_mentions(text)]


@pytest.mark.parametrize("text,name", [("生活協同組合コープえひめとの「災害時における物資の供給に関する協定」締結式", "生活協同組合コープえひめ"),
                                       ("県警は生活協同組合コープみらいとは平成24年に協定を結んだ", "生活協同組合コープみらい")])
def test_a_hiragana_word_closing_a_name_before_tono(text: str, name: str) -> None:
    assert name in [m.name for m in find_party_mentions(text)]


def test_a_body_listed_after_a_place_with_nakaguro_does_not_swallow_it() -> None:
    found = [(m.name, m.kind.value) for m in find_party_mentions("隠岐の島町・島根大学・隠岐病院 連携協定書")]
    assert found[:2] == [("隠岐の島町", "municipality"), ("島根大学", "organization")]


def test_same_party_is_memoised() -> None:
    """The record stage asks about the same pairs of names again and again: same_party keeps its answers."""
    same_party.cache_clear()
    same_party("JA菊池", "菊池地域農業協同組合")
    same_party("JA菊池", "菊池地域農業協同組合")
    assert same_party.cache_info().hits >= 1


@pytest.mark.parametrize("text", ["Iiyama City and Sakae Village signed the Tourism Partnership Agreement (信越自然郷観光連携協定).",
                                  "両市は Friendship Agreement (友好協定) に署名した"])
def test_an_instrument_named_in_latin_before_its_japanese_name_is_no_body(text: str) -> None:
    assert not [m.name for m in find_party_mentions(text) if m.name.endswith("Agreement")]


def test_a_latin_name_never_runs_over_a_line_break_and_a_country_cell_is_no_body() -> None:
    text = ("Partner institution | Details\nShimane University\nJapan | Agreement type: Student Exchange MOU, since 2017\n"
            "Chonnam National University\nRepublic of Korea | Agreement type: Student Exchange Agreement, since 2015\n")
    names = [m.name for m in find_party_mentions(text)]
    assert "Shimane University" in names and "Chonnam National University" in names
    assert not [n for n in names if "\n" in n or n in ("Japan", "Republic of Korea")]


@pytest.mark.parametrize("text", ["檜原村は、オーストラリア・ビクトリア州北東部のアルパイン・シャイアと姉妹都市提携を結びました。",
                                  "本町は、ニュージーランド南島のセルウィン・シャイアと姉妹都市提携を結んだ。"])
def test_a_region_and_a_part_of_it_only_locate_the_town_after_them(text: str) -> None:
    found = {m.name: m.country for m in find_party_mentions(text) if m.country != "JP"}
    assert len(found) == 1 and next(iter(found)).endswith("シャイア") and next(iter(found.values())) in ("AU", "NZ")


def test_a_foreign_citys_stem_opening_its_ties_name_mentions_the_city() -> None:
    # ナポリ姉妹都市盟約50周年: the stem (no place name alone) before the tie's word is the city named in full
    text = "ナポリ市 | イタリア共和国 | 姉妹都市\n2010年5月 | ナポリ姉妹都市盟約50周年。再確認書に調印\n"
    repeats = [(m.text, m.name) for m in find_party_mentions(text) if m.start > text.index("\n")]
    assert repeats == [("ナポリ", "ナポリ市")]
    assert [m.name for m in find_party_mentions("バスク州の姉妹都市提携")] == ["バスク州"]  # (a stem with no city named in full: nothing)


def test_an_english_city_country_line_on_a_page_about_ties_is_a_foreign_city() -> None:
    tie_page = "Our sister cities\nBattle Creek, Michigan, USA\nChengde (China)\n"
    assert [(m.name, m.country) for m in find_party_mentions(tie_page) if m.kind is PartyKind.MUNICIPALITY] == [
        ("Battle Creek", "US"), ("Chengde", "CN")]


@pytest.mark.parametrize(("text", "name"), [
    ("お知らせ\n医療法人社団　翠明会\n理事長 堀江 隆之\n", "医療法人社団翠明会"),
    ("署名者　学校法人 北星学園\n", "学校法人北星学園"),
    ("発行　公益財団法人 みなみ国際交流協会\n", "公益財団法人みなみ国際交流協会"),
])
def test_a_legal_form_a_space_and_the_name_are_one_body(text: str, name: str) -> None:
    assert name in [m.name for m in find_party_mentions(text)]


@pytest.mark.parametrize("text", ["医療法人社団と協定を結ぶ。", "公益財団法人が主催する。", "株式会社 東北支社\n"])
def test_a_legal_form_alone_or_before_a_branch_names_no_body(text: str) -> None:
    assert all(m.name not in ("医療法人社団", "公益財団法人", "公益財団", "株式会社東北支社") for m in find_party_mentions(text))


def test_a_legal_form_name_with_kana_whole_in_brackets_is_one_body_and_its_core_is_found_again() -> None:
    text = "西川町とコープがっさん(生活協同組合コープがっさん)が協定を結んだ。コープがっさんは、県とも協定を結んでいる。"
    names = [(m.text, m.name) for m in find_party_mentions(text)]
    assert ("生活協同組合コープがっさん", "生活協同組合コープがっさん") in names
    assert sum(1 for t, _ in names if t == "コープがっさん") == 2
