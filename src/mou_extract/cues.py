"""Agreement cues: instrument words, conclusion verbs, titles.

The word lists live in ``data/agreement_cues.json``; this module compiles them
once and answers three questions about a stretch of normalised text: which
instrument words occur (and so which ``agreement_type``), whether it says an
instrument was concluded or renewed, and whether it names the instrument
(its title).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import AgreementType, EventType


@dataclass(frozen=True, slots=True)
class TypeCue:
    start: int
    end: int
    text: str
    type: AgreementType
    priority: int
    rule_id: str


@dataclass(frozen=True, slots=True)
class VerbCue:
    start: int
    end: int
    text: str
    event: EventType


@dataclass(frozen=True, slots=True)
class TitleCue:
    start: int
    end: int
    text: str  # the title as it will be output (NFKC, brackets removed)
    type: AgreementType
    source: str  # "label", "quoted" or "phrase"


@dataclass(frozen=True)
class CueTables:
    type_re: re.Pattern[str]
    type_rules: tuple[tuple[str, AgreementType, int], ...]
    renewed_re: re.Pattern[str]
    signed_re: re.Pattern[str]
    negative_re: re.Pattern[str]
    ceremony_re: re.Pattern[str]
    own_relationship_re: re.Pattern[str]
    other_extension_re: re.Pattern[str]


@lru_cache(maxsize=1)
def tables() -> CueTables:
    """Compile the cue data once per process."""
    raw = json.loads(resources.files("mou_extract").joinpath("data/agreement_cues.json").read_text("utf-8"))
    rules = tuple((r["id"], AgreementType(r["type"]), int(r["priority"])) for r in raw["types"])
    alternation = "|".join(f"(?P<g{i}>{r['pattern']})" for i, r in enumerate(raw["types"]))
    return CueTables(
        type_re=re.compile(alternation),
        type_rules=rules,
        renewed_re=re.compile(raw["verbs"]["renewed"]),
        signed_re=re.compile(raw["verbs"]["signed"]),
        negative_re=re.compile(raw["negative"]),
        ceremony_re=re.compile(raw["ceremony"]),
        own_relationship_re=re.compile(raw["own_relationship"]),
        other_extension_re=re.compile("(?:" + "|".join(map(re.escape, raw["extension_of_other_things"]))
                                      + ")(?:(?!協定|覚書|提携|MOU)[^。、]){0,14}$"),
    )


_AMENDING = re.compile(r"の(?:一部)?を?(?:変更|改正)する$")


def find_type_cues(text: str, offset: int = 0) -> list[TypeCue]:
    """Every instrument word in ``text`` (offsets shifted by ``offset``)."""
    t = tables()
    out: list[TypeCue] = []
    for m in t.type_re.finditer(text):
        idx = int(m.lastgroup[1:])  # type: ignore[index]
        rid, typ, prio = t.type_rules[idx]
        if out and _AMENDING.search(text, max(0, m.start() - 12), m.start()):
            continue  # …連携協約の一部を変更する協約: the amending instrument is of the kind it amends
        out.append(TypeCue(m.start() + offset, m.end() + offset, m.group(), typ, prio, rid))
    # 姉妹都市提携に向けた意思確認書: the tie is the instrument's goal; the instrument is the word after it
    return [c for c in out if not (_TOWARDS.match(text, c.end - offset) and any(
        o.start > c.end and o.type is not c.type and o.start - c.end <= 20 for o in out))]


# …に向けた / を目指す: what follows is an instrument toward the word before it
_TOWARDS = re.compile(r"[^。、「」\n]{0,4}?(?:に向けた|に向けての|に向けて|を目指す|を目指した|のための)")


def find_verb_cues(text: str, offset: int = 0) -> list[VerbCue]:
    """Conclusion (signed) and renewal verbs, renewal first where they overlap."""
    t = tables()
    out: list[VerbCue] = []
    taken: list[tuple[int, int]] = []
    for m in t.renewed_re.finditer(text):
        if m.group() == "延長" and t.other_extension_re.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # 開館時間を午後8時まで延長: hours extended, not an instrument
        out.append(VerbCue(m.start() + offset, m.end() + offset, m.group(), EventType.RENEWED))
        taken.append((m.start(), m.end()))
    for m in t.signed_re.finditer(text):
        if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
            continue
        out.append(VerbCue(m.start() + offset, m.end() + offset, m.group(), EventType.SIGNED))
    out.sort(key=lambda v: v.start)
    return out


def is_negative(text: str) -> bool:
    """True when the sentence speaks of a plan, talks or an anniversary."""
    return tables().negative_re.search(text) is not None


def is_own_relationship(text: str) -> bool:
    """True when an instrument's words make it a relationship of its own (災害時の相互応援)."""
    return tables().own_relationship_re.search(text) is not None


def is_ceremony(text: str) -> bool:
    return tables().ceremony_re.search(text) is not None


def best_type(cues: list[TypeCue]) -> AgreementType | None:
    """The type a phrase denotes: highest priority, then the last-written word."""
    if not cues:
        return None
    return max(enumerate(cues), key=lambda ic: (ic[1].priority, ic[0]))[1].type


# --- titles --------------------------------------------------------------------------

_INSTRUMENT_END = r"(?:覚書|協定書?|共同宣言|宣言書?|意思確認書|意向書|基本合意書|合意書|MOU|提携書|協約書?|議定書|確認書|盟約書?|共同声明)"
_LABEL_RE = re.compile(
    r"(?:MOU|覚書|協定|宣言)?(?:の)?(?:名[ \u3000]{0,3}称|件[ \u3000]{0,3}名|協定名|覚書名|協定書名|正式名称|(?<=定の|書の|言の)(?:名前|なまえ)|(?<![^\s【\[(（・■●◆○])文書名?(?=\s*[】\]]?\s*[:：|]|\s{1,3}[^\s]))\s*[】\]]?\s*[:：|]?\s*[「『]?(?P<t>[^\n「」『』]{4,120}?" + _INSTRUMENT_END + r")[」』]?(?=\s*$|\s*[\n(（]|[」』])",
    re.MULTILINE,
)
_CODE_TITLE_RE = re.compile(r"^[○◯]\s*(?P<t>(?!参考)[^\s。、「」『』:：]{4,80}?" + _INSTRUMENT_END + r")\s*$", re.MULTILINE)
_AMENDED_RE = re.compile(r"^\s*(?:改正後|変更後|新名称)\s*[:：]?\s*[「『]?(?P<t>[^\n「」『』]{4,120}?" + _INSTRUMENT_END + r")[」』]?\s*$", re.MULTILINE)
_ANY_INSTRUMENT = re.compile(_INSTRUMENT_END + r"|Memorandum|Agreement|Declaration|Letter of Intent|MoU")
# a name may be broken once by a page's line wrap (「災害時における…連携等 / に関する基本協定」)
_QUOTED_RE = re.compile(r"[「『](?P<t>(?:[^「」『』\n。]{4,80}\n[ \t]*)?[^「」『』\n]{2,120}?" + _INSTRUMENT_END + r")[」』]")
_QUOTED_EN_RE = re.compile(r"[“\"](?P<t>(?=[A-Z])[^“”\"\n]{0,150}?(?:Agreement|Memorandum(?: of (?:Understanding|Cooperation))?|Declaration|Letter of Intent|MOU|MoU)"
                           r"(?: (?:on|of|for|between|regarding|concerning) [^“”\"\n]{2,220}?)?)[”\"]")
_PHRASE_CH = r"(?:[(（][^()（）\n]{1,40}[)）]|[^\s、。「」『』【】()（）\[\]［］:：|])"
_PHRASE_RE = re.compile(
    r"(?P<t>" + _PHRASE_CH + r"{2,80}?(?:に関する|に係る|についての|に関わる|のための)" + _PHRASE_CH + r"{0,30}?"
    + _INSTRUMENT_END + r")"
    # 十和田市とダルハン市との友好交流協定書: a name that pairs the parties
    r"|(?P<p>(?<![^\s、。「『(（])[一-龥ァ-ヺー・]{2,20}と[一-龥ァ-ヺー・]{2,30}との(?!間)" + _PHRASE_CH + r"{2,30}?" + _INSTRUMENT_END + r")"
)
_EN_MONTH_OR_DAY = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# an English instrument named by its subject: Memorandum of Understanding on Port Cooperation
_EN_TITLE_RE = re.compile(
    r"(?P<t>(?:(?:Comprehensive|Basic|General|Framework|Mutual|Strategic|Economic|Academic|Cultural|Regional) )*"  # Comprehensive Partnership Agreement on …
    r"(?:Memorandum of (?:Understanding|Cooperation)|(?:Sister[ -]City |Friendship |Partnership |Cooperation |Collaboration |Exchange )?Agreement"
    r"|Joint Declaration|Letter of Intent) (?:on|for|concerning|regarding) (?:the )?[A-Z0-9][A-Za-z0-9\-]*(?: (?:and|of|for|in|the|between|[A-Z][A-Za-z\-]*"
    r"|on(?= (?!" + _EN_MONTH_OR_DAY + r")[A-Z])))*[A-Za-z])"  # (…Partnership on Clean and Efficient Energy: 'on' a subject, not a day)
    r"(?= with| between| by| on [A-Z]| \(|,|\.|\s*$| was| is| signed| today| yesterday| at | in [A-Z0-9]|\s?\|)")  # (… | in a table's cell)
# an English instrument named by proper words before its kind: the Shinetsu Shizenkyo Tourism Partnership
# Agreement (a generic kind alone, the Sister City Agreement, names none)
_EN_NAMED_KIND = (r"(?:Comprehensive|Basic|General|Framework|Mutual|Strategic|Economic|Academic|Cultural|Regional|Sister|City|Cities"
                  r"|State|Friendship|Partnership|Cooperation|Cooperative|Collaboration|Exchange|Tourism|Trade|Joint|New|Renewed"
                  r"|Student|Faculty|Research|Memorandum|Agreement|Declaration|Understanding|The|This|Our|An?)")
_EN_PROPER_TITLE_RE = re.compile(
    r"(?<=\bthe )(?P<t>(?:(?!" + _EN_NAMED_KIND + r" )[A-Z][A-Za-z\-–]+ ){1,5}(?:" + _EN_NAMED_KIND + r" ){0,4}"
    r"(?:Agreement|Memorandum of (?:Understanding|Cooperation)|Declaration|Accord|Charter))(?![A-Za-z])(?! (?:on|of|for|between|concerning|regarding) )")
_EN_LIST_TAIL = re.compile(r"(?:, [A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*)*)+,? and [A-Z][A-Za-z\-]*(?: (?:and|of|for|in|the|[A-Z][A-Za-z\-]*))*(?![A-Za-z\-])")
_WHOLE = re.compile(r"(?P<t>.+)", re.S)
_BRACKETS = str.maketrans("", "", "「」『』")
# the clause with its verb's ending (…を目的とした, …を目指す), and a subject named after it (…に関する)
_DESCRIBED_CLAUSE = re.compile(r"(?:を目的と(?:した|する)|を目指(?:す|した)|を図る|を進める)")
_NAMED_SUBJECT = re.compile(r"[^\s、。]{2,}(?:に関する|に係る|についての|に関わる)")
_PHRASE_LEAD = re.compile(
    r"^(?:[^\s、。]{0,16}?(?:[0-9〇一二三四五六七八九十元]+年)?(?:[0-9一二三四五六七八九十]+月)?[0-9一二三四五六七八九十]+日(?:に|付け?で)"
    r"|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}"  # 2023/12/01学術交流に関する意向書: a list's date cell run on
    r"|[^\s、。]{0,16}?[0-9〇一二三四五六七八九十元]+年(?:[0-9一二三四五六七八九十]+月)?に"
    r"|[^\s、。]{1,16}?分野で(?!の)"  # 経済等の分野で相互協力に関する覚書: where they work together, not the name
    r"|[^\s、。と]{1,40}?(?:市|町|村|区|県|州|省|道|郷|郡|大学|協会|協議会|組合|連合会|連盟|財団|事業団|振興会|機構|会議所|商工会|農会|港|空港|病院|庁|局|公社|研究所|研究院|センター|銀行|政府|委員会|当局|株式会社[^\s、。と]{0,12})(?:[(（][^)）\n]{1,12}[)）])?(?:とも?(?!の)|が|は)"
    r"|(?:株式会社|一般社団法人|公益財団法人|一般財団法人|学校法人|国立大学法人)[^\s、。と]{1,16}とも?(?!の)"
    r"|(?:それぞれ|新たに|改めて|正式に|併せて|あわせて)"  # …と、それぞれ業務協力に関する覚書: an adverb, not the name
    r"|(?:締結|調印|署名|交わ|更新|改定|再締結)(?:した|している|しております)"  # 2018年12月に締結したチェンマイ大学との…覚書: a relative clause
    r"|[^\s、。]{1,24}?(?:を機に|を記念して|を記念し|に合わせて|にあわせて|に際して|に際し)"  # 市制九十五周年を機に…議定書: the occasion
    r"|[^\s、。と]{1,20}?(?:大学|市|町|村|県|州|省|道|機構|協会|会議所|銀行|公社|研究所|センター|委員会|政府)との(?!間))"  # the partner, then との
)


FILE_LINK = re.compile(r"\s*[(（\[［]\s*(?:PDF|pdf|Word|Excel|XLSX?|xlsx?|DOCX?|docx?)(?:ファイル|形式)?\s*[:：,、]?[^)）\]］\n]{0,30}[)）\]］]\s*")


def clean_title(raw: str) -> str:
    """NFKC, brackets removed, outer spaces stripped: the guide's title form."""
    return re.sub(r"\s*\n\s*", "", unicodedata.normalize("NFKC", raw).translate(_BRACKETS)).strip()


def find_titles(text: str, offset: int = 0) -> list[TitleCue]:
    """Instrument names: after a 名称 label, inside 「」/『』, or a 〜に関する覚書 phrase
    (see :func:`_find_titles`; cached, as records ask again about the same units)."""
    return list(_find_titles(text, offset))


@lru_cache(maxsize=4096)
def _find_titles(text: str, offset: int = 0) -> tuple[TitleCue, ...]:
    """Instrument names: after a 名称 label, inside 「」/『』, or a 〜に関する覚書 phrase.

    A bare instrument word (「覚書」) is not a title. Overlapping finds keep the
    label form first, then the quoted one.
    """
    if not _ANY_INSTRUMENT.search(text):
        return ()  # every form below ends in an instrument's word: most lines have none
    out: list[TitleCue] = []

    def add(m: re.Match[str], source: str) -> None:
        grp = "t" if m.group("t") is not None else "p"  # (p: a name pairing the parties, X市とY市との…協定書)
        s, e = m.start(grp), m.end(grp)
        if source == "phrase":
            # a running-text phrase may begin with what is not the name: a date
            # (平成20年4月1日に…) or the partner with the particle と (X市と…に関する覚書を
            # 締結); a name that pairs the parties keeps them (X市とY市との…覚書)
            raw = m.group(grp)
            if not re.match(r"[^、。]*?と[^、。]*?との", raw):  # (X市とY市との…覚書 pairs the parties: a name)
                for _ in range(3):  # 令和6年3月28日に株式会社アクアと…: a date, then the partner
                    cut = _PHRASE_LEAD.match(text[s:e])
                    if cut is None or cut.end() == 0:
                        break
                    s += cut.end()
            described = list(_DESCRIBED_CLAUSE.finditer(text, s, e))
            if described:
                rest = text[described[-1].end() : e]
                if not _NAMED_SUBJECT.search(rest):
                    return  # …に関する共同研究と人材育成を目的とした覚書: a description, not a name
                s = described[-1].end()  # …販路拡大を目的とした販売代理店契約に関する基本合意書: the name after the clause
        if source == "phrase" and text[s:s + 1].isascii():
            # …Relationship between Kumamoto Prefecture and the State of Montana in Helena, the state capital:
            # where it was signed, not part of the name
            place = re.search(r" (?:in|at) [A-Z][A-Za-z\-]+$", text[s:e])
            if place is not None and (text[e : e + 1] == "," or re.match(r" on [A-Z0-9]", text[e : e + 5])):  # (… in Columbus on May 17)
                e = s + place.start()
        link = FILE_LINK.search(text, s, e)
        if link is not None and link.end() == e:
            e = link.start()  # …に関する連携協定(PDF:143KB): a link's file label, not the name
        title = clean_title(text[s:e])
        if re.match(r"(?:改正前|変更前|旧名称)", title) or re.search(r"(?:改正前|変更前|旧名称|旧称)(?:の名称)?\s?[:：]?\s?[「『]?$", text[max(0, s - 10) : s]):
            return  # the name before an amendment (旧名称「…」): the name after it follows
        lead = re.match(r"(?:改正後|変更後|新名称)\s*[:：]?\s*", title)
        if lead:
            s += len(text[s:e]) - len(text[s:e].lstrip()) + lead.end()
            title = clean_title(text[s:e])
        # typed like a record: the strongest instrument word (友好交流都市協定書 is friendship_city); an English
        # name is typed by the instrument it opens with (Joint Declaration on … the Sister State Relationship)
        head = find_type_cues(title[:40]) if source == "phrase" and title[:1].isascii() else []
        typ = head[0].type if head and head[0].start == 0 else best_type(find_type_cues(title))
        if typ is None or len(title) < 5:
            return
        if re.fullmatch(r"(?:本|当|同|この|上記の?|前記の?|当該)(?:基本|連携|包括連携)?(?:協定書?|覚書|合意書|宣言|確認書|意向書|協約書?)", title):
            return  # (以下「本基本合意書」という。): the text's word for itself, not a name
        if source == "phrase" and re.match(r"[のをにがはとへ、]|それぞれ|各", title):
            return  # (3団体と、それぞれの分野における連携に関する覚書を締結): a description after a particle, not a name
        if re.match(r"[(（【\[]\s*参考\s*[)）】\]]", title) or re.search(r"主な|等の一覧|一覧", title):
            return  # (参考)物資の供給等に関する主な協定: a heading over a list of instruments, not one's name
        if any(not (e + offset <= o.start or s + offset >= o.end) for o in out):
            return
        out.append(TitleCue(s + offset, e + offset, title, typ, source))

    for m in _LABEL_RE.finditer(text):
        add(m, "label")
    for m in _CODE_TITLE_RE.finditer(text):
        add(m, "label")  # ○宿毛市と大月町との消防相互応援協定: a municipal code's heading names the instrument
    if "後" in text or "新名称" in text:
        for m in _AMENDED_RE.finditer(text):
            add(m, "label")
    for m in _QUOTED_RE.finditer(text):
        add(m, "quoted")
    if "“" in text or '"' in text:
        for m in _QUOTED_EN_RE.finditer(text):
            add(m, "quoted")  # signed the “Partnership Agreement on …”
    for m in _PHRASE_RE.finditer(text):
        add(m, "phrase")
    if re.search(r"Memorandum|Agreement|Declaration|Letter of Intent", text):
        for m in _EN_TITLE_RE.finditer(text):
            tail = _EN_LIST_TAIL.match(text, m.end("t"))
            if tail is not None:  # …on Cooperation in Trade, Education and Tourism: a list of subjects goes on
                m = _WHOLE.match(text, m.start("t"), tail.end())  # type: ignore[assignment]
            add(m, "phrase")
        for m in _EN_PROPER_TITLE_RE.finditer(text):
            add(m, "phrase")
    out.sort(key=lambda t: t.start)
    return tuple(out)
