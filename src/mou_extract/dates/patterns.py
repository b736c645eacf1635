"""The pattern table: one ``(id, regex, parse)`` row per kind of expression.

All rows are compiled once, at import, into ONE alternation with a first
character look-ahead, so the text is scanned once whatever the number of
rows (``master.finditer``; ``m.lastgroup`` names the row that matched).
Order matters only between rows that can start at the same character: URLs
first (so digits inside URLs are never dates), renewals before durations
(1年ごとに更新 is a renewal, not a 1-year term), fiscal years before dates.

A parse function turns a match into an :class:`Atom` (or None to drop it);
:mod:`.periods` then links atoms into ranges and builds the public mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from . import fragments as F
from .eras import Era, convert_era, convert_gregorian, lookup
from .numerals import to_int

_WEEKDAYS = "月火水木金土日"


@dataclass(slots=True)
class Atom:
    """One match, parsed. Internal: the public types are built in :mod:`.periods`."""

    kind: str  # date | yearless | fiscal_year | duration | renewal | relative | skip
    start: int
    end: int
    value: str | None = None
    problem: str | None = None
    era: Era | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    start_value: str | None = None
    end_value: str | None = None
    duration: str | None = None
    renewal: str | None = None
    word: str | None = None


def _g(m: re.Match[str], name: str) -> str | None:
    return m.group(name)


def weekday_problem(value: str | None, wd: str | None) -> str | None:
    """A note when a written day of week does not match the date."""
    if not wd or value is None or value.count("-") != 2:
        return None
    actual = _WEEKDAYS[date.fromisoformat(value).weekday()]
    if actual != wd:
        return f"weekday ({wd}) does not match {value} ({actual})"
    return None


def _join(*problems: str | None) -> str | None:
    ps = [p for p in problems if p]
    return "; ".join(ps) if ps else None


def _finish(a: Atom) -> Atom:
    a.problem = _join(a.problem, weekday_problem(a.value, a.weekday))
    return a


def _dual(a: Atom, greg_year: int, era: Era | None, era_year: int | None) -> Atom:
    """Dual dating (1985年(昭和60年)10月): one date; the Gregorian year wins if they disagree."""
    if era is None or era_year is None:
        return a
    a.era = era
    if era.first_year + era_year - 1 != greg_year:
        a.problem = _join(a.problem, f"dual dating disagrees: {greg_year} vs {era.name}{era_year}年 "
                                     f"({era.first_year + era_year - 1}); kept {greg_year}")
    else:
        _, era_problem = convert_era(era, era_year, a.month, a.day)
        a.problem = _join(a.problem, era_problem)
    return a


def parse_year_pair(m: re.Match[str], p: str) -> Atom | None:
    """1969（昭和44）, 2019(R1).7.10: a year written both ways with no 年 (a chronology's year column); a date
    only when the two agree, as a bare number in brackets is rarely a year otherwise."""
    y, era, ey = to_int(m.group(f"{p}_y")), lookup(m.group(f"{p}_era")), to_int(m.group(f"{p}_ey"))
    if y is None or era is None or ey is None or era.first_year + ey - 1 != y:
        return None
    month = to_int(m.group(f"{p}_m")) if m.group(f"{p}_m") else None  # 2019(R1).7.10: a table's dotted date
    day = to_int(m.group(f"{p}_d")) if m.group(f"{p}_d") else None
    a = Atom("date", m.start(), m.end(), year=y, month=month, day=day)
    a.value, a.problem = convert_gregorian(y, month, day)
    a.era = era
    return _finish(a)


def parse_era_date(m: re.Match[str], p: str) -> Atom | None:
    era = lookup(m.group(f"{p}_era"))
    n = to_int(m.group(f"{p}_y"))
    if era is None or n is None:
        return None
    month = to_int(m.group(f"{p}_m")) if m.group(f"{p}_m") else None
    day = to_int(m.group(f"{p}_d")) if m.group(f"{p}_d") else None
    a = Atom("date", m.start(), m.end(), era=era, month=month, day=day, weekday=m.group(f"{p}_wd"))
    gy = m.group(f"{p}_gy") or m.group(f"{p}_gy2")
    if gy:
        greg = to_int(gy)
        if greg is None:
            return None
        a.value, a.problem = convert_gregorian(greg, month, day)
        a.year = greg
        return _finish(_dual(a, greg, era, n))
    a.value, a.problem = convert_era(era, n, month, day)
    a.year = era.first_year + n - 1
    return _finish(a)


def parse_greg_date(m: re.Match[str], p: str) -> Atom | None:
    y = to_int(m.group(f"{p}_y"))
    if y is None:
        return None
    month = to_int(m.group(f"{p}_m")) if m.group(f"{p}_m") else None
    day = to_int(m.group(f"{p}_d")) if m.group(f"{p}_d") else None
    a = Atom("date", m.start(), m.end(), year=y, month=month, day=day, weekday=m.group(f"{p}_wd"))
    a.value, a.problem = convert_gregorian(y, month, day)
    era_tok = m.group(f"{p}_era") or m.group(f"{p}_era2")
    if era_tok:
        ey = to_int(m.group(f"{p}_ey") or m.group(f"{p}_ey2") or "")
        _dual(a, y, lookup(era_tok), ey)
    return _finish(a)


_EN_MONTHS = {
    name: i + 1
    for i, names in enumerate([
        ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
        ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
        ("December", "Dec"),
    ])
    for name in names
}
_EN_MONTH = "(?:" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?"


def parse_english(m: re.Match[str], p: str) -> Atom | None:
    """March 12, 2024 / 12 March 2024 / March 2024 / (in|since) 1994 on bilingual pages."""
    if m.group(f"{p}_y4"):
        a = Atom("date", m.start(), m.end(), year=int(m.group(f"{p}_y4")))
        a.value, a.problem = convert_gregorian(a.year, None, None)
        return a
    month_word = (m.group(f"{p}_m") or m.group(f"{p}_m2") or m.group(f"{p}_m3") or "").rstrip(".")
    month = _EN_MONTHS.get(month_word)
    y = to_int(m.group(f"{p}_y") or m.group(f"{p}_y2") or m.group(f"{p}_y3") or "")
    day_s = m.group(f"{p}_d") or m.group(f"{p}_d2")
    day = int(day_s) if day_s else None
    if month is None or y is None:
        return None
    a = Atom("date", m.start(), m.end(), year=y, month=month, day=day)
    a.value, a.problem = convert_gregorian(y, month, day)
    return a


def parse_english_yearless(m: re.Match[str], p: str) -> Atom | None:
    """on Thursday 26 September / on September 26: an English day with no year (its year from context)."""
    month = _EN_MONTHS.get((m.group(f"{p}_m") or m.group(f"{p}_m2") or "").rstrip("."))
    day = int(m.group(f"{p}_d") or m.group(f"{p}_d2"))
    if month is None:
        return None
    a = Atom("yearless", m.start(), m.end(), month=month, day=day)
    a.problem = convert_gregorian(2000, month, day)[1]
    return a


def parse_abbrev(m: re.Match[str], p: str) -> Atom | None:
    era = lookup(m.group(f"{p}_era"))
    n = to_int(m.group(f"{p}_y"))
    if era is None or n is None:
        return None
    month, day = int(m.group(f"{p}_m")), int(m.group(f"{p}_d"))
    a = Atom("date", m.start(), m.end(), era=era, year=era.first_year + n - 1, month=month, day=day,
             weekday=m.group(f"{p}_wd"))
    a.value, a.problem = convert_era(era, n, month, day)
    return _finish(a)


def parse_abbrev_ym(m: re.Match[str], p: str) -> Atom | None:
    era = lookup(m.group(f"{p}_era"))
    n = to_int(m.group(f"{p}_y"))
    if era is None or n is None:
        return None
    month = int(m.group(f"{p}_m"))
    a = Atom("date", m.start(), m.end(), era=era, year=era.first_year + n - 1, month=month)
    a.value, a.problem = convert_era(era, n, month, None)
    return _finish(a)


def parse_numeric(m: re.Match[str], p: str) -> Atom | None:
    y, month, day = int(m.group(f"{p}_y")), int(m.group(f"{p}_m")), int(m.group(f"{p}_d"))
    a = Atom("date", m.start(), m.end(), year=y, month=month, day=day, weekday=m.group(f"{p}_wd"))
    a.value, a.problem = convert_gregorian(y, month, day)
    return _finish(a)


def parse_numeric_ym(m: re.Match[str], p: str) -> Atom | None:
    y, month = int(m.group(f"{p}_y")), int(m.group(f"{p}_m"))
    a = Atom("date", m.start(), m.end(), year=y, month=month)
    a.value, a.problem = convert_gregorian(y, month, None)
    return _finish(a)


def parse_yearless(m: re.Match[str], p: str) -> Atom | None:
    month, day = to_int(m.group(f"{p}_m")), to_int(m.group(f"{p}_d"))
    if month is None or day is None:
        return None
    a = Atom("yearless", m.start(), m.end(), month=month, day=day, weekday=m.group(f"{p}_wd"))
    # 2000 is a leap year: 2月29日 is possible until a year is known.
    a.problem = convert_gregorian(2000, month, day)[1]
    return a


def parse_fiscal_year(m: re.Match[str], p: str) -> Atom | None:
    a = Atom("fiscal_year", m.start(), m.end())
    era_tok = m.group(f"{p}_era")
    if era_tok:
        era, n = lookup(era_tok), to_int(m.group(f"{p}_ey"))
        if era is None or n is None:
            return None
        value, a.problem = convert_era(era, n)
        a.era = era
        year = int(value) if value else None
    else:
        year = to_int(m.group(f"{p}_gy"))
        if year is None:
            return None
        era_tok = m.group(f"{p}_era2")
        if era_tok:
            _dual(a, year, lookup(era_tok), to_int(m.group(f"{p}_ey2")))
    if year is not None:
        a.year = year
        a.start_value, a.end_value = f"{year:04d}-04-01", f"{year + 1:04d}-03-31"
    return a


def _iso_duration(years: int, months: int) -> str | None:
    """ISO 8601 as written: 18か月 stays P18M (no carrying into years)."""
    if years == 0 and months == 0:
        return None
    return "P" + (f"{years}Y" if years else "") + (f"{months}M" if months else "")


def parse_duration_years(m: re.Match[str], p: str) -> Atom | None:
    """期限3年, 3年間, 有効期間は3年, 1年6月, 1年6か月, 1年半, 半年間."""
    half_year = m.group(f"{p}_hy") is not None
    y = 0 if half_year else to_int(m.group(f"{p}_y") or "")
    mo = to_int(m.group(f"{p}_m")) if m.group(f"{p}_m") else 0
    if y is None or mo is None:
        return None
    elapsed = re.match(r"\s*を経過する日(?:まで|の前日まで)", m.string[m.end() : m.end() + 16])
    if not (m.group(f"{p}_pre") or m.group(f"{p}_kan") or m.group(f"{p}_m") or m.group(f"{p}_half")
            or m.group(f"{p}_ka") or elapsed):
        return None  # a bare "3年" is not a term (3か年 always is; so is 起算して5年を経過する日まで)
    months = mo + (6 if half_year or m.group(f"{p}_half") else 0)
    d = _iso_duration(y, months)
    return Atom("duration", m.start(), m.end(), duration=d) if d else None


def parse_duration_months(m: re.Match[str], p: str) -> Atom | None:
    """6か月, 6ヶ月間, 期間は6カ月."""
    mo = to_int(m.group(f"{p}_m"))
    d = _iso_duration(0, mo) if mo is not None else None
    return Atom("duration", m.start(), m.end(), duration=d) if d else None


_EN_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def parse_english_duration(m: re.Match[str], p: str) -> Atom | None:
    """for three years / for a period of 5 years / for 6 months on English pages."""
    raw = m.group(f"{p}_n").lower()
    n = int(raw) if raw.isdigit() else _EN_NUMBERS.get(raw)
    if not n:
        return None
    d = _iso_duration(n, 0) if m.group(f"{p}_u").lower().startswith("year") else _iso_duration(0, n)
    return Atom("duration", m.start(), m.end(), duration=d) if d else None


def parse_english_renewal(m: re.Match[str], p: str) -> Atom | None:
    """renewed automatically / automatically renewed: a renewal of the same term; with a
    period (…extended automatically for successive periods of one year) that period."""
    raw = (m.group(f"{p}_n") or "").lower() if f"{p}_n" in m.re.groupindex else ""
    if raw:
        n = int(raw) if raw.isdigit() else _EN_NUMBERS.get(raw)
        unit = m.group(f"{p}_u").lower()
        d = (_iso_duration(n, 0) if unit.startswith("year") else _iso_duration(0, n)) if n else None
        if d:
            return Atom("renewal", m.start(), m.end(), renewal=d)
    return Atom("renewal", m.start(), m.end(), renewal="auto")


def _period(n: int, unit: str) -> str | None:
    return _iso_duration(n, 0) if unit.endswith("年") else _iso_duration(0, n)


def parse_renewal(m: re.Match[str], p: str) -> Atom | None:
    """以後1年間ごとに更新, 1年ごとに自動更新, さらに1年間延長し以後も同様, 自動更新."""
    if f"{p}_n" in m.re.groupindex and m.group(f"{p}_n"):
        n = to_int(m.group(f"{p}_n"))
        r = _period(n, m.group(f"{p}_u")) if n is not None else None
        if r is None:
            return None
    else:
        r = "auto"
    return Atom("renewal", m.start(), m.end(), renewal=r)


def parse_yearly_renewal(m: re.Match[str], p: str) -> Atom | None:
    return Atom("renewal", m.start(), m.end(), renewal="P1Y")


def parse_relative(m: re.Match[str], p: str) -> Atom | None:
    if m.group(f"{p}_d"):
        return Atom("relative", m.start(), m.end(), word="同月", day=to_int(m.group(f"{p}_d")))
    return Atom("relative", m.start(), m.end(), word=m.group(0))


def parse_skip(m: re.Match[str], p: str) -> Atom | None:
    return Atom("skip", m.start(), m.end())


Parse = Callable[[re.Match[str], str], "Atom | None"]

_N = F.NUM
_SP = F.SP
PATTERNS: list[tuple[str, str, Parse]] = [
    ("url", r"(?:https?|ftp)://[!-~]+|www\.[!-~]+", parse_skip),
    ("ren_every",
     rf"(?:(?:以後|以降|その後)も?{_SP}[、,]?{_SP})?(?:さらに|更に)?{_SP}(?P<ren_every_n>{_N}){_SP}"
     rf"(?P<ren_every_u>{F.YEARS_UNIT}|{F.MONTHS_UNIT})間?{_SP}(?:ごと|毎|ずつ)[にの]?{_SP}[、,]?{_SP}"  # (以後1年ごとの自動更新)
     rf"(?:自動的に|自動で|自動)?{_SP}(?:更新|延長|継続|延び(?=る|て|ます)|(?:続|つづ)(?=き|け|く)){F.NO_RENEWAL}", parse_renewal),  # (1年ずつ自動的に延びていく: spoken; 1年ずつつづけます: easy Japanese)
    ("ren_same",
     rf"(?:さらに|更に)?{_SP}(?P<ren_same_n>{_N}){_SP}(?P<ren_same_u>{F.YEARS_UNIT}|{F.MONTHS_UNIT})間?{_SP}"
     rf"[^。\n、]{{0,12}}?(?:延長|更新|継続)(?:する|し|され|を行い)(?:[^。\n]{{0,30}}?|[^。\n]{{0,8}}。{_SP})"  # (…延長する。以後も同様とする。)
     rf"(?:以後|以降|その後)も?(?:同様|この例によ|同じ)", parse_renewal),
    # 満了の日の翌日から起算して1年間延長するものとする: a renewal counted from the day after the term ends
    ("ren_next",
     rf"翌日から{_SP}(?:起算して)?{_SP}[、,]?{_SP}(?P<ren_next_n>{_N}){_SP}(?P<ren_next_u>{F.YEARS_UNIT}|{F.MONTHS_UNIT})間?{_SP}"
     rf"(?:延長|更新|継続)(?:する|し|され|とする){F.NO_RENEWAL}", parse_renewal),
    # …申出がないときは、さらに5年間延長されます: a renewal on no objection, told once (no 以後も同様)
    ("ren_further",
     rf"(?:ない|なければ)(?:とき|場合|限り)?は?{_SP}[、,]?[^。\n]{{0,20}}?(?:さらに|更に){_SP}(?P<ren_further_n>{_N}){_SP}"
     rf"(?P<ren_further_u>{F.YEARS_UNIT}|{F.MONTHS_UNIT})間?{_SP}(?:延長|更新|継続)(?:され|する|し|とする){F.NO_RENEWAL}", parse_renewal),
    # 同一期間で更新されます / 同一の期間延長する: the same term again (resolved to the duration by the record)
    ("ren_period",
     rf"同一の?{_SP}期間(?:で|を|に)?{_SP}(?:自動的に)?{_SP}(?:更新|延長|継続)(?:され|する|し|とする)", parse_renewal),
    # 同一条件をもって更新されたものとみなし: renewed on the same terms, no period stated
    ("ren_terms",
     rf"同一の?{_SP}条件(?:をもって|で|により|にて)?{_SP}(?:自動的に)?{_SP}(?:更新|延長|継続)(?:され|する|し|とする){F.NO_RENEWAL}", parse_renewal),
    # 申し出がない場合は毎年更新されます / 毎年自動更新: a one-year renewal told by 毎年
    ("ren_yearly",
     rf"(?:(?:ない|なければ)(?:とき|場合|限り)?は?{_SP}[、,]?[^。\n]{{0,20}}?毎年度?{_SP}(?:自動的に|自動で|自動)?|毎年度?{_SP}自動(?:的に|で)?)"
     rf"{_SP}(?:更新|延長|継続){F.NO_RENEWAL}", parse_yearly_renewal),
    ("ren_auto",
     rf"自動(?:的に|で)?{_SP}(?:(?P<ren_auto_n>{_N}){_SP}(?P<ren_auto_u>{F.YEARS_UNIT}|{F.MONTHS_UNIT})間?{_SP})?"
     rf"(?:更新|延長|継続){F.NO_RENEWAL}", parse_renewal),
    ("fy", F.fiscal_year("fy"), parse_fiscal_year),
    ("era", F.era_date("era"), parse_era_date),
    ("greg", F.greg_date("greg"), parse_greg_date),
    ("ypair", rf"{F.NOT_AFTER_NUMBER}(?P<ypair_y>[0-9]{{4}}){_SP}[(（]{_SP}(?P<ypair_era>{F.ERA}){_SP}(?P<ypair_ey>{F.ERA_YEAR}){_SP}[)）]"
              rf"(?:[./](?P<ypair_m>[0-9]{{1,2}})[./](?P<ypair_d>[0-9]{{1,2}})(?![0-9]))?(?!{_SP}年|[./][0-9])",
     parse_year_pair),
    ("abbr", F.abbrev_date("abbr"), parse_abbrev),
    ("abbr_ym", F.abbrev_year_month("abbr_ym"), parse_abbrev_ym),
    ("num", F.numeric_date("num"), parse_numeric),
    ("num_ym", F.numeric_year_month("num_ym"), parse_numeric_ym),
    ("yl", F.yearless_date("yl"), parse_yearless),
    ("dur_y",
     rf"(?P<dur_y_pre>{F.DURATION_PREFIX})?(?<![0-9])(?:(?P<dur_y_y>{_N}){_SP}(?P<dur_y_ka>[かカヶケヵ箇])?年"
     rf"(?:{_SP}(?P<dur_y_m>{_N}){_SP}(?:{F.MONTHS_UNIT}|月(?!{_SP}{F.DAY}{_SP}日)))?(?P<dur_y_half>半)?"
     rf"|(?P<dur_y_hy>半)年){_SP}(?P<dur_y_kan>間)?{F.NOT_A_TERM}", parse_duration_years),
    ("dur_m",
     rf"(?:{F.DURATION_PREFIX})?(?<![0-9])(?P<dur_m_m>{_N}){_SP}{F.MONTHS_UNIT}{_SP}間?{F.NOT_A_TERM}",
     parse_duration_months),
    ("rel", rf"本日|今日|同日|同月{F.SP}(?P<rel_d>{F.DAY}){F.SP}日", parse_relative),  # (同月二十四日: a day of the month just named)
    ("en_dur",
     r"(?<![A-Za-z])(?:(?:for|of)\s(?:a\s(?:period|term)\sof\s)?|(?:[Tt]erm|[Pp]eriod of validity|[Vv]alidity)\s*:\s*)"  # (Term: One year from …)
     r"(?P<en_dur_n>[1-9][0-9]?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
     r"(?:\s?\([1-9][0-9]?\))?"  # (three (3) years: the figure repeated in brackets, as agreements write it)
     r"\s(?P<en_dur_u>years?|months?)(?![A-Za-z])", parse_english_duration),
    ("en_ren",
     r"(?<![A-Za-z])(?:(?:be\s|is\s|are\s)?(?:renewed|extended)\sautomatically|automatically\s(?:be\s)?(?:renewed|extended))"
     r"(?:\sfor\s(?:(?:successive|further|additional|subsequent)\s)?(?:a\s|another\s)?(?:(?:periods?|terms?)\sof\s)?"
     r"(?P<en_ren_n>[1-9]|one|two|three|four|five)(?:\s?\([1-9]\))?[\s-](?P<en_ren_u>years?|months?)(?:\s(?:periods?|terms?))?)?(?![A-Za-z])", parse_english_renewal),
    # it will be extended for one year at a time / renewed for a further two years each time: a renewal with its period
    ("en_ren2",
     r"(?<![A-Za-z])(?:renewed|extended)\sfor\s(?:a\s(?:further|another)\s|another\s|a\s)?"
     r"(?P<en_ren2_n>[1-9]|one|two|three|four|five)(?:\s?\([1-9]\))?[\s-](?P<en_ren2_u>years?|months?)\s(?:at\sa\stime|each\stime|thereafter)(?![A-Za-z])",
     parse_english_renewal),
    ("en",
     rf"(?<![A-Za-z])(?:(?P<en_m>{_EN_MONTH})\s(?P<en_d>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s(?P<en_y>[12][0-9]{{3}})"  # (May 12th, 2019)
     rf"|(?P<en_d2>[0-3]?[0-9])(?:st|nd|rd|th)?\s(?:day\sof\s|of\s)?(?P<en_m2>{_EN_MONTH}),?\s(?P<en_y2>[12][0-9]{{3}})"  # (28th February, 2024; this 3rd day of September, 2024)
     rf"|(?P<en_m3>{_EN_MONTH})\s(?P<en_y3>[12][0-9]{{3}})"
     # a bare year only after an English preposition: became sister cities in 1988, since 1994
     rf"|(?:(?<=[^A-Za-z][iI]n\s)|(?<=[^A-Za-z][sS]ince\s)|(?<=[^A-Za-z][fF]rom\s)|(?<=^In\s)|(?<=^Since\s)|(?<=^From\s)"  # (a sentence's first word too)
     rf"|(?<=[a-z]:\s)|(?<=[a-z]:))(?P<en_y4>1[89][0-9]{{2}}|20[0-9]{{2}}))(?![0-9年.,]?[0-9])(?!\s?年)", parse_english),
    # an English day with no year, after "on" (a day told, not a list's heading): on Thursday 26 September
    ("en_yl",
     rf"(?<=[^A-Za-z](?:on|On) )(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:(?P<en_yl_d>[0-3]?[0-9])\s(?P<en_yl_m>{_EN_MONTH})"
     rf"|(?P<en_yl_m2>{_EN_MONTH})\s(?P<en_yl_d2>[0-3]?[0-9])(?:st|nd|rd|th)?)(?![0-9A-Za-z])(?!,?\s?[12][0-9]{{3}})",
     parse_english_yearless),
]

PARSERS: dict[str, Parse] = {pid: fn for pid, _, fn in PATTERNS}

# Every row starts with one of these characters; the look-ahead lets the scan skip
# all other positions at C speed.
_FIRST = (
    "0-9〇○一二三四五六七八九十廿半" + F.ERA_LETTERS + "hfw"
    + "".join(sorted({e[0] for e in F.ERA_WORD.split("|")}))
    + "西以そさ更自有期本今同な翌毎"
    + "JFMASOND" + "faoeirb"
    + "MTWFS"  # an English weekday before a yearless day (on Wednesday, May 8)
)
MASTER = re.compile(
    rf"(?=[{_FIRST}])(?:" + "|".join(f"(?P<{pid}>{rx})" for pid, rx, _ in PATTERNS) + ")"
)


def scan(folded: str) -> list[Atom]:
    """All atoms of ``folded`` (the output of :func:`.numerals.fold`), left to right."""
    out: list[Atom] = []
    for m in MASTER.finditer(folded):
        pid = m.lastgroup
        if pid is None:
            continue
        atom = PARSERS[pid](m, pid)
        if atom is not None and atom.kind != "skip":
            out.append(atom)
    return out
