"""Named regex fragments, composed into the patterns of :mod:`.patterns`.

Every fragment runs on *folded* text (:func:`.numerals.fold`): ASCII digits,
``(``/``)``, ``~`` and ``-``, so full-width input needs no alternatives here.
Functions taking a ``p`` prefix return a fragment with named groups
``{p}_…`` so that one fragment can appear in several branches of the single
combined pattern (Python forbids repeated group names).
"""

from __future__ import annotations

from .eras import ERAS

SP = r"[ \t]{0,3}"
KDIGIT = "〇一二三四五六七八九"
K19 = "[一二三四五六七八九]"

# Era written as a word or a compatibility symbol (令和, ㋿) / as one Latin letter (R2.11.18).
ERA_WORD = "|".join([e.name for e in ERAS] + [s for e in ERAS for s in e.symbols])
ERA_LETTERS = "".join(e.abbrev for e in ERAS)
ERA_LETTER = rf"(?<![A-Za-z0-9])[{ERA_LETTERS}](?=[ ]?[0-9元])"
ERA = rf"(?:{ERA_WORD}|{ERA_LETTER})"

# Era year: 元, 1-2 Arabic digits, or kanji up to 九十九.
ERA_YEAR = rf"(?:元|[0-9]{{1,2}}(?![0-9])|{K19}?十{K19}?|{K19})"
# Gregorian year: four Arabic digits or four positional kanji (二〇二〇; ○ is a common stand-in for 〇).
GREG_YEAR = r"(?:[0-9]{4}|[〇○一二三四五六七八九]{4})"
NOT_AFTER_NUMBER = r"(?<![0-9〇○一二三四五六七八九十])"
# Month/day: any 1-2 digits (13月 is read and then rejected with a problem), or kanji.
MONTH = rf"(?:[0-9]{{1,2}}|十[一二]?|{K19})"
DAY = rf"(?:[0-9]{{1,2}}|三十一?|二十{K19}?|十{K19}?|{K19})"
# 日 ending a day, except in place names (十日町, 四日市, 五日市, 八日市場, 廿日市).
DAY_END = r"日(?!(?<=[一二三四五六七八九十廿]日)[町市])"
# Day of week / holiday note in brackets: (水), (火・祝), (金曜日), (祝).
WEEKDAY = (
    rf"(?:{SP}\({SP}(?:(?P<{{p}}_wd>[月火水木金土日])(?:曜日?)?(?:{SP}[・･,、/]{SP}(?:祝|休|祭)日?)?"
    rf"|祝日?|休日|振休|祭日){SP}\))?"
)

# Durations and renewals
NUM = rf"(?:[0-9]{{1,2}}(?![0-9])|{K19}?十{K19}?|{K19})"
MONTHS_UNIT = r"(?:[かカヶケヵ箇]月)"
YEARS_UNIT = r"(?:[かカヶケヵ箇]?年)"
DURATION_PREFIX = rf"(?:(?:有効)?期(?:間|限){SP}(?:は|を|が|:|、|,)?{SP})"
# What follows a number of months/years that is a deadline or a count, not a term.
NOT_A_TERM = r"(?!前|後|以内|以上|未満|ぶり|目|生|ごと|毎|おき|程度)"
RANGE_SEP = rf"{SP}(?P<sep>~|-|から|より|乃至|ないし|(?<=[0-9] )(?:to|until|through|till)(?= )){SP}"  # (April 1, 2024 to March 31, 2027)
RANGE_TAIL = rf"{SP}(?:までの間|まで)"
# an English term's last day, written before it (remains in force until March 31, 2028)
EN_END_LEAD = r"(?<![A-Za-z])(?:until|through|till|up to and including|ending on|expir(?:es|ing) on)[ \t]{1,3}$"
NO_RENEWAL = r"(?!しない|されない|せず|は(?:行|おこな)わない|を(?:行|おこな)わない|なし)"


def weekday(p: str) -> str:
    return WEEKDAY.replace("{p}", p)


def era_date(p: str) -> str:
    """令和2年11月18日(水), 令和元年, R2年, 令和2(2020)年, 令和2年(2020年)11月, 昭和五十一年(一九七六)十月十一日."""
    return (
        rf"(?P<{p}_era>{ERA}){SP}(?P<{p}_y>{ERA_YEAR}){SP}"
        rf"(?:\({SP}(?P<{p}_gy>{GREG_YEAR}){SP}年?{SP}\){SP})?年(?!度|間|代)"
        rf"(?:{SP}\({SP}(?:西暦)?(?P<{p}_gy2>{GREG_YEAR}){SP}年?{SP}\))?"  # (1976年) or (一九七六)
        rf"(?:{SP}の?{SP}(?P<{p}_m>{MONTH}){SP}月(?:{SP}(?P<{p}_d>{DAY}){SP}{DAY_END}{weekday(p)})?)?"  # (2020年の11月)
    )


def greg_date(p: str) -> str:
    """2020年11月18日, 西暦2020年, 二〇二〇年十一月十八日, 1985年(昭和60年)10月, 2020(令和2)年."""
    return (
        rf"{NOT_AFTER_NUMBER}(?:西暦{SP})?(?P<{p}_y>{GREG_YEAR}){SP}"
        rf"(?:\({SP}(?P<{p}_era>{ERA}){SP}(?P<{p}_ey>{ERA_YEAR}){SP}年?{SP}\){SP})?年(?!度|間|代)"
        rf"(?:{SP}\({SP}(?P<{p}_era2>{ERA}){SP}(?P<{p}_ey2>{ERA_YEAR}){SP}年?{SP}\))?"
        rf"(?:{SP}の?{SP}(?P<{p}_m>{MONTH}){SP}月(?:{SP}(?P<{p}_d>{DAY}){SP}{DAY_END}{weekday(p)})?)?"
    )


def abbrev_date(p: str) -> str:
    """R2.11.18, H30.4.4, R3/3/31, R元.5.1 (full-width forms fold to these)."""
    return (
        rf"(?<![A-Za-z0-9.])(?P<{p}_era>[{ERA_LETTERS}]) ?(?P<{p}_y>元|[0-9]{{1,2}})(?P<{p}_sep>[./-])"
        rf"(?P<{p}_m>[0-9]{{1,2}})(?P={p}_sep)(?P<{p}_d>[0-9]{{1,2}})(?![0-9]|[./-][0-9]){weekday(p)}"
    )


def abbrev_year_month(p: str) -> str:
    """H24.11, R5.7 (a month written in a table's date column): era letter, year, month, and no day."""
    return (
        rf"(?<![A-Za-z0-9.])(?P<{p}_era>[{ERA_LETTERS}]) ?(?P<{p}_y>元|[0-9]{{1,2}})\."
        rf"(?P<{p}_m>1[0-2]|0?[1-9])(?![0-9]|[./-][0-9]|[A-Za-z])"
    )


def numeric_date(p: str) -> str:
    """2020/11/18, 2020.11.18, 2020-11-18 (one separator throughout)."""
    return (
        rf"(?<![0-9./-])(?P<{p}_y>[12][0-9]{{3}})(?P<{p}_sep>[./-])(?P<{p}_m>[0-9]{{1,2}})(?P={p}_sep)"
        rf"(?P<{p}_d>[0-9]{{1,2}})(?![0-9]|[./-][0-9]){weekday(p)}"
    )


def numeric_year_month(p: str) -> str:
    """2024.9, 2024/09 (a newsletter's masthead): a year and a month with one separator, no day."""
    return (
        rf"(?<![0-9./\-A-Za-z])(?P<{p}_y>(?:19|20)[0-9]{{2}})(?P<{p}_sep>[./])(?P<{p}_m>1[0-2]|0?[1-9])"
        rf"(?![0-9]|[./\-][0-9]|[%％億万円倍])"
    )


def yearless_date(p: str) -> str:
    """2月11日, 十一月三日(祝)."""
    return (
        rf"{NOT_AFTER_NUMBER}(?P<{p}_m>{MONTH}){SP}月{SP}(?P<{p}_d>{DAY}){SP}{DAY_END}{weekday(p)}"
    )


def fiscal_year(p: str) -> str:
    """令和5年度, R5年度, 2021年度, 2021(令和3)年度."""
    return (
        rf"(?:(?P<{p}_era>{ERA}){SP}(?P<{p}_ey>{ERA_YEAR})"
        rf"|{NOT_AFTER_NUMBER}(?:西暦{SP})?(?P<{p}_gy>{GREG_YEAR})"
        rf"(?:{SP}\({SP}(?P<{p}_era2>{ERA}){SP}(?P<{p}_ey2>{ERA_YEAR}){SP}\))?){SP}年度"
    )


def range_end_partial(p: str) -> str:
    """The end of a range written without what it shares with the start: 12月1日, 30日, 3年3月31日."""
    return (
        rf"(?:(?P<{p}_y>{ERA_YEAR}){SP}年{SP})?(?:(?P<{p}_m>{MONTH}){SP}月{SP})?"
        rf"(?:(?P<{p}_d>{DAY}){SP}{DAY_END})?{weekday(p)}"
    )
