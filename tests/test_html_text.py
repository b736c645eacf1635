"""html_text: a web page in, its main text out, every character mapped back into the HTML."""

from __future__ import annotations

import html as stdlib_html

import pytest

from mou_extract.html_text import HtmlTextError, extract_main_text

# (name, html, expected main text)
CASES = [
    ("plain paragraph", "<p>覚書を締結しました。</p>", "覚書を締結しました。"),
    ("blocks end lines", "<h1>見出し</h1><p>本文一</p><div>本文二</div>", "見出し\n本文一\n本文二"),
    ("br is a newline", "<p>一行目<br>二行目<br/>三行目</p>", "一行目\n二行目\n三行目"),
    ("two br keep one blank line", "<p>a<br><br><br>b</p>", "a\n\nb"),
    ("whitespace collapses", "<p>  Kobe   and\n\t Hamburg  </p>", "Kobe and Hamburg"),
    ("inline tags join", "<p>横浜<b>市</b>と<a href='x'>ハンブルク市</a></p>", "横浜市とハンブルク市"),
    ("entities decode", "<p>R&amp;D &lt;MOU&gt; &#x6F22;&#23383; &copy;</p>", "R&D <MOU> 漢字 ©"),
    ("legacy entity without semicolon", "<p>A &amp B</p>", "A & B"),
    ("unknown entity kept as written", "<p>&foo; & bar</p>", "&foo; & bar"),
    ("script and style dropped", "<p>a</p><script>var x='<p>no</p>';</script><style>p{}</style><p>b</p>", "a\nb"),
    ("noscript dropped", "<p>a</p><noscript>enable JS</noscript>", "a"),
    ("a ruby's reading is no part of the sentence",
     "<p><ruby>仙台市<rp>（</rp><rt>せんだいし</rt><rp>）</rp></ruby>と<ruby>長春市<rt>ちょうしゅんし</rt></ruby></p>", "仙台市と長春市"),
    ("comments dropped", "<p>a<!-- hidden -->b</p>", "ab"),
    ("head dropped, its title kept as the first line",
     "<html><head><meta name='x' content='y'><title>Site</title></head><body><p>本文</p></body></html>", "Site\n本文"),
    ("a title that is only a section's label (お知らせ) is no line: the page's own head comes first",
     "<html><head><title>お知らせ</title></head><body><p>宮古島市長 定例記者会見</p><p>本文</p></body></html>",
     "宮古島市長 定例記者会見\n本文"),
    ("nav header footer aside dropped",
     "<header>Site</header><nav><ul><li>Home</li></ul></nav><p>本文です</p><aside>広告</aside><footer>(c)</footer>",
     "本文です"),
    ("id and class words dropped",
     "<div id='gnav'>Menu</div><div class='breadcrumb-list'>Top &gt; News</div>"
     "<div class='side-menu'>Links</div><p>本文です</p><div id='footer'>Foot</div>",
     "本文です"),
    ("role navigation dropped", "<div role='navigation'>Menu</div><p>本文</p>", "本文"),
    ("main wins over the rest", "<div>Banner text</div><main><p>主な本文</p></main><div>Other</div>", "主な本文"),
    ("article wins", "<div>Intro</div><article><h2>題</h2><p>記事</p></article>", "題\n記事"),
    ("several articles all kept", "<article><p>一</p></article><div>x</div><article><p>二</p></article>", "一\n二"),
    ("article header kept (title and date)",
     "<header>Site</header><article><header><h1>題名</h1><time>2020年1月1日</time></header><p>本文</p></article>",
     "題名\n2020年1月1日\n本文"),
    ("main-ish id box", "<div id='head'>Logo</div><div id='contents'><p>本文の段落です</p></div><div>x</div>",
     "本文の段落です"),
    ("page-wide form wrapper is not furniture",
     "<form id='form1'><div id='nav'>Menu</div><p>ページ全体がフォームに入っている本文です</p></form>",
     "ページ全体がフォームに入っている本文です"),
    ("table rows and cells", "<table><tr><th>項目</th><th>内容</th></tr><tr><td>締結日</td><td>2020年2月11日</td></tr></table>",
     "項目 | 内容\n締結日 | 2020年2月11日"),
    ("blocks inside a cell stay on the row", "<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>", "a b | c"),
    ("table between paragraphs", "<p>前</p><table><tr><td>1</td><td>2</td></tr></table><p>後</p>", "前\n1 | 2\n後"),
    ("lists are lines", "<ul><li>経済</li><li>観光</li></ul>", "経済\n観光"),
    ("pre keeps whitespace", "<pre>a\n  b</pre><p>c</p>", "a\n  b\nc"),
    ("hidden attribute dropped", "<p>a</p><div hidden>b</div>", "a"),
    ("unclosed tags recovered", "<div>unclosed <b>bold<p>para", "unclosed bold\npara"),
    ("stray end tags ignored", "</p></div>text<p>more", "text\nmore"),
    ("no body tags at all", "just text", "just text"),
    ("ideographic space is not collapsed", "<p>一\u3000二</p>", "一\u3000二"),
    ("nbsp entity kept as nbsp", "<p>a&nbsp;b</p>", "a\u00a0b"),
    ("page with only script", "<html><body><script>x()</script></body></html>", ""),
]


@pytest.mark.parametrize("name,html,expected", CASES, ids=[c[0] for c in CASES])
def test_extracts_main_text(name: str, html: str, expected: str) -> None:
    assert extract_main_text(html).text == expected


@pytest.mark.parametrize("name,html,expected", CASES, ids=[c[0] for c in CASES])
def test_every_char_maps_to_its_source(name: str, html: str, expected: str) -> None:
    """Oracle: a kept char equals its source (after unescaping); inserted chars are zero-width."""
    r = extract_main_text(html)
    assert len(r.starts) == len(r.ends) == len(r.text)
    last = 0
    for i, ch in enumerate(r.text):
        s, e = r.starts[i], r.ends[i]
        assert 0 <= s <= e <= len(html)
        assert s >= last or s == e, "source positions go forward"
        last = max(last, s)
        src = html[s:e]
        if s == e:
            assert ch in "\n |", f"only separators are inserted, got {ch!r}"
        elif ch in " \t\n\r\f" and not src.startswith("&"):
            assert src.strip(" \t\n\r\f") == "", f"a space stands for whitespace, got {src!r}"
        else:
            assert ch in stdlib_html.unescape(src), f"{ch!r} from {src!r}"


def test_entity_maps_to_the_whole_reference() -> None:
    html = "<p>R&amp;D</p>"
    r = extract_main_text(html)
    i = r.text.index("&")
    assert html[r.starts[i] : r.ends[i]] == "&amp;"
    assert r.source_slice(0, len(r.text)) == "R&amp;D"


def test_to_source_maps_a_span_exactly() -> None:
    html = "<html><body><nav>x</nav><p>横浜市と<b>ハンブルク市</b>が&#x899A;書を締結</p></body></html>"
    r = extract_main_text(html)
    start = r.text.index("ハンブルク市")
    s, e = r.to_source(start, start + len("ハンブルク市"))
    assert html[s:e] == "ハンブルク市"
    start = r.text.index("覚書")
    assert r.source_slice(start, start + 2) == "&#x899A;書"


def test_to_source_skips_inserted_newlines_at_the_edges() -> None:
    html = "<p>一</p><p>二</p>"
    r = extract_main_text(html)
    assert r.text == "一\n二"
    assert r.source_slice(1, 3) == "二"  # "\n二" starts at 二, not at the <p> tag
    assert r.to_source(1, 2)[0] == r.to_source(1, 2)[1]  # the newline alone is zero-width


def test_offsets_across_lines_and_crlf() -> None:
    html = "<html>\r\n<body>\r\n<p>一行\r\n目</p>\n<p>次</p></body></html>"
    r = extract_main_text(html)
    assert r.text == "一行 目\n次"
    for word in ("一行", "目", "次"):
        i = r.text.index(word)
        assert r.source_slice(i, i + len(word)) == word


def test_empty_span_and_out_of_range() -> None:
    r = extract_main_text("<p>abc</p>")
    assert r.to_source(1, 1) == (4, 4)
    assert r.to_source(3, 3) == (len("<p>abc</p>"), len("<p>abc</p>"))


@pytest.mark.parametrize(
    "html",
    ['<div class="a>all text is inside a tag that never closes', "<!-- an unterminated comment hides all", "<p"],
)
def test_no_recoverable_text_is_an_error(html: str) -> None:
    with pytest.raises(HtmlTextError, match="unterminated"):
        extract_main_text(html)


def test_text_before_unterminated_markup_survives() -> None:
    assert extract_main_text('<p>ok</p><div class="a>lost').text == "ok"


def test_a_rowspan_cell_is_repeated_in_the_rows_it_covers_and_maps_to_its_source() -> None:
    html = (
        "<table><tr><th>都市名</th><th>提携年月日</th><th>備考</th></tr>"
        "<tr><td>A市</td><td rowspan=\"2\">昭和33年5月17日</td><td>姉妹都市</td></tr>"
        "<tr><td>B郡</td><td>姉妹都市</td></tr>"
        "<tr><td>C市</td><td>平成元年4月1日</td><td rowspan=\"3\">友好都市</td></tr>"
        "<tr><td>D市</td><td>平成2年1月1日</td></tr></table>"
    )
    out = extract_main_text(html)
    lines = [ln for ln in out.text.split("\n") if ln.strip()]
    assert lines[2] == "B郡 | 昭和33年5月17日 | 姉妹都市"
    assert lines[4] == "D市 | 平成2年1月1日 | 友好都市"  # a span at a row's end
    i = out.text.index("昭和33年5月17日", out.text.index("B郡"))
    assert out.source_slice(i, i + len("昭和33年5月17日")) == "昭和33年5月17日"


def test_a_colspan_header_moves_the_cells_a_rowspan_repeats() -> None:
    html = (
        "<table><tr><th colspan=\"2\">提携先</th><th rowspan=\"2\">提携の種類</th><th rowspan=\"2\">締結日</th></tr>"
        "<tr><th>国・地域</th><th>地域名</th></tr>"
        "<tr><td>大韓民国</td><td>全羅南道</td><td>友好交流協定</td><td>R5.4.1</td></tr></table>"
    )
    lines = [ln for ln in extract_main_text(html).text.split("\n") if ln.strip()]
    assert lines == ["提携先 | 提携の種類 | 締結日", "国・地域 | 地域名 | 提携の種類 | 締結日", "大韓民国 | 全羅南道 | 友好交流協定 | R5.4.1"]


def test_a_table_layout_page_keeps_its_lines_inside_the_layout_cell() -> None:
    html = ("<html><body><table><tr><td><a href='/'>ホーム</a></td></tr><tr><td>"
            "<h2>カウアイ郡と姉妹都市提携を締結しました</h2><p>令和6年8月22日<br>愛南町 企画財政課</p>"
            "<p><b>1 調印式</b><br>日時 令和6年8月20日<br>出席 町議会議長ほか</p></td></tr></table></body></html>")
    text = extract_main_text(html).text
    assert "令和6年8月22日\n愛南町 企画財政課" in text
    assert "日時 令和6年8月20日\n出席 町議会議長ほか" in text


def test_paragraphs_in_a_data_table_cell_stay_one_cell() -> None:
    html = "<table><tr><th>都市名</th><th>提携日</th></tr><tr><td><p>ウィニペグ市</p></td><td>昭和45年<br>6月</td></tr></table>"
    assert "ウィニペグ市 | 昭和45年 6月" in extract_main_text(html).text
