"""Decide and annotate: link atoms into ranges and build the public mentions.

Linking looks only at the characters right after a date atom (``match`` at a
position, never a new scan):

- ``DATE SEP DATE [まで]`` → a range; an end written without year (or month)
  inherits them from the start (令和2年11月18日～12月1日, 4月1日から3年3月31日まで
  inside the same era), crossing into the next year when the end comes earlier
  in the year (12月20日～1月10日).
- ``DATE から|より|~`` with no end → an open range (end None); a duration that
  follows (2020年4月から3年間) is returned as its own duration mention.
- ``DATE まで`` → a range with only an end.
- A fiscal year (令和5年度) is a period of its own; 令和5年度から令和7年度まで is
  a range from the first day of the first to the last day of the last.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import DateMention, PeriodMention
from . import fragments as F
from .eras import convert_era, convert_gregorian, to_iso
from .numerals import to_int
from .patterns import Atom, weekday_problem

_SEP = re.compile(F.RANGE_SEP)
_TAIL = re.compile(F.RANGE_TAIL)
_EN_END_LEAD = re.compile(F.EN_END_LEAD)
# 同年十一月三日 / 翌年4月 / 前年: a month and day whose year is told by the last year written before it
_YEAR_OF_PREVIOUS = re.compile(r"(?P<w>同|翌|前)年\s?$")
_YEAR_SHIFT = {"同": 0, "翌": 1, "前": -1}
_END_PARTIAL = re.compile(F.range_end_partial("e"))
_OPEN_SEPS = {"から", "より", "~"}
NO_YEAR = "no year"
_DATED = ("date", "yearless", "fiscal_year")


def parse_ref(ref: str | None) -> tuple[str | None, int | None]:
    """``ref`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) → (value, year)."""
    if not ref:
        return None, None
    m = re.match(r"^\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", ref)
    if not m:
        raise ValueError(f"ref must be ISO YYYY[-MM[-DD]], not {ref!r}")
    return m.group(0).strip(), int(m.group(1))


def resolve_yearless(a: Atom, year: int | None, inferred: bool) -> None:
    """Give a yearless atom a year (from ``ref`` or from a range start)."""
    bad = convert_gregorian(2000, a.month, a.day)[1]  # 2000 is leap: 2月29日 may exist
    if bad:  # 2月30日: never a date
        a.value, a.problem = None, bad
        return
    if year is None:
        a.value, a.problem = None, NO_YEAR
        return
    a.year = year
    a.value, a.problem = convert_gregorian(year, a.month, a.day)
    a.problem = a.problem or weekday_problem(a.value, a.weekday)
    a.kind = "inferred" if inferred else "date"


def _inherit_end(start: Atom, end: Atom) -> None:
    """A yearless range end takes its year from the start (the next year if it comes earlier)."""
    inferred = start.kind == "inferred"
    if start.year is None or start.value is None:
        resolve_yearless(end, None, inferred)
        return
    year = start.year
    if start.month is not None and end.month is not None and (end.month, end.day or 0) < (start.month, start.day or 0):
        year += 1
    resolve_yearless(end, year, inferred)


def _partial_end(text: str, pos: int, start: Atom) -> Atom | None:
    """12月1日 / 30日 / 3年3月31日 at ``pos``, completed from ``start``."""
    m = _END_PARTIAL.match(text, pos)
    if not m or not (m.group("e_m") or m.group("e_d")):
        return None
    if start.value is None or start.year is None:
        return None
    y_txt, m_txt, d_txt = m.group("e_y"), m.group("e_m"), m.group("e_d")
    month = to_int(m_txt) if m_txt else start.month
    day = to_int(d_txt) if d_txt else None
    if month is None or (m_txt is None and start.month is None):
        return None
    if m_txt is None and d_txt and start.day is None:
        return None  # 2020年4月~30日: unclear
    a = Atom("date", m.start(), m.end(), month=month, day=day, weekday=m.group("e_wd"), era=start.era)
    if y_txt:
        n = to_int(y_txt)
        if start.era is None or n is None:
            return None
        a.value, a.problem = convert_era(start.era, n, month, day)
        a.year = start.era.first_year + n - 1
        a.problem = a.problem or weekday_problem(a.value, a.weekday)
        return a
    _inherit_end(start, a)
    return a


_FISCAL_YEAR_END = re.compile(r"末(?!日?\s*(?:まで|迄|を(?:もっ|以)て|限り|で(?:終了|満了|失効)))")


def _date_mention(text: str, a: Atom) -> DateMention:
    return DateMention(a.start, a.end, text[a.start:a.end], a.value,
                       a.era.name if a.era else None, a.problem, a.kind == "inferred")


def _bound(a: Atom, which: str) -> str | None:
    if a.kind == "fiscal_year":
        return a.start_value if which == "start" else a.end_value
    return a.value


def _years_of_previous(folded: str, atoms: list[Atom]) -> None:
    """Give 同年/翌年/前年 + month (and day) the year of the last dated atom before
    it, shifted; the mention then starts at the word. Left yearless (for ``ref``)
    when no year was written before."""
    last_year: int | None = None  # of the date just before, when it has a year and a month
    for a in atoms:
        if a.kind == "date":
            last_year = a.year if a.month is not None else None
        elif a.kind == "yearless":
            # (4月1日から翌年3月31日まで: 翌年 counts from a yearless date; ベナラ市と平成4年に結んでいた…
            # 同年3月21日をもって解消: after a bare year the text may mean the year it is about)
            m = _YEAR_OF_PREVIOUS.search(folded, max(0, a.start - 4), a.start)
            if m and last_year is not None:
                resolve_yearless(a, last_year + _YEAR_SHIFT[m.group("w")], False)
                a.start = m.start()
            last_year = None


def link(text: str, folded: str, atoms: list[Atom], ref: str | None) -> tuple[list[DateMention], list[PeriodMention]]:
    """Atoms → (dates, periods), both sorted by start offset."""
    ref_value, ref_year = parse_ref(ref)
    dates: list[DateMention] = []
    periods: list[PeriodMention] = []
    _years_of_previous(folded, atoms)
    for a in atoms:
        if a.kind == "yearless":
            resolve_yearless(a, ref_year, True)
    i, n = 0, len(atoms)
    last_day_value: str | None = None
    while i < n:
        a = atoms[i]
        i += 1
        if a.kind == "relative":
            value = ref_value
            if a.word == "同日" and last_day_value is not None:
                value = last_day_value
                dates.append(DateMention(a.start, a.end, text[a.start:a.end], value, None, None, False))
            elif a.word == "同月":
                # 同月二十四日: the month of the last full date before it, else nothing
                if last_day_value is not None and a.day is not None and 1 <= a.day <= 31:
                    value = f"{last_day_value[:7]}-{a.day:02d}"
                    try:
                        date.fromisoformat(value)
                    except ValueError:
                        continue
                    dates.append(DateMention(a.start, a.end, text[a.start:a.end], value, None, None, False))
                    last_day_value = value
            elif value is not None:
                dates.append(DateMention(a.start, a.end, text[a.start:a.end], value, None, None, True))
            continue
        if a.kind == "duration":
            periods.append(PeriodMention(a.start, a.end, text[a.start:a.end], "duration", duration=a.duration))
            continue
        if a.kind == "renewal":
            periods.append(PeriodMention(a.start, a.end, text[a.start:a.end], "renewal", renewal=a.renewal))
            continue
        # a dated atom: a date, a yearless date or a fiscal year
        if a.kind == "fiscal_year" and a.end_value and _FISCAL_YEAR_END.match(folded, a.end):
            # 令和5年度末に…締結: the year's last month, March of the next (令和7年度末まで stays the term's end)
            dates.append(DateMention(a.start, a.end + 1, text[a.start : a.end + 1], a.end_value[:7],
                                     a.era.name if a.era else None, a.problem, False))
            continue
        if a.kind == "fiscal_year":
            periods.append(PeriodMention(a.start, a.end, text[a.start:a.end], "fiscal_year",
                                         start_value=a.start_value, end_value=a.end_value, problem=a.problem))
        else:
            dates.append(_date_mention(text, a))
            if a.value and a.value.count("-") == 2:
                last_day_value = a.value
        sep = _SEP.match(folded, a.end)
        if sep:
            pos = sep.end()
            end: Atom | None = None
            if i < n and atoms[i].start == pos and atoms[i].kind in ("date", "yearless", "inferred", "fiscal_year") \
                    and (a.kind == "fiscal_year") == (atoms[i].kind == "fiscal_year"):
                end = atoms[i]
                i += 1
                if end.kind in ("yearless", "inferred"):
                    _inherit_end(a, end)
            elif a.kind != "fiscal_year":
                end = _partial_end(folded, pos, a)
                if end is not None and end.end <= pos:
                    end = None
            if end is not None:
                while i < n and atoms[i].start < end.end:  # 3年3月 read as a duration, etc.
                    i += 1
                if end.kind == "fiscal_year":
                    periods.append(PeriodMention(end.start, end.end, text[end.start:end.end], "fiscal_year",
                                                 start_value=end.start_value, end_value=end.end_value,
                                                 problem=end.problem))
                else:
                    dates.append(_date_mention(text, end))
                    if end.value and end.value.count("-") == 2:
                        last_day_value = end.value
                stop = end.end
                tail = _TAIL.match(folded, stop)
                if tail:
                    stop = tail.end()
                s_val, e_val = _bound(a, "start"), _bound(end, "end")
                problem = "; ".join(dict.fromkeys(p for p in (a.problem, end.problem) if p)) or None
                if s_val and e_val and e_val < s_val:
                    problem = "; ".join(p for p in (problem, "range ends before it starts") if p)
                periods.append(PeriodMention(a.start, stop, text[a.start:stop], "range",
                                             start_value=s_val, end_value=e_val, problem=problem))
                continue
            if sep.group("sep") in _OPEN_SEPS:
                stop = a.end + len(sep.group(0).rstrip())
                periods.append(PeriodMention(a.start, stop, text[a.start:stop], "range",
                                             start_value=_bound(a, "start"), end_value=None, problem=a.problem))
                continue
        tail = _TAIL.match(folded, a.end)
        if tail:
            periods.append(PeriodMention(a.start, tail.end(), text[a.start:tail.end()], "range",
                                         start_value=None, end_value=_bound(a, "end"), problem=a.problem))
        elif a.kind == "date" and _EN_END_LEAD.search(folded, max(0, a.start - 24), a.start):
            periods.append(PeriodMention(a.start, a.end, text[a.start:a.end], "range",
                                         start_value=None, end_value=_bound(a, "end"), problem=a.problem))
    periods.sort(key=lambda p: (p.start, -p.end))
    return dates, periods
