"""Bilingual name glossary: English uses of a party the page names in Japanese.

English and bilingual municipal pages write a partner once with its Japanese
name in brackets (``Tours, France (トゥール市)``, ``高松市 (Takamatsu City)``) and
then only in English (``Takamatsu and Tours became sister cities in 1988``).
No gazetteer knows every English exonym, but the page itself states the pair:
this module reads those pairs and marks every later use of the English name
as a mention of the Japanese party, with the country the English phrase gives
(``Nanchang, Jiangxi Province, China`` → CN). The word lists are in
``data/glossary.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import PartyKind, PartyMention


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(resources.files("mou_extract.data").joinpath("glossary.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """English country names (the parties module's pycountry table) and the aliases of
    glossary.json → alpha-2."""
    from .parties import _english_countries  # parties imports this module lazily: no cycle

    return {**_english_countries(), **_data()["country_aliases"]}


def country_of_english_name(name: str) -> str | None:
    """The alpha-2 code of an English country name in any of its listed forms, else None."""
    return _countries().get(name)


@lru_cache(maxsize=1)
def _country_word() -> re.Pattern[str]:
    """Any English country name of four letters or more, as a word (one scan, not one per name)."""
    names = sorted((w for w in _countries() if len(w) >= 4), key=len, reverse=True)
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in names) + r")(?![A-Za-z])")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    d = _data()
    conn = "|".join(d["connectors"])
    word = r"[A-Z][A-Za-z.'’\-]*"
    name = rf"{word}(?:[ ](?:{word}|{conn}))*"
    # English phrase (with comma-separated locators) right before the bracketed Japanese name
    before = re.compile(rf"(?P<en>{name}(?:,\s?{name})*)\s?[(（\[［]$")
    # English phrase inside brackets right after the Japanese name
    after = re.compile(rf"\s?[(（\[［](?P<en>{name}(?:,\s?{name})*)[)）\]］]")
    types = "|".join(sorted((re.escape(w) for w in d["type_words"]), key=len, reverse=True))
    type_tail = re.compile(rf"\s(?:{types})$")
    return before, after, type_tail


# a company's branch written after the company's name (株式会社X 東北支社): the words that name one
COMPANY_BRANCH = r"[一-龥ァ-ヺー]{1,8}(?:支社|支店|本部|事業所|営業所|事業部|支部)"
_BRANCH_AFTER = re.compile(rf"[ \u3000]?{COMPANY_BRANCH}(?=\s?[(（])")
_BRANCH = re.compile(r"[一-龥ァ-ヺー]{0,6}(?:センター|支部|事務所|支所|本部|事務局|国内拠点)")
_DEFINED_AS = re.compile(r"\s?[(（][^()（）]{0,90}?以下[、,]?\s?(?:[「『](?P<alias>[^」』]{2,30})[」』]|(?P<bare>[A-Za-z][A-Za-z0-9&.\-]{1,15})(?=[)）]|という))"
                         # Hokuyo Air Cargo Co., Ltd. (株式会社北洋エアカーゴ; "Hokuyo"): an English release's short name
                         r"|\s?(?:[(（](?:[^()（）\"“”]{0,60}?[;；,、]\s?)?|[;；,、]\s?)(?:hereinafter (?:referred to as |called )?)?(?:the )?[\"“](?P<en>[A-Z][A-Za-z0-9&.'’\- ]{1,30})[\"”][)）]")
_NOT_AN_ALIAS = re.compile(r"^(?:本|両|当|甲|乙|丙)|協定|覚書|合意|宣言|事業|計画")


_KATA_GLOSS = re.compile(r"\s?[(（]([ァ-ヺー][ァ-ヺー・]{2,30})[)）]$")


def _keys_and_country(en: str) -> tuple[list[str], str | None]:
    """``St. Petersburg, Florida, U.S.A.`` → (["St. Petersburg"], "US")."""
    parts = [p.strip() for p in en.split(",") if p.strip()]
    countries = _countries()
    country = next((countries[p] for p in parts[1:] if p in countries), None)
    if country is None:  # the Region of Southern Denmark: a country word inside the name
        hit = _country_word().search(parts[0])
        country = countries[hit.group()] if hit else None
    head = parts[0]
    if head in countries:
        return [], None  # a country is no partner name here
    # the phrase may open with words that are not the name (Sister Cities of Takamatsu City):
    # the part after its last connector is a key too (Town of Huntsville → Huntsville)
    words = head.split(" ")
    connectors = set(_data()["connectors"])
    last_conn = max((i for i, w in enumerate(words) if w in connectors), default=-1)
    tails = [head] + ([" ".join(words[last_conn + 1 :])] if 0 <= last_conn < len(words) - 1 else [])
    stop = set(_data()["type_words"]) | set(_data()["generic_words"])
    keys: list[str] = []
    for tail in tails:
        for k in (tail, _patterns()[2].sub("", tail)):
            if len(k) >= 3 and k not in stop and k not in countries and k not in keys:
                keys.append(k)
    return keys, country


_GLOSS = re.compile(r"[A-Za-z.]\s?[\[［(（](?P<ja>[^\]］)）\[［(（\n]{2,30}?(?:地域|地方|州|省|県|市|町|村|郡|区|大学|協会|公社|機構|研究所|会議所|庁|局))[\]］)）]")
_GLOSS_KIND = ((r"(?:地域|地方|州|省|県)$", PartyKind.REGION), (r"(?:市|町|村|郡|区)$", PartyKind.MUNICIPALITY))


def _glossed_names(text: str, mentions: list[PartyMention]) -> list[PartyMention]:
    """The Region of Southern Denmark [南デンマーク地域]: on an English page the bracketed
    Japanese name is the party's name even when no gazetteer knows it."""
    taken = [(m.start, m.end) for m in mentions]
    extra: list[PartyMention] = []
    for g in _GLOSS.finditer(text):
        s, e = g.span("ja")
        ja = g.group("ja")
        if any(a < e and s < b for a, b in taken) or not re.search(r"[ぁ-ゖァ-ヺ一-龥]", ja):
            continue
        kind = next((k for rx, k in _GLOSS_KIND if re.search(rx, ja)), PartyKind.ORGANIZATION)
        extra.append(PartyMention(s, e, ja, ja, kind, None, "glossary"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


@lru_cache(maxsize=1)
def _english_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = _data()["english_bodies"]
    conn = "|".join(_data()["connectors"])
    word = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"  # (City of Orléans, Universität …)
    name = rf"{word}(?:[ ](?:{word}|(?:{conn})(?=[ ][A-Z])))*"
    heads = "|".join(sorted(cfg["of_heads"], key=len, reverse=True))
    tails = "|".join(re.escape(t) for t in sorted(cfg["tails"], key=len, reverse=True))
    listed = "|".join(sorted(cfg["listed_of_heads"], key=len, reverse=True))
    # Ministry of Economy, Trade and Industry: a head whose name lists its fields
    # (the University of the Coral Coast: an article may open the name after 'of')
    of_form = re.compile(rf"(?<![A-Za-z])(?P<head>{heads}) of (?:the )?(?P<x>{name}(?:(?<=[A-Za-z])(?:,[ ]{word})+(?:,?[ ]and[ ]{word})?)?)"
                         if not listed else
                         rf"(?<![A-Za-z])(?:(?P<lhead>{listed}) of (?P<lx>{name}(?:,[ ]{word})*(?:,?[ ]and[ ]{word})?)|(?P<head>{heads}) of (?:the )?(?P<x>{name}))")
    # Osaka Port and Harbor Bureau: an 'and' may join two words of the name before its type word
    tail_form = re.compile(rf"(?<![A-Za-z])(?P<x>{word}(?:[ ](?:{word}|and(?=[ ][A-Z]))){{0,4}}?) (?P<tail>{tails})(?![A-Za-z])")
    locator = re.compile(rf"(?:,\s?(?:{name}))+|\s?\((?:{name})\)|\s(?:in|of)\s(?:the\s)?(?:{name})")
    return of_form, tail_form, locator


@lru_cache(maxsize=1)
def _type_word_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cfg = _data()["english_bodies"]
    heads = "|".join(map(re.escape, sorted(cfg["of_heads"], key=len, reverse=True)))
    tails = "|".join(map(re.escape, sorted(cfg["tails"], key=len, reverse=True)))
    return re.compile(rf"(?:[Tt]he )?(?P<w>{heads}) of "), re.compile(rf" (?P<w>{tails})$")


def english_type_kind(name: str) -> PartyKind | None:
    """The kind an English name's type word gives it (City of Tacoma, Incheon Metropolitan City,
    State of Oregon, … University), from the same table the English pages are read with; None
    for a name with no type word."""
    cfg = _data()["english_bodies"]
    of_form, tail_form = _type_word_forms()
    if (m := of_form.match(name)) is not None:
        return PartyKind(cfg["of_heads"][m.group("w")])
    if (m := tail_form.search(name)) is not None:
        return PartyKind(cfg["tails"][m.group("w")])
    return None


@lru_cache(maxsize=1)
def _tail_closed() -> re.Pattern[str]:
    """A name closed by an English body's type word (… District Council, … City, … University)."""
    tails = "|".join(map(re.escape, sorted(_data()["english_bodies"]["tails"], key=len, reverse=True)))
    return re.compile(r"\s(?:" + tails + r")$")


@lru_cache(maxsize=1)
def _body_after_and() -> re.Pattern[str]:
    """' and Hai Phong City' closing an of-form's name: a second body with its type word."""
    tails = "|".join(map(re.escape, _data()["english_bodies"]["tails"]))
    return re.compile(r" and (?:the )?[A-Z][^,]*?[ ](?:" + tails + r")$")


@lru_cache(maxsize=1)
def _lead_form() -> re.Pattern[str]:
    """Universiti Sains Malaysia, Institut Teknologi Bandung: a head word, then the name's words."""
    conn = "|".join(_data()["connectors"] + ["de", "del", "da", "do", "di", "für", "des", "du"])
    word = r"[A-Z][A-Za-zÀ-ÿ'’\-]*"
    heads = "|".join(sorted(_data()["english_bodies"]["lead_heads"], key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-zÀ-ÿ])(?P<lead>{heads})(?P<x>(?:[ ](?:{word}|(?:{conn})(?=[ ][A-Z]))){{1,6}})")


def _gazetteer():  # type: ignore[no-untyped-def]
    from .gazetteer import Gazetteer

    return Gazetteer.load()


def _japanese_romaji(x: str, kind: str) -> bool:
    """Whether ``x`` is the Hepburn name of a Japanese municipality or prefecture (for a
    municipality or region type word), or of a prefecture (for an organisation named after one)."""
    entries = _gazetteer().lookup_romaji(x)
    if kind == "organization":
        return any(e.kind == "region" for e in entries)
    return bool(entries)


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, str]:
    """English names of first-level subdivisions (Hawaii, Bavaria, Gyeonggi-do) → alpha-2,
    only where the name belongs to one country."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            seen.setdefault(sub.name, set()).add(sub.country_code)
    return {n: next(iter(c)) for n, c in seen.items() if len(c) == 1}


def _mostly_english(text: str) -> bool:
    """True when Latin letters outnumber Japanese characters five to one."""
    latin = len(re.findall(r"[A-Za-z]", text))
    return latin > 40 and len(re.findall(r"[ぁ-ゖァ-ヺ一-龥]", text)) * 5 < latin


_OFFICE_OF = re.compile(r"(?i:governor|mayor|ambassador|consul(?:[ -]general)?|president|minister|chair(?:man|person)?|director(?:[ -]general)?|"
                        r"secretary(?:[ -]general)?|representative|delegation|officials?|staff|members?)s? of (?:the )?$")
_WITNESS_AFTER = re.compile(r"[^.;]{0,40}?\b(?:attended as (?:a )?witness(?:es)?|witnessed|as (?:a )?witness(?:es)?|attended the (?:signing|ceremony))\b")


def _locator_country(text: str, name: str, end: int) -> str | None:
    """The country the words after an English name give (…, Germany / (BGU), Israel /
    in the Philippines / , Western Australia), if any."""
    _, _, locator = _english_patterns()
    cell = re.match(r"[ \t]*\|[ \t]*([A-Z][^|\n]{1,40}?)[ \t]*(?:\||$)", text[end : end + 60], re.MULTILINE)
    if cell is not None and cell.group(1) in _countries():
        return _countries()[cell.group(1)]  # Region of Murcia | Spain | …: the table's country cell
    abbr = re.match(r" ?\([A-Z][A-Za-z&.]{1,9}\)", text[end : end + 14])  # (BGU), Israel
    if abbr is not None and abbr.group().strip(" ()") in _countries():
        return _countries()[abbr.group().strip(" ()")]  # Vancouver Fraser Port Authority (Canada): the country in brackets
    loc = locator.match(text, end + (abbr.end() if abbr else 0))
    if loc is None:
        return None
    where = re.sub(r"^\s?\(|\)$|^\s(?:in|of)\s(?:the\s)?", "", loc.group()).lstrip(", ")
    where = re.split(r" and (?=[A-Z])", where)[0]  # Tours, France and Takamatsu City: the next party starts after 'and'
    where = re.sub(r"['’]s$", "", where)  # …, Denmark's second largest city: the country whose city it is
    _, country = _keys_and_country(name + ", " + where)
    if country is None and loc.group().startswith(("(", " (")):  # Aarhus Municipality (Aarhus Kommune), Denmark's …
        return _locator_country(text, name, loc.end())
    if country is None:  # City of Perth, Western Australia
        country = next((c for part in where.split(",") if (c := _subdivision_countries().get(part.strip()))), None)
    return country


_SUBDIVISION_NAME = re.compile(r"^(?:the )?(?:State|Province|Commonwealth|Region|Prefecture) of (?P<a>[A-Z][A-Za-z .\-]+)$|^(?P<b>[A-Z][A-Za-z .\-]+?) (?:State|Province|Region)$")


def _placed_by_locator(text: str, m: PartyMention) -> PartyMention:
    """A Latin-named body with no country takes the one its locator gives (…, Israel), or, for a
    state or province named as such (State of Montana), the country it is a subdivision of."""
    if m.country is not None or not re.fullmatch(r"[A-Za-z0-9 .,&'’\-]+", m.name):
        return m
    country = _locator_country(text, m.name, m.end)
    sub = _SUBDIVISION_NAME.match(m.name)
    if country is None and sub is not None:
        country = _subdivision_countries().get(sub.group("a") or sub.group("b"))
    if country is None:  # Hokkaido University read from a list line: a Japanese place's Hepburn name before its type word
        cfg = _data()["english_bodies"]
        tail = _english_patterns()[1].fullmatch(m.name)
        if tail is not None and (tail.group("tail") in cfg["japan_tails"] or _japanese_romaji(tail.group("x"), cfg["tails"][tail.group("tail")])):
            country = "JP"
    return replace(m, country=country) if country else m


def _country_word_in(name: str, *, closing_only: bool = False) -> str | None:
    """The country whose English name closes (or opens) a body's name: Universiti Teknologi
    Malaysia, Japan External Trade Organization."""
    ws = name.split()
    ends = (ws[-1], " ".join(ws[-2:])) if closing_only else (ws[-1], ws[0], " ".join(ws[-2:]), " ".join(ws[:2]))
    return next((_countries()[w] for w in ends if w in _countries()), None)


def _english_bodies(text: str, taken: list[tuple[int, int]]) -> list[tuple[PartyMention, str]]:
    """Bodies an English page names with a type word and no Japanese form (City of Tours,
    Fukuoka Prefecture, the University of Adelaide), each with its bare key (Tours) so that
    later bare uses are the same party. Country: the locator after the name (…, Germany /
    (Germany) / in Germany), else Japan for a prefecture or a Japanese prefecture's name."""
    if not re.search(r"[A-Za-z]{4}", text):
        return []
    cfg = _data()["english_bodies"]
    of_form, tail_form, _ = _english_patterns()
    countries = _countries()
    stop = set(cfg["not_names"])
    found: list[tuple[PartyMention, str]] = []
    spans = list(taken)
    for m in _lead_form().finditer(text):  # Universitas Gadjah Mada: taken first, so no tail inside it reads a body of its own
        s, e = m.start(), m.end()
        if any(a < e and s < b for a, b in spans):
            continue
        spans.append((s, e))
        name = text[s:e]
        country = _locator_country(text, name, e) or _country_word_in(name, closing_only=True)
        found.append((PartyMention(s, e, name, name, PartyKind(cfg["lead_heads"][m.group("lead")]), country, "english"),
                      m.group("x").strip()))
    for rx, kinds, field in ((of_form, cfg["of_heads"], "head"), (tail_form, cfg["tails"], "tail")):
        for m in rx.finditer(text):
            listed_head = field == "head" and m.group("x") is None
            x = m.group("lx") if listed_head else m.group("x")
            if field == "head" and re.search(r"(?<![A-Za-z])(?!(?:The|A|An|Our|Its|Their)\b)[A-Z][A-Za-z'’\-]+(?<!'s)(?<!’s) $", text[max(0, m.start() - 30) : m.start()]):
                continue  # Ben-Gurion University of the Negev: the head word closes a longer name (read by its tail)
            hfield = "lhead" if listed_head else field
            words = x.split(" ")
            lead = set(cfg["articles"]) if kinds[m.group(hfield)] == "organization" else stop
            if field == "tail" and "and" in words:
                cut = len(words) - words[::-1].index("and")
                # (Hokuyo Air Cargo and Edmonton Regional Airports Authority sign …: the words before 'and' close a body named before)
                before_and = text[max(0, m.start() - 40) : m.start()] + " ".join(words[: cut - 1])
                if kinds[m.group(field)] != "organization" or " ".join(words[: cut - 1]) in countries \
                        or any(len(k) >= 4 and before_and.endswith(k) for k in _bare_keys(found)):
                    words = words[cut:]  # Tours, France and Takamatsu City: 'and' joins two parties, not a name's words
            while words and words[0] in lead:  # the Japan International Cooperation Agency keeps "Japan"
                words = words[1:]
            if not words:
                continue
            x = " ".join(words)
            s, e = m.end() - len(m.group()) + (m.group().find(x) if field == "tail" else 0), m.end()
            if field == "head" and " and " in x and _body_after_and().search(x):
                cut = x.index(" and ")  # the City of Kitakyushu and Hai Phong City: two bodies, not one name
                e -= len(x) - cut
                x = x[:cut]
            named_country = countries.get(x) if kinds[m.group(hfield)] == "organization" else None
            if any(a < e and s < b for a, b in spans) or (x in countries and not named_country) or x in stop or len(x) < 3:
                continue  # (Kenya Ports Authority: a body named after its country is a body of it)
            if field == "tail" and re.match(r" [A-Z]", text[e : e + 2]):
                continue  # Startup City Fukuoka: the name goes on; the type word is inside it
            if field == "tail" and words[-1] in cfg["tie_words"]:
                continue  # a Green Sister City agreement: the kind of tie, not a body
            if field == "tail" and kinds[m.group(field)] == "organization":
                more = re.match(r" of (?:the )?[A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*)*", text[e : e + 60])
                if more and not countries.get(re.sub(r"^ of (?:the )?", "", more.group())):
                    e += more.end()  # Ben-Gurion University of the Negev, the Port Authority of Valencia (not … of Japan)
            if _OFFICE_OF.search(text[max(0, s - 40) : s]) or _WITNESS_AFTER.match(text, e):
                continue  # the Governor of Kanagawa Prefecture, X attended as witnesses: not a signatory
            if kinds[m.group(hfield)] == "region" and re.search(r"[A-Za-z)）]\sin\s(?:the\s)?$|(?:City|Town|Village|Ward)\s?,\s?$", text[max(0, s - 12) : s]):
                continue  # the City of Kitakyushu (北九州市) in Fukuoka Prefecture: where the party is, not a party
            country = _locator_country(text, x, e)
            word = m.group(hfield)
            if country is None and named_country:
                country = named_country
            owner = re.search(r"(?:(?<![A-Za-z])([A-Z][A-Za-z.]+)'s|(?<![A-Za-z])(U\.S\.|U\.K\.|[A-Z][a-z]+))\s$", text[max(0, s - 24) : s])
            if country is None and owner is not None and kinds[word] == "organization":
                country = countries.get(owner.group(1) or owner.group(2))  # Japan's Ministry of …, the U.S. Department of Energy
            if country is None and kinds[word] == "organization":
                country = _country_word_in(x)
            if country is None and (word in cfg["japan_tails"] or _japanese_romaji(x, kinds[word])):
                country = "JP"  # Matsue City, City of Kobe, Shimane University: a Japanese place's Hepburn name
            if country is None and kinds[word] == "region":
                country = _subdivision_countries().get(x)  # the State of Hawaii → US
            kind = PartyKind(kinds[word])
            spans.append((s, e))
            name = text[s:e]
            found.append((PartyMention(s, e, name, name, kind, country, "english"), x))
    # two places named bare in the sentence that ties them (Yokohama and Vancouver have been sister
    # cities since 1965; Kobe is a sister city of Seattle)
    for m in _TIED_PAIR.finditer(text):
        for g in ("a", "b", "c", "d", "e", "f"):
            if m.group(g) is None:
                continue
            s, e = m.span(g)
            while text[s:e].split(" ", 1)[0] in _SENTENCE_OPENERS and " " in text[s:e]:
                s += len(text[s:e].split(" ", 1)[0]) + 1  # Today Kobe and Seattle are …: an adverb opens the sentence
            x = text[s:e]
            if any(a < e and s < b for a, b in spans) or x in countries or x in stop or x in _SENTENCE_OPENERS or len(x) < 3:
                continue
            country = _locator_country(text, x, e) or _gazetteer().world_city_country(x) or (
                "JP" if _japanese_romaji(x, "municipality") else None)
            spans.append((s, e))
            found.append((PartyMention(s, e, x, x, PartyKind.MUNICIPALITY, country, "english"), x))
    # a list entry or partner named as "Place, (Region,) Country" with no type word
    for m in _place_line().finditer(text):
        s, e = m.span("x")
        x = m.group("x")
        if any(a < e and s < b for a, b in spans) or x in countries or x in stop or len(x) < 3:
            continue
        if re.match(r"\s?[—–-]", text[m.end() : m.end() + 2]) or x.isupper():
            continue  # YOKOHAMA, Japan — : a news dateline, not a party
        parts = [p.strip() for p in m.group("where").split(",")]
        country = countries.get(parts[-1]) or _subdivision_countries().get(parts[-1])
        if country is None:
            continue
        spans.append((s, e))
        found.append((PartyMention(s, e, x, x, PartyKind.MUNICIPALITY, country, "english"), x))
    return found


_BARE = r"(?:St\.|[A-Z][A-Za-z'’\-]+)(?: [A-Z][A-Za-z'’\-]+){0,2}"
_TIE_NOUN = r"(?:sister|friendship|twin|partner)[ -]"
_TIED_PAIR = re.compile(
    rf"(?<![A-Za-z.,] )(?<![A-Za-z])(?P<a>{_BARE}) and (?P<b>{_BARE})(?:, [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?,? "  # (…and Seattle, Washington have been)
    rf"(?:have been|are|became|were|have become|remain)(?: official)? "
    rf"{_TIE_NOUN}(?:cities|towns|villages|communities|ports)(?![A-Za-z])"
    rf"|(?<![A-Za-z.,] )(?<![A-Za-z])(?P<c>{_BARE}) (?:has been|is|became|was) (?:a |the )?{_TIE_NOUN}(?:city|town|village|community|port) of (?P<d>{_BARE})(?![A-Za-z])"
    # …the sister city relationship established in 1984 between Halifax and Hakodate
    rf"|{_TIE_NOUN}(?:city|state|province|town|village|port)[ -](?:relationship|partnership|affiliation|ties?)\b[^.;]{{0,40}}?\bbetween "
    rf"(?P<e>{_BARE}) and (?P<f>{_BARE})(?![A-Za-z])")
_SENTENCE_OPENERS = frozenset({"Today", "Now", "Since", "Also", "Currently", "Both", "The", "In", "Later", "Then", "Thus"})


def _bare_keys(found: list[tuple[PartyMention, str]]) -> list[str]:
    """Each found body's name without its type word (Minato Cold Chain for Minato Cold Chain Co., Ltd.), and its key."""
    tail_form = _english_patterns()[1]
    out = []
    for em, key in found:
        out.append(key)
        t = tail_form.fullmatch(em.name)
        if t is not None:
            out.append(t.group("x"))
    return out


@lru_cache(maxsize=1)
def _place_line() -> re.Pattern[str]:
    word = r"(?:St|Ste|Mt|Ft)\.|[A-Z][A-Za-z'’\-]*"  # (St. Anton: a saint's or a mountain's short form opens many names)
    conn = "|".join(_data()["connectors"])
    name = rf"(?:{word})(?:[ ](?:{word}|(?:{conn})(?=[ ][A-Z])))*"
    # (at a line's start, after a key: Partner: St. Anton am Arlberg, Tyrol, Austria)
    return re.compile(rf"(?:^(?:[A-Z][a-z]+(?: [a-z]+)?:[ ])?|(?<=\bwith )|(?<=\band )|(?<=\bof )|(?<=\| ))"  # (Dunedin | Otaru, Hokkaido | …: a cell)
                      rf"(?P<x>(?:{word})(?:[ ](?:{word}|(?:{conn})(?=[ ][A-Z]))){{0,3}}),[ ](?P<where>{name}(?:,[ ]?{name}){{0,2}}\.?)(?=[ \t]*$|[ ,;)(]|\.\s)",
                      re.MULTILINE)


def glossary_mentions(text: str, mentions: list[PartyMention]) -> list[PartyMention]:
    """``mentions`` plus a mention for each English use of a name the page pairs with a
    Japanese one; a paired mention without a country takes the English phrase's."""
    before, after, _ = _patterns()
    mentions = _glossed_names(text, mentions)
    # Enterprise Ireland (エンタープライズ・アイルランド) read as one mention: the Japanese form in
    # brackets is the same body wherever the page uses it
    kata_named: dict[str, PartyMention] = {}
    for m in mentions:
        g = _KATA_GLOSS.search(m.text)
        if g and re.fullmatch(r"[A-Za-z0-9 .,&'’\-]+", m.name):
            kata_named.setdefault(g.group(1), m)  # エンタープライズ・アイルランド elsewhere is this body
    pairs: dict[str, PartyMention] = dict(kata_named)
    out: list[PartyMention] = []
    defining: list[tuple[int, int]] = []  # the English phrases that state a pair: no mentions of their own
    for m in mentions:
        if m.kind is PartyKind.COUNTRY:
            out.append(m)
            continue
        en = None
        # (Aozora Mobility Inc. (株式会社あおぞらモビリティ; headquarters: …): the Japanese name may open a bracket of notes)
        # (Kyushu Institute of Technology (九州工業大学, Kyutech): or a comma before the short name)
        if m.start > 0 and text[m.start - 1] in "(（[［" and text[m.end : m.end + 1] in (")", "）", "]", "］", ";", "；", ",", "、"):
            bm = before.search(text, max(0, m.start - 120), m.start)
            if bm:
                en = bm.group("en")
                span = bm.span("en")
                # Tasman District Council and Yakumo Town (八雲町): the bracket names the body after 'and' only
                two = re.match(r"(?P<first>.+?) and (?=[A-Z])", en)
                if two and (_body_after_and().search(" and " + en[two.end():]) or _tail_closed().search(two.group("first"))):
                    span = (span[0] + two.end(), span[1])
                    en = en[two.end():]
                defining.append(span)
        if en is None:
            am = after.match(text, m.end)
            if am:
                en = am.group("en")
                defining.append(am.span("en"))
        dm = _DEFINED_AS.match(text, m.end)
        if dm is None and (bm_ := _BRANCH_AFTER.match(text, m.end)) is not None:
            dm = _DEFINED_AS.match(text, bm_.end())  # 株式会社X 東北支社(支社長:…、以下「X」): the company's short name
        key = (dm.group("alias") or dm.group("bare") or dm.group("en")) if dm else None
        if dm and key and not _NOT_AN_ALIAS.search(key):
            # X(…、以下「Fraunhofer ISE」) / X(…、以下IIA): the page's own short name for the party
            pairs.setdefault(key, m)
            defining.append(dm.span(next(g for g in ("alias", "bare", "en") if dm.group(g))))
        if en is None:
            out.append(m)
            continue
        keys, country = _keys_and_country(en)
        if country is not None and m.country is None:
            m = replace(m, country=country)
        for k in keys:
            pairs.setdefault(k, m)
        out.append(m)
    if _mostly_english(text):
        # an English page names its bodies in English; on a Japanese or bilingual page the
        # English names are translations of the Japanese ones, not further parties
        japanese = [m for m in out if m.kind is not PartyKind.COUNTRY and re.search(r"[ぁ-ゖァ-ヺ一-龥]", m.name)]
        out = [_placed_by_locator(text, m) for m in out]  # Ben-Gurion University of the Negev (BGU), Israel
        bodies = _english_bodies(text, [(m.start, m.end) for m in mentions] + defining)
        for n, (em, key) in enumerate(bodies):
            if em.country is None:  # the title line names it bare; the body places it (…(BGU), Israel)
                for hit in re.finditer(re.escape(em.name), text):
                    placed = _placed_by_locator(text, replace(em, start=hit.start(), end=hit.end()))
                    if placed.country:
                        bodies[n] = (replace(em, country=placed.country), key)
                        break
        for em, key in bodies:
            # (an organisation named after its place, Muroran Institute of Technology, is keyed by its whole
            # name: the bare place, Muroran, is the city's)
            key = em.name if em.kind is PartyKind.ORGANIZATION and " " not in key else key
            if key in pairs:
                continue  # the page pairs this name with a Japanese one
            same = {m.name: m for m in japanese if m.kind is em.kind and m.country == em.country and em.country not in (None, "JP")}
            if len(same) == 1:  # City of Thiers beside the summary's ティエール市 (the only French city)
                src = next(iter(same.values()))
                out.append(replace(em, name=src.name))
                pairs[key] = src
                continue
            out.append(em)
            pairs[key] = em
    if not pairs:
        return mentions
    # a mention the finders made of a paired name is the paired party
    def paired(m: PartyMention) -> PartyMention | None:
        if m.source == "gazetteer":
            return None
        if m.text in pairs and pairs[m.text] is not m:
            return pairs[m.text]
        # JICA中部センター, JETRO大阪事務所: a branch of the body the page abbreviates signs as that body
        head = next((k for k in pairs if m.text.startswith(k) and _BRANCH.fullmatch(m.text[len(k):])), None)
        return pairs[head] if head is not None and pairs[head] is not m else None

    out = [replace(m, name=src.name, kind=src.kind, country=src.country or m.country) if (src := paired(m)) else m
           for m in out]
    out = [m for m in out if not any(a <= m.start and m.end <= b for a, b in defining)]
    taken = sorted([(m.start, m.end) for m in out] + defining)
    found: list[PartyMention] = []
    for key in sorted(pairs, key=len, reverse=True):
        src = pairs[key]
        for hit in re.finditer(rf"(?<![A-Za-z]){re.escape(key)}(?![A-Za-z])", text):
            s, e = hit.span()
            if any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            found.append(PartyMention(s, e, key, src.name, src.kind, src.country, "glossary"))
    # National Taiwan Ocean University in Keelung: a place written after a body and 'in' only locates it
    bodies_end = {m.end for m in out + found if m.kind is PartyKind.ORGANIZATION}
    found = [m for m in found if not (m.kind is not PartyKind.ORGANIZATION and text[max(0, m.start - 4) : m.start] == " in "
                                      and m.start - 4 in bodies_end)]
    return sorted(out + found, key=lambda m: m.start)
