"""Normalisation keeps a map back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mou_extract.normalize import (box_tables, drop_ruby, join_centred_title, join_particle_lines, mark_aligned_columns, normalize, surface, unify_punctuation, unwrap_hanging, unwrap_latin, unwrap_lines,
                                  unwrap_paragraphs)

CASES = [
    ("２０２０年１０月", "2020年10月"),
    ("ｶﾞｲﾄﾞ", "ガイド"),
    ("令和２年～令和３年", "令和2年~令和3年"),
    ("Ａ市　と　Ｂ市", "A市 と B市"),
    ("㈱みらい", "(株)みらい"),
    ("①観光 ②教育", "(1)観光 (2)教育"),  # NFKC would glue the number to the item ("1観光")
    ("❶防災 ⑳ ㉑", "(1)防災 (20) (21)"),
]


@pytest.mark.parametrize("raw,expected", CASES)
def test_nfkc_with_offsets(raw: str, expected: str) -> None:
    n = normalize(raw)
    assert n.text == expected
    # every interval maps back to the characters it came from
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert normalize(raw[s:e]).text.startswith(n.text[i]) or n.text[i] in normalize(raw[s:e]).text


PARAGRAPH = (
    "いなか町とカナダ・アルバータ州のレイク市は、平成4年(1992年)11月に姉妹都市提携を結びました。"
    "今年はレイク市から市長を迎え、記念式典を開きました。式典では町長とレイク市長が新しい協定書に署名しました。"
    "協定書には教育、文化、スポーツの分野が明記されています。"
)
WRAPPED = "広報 いなか町 第12号\n\n" + "\n".join(PARAGRAPH[i : i + 28] for i in range(0, len(PARAGRAPH), 28)) + "\n"


def test_unwrap_joins_hard_wrapped_lines_and_keeps_offsets() -> None:
    n = unwrap_lines(normalize(WRAPPED))
    assert PARAGRAPH in n.text
    i = n.text.find("レイク市長")
    s, e = n.to_original(i, i + 5)
    assert WRAPPED[s:e].replace("\n", "") == "レイク市長"


def test_unwrap_joins_a_narrow_column_even_inside_a_date() -> None:
    narrow = "広報たかちほ\n\n" + "\n".join(PARAGRAPH[i : i + 13] for i in range(0, len(PARAGRAPH), 13)) + "\n"
    assert PARAGRAPH in unwrap_lines(normalize(narrow)).text.replace("。\n", "。")  # a line ending a sentence keeps its break


def test_unwrap_joins_a_vertical_page_pasted_as_lines_of_nine_characters() -> None:
    vertical = "広報\nいなか\n十二月号\n\n特集\n\n" + "\n".join(PARAGRAPH[i : i + 9] for i in range(0, len(PARAGRAPH), 9)) + "\n"
    assert PARAGRAPH in unwrap_lines(normalize(vertical)).text.replace("。\n", "。")
    assert unwrap_lines(normalize(vertical)).text.startswith("広報\nいなか\n十二月号\n")  # short masthead lines stay apart


def test_a_dotted_leader_between_two_values_is_a_cell_border_and_keeps_offsets() -> None:
    from mou_extract.normalize import mark_leader_dots

    raw = "目次\n  蘇澳鎮…………………台湾・宜蘭県\n--------------------\n"
    n = mark_leader_dots(normalize(raw))
    assert n.text.split("\n")[1] == "  蘇澳鎮 | 台湾・宜蘭県"
    assert n.text.split("\n")[2] == "-" * 20  # a rule line alone stays as it is
    i = n.text.find("台湾")
    assert raw[slice(*n.to_original(i, i + 2))] == "台湾"


def test_a_list_of_short_lines_is_no_narrow_column() -> None:
    listing = "姉妹都市一覧\n" + "\n".join(["レイク市(カナダ)", "ノーム市(米国)", "台南市(台湾)", "釜山広域市", "大連市(中国)"] * 3) + "\n"
    assert unwrap_lines(normalize(listing)).text == normalize(listing).text


def test_unwrap_joins_a_page_wrapped_by_columns_where_half_width_digits_take_less_room() -> None:
    import unicodedata

    def wrap(text: str, cols: int) -> list[str]:
        lines, cur, w = [], "", 0
        for ch in text:
            cw = 2 if unicodedata.east_asian_width(ch) in "FW" else 1
            if w + cw > cols:
                lines.append(cur)
                cur, w = "", 0
            cur, w = cur + ch, w + cw
        return lines + [cur]

    para = PARAGRAPH.replace("平成4年(1992年)11月", "平成4年（1992年）11月").replace("。今年", "。1992年11月、今年")
    page = "広報 いなか町 第12号\n\n" + "\n".join(wrap(para, 40)) + "\n"
    assert normalize(para).text in unwrap_lines(normalize(page)).text


def test_paragraphs_broken_by_hand_are_joined_and_headings_are_not() -> None:
    from mou_extract.normalize import unwrap_paragraphs

    page = ("■はじめに\n\n　舞鶴市と中華人民共和国遼寧省大連市は、昭和57年5月8日、\n大連市において友好都市の締結に調印しました。\n"
            "　本市の海外との提携は、昭和36年のナホトカ市\n(ロシア連邦沿海地方)との姉妹都市提携にはじまります。\n"
            "　その後、平成10年(1998年)には英国の港町である\nポーツマス市とも友好都市の盟約を結んでいます。\n〇協力内容\n ・青少年交流\n")
    text = unwrap_paragraphs(normalize(page)).text
    assert "昭和57年5月8日、大連市において" in text and "港町であるポーツマス市" in text
    assert "\n〇協力内容\n" in text and "\n(ロシア連邦沿海地方)" in text  # a bracket line or a heading stays apart
    one = "　市は協定を結びました。\n次の行です\n"
    assert unwrap_paragraphs(normalize(one)).text == normalize(one).text


def test_unwrap_leaves_a_list_of_short_items_alone() -> None:
    text = "姉妹都市一覧\nハリファックス市（カナダ）\nレイクマッコーリー市\nウラジオストク市（ロシア）\nユジノサハリンスク市\n"
    assert unwrap_lines(normalize(text)).text == normalize(text).text


def test_unwrap_keeps_the_rows_of_a_dated_list_apart_from_each_other() -> None:
    page = ("　本市が県外の自治体と個別に締結している災害時の相互応援に関する協定\n"
            "は、次のとおりであり、いずれも職員の派遣や物資の提供を定めている。ま\n"
            "た、各協定は毎年の訓練を通じて連絡体制の確認を行っているところであ\n"
            "る。\n"
            "　災害時における相互応援に関する協定　富山県射水市　　　H24.11.6\n"
            "　災害時における相互応援に関する協定　岐阜県美濃加茂市　R2.3.27\n"
            "　大規模災害時の相互応援に関する協定　長野県安曇野市　　H26.4.1\n")
    lines = unwrap_lines(normalize(page)).text.split("\n")
    assert lines[0].endswith("行っているところである。")  # the paragraph is joined
    assert [ln.split()[-1] for ln in lines[1:4]] == ["H24.11.6", "R2.3.27", "H26.4.1"]  # each row whole


def test_unwrap_leaves_ordinary_text_alone() -> None:
    text = "見出し\n本文の一行目です。\n二行目です。\n(1) 項目\n(2) 項目\n"
    assert unwrap_lines(normalize(text)).text == normalize(text).text


def test_inline_readings_are_dropped_with_offsets_kept() -> None:
    from mou_extract.normalize import drop_inline_readings

    raw = "大韓民国の清州(チョンジュ)市と覚書を締結"
    n = drop_inline_readings(normalize(raw))
    assert n.text == "大韓民国の清州市と覚書を締結"
    i = n.text.find("清州市")
    s, e = n.to_original(i, i + 3)
    assert raw[s:e] == "清州(チョンジュ)市"
    # a reading after a whole name stays: 寧越郡(ヨンウォル郡)
    assert drop_inline_readings(normalize("寧越郡(ヨンウォル郡)")).text == "寧越郡(ヨンウォル郡)"
    assert drop_inline_readings(normalize("慶尚南道の晋州(チンジュ)商工会議所と")).text == "慶尚南道の晋州商工会議所と"  # a body's name too
    # a page that names the place by its reading elsewhere keeps the gloss (one place, named ハルビン市)
    both = "哈爾浜(ハルビン)市 | 友好都市\nハルビン市(中華人民共和国)"
    assert drop_inline_readings(normalize(both)).text == both
    # a Japanese reading, alone or with the Chinese one after a slash
    assert drop_inline_readings(normalize("浙江省杭州(こうしゅう/ハンチョウ)市")).text == "浙江省杭州市"
    assert drop_inline_readings(normalize("杭州市富陽(ふよう)区")).text == "杭州市富陽区"
    assert drop_inline_readings(normalize("大連市(だいれんし)と")).text == "大連市(だいれんし)と"  # after the whole name: kept


_SPACED_DATES = [
    ("令和 6 年 10 月 1 日に協定を締結", "令和6年10月1日に協定を締結"),
    ("2024 年 5 月 10 日(金)、覚書に署名", "2024年5月10日(金)、覚書に署名"),
    ("平成 元 年 4 月に提携", "平成元年4月に提携"),
    ("昨日 6 月 24 日、協定を締結", "昨日 6月24日、協定を締結"),
    ("2019 年に覚書を締結", "2019年に覚書を締結"),
    # must not change: no date, or a date already closed
    ("人口 3 万人の町", "人口 3 万人の町"),
    ("第 3 条 有効期間は 3 年間とする", "第 3 条 有効期間は 3 年間とする"),
    ("令和6年10月1日", "令和6年10月1日"),
]


@pytest.mark.parametrize("raw,expected", _SPACED_DATES)
def test_a_spaced_out_date_is_closed_up_and_maps_back(raw: str, expected: str) -> None:
    from mou_extract.normalize import close_spaced_dates

    nt = close_spaced_dates(normalize(raw))
    assert nt.text == expected
    for ch in ("日", "年"):
        if ch in expected:
            i = expected.index(ch)
            s, e = nt.to_original(i, i + 1)
            assert raw[s:e] == ch


@pytest.mark.parametrize("raw,expected", [
    ("発布日期:中華民国113年6月12日", "発布日期:2024年6月12日"),
    ("民国 112 年の協定", "2023年の協定"),
    ("仏暦2567年3月1日に署名", "2024年3月1日に署名"),
    # must not change: the words without a year after them
    ("中華民国(台湾)の高雄市", "中華民国(台湾)の高雄市"),
    ("民国の歴史", "民国の歴史"),
])
def test_a_year_of_another_calendar_is_written_as_the_western_year(raw: str, expected: str) -> None:
    from mou_extract.normalize import convert_foreign_years

    nt = convert_foreign_years(normalize(raw))
    assert nt.text == expected
    if "年" in expected:
        i = expected.index("年")
        s, e = nt.to_original(i - 4, i)
        assert any(c in raw[s:e] for c in ("民国", "仏暦"))  # the new year maps to the words it replaced


@pytest.mark.parametrize("raw,expected", [
    ("仏教会と『災害時における協定』を締結", "仏教会と「災害時における協定」を締結"),
    ("養父市(以下『甲』という。)と", "養父市(以下「甲」という。)と"),
    # must not change: the inner quote of a 「…」
    ("「『食』のまちづくりに関する協定」を締結", "「『食』のまちづくりに関する協定」を締結"),
])
def test_double_brackets_standing_alone_read_as_the_single_ones(raw: str, expected: str) -> None:
    from mou_extract.normalize import unify_quotes

    nt = unify_quotes(normalize(raw))
    assert nt.text == expected and len(nt.text) == len(normalize(raw).text)


def test_the_blanks_a_line_ends_with_are_dropped_and_offsets_kept() -> None:
    from mou_extract.normalize import strip_line_ends

    raw = "報道資料  \n  本市は協定を締結しました。\t\n\n記  "
    nt = strip_line_ends(normalize(raw))
    assert nt.text == "報道資料\n  本市は協定を締結しました。\n\n記"  # (a line's indent stays)
    i = nt.text.index("記")
    assert raw[slice(*nt.to_original(i, i + 1))] == "記"


@pytest.mark.parametrize("raw,expected", [
    ("【新潟大学】\n国際交流年報", "新潟大学\n国際交流年報"),
    ("\n【記者発表資料】\n本文", "\n記者発表資料\n本文"),
    # must not change: a bracketed label that opens a longer line, or brackets further down
    ("【お知らせ】協定を締結しました\n本文", "【お知らせ】協定を締結しました\n本文"),
    ("本文\n【問い合わせ】\n", "本文\n【問い合わせ】\n"),
])
def test_brackets_around_the_whole_first_line_are_dropped(raw: str, expected: str) -> None:
    from mou_extract.normalize import unbracket_headline

    assert unbracket_headline(normalize(raw)).text == expected


@pytest.mark.parametrize("raw,expected", [
    ("○締結日:2023年11月21日\n○場所:ハンブルク市", "・締結日:2023年11月21日\n・場所:ハンブルク市"),
    (" ◎釜山大学校\n ◎ヘルシンキ大学", " ・釜山大学校\n ・ヘルシンキ大学"),
    # must not change: a ○ line standing alone is a title or a heading
    ("○宿毛市と大月町との消防相互応援協定\n\n第1条 目的", "○宿毛市と大月町との消防相互応援協定\n\n第1条 目的"),
    ("○\n○", "○\n○"),  # (marks with nothing after them: no items)
])
def test_round_bullets_of_a_list_read_as_the_middle_dot(raw: str, expected: str) -> None:
    from mou_extract.normalize import unify_bullets

    assert unify_bullets(normalize(raw)).text == expected


@pytest.mark.parametrize("raw,expected", [
    ("\t本市は協定を締結しました。\n\t\t記", " 本市は協定を締結しました。\n  記"),
    # must not change: a tab-separated row whose first cell is empty
    ("\t釜山市\t韓国", "\t釜山市\t韓国"),
])
def test_tabs_that_only_indent_a_line_read_as_spaces(raw: str, expected: str) -> None:
    from mou_extract.normalize import untab_indents

    assert untab_indents(normalize(raw)).text == expected


_WRAPPED = ("記者発表資料\n令和6年4月2日\n\n 本市は、令和6年4月1日に、株式会社山田製作所と\n「災害時における物資供給に関する協定」を締結しました。\n"
            "この協定は、大規模な災害が発生した場合に、同社が保有\nする食料や飲料水を、市の要請に応じて供給するもので\n"
            "す。市内の事業者との協定は、これで12件目となります。\n\n 同社は昭和45年の創業で、市内に工場と物流\n"
            "センターを持ち、地域の防災訓練にも毎年参加しています。\n\n問い合わせ 危機管理課\n")


def test_a_double_spaced_page_loses_the_blank_after_every_line_and_keeps_its_paragraphs() -> None:
    from mou_extract.normalize import undouble_spacing

    doubled = "".join(line + "\n\n" for line in _WRAPPED.rstrip("\n").split("\n"))
    nt = undouble_spacing(normalize(doubled))
    assert nt.text.rstrip("\n") == _WRAPPED.rstrip("\n")  # (a blank line, doubled into three, is one again)
    i = nt.text.index("問い合わせ")
    assert doubled[slice(*nt.to_original(i, i + 5))] == "問い合わせ"


@pytest.mark.parametrize("page", [
    _WRAPPED,  # a page whose lines touch
    # paragraphs, one to a line, apart: every line ends its sentence
    "".join(f"第{i}段落の文章です。本市は交流を続けてきました。\n\n" for i in range(1, 10)),
])
def test_a_page_that_is_not_double_spaced_keeps_its_blank_lines(page: str) -> None:
    from mou_extract.normalize import undouble_spacing

    assert undouble_spacing(normalize(page)).text == normalize(page).text


def test_a_pdfs_page_break_is_taken_out_so_the_cut_sentence_runs_on() -> None:
    from mou_extract.normalize import drop_page_breaks

    raw = ("令和6年度 国際交流の概要\n総務課\n\n 本市は、令和6年4月1日に台南市と\n\n- 2 -\n\n令和6年度 国際交流の概要\n\n"
           "友好交流協定を締結しました。\n\n－3－\n\n次の節です。\n")
    nt = drop_page_breaks(normalize(raw))
    # the number, its blanks and the repeated head go; before 次の節 (after a finished sentence) one blank line stays
    assert nt.text == "令和6年度 国際交流の概要\n総務課\n\n 本市は、令和6年4月1日に台南市と\n友好交流協定を締結しました。\n\n次の節です。\n"
    i = nt.text.index("友好")
    assert raw[slice(*nt.to_original(i, i + 2))] == "友好"


@pytest.mark.parametrize("page", [
    "本市の人口は 3 / 4 が市街地に住む。\n",  # a number inside a sentence
    "第1章\n(2)\n本文。\n",  # an item number, not a page's
])
def test_lines_that_are_no_page_number_stay(page: str) -> None:
    from mou_extract.normalize import drop_page_breaks

    assert drop_page_breaks(normalize(page)).text == normalize(page).text


def test_space_aligned_columns_become_rows_that_map_back() -> None:
    from mou_extract.normalize import mark_aligned_columns

    text = (
        "No. 相手先        国名      締結年月日\n"
        " 1  吉林省        中国      昭和62年6月3日\n"
        " 2  デラウェア州  アメリカ  平成9年10月8日\n"
        " 3  台南市        台湾      平成30年5月15日\n"
        "両県は  友好提携を  結んでいる。\n"
    )
    nt = mark_aligned_columns(normalize(text))
    lines = nt.text.split("\n")
    assert lines[1] == " 1 | 吉林省 | 中国 | 昭和62年6月3日"
    assert lines[4] == "両県は  友好提携を  結んでいる。"  # a lone line is no table
    i = nt.text.index("台南市")
    assert nt.original_slice(i, i + 3) == "台南市"


def test_rows_written_on_two_lines_still_make_a_table() -> None:
    page = ("No. 締結日      締結先\n"
            " 1  H18.3.31    宇佐市建設業協会\n    災害時における応急対策業務に関する協定\n"
            " 2  H20.7.1     大分県石油商業組合宇佐支部\n    災害時における燃料等の優先供給に関する協定\n"
            " 3  R6.4.1      立命館アジア太平洋大学\n    災害時における外国人住民等への支援に関する協定\n")
    text = mark_aligned_columns(normalize(page)).text
    assert " 2 | H20.7.1 | 大分県石油商業組合宇佐支部\n    災害時における燃料等" in text


def test_a_single_line_with_gaps_is_no_table() -> None:
    from mou_extract.normalize import mark_aligned_columns

    text = "令和6年4月1日    宮城県    国際政策課\n本文です。\n"
    assert mark_aligned_columns(normalize(text)).text == normalize(text).text


def test_single_space_table_under_a_header_row_gets_cells() -> None:
    from mou_extract.normalize import mark_spaced_columns

    page = ("2-1 新規締結\n"
            "No. 協定先 国・地域 区分 締結日 主な分野\n"
            "1 ウランバートル国立大学 モンゴル 大学間 2023年5月16日 医学・\n"
            "保健学\n"
            "2 チュラロンコン大学 タイ 大学間 2023年9月7日 工学\n"
            "※No.2は書面の持ち回りにより締結した。\n"
            "1 この行は 表の外 なので 区切らない 2023年 です\n")
    nt = mark_spaced_columns(normalize(page))
    lines = nt.text.split("\n")
    assert lines[2] == "1 | ウランバートル国立大学 | モンゴル | 大学間 | 2023年5月16日 | 医学・"
    assert lines[3] == "保健学"  # the end of a wrapped cell stays as it is
    assert lines[4] == "2 | チュラロンコン大学 | タイ | 大学間 | 2023年9月7日 | 工学"
    assert lines[6] == "1 この行は 表の外 なので 区切らない 2023年 です"  # the ※ note ended the table
    i = nt.text.index("チュラロンコン大学")
    assert nt.original_slice(i, i + 9) == "チュラロンコン大学"


def test_a_spaced_table_keeps_a_date_spaced_out_in_one_cell_and_an_indented_wrap_under_its_row() -> None:
    from mou_extract.normalize import mark_spaced_columns

    page = ("番号 締結日 協定の名称 締結先 主な連携分野\n"
            "1 H28.4.22 地域活性化に関する包括連携協定 株式会社あぶくまストア 県産品の販路拡大、観光振興\n"
            "2 平成29年 11月 6日 人材育成に関する連携協定 公立大学法人会津大学 ICT人材の育成、\n"
            "  情報通信技術を活用した地域課題の解決\n"
            "3 令和 3年 10月 29日 食と農の魅力発信に関する連携協定 株式会社東北キッチン 県産農林水産物の消費拡大\n")
    lines = mark_spaced_columns(normalize(page)).text.split("\n")
    assert lines[2] == "2 | 平成29年 11月 6日 | 人材育成に関する連携協定 | 公立大学法人会津大学 | ICT人材の育成、"
    assert lines[3] == "  情報通信技術を活用した地域課題の解決"  # the wrapped end of the cell above, indented
    assert lines[4] == "3 | 令和 3年 10月 29日 | 食と農の魅力発信に関する連携協定 | 株式会社東北キッチン | 県産農林水産物の消費拡大"


_NOT_A_SPACED_TABLE = [
    "協定先 国 締結日 について説明します。\n1 A大学 米国 2020年4月1日\n",  # a sentence, not a header
    "山田 太郎 鈴木 花子 佐藤 一郎\n1 A大学 米国 2020年4月1日 工学 x\n",  # not column names
    "No. | 協定先 | 国 | 締結日\n1 | A大学 | 米国 | 2020年4月1日\n",  # already marked
]


@pytest.mark.parametrize("page", _NOT_A_SPACED_TABLE)
def test_lines_that_are_no_spaced_table_stay_as_they_are(page: str) -> None:
    from mou_extract.normalize import mark_spaced_columns

    assert mark_spaced_columns(normalize(page)).text == normalize(page).text


def test_bare_bar_table_gets_spaced_cells_and_wrapped_rows_join() -> None:
    from mou_extract.normalize import mark_pipe_columns

    page = ("No.|区分   |協定の名称(相手方)           |締結日\n"
            " 1 |防災   |災害時の相互応援に関する協定      |H20.4.1\n"
            "   | (甲市、乙町)\n"
            " 2 |観光   |観光振興に関する連携協定       |R2.11.5\n"
            "\n"
            "本文 | ではない行\n")
    nt = mark_pipe_columns(normalize(page))
    lines = nt.text.split("\n")
    assert lines[0] == "No. | 区分 | 協定の名称(相手方) | 締結日"
    assert lines[1] == "1 | 防災 | 災害時の相互応援に関する協定 (甲市、乙町) | H20.4.1"  # the (相手方) line joins the longest cell
    assert lines[2] == "2 | 観光 | 観光振興に関する連携協定 | R2.11.5"
    assert lines[4] == "本文 | ではない行"  # a lone line is no table
    i = nt.text.index("乙町")
    assert nt.original_slice(i, i + 2) == "乙町"


def test_rows_already_spaced_or_bordered_are_not_pipe_tables() -> None:
    from mou_extract.normalize import mark_pipe_columns

    for page in ("都市名 | 国 | 提携日\nA市 | 米国 | 1990年\n", "|都市名|国|\n|A市|米国|\n"):
        assert mark_pipe_columns(normalize(page)).text == normalize(page).text


def test_a_table_written_one_cell_per_line_becomes_rows() -> None:
    from mou_extract.normalize import join_cell_lines

    page = ("協定校一覧\n\nNo.\n国・地域\n協定校名\n締結年月日\n備考\n\n"
            "1\n中国\n浙江大学\n2004/09/20\n\n2\nタイ\nチュラロンコン大学\n2012/01/16\n学生交流覚書を含む。\n\n"
            "問い合わせ先\n国際課\n")
    nt = join_cell_lines(normalize(page))
    lines = nt.text.split("\n")
    assert "No. | 国・地域 | 協定校名 | 締結年月日 | 備考" in lines
    assert "1 | 中国 | 浙江大学 | 2004/09/20" in lines
    assert "2 | タイ | チュラロンコン大学 | 2012/01/16 | 学生交流覚書を含む。" in lines
    assert lines[-3:-1] == ["問い合わせ先", "国際課"]  # the contact block is no row
    i = nt.text.index("浙江大学")
    assert nt.original_slice(i, i + 4) == "浙江大学"
    short = "地域\n国\n州\n"  # a few short lines are no table without column names
    assert join_cell_lines(normalize("本文\n\n" + short)).text == normalize("本文\n\n" + short).text


def test_a_numbered_one_cell_per_line_row_may_wrap_its_last_cell_over_lines() -> None:
    from mou_extract.normalize import join_cell_lines

    page = ("No.\n国・地域\n協定校名\n締結年月日\n備考\n\n"
            "1\n中国\n浙江大学\n2004/09/20\n\n"
            "2\nベトナム\nフエ医科大学\n2023/12/01\n学術交流に関する意向\n書を締結。協定\n締結に向け協議中\n\n"
            "3\nタイ\nチュラロンコン大学\n2012/01/16\n\n")
    lines = join_cell_lines(normalize(page)).text.split("\n")
    assert "2 | ベトナム | フエ医科大学 | 2023/12/01 | 学術交流に関する意向 | 書を締結。協定 | 締結に向け協議中" in lines
    assert "3 | タイ | チュラロンコン大学 | 2012/01/16" in lines  # the rows after it are rows still
    prose = "No.\n国・地域\n協定校名\n締結年月日\n\n本文です。\n二行目です。\n三行目。\n四行目。\n五行目。\n"
    assert join_cell_lines(normalize(prose)).text.split("\n")[-6:-1] == ["本文です。", "二行目です。", "三行目。", "四行目。", "五行目。"]


def test_an_aligned_rows_last_cell_may_hold_a_sentence_and_wrap_under_itself() -> None:
    from mou_extract.normalize import mark_aligned_columns

    page = ("年          月日      出来事\n"
            "昭和20年    7月3日    空襲。市街地の大半が焼失する\n"
            "昭和51年    4月6日    アリゾナ州フェニックス市と\n"
            "                      姉妹都市提携を結ぶ\n"
            "昭和52年    10月25日  シャルルロア市と姉妹都市提携\n")
    lines = mark_aligned_columns(normalize(page)).text.split("\n")
    assert "昭和20年 | 7月3日 | 空襲。市街地の大半が焼失する" in lines
    assert "昭和51年 | 4月6日 | アリゾナ州フェニックス市と姉妹都市提携を結ぶ" in lines


_ROWS = st.lists(
    st.lists(st.text(alphabet="都市名国締結日ハワイ州中国令和5年4月1日ABC", min_size=1, max_size=6), min_size=1, max_size=4),
    min_size=0, max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(_ROWS, st.integers(min_value=1, max_value=5))
def test_marking_columns_only_adds_separators_and_keeps_the_map(rows: list[list[str]], gap: int) -> None:
    from mou_extract.normalize import mark_aligned_columns

    text = "\n".join((" " * gap).join(cells) for cells in rows) + "\n本文です。\n"
    nt = normalize(text)
    out = mark_aligned_columns(nt)
    strip = str.maketrans("", "", " |")
    assert out.text.translate(strip) == nt.text.translate(strip)  # nothing but separators changes
    starts = [out.to_original(i, i + 1)[0] for i in range(len(out.text))]
    assert starts == sorted(starts) and all(0 <= s <= len(text) for s in starts)


def test_unwrap_keeps_a_letterhead_date_line_on_its_own() -> None:
    text = "2024年11月21日 木曜日\n長岡市国際交流課がまと\nめた資料によると、長岡\n市は本日、米国フォート\nワース市と姉妹都市提携\nを結んだ。\n"
    out = unwrap_lines(normalize(text)).text
    assert out.startswith("2024年11月21日 木曜日\n長岡市国際交流課がまとめた資料によると、長岡市は本日、")


BOX = ("表1\n"
       "┌──────┬─────┬────────┐\n"
       "│相手地域　　│国　　　　│締結　　　　　　│\n"
       "├──────┼─────┼────────┤\n"
       "│ビクトリア州│オーストラ│1980年4月　　　 │\n"
       "│　　　　　　│リア　　　│(S55)　　　　　 │\n"
       "│江蘇省　　　│中国　　　│1980年7月28日　 │\n"
       "└──────┴─────┴────────┘\n"
       "※注記\n")


@pytest.mark.parametrize(("raw", "expected"), [
    # rules drop out, bars become cell separators, a row with an empty first cell runs on cell by cell
    (BOX, "表1\n相手地域 | 国 | 締結\nビクトリア州 | オーストラリア | 1980年4月(S55)\n江蘇省 | 中国 | 1980年7月28日\n※注記\n"),
    # the same table drawn in ASCII
    ("+----+----+\n| A市 | 中国 |\n+----+----+\n| B市 | 韓国 |\n+----+----+\n", "A市 | 中国\nB市 | 韓国\n"),
    # must not change: one bar-framed line is no table; an HTML-like row without frame bars stays as it is
    ("│注意│\n本文", "│注意│\n本文"),
    ("A市 | 中国 | 1980年\nB市 | 韓国 | 1990年\n", "A市 | 中国 | 1980年\nB市 | 韓国 | 1990年\n"),
])
def test_box_tables_become_rows(raw: str, expected: str) -> None:
    assert box_tables(normalize(raw)).text == expected


def test_box_table_cells_map_back_to_the_original() -> None:
    nt = box_tables(normalize(BOX))
    for word in ("ビクトリア州", "江蘇省", "1980年7月28日"):
        i = nt.text.index(word)
        assert nt.original_slice(i, i + len(word)) == word
    i = nt.text.index("オーストラリア")
    a, b = nt.to_original(i, i + len("オーストラリア"))
    assert nt.original[a:b].startswith("オーストラ") and nt.original[a:b].endswith("リア")


@pytest.mark.parametrize(("raw", "expected"), [
    # an item wrapped under its own text column runs on, mid-word or mid-sentence
    ("　・７月11日、州知事と会談し、2017年に締結した「経済連\n　　携に関する覚書」を更新した。\n",
     " ・7月11日、州知事と会談し、2017年に締結した「経済連携に関する覚書」を更新した。\n"),
    # a closing bracket at the line's end is no sentence end inside an item; a line that ends one stays
    ("　・州の大臣が来県し、本県との間で「経済交流に関する覚書」\n　　を締結した。\n　　柱は三つである。\n",
     " ・州の大臣が来県し、本県との間で「経済交流に関する覚書」を締結した。\n  柱は三つである。\n"),
    # Latin words broken at the line keep a space
    ("・本県が整備した拠点を運営するSTATION\n　Ai株式会社は覚書を結んだ。\n", "・本県が整備した拠点を運営するSTATION Ai株式会社は覚書を結んだ。\n"),
    # must not join: a heading over an indented paragraph, a key of its own, a rule, an unmarked paragraph
    ("◇北海道新十津川町と相互応援協定を締結\n　明治22年の大水害の後、村民600戸余りが北海道へ移住して開いた町とは交流を続けてきました。\n",
     "◇北海道新十津川町と相互応援協定を締結\n 明治22年の大水害の後、村民600戸余りが北海道へ移住して開いた町とは交流を続けてきました。\n"),
    ("・協定名　:災害時における応急対策業務に関する協定\n　締結年月日:平成17年6月1日\n",
     "・協定名 :災害時における応急対策業務に関する協定\n 締結年月日:平成17年6月1日\n"),
    ("----------------------------------------\n 1  吉林省    中国    昭和62年6月3日\n",
     "----------------------------------------\n 1  吉林省    中国    昭和62年6月3日\n"),
    # indented key-value rows (a kanji key, a space, its value) are whole lines, however wide
    ("　　締結先　一般社団法人愛媛県建設業協会\n　　締結日　平成２４年６月１日\n\n"
     "　　締結先　一般社団法人香川県建設業協会\n　　締結日　平成２５年７月１日\n\n"
     "　　締結先　一般社団法人高知県建設業協会\n　　締結日　平成２６年８月１日\n",
     "  締結先 一般社団法人愛媛県建設業協会\n  締結日 平成24年6月1日\n\n"
     "  締結先 一般社団法人香川県建設業協会\n  締結日 平成25年7月1日\n\n"
     "  締結先 一般社団法人高知県建設業協会\n  締結日 平成26年8月1日\n"),
    # a key line is never the run-on of an entry's heading, nor a bare label the run-on of a key line
    ("（３）大分県漁業協同組合と香港海港飲食集団との覚書ならびに関連する合意事項\n"
     "　　名称　　　有明海産のりの安定供給に関する覚書の第一次変更合意書\n"
     "　　署名者　　同組合代表理事組合長／同グループ執行董事ほか二名の役員\n　　主な内容\n",
     "(3)大分県漁業協同組合と香港海港飲食集団との覚書ならびに関連する合意事項\n"
     "  名称   有明海産のりの安定供給に関する覚書の第一次変更合意書\n"
     "  署名者  同組合代表理事組合長/同グループ執行董事ほか二名の役員\n  主な内容\n"),
    # indented rows of a dated list, each ending with its day, are whole lines
    ("　各市町との協約締結日は次のとおりです。\n　　新発田市　平成31年3月26日\n　　聖籠町　　平成31年3月26日\n"
     "　　五泉市　　平成31年3月27日\n　　阿賀野市　平成31年3月27日\n",
     " 各市町との協約締結日は次のとおりです。\n  新発田市 平成31年3月26日\n  聖籠町  平成31年3月26日\n"
     "  五泉市  平成31年3月27日\n  阿賀野市 平成31年3月27日\n"),
])
def test_unwrap_hanging_joins_items_wrapped_under_their_text(raw: str, expected: str) -> None:
    assert unwrap_hanging(normalize(raw)).text == expected


def test_unwrap_hanging_keeps_offsets() -> None:
    raw = "　・2017年に締結した「経済連\n　　携に関する覚書」を更新した。\n"
    nt = unwrap_hanging(normalize(raw))
    i = nt.text.index("経済連携")
    a, b = nt.to_original(i, i + 4)
    assert nt.original[a:b] == "経済連\n　　携"


def test_entries_led_by_an_abbreviated_date_join_their_hanging_lines() -> None:
    raw = ("H30.8.1〜4　知事を団長とする訪問団がオレゴン州を訪問。\n"
           "　　　　　　8月2日、州都で州知事と会談し、「富山県とオレゴン\n"
           "　　　　　　州の交流の推進に関する共同宣言」に署名した。\n")
    assert "「富山県とオレゴン州の交流の推進に関する共同宣言」" in unwrap_hanging(normalize(raw)).text


def test_a_fixed_width_tables_rows_are_never_joined_as_wrapped_prose() -> None:
    para = "本市は公害克服の過程で培った技術と経験を生かし諸都市と環境協\n"  # 30 characters, cut mid-sentence
    rows = ["相手都市       国        枠組み   締結", "スラバヤ市     インドネシア  姉妹都市  H24.11",
            "ハイフォン市    ベトナム    姉妹都市  H26.4", "ダバオ市      フィリピン   覚書    H29.5"]
    rows = [r + " " * (30 - len(r)) if len(r) < 30 else r for r in rows]
    raw = para * 4 + "力を進めてきた。\n" + "\n".join(r.rstrip() for r in rows) + "\n"
    text = mark_aligned_columns(unwrap_lines(normalize(raw))).text
    assert "スラバヤ市 | インドネシア | 姉妹都市 | H24.11\n" in text
    assert "環境協力を進めてきた" in text  # the prose around it is still unwrapped


@pytest.mark.parametrize(("raw", "expected"), [
    ("鹿沼市(以下「甲」という。)と鹿沼市建設業協会(以下「乙」という。)\nは、平成25年3月29日付けで締結した協定を変更する。\n",
     "鹿沼市(以下「甲」という。)と鹿沼市建設業協会(以下「乙」という。)は、平成25年3月29日付けで締結した協定を変更する。\n"),
    # must not join: a line that ends a sentence, a table row, a line opening with a particle but no comma
    ("協定を締結した。\nは、次のとおり。\n", "協定を締結した。\nは、次のとおり。\n"),
    ("A市 | B市\nは、 | 備考\n", "A市 | B市\nは、 | 備考\n"),
    ("姉妹都市\nはじめに\n", "姉妹都市\nはじめに\n"),
    # a line ending with a comma goes on, unless the next line is deeper (an item of the list it opens) or a bullet
    (" 1月26日、市と岐阜大学は、\n「包括連携に関する協定」を締結した。\n", " 1月26日、市と岐阜大学は、「包括連携に関する協定」を締結した。\n"),
    (" 意向書では、\n  一つ、人材の育成\n", " 意向書では、\n  一つ、人材の育成\n"),
    ("主な分野は、\n・観光\n", "主な分野は、\n・観光\n"),
    # を before a kanji word never opens a line of its own
    ("4町と、それぞれ「地方創生に係る包括連携協定」\nを締結いたしました。\n", "4町と、それぞれ「地方創生に係る包括連携協定」を締結いたしました。\n"),
    ("協定を締結した。\nをかしの歌\n", "協定を締結した。\nをかしの歌\n"),
    # a sentence under way, then a line opening with its quoted object and the object's particle
    ("令和6年7月12日、佐賀県知事とランパーン県知事は、ランパーン県庁において\n「窯業に関する基本合意書」に署名しました。\n",
     "令和6年7月12日、佐賀県知事とランパーン県知事は、ランパーン県庁において「窯業に関する基本合意書」に署名しました。\n"),
    ("■締結した協定\n「窯業に関する基本合意書」を締結しました。\n", "■締結した協定\n「窯業に関する基本合意書」を締結しました。\n"),  # a heading
    ("両県は交流を続けてきた。\n「窯業に関する基本合意書」を締結した。\n", "両県は交流を続けてきた。\n「窯業に関する基本合意書」を締結した。\n"),
])
def test_a_line_opening_with_a_particle_continues_the_line_before(raw: str, expected: str) -> None:
    assert join_particle_lines(normalize(raw)).text == expected


def test_a_chronologys_entries_join_under_a_month_or_under_the_indent_of_a_full_line() -> None:
    raw = ("昭和32年(1957)\n"
           " 5月26日 アメリカ合衆国カリフォルニア州サンノゼ市と姉妹都市提\n"
           "       携(市として初の海外姉妹都市)\n"
           "昭和47年(1972)\n"
           "       ブルガリア人民共和国(当時)プロヴディフ市と姉妹都市提\n"
           "       携\n"
           "昭和56年(1981)\n"
           "       中華人民共和国河南省洛陽市と友好都市提携を結んだ年に\n"
           "       記念の植樹を行う(市民参加)\n"
           "       市民会館で記念式典\n")
    text = unwrap_hanging(normalize(raw)).text
    assert "サンノゼ市と姉妹都市提携(市として初の海外姉妹都市)" in text
    assert "プロヴディフ市と姉妹都市提携\n" in text
    assert "記念の植樹を行う(市民参加)\n" in text  # a closing bracket ends the entry; the next line stays its own


_TABLE_LINES = st.lists(
    st.lists(st.sampled_from(["No.", "協定先", "国", "締結日", "浙江大学", "タイ", "2020年4月1日", "|", " ", "", "備考。"]),
             min_size=0, max_size=6).map(lambda cells: " ".join(cells)),
    min_size=0, max_size=10,
)


@settings(max_examples=80, deadline=None)
@given(_TABLE_LINES, st.sampled_from(["\n", "\n\n"]))
def test_table_passes_change_only_spaces_bars_and_breaks_and_keep_the_map(lines: list[str], sep: str) -> None:
    from mou_extract.normalize import join_cell_lines, mark_pipe_columns, mark_spaced_columns

    text = sep.join(lines) + "\n本文です。\n"
    nt = normalize(text)
    strip = str.maketrans("", "", " |\n")
    for step in (mark_pipe_columns, join_cell_lines, mark_spaced_columns):
        out = step(nt)
        assert out.text.translate(strip) == nt.text.translate(strip)  # only separators move
        assert len(out.starts) == len(out.text) == len(out.ends)
        assert all(0 <= s <= e <= len(text) for s, e in zip(out.starts, out.ends))


def test_a_sheet_pasted_with_tabs_becomes_a_bar_table() -> None:
    from mou_extract.normalize import mark_pipe_columns, mark_tab_columns

    page = ("協定一覧\tR6.10.1時点\n"
            "No\t協定名\t締結先\t締結日\n"
            "1\t災害時における物資供給に関する協定\t株式会社マルナカ\t2007/9/1\n"
            "\n"
            "本文\tではない行\n")
    nt = mark_tab_columns(normalize(page))
    assert len(nt.text) == len(normalize(page).text)  # one character for one: offsets kept
    lines = mark_pipe_columns(nt).text.split("\n")
    assert "No | 協定名 | 締結先 | 締結日" in lines
    assert "1 | 災害時における物資供給に関する協定 | 株式会社マルナカ | 2007/9/1" in lines
    assert "本文\tではない行" in lines  # one tab, a lone line: no table
    i = nt.text.index("マルナカ")
    assert nt.original_slice(i, i + 4) == "マルナカ"


def test_a_wrapped_table_row_runs_on_to_its_next_lines_and_gets_its_cells() -> None:
    from mou_extract.normalize import join_row_continuations

    raw = ("No.　国・地域　協定校名　英語名　協定名称　締結年月日　更新年月日\n"
           "１　中華人民共和国　吉林大学　(Jilin University)　学術交流協定\n　S62.10.29　H29.10.29\n"
           "２　大韓民国　忠南大学校　(Chungnam University)　学術交流協定\n　H2.5.21　R2.5.21\n\n※注記は表の外です。\n")
    nt = join_row_continuations(normalize(raw))
    lines = nt.text.split("\n")
    assert lines[1] == "1 | 中華人民共和国 | 吉林大学 | (Jilin University) | 学術交流協定 | S62.10.29 | H29.10.29"
    assert lines[2] == "2 | 大韓民国 | 忠南大学校 | (Chungnam University) | 学術交流協定 | H2.5.21 | R2.5.21"
    assert lines[4] == "※注記は表の外です。"
    i = nt.text.index("S62.10.29")
    assert nt.original_slice(i, i + 9) == "S62.10.29"


def test_a_note_line_under_a_full_row_does_not_end_the_table() -> None:
    from mou_extract.normalize import join_row_continuations

    # 備考 overflowing a full row (R4.3.28全部改定) is its own short line; the rows after it are still the table's
    raw = ("No. 協定名 締結先 締結日 備考\n"
           "1 防災に関する協定 株式会社アオバ H17.4.27 改定あり\n"
           "R4.3.28全部改定\n"
           "2 観光振興に関する覚書\n一般社団法人みなと観光協会 H30.9.12 なし\n\n")
    lines = join_row_continuations(normalize(raw)).text.split("\n")
    assert lines[2] == "R4.3.28全部改定"
    assert lines[3] == "2 観光振興に関する覚書 一般社団法人みなと観光協会 H30.9.12 なし"  # the row made whole


def test_prose_after_a_table_ends_it() -> None:
    from mou_extract.normalize import join_row_continuations

    raw = ("No.　協定名　締結先　締結日\n"
           "１　防災に関する協定　株式会社アオバ　H17.4.27\n"
           "以上の協定に基づき、各分野で連携を進めています。\n"
           "２　これは表の行ではない\n　続きの行\n")
    lines = join_row_continuations(normalize(raw)).text.split("\n")
    assert lines[3:5] == ["2 これは表の行ではない", " 続きの行"]


def test_an_aligned_table_and_complete_rows_are_left_alone() -> None:
    from mou_extract.normalize import join_row_continuations

    raw = "No. 協定先 国・地域 区分 締結日 分野\n1 タマサート大学 タイ 大学間 2023年9月7日 工学・環境\n科学\n"
    assert join_row_continuations(normalize(raw)).text == normalize(raw).text


def test_hard_wrapped_english_prose_is_joined_with_a_space_and_keeps_offsets() -> None:
    raw = ("Koto City and Brisbane City Council, Australia, signed a Letter of Intent on Cooperation in\n"
           "Sport and Waterfront Urban Development on 2023-11-07 at Koto City Hall. The Mayor was visiting Tokyo\n"
           "with a delegation of council officials and business leaders from across the region.\n")
    nt = unwrap_latin(normalize(raw))
    assert "Letter of Intent on Cooperation in Sport and Waterfront Urban Development on 2023-11-07" in nt.text
    assert "visiting Tokyo with a delegation" in nt.text
    i = nt.text.index("Sport")
    assert nt.original_slice(i, i + 5) == "Sport"


@pytest.mark.parametrize("raw", [
    # a heading over a paragraph, a list after a colon, items, a line that ends a sentence, a table row
    "Tasman and Yakumo formalise friendship | News | Tasman District Council\nTasman and Yakumo formalise friendship\n",
    "The Friendship Agreement between the two councils sets out five areas of cooperation:\nagriculture and dairy farming;\n",
    "The two cities intend to cooperate in the following areas of mutual interest and of benefit to\n1. Sport for all\n",
    "The agreement was signed at a ceremony in the Town Hall on Thursday 26 September 2024.\nWhy Yakumo?\n",
    "Kitakyushu has formal city-to-city relationships with six cities in four countries and\n  City of Tacoma    United States   Sister City   November 1959\n",
])
def test_english_lines_that_do_not_run_on_keep_their_break(raw: str) -> None:
    assert unwrap_latin(normalize(raw * 2)).text == normalize(raw * 2).text


def test_hanging_lines_never_join_the_rows_of_a_fixed_width_english_table() -> None:
    raw = ("  Partner                     Country         Relationship            Established\n"
           "  --------------------------------------------------------------------------------\n"
           "  City of Tacoma              United States   Sister City             November 1959\n"
           "  City of Norfolk             United States   Sister City             October 1959\n"
           "  Dalian                      China           Friendship City         May 1, 1979\n")
    assert unwrap_hanging(normalize(raw)).text == normalize(raw).text


def test_a_kanji_numbered_heading_never_runs_on_into_the_line_above_or_its_bracketed_items() -> None:
    raw = ("一 連携協約の名称\n"
           "  久留米広域連携中枢都市圏形成に係る連携協約\n"
           "二 連携協約の相手方及び締結年月日\n"
           " (一)小郡市       令和六年三月二十七日\n"
           " (二)うきは市      同日\n"
           "三 連携協約の目的\n"
           "  久留米市と相手方の市町が、それぞれの役割を分担しながら連携し、圏域全体の経済成長をけん引するとともに\n"
           "住民が安心して快適に暮らすことのできる圏域を形成することを目的とする。\n")
    text = unwrap_hanging(unwrap_paragraphs(normalize(raw))).text
    assert "連携協約\n二 連携協約の相手方" in text
    assert "締結年月日\n (一)小郡市" in text and "二十七日\n (二)うきは市" in text


def test_a_wrapped_english_page_joins_a_full_line_whatever_its_last_word() -> None:
    raw = ("Aozora Droneworks Inc. today announced that it has concluded a partnership agreement with\n"
           "the city. The agreement is called the Comprehensive Partnership Agreement on Drone\n"
           "Logistics and Community Mobility and was signed at the city hall in the presence of the\n"
           "mayor and the company's chief executive officer.\n\nBackground\nShort line\n")
    text = unwrap_latin(normalize(raw)).text
    assert "Agreement on Drone Logistics and Community Mobility" in text
    assert "officer.\n\nBackground\nShort line" in text  # a heading and a short line keep their breaks


def test_a_wrapped_page_keeps_a_space_between_latin_words_it_joins() -> None:
    # a PDF page pasted at one width: the breaks fall between words (Universitas / Gadjah Mada)
    lines = ["The university has concluded agree-", "ments with each of these partner in-", "stitutions for student exchange and",
             "research, for example Universitas", "Gadjah Mada in Indonesia and others", "who send students each year to us."]
    text = unwrap_lines(normalize("\n".join(lines) + "\n")).text
    assert "exchange and research, for example Universitas Gadjah Mada in Indonesia" in text


@pytest.mark.parametrize("text,expected", [
    ("                令 和 6 年 9 月 1 2 日\n本文", "                令和6年9月12日\n本文"),  # a PDF's letter-spaced date
    ("連 携 協 定 書\n", "連携協定書\n"),
    ("1 2 3 4 5\n", "1 2 3 4 5\n"),  # digits alone: a row of numbers, not a word
    ("A B C D\n", "A B C D\n"),
    ("大学 学部 学科 専攻\n", "大学 学部 学科 専攻\n"),  # words, not letters
])
def test_letter_spaced_words_close_up(text: str, expected: str) -> None:
    from mou_extract.normalize import join_spaced_letters

    nt = join_spaced_letters(normalize(text))
    assert nt.text == expected
    i = nt.text.find("令和")
    if i >= 0:
        assert nt.original_slice(i, i + 9) == "令 和 6 年 9 月 1 2 日"


@pytest.mark.parametrize("text,expected", [
    ("株式会社三河精機と、令和6年\n10月1日(火)に協定を締結しました。\n", "株式会社三河精機と、令和6年10月1日(火)に協定を締結しました。\n"),
    ("平成29年(2017年)3月に締結。本市と大学は、2017年\n 3月に協定を結んだ。\n", "平成29年(2017年)3月に締結。本市と大学は、2017年3月に協定を結んだ。\n"),
    ("山梨県とアイオワ州は、1960年\n(昭和35年)8月に姉妹県州の提携を結びました。\n",
     "山梨県とアイオワ州は、1960年(昭和35年)8月に姉妹県州の提携を結びました。\n"),  # the era year in brackets first
    ("令和6年\n4月 協定締結\n", "令和6年\n4月 協定締結\n"),  # a year alone on its line heads a chronology
    ("締結 | 令和6年\n4月1日 | 更新\n", "締結 | 令和6年\n4月1日 | 更新\n"),  # table rows
])
def test_a_date_broken_after_its_year_is_joined(text: str, expected: str) -> None:
    from mou_extract.normalize import join_split_dates

    assert join_split_dates(normalize(text)).text == expected


# ---- the ，．of 公用文 and university pages read as 、。

PUNCTUATION = [
    ("本市と本学は，令和6年4月1日，協定を締結しました．", "本市と本学は、令和6年4月1日、協定を締結しました。"),
    ("「観光，文化及び教育に関する協定」を締結．", "「観光、文化及び教育に関する協定」を締結。"),
    ("本市は,ABC株式会社と協定を結んだ.", "本市は、ABC株式会社と協定を結んだ。"),
]
PUNCTUATION_KEPT = [
    "参加者は１，２００人",  # a number's thousands
    "締結日 2024.4.1 / Ｒ６．４．１",  # dates written with dots
    "ABC Co.,Ltd.と協定",  # after a Latin letter
    "蘇澳鎮……台湾・宜蘭県",  # a leader (NFKC: ...)
    "City of Sapporo, Japan. Signed in 1959.",
]


@pytest.mark.parametrize("raw,expected", PUNCTUATION)
def test_western_commas_and_stops_in_japanese_text_read_as_japanese_ones(raw: str, expected: str) -> None:
    nt = unify_punctuation(normalize(raw))
    assert nt.text == expected
    assert nt.starts == normalize(raw).starts  # one character for one: the map is unchanged


@pytest.mark.parametrize("raw", PUNCTUATION_KEPT)
def test_commas_and_stops_of_numbers_dates_latin_words_and_leaders_stay(raw: str) -> None:
    assert unify_punctuation(normalize(raw)).text == normalize(raw).text


def test_a_value_is_given_back_with_the_pages_own_punctuation() -> None:
    raw = "本市は「観光，文化及び教育に関する協定」を締結しました．"
    nt = unify_punctuation(normalize(raw))
    start = nt.text.index("観光")
    end = nt.text.index("」")
    assert surface(nt, nt.text[start:end], start, end) == "観光,文化及び教育に関する協定"
    assert surface(nt, "教育に関する協定", start, end) == "教育に関する協定"  # nothing to give back


# ---- a 広報 page's prose wrapped at one width between many headings and list items

def _wrap(paragraph: str, width: int = 38) -> str:
    """Break a paragraph every ``width`` characters as a PDF or a 広報 page does (a 、 or 。 never opens a line)."""
    lines = []
    while len(paragraph) > width:
        k = width + (paragraph[width] in "、。」")
        lines.append(paragraph[:k])
        paragraph = paragraph[k:]
    return "\n".join(lines + [paragraph])


KOHO = "\n".join([
    "広報みなみ　令和5年9月号",
    "令和5年9月1日発行　みなみ村役場総務課",
    "",
    "■特集　遠くの仲間と災害に備える",
    _wrap("　7月12日、北の町で開かれた首長懇談会の席上、みなみ村は北の町、東の町、西の村の3町村と「災害時における相互応援に関する協定」"
          "を締結しました。4町村の首長がそろって協定書に署名し、参加者から大きな拍手が送られました。"),
    "◇なぜ遠くの町村と？",
    _wrap("　みなみ村は、これまで近隣の市町村と応援の取り決めを重ねてきました。しかし、大規模な地震や豪雨では、近隣の市町村も同時に"
          "被災してしまうおそれがあります。そこで、同じように森林とともに暮らしてきた遠方の仲間どうしで助け合う仕組みをつくることにしました。"),
    "◇協定のおもな内容",
    "　(1) 生活必需物資の提供",
    "　(2) 応急復旧に必要な資機材の提供",
    "　(3) 職員の派遣",
    "　(4) 被災者の一時受入れ",
    "　(5) そのほか特に要請のあった事項",
    "◇これからの取組",
    _wrap("　協定の締結を記念して、来年の夏には4町村の子どもたちが互いの町村を訪れる交流事業を計画しています。"
          "また、職員の相互派遣研修を通じて、災害時に役立つ知識や経験を共有していく予定です。"),
    "◇協定の期間",
    _wrap("　協定の有効期間は、締結の日から令和6年3月31日までです。期間が終わる日の1か月前までに申し出がない場合は、さらに1年間延長します。"),
    "◇問い合わせ",
    "　総務課　防災係",
    "　電話　0868-00-0000",
    "",
])


def test_prose_wrapped_at_one_width_among_many_short_lines_is_joined() -> None:
    text = unwrap_lines(normalize(KOHO)).text
    assert "西の村の3町村と「災害時における相互応援に関する協定」を締結しました。4町村の首長が" in text
    assert "期間が終わる日の1か月前までに" in text
    assert " (1) 生活必需物資の提供\n (2) 応急復旧" in text  # the items stay apart


NOT_WRAPPED = [
    # a news list: dated entries of one length, each its own line
    "\n".join(f"2024年{m}月{d}日 お知らせの本文がここに入りますのでご確認くださいね{m}" for m, d in
               ((6, 10), (6, 3), (5, 24), (5, 17), (4, 26), (4, 15), (4, 1), (3, 22))),
    # items of one length under a heading, short enough to be a list
    "\n".join([
        "■ホームタウン協定を締結しました",
        "みなみクラブは、北の町、東の町とホームタウンに関する協定を締結しました。",
        "1. 協定の内容",
        *(f"{w}に関すること" for w in ("学校教育への協力まで", "観光の振興及び宣伝", "市民の健康づくり支援", "地域の防災力の向上",
                                     "子育て環境の充実まで", "環境の保全と美化の推進", "スポーツの振興と普及")),
        "協定の有効期間は、締結日から2年間です。",
        "2. これまでの取組",
        "当クラブは、これまでも町内の小学校でのバスケットボール教室や、",
        "町の健康まつりへの選手の派遣などを通じて、地域の皆様と交流を深めてまいりました。",
        "今回の協定は、こうした取組を一層広げるものです。",
        "3. 今後の予定",
        "ホームゲームには、協定を結んだ町の皆様をご招待する予定です。",
        "また、選手による学校訪問を年に数回実施いたします。",
        "詳しくは、クラブの公式ウェブサイトでお知らせします。",
        "試合の日程は、毎月の広報紙にも掲載されます。",
        "なお、会場の駐車場には限りがありますので、公共交通機関をご利用ください。",
        "チケットの販売は、試合の2週間前から始まります。",
        "お問い合わせは、クラブ事務局（平日9時から17時まで）へどうぞ。",
        "株式会社みなみスポーツクラブ　広報担当",
        "電話 088-000-0000　メール info@example.jp",
    ]),
]


@pytest.mark.parametrize("page", NOT_WRAPPED)
def test_lists_whose_lines_share_a_width_are_not_wrapped_prose(page: str) -> None:
    assert unwrap_lines(normalize(page)).text == normalize(page).text


def test_a_rule_and_a_line_set_to_the_right_are_never_run_into() -> None:
    heading = "件名　みなみ村と北の大学との「地域の脱炭素化とものづくり人材の育成に関する連携協定」の締結について"
    page = "\n".join([heading[:38], "─" * 30] + [KOHO])
    text = unwrap_lines(normalize(page)).text
    assert "\n" + "─" * 30 + "\n" in text


def test_a_table_row_wrapped_before_its_date_cell_keeps_the_cells_apart() -> None:
    rows = "\n".join([
        "番号 協定名 締結先 締結日 内容",
        "1 災害時における石油類燃料の供給に関する協定 みなみ石油商業組合南支部",
        " R2.7.10 緊急車両及び避難所等への石油類燃料の優先供給を行うものとする。",
        "2 災害時における物資供給に関する協定 生活協同組合コープみなみの R4.9.1",
        " 避難所への生活必需物資の供給及び運搬を行うものとする。以上のとおりです",
    ])
    page = KOHO + "\n" + rows + "\n"
    text = unwrap_lines(normalize(page)).text
    assert "南支部 R2.7.10 緊急車両" in text


def test_an_english_instruments_title_set_centred_over_lines_is_one_line() -> None:
    raw = ("[Provisional English text]\n\n"
           "                    Memorandum of Understanding on the Further Development\n"
           "                              of Friendship and Cooperation\n"
           "                        between Kagawa Prefecture, Japan and\n"
           "                 Shaanxi Province, the People's Republic of China\n\n"
           "Kagawa Prefecture of Japan and Shaanxi Province of the People's Republic of China (hereinafter referred\n"
           "to as \"the Parties\"),\n")
    nt = join_centred_title(normalize(raw))
    title = ("Memorandum of Understanding on the Further Development of Friendship and Cooperation between Kagawa "
             "Prefecture, Japan and Shaanxi Province, the People's Republic of China")
    assert "\n" + " " * 20 + title + "\n\nKagawa Prefecture of Japan" in nt.text
    at = nt.text.index("Shaanxi")
    assert nt.original_slice(at, at + 7) == "Shaanxi"  # offsets still map
    assert join_centred_title(normalize("Kagawa signed the Agreement.\n    of friendship\n")).text == "Kagawa signed the Agreement.\n    of friendship\n"


def _wrap_at(text: str, width: int) -> str:
    """Hard-wrap every line at one width, as a PDF pasted into a text file is."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


AGREEMENT_TEXT = "\n".join([
    "災害時における給水の相互応援に関する協定書",
    "",
    "PREAMBLE",
    "",
    "（目的）",
    "第一条　この協定は、地震その他の災害により甲又は乙の水道施設に被害が生じた場合において、他方の者が行う応援に関し必要な事項を定めることを目的とする。",
    "",
    "（応援の要請）",
    "第二条　応援を求めようとする者は、被害の状況、必要な資機材の種類及び数量を明らかにして、電話その他の方法により要請するものとする。",
    "",
    "（有効期間）",
    "第三条　この協定の有効期間は、締結の日から一年間とする。ただし、期間満了の一か月前までに甲乙いずれからも別段の意思表示がないときは、一年間更新するものとし、以後も同様とする。",
    "",
    "（協議）",
    "第四条　この協定に定めのない事項については、甲乙協議の上、決定するものとする。",
])


def test_an_agreement_text_wrapped_at_one_width_is_whole_again() -> None:
    # 第二条　この協定は… is an article of prose, not a key and its value; 「乙」 / という。 runs on
    # (a closing bracket, then a particle); lines at the width before a blank line end a paragraph
    preamble = ("　みなみ市（以下「甲」という。）と北町水道管理者（以下「乙」\n"  # 30 characters
                "という。）とは、次のとおり協定を締結する。")
    page = _wrap_at(AGREEMENT_TEXT, 30).replace("PREAMBLE", preamble)
    text = unwrap_lines(normalize(page)).text
    assert "と北町水道管理者(以下「乙」という。)とは、次のとおり協定を締結する。" in text
    assert "第三条 この協定の有効期間は、締結の日から一年間とする。ただし、期間満了" in text
    assert "\n(有効期間)\n" in text  # the headings stay lines of their own


@pytest.mark.parametrize(("raw", "expected"), [
    ("市（し）と会社（かいしゃ）が協定（きょうてい）を結（むす）んだよ", "市と会社が協定を結んだよ"),
    ("株式会社白根（しらね）ボトリング", "株式会社白根ボトリング"),
    ("友好交流都市協定（ゆうこうこうりゅうとしきょうてい）を結びました", "友好交流都市協定を結びました"),
    ("静岡文化芸術大学（しずおか ぶんか げいじゅつ だいがく）は", "静岡文化芸術大学は"),  # a reading spaced word by word
    ("駒ヶ根市（こまがねし）と", "駒ヶ根市と"),  # after ヶ
])
def test_furigana_in_brackets_after_kanji_is_dropped(raw: str, expected: str) -> None:
    nt = drop_ruby(normalize(raw))
    assert nt.text == expected
    at = nt.text.index("会社") if "会社" in nt.text else 0
    assert nt.original_slice(at, at + 2) == nt.text[at : at + 2]  # offsets still map


@pytest.mark.parametrize("raw", ["(ア)3グラム (イ)30グラム", "協定(案)について", "「(しゃしん)」", "第1条(目的)", "問合せ(でんわ )"])
def test_brackets_that_are_no_reading_stay(raw: str) -> None:
    assert drop_ruby(normalize(raw)).text == normalize(raw).text


def test_a_two_column_list_under_its_column_names_and_a_rule_is_a_table() -> None:
    from mou_extract.normalize import mark_spaced_columns

    page = ("次のとおり各町と協定を締結した。\n\n"
            "    相手方の町      締結日\n"
            "    ----------------------------------\n"
            "    西伯郡大山町     平成22年3月26日\n"
            "    日野郡日南町    平成22年3月29日\n"
            "    ----------------------------------\n")
    text = mark_spaced_columns(normalize(page)).text
    assert "西伯郡大山町 | 平成22年3月26日" in text and "日野郡日南町 | 平成22年3月29日" in text
    # two words that are column names over lines of prose make no table
    prose = "区分 内容\n本市は、西伯郡大山町と協定を結んだ。\n今後は 連携を 深めます\n"
    assert " | " not in mark_spaced_columns(normalize(prose)).text


NEWSLETTER = "\n".join([
    "■トップニュース",
    "　当協会は、8月29日、中国の天津市人民対外友好協会と、「市民交流の推進に関する覚書」を締結しました。",
    "",
    "　両市は、1980年に友好都市提携を結び、今年で45年になります。これまで行政どうしの訪問団や、港湾関係者の研修などさまざまな行き来がありましたが、市民が気軽に参加できる交流の場は、まだ多くありませんでした。",
    "",
    "　そこで、両市の民間の窓口である両協会が、市民レベルの交流を支え合う仕組みをつくろうと、昨年から話し合いを重ねてきました。",
    "",
    "■会員だより",
    "　7月、姉妹都市から高校生8人と引率の先生が来日しました。わが家では17歳の生徒さんを10日間お預かりしました。初日は緊張していた様子でしたが、翌日には娘と一緒に夜景クルーズで大はしゃぎでした。",
])


def test_a_newsletter_column_wrapped_narrow_is_joined_when_many_lines_run_on() -> None:
    # a column of 20 characters over a list of events: most long lines are no prose, yet a dozen
    # lines and more run on at the width, and nearly all lines at the width do
    words = ("春", "夏休み", "国際交流", "秋の料理", "ことば", "冬", "新年", "日本語", "多文化", "留学生", "世界の音楽", "にほんご")
    items = [f"　・{w}のつどい（{m}月{d}日）" for m in (5, 11) for d, w in enumerate(words, 1)]  # 13 to 17 characters
    page = _wrap_at(NEWSLETTER, 20) + "\n\n■行事予定\n" + "\n".join(items) + "\n\n" + "-" * 30 + "\n"
    text = unwrap_lines(normalize(page)).text
    assert "中国の天津市人民対外友好協会と、「市民交流の推進に関する覚書」を締結しました。" in text
    assert "\n■会員だより\n" in text


def test_a_csv_sheet_is_a_table_and_commas_inside_quotes_stay_in_their_cell() -> None:
    from mou_extract.normalize import mark_csv_columns

    page = ("以下はCSVファイルの内容です。\n"
            "番号,区分,相手先,協定等の名称,締結年月日,主な交流分野\n"
            '1,友好提携,浙江省,友好提携に関する議定書,1982/04/20,"経済,文化"\n'
            '2,覚書,西ジャワ州,経済交流の促進に関する覚書,2019/11/05,"経済,人材育成"\n'
            "3,友好提携,メルシン市,友好提携に関する議定書,1964/12/01,地中海に面した港湾都市。遭難の縁により提携しました。\n")
    nt = unify_punctuation(mark_csv_columns(normalize(page)))
    assert "2 | 覚書 | 西ジャワ州 | 経済交流の促進に関する覚書 | 2019/11/05 | \"経済、人材育成\"" in nt.text
    at = nt.text.index("西ジャワ州")
    assert nt.original_slice(at, at + 5) == "西ジャワ州"  # offsets still map


@pytest.mark.parametrize("text", [
    "Kagawa, Japan, and Shaanxi, China, signed it.\nNagano, Japan, and Hebei, China, signed it.\nNara, Japan, and Xi'an, China, signed it.\n",
    "本市は,令和6年4月1日,協定を,締結しました。\n本市は,令和6年4月2日,協定を,締結しました。\n本市は,令和6年4月3日,協定を,締結しました。\n",
    "本市と本学は,令和6年4月1日,協定を締結しました。\n本市と本社は,令和6年4月2日,協定を締結しました。\n本市と本会は,令和6年5月1日,覚書を締結しました。\n",
])
def test_sentences_with_commas_are_no_csv(text: str) -> None:
    from mou_extract.normalize import mark_csv_columns

    assert mark_csv_columns(normalize(text)).text == normalize(text).text


def test_a_date_split_over_year_month_day_columns_reads_as_one() -> None:
    from mou_extract.normalize import join_date_columns

    page = ("No. | 締結先 | 年 | 月 | 日 | 主な連携項目\n"
            "1 | 株式会社みなみストア | 平成29 | 6 | 12 | 県産品の販路拡大\n"
            "2 | 北関東ガス株式会社 | 令和4 | 3 | - | 脱炭素\n")
    nt = join_date_columns(normalize(page))
    assert "1 | 株式会社みなみストア | 平成29年6月12日 | 県産品の販路拡大" in nt.text
    assert "| 令和4年3月- |" in nt.text
    at = nt.text.index("6月12日")
    assert nt.original_slice(at, at + 1) == "6"
    assert join_date_columns(normalize("No. | 締結先 | 締結日\n1 | A | 2020年\n")).text == normalize("No. | 締結先 | 締結日\n1 | A | 2020年\n").text


def test_a_ditto_mark_in_a_table_cell_reads_as_the_cell_above() -> None:
    from mou_extract.normalize import fill_ditto_cells

    page = ("区分 | 相手港 | 国名 | 締結年月日\n"
            "姉妹港 | 釜山港 | 韓国 | 2008年11月6日\n"
            "〃 | 仁川港 | 〃 | 2010年5月1日\n"
            "友好港 | 上海港 | 中国 | 同上\n")
    nt = fill_ditto_cells(normalize(page))
    assert "姉妹港 | 仁川港 | 韓国 | 2010年5月1日" in nt.text and "友好港 | 上海港 | 中国 | 2010年5月1日" in nt.text
    at = nt.text.index("仁川港") - 6
    assert nt.original_slice(at, at + 3) == "〃"  # the value maps to the mark


def test_a_table_written_one_cell_a_line_with_no_blank_between_rows_is_read_by_its_column_count() -> None:
    from mou_extract.normalize import join_cell_lines

    page = ("表1 提携している海外の地域\n提携先\n国名\n区分\n提携年月\n"
            "アルバータ州\nカナダ\n姉妹提携\n1980年10月\n"
            "黒竜江省\n中華人民共和国\n友好提携\n1986年6月\n"
            "※注記がここに入ります。\n")
    text = join_cell_lines(normalize(page)).text
    assert "提携先 | 国名 | 区分 | 提携年月\nアルバータ州 | カナダ | 姉妹提携 | 1980年10月\n黒竜江省 | 中華人民共和国 | 友好提携 | 1986年6月\n" in text
    # cells that do not fill the block in whole rows stay lines
    odd = page.replace("1986年6月\n", "")
    assert join_cell_lines(normalize(odd)).text == normalize(odd).text


def test_a_one_cell_a_line_table_may_have_long_cells_a_caption_and_a_sentence_above() -> None:
    from mou_extract.normalize import join_cell_lines

    page = ("本市は、次の都市と姉妹都市の関係を結んでいます。\n姉妹・友好提携先一覧\n相手都市\n提携年月日\n提携の種類\n備考\n"
            "アメリカ合衆国・アーカンソー州ホットスプリングス市\n平成5年(1993年)10月1日\n姉妹都市\n温泉保養地どうしの提携です。\n"
            "オーストリア共和国・ニーダーエスターライヒ州ラングンロイス市\n平成7年(1995年)5月20日\n姉妹都市\nぶどう栽培のまち\n")
    text = join_cell_lines(normalize(page)).text
    assert "\n相手都市 | 提携年月日 | 提携の種類 | 備考\n" in text
    assert "ラングンロイス市 | 平成7年(1995年)5月20日 | 姉妹都市 | ぶどう栽培のまち" in text


def test_key_and_value_lines_of_entries_are_no_one_cell_a_line_table() -> None:
    from mou_extract.normalize import join_cell_lines

    page = ("■ケチケメート市\n区分\n姉妹都市\n提携日\n平成4年5月12日\n提携書の名称\n「姉妹都市提携に関する協定書」\n"
            "■ノヴィ・ソンチ市\n区分\n友好都市\n提携日\n平成13年10月3日\n提携書の名称\n「友好都市盟約書」\n")
    assert join_cell_lines(normalize(page)).text == normalize(page).text


def test_a_block_of_links_to_other_pages_is_blanked_with_offsets_kept() -> None:
    from mou_extract.normalize import blank_related_links

    page = ("みなみ市は、北町と協定を締結しました。\n\n関連記事\n"
            "・北見市と株式会社オホーツク物流が災害時の物資供給に関する協定を締結しました（2023年4月1日）\n"
            "・国際交流員の紹介\n\nこのページの先頭へ\n")
    nt = blank_related_links(normalize(page))
    assert len(nt.text) == len(normalize(page).text) and "北見市" not in nt.text and "関連記事" not in nt.text
    assert nt.text.startswith("みなみ市は、北町と協定を締結しました。") and nt.text.endswith("このページの先頭へ\n")
    # a heading with a paragraph under it is no link list
    prose = "関連情報\n本市は、これまでに多くの自治体と協定を結んできました。詳しくは担当課までお問い合わせください。\n"
    assert blank_related_links(normalize(prose)).text == normalize(prose).text


def test_furniture_lines_above_a_saved_page_are_dropped_and_a_breadcrumb_naming_the_site_stays() -> None:
    from mou_extract.normalize import blank_page_furniture

    page = "ホーム ＞ 市政情報 ＞ 国際交流 ＞ お知らせ\n文字サイズ 小 中 大　背景色 白 黒 青\n\n令和5年8月2日\nみなみ市 健康増進課\n"
    nt = blank_page_furniture(normalize(page))
    assert nt.text == "令和5年8月2日\nみなみ市 健康増進課\n"
    assert nt.original_slice(0, 4) == "令和5年"
    kept = "横浜市 > ビジネス > 国際ビジネス > 海外の都市との連携\n本文です。\n"
    assert blank_page_furniture(normalize(kept)).text == normalize(kept).text


def test_a_news_pages_outlet_bar_share_buttons_and_ad_labels_are_dropped_and_a_bodys_title_bar_stays() -> None:
    from mou_extract.normalize import blank_page_furniture

    page = "地域ニュース | みなと新報デジタル\nシェア ポスト LINEで送る ブックマーク\n広告\n市と町が協定\n本文です。\n"
    assert blank_page_furniture(normalize(page)).text == "市と町が協定\n本文です。\n"
    kept = "学長の活動記録 | 国立大学法人 宮崎大学\n本文です。\n"  # (the site's owner, named in its bar)
    assert blank_page_furniture(normalize(kept)).text == normalize(kept).text


def test_a_news_pages_ranking_and_comments_are_blanked() -> None:
    from mou_extract.normalize import blank_related_links

    page = ("市と町が協定を締結しました。\n\nアクセスランキング\n1 高岡市と株式会社北陸エナジーが脱炭素で連携協定\n2 市立病院の新棟、来年春に開業へ\n\n"
            "コメント(3件)\n地元民: 良い取り組みだと思います\n\n© みなと新報社\n")
    nt = blank_related_links(normalize(page))
    assert "高岡市" not in nt.text and "地元民" not in nt.text and nt.text.startswith("市と町が協定を締結しました。")
    ranked = "本文です。\n\n────\nアクセスランキング(24時間)\n────\n 1位 米子市、台湾の市と観光交流で覚書\n 2位 梨の新品種\n"
    assert "米子市" not in blank_related_links(normalize(ranked)).text  # (a period after the heading, a rule below it)


def test_a_paragraph_broken_by_hand_may_open_with_its_date() -> None:
    page = ("大学ニュース\n\n"
            "　3月5日（水）、キャンパスの国際交流ラウンジにおいて、本学とドイツ連邦共和国の\n"
            "アーヘン工科大学との大学間学術交流協定の署名式が執り行われました。\n\n"
            "　アーヘン工科大学は、ノルトライン＝ヴェストファーレン州にある欧州有数の工科大学で、\n"
            "本学とは2019年以降、研究者の往来が続いてきました。\n")
    text = unwrap_paragraphs(normalize(page)).text
    assert "本学とドイツ連邦共和国のアーヘン工科大学との大学間学術交流協定の署名式が執り行われました。" in text


def test_a_short_line_of_a_paragraph_stopping_on_a_particle_runs_on() -> None:
    page = ("▼ 熱気球がつないだ縁\n\n"
            "　先月24日、町とニュージーランドの\nクイーンズタウン・レイクス郡は、「姉妹都市提携に向けた意思確認書」に\n署名しました。\n\n"
            "　同郡は、ニュージーランド南島の\n湖と山に囲まれた観光地です。\n")
    text = unwrap_paragraphs(normalize(page)).text
    assert "先月24日、町とニュージーランドのクイーンズタウン・レイクス郡は、「姉妹都市提携に向けた意思確認書」に署名しました。" in text
    assert "\n▼ 熱気球がつないだ縁\n" in "\n" + text  # a heading stays its own line


# an easy-Japanese page, written word by word, its lines broken between phrases
_WORD_BY_WORD = ("やさしい にほんご の おしらせ\n2024ねん 10がつ 8にち\n\n"
                 "美濃加茂市（みのかもし）は、長野県（ながのけん）の 駒ヶ根市（こまがねし）と\n"
                 "協定（きょうてい）を 結（むす）びました。\n協定（きょうてい）は、大切（たいせつ）な 約束（やくそく）の ことです。\n"
                 "大（おお）きな 地震（じしん）や 大雨（おおあめ）で こまった とき、\n2つの 市（し）は おたがいに たすけます。\n"
                 "・水（みず）や 毛布（もうふ）を 送（おく）ります。\n・職員（しょくいん）が 手伝（てつだ）いに 行（い）きます。\n"
                 "この 協定（きょうてい）は 1ねん ごとに 続（つづ）きます。\n")


def test_a_page_written_word_by_word_reads_as_ordinary_text() -> None:
    from mou_extract.normalize import close_word_spaces, join_phrase_lines, write_kana_date_units

    nt = close_word_spaces(join_phrase_lines(drop_ruby(write_kana_date_units(normalize(_WORD_BY_WORD)))))
    assert "2024年10月8日" in nt.text.replace(" ", "")
    assert "美濃加茂市は、長野県の駒ヶ根市と協定を結びました。" in nt.text
    assert "大きな地震や大雨でこまったとき、2つの市はおたがいにたすけます。" in nt.text
    assert "\n・水や毛布を送ります。\n" in nt.text  # an item stays a line of its own
    at = nt.text.index("駒ヶ根市")
    assert nt.original_slice(at, at + 4) == "駒ヶ根市"


@pytest.mark.parametrize("raw", [
    "市長 あいさつ\n本市は、〇〇市と 協定を締結しました。\n",  # a few spaces on an ordinary page
    "輪島市 | なし | 0\n珠洲市 | なし | 0\n" * 12,  # a table's cells
])
def test_an_ordinary_page_keeps_its_spaces_and_lines(raw: str) -> None:
    from mou_extract.normalize import close_word_spaces, join_phrase_lines

    assert close_word_spaces(join_phrase_lines(normalize(raw))).text == normalize(raw).text


@pytest.mark.parametrize(("raw", "expected"), [
    ("2024ねん 6がつ 3にち", "2024年 6月 3日"),
    ("きかんは 1ねんかん です", "きかんは 1年間 です"),
    ("令和6ねんど", "令和6年度"),
    ("3かげつ", "3か月"),
    ("5ねんせい", "5ねんせい"),  # (no unit: a school year)
])
def test_a_dates_units_in_hiragana_are_written_in_kanji(raw: str, expected: str) -> None:
    from mou_extract.normalize import write_kana_date_units

    assert write_kana_date_units(normalize(raw)).text == expected


# a newsletter page pasted from a two-column PDF: each line holds a line of the left column, a run of spaces,
# and a line of the right column
_TWO_COLUMNS = (
    "広報みなと　令和6年11月号　　　　　　　　　　　　　　　　　　　　　　　8\n\n"
    "▼防災訓練を実施                             ▼水素の地産地消へ\n"
    "　9月1日の防災の日に合わせ、市内全域で総     　市は9月27日、株式会社みなと水素と、市\n"
    "合防災訓練を行いました。各地区の避難所で     内で作った水素を市内で使う仕組みづくり\n"
    "は、住民の皆さんが段ボールベッドの組み立     に向けた意思確認書を交わしました。\n"
    "てや、災害用トイレの設置を体験しました。     　同社は、市内の太陽光発電所の電力で水を\n"
    "　長坂地区では、消防団と自主防災会による     分解し、水素を製造する計画を進めていま\n"
    "初期消火訓練も行われ、約200人が参加しま      す。\n"
    "した。\n"
)


def test_a_two_column_page_reads_column_by_column() -> None:
    from mou_extract.normalize import split_side_by_side

    nt = split_side_by_side(normalize(_TWO_COLUMNS))
    left, right = nt.text.index("合防災訓練を行いました"), nt.text.index("内で作った水素を")
    assert left < nt.text.index("初期消火訓練も行われ") < nt.text.index("▼水素の地産地消へ") < right
    assert "株式会社みなと水素と、市\n内で作った水素" in nt.text  # the right column's lines follow each other
    at = nt.text.index("株式会社みなと水素")
    assert nt.original_slice(at, at + 9) == "株式会社みなと水素"  # offsets still map


@pytest.mark.parametrize("raw", [
    # a chronology: a date column and an event column, no kana on the left
    "須坂市のあゆみ\n\n" + "".join(f"昭和{n}年四月一日　　　　リバーフォールズ市から市民訪問団が来訪する\n" for n in range(30, 38)),
    # a table of three columns
    "".join(f"{n}  株式会社みなと{n}号    令和6年4月{n}日    災害時の物資の供給に関する協定\n" for n in range(1, 9)),
])
def test_tables_are_no_two_column_pages(raw: str) -> None:
    from mou_extract.normalize import split_side_by_side

    assert split_side_by_side(normalize(raw)).text == normalize(raw).text


def test_english_rules_and_a_dated_label_line_keep_their_breaks() -> None:
    from mou_extract.normalize import unwrap_latin

    page = ("PRESS RELEASE                                              12 September 2024\nFOR IMMEDIATE RELEASE\n"
            "================================================================\n"
            "Kumamoto Prefecture and Hsinchu City Sign Memorandum of\nUnderstanding on Exchange and Cooperation\n"
            "================================================================\n"
            "KUMAMOTO, Japan - Kumamoto Prefecture and Hsinchu City, Taiwan, signed a\n"
            "Memorandum of Understanding on Exchange and Cooperation on 11 September 2024\n"
            "at Hsinchu City Hall, in the presence of around 80 guests from business and\n"
            "academia and local government on both sides of the strait, it was reported.\n")
    lines = unwrap_latin(normalize(page)).text.split("\n")
    assert lines[0].endswith("12 September 2024") and lines[1] == "FOR IMMEDIATE RELEASE"
    assert lines[2].startswith("=====") and lines[2].strip("=") == ""
