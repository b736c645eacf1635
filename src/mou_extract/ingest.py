"""Read one input file into a :class:`SourceDocument`, or say clearly why not.

Reading is a chain of checks, each with its own error code (an
:class:`IngestError` becomes one line of ``errors.jsonl``):

========== ==========================================================
code       when
========== ==========================================================
unreadable the path cannot be opened (a directory, a broken symlink, no permission)
too_large  the file is larger than ``Settings.max_bytes`` (default 5,000,000 bytes)
empty      the file has zero bytes
binary     a known binary format (PNG, PDF, ZIP/Office, GIF, JPEG …) or NUL bytes
undecodable no text encoding decodes the bytes cleanly
malformed_html the markup is so broken that no text can be recovered
no_text    the decoded document has no visible text
========== ==========================================================

Encodings are tried in this order: a byte-order mark (UTF-8, UTF-16, UTF-32);
ISO-2022-JP when its escape sequences are present (it is 7-bit, so it would
otherwise pass as ASCII); strict UTF-8; for HTML, the ``<meta charset>`` the
page declares, if the bytes decode with it; then CP932 (Shift_JIS as Windows
writes it) and EUC-JP, whichever decodes strictly, with a kana/kanji score and
charset-normalizer as tie-breakers when both do. When none decodes strictly, a
Japanese encoding that fails on only a few bytes (a file cut mid-character) is
used with U+FFFD for those bytes (encoding ``cp932+replace`` etc.), and last
charset-normalizer's guess among plausible codecs.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .html_text import HtmlText, HtmlTextError, extract_main_text

__all__ = [
    "INPUT_SUFFIXES",
    "IngestError",
    "SourceDocument",
    "UsageError",
    "file_sha256",
    "iter_inputs",
    "read_document",
]

INPUT_SUFFIXES = (".txt", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# Magic numbers of binary formats likely to be dropped into an input folder by mistake.
# Only signatures no text file starts with; anything else binary is caught by its NUL bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office file: docx/xlsx/pptx)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 file (legacy Office: doc/xls/ppt)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "ICO image"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Declared charsets mapped to the codec that decodes what is really out there
# (pages labelled Shift_JIS use CP932 characters such as ① and ㈱).
_CHARSET_ALIASES = {
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "windows-31j": "cp932", "cp932": "cp932", "ms932": "cp932",
    "euc-jp": "euc_jp", "euc_jp": "euc_jp", "x-euc-jp": "euc_jp", "eucjp": "euc_jp",
    "iso-2022-jp": "iso2022_jp_ext", "csiso2022jp": "iso2022_jp_ext",
    "utf-8": "utf-8", "utf8": "utf-8", "us-ascii": "utf-8", "ascii": "utf-8",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_ISO2022_ESC = re.compile(rb"\x1b(\$@|\$B|\$\(D|\(J|\(I|\$\(Q|\$\(O)")
_HTML_SNIFF = re.compile(r"\A\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


class UsageError(ValueError):
    """The command line named an input that does not exist (not a per-file error)."""


class IngestError(Exception):
    """One input could not be read as text; ``code`` is machine-readable."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A decoded input, ready for extraction.

    ``source_text`` is the whole decoded file (a byte-order mark removed): the
    "original document text" that evidence offsets index. ``text`` is what the
    extractor reads: the same string for plain text, the main text of the page
    for HTML. :meth:`to_source` maps an interval of ``text`` back into
    ``source_text``.
    """

    doc_id: str
    path: Path
    source_text: str
    text: str
    encoding: str
    media_type: str
    sha256: str
    html: HtmlText | None = field(default=None, repr=False, compare=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of ``text`` to ``[start, end)`` of ``source_text``."""
        if self.html is None:
            return start, end
        return self.html.to_source(start, end)


def file_sha256(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def iter_inputs(paths: list[Path]) -> list[Path]:
    """Expand folders (recursively) into their .txt/.html/.htm files.

    Files named explicitly are kept whatever their suffix (a PDF given by name
    gets its own error line). Hidden files and folders (a leading dot) are
    skipped while walking. The result is de-duplicated and sorted, so every run
    sees the same order. A path that does not exist raises :class:`UsageError`.
    """
    found: dict[str, Path] = {}
    for p in paths:
        p = Path(p)
        if not os.path.lexists(p):
            raise UsageError(f"input path does not exist: {p}")
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if name.startswith(".") or not name.lower().endswith(INPUT_SUFFIXES):
                        continue
                    q = Path(root) / name
                    found.setdefault(os.path.abspath(q), q)
        else:
            found.setdefault(os.path.abspath(p), p)
    return sorted(found.values(), key=lambda q: q.as_posix())


def read_document(path: Path, *, max_bytes: int = 5_000_000) -> SourceDocument:
    """Read, check and decode one file.

    Args:
        path: the file.
        max_bytes: larger files are refused (``too_large``) before being read.

    Raises:
        IngestError: with one of the codes in the module docstring.
    """
    path = Path(path)
    raw = _read_bytes(path, max_bytes)
    if not raw:
        raise IngestError("empty", "the file is empty (0 bytes)")
    sha = hashlib.sha256(raw).hexdigest()
    is_html_name = path.suffix.lower() in _HTML_SUFFIXES
    text, encoding = decode_bytes(raw, html=is_html_name)
    media_type = "text/html" if is_html_name or (
        path.suffix.lower() != ".txt" and _HTML_SNIFF.match(text[:2000])
    ) else "text/plain"
    doc_id = path.stem
    if media_type == "text/html":
        try:
            extracted = extract_main_text(text)
        except HtmlTextError as exc:
            raise IngestError("malformed_html", str(exc)) from exc
        if not extracted.text.strip():
            raise IngestError("no_text", "the page has no visible text outside scripts, styles and navigation")
        return SourceDocument(doc_id, path, text, extracted.text, encoding, media_type, sha, extracted)
    if not text.strip():
        raise IngestError("no_text", "the file holds only whitespace")
    return SourceDocument(doc_id, path, text, text, encoding, media_type, sha)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise IngestError("unreadable", "the path is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                "too_large", f"{size:,} bytes is over the limit of {max_bytes:,} bytes (Settings.max_bytes)"
            )
        with open(path, "rb") as f:
            raw = f.read(max_bytes + 1)
    except IngestError:
        raise
    except FileNotFoundError as exc:
        what = "a broken symbolic link" if os.path.islink(path) else "the file does not exist"
        raise IngestError("unreadable", f"{what}: {exc.strerror}") from exc
    except OSError as exc:
        raise IngestError("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:  # grew since stat
        raise IngestError("too_large", f"over the limit of {max_bytes:,} bytes (Settings.max_bytes)")
    return raw


def sniff_binary(raw: bytes) -> str | None:
    """Name the binary format of ``raw``, or None when it may be text."""
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return name
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP":
        return "WebP image"
    head = raw[:8192]
    if b"\x00" in head:
        return "unknown binary data (NUL bytes)"
    return None


def decode_bytes(raw: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode ``raw`` and name the encoding used (see the module docstring).

    Raises:
        IngestError: ``binary`` or ``undecodable``.
    """
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError as exc:
                raise IngestError("undecodable", f"starts with a {enc} byte-order mark but does not decode: {exc}") from exc
            return _check_text(text.lstrip("\ufeff"), enc.replace("-sig", ""))
    kind = sniff_binary(raw)
    if kind is not None:
        raise IngestError("binary", f"not a text file: looks like a {kind}")
    if _ISO2022_ESC.search(raw):
        for enc in ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_2", "iso2022_jp_3"):
            text = _try(raw, enc)
            if text is not None:
                return _check_text(text, "iso-2022-jp")
    text = _try(raw, "utf-8")
    if text is not None:
        return _check_text(text, "utf-8")
    if html:
        m = _META_CHARSET.search(raw[:8192])
        if m:
            declared = m.group(1).decode("ascii", "replace").lower()
            enc = _CHARSET_ALIASES.get(declared, declared)
            try:
                codecs.lookup(enc)
            except LookupError:
                enc = ""
            text = _try(raw, enc) if enc else None
            if text is not None:
                return _check_text(text, _label(enc))
    nearly = _nearly_decodes(raw, ("utf-8",))  # a UTF-8 file cut mid-character, before
    if nearly is not None:  # CP932 gets a chance to read it as mojibake
        return _check_text(*nearly)
    candidates = {enc: t for enc in ("cp932", "euc_jp") if (t := _try(raw, enc)) is not None}
    if len(candidates) == 1:
        enc, text = next(iter(candidates.items()))
        return _check_text(text, _label(enc))
    if len(candidates) == 2:
        enc = _tie_break(raw, candidates)
        return _check_text(candidates[enc], _label(enc))
    nearly = _nearly_decodes(raw, ("cp932", "euc_jp"))
    if nearly is not None:
        return _check_text(*nearly)
    guess = _charset_normalizer_guess(raw)
    if guess is not None:
        return _check_text(*guess)
    raise IngestError(
        "undecodable", "the bytes are not valid UTF-8, ISO-2022-JP, Shift_JIS/CP932 or EUC-JP, and no other encoding fits"
    )


def _label(enc: str) -> str:
    return {"cp932": "cp932", "euc_jp": "euc-jp", "utf-8": "utf-8"}.get(enc, enc.replace("_", "-"))


def _try(raw: bytes, enc: str) -> str | None:
    try:
        return raw.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def _check_text(text: str, encoding: str) -> tuple[str, str]:
    """Refuse decoded text that is mostly control characters (binary in disguise)."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v\x1b")
    if sample and controls * 20 > len(sample):
        raise IngestError("binary", f"not a text file: {controls} control characters in the first {len(sample)}")
    return text, encoding


def _japanese_score(text: str) -> float:
    """How much ``text`` looks like Japanese: kana and common kanji up, oddities down."""
    good = bad = 0
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFF5E:
            good += 1
        elif 0xFF61 <= o <= 0xFF9F or 0xE000 <= o <= 0xF8FF or 0x2460 <= o <= 0x24FF or 0x3200 <= o <= 0x33FF:
            bad += 1  # half-width katakana, private use, circled/squared signs: rare in real prose
    return (good - 3 * bad) / max(1, good + bad)


def _tie_break(raw: bytes, candidates: dict[str, str]) -> str:
    """Choose between CP932 and EUC-JP when both decode strictly."""
    scores = {enc: _japanese_score(t) for enc, t in candidates.items()}
    best = max(scores, key=lambda e: scores[e])
    if abs(scores["cp932"] - scores["euc_jp"]) > 0.05:
        return best
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(raw, cp_isolation=["cp932", "euc_jp"]).best()
    except Exception:  # noqa: BLE001 - a tie-breaker must never fail the read
        match = None
    if match is not None and match.encoding in candidates:
        return match.encoding
    return best


def _nearly_decodes(raw: bytes, encodings: tuple[str, ...]) -> tuple[str, str] | None:
    """An encoding that decodes all but a few bytes (a file cut mid-character, one
    stray byte): at least 50 good non-ASCII characters per bad one. The text keeps
    U+FFFD for those bytes and the encoding is labelled ``<codec>+replace``."""
    for enc in encodings:
        text = raw.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        non_ascii = sum(1 for ch in text if ord(ch) > 127) - bad
        if bad and bad * 50 <= non_ascii:
            return text, _label(enc) + "+replace"
    return None


# charset-normalizer can name any codec; only these are plausible for our inputs
# (it calls 20 random bytes EBCDIC otherwise).
_FALLBACK_ENCODINGS = frozenset({
    "cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf_8", "utf_16", "gb18030", "gb2312", "big5",
    "euc_kr", "cp949", "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r",
})


def _charset_normalizer_guess(raw: bytes) -> tuple[str, str] | None:
    """Last resort: charset-normalizer's best guess, when it is clean and plausible."""
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(raw).best()
    except Exception:  # noqa: BLE001
        return None
    if match is None or match.chaos > 0.2 or match.encoding not in _FALLBACK_ENCODINGS:
        return None
    text = _try(raw, match.encoding)
    if text is None:
        return None
    return text, _label(match.encoding)
