"""The date engine: every way Japanese documents write a date, converted exactly.

    >>> from mou_extract.dates import find_dates, find_periods
    >>> [d.value for d in find_dates("令和2年11月18日（水）に締結")]
    ['2020-11-18']
    >>> [(p.kind, p.start_value, p.end_value) for p in find_periods("令和2年11月18日～12月1日")]
    [('range', '2020-11-18', '2020-12-01')]

Offsets index the text passed in, raw (full-width digits, ～, Ｈ３０．４．４) or
NFKC-normalised: the patterns run on a length-preserving fold of it.

Decisions (see also the tests under ``tests/dates/``):

- A date with no year (2月11日) takes the year of ``ref`` when given
  (``inferred=True``). Without ``ref`` it IS returned, with ``value=None`` and
  ``problem="no year"``, so the record stage can resolve it from the nearest
  preceding dated mention (or call ``find_dates(sentence, ref=...)`` again).
- 本日/今日 take ``ref`` (``inferred=True``) and are omitted without it; 同日 is
  the last full date before it in the same text, else ``ref``.
- Impossible dates (令和2年2月30日, 13月, 昭和64年1月8日, 令和元年4月30日) are
  returned with ``value=None`` and a ``problem``. Era years written after an
  era whose end was announced (平成31年5月, 平成32年) keep their arithmetic
  value *and* a problem note.
- Dual dating (1985年（昭和60年）10月) is one date; if the two years disagree the
  Gregorian year is kept and ``problem`` says so.
- Durations are returned only in years and months (3年間, 期限3年, 6か月, 1年6月);
  days and hours (2日間の日程) never are. Deadlines (3か月前, 6か月以内) are not
  durations. A fiscal year (令和5年度, 2021年度) is a period, never a date.
- Range end dates are also returned by :func:`find_dates` (with the inherited
  year), so the record stage sees every date.
"""

from __future__ import annotations

from ..model import DateMention, PeriodMention
from .eras import ERAS, convert_era, convert_gregorian, lookup, to_iso
from .numerals import fold
from .patterns import scan as _scan_atoms
from .periods import link, parse_ref

__all__ = ["find_dates", "find_periods", "analyse", "to_iso", "resolve_relative", "dates_agree", "ERAS"]


def dates_agree(a: str, b: str) -> bool:
    """Whether two ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) agree at the
    coarser precision of the two (``2020-02`` ~ ``2020-02-11``). The one
    definition the scorer (lenient dates), the record stage (merging steps) and
    the registry (one timeline) share."""
    if not a or not b:
        return False
    pa, pb = a.split("-"), b.split("-")
    k = min(len(pa), len(pb))
    return pa[:k] == pb[:k]


def analyse(text: str, ref: str | None = None) -> tuple[list[DateMention], list[PeriodMention]]:
    """Dates and periods of ``text`` from one scan (use this when you need both)."""
    folded = fold(text)
    return link(text, folded, _scan_atoms(folded), ref)


def find_dates(text: str, ref: str | None = None) -> list[DateMention]:
    """Every date written in ``text`` (including the ends of ranges), by start offset.

    ``ref`` (``YYYY[-MM[-DD]]``) supplies the year of yearless dates and the
    value of 本日/今日.
    """
    return analyse(text, ref)[0]


def find_periods(text: str, ref: str | None = None) -> list[PeriodMention]:
    """Ranges, durations, renewal clauses and fiscal years in ``text``, by start offset."""
    return analyse(text, ref)[1]


def resolve_relative(word: str, ref: str | None, previous: str | None = None) -> str | None:
    """The value of 本日/今日 (``ref``) or 同日 (``previous`` if given, else ``ref``)."""
    ref_value, _ = parse_ref(ref)
    if word == "同日" and previous:
        return previous
    if word in ("本日", "今日", "同日"):
        return ref_value
    return None


def convert(era: str | None, year: int, month: int | None = None, day: int | None = None) -> tuple[str | None, str | None]:
    """``(value, problem)`` for an era (令和, R) or Gregorian (era None) date."""
    if era is None:
        return convert_gregorian(year, month, day)
    e = lookup(era)
    if e is None:
        raise ValueError(f"unknown era {era!r}")
    return convert_era(e, year, month, day)
