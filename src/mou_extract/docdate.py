"""The date a document was issued (``doc_date``).

Taken from an issue label (配信, 発表日, 公表日, 掲載日, 放送日, 記者発表 …) or from a
letterhead line near the top that holds little more than a full date. Page
maintenance dates (更新日, 最終更新, …現在) are never the issue date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from .dates import dates_agree
from .model import DateMention
from .segment import TITLE_BAR, lines_end, text_lines_end

# (発布時間:2024-10-21, 発布日期:…: a Chinese or Taiwanese site's Japanese edition says when it was put out)
_LABEL_BEFORE = re.compile(r"(?<![のをがはにでとへや])(?:配信|発表|公表|公開|掲載|投稿|発行|発信|発布|放送|提出|報告|記者発表|報道発表|プレスリリース|リリース|提供|作成|[Pp]ublished|Posted|Released|Issued|Press [Rr]elease|PRESS RELEASE|NEWS RELEASE|For [Ii]mmediate [Rr]elease|News [Rr]elease|Date of (?:issue|publication|release)|(?:Issue|Release|Publication) [Dd]ate|Date)(?:開始)?(?:日|日時|日期|時間| on)?\s*[,:|｜/／]?\s*(?:[(（][^)）\n]{0,20}[)）])?\s*[:：]?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s?)?$")
# 掲載日 / 2023年7月13日: a label alone on its line (a page's <dt>), the date alone on the next
_LABEL_LINE = re.compile(r"^\s*(?:配信|発表|公表|公開|掲載|投稿|発行|発信|放送|記者発表|報道発表)(?:日|日時|年月日)\s*[:：]?\s*$")
# 発行:徳島大学国際課 2023年10月6日 — the label, the issuer, then the date
_LABEL_ISSUER_BEFORE = re.compile(r"(?:発行|発信|配信|発表|作成|編集)(?:元|者)?\s*[:：]\s*[^\s:：0-9]{2,20}\s+$")  # (作成:…国際課 令和6年4月)
_PUBLISHED_BY_BEFORE = re.compile(r"^\s*(?:Published|Issued|Compiled|Edited) by [^\n0-9]{2,80},\s?$")  # Published by the International Office, June 2024
_LABEL_AFTER = re.compile(r"^\s*(?:付け?\s*)?(?:配信|発表|公表|掲載|発行|記者発表|報道発表|作成(?![しすさ日]))")
_MAINTENANCE = re.compile(r"更新|最終|改訂|改正|修正|アクセス|閲覧|現在")
_GAPS = re.compile(r"[ \t]{2,}")  # (PRESS RELEASE      12 September 2024: a label set apart by a wide gap)
_MAINTENANCE_AFTER = re.compile(r"[^(（\s]{0,4}(?:" + _MAINTENANCE.pattern + ")")  # (2024年6月14日更新, …一部改正): not a bracket's
_LETTERHEAD_JUNK = re.compile(r"[\s　|【】\[\]■]|記者発表資料|報道発表資料|発表資料|報道資料|記者発表|プレスリリース|お知らせ|報道発表|発表|資料提供|令和|平成")
_HEAD_LINES = 15
# a wire service's posting line: 株式会社ミナトデータワークス 2024年5月21日 10時00分
_POSTED_BY_BEFORE = re.compile(r"^\s*(?![^\n]*(?:日時|日程|時間|開催|期間|予定|受付|締切|会場|締結|調印|署名|式典))[^\s。、:：]{2,30}\s+$")
_POSTED_AT_AFTER = re.compile(r"^\s*(?:[0-9]{1,2}時[0-9]{2}分|[0-9]{1,2}:[0-9]{2})\s*$")
# a wire release's dateline: TOKYO, March 17, 2025 — … / KOBE, Japan, May 2, 2024 /PRNewswire/ --
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Za-z.'\- ]{1,30}(?:,\s?[A-Z][A-Za-z.'\- ]{1,30})?(?:,\s?|\s[-–—]\s)$")  # (KOBE, Japan - 12 September 2023 - …)
_DATELINE_AFTER = re.compile(r"^\s*(?:[—–―]|-{1,2}\s|/[A-Za-z ]{2,20}/)")
# a dateline on a line of its own: Morioka, Japan - 14 November 2023 / Tokyo, June 12, 2024
_DATELINE_ALONE = re.compile(r"^\s*[A-Z][A-Za-z.'\- ]{1,30}(?:,\s?[A-Z][A-Za-z.'\- ]{1,30})?(?:,\s?|\s[-–—]\s)$")
# an issue's number before its month: Vol. 58 / January 2024
_ISSUE_NUMBER_BEFORE = re.compile(r"(?:Vol(?:ume)?|No|Issue)\.?\s*[0-9]{1,4}(?:\s*[/|,・]|\s)\s*$")  # (No.372 2023年6月12日)
_TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")
# Date: October 2, 2023      Date: October 19, 2023 under two signatures
_SIGNED_DATE_LABEL = re.compile(r"Date\s*:\s*$")
# CITY COUNCIL REGULAR MEETING - MINUTES / Monday, July 8, 2024, 6:00 p.m.: the meeting's day dates its record
_MEETING_HEAD = re.compile(r"(?i)\b(?:minutes|meeting|session)\b")
_WEEKDAY_ALONE = re.compile(r"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s?")
_MEETING_TIME = re.compile(r"(?:,\s?[0-9]{1,2}:[0-9]{2}\s?(?:a\.m\.|p\.m\.|am|pm)?)?\s*")


@dataclass(frozen=True, slots=True)
class DocDate:
    value: str
    start: int
    end: int
    how: str  # "label", "letterhead", "signature" or "closing"


_EVENTS = re.compile(r"締結|提携|調印|署名|開催|実施|予定|訪問")
_RANGE_AFTER = re.compile(r"^\s*(?:[(（][^)）]{0,8}[)）])?\s*(?:(?:午前|午後)?\s*[0-9]{1,2}\s*(?:時|:)[0-9分半]*\s*)?(?:から|より|まで|~)|まで|~")  # 4月1日(月)午前10時から…: a period or an event time, not an issue date
_ISSUE_SUFFIX = re.compile(r"^\s*(?:号|発行)")
# 平成二十七年三月 北海道伊達市 発行: the cover's date, the publisher, then the label
_PUBLISHER_THEN_LABEL = re.compile(r"^\s+[^\s。、:：]{2,20}(?:\s[^\s。、:：]{1,12})?\s*(?:発行|編集・?発行|刊行)\s*$")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# an agreement's articles: 第三条, Article 3, or a declaration's items 一、二、 (with the kanji comma)
_ARTICLE = re.compile(r"^\s*(?:第\s*[0-9一二三四五六七八九十]+\s*条|Article\s+[0-9]+(?![0-9])|[一二三四五六七八九十]{1,3}、)", re.MULTILINE)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, len(text) if le < 0 else le


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a wire release's dateline (TOKYO, March 17,
    2025 — …): the issue date, never a step of what the release reports."""
    ls, le = _line(text, start, end)
    return bool(_DATELINE_BEFORE.match(text[ls:start]) and _DATELINE_AFTER.match(text[end:le]))


def _at_top(text: str, ls: int) -> bool:
    """Nothing stands above the line at ``ls`` but, at most, a site's title bar (地域ニュース | みなと新報デジタル)."""
    above = text[:ls].strip()
    return not above or ("\n" not in above and TITLE_BAR.search(above) is not None)


def find_doc_date(text: str, dates: list[DateMention]) -> DocDate | None:
    """Pick the issue date among ``dates`` (mentions of ``text``), in order of trust:
    an issue label (配信, 発表日, 掲載日, …号), a letterhead line near the top, the
    signature date of an agreement text."""
    labelled_found: list[DocDate] = []
    for d in dates:
        ls, le = _line(text, d.start, d.end)
        before, after = text[ls : d.start], text[d.end : le]
        # (…市報「北九州」令和7年1月1日号にも掲載します。: a sentence citing another issue, not this page's)
        labelled = _LABEL_BEFORE.search(_GAPS.sub(" ", before)[-24:]) or _LABEL_AFTER.search(after[:10]) \
            or (_ISSUE_SUFFIX.match(after) and (d.start < lines_end(text, 8) or "。" not in text[ls:le])) \
            or (d.start < lines_end(text, 4) and _PUBLISHER_THEN_LABEL.match(after)) \
            or (d.start < lines_end(text, 8) and is_dateline(text, d.start, d.end)) \
            or (d.start < lines_end(text, 6) and _DATELINE_ALONE.match(before) and not after.strip()) \
            or (d.start < lines_end(text, 8) and _PUBLISHED_BY_BEFORE.match(before) and not after.strip()) \
            or (d.start < lines_end(text, 4) and _ISSUE_NUMBER_BEFORE.search(before) and not after.strip()) \
            or (d.start < lines_end(text, 8) and _POSTED_BY_BEFORE.match(before) and _POSTED_AT_AFTER.match(after)) \
            or (_LABEL_ISSUER_BEFORE.search(before[-32:]) and d.start < lines_end(text, 6)) \
            or (d.start < lines_end(text, 4) and _WEEKDAY_ALONE.fullmatch(before) and _MEETING_TIME.fullmatch(after)
                and _MEETING_HEAD.search(text[:ls])) \
            or (not before.strip() and not re.sub(r"[(（]?[月火水木金土日](?:曜日?)?[)）]?", "", after).strip()
                and _LABEL_LINE.match(text[text.rfind("\n", 0, max(0, ls - 1)) + 1 : max(0, ls - 1)]))
        if not labelled or _MAINTENANCE.search(before[-12:]):
            continue
        if _SIGNED_DATE_LABEL.search(before) and any(
                _SIGNED_DATE_LABEL.search(text[ls : o.start]) and (o.value or "") > (d.value or "") for o in dates if d.end <= o.start < le):
            continue  # Date: October 2, 2023   Date: October 19, 2023 under two signatures: the last one
        if not _LABEL_BEFORE.search(_GAPS.sub(" ", before)[-24:]) and _MAINTENANCE.search(after[:8]):
            continue
        value = d.value if not d.inferred else None
        if value is None and d.problem == "no year":
            # (11月15日発行) beside 令和5年11月号: the year from the same line
            year = next((o.value[:4] for o in dates if o.value and not o.inferred and ls <= o.start < le), None)
            m = re.match(r"(\d{1,2})月(?:(\d{1,2})日)?", d.text.translate(_DIGITS))
            if year and m:
                value = f"{year}-{int(m.group(1)):02d}" + (f"-{int(m.group(2)):02d}" if m.group(2) else "")
        if value:
            labelled_found.append(DocDate(value, d.start, d.end, "label"))
    if labelled_found:
        # 令和5年11月号(11月15日発行), or 10月号 on one line and 10月1日発行 on the next:
        # among the labelled dates near the first one, the most precise
        first = labelled_found[0]
        ls, _ = _line(text, first.start, first.end)
        near_end = ls
        for _ in range(4):
            nxt = text.find("\n", near_end + 1)
            near_end = len(text) if nxt < 0 else nxt
        near = [x for x in labelled_found if (ls <= x.start < near_end or len(first.value) < 10) and dates_agree(x.value, first.value)]
        # (広報おかやま 2024年4月号 … 発行日/2024年4月1日 in the footer: the issue's own day, wherever it stands)
        return max(near, key=lambda x: (len(x.value), -x.start))
    # a newsletter's masthead: 広報しかおい 2024.9 No.758 (its title, the issue's month, its number)
    head_line = text.lstrip().split("\n", 1)[0]
    for d in dates[:3]:
        if d.value and len(d.value) == 7 and not d.inferred and d.start < len(text) - len(text.lstrip()) + len(head_line) \
                and re.search(r"(?:広報|だより|便り|通信|ニュース|News|NEWS|報)\S*\s*$", text[text.rfind("\n", 0, d.start) + 1 : d.start]) \
                and re.match(r"\s*(?:号|No\.?\s*[0-9]+|第\s*[0-9]+\s*号|vol\.?\s*[0-9]+|Vol\.?\s*[0-9]+|$)", text[d.end : d.end + 12]):
            return DocDate(d.value, d.start, d.end, "label")
    # a newsletter's number with its season: 獣医学研究院ニュースレター 第41号（2025年春）: the issue's year
    for d in dates[:3]:
        if d.value and len(d.value) == 4 and not d.inferred and d.start < len(text) - len(text.lstrip()) + len(head_line) \
                and re.search(r"第\s*[0-9]+\s*号\s*[(（]$|(?:No|Vol)\.?\s*[0-9]+\s*[(（]$", text[max(0, d.start - 12) : d.start]) \
                and re.match(r"\s*(?:春|夏|秋|冬)?(?:号)?\s*[)）]", text[d.end : d.end + 6]):
            return DocDate(d.value, d.start, d.end, "label")
    # a press conference's or a meeting's record, or a speech, is dated by its 日時 line
    top_text = text.lstrip()
    bar, _, below = top_text.partition("\n")
    if TITLE_BAR.search(bar) and below.strip():
        top_text = below.lstrip()  # (地域ニュース | みなと新報デジタル: a site's title bar above the page's own title)
    top = len(text) - len(top_text)
    first_line = top_text.split("\n", 1)[0]
    first_lines = "\n".join(top_text.split("\n", 2)[:2])
    if re.search(r"会見|会議録|議事録|委員会|本会議", first_line) or re.search(r"あいさつ|挨拶|式辞|祝辞|告辞", first_lines):
        for d in dates[:6]:
            ls, _ = _line(text, d.start, d.end)
            if d.value and d.value.count("-") == 2 and not d.inferred and re.search(r"(?:日\s?時|日\s?程|開催日|開催年月日|会見日)\s*[:：]?\s*$", text[ls : d.start]):
                return DocDate(d.value, d.start, d.end, "label")
    two = list(islice(_TEXT_LINE.finditer(text, top), 2))  # the first two lines with text
    if two and re.search(r"記者会見|会見録", "\n".join(m.group() for m in two)):
        # 知事記者会見(令和6年7月22日(月曜日)午前11時00分~) / 会見録 ↵ 令和6年12月5日(木)13:30~: the sitting's day
        head = two[-1].end()
        for d in dates[:4]:
            ls, le = _line(text, d.start, d.end)
            if d.start < head and d.value and d.value.count("-") == 2 and not d.inferred and not _EVENTS.search(text[ls:le]) \
                    and re.fullmatch(r"[^\n。]{0,16}(?:会見|会見録)?\s*[(（]?\s*", text[ls : d.start]):
                return DocDate(d.value, d.start, d.end, "label")
    if re.search(r"会議録|議事録|定例会|臨時会|委員会", first_lines):
        # 令和5年6月定例会 / 会議録 6月27日(火): the sitting's day takes the session's year
        head = top + len(first_lines) + 1
        top5 = lines_end(text, 5)
        for d in dates[:6]:  # 令和5年2月定例会議(第3号) 令和5年3月1日(水曜日): the sitting's own day
            ls, _ = _line(text, d.start, d.end)
            if d.value and d.value.count("-") == 2 and not d.inferred and d.start < top5 \
                    and re.search(r"(?:定例会|臨時会|委員会|本会議)(?:議)?(?:[(（][^)）]{0,8}[)）])?\s*$", text[ls : d.start]):
                return DocDate(d.value, d.start, d.end, "label")
        for d in dates[:6]:
            if d.start >= head or d.problem != "no year":
                continue
            m = re.match(r"(\d{1,2})月(\d{1,2})日", d.text.translate(_DIGITS))
            year = next((o.value[:7] for o in dates if o.start < d.start and o.value and not o.inferred and len(o.value) >= 7), None)
            if m and year and int(year[5:7]) == int(m.group(1)):
                return DocDate(f"{year[:4]}-{int(m.group(1)):02d}-{int(m.group(2)):02d}", d.start, d.end, "label")
    # Letterhead: among the first lines, a full date on a line that reports no event
    head_end = 0
    for _ in range(_HEAD_LINES):
        nxt = text.find("\n", head_end)
        if nxt < 0:
            head_end = len(text)
            break
        head_end = nxt + 1
    line_dates = sum(1 for d in dates if d.start < head_end and d.value and d.value.count("-") == 2
                     and not text[text.rfind("\n", 0, d.start) + 1 : d.start].strip())
    if line_dates >= 3:
        # a list of dated items, not a letterhead; unless a date alone on its line above the list has the
        # issuing department under it (令和6年4月1日 / 姫路市 総務局 市史編集担当, then the chronology)
        for d in dates:
            if d.start >= head_end or not d.value or d.inferred or d.value.count("-") != 2:
                continue
            ls, le = _line(text, d.start, d.end)
            nxt_end = text.find("\n", le + 1)
            nxt = text[le + 1 : len(text) if nxt_end < 0 else nxt_end].strip()
            if not text[ls : d.start].strip() and not text[d.end : le].strip() \
                    and re.search(r"(?:課|部|局|室|係|班|担当|グループ|センター)(?:\s?[(（][^)）]{1,12}[)）])?$", nxt):  # (総務課(国際交流係))
                return DocDate(d.value, d.start, d.end, "letterhead")
            break
        return find_signature_date(text, dates)
    for d in dates:
        if d.start >= head_end:
            break
        if not d.value or d.inferred or d.value.count("-") < 2:
            continue
        ls, le = _line(text, d.start, d.end)
        line = text[ls:le]
        # (2024/6/14 05:00 (最終更新 2024/6/14 09:22): the page's day, its update told after it)
        maintained = _MAINTENANCE.search(line[: d.start - ls]) or _MAINTENANCE_AFTER.match(
            re.sub(r"^\s*(?:[0-9]{1,2}[:：][0-9]{2}|[(（][月火水木金土日]曜?日?[)）])*\s*", "", text[d.end : le]))
        if maintained or _EVENTS.search(line) or _RANGE_AFTER.search(text[d.end : le]):
            continue
        prev_line = text[text.rfind("\n", 0, max(0, ls - 1)) + 1 : max(0, ls - 1)]
        if len(prev_line.strip()) <= 12 and re.search(r"(?:締結|提携|調印|署名|協定)|(?:日|年月日)\s*$", prev_line):
            continue  # the value under a <dl> label (提携日 / 1992年5月12日), not a letterhead
        rest = _LETTERHEAD_JUNK.sub("", text[ls : d.start] + text[d.end : le])
        rest = re.sub(r"[（(][月火水木金土日祝・]+[)）]", "", rest)
        starts_line = not text[ls : d.start].strip(" |")
        masthead = _at_top(text, ls) and len(rest) <= 30  # 長崎日日ニュース 2024年10月9日 県央版
        if re.match(r"\s*[、,][^\n]*?(?:ました|ます|した|する|いる|った|んだ)。", text[d.end : le]):
            continue  # 昭和55年7月1日、両町村は…盟約を結びました。: a sentence telling a step, not a letterhead
        if " | " in line:
            continue  # a table's cell (平成25年3月29日 (令和3年4月1日一部改正)): a value, never the letterhead
        # ((令和6年4月1日現在) on a line of its own, or a headline's bracket naming the issuer with the day
        # (…について（令和6年7月10日 鳥取市企画推進部政策企画課）); not a bracket closing a table row: …失効(R2.2.13))
        # ((松本市 文化振興課/令和6年3月8日) on a line of its own under the headline: its issuer, then its day)
        bracketed = (ls < text_lines_end(text, 3) and re.fullmatch(r"\s*[（(][^()（）\n]{2,30}?(?:課|部|局|室|係|センター)\s*[/／・、,]?\s*", text[ls : d.start])
                     and re.fullmatch(r"\s*[)）]\s*", text[d.end : le])) or re.search(r"[（(]\s*$", text[ls : d.start]) and (
            re.fullmatch(r"\s*[（(]\s*", text[ls : d.start])
            or re.match(r"\s*[^)）\n]{0,30}(?:課|部|局|室|センター|現在|発行|作成|発表)\s*[)）]", text[d.end : le]))
        # クラブ 2024.07.01 / NEWS 2024.07.01: a news page's category, then the day, ending a line near the top
        tagged = bool(re.fullmatch(r"[A-Za-zァ-ヺー一-龥]{2,8}", rest)) and not re.search(r"日|年|月|時|期|招集|開催|会議|締結|調印|署名", rest) \
            and ls < text_lines_end(text, 3) and not text[d.end : le].strip() and not text[ls : d.start].startswith(" ")
        if len(rest) <= 2 or (starts_line and len(rest) <= 40) or masthead or bracketed or tagged:
            return DocDate(d.value, d.start, d.end, "letterhead")
    signed = find_signature_date(text, dates)
    if signed is not None:
        return signed
    closing = _closing_date(text, dates)
    if closing is not None:
        return closing
    # a report's cover: 令和6年9月 on a line of its own under the title, the issuing body below it
    for d in dates:
        if d.start >= head_end:
            break
        if not d.value or d.inferred or d.value.count("-") != 1:
            continue
        ls, le = _line(text, d.start, d.end)
        nxt = text[le + 1 : text.find("\n", le + 1) if text.find("\n", le + 1) >= 0 else len(text)]
        if not text[ls:d.start].strip() and not text[d.end:le].strip() and (
                re.search(r"(?:課|部|局|室|係|班|グループ|センター|協会|会議所|大学|委員会|事務局|組合|機構|公社|財団)(?:\s*(?:編|編集|発行))?\s*$", nxt.strip())  # (下関市港湾局 編, 別府市教育委員会)
                or re.fullmatch(r"[一-龥ぁ-ゖァ-ヺ]{1,8}(?:市|町|村|区|県|都|府|道)(?:役所|役場|庁)?", nxt.strip())):  # 令和5年9月 / 八代市
            return DocDate(d.value, d.start, d.end, "letterhead")
        # 令和6年6月 島根県政策企画局国際課: the cover's month and its issuing department on one line
        if not text[ls:d.start].strip() and re.fullmatch(r"\s+[^。、\n]{2,40}(?:課|部|局|室|係|班|グループ|センター|協会|会議所)\s*", text[d.end:le]):
            return DocDate(d.value, d.start, d.end, "letterhead")
    return None


# the signer under a letter's or a speech's closing date: a head's post, or the body itself
_SIGNER = re.compile(r"(?:長|知事|大臣|大使|領事|代表|頭取|総裁)(?:\s|$)"  # (長 ends 議長, 会長, 学長…; 領事 ends 総領事)
                     r"|(?:市|町|村|県|都|府|道|区|大学|株式会社|協会|事務所|大使館|総領事館)$")


def _closing_date(text: str, dates: list[DateMention]) -> DocDate | None:
    """A letter's or a speech's own day, written at its foot: the last full date alone on its line,
    with nothing under it but the signer's short lines (令和6年11月8日 / 大崎市議会議長 佐々木良治)."""
    full = [d for d in dates if d.value and not d.inferred and d.value.count("-") == 2]
    if not full:
        return None
    d = full[-1]
    ls, le = _line(text, d.start, d.end)
    if text[ls : d.start].strip() or text[d.end : le].strip():
        return None
    tail = [line.strip() for line in text[le:].split("\n") if line.strip()]
    if not 1 <= len(tail) <= 4 or any(len(line) > 40 or "。" in line for line in tail) or not any(_SIGNER.search(line) for line in tail):
        return None
    return DocDate(d.value, d.start, d.end, "closing")


def find_signature_date(text: str, dates: list[DateMention]) -> DocDate | None:
    """The date of an agreement text (第1条 … then a date standing alone on a line
    before the signatures)."""
    arts = list(_ARTICLE.finditer(text))
    if len({re.sub(r"\s", "", a.group()) for a in arts}) < 2:
        return None  # (一、…一、…: a speech's bullets, not an agreement's numbered items)
    last = arts[-1].start()
    for d in dates:
        if d.start < last or not d.value or d.inferred or d.value.count("-") < 2:
            continue
        ls, le = _line(text, d.start, d.end)
        rest = re.sub(r"^\s*[^\s、。]{1,16}(?:において|にて)\s*$", "", text[d.end : le])  # 令和六年二月十四日 袋井市において
        alone = not _LETTERHEAD_JUNK.sub("", text[ls : d.start] + rest)
        # …2025年6月12日に酒田市において、…本書2通を作成した
        # (not 第九条 平成二十四年…付けで締結した「…覚書」は…廃止する: an article citing an earlier instrument)
        made = re.search(r"(?:作成|署名|調印)(?:し|する)|締結する", text[d.end : le]) and not _ARTICLE.match(text, ls)
        if alone or made:
            return DocDate(d.value, d.start, d.end, "signature")
        # Date: October 2, 2023      Date: October 19, 2023 under the signatures: in force from the last one
        if _SIGNED_DATE_LABEL.fullmatch(text[ls : d.start].strip()):
            row = [x for x in dates if ls <= x.start < le and x.value and not x.inferred and x.value.count("-") == 2]
            if all(_SIGNED_DATE_LABEL.search(text[ls : x.start]) for x in row):
                last_signed = max(row, key=lambda x: x.value or "")
                return DocDate(last_signed.value, last_signed.start, last_signed.end, "signature")
    return None
