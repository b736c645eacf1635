"""doc_date: issue labels and letterheads count; page maintenance dates never do."""

from __future__ import annotations

import pytest

from mou_extract.dates import find_dates
from mou_extract.docdate import find_doc_date
from mou_extract.normalize import normalize

CASES = [
    ("海外事務所ニュース\n\n2020年10月28日配信\n\n記事本文", "2020-10-28"),
    ("令和5年4月12日\n記者発表資料\n〇〇市国際交流課\n両市は協定を締結した。", "2023-04-12"),
    ("記者発表資料\n令和５年４月１２日\n本文", "2023-04-12"),
    ("【ニュース】帯広市、サマルカンド州と覚書を締結\n2024年10月8日　帯広市 政策推進部\n\n本文", "2024-10-08"),
    ("発表日:2022年3月1日\n本文", "2022-03-01"),
    ("協定を締結しました | NEWS | 鳴門アクアブレイズ\nクラブ 2024.07.01\n本文", "2024-07-01"),  # a news page's category, then its day
    ("HAMAMATSU CITY - ENGLISH\nHome | Living | News\n\nNEWS  Oct. 19, 2023\n\nMayor signs MOU\n", "2023-10-19"),  # (blank lines above it)
    ("会議録(第2号)\n\n1.招集年月日 令和5年9月5日\n本文", None),
    # a site's title bar above the page's own letterhead or headline
    ("地域ニュース | みなと市公式\n【発表資料】 令和6年12月2日\n青森県 国際経済課\n\n本文。\n", "2024-12-02"),
    ("国際交流 | みなと市公式\n美波町からのお知らせ 2024年2月14日\n\n本文。\n", "2024-02-14"),
    ("国際交流 | みなと市公式\n宮古島市長 定例記者会見(要旨)\n\n日時:令和6年3月14日(木)午前10時~\n本文。\n", "2024-03-14"),
    ("【記者発表資料】\n令和6年12月25日\n北九州市 広報室\n" + "本文の行\n" * 8 + " 詳細は、市報「北九州」令和7年1月1日号にも掲載します。\n", "2024-12-25"),  # a cited issue
    ("「…協定」締結式\n松本市長あいさつ(全文)\n\n日時:令和6年10月1日(火)午前10時~\n本文", "2024-10-01"),  # a speech's occasion  # a label before the date, not a category
    ("FMみなと 番組文字起こし\n放送日:2023年11月8日(水)12:05-12:30\n本文", "2023-11-08"),  # a broadcast's own day
    ("報道発表資料 令和3年11月20日(土)\n本文", "2021-11-20"),
    ("本文のみ。2019年に締結した。", None),
    ("更新日:2024年5月1日\n本文", None),
    ("最終更新日 2024年5月1日\n本文", None),
    ("ページ作成日:2023年1月1日\n本文", "2023-01-01"),  # a page's making is its publication; only its updates are maintenance
    ("ページ更新日:2023年1月1日\n本文", None),
    ("協定校一覧(2024年4月1日現在)\n本文", None),  # an as-of date, not an issue date
    ("国際交流のあゆみ\n(文化観光部 国際交流課 2023年4月作成)\n本文", "2023-04"),  # the sheet's own making
    ("本書2通を作成し、2024年5月1日に署名する。", None),
    ("長野県議会 令和5年6月定例会\n一般質問 会議録(抄) 6月27日(火)\n本文", "2023-06-27"),  # the sitting takes the session's year
    ("総務委員会記録(要旨)\n\n開催年月日 令和5年12月11日(月)\n開催場所 第3委員会室\n本文", "2023-12-11"),
    ("Sakata signs MOU | Sakata City\nPress Release  |  May 22, 2024  |  International Exchange Division\nbody", "2024-05-22"),
    ("滋賀県議会 会議録検索システム\n\n令和5年2月定例会議(第3号) 令和5年3月1日(水曜日)\n本文", "2023-03-01"),  # the sitting's day
    ("覚書\n第一条 目的。\n第二条 協議。\n\n 令和六年二月十四日  袋井市において\n 袋井市長\n", "2024-02-14"),  # signed at a place
    ("令和5年度 国際戦略 実施状況報告書\n\n令和6年9月\n徳島県 未来創生文化部 国際企画課\n\n本文", "2024-09"),  # a report's cover
    ("市町村担当者向けQ&A\n\n令和6年5月\n岐阜県 国際課 国際交流係\n\n本文", "2024-05"),  # (its section, 係)
    ("令和6年9月定例会　産業振興委員会　会議記録\n\n日　時：令和6年10月2日（水）13時30分～15時05分\n", "2024-10-02"),  # a spaced 日 時 label
    ("市長の動き(令和5年7月)\n7月12日 表敬訪問\n", None),  # a month in a heading is no issue date
    ("【国際交流ニュース 第48号】\n発行:徳島大学国際課 2023年10月6日\n本文", "2023-10-06"),  # label, issuer, date
    ("報道発表\n覚書を締結しました\n掲載日\n2023年7月13日\n担当\n観光推進課\n本文", "2023-07-13"),  # label line, then the date
    ("更新日\n2023年7月13日\n本文", None),
    # a news page's posting time, its update told after it: the posting is the day
    ("日本海新報Web\n\n見出しの行\n\n2024/6/14 05:00　（最終更新 2024/6/14 09:22）\n【米子支社】記者名\n\n本文", "2024-06-14"),
    ("お知らせ\n2024年6月14日 更新\n本文", None),  # a page dated only by its update
    ("派遣メンバー募集のお知らせ\n(松本市 文化振興課/令和6年3月8日)\n\n本文", "2024-03-08"),  # issuer and day in one bracket
    ("PRESS RELEASE                                              12 September 2024\nFOR IMMEDIATE RELEASE\n\nbody", "2024-09-12"),  # a label set apart by a gap
    ("週刊 国際ニュースダイジェスト\nNo.372 2023年6月12日\n発行:国際交流センター\n\n本文\n (発表:岡山市国際課 2023/5/31)\n", "2023-06-12"),  # an issue's number, then its day
    # a press conference is dated by its sitting, in its heading or on the line under it
    ("知事記者会見(令和6年7月22日(月曜日)午前11時00分~)\n\n■発表事項\n本文", "2024-07-22"),
    ("福井県 知事定例記者会見 会見録\n令和6年(2024年)12月5日(木)13:30~14:15 県庁 記者会見室\n本文", "2024-12-05"),
    ("記者会見のお知らせ\n本日、令和6年5月1日に協定を締結しました。\n", None),  # an event's date is no sitting
    ("松江市長 定例記者会見 記録\n\n令和5年6月22日（木）午後1時30分から\n市役所 会議室\n本文", "2023-06-22"),  # past a blank line
    ("令和4年度\n\n主要な施策の成果に関する説明書\n\n令和5年9月\n宇土市\n\n本文", "2023-09"),  # a report's cover: month, then the town
    ("港の国際交流のあゆみ\n\n令和六年三月\n下関市港湾局 編\n\n本文", "2024-03"),  # the cover's compiler with 編
    ("国際交流のあゆみ\n(資料編 年表)\n\n作成:秋田県観光文化スポーツ部国際課 令和6年4月\n\n本文", "2024-04"),  # 作成: the compiler, then the month
    # a bracket closing a table row is no letterhead; a headline's bracket with the issuer is
    ("協定校一覧\n国際企画課\n\n5 タイ王国 マヒドン大学 学術交流協定 H20.2.14 期間満了により失効(R2.2.13)\n", None),
    ("一覧の訂正について（令和6年7月10日 鳥取市企画推進部政策企画課）\n本文です。\n", "2024-07-10"),
    # a letterhead date alone on its line with its department under it, above a chronology of dated lines
    ("市政年表\n\n　　　　　　令和6年4月1日\n　　　　　　姫路市 総務局 市史編集担当\n\n年 | 出来事\n"
     "明治22年（1889）　4月1日　市制施行\n昭和20年（1945）　7月3日　空襲\n昭和21年（1946）　3月1日　編入\n", "2024-04-01"),
    # the same, its department with its section in brackets, above paragraphs that open with dates
    ("報道発表資料\n平成18年5月12日\n上越市総務課(国際交流係)\n\n 平成17年1月1日に14市町村が合併しました。\n"
     " 平成18年4月27日、訪問団が来市しました。\n 平成18年5月10日、協定書に調印しました。\n", "2006-05-12"),
    ("農学研究院ニュースレター　第12号（2024年秋）\n\n本文", "2024"),  # a newsletter's number and season: its year
    ("広報しかおい 2024.9 No.758\n---\nR6.7.22 竹富町と協定\n本文", "2024-09"),  # a newsletter's masthead
    ("Chichibu City - Official Statement\n\nDate of issue: October 10, 2024\nIssued by: PR Division\n", "2024-10-10"),
    # a wire release's dateline: place, date, then a dash or the wire's name
    ("PRESS RELEASE\nTOKYO, March 17, 2025 — Aozora Mobility Inc. today announced that it signed …", "2025-03-17"),
    ("News\nKOBE, Japan, May 2, 2024 /PRNewswire/ -- The company signed …", "2024-05-02"),
    ("NEWS RELEASE\nKOBE, Japan - 12 September 2023 - The Governor of Hyogo Prefecture today signed …", "2023-09-12"),  # dashes, not commas
    ("News\nThe City signed the agreement on May 2, 2024 — a first for the region.", None),
    # a wire service's posting line: the company, the day, the hour
    ("プレスリリース\n協定を締結\n株式会社ミナトデータワークス 2024年5月21日 10時00分\n本文", "2024-05-21"),
    ("お知らせ\n日時 2024年5月21日 10時00分\n会場 本庁舎\n", None),  # an event's time, not a posting
    # a table cell's bracketed note (平成25年3月29日 (令和3年4月1日一部改正)) is a value, not the letterhead
    ("協定一覧\n番号 | 協定名 | 締結日\n1 | 物資の供給に関する協定 | 平成25年3月29日 (令和3年4月1日一部改正)\n", None),
    ("(令和3年4月1日一部改正)\n協定一覧\n", None),
    ("包括連携協定の締結を希望する皆様へ - 宮崎県\n掲載開始日:2024年6月14日\n本文\n", "2024-06-14"),  # 掲載開始日
    # a report's cover: its month and the issuing department on one line
    ("令和5年度 国際交流事業報告\n令和6年6月 金沢市 文化スポーツ局 国際交流課\n本文\n", "2024-06"),
    # a newsletter's month, then its issue day in the footer (発行日/…)
    ("広報おかやま 2024年4月号\n記事\n記事\n記事\n記事\n記事\n発行日/2024年4月1日  編集・発行/岡山市広報広聴課\n", "2024-04-01"),
    # 観光情報の発信 | 令和3年3月31日まで: a word in a table cell, not an issue label
    ("協定一覧\n4 | 株式会社ローソン | 令和2年8月26日 | 観光情報の発信 | 令和3年3月31日まで\n", None),
    # a sentence that opens with the day it tells of is not a letterhead
    ("姉妹町村\n昭和55年7月1日、両町村は姉妹町村の盟約を結びました。\n", None),
    ("令和6年4月1日\n昭和55年7月1日、両町村は姉妹町村の盟約を結びました。\n", "2024-04-01"),
    ("PRESS RELEASE\nPort and Harbor Bureau, City of Yokohama\nFor immediate release: October 30, 2023\n", "2023-10-30"),
    # a book's cover line: the date, the publisher, then 発行
    ("伊達市史 続編\n平成二十七年三月 北海道伊達市 発行\n\n第五章\n", "2015-03"),
    ("伊達市史\n本文\n本文\n本文\n本文\n平成二十七年三月 北海道伊達市 発行\n", None),  # (not on the cover: a note further down)
    ("点検及び評価報告書\n(令和4年度対象)\n\n令和5年8月\n別府市教育委員会\n\n本文", "2023-08"),  # a board's report cover
    # English issue lines: release-date labels, a weekday after the label, a dateline alone on its line,
    # the publisher then the month, an issue's number then its month
    ("Kumamoto signs declaration\nRelease date: October 5, 2022\nbody", "2022-10-05"),
    ("Press release\nDate of release: September 14, 2023\nbody", "2023-09-14"),
    ("Mayor's press conference\nDate: Wednesday, May 18, 2022, 10:00 a.m.\nbody", "2022-05-18"),
    ("NEWS RELEASE\nMorioka, Japan - 14 November 2023\nIwate University today signed …", "2023-11-14"),
    ("PRESS RELEASE\nTokyo, June 12, 2024\nbody", "2024-06-12"),
    ("Partner universities\nPublished by the International Exchange Group, Hiroshima University, June 2024\nbody", "2024-06"),
    ("CITY INTERNATIONAL NEWSLETTER\nVol. 58 / January 2024\nbody", "2024-01"),
    ("SISTER CITIES ASSOCIATION\nMember Newsletter\nIssue 61 · Winter 2023 · published 14 July 2023\nbody", "2023-07-14"),
    ("CITY OF ELMWOOD\nCITY COUNCIL REGULAR MEETING - MINUTES\nMonday, July 8, 2024, 6:00 p.m.\nbody", "2024-07-08"),  # a meeting's day
    ("Visit report\nOur delegation\nMonday, July 8, 2024, 6:00 p.m.\nbody", None),  # a bare day line under no meeting heading
    ("News\nThe delegation arrived in Salem, Oregon on\nbody", None),
    ("History\nThe two cities, Kushiro and Burnaby, signed on June 12, 1982 and more.\n", None),  # a sentence, no dateline
]


@pytest.mark.parametrize("text,expected", CASES)
def test_doc_date(text: str, expected: str | None) -> None:
    t = normalize(text).text
    dd = find_doc_date(t, find_dates(t))
    assert (dd.value if dd else None) == expected


def test_label_wins_over_maintenance_date() -> None:
    t = normalize("更新日:2024年5月1日\n\n2020年10月28日配信\n本文").text
    dd = find_doc_date(t, find_dates(t))
    assert dd is not None and dd.value == "2020-10-28" and dd.how == "label"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("山陰日報 2024年(令和6年)10月9日(水曜日) 東部版\n\n本文", "2024-10-09"),
        ("お知らせ\n掲載日 (Posted):2024.7.18 | 担当:農林課\n本文", "2024-07-18"),
        ("ブログ第3回\n投稿日:2024年1月22日 | 執筆:国際交流員\n本文", "2024-01-22"),
        ("本学と九州大学が協定を更新\n発布時間:2024-10-21  作者:国際処  点撃数:506\n本文", "2024-10-21"),  # a Chinese site's edition
        ("屏東県政府 新聞稿\n\n発布日期:2024年6月12日\n発布単位:伝播及国際事務処\n本文", "2024-06-12"),
    ],
)
def test_more_issue_date_forms(text: str, expected: str) -> None:
    t = normalize(text).text
    dd = find_doc_date(t, find_dates(t))
    assert dd is not None and dd.value == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an agreement's articles, then the date alone above the signatures
        ("協定書\n第1条 目的\n第2条 期間\n令和6年4月1日\n甲 山田市長\n乙 川田町長\n", "2024-04-01"),
        # a declaration's items numbered 一、二、 stand for its articles
        ("共同宣言\n一、観光に取り組む。\n二、会議を開く。\n　令和五年五月十日\n山田市長\n川田町長\n", "2023-05-10"),
        # a speech's bullets, each 一、, are no numbered text: its date is the speech's
        ("式辞\n宣言には次のことを盛り込みました。\n一、防災に取り組むこと\n一、交流を続けること\n令和元年10月20日\n山田町長\n", None),
    ],
)
def test_the_signature_date_stands_after_the_numbered_text(text: str, expected: str | None) -> None:
    from mou_extract.docdate import find_signature_date

    t = normalize(text).text
    sig = find_signature_date(t, find_dates(t))
    assert (sig.value if sig else None) == expected


_SPEECH = "祝 辞\n" + "".join(f" 交流の歩みを振り返りますと、第{i}の節目がございました。\n\n" for i in range(1, 10))


@pytest.mark.parametrize(
    "tail,expected",
    [
        # a speech dated at its foot, the signer under the date
        (" 令和6年11月8日\n\n山田市議会議長 佐藤 一郎\n", "2024-11-08"),
        # a date at the foot with a paragraph after it is no closing date
        ("令和6年11月8日\n 訪問団は翌日帰国しました。今後も交流を続けます。\n", None),
        # nor one with no signer under it
        ("令和6年11月8日\n以上\n", None),
    ],
)
def test_a_letters_date_at_its_foot_above_the_signer_dates_it(tail: str, expected: str | None) -> None:
    t = normalize(_SPEECH + tail).text
    dd = find_doc_date(t, find_dates(t))
    assert (dd.value if dd else None) == expected
