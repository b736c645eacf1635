"""ingest: one file in, a decoded SourceDocument out, or an IngestError with a clear code."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from mou_extract.ingest import IngestError, SourceDocument, UsageError, iter_inputs, read_document

JA = "令和2年11月18日、横浜市はハンブルク市と経済交流に関する覚書を締結しました。\n期間は3年間です。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def read(p: Path, max_bytes: int = 5_000_000) -> SourceDocument:
    return read_document(p, max_bytes=max_bytes)


# ----------------------------------------------------------- encodings ---

ENCODINGS = [
    # (label, bytes, expected encoding name)
    ("utf-8", JA.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + JA.encode("utf-8"), "utf-8"),
    ("cp932", JA.encode("cp932"), "cp932"),
    ("euc-jp", JA.encode("euc_jp"), "euc-jp"),
    ("iso-2022-jp", JA.encode("iso2022_jp"), "iso-2022-jp"),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + JA.encode("utf-16-le"), "utf-16"),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + JA.encode("utf-16-be"), "utf-16"),
]


@pytest.mark.parametrize("label,data,encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_round_trip(tmp_path: Path, label: str, data: bytes, encoding: str) -> None:
    doc = read(write(tmp_path, "press.txt", data))
    assert doc.source_text == JA  # the byte-order mark is not part of the text
    assert doc.text == JA
    assert doc.encoding == encoding
    assert doc.media_type == "text/plain"
    assert doc.doc_id == "press"


@pytest.mark.parametrize("enc", ["cp932", "euc_jp"])
@pytest.mark.parametrize("text", ["覚書", "姉妹都市提携", "連携協定を締結", "平成30年4月4日に協定書を交わした"])
def test_short_legacy_texts_pick_the_right_codec(tmp_path: Path, enc: str, text: str) -> None:
    assert read(write(tmp_path, "a.txt", text.encode(enc))).text == text


def test_cp932_only_characters(tmp_path: Path) -> None:
    text = "①株式会社㈱と髙橋市長が覚書を締結"
    doc = read(write(tmp_path, "a.txt", text.encode("cp932")))
    assert (doc.text, doc.encoding) == (text, "cp932")


def test_utf8_cut_mid_character_is_read_with_a_replacement(tmp_path: Path) -> None:
    data = (JA * 3).encode("utf-8")[:-1]
    doc = read(write(tmp_path, "a.txt", data))
    assert doc.encoding == "utf-8+replace"
    assert doc.text.startswith(JA) and doc.text.endswith("\ufffd")


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    html = '<html><head><meta charset="EUC-JP"></head><body><p>覚書を締結</p></body></html>'
    doc = read(write(tmp_path, "page.html", html.encode("euc_jp")))
    assert (doc.encoding, doc.text) == ("euc-jp", "覚書を締結")
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>姉妹都市</body></html>'
    doc = read(write(tmp_path, "page2.htm", html.encode("cp932")))
    assert (doc.encoding, doc.text) == ("cp932", "姉妹都市")


def test_wrong_meta_charset_is_ignored_when_it_does_not_decode(tmp_path: Path) -> None:
    html = '<meta charset="Shift_JIS"><p>覚書を締結しました</p>'
    doc = read(write(tmp_path, "page.html", html.encode("utf-8")))
    assert (doc.encoding, doc.text) == ("utf-8", "覚書を締結しました")


# ----------------------------------------------------------------- html ---

def test_html_document_maps_text_back_to_source(tmp_path: Path) -> None:
    html = "<html><body><nav>メニュー</nav><main><p>横浜市と<b>ハンブルク市</b>が覚書&amp;協定を締結</p></main></body></html>"
    doc = read(write(tmp_path, "news.html", html.encode("utf-8")))
    assert doc.media_type == "text/html"
    assert doc.source_text == html
    assert doc.text == "横浜市とハンブルク市が覚書&協定を締結"
    i = doc.text.index("ハンブルク市")
    s, e = doc.to_source(i, i + len("ハンブルク市"))
    assert doc.source_text[s:e] == "ハンブルク市"
    i = doc.text.index("&")
    assert doc.source_text[slice(*doc.to_source(i, i + 1))] == "&amp;"


def test_plain_text_to_source_is_identity(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "a.txt", JA.encode()))
    assert doc.to_source(3, 9) == (3, 9)


def test_crlf_is_kept_in_source_text(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "a.txt", "一行\r\n二行".encode()))
    assert doc.source_text == "一行\r\n二行"


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    data = codecs.BOM_UTF8 + JA.encode()
    assert read(write(tmp_path, "a.txt", data)).sha256 == hashlib.sha256(data).hexdigest()


def test_html_sniffed_for_unknown_suffix(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "page.xml", b"<!DOCTYPE html><html><body><p>x</p></body></html>"))
    assert doc.media_type == "text/html" and doc.text == "x"


def test_txt_with_markup_stays_plain(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "a.txt", b"<html><body>x</body></html>"))
    assert doc.media_type == "text/plain" and doc.text == "<html><body>x</body></html>"


# ------------------------------------------------------------ bad input ---

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"

BAD = [
    # (label, file name, bytes, code, words the reason must contain)
    ("empty file", "empty.txt", b"", "empty", "0 bytes"),
    ("png bytes", "image.txt", PNG, "binary", "PNG"),
    ("pdf bytes", "doc.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary", "PDF"),
    ("zip bytes", "a.txt", b"PK\x03\x04\x14\x00\x06\x00", "binary", "ZIP"),
    ("gif bytes", "a.txt", b"GIF89a\x01\x00\x01\x00", "binary", "GIF"),
    ("jpeg bytes", "a.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary", "JPEG"),
    ("nul bytes", "a.txt", b"abc\x00def\x00", "binary", "NUL"),
    ("undecodable bytes", "a.txt", bytes(range(0x80, 0x100)) * 4, "undecodable", "UTF-8"),
    ("whitespace only", "a.txt", b" \n\t\r\n", "no_text", "whitespace"),
    ("html without visible text", "a.html", b"<html><head><script>x()</script></head><body></body></html>", "no_text", "visible"),
    ("malformed html", "a.html", b'<html><body><div class="x>all text is swallowed by this tag', "malformed_html", "unterminated"),
]


@pytest.mark.parametrize("label,name,data,code,words", BAD, ids=[b[0] for b in BAD])
def test_bad_inputs(tmp_path: Path, label: str, name: str, data: bytes, code: str, words: str) -> None:
    with pytest.raises(IngestError) as err:
        read(write(tmp_path, name, data))
    assert err.value.code == code
    assert words in err.value.reason


def test_malformed_but_recoverable_html_is_read(tmp_path: Path) -> None:
    doc = read(write(tmp_path, "a.html", "<div><p>覚書を<b>締結<p>しました</table></span>".encode()))
    assert doc.text == "覚書を締結\nしました"


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    p = write(tmp_path, "big.txt", JA.encode() * 10)
    with pytest.raises(IngestError) as err:
        read(p, max_bytes=100)
    assert err.value.code == "too_large"
    assert "Settings.max_bytes" in err.value.reason
    assert read(p, max_bytes=len(JA.encode()) * 10).text == JA * 10  # exactly at the limit is fine


def test_directory_named_like_a_file_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError) as err:
        read(tmp_path / "folder.txt")
    assert err.value.code == "unreadable"


def test_broken_symlink_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    with pytest.raises(IngestError) as err:
        read(link)
    assert err.value.code == "unreadable"
    assert "symbolic link" in err.value.reason


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    p = write(tmp_path, "secret.txt", JA.encode())
    p.chmod(0)
    try:
        with pytest.raises(IngestError) as err:
            read(p)
        assert err.value.code == "unreadable"
    finally:
        p.chmod(0o644)


# ----------------------------------------------------------- iter_inputs ---

def test_iter_inputs_expands_folders_sorted(tmp_path: Path) -> None:
    for name in ["b/2.txt", "b/1.HTML", "a.htm", "c/d/e.txt", "skip.pdf", ".hidden.txt", ".git/x.txt", "notes.md"]:
        write(tmp_path, name, b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])]
    assert found == ["a.htm", "b/1.HTML", "b/2.txt", "c/d/e.txt"]


def test_iter_inputs_keeps_named_files_and_dedupes(tmp_path: Path) -> None:
    pdf = write(tmp_path, "z.pdf", b"%PDF-1.4")
    txt = write(tmp_path, "a.txt", b"x")
    assert iter_inputs([pdf, tmp_path, txt]) == [txt, pdf]


def test_iter_inputs_includes_broken_symlinks_as_inputs(tmp_path: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert [p.name for p in iter_inputs([tmp_path])] == ["gone.txt"]


def test_iter_inputs_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        iter_inputs([tmp_path / "no-such-folder"])
