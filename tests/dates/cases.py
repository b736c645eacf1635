"""The date test table: input → expected, by kind of expression.

Plain data (importable by ``benchmarks/bench_dates.py``). Each case gives the
values :func:`find_dates` must return, in order (None for a date that does not
exist or has no year), and the periods :func:`find_periods` must return as
tuples: ``("range", start, end)``, ``("duration", "P3Y")``,
``("renewal", "P1Y"|"auto")``, ``("fiscal_year", first_day, last_day)``.
``problem``: a substring some mention's problem must contain. ``span``: the
exact text of the first date mention (checks offsets).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Case:
    category: str
    text: str
    dates: tuple[str | None, ...] = ()
    periods: tuple[tuple[Any, ...], ...] = ()
    ref: str | None = None
    problem: str | None = None
    span: str | None = None

    def __str__(self) -> str:  # pytest ids
        return self.text


def _c(cat: str):
    def make(text: str, *dates: str | None, periods: tuple = (), ref: str | None = None,
             problem: str | None = None, span: str | None = None) -> Case:
        return Case(cat, text, tuple(dates), tuple(periods), ref, problem, span)
    return make


def R(s: str | None, e: str | None) -> tuple:
    return ("range", s, e)


def DUR(v: str) -> tuple:
    return ("duration", v)


def REN(v: str) -> tuple:
    return ("renewal", v)


def FY(y: int) -> tuple:
    return ("fiscal_year", f"{y}-04-01", f"{y + 1}-03-31")


e = _c("era")
ERA = [
    e("令和2年11月18日", "2020-11-18"),
    e("令和元年5月1日", "2019-05-01"),
    e("令和元年", "2019"),
    e("令和元年に開始", "2019", span="令和元年"),
    e("平成30年4月4日", "2018-04-04"),
    e("平成元年1月8日", "1989-01-08"),
    e("平成31年4月30日", "2019-04-30"),
    e("昭和64年1月7日", "1989-01-07"),
    e("昭和64年", "1989"),
    e("昭和元年12月25日", "1926-12-25"),
    e("大正元年7月30日", "1912-07-30"),
    e("大正15年12月24日", "1926-12-24"),
    e("明治45年7月29日", "1912-07-29"),
    e("明治6年1月1日", "1873-01-01"),
    e("令和3年3月", "2021-03"),
    e("平成29年11月", "2017-11"),
    e("昭和60年", "1985"),
    e("令和 2 年 11 月 18 日", "2020-11-18"),
    e("令和2年11月18日（水）", "2020-11-18", span="令和2年11月18日（水）"),
    e("令和2年11月18日(水)に締結した", "2020-11-18", span="令和2年11月18日(水)"),
    e("令和5年11月3日（金・祝）", "2023-11-03", span="令和5年11月3日（金・祝）"),
    e("令和3年1月11日(月・祝)", "2021-01-11", span="令和3年1月11日(月・祝)"),
    e("令和2年11月18日（水曜日）", "2020-11-18", span="令和2年11月18日（水曜日）"),
    e("㋿2年4月1日", "2020-04-01"),
    e("㍻30年4月4日", "2018-04-04"),
    e("平成32年", "2020", problem="era ended 2019-04-30; written as 平成32年"),
    e("平成31年5月1日", "2019-05-01", problem="era ended 2019-04-30"),
    e("平成32年3月31日", "2020-03-31", problem="era ended"),
    e("R2年11月", "2020-11"),
    e("令和2年11月18日及び令和3年1月5日", "2020-11-18", "2021-01-05"),
    e("1985年（昭和60年）10月", "1985-10", span="1985年（昭和60年）10月"),
    e("令和2年（2020年）11月18日", "2020-11-18", span="令和2年（2020年）11月18日"),
    e("2020（令和2）年11月18日", "2020-11-18"),
    e("令和2（2020）年4月1日", "2020-04-01"),
    e("2019年（平成31年）4月1日", "2019-04-01"),
    e("1985年（昭和61年）10月", "1985-10", problem="dual dating disagrees"),
    e("令和2年11月18日（火）", "2020-11-18", problem="weekday (火) does not match"),
]

k = _c("kanji")
KANJI = [
    k("令和二年十一月十八日", "2020-11-18"),
    k("二〇二〇年十一月十八日", "2020-11-18"),
    k("平成三十年四月四日", "2018-04-04"),
    k("令和元年五月一日", "2019-05-01"),
    k("昭和六十年十月", "1985-10"),
    k("二〇一七年十一月", "2017-11"),
    k("二〇一六年", "2016"),
    k("令和三年三月三十一日", "2021-03-31"),
    k("平成三十一年四月三十日", "2019-04-30"),
    k("令和五年十二月二十三日", "2023-12-23"),
    k("二〇二一年一月十一日", "2021-01-11"),
    k("令和四年二月二十日", "2022-02-20"),
    k("明治四十五年七月二十九日", "1912-07-29"),
    k("大正十五年十二月二十四日", "1926-12-24"),
    k("昭和三十九年十月十日", "1964-10-10"),
    k("二〇〇〇年一月一日", "2000-01-01"),
    k("二○二○年十一月十八日", "2020-11-18"),
    k("第十一回の会合は令和二年十一月十八日に開く", "2020-11-18", span="令和二年十一月十八日"),
    k("三十一の市町村が令和三年三月に合意", "2021-03", span="令和三年三月"),
    k("十日町市と令和二年十月十日に締結", "2020-10-10", span="令和二年十月十日"),
    k("令和二年十一月十八日（水）", "2020-11-18", span="令和二年十一月十八日（水）"),
]

f = _c("fullwidth")
FULLWIDTH = [
    f("２０２０年１１月１８日", "2020-11-18"),
    f("令和２年１１月１８日", "2020-11-18"),
    f("２０２０／１１／１８", "2020-11-18"),
    f("２０２０．１１．１８", "2020-11-18"),
    f("２０２０－１１－１８", "2020-11-18"),
    f("令和２年４月１日（水）", "2020-04-01", span="令和２年４月１日（水）"),
    f("平成３０年４月４日", "2018-04-04"),
    f("２０１７年１１月", "2017-11"),
    f("２０１６年", "2016"),
    f("令和元年５月１日", "2019-05-01"),
    f("１９８５年（昭和６０年）１０月", "1985-10"),
    f("西暦２０２０年", "2020"),
    f("令和３年３月３１日（水）", "2021-03-31"),
    f("２０２１年１月５日（火）", "2021-01-05"),
    f("昭和６４年１月７日", "1989-01-07"),
    f("平成元年１月８日", "1989-01-08"),
    f("２０２０年　１１月　１８日", "2020-11-18"),
    f("締結日：令和２年１１月１８日", "2020-11-18", span="令和２年１１月１８日"),
    f("２０２０（令和２）年１１月", "2020-11"),
    f("令和５年１１月３日（金・祝）", "2023-11-03"),
]

a = _c("abbreviation")
ABBREVIATION = [
    a("R2.11.18", "2020-11-18"),
    a("H30.4.4", "2018-04-04"),
    a("R3/3/31", "2021-03-31"),
    a("Ｈ３０．４．４", "2018-04-04"),
    a("Ｒ２．１１．１８", "2020-11-18"),
    a("S60.10.1", "1985-10-01"),
    a("H1.1.8", "1989-01-08"),
    a("R元.5.1", "2019-05-01"),
    a("H31.4.30", "2019-04-30"),
    a("T15.12.24", "1926-12-24"),
    a("M45.7.29", "1912-07-29"),
    a("R2-11-18", "2020-11-18"),
    a("R2.11.18（水）", "2020-11-18", span="R2.11.18（水）"),
    a("発行日:H30.4.4", "2018-04-04", span="H30.4.4"),
    a("R5/12/1", "2023-12-01"),
    a("Ｒ３／３／３１", "2021-03-31"),
    # a table's date column writes the month alone: era letter, year, month
    a("H24.11", "2012-11"),
    a("締結 H26.4 ダバオ", "2014-04", span="H26.4"),
    a("Ｒ５．７", "2023-07"),
]

g = _c("gregorian")
GREGORIAN = [
    g("広報しかおい 2024.9 No.758", "2024-09", span="2024.9"),  # a masthead's issue month
    g("2024/09号", "2024-09", span="2024/09"),
    g("2020年11月18日", "2020-11-18"),
    g("signed on March 12, 2024 in Bengaluru", "2024-03-12", span="March 12, 2024"),
    g("Published: 14 March 2024", "2024-03-14"),
    g("signed on May 12th, 2019.", "2019-05-12", span="May 12th, 2019"),  # an ordinal day
    g("On 28th February, 2024, the two concluded it.", "2024-02-28", span="28th February, 2024"),  # a comma before the year
    g("Signed in duplicate at Takamatsu on this 3rd day of September, 2024.", "2024-09-03", span="3rd day of September, 2024"),  # an agreement's signing clause
    g("on the 3rd of March 2023", "2023-03-03", span="3rd of March 2023"),
    g("since Sept. 2019", "2019-09"),
    g("Takamatsu and Tours became sister cities in 1988.", "1988", span="1988"),
    g("has had a friendship agreement with Shaanxi, since 1994.", "1994", span="1994"),
    # … also when the preposition opens the sentence (a unit starts there): In 2018, the two renewed…
    g("In 2018, the two governments renewed their agreement.", "2018", span="2018"),
    g("Since 1994 the two cities have exchanged students.", "1994", span="1994"),
    g("February 30, 2023", None),
    g("2020/11/18", "2020-11-18"),
    g("2020.11.18", "2020-11-18"),
    g("2020-11-18", "2020-11-18"),
    g("西暦2020年", "2020", span="西暦2020年"),
    g("2017年11月", "2017-11"),
    g("2016年", "2016"),
    g("2020年11月18日（水）", "2020-11-18", span="2020年11月18日（水）"),
    g("2021年1月11日(月・祝)", "2021-01-11"),
    g("2020年2月29日", "2020-02-29"),
    g("2000年2月29日", "2000-02-29"),
    g("2020/1/5", "2020-01-05"),
    g("2020年 11月 18日", "2020-11-18"),
    g("2017年11月に締結し、2020年2月11日に更新", "2017-11", "2020-02-11"),
    # a year written both ways with no 年 (a chronology's column, a table's dotted date): only when they agree
    g("　1972（昭和47）　　8月3日　姉妹都市提携", "1972", None, span="1972（昭和47）"),
    g("2019(R1).7.10 | 協定", "2019-07-10", span="2019(R1).7.10"),
    g("同じく2020年の11月に協定を締結", "2020-11", span="2020年の11月"),  # の between the year and its month
    g("昭和五十一年（一九七六）十月十一日、両市は盟約を結んだ", "1976-10-11", span="昭和五十一年（一九七六）十月十一日"),  # the western year in brackets, no 年
    g("1976年（昭和51）10月", "1976-10", span="1976年（昭和51）10月"),
]

r = _c("range")
RANGE = [
    r("令和2年11月18日～12月1日", "2020-11-18", "2020-12-01", periods=(R("2020-11-18", "2020-12-01"),)),
    r("令和2年11月18日〜12月1日", "2020-11-18", "2020-12-01", periods=(R("2020-11-18", "2020-12-01"),)),
    r("令和2年11月18日~12月1日", "2020-11-18", "2020-12-01", periods=(R("2020-11-18", "2020-12-01"),)),
    r("令和2年11月18日から令和3年3月31日まで", "2020-11-18", "2021-03-31",
      periods=(R("2020-11-18", "2021-03-31"),)),
    r("令和2年4月1日から3年3月31日まで", "2020-04-01", "2021-03-31", periods=(R("2020-04-01", "2021-03-31"),)),
    r("2020年4月1日～2021年3月31日", "2020-04-01", "2021-03-31", periods=(R("2020-04-01", "2021-03-31"),)),
    r("2020年4月1日-2021年3月31日", "2020-04-01", "2021-03-31", periods=(R("2020-04-01", "2021-03-31"),)),
    r("2020/4/1～2021/3/31", "2020-04-01", "2021-03-31", periods=(R("2020-04-01", "2021-03-31"),)),
    r("2020年11月18日（水）～30日（月）", "2020-11-18", "2020-11-30", periods=(R("2020-11-18", "2020-11-30"),)),
    r("2020年4月～9月", "2020-04", "2020-09", periods=(R("2020-04", "2020-09"),)),
    r("2020年12月20日～1月10日", "2020-12-20", "2021-01-10", periods=(R("2020-12-20", "2021-01-10"),)),
    r("2020年4月から", "2020-04", periods=(R("2020-04", None),)),
    r("2025年3月31日まで", "2025-03-31", periods=(R(None, "2025-03-31"),)),
    r("令和5年度から令和7年度まで", periods=(R("2023-04-01", "2026-03-31"), FY(2023), FY(2025))),
    r("R2.4.1～R3.3.31", "2020-04-01", "2021-03-31", periods=(R("2020-04-01", "2021-03-31"),)),
    r("令和2年11月18日から令和3年3月31日までの間", "2020-11-18", "2021-03-31",
      periods=(R("2020-11-18", "2021-03-31"),)),
    r("２０２０年４月１日～２０２１年３月３１日", "2020-04-01", "2021-03-31",
      periods=(R("2020-04-01", "2021-03-31"),)),
    r("令和２年１１月１８日～１２月１日", "2020-11-18", "2020-12-01", periods=(R("2020-11-18", "2020-12-01"),)),
    r("11月18日～12月1日", "2020-11-18", "2020-12-01", ref="2020-06-01",
      periods=(R("2020-11-18", "2020-12-01"),)),
    r("令和3年4月1日乃至令和4年3月31日", "2021-04-01", "2022-03-31", periods=(R("2021-04-01", "2022-03-31"),)),
    r("令和2年4月1日より令和5年3月31日まで", "2020-04-01", "2023-03-31", periods=(R("2020-04-01", "2023-03-31"),)),
    r("令和2年11月18日 ～ 令和3年3月31日", "2020-11-18", "2021-03-31", periods=(R("2020-11-18", "2021-03-31"),)),
    r("2020年4月1日から", "2020-04-01", periods=(R("2020-04-01", None),)),
    r("令和3年3月31日までとする", "2021-03-31", periods=(R(None, "2021-03-31"),)),
    r("令和2年度から", periods=(R("2020-04-01", None), FY(2020))),
    # English terms: a range joined by a word, and a last day written after until / through
    r("from April 1, 2024 to March 31, 2027", "2024-04-01", "2027-03-31", periods=(R("2024-04-01", "2027-03-31"),)),
    r("remains in force until March 31, 2028.", "2028-03-31", periods=(R(None, "2028-03-31"),)),
    r("valid through 31 March 2027", "2027-03-31", periods=(R(None, "2027-03-31"),)),
]

d = _c("duration")
DURATION = [
    d("期限3年", periods=(DUR("P3Y"),)),
    d("remains in force for four years", periods=(DUR("P4Y"),)),
    d("valid for a period of 5 years", periods=(DUR("P5Y"),)),
    d("3年間", periods=(DUR("P3Y"),)),
    d("有効期間は3年", periods=(DUR("P3Y"),)),
    d("有効期間は3年とする", periods=(DUR("P3Y"),)),
    d("6か月", periods=(DUR("P6M"),)),
    d("6ヶ月", periods=(DUR("P6M"),)),
    d("6カ月", periods=(DUR("P6M"),)),
    d("6ヵ月", periods=(DUR("P6M"),)),
    d("6ケ月", periods=(DUR("P6M"),)),
    d("6か月間", periods=(DUR("P6M"),)),
    d("1年6月", periods=(DUR("P1Y6M"),)),
    d("1年6か月", periods=(DUR("P1Y6M"),)),
    d("１年６か月", periods=(DUR("P1Y6M"),)),
    d("1年半", periods=(DUR("P1Y6M"),)),
    d("半年間", periods=(DUR("P6M"),)),
    d("三年間", periods=(DUR("P3Y"),)),
    d("十年間", periods=(DUR("P10Y"),)),
    d("期間は2年間", periods=(DUR("P2Y"),)),
    d("5年間有効とする", periods=(DUR("P5Y"),)),
    d("締結の日から3年間とする", periods=(DUR("P3Y"),)),
    d("2020年4月から3年間", "2020-04", periods=(R("2020-04", None), DUR("P3Y"))),
    d("有効期限：3年", periods=(DUR("P3Y"),)),
    d("有効期間をさらに5年間延長することで合意した", periods=(DUR("P5Y"),)),  # an extension agreed, not a renewal clause
    d("３か年の計画", periods=(DUR("P3Y"),)),
    d("平成28年度から平成30年度までの3か年", periods=(R("2016-04-01", "2019-03-31"), FY(2016), FY(2018), DUR("P3Y"))),
    d("Term: One year from the date of signing", periods=(DUR("P1Y"),)),  # an English term label, the number in words
    d("remains in force for three (3) years", periods=(DUR("P3Y"),)),  # the figure repeated in brackets
]

n = _c("renewal")
RENEWAL = [
    n("以後1年間ごとに更新", periods=(REN("P1Y"),)),
    n("さらに1年間延長され、その後も同様とする", periods=(REN("P1Y"),)),
    n("It will be renewed automatically unless either party objects.", periods=(REN("auto"),)),
    n("申し出がないときは、同一期間で更新されます", periods=(REN("auto"),)),
    n("同一の期間延長するものとし、以後も同様とする", periods=(REN("auto"),)),
    n("何らの申出がないときは、同一条件をもって更新されたものとみなし、その後も同様とする", periods=(REN("auto"),)),
    n("1年ごとに自動更新", periods=(REN("P1Y"),)),
    n("(以後1年ごとの自動更新)", periods=(REN("P1Y"),)),
    n("申し出がなければ、1年ずつ自動的に延びていく形です", periods=(REN("P1Y"),)),  # spoken, in a broadcast transcript
    n("申出がない場合は、1年間延長し、以後もこの例によります", periods=(REN("P1Y"),)),  # 以後もこの例による: as 以後も同様とする
    n("申出がないときは、有効期間満了の日の翌日から起算して1年間延長するものとする", periods=(REN("P1Y"),)),  # counted from the day after
    n("自動更新", periods=(REN("auto"),)),
    n("自動的に更新する", periods=(REN("auto"),)),
    n("以降も1年ごとに更新する", periods=(REN("P1Y"),)),
    n("3年ごとに更新", periods=(REN("P3Y"),)),
    n("さらに1年間延長するものとし、以後も同様とする", periods=(REN("P1Y"),)),
    n("申出がないときは、1年間延長する。以後も同様とする。", periods=(REN("P1Y"),)),  # the same, told in two sentences
    n("期間は1年間とする。以後も交流を続ける。", periods=(DUR("P1Y"),)),  # …but a later sentence about something else is no renewal
    n("自動的に1年間延長", periods=(REN("P1Y"),)),
    n("6か月ごとに自動更新", periods=(REN("P6M"),)),
    n("1年毎に更新", periods=(REN("P1Y"),)),
    n("有効期間は3年とし、以後1年ごとに自動更新する", periods=(DUR("P3Y"), REN("P1Y"))),
    n("以後は1年ごとに自動で更新されます", periods=(REN("P1Y"),)),
    n("更に3年間同一の条件で更新されるものとし、以後も同様とする", periods=(REN("P3Y"),)),
    n("さらに1年間継続するものとし、以後も同様とします", periods=(REN("P1Y"),)),
    n("期間満了後は自動で更新する", periods=(REN("auto"),)),
    n("異議の申出がない場合は、さらに5年間延長されます", periods=(REN("P5Y"),)),  # a renewal on no objection, told once
    n("申し出がなければ、さらに2年間延長されます", periods=(REN("P2Y"),)),
    n("特に申し出がない場合は毎年更新されます", periods=(REN("P1Y"),)),  # 毎年: a year at a time
    n("1年ごとに、自動で続きます", periods=(REN("P1Y"),)),  # (easy Japanese: 続く for 更新)
    n("そのあとは、1年ずつつづけます", periods=(REN("P1Y"),)),
    n("協定は毎年自動更新とする", periods=(REN("P1Y"),)),
    n("データは毎年更新します", periods=()),  # (no objection clause, nothing automatic: upkeep, not a term)
    n("automatically renewed for successive one-year periods", periods=(REN("P1Y"),)),  # the period written before its noun
    n("It will be renewed automatically for further periods of three (3) years.", periods=(REN("P3Y"),)),
    n("Unless either party requests otherwise, it will be extended for one year at a time.", periods=(REN("P1Y"),)),
]

y = _c("fiscal_year")
FISCAL_YEAR = [
    y("令和5年度", periods=(FY(2023),)),
    y("2021年度 第3回", periods=(FY(2021),)),
    y("R5年度", periods=(FY(2023),)),
    y("令和元年度", periods=(FY(2019),)),
    y("平成30年度", periods=(FY(2018),)),
    y("令和５年度", periods=(FY(2023),)),
    y("2021（令和3）年度", periods=(FY(2021),)),
    y("昭和63年度", periods=(FY(1988),)),
    y("二〇二一年度", periods=(FY(2021),)),
    y("令和三年度", periods=(FY(2021),)),
    y("平成31年度", periods=(FY(2019),)),
    y("令和4年度の事業として", periods=(FY(2022),)),
    # a fiscal year's end as a day something happened: its last month, March of the next year
    y("令和5年度末に協定を締結しており", "2024-03"),
    y("2023年度末に締結", "2024-03"),
    y("締結日から令和7年度末まで", periods=(FY(2025),)),  # a term's end stays the fiscal year (its last day)
    y("令和6年度末をもって終了する", periods=(FY(2024),)),
]

l = _c("yearless")
YEARLESS = [
    # an English day told after 'on', with no year: the year from context
    l("renewed their Memorandum on 12 September at the headquarters", "2023-09-12", ref="2023-09-13", span="12 September"),
    l("at a ceremony on Thursday 26 September, during a visit", "2024-09-26", ref="2024-10-02", span="Thursday 26 September"),
    l("signed on September 26th at the hall", "2024-09-26", ref="2024-10-02", span="September 26th"),
    l("signed on Wednesday, May 8, at the city hall", "2024-05-08", ref="2024-05-09", span="Wednesday, May 8"),  # (W opens no other date)
    l("2月11日", "2020-02-11", ref="2020-10-28"),
    l("11月18日（水）", "2020-11-18", ref="2020-06-01", span="11月18日（水）"),
    l("十一月三日", "2021-11-03", ref="2021-01-01"),
    l("2月11日", None, problem="no year"),
    l("１２月１日", "2020-12-01", ref="2020-01-01"),
    l("12月1日(火)", "2020-12-01", ref="2020"),
    l("4月1日から", "2021-04-01", ref="2021-03-01", periods=(R("2021-04-01", None),)),
    l("3月31日まで", "2021-03-31", ref="2021-01-01", periods=(R(None, "2021-03-31"),)),
    l("2月29日", "2020-02-29", ref="2020-01-01"),
    l("2月11日に調印式を行った", "2020-02-11", ref="2020", span="2月11日"),
    l("本日", "2020-11-18", ref="2020-11-18"),
    l("令和2年11月18日に締結し、同日発効した", "2020-11-18", "2020-11-18"),
    # 同年/翌年/前年 + month and day: the year of the full date just before (not of ref)
    l("平成十八年三月一日に合併し、同年十一月三日、改めて締結した", "2006-03-01", "2006-11-03", ref="2023-10"),
    l("2019年4月1日に締結し、翌年4月1日に更新", "2019-04-01", "2020-04-01"),
    # … but not after a bare year (the text may mean the year it is about), nor after a yearless date
    l("平成4年に結んでいた提携は、同年3月21日をもって解消した", "1992", "2005-03-21", ref="2005-06"),
    l("4月1日から翌年3月31日まで", "2024-04-01", "2024-03-31", ref="2024-05-01",
      periods=(R("2024-04-01", None), R(None, "2024-03-31"))),
    # 同月N日: a day of the month of the full date just before; alone it dates nothing
    l("大川市 令和六年六月二十日\nうきは市 同月二十四日", "2024-06-20", "2024-06-24"),
]

v = _c("invalid")
INVALID = [
    v("令和2年2月30日", None, problem="no such day"),
    v("2019年2月29日", None, problem="no such day"),
    v("2020年13月1日", None, problem="month 13"),
    v("昭和64年1月8日", None, problem="era ended 1989-01-07"),
    v("昭和64年12月1日", None, problem="era ended"),
    v("令和元年4月30日", None, problem="before the era"),
    v("平成元年1月7日", None, problem="before the era"),
    v("大正15年12月25日", None, problem="era ended"),
    v("2021年4月31日", None),
    v("R1.4.30", None),
    v("H1.1.7", None),
    v("令和２年２月３０日", None),
    v("昭和65年", None),
    v("2月30日", None, ref="2020-01-01"),
    v("2月29日", None, ref="2021-01-01"),
    v("二〇一九年二月二十九日", None),
    v("令和0年4月1日", None),
]

t = _c("place_name")
PLACE_NAME = [
    t("十日町市"), t("四日市市"), t("五日市"), t("八日市場"), t("廿日市市"),
    t("十日町市長"), t("四日市市と連携"), t("五日市線"), t("廿日市市役所"), t("二日市温泉"),
    t("八日市場市"), t("三重県四日市市の"), t("東近江市八日市"),
]

x = _c("must_not_match")
MUST_NOT_MATCH = [
    x("売上高2024.5億円"), x("成長率2024.5%"),
    x("R5.13"), x("T4.5mm"), x("S55"), x("Windows H2.0"),
    x("6分野"), x("3者"), x("第1条"), x("1.名称"), x("03-5213-1722"),
    x("https://www.city.example.lg.jp/2020/11/18/news.html"),
    x("10万3000人"), x("2日間の日程"), x("17時~18時"), x("17時～18時"), x("6か月前までに"),
    x("3年以内に"), x("3年生"), x("5年ぶり"), x("令和○年○月○日"), x("自動更新しない"),
    x("バージョン2.1.3"), x("0120-123-456"), x("3か月以内"), x("第3回"), x("1万2000円"),
    x("10時30分"), x("2年目"), x("1990年代"), x("平成20年代後半"),
    x("a population of 1988 people"), x("Room 2024, Win 1994"), x("in 12345 cases"),
    x("1969(昭和45)"), x("定員1200(うち3)"),
]

ALL: list[Case] = (
    ERA + KANJI + FULLWIDTH + ABBREVIATION + GREGORIAN + RANGE + DURATION + RENEWAL
    + FISCAL_YEAR + YEARLESS + INVALID + PLACE_NAME + MUST_NOT_MATCH
)


def period_tuple(p: Any) -> tuple[Any, ...]:
    """A PeriodMention as the tuple the table writes."""
    if p.kind == "duration":
        return ("duration", p.duration)
    if p.kind == "renewal":
        return ("renewal", p.renewal)
    return (p.kind, p.start_value, p.end_value)


def assert_case(case: Case) -> None:
    """Check ``case`` against find_dates/find_periods, raw and NFKC-normalised."""
    import unicodedata

    from mou_extract.dates import find_dates, find_periods

    dates = find_dates(case.text, ref=case.ref)
    periods = find_periods(case.text, ref=case.ref)
    assert tuple(x.value for x in dates) == case.dates, [(x.text, x.value, x.problem) for x in dates]
    assert tuple(period_tuple(p) for p in periods) == case.periods, periods
    for m in [*dates, *periods]:
        assert case.text[m.start:m.end] == m.text
    if case.problem is not None:
        problems = " | ".join(m.problem for m in [*dates, *periods] if m.problem)
        assert case.problem in problems, problems
    if case.span is not None:
        assert dates and dates[0].text == case.span
    # The same values when the caller has already NFKC-normalised the text.
    nfkc = unicodedata.normalize("NFKC", case.text)
    assert tuple(x.value for x in find_dates(nfkc, ref=case.ref)) == case.dates
    assert tuple(period_tuple(p) for p in find_periods(nfkc, ref=case.ref)) == case.periods
