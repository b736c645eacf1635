"""Assemble agreement records from the rule stages' mentions.

The three steps, spaCy style:

* **match** — find *anchor units*: sentences, rows or items that carry an
  instrument word and say it was concluded or renewed (or name an instrument
  between parties, as a ``名称`` line does), and are not plans or talks;
* **decide** — group anchors into agreement relationships by their partner
  parties (a chain between the same parties is one record), attach partyless
  anchors (``締結日: …``) to the record whose section they sit in, and fix
  each record's zone of text;
* **annotate** — fill type, title, parties, events, term and sectors from the
  record's anchors and zone, each value with its evidence span.

Everything here works on normalised text; the caller maps spans back to the
original text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from . import cues as cue_mod
from . import glossary as glossary_mod
from .dates import convert as convert_era_year, dates_agree, find_dates
from .dates.numerals import to_int
from .model import (
    AgreementType,
    DateMention,
    Event,
    EventType,
    PartyKind,
    PartyMention,
    PeriodMention,
    Sector,
    Term,
)
from .docdate import find_signature_date, is_dateline
from .normalize import nfkc_key
from .gazetteer import Gazetteer
from .parties import (COOP_SHORT, alpha2_codes, canonical_name, english_line_years, is_generic_name, is_ministry_name, legal_form_prefix,
                      opening_country, place_mentions)
from .segment import TITLE_BAR, Unit, lines_end, split_units, text_lines_end
from .tokenize import get_tokenizer
from .sectors import find_sector_cues

# A party mention directly followed by one of these names an office or a person,
# not the body as a signatory (ポートランド市長が来神).
_OFFICE_AFTER = re.compile(r"^(?:長|首相|首長|省長|大臣|議会|議長|副市長|職員|事務所|大使|総領事|領事|局長|代表団|訪問団|訪問|視察団|担当|出身|在住|生まれ|民(?!間))|^[^\s、。とは|]{1,8}?(?:局|本部|部|庁)長(?=[(（\s、とは]|$)|^[^\s、。とは|]{0,8}?(?:管理者|責任者)(?=[・(（\s、とはが]|$)")
# Followed by の/・ and another name: a locating prefix (ドイツ・バイエルン州の「BioM」).
_LOCATOR_AFTER = re.compile(r"^(?:の|・|\s)?\s*[「『]?")
# the agreement's own term; 派遣期間, 実施期間, 募集期間 are something else
_TERM_LABEL = re.compile(r"有効期間|いつまで|有効期限|有効|(?<![派遣実施募集開催展示滞在研修受付申込応募工事試行事業公開出張訪問調査画])期\s?間|期\s?限|in force|(?<![A-Za-z])valid(?![A-Za-z])|validity|remains? in effect|takes? effect|(?<![A-Za-z])(?:[Tt]erm|[Dd]uration)\s*:|(?:initial|a|the) term(?: of)?(?=\s|$)")
_PURPOSE_LABEL = re.compile(r"目的|分野|交流(?:の)?(?:内容|事項|項目)|合意事項|確認事項|実施事項|連携事項|(?:主|おも)な内容|の内容|協定内容|覚書の内容|概要|協力事項|連携協力事項|協力内容|連携内容|取組内容|取り組み内容|連携項目|協力項目|基本理念|事業内容|主な内容|協力する|連携する|の柱|取組事項|約束したこと|定めたこと|合意したこと|合意内容|(?:覚書|協定)に基づく(?:主な)?取(?:り)?組(?:み)?|取り組む(?:事項|内容|分野)|[Aa]reas? of (?:[Cc]ooperation|[Cc]ollaboration|[Pp]artnership)|[Ff]ields? of [Cc]ooperation|[Ss]cope of [Cc]ooperation|[Oo]bjectives?|[Pp]urpose"
                            r"|(?:[Mm]ain|[Kk]ey) (?:points|contents|areas|elements) of the (?:[A-Z][a-z]+ )?(?:Declaration|Memorandum|MOU|MoU|Agreement|[Dd]eclaration|[Mm]emorandum|[Aa]greement)")
_BACKGROUND = re.compile(r"(?<!相互)訪問|視察|来神|来訪|来[一-龥](?=し|。|、|$)|表敬|シンポジウム|セミナー|ウェビナー|開催|出展|参加|(?<!相互)派遣|説明会")
# in a list of cooperation items, 相互訪問 is a field (people_exchange), not a visit being reported
_ITEM_BACKGROUND = re.compile(r"(?<!相互)訪問|視察|来神|来訪|来[一-龥](?=し|。|、|$)|表敬|シンポジウム|セミナー|ウェビナー|開催|出展|参加|(?<!相互)派遣|説明会")
_EN_STEP_LABEL = r"(?i:(?:date of )?(?:affiliation|affiliated|signing|signed|concluded|established|partnership since|since))(?: (?:date|on|in))?\s*[:：|]"
_ENTRY_LABEL = re.compile(r"(?:締結|提携|調印|署名|協定)(?:日|年月日|年月|年)?\s*[:：]|(?:締結|提携|調印)(?:年月)?日"
                          r"|(?:締結|提携|調印)年(?:月)?\s+(?=[0-9０-９昭平令明大元])|" + _EN_STEP_LABEL)  # (提携年　昭和33年(1958年), 提携年月 昭和四十七年十月)
_NUMBERING = re.compile(r"^\s*(?:[(（]?\s*[0-9０-９a-zA-Zア-ン一二三四五六七八九十]{1,3}\s*[)）.．、]|[0-9]{1,2}\s|[ア-ン]\s|第\s*[0-9一二三四五六七八九十]+\s*条\s*|[【■●◆・]\s*)?")
_PLACE_AFTER = re.compile(r"^(?:[一-龥ァ-ヺー]{1,8}(?:地区|地域|団地)(?:に|で|内|へ)|[ァ-ヺー]{2,10}(?:において|にて|で開|で行)|で(?=[一-龥ァ-ヺ])(?!協定|覚書|提携|締結|調印)|で(?=[「『])|に[^\s、。]{0,6}?(?:拠点|本社|本店|工場|事業所|支店|研究所)を(?:持つ|置く|構える|有する|もつ)|の同[^\s、。]{1,6}?(?:で|にて|において)|において|にて|にある|で開|で行|内で|の会場|市内|県内|の会議室|役所|庁舎|に本社|に本部|に本店|に拠点|に所在|に位置|に事務所|に(?:迎え|招い|招き)(?:て|、))")
_PURPOSE_LINE = re.compile(r"^\s*[【\[]?[^:：\s]{0,10}(?:" + _PURPOSE_LABEL.pattern + r")[^:：\s]{0,8}[】\]]?(?:\s*[:：]|\s+(?=[^\s|｜]))")  # 目的:… / 連携分野 観光… on one line
_PROPOSAL_PAGE = re.compile(r"議決を求め|締結しようとする")
_DONE_ON_PAGE = re.compile(r"(?:締結|調印|署名|更新|提携)(?:し|いたし)(?:ました|た[。、])|結びました|交わしました")
_DRAFT_NAME = re.compile(r"(?:協定書?|覚書|合意書|宣言|確認書|意向書)\s*[(（]\s*案\s*[)）]")
_ENACTING = re.compile(r"(?:以下「?[甲乙丙]」?という|甲乙|甲と乙|甲及び乙)[^\n]*?次のとおり[^。\n]{0,16}?(?:を)?(?:締結|合意|確認|協定)する")
# 私たち大船渡市、陸前高田市、住田町及び気仙沼市は、…: a declaration's own words, its signatories their subject
# (…栄村と…津南町は、…決意し、次のとおり宣言する。: its enacting clause, the signatories named whole)
_DECLARES = re.compile(r"は[、,][^。]*次のとおり(?:共同)?宣言する。")
_DECLARING = re.compile(r"^\s*(?:私たち|我々|われわれ)[、,]?[^。、]{2,12}(?:[、,][^。、]{2,12})*(?:及び|および|並びに|と)[^。、]{2,12}は、")
_STATES_DONE = re.compile(r"(?:し|結ん|結び|交わし|なっ|い)(?:た|ました|ています|ている|ており|てい|ます)|結んで|結んだ|んでいる|を結ぶ"
                          r"|次のとおり[^。]{0,12}(?:を)?(?:締結|合意|確認)する")  # an agreement's own enacting clause
# a label naming a body's profile (【○○病院の概要】, ○○市について), not the agreement's
_PROFILE_LABEL = re.compile(r"の(?:概要|紹介|プロフィール)|(?:市|町|村|州|省|県|大学|病院|港|社)(?:について|とは)[】\]]?$")
_NOT_PROFILE = re.compile(r"事業|内容|協力|交流|連携|締結|取組|提携|合意|署名|調印")
def _headed_kata_place(u: "Unit", parties: list[PartyMention], text: str) -> PartyMention | None:
    """A katakana place alone on an entry line (・ヤンゴン地域) under a country heading
    (■ ミャンマー連邦共和国): a foreign place the finders left for want of a locator."""
    m = re.fullmatch(r"[\s・●■◆○\-*]*([ァ-ヺ][ァ-ヺー・=]{1,20}(?:地域|州|省|県|市|郡|区))\s*", u.text)
    if m is None:
        return None
    country = _country_heading(text, parties, u.start)
    if country is None or country == "JP":
        return None
    name = m.group(1)
    kind = PartyKind.REGION if name.endswith(("地域", "州", "省", "県")) else PartyKind.MUNICIPALITY
    s = u.start + m.start(1)
    return PartyMention(s, s + len(name), name, name, kind, country, "heading")


def _country_heading(text: str, parties: list[PartyMention], pos: int) -> str | None:
    """The country of the nearest line above ``pos`` that names only a country (a list
    grouped by country: ■ スリランカ民主社会主義共和国, then its partner cities)."""
    best: tuple[int, str] | None = None
    for c in parties:
        if c.kind is not PartyKind.COUNTRY or not c.country or c.start >= pos:
            continue
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        le = len(text) if le < 0 else le
        if re.sub(r"^\s*(?:No|NO)\.?|[\s■□◆◇●○・【】\[\]<>〈〉()（）0-9.．|:：-]", "", text[ls:c.start] + text[c.end:le]):
            continue  # (No.3 タイ王国: a numbered entry's country line)
        if best is None or c.start > best[0]:
            best = (c.start, c.country)
    return best[1] if best is not None and best[1] != "JP" else None


def _witness_at(text: str, ms: list[PartyMention], i: int) -> bool:
    """Whether ms[i] stands as a witness: 立会/同席 right after it, or after the names
    coordinated with it (草津町観光協会・中之条町観光協会の会長らが立ち会い)."""
    if re.search(r"(?:立会|立ち会い|同席|来賓)(?:人|者)?(?:の|は|:|として|に)[^。|\n]{0,40}$", text[max(0, ms[i].start - 50) : ms[i].start]):
        return True  # 後方は立会人の在チェコ日本国大使館一等書記官と諏訪商工会議所会頭
    j = i
    while True:
        if re.match(r"^[^。、「」]{0,6}?(?:が|も)?(?:立会|立ち会|同席|見守(?:る|っ|られ)|陪席)", text[ms[j].end : ms[j].end + 12]):
            return True  # (…と「地域の見守り活動に関する協定」を: the instrument's subject, not a witness watching)
        if re.match(r"^(?:は|も)[^。]{0,12}?(?:共催者|主催者|来賓|オブザーバー)として|^(?:は|も)[^。]{0,50}?当事者では(?:ありません|ない|なく)", text[ms[j].end : ms[j].end + 70]):
            return True  # 広島県及び愛媛県は締結式の共催者として出席しましたが、協定の当事者ではありません
        if re.match(r"^の[^。、「」]{1,24}?(?:が|も)(?:立会|立ち会|同席|陪席)", text[ms[j].end : ms[j].end + 40]):
            return True  # 駐日ウズベキスタン共和国大使館のアクマル・ユスポフ参事官が立会人として: a person of it witnessed
        if re.match(r"^[^。、「」|]{1,16}?(?:長|官|者|員)(?:ら)?(?:が|も)(?:立会|立ち会|同席|陪席)", text[ms[j].end : ms[j].end + 30]):
            return True  # 秋田県平鹿地域振興局長が立会人として: the head of one of its offices witnessed
        if j + 1 < len(ms) and re.fullmatch(r"\s*(?:・|、|及び|および|と)\s*", text[ms[j].end : ms[j + 1].start]):
            j += 1
            continue
        return False


def _site_name(text: str, m: PartyMention) -> bool:
    """A body named on the first line as the site that publishes the page: before a colon that
    opens the title (川崎市:…) or after the separator that ends it (… | 奈良市ホームページ)."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    if m.end > first_end:
        return False
    if not text[: m.start].strip() and re.match(r"\s*[:：]", text[m.end : first_end]):
        return True
    return bool(re.search(r"[|｜]\s*$|\s[-–—]\s*$", text[: m.start])) and \
        not re.sub(r"ホームページ|公式(?:ウェブ)?サイト|ウェブサイト|Official Website|\s", "", text[m.end : first_end])


def _in_makeup_note(text: str, s: int, e: int) -> bool:
    """Inside a bracket that lists a body's members (…(長野県飯田市及び下伊那郡の14町村で構成))."""
    before = text[max(0, s - 40) : s]
    if not re.search(r"[(（][^()（）]*$", before):
        return False
    close = re.match(r"[^()（）]{0,60}[)）]", text[e : e + 62])
    return bool(close and re.search(r"(?:で構成|からなる|で組織|が加盟|で設立)[^()（）]{0,4}[)）]$", close.group()))


# Toyama City maintains sister city relationships with …, and a friendship city relationship with …
_EN_SUBJECT_HAS = re.compile(r"^\s*(?:The )?(?P<s>[A-Z][A-Za-z.'’\- ]{2,40}?) (?:maintains|has|holds|enjoys) (?=(?:[a-z]+ )?(?:sister|friendship|twin|partner)[ -])")
_EN_TIES_WITH = re.compile(r"(?:sister|friendship|twin|partner)[ -](?:city|cities|state|states|province|provinces|region|regions)"
                           r"(?: relationships?| ties| affiliations?| agreements?)? with (?P<list>(?:[^.;]|\.(?!\s|$))+?)(?=, and (?:an? )?(?:sister|friendship|twin|partner)|\.(?=\s|$)|;|$)")
_EN_PLACED_NAME = re.compile(r"(?<![A-Za-z])(?P<n>[A-Z][A-Za-zÀ-ÿ'’\-]+(?: (?:(?:da|das|de|do|dos|del|la|le|am|an|upon|on) )?[A-Z][A-Za-zÀ-ÿ'’\-]+){0,3}) \((?P<c>[A-Z][A-Za-z. ]{1,30})\)")
_COUNTED = re.compile(r"(?P<list>[^。\n]{2,200}?)の(?P<n>[0-9一二三四五六七八九十]{1,2})(?:市|都市|州|県|省|道|町|村|自治体|地域|団体|大学|機関)と(?:の間で)?(?:姉妹|友好|親善)")
# (本社:…, or a later item of the bracket: (英文社名:X Inc.、本社:福岡県福岡市中央区、…))
_ADDRESS_NOTE = re.compile(r"[(（](?:[^()（）]*?[、,]\s*)?(?:本社|本店|本部|本拠|所在地|住所|事務所|拠点|キャンパス)\s*[・:：\s]?[^()（）、,]*$")
# (?<![一-龥]): 同 inside a word (農業協同組合が, 共同研究所は) refers to nothing
# 本件の姉妹都市提携は / この友好都市提携は / 当該協定は: the sentence's subject is a tie told above
_REFERRING_TIE = re.compile(r"^\s*(?:本件|この|当該|上記|前記|同)(?:の)?[^。、]{0,8}?(?=姉妹|友好|協定|覚書|提携|盟約)")
# 鳥取県中部, 北海道東部の: the place names a part of itself, a region, not the body
_PART_OF_PLACE = re.compile(r"(?:[東西南北中]部|北東部|北西部|南東部|南西部|中央部|[東西南北中]部地域)(?![会局長課])")
_SAME_ORG_SUBJECT = re.compile(r"(?<![一-龥])同(?P<head>社|行|大学|大(?=は|が|も|では|と)|金庫|法人|機構|協会|財団|公社|グループ|研究所|病院|漁協|農協|生協|組合|会議所)(?:は|が|も|では|とは[、,]|と(?=[^。]{1,30}?(?:は|が)))")
_HEAD_IN_FULL = {**COOP_SHORT, "大": "大学"}  # 同漁協: the 漁業協同組合 named before (同大: a paper's 同大学)
_LINKS_HEAD = re.compile(r"^[\s■□◆◇●○【\[<＜〈《]*(?:(?:この企業の|この会社の|同社の)?(?:関連リンク|関連情報|関連ページ|関連記事|関連リリース|関連ニュース|過去のリリース|過去の記事|リンク集)|Related (?:pages|links|articles|news|releases))[】\]>＞〉》]?\s*$")
_LINK_TITLE = re.compile(r"(?:について|のお知らせ|\.pdf|PDF|\[PDF|外部サイト)[^。]{0,30}$")
_BARE_DATE_NOTE = re.compile(r"\s*(?:昭和|平成|令和)?[0-9元]{1,4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:度)?\s*")
_NOTE = re.compile(r"\s?[(（](?P<note>[^()（）]{2,30})[)）]")
_PAGE_STAMP = re.compile(r"^[\s\[【(（]*(?:掲載日|更新日|公開日|最終更新日?|作成日|登録日|ページ番号|(?:掲載|更新|公開)\s?[:：]\s?[0-9]{4}年)|^[\s\[【(（]*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*(?:更新|掲載|公開)[】\])）]?\s*$")
_QUESTION = re.compile(r"[?？]\s*$|^\s*Q\s*\d*\s*[.．:：、]")
# …が友好都市だということ、知っていましたか?: a rhetorical question that states a fact
_KNOWN_FACT = re.compile(r"(?:だ|である|です)(?:という)?こと(?:を|、)?\s*(?:知って|ご存じ|ご存知)")
_LABELLED_LIST = re.compile(r"^[\s■□◆◇●○・\-]*(?P<label>[^:：|、。]{0,6}(?:姉妹|友好|親善)[^:：|、。]{0,8})\s*[:：]\s*\S")
_AGENCY_END = re.compile(r"(?:局|庁|省|院|機構|委員会|公社|センター|協会|会議所|研究所|大学|銀行|公団|事業団)$")
# …の相互訪問や交流を続けてきました / 毎年相互訪問を行っています: what is done, not the fields agreed
_ONGOING = re.compile(r"(?:続け|重ね|行っ|実施し|深め)(?:てきました|てきた|てまいりました|ています|ている|ており)|(?:毎年|これまで)[^。]{0,30}(?:行|実施|交流)")
# 次の分野 / 以下の3つの事項: the words that say a list of fields or items follows
_LIST_NAMES = re.compile(r"(?:次|以下|下記)の(?:ような|[0-9０-９一二三四五六七八九十]+(?:つの)?)?(?:分野|事項|項目|取組|取り組み|内容|柱|(?:交流|こと|協力|連携)(?=を(?:行う|進める|推進する|確認|定め)|に(?:ついて|取り組|合意)))")
_LIST_FOLLOWS = re.compile(r"(?:は|として)[、,]?\s*(?:次|以下|下記)の(?:とおり|通り|[0-9０-９一二三四五六七八九十]+(?:点|項目|分野|つ))(?:です|である)?[。:：]?\s*$"
                           # 覚書では、次の分野で交流を進めることとしています。 / 以下の事項について連携します:
                           # (確認書では、今後も次の分野の交流を続けることを定めています。)
                           r"|" + _LIST_NAMES.pattern + r"(?:の(?:交流|協力|連携|取組))?(?:で|に|において|における|について|を|が)[^。]{0,30}[。:：]\s*$")
# …will work together in the following areas: / The Participants intend to cooperate in the following fields:
_EN_LIST_OPENER = re.compile(r"(?<![A-Za-z])(?:(?:cooperat\w*|collaborat\w*|work together|partner)\b[^.:]{0,40}"
                             r"the following (?:areas|fields|activities|matters|items|points|projects)"
                             r"|(?:sets? out|covers?|lists?|identif(?:y|ies)) (?:the following |[a-z]+ )?(?:areas|fields))(?: of cooperation)?\s?:\s*$")
# ※本覚書は、…を経て締結した: the record being told of, not a new partner to look for
_THIS_INSTRUMENT = re.compile(r"^[\s※・*]*(?:本|同|この|当該)(?:覚書|協定書?|宣言|合意書|確認書|意向書|MOU)(?:は|の|に|を|が)")
_OCCASION_REF = re.compile(r"(?P<noun>式典|会談|首脳会談|総会|会議|訪問)(?:に先立ち|に先立って|の席上|の場で|の冒頭|の中で|において|にあわせ|に合わせ|の際に?|で)")
_DATE_FIRST_CELL = re.compile(r"^\s*(?:(?:昭和|平成|令和|[SHR])\s?[0-9元]{1,2}|[0-9]{4})\s?年?[^|]{0,12}\|")
_ACTIVITY_HEAD = re.compile(r"(?:派遣|訪問|研修|滞在|視察|募集|大会|展示|ツアー|プログラム|フェア|セミナー|イベント|受入れ|受け入れ|実証|実験|運行)(?:事業)?(?:の)?(?:概要|日程|内容|要項|期間)")
_HEAD_THEN_PERSON = re.compile(r"(?:社長|会長|理事長|代表|学長|総長|市長|知事|町長|村長|区長|院長|頭取|組合長|CEO)(?:の|\s)[^の]*$")
# a signature block's line: heads of bodies (福岡県知事 | 佐賀県知事, 遠野市長 本田 敏秋), cells or spaces between
_HEAD_TITLES = "知事|市長|町長|村長|区長|理事長|学長|総長|社長|会長|組合長|代表取締役社長|代表取締役|代表理事|院長|管理者"
_HEAD_WORDS = "(?:" + _HEAD_TITLES + ")"
_HEADS_LINE = re.compile(r"(?:[^\s|、,]{2,24}?" + _HEAD_WORDS + r"(?:[ \u3000]{1,3}[一-龥ぁ-んァ-ヶー]{1,5}(?:[ \u3000][一-龥ぁ-んァ-ヶー]{1,5})?)?"
                         r"(?:\s*(?:\||、|,|[ \u3000]{2,})\s*|\s*$))+")
_HEAD_AFTER = re.compile(r"\s?(?:長|" + _HEAD_TITLES + ")")  # (大船渡市 + 長: the mention may end before the head's 長)
_DATE_ONLY_LINE = re.compile(r"^\s*(?:(?:令和|平成|昭和)[0-9元]{1,2}|[0-9]{4})年[0-9]{1,2}月[0-9]{1,2}日\s*$")
# a site's search results page (サイト内検索結果「連携協定」 / 「…」の検索結果 約312件中 1～10件目)
_SEARCH_RESULTS_PAGE = re.compile(r"サイト内検索結果|の検索結果\s*(?:[:：]\s*)?(?:約|全)?\s*[0-9,]+\s*件|Search [Rr]esults for")
# a headline saying the ceremony is called off, or inviting the press to one still ahead (【取材案内】…締結式を開催します)
_CALLED_OFF_PAGE = re.compile(r"【(?:延期|中止)】|(?:締結|調印|署名)式[^。\n]{0,8}?の(?:延期|中止)(?:について|のお知らせ)"
                              r"|【取材(?:案内|のご案内|のお願い|について)】[^\n]{0,60}?(?:締結|調印|署名)式")
_ASKED = re.compile(r"「[^」]{2,60}(?:のか|ですか|でしょうか|ますか)[?？]?」(?:という|との)")
_ANNIVERSARY_OF = re.compile(r"(?:提携|締結|交流)?(?:[0-9０-９]+|[一二三四五六七八九十]+)周年(?:記念)?(?:の)?")
_POINTS_OPENER = re.compile(r"(?:覚書|協定|合意書|宣言|確認書)(?:書)?の(?:(?:主|おも)な)?(?:内容|柱|ポイント)は[^。]{0,8}(?:[0-9０-９一二三四五六七八九十]+(?:点|つ)|次のとおり)")
# The Mayor of Tasman signed the agreement with the Mayor of Yakumo … on Thursday 26 September: the
# instrument told of just before, signed by the heads of its parties
_EN_SIGNED_THE = re.compile(r"(?<![A-Za-z])(?:signed|concluded|renewed|exchanged) (?:the|this|their|our) (?:new )?(?:[Ff]riendship |[Ss]ister[ -][Cc]ity |[Pp]artnership )?"
                            r"(?:agreement|[Aa]greement|memorandum|[Mm]emorandum|MOU|MoU|declaration|[Dd]eclaration)\b")
_TIE_AS_TIME = re.compile(r"との[^。、]{0,10}?(?:協定|覚書|提携|盟約|協約)を(?:結んだ|締結した|交わした)(?:同年|翌年|同月|翌月|後|際|直後|のと同じ)")
_DATED_HEADING = re.compile(r"^[\s○●◆■・]*[^\s。、]{2,30}?との[^。、\s]{0,24}?(?:協定|覚書|協約|盟約|宣言|提携)書?\s*(?P<d>[(（])[^()（）]{4,20}[)）]\s*$")
_EN_INSTRUMENT_FIELDS = re.compile(
    r"(?<![A-Za-z])(?:[Aa]greement|[Mm]emorandum|MOU|MoU|[Dd]eclaration|[Aa]ccord)\b[^.]{0,40}?"
    r"(?P<f>\b(?:provides? for|covers?|lists?|sets? out|focus(?:es)? on|(?:will |to )?(?:cooperate|collaborate|work together) (?:in|on))\b[^.]{4,})")
_SAYS_OPENER = re.compile(r"(?:^|。)\s*(?:本|この|同)?(?:協定|覚書|協定書|合意書|意向書|宣言|確認書)(?:書)?(?:で|に)は[、,]\s*$")
_SAYS_SENTENCE = re.compile(r"(?:^|(?<=。)|(?<=[|｜]))\s*(?:本|この|同|新たな)?(?:協定|覚書|協定書|合意書|意向書|宣言|確認書|提携書|盟約書)(?:書)?(?:で|に)は[、,][^。|｜]*?(?:分野|事項)[^。|｜]*(?:。|$)")
_INSTRUMENT_SAYS = re.compile(r"(?:協定|覚書|協定書|合意書|宣言|確認書|提携書|盟約書|議定書|協約書?)(?:書)?(?:に|で)は?[^。]{0,120}?(?:盛り込|含ま|含む|明記|うた|定め|規定|掲げ|を柱|(?:を|に)(?:行う|取り組む|協力する|連携する)こと(?:とされ|とした|としている|としています|を定め))")
_REPORTED_END = re.compile(r"(?:た|ました|ています|ております|ており)[。、]?$|た。")  # …を開催しました: done, not agreed
_CEREMONY_AHEAD = re.compile(r"(?:締結|調印|署名|提携)式(?:典)?(?:を|が)?(?:執り行|行|開催し|実施し|開き|挙行し)(?:います|ます|われます|う予定|する予定)"
                             r"|(?:締結|調印|署名|提携)式(?:典)?(?:を|が)?(?:行う|開催する|実施する|執り行う|開く)予定|(?:締結|調印|署名|提携)式(?:典)?の(?:開催|実施)について")
_EXCHANGES_CARRIED_ON = re.compile(r"(?:交流|活動)を(?:重ね|続け|深め|進め)て(?:い(?!く)|き|お)")  # carried on (深めていく is what they agree to do)
_NAME_HEADING = re.compile(r"^[ \t■□●◆◇▼▽・【\[]*[^\n。、]{0,12}(?:正しい|正式な|せいしきな)?(?:名前|なまえ|名称)[】\]]?[ \t]*[:：]?[ \t]*\n"
                           r"(?:[ \t]*\n)?(?P<line>[ \t]*[^\n。]{6,80})$", re.MULTILINE)
_ACT_HEADING = re.compile(r"(?:締結|調印|署名|取り交わし|取交し)(?:の概要|の日時|について)?\s*$"
                          r"|^[\s■□●◆◇▼▽・]*(?:いつ|むすんだ日|結んだ日)\s*[?？]?\s*$")  # (■いつ? on an easy-Japanese page)
_RELATIVE_YEAR = re.compile(r"(?P<y>一昨年|昨年|前年|去年|今年|本年)(?:の)?(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})日)?")
_PASSING = re.compile(r"に続き|に続いて|に次ぎ|に次いで|に次ぐ|に続く\d*[件例番]目|(?:締結|提携|結ん|交わ)し?て?(?:おり|います)[、,。]?[^。]{0,30}?(?:今回|このたび|本日)"
                      r"|^\s*なお[、,][^。]{0,80}?(?:締結|提携|結ん|交わ)し?て?(?:おり|います|おります)")  # なお、…とも…を締結しており: an aside
# an English sentence saying a tie is in force (Saitama and Queensland have been sister states since 1984)
_EN_TIE_IN_FORCE = re.compile(r"(?<![A-Za-z])(?:have been|has been|are|is|remain)(?: an?| the)? (?:sister|friendship|twin)[ -][a-z]+(?: (?:of|with) [A-Z][^.]{0,40})?(?: since [0-9]{4})?[.,;]")
_NUMBERED_ITEM = re.compile(r"^\s*[(（]?[0-9０-９一二三四五六七八九十ア-ン①-⑳]")  # (1) / ２ / ア / ① … opening a list item
_PROFILE_LINE = re.compile(r"^\s*[^:：\s]{0,10}(?:都市|市|町|村|州|省|国|地域|大学|団体|法人|企業|会社|相手方)の(?:概要|紹介)")
_KEY_LINE = re.compile(r"^\s*[^:：\s。、]{2,12}\s*[:：]")
_ROW_PURPOSE = re.compile(r"^\s*[^|]{0,8}(?:目的|分野|事項|内容)[^|]{0,4}\|")
# a body's head who signs or concludes for it, with the other side's head or the speaker (…市長と…市長が協定書に
# 署名, 十津川村長様と私とで「…」に署名, ガリシア州首相が…を締結); not one who only witnesses (立会人として); a
# Japanese body the gazetteer knows and the page names on its own, its head paired with another body's head or
# with the speaker (not 平澤町長と内田浦安市長: a surname's post beside it), or a foreign region by its
# 首相/省長 (ロブ郡長 is Mayor Robb, not a 郡)
_HEAD_SIGNS = re.compile(r"(?:長|知事|首相|省長)(?:様|さん|氏)?(?:と|が|及び|、|は)(?:(?!立会|立ち会)[^。]){0,60}?"
                         r"(?:に署名|に調印|を締結|を交わ|を取り交わ|に押印)")


def _named_as_body(m: PartyMention, ms: list[PartyMention], text: str) -> bool:
    """The page names ``m``'s body on its own somewhere, not only before 長: 三木市長 alone is
    more likely Mayor Miki (of 須坂市) than the mayor of 三木市."""
    return any(q.name == m.name and not _OFFICE_AFTER.match(text[q.end : q.end + 12]) for q in ms if q is not m)


_RELATION_LABEL_BEFORE = re.compile(r"(?:姉妹|友好|友好交流|親善)(?:都市|州|県|省|港|地域|提携先)(?:の|である)?\s?$")
_KIND_LINE = re.compile(r"(?m)^[\s・●■◆\-*]*(?:提携の種類|提携種別|提携区分|交流の種類|種別|区分|種類)\s*[:：|]\s*(?P<v>[^\n]{2,30})$")
_NAME_GAP = re.compile(r"(?:\s{2,}|\u3000)|(?<=[長事者官])\s")  # つくば市長 森田 啓介: where a signatory's name ends
_NOTE_MARK = re.compile(r"\s*(※|\*|注)\s?([0-9０-９]{1,2})(?![0-9０-９])")
_ROW_REF = re.compile(r"(?:No\.?|番号|整理番号)\s?([0-9０-９]{1,2})(?:の|は|、)")
_DEPT_LINE = re.compile(r"^\s*(?:(?:担当|問い?合わせ先?|発行|作成)\s*[:：]?\s*)?[^\s。、]{0,16}[\s・]?[^\s。、]{1,12}(?:課|係|室|部|局|本部|推進本部|センター|グループ|チーム)(?:\s*[(（][^)）]{0,20}[)）])?\s*$")
_PURPOSE_SENTENCE = re.compile(r"分野|を目的|目的と|協力する|連携する|協力して|連携して|(?:協力|連携)(?:します|いたします)|推進する|事項|定めて|を中心に|に取り組|を進める|としています|を図る|"
                               + _INSTRUMENT_SAYS.pattern)
_SIGNATORY = re.compile(r"^[\s◇◆■●・\-\d.．()（）【\[]*(?:締結者|締結当事者|(?:協定|覚書|締結)の?当事者|当事者|署名者|締結主体|締結団体|協定締結者|(?:協定)?締結(?:道県|都道府県|県|市町村|市町|町村|自治体|機関)|(?P<partner>(?:提携の|協定の|締結の)?相手方|提携先|締結先|協定先|相手先|締結相手|連携先|協力先|相手(?:機関|部局|大学|校|団体|都市|自治体|企業)|(?:姉妹|友好|提携)?都市名))[】\]]?(?:\s*[:：|]\s*|\s+|$)")
_WITNESS = re.compile(r"^[\s(（]*(?:立会|立ち会|同席|陪席|来賓|出席)")
_REFERENCE = re.compile(r"参考|これまでの(?:主な)?(?:交流|経緯|歩み|取組|取り組み|活動)|関連リンク|関連情報|経緯|沿革|とは$|について$|プロフィール|紹介|様子|今後の予定|今後の取組|問い?合わせ|お知らせ$")
_ADDRESS = re.compile(r"〒|住所|所在地|本社[:：]|\d{3}-\d{4}")
_FROM_SIGNING = r"(?:締結|署名|調印|協定締結|更新)(?:の)?日(?:から|より)|本日(?:から|より)|(?:on|from) the date of (?:its )?(?:signature|signing)|upon (?:its )?signature"
_ADNOMINAL = re.compile(r"^(?:し|され)?た(?![。、,.\s])")
_BODY_WORD = r"[A-Za-z]{2,}|大学|協会|会議所|株式会社|公社|機構|財団|法人|組合|銀行|病院|本部|局|庁|政府|[市区町村県州省道]長|知事|首相"
_RENEWAL_NOTE = re.compile(r"^\s*[【\[]?備考[】\]]?\s*[:：|]\s*(?:[0-9０-９]{4}年|(?:昭和|平成|令和)[0-9０-９元]{1,2}年)[^。|\n]{0,30}?(?:に|を)?(?:更新|延長|再締結|再調印)(?:し|。|$)")
_NON_ANCHOR_LABEL = re.compile(
    r"^\s*[【\[［(（]?(?:写真|画像|Photo)[】\]］)）:：]|"  # a photo caption shows a signing; the text reports it
    r"^\s*[【\[]?(?:立会人?|立ち会い|同席者?|陪席|来賓|出席者?|概要|[^:：|\s]{0,10}(?:経緯|背景|きっかけ|沿革|今後の予定|今後の取組|備考|相手方の概要))[】\]]?\s*[:：|]|"
    # 議案第15号 …との友好交流協定の締結について …… 原案可決: a bill put to the council, not a conclusion
    r"^\s*(?:議案|議第|発議|報告|承認|諮問|同意)(?:第\s*)?[0-9０-９一二三四五六七八九十百]+号(?=\s|[:：])"
)
_HEAD_TITLE = re.compile(r"(?:(?:議会)?議長|政府首相|代表取締役社長|代表取締役|取締役社長|董事長|理事長|委員長|副市長|市長|区長|町長|村長|知事|首長|総裁|社長|会長|学長|総長|所長|局長|長官|首相|大臣|代表)$")
_ANNIVERSARY = re.compile(r"周年|記念式典|記念事業|(?<![A-Za-z])[Aa]nniversary")
# 本県は、チリ共和国の国家漁業養殖局(SERNAPESCA)との間で…: the partner before との間で
_WITH = re.compile(r"(?:^|[、,。\s])(?P<b>[^\s、。「」『』()（）|]{2,40}?)(?:[(（][^)）]{1,30}[)）])?との(?:間で|間に|間の)")
# a partner merged into a successor: …ジリンガム市は周辺の自治体と統合され、…メドウェイ市が発足
_MERGER = re.compile(r"[^。\n]{0,60}(?:合併|統合|編入|再編)[^。\n]{0,80}?(?:発足|誕生|となり|となった|となりました|に移行|へ移行|が引き継|に引き継)[^。\n]{0,40}")
# 大韓民国の清州市と「…覚書」を締結: the partner is the object of と before the instrument
_OBJECT_OF = re.compile(r"(?:^|[、,。\s])(?P<b>[^\s、。「」『』()（）|]{2,24}?)(?:[(（][A-Za-z0-9&.\- ]{2,12}[)）])?と(?:「[^」]{2,60}」|[^\s、。「」]{0,20}?(?:協定|覚書|宣言|提携|合意書))を?(?:締結|調印|署名|結|交わ)")
_TO_TOMO = re.compile(r"(?P<a>[^\s、。「」『』()（）]{2,30}?)(?:と|及び|および)(?P<b>[^\s、。「」『』()（）|]{2,40}?)(?:との間で|との間に|との間の|との|は、|は|が|の間で)")


@dataclass(slots=True)
class Found:
    """A value with the span (in normalised text) it was found at."""

    value: object
    start: int
    end: int


@dataclass(slots=True)
class Anchor:
    unit: Unit
    parties: list[PartyMention]
    type_cues: list[cue_mod.TypeCue]
    verbs: list[cue_mod.VerbCue]
    events: list[tuple[EventType, DateMention, AgreementType | None]]
    ceremony: bool = False
    title_only: bool = False
    background: bool = False
    continuation: bool = False
    entry_head: bool = False
    signatory: bool = False
    key_party: PartyMention | None = None  # for 「XはA、Bとも…」: the one this bilateral record is with
    relation: bool = False  # 「姉妹都市であるX市」: in force, undated
    each: bool = False  # 「姉妹都市:A市、B市」: one record with each party named
    listed: bool = False  # 二 相手方及び締結年月日 / 小郡市 令和六年三月二十七日: one line of a notice's partner list


@dataclass(slots=True)
class Draft:
    """A record being built: anchors, parties (clusters of mentions), zone."""

    anchors: list[Anchor] = field(default_factory=list)
    party_mentions: list[list[PartyMention]] = field(default_factory=list)
    zone: list[tuple[int, int]] = field(default_factory=list)
    first: int = 0
    merged: list["Draft"] = field(default_factory=list)  # drafts folded into this one (a merged partner)


@dataclass(slots=True)
class DraftRecord:
    """The assembled values, each a :class:`Found` (value + span)."""

    agreement_type: Found
    title: Found | None
    parties: list[tuple[PartyMention, list[str]]]
    events: list[Found]
    term: dict[str, Found]
    sectors: list[Found]


SamePartyFn = Callable[[str, str], bool]
NerFn = Callable[[str, int], list[PartyMention]]


def _default_same_party(a: str, b: str) -> bool:
    return a == b


class RecordAssembler:
    """Builds the records of one normalised text (no state kept between calls)."""

    def __init__(self, *, same_party: SamePartyFn | None = None, ner: NerFn | None = None) -> None:
        self._base_same_party = same_party or _default_same_party
        self.same_party = self._base_same_party
        self.ner = ner

    # ------------------------------------------------------------------ match
    def assemble(
        self,
        text: str,
        parties: list[PartyMention],
        dates: list[DateMention],
        periods: list[PeriodMention],
        doc_date: str | None,
    ) -> list[DraftRecord]:
        if _SEARCH_RESULTS_PAGE.search(text[: text_lines_end(text, 6)]):
            return []  # サイト内検索結果: titles and snippets of other pages, each reported there, not here
        units = split_units(text)
        self.same_party = _with_coordinated_apart(_with_former_names(_with_bracket_aliases(self._base_same_party, text, parties), text, parties),
                                                  text, parties)
        self._every_mention = parties  # (sector words inside any name, bracketed ones too, are no fields)
        parties = _without_bracketed_names(parties, text)
        self._entry_years = _entry_years(text, parties, dates)
        if self._entry_years:
            dates = sorted(dates + self._entry_years, key=lambda d: d.start)
        self._dates = dates
        self._doc_date = doc_date
        # (the headline may stand under a date, 報道関係者 各位 and the issuing office: the first lines with text)
        self._called_off_page = bool(_CALLED_OFF_PAGE.search(text[: max(lines_end(text, 4), text_lines_end(text, 6))]))
        self._text = text
        self._mentions = parties
        home = pick_home(parties, self.same_party, headline_end=_headline_end(text), text=text)
        self._home = home
        section_type = _section_types(units)
        self._partner_rows = _partner_list_rows(units)
        anchors: list[Anchor] = []
        in_links = False  # under 関連リンク: titles of other pages, not statements
        self._link_units: set[int] = set()
        self._skip_columns = _skip_columns(units)
        self._where_columns = _skip_columns(units, _WHERE_COLUMN)
        self._term_columns = _skip_columns(units, _TERM_COLUMN)
        self._content_columns = _skip_columns(units, _CONTENT_COLUMN, unless=_SCHEDULE_COLUMN)
        self._vote_columns = _skip_columns(units, _NO_STEP_COLUMN)
        self._summary_columns = _skip_columns(units, _SUMMARY_COLUMN, unless=_SCHEDULE_COLUMN)
        self._renewal_columns = _skip_columns(units, _RENEWAL_COLUMN)
        self._signed_columns = _skip_columns(units, _SIGNED_COLUMN)
        self._faculties_sign = bool(_FACULTIES_SIGN.search(text))
        self._shared_terms = _shared_term_spans(text)
        self._activity = _activity_cells(units)
        self._section_owner = _section_owners(units, parties)
        lead_type: cue_mod.TypeCue | None = None  # 下記の協定校と…協定を更新しました: types the items below it
        counted_lead: cue_mod.TypeCue | None = None  # 3社とそれぞれ…協定を締結: types the partner list below it
        partner_list = False  # under ■ 締結先 after such a lead
        proposal = bool(_PROPOSAL_PAGE.search(text)) and not _DONE_ON_PAGE.search(text)
        unconcluded = ""  # the marker of a heading such as 4 協定等には至っていない取組: its section holds no conclusion
        for idx, u in enumerate(units):
            short = len(u.text.strip()) <= 20 and "。" not in u.text
            if (u.is_heading or short) and _LINKS_HEAD.search(u.text):
                in_links = True
                continue
            if "。" not in u.text and len(u.text) <= 40 and not u.is_row:
                if _UNCONCLUDED_HEAD.search(u.text) and _marker(u.text):
                    unconcluded = _marker(u.text)
                    continue
                if unconcluded and _MARKER_RANK.get(_marker(u.text), 9) <= _MARKER_RANK[unconcluded]:
                    unconcluded = ""  # 5 課題: the next heading of the same level (or an unmarked short line) ends it
            if unconcluded:
                continue
            if in_links and (u.is_item or "。" not in u.text or _LINK_TITLE.search(u.text)) and not u.is_heading:
                self._link_units.add(u.start)
                continue
            in_links = False
            if (_QUESTION.search(u.text) and not _KNOWN_FACT.search(u.text)) or (
                    _PAGE_STAMP.search(u.text) and not (_renewal_line(u.text) and _FIRST_STEP_LABEL.search(text[max(0, u.start - 120) : u.start]))):
                continue  # Q1. …はどこですか? / 掲載日:2024年3月27日更新 : no statement about an agreement
            if not u.is_row and len(u.text) <= 30 and _OWNER_HEAD.match(u.text):
                continue  # 滋賀県の提携先: a heading saying whose ties follow, no tie of its own
            noted = self._bracket_notes(u, parties, text) or self._counted_lists(u, parties, text) \
                or self._municipality_led(u, parties, section_type.get(idx)) or self._english_tie_lists(u, parties)
            if noted:
                anchors.extend(noted)
                continue
            if not u.is_item and not u.is_row and not (lead_type is not None and (_LEAD_DATE_LINE.match(u.text) or _ITEM_DETAIL.match(u.text))):
                lead_type = _below_lead(u)  # (締結日 令和6年7月1日 between the lead and its list keeps it)
            # …企業3社とそれぞれ「…協定」を締結します。… ■ 締結先と主な連携内容 / 1 株式会社A(本社:札幌市) / 2 …:
            # each numbered entry of the partner list is that instrument with the partner it names
            entry = self._partner_list_entry(u, parties, counted_lead) if partner_list else None
            if entry is not None:
                anchors.append(entry)
                continue
            if _LISTED_BELOW.search(u.text) and not u.is_row and (lead_cues := cue_mod.find_type_cues(u.text, u.start)):
                counted_lead = _as_section(lead_cues[-1])
            if counted_lead is not None and len(u.text.strip()) <= 24 and _PARTNER_LIST_LABEL.match(u.text):
                partner_list = True
            elif partner_list and _marker(u.text) == "section":
                partner_list = False  # ■ 協定期間: the next section ends the list
            section = section_type.get(idx) or (lead_type if (u.is_item or u.is_row) else None)
            a = self._signatories(idx, units, parties) or self._code_entry(idx, units, parties) or self._signatory_table(idx, units, parties) \
                or self._signature_block(idx, units, parties, section_type.get(idx))
            if a is None:
                a = self._anchor(u, text, parties, dates, periods, doc_date, section)
            if a is None and lead_type is not None and u.is_item:
                # 次の3町とそれぞれ…協定を締結しました。 / ・豊浦町: each item bare, dated by the lead
                named = [p for p in parties if u.start <= p.start and p.end <= u.end and p.kind is not PartyKind.COUNTRY]
                if len(named) == 1 and len(re.sub(r"[・●■◆○\-*\s]|[(（][^)）]*[)）]", "", u.text)) <= len(named[0].text) + 2:
                    a = Anchor(u, named, [lead_type], [], [], relation=True, key_party=named[0])
            if a is None:
                a = self._listed_step(idx, units, dates, parties)
            if a is None:
                a = self._dated_under_label(idx, units, dates, section_type.get(idx))
            if a is not None and not a.parties and a.events and _STEP_LABEL_LINE.match(u.text):
                # 1 鹿児島県立鶴丸高等学校と台北市立建国高級中学(台湾) / (1)提携日 令和6年8月20日: the entry's
                # heading names the pair its labelled date is for
                pair = _pair_heading_above(idx, units, parties)
                if pair:
                    a.parties = pair
            if a is None:
                a = self._entry_head(idx, units, parties, text)
            if a is not None and proposal and not a.events:
                continue  # 議案 …協定の締結について / …締結しようとするものである: put to the council, not concluded
            if a is not None and not a.events and a.type_cues and (a.ceremony or a.verbs) and _CLOCK_TIME.match(u.text):
                # 1月23日(火) / 11:00 むつ湾風力株式会社との「…連携協定」締結式: a schedule's day line dates the entry
                day = self._schedule_day(idx, units, dates)
                if day is not None:
                    typ = EventType.RENEWED if any(v.event is EventType.RENEWED for v in a.verbs) else EventType.SIGNED
                    a.events = [(typ, day, a.type_cues[-1].type)]
            if a is not None and a.type_cues and (counted := _COUNT_SUBJECT.search(u.text)):
                # 12市町村が「…協定」を締結しました。 / 協定を締結した市町村 / 1 | 会津若松市 | … : the list below names them
                n = to_int(counted.group("n"))
                companies = counted.group("what") == "社"
                listed = self._count_listed(idx, units, parties, n, companies) \
                    if n is not None and n >= (2 if companies else 3) and len(a.parties) < n else []
                a.parties = a.parties + [p for p in listed if not any(self.same_party(p.name, q.name) for q in a.parties)]
            if a is not None:
                anchors.append(a)
        _same_day(anchors, text)
        drafts = self._group(anchors, home, units, text)
        self._single = len(drafts) == 1
        records = []
        listed: list[DraftRecord] = []
        for d in drafts:
            rec = self._annotate(d, text, units, parties, periods, doc_date, home)
            if rec is not None and not _not_yet_signed(rec, doc_date, text) and not _template_title(rec) and not _draft_only(rec, text):
                rec.title = _amended_instrument(rec.title, text)
                records.append(rec)
                if any(a.listed for a in d.anchors) and all(a.listed for a in d.anchors if a.events):
                    listed.append(rec)
        _notice_shared(listed)
        records = _split_relative_ties(records, text)
        records = self._without_echoes(records, home)
        records = self._twins_merged(records, home)
        _shared_purpose(records, text, parties)
        return records

    def _without_echoes(self, records: list[DraftRecord], home: PartyMention | None) -> list[DraftRecord]:
        """Drop a record that only echoes another: 10月25日(金) 投資促進に関する覚書署名式(財団) in a
        mission's schedule, beside the paragraph telling that 覚書 with its partner named. The echo has
        the same type, no step the other lacks, no body the other lacks but the issuer, and a name that
        is the other's or part of it."""
        def key(f: Found | None) -> str:
            return re.sub(r"協力|連携|の", "", cue_mod.clean_title(str(f.value))) if f is not None else ""

        out: list[DraftRecord] = []
        for r in records:
            dates = {str(e.value.date) for e in r.events if isinstance(e.value, Event)}
            bodies = [p for p, _ in r.parties if not (home is not None and self.same_party(p.name, home.name))]
            echo = r.title is not None and dates and any(
                o is not r and o.agreement_type.value == r.agreement_type.value
                and dates <= {str(e.value.date) for e in o.events if isinstance(e.value, Event)}
                and all(any(self.same_party(p.name, q.name) for q, _ in o.parties) for p in bodies)
                and len(o.parties) >= len(r.parties) and o.title is not None and key(r.title) and key(r.title) in key(o.title)
                and (len(o.parties) > len(r.parties) or len(str(o.title.value)) > len(str(r.title.value)))
                for o in records)
            if not echo:
                out.append(r)
        return out

    def _twins_merged(self, records: list[DraftRecord], home: PartyMention | None) -> list[DraftRecord]:
        """A record told twice, of one type with the same partners: with no step beside one with
        steps (an English page's Japanese headline), or with the same steps in the other language
        (a bilingual release: the English text, then the Japanese). The record told first, or the
        one with steps, keeps its values; the twin's term and fields fill its gaps."""
        def partners(r: DraftRecord) -> list[PartyMention]:
            # (City of Hamamatsu beside 浜松市: the issuer in the other script, of its kind and country)
            return [p for p, _ in r.parties if not (home is not None and (self.same_party(p.name, home.name) or (
                p.kind is home.kind and p.country == home.country == "JP" and p.name.isascii() != home.name.isascii())))]

        def steps(r: DraftRecord) -> set[str]:
            return {f"{e.value.type.value}:{e.value.date}" for e in r.events if isinstance(e.value, Event)}

        def other_script(a: Found | None, b: Found | None) -> bool:
            return a is None or b is None or str(a.value).isascii() != str(b.value).isascii()

        def script_twin(r: DraftRecord, o: DraftRecord) -> bool:
            # Gimhae (Republic of Korea) - 2003 in a page's English half, 金海市(大韓民国) 平成15年5月 in its
            # Japanese: one partner, of one country, dated alike (the English the coarser), in the other script
            pr, po = partners(r), partners(o)
            return bool(r.events) and len(pr) == len(po) == 1 and pr[0].name.isascii() and not po[0].name.isascii() \
                and pr[0].country not in (None, "JP") and pr[0].country == po[0].country \
                and all(any(e.split(":")[0] == f.split(":")[0] and f.split(":", 1)[1].startswith(e.split(":", 1)[1]) for f in steps(o))
                        for e in steps(r))

        out = list(records)
        for r in records:
            if not partners(r):
                continue
            def named_alike(p: PartyMention, q: PartyMention, translated: bool) -> bool:
                # (Kyushu University beside 九州大学 in a bilingual release's two texts: one body in two scripts)
                return self.same_party(p.name, q.name) or (translated and p.kind is q.kind and p.name.isascii() != q.name.isascii()
                                                           and (None in (p.country, q.country) or p.country == q.country))

            twins = []
            for o in out:
                if o is r or len(partners(o)) != len(partners(r)):
                    continue
                if o.agreement_type.value != r.agreement_type.value:
                    if not ({o.agreement_type.value, r.agreement_type.value} <= _TIES and script_twin(r, o)):
                        continue
                    twins.append(o)  # (its English half's heading, Sister Cities, types a friendship tie too)
                    continue
                retold = bool(r.events) and steps(r) == steps(o) and records.index(o) < records.index(r) and other_script(r.title, o.title)
                translated = retold and r.title is not None and o.title is not None
                if all(any(named_alike(p, q, translated) for q in partners(o)) for p in partners(r)) and ((not r.events and o.events) or retold):
                    twins.append(o)
                elif script_twin(r, o):
                    twins.append(o)
            if len(twins) != 1:
                continue
            twin = twins[0]
            for k, f in r.term.items():
                twin.term.setdefault(k, f)
            have = {f.value for f in twin.sectors}
            twin.sectors.extend(f for f in r.sectors if f.value not in have)
            if twin.title is None:
                twin.title = r.title
            out.remove(r)
        return out

    def _partner_list_entry(self, u: Unit, parties: list[PartyMention], cue: cue_mod.TypeCue | None) -> Anchor | None:
        """A numbered entry of a partner list that names one body and nothing else but its marker and a bracket
        (1 株式会社エデュリンク北海道(本社:札幌市)): that partner's record, of the lead's instrument."""
        if cue is None or _marker(u.text) not in ("digit", "paren", "kana", "kanji", "dot"):
            return None
        brackets = [(u.start + m.start(), u.start + m.end()) for m in re.finditer(r"[(（][^)）]*[)）]", u.text)]
        named = [p for p in parties if u.start <= p.start and p.end <= u.end and p.kind is not PartyKind.COUNTRY
                 and not any(b0 <= p.start < b1 for b0, b1 in brackets)]  # (本社:札幌市): where it is, not a party
        if len(named) != 1:
            return None
        rest = re.sub(r"[(（][^)）]*[)）]", "", u.text[named[0].end - u.start :])
        head = _NUMBERING.sub("", u.text[: named[0].start - u.start])
        if rest.strip() or head.strip():
            return None
        return Anchor(u, named, [cue], [], [], relation=True, key_party=named[0])

    def _code_entry(self, idx: int, units: list[Unit], parties: list[PartyMention]) -> Anchor | None:
        """An agreement as a municipal code (例規集) prints it: ○宿毛市と大月町との消防相互応援協定 /
        昭和52年3月25日 / 協定第1号 / 改正 平成15年3月31日協定第2号 … / 宿毛市(以下「甲」という。)と…
        次のとおり協定する: signed on the date under the name, renewed on each 改正 date, between the
        bodies the enacting clause names."""
        u = units[idx]
        m = _CODE_TITLE.fullmatch(u.text.strip())
        if m is None or idx + 2 >= len(units):
            return None
        dated = [dm for dm in self._dates if units[idx + 1].start <= dm.start < units[idx + 1].end and dm.value and not dm.inferred]
        if len(dated) != 1 or len(dated[0].value) != 10 or units[idx + 1].text.strip() != dated[0].text.strip() \
                or not _CODE_NUMBER.match(units[idx + 2].text.strip()):
            return None
        events: list[tuple[EventType, DateMention, AgreementType | None]] = [(EventType.SIGNED, dated[0], None)]
        for v in units[idx + 3 : idx + 12]:
            if _ENACTING.search(v.text):
                named = [p for p in parties if v.start <= p.start < v.end and p.kind is not PartyKind.COUNTRY]
                cues = cue_mod.find_type_cues(u.text, u.start)
                return Anchor(u, named, cues, [], events, title_only=True) if len(named) >= 2 and cues else None
            if re.match(r"\s*(?:改正\s*)?(?:明治|大正|昭和|平成|令和)", v.text) and _CODE_NUMBER.search(v.text):
                events.extend((EventType.RENEWED, dm, None) for dm in self._dates
                              if v.start <= dm.start < v.end and dm.value and len(dm.value) == 10)
        return None

    def _signatory_table(self, idx: int, units: list[Unit], parties: list[PartyMention]) -> Anchor | None:
        """協定締結者 over a table (区分 | 名称 | 所在地 / 自治体 | 米子市 | … / 大学 | 国立大学法人鳥取大学 | …):
        the bodies in its name column sign the agreement the page announces (not the places of the
        所在地 column)."""
        u = units[idx]
        if not _SIGNATORY_TABLE_LABEL.fullmatch(u.text.strip()) or idx + 2 >= len(units) or not units[idx + 1].is_row:
            return None
        header = [c.strip() for c in units[idx + 1].text.split("|")]
        # (都道府県 | 市町名 | 出席者: the municipalities' column; the prefecture's column only locates them)
        col = next((i for i, h in enumerate(header)
                    if re.fullmatch(r"(?:名称|団体名|事業者名|機関名|企業名|法人名|締結者名?|相手方|(?:市区町村|区市町村|市町村|市町|自治体|大学)名?)", h)), None)
        if col is None:
            return None
        found: list[PartyMention] = []
        for v in units[idx + 2 : idx + 14]:
            cells = v.text.split("|")
            if not v.is_row or len(cells) != len(header):
                break
            s0 = v.start + sum(len(c) + 1 for c in cells[:col])
            e0 = s0 + len(cells[col])
            # (尾道市(広島県): the prefecture in brackets locates the city)
            found.extend(p for p in parties if s0 <= p.start and p.end <= e0 and p.kind is not PartyKind.COUNTRY
                         and not (self._text[p.start - 1 : p.start] in ("(", "（") and self._text[p.end : p.end + 1] in (")", "）")
                                  and any(q.end == p.start - 1 and s0 <= q.start for q in parties)))
        return Anchor(u, found, [], [], [], signatory=True) if len(found) >= 2 else None

    def _signature_block(self, idx: int, units: list[Unit], parties: list[PartyMention],
                         section: cue_mod.TypeCue | None) -> Anchor | None:
        """The block that closes an instrument's text under its name (宣言, 協定書): a date alone on
        its line, then lines of the signatories' heads (福岡県知事 | 佐賀県知事 / 熊本県知事 …, maybe
        with their names). The bodies sign it on that date."""
        if section is None:
            return None
        u = units[idx]
        back = idx - 1
        while back >= 0 and back >= idx - 4 and _HEADS_LINE.fullmatch(units[back].text.strip()):
            back -= 1  # (the block's earlier lines)
        if back < 0 or back < idx - 4 or not _DATE_ONLY_LINE.match(units[back].text):
            return None
        if back != idx - 1 or not _HEADS_LINE.fullmatch(u.text.strip()):
            return None  # (the block is read whole from its first line)
        end = idx
        while end + 1 < len(units) and end < idx + 12 and _HEADS_LINE.fullmatch(units[end + 1].text.strip()):
            end += 1
        found = [p for p in parties if u.start <= p.start < units[end].end and p.kind is not PartyKind.COUNTRY
                 and _HEAD_AFTER.match(self._text, p.end)]
        if len({p.name for p in found}) < 2:
            return None  # (令和6年3月29日 / 福山市長 森本昌弘: one head signs a notice, not an instrument)
        day = [d for d in self._dates if units[back].start <= d.start < units[back].end and d.value and len(d.value) == 10]
        events = [(EventType.SIGNED, day[0], section.type)] if day else []
        return Anchor(u, found, [section], [], events, signatory=True)

    def _signatories(self, idx: int, units: list[Unit], parties: list[PartyMention]) -> Anchor | None:
        """A 締結者 / 署名者 / 締結当事者 line names the signatories, often by their
        heads (佐賀県知事、仁川国際空港公社社長); the names may also stand on the
        lines below the label."""
        u = units[idx]
        m = _SIGNATORY.match(u.text)
        if m is None:
            return None
        if u.is_row and all(len(c.strip()) <= 8 or (len(c.strip()) <= 14 and re.search(r"(?:名|先|種類|日|分野|内容|国|地域|備考|年月日|期間|交流|活動|概要|実績|経緯)$", c.strip()))
                            for c in u.text.split("|")):
            return None  # a table's header row (相手方 | 国 | 締結年月日), not a signatory
        spans: list[tuple[int, int]] = []
        rest = u.text[m.end():].strip()
        if rest and all(re.fullmatch(r"(?:国名|国・地域|国|地域|区分|種別|種類|提携日|提携年月日|締結日|締結年月日|備考|所在地|人口|内容|分野)", w)
                        for w in re.split(r"[\s|]+", rest) if w):
            return None  # 都市名 国名 区分 提携日: a table's header line, not a signatory
        if rest:
            spans.append((u.start + m.end(), u.end))
            # 署名者:愛媛県知事 … then the partner's head on the next, indented line
            for v in units[idx + 1 : idx + 4]:
                if v.indent <= u.indent or v.is_heading or _WITNESS.search(_NUMBERING.sub("", v.text)) or _KEY_LINE.match(v.text) \
                        or _SIGNATORY.match(v.text) or not (any(v.start <= p.start < v.end for p in parties) or re.search(_BODY_WORD, v.text)):
                    break
                spans.append((v.start, v.end))
        else:
            for v in units[idx + 1 : idx + 6]:
                if v.is_heading and _NUMBERING.match(v.text) and _NUMBERING.match(v.text).group().strip() or v.text.startswith(("※", "*")) \
                        or len(re.sub(r"[(（][^)）]*[)）]", "", v.text)) > 60 or _WITNESS.search(_NUMBERING.sub("", v.text)):
                    break
                names_body = any(v.start <= p.start < v.end for p in parties) or re.search(_BODY_WORD, v.text)
                if not names_body:
                    break  # the next label of a <dl> (交流分野), not a signatory
                spans.append((v.start, v.end))
        found: list[PartyMention] = []
        for s0, e0 in spans:
            ms = [p for p in parties if s0 <= p.start and p.end <= e0 and p.kind is not PartyKind.COUNTRY]
            ms = [p for p in ms if not any(q is not p and q.start <= p.start and p.end <= q.end for q in ms)]
            # 旭川市(日本国北海道): a place in a bracket locates the name before it
            inside = [(s0 + b.start(), s0 + b.end()) for b in re.finditer(r"[(（][^)）]*[)）]", self._text[s0:e0])]
            ms = [p for p in ms if not any(bs < p.start and p.end < be for bs, be in inside)]
            ms = [p for k, p in enumerate(ms) if not (k + 1 < len(ms) and _runs_the_next(p, ms[k + 1], self._text))]
            found.extend(ms)
            # names the finders do not know: the pieces between separators, heads' titles removed
            # bracketed readings and English names never split a signatory list
            seg_text = re.sub(r"[(（][^)）]*[)）]", lambda mm: " " * len(mm.group()), self._text[s0:e0])
            # つくば市長 森田 啓介: the body's head and then a person; keep the part before the name
            lead = len(seg_text) - len(seg_text.lstrip())  # (日本側) blanked out: not a gap after a name
            # a bracket after a name (Invest India(インベスト・インディア)) is no gap before a person's name
            solid = seg_text
            # (so is one right after a name the finders read: 佐賀県農業協同組合(JAさが)/…)
            ends = {p.end - s0 for p in ms}
            for mm in re.finditer(r"\s?[(（][^)）]*[)）]", self._text[s0:e0]):
                if re.match(r"[A-Za-z]", self._text[s0 + mm.start() - 1 : s0 + mm.start()]) or mm.start() in ends:
                    solid = solid[: mm.start()] + "X" * len(mm.group()) + solid[mm.end() :]
            cut = _NAME_GAP.search(solid, lead)
            if cut is not None:
                seg_text = seg_text[: cut.start()]
                e0 = s0 + len(seg_text)
                ms = [p for p in ms if p.end <= e0]
                found = [p for p in found if not (s0 <= p.start and p.end > e0)]
            pos = 0
            for piece in re.split(r"[、,，/／]|及び|および|並びに", seg_text):
                start = s0 + seg_text.find(piece, pos)
                pos = start - s0 + len(piece)
                bare = re.sub(r"[(（][^)）]*[)）]?\s*$", "", piece).strip()
                office = re.match(r"(.+(?:局|本部|部|庁|協会|会議所|機構|公社|組合|病院))長$", bare)
                name = office.group(1) if office else _HEAD_TITLE.sub("", bare)
                inside = [p for p in ms if p.start < start + len(piece) and start < p.end]
                if office and inside and all(len(p.name) < len(name) for p in inside):
                    # 下関市消防局長: the bureau signs, not the city the finder saw
                    found[:] = [f for f in found if f not in inside]
                    inside = []
                if len(name) < 2 or inside or _SELF_ORG.match(bare) or re.match(r"(?:本|当)(?:市|町|村|県|区|都|府|道)", bare):
                    continue  # 当組合 管理者: the issuer itself, which joins the record anyway
                if not re.search(r"[A-Za-z\u30a0-\u30ff\u4e00-\u9fff]", name):
                    continue
                ns = start + piece.find(name)
                found.append(PartyMention(ns, ns + len(name), name, name, _kind_from_suffix(name), None, "signatory"))
        # 相手方 names only the partner; the issuer joins it when the record is built
        if len(found) < (1 if m.group("partner") else 2):
            return None
        return Anchor(u, found, [], [], [], signatory=True)

    def _dated_under_label(self, idx: int, units: list[Unit], dates: list[DateMention], section: cue_mod.TypeCue | None) -> Anchor | None:
        """A date on the line below a 締結年月日 / 締結日 heading dates the signing."""
        if idx == 0:
            return None
        u, prev = units[idx], units[idx - 1]
        if u.is_row and prev.is_row:
            return None  # 都市名 | 国 | 提携日 above a row: a table's header, read with the row itself
        if not re.search(r"(?:締結|調印|署名|提携)(?:年月日|年月|日)", prev.text) or len(prev.text) > 30 \
                or re.search(r"略記|表記|凡例|(?:^|[:：\s])例\s*[:：]", prev.text + u.text):
            return None  # (※締結日は和暦の略記です … 例:H27.10.5は…: a note on how dates are written)
        if any(prev.start <= d.start < prev.end for d in dates):
            return None  # the label line dates itself (締結日:令和元年9月3日)
        if re.search(r"相手方?|締結先|提携先|当事者", prev.text):
            return None  # 二 連携協約の相手方及び締結年月日 / (一)小郡市 令和六年三月二十七日: a partner with its day, not a step
        ds = [d for d in dates if u.start <= d.start and d.end <= u.end and d.value and not d.inferred]
        if not ds or u.start - prev.end > 16 or self._text[prev.end : u.start].strip():
            return None  # (the date on the next line, maybe indented under its label)
        typ = EventType.RENEWED if re.search(r"再|更新", prev.text) else EventType.SIGNED
        # (an indented date under its label types nothing: the record it continues has its type; the step is
        # of the instrument named just above, (1)名称 / …に関する覚書 / (2)署名日・場所 / 令和6年11月8日)
        tcues = [_as_section(section)] if section is not None and u.start - prev.end <= 3 else []
        named = next((c.type for v in reversed(units[max(0, idx - 5) : idx - 1]) if "。" not in v.text and len(v.text) <= 60
                      for c in reversed(cue_mod.find_type_cues(v.text))), None)
        return Anchor(u, [], tcues, [], [(typ, ds[0], None if tcues else named)], continuation=True)

    def _listed_step(self, idx: int, units: list[Unit], dates: list[DateMention], parties: list[PartyMention]) -> Anchor | None:
        """「変更協定の締結日は次のとおりです。」 then 軽米町:令和3年3月22日 lines: each line is that step
        of the agreement with the partner it names."""
        u = units[idx]
        m = _LISTED_STEP_LINE.match(u.text)
        if m is None:
            return None
        # (三井郡大刀洗町: the district only locates the town)
        named = [p for p in parties if u.start + m.start("name") <= p.start and p.end == u.start + m.end("name")]
        ds = [d for d in dates if u.start + m.start("date") <= d.start and d.end <= u.end and d.value and not d.inferred]
        if not named or not ds:
            return None
        j = idx - 1
        while j >= 0 and _LISTED_STEP_LINE.match(units[j].text) and idx - j <= 12:
            j -= 1
        lead = units[j].text if j >= 0 else ""
        lm = _STEP_LIST_LEAD.search(lead)
        if lm is None or cue_mod.is_negative(lead):
            return None
        typ = EventType.RENEWED if re.search(r"再|更新|変更|改定|改正", lm.group()) else EventType.SIGNED
        # (the lead names the step; the instrument's kind is told where the page names it, or by
        # the lead itself: 二 連携協約の相手方及び締結年月日, each line a record of its own)
        lead_cues = [_as_section(c) for c in cue_mod.find_type_cues(lead, units[j].start)][-1:] if j >= 0 and "相手" in lm.group() else []
        return Anchor(u, named[:1], lead_cues, [], [(typ, ds[0], None)], key_party=named[0], listed="相手" in lm.group())

    def _entry_head(self, idx: int, units: list[Unit], parties: list[PartyMention], text: str) -> Anchor | None:
        """A heading or short line naming one partner, whose entry (the next few
        lines) dates a conclusion: the head of one item of a partner list
        (●カナダ キャンモア町 / 姉妹都市提携:平成元年7月21日)."""
        u = units[idx]
        # 蘇澳鎮 | 台湾・宜蘭県 (a name and where it is, set apart by a dotted leader), then 平成7年(1995年)10月締結
        placed_row = u.is_row and u.text.count("|") == 1 and not re.search(r"[0-9０-９]", u.text) and idx + 1 < len(units) \
            and bool(_DATED_TIE_LINE.match(units[idx + 1].text)) and units[idx + 1].indent > u.indent
        if "。" in u.text or len(u.text) > 45 or (u.is_row and not placed_row) or _NON_ANCHOR_LABEL.match(_NUMBERING.sub("", u.text)) \
                or _DEPT_LINE.match(u.text):  # 宮城県経済商工観光部アジアプロモーション課: the issuer's department
            return None
        if placed_row:
            first_end = u.start + u.text.index("|")
            ms = self._filter_parties([p for p in parties if u.start <= p.start and p.end <= first_end], text)
            if len(ms) == 1:
                return Anchor(u, ms, [], [], [], entry_head=True)
            return None
        ms = self._filter_parties([p for p in parties if u.start <= p.start and p.end <= u.end], text)
        head = _bracket_located(u, parties)
        if ms and head is not None and all(p.start > head.end for p in ms):
            ms = [head]  # バート・ガスタイン(オーストリア共和国ザルツブルク州): the bracket only places it
        if not ms:
            located = head or _headed_kata_place(u, parties, text)
            ms = [located] if located is not None else []
        if not ms and idx + 1 < len(units):
            # ■パラオ共和国 / 提携の名称 | 友好提携: an entry whose partner is the country itself (no place
            # below it names another party)
            inside = [p for p in parties if u.start <= p.start and p.end <= u.end]
            nxt = units[idx + 1]
            if len(inside) == 1 and inside[0].kind is PartyKind.COUNTRY and inside[0].country not in (None, "JP") \
                    and not re.sub(r"[\s■□●○◆◇・【】\[\]]", "", u.text.replace(inside[0].text, "")) \
                    and (" | " in nxt.text or _KEY_LINE.match(nxt.text)) \
                    and not any(nxt.start <= p.start < nxt.end and p.kind is not PartyKind.COUNTRY for p in parties) \
                    and not (idx + 2 < len(units) and units[idx + 2].is_row and any(
                        units[idx + 2].start <= p.start < units[idx + 2].end and p.kind is not PartyKind.COUNTRY for p in parties)):
                ms = inside  # (中華人民共和国 / 大学名 | 所在地 / 華東師範大学 | …: a country heading over a table of partners is no entry)
        if len(ms) != 1:
            return None
        # (アメリカ合衆国 カリフォルニア州 under リバーサイド市: a country with its state places the name too)
        places = [p for p in parties if u.start <= p.start and p.end <= u.end and p.kind in (PartyKind.COUNTRY, PartyKind.REGION)]
        bare = _cut_out(text, u.start, u.end, places)
        if (ms[0].kind is PartyKind.COUNTRY or ms[0].kind is PartyKind.REGION and (
                any(p.kind is PartyKind.COUNTRY for p in places) or ms[0].text.strip() != ms[0].name)) \
                and idx > 0 and not re.sub(r"[\s■□●○◆◇・【】\[\]]", "", bare):
            above = units[idx - 1]
            placed = [p for p in parties if above.start <= p.start and p.end <= above.end and p.kind is not PartyKind.COUNTRY]
            if len(above.text.strip()) <= 20 and len(placed) == 1 and placed[0].country in (None, ms[0].country):
                return None  # 浙江省 / 中華人民共和国 / 提携年月日:…: the country line under a card's name places it
        if re.match(r"\s+[^\s。、]{0,10}?(?:長|官|大使|領事|理事|社長|代表|委員|教授|参与|顧問|取締役|役員|会長)(?:[\s(（]|$)", text[ms[0].end : u.end]):
            return None  # 駐日フィンランド大使館 商務参事官: an attendee line, not the head of an entry
        for k, v in enumerate(units[idx + 1 : idx + 10]):
            if k >= 5 and not all(len(w.text.strip()) <= 20 for w in units[idx + 1 : idx + 1 + k]):
                break  # (所在地 / 台湾 宜蘭県 / 人口 / … / 提携年月日: a card of short key and value lines reaches further)
            lm = _ENTRY_LABEL.search(v.text)
            if lm and not re.match(r"\s*(?:から|より|以降|以後|まで|の翌日)", v.text[lm.end():]):  # not 契約締結日から…
                return Anchor(u, ms, [], [], [], entry_head=True)
            if k <= 2 and _PARTNER_INSTRUMENT_TAIL.search(u.text) and re.match(r"\s*(?:協定名|覚書名|名\s?称)", v.text):
                return Anchor(u, ms, [], [], [], entry_head=True)  # 1.株式会社Xとの協定 / 協定名 「…」: the entry's head
            # トカイ町(ハンガリー) then a paragraph: 「…平成3年9月28日に姉妹都市提携を結び…」
            # (3 斜里町(北海道): a partner at home placed in brackets heads its entry the same way)
            foreign = ms[0].country not in (None, "JP") or any(
                p.country not in (None, "JP") and u.start <= p.start < u.end for p in parties) or _placed_abroad_below(idx, units, parties, text) or (
                head is not None and ms[0].start == head.start and bool(_NUMBERED_ITEM.match(u.text)))
            dated_head = bool(re.search(r"[0-9０-９元]年|[0-9０-９]+月", u.text))
            if not dated_head and _DATED_TIE_LINE.match(v.text) and cue_mod.find_type_cues(v.text) and v.start - u.end < 40:
                return Anchor(u, ms, [], [], [], entry_head=True)  # ・北海道 上富良野町 / 2001年 友好町提携
            since = _EN_SINCE_TIE.search(v.text)
            line = u.text.strip()  # (Battle Creek, Michigan, USA / Chengde (China): an English head may place its city after it)
            bare_head = line == ms[0].text.strip() or (ms[0].text.isascii() and line.startswith(ms[0].text)
                                                        and _EN_PLACE_AFTER_NAME.fullmatch(line, len(ms[0].text)) is not None)
            if since and bare_head and (vcues := cue_mod.find_type_cues(v.text, v.start)) and v.start - u.end < 40:
                # Hokkaido University / Japan | Agreement type: Student Exchange MOU, since 2019: the entry's
                # second line types and dates the tie
                day = [d for d in self._dates if v.start + since.start() <= d.start < v.end and d.value and not d.inferred]
                kind = cue_mod.best_type(vcues)
                named = ms[0]
                where = glossary_mod.country_of_english_name(v.text.split("|")[0].strip()) if "|" in v.text else None
                if named.country is None and where is not None:
                    named = replace(named, country=where)  # (Japan | …: the line's country cell places the partner)
                return Anchor(u, [named], vcues, [], [(EventType.SIGNED, day[0], kind)] if day else [], entry_head=True)
            # (② カセサート大学(タイ) / 学生交流に関する覚書 / 2019年2月締結。: the instrument may have a line of its own)
            typed = bool(cue_mod.find_type_cues(v.text)) or (0 < k <= 2 and all(
                cue_mod.find_type_cues(w.text) and not re.search(r"[0-9０-９元]年", w.text) for w in units[idx + 1 : idx + 1 + k]))
            if foreign and not dated_head and not _REFERENCE.search(u.text) \
                    and v.start - u.end < 400 and typed and cue_mod.find_verb_cues(v.text) \
                    and re.search(r"[0-9０-９元]年|[0-9０-９]+月", v.text) and not any(
                        v.start <= p.start < v.end and p.country not in (None, "JP") and p.kind is not PartyKind.COUNTRY
                        for p in parties):  # (…ロシアの都市との姉妹提携: a country names no other partner)
                return Anchor(u, ms, [], [], [], entry_head=True)
            if v.is_heading and re.match(r"^\s*(?:\d|[一二三四五六七八九十]+\s|【\d)", v.text):
                break  # the next numbered entry: this one dates nothing
        return None

    def _anchor(
        self,
        u: Unit,
        text: str,
        parties: list[PartyMention],
        dates: list[DateMention],
        periods: list[PeriodMention],
        doc_date: str | None,
        section_type: cue_mod.TypeCue | None,
    ) -> Anchor | None:
        if _NON_ANCHOR_LABEL.match(_NUMBERING.sub("", u.text)) and not _RENEWAL_NOTE.match(_NUMBERING.sub("", u.text)):
            return None  # 立会人 : …, 協定締結の経緯 : …, 備考 : … (but 備考:2017年4月、2022年4月に更新 dates the entry's renewals)
        if _DRAFT_NAME.search(u.text) or (_DRAFT_NAME.search(text) and re.search(r"次のとおり[^。]{0,16}(?:締結|合意|確認|協定)する", u.text)):
            return None  # …協定書(案) and its 次のとおり協定を締結する: a draft put to the council, not concluded
        labelled = self._labelled_list(u, parties, text)
        if labelled is not None:
            return labelled
        if _REMARK.fullmatch(u.text) and not cue_mod.find_verb_cues(u.text):
            return None  # 「友好都市である大連市と、…うれしく思います。」: a mayor's remark, no tie of its own
        tcues = cue_mod.find_type_cues(u.text, u.start)
        # 〇〇市グランドラピッズ姉妹都市協会: a word inside an organisation's name is no cue
        org_spans = [(p.start, p.end) for p in parties if p.kind is PartyKind.ORGANIZATION and u.start <= p.start < u.end]
        tcues = [c for c in tcues if not any(s0 <= c.start and c.end <= e0 for s0, e0 in org_spans)]
        # (協定の内容) / ・協定期間: the generic word as a field label, not the instrument's name
        tcues = [c for c in tcues if not (c.priority <= 1 and re.match(
            r"(?:書)?の?(?:内容|概要|目的|期間|有効期間|名称|締結日|締結先|相手方?)\s*[)）】\]:：]", u.text[c.end - u.start : c.end - u.start + 10])
            and re.search(r"(?:^|[(（【\[・\s])$", u.text[: c.start - u.start]))]
        # …today signed a Memorandum of Understanding…, opening a new chapter in a sister-state relationship that
        # began…: in an English sentence the instrument signed is the object of the verb; the tie is told of
        signed = [c for c in tcues if _SIGNED_OBJECT.search(text, max(u.start, c.start - 40), c.start)]
        if signed:
            tcues = [c for c in tcues if c in signed or c.type is signed[0].type]
        ceremony_spans = [(m.start() + u.start, m.end() + u.start) for m in cue_mod.tables().ceremony_re.finditer(u.text)]
        # a verb inside a ceremony word (締結式) does not say the instrument was concluded
        verbs = [v for v in cue_mod.find_verb_cues(u.text, u.start) if not any(s <= v.start < e for s, e in ceremony_spans)]
        if u.is_row:  # 姉妹提携 in a table cell names the kind of tie (姉妹都市|提携 too); it reports no act
            verbs = [v for v in verbs if not any(c.start <= v.start and v.end <= c.end or v.start == c.end for c in tcues)]
        ceremony = bool(ceremony_spans)
        if not verbs and _DIGEST_DAY.match(u.text):
            # 5月12日 函館市と道南みらい信用金庫が包括連携協定(経済部): a digest's dated item, its verb left out
            verbs = [cue_mod.VerbCue(c.end, c.end, "", EventType.SIGNED) for c in tcues
                     if re.search(r"と[^、。]{1,30}(?:が|は)\s?$", u.text[: c.start - u.start])
                     and re.match(r"\s*(?:[(（\-－―ー]|$)", u.text[c.end - u.start :])][:1]
        label_signed = re.search(r"(?:締結|提携|調印|署名|協定締結)(?:日|年月日|年月\s*[:：]|年\s*[:：]|年月?\s+(?=[0-9０-９明大昭平令元]))"
                                 r"|(?:提携|協定|締結|調印)\s*[:：]\s*(?=[0-9０-９明大昭平令RHSrhs元])|"
                                 + _EN_STEP_LABEL + r"\s*(?=[0-9A-Z])", u.text)
        if label_signed is not None and re.match(r"(?i)\s*(?:established|founded)", label_signed.group()) \
                and _COMPANY_PROFILE.search(text[max(0, u.start - 200) : u.end + 200]):
            label_signed = None  # About X Inc. / Established: April 2018 / Business: …: when the company was founded
        if label_signed is None and _renewal_line(u.text) and _FIRST_STEP_LABEL.search(text[max(0, u.start - 120) : u.start]):
            label_signed = _RENEWAL_LABEL.search(u.text)  # 初回締結 :1991年10月 / 更新日 :2025年2月17日: the entry's renewal
        quoted_remarks = [(u.start + q.start(), u.start + q.end()) for q in _QUOTED_REMARK.finditer(u.text)]
        unit_parties = [p for p in parties if u.start <= p.start and p.end <= u.end and not _capital_as_venue(p, text)
                        and not _PART_OF_PLACE.match(text, p.end)  # (鳥取県中部定住自立圏形成協定: a part of the prefecture)
                        and not (any(q0 < p.start < q1 for q0, q1 in quoted_remarks)  # (「…台中市に取引先を得た…」と述べました)
                                 and not _TIE_BEFORE.search(text, max(0, p.start - 12), p.start))]  # (「…姉妹都市のビルボールド市に…」)
        if "合併" in u.text or "編入" in u.text:
            members = _merger_members(u)
            unit_parties = [p for p in unit_parties if not any(s <= p.start and p.end <= e for s, e in members)]
        home = self._home
        if home is not None and home.country == "JP" and ("合併" in text or "編入" in text):
            # 旧浦和市が姉妹都市提携を結び (…3市が合併してさいたま市が誕生): the issuer under its former name
            unit_parties = [PartyMention(p.start, p.end, p.text, home.name, home.kind, home.country, p.source)
                            if p.country in ("JP", None) and p.kind is PartyKind.MUNICIPALITY and text[p.start - 1 : p.start] == "旧"
                            and re.fullmatch(r"[一-龥ぁ-ゖ]+[市町村区]", p.name)
                            and not self.same_party(p.name, home.name) else p for p in unit_parties]
        titles = cue_mod.find_titles(u.text, u.start)
        if _COLLECTIVE.search(u.text) and unit_parties and all(
                any(t.start <= p.start and p.end <= t.end for t in titles) for p in unit_parties):
            return None  # 道内のすべての市町村及び消防の一部事務組合は、「北海道広域消防相互応援協定」により: no named signatory
        # (ウィニペグ市 | カナダ | 昭和45年6月 | 中学生派遣: a partner row's activity column reports no visit)
        background = bool(_BACKGROUND.search(u.text)) and not (u.is_row and u.start in self._partner_rows)
        # ○新潟県津南町との災害時相互応援協定(平成24年7月20日): a heading naming the partner and its instrument, dated in brackets
        dated_heading = _DATED_HEADING.search(u.text) if "。" not in u.text and len(u.text) <= 60 and not u.is_row else None
        has_verb = bool(verbs) or bool(label_signed) or dated_heading is not None
        has_date = any(d.start >= u.start and d.end <= u.end for d in dates) or bool(_TODAY.search(u.text))
        continuation = False
        list_row = False
        labels_only = bool(tcues) and all(any(p.start - c.end in (0, 1) for p in unit_parties) for c in tcues)
        if tcues and u.is_row and unit_parties and has_date and not verbs and not background and not label_signed \
                and not labels_only and not _CONTINUED.search(u.text):  # (5月30日 | 姉妹都市X市との交流に携わる団体との懇談会: a label, not a row of ties)
            list_row = True  # 中国 | 桂林市 | S54.10.1 | 友好都市
        elif tcues and u.is_item and "。" not in u.text and len(u.text) <= 60 and unit_parties and has_date \
                and not verbs and not background and not label_signed and not labels_only \
                and all(c.start > max(p.end for p in unit_parties) and c.priority >= 3 for c in tcues):
            list_row = True  # ・木浦市(大韓民国)  姉妹都市 昭和五十九年十月: a list item written with spaces, not cells
        elif tcues and not u.is_row and unit_parties and has_date and not verbs and not background and not label_signed \
                and all(c.start > unit_parties[0].end and c.priority >= 3 for c in tcues) and _dated_name_line(u, unit_parties[0], dates) \
                and all(p.kind is PartyKind.REGION for p in unit_parties[1:]):
            # Porto, Portugal – sister city since 1978: a partner and its tie's date, a line of a list (the province
            # in Fuzhou, Fujian Province, China – … places the city)
            list_row = True
            unit_parties = unit_parties[:1]
        if not tcues and section_type is None and u.is_row and u.start in self._partner_rows and unit_parties and has_date:
            # 連携先 | 国・地域 | 締結日 under a paragraph saying the city concludes 覚書(MOU) with them:
            # the rows are those instruments
            before = cue_mod.find_type_cues(text[max(0, u.start - 800) : u.start], max(0, u.start - 800))
            if before:
                section_type = before[-1]
        if not tcues:
            if section_type is not None and u.is_row and unit_parties and not verbs and not background \
                    and (has_date or u.start in self._partner_rows) \
                    and not (_DATE_FIRST_CELL.match(u.text) and u.start not in self._partner_rows):  # (協定校一覧: アルゼンチン | ラプラタ国立大学)
                # (平成4年 | 湘潭市友好代表団が来彦: a chronology's row is a step only when it says one)
                tcues = [_as_section(section_type)]  # a row of a list, typed by its section heading
                list_row = True
            elif section_type is not None and has_verb and unit_parties and has_date and not background:
                tcues = [_as_section(section_type)]
            elif section_type is not None and section_type.type in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY) \
                    and has_date and not verbs and not background and len(unit_parties) == 1 and _dated_name_line(u, unit_parties[0], dates):
                # 姉妹都市 / レイクランド市(アメリカ合衆国フロリダ州) 1982年 (Gimhae (Republic of Korea) - 2003): a list
                # under a tie heading, one partner and the year of its tie to a line
                tcues = [_as_section(section_type)]
                list_row = True
            elif section_type is not None and len(unit_parties) >= 2 and (_ENACTING.search(u.text) or (
                    section_type.type is AgreementType.JOINT_DECLARATION and (_DECLARING.match(u.text) or _DECLARES.search(u.text)))):
                # 甲と乙は、…次のとおり基本的な事項について合意する。 under the instrument's name: its own enacting clause
                tcues = [_as_section(section_type)]
                has_verb = True
            elif has_verb and has_date and (not unit_parties or label_signed or _EN_SIGNED_THE.search(u.text)) and not ceremony \
                    and not re.search(r"(?:^|。)\s*例\s*[:：]|略記|表記|凡例|の例$", u.text) and (
                label_signed or _bare_step(u, dates) or any(v.event is EventType.RENEWED for v in verbs)
                or _EN_SIGNED_THE.search(u.text)
            ):
                continuation = True  # 締結日: 2019年10月29日付で締結 — a step of the record it follows
                if section_type is not None:
                    tcues = [_as_section(section_type)]
            elif not ceremony:
                return None
        anniversary = bool(_ANNIVERSARY.search(u.text))
        plain = u.text
        for t in titles:  # 「…に向けた…に関する覚書」: words inside a title are not a plan
            plain = plain.replace(u.text[t.start - u.start : t.end - u.start], "")
        # (新十津川町との間の防災協定は、今後の検討課題とされています): an aside about another body's
        # instrument, in brackets, does not make the sentence's own conclusion a plan
        asides: list[tuple[int, int]] = []
        for b in re.finditer(r"[(（]([^()（）]{15,})[)）]", u.text):
            inside = [p for p in parties if u.start + b.start() <= p.start < u.start + b.end() and p.kind is not PartyKind.COUNTRY]
            if inside and cue_mod.is_negative(b.group(1)) and not any(q.name == p.name for p in inside for q in parties
                                                                    if u.start <= q.start < u.end and not u.start + b.start() <= q.start < u.start + b.end()):
                plain = plain.replace(b.group(), "")
                asides.append((u.start + b.start(), u.start + b.end()))
        if u.is_row and (summary := self._summary_columns.get(u.start)):
            # 森林資源の…協定 | … | 令和2年11月26日 | …エネルギーの導入検討…について、3者で協力します: a row dated in
            # a cell of its own; its summary cell tells what the parties will do, not that the row is only planned
            cells = u.text.split("|")
            kept = "|".join(c for i, c in enumerate(cells) if _column_of(u, sum(len(x) + 1 for x in cells[:i])) not in summary)
            if find_dates(kept):
                plain = kept
                for t in titles:
                    plain = plain.replace(u.text[t.start - u.start : t.end - u.start], "")
        # a plan or talks — unless the sentence itself reports a done conclusion
        # (…に向けた「意向書」に署名しました)
        done = re.search(r"(?:締結|調印|署名|提携|更新|交わ|結ん|結び)(?:し|いたし|させていただき)?(?:た|ました|まし)|(?:締結|調印|署名)(?:し|いたし)、"
                         r"|(?:提携|締結|調印)を?して以来|結んで以来|(?:提携|締結)して(?:おり|います)|を結んで(?:おり|います|いる)", plain)
        # a ceremony called off, or one the press is invited to (…締結式の取材について(ご案内)): not held yet
        called_off = self._called_off_page or bool(re.search(
            r"の(?:中止|延期)|(?:中止|延期)と(?:な|し)|【(?:中止|延期)】|(?:中止|延期)(?:いた)?します|(?:中止|延期)する|取材[^。]{0,8}?(?:案内|お願い|依頼)", plain))
        if self._called_off_page and not done:
            # 【延期】…締結式の延期について: nothing on the page was signed, unless a sentence says it was
            # (【追記】延期しておりました締結式は、…執り行われ、…「…覚書」に署名しました)
            return None
        if _ASKED.search(plain):
            return None  # 「…との姉妹提携はどうなるのか」というお問い合わせ: a question, not a statement
        if _CEREMONY_AHEAD.search(plain) and not done and not label_signed:
            return None  # …協定締結式を行います / 調印式を開催します: a ceremony still to be held
        if cue_mod.is_negative(plain) and not label_signed and not anniversary and not (ceremony and not called_off) \
                and not _activity_called_off_beside_tie(plain) and not (
                done and not re.search(r"予定|向けて協議|目指して|検討|ではあり|ではない|至っていない|(?:は|も)(?:ありません|ない|なく)|事実は|との(?:報道|記事|情報|うわさ|噂)|と報じ|と伝え(?:られ|て)|と(?:聞いて|伺って)",
                                       plain[max(0, done.start() - 12) : done.end() + 16])):
            # (締結した協定、覚書等はありません: what was concluded is denied; …協定を結んでいると聞いております,
            # 一部報道で…覚書を締結したと伝えられましたが, 「…協定を締結した」との記事が掲載されましたが: hearsay)
            return None  # a plan, talks, an intention
        whole_line = any(t.end - t.start >= 0.8 * len(u.text.strip(" 「」『』")) for t in titles)
        if u.is_row and titles and not whole_line:
            # 株式会社X (本社:…) | 災害時における…に関する協定 | 主な内容: a cell that is the instrument's name
            pos = u.start
            for cell in u.text.split("|"):
                c0, c1 = pos, pos + len(cell)
                core = cell.strip(" 「」『』")
                whole_line = whole_line or (bool(core) and any(c0 <= t.start and t.end <= c1 and t.end - t.start >= 0.8 * len(core)
                                                               for t in titles))
                pos = c1 + 1
        title_only = not has_verb and bool(unit_parties) and (any(t.source in ("label", "quoted") for t in titles) or whole_line)
        # ■小田原市×株式会社ミナト物産 包括連携協定: a heading that pairs two bodies with × and names the instrument
        crossed = len(unit_parties) >= 2 and "。" not in u.text and len(u.text) <= 50 and bool(tcues) and any(
            re.fullmatch(r"\s*[×✕xX＆&]\s*", text[p.end : q.start]) for p, q in zip(unit_parties, unit_parties[1:]))
        title_only = title_only or (not has_verb and crossed)
        # (姉妹提携を結んでいる韓国・慶尚南道と…大会を開催: the verb only qualifies the partner)
        relation = (not has_verb or bool(re.search(r"(?:を(?:結んで|締結して)(?:いる|おり|[0-9０-９一二三四五六七八九十]+(?:周)?年)|を(?:結んだ|締結した))[^。]{0,12}$",
                                                   u.text[: max((p.start - u.start for p in unit_parties), default=0)]))) \
            and _states_relation(u, tcues, unit_parties)
        if not (has_verb or title_only or list_row or ceremony or anniversary or relation):
            return None
        if u.is_row and u.start in self._partner_rows and tcues:
            list_row = True  # 令和3年10月28日(令和5年10月20日更新) in a partner row: the first date is the tie's start
        # events: each date with its verb (the first verb after it, else a label before it)
        local = _resolve_yearless(find_dates(u.text), u, dates, doc_date, text)
        local += [DateMention(d.start - u.start, d.end - u.start, d.text, d.value) for d in self._entry_years if u.start <= d.start < u.end]
        if u.is_row:
            local = _month_cell_after_year(local, u.text)
        in_periods = [(p.start - u.start, p.end - u.start) for p in periods if u.start <= p.start and p.end <= u.end and p.kind in ("range", "fiscal_year")]
        events: list[tuple[EventType, DateMention, AgreementType | None]] = []
        posted = self._posting_date(u, local)
        if posted is not None:
            local = [d for d in local if d is not posted]
        # a date told again in another time zone (…24日(ハワイ時間6月23日)) is no step of its own
        local = [d for d in local if not re.search(r"[(（](?:[^)）]{0,8}?[。、,])?\s*(?:日本時間|現地時間|日本では|JST|[ァ-ヺー]{2,8}時間)\s*[:：]?\s*$",
                                                   u.text[max(0, d.start - 12) : d.start])]
        shifted = [DateMention(d.start + u.start, d.end + u.start, d.text, d.value) for d in local if d.value]
        if list_row and u.is_row and not verbs and tcues and all(
                "。" in (cell := _cell_at(u, c.start - u.start)) and re.search(r"失効|満了|解消|終了|記念|周年|に基づ", cell) for c in tcues):
            # 令和4年 | 11月 | 木浦市との覚書が、有効期間の満了により失効。 / …提携を記念する書画が寄贈され / …協定に基づく
            # 会議: a chronology's sentence on an expiry, an anniversary or an activity under the tie; the tie is
            # there, but the row's date is not its conclusion
            local = []
        for d in local:
            if d.value is None:
                continue
            after = u.text[d.end :]
            # 平成30年から続く… / 平成30年から、…協定を結んでいて: the relationship began then
            since = re.match(r"\s*(?:から|より|以来)\s*(?:続|継続|の)", after) or (
                re.match(r"\s*(?:から|より)、", after) and not re.search(r"まで|~|までの", after[:60])
                and re.search(r"(?:結ん|締結し|提携し|交わし)(?:で|てい|てお)", after[:80])) or (
                re.search(r"(?<![A-Za-z])since\s$", u.text[max(0, d.start - 6) : d.start])) or (
                re.match(r"\s*(?:から|より)[^、。]{0,16}?(?:の)?関係に(?:あ|な)", after))  # 昭和54年から友好都市の関係にあります
            if any(s <= d.start and d.end <= e for s, e in in_periods) and not since:
                continue
            if re.match(r"\s*(?:以降|以後|から|より|まで|~)", u.text[d.end :]) and not since:
                continue  # the edge of a term, not a step
            if re.match(r"\s*(?:[(（][^)）]{0,6}[)）])?\s*(?:現在|時点)", u.text[d.end :]):
                continue  # 2026年4月1日現在、…と協定を締結しています: as of when, not a step
            if re.match(r"\s*(?:末日?|中)?(?:の|に|で)?(?:有効)?(?:期間|期限)?(?:の)?満了|\s*の期限", u.text[d.end :]) \
                    or _EXPIRED_ON.match(u.text, d.end):
                continue  # 2025年3月の期間満了を前に: when the term ends, not a step
            if is_dateline(text, u.start + d.start, u.start + d.end):
                continue  # TOKYO, March 17, 2025 — …: the release's own date
            if u.is_row and _POSTED_CELL.fullmatch(u.text[u.text.rfind("|", 0, d.start) + 1 :]) \
                    and _HEADLINE_CELL.search(u.text[: u.text.rfind("|", 0, d.start)]):
                continue  # ・…協定を締結しました(締結日:令和5年11月7日) | 2023.11.08: a news list's posting day, not a step
            if _ENDED_ON.match(u.text, d.end):
                continue  # 平成17年9月30日をもって解消: the day the tie ended (its term's end), not a step
            if re.match(r"\s*付け?[^、。]{0,16}?第\s*[0-9０-９一二三四五六七八九十百千]+\s*号|(?:法律|条例|政令|省令|府令|告示|規則|訓令)第\s*[0-9０-９一二三四五六七八九十百千]+\s*号", u.text[d.end :]):
                continue  # (平成20年12月26日付け総行応第39号総務事務次官通知, 昭和22年法律第67号): a notice or a law cited, not a step
            if doc_date and d.value[:4].isdigit() and int(d.value[:4]) > int(doc_date[:4]) + 1:
                continue  # 2050年カーボンニュートラルの実現に向けて…協定書を取り交わしました: a target year, not a step
            dm = DateMention(d.start + u.start, d.end + u.start, d.text, d.value, d.era, d.problem, d.inferred)
            column = _column_of(u, d.start) if u.is_row else None
            if column is not None and column in self._vote_columns.get(u.start, frozenset()):
                continue  # 相手方 | 議会の議決 | 協定締結日: the council's vote is no step of the agreement
            typ = self._verb_for(dm, verbs, label_signed, u, list_row, shifted)
            if typ is EventType.SIGNED and column is not None and column in self._renewal_columns.get(u.start, frozenset()):
                typ = EventType.RENEWED  # 締結日 | 変更日: the date under the header naming the later step
            if column is not None and column in self._signed_columns.get(u.start, frozenset()) \
                    and not any(v.start > dm.end and text[dm.end : v.start].count("|") == 0 for v in verbs):
                typ = EventType.SIGNED  # 当初の提携日 | 合併後の取扱い (…再調印): the date under the header naming the first step
            if since and tcues and typ is None:
                typ = EventType.SIGNED  # 1980年から続く…姉妹提携: the relationship began then
            if typ is None and dated_heading is not None and dated_heading.start("d") <= d.start:
                typ = EventType.SIGNED
            if typ is None and title_only and not u.is_row and re.fullmatch(r"\s*[・●○■◆\-]\s*", u.text[: d.start]) and titles \
                    and not re.search(r"を?(?:行う|行った|行いました|表明)", u.text):
                typ = EventType.SIGNED  # ・2021年4月 岩手県久慈市 「デマンド交通の導入に関する連携協定」: an item of concluded instruments
            if typ is None and ceremony:
                typ = EventType.SIGNED
            if typ is None:
                continue
            back = _counted_back(dm, verbs, u) if anniversary else None
            if back is not None:  # 2024年は、…提携を結んでから40周年: the tie was concluded forty years before
                events.append((EventType.SIGNED, back, _instrument_for(dm, verbs, tcues, shifted)))
                continue
            if anniversary and _ANNIVERSARY.search(_sentence_at(u.text, d.start)) and self._dates_anniversary(dm, verbs, u):
                continue  # 提携10周年 (the anniversary), not 平成26年に…提携を結んだ (the conclusion)
            events.append((typ, dm, _instrument_for(dm, verbs, tcues, shifted)))
        # 1972年(昭和47年) …姉妹都市提携(3月8日): the bracketed day refines the row's year
        events = [(t, next((x for x in shifted if x.start > dm.start and x.value and len(x.value) > len(dm.value)
                            and x.value.startswith(dm.value) and "\n" not in text[dm.end : x.start]
                            and "。" not in text[dm.end : x.start]), dm), inst)
                  if dm.value and len(dm.value) < 10 else (t, dm, inst) for t, dm, inst in events]
        if continuation:
            # a bare 締結日 line says when, not which instrument: a stale section
            # heading must not retype the record
            events = [(t, dm, None) for t, dm, _ in events]
        if not events and verbs and not local and not u.is_row:
            heading = _chronology_date_above(u, text, dates, doc_date) or _chronology_year_above(u, text, dates)
            month = re.match(r"\s*([0-9]{1,2})月(?![0-9０-９]|日)", u.text)
            if heading is not None and month is not None and heading.value and len(heading.value) == 4 and 1 <= int(month.group(1)) <= 12:
                # 1988年(昭和63年) / 12月 大韓民国仁川直轄市と姉妹都市提携: the entry's month under its year
                heading = DateMention(u.start + month.start(1), u.start + month.end(), month.group().strip(),
                                      f"{heading.value}-{int(month.group(1)):02d}", None, None, True)
            if heading is not None:  # 1971年(昭和46年)3月 / …と姉妹村の盟約を結ぶ。: the row's date heads it
                typ = verbs[0].event
                events.append((typ, heading, tcues[-1].type if tcues else None))
        unit_parties = self._filter_parties(unit_parties, text)
        unit_parties = [p for p in unit_parties if not any(a0 <= p.start < a1 for a0, a1 in asides)]  # (the aside's own bodies)
        if len(unit_parties) >= 2:
            # 津南町との協定を結んだ同年10月、…株式会社Xと「…協定」を結びました: the earlier tie only dates this one
            unit_parties = [p for p in unit_parties if not _TIE_AS_TIME.match(text, p.end)] or unit_parties
        # 「災害ボランティアセンターの設置及び運営に関する協定」: a body the instrument is about, not a signatory
        unit_parties = [p for p in unit_parties if not (
            p.kind is PartyKind.ORGANIZATION and any(t.start <= p.start and p.end <= t.end and (
                t.start < p.start or text[p.end : p.end + 1] == "の" or re.match(r"(?:に関する|に係る|についての|に関わる|のための)", text[p.end : p.end + 6]))
                for t in titles)
            and not re.match(r"\s?(?:と|との|及び|および|、|・|並びに)", text[p.end : p.end + 3]))]
        # 「長野県の教育の充実に向けた…協定」 on a page of 長野県教育委員会: the place the instrument is about opens
        # its name; its board, not the prefecture, signs
        unit_parties = [p for p in unit_parties if not (
            p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and text[p.end : p.end + 1] == "の"
            and any(t.start == p.start for t in titles) and text[p.start - 1 : p.start] in ("「", "『")
            and any(_body_of_place(q, p) for q in self._mentions))]
        if len(unit_parties) > 1:
            # Xとの覚書の終了及びYとの調印式の中止について: the clause that calls off its signing drops Y
            ordered = sorted(unit_parties, key=lambda p: p.start)
            called_off = set()
            for i, p in enumerate(ordered):
                stop = ordered[i + 1].start if i + 1 < len(ordered) else u.end
                clause = text[p.end : stop].split("。")[0]
                if re.search(r"の(?:中止|延期|見送り)|(?:中止|延期|見送り)と(?:な|し)|を(?:中止|延期|見送)", clause) \
                        and not re.search(r"及び|および|並びに|と(?:の)?(?:間|共同)", clause):
                    called_off.add(id(p))
            if called_off and len(called_off) < len(unit_parties):
                unit_parties = [p for p in unit_parties if id(p) not in called_off]
        if not unit_parties and has_date and (u.is_item or u.is_heading) and (tcues or section_type is not None or has_verb):
            located = _bracket_located(u, parties)
            if located is not None:
                unit_parties = [located]
                if not has_verb and not tcues and section_type is not None:
                    tcues = [_as_section(section_type)]
                list_row = list_row or not verbs
        if u.is_row and not unit_parties and has_date and (tcues or section_type is not None) and not background:
            cell = _first_name_cell(u, parties, self._skip_columns.get(u.start, frozenset()))
            if cell is not None:
                unit_parties = [cell]
                if not verbs and not label_signed:
                    list_row = True
                    if not tcues and section_type is not None:
                        tcues = [_as_section(section_type)]
        if u.is_row and unit_parties and has_date and (tcues or section_type is not None) \
                and all(p.kind is PartyKind.REGION and p.country not in (None, "JP") for p in unit_parties):
            # キャンモア町 | カナダ アルバータ州 | 姉妹都市: the town the gazetteers do not know, in the
            # row's first cell; the state in the next cell only says where it is
            cell = _first_name_cell(u, parties, self._skip_columns.get(u.start, frozenset()))
            if cell is not None and cell.end <= min(p.start for p in unit_parties) and re.search(r"(?:市|町|村|郡|区)$", cell.name) \
                    and u.text[: cell.start - u.start].strip(" |") == "":
                unit_parties = [PartyMention(cell.start, cell.end, cell.text, cell.name, PartyKind.MUNICIPALITY,
                                             cell.country or unit_parties[0].country, "table")]
        if u.is_row and (list_row or not verbs):
            unit_parties = _row_partner(u, unit_parties, [p for p in parties if u.start <= p.start and p.end <= u.end],
                                        self._where_columns.get(u.start, frozenset()), faculties_sign=self._faculties_sign)
        if not unit_parties and not events and not titles:
            return None  # nothing to attach: a general remark about MOUs
        foreign = [p for p in unit_parties if p.country != "JP" and p.kind is not PartyKind.COUNTRY]
        if len(foreign) >= 2 and len(foreign) == len(unit_parties) and not u.is_row \
                and any(re.match(r"\s*(?:は|が|では|も)[、,]?", text[p.end : p.end + 3]) for p in foreign[:1]):
            return None  # フォートワース市は、…レッジョ・エミリア市やバンドン市など…と姉妹都市: another body's ties
        return Anchor(u, unit_parties, tcues or [], verbs, events, ceremony=ceremony and not verbs, title_only=title_only,
                      background=background, continuation=continuation, relation=relation or list_row)

    def _bracket_notes(self, u: Unit, parties: list[PartyMention], text: str) -> list[Anchor]:
        """「アベイロ市(昭和53年姉妹都市提携)、武漢市(昭和54年友好都市提携)」: each partner
        with a bracketed note of its tie (a relationship word, maybe a date): one record each."""
        out: list[Anchor] = []
        domestic: list[Anchor] = []  # (the issuer is their subject: no other Japanese party is added)
        for p in parties:
            if not (u.start <= p.start and p.end <= u.end) or p.kind is PartyKind.COUNTRY:
                continue
            m = _NOTE.match(text, p.end)
            if m is None:
                continue
            s0, e0 = m.start("note"), m.end("note")
            if p.country == "JP":
                # これまでに宮崎市(平成28年)、日南市(令和2年)と同様の包括連携協定を締結しており: a bare year per
                # partner, the instrument and its conclusion after the list
                after = text[e0:u.end]
                if not _BARE_DATE_NOTE.fullmatch(m.group("note")):
                    continue
                # 同社が県と包括連携協定を結ぶのは、香川県(令和3年)、愛媛県(令和4年)に続き3県目: the subject's earlier
                # agreements of the same kind, each with the body named and its year
                following = re.match(r"[)）]\s?(?:[、,・][^。]{0,40}?)?に続(?:き|いて)", after)
                if not re.match(r"[)）]\s?(?:[、,・]|と|及び)", after) and not following:
                    continue
                tcs = cue_mod.find_type_cues(after, e0)
                verbs = cue_mod.find_verb_cues(after)
                subject = None
                if following and not tcs:
                    tcs, verbs = cue_mod.find_type_cues(text[u.start : p.start], u.start), cue_mod.find_verb_cues(text[u.start : p.start])
                    said = _SAME_ORG_SUBJECT.search(text, u.start, p.start)
                    subject = _same_org_referent(said, [q for q in parties if q.end <= u.start]) if said else None
                    if subject is None:
                        continue
                if not tcs or not any(v.event is EventType.SIGNED for v in verbs):
                    continue
                events = [(EventType.SIGNED, DateMention(d.start + s0, d.end + s0, d.text, d.value, d.era, d.problem, d.inferred), None)
                          for d in find_dates(text[s0:e0]) if d.value]
                domestic.append(Anchor(u, [p] + ([subject] if subject is not None else []), [max(tcs, key=lambda c: c.priority)], [],
                                       events[:1], relation=True, key_party=p))
                continue
            cues = [c for c in cue_mod.find_type_cues(text[s0:e0], s0) if c.priority >= 3]
            if not cues and re.fullmatch(r"\s*(?:昭和|平成|令和)?[0-9元]{1,4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?\s*(?:に)?(?:締結|提携|調印)\s*", m.group("note")):
                # 本県の海外友好提携先は、中国・山東省(1984年4月締結)、…: the sentence's one tie, dated per partner
                strong = [c for c in cue_mod.find_type_cues(u.text, u.start) if c.priority >= 3]
                cues = [_as_section(strong[0])] if strong and len({c.type for c in strong}) == 1 else []
            if not cues:
                continue
            events = [(EventType.SIGNED, DateMention(d.start + s0, d.end + s0, d.text, d.value, d.era, d.problem, d.inferred), cues[0].type)
                      for d in find_dates(text[s0:e0]) if d.value]
            if not events:
                # アメリカ合衆国ミシガン州(姉妹州):昭和43年(1968年)4月に姉妹提携: the date after the note
                le = text.find("\n", m.end())
                rest_s = m.end()
                rest = text[rest_s : len(text) if le < 0 else le]
                if re.match(r"\s*[:：]", rest) and re.search(r"提携|締結|調印|署名", rest):
                    events = [(EventType.SIGNED, DateMention(d.start + rest_s, d.end + rest_s, d.text, d.value, d.era, d.problem, d.inferred),
                               cues[0].type) for d in find_dates(rest) if d.value][:1]
            out.append(Anchor(u, [p], cues, [], events[:1], relation=True, key_party=p))
        return _with_japanese_subject(out, u, parties, text) + domestic

    def _municipality_led(self, u: Unit, parties: list[PartyMention], section: cue_mod.TypeCue | None) -> list[Anchor]:
        """Under a relationship heading (県内市町村の主な国際姉妹都市), an item that opens with a
        Japanese municipality and then names foreign places (・仙台市 リバーサイド市(米国)、
        レンヌ市(フランス)): that municipality's ties, one record each."""
        if section is None or section.priority < 3 or not re.match(r"\s*[・●■◆○\-*]", u.text) or "。" in u.text:
            return []
        inside = [p for p in parties if u.start <= p.start < u.end and p.kind is not PartyKind.COUNTRY]
        if len(inside) < 2 or inside[0].country != "JP" or inside[0].kind is not PartyKind.MUNICIPALITY:
            return []
        lead = inside[0]
        if u.text[: lead.start - u.start].strip(" ・●■◆○-*\u3000"):
            return []
        foreign = [p for p in inside[1:] if p.country not in (None, "JP") or (p.country is None and re.match(r"[ァ-ヺ]", p.name))]
        if not foreign or len(foreign) != len(inside) - 1:
            return []
        cue = _as_section(section)
        return [Anchor(u, [lead, p], [cue], [], [], relation=True, key_party=p) for p in foreign]

    def _schedule_day(self, idx: int, units: list[Unit], dates: list[DateMention]) -> DateMention | None:
        """The day line (1月23日(火)) a schedule's timed entry stands under, when no other kind of line
        comes between but the day's other timed entries; a day without its year takes the one the
        page's own date gives."""
        for u in reversed(units[max(0, idx - 12) : idx]):
            if _SCHEDULE_DAY.match(u.text):
                local = _resolve_yearless(find_dates(u.text), u, dates, self._doc_date, self._text)
                d = next((x for x in local if x.value and len(x.value) == 10), None)
                return None if d is None else DateMention(d.start + u.start, d.end + u.start, d.text, d.value, d.era, d.problem, d.inferred)
            if not _CLOCK_TIME.match(u.text) and not u.text.startswith((" ", "　")) and u.indent == 0:
                return None
        return None

    def _count_listed(self, idx: int, units: list[Unit], parties: list[PartyMention], n: int,
                      companies: bool = False) -> list[PartyMention]:
        """The local governments (or, for 4社, the companies) a table or list right below the unit names, one a
        row or item, when they are as many as the count the unit gives (or one fewer: the page's own body told
        apart); else none."""
        kind = PartyKind.ORGANIZATION if companies else PartyKind.MUNICIPALITY
        found: list[PartyMention] = []
        before = 0
        item_indent = 0
        for u in units[idx + 1 : idx + 1 + 2 * n + 6]:
            if u.is_row or u.is_item:
                body = next((p for p in parties if u.start <= p.start < u.end and p.kind is kind
                             and (p.country == "JP" or (companies and p.country is None))), None)
                if body is not None:
                    found.append(body)
                    item_indent = u.indent
                    continue
                if not found:
                    continue  # No. | 市町村 | 県: the header row
            if found and not u.is_row and not u.is_item and u.indent > item_indent:
                continue  # ・株式会社A(本社:富山市) / 　　太陽光発電所の開発: the item's own second line
            if found:
                break
            before += 1
            if before > 4 or cue_mod.find_type_cues(u.text) and "。" in u.text and any(u.start <= p.start < u.end for p in parties):
                return []  # (another agreement with another body told first: the list is not this one's)
        names = {p.name for p in found}
        home = self._home
        if len(names) == len(found) and (len(names) == n or (len(names) == n - 1 and home is not None
                                                            and not any(self.same_party(home.name, x) for x in names))):
            return found
        return []

    def _counted_lists(self, u: Unit, parties: list[PartyMention], text: str) -> list[Anchor]:
        """「…ハリファックス市、…ウラジオストク市の2市と姉妹都市、…天津市の1市と友好都市の関係にあります」:
        each counted list of partners holds the tie named after it, one record each."""
        out: list[Anchor] = []
        start = u.start
        for m in _COUNTED.finditer(u.text):
            ls, le = u.start + m.start("list"), u.start + m.end("list")
            ls = max(ls, start)
            named = [p for p in parties if ls <= p.start and p.end <= le and p.kind is not PartyKind.COUNTRY and p.country != "JP"]
            cues = [c for c in cue_mod.find_type_cues(u.text, u.start) if c.start >= le and c.priority >= 3][:1]
            n = to_int(m.group("n"))
            if not cues or not named or n is None or len(named) != n:
                start = u.start + m.end()
                continue
            out.extend(Anchor(u, [p], cues, [], [], relation=True, key_party=p) for p in named)
            start = u.start + m.end()
        return _with_japanese_subject(out, u, parties, text)

    def _english_tie_lists(self, u: Unit, parties: list[PartyMention]) -> list[Anchor]:
        """'Toyama City maintains sister city relationships with the City of Durham, North Carolina (U.S.A.)
        and Mogi das Cruzes (Brazil), and a friendship city relationship with Qinhuangdao (China).': each list
        after a tie word holds that tie with each foreign place it names; the sentence's subject is the other
        side. A sentence that dates or concludes a tie is read as such, not here."""
        m0 = _EN_SUBJECT_HAS.match(u.text)
        if m0 is None or cue_mod.find_verb_cues(u.text) or any(u.start <= d.start < u.end for d in self._dates):
            return []
        subject = next((p for p in parties if u.start + m0.start("s") <= p.start and p.end <= u.start + m0.end("s") and p.country == "JP"), None)
        if subject is None:
            return []
        out: list[Anchor] = []
        for m in _EN_TIES_WITH.finditer(u.text, m0.end()):
            ls, le = u.start + m.start("list"), u.start + m.end("list")
            cues = [c for c in cue_mod.find_type_cues(u.text[m.start() : m.start("list")], u.start + m.start()) if c.priority >= 3][:1]
            named = [p for p in parties if ls <= p.start and p.end <= le and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)
                     and p.country not in (None, "JP")]
            named = [p for p in named if not any(q is not p and q.start <= p.start and p.end <= q.end for q in named)]
            for b in _EN_PLACED_NAME.finditer(self._text, ls, le):  # Mogi das Cruzes (Brazil): a place its bracket places
                where = glossary_mod.country_of_english_name(b.group("c").strip())
                placing = any(re.fullmatch(r",\s?", self._text[p.end : b.start("n")]) for p in named)  # (City of Durham, North Carolina (U.S.A.))
                if where not in (None, "JP") and not placing and not any(p.start < b.end("n") and b.start("n") < p.end for p in named):
                    named.append(PartyMention(b.start("n"), b.end("n"), b.group("n"), b.group("n"), PartyKind.MUNICIPALITY, where, "pattern"))
            named.sort(key=lambda p: p.start)
            if cues and named:
                out.extend(Anchor(u, [subject, p], cues, [], [], relation=True, key_party=p) for p in named)
        return out

    def _labelled_list(self, u: Unit, parties: list[PartyMention], text: str) -> Anchor | None:
        """「姉妹都市:慶州市(大韓民国)、トレド市(スペイン)」: a relationship word as a label, then
        the partners it holds with; one undated record with each."""
        m = _LABELLED_LIST.match(u.text)
        if m is None or cue_mod.find_verb_cues(u.text):
            return None
        label_end = u.start + m.end("label")
        cues = [c for c in cue_mod.find_type_cues(u.text, u.start) if c.end <= label_end and c.priority >= 3]
        named = self._filter_parties([p for p in parties if label_end < p.start and p.end <= u.end], text)
        named = [p for p in named if p.kind is not PartyKind.COUNTRY]
        if not cues or not named:
            return None
        return Anchor(u, named, cues, [], [], relation=True, each=True)

    def _posting_date(self, u: Unit, local: list[DateMention]) -> DateMention | None:
        """In a news list (2025年3月14日 ○○と覚書を締結しました / 3月12日、市長が…署名), the
        date heading the line is when the item was posted; the next line dates the act."""
        if not local or local[0].start > 1 or local[0].value is None or local[0].value.count("-") < 2:
            return None
        nxt = self._text.find("\n", u.end)
        if nxt < 0:
            return None
        following = self._text[nxt + 1 : nxt + 40].lstrip()
        if re.match(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:\([^)]*\))?[、,に]", following):
            return local[0]
        return None

    @staticmethod
    def _dates_anniversary(d: DateMention, verbs: list[cue_mod.VerbCue], u: Unit) -> bool:
        """Whether the verb a date goes with names an anniversary (提携1周年)."""
        after = [v for v in verbs if v.start >= d.end]
        if not after:
            # …signed a Joint Declaration on the 40th Anniversary of … on October 3, 2022: English
            # puts the verb first; the date is the signing's
            return not any(v.end <= d.start and re.search(r"[A-Za-z]", u.text[v.start - u.start : v.end - u.start]) for v in verbs)
        tail = u.text[after[0].end - u.start : after[0].end - u.start + 12]
        return bool(re.match(r"(?:締結)?\s*(?:\d+|[一二三四五六七八九十]+)\s*周年", tail))

    @staticmethod
    def _verb_for(d: DateMention, verbs: list[cue_mod.VerbCue], label: re.Match[str] | None, u: Unit, list_row: bool,
                  others: list[DateMention]) -> EventType | None:
        """The step a date dates: the first verb after it with no other date in
        between (2018年に覚書を締結), else a 締結日 label before it, else a verb
        just before it (締結:2019年)."""
        if re.match(r"の(?!(?:[^、。]{0,4}?)(?:締結|調印|署名|提携|協定|覚書|宣言|合意|更新|再|改正|盟約|縁組))[一-龥ァ-ヺ]", u.text[d.end - u.start :]):
            return None  # 昭和34年の伊勢湾台風で…を縁として提携を結びました: the date names something else
        # …was signed on 2011/11/4 for a term of five years and has been extended…: an English verb just
        # before its date is that date's
        just_before = [v for v in verbs if v.end <= d.start and u.text[v.start - u.start : v.end - u.start].isascii()
                       and re.fullmatch(r"\s(?:on|in|at)\s(?:the\s)?", u.text[v.end - u.start : d.start - u.start])]
        if just_before:
            v = just_before[-1]
            if v.event is EventType.SIGNED and re.search(r"(?i)\b(?:renewed|revised|amended) (?:MOU|MoU|memorandum|agreement|declaration)\b",
                                                         u.text[: v.start - u.start]):
                return EventType.RENEWED  # The renewed MOU was signed on 14 May 2024
            return v.event
        ordered = sorted((o for o in others if o.start > d.start), key=lambda o: o.start)
        cur_end = d.end
        # 2019年3月及び2022年3月にそれぞれ自動更新: coordinated dates share the verb after the last
        # 那覇市が1981年に福州市と、浦添市が1988年に泉州市と、それぞれ…を締結: clauses sharing the verb too
        while ordered and (re.fullmatch(r"\s*(?:及び|および|、|,|と|並びに|又は)\s*", u.text[cur_end - u.start : ordered[0].start - u.start])
                           or (re.fullmatch(r"(?:に|には)?[^、。]{1,24}?とは?[、,][^、。]{1,24}?(?:が|は)\s*", u.text[cur_end - u.start : ordered[0].start - u.start])
                               and "それぞれ" in u.text[ordered[0].end - u.start :])
                           # 2022年6月に釜石市と「…協定」を、2023年9月に大槌町と「…協定」をそれぞれ締結: each clause its own pair
                           or (re.fullmatch(r"(?:に|には)[^、。]{1,24}?と[^、。]{1,80}?を[、,]\s*", u.text[cur_end - u.start : ordered[0].start - u.start])
                               and re.search(r"を\s?それぞれ", u.text[ordered[0].end - u.start :]))):
            cur_end = ordered.pop(0).end
        nxt = ordered[0].start if ordered else None
        # 提携日:2008年10月 再調印:2018年10月: a verb that labels the next date is that date's, not this one's
        after = [v for v in verbs if v.start >= cur_end and (nxt is None or v.start < nxt)
                 and not (nxt is not None and re.fullmatch(r"(?:日|年月日|年月|年)?\s*[:：]\s*", u.text[v.end - u.start : nxt - u.start]))]
        if after and _OTHER_EVENT.search(u.text[cur_end - u.start : after[0].start - u.start]):
            return None  # 平成18年3月に岩出山町が…合併して大崎市となったため、翌年…調印: the date is the merger's
        if after:
            return after[0].event
        # 締結:2019年 / 覚書締結【5月16日(火)・オリンピア市】: a verb just before, the date in a bracket after it
        before = [v for v in verbs if v.end <= d.start and re.fullmatch(r"(?:日|年月日)?\s*[:：]?\s*|(?:を)?(?:結ん|交わし|取り交わし|し)?[ただ]のは[、,]?\s*|\s*[【\[(（]\s*", u.text[v.end - u.start : d.start - u.start])]
        if nxt is not None:
            # 9月19日、平成30年9月に締結した「…覚書」を更新: the later date sits in a
            # relative clause; the main verb after it belongs to this date
            later = [v for v in verbs if v.start >= nxt]
            if len(later) >= 2 and _ADNOMINAL.match(u.text[later[0].end - u.start :]):
                main = next((v for v in later[1:] if not _ADNOMINAL.match(u.text[v.end - u.start :])), None)
                if main is not None:
                    return main.event
        if before:
            return before[-1].event  # 再調印:2018年10月: the nearer label wins over the line's first one
        if u.is_row:
            # 区分 | 締結日 columns: 新規締結 | 令和5年6月12日, 更新(初回締結 H30.9) | R5.9.1 — the status
            # cell just before the date's cell says which step the date is
            rel = d.start - u.start
            bar = u.text.rfind(" | ", 0, rel)
            if bar >= 0 and not u.text[bar + 3 : rel].strip():
                prev_bar = u.text.rfind(" | ", 0, bar)
                cell_start = prev_bar + 3 if prev_bar >= 0 else 0
                cell = u.text[cell_start:bar]
                lead = len(cell) - len(cell.lstrip())
                status = [v for v in verbs if cell_start + u.start <= v.start < bar + u.start]
                if status and len(cell.strip()) <= 20 and status[0].start - (cell_start + lead + u.start) <= 2:
                    return status[0].event
        if label is not None and label.start() + u.start < d.start:
            if re.search(r"再|更新", label.group()):
                return EventType.RENEWED
            return EventType.SIGNED
        latin = sum(ch.isascii() and ch.isalpha() for ch in u.text)
        if latin >= 0.5 * len(u.text):
            # an English sentence dates after its verb: "signed an MOU … on March 12, 2024"
            earlier = [v for v in verbs if v.end <= d.start]
            if earlier:
                return earlier[-1].event
        if list_row:
            return EventType.SIGNED
        return None

    def _filter_parties(self, ms: list[PartyMention], text: str) -> list[PartyMention]:
        out = []
        for i, m in enumerate(ms):
            ls, le = _line_at(text, m.start)
            if m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and not text[ls : m.start].strip(" |") and " | " in text[m.end : le] \
                    and re.match(r"(?![と・、])[^|\n]{2,40}?(?:協定書?|覚書|宣言|合意書|確認書)(?:\s*[(（][^)）|]{0,12}[)）])?\s*\|", text[m.end : m.end + 60]) \
                    and sum(1 for q in ms if text.find(" | ", m.end) < q.start < le) >= 2:
                continue  # 福井県北部三市町災害時相互応援協定 | 坂井市、あわら市、永平寺町 | …: the first cell names the instrument
            if m.kind is PartyKind.COUNTRY:
                # a country locates its cities; it signs only as 〜政府 (handled by patterns) — or when the
                # tie is with the country itself (パラオ共和国と友好提携を締結): no other foreign body beside it,
                # and a tie word right after
                alone = m.country not in (None, "JP") and not any(
                    q.kind is not PartyKind.COUNTRY and q.country not in ("JP",) for q in ms if q is not m)
                if not (alone and re.match(r"(?:と|との)(?:[^、。]{0,6}?)(?:友好|姉妹|親善)", text[m.end : m.end + 12])):
                    continue
            if _under_location_key(m, text):
                continue  # 蘇澳鎮(台湾) / 所在地 / 台湾 宜蘭県: where the partner is, not a party
            tail = text[m.end : m.end + 12]
            if re.match(r"のほか(?:に|にも)?[、,]|以外(?:に|にも)?[、,]", tail) and any(q.start > m.end for q in ms):
                continue  # 本県は遼寧省のほか、オレゴン州と…提携を結んでいます: besides A, the tie is with B
            if m.kind is not PartyKind.ORGANIZATION and re.match(
                    r"の[^、。と「」|]{0,10}?(?:商社|企業|会社|事業者|メーカー|卸売業者|輸入業者|小売業者)(?:と|との|2社|3社)", text[m.end : m.end + 16]):
                continue  # ホーチミン市の輸入商社との覚書: where the company the page goes on to name is, not a party
            if m.kind is PartyKind.REGION and re.match(r"の(?:都市|自治体|市町村|市町|町村)(?:と|との|が|は)", tail):
                continue  # 北米の都市と北海道の都市との姉妹都市提携: a kind of city, where it is, not a party
            if re.search(r"(?:式典|記念式|交流会|祝賀会|レセプション|展示会|写真展|展|大会|祭|まつり|フェア|公演|講演会|シンポジウム|セミナー|見本市)\s*[(（][^()（）]{0,12}$",
                         text[max(0, m.start - 24) : m.start]):
                continue  # 記念式典(秋田市), 写真展(甲府市・県立図書館): where an event was held, not a party
            if re.search(r"(?:港|空港)$", m.name) and re.match(r"を結ぶ|間の(?:航路|定期|コンテナ|フェリー)|との間の(?:航路|定期)", tail):
                continue  # 伏木富山港とウラジオストク港を結ぶ航路: the ends of a route, not a partner
            if re.match(r"を通じ(?:て|た)|を介し(?:て|た)|の仲介|の紹介で", tail):
                continue  # …の締結について、在福岡総領事館を通じて情報収集: an intermediary, not a signatory
            if re.match(r"(?:と|が|を)(?:の)?(?:調整|共催|共同主催|主催|後援|意見交換|懇談|会談|面談|視察|表敬)", tail):
                continue  # 記念事業は…X協会と調整を進めております: an organiser of an activity, not a signatory
            if re.match(r"が[^、。]{0,16}?(?:で)?(?:開いた|開催した|主催した|開く|開催する|主催する)", text[m.end : m.end + 24]):
                continue  # 調印式は、鹿児島県がドバイで開いた商談会に合わせて…: the organiser of the occasion
            if m.kind is not PartyKind.ORGANIZATION and re.match(
                    r"(?:が|の)(?:全額)?(?:出資|運営|設立|設置|所管|管轄|所有)(?:する|した|している|していた)[^、。]{1,30}?(?:会社|機関|団体|法人|組織|公社|財団|クラスター|[「『])",
                    text[m.end : m.end + 44]):
                continue  # ヘルシンキ市が出資する…会社「ヘルシンキ・パートナーズ」: the owner, not a signatory
            if m.kind is not PartyKind.ORGANIZATION and m.country != "JP":
                loc = re.match(r"の[^、。と「」『』]{0,30}?[「『]", text[m.end : m.end + 34])
                if loc and any(q.start == m.end + loc.end() and q.kind is PartyKind.ORGANIZATION for q in ms):
                    continue  # イル=ド=フランス地域圏の…競争力クラスター「メディセン・パリ・リージョン」: where the partner is
            if _OFFICE_AFTER.match(tail) and not _RELATION_LABEL_BEFORE.search(text[max(0, m.start - 8) : m.start]) \
                    and not (m.kind is not PartyKind.ORGANIZATION and _HEAD_SIGNS.match(text, m.end) and (
                        (m.country not in (None, "JP") and m.kind is PartyKind.REGION and re.match(r"首相|省長", tail))
                        or (m.country == "JP" and m.source == "gazetteer" and _named_as_body(m, self._mentions, text)
                            and (re.match(r"長(?:様|さん|氏)?と(?:私|わたし)", text[m.end : m.end + 8])
                                 or any(q is not m and q.country == "JP" and text[q.end : q.end + 1] == "長" for q in ms))
                            and not re.search(r"(?:管理者|組合長|理事長|会長|代表者?)(?:である|の|を務める)$", text[max(0, m.start - 10) : m.start])))):
                # (姉妹都市トゥール市副市長一行: the label still names the tie; 知事とガリシア州首相が…に署名,
                # 山形市長と仙台市長が協定書に署名: the head signs for the body)
                continue
            if re.search(r",\s(?:where|which|whose|in which|home to)\s[^,.。]*$", text[max(0, m.start - 40) : m.start]):
                continue  # Kagawa Prefecture, where Takamatsu is the capital, has…: a relative clause
            if m.kind in (PartyKind.REGION, PartyKind.MUNICIPALITY) and m.country == "JP" \
                    and re.match(r"[一-龥]{1,6}(?:地方|地域|方面)(?:へ|に|で|から|を)", tail):
                continue  # 免田から北海道十勝地方へ入植した: where people went, the place a part of it names
            if m.kind is PartyKind.REGION and re.match(r"の(?:州都|省都|首都|県都|道都|区都|中心都市|最大都市)", tail):
                continue  # ブリティッシュコロンビア州の州都ビクトリア市: the state locates the city
            if re.search(r"(?:港|空港)$", m.name) and re.match(r"(?:[やと、・][^、。]{1,12}?)*(?:など|等)?(?:の[^、。]{0,16}?)?を(?:運営|管理|所有|保有)(?:する|している)", text[m.end : m.end + 40]) \
                    and any(q.start > m.end and q.kind is PartyKind.ORGANIZATION and not re.search(r"(?:港|空港)$", q.name) for q in ms):
                continue  # 高雄港や基隆港などの…国際港を運営する台湾港務公司, 広州港を管理する広州港務局: the ports the partner runs
            if m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and re.match(r"を(?:取り)?(?:囲む|巡る)|を含む|に(?:隣接|接)する|の(?:周辺|近郊)に(?:ある|広がる)", tail) \
                    and any(q.start > m.end and q.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) for q in ms):
                continue  # アスタナ市を取り囲むアクモラ州, ウィリアムズ市を含むコルサ郡: the city places the province or county
            if m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and re.match(r"(?:内)?の[^、。「」]{1,16}?(?:で|が)(?:組織|構成)(?:する|される|している)", tail) \
                    and any((q.start > m.end or q.name.startswith(m.name)) and q.kind is PartyKind.ORGANIZATION for q in ms):
                # (高雄市農会は、高雄市内の農業者で組織する農業団体: the body named for the place, told before)
                continue  # コルサ郡の稲作農家で組織するコルサ郡稲作研究協会: where the body's members are, not a party
            if m.kind is PartyKind.REGION and re.match(r"の(?:[東西南北]{1,2}|中|中央|中西|中東)部(?:に(?:ある|位置する)|、|の)", tail) \
                    and any(q.start > m.end and q.kind is PartyKind.MUNICIPALITY for q in ms):
                continue  # 広島県の東部にある神石高原町, 宮崎県の中部、…高鍋町: the prefecture locates the town
            if m.kind is PartyKind.REGION and i + 1 < len(ms) and ms[i + 1].kind is PartyKind.MUNICIPALITY \
                    and re.fullmatch(r"の(?:姉妹|友好)(?:都市|提携都市|交流都市)(?:である|の)?", text[m.end : ms[i + 1].start]):
                continue  # テキサス州の姉妹都市タイラー市: the state locates the city that is the partner
            if re.search(r"[(（](?:管理者|代表者?|理事長|会長|社長|総長|学長|所長|院長|組合長)\s*[:：・]?[^()（）]{0,12}$", text[max(0, m.start - 24) : m.start]):
                continue  # 名古屋港管理組合(管理者:愛知県知事): who heads the body, not a party
            if _in_makeup_note(text, m.start, m.end):
                continue  # 南信州広域連合(長野県飯田市及び下伊那郡の14町村で構成): its members, not parties
            if _site_name(text, m):
                continue  # 川崎市:… / … | 横浜商工会議所 on the title line: the site, not a signatory
            if re.search(r"[【\[(（][^【\[\]】()（）\n]{0,16}(?:日|[)）])\s*[・、,]\s*$", text[max(0, m.start - 24) : m.start]) \
                    and text[m.end : m.end + 1] in ("】", "]", ")", "）"):
                continue  # …覚書締結【5月16日(火)・オリンピア市】, a caption's (2月22日、花蓮市): where and when, not who
            if _ADDRESS_NOTE.search(text[max(0, m.start - 30) : m.start]):
                continue  # 株式会社ローソン(本社・東京都品川区): where the partner sits, not a party
            if m.kind is not PartyKind.ORGANIZATION and re.match(r"内?の[^、。「」]{1,16}?(?:で|において)(?:行われ|開かれ|開催|実施|執り行)", tail + text[m.end + 12 : m.end + 30]):
                continue  # 締結式は札幌市の道総研本部で行われ: where, not who
            if re.search(r"(?:関係者|担当者|職員|代表団|訪問団|視察団|一行|皆様|各位)$", m.name):
                continue  # IIA関係者, 市訪問団: people, not a signatory body
            if _witness_at(text, ms, i):
                continue  # a witness (…観光協会が立会人として, A協会・B協会の会長らが立ち会い), not a signatory
            before = text[max(0, m.start - 1) : m.start]
            coordinated = before in ("と", "及", "び") or (before == "、" and any(q.end == m.start - 1 for q in ms))
            # (三島町交流センター「山びこ」において: a hall's nickname in quotes still leaves it the place)
            if _PLACE_AFTER.match(re.sub(r"^[「『][^」』「『]{1,16}[」』]", "", tail.lstrip("」』"))) and not coordinated \
                    and not re.search(r"同(?:市|州|省|県|町|村|区|地域|国|大学校?|社|行|機構|協会|病院|法人|公社|局|港)(?:と|との)", text[m.end : m.end + 60].split("。")[0]):
                continue  # 山形市において (where it was signed); but AとBにおいて names both, and Xにおいて、同市と… is the partner
            if tail.startswith("で") and re.search(r"(?:知事|市長|町長|村長|区長|首長|代表|会長|理事長|学長|両者|双方)(?:ら)?が[、,]?\s*$",
                                                   text[max(0, m.start - 30) : m.start]):
                continue  # 知事と道知事が春川市で協定書に再び調印: the signers named, then where they signed
            after = ms[i + 1] if i + 1 < len(ms) else None
            if re.fullmatch(r"[A-Za-z .,&'-]+", m.name) and after is not None and re.fullmatch(r"\s*[(（]", text[m.end : after.start]) \
                    and text[after.end : after.end + 1] in (")", "）"):
                continue  # Fukuoka City (福岡市): the Japanese name in brackets is the party
            prev = out[-1] if out else None
            if prev is not None and prev.kind is PartyKind.ORGANIZATION and m.kind is PartyKind.ORGANIZATION \
                    and re.fullmatch(r"\s?[(（](?:[^()（）]*[、,]\s?)?", text[prev.end : m.start]) \
                    and re.match(r"[^()（）]*(?:以下|略称|[、,]\s?[A-Z][A-Za-z&.]{1,9}\s?[)）])|の[^()（）、。]{1,20}[)）]", text[m.end : m.end + 60]):
                continue  # X股份有限公司(X公司、X Corporation Ltd.、以下「X」) / 台湾貿易センター(中華民国対外貿易発展協会、TAITRA): more names of the one before
            if prev is not None and prev.country == m.country == "JP" and m.kind is PartyKind.REGION \
                    and re.fullmatch(r"\s?[(（]", text[prev.end : m.start]) and re.match(r"[^()（）、。]{0,8}[)）]", text[m.end :]):
                continue  # 阿智村(長野県下伊那郡): where the town is, not a party
            if m.country == "JP" and m.kind in (PartyKind.REGION, PartyKind.MUNICIPALITY) \
                    and re.search(r"(?:支店|支社|本社|本店|事務所|営業所|支部|センター|ホテル)\s?[(（][^()（）、。]{0,6}$", text[max(0, m.start - 16) : m.start]) \
                    and re.match(r"[^()（）、。]{0,6}[)）]", text[m.end :]):
                continue  # バンコック銀行東京支店(東京都千代田区): where the branch is, not a party
            if prev is not None and _opens_note(text[prev.end : m.start]) and (
                    text[m.end : m.end + 1] in (")", "）") or re.match(r"[、,]\s?(?:略称|通称|英語名|英名|旧称|現)", text[m.end : m.end + 6])):
                continue  # 桂林市(広西チワン族自治区): a locating note; X公社(Y株式会社、略称Z): another name
            if i >= 2 and re.search(r"[はが]、[^。]*$", text[ms[0].end : m.start]) \
                    and re.match(r"[^。、]{0,30}?との間の[^。]{0,30}?(?:ため|よう|目的)", text[m.end : m.end + 70]):
                continue  # AとBは、C県とD道との間の交流を促進するため…: C and D are where, A and B sign
            if any(x is not m and y is not m and x.end < y.start and re.fullmatch(r"の(?:姉妹|友好)[^、。()（）]{0,8}?である(?:[^、。()（）]{0,14}の)?", text[x.end : y.start])
                   for x, y in zip(ms, ms[1:])):
                continue  # XはA市の姉妹都市であるB市との交流を応援する団体: the tie is A's and B's, not X's
            if after is not None and re.fullmatch(r"の[^、。()（）]{1,14}?である", text[m.end : after.start]) \
                    and not cue_mod.find_type_cues(text[m.end : after.start]):
                continue  # X省の水道事業体であるY公社: X describes where Y is; Y is the party
            if prev is not None and re.fullmatch(r"[A-Za-z][A-Za-z0-9 .,&'’\-]*", m.name) \
                    and re.fullmatch(r"\s?[(（]", text[prev.end : m.start]):
                continue  # ケニア中央医学研究所(Kenya Medical Research Institute): the English gloss of the party before
            glossed = bool(re.search(r"[A-Za-z.]\s?[(（]$", text[max(0, m.start - 3) : m.start]))  # Shaanxi Province (陝西省)
            if m.kind is PartyKind.REGION and not glossed and text[m.start - 1 : m.start] in ("(", "（") \
                    and text[m.end : m.end + 1] in (")", "）") and (len(ms) > 1 or re.search(r"[^\s|(（]$", text[max(0, m.start - 2) : m.start - 1])):
                continue  # アメリカ合衆国(コネチカット州): the state locates the city in the row
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and text[m.end : nxt.start] in ("である", "であり", "であり、"):
                continue  # …の貿易投資庁であるビジネス・フランス: the apposition names the party
            if nxt is not None and nxt.start - m.end <= 2 and _LOCATOR_AFTER.match(text[m.end : nxt.start]) and text[m.end : nxt.start] in ("の", "の「", "・", "", " ", "の『", "「") \
                    and not (m.country == "JP" and nxt.country not in (None, "JP")):  # (常陸太田市 豪州 | …: a row's cells, no locator)
                peers = text[m.end : nxt.start] == "・" and m.country == nxt.country == "JP" and (
                    nxt.kind is PartyKind.ORGANIZATION  # (高松市・四国電力株式会社)
                    or (m.kind is nxt.kind is PartyKind.MUNICIPALITY and not nxt.name.endswith("区")))  # (裾野市・長泉町・清水町)
                if m.kind is not PartyKind.ORGANIZATION and not peers:
                    # (高松市・四国電力株式会社・徳島文理大学: Japanese bodies listed with ・ are each a party)
                    continue
            # a name directly followed by another without a separator modifies it
            # (バイオクラスターマネジメントBioM: the party is BioM)
            if nxt is not None and 0 <= nxt.start - m.end <= 8 and not re.search(r"[ともはが、,及並・|()（）\s「」]|および|並びに", text[m.end : nxt.start]):
                if m.kind is PartyKind.ORGANIZATION and nxt.kind is PartyKind.ORGANIZATION:
                    continue
            if nxt is not None and _runs_the_next(m, nxt, text):
                continue
            out.append(m)
        return out

    # ----------------------------------------------------------------- decide
    def _group(self, anchors: list[Anchor], home: PartyMention | None, units: list[Unit], text: str) -> list[Draft]:
        drafts: list[Draft] = []
        order: list[tuple[int, Draft]] = []  # (position, draft) of each anchor, for zones

        def is_home(m: PartyMention) -> bool:
            if home is None:
                return False
            # (神戸市水道局 issuing: 署名者 神戸市水道事業管理者 names its city through the manager's title)
            return self.same_party(m.name, home.name) or _body_of_place(home, m)

        pending: list[Anchor] = []
        leads: list[Anchor] = []
        labelled = False  # a partner line (締結先 X) has been read
        for a in _split_each(anchors, self._text):
            partners = [m for m in a.parties if not is_home(m)]
            head = order[-1][1] if order else None
            if (head is not None and head.anchors and head.anchors[-1].entry_head and partners and not a.entry_head
                    and all(m.country == "JP" for m in partners) and a.unit.start - head.anchors[-1].unit.end < 400
                    and not any(self.same_party(m.name, c[0].name) for m in partners for d in drafts for c in d.party_mentions)):
                # 旧勝沼町が…提携を結び under the トカイ町 heading: the entry's own record
                a.parties = []
                head.anchors.append(a)
                order.append((a.unit.start, head))
                continue
            if not partners and not a.ceremony and not a.continuation and not a.signatory \
                    and not (_THIS_INSTRUMENT.match(a.unit.text) and order):
                partners = self._fallback_parties(a, text, home)
                a.parties.extend(partners)
            if not a.events and a.verbs and _LISTED_BELOW.search(a.unit.text) \
                    and all(re.match(r"\s*(?:は|が)", text[m.end : m.end + 2]) for m in partners):
                # …民間事業者3社と、それぞれ…協定を締結しました。/ 2024年8月30日、合同締結式を行い…署名しました。
                day = self._next_sentence_day(a, text)
                if day is not None:
                    a.events = [(a.verbs[-1].event, day, a.type_cues[-1].type if a.type_cues else None)]
            if a.events and _LISTED_BELOW.search(a.unit.text) and all(re.match(r"\s*(?:は|が)", text[m.end : m.end + 2]) for m in partners):
                leads.append(a)  # 前橋市は11月8日、次の3団体とそれぞれ協定を締結: dates the agreements listed below
                continue
            target: Draft | None = None
            keys = [a.key_party] if a.key_party is not None else partners
            abroad = [m for m in keys if m.country != "JP" and m.kind is not PartyKind.COUNTRY]
            if a.unit.is_row and abroad and len(abroad) < len(keys):
                keys = abroad  # 彦根市 | 湘潭市 under 彦根市 | アナーバー市 in a register: the row's foreign partner tells the tie
            matching = [d for d in drafts if any(self.same_party(m.name, p[0].name) for m in keys for p in d.party_mentions if not is_home(p[0]))]
            known = matching[0] if matching else None
            if len(matching) > 1 and order and any(d is order[-1][1] for d in matching) and order[-1][1].anchors[0].entry_head:
                known = order[-1][1]  # the partner's second entry (・仙台市 under 災害時相互応援協定): the one this line is in
            if known is not None and home is None and len(keys) >= 2 and a.events:
                # (a digest: 福岡市、ヘルシンキ市との覚書を更新 … 九州旅客鉄道と福岡市は同日、基本合意書を交わした)
                # one side in common and each with another the other lacks: two relationships
                new_side = [m for m in keys if not any(self.same_party(m.name, c[0].name) for c in known.party_mentions)]
                old_side = [c for c in known.party_mentions if not any(self.same_party(m.name, c[0].name) for m in keys)]
                if new_side and old_side:
                    known = None
            if known is not None and len(known.party_mentions) >= 3 and len(a.parties) >= 2 and a.events \
                    and len({id(c) for m in a.parties for c in known.party_mentions if self.same_party(m.name, c[0].name)}) < len(known.party_mentions) \
                    and all(any(self.same_party(m.name, c[0].name) for c in known.party_mentions) for m in a.parties) \
                    and not any(e[1].value and any(_compatible(e[1].value, e2[1].value or "") for b in known.anchors for e2 in b.events) for e in a.events) \
                    and not _COUNTED_SUBJECT.search(a.unit.text):  # (3者が協定書に署名: all of them, the issuer too)
                known = None  # 千葉市と千葉大学は、平成20年に…協定を締結し under a four-party agreement: two of them, their own tie
            # a visit or ceremony row naming one partner (often through a person's
            # title) that no record has yet, with no home mention: a step of the
            # record whose section it sits in
            lone_in_section = (
                known is None and len(partners) == 1 and len(a.parties) == 1 and a.background
                # 友好都市 南昌市人民政府…表敬訪問: the relationship word labels the partner: a tie of its own
                and not any(0 <= partners[0].start - c.end <= 1 for c in a.type_cues if c.priority >= 3)
                and not _dated_tie_before(a, partners[0])  # (…提携を結んだ米国…サンノゼ市から高校生が来岡: a tie of its own)
                and not a.relation  # 姉妹提携を結んでいる韓国・慶尚南道と…: a tie in force of its own
                and not cue_mod.find_titles(a.unit.text) and bool(order)
                and not re.search(re.escape(partners[0].text) + r"と[^。]{0,24}?(?:協定|覚書|宣言|提携|合意書)", a.unit.text)
                # 本町と花蓮市は、昭和57年…に姉妹都市を締結し: a joint subject that concluded
                and not (a.events and a.type_cues and re.search(r"(?:と|及び|および)" + re.escape(partners[0].text) + r"(?:は|が|の間|とは)", a.unit.text))
            )
            # 「…との友好都市提携調印式を行いました」 with no record yet: the ceremony is the conclusion
            ceremony_new = a.ceremony and partners and (not order or known is None) and bool(a.type_cues)
            if ceremony_new:
                a.ceremony = False
            # a signatory line under a described agreement belongs to it, even when it
            # writes the partner another way (Innovate UK for イノベートUK)
            signatory_of_current = a.signatory and known is None and bool(order)
            if signatory_of_current and partners and re.search(r"当事者|締結者|締結先", a.unit.text[:12]) \
                    and (cur := self._current(order, a)) is not None and cur.party_mentions \
                    and not any(self.same_party(m.name, c[0].name) for m in partners for c in cur.party_mentions) \
                    and (not any(self.same_party(m.name, c[0].name) for m in a.parties for c in cur.party_mentions)
                         or any(not is_home(c[0]) and not any(self.same_party(m.name, c[0].name) for m in a.parties) for c in cur.party_mentions)):
                # 当事者 A／B under 当事者 C／D; 締結者 鳥取県、鳥取大学 under 締結者 鳥取県、トラック協会: another entry's
                # parties (the issuer aside), another agreement
                signatory_of_current = False
            if signatory_of_current and partners and _is_partner_label(a):
                # 【協定2】 相手方 Y under 【協定1】 相手方 X: each partner line opens an agreement of its own
                # (also when the first line's partner was read as the record's, 久留米市消防本部 for 久留米広域消防本部)
                if labelled or any(b.signatory and _is_partner_label(b) and b.parties for d0 in drafts for b in d0.anchors):
                    signatory_of_current = False
                labelled = True
            if signatory_of_current:
                target = self._current(order, a)
                # (協定の当事者：目黒区、角田市 names every signatory: a body the record has not met yet joins it)
                # (the line names every party the record has met, and more; a line naming others opens its own record)
                every = bool(re.search(r"当事者|締結者", a.unit.text[:12])) and len(a.parties) >= 2 and target is not None and bool(target.party_mentions) \
                    and all(any(self.same_party(m.name, c[0].name) for m in a.parties) for c in target.party_mentions)
                a.parties = [m for m in a.parties if target is not None and (every or any(self.same_party(m.name, c[0].name) for c in target.party_mentions))]
                if target is not None:
                    target.anchors.append(a)
                    order.append((a.unit.start, target))
                    for m in a.parties if every else []:
                        if not any(self.same_party(m.name, c[0].name) for c in target.party_mentions):
                            target.party_mentions.append([m])
                continue
            if known is not None and self._other_japanese_side(a, known, is_home):
                known = None  # 平成30年に嘉義県と覚書を結んでいる長野県: the same partner's tie with another body
            if known is not None and a.verbs and a.type_cues and _own_relationship(a, text) \
                    and not any(_own_relationship(b, text) for b in known.anchors) \
                    and any(c.type in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY) or _KINSHIP_TIE.search(b.unit.text)
                            for b in known.anchors for c in b.type_cues):  # (LPガス供給協定 then 「災害時における…供給に関する協定」: one)
                known = None  # 姉妹都市の盟約 (兄弟町村盟約) … then 「災害時における相互応援に関する協定」: another relationship
            if known is not None and a.entry_head and _entry_names_own_instrument(a, text) \
                    and not any(_own_relationship(b, text) or _entry_names_own_instrument(b, text) for b in known.anchors if b.entry_head or b.type_cues):
                known = None  # ・仙台市 / 協定名：災害時における相互応援に関する協定, below its sister-city entry: another relationship
            if known is not None and a.events and a.type_cues and _tie_beside_instrument(a, known, text):
                known = None  # 「クリーンエネルギー分野における協力に関する覚書」 … 本県とハワイ州は昭和60年に姉妹州の提携を結んでおり
            if known is not None and a.events and len(partners) >= 2 and not any(v.event is EventType.RENEWED for v in a.verbs) \
                    and self._new_titled_instrument_with_more_parties(a, known, partners):
                known = None  # 本市とさつま町との間で「…定住自立圏形成協定」, then …及びさつま町との間で「北薩地域4市町…協定」
            if known is not None and a.events and a.parties and _told_apart(a, text) and not _told_apart_of(known, text):
                known = None  # 2019年4月に「農業振興に関する協定」を締結しており、… 今回の三者協定は、この協定とは別に: its own record
            if known is not None and a.events and _subject_instrument_after_tie(a, known, text):
                known = None  # ロトルア市 | 姉妹都市 | 1987年 … 両市長が「温泉観光地の持続可能な発展に関する覚書」を締結
            if known is not None and (_party_count(known) or 0) >= 3 and a.events and a.type_cues and a.verbs:
                # the parties before the step's verb (…を締結しており、今回はKDDIを加えて: a later clause)
                early = [q for q in a.parties if q.start < a.verbs[0].start] or a.parties
                if home is not None and re.match(r"\s*(?:本|当)?(?:市|町|村|県|府|都|道|区)と", a.unit.text) \
                        and not any(is_home(m) for m in early):
                    early = [home] + early  # 市と弘前大学は、平成17年に…協定を締結し: the issuer and one partner
                named = {c[0].name for c in known.party_mentions if any(self.same_party(m.name, c[0].name) for m in early)}
                named |= {m.name for m in early if is_home(m)}  # the issuer joins the record later
                distinct: list[PartyMention] = []
                for m in early:
                    if not any(self.same_party(m.name, q.name) for q in distinct):
                        distinct.append(m)
                if len(named) == 2 and len(distinct) == 2 and not _N_PARTIES.search(a.unit.text):
                    known = None  # 三豊市と香川大学は平成28年に包括連携協定を締結: two of three parties, their own earlier tie
                    a.parties = early
                    partners = [m for m in early if not is_home(m)]
                elif len(distinct) == 1 and not is_home(distinct[0]) and not _N_PARTIES.search(a.unit.text) \
                        and any(c.priority >= 3 for c in a.type_cues) \
                        and not any(c.priority >= 3 for b in known.anchors for c in b.type_cues):
                    known = None  # (three-party 覚書 …) ハイフォン市とは、平成26年4月に姉妹都市協定を締結: the issuer's own tie
            if known is not None and len(known.party_mentions) >= 3 and self._named_other_instrument(a, known) \
                    and 0 < sum(1 for c in known.party_mentions if any(self.same_party(m.name, c[0].name) for m in a.parties)) \
                    < len(known.party_mentions) - 1:
                known = None  # a three-party 協定, then 平成31年3月に北海道電力株式会社との間で「…覚書」を締結し: one partner's own
            # 署名式は…で行われ、区長と…省の副委員長、協会理事長とDIZA委員長がそれぞれ署名しました: a signing
            # that names no instrument, whose bodies the records above all have already, opens no record of its own
            # (市長、A社代表取締役、B社代表取締役が出席し、協定書に署名しました, undated, under A's and B's entries: both signings)
            told_above = (known is None and not a.type_cues or not a.events and a.type_cues and a.verbs
                          and any(b.entry_head for d in drafts for b in d.anchors)) \
                and len(partners) >= 2 and all(
                any(self.same_party(m.name, c[0].name) for d in drafts for c in d.party_mentions) for m in partners) \
                and not any(all(any(self.same_party(m.name, c[0].name) for c in d.party_mentions) for m in partners) for d in drafts)
            if told_above:
                continue
            if partners and not a.ceremony and not lone_in_section:
                target = known
                if target is None:
                    target = Draft(first=a.unit.start)
                    drafts.append(target)
                    if len(drafts) == 1 and pending:
                        # a summary sheet dates the signing (締結日 :) above the line
                        # that names the signatories: those steps belong to this record
                        for q in pending:
                            target.anchors.append(q)
                            order.append((q.unit.start, target))
                        pending.clear()
            else:
                if not a.parties and a.events and _UNNAMED_COUNTED_PARTNERS.search(a.unit.text) and not _LISTED_BELOW.search(a.unit.text):
                    continue  # 令和5年7月に、市内の太陽光発電事業者3社と…協定を締結: partners the page never names, no step of another
                target = self._current(order, a, text)
                if target is None:
                    if (a.continuation or a.ceremony or (a.events and a.type_cues and a.verbs and a.parties and all(is_home(m) for m in a.parties))) \
                            and not drafts:  # (6月12日、…の締結式が行われました。 / 協定を結んだのは、A、B… /
                        pending.append(a)  # 境港市は、令和6年2月19日、…とともに「…協定」を締結しました, the signatories listed below)
                    continue
                if lone_in_section or a.ceremony:
                    a.parties = []
                elif not a.parties and a.events and (_subject_instrument_after_tie(a, target, text) or _told_apart(a, text) or (
                        a.type_cues and _tie_beside_instrument(a, target, text)) or _own_beside_tie(a, target, text)):
                    # 両市長が「温泉観光地の…に関する覚書」を締結 under a sister city's entry, or 両市は平成元年に姉妹都市
                    # 提携を結んで以来 under a subject 覚書: its own record, same parties
                    target = Draft(first=a.unit.start, party_mentions=[list(c) for c in target.party_mentions])
                    drafts.append(target)
            target.anchors.append(a)
            for m in a.parties:
                for cluster in target.party_mentions:
                    if self.same_party(m.name, cluster[0].name):
                        cluster.append(m)
                        break
                else:
                    target.party_mentions.append([m])
            order.append((a.unit.start, target))
        for lead in leads:
            below = [d for d in drafts if d.first > lead.unit.start and not any(b.events for b in d.anchors)
                     and not any(lead.unit.start < o.unit.start < d.first for o in leads if o is not lead)]
            for d in below:
                d.anchors.append(Anchor(lead.unit, list(lead.parties), lead.type_cues, lead.verbs, lead.events))
                for m in lead.parties:  # the subject (前橋市は…) signed each of them
                    if not any(self.same_party(m.name, c[0].name) for c in d.party_mentions):
                        d.party_mentions.append([m])
        drafts = self._merge_successors(drafts, text, is_home)
        order = [(pos, d) for pos, d in order if d in drafts] + [
            (pos, keep) for pos, gone in order if gone not in drafts for keep in drafts if gone in keep.merged]
        drafts, order = self._split_by_entries(drafts, units, order, is_home, text)
        heads = self._entry_headings(units, drafts, order, is_home)
        order = self._follow_headings(drafts, order, heads) + heads
        # zones: each anchor owns text from its line start to the next anchor of another draft;
        # an earlier tie named in passing (…との覚書に続き2件目) owns only its own line
        passing = {a.unit.start for a in anchors if _PASSING.search(a.unit.text) or _EN_TIE_IN_FORCE.search(a.unit.text)}
        if len(drafts) > 1:  # a tie told only as background (…姉妹都市提携を結んでおり、以来…往来が続いています)
            passing |= {a.unit.start for d in drafts if all(x.background for x in d.anchors) for a in d.anchors}
        main_pos = [(pos, d) for pos, d in order if pos not in passing]
        for pos, d in order:
            if pos in passing and not any(p2 == pos and d2 is not d for p2, d2 in main_pos) \
                    and any(d2 is not d for _, d2 in main_pos):
                line_end = text.find("\n", pos)
                d.zone.append((text.rfind("\n", 0, pos) + 1, len(text) if line_end < 0 else line_end))
        order = main_pos if any(True for _ in main_pos) else order
        order.sort(key=lambda x: x[0])
        for i, (pos, d) in enumerate(order):
            start = text.rfind("\n", 0, pos) + 1
            if i == 0:
                start = 0
            end = len(text)
            for pos2, d2 in order[i + 1 :]:
                if d2 is not d:
                    end = text.rfind("\n", 0, pos2) + 1
                    break
            if end > start:
                d.zone.append((start, end))
        if len(drafts) > 1:
            _move_told_lines(drafts, text)
        return drafts

    def _new_titled_instrument_with_more_parties(self, a: Anchor, known: Draft, partners: list[PartyMention]) -> bool:
        """``a`` concludes an instrument named in quotes, unlike any ``known`` names, with two or more
        partners ``known`` does not have besides one it has: another agreement among more bodies."""
        mine = [t.text for t in cue_mod.find_titles(a.unit.text) if t.source == "quoted"]
        theirs = [t.text for b in known.anchors for t in cue_mod.find_titles(b.unit.text) if t.source == "quoted"]
        if not mine or not theirs or any(x in y or y in x for x in mine for y in theirs):
            return False
        new = [p for p in partners if not any(self.same_party(p.name, c[0].name) for c in known.party_mentions)]
        return len(new) >= 2 and len(new) < len(partners)  # (one new name may be the same body written another way)

    @staticmethod
    def _named_other_instrument(a: Anchor, known: Draft) -> bool:
        """``a`` names in quotes an instrument of another kind than any of ``known``'s (a three-party
        協定, then 平成31年3月に北海道電力株式会社との間で「…に関する覚書」を締結し): one partner's own
        earlier instrument, not a step of the three-party one."""
        quoted = [t for t in cue_mod.find_titles(a.unit.text) if t.source == "quoted"]
        if not quoted or not a.events:
            return False
        kinds = {cue_mod.best_type(b.type_cues) for b in known.anchors if b.type_cues}
        return bool(kinds) and all(t.type not in kinds for t in quoted)

    def _next_sentence_day(self, a: Anchor, text: str) -> DateMention | None:
        """The one full date of the sentence right after ``a`` when that sentence tells the
        signing (締結式, 署名, 調印) and names no other party, or of a 締結日 line right after it."""
        label = re.match(r"\s*((?:締結日|締結年月日|協定締結日)\s*[:：]?\s*[^\n。]{4,24})(?:\n|$)", text[a.unit.end :])
        if label is not None:
            # …次の事業者と…協定を締結しました。/ 締結日 令和6年7月1日 / ・株式会社A: the label line dates the lead
            s0 = a.unit.end + label.start(1)
            days = [d for d in self._dates if s0 <= d.start < s0 + len(label.group(1)) and d.value and len(d.value) == 10]
            return days[0] if len(days) == 1 else None
        nxt = re.match(r"\s*([^。\n]*。)", text[a.unit.end :])
        if nxt is None:
            return None
        s0 = a.unit.end + nxt.start(1)
        sent = nxt.group(1)
        if not re.search(r"締結式|調印式|署名式|署名し|調印し|取り交わし", sent):
            return None
        if any(s0 <= p.start < s0 + len(sent) and p.kind is not PartyKind.COUNTRY for p in self._mentions):
            return None
        days = [d for d in self._dates if s0 <= d.start < s0 + len(sent) and d.value and len(d.value) == 10 and not d.inferred]
        return days[0] if len(days) == 1 else None

    def _heading_partner(self, u: Unit, is_home: Callable[[PartyMention], bool], *, strict: bool = False) -> PartyMention | None:
        """The one partner a heading line names and nothing else (◆その2 特定非営利活動法人…,
        ■ 吉林大学(中華人民共和国 吉林省長春市): its place in brackets only locates it)."""
        line = u.text.strip()
        tail = _PARTNER_INSTRUMENT_TAIL.search(u.text)  # 2　新潟県倉庫協会との協定: the partner's section
        if u.is_row or "。" in line or len(line) > 40 or not (u.is_heading or _ENTRY_MARK.match(line)) \
                or (cue_mod.find_type_cues(line) and tail is None):
            return None
        body = re.sub(r"[(（][^()（）]*[)）]", lambda m: " " * len(m.group()), u.text)  # bracketed notes only locate
        if tail is not None:
            body = body[: tail.start()] + " " * (len(body) - tail.start())
        ms = [m for m in self._mentions if u.start <= m.start < u.end and not is_home(m) and m.kind is not PartyKind.COUNTRY
              and body[m.start - u.start] != " "]
        if len({m.name for m in ms}) != 1:
            return None
        rest = body
        for m in sorted(ms, key=lambda m: -m.start):
            rest = rest[: m.start - u.start] + rest[m.end - u.start :]
        if len(re.sub(r"[\s◆◇■□●○▼▽★☆【】\[\]()（）0-9.・:：-]|その|[一二三四五六七八九十]", "", rest)) > (1 if strict else 4):
            return None  # (2)場所 大連外国語大学…; strictly, also ■ハイフォン市との関係: a line about something else
        return ms[0]

    def _entry_headings(self, units: list[Unit], drafts: list[Draft], order: list[tuple[int, Draft]],
                        is_home: Callable[[PartyMention], bool]) -> list[tuple[int, Draft]]:
        """Heading lines that name one record's partner and nothing else (◆その2 特定非営利活動法人…
        under 「…の3団体と、それぞれ覚書を締結」): each opens that record's part of the page, so
        the 名称, 期間 and items below it are its own."""
        if len(drafts) < 2:
            return []
        taken = {pos for pos, _ in order}
        out: list[tuple[int, Draft]] = []
        for u in units:
            m = self._heading_partner(u, is_home) if u.start not in taken else None
            if m is None:
                continue
            owners = [d for d in drafts if any(self.same_party(m.name, c[0].name) for c in d.party_mentions)]
            if len(owners) == 1 and any(a.unit.start < u.start for a in owners[0].anchors):
                out.append((u.start, owners[0]))
        return out

    @staticmethod
    def _follow_headings(drafts: list[Draft], order: list[tuple[int, Draft]], heads: list[tuple[int, Draft]]) -> list[tuple[int, Draft]]:
        """A partyless step (（3）締結日 令和6年9月2日) whose nearest heading or named anchor above is
        another record's partner heading (2　新潟県倉庫協会との協定) is that record's step: grouping read
        it as the latest record's before the headings were known."""
        if not heads:
            return order
        marks = sorted([(a.unit.start, d, False) for d in drafts for a in d.anchors if a.parties]
                       + [(pos, h, True) for pos, h in heads], key=lambda x: x[0])
        for d in drafts:
            for a in list(d.anchors):
                if a.parties or len(d.anchors) < 2:
                    continue
                above = [(h, is_head) for pos, h, is_head in marks if pos < a.unit.start]
                if not above or not above[-1][1] or above[-1][0] is d:
                    continue
                h = above[-1][0]
                d.anchors.remove(a)
                h.anchors.append(a)
                h.anchors.sort(key=lambda x: x.unit.start)
                order = [(pos, h if (pos == a.unit.start and dd is d) else dd) for pos, dd in order]
        return order

    def _split_by_entries(self, drafts: list[Draft], units: list[Unit], order: list[tuple[int, Draft]],
                          is_home: Callable[[PartyMention], bool], text: str) -> tuple[list[Draft], list[tuple[int, Draft]]]:
        """A lead naming several partners of one kind of instrument (吉林大学及び江原大学校との大学間交流協定を
        更新しました) over an entry per partner (■ 吉林大学 … / ■ 江原大学校 …): one record per partner,
        each with the lead and its own entry; a partner named only after the entries begin (■ その他 …
        コンケン大学との協定は…) is a record of its own from its line."""
        if not any(sum(1 for c in d.party_mentions if not is_home(c[0])) >= 2 for d in drafts):
            return drafts, order  # no record names several partners: nothing to split, no headings to read
        heads = [(u.start, m) for u in units if (m := self._heading_partner(u, is_home, strict=True)) is not None]
        if len(heads) < 2:
            return drafts, order
        out_drafts: list[Draft] = []
        out_order = list(order)
        for d in drafts:
            partners = [c for c in d.party_mentions if not is_home(c[0])]
            if len(partners) < 2 or any(len({m.start for m in c}) > 12 for c in partners):
                out_drafts.append(d)
                continue
            starts: dict[int, int] = {}
            for pos, m in heads:
                for i, c in enumerate(partners):
                    if pos > d.first and i not in starts and self.same_party(m.name, c[0].name):
                        starts[i] = pos
            if len(starts) < 2:
                out_drafts.append(d)
                continue
            first_head = min(starts.values())
            for i, c in enumerate(partners):
                if i not in starts and all(m.start > first_head for m in c):
                    starts[i] = text.rfind("\n", 0, min(m.start for m in c)) + 1
            if len(starts) != len(partners):
                out_drafts.append(d)
                continue
            homes = [c for c in d.party_mentions if is_home(c[0])]
            bounds = sorted((pos, i) for i, pos in starts.items())
            lead = [a for a in d.anchors if a.unit.start < first_head]
            if any(_N_PARTIES.search(a.unit.text) for a in lead):
                out_drafts.append(d)  # 三者で覚書を締結: one instrument the partners all signed
                continue
            pieces: list[tuple[int, int, Draft]] = []
            for k, (pos, i) in enumerate(bounds):
                end = bounds[k + 1][0] if k + 1 < len(bounds) else len(text)
                own = [a for a in d.anchors if pos <= a.unit.start < end]
                piece = Draft(anchors=lead + own, party_mentions=[list(h) for h in homes] + [list(partners[i])], first=d.first)
                pieces.append((pos, end, piece))
                out_drafts.append(piece)
            new_order: list[tuple[int, Draft]] = []
            for pos, dd in out_order:
                if dd is not d:
                    new_order.append((pos, dd))
                elif pos < first_head:
                    new_order.append((pos, pieces[0][2]))
                else:
                    new_order.extend((pos, p) for s0, e0, p in pieces if s0 <= pos < e0)
            new_order.extend((s0, p) for s0, _, p in pieces)
            out_order = new_order
        return out_drafts, out_order

    def _other_japanese_side(self, a: Anchor, known: Draft, is_home: Callable[[PartyMention], bool]) -> bool:
        """The step names a Japanese body that is not the issuer and not in the record, and
        none of the record's Japanese bodies: another body's agreement with that partner."""
        jp_known = [c[0] for c in known.party_mentions if c[0].country == "JP"]
        jp_new = [m for m in a.parties if m.country == "JP" and m.kind is not PartyKind.COUNTRY and not is_home(m)
                  and not any(self.same_party(m.name, k.name) for k in jp_known)]
        if not jp_new:
            return False
        # a Japanese body of the record that this step leaves out (葛巻町 when 同社は…大館市とも…)
        left_out = [k for k in jp_known if not any(self.same_party(m.name, k.name) for m in a.parties)]
        if left_out:
            return True
        # 敦賀市と水戸市は…姉妹都市提携を結んでいました: two other bodies, the subject of the step, the issuer not among them
        pair = re.match(r"[^、。]{0,30}?と[^、。]{0,30}?(?:は|が)[、,]?", a.unit.text)
        # (a domestic tie only: a foreign partner's own page tells its Japanese twin towns' ties as news)
        return pair is not None and a.events != [] and not any(is_home(m) for m in a.parties) \
            and all(c[0].country == "JP" for c in known.party_mentions) \
            and not re.search(r"(?:本|当)(?:市|町|村|県|区|府|都|道)", a.unit.text) \
            and sum(1 for m in a.parties if a.unit.start + pair.start() <= m.start < a.unit.start + pair.end()
                    and m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)) == 2

    def _merge_successors(self, drafts: list[Draft], text: str, is_home: Callable[[PartyMention], bool]) -> list[Draft]:
        """A partner that merged into another (ジリンガム市は…統合され…メドウェイ市が発足) is one
        relationship with its successor: its record folds into the successor's, and its
        name becomes the successor's alias."""
        for m in _MERGER.finditer(text):
            span = (m.start(), m.end())

            def partner_in(d: Draft) -> PartyMention | None:
                for c in d.party_mentions:
                    if is_home(c[0]):
                        continue
                    for x in c:
                        if span[0] <= self._first_pos(text, x.name, span) < span[1]:
                            return c[0]
                return None

            inside = [(d, partner_in(d)) for d in drafts]
            inside = [(d, p, text.find(p.name, span[0])) for d, p in inside if p is not None]
            if len(inside) < 2:
                continue
            inside.sort(key=lambda x: x[2])
            (old, old_p, _), (new, new_p, _) = inside[0], inside[-1]
            if old is new:
                continue
            new.anchors.extend(old.anchors)
            for c in old.party_mentions:
                if self.same_party(c[0].name, old_p.name):
                    # the predecessor is an alias of the successor
                    for cluster in new.party_mentions:
                        if self.same_party(cluster[0].name, new_p.name):
                            cluster.extend(PartyMention(x.start, x.end, x.text, x.name, x.kind, new_p.country, "merged") for x in c)
                    continue
                if not any(self.same_party(c[0].name, c2[0].name) for c2 in new.party_mentions):
                    new.party_mentions.append(c)
            new.merged.append(old)
            drafts = [d for d in drafts if d is not old]
        return drafts

    @staticmethod
    def _first_pos(text: str, name: str, span: tuple[int, int]) -> int:
        i = text.find(name, span[0], span[1])
        return i if i >= 0 else -1

    @staticmethod
    def _current(order: list[tuple[int, Draft]], a: Anchor, text: str = "") -> Draft | None:
        """The record a partyless anchor belongs to: the one whose instrument the summary
        above it names (名称:…), else the latest one before it whose instrument type
        matches, else simply the latest one before it."""
        before = [d for pos, d in order if pos <= a.unit.start]
        if not before:
            return None
        drafts = list({id(d): d for d in before}.values())  # (order lists a draft once per anchor)
        want = cue_mod.best_type([c for c in a.type_cues if c.rule_id != "section"])
        if want is not None and a.events:
            # ・新潟市との主な交流:友好都市提携(昭和54年) in a note below: the tie of that kind told with that date,
            # not the later 覚書 whose sentence only called the partner 友好都市
            agree = [d for d in drafts if want in {cue_mod.best_type(x.type_cues) for x in d.anchors} and any(
                e[0] is e2[0] is EventType.SIGNED and e[1].value and e2[1].value and _compatible(e[1].value, e2[1].value)
                for e in a.events for x in d.anchors for e2 in x.events)]
            if len(agree) == 1:
                return agree[0]
        if a.continuation and text:
            # ■協定の概要 / 名称:ゆずを核とした…連携協定 / 締結日:…: the record telling that instrument,
            # not a background 覚書 told last
            named = re.search(r"(?:^|\n)\s*(?:名\s*称|協定名|覚書名)\s*[:：]\s*[「『]?([^\n」』]{4,80}?)[」』]?\s*\n(?:[^\n]*\n){0,2}[^\n]*$",
                              text[max(0, a.unit.start - 300) : a.unit.start])
            if named:
                told = [d for d in drafts if any(named.group(1) in x.unit.text for x in d.anchors)]
                if len(told) == 1:
                    return told[0]
        titles = cue_mod.find_titles(a.unit.text) if not a.parties else []
        core = _TITLE_GENERIC.sub("", titles[0].text) if titles else ""
        if len(core) >= 3 and not re.search(r"姉妹|友好|親善|提携|交流|都市", core):
            # また、平成25年10月21日には、「災害時における相互応援に関する協定」を締結: the record whose step
            # named that subject (鶴ヶ島市と災害時相互応援協定を締結), not the one told last
            keys = {core[i : i + 3] for i in range(len(core) - 2)}
            told = [d for d in drafts if any(k in x.unit.text for x in d.anchors for k in keys)]
            if len(told) == 1:
                return told[0]
        # (…アナーバー市との姉妹都市提携に次ぐ、2番目の提携都市です: a tie named in passing takes no later lines)
        main = [d for d in before if not all(_PASSING.search(x.unit.text) for x in d.anchors)]
        if main and main[-1] is not before[-1]:
            before = [d for d in before if d in main]
        note = _NOTE_MARK.match(a.unit.text)
        if note:  # ※1　旧笠間市が平成7年8月に提携。… under a table whose row ends with ※1: that row's note
            mark = note.group(1) + r"\s?" + note.group(2).translate(_FULLWIDTH) + r"(?![0-9])"
            marked = [d for d in before if any(x.unit.is_row and re.search(mark, x.unit.text.translate(_FULLWIDTH)) for x in d.anchors)]
            if len(marked) == 1:
                return marked[0]
        ref = _ROW_REF.search(a.unit.text)
        if ref:  # (注) No.5の覚書は、令和5年5月15日に…更新: the row numbered 5
            n = ref.group(1).translate(_FULLWIDTH)
            for d in before:
                if any(x.unit.is_row and re.match(r"\s*(?:No\.?\s?)?" + n + r"\s*\|", x.unit.text) for x in d.anchors):
                    return d
        if before[-1].anchors and before[-1].anchors[-1].entry_head:
            return before[-1]  # the item of a partner list this line belongs to
        if want is not None:
            for d in reversed(before):
                types = {cue_mod.best_type(x.type_cues) for x in d.anchors}
                if want in types:
                    return d
        section = cue_mod.best_type([c for c in a.type_cues if c.rule_id == "section"])
        if want is None and section is not None and a.continuation:
            # 締結日 | 令和6年4月18日 in the closing summary of a page telling a 覚書, after the tie it recalls:
            # the one record of the section's instrument, when the latest is of another kind
            typed = [d for d in drafts if section in {cue_mod.best_type(x.type_cues) for x in d.anchors}]
            last = {cue_mod.best_type(x.type_cues) for x in before[-1].anchors if x.type_cues} - {None}
            if len(typed) == 1 and last and section not in last \
                    and typed[0].first < lines_end(text, 3):  # (the record the headline tells)
                return typed[0]
        return before[-1]

    def _previous_sentence_partner(self, a: Anchor, text: str, home: PartyMention | None) -> list[PartyMention]:
        """A dated conclusion with no party of its own (平成4年7月に姉妹都市提携を結びました。)
        right after a sentence that names one partner (A. …ベリングハム市です。): the subject
        left to context is that partner."""
        if not (a.events and a.type_cues and a.verbs) or a.ceremony or a.background:
            return []
        start = a.unit.start
        if text.rfind("\n\n", 0, start) >= start - 2:
            return []  # a new paragraph
        prev_end = start
        while prev_end > 0 and text[prev_end - 1] in " \t\n\u3000" and text[max(0, prev_end - 2) : prev_end] != "\n\n":
            prev_end -= 1  # (…との関係について。↵ 昭和57年に…: the sentence before, across the line break)
        across = "\n" in text[prev_end:start]
        if across and a.unit.is_row:
            return []  # a table row's step (提携年月日 | …) belongs to its table, not to the sentence above it
        prev_start = max(text.rfind("。", 0, max(0, prev_end - 1)), text.rfind("\n\n", 0, prev_end)) + 1
        if prev_end - prev_start > 160:
            return []
        named = [p for p in self._mentions if prev_start <= p.start < prev_end and p.kind is not PartyKind.COUNTRY
                 and (home is None or not self.same_party(p.name, home.name))]
        ends = {p.end for p in named}
        # 上田市(長野県), バート・ガスタイン(オーストリア共和国ザルツブルク州): a place bracketed after a name locates it
        named = [p for p in named if not (text[p.start - 1 : p.start] in "(（" and (
            p.start - 1 in ends or re.match(r"[ァ-ヺー一-龥A-Za-z]", text[p.start - 2 : p.start - 1])))]
        names = {p.name for p in named}
        if len(names) != 1 or re.search(r"訪問|来訪|視察|表敬|参加|開催", text[prev_start:prev_end]):
            return []
        if across and not re.match(r"\s?(?:との|とは|について|です|と[、,]|[(（]|[ \t]*\n)", text[named[-1].end : named[-1].end + 6]):
            return []  # on the line before, only a sentence about the partner (モンタナ州との関係について。), not one naming a port it has
        return [named[-1]]

    @staticmethod
    def _kind_line(d: Draft, text: str) -> Found | None:
        """A key line of the record's own entry that names the kind of tie (提携の種類:姉妹都市,
        区分:友好都市): the record's type, whatever heading the entry sits under."""
        for s0, e0 in d.zone:
            for m in _KIND_LINE.finditer(text, s0, e0):
                cues = cue_mod.find_type_cues(m.group("v"), m.start("v"))
                if cues:
                    best = cue_mod.best_type(cues)
                    c = next(c for c in reversed(cues) if c.type is best)
                    return Found(c.type, c.start, c.end)
        return None

    def _counted_subject(self, a: Anchor, text: str, home: PartyMention | None) -> list[PartyMention]:
        """四道省県の代表は…宣言に署名しました / 3者は…: a counted subject that refers back to
        the bodies named in the sentences just before (大韓民国江原特別自治道、中華人民共和国
        吉林省、モンゴル国セレンゲ県の首長が来道し、北海道知事とともに…)."""
        m = _COUNTED_SUBJECT.search(a.unit.text)  # (両市長が…協定書に調印 in a chronology row: the two cities' mayors)
        if m is None or not a.verbs:
            return []
        if re.search(r"(?:本|当|わが|我が)(?:市|町|村|県|区)と[^\s、。と]{2,20}?を", a.unit.text[: m.start()]):
            return []  # 本町とヤカケント町を通信回線で結び、両町長が…: the sentence pairs them itself
        if re.search(r"合併(?:前|以前|当時)の$", a.unit.text[: m.start()]):
            return []  # 合併前の両市がそれぞれ結んでいた姉妹都市提携: the merged towns, each with its own partners
        n = to_int(m.group("n")) if m.group("n") != "両" else 2
        if n is None or n < 2:
            return []
        window = text.rfind("\n\n", 0, max(0, a.unit.start - 600))
        # (■ 長崎県小値賀町・高知県黒潮町 … 3町は: the section's heading bounds the look back)
        heads = [h.start() for h in re.finditer(r"(?:^|\n)[ \t　]*[■□●◆◇【]", text[: a.unit.start])]
        window = max(window, heads[-1] if heads else -1)
        # (バート・ガスタイン(オーストリア共和国ザルツブルク州): a bracket only places the name before it)
        before = [p for p in self._mentions if max(window, a.unit.start - 600) <= p.start < a.unit.start
                  and p.kind is not PartyKind.COUNTRY and not re.search(r"[(（][^()（）\n]*$", text[max(0, p.start - 30) : p.start])]
        names: dict[str, PartyMention] = {}
        for p in reversed(before):  # the nearest mention of each body
            if not any(self.same_party(p.name, q) for q in names):
                names[p.name] = p
        found = sorted(names.values(), key=lambda p: p.start)
        with_home = found if home is None or any(self.same_party(p.name, home.name) for p in found) else found + [home]
        if len(with_home) != n:
            return []  # the count must close the list: otherwise the reference is unsure
        return [p for p in found if home is None or not self.same_party(p.name, home.name)]

    def _referred_tie_partner(self, a: Anchor, text: str, home: PartyMention | None) -> list[PartyMention]:
        """本件の姉妹都市提携は、昭和61年8月8日、…において両市長により調印された: a conclusion that
        refers back (本件, この, 当該, 同) to the tie proposed or told above, whose sentence names one partner."""
        if not (a.events and a.verbs) or a.ceremony or a.background:
            return []
        strong = [c for c in a.type_cues if c.priority >= 3]
        m = _REFERRING_TIE.match(a.unit.text)
        if not strong or m is None or not any(c.start - a.unit.start <= m.end() for c in strong):
            return []
        kinds = {c.type for c in strong}
        for s in reversed(list(re.finditer(r"[^。\n]+", text[: a.unit.start]))):
            if not any(c.type in kinds and c.priority >= 3 for c in cue_mod.find_type_cues(s.group())):
                continue
            named = {p.name: p for p in self._mentions if s.start() <= p.start < s.end() and p.kind is not PartyKind.COUNTRY
                     and (home is None or not self.same_party(p.name, home.name))}
            if len(named) > 1:
                return []
            if named:  # (同市と姉妹都市の提携をしようとするもの: a sentence naming no one is passed over)
                return list(named.values())
        return []

    def _section_partner(self, a: Anchor, text: str, home: PartyMention | None) -> list[PartyMention]:
        """A dated step with no party of its own under a numbered section heading that names the one partner
        of its instrument (２ 株式会社湘南EVシェアとの覚書に基づく取組 / ・令和3年3月24日 「…覚書」を締結):
        that partner."""
        if not (a.events and a.type_cues and a.verbs) or a.background:
            return []
        pos = a.unit.start
        passed_sub = False
        for _ in range(40):
            ls = text.rfind("\n", 0, max(0, pos - 1)) + 1
            if ls >= pos or pos <= 0:
                return []
            line = text[ls : pos].rstrip("\n")
            pos = ls
            if not _SECTION_HEAD.match(line):
                continue
            sub = bool(_SUBSECTION_HEAD.match(line))
            if sub and passed_sub:
                return []  # (1)光州中央大学校病院 above, then (1)弘前大学との連携協定: another section's
            if not _SECTION_INSTRUMENT.search(line):
                if sub:
                    passed_sub = True
                    continue  # (1)経過 under the section: look on up
                return []  # the nearest section heading is about something else
            ms = {m.name: m for m in self._mentions if ls <= m.start < ls + len(line) and m.kind is not PartyKind.COUNTRY
                  and (home is None or not self.same_party(m.name, home.name))}
            return list(ms.values()) if len(ms) == 1 else []
        return []

    def _fallback_parties(self, a: Anchor, text: str, home: PartyMention | None) -> list[PartyMention]:
        """Parties the gazetteers did not know, from the 'AとBとの…' construction,
        then from NER when it is enabled."""
        counted = self._counted_subject(a, text, home)
        if counted:
            return counted
        previous = self._previous_sentence_partner(a, text, home)
        if previous:
            return previous
        referred = self._referred_tie_partner(a, text, home)
        if referred:
            return referred
        headed = self._section_partner(a, text, home)
        if headed:
            return headed
        same = _SAME_ORG_SUBJECT.search(a.unit.text)
        if same is not None and a.events and a.type_cues and a.verbs and not a.background \
                and re.search(r"(?:本|当)(?:市|町|村|県|区|府|都|道)", a.unit.text):
            # 同社と本市は、令和5年3月に…協定を締結しており: the company named before and the issuer
            referent = _same_org_referent(same, [p for p in self._mentions if p.end <= a.unit.start + same.start()])
            if referent is not None and (home is None or not self.same_party(referent.name, home.name)):
                return [referent]
        out: list[PartyMention] = []
        matches = list(_TO_TOMO.finditer(a.unit.text)) + list(_WITH.finditer(a.unit.text)) + list(_OBJECT_OF.finditer(a.unit.text))
        in_titles = [(t.start - a.unit.start, t.end - a.unit.start) for t in cue_mod.find_titles(a.unit.text, a.unit.start)
                     if "との" not in t.text] if matches else []  # (a name pairing the parties, X機構とY社との…合意書, still names them)
        for m in matches:
            if any(s0 <= m.start("b") and m.end("b") <= e0 for s0, e0 in in_titles):
                continue  # 持続可能な農業と景観保全に関する覚書: words of the instrument's name
            b = m.group("b")
            if _HEAD_THEN_PERSON.search(b):
                continue  # …ジャパン代表取締役社長のエリック・ハウゲンが署名: a head's name, not a body
            # drop a locating prefix (ドイツ・ミュンヘンの…, 中国の…)
            cut = max(b.rfind("の"), b.rfind("・"))
            if 0 <= cut < len(b) - 2:
                b_start = m.start("b") + cut + 1
            else:
                b_start = m.start("b")
            name = a.unit.text[b_start : m.end("b")]
            lead = re.match(r"[◇◆■□●○・★☆※【〔［\[「『(（\s]+", name)
            if lead:  # ◇北海道新十津川町と…: a bullet opens the line, not the name
                b_start += lead.end()
                name = name[lead.end() :]
            if len(name) < 2 or re.search(r"\d|年|月|日|本日|両者|双方|相互|連携|協力|[ぁ-ん]{2,}|[ぁ-ん]$|を|又$|^(?:姉妹|友好)(?:都市|提携|交流|関係)|(?:長|知事|議長|代表|大使|者|職員|一行|役員|首相|主席|総督|大統領|総裁|領事|等)$", name):
                # (海外の大学等との間で: 等 makes a kind of body, never a name; ガリシア州首相: its head, not a body;
                # 四つの都市と姉妹都市又は友好都市の関係: the kind of tie, not a partner)
                continue
            own = re.match(r"(?:本学|当学|本校|当校)(?:の)?(?=[一-龥ァ-ヺー・]{2,}(?:学部|学群|研究科|研究所|研究院|センター|病院)$)", name)
            if own:  # 本学コンピュータ理工学部: the university's own faculty, named without the self-word
                b_start += own.end()
                name = name[own.end() :]
            if re.match(r"(?:本|当|同|両|各)(?:県|市|町|村|州|省|国|区|道|府|社|大学)", name) or "と" in name:
                continue  # 本県と同州: the page's words for the parties named before, not a name
            if re.search("「" + re.escape(name) + r"と(?!の)(?:(?!との)[^」]){2,40}?(?:覚書|協定|協定書|合意書|宣言)」", text):
                continue  # 北九州港と大連港の物流協力に関する覚書 (quoted so elsewhere): the instrument's name, not a party
            # チリの国家漁業養殖局: ordinary words, but a body's head after a country that locates it
            located = 0 <= cut and opening_country(b[:cut] + "X") is not None and bool(_AGENCY_END.search(name))
            if re.search(r"(?:企業|会社|団体|機関|事業者|メーカー|研究機関|大学|自治体)$", name) and not located and all(
                    t.pos[1] == "普通名詞" for t in get_tokenizer().tokens(name)):
                continue  # 地熱エンジニアリング企業: a description of the partner, not its name
            if (is_generic_name(name) and not located) or re.fullmatch(r"(?:海外|外国|地方|各国|諸外国|関係|相手|複数|国内|世界)?の?(?:地方)?(?:政府|自治体|都市|地域|機関|団体|企業|大学|国)", name):
                continue  # 国際港湾, 両県市, 地方政府: a common noun, not a party
            s = a.unit.start + b_start
            kind = _kind_from_suffix(name)
            # a country written before it in the same phrase places it (大韓民国の清州市)
            # (or opens its name: ニュージーランド環境保全省)
            country = next((p.country for p in self._mentions if p.kind is PartyKind.COUNTRY
                            and a.unit.start + m.start("b") <= p.start < s + len(name) and p.end < s + len(name)
                            and p.country), None) or opening_country(name)
            if country is not None and kind is PartyKind.REGION and is_ministry_name(name):
                kind = PartyKind.ORGANIZATION
            out.append(PartyMention(s, s + len(name), name, name, kind, country, "construction"))
            # …学部と同研究所との間で: 同研究所 is the institute named last before
            same = re.search(re.escape(name) + r"と同(研究所|研究院|大学|学部|機構|協会|財団|センター|病院)(?:と|との)", a.unit.text)
            if same is not None:
                earlier = [p for p in self._mentions if p.end <= a.unit.start and p.kind is PartyKind.ORGANIZATION
                           and p.name.endswith(same.group(1))]
                if earlier:
                    q = earlier[-1]
                    at = a.unit.start + same.start(1) - 1
                    out.append(PartyMention(at, a.unit.start + same.end(1), text[at : a.unit.start + same.end(1)], q.name, q.kind, q.country, "construction"))
            break
        # NER is asked only about a step it can anchor: a dated one or a named instrument
        if not out and self.ner is not None and (a.events or cue_mod.find_titles(a.unit.text)) \
                and _unread_name(a.unit, self._mentions):
            # a name inside the instrument's own title (東京港と台湾の国際港湾との…覚書) is the title's word
            title_spans = [(t.start, t.end) for t in cue_mod.find_titles(a.unit.text, a.unit.start)]
            out = [m for m in self.ner(a.unit.text, a.unit.start) if m.kind is not PartyKind.COUNTRY
                   and not any(s0 <= m.start and m.end <= e0 for s0, e0 in title_spans)]
            if home is not None:
                out = [m for m in out if not self.same_party(m.name, home.name)]
            # the short form of a body the rules already found in the text (日本生命 for
            # 日本生命保険相互会社) is that body again, not a partner of its own
            known = {p.name[legal_form_prefix(p.name):] for p in self._mentions if p.kind is PartyKind.ORGANIZATION}
            out = [m for m in out if not any(len(k) > len(m.name) and k.startswith(m.name) for k in known)]
        return out

    # --------------------------------------------------------------- annotate
    def _annotate(
        self,
        d: Draft,
        text: str,
        units: list[Unit],
        all_parties: list[PartyMention],
        periods: list[PeriodMention],
        doc_date: str | None,
        home: PartyMention | None,
    ) -> DraftRecord | None:
        clusters = [c for c in d.party_mentions if c]
        # 神戸市水道局 … 署名者 神戸市水道事業管理者: the city named only inside its bureau's titles
        # is the bureau signing, not a party of its own
        clusters = [c for c in clusters if not (
            c[0].kind is PartyKind.MUNICIPALITY and c[0].country == "JP"
            and all(re.match(r"[一-龥]", text[m.end : m.end + 1]) for m in c)
            and any(o[0].kind is PartyKind.ORGANIZATION and o[0].country == "JP" and canonical_name(o[0].name).startswith(c[0].name)
                    and re.search(r"(?:局|委員会|公社|事業団|病院|企業団)$", o[0].name) for o in clusters))]
        referred = self._referred_subject(d, all_parties)
        if referred is not None and len(clusters) == 2 and home is not None and len(d.anchors) == 1 \
                and _SAME_ORG_SUBJECT.match(re.sub(r"^[\s・※]*(?:備\s?考|注|なお)?[\s:：、]*", "", d.anchors[0].unit.text)):
            # 同社は平成28年に長野県とも協定を締結しており、県内では須坂市が…: 同社 and 長野県 signed;
            # the issuer named in the next clause did not
            clusters = [c for c in clusters if not self.same_party(c[0].name, home.name)]
        if len(clusters) == 1:
            owner = self._section_owner.get(d.anchors[0].unit.start) if d.anchors else None
            # (町と同社は…: 同社 is the one partner already named; the issuer is its mate)
            mate = next((m for m in (referred, owner, self._paired_elsewhere(clusters[0][0], units, all_parties), home)
                         if m is not None and not self.same_party(m.name, clusters[0][0].name)), None)
            if mate is not None:
                clusters.append([mate])
        if not clusters:
            return None
        # 県、島根大学及び株式会社山陰合同銀行の3者で: the issuer is the party the count leaves out
        n = _party_count(d, text)
        if n is not None and home is not None and len(clusters) == n - 1 \
                and not any(self.same_party(c[0].name, home.name) for c in clusters):
            clusters.append([home])
        elif home is not None and len(clusters) >= 2 and not any(self.same_party(c[0].name, home.name) for c in clusters) \
                and any(a.events and re.search(r"(?:本|当)(?:市|町|村|県|区)(?:、|・|及び|と(?!の)|(?:は|が)[、,]?[^。]{0,60}?(?:及び|および|並びに)[^。]{0,30}?との間で)", a.unit.text)
                        for a in d.anchors) \
                and home.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and not any(c[0].name.startswith(home.name) for c in clusters):
            # 本市、水戸市、敦賀市の三市長が…共同宣言に署名: the issuer named in the list by its own word
            # (本市は、…A市、B市及びC町との間で…を締結: the subject of a list of partners)
            # (unless one of its own bodies signs for it: 福岡市港湾空港局)
            clusters.append([home])
        elif home is not None and home.kind is PartyKind.ORGANIZATION and len(clusters) >= 2 \
                and not any(self.same_party(c[0].name, home.name) for c in clusters) \
                and (own := next((words for words, head in _SELF_HEADS if home.name.endswith(head)), None)) is not None \
                and any(a.events and re.search("(?:" + own + r")(?:は|が)[^。]{0,60}?(?:と|との間で)", a.unit.text) for a in d.anchors):
            # 当組合は、平成25年に北海道及び苫小牧市と「…協定」を結び: the issuing body, by its own word, is the subject
            clusters.append([home])
        elif home is not None and len(clusters) >= 2 and not any(self.same_party(c[0].name, home.name) for c in clusters) \
                and (labels := [a for a in d.anchors if a.signatory and _is_partner_label(a) and len(a.parties) >= 2]) \
                and all(any(a.unit.start <= m.start < a.unit.end for a in labels for m in c) for c in clusters):
            # 締結先：A、B、C under the issuer's list, and no other party named: the partners; the issuer is the other side
            clusters.append([home])
        if len(clusters) < 2:
            # one named party and no issuer to pair it with: still a record when the
            # text plainly concludes an instrument with it (the Japanese side is the
            # unnamed publisher), never from a list row or a bare mention
            concluded = any(a.verbs and a.type_cues and not a.ceremony and not a.background
                            and (a.events or _STATES_DONE.search(a.unit.text)) for a in d.anchors) \
                or any(_dated_tie_before(a, m) for a in d.anchors for m in clusters[0] if a.unit.start <= m.start < a.unit.end)
            if not concluded or clusters[0][0].country == "JP":
                return None
        elif not any(c[0].country == "JP" for c in clusters) and _foreign_pair_subject(d, text):
            return None  # AとBが…協定を結びました: two foreign bodies concluded it between themselves
        elif not any(c[0].country == "JP" for c in clusters) and home is not None and home.country in (None, "JP") \
                and not any(self.same_party(c[0].name, home.name) for c in clusters):
            clusters.append([home])  # two foreign names (a province and its city, or a list): the issuer signed with them
        elif all(c[0].country not in (None, "JP") for c in clusters):
            return None  # the guide wants at least one Japanese party
        elif home is not None and home.country is None and home.name.isascii() and _english_site_owner(self._mentions, text) is home \
                and all(c[0].country not in (None, "JP") for c in clusters if not self.same_party(c[0].name, home.name)):
            return None  # a foreign university's own page (… | University of the Coral Coast) and a partner abroad: no Japanese side
        if not any(a.events or a.title_only or a.relation or a.entry_head or a.signatory or a.key_party for a in d.anchors) \
                and not any(cue_mod.find_titles(a.unit.text) for a in d.anchors):
            # no date, no name, no list: a passing remark about an agreement (…センターの
            #運営に関する協定に基づき); kept only when its partner is named more than once
            partners = [c for c in clusters if home is None or not self.same_party(c[0].name, home.name)]
            # …と姉妹都市提携を結んでいます: an undated sentence that concludes an instrument with a named body
            # (a sentence that says so, not a link or heading: …との覚書締結について)
            stated = any(a.verbs and a.type_cues and not a.ceremony and not a.background
                         and _STATES_DONE.search(a.unit.text) for a in d.anchors) \
                or any(_ENACTING.search(a.unit.text) or _DECLARING.match(a.unit.text) for a in d.anchors) \
                or any(_TIED_BEFORE_NAME.search(text, max(a.unit.start, m.start - 30), m.start)
                       for a in d.anchors if a.type_cues for c in partners for m in c if a.unit.start <= m.start < a.unit.end)
            # (the agreement's own text; 災害時相互応援協定を締結している石川県七尾市からの要請: a tie in force,
            # told in a clause before the partner's name)
            if not stated and all(sum(1 for m in all_parties if self.same_party(m.name, c[0].name)) < 2 for c in partners):
                return None
        parties = [self._best_form(c, all_parties) for c in clusters]
        parties = [(self._country_from_zone(p, d, all_parties, text), al) for p, al in parties]
        # 国立東華大学 (JP by default: a kanji name) placed in Taiwan elsewhere on the page: that country
        parties = [(_placed_elsewhere(p, all_parties), al) for p, al in parties]

        events = self._date_undated_act(d, text, units, self._events(d))

        # type: the instrument of the latest dated step, else the strongest cue
        steps = [e for a in d.anchors if not a.ceremony for e in a.events]
        all_cues = [c for a in d.anchors for c in _own_cues(a, d, text)]
        atype: Found | None = None
        kind_line = self._kind_line(d, text)
        if kind_line is not None:  # 提携の種類:姉妹都市 in the entry itself outranks a stale heading
            atype = kind_line
        if steps and atype is None:
            latest = max(e[1].value or "" for e in steps)
            typed = [e for e in steps if e[2] is not None and _compatible(e[1].value or "", latest)]
            if typed:
                want = typed[-1][2]
                strong = [c for c in all_cues if c.priority >= 3]
                if strong and all(c.priority <= 1 for c in all_cues if c.type is want):
                    want = strong[-1].type  # 友好都市協定を締結 … 協定の一部を改定: the same tie, still a friendship
                cue = next((c for c in reversed(all_cues) if c.type is want), None)
                if cue is not None:
                    atype = Found(cue.type, cue.start, cue.end)
        if atype is None and not all_cues:
            # signatory lines carry no instrument word: the instrument the record's
            # zone names (its 名称 first, then any title, then any instrument word)
            # (名称 …基本合意書 / 当事者 A/B: the entry's name labelled on the lines just above its first line)
            first = min(a.unit.start for a in d.anchors)
            above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(0, first - 1)) - 1)) + 1
            labelled = [t for t in cue_mod.find_titles(text[above:first], above) if t.source == "label"]
            for s0, e0 in ([(above, first)] if labelled else []) + d.zone:
                found = sorted(cue_mod.find_titles(text[s0:e0], s0), key=lambda t: t.source != "label")
                t = found[0] if found else None
                if t is not None:
                    atype = Found(t.type, t.start, t.end)
                    break
            if atype is None:
                zone_cues = [c for s0, e0 in d.zone for c in cue_mod.find_type_cues(text[s0:e0], s0)]
                if zone_cues:
                    best = max(zone_cues, key=lambda c: c.priority)
                    atype = Found(best.type, best.start, best.end)
        if atype is None:
            if not all_cues:
                return None
            # the strongest word, and among equals the last written (the latest instrument)
            best = max(enumerate(all_cues), key=lambda ic: (ic[1].priority, ic[0]))[1]
            atype = Found(best.type, best.start, best.end)

        # 友好提携30周年記念共同宣言: the tie's word is the anniversary's; the instrument is the declaration
        if atype.value in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY):
            # (the tie's word chosen elsewhere on the page, the record's anniversary instrument named in a title)
            for c in [Found(atype.value, atype.start, atype.end)] + [c for c in reversed(all_cues) if c.type is atype.value]:
                anniv = _ANNIVERSARY_OF.match(text, c.end)
                if anniv is None:
                    continue
                head = [h for h in cue_mod.find_type_cues(text[anniv.end() : anniv.end() + 4], anniv.end()) if h.start == anniv.end()]
                if head and head[0].type in (AgreementType.JOINT_DECLARATION, AgreementType.MOU):
                    atype = Found(head[0].type, head[0].start, head[0].end)
                    break

        # Joint Declaration on … the Sister State Relationship: the tie's word lies inside the instrument's name
        if atype.value in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY):
            named = [t for a in d.anchors for t in cue_mod.find_titles(a.unit.text, a.unit.start)
                     if t.text.isascii() and t.type is not atype.value
                     and any(c.type is atype.value for c in cue_mod.find_type_cues(t.text))]
            if named:
                atype = Found(named[0].type, named[0].start, named[0].end)

        # 「…覚書」に署名しました, dated only by its occasion and later than every dated step: its instrument
        if steps and kind_line is None:
            latest = max(e[1].value or "" for e in steps)
            later = [f for f in events if isinstance(f.value, Event) and str(f.value.date) > latest
                     and not any(_compatible(str(f.value.date), e[1].value or "") for e in steps)]
            acts = [a for a in d.anchors if a.verbs and not a.events and not a.ceremony and not a.background and _own_cues(a, d, text)]
            act = next((a for a in acts if _OCCASION_REF.search(a.unit.text)), acts[0] if acts else None)
            if later and act is not None:
                best = cue_mod.best_type(_own_cues(act, d, text))
                cue = next((c for c in _own_cues(act, d, text) if c.type is best), None)
                if cue is not None:
                    atype = Found(cue.type, cue.start, cue.end)

        # 第九条 平成二十四年…締結した「…覚書」は、この協定の締結の日をもって廃止する: the text's own instrument,
        # signed on the date above its signatures after the one it replaces, is the chain's latest
        enacting = next((a for a in d.anchors if _ENACTING.search(a.unit.text) and not a.events and _own_cues(a, d, text)), None)
        later_text = None
        if enacting is not None and events:
            sig = find_signature_date(text, self._dates)
            if sig is not None and sig.start > enacting.unit.end and not _ENACTING.search(text, enacting.unit.end, sig.start) \
                    and all(str(f.value.date) < sig.value for f in events if isinstance(f.value, Event)):
                later_text = sig
                best = cue_mod.best_type(_own_cues(enacting, d, text))
                cue = next(c for c in _own_cues(enacting, d, text) if c.type is best)
                atype = Found(cue.type, cue.start, cue.end)
        # title: label > quoted > phrase, of the record's own type, from anchors then zone
        title = self._title(d, text, atype.value)  # type: ignore[arg-type]
        if later_text is not None:
            events = _later_signings_renew(sorted(events + [Found(Event(EventType.SIGNED, later_text.value), later_text.start, later_text.end)],
                                                  key=lambda f: str(f.value.date)))  # type: ignore[union-attr]
        elif not any(isinstance(f.value, Event) and f.value.type is EventType.SIGNED for f in events):
            sig = find_signature_date(text, self._dates)
            if sig is not None:  # an agreement text is signed on the date above its signatures
                events.insert(0, Found(Event(EventType.SIGNED, sig.value), sig.start, sig.end))
        term = self._term(d, text, periods, events)
        # 本日 with no document date: take the term start for the signing step
        if not events and "本日" in "".join(a.unit.text for a in d.anchors) and "start" in term:
            t = term["start"]
            events = [Found(Event(EventType.SIGNED, str(t.value)), t.start, t.end)]
        sectors = self._sectors(d, text, units, title, all_parties,
                                relation=atype.value in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY))
        return DraftRecord(atype, title, parties, events, term, sectors)

    def _shared_name_above(self, d: Draft, text: str, atype: AgreementType) -> cue_mod.TitleCue | None:
        """The one quoted name a lead gives the partners listed below it (次の自治体とそれぞれ「…協定」を
        締結しています / 次の都市とは、「…」を締結し), when no other name stands between the lead and the record."""
        first = min((a.unit.start for a in d.anchors), default=d.first)
        window = text[max(0, first - 1500) : first]
        base = max(0, first - 1500)
        leads = list(_SHARED_NAME_LEAD.finditer(window))
        if not leads:
            # ※ 名称はいずれも「…」 / 協定書の名称は、3町村とも「…」で統一: one name for every listed instrument
            every = [t for m in _SHARED_NAME_ALL.finditer(text) for t in cue_mod.find_titles(m.group(), m.start())
                     if t.source == "quoted" and (t.type is atype or _closing_type(t.text) is atype)]
            return every[0] if len({t.text for t in every}) == 1 else None
        lead = leads[-1]
        quoted = [t for t in cue_mod.find_titles(lead.group(), base + lead.start()) if t.source == "quoted"]
        later = [t for t in cue_mod.find_titles(window[lead.end() :], base + lead.end()) if t.source in ("quoted", "label")]
        if len(quoted) != 1 or later or not (quoted[0].type is atype or _closing_type(quoted[0].text) is atype):
            return None
        return quoted[0]

    def _referred_subject(self, d: Draft, all_parties: list[PartyMention]) -> PartyMention | None:
        """同社は平成28年に長野県とも…協定を締結: 同社 is the organisation last named before."""
        for a in d.anchors:
            m = _SAME_ORG_SUBJECT.search(a.unit.text)
            pos = a.unit.start + m.start() if m is not None else -1
            if m is None and not any(p.country == "JP" for p in a.parties):
                # 同漁協はかつて…。2019年には…と覚書を結び: the subject of the sentence before, in the same paragraph
                ls = self._text.rfind("\n", 0, a.unit.start) + 1
                m = next(reversed(list(_SAME_ORG_SUBJECT.finditer(self._text, ls, a.unit.start))), None)
                pos = m.start() if m is not None else -1
            if m is None:
                # せとうち生命は、…香川県…とも…協定を締結: a company's short name (its name's opening, without
                # 保険株式会社) as the subject is that company
                sm = re.match(r"\s*([^\s、。「」()（）]{3,16})は[、,]", a.unit.text)
                if sm is not None and not any(a.unit.start + sm.start(1) <= p.start < a.unit.start + sm.end(1) for p in all_parties):
                    short = sm.group(1)
                    fuller = [p for p in all_parties if p.kind is PartyKind.ORGANIZATION and p.end <= a.unit.start
                              and re.sub(r"^(?:株式会社|有限会社|合同会社)", "", p.name).startswith(short) and len(p.name) > len(short)]
                    if fuller:
                        return fuller[-1]
                continue
            referent = _same_org_referent(m, [p for p in all_parties if p.end <= pos])
            if referent is not None:
                return referent
        return None

    def _best_form(self, cluster: list[PartyMention], all_parties: list[PartyMention]) -> tuple[PartyMention, list[str]]:
        kinds = {c.kind for c in cluster}
        same = [m for m in all_parties if self.same_party(m.name, cluster[0].name)
                and (m.kind is not PartyKind.COUNTRY or any(c.kind is PartyKind.COUNTRY or re.fullmatch(
                    re.escape(m.name) + r"(?:国)?政府", c.name) or c.name == m.name for c in cluster))
                # ガイダンス・タミル・ナドゥ (an agency) is not the state タミル・ナドゥ州 it is named after
                and not (kinds == {PartyKind.ORGANIZATION} and m.kind is not PartyKind.ORGANIZATION
                         and not any(c.name.startswith(m.name) for c in cluster))] + cluster
        # (エンタープライズ・エストニア is an agency, never its country's name alone)
        # fullest ordinary form: prefer a gazetteer/pattern name ending in a known suffix, then the most frequent
        def score(m: PartyMention) -> tuple[int, int, int, int]:
            # a Japanese form before a Latin one (Fukuoka City (福岡市)), then a name with its suffix
            japanese = 0 if re.fullmatch(r"[A-Za-z0-9 .,&'()-]+", m.name) else 1
            suffix = 1 if re.search(r"(?:市|区|町|村|県|州|省|道|都|府|特別市|広域市|大学|機構|財団|協会|会議所|株式会社)$|[A-Za-z]$", m.name) else 0
            src = {"gazetteer": 2, "pattern": 2, "ner": 1}.get(m.source, 0)
            freq = sum(1 for x in same if x.name == m.name)
            return (japanese, suffix, src, freq)
        best = max(same, key=score)
        # the country read where the record names it (a row's country cell) first
        country = next((m.country for m in cluster if m.country), None) or best.country or next((m.country for m in same if m.country), None)
        if best.kind is PartyKind.ORGANIZATION and country in (None, "JP") and re.match(r"[ァ-ヺー]", best.name):
            # ラプラタ国立大学(アルゼンチン): a country written beside a katakana body outranks the default
            placed = next((c for m in same if (c := _bracketed_country(self._text, m)) is not None), None)
            country = placed or country
        kind = best.kind
        name = _strip_country_prefix(best.name)  # 大韓民国釜山広域市消防災難本部 → 釜山広域市消防災難本部
        rep = PartyMention(best.start, best.end, best.text, name, kind, country, best.source)
        aliases = sorted({m.name for m in same if m.name != name})
        return rep, aliases

    def _paired_elsewhere(self, partner: PartyMention, units: list[Unit], all_parties: list[PartyMention]) -> PartyMention | None:
        """The Japanese body the text pairs with this partner elsewhere (三重県と
        スペイン・バスク州の…): a better counterpart than the page's issuer."""
        if partner.country == "JP":
            return None
        counts: dict[str, list[PartyMention]] = {}
        for u in units:
            inside = [p for p in all_parties if u.start <= p.start and p.end <= u.end]
            if not any(self.same_party(p.name, partner.name) for p in inside):
                continue
            if not re.search(r"と|及び|・", u.text):
                continue
            for p in inside:
                if p.country == "JP" and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and not _OFFICE_AFTER.match(self._text[p.end : p.end + 4]):
                    counts.setdefault(p.name, []).append(p)
        if not counts:
            return None
        best = max(counts.values(), key=len)
        return best[0] if len(best) >= 2 else None

    def _date_undated_act(self, d: Draft, text: str, units: list[Unit], events: list[Found]) -> list[Found]:
        """This release's act (「…覚書」を締結しました, no date in the sentence) takes the
        date its ceremony is given (締結式 / 日時: …) in the record's zone."""
        acts = [a for a in d.anchors if a.verbs and not a.events and not a.ceremony and not a.background
                and re.search(r"(?:締結|更新|調印|署名|提携|結び|交わし)(?:し|い)?(?:ました|た)", a.unit.text)]
        if not acts:
            return events
        dated = {str(f.value.date) for f in events if isinstance(f.value, Event)}
        # 式典に先立ち、知事と副省長が「…覚書」に署名しました: the act is dated by the occasion it names
        act = next((a for a in acts if _OCCASION_REF.search(a.unit.text)), None)
        if act is not None:
            noun = _OCCASION_REF.search(act.unit.text).group("noun")  # type: ignore[union-attr]
            for u in sorted(units, key=lambda u: (u.start > act.unit.start, abs(u.start - act.unit.start))):
                if u is act.unit or noun not in u.text or u.start in self._link_units:
                    continue  # the nearest telling of the occasion, before the act first
                # the document's dates (a yearless 10月9日 resolved from the page's date)
                days = [dm for dm in _resolve_yearless(find_dates(u.text), u, self._dates, self._doc_date, text)
                        if dm.value and dm.value.count("-") == 2]
                if len(days) == 1 and days[0].value not in dated:
                    dm = days[0]
                    verb = act.verbs[-1].event
                    return _later_signings_renew(sorted(events + [Found(Event(verb, dm.value), u.start + dm.start, u.start + dm.end)],
                                                        key=lambda f: str(f.value.date)))  # type: ignore[union-attr]
        for s0, e0 in d.zone:
            block = False
            for u in units:
                if not (s0 <= u.start < e0) or u.start in self._link_units:
                    continue
                if (cue_mod.is_ceremony(u.text) or _ACT_HEADING.search(u.text)) and len(u.text) <= 30:
                    block = True  # a ceremony heading (締結式, 取り交わしの概要): its 日時 line follows
                    continue
                if block or cue_mod.is_ceremony(u.text):
                    # (日時　5月29日(水): a yearless day takes the page's year, when the record has no date yet)
                    found = find_dates(u.text) if dated else _resolve_yearless(find_dates(u.text), u, self._dates, self._doc_date, text)
                    for dm in found:
                        if dm.value and dm.value.count("-") == 2 and dm.value not in dated:
                            verb = acts[0].verbs[-1].event
                            return sorted(events + [Found(Event(verb, dm.value), u.start + dm.start, u.start + dm.end)],
                                          key=lambda f: str(f.value.date))  # type: ignore[union-attr]
                        if dm.value in dated:
                            return events
                    if u.is_heading:
                        block = False
        return events

    def _country_from_zone(self, p: PartyMention, d: Draft, all_parties: list[PartyMention], text: str) -> PartyMention:
        """A foreign party the gazetteers could not place takes the country named
        nearest to one of its mentions inside the record's zone (same line first)."""
        if p.country == "JP" and p.kind is PartyKind.ORGANIZATION and legal_form_prefix(p.name) == 0 \
                and not any(e.name == p.name[s0:e0] for s0, e0, e in Gazetteer.load().scan(p.name)):  # (国立 is no 国立市)
            # No.1 台湾 / 協定校:国立中興大学: a kanji name Japanese by default, in an entry headed by a foreign country
            first = min((m.start for m in all_parties if m.name == p.name), default=p.start)
            heading = _country_heading(text, all_parties, first)
            at = max((c.end for c in all_parties if c.kind is PartyKind.COUNTRY and c.end <= first), default=-1)
            if heading is not None and at >= 0 and text.count("\n", at, first) <= 2:
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, heading, p.source)
        if p.country is not None or p.kind is PartyKind.COUNTRY:
            return p
        if re.search(r"[\u4e00-\u9fff]", p.name) and not re.search(r"[\u30a0-\u30ffA-Za-z]", p.name):
            city = Gazetteer.load().city_country(p.name) if p.kind is PartyKind.MUNICIPALITY else None
            if city is None and p.kind is PartyKind.MUNICIPALITY:
                city = Gazetteer.load().world_city_country(p.name)  # 水原市, 花蓮市: a Korean or Taiwanese city
            if city is not None:  # 大連市, 揚州市: a Chinese city the page names without its country
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, city, p.source)
            return p  # a kanji name without a gazetteer hit: too ambiguous to place by proximity
        listed = _listed_countries(all_parties, text)
        countries = [m for m in all_parties if m.kind is PartyKind.COUNTRY and m.country and m.country != "JP" and m not in listed]
        countries += [m for m in all_parties if m.kind is not PartyKind.COUNTRY and m.country and m.country != "JP"]
        mine = [m for m in all_parties if self.same_party(m.name, p.name)] or [p]
        for m in mine:  # 【参考】アーメダバード市:https://….gov.in/ — the party's own site names its country
            linked = _link_country(text, m.end)
            if linked is not None:
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, linked, p.source)
        for m in mine:  # 都市名:カンザスシティ市 / 国名:アメリカ合衆国 (所在地 アメリカ合衆国…) — a key/value sheet
            for c in countries:
                if 0 < c.start - m.end < 80 and text.count("\n", m.end, c.start) <= 2 \
                        and re.search(r"(?:^|\n)\s*[・■●]?\s*(?:国名?|所在国|所在地|国・地域|国及び地域)\s*(?:[:：|]\s*|\s+)$", text[max(0, c.start - 20) : c.start]):
                    return PartyMention(p.start, p.end, p.text, p.name, p.kind, c.country, p.source)
        for m in sorted(mine, key=lambda m: m.start):  # …ニュージーランドを訪れ、Massey University および Lincoln University と…
            s0 = max(text.rfind("。", 0, m.start), text.rfind("\n", 0, m.start)) + 1
            e0 = min(x for x in (text.find("。", m.end), text.find("\n", m.end), len(text)) if x >= 0)
            here = {c.country for c in countries if s0 <= c.start < e0 and c.kind is PartyKind.COUNTRY}
            if len(here) == 1 and not any(s0 <= q.start < e0 and q.country not in (None, "JP") and q.kind is not PartyKind.COUNTRY
                                          for q in all_parties):
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, here.pop(), p.source)
        for m in mine:  # ダラス市 / アメリカ合衆国 テキサス州: a card's line under the name places it
            ls = text.rfind("\n", 0, m.start) + 1
            le = text.find("\n", m.end)
            if le < 0 or text[ls : m.start].strip(" ■□●○◆◇・【[") or text[m.end : le].strip(" 】]"):
                continue
            ne = text.find("\n", le + 1)
            where = _abroad_places_line(text, le + 1, len(text) if ne < 0 else ne, all_parties)
            if len(where) == 1:
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, where.pop(), p.source)
        best: tuple[int, str] | None = None
        for z0, z1 in d.zone:
            for c in countries:
                if not (z0 <= c.start < z1):
                    continue
                for m in mine:
                    if not (z0 <= m.start < z1):
                        continue
                    gap = abs(c.start - m.start)
                    if "\n" in text[min(c.start, m.start) : max(c.start, m.start)]:
                        gap += 10_000
                        if c.start > m.start:
                            gap += 5_000  # a country heading places the entries below it, not above
                    if best is None or gap < best[0]:
                        best = (gap, c.country or "")
        if best is None or best[0] >= 10_000 + 1_500:
            heading = _country_heading(text, all_parties, min(m.start for m in mine))
            if heading is not None:  # ■ スリランカ民主社会主義共和国 above the entry
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, heading, p.source)
            world = _world_city_country(p)
            if world is not None:  # ホノルル市, City of Trier, バーゼル商工会議所: a city the world gazetteer places
                return PartyMention(p.start, p.end, p.text, p.name, p.kind, world, p.source)
            return p
        return PartyMention(p.start, p.end, p.text, p.name, p.kind, best[1], p.source)

    def _title(self, d: Draft, text: str, atype: AgreementType) -> Found | None:
        cands: list[cue_mod.TitleCue] = []
        for a in d.anchors:
            cands.extend(cue_mod.find_titles(a.unit.text, a.unit.start))
            # the next sentence of the paragraph may name it (…signed an MOU… The MOU is titled "…" (…に関する覚書).)
            line_end = text.find("\n", a.unit.end)
            line_end = len(text) if line_end < 0 else line_end
            nxt = text[a.unit.end : line_end]
            if re.match(r"\s*(?:The (?:MOU|MoU|memorandum|agreement|declaration)[^.]{0,20}(?:is|was) (?:titled|named|called|entitled)"
                        r"|(?:同|本|この)?(?:覚書|協定|宣言|合意書)の(?:正式)?名称は)", nxt):
                cands.extend(t for t in cue_mod.find_titles(nxt, a.unit.end) if t.source != "phrase" or "(" in nxt or "（" in nxt)
        entry = any(a.entry_head for a in d.anchors)
        if self._single:
            # 徳島県・鳴門市・鳴門教育大学の3者による / 「…に関する連携協定」を締結しました: the release's
            # headline names its one agreement, above the first paragraph
            first_para = text.find("。")
            head = text[: first_para if first_para >= 0 else len(text)]
            head = head[: head.rfind("\n") + 1] if "\n" in head else ""
            cands.extend(t for t in cue_mod.find_titles(head, 0) if t.source == "quoted")
        for s, e in d.zone:
            for t in cue_mod.find_titles(text[s:e], s):
                if t.source == "label" or (entry and t.source == "quoted"):
                    cands.append(t)  # (・チョットグラム市 … 「港湾及び物流分野の協力に関する覚書」。: the entry's own instrument)
        # an agreement's own text opens with its name on a line of its own (災害時における相互応援に関する協定書)
        first = next((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), None)
        if first is not None and re.search(r"(?:甲|乙)|次のとおり(?:協定|覚書)|第[1１一]条", text[first.end() : first.end() + 600]):
            line = first.group().strip()
            cands.extend(t for t in cue_mod.find_titles(first.group(), first.start()) if len(t.text) >= 0.9 * len(line))
        for s, e in d.zone:  # ■日本語の正しい名前 / (next line) 災害時における相互応援に関する協定: a heading naming the name
            for m in _NAME_HEADING.finditer(text, s, e):
                line = m.group("line").strip()
                cands.extend(t for t in cue_mod.find_titles(m.group("line"), m.start("line")) if len(t.text) >= 0.9 * len(line))
        text_heads: list[cue_mod.TitleCue] = []
        for s, e in d.zone:  # …改めて協定書の全文を掲載します。/ ---- / 災害時における相互応援に関する協定書 / 十津川村(以下「甲」…
            for m in re.finditer(r"[^\n]+", text[s:e]):
                line = m.group().strip()
                if 6 <= len(line) <= 60 and "。" not in line and _TEXT_OPENS.match(text, s + m.end()):
                    text_heads.extend(t for t in cue_mod.find_titles(m.group(), s + m.start()) if len(t.text) >= 0.9 * len(line))
        for a in d.anchors:
            cell = _name_cell(a.unit, text)
            if cell is not None:
                cands.append(cell)  # No. | 締結日 | 協定名 | 相手方: the row's cell under 協定名
            under = _name_line_under(a.unit, text) if a.unit.is_row else None
            if under is not None:
                cands.append(under)  # 1 | H18.3.31 | 宇佐市建設業協会 / (next line) 災害時における…に関する協定
            above = _name_line_above(a.unit, text) if a.signatory else None
            if above is not None:
                cands.append(above)  # ・災害時における物資の供給に関する協定 / (next line) 締結先:株式会社…
        # (「友好都市提携30周年記念共同宣言」 on a declaration's record: the word the name ends with is its instrument)
        cands = [t for t in cands if t.type is atype or _closing_type(t.text) is atype]
        # 協定の名称を「…」に改めました / 原協定の題名を「…」に改める: the name the instrument bears now
        mine = [c[0].name for c in d.party_mentions]

        def of_this_record(pos: int) -> bool:
            """The nearest body named before the rename, the issuer aside, is one of this record's."""
            home = self._home
            before = [p for p in self._mentions if p.end <= pos and p.kind is not PartyKind.COUNTRY
                      and not (home is not None and self.same_party(p.name, home.name))]
            return not before or any(self.same_party(before[-1].name, n) for n in mine)

        renamed = [t for s0, e0 in d.zone for m in _RENAMED.finditer(text, s0, e0) if of_this_record(m.start())
                   for t in cue_mod.find_titles(m.group("t"), m.start("t")) if t.source == "quoted" or len(t.text) >= len(m.group("t")) - 2]
        renamed = [t for t in renamed if t.type is atype or _closing_type(t.text) is atype]
        if renamed:
            best = renamed[-1]
            return Found(cue_mod.clean_title(text[best.start : best.end]), best.start, best.end)
        heads = [t for t in text_heads if t.type is atype]
        if not cands:
            cands = heads  # the attached text's own heading, when nothing else names it
        if not cands:
            shared = self._shared_name_above(d, text, atype)
            if shared is not None:
                cands = [shared]  # 次の自治体とそれぞれ「…に関する協定」を締結しています。/ ・九重町 …: the list's one name
        if any(not t.text.isascii() for t in cands):
            cands = [t for t in cands if not t.text.isascii()]  # a bilingual page: the Japanese name is the title
        if not cands:
            return None
        rank = {"label": 0, "quoted": 1, "phrase": 2}
        best = min(cands, key=lambda t: (rank[t.source], t.start))
        # a chain names several instruments of one kind: the latest step's is the record's
        steps = [(e[1].value or "", e[1].start) for a in d.anchors if not a.ceremony for e in a.events]
        names = {_norm_title(t.text) for t in cands}
        if steps and len(names) > 1 and not any(_norm_title(x).endswith(_norm_title(y)) or _norm_title(y).endswith(_norm_title(x))
                                                 for x in names for y in names if x != y):
            latest_pos = max(steps)[1]
            same_rank = [t for t in cands if rank[t.source] == rank[best.source]]
            best = min(same_rank, key=lambda t: abs(t.start - latest_pos))
        # the same name written more fully elsewhere (富山市と…との持続可能な…覚書) wins
        fuller = [t for t in cands if len(t.text) > len(best.text) and t.text.endswith(best.text) and rank[t.source] <= 1]
        if fuller and best.source != "label":
            best = max(fuller, key=lambda t: len(t.text))
        if heads and len({v for v, _ in steps}) >= 2 and best not in heads \
                and not any(_norm_title(h.text).rstrip("書") == _norm_title(best.text).rstrip("書") for h in heads):
            # a chain whose latest instrument's own text is attached (…包括連携に関する協定書 / 甲…乙…): its heading
            # names the instrument in force, the quoted name an earlier one
            best = heads[-1]
        # …に関する連携協定(PDF:187KB)※1 in a table's cell: the link's file label and a note mark are no part of the name
        tail = _TITLE_TAIL.search(text, best.start, best.end)
        if tail is not None and tail.start() - best.start > 4:
            end = tail.start()
            return Found(cue_mod.clean_title(text[best.start : end]), best.start, end)
        return Found(best.text, best.start, best.end)

    @staticmethod
    def _events(d: Draft) -> list[Found]:
        raw = [(typ, dm) for a in d.anchors if not a.ceremony for typ, dm, _ in a.events]
        if not raw:  # 8月3日、…協定の締結式が行われました and no other dated step: the ceremony concluded it
            raw = [(EventType.SIGNED, dm) for a in d.anchors if a.ceremony for _, dm, _ in a.events[:1]][:1]
        for a in d.anchors:  # 3月24日、改正協定の調印式を行いました: the ceremony of a later step is that step
            if a.ceremony and raw and _RENEWAL_CEREMONY.search(a.unit.text):
                raw.extend((EventType.RENEWED, dm) for _, dm, _ in a.events[:1]
                           if (dm.value or "") > max(d0.value or "" for _, d0 in raw)
                           and not any(_compatible(dm.value or "", d0.value or "") for _, d0 in raw))
        # a ceremony's date only makes a step's coarser date precise (2020年2月 → 2月11日)
        for a in d.anchors:
            if not a.ceremony:
                continue
            for _, dm, _ in a.events:
                for i in range(len(raw) - 1, -1, -1):
                    t0, d0 = raw[i]
                    if _compatible(dm.value or "", d0.value or "") and len(dm.value or "") > len(d0.value or ""):
                        raw[i] = (t0, dm)
                        break
        raw.sort(key=lambda x: (x[1].value or "", x[1].start))
        merged: list[tuple[EventType, DateMention]] = []
        for typ, dm in raw:
            for i, (t2, d2) in enumerate(merged):
                if _compatible(dm.value or "", d2.value or ""):
                    # one step told twice: the more precise date wins, and a renewal word
                    # (再締結, 更新) says more than a generic 調印
                    keep = dm if len(dm.value or "") > len(d2.value or "") else d2
                    merged[i] = (EventType.RENEWED if EventType.RENEWED in (t2, typ) else t2, keep)
                    break
            else:
                merged.append((typ, dm))
        merged.sort(key=lambda x: x[1].value or "")
        return _later_signings_renew([Found(Event(typ, dm.value or ""), dm.start, dm.end) for typ, dm in merged])

    def _current_terms(self, periods: list[PeriodMention], text: str, events: list[Found] | None) -> list[PeriodMention]:
        """Of several durations, those told of an earlier step (…平成28年10月…再締結した(有効期間は7年間)) give way
        to the term of the instrument now in force."""
        # 変更前:締結日から令和6年5月31日まで / 変更後:…令和8年5月31日まで, 当初の有効期間(…) / 有効期間を2年間延長:
        # a term the amendment replaced, and the length an extension added, are not the term in force
        superseded = [p for p in periods if _SUPERSEDED_TERM.search(text[max(text.rfind("\n", 0, p.start) + 1, p.start - 16) : p.start])
                      or (p.kind == "duration" and _EXTENSION_AFTER.match(text, p.end))]
        if superseded and len(superseded) < len(periods):
            periods = [p for p in periods if p not in superseded]
        durations = [p for p in periods if p.kind == "duration"]
        steps = [str(f.value.date) for f in events or [] if isinstance(f.value, Event)]
        ranges = [p for p in periods if p.kind == "range" and p.start_value]
        if steps and len(ranges) >= 2 and any(p.start_value >= max(steps) for p in ranges):
            # 協定締結(有効期間:H30.10.1~R3.9.30) / 協定更新(更新後の有効期間:R3.10.1~R6.9.30): the term from the latest step
            periods = [p for p in periods if not (p.kind == "range" and p.start_value and p.start_value < max(steps))]
        current = [p for p in periods if p.kind == "range" and p.start_value and steps and p.start_value >= max(steps)]
        if current:
            # (有効期間:締結日から令和3年3月31日まで) told of the old 覚書, beside 令和6年4月1日から令和9年3月31日まで of the
            # new one: a term that ended before the one in force began is an earlier instrument's
            begins = min(str(p.start_value) for p in current)
            periods = [p for p in periods if not (p not in current and getattr(p, "end_value", None) and str(p.end_value) < begins)]
        if len(durations) < 2 or not steps:
            return periods
        latest = max(steps)[:4]

        def told_of_earlier(p: PeriodMention) -> bool:
            s0 = max(text.rfind("\n", 0, p.start), text.rfind("。", 0, p.start)) + 1
            e0 = min(x for x in (text.find("\n", p.end), text.find("。", p.end), len(text)) if x >= 0)
            years = [dm.value[:4] for dm in self._dates if s0 <= dm.start < e0 and dm.value and not dm.inferred]
            return bool(years) and max(years) < latest

        old = [p for p in durations if told_of_earlier(p)]
        if old and len(old) < len(durations):
            return [p for p in periods if p not in old]
        return periods

    def _term(self, d: Draft, text: str, periods: list[PeriodMention], events: list[Found] | None = None) -> dict[str, Found]:
        term: dict[str, Found] = {}
        anchor_spans = [(a.unit.start, a.unit.end) for a in d.anchors]
        zone_periods = [p for p in periods if any(s <= p.start < e for s, e in d.zone)]
        if not zone_periods and events:
            # ※協定の有効期間は、いずれも締結日から5年間(自動更新)です: one note for every listed agreement
            zone_periods = [p for p in periods if any(s0 <= p.start < e0 for s0, e0 in self._shared_terms)]
        zone_periods = self._current_terms(zone_periods, text, events)
        for p in zone_periods:
            in_anchor = any(s <= p.start and p.end <= e for s, e in anchor_spans)
            in_term_cell = any(a.unit.is_row and a.unit.start <= p.start and p.end <= a.unit.end
                               and text[a.unit.start : p.start].count(" | ") in self._term_columns.get(a.unit.start, ())
                               for a in d.anchors)  # 締結日 | 有効期間 / … | 令和4年8月26日~令和9年8月25日
            line_start = text.rfind("\n", 0, p.start) + 1
            prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            prev2 = text.rfind("\n", 0, max(0, prev_start - 1)) + 1
            context = text[prev2 : p.start]
            if _ACTIVITY_HEAD.search(context) and not in_anchor:
                continue  # ■派遣の概要 / 期間 7月24日~8月3日: the dates of a trip or an event, not the agreement's term
            labelled = bool(_TERM_LABEL.search(context[-80:]) or _TERM_LABEL.search(p.text)) or in_anchor or in_term_cell or bool(
                re.match(r"\s*(?:まで)?(?:を|が|の)?(?:有効期間|有効期限|期間|期限)|\s*(?:その)?効力を(?:生ず|生じ|有す|発す)|\s*(?:発効|施行)(?:する|し)",
                         text[p.end : p.end + 12]))  # …までを有効期間とし / 令和6年5月20日から効力を生ずる
            english = text[p.start : p.start + 1].isascii()
            before = text[max(line_start, p.start - (80 if english else 14)) : p.start]
            if p.kind == "renewal" and p.renewal and "renewal" not in term:
                term["renewal"] = Found(p.renewal, p.start, p.end)
                # さらに3年間、自動的に更新: the period named just before is the renewal's
                prior = [q for q in zone_periods if q.kind == "duration" and q.duration and 0 <= p.start - q.end <= 6
                         and (re.search(r"さらに|更に|同一|同じ期間", text[max(0, q.start - 8) : q.start])
                              or re.fullmatch(r"、?(?:ずつ|ごと)?", text[q.end : p.start]))]  # 1年間自動更新とし
                if p.renewal == "auto" and prior:
                    term["renewal"] = Found(prior[-1].duration, prior[-1].start, p.end)
                elif p.renewal == "auto" and re.search(r"同一の?期間|同じ期間|同期間", text[max(line_start, p.start - 20) : p.end]):
                    term["renewal"] = Found("same", p.start, p.end)  # resolved to the duration below
            elif p.kind == "duration" and p.duration and labelled and "duration" not in term:
                if re.search(r"さらに|更に|同一|同じ期間", text[max(0, p.start - 8) : p.start]) \
                        or re.match(r"、?(?:(?:ずつ|ごと)(?:に)?(?:自動(?:的に)?)?|自動(?:的に)?)(?:更新|延長)", text[p.end : p.end + 8]):
                    continue  # the period of a renewal, not of the term (1年間自動更新とし)
                term["duration"] = Found(p.duration, p.start, p.end)
                after = text[p.end : p.end + 40] if english else ""  # for three years from the date of signing
                if (re.search(_FROM_SIGNING, before) or re.match(r"\s(?:" + _FROM_SIGNING + ")", after)) and events and "start" not in term:
                    last = self._latest_step(events)  # 署名の日から: the instrument now in force
                    if last is not None:
                        term["start"] = last
            elif p.kind == "range" and re.match(r"\s*(?:と|で)?(?:していた|されていた|あった|だった)", text[p.end : p.end + 10]):
                continue  # 令和7年5月15日までとしていた有効期間を…に改めました: the term before the change
            elif p.kind == "range" and labelled and (not in_anchor or in_term_cell or _TERM_LABEL.search(before) or re.search(_FROM_SIGNING, before + p.text)):
                if p.start_value and "start" not in term:
                    term["start"] = Found(p.start_value, p.start, p.end)
                elif not p.start_value and "start" not in term and events and re.search(_FROM_SIGNING, before):
                    last = self._latest_step(events)  # 協定締結の日から令和7年3月31日まで
                    if last is not None:
                        term["start"] = last
                if p.end_value and "end" not in term:
                    term["end"] = Found(p.end_value, p.start, p.end)
        if "renewal" in term and term["renewal"].value == "same":
            # 同一の期間、自動的に更新される: renewed for the term's own length
            if "duration" in term:
                term["renewal"] = Found(term["duration"].value, term["renewal"].start, term["renewal"].end)
            else:
                term["renewal"] = Found("auto", term["renewal"].start, term["renewal"].end)
        if "end" not in term:
            # 有効期限 :2030年2月16日 in an entry: the day the term ends
            for s0, e0 in d.zone:
                for m in _EXPIRY_LABEL.finditer(text, s0, e0):
                    dm = next((x for x in self._dates if x.start == m.end() and x.value and len(x.value) == 10), None)
                    if dm is not None:
                        term["end"] = Found(dm.value, dm.start, dm.end)
                        break
                if "end" in term:
                    break
        if "end" not in term:
            # 令和6年3月31日をもって本覚書を終了することで合意: the day the instrument ended
            for s0, e0 in d.zone:
                for dm in find_dates(text[s0:e0]):
                    # (平成30年10月2日付けで姉妹都市関係を解消 / …をもって覚書は失効: an ended tie's expiry, gold/README.md;
                    # not an earlier instrument's, before a renewal)
                    later = bool(dm.value) and any(isinstance(f.value, Event) and str(f.value.date) > str(dm.value) for f in (events or []))
                    ls, le = _line_at(text, s0 + dm.start)
                    if " | " in text[ls:le] \
                            and not any(text.rfind("\n", 0, a.unit.start) + 1 == ls for a in d.anchors):
                        continue  # another row's expiry (…| 2022年3月31日をもって失効), not this record's
                    if dm.value and len(dm.value) >= 7 and not later and (_ENDED_ON.match(text, s0 + dm.end)
                            or (_EXPIRED_ON.match(text, s0 + dm.end)  # R5.3.31 協定期間満了により終了, on one of the record's own lines
                                and any(a.unit.start <= s0 + dm.start < a.unit.end for a in d.anchors))):
                        term["end"] = Found(dm.value, s0 + dm.start, s0 + dm.end)
                        break
                if "end" in term:
                    break
        if "start" not in term and events:
            # 覚書は署名の日から効力を生じ、期限は定めない: in force from the signing, with no other term
            for s0, e0 in d.zone:
                m = re.search("(?:" + _FROM_SIGNING + r")\s*(?:その)?効力を(?:生ず|生じ|有す|発す)", text[s0:e0])
                if m is not None:
                    last = self._latest_step(events)
                    if last is not None:
                        term["start"] = last
                    break
        return term

    def _latest_step(self, events: list[Found]) -> Found | None:
        """The latest dated step, when it is dated to the day: the start of a term
        that runs from its signing. A partial amendment (協定の一部を変更する協定, 一部改正) leaves
        the term where it was."""
        text = self._text

        def amends(f: Found) -> bool:
            ls = max(text.rfind("\n", 0, f.start), text.rfind("。", 0, f.start)) + 1
            le = min(x for x in (text.find("。", f.end), text.find("\n", f.end), len(text)) if x >= 0)
            return f.value.type is EventType.RENEWED and bool(_PARTIAL_AMENDMENT.search(text[ls:le]))  # type: ignore[union-attr]

        steps = [f for f in events if isinstance(f.value, Event)]
        steps = [f for f in steps if not amends(f)] or steps
        if not steps:
            return None
        last = max(steps, key=lambda f: f.value.date)  # type: ignore[union-attr]
        date = last.value.date  # type: ignore[union-attr]
        return Found(date, last.start, last.end) if len(date) == 10 else None

    def _sectors(self, d: Draft, text: str, units: list[Unit], title: Found | None, parties: list[PartyMention],
                 relation: bool = False) -> list[Found]:
        """Fields of the agreement, from its name, its purpose and its listed items; for a
        sister or friendship tie (``relation``) a sentence telling the tie gives fields only
        when it states its purpose."""
        spans: list[tuple[int, int]] = []
        if title is not None:
            spans.append((title.start, title.end))
        activity = self._activity
        for a in d.anchors:
            if a.ceremony:
                continue
            if a.unit.start in activity:  # 黒竜江省 | 中国 | 友好県省 | 1983年 | (これまでの主な交流:) 研修員の受入れ…
                pos = a.unit.start
                for s0, e0 in sorted(activity[a.unit.start]):
                    spans.append((pos, s0))
                    pos = e0
                spans.append((pos, a.unit.end))
                continue
            latin = sum(ch.isascii() and ch.isalpha() for ch in a.unit.text) >= 0.5 * len(a.unit.text)
            # a visit, exchanges carried on, or an English paragraph (too wide a scope): only the instrument's name speaks of fields
            if a.background or _ONGOING.search(a.unit.text) or latin or (
                    relation and "。" in a.unit.text and not _PURPOSE_SENTENCE.search(a.unit.text)):
                # (…台風で農業が被害を受け、…翌年、姉妹県州の提携を結びました: how a tie began, not its fields)
                spans.extend((t.start, t.end) for t in cue_mod.find_titles(a.unit.text, a.unit.start))
                if latin:  # …signed an MOU with X on hydrogen supply chains: the subject the instrument is on
                    spans.extend((a.unit.start + m.start("f"), a.unit.start + m.end("f")) for m in _EN_INSTRUMENT_ON.finditer(a.unit.text))
                # …スポーツ、教育及びまちづくりの分野で協力することを定めた包括連携協定: the fields the instrument sets
                for m in _FIELDS_OF_INSTRUMENT.finditer(a.unit.text):  # (from the clause that lists them: 同大学は、… is no field)
                    opens = [c.end() for c in re.finditer(r"[はにでて]、|。", a.unit.text[: m.start()])]
                    spans.append((a.unit.start + (opens[-1] if opens else 0), a.unit.start + m.end()))
            else:
                spans.append((a.unit.start, a.unit.end))
        for a in d.anchors:
            for c in a.type_cues if a.entry_head else []:
                if not a.unit.start <= c.start < a.unit.end:
                    # Hokkaido University / Japan | Agreement type: Student Exchange MOU, since 2019: the kind of
                    # instrument on the entry's second line names its field, as a title does
                    cs = max(text.rfind("|", 0, c.start), text.rfind("\n", 0, c.start)) + 1
                    ce = min(x for x in (text.find("|", c.end), text.find("\n", c.end), len(text)) if x >= 0)
                    spans.append((cs, ce))
        mine = [m for c in d.party_mentions for m in c]
        for a in d.anchors:  # フランス | ルーアン国立演劇センター | … | 作品の共同制作、人材交流: the row's own content cell
            cols = self._content_columns.get(a.unit.start, frozenset()) if a.unit.is_row else frozenset()
            pos = a.unit.start
            for i, cell in enumerate(a.unit.text.split("|")):
                if i in cols:
                    spans.append((pos, pos + len(cell)))
                pos += len(cell) + 1

        def others_item(u: Unit) -> bool:
            """An item that names another record's partner (テキサス州の大学と…): that record's, not this one's."""
            return any(u.start <= p.start < u.end and p.country != "JP" and p.kind in (PartyKind.REGION, PartyKind.MUNICIPALITY)
                       and not any(self.same_party(p.name, m.name) for m in mine) for p in parties)

        own_units = {a.unit.start for a in d.anchors}
        topic_heading = False
        for s, e in d.zone:
            zone_units = [u for u in units if s <= u.start < e]
            in_block = False
            block_indent = 0
            block_marker = ""
            in_reference = False  # under 【参考】, これまでの経緯, …とは: background, not this agreement
            item_marker = ""  # the bullet or numbering of the block's first item
            item_rows = False  # under a table's header row 番号 | 連携事項: each row is an item
            row_items = False  # the block's items so far were a table's rows
            for u in zone_units:
                if _UNDERLINE.fullmatch(u.text):
                    continue  # Areas of Cooperation / -------------: a heading's rule neither opens nor ends a block
                row_items = row_items and in_block
                if u.start in own_units and topic_heading:
                    in_reference = False  # ◆姉妹都市提携について … 調印式で…署名しました: the record's own telling, not a reference
                if u.is_row and item_rows and not in_reference:
                    spans.append((u.start, u.end))
                    continue
                cells = [c.strip() for c in u.text.split("|")] if u.is_row else []
                item_rows = bool(cells) and all(len(c) <= 10 and not re.search(r"\d", c) for c in cells) \
                    and any((_PURPOSE_LABEL.search(c) or re.fullmatch(r"(?:主な)?内容|取組内容", c)) and not _TERM_LABEL.search(c)
                            for c in cells) and len(cells) <= 3 \
                    and not any(re.search(r"日付|日時|年月|時期|場所|会場|期間", c) for c in cells)  # (項目 | 内容 under 4 主な内容; not 日付 | 内容 | 場所)
                if item_rows:
                    continue
                body = _NUMBERING.sub("", u.text)
                numbered_item = bool(_NUMBERED_ITEM.match(u.text))
                mark = _marker(u.text)
                if in_block and item_marker and mark and mark != item_marker \
                        and _MARKER_RANK.get(mark, 0) < _MARKER_RANK.get(item_marker, 0):
                    in_block = False  # ・item ・item then ■ next news item: a marker of a higher level ends the list
                if (u.is_heading or len(body) <= 20) and "。" not in body and _REFERENCE.search(body) \
                        and not (in_block and numbered_item):  # ２ 伝統文化や芸術の紹介: an item, not a heading
                    in_reference, in_block = True, False
                    topic_heading = bool(re.search(r"について$", body.strip()))  # (a topic, not 経緯 / 参考)
                    continue
                if u.is_row and _ROW_PURPOSE.match(u.text):
                    spans.append((u.start, u.end))  # 交流分野 | (1)産業 (2)観光
                    continue
                deeper = in_block and u.indent > block_indent
                # ■覚書の主な内容 then 1. … 2. …: a numbering of another kind is the block's items
                nested = in_block and _MARKER_RANK.get(_marker(u.text), 0) > _MARKER_RANK.get(block_marker, 0)
                bare_body = re.sub(r"\s?[(（][^)）]*[)）]\s*$", "", body)  # Main areas of cooperation(主な連携内容)
                short_label = len(body) <= 16 or (bare_body.isascii() and len(bare_body) <= 40)  # Areas of cooperation
                label_like = (u.is_heading or (short_label and "。" not in body and not u.is_row)) and not deeper and not nested
                # 人口 / 面積 / 概要 under a partner's name: the 概要 of a city profile, not of the agreement
                city_profile = bool(re.fullmatch(r"\s*[【■●◆\[]?(?:都市|市|町|州|省)?(?:の)?(?:概要|概況)[】\]]?\s*", body)) \
                    and bool(re.search(r"(?:^|\n)\s*[【■●◆\[]?(?:人口|面積)", text[max(0, u.start - 200) : u.start]))
                # (7 株式会社クロスリンク九州の概要: a line naming a party still heads a profile, numbered or long;
                # the parties are looked up only for a line that reads as a profile)
                if (city_profile or _PROFILE_LABEL.search(body) and not _NOT_PROFILE.search(body)) \
                        and not cue_mod.find_type_cues(body) and (
                        (label_like and not numbered_item)
                        or (not deeper and not u.is_row and "。" not in body and len(body) <= 32
                            and any(u.start <= p.start < u.end for p in parties))):
                    in_reference, in_block = True, False  # 【花蓮慈済病院の概要】: the partner's profile
                    continue
                if (_LIST_FOLLOWS.search(body) and (_PURPOSE_LABEL.search(body) or _LIST_NAMES.search(body))
                        or _SAYS_OPENER.search(body) or _POINTS_OPENER.search(body) or _EN_LIST_OPENER.search(body)) and not in_reference:  # 覚書の内容は大きく3点です。1点目は…  # (…署名しました。協定では、 / ・item / に取り組みます)
                    if not in_block:  # under 4 協定の主な内容, the heading's level still bounds the block
                        block_indent, block_marker, item_marker = u.indent, mark, ""
                    in_block = True
                    spans.append((u.start, u.end))  # …市民交流に加え、次の分野で協力を進める: the line speaks of fields too
                    continue  # 覚書の主な内容は次のとおり。: the items below are the agreement's
                if _DEPT_LINE.match(body) and not _PURPOSE_LABEL.search(body):
                    in_block = False  # 八女市 商工観光課: the issuing department's line, not an item
                    continue
                if label_like and in_block and u.indent < block_indent and _marker(u.text):
                    in_block = False  # 5 これまでの主な交流: a heading left of the block's opener ends it
                    continue
                if label_like:
                    if _PURPOSE_LABEL.search(body) and not _TERM_LABEL.search(body):
                        in_block, in_reference = True, False
                        block_indent, block_marker, item_marker = u.indent, mark, ""
                        spans.append((u.start, u.end))
                    elif in_block and (u.is_item or (not u.is_heading and find_sector_cues(body))):
                        spans.append((u.start, u.end))  # a short item of the list: ア 観光 / 音楽・食文化などの文化交流
                        item_marker = item_marker or mark
                    else:
                        in_block = False  # a heading of another kind ends the block
                    continue
                if _PURPOSE_LINE.match(body) and not _PROFILE_LINE.match(body) and not in_reference:  # (事業内容 under 7 X社の概要)
                    spans.append((u.start, u.end))  # 目的:… on one line
                    in_block = True
                    block_indent, block_marker, item_marker = u.indent, mark, ""
                    continue
                if _KEY_LINE.match(body):
                    in_block = False  # 都市の概要:… / 主な交流:… — another key of a key/value list ends the block
                    continue

                # an item of the list names an activity (研修受入れ・派遣による人材育成, …セミナーの共同開催);
                # only a sentence reporting what was done (…を開催しました) is background
                # (an unmarked line is reported only as a sentence: 研修員の受入れ…による港湾人材の育成 alone is an item)
                reported = _ITEM_BACKGROUND.search(u.text) and (re.search(r"(?:た|ました|ています|ており)[。、]?$|た。", u.text)
                                                                or (not _NUMBERING.match(u.text).group().strip() and "。" in u.text))
                if in_block and row_items and not u.is_row:
                    in_block = row_items = False  # the line after the block's table is no item of it
                if in_block and not u.is_row and not reported and not others_item(u):
                    spans.append((u.start, u.end))
                    item_marker = item_marker or mark
                elif u.is_row and in_block and not in_reference and not others_item(u) \
                        and len(cells[0]) <= 12 and not _TERM_LABEL.search(cells[0]):
                    spans.append((u.start, u.end))  # 覚書に定める協力分野 then 環境 | 森林資源の保全…: the table is the list
                    row_items = True
                elif u.is_row and not in_reference and (says := _SAYS_SENTENCE.search(u.text)):
                    # その後の経過 | …合意書を取り交わしました。合意書では、環境保全…の4分野での協力を進める…:
                    # what the instrument says stays its fields, inside a row of what was done
                    spans.append((u.start + says.start(), u.start + says.end()))
                    in_block = False
                elif u.is_row:
                    in_block = False
                elif _PURPOSE_SENTENCE.search(u.text) and not (_ITEM_BACKGROUND.search(u.text) and _REPORTED_END.search(u.text)) \
                        and "。" in u.text and not in_reference \
                        and not _EXCHANGES_CARRIED_ON.search(u.text):  # …様々な分野で交流を重ねています
                    spans.append((u.start, u.end))  # 協定では、観光…の4分野で協力することを定めています。
                elif "。" not in u.text and not in_reference and (en := _EN_INSTRUMENT_FIELDS.search(u.text)):
                    # The sister agreement provides for exchange in agriculture…, The memorandum lists tourism… as
                    # priority fields: what an English text says the instrument covers
                    spans.append((u.start + en.start("f"), u.end))
                elif "。" in u.text and not in_reference and (says := _INSTRUMENT_SAYS.search(u.text)):
                    # 協定書では、経済・観光…の各分野で交流を進めることがうたわれており、これまで…派遣を行っています:
                    # what the instrument says, not the exchanges reported after it
                    spans.append((u.start, u.start + says.end()))
        found: dict[Sector, Found] = {}
        party_spans = [(p.start, p.end) for p in self._every_mention]
        # in the instrument's own name only the partners' names are masked: 災害ボランティアセンターの
        # 設置及び運営に関する協定 names its field even though the centre reads as a body
        own_spans = [(p.start, p.end) for p in self._every_mention if any(self.same_party(p.name, m.name) for m in mine)]
        for s, e in sorted(set(spans)):
            named = own_spans if title is not None and (s, e) == (title.start, title.end) else party_spans
            masked = [(ps - s, pe - s) for ps, pe in named if s <= ps and pe <= e]
            for c in find_sector_cues(text[s:e], s, masked=masked):
                found.setdefault(c.sector, Found(c.sector, c.start, c.end))
        return list(found.values())


def _same_org_referent(m: re.Match[str], before: list[PartyMention]) -> PartyMention | None:
    """The organisation a 同社 / 同大学 (``m``, a :data:`_SAME_ORG_SUBJECT` match) refers to among the
    mentions ``before`` it: 同大学 is the university last named, 同協会 the association (同社/同行/同法人:
    any body)."""
    orgs = [p for p in before if p.kind is PartyKind.ORGANIZATION]
    head = _HEAD_IN_FULL.get(m.group("head"), m.group("head"))
    headed = [p for p in orgs if p.name.endswith(head)] if len(head) >= 2 else []
    # 同社 is a company: 豊島区教育委員会と同社は… refers back past the board to the company named before it
    companies = [p for p in orgs if _COMPANY_FORM.search(p.name)] if head == "社" else []
    return (headed or companies or orgs or [None])[-1]


_COMPANY_FORM = re.compile(r"株式会社|有限会社|合同会社|合資会社|合名会社|[(（]株[)）]|㈱|公司|(?<![A-Za-z])(?:Inc|Ltd|LLC|Corp|Co|GmbH|AG|S\.?A)\b")


def _issuer_line(jp: list[PartyMention], text: str) -> PartyMention | None:
    """The body named with its department in the first lines (令和7年2月3日発行 岐阜県 知事公室),
    or alone on one of them."""
    end = lines_end(text, 6)
    for p in jp:
        if p.start >= end:
            break
        if re.match(r"\s*[^\s\n。]{0,12}(?:課|部|局|室|公室|本部|センター)", text[p.end : p.end + 16]):
            return p
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        if not text[line_start : p.start].strip() and not text[p.end : len(text) if line_end < 0 else line_end].strip():
            return p  # the body's name on a line of its own under the date
    for p in jp:  # 編集・発行/岡山市広報広聴課 in a newsletter's footer
        if re.search(r"(?:編集・?発行|発行元?|発行者|編集)\s*[/:：／]\s*$", text[max(0, p.start - 12) : p.start]):
            return p
    return None


def _published_by(jp: list[PartyMention], text: str) -> PartyMention | None:
    """The body a cover line near the top says published the book or report (平成二十七年三月
    北海道伊達市 発行, 下関市港湾局 編), when the page's self-word (本市) agrees with its kind."""
    end = lines_end(text, 4)
    speaks_as = _self_word(text)
    for p in jp:
        if p.start >= end:
            break
        line_end = text.find("\n", p.end)
        if re.fullmatch(r"\s*(?:[^\s\n。、]{0,8}?(?:課|部|局|室))?\s*(?:発行|編集・?発行|刊行|編さん|編纂|編)\s*", text[p.end : len(text) if line_end < 0 else line_end]) \
                and (speaks_as is None or p.name.endswith(speaks_as)):
            return p
    return None


def _opening_subject(jp: list[PartyMention], text: str) -> PartyMention | None:
    """The local government the page opens with as its subject (入間市では、…)."""
    end = lines_end(text, 4)
    for p in jp:
        if p.start >= end:
            break
        if re.match(r"(?:では|は)[、,]", text[p.end : p.end + 3]):
            return p
    return None


def _self_reference(jp: list[PartyMention], text: str, same_party: SamePartyFn) -> PartyMention | None:
    """本県/県は… with one prefecture named, 本市/市は… with one city named: that body."""
    for kinds, ref in (((PartyKind.REGION,), r"本県|当県|(?<![都道府県市町村区\w])県(?:は|と|が|の)"),
                       ((PartyKind.MUNICIPALITY,), r"本市|当市|本町|本村|本区")):
        if not re.search(ref, text):
            continue
        named = [p for p in jp if p.kind in kinds]
        if named and all(same_party(p.name, named[0].name) for p in named):
            return named[0]
    return None


_ERA_NAMES = frozenset({"令和", "平成", "昭和", "大正", "明治"})
_FOREIGN_WORD = re.compile(r"[\u30a1-\u30fa\u30fc・]{3,}|[A-Za-z]{3,}")


def _unread_name(u: Unit, mentions: list[PartyMention]) -> bool:
    """Whether the unit holds a name the rules did not read: a proper noun (unidic's 固有名詞,
    not an era) or a katakana or Latin word unidic does not know (no lemma of its own; a
    loanword's lemma carries its source word, センター-center), outside every mention found.
    NER can add a party only there; elsewhere it reads the same names again."""
    known = [(m.start, m.end) for m in mentions if u.start <= m.start < u.end]
    for t in get_tokenizer().tokens(u.text):  # (its offsets index u.text)
        if t.surface in _ERA_NAMES or any(a <= u.start + t.start and u.start + t.end <= b for a, b in known):
            continue
        if t.pos[1] == "固有名詞" or (t.lemma == t.surface and _FOREIGN_WORD.fullmatch(t.surface)):
            return True
    return False


def _headline_end(text: str) -> int:
    """End of the first non-blank line (a page's or release's headline); when that line is a site's title
    bar (地域ニュース | みなと新報デジタル), the end of the line under it too: the page's own headline."""
    i = 0
    while i < len(text) and text[i] in "\n \t":
        i += 1
    j = text.find("\n", i)
    if j >= 0 and TITLE_BAR.search(text[i:j]):
        k = j
        while k < len(text) and text[k] in "\n \t":
            k += 1
        if k < len(text):
            nxt = text.find("\n", k)
            return len(text) if nxt < 0 else nxt
    return len(text) if j < 0 else j


def _departments_as_bodies(parties: list[PartyMention]) -> list[PartyMention]:
    """宮城県経済商工観光部 (the issuing department, as an organisation mention): a vote
    for the local government it belongs to when choosing the issuer."""
    g = Gazetteer.load()
    out: list[PartyMention] = []
    for p in parties:
        if p.kind is not PartyKind.ORGANIZATION or p.country not in (None, "JP"):
            continue
        m = re.match(r"(.{2,6}?(?:都|道|府|県|市|町|村|区))(.{1,16}(?:部|局|課|室|本部|センター))$", p.name)
        if m and g.lookup_municipality(m.group(1)):
            kind = PartyKind.REGION if m.group(1)[-1] in "都道府県" else PartyKind.MUNICIPALITY
            out.append(PartyMention(p.start, p.start + len(m.group(1)), m.group(1), m.group(1), kind, "JP", "department"))
    return out


_JAPANESE_EDITION = re.compile(r"日本語(?:サイト|版|ページ|ホームページ)|[(（]日本語[)）]|[\s|]日本語\s*$")  # (… | 全州市 日本語)


def _foreign_site_owner(parties: list[PartyMention], text: str) -> PartyMention | None:
    """The foreign city or region whose Japanese-language site the page is (…| 釜山広域市 日本語サイト):
    its first line names the edition and that body, and nothing Japanese stands beside it there."""
    first = text[: lines_end(text, 1)] if text else ""
    if not _JAPANESE_EDITION.search(first):
        return None
    named = [p for p in parties if p.end <= len(first)]
    abroad = [p for p in named if p.country != "JP" and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)]
    if len(abroad) != 1 or any(p.country == "JP" for p in named):
        return None
    owner = abroad[0]
    if owner.country is None:  # (全州市 日本語: the world's cities place it)
        owner = replace(owner, country=_world_city_country(owner))
    return owner


def _english_site_owner(parties: list[PartyMention], text: str) -> PartyMention | None:
    """The body an English page's title bar ends with (Exchange partners | International Office |
    University of the Coral Coast): the site's owner, whatever its country."""
    first = text[: lines_end(text, 1)] if text else ""
    if not re.search(r"[A-Za-z]{4}", first) or re.search(r"[ぁ-ゖァ-ヺ一-龥]", first):
        return None
    if " | " not in first:
        # JEOLLANAM-DO PROVINCIAL GOVERNMENT: a letterhead in capitals names the body the page names again below
        head = first.strip()
        if not head.isupper():
            return None
        named = [p for p in parties if p.name.upper() == head and p.kind is not PartyKind.COUNTRY]
        return named[0] if named else None
    last = first.rstrip().rsplit(" | ", 1)[1]
    start = len(first.rstrip()) - len(last)
    if re.search(r"(?i)\b(?:web ?site|site|home ?page|portal|guide)$", last):
        return None  # City of Takamatsu Official Website, Nozawa Onsen Visitor Guide: the site's name, not a body
    owner = [p for p in parties if p.start == start and p.end == start + len(last) and p.kind is not PartyKind.COUNTRY]
    if len(owner) != 1 or any(p.kind is owner[0].kind and p.country == "JP" and not p.name.isascii() for p in parties):
        return None  # (News | Akita Prefectural University over a Japanese summary naming 秋田県立大学: the Japanese name is the issuer's)
    return owner[0]


def pick_home(parties: list[PartyMention], same_party: SamePartyFn, *, headline_end: int = 0, text: str = "") -> PartyMention | None:
    """The issuing body: the Japanese local government named most often, when it
    clearly dominates (a digest about many places has no home); failing that, the
    only one the headline names (室蘭市の姉妹都市)."""
    foreign = _foreign_site_owner(parties, text) or _english_site_owner(parties, text)
    if foreign is not None:
        return foreign  # 釜山広域市 日本語サイト: a foreign body's page for Japanese readers speaks for that body
    own = _defined_self(parties, text) or _organisation_voice(parties, text)
    if own is not None:
        return own  # 岡山商工会議所 事業報告 … 当所と…が覚書を締結: the organisation speaks of itself
    titled = _titled_organisation(parties, text, same_party) or _letterhead_organisation(parties, text) \
        or _title_bar_organisation(parties, text)
    if titled is not None:
        return titled  # 災害時応援協定等の締結状況 大阪港湾局 / 大阪港湾局では、…協定を締結しています
    speaker = _speaker_body(parties, text) if text else None
    if speaker is not None:
        return speaker  # 新十津川町長 あいさつ … 十津川村長様と私とで…署名: the speech is its speaker's body's
    parties = parties + _departments_as_bodies(parties)
    council = _council_owner(text) if text else None
    if council is not None and (re.search("[本当]" + council.name[-1] + "(?![民内外長議])", text) or re.search(
            "(?<![一-龥ァ-ヺ])" + council.name[-1] + "(?:長|議会|当局)(?![一-龥])", text)):  # 答(村長): the council's own body
        return council  # 那覇市議会 会議録 … 本市とホノルル市は: the council's body speaks of itself
    jp = [p for p in parties if p.country == "JP" and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)
          and not (text and _ADDRESS.search(text[text.rfind("\n", 0, p.start) + 1 : p.start]))
          and not (text and _ADDRESS_NOTE.search(text[max(0, p.start - 30) : p.start]))
          and not (text and text[p.start - 1 : p.start] in ("(", "（") and text[p.end : p.end + 1] in (")", "）"))]
    if not jp:
        if council is not None:
            return council  # 令和六年九月敦賀市議会定例会会議録: the council's municipality
        orgs = [p for p in parties if p.country == "JP" and p.kind is PartyKind.ORGANIZATION]
        if text and orgs:
            # a university's or a company's own page: the organisation it names most
            groups_o: dict[str, list[PartyMention]] = {}
            for p in orgs:
                key = next((k for k in groups_o if same_party(k, p.name)), p.name)
                groups_o.setdefault(key, []).append(p)
            def weight(g: list[PartyMention]) -> tuple[int, int]:
                subject = sum(1 for p in g if re.match(r"\s*(?:は|が)", text[p.end : p.end + 2]))
                return subject, len(g)

            best = max(groups_o.values(), key=weight)
            if weight(best)[0] >= 1 or (len(best) >= 2 and len(best) >= 0.5 * len(orgs)):
                return best[0]
        return None
    head = [p for p in jp if p.end <= headline_end]
    fallback = head[0] if head and all(same_party(p.name, head[0].name) for p in head) else None
    masthead = _masthead(jp, text) if text else None
    if masthead is not None:
        return masthead  # 市報よねざわ: the newsletter's masthead names its body, however often it names others
    published = _published_by(jp, text) if text else None
    if published is not None:
        return published  # 伊達市史 続編 / 平成二十七年三月 北海道伊達市 発行: the publisher, however often it names its partner
    if fallback is None and text:
        fallback = _issuer_line(jp, text) or _self_reference(jp, text, same_party) or _opening_subject(jp, text)
    groups: list[list[PartyMention]] = []
    for p in jp:
        for g in groups:
            if same_party(p.name, g[0].name):
                g.append(p)
                break
        else:
            groups.append([p])
    if text:
        # 壬生町さんと… / 壬生町の町長さん: a body spoken of with an honorific is the other side, never the speaker's own
        plain = [g for g in groups if not any(_HONORIFIC.match(text, p.end) for p in g)]
        if plain and len(plain) < len(groups):
            groups = plain
    groups.sort(key=lambda g: (-len(g), g[0].start))
    top = groups[0]
    if len(groups) == 1:
        return top[0]  # the only Japanese local government the page names
    owner = _site_owner(text, groups, same_party, parties)
    if owner is not None and (2 * len(owner) > len(top) or (fallback is not None and same_party(fallback.name, owner[0].name))):
        return owner[0]  # 奈良市役所 in the footer: the page's own body, unless another clearly dominates
        # (or the headline names it too: …| 世田谷区ホームページ above, 東京都世田谷区… in the contact block)
    if len(top) < 2 or len(top) < 0.4 * len(jp):
        return fallback or (_self_by_elimination(groups, text) if text else None)
    if len(groups) > 1 and len(groups[1]) == len(top):
        return fallback
    headline = fallback if head and fallback is head[0] else None
    if headline is not None and not same_party(headline.name, top[0].name):
        own = next((g for g in groups if same_party(g[0].name, headline.name)), [])
        if 2 * len(own) >= len(top):
            return headline  # 飯綱町 町勢要覧: the body the title names, unless another clearly dominates
    speaks_as = _self_word(text) if text else None
    if speaks_as is not None and not top[0].name.endswith(speaks_as):
        # 本市は… on a page naming a partner town most (3 斜里町 … 斜里町とは): the page speaks as a city,
        # so its body is the city it names (the headline's first, else the most named)
        same_kind = [g for g in groups if g[0].name.endswith(speaks_as)]
        if headline is not None and headline.name.endswith(speaks_as):
            return headline
        if len(same_kind) == 1 or (same_kind and len(same_kind[0]) > len(same_kind[1])):
            return same_kind[0][0]
    return top[0]


# an amendment of part of an instrument (一部を変更する協定): it leaves the term where it was
_PARTIAL_AMENDMENT = re.compile(r"一部(?:を)?(?:変更|改正|改定)|変更する協定|変更協定")
# a tie the cue table does not type (兄弟町村盟約, 親善都市提携) is still a tie between the places
_KINSHIP_TIE = re.compile(r"(?:兄弟|姉妹|友好|親善)(?:都市|町村|市町|町|市|村|県|州|省)?(?:の)?(?:盟約|提携|縁組)|縁組(?:協定)?")  # (区と村の縁組協定)
# a schedule entry's time (11:00 / 9時30分～10時) and the day line above such entries (1月23日(火))
_CLOCK_TIME = re.compile(r"\s*[0-9]{1,2}\s?[:：時]\s?[0-9]{2}(?:分)?\s*(?:[~～-]\s*[0-9]{1,2}\s?[:：時]\s?[0-9]{2}(?:分)?)?\s")
_SCHEDULE_DAY = re.compile(r"\s*(?:(?:令和|平成)?[0-9元]{1,4}年)?[0-9]{1,2}月[0-9]{1,2}日\s*[(（][月火水木金土日](?:曜日?)?[)）]\s*$")
# a digest item opening with its day (5月12日 AとBが包括連携協定)
_DIGEST_DAY = re.compile(r"\s*(?:[・■●◆○]\s?)?(?:(?:令和|平成)?[0-9元]{1,4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:\s*[(（][月火水木金土日][)）])?\s")
# a 締結日 / 期間 line that may stand between a lead sentence and the list it leads
_LEAD_DATE_LINE = re.compile(r"\s*[【■●◆○\[]?(?:締結日|締結年月日|協定締結日|締結期日|日時|協定期間|有効期間|期間)[】\]]?\s*[:：]?\s*\S")
# what an English instrument is on (…an MOU with X on hydrogen supply chains), not a date after "on"
_EN_INSTRUMENT_ON = re.compile(r"(?<![A-Za-z])(?:MOU|MoU|[Mm]emorandum|[Aa]greement|[Dd]eclaration|[Ll]etter of [Ii]ntent)(?:\s+(?:with|between)\s+[^.;]{1,80}?)?"
                               r"\s+on\s+(?:the\s+)?(?P<f>(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|[0-9]))"
                               r"[A-Za-z][A-Za-z ,\-]{2,60}?)(?=\s+(?:on|in|at|for|until|through)\s|[.;]|$)")
# 12市町村が / 4市町は / 3者で: a count of the bodies that concluded it, as its subject
_COUNT_SUBJECT = re.compile(r"(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:の)?(?P<what>市区町村|市町村|市町|町村|市|町|村|自治体|団体|社)"
                            r"(?:が|は|で|の(?:首長|長)が|との間で)")
# a section heading saying that what it holds was not concluded (協定等には至っていない取組, 締結に向けて協議中のもの)
_UNCONCLUDED_HEAD = re.compile(r"(?:協定|覚書|提携|締結)[^。]{0,6}(?:には|に)?至って(?:い|お)(?:ない|りません|ません)|(?:締結|提携)(?:して)?(?:い|お)?(?:ない|ていない|していない)(?:もの|取組|交流)"
                               r"|(?:締結|提携)に向け(?:た|て)(?:協議|検討)中|(?:締結|提携)(?:予定|検討中)の(?:もの|協定|都市)")
_HONORIFIC = re.compile(r"さん|さま|様(?![々式])")
_SELF_WORD = re.compile(r"(?<![一-龥])[本当]([市町村区県府])(?![一-龥])|(?<![一-龥])[本当]([市町村区県府])(?=議会|民|内|長|職員|役所|役場|庁)"
                        r"|(?:^|(?<=[、。\s「]))([市町村区])(?=(?:は|と|が|では)[、]?[^市町村区県])")  # (3月12日、区と…は: a 広報 names its own body by its kind)


def _self_by_elimination(groups: list[list[PartyMention]], text: str) -> PartyMention | None:
    """On a page that speaks as 本市 but never says which city it is: the one city it names that is
    never listed beside 本市 (本市と仙台市は, 本市、伊達市及び大崎市の3市: those are its partners)."""
    speaks_as = _self_word(text)
    if speaks_as is None:
        return None
    selves = [m.end() for m in re.finditer("[本当]" + speaks_as + "(?![一-龥])", text)]

    def beside_self(p: PartyMention) -> bool:
        for e in selves:
            if e <= p.start <= e + 60 and _LISTED_AFTER_SELF.fullmatch(text, e, p.start):
                return True
        return bool(re.match(r"(?:[(（][^)）\n]{1,10}[)）])?(?:と|及び|並びに)[本当]" + speaks_as, text[p.end : p.end + 16]))

    left = [g for g in groups if g[0].name.endswith(speaks_as) and not any(beside_self(p) for p in g)]
    return left[0][0] if len(left) == 1 and len(left) < sum(g[0].name.endswith(speaks_as) for g in groups) else None


# between 本市 and a body listed with it: joiners and the other items' names (、伊達市(北海道)、亘理町(宮城県)及び)
_LISTED_AFTER_SELF = re.compile(r"(?:(?:[、と]|及び|並びに)[^。、はがをにでの\n]{0,16}?)+")


def _self_word(text: str) -> str | None:
    """The one kind of body the page speaks as (本市 / 当町 / 本県), or None when it uses none or several."""
    kinds = {m.group(1) or m.group(2) or m.group(3) for m in _SELF_WORD.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else None


# the words of an instrument's name that say nothing of its subject (…に関する…協定)
_TITLE_GENERIC = re.compile(r"に関する|における|に係る|についての|に向けた|のための|及び|並びに|協定書?|覚書|宣言|合意書|確認書|基本|連携|包括|相互|協力|推進|との|[のと「」『』]")
_SITE_HEAD = re.compile(r"\s?(?:公式)?(?:ホームページ|ウェブサイト|Webサイト|WEBサイト|ウェブページ)(?:\s*(?:[>＞›»|｜/／]|$))", re.MULTILINE)
_RELEASE_HEAD = re.compile(r"[\s　]?(?:報道発表資料|記者発表資料|報道資料|記者発表|報道発表|プレスリリース|記者会見資料)\s*$", re.MULTILINE)
_NEWSLETTER_HEAD = re.compile(r"[\s　]?[^\s\n。、]{0,12}(?:だより|便り|通信|ニュース|新聞)(?:\s*第\s?[0-9]+\s?号|\s*(?:vol|Vol|VOL|No)\.?\s?[0-9]+)?\s*$", re.MULTILINE)
_MASTHEAD = re.compile(r"(?:広報|市報|町報|村報|区報|県報)\s?([ぁ-ゖー]{2,12})(?![ぁ-ゖー])")


def _masthead(jp: list[PartyMention], text: str) -> PartyMention | None:
    """The body a release's letterhead names (台東区報道発表資料) or a newsletter's masthead names in
    kana (市報よねざわ, 広報たかなべ; only when the kana reads one name the page names) in the first
    lines: the issuer."""
    top = lines_end(text, 3)
    for p in jp:  # 台東区報道発表資料 / 佐久市　報道資料: a release's letterhead
        if p.start < top and (_RELEASE_HEAD.match(text, p.end) or _NEWSLETTER_HEAD.match(text, p.end)) \
                and not text[text.rfind("\n", 0, p.start) + 1 : p.start].strip():
            return p  # (仙北市 市民スポーツだより 第42号: its newsletter)
    first = _headline_end(text)
    for p in jp:  # 山ノ内町ホームページ > 町政情報 > …: the site the page belongs to, on its first line
        if p.end <= first and not text[text.rfind("\n", 0, p.start) + 1 : p.start].strip() and _SITE_HEAD.match(text, p.end):
            return p
    for p in jp:  # 村長の動静(令和5年4月~6月)|十津川村 (… - 郡上市): a page's title, then its site's name after a bar or dash
        line_end = text.find("\n", p.end)
        if p.end <= first and re.search(r"\S\s*[|｜]\s*$|\S\s+[-–—]\s+$", text[text.rfind("\n", 0, p.start) + 1 : p.start]) \
                and not text[p.end : len(text) if line_end < 0 else line_end].strip():
            return p
    m = _MASTHEAD.search(text[:top])
    if m is None:
        return None
    names = Gazetteer.load().kana_names.get(m.group(1), set())
    if len(names) != 1:
        return None  # (a kana stem two names read names neither)
    (name,) = names
    return next((p for p in jp if p.name == name), None)


# 本学 / 当協会 …: the self-words that name one kind of body (→ :func:`_self_named`)
_SELF_HEADS = (("本学|当学", "大学"), ("当会議所|当所", "会議所"), ("当行", "銀行"), ("当組合|本組合", "組合"),
               ("当協会|本協会", "協会"), ("当機構|本機構", "機構"), ("当財団|本財団", "財団"), ("当研究所|本研究所", "研究所"),
               ("当協議会|本協議会", "協議会"), ("当連盟|本連盟", "連盟"), ("当連合会|本連合会", "連合会"), ("当公社|本公社", "公社"),
               ("当センター|本センター", "センター"), ("当生協|本生協", "生活協同組合"), ("当院(?![内外])|当病院|本院(?![内外])", "病院"))
# every way an organisation speaks of itself: those words, other self-words, 当ビューロー, 本コンソーシアム
_SELF_ORG = re.compile("|".join(words for words, _ in _SELF_HEADS)
                       + r"|当会(?!議)|本会(?!議)|当社|弊社|本機構|当法人|本法人|当センター|本センター"
                       + r"|(?:当|本|弊)[ァ-ヺー]{3,10}|(?:当|本)(?:委員会|事業団|振興会|推進会議|会議所)")


def _titled_organisation(parties: list[PartyMention], text: str, same_party: SamePartyFn) -> PartyMention | None:
    """A Japanese body (not a local government) that the page's first line names and
    whose name opens the first paragraph as its subject (Xでは、/ Xは、): the page's own."""
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    if first_end < 0:
        return None
    in_first = [p for p in parties if p.start < first_end]
    named = [p for p in in_first if p.country == "JP" and p.kind is PartyKind.ORGANIZATION]
    if len(named) != 1 or len(in_first) != 1 or re.match(r"\s*(?:と|との|及び|、)", text[named[0].end : named[0].end + 3]):
        return None  # 岩手大学との包括連携協定を締結しました | 盛岡市公式ホームページ: the partner, not the page's body
    body = text[first_end : first_end + 400]
    para = next((ln for ln in body.split("\n") if "。" in ln), "")
    m = re.match(r"\s*(?P<n>[^\s、。と]{2,30}?)(?:では|は|が)[、,]", para)
    if m is None or m.group("n")[legal_form_prefix(m.group("n")):] != named[0].name[legal_form_prefix(named[0].name):]:
        return None
    return named[0]


def _title_bar_organisation(parties: list[PartyMention], text: str) -> PartyMention | None:
    """A Japanese body (not a local government) whose name ends the page's title bar (学長の活動記録|国立大学法人
    宮崎大学): the site's owner, as a city's name there is."""
    lead = len(text) - len(text.lstrip())
    first_end = text.find("\n", lead)
    first = text[lead : first_end if first_end >= 0 else len(text)].rstrip()
    bar = max(first.rfind("|"), first.rfind("｜"))
    if bar < 0:
        return None
    seg_start = lead + bar + 1 + (len(first[bar + 1 :]) - len(first[bar + 1 :].lstrip()))
    seg_end = lead + len(first)
    owner = [p for p in parties if p.start == seg_start and p.end == seg_end]
    if len(owner) != 1 or owner[0].country != "JP" or owner[0].kind is not PartyKind.ORGANIZATION \
            or re.search(r"(?:局|庁|委員会|本部|公社|企業団|病院機構|警察)$", owner[0].name):
        return None  # (…|福岡市港湾空港局: a city's bureau speaks for the city)
    return owner[0]


def _body_of_place(body: PartyMention, place: PartyMention) -> bool:
    """``body`` is an organ of ``place`` (神戸市水道局, 長野県教育委員会 and 神戸市, 長野県)."""
    return body.kind is PartyKind.ORGANIZATION and place.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) \
        and place.country == "JP" and canonical_name(body.name).startswith(place.name) \
        and re.search(r"(?:局|委員会|本部|公社|企業団|病院機構|警察)$", body.name) is not None


_DEPT_TAIL = re.compile(r"(?:[\s　]*[一-龥ァ-ヺ・]{1,14}?(?:部|課|係|室|局|グループ|班))+")


def _line_opening_bodies(parties: list[PartyMention], text: str) -> Iterator[tuple[PartyMention, int, str]]:
    """Japanese organisations that open one of the page's first four lines: each with the end of
    its line and the rest of that line (the letterhead's issuer, maybe followed by its departments)."""
    top = lines_end(text, 4)
    for p in parties:
        if p.start >= top:
            break
        if p.country != "JP" or p.kind is not PartyKind.ORGANIZATION:
            continue
        ls, le = text.rfind("\n", 0, p.start) + 1, text.find("\n", p.end)
        le = len(text) if le < 0 else le
        if not text[ls : p.start].strip():
            yield p, le, text[p.end : le].strip()


def _letterhead_organisation(parties: list[PartyMention], text: str) -> PartyMention | None:
    """A Japanese body alone on a line of the letterhead (令和4年3月28日 / 長野県教育委員会事務局 /
    教育政策課) that opens the release's first paragraph as its subject (長野県教育委員会は、): the issuer,
    not the prefecture its name begins with."""
    for p, le, rest in _line_opening_bodies(parties, text):
        if rest and not _DEPT_TAIL.fullmatch(rest):
            continue  # (福岡県警察本部 生活安全部 生活安全総務課: the body, then its departments)
        # the first paragraph below: its first line with text that is not the headline (…について)
        para = next((ln for ln in text[le : le + 800].split("\n") if len(ln.strip()) >= 20
                     and not re.search(r"について\s*$|^\s*[(（]|担当|電話|TEL|FAX", ln)), "")  # (the contact line, the headline)
        # 長野県教育委員会事務局, 福岡県警察本部: the secretariat or headquarters speaks for the body
        seat = re.search(r"(?:事務局|本部)$", p.text) if len(p.text) > 5 else None
        for cut in ([seat.start()] if seat else []) + [len(p.text)]:
            if re.match(r"\s*" + re.escape(p.text[:cut]) + r"(?:では|は|が)[、,]", para):
                if cut == len(p.text):
                    return p
                n = len(p.text) - cut
                return PartyMention(p.start, p.end - n, p.text[:cut], p.name[:-n] if p.name.endswith(p.text[cut:]) else p.name,
                                    p.kind, p.country, p.source)
    return None


_BRACKET_AFTER = re.compile(r"[」』]?\s?[(（](?P<b>[^()（）\n]{1,60})[)）]")


_LOCATION_KEY = re.compile(r"\s*[・■●◆]?\s*(?:所在地|所在|位置)\s*(?:[:：|]\s*)?")


def _under_location_key(m: PartyMention, text: str) -> bool:
    """A place given as the value of a 所在地 / 位置 key, on the key's line (所在地：台湾 宜蘭県) or on a
    short line right below a key alone: it locates the body the entry is about."""
    ls = text.rfind("\n", 0, m.start) + 1
    le = text.find("\n", m.end)
    line = text[ls : len(text) if le < 0 else le]
    if re.match(r"\s*[・■●◆]?\s*(?:所在地|所在|位置)\s*[:：|]", line) or re.match(r"\s*[・■●◆]?\s*(?:所在地|位置)\s+\S", line):
        return True
    if ls == 0 or len(line.strip()) > 30:
        return False
    ps = text.rfind("\n", 0, ls - 1) + 1
    return _LOCATION_KEY.fullmatch(text[ps : ls - 1]) is not None


_FORMER_TRADE_NAME = re.compile(r"同(?:社|行|法人|協会|組合)(?:が|は)[、,]?\s?(?:当時[、,]?)?$")


def _with_former_names(same: SamePartyFn, text: str, parties: list[PartyMention]) -> SamePartyFn:
    """A body named under its former name (同社が大雪日動火災保険株式会社の商号で営業していた当時に): that
    name is the body 同社 refers to, the organisation named last before it; and a name with its former
    (or present) name in brackets (X市(旧Y市)) is one body."""
    pairs: list[tuple[str, str]] = []
    for i, p in enumerate(parties):
        if p.kind is not PartyKind.ORGANIZATION or not re.match(r"の(?:商号|社名|旧社名|旧称|旧名称|名称)で", text[p.end : p.end + 6]):
            continue
        if not _FORMER_TRADE_NAME.search(text[max(0, p.start - 12) : p.start]):
            continue
        before = [q for q in parties[:i] if q.kind is PartyKind.ORGANIZATION and q.end <= p.start - 3 and not same(q.name, p.name)]
        if before:
            pairs.append((before[-1].name, p.name))
    ordered = sorted(parties, key=lambda p: p.start)
    for p, q in zip(ordered, ordered[1:]):
        # セントラルコースト市(旧ゴスフォード市) / 柯橋区(旧紹興県): the one body under its former name
        if re.fullmatch(r"\s?[(（]\s?(?:旧|現)\s?", text[p.end : q.start]) and text[q.end : q.end + 1] in (")", "）") \
                and p.kind is q.kind and not same(p.name, q.name):
            pairs.append((p.name, q.name))
    if not pairs:
        return same

    def renamed(a: str, b: str) -> bool:
        return same(a, b) or any((same(a, x) and same(b, y)) or (same(a, y) and same(b, x)) for x, y in pairs)

    return renamed


def _with_coordinated_apart(same: SamePartyFn, text: str, parties: list[PartyMention]) -> SamePartyFn:
    """Two names the page joins with 及び / と / 、 (北海道電力株式会社及び北海道電力ネットワーク株式会社)
    are two bodies, however alike their names: ``same`` that never takes them as one."""
    apart: set[frozenset[str]] = set()
    ordered = sorted(parties, key=lambda p: p.start)
    for p, q in zip(ordered, ordered[1:]):
        if p.name != q.name and re.fullmatch(r"\s?(?:及び|および|並びに|と|、|・)\s?", text[p.end : q.start]) and same(p.name, q.name):
            apart.add(frozenset((p.name, q.name)))
    if not apart:
        return same

    def distinct(a: str, b: str) -> bool:
        return frozenset((a, b)) not in apart and same(a, b)

    return distinct


_RUN_BY = re.compile(r"(?<![一-龥ァ-ヺーA-Za-z0-9・])(?P<a>[一-龥ァ-ヺーA-Za-z0-9・]{2,24})(?:を|の)(?:運営|経営)(?:する|している)\s?")


def _with_bracket_aliases(same: SamePartyFn, text: str, parties: list[PartyMention]) -> SamePartyFn:
    """The page's other names for a body, given in brackets after it (ジャーマニー・トレード・
    アンド・インベスト(Germany Trade & Invest、GTAI) … GTAI と) or as what it runs (信州アルプスFCを
    運営する株式会社…): ``same`` that also takes those names (an acronym, an English name, the team)
    as that body."""
    alias: dict[str, str] = {}
    for p in parties:
        if p.kind is PartyKind.COUNTRY:
            continue
        m = _BRACKET_AFTER.match(text, p.end)
        if m is None:
            continue
        for piece in re.split(r"[、,，/／]|\s+or\s+", re.sub(r"^\s*(?:以下|略称)[、,:：]?\s*", "", m.group("b"))):
            piece = re.sub(r"^[「『]|[」』]?という$|[」』]$", "", piece.strip())  # 以下「GTAI」という
            key = nfkc_key(piece.strip())
            # a name, not a note (以下「甲」という, 本社:…, 韓国): two letters at least, no country or 以下
            if len(key) >= 2 and not re.search(r"以下|という|本社|所在|[0-9]{4}|市|県|国$", piece) and key != nfkc_key(p.name):
                alias.setdefault(key, p.name)
    # 信州アルプスFCを運営する株式会社信州アルプスフットボールクラブ: the team and the company that runs it sign as one
    for q in parties:
        m = _RUN_BY.search(text, max(0, q.start - 40), q.start) if q.kind is PartyKind.ORGANIZATION else None
        if m is not None and m.end() == q.start and nfkc_key(m.group("a")) != nfkc_key(q.name):
            alias.setdefault(nfkc_key(m.group("a")), q.name)
    if not alias:
        return same

    def aliased(a: str, b: str) -> bool:
        if same(a, b):
            return True
        ka, kb = nfkc_key(a), nfkc_key(b)
        ra, rb = alias.get(ka, a), alias.get(kb, b)
        return (ra, rb) != (a, b) and same(ra, rb)

    return aliased


def _without_bracketed_names(parties: list[PartyMention], text: str) -> list[PartyMention]:
    """Drop a body's other name given in brackets right after it (フエ省水道公社(フエ水道
    建設株式会社、略称HUEWACO)): the same party, never a party of its own nor its name."""
    inside: set[int] = set()
    for p in parties:
        if p.kind is PartyKind.COUNTRY:
            continue
        m = _BRACKET_AFTER.match(text, p.end)
        if m is None:
            continue
        inside.update(id(q) for q in parties if q is not p and m.start("b") <= q.start and q.end <= m.end("b")
                      and q.kind is PartyKind.ORGANIZATION and p.kind is PartyKind.ORGANIZATION)
    return [p for p in parties if id(p) not in inside] if inside else parties


def _self_named(parties: list[PartyMention], text: str) -> PartyMention | None:
    """本学 on a page that names exactly one Japanese university (当行: one bank, …): that body."""
    abroad = {p.name for p in parties if p.country not in (None, "JP")}  # (南京中医薬大学: placed in China once is not ours)
    for words, head in _SELF_HEADS:
        if not re.search(words, text):
            continue
        bodies: dict[str, PartyMention] = {}
        for p in parties:
            # the head after any legal form (公益財団法人くまもと…財団: not 公益財団)
            pre = legal_form_prefix(p.name)
            if p.country == "JP" and p.kind is PartyKind.ORGANIZATION and p.name not in abroad and pre and head in p.name[:pre] \
                    and head not in p.name[pre:]:  # (国立大学法人鹿児島大学: the university after the form is the body)
                bodies.setdefault(p.name, p)  # 当生協: 生活協同組合みちのくコープ, the legal form its own kind
                continue
            if p.country != "JP" or p.kind is not PartyKind.ORGANIZATION or head not in p.name[pre:] or p.name in abroad:
                continue
            cut = p.name.index(head, pre) + len(head)  # 福知山公立大学国際交流センター: the university itself
            name = p.name[:cut]
            if name != p.name:
                tpre = legal_form_prefix(p.text)
                p = PartyMention(p.start, p.start + p.text.index(head, tpre) + len(head), p.text[: p.text.index(head, tpre) + len(head)],
                                 name, p.kind, p.country, p.source) if head in p.text[tpre:] else p
            bodies.setdefault(p.name[legal_form_prefix(p.name):], p)  # (国立大学法人鹿児島大学 and 鹿児島大学: one body)
        if len(bodies) == 1:
            return next(iter(bodies.values()))
    return None


_DEFINED_SELF = re.compile(r"\s?[(（]以下、?「([本当])([一-龥]{1,4})」(?:という|と言う|と略|(?=[)）]))")


def _defined_self(parties: list[PartyMention], text: str) -> PartyMention | None:
    """A Japanese organisation the page itself shortens to 本X / 当X (佐賀中部広域連合(以下「本連合」
    という。)) and then makes the subject of a conclusion (本連合が締結している…協定): the issuer,
    however many member towns it names."""
    for p in parties:
        if p.country != "JP" or p.kind is not PartyKind.ORGANIZATION:
            continue
        m = _DEFINED_SELF.match(text, p.end)
        # (株式会社…ベースボールクラブ(以下「当球団」): a word for the body's kind, not the end of its name)
        if m is None or not (p.name.endswith(m.group(2)) or m.group(2) in ("球団", "社", "行", "学", "館", "法人", "財団", "機構")):
            continue
        word = m.group(1) + m.group(2)
        close = re.match(r"[^)）\n]{0,4}[)）](?:が|は)", text[m.end() :])  # (以下「本組合」という。)が締結している…
        uses = [m.end() + close.end()] if close else []
        uses += [m.end() + u.end() for u in re.finditer(re.escape(word) + r"(?:が|は|と|の間)", text[m.end() :])]
        if any(re.search(r"締結|協定|覚書|提携", text[at : at + 20]) or re.search(r"^[^。\n]{0,80}?(?:締結|提携)(?:し|いたし)", text[at : at + 90])
               for at in uses):
            return p
        first_line = text[: max(0, text.find("\n"))]
        if p.name in first_line and p.start > len(first_line):
            return p  # 国際交流 | 札幌市立豊平川高等学校 … 札幌市立豊平川高等学校(以下「本校」): the page's own body
    return None


# the word for its own kind a body calls itself by, after 本 / 当 (当組合, 本連合, 当協会)
_SELF_KIND = re.compile(r"(?:組合|連合|協会|公社|機構|病院|財団|事業団|企業団|研究所|金庫|(?<=[博美]術|博物|図書)館)$")
_SELF_KIND_WORD = re.compile(r"[本当](組合|連合|協会|公社|機構|病院|財団|事業団|企業団|研究所|金庫|館)(?:は|が|と|及び|の間)")


def _organisation_voice(parties: list[PartyMention], text: str) -> PartyMention | None:
    """A Japanese organisation named on the first line of a page that speaks of itself
    as 当所 / 本学 / 当社 …: the page's own body, whatever local governments it names."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    head = [p for p in parties if p.end <= first_end and p.country == "JP" and p.kind is PartyKind.ORGANIZATION]
    places = [p for p in parties if p.end <= first_end and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)]
    by_self = _self_named(parties, text)
    if by_self is not None:
        return by_self
    # …との学術交流協定を更新しました｜名桜大学: the site's own name closes the title line
    # (… - 公立大学法人岩手県立大学 国際交流センター: a dash sets it apart too, its office after it)
    site = next((p for p in head if re.search(r"[|｜]\s*$|\S\s+[-–—]\s+$", text[:p.start])
                 and re.fullmatch(r"(?:\s+[^\s|｜]{0,12}(?:センター|課|室|部|局|本部|事務局|オフィス))?\s*", text[p.end : first_end])), None)
    if site is not None and not places and (_SELF_ORG.search(text) or re.search(
            re.escape(site.text) + r"(?:は|では)[、,]", text[site.end :])):
        return site
    # NEWS RELEASE / 2024年7月11日 / 北海道エアポート株式会社: the organisation alone on an issue
    # line, then the subject of the release (北海道エアポート株式会社(本社:…)は、)
    for p, _, rest in _line_opening_bodies(parties, text):
        if rest:
            continue
        if re.search(re.escape(p.text) + r"\s?(?:[(（][^)）]*[)）])?(?:は|では)[、,]", text[p.end :]):
            return p
        # 消防年報 / とかち広域消防事務組合 / … 当組合と釧路市は: the body on the letterhead speaks of itself
        kind = _SELF_KIND.search(p.name)
        if kind is not None and any(w.group(1) == kind.group() for w in _SELF_KIND_WORD.finditer(text, p.end)):
            return p
        # 医療法人社団 翠明会 on the letterhead … 当法人は、: a body whose legal form is a 法人 calls itself so
        if re.match(r"[一-龥]{0,6}法人", p.name) and re.search(r"[本当]法人(?:は|が|と|の間|では)", text[p.end :]):
            return p
        # 道総研ニュース / 地方独立行政法人北海道立総合研究機構 / 道総研は、…: its newsletter, no local
        # government speaking anywhere
        gov_subject = any(q.country == "JP" and q.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)
                          and re.match(r"(?:は|では)[、,]", text[q.end : q.end + 3]) for q in parties)
        if not gov_subject and re.search(r"ニュース|だより|通信|NEWS|News|レター|報告", text[: _headline_end(text)]):
            return p
    # 荒川北部信用金庫(理事長 …)は、このたび…協定を締結 … 当金庫は: the organisation opens a paragraph as its
    # subject and calls itself by its kind
    for p in parties:
        if p.country == "JP" and p.kind is PartyKind.ORGANIZATION and (kind := _SELF_KIND.search(p.name)) is not None \
                and re.fullmatch(r"\s*", text[text.rfind("\n", 0, p.start) + 1 : p.start]) \
                and re.match(r"\s?(?:[(（][^)）]{0,40}[)）])?(?:は|では)[、,]", text[p.end : p.end + 50]) \
                and any(w.group(1) == kind.group() for w in _SELF_KIND_WORD.finditer(text, p.end)):
            return p
    if len(head) != 1 or places or text[: head[0].start].strip() or re.match(r"\s*(?:[(（][^)）]*[)）])?\s*(?:と|及び|および|、|・)", text[head[0].end :]):
        return None  # only a line that opens with the organisation (not its partner: X大学と協定を締結) and names no local government
    # it speaks of itself (当所, 本学) or is the subject of the page's sentences (南信州広域連合(…)は、)
    subject = re.search(re.escape(head[0].text) + r"(?:[(（][^)）]*[)）])?(?:は|では)[、,]", text[head[0].end :])
    if not (_SELF_ORG.search(text) or subject):
        return None
    return head[0]


_CONTACT = re.compile(r"問い?合わ?せ|連絡先|担当課|担当部署")
_OFFICE_NAME = re.compile(r"([一-龥ヶ]{1,6}[市町村区])役所|([一-龥]{1,4}[都道府県])庁(?![舎内])")


_COUNCIL = re.compile(r"([一-龥ヶ]{1,6}?(?:市|町|村|区|都|道|府|県))(?:議会|役所|役場|庁)")
_ISSUED_BY = re.compile(r"(?:編集|発行)(?:[・/](?:編集|発行))?(?:者|元)?\s?[:：]\s?([一-龥ヶ]{1,6}?(?:市|町|村|区|都|道|府|県))(?:議会|役所|役場|庁)")


_SHARED_NAME_LEAD = re.compile(r"(?:次|以下|下記)の[^。\n]{0,24}?と(?:は)?[、,]?\s?(?:それぞれ|いずれも)?[、,]?\s?「[^」\n]{4,80}」を?(?:締結|結ん|結び|交わ)[^。\n]{0,20}[。:：]?")
_SHARED_NAME_ALL = re.compile(r"名称は[、,]?\s?(?:いずれも|すべて|全て|[0-9０-９一二三四五六七八九十]+(?:市町村|市町|町村|市|町|村|者|団体|自治体|社)とも)[、,]?\s?「[^」\n]{4,80}」")
_RENAMED = re.compile(r"(?:名称|題名|件名)を\s?(?P<t>「[^」\n]{4,120}」)\s*(?:に|と|へと?)\s*(?:改め|変更|改称|改正)")


def _closing_type(title: str) -> AgreementType | None:
    """The type of the instrument word a name ends with (…記念共同宣言: joint_declaration)."""
    found = [c for c in cue_mod.find_type_cues(title) if c.end == len(title)]
    return found[-1].type if found else None


# a speech's heading or its opening words naming the speaker by post: 新十津川町長 あいさつ, 式辞 … 県知事,
# 皆様、こんにちは。新十津川町長でございます。
_SPEAKER = re.compile(r"(?:^|\n)[ \t]*(?:(?:あいさつ|挨拶|式辞|祝辞|告辞)[ \t]+)?(?P<body>[一-龥ぁ-ゖァ-ヺ]{1,10}?(?:市|町|村|区|都|道|府|県))(?:議会議長|知事|長)"
                      r"(?:[ \t]+[^\n]{0,12})?[ \t]*(?:あいさつ|挨拶|式辞|祝辞|告辞)[ \t]*(?:\n|$)"
                      r"|。\s*(?P<self>[一-龥ぁ-ゖァ-ヺ]{1,10}?(?:市|町|村|区|都|道|府|県))(?:議会議長|知事|長)でございます")


def _speaker_body(parties: list[PartyMention], text: str) -> PartyMention | None:
    """The body whose head gives the speech: its post in the heading (新十津川町長 あいさつ) or in the
    opening words (…新十津川町長でございます。). 私 and 本町 in the speech are that body."""
    m = _SPEAKER.search(text[: lines_end(text, 12)])
    if m is None:
        return None
    body = m.group("body") or m.group("self")
    return next((p for p in parties if p.country == "JP" and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)
                 and (p.name == body or body.endswith(p.name))), None)


def _council_owner(text: str) -> PartyMention | None:
    """A Japanese local government named only through its council or office in the first
    lines (敦賀市議会定例会会議録, 〇〇町役場): the page's own body."""
    head = text[: max(0, text.find("\n", text.find("\n") + 1))] or text[:200]
    # (令和5年9月12日 / 二戸市議会議長 様 / 総務常任委員会: a committee's report to its council's chair)
    third = text_lines_end(text, 3)
    if len(head) < third and re.search(r"議長\s*(?:様|殿)\s*$", text[:third], re.MULTILINE):
        head = text[:third]
    # (かつしか区議会だより … 編集・発行:葛飾区議会: the issue line a few lines down names it too)
    issued = [m for m in _ISSUED_BY.finditer(text[: lines_end(text, 6)])]
    for m in [*_COUNCIL.finditer(head), *issued]:
        name = m.group(1)
        for k in range(0, len(name) - 1):  # 年九月敦賀市 → 敦賀市: the longest known tail (大津市, not 津市)
            entries = Gazetteer.load().lookup_municipality(name[k:])
            if entries:
                kind = PartyKind.REGION if name.endswith(("都", "道", "府", "県")) else PartyKind.MUNICIPALITY
                s = m.start(1) + k
                return PartyMention(s, m.end(1), name[k:], entries[0].name, kind, "JP", "council")
    return None


# a department right after a body's name (宇和島市 商工観光課, 北区地域振興部)
_CONTACT_DEPT = re.compile(r"\s?[^\s\n。、]{1,12}?(?:課|部|室|係)(?:[\s　]|$)")


def _site_owner(text: str, groups: list[list[PartyMention]], same_party: SamePartyFn,
                parties: list[PartyMention]) -> list[PartyMention] | None:
    """The group of the one local government whose office (奈良市役所, 高知県庁) the page
    names, or whose address its contact block gives (お問い合わせ … 〒630-8580 奈良市…);
    None when none or several are named."""
    names = {m.group(1) or m.group(2) for m in _OFFICE_NAME.finditer(text)}
    contact = [m.end() for m in _CONTACT.finditer(text)]
    # the last contact block that names a body (a page's own footer, このページに関するお問い合わせ / 総務部
    # 広報課, may follow the release's and name none)
    for at in reversed(contact):
        found = False
        for p in parties:
            if p.start > at and p.country == "JP" and p.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION):
                line = text[text.rfind("\n", 0, p.start) + 1 : p.start]
                if _ADDRESS.search(line) or _CONTACT_DEPT.match(text, p.end):  # (問い合わせ 宇和島市 商工観光課: its office)
                    # the first address of the block: the body itself, not its region (東京都世田谷区…: 世田谷区)
                    chain = [p]
                    for q in parties:
                        if q.start == chain[-1].end and q.country == "JP" and q.kind is PartyKind.MUNICIPALITY:
                            chain.append(q)
                    names.add(chain[-1].name)
                    found = True
                    break
        if found:
            break
    hits = [g for g in groups if any(same_party(n, g[0].name) for n in names)]
    return hits[0] if len(hits) == 1 else None


_PARTNER_LIST_HEAD = re.compile(r"協定校|提携校|協定大学|提携大学|姉妹校|交流協定先|協定先一覧|提携先一覧|提携都市一覧")


# a line that is only a date and the tie concluded then (1995年 友好都市提携, 平成13年 友好町提携)
_DATED_TIE_LINE = re.compile(r"^\s*(?:昭和|平成|令和)?[0-9元]{1,4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?\s*[^\s。、]{0,14}(?:提携|協定|盟約|締結)(?:締結)?\s*$")
# a partner's second line in an English list: …Student Exchange MOU, since 2019
_EN_SINCE_TIE = re.compile(r"(?<![A-Za-z])(?:[Ss]ince|[Ss]igned(?: in| on)?|[Ee]stablished(?: in| on)?)\s(?:[A-Z][a-z]+\s(?:[0-9]{1,2},?\s)?)?[12][0-9]{3}"
                           r"\s*(?:\)\s*)?(?:$|\.(?:\s|$))")
# what may follow an English partner's name on its entry's head line: its state and country, or its country in brackets
_EN_PLACE_AFTER_NAME = re.compile(r"(?:,\s?[A-Z][A-Za-z.\- ]+){1,2}|\s?\([A-Z][A-Za-z. ]+\)")
_STEP_COLUMN = re.compile(r"(?:^|\|)\s*(?:提携|締結|調印|協定締結)(?:年月日|年月|年|日)\s*(?:\||$)")


def _partner_list_rows(units: list[Unit]) -> set[int]:
    """Starts of the table rows under a heading (or header row) that lists partners by
    their agreement (名桜大学の主な海外協定校 / 国・地域 | 協定校): each row is a tie in force."""
    out: set[int] = set()
    active = False
    for u in units:
        if not u.is_row and (u.is_heading or len(u.text) <= 40):
            active = bool(_PARTNER_LIST_HEAD.search(u.text))
            continue
        if u.is_row:
            if (_PARTNER_LIST_HEAD.search(u.text) or _STEP_COLUMN.search(u.text)) and len(u.text) <= 60 \
                    and not re.search(r"[0-9０-９〇一二三四五六七八九十元]\s*年", u.text):
                active = True  # the header row itself (国・地域 | 協定校, 都市名 | 国 | 提携日 | 主な交流)
                continue
            if active:
                out.add(u.start)
        elif "。" in u.text:
            active = False
    return out


_OWNER_HEAD = re.compile(r"^[\s■●◆◇□【\[(（0-9０-９.．)）]*(?P<x>[^\s、。|]{2,12}?)の(?:海外の?)?(?:提携先|姉妹都市|友好都市|姉妹・友好(?:都市|提携先)|"
                         r"姉妹友好都市|協定先|協定校|交流先|提携都市|主な提携先)[】\]]?\s*$")


# Nagasaki City has five sister cities and one friendship city: / Sister Cities of Sapporo: an English lead
# naming whose ties the list under it holds
_OWNER_LEAD_EN = re.compile(r"^\s*(?:(?P<x>[A-Z][A-Za-z.'’\- ]{2,40}?) (?:has|maintains) (?:[a-z]+ |[0-9]+ )?(?:sister|friendship|partner)[ -]"
                            r"(?:cit(?:y|ies)|states?|provinces?|regions?)[^.:]{0,60}:"
                            r"|(?:The )?(?:Sister|Friendship|Partner)(?: and Friendship)? (?:Cities|States|Regions) of (?:the )?(?P<y>[A-Z][A-Za-z.'’\- ]{2,40}?):?)\s*$")


def _section_owners(units: list[Unit], parties: list[PartyMention]) -> dict[int, PartyMention]:
    """For each unit under a heading that names whose ties follow (滋賀県の提携先 / 市の提携先 /
    Nagasaki City has five sister cities:), that Japanese body; a heading naming no known body
    (市の提携先) ends the section."""
    out: dict[int, PartyMention] = {}
    owner: PartyMention | None = None
    for u in units:
        en = _OWNER_LEAD_EN.match(u.text) if not u.is_row and len(u.text) <= 120 and u.text.isascii() else None
        if en is not None:
            g = "x" if en.group("x") else "y"
            owner = next((p for p in parties if u.start + en.start(g) <= p.start and p.end <= u.start + en.end(g) and p.country == "JP"), None)
            continue
        if not u.is_row and len(u.text) <= 30:
            m = _OWNER_HEAD.match(u.text)
            if m is not None:
                owner = next((p for p in parties if p.start == u.start + m.start("x") and p.end == u.start + m.end("x")
                              and p.country == "JP"), None)
                continue
        if owner is not None:
            out[u.start] = owner
    return out


def _section_types(units: list[Unit]) -> dict[int, cue_mod.TypeCue]:
    """For each unit, the instrument cue of the heading of its section
    (a list page headed 姉妹都市 types its rows)."""
    out: dict[int, cue_mod.TypeCue] = {}
    current: cue_mod.TypeCue | None = None
    for i, u in enumerate(units):
        note_head = u.text.lstrip().startswith(("※", "＊")) and len(u.text) <= 45 and "。" not in u.text
        en_head = u.text.isascii() and len(u.text) <= 60 and not re.search(r"[0-9.]\s*$", u.text)  # (Sister and Friendship Cities of …)
        if u.is_heading or note_head or ((len(u.text) <= 30 or en_head) and not u.is_row and not u.is_item and not u.text.rstrip().endswith("。")):
            cs = cue_mod.find_type_cues(u.text, u.start)
            if cs:
                current = max(cs, key=lambda c: c.priority)
            elif _CHRONICLE_HEAD.search(u.text):
                current = None  # これまでの主なあゆみ: a chronicle of the place, not the instrument's section
        elif _AS_FOLLOWS.search((units[i - 1].text if i else "") + u.text) and any(v.is_row for v in units[i + 1 : i + 4]):
            # 次のとおり各町とそれぞれ「…協定」を締結した。 over a table of the towns and dates: it types the rows
            cs = cue_mod.find_type_cues(u.text, u.start)
            if cs:
                current = max(cs, key=lambda c: c.priority)
        if current is not None:
            out[i] = current
    return out


_CHRONICLE_HEAD = re.compile(r"あゆみ|歩み|沿革|年表|できごと|出来事")
_AS_FOLLOWS = re.compile(r"(?:次|以下|下記)のとおり[^。]{0,60}?(?:締結|調印|署名|提携)(?:し|いたし)(?:た|ました)。?$")


_EACH = re.compile(r"(?<!と)とも(?!に)(?:それぞれ)?、?|と[、,]?\s?それぞれ|それぞれと|と個別に|の間で[、,]?\s?それぞれ")  # (not とともに: together with)


# the instrument a central city makes with each of its neighbours, one by one (地方自治法 252条の2
# 連携協約): a list of towns names one agreement with each
_BILATERAL_BY_LAW = re.compile(r"連携協約")


_TOPIC_JOIN = re.compile(r"との[^。、]{0,24}?(?:協定|覚書|協約|合意書|宣言)[^。、]{0,12}?(?:及び|並びに|と)$")


def _topic_clause_split(a: Anchor) -> list[Anchor]:
    """A headline naming two instruments, each with its own partner (奈良南部バス株式会社との連携協定の終了
    及び株式会社大和みらいモビリティとの新たな連携協定の締結について): an anchor for each, with the
    words of its own clause."""
    p, q = sorted(a.parties, key=lambda x: x.start)
    if p.end > q.start or not _TOPIC_JOIN.search(a.unit.text[p.end - a.unit.start : q.start - a.unit.start]):
        return []
    cut = q.start
    first = Anchor(a.unit, [p], [c for c in a.type_cues if c.start < cut], [v for v in a.verbs if v.start < cut],
                   [e for e in a.events if e[1].start < cut], key_party=p)
    second = Anchor(a.unit, [q], [c for c in a.type_cues if c.start >= cut], [v for v in a.verbs if v.start >= cut],
                    [e for e in a.events if e[1].start >= cut], key_party=q)
    return [first, second]


def _split_each(anchors: list[Anchor], text: str) -> list[Anchor]:
    """「XはA、B、Cとも協定を締結」: one bilateral agreement with each of A, B, C,
    not one agreement of four. The subject is the party marked by は/が."""
    out: list[Anchor] = []
    # the partners a sentence concludes with one by one (…3市町と、それぞれ…協定を締結): a headline listing
    # the same partners without それぞれ (今治市・尾道市・上島町とホームタウン協定を締結) means the same
    each_sets = [{p.name for p in b.parties} for b in anchors if _EACH.search(b.unit.text) and len(b.parties) >= 2]
    for a in anchors:
        if a.each and len(a.parties) > 1:
            out.extend(Anchor(a.unit, [p], a.type_cues, a.verbs, a.events, relation=True, key_party=p) for p in a.parties)
            continue
        m = _EACH.search(a.unit.text)
        foreign = [p for p in a.parties if p.country != "JP" and p.kind is not PartyKind.COUNTRY]
        jp = [p for p in a.parties if p.country == "JP"]
        titled = _title_clause_split(a) if m is None and "それぞれ" in a.unit.text else []
        if titled:
            out.extend(titled)  # 町は、Aと「…協定」を、Bと「…協定」を、それぞれ締結: one instrument per clause
            continue
        # (友好都市である…東大門区、…東城区との交流を基盤としつつ、…協定を…結び: the relation word before the partners labels them)
        if m is None and len(foreign) >= 2 and len(jp) <= 1 and a.type_cues and (
                all(c.priority >= 3 for c in a.type_cues)
                or any(c.priority >= 3 and 0 <= min(p.start for p in foreign) - c.end <= 30 for c in a.type_cues)) \
                and not a.events:
            # 米子市は、保定市及び束草市と友好都市の関係にある: a tie with each (sister and friendship
            # ties are bilateral); a dated step may conclude one multilateral instrument, so only undated
            for p in foreign:
                # 姉妹都市の米国X市、友好都市の中国Y市: each partner takes the word written just before it;
                # A村、B市と姉妹都市、C市と友好都市の関係: or the one its group is joined to by と
                near = [c for c in a.type_cues if 0 <= p.start - c.end <= 12]
                joined = [c for c in a.type_cues if c.start >= p.end and len(between := text[p.end : c.start]) <= 40
                          and re.search(r"と(?:の)?$", between) and between.count("と") == 1 and "。" not in between]
                near = joined[:1] or near
                out.append(Anchor(a.unit, jp[:1] + [p], near[-1:] or a.type_cues, a.verbs, a.events, a.ceremony, a.title_only,
                                  a.background, a.continuation, a.entry_head, a.signatory, key_party=p, relation=a.relation))
            continue
        contrast = _contrast_split(a) if len(foreign) >= 2 else []
        if contrast:
            out.extend(contrast)  # …Bなどとも協定を結んでいますが、本件はAとの協定に関するものです
            continue
        parallel = _parallel_split(a) if "それぞれ" in a.unit.text and len(a.events) >= 2 else []
        if parallel:
            out.extend(parallel)  # 那覇市が1981年に福州市と、浦添市が1988年に泉州市と、それぞれ友好都市を締結
            continue
        paired = _paired_split(a) if m is not None or re.search(r"[/／]", a.unit.text) else []
        if paired:
            out.extend(paired)  # リンカーン大学と学術交流協定を締結、AgResearchとも研究協力覚書
            continue
        dated = _dated_partners_split(a) if len(foreign) >= 2 and m is None else []
        if dated:
            out.extend(dated)  # 1979年にアメリカのA市と、1990年にカナダのB市と姉妹都市提携を結びました
            continue
        bracketed = _bracket_dated_split(a, text) if len(foreign) >= 2 and len(a.events) >= 2 else []
        if bracketed:
            out.extend(bracketed)  # コーバリス市(昭和63年9月提携)と、リューネブルク市(平成7年5月12日提携)です
            continue
        topics = _topic_clause_split(a) if len(a.parties) == 2 and "。" not in a.unit.text else []
        if topics:
            out.extend(topics)  # Xとの連携協定の終了及びYとの新たな連携協定の締結について: two instruments, one each
            continue
        clauses = _clause_split(a, text) if len(a.events) >= 2 and (
            len(foreign) >= 2 or (_SELF_SUBJECT.match(a.unit.text) and len(a.parties) >= 2)) else []
        if clauses:
            out.extend(clauses)  # 1984年にA市と姉妹都市提携を結び、1981年にはB市と友好都市提携を結びました
            continue
        bilateral = m is None and len(a.parties) >= 3 and bool(_BILATERAL_BY_LAW.search(a.unit.text))
        echoed = m is None and len(a.parties) >= 2 and any({p.name for p in a.parties} <= names for names in each_sets)
        if (m is None and not bilateral and not echoed) or len(a.parties) < 2:
            out.append(a)
            continue
        cut = a.unit.start + m.start() if m is not None else a.unit.end
        # (浜松いわた信用金庫(理事長 …)は: a bracket may stand between the subject and は)
        subject = [p for p in a.parties if re.match(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:は|が|では)", text[p.end : p.end + 40])]
        listed = [p for p in a.parties if p.end <= cut and p not in subject]
        if not subject and len(listed) >= 2 and len(listed) == len(a.parties) and (
                echoed or re.match(r"^[^、。]{0,6}(?:は|では)、", a.unit.text)
                or re.match(r"^(?:[^、。]{0,16}?[日月年]、)?[本当](?:市|町|村|県|区|府|都|道|社|学|行)(?:は|では)", a.unit.text)  # (平成31年3月22日、本市は…)
                or re.match(r"^(?:その後|また|さらに|更に|このたび|今回|同日|あわせて|併せて)、", a.unit.text)):
            # 本県は、A省、B市とそれぞれ覚書を締結: the subject is the issuer itself (本県, 当社),
            # or left unsaid after a connective (その後、A町、B村の2町村とそれぞれ…協定を締結)
            out.extend(Anchor(a.unit, [p], a.type_cues, a.verbs, a.events, a.ceremony, a.title_only, a.background,
                              a.continuation, a.entry_head, a.signatory, key_party=p) for p in listed)
            continue
        if len(subject) != 1 or len(listed) < 2:
            out.append(a)
            continue
        for p in listed:
            out.append(Anchor(a.unit, [subject[0], p], a.type_cues, a.verbs, a.events, a.ceremony, a.title_only,
                              a.background, a.continuation, a.entry_head, a.signatory, key_party=p))
    return out


_CONTINUED = re.compile(r"(?:関係|交流|提携)を(?:継続|維持|引き継)")  # 2005年 | …後も友好都市関係を継続: no new step
_MERGER_BRACKET = re.compile(r"(?:合併|編入)\s*[(（][^()（）]{2,80}[)）]")
_MERGER_LIST = re.compile(r"(?:[一-龥ぁ-ゖァ-ヺ]{1,8}(?:市|町|村)[、・,]){2,}[一-龥ぁ-ゖァ-ヺ]{1,8}(?:市|町|村)(?:の[0-9一二三四五六七八九十]+[市町村][^がと]{0,12})?(?:が|と|を)(?:合併|編入)")


def _merger_members(u: Unit) -> list[tuple[int, int]]:
    """Spans listing the municipalities of a merger (市町合併(菊川町・豊田町・豊浦町), A市、B町、C村の
    1市6町1村が合併): they merged into the party; they are not partners of the tie."""
    return [(u.start + m.start(), u.start + m.end()) for rx in (_MERGER_BRACKET, _MERGER_LIST) for m in rx.finditer(u.text)]


_NAME_LINE = re.compile(r"[ \t]{2,}(?P<t>[^\s。、|]{6,60}?(?:協定書?|覚書|宣言|合意書|議定書|確認書|意向書))\s*(?:※\s?\d*)?\s*$")


def _name_line_under(u: Unit, text: str) -> cue_mod.TitleCue | None:
    """A table row written on two lines, the instrument's name indented on the second: that name."""
    ls = text.find("\n", u.end)
    if ls < 0:
        return None
    le = text.find("\n", ls + 1)
    m = _NAME_LINE.match(text, ls + 1, len(text) if le < 0 else le)
    if m is None:
        return None
    typ = cue_mod.best_type(cue_mod.find_type_cues(m.group("t")))
    if typ is None:
        return None
    return cue_mod.TitleCue(m.start("t"), m.end("t"), m.group("t"), typ, "label")


# the preamble that opens an agreement's own text, on the line after its name (a blank line between)
_TEXT_OPENS = re.compile(r"\n\s*\n?[^\n]{0,80}?(?:[(（]以下[、,]?「[甲乙]」|次のとおり(?:協定|覚書|協約)を(?:締結|結)|は[、,]?次のとおり合意)")
_NAME_ITEM = re.compile(r"[ \t]*(?:[・●■◆◇○□▼▽\-*]|[(（]?[0-9０-９]{1,2}[)）.．]|[0-9０-９]{1,2}(?=[ \t])|【[^】]{0,6}】)?[ \t]*"
                        r"(?P<t>[^\s。、|:：]{6,60}?(?:協定書?|覚書|宣言|合意書|議定書|確認書|意向書))[ \t]*$")


def _name_line_above(u: Unit, text: str) -> cue_mod.TitleCue | None:
    """An entry whose first line is the instrument's name alone (・災害時における物資の供給に
    関する協定) and whose next lines give 締結先 and 締結日: that name, for the record the
    lines below open."""
    le = text.rfind("\n", 0, u.start)
    if le <= 0:
        return None
    ls = text.rfind("\n", 0, le) + 1
    m = _NAME_ITEM.fullmatch(text, ls, le)
    if m is None:
        # 協定名 災害時における…に関する協定 / 相手方 …: the entry's name label just above
        labelled = [t for t in cue_mod.find_titles(text[ls:le], ls) if t.source == "label"]
        return labelled[0] if len(labelled) == 1 else None
    typ = cue_mod.best_type(cue_mod.find_type_cues(m.group("t")))
    if typ is None:
        return None
    return cue_mod.TitleCue(m.start("t"), m.end("t"), m.group("t"), typ, "label")


def _placed_elsewhere(p: PartyMention, all_parties: list[PartyMention]) -> PartyMention:
    """An organisation given Japan only because its name is kanji takes the foreign country another
    mention of the same name on the page has."""
    if p.kind is not PartyKind.ORGANIZATION or p.country != "JP" or not re.fullmatch(r"[一-龥ぁ-ゖ]+", p.name):
        return p
    abroad = {m.country for m in all_parties if m.name == p.name and m.country not in (None, "JP")}
    if len(abroad) == 1:
        return PartyMention(p.start, p.end, p.text, p.name, p.kind, abroad.pop(), p.source)
    return p


def _later_signings_renew(events: list[Found]) -> list[Found]:
    """The earliest conclusion is the signing; a later one concludes a successor instrument (a renewal).
    A renewal dated before every signing of the chain (…協定書に署名し、2013年から続く関係を更新: the
    relationship's start told through the verb of the renewal) is the chain's first signing."""
    steps = [f.value for f in events if isinstance(f.value, Event)]
    if len(steps) >= 2 and [str(e.date) for e in steps] == sorted(str(e.date) for e in steps) \
            and steps[0].type is EventType.RENEWED and any(e.type is EventType.SIGNED for e in steps[1:]):
        first = next(i for i, f in enumerate(events) if isinstance(f.value, Event))
        events = list(events)
        events[first] = Found(Event(EventType.SIGNED, steps[0].date), events[first].start, events[first].end)
    out: list[Found] = []
    seen = False
    for f in events:
        ev = f.value
        if isinstance(ev, Event) and ev.type is EventType.SIGNED:
            if seen:
                f = Found(Event(EventType.RENEWED, ev.date), f.start, f.end)
            seen = True
        out.append(f)
    return out


_BELOW_LEAD = re.compile(r"(?:次|以下|下記|左記)の[^。]{0,14}?(?:と|との間で)[^。]{0,30}?(?:協定|覚書|提携|合意書|宣言|意向書|MOU)[^。]{0,12}?(?:締結|更新|調印|署名|結び|交わし)")


def _below_lead(u: Unit) -> cue_mod.TypeCue | None:
    """The instrument of a lead sentence that leaves its partners to a list below
    (金沢大学は、下記の協定校と大学間学術交流協定を更新しました。/ ・釜山大学校 3月1日付で更新):
    each item is that instrument with the partner it names."""
    m = _BELOW_LEAD.search(u.text)
    if m is None:
        return None
    cues = [c for c in cue_mod.find_type_cues(u.text, u.start) if u.start + m.start() <= c.start < u.start + m.end()]
    return _as_section(cues[-1]) if cues else None  # the word before the verb (協定校と…交流協定を更新)


# ア 株式会社A / 分野:子育て支援 / ※令和7年2月に締結。: a labelled line or a note under an item of the list
_ITEM_DETAIL = re.compile(r"^[ \t\u3000]*(?:※|[(（]?注[)）]?[\s:：]|[^\s:：、。「」()（）]{1,8}[ \t\u3000]*[:：])")
_PARTNER_LIST_LABEL = re.compile(r"^[\s■□●◆◇【\[]*(?:[0-9０-９一二三四五六七八九十]+[.．、\s])?\s*(?:協定の?)?(?:締結先|相手方|連携先|協定先|締結相手|締結企業|締結団体)(?:と[^\n]{0,12})?[】\]]?\s*$")
_LISTED_BELOW = re.compile(r"(?:(?:次|以下|下記)の[0-9０-９一二三四五六七八九十]*(?:団体|者|社|機関|事業者|法人|大学|都市|市町村|市町|町村|自治体|企業|者|市|町|村)[^。]{0,8}?(?:と|との間で)"
                           r"|(?:次|以下|下記)の?[0-9０-９一二三四五六七八九十]+件の[^。]{0,12}?(?:協定|覚書)を(?:締結|結)"  # (下記2件の連携協定を締結)
                           r"|[0-9０-９一二三四五六七八九十]+(?:社|団体|者|機関|事業者|法人|大学)と[、,]?\s?それぞれ)")


def _is_partner_label(a: Anchor) -> bool:
    """A 相手方 / 提携先 line (one partner), not a 締結者 line (all signatories)."""
    m = _SIGNATORY.match(a.unit.text)
    return bool(m and m.group("partner"))


def _dated_partners_split(a: Anchor) -> list[Anchor]:
    """「1979年にアメリカのA市と、1990年にカナダのB市と姉妹都市提携を結びました」: each partner with the
    date written just before it, one tie each, the instrument word after them shared."""
    t, base = a.unit.text, a.unit.start
    partners = sorted((p for p in a.parties if p.country != "JP" and p.kind is not PartyKind.COUNTRY), key=lambda p: p.start)
    jp = [p for p in a.parties if p.country == "JP"]
    days = [d for d in find_dates(t) if d.value]
    out = []
    prev_end = 0
    for p in partners:
        before = [d for d in days if prev_end <= d.end <= p.start - base
                  and re.fullmatch(r"(?:に|には)[、,]?[^、。]{0,14}?", t[d.end : p.start - base])]
        if len(before) != 1 or not re.match(r"と(?:[、,]|(?:の間で)?[^、。]{0,16}?(?:提携|協定|覚書|締結|結))", t[p.end - base : p.end - base + 24]):
            return []
        d = before[0]
        event = (EventType.SIGNED, DateMention(d.start + base, d.end + base, d.text, d.value, d.era, d.problem, d.inferred),
                 a.type_cues[-1].type if a.type_cues else None)
        out.append(Anchor(a.unit, jp[:1] + [p], a.type_cues, a.verbs, [event], key_party=p))
        prev_end = p.end - base
    cue_after = any(c.start >= partners[-1].end for c in a.type_cues)
    return out if cue_after and any(v.event is EventType.SIGNED for v in a.verbs) else []


def _parallel_split(a: Anchor) -> list[Anchor]:
    """「AがX年にBと、CがY年にDと、それぞれ…を締結」: each Japanese subject with its own
    partner and date; the instrument word after それぞれ is shared."""
    t, base = a.unit.text, a.unit.start
    subjects = [p for p in a.parties if p.country == "JP" and re.match(r"\s*(?:が|は)", t[p.end - base : p.end - base + 2])]
    if len(subjects) < 2:
        return []
    tail = t.index("それぞれ") + base
    cues = [c for c in a.type_cues if c.start >= tail]
    if not cues:
        return []
    bounds = [p.start for p in subjects] + [tail]
    out = []
    for subj, s0, e0 in zip(subjects, bounds, bounds[1:]):
        partners = [p for p in a.parties if s0 <= p.start < e0 and p.country != "JP" and p.kind is not PartyKind.COUNTRY]
        events = [e for e in a.events if s0 <= e[1].start < e0]
        if len(partners) != 1 or len(events) != 1:
            return []
        out.append(Anchor(a.unit, [subj, partners[0]], cues, a.verbs, events, key_party=partners[0]))
    return out


def _paired_split(a: Anchor) -> list[Anchor]:
    """「Aと協定を締結、Bとも覚書を交わした」: partners each followed by an instrument of
    another kind are agreements apart, each with its own word. Dates before the first
    partner date every pair; a later date, the pair it is written in."""
    if len({c.type for c in a.type_cues}) < 2:
        return []
    subject = [p for p in a.parties if re.match(r"\s*(?:は|が|では)", a.unit.text[p.end - a.unit.start : p.end - a.unit.start + 3])]
    partners = sorted((p for p in a.parties if p not in subject), key=lambda p: p.start)
    if len(partners) < 2:
        return []
    bounds = [p.start for p in partners[1:]] + [a.unit.end]
    out = []
    for p, end in zip(partners, bounds):
        cues = [c for c in a.type_cues if p.end <= c.start < end]
        if not cues:
            return []  # A、B、Cとも協定を: one word for all, not pairs
        events = [e for e in a.events if e[1].start < partners[0].start or p.start <= e[1].start < end]
        out.append(Anchor(a.unit, subject[:1] + [p], cues[:1], a.verbs, events, a.ceremony, a.title_only, a.background,
                          a.continuation, a.entry_head, a.signatory, key_party=p))
    if len({x.type_cues[0].type for x in out}) < 2:
        return []
    return out


def _with_japanese_subject(anchors: list[Anchor], u: Unit, parties: list[PartyMention], text: str) -> list[Anchor]:
    """Per-partner anchors of one sentence take its Japanese subject as their other party
    (大分市は、…アベイロ市(…)、武漢市(…)と交流を続けています)."""
    if anchors:
        subject = next((q for q in parties if u.start <= q.start < u.end and q.country == "JP"
                        and re.match(r"\s*(?:は|では|が)", text[q.end : q.end + 3])), None)
        if subject is not None:
            for a in anchors:
                a.parties.insert(0, subject)
    return anchors


def _contrast_split(a: Anchor) -> list[Anchor]:
    """A sentence turning at 〜が、 (…B研究所などとも協定を結んでいますが、本件はA研究所との協定に
    関するものです): each side keeps its own partners; a side with no verb of conclusion only
    refers to a tie and adds nothing."""
    u = a.unit
    cut = re.search(r"(?:ます|ている|ていた|た|です|だ)が、", u.text)
    if cut is None:
        return []
    mid = u.start + cut.end()
    sides = [(u.start, mid), (mid, u.end)]
    out: list[Anchor] = []
    for s0, e0 in sides:
        parties = [p for p in a.parties if s0 <= p.start < e0]
        verbs = [v for v in a.verbs if s0 <= v.start < e0]
        if not parties or not verbs:
            continue
        out.append(Anchor(u, parties, [c for c in a.type_cues if s0 <= c.start < e0] or a.type_cues, verbs,
                          [e for e in a.events if s0 <= e[1].start < e0], a.ceremony, a.title_only, a.background,
                          a.continuation, a.entry_head, a.signatory, relation=a.relation))
    return out if len(out) == 1 and len(out[0].parties) < len(a.parties) else []


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line of ``text`` that holds ``pos``."""
    le = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if le < 0 else le


def _runs_the_next(m: PartyMention, nxt: PartyMention, text: str) -> bool:
    """国立大学法人北海道国立大学機構 帯広畜産大学, 国立研究開発法人水産研究・教育機構 水産大学校: the
    corporation or agency written before the university, college or institute it runs (a space
    between them) is no party of its own."""
    return m.kind is nxt.kind is PartyKind.ORGANIZATION and bool(re.fullmatch(r"[ \u3000]{1,2}", text[m.end : nxt.start])) \
        and bool(re.match(r"(?:国立大学法人|公立大学法人|学校法人|独立行政法人|国立研究開発法人|地方独立行政法人)", m.name)) \
        and bool(re.search(r"(?:大学|高等専門学校|大学校|研究所|病院|センター)$", nxt.name))


def _bracket_dated_split(a: Anchor, text: str) -> list[Anchor]:
    """Partners each followed by the bracketed date of its tie (A市(昭和63年9月提携)と、B市(平成7年
    5月12日提携)): one anchor per partner, dated by its own bracket; [] unless every partner has one."""
    partners = [p for p in a.parties if p.country != "JP" and p.kind is not PartyKind.COUNTRY]
    subject = [p for p in a.parties if p.country == "JP"][:1]
    out: list[Anchor] = []
    for p in partners:
        m = re.match(r"\s?[(（]([^()（）]{2,30}?)(?:提携|締結|調印|盟約)[)）]", text[p.end : p.end + 40])
        if m is None:
            return []
        events = [ev for ev in a.events if p.end <= ev[1].start < p.end + m.end()]
        if len(events) != 1:
            return []
        out.append(Anchor(a.unit, subject + [p], a.type_cues, a.verbs, events, key_party=p))
    return out


_SELF_SUBJECT = re.compile(r"^\s*(?:当社|弊社|本市|本県|本町|本村|本区|本学|当法人|当協会|当機構|当行|当金庫)(?:は|では|が)")


# …は、 after the subject of 「XはAと「T1」を、Bと「T2」を、それぞれ締結」, past its branch and its bracket
# (株式会社X 東北支社(支社長:…、以下「X」)は、)
_CLAUSE_SUBJECT_AFTER = re.compile(rf"\s*(?:{glossary_mod.COMPANY_BRANCH}\s*)?(?:[(（][^()（）]{{0,40}}[)）])?\s*(?:は|が)[、,]")


def _title_clause_split(a: Anchor) -> list[Anchor]:
    """「XはAと「T1」を、(また)Bと「T2」を、それぞれ締結」: each clause names its own instrument and
    its one partner; the subject X signs every one."""
    u = a.unit
    tail = re.search(r"[」』]を[、,]?\s?それぞれ", u.text)
    if tail is None:
        return []
    cuts = [u.start + m.end() for m in re.finditer(r"[」』]を[、,]\s?(?:また)?[、,]?", u.text[: tail.start()])]
    if not cuts:
        return []
    bounds = [u.start] + cuts + [u.start + tail.end()]
    subject = [p for p in a.parties if p.start < bounds[1] and _CLAUSE_SUBJECT_AFTER.match(u.text, p.end - u.start)]
    if len(subject) != 1:
        return []
    out: list[Anchor] = []
    for s0, e0 in zip(bounds, bounds[1:]):
        clause = u.text[s0 - u.start : e0 - u.start]
        partners = [p for p in a.parties if s0 <= p.start < e0 and p is not subject[0] and p.kind is not PartyKind.COUNTRY]
        if len(partners) != 1 or len(re.findall(r"と[「『]", clause)) != 1:
            # a clause without its own partner and quoted name is not one instrument per clause; one with
            # several partners (B及びCと「…三者連携協定」を) is left whole: its record is found by its own section
            return []
        own = [c for c in a.type_cues if s0 <= c.start < e0] or a.type_cues  # (each clause's instrument is its own)
        out.append(Anchor(u, subject + partners, own, a.verbs, a.events, a.ceremony, a.title_only, a.background,
                          a.continuation, a.entry_head, a.signatory, key_party=partners[0]))
    return out


def _clause_split(a: Anchor, text: str) -> list[Anchor]:
    """A sentence that concludes one tie per clause (…A市と姉妹都市提携を結び、…B市と友好都市
    提携を結びました): one anchor per clause, each with its own partner, date and word."""
    u = a.unit
    cuts = [u.start + mm.end() for mm in re.finditer(
        r"(?:結び|締結し|提携し|調印し|交わし|署名し|(?:結ん|締結し|提携し)[でて]?(?:おり(?:ます)?|います|いる)(?:し|ほか)?"
        r"|(?:提携|協定|覚書)[」』]?を)、", u.text)]  # (Aと昭和43年に姉妹提携を、Bと昭和55年に姉妹提携をそれぞれ結んでおり)
    if not cuts:
        return []
    bounds = [u.start] + cuts + [u.end]
    out: list[Anchor] = []
    # 当社はこれまでに、2022年6月に釜石市と「…協定」を、2023年9月に大槌町と「…協定」をそれぞれ締結: the issuer
    # speaks of itself, and each clause's body, Japanese or not, is its partner
    self_subject = bool(_SELF_SUBJECT.match(u.text))
    subject = [] if self_subject else [p for p in a.parties if p.country == "JP"][:1]
    for s0, e0 in zip(bounds, bounds[1:]):
        partners = [p for p in a.parties if s0 <= p.start < e0 and (p.country != "JP" or self_subject) and p.kind is not PartyKind.COUNTRY]
        events = [ev for ev in a.events if s0 <= ev[1].start < e0]
        cues = [c for c in a.type_cues if s0 <= c.start < e0]
        verbs = [v for v in a.verbs if s0 <= v.start < e0]
        if out and not events and (not cues or self_subject):
            continue  # …それぞれ結んでおり、湖南省を含めた三つの地域との関係は…: a remark after the ties
        each = len(partners) > 1 and _EACH.search(text, s0, e0) is not None  # A港、B港とそれぞれ姉妹港提携を結び、…
        if (len(partners) != 1 and not each) or not events or not cues:
            return []  # not one tie per clause: leave the sentence whole
        out.extend(Anchor(u, subject + [p], cues, verbs, events, key_party=p) for p in partners)
    return out


_BRACKET_LOCATED = re.compile(r"^[\s◇◆■●・\-–\d.．()（）]*(?P<n>[^\s(（)）|:：、。]{2,20}?)\s?[(（](?P<loc>[^)）]{2,24})[)）]")


def _bracket_located(u: Unit, parties: list[PartyMention]) -> PartyMention | None:
    """「梼原町(高知県)」「ボーヒニ町(スロベニア共和国)」 at the head of an item: a place the
    gazetteers do not know, located by the place in brackets after it."""
    m = _BRACKET_LOCATED.match(u.text)
    if m is None:
        return None
    ls, le = u.start + m.start("loc"), u.start + m.end("loc")
    loc = [p for p in parties if ls <= p.start < le]
    if not loc:
        return None
    country = next((p.country for p in loc if p.country), None)
    suffixed = re.search(r"(?:市|町|村|区|郡|州|省|県|道|地域|地方|大学|協会|機構|会議所|公社)$", m.group("n"))
    # バート・ガスタイン(オーストリア共和国ザルツブルク州): a foreign town's katakana name needs no suffix
    # when its bracket opens with a place abroad
    abroad = loc[0].start == ls and loc[0].country not in (None, "JP") \
        and re.fullmatch(r"[ァ-ヺ][ァ-ヺー・=]{2,20}", m.group("n"))
    if not (suffixed or abroad):
        return None
    start = u.start + m.start("n")
    name = m.group("n")
    return PartyMention(start, start + len(name), name, name, _kind_from_suffix(name), country, "bracketed")


_NOT_NAME_COLUMN = re.compile(r"場所|会場|開催地|所在地|内容|概要|備考|区分|種類|種別|担当|窓口|分野|目的|期間|部局")


_WHERE_COLUMN = re.compile(r"所在地|所在")


def _skip_columns(units: list[Unit], names: re.Pattern[str] | None = None, *,
                  unless: re.Pattern[str] | None = None) -> dict[int, frozenset[int]]:
    """For each table row, the columns its header row names as places, contents or notes
    (年月日 | 区分 | 内容 | 署名場所): a cell there is never the partner's name. With
    ``names``, the columns whose header matches it instead (所在地: where the partner is);
    with ``unless``, none under a header that has a column matching that (日付 | 内容 | 場所)."""
    names = names or _NOT_NAME_COLUMN
    out: dict[int, frozenset[int]] = {}
    skip: frozenset[int] = frozenset()
    prev_row = False
    for u in units:
        if not u.is_row:
            prev_row = False
            continue
        cells = [c.strip() for c in u.text.strip("|").split("|")]
        header = all(len(c) <= 8 for c in cells) and not re.search(r"[0-9０-９]", u.text)
        if header and not prev_row or header and any(names.search(c) for c in cells):
            skip = frozenset(i for i, c in enumerate(cells) if names.search(c))
            if unless is not None and any(unless.search(c) for c in cells):
                skip = frozenset()
        elif not prev_row:
            skip = frozenset()
        out[u.start] = skip
        prev_row = True
    return out


# 軽米町:令和3年3月22日 / ・一戸町 … 令和3年3月25日: one partner and one date on a line
_LISTED_STEP_LINE = re.compile(r"^\s*(?:[・●○■◆\-]|[(（][一二三四五六七八九十0-9]{1,3}[)）])?\s*(?P<name>[^\s:：|、。]{2,30}?)\s*(?:[:：]|…+|\s)\s*(?P<date>[^\s|、。]{4,24}|同日)\s*$")
# its lead: 変更協定の締結日は次のとおりです / 締結年月日は以下のとおり
_STEP_LIST_LEAD = re.compile(r"(?:締結|調印|署名|提携|更新|変更|改定)(?:年月日|年月|日)は?[、,]?\s*(?:次|以下|下記)の?(?:とおり|通り)"
                             r"|相手方?(?:及び|並びに|と)(?:[^\s、。]{1,6}?に係る)?(?:締結|調印|署名)の?(?:年月日|日)\s*$")  # 二 連携協約の相手方及び締結年月日 (…及び変更に係る締結の日)
_TERM_COLUMN = re.compile(r"^(?:有効期間|協定期間|覚書の期間|期間|有効期限)$")
_SCHEDULE_COLUMN = re.compile(r"^(?:日付|日時|月日|時間|場所|会場)$")
# a partner table's column of what each agreement covers (国・地域 | 提携団体 | … | 主な交流内容)
_SUMMARY_COLUMN = re.compile(r"^(?:協定の|覚書の)?(?:概要|内容|主な内容|取組内容|連携内容|協力内容)$")
_CONTENT_COLUMN = re.compile(r"^(?:主な)?(?:交流|連携|協力)?(?:内容|分野|事項)$|^(?:主な)?(?:連携|協力|交流)(?:事項|分野|内容)$")
# header cells over dates that are not the agreement's steps (議会の議決, 申請日), and over its later steps (変更日, 更新日)
_NO_STEP_COLUMN = re.compile(r"議決|議会|申請|受付|公表|通知|届出|提案|発表")
# an event of another kind between a date and the conclusion verb after it (…に合併して, …に設立され)
_OTHER_EVENT = re.compile(r"(?:合併|設立|発足|誕生|開設|開業|就航|開港|竣工|移転)(?:し(?:て|た)|され(?:て|た)|となっ|となり|を経て)[^。]{0,20}?(?:ため|ことから|後|のち|、)")
_FIELDS_OF_INSTRUMENT = re.compile(r"の?分野で[^。]{0,20}?(?:を定めた|を内容とする|を柱とする)[^。]{0,12}?(?:協定|覚書)")
_RENEWAL_CEREMONY = re.compile(r"(?:改正|改定|変更|更新|再締結|再調印)(?:後の)?(?:協定|覚書|協定書|合意書|宣言)?(?:の)?(?:調印|締結|署名|取り交わし|取交し)?式")
# R5.3.31 協定期間満了により終了 / 令和5年3月31日 有効期間の満了に伴い失効: the day the term ran out
# …に関する連携協定(PDF:187KB)※1: a link's file label and a note mark closing a title
_TITLE_TAIL = re.compile(cue_mod.FILE_LINK.pattern + r"(?:※\s?[0-9]*)?\s*$|\s*※\s?[0-9]*\s*$")
_SIGNATORY_TABLE_LABEL = re.compile(r"(?:[0-9０-９]{1,2}[.．、)）]?\s*|[(（][0-9０-９]{1,2}[)）]\s*)?[◆■●○・【\[]*\s*(?:協定|覚書)?の?(?:締結者|締結団体|当事者|署名者|参加団体|構成団体)(?:一覧)?[】\]]?")
_CODE_TITLE = re.compile(r"[○◯]\s*[^\s。、]{4,80}(?:協定|協定書|覚書|合意書|協約|申合せ)")
_CODE_NUMBER = re.compile(r"(?:^|(?<=日))(?:協定|覚書|告示|訓令|規約)?第\s*[0-9０-９]+\s*号$")
_EXPIRED_ON = re.compile(r"\s*(?:協定|覚書|契約|提携)?(?:の)?(?:有効)?(?:期間|期限)(?:の)?満了(?:により|に伴い|に伴って|のため|につき|をもって|で)[^。|\n]{0,8}?(?:終了|失効)")
_ENDED_ON = re.compile(r"\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:(?:を|で)?(?:もって|以て)|付け?で)(?:[^。|]{0,16}?|[、,][^。|]{0,36}?(?:協定|覚書|提携|関係)を)(?:終了|廃止|解消|失効)(?!後)"
                       r"|\s?(?:協定|覚書|提携|契約|関係)?(?:終了|廃止|解消|失効)(?=\s*(?:$|[|\n。、)）]))")  # (2023/03/31 協定終了 in a list's cell)
_SIGNED_COLUMN = re.compile(r"^(?:当初の|最初の|初回の?)?(?:提携|締結|調印|署名|協定締結)(?:年月日|年月|日)$")
_RENEWAL_COLUMN = re.compile(r"^(?:更新|変更|改定|改正|再締結|延長|変更協定締結|見直し)(?:年月日|年月|日)$")


def _cell_at(u: Unit, pos: int) -> str:
    """The text of the cell of table row ``u`` that holds ``pos`` (an offset into ``u.text``)."""
    s0 = u.text.rfind("|", 0, pos) + 1
    e0 = u.text.find("|", pos)
    return u.text[s0 : len(u.text) if e0 < 0 else e0]


def _column_of(u: Unit, pos: int) -> int:
    """The index of the cell of table row ``u`` at ``pos`` (an offset into ``u.text``),
    counted as :func:`_skip_columns` counts them."""
    lead = len(u.text) - len(u.text.lstrip("|"))
    return u.text[lead:pos].count("|")
_ACTIVITY_COLUMN = re.compile(r"これまで|主な交流|交流実績|交流の実績|主な活動|活動実績|活動内容|交流の歩み|主な事業|交流事業")


def _activity_cells(units: list[Unit]) -> dict[int, list[tuple[int, int]]]:
    """For each table row, the spans of its cells under a header naming exchanges carried on
    (これまでの主な交流, 交流実績): what the partners did, not the fields of their tie."""
    out: dict[int, list[tuple[int, int]]] = {}
    cols: frozenset[int] = frozenset()
    prev_row = False
    for u in units:
        if not u.is_row:
            prev_row = False
            continue
        cells = u.text.split("|")
        stripped = [c.strip() for c in cells]
        if all(len(c) <= 14 for c in stripped) and not re.search(r"[0-9０-９]", u.text):
            cols = frozenset(i for i, c in enumerate(stripped) if _ACTIVITY_COLUMN.search(c))
        elif not prev_row:
            cols = frozenset()
        if cols:
            spans, pos = [], u.start
            for i, c in enumerate(cells):
                if i in cols:
                    spans.append((pos, pos + len(c)))
                pos += len(c) + 1
            out[u.start] = spans
        prev_row = True
    return out


def _first_name_cell(u: Unit, parties: list[PartyMention], skip: frozenset[int] = frozenset()) -> PartyMention | None:
    """The first cell of a table row that reads as a name (アソーレス自治地方 | ポルトガル
    共和国 | 2023年7月20日): a partner the gazetteers do not know, kind from its
    suffix, country from the row's country cell; never a cell of a column the header
    names as a place or a content (署名場所, 内容)."""
    country = next((p.country for p in parties if p.kind is PartyKind.COUNTRY and u.start <= p.start < u.end), None)
    pos = u.start
    lead = len(u.text) - len(u.text.lstrip().lstrip("|"))
    pos += lead
    for i, cell in enumerate(u.text[lead:].split("|")):
        raw = cell.strip()
        start = pos + cell.find(raw) if raw else pos
        pos += len(cell) + 1
        if i in skip:
            continue
        name = re.sub(r"\s*[(（][^)）]*[)）]?\s*$", "", raw)
        if not (2 <= len(name) <= 25) or re.search(r"[0-9０-９]|年|月|日|、|。", name):
            continue
        if any(p.kind is PartyKind.COUNTRY and p.start <= start < p.end for p in parties):
            continue
        if cue_mod.find_type_cues(name) or is_generic_name(name) or not re.search(r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z]", name):
            continue
        if name in ("相手方", "国", "国名", "都市名", "締結日", "提携日", "分野", "主な分野", "区分", "種類"):
            continue
        if i == 0 and (_TERM_LABEL.search(name) or _PURPOSE_LABEL.search(name) or _ENTRY_LABEL.search(name + ":")
                       or re.search(r"(?:場所|名称|担当|備考|署名者|締結者|立会人|内容|項目|事項)$", name)):
            continue  # 有効期間 | 締結の日から…: a key of a key/value table, not a name
        if re.search(r"[ぁ-ゖ]{2,}", name):
            continue  # 主なできごと, 提携のきっかけ: a key of the row, not a name
        return PartyMention(start, start + len(name), name, name, _kind_from_suffix(name), country, "table")
    return None


def _strip_country_prefix(name: str) -> str:
    """A country written before an organisation's or a place's name only locates it."""
    hits = Gazetteer.load().scan_countries(name)
    if hits and hits[0][0] == 0 and len(name) - hits[0][1] >= 2:
        rest = name[hits[0][1] :].lstrip("・ ")
        # only when a place follows (大韓民国釜山広域市…): 台湾観光協会 keeps its country,
        # and マリリア市 is no マリ
        places = place_mentions(rest)
        if len(rest) >= 2 and places and places[0].start == 0 and places[0].end < len(rest):
            return rest
    return name


def _row_partner(u: Unit, ms: list[PartyMention], all_in_row: list[PartyMention],
                 skip: frozenset[int] = frozenset(), *, faculties_sign: bool = False) -> list[PartyMention]:
    """In a table row (台湾 | 国立成功大学 | 大学間 | 2015年9月 | 国際連携推進機構) the partner
    is the first cell that names a party; later cells hold the issuer's own
    departments. An organisation's country is the row's country cell, if any, or the
    place in a column its header names as where it is (大学名 | 所在地: 華東師範大学 | 上海市)."""
    if len(ms) <= 1 and not all_in_row:
        return ms
    cells: list[tuple[int, int]] = []
    pos = u.start
    for cell in u.text.split("|"):
        cells.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    if skip:
        lead = 1 if not u.text[: cells[0][1] - u.start].strip() else 0  # (| a | b |: the cell before the first bar is empty)
        col = lambda m: next((i - lead for i, (s0, e0) in enumerate(cells) if s0 <= m.start < e0), -1)  # noqa: E731
        located = [m for m in ms if col(m) in skip and m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION, PartyKind.COUNTRY)]
        if located and len(located) < len(ms):
            where = next((m.country for m in located if m.country), None)
            ms = [m for m in ms if m not in located]
            if where is not None:
                ms = [PartyMention(m.start, m.end, m.text, m.name, m.kind, where, m.source) if m.kind is PartyKind.ORGANIZATION else m
                      for m in ms]
            all_in_row = [m for m in all_in_row if m not in located]
    out = ms
    for s0, e0 in cells:
        inside = [m for m in ms if s0 <= m.start < e0]
        if inside:
            out = inside
            break
    # 2 | 福島県 | 会津若松市 | サモア独立国 | アピア市 | 友好都市協定: a register of many bodies' ties — the
    # Japanese body named just before the foreign partner signed with it (the prefecture column only locates)
    row_abroad = any(m.kind is PartyKind.COUNTRY and m.country not in (None, "JP") for m in all_in_row)
    # (a place no Japanese table knows is abroad even unplaced: 大津市 | インタラーケン市 | 姉妹都市)
    foreign = [m for m in ms if m.kind is not PartyKind.COUNTRY and (m.country not in (None, "JP") or (m.country is None and (
        row_abroad or m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION))))]
    if foreign and out and all(m.country == "JP" for m in out):
        jp_before = [m for m in ms if m.country == "JP" and m.end <= foreign[0].start]
        if jp_before:
            out = [jp_before[-1], foreign[0]]
    elif out and all(m.country != "JP" and m.name.isascii() for m in out):
        # Dunedin | Otaru, Hokkaido | sister city since 1980: an English register of ties, the Japanese partner after
        jp_after = [m for m in ms if m.country == "JP" and m.name.isascii() and m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION)
                    and m.start >= out[-1].end]
        if jp_after:
            out = out + jp_after[:1]
    country = next((m.country for m in all_in_row if m.kind is PartyKind.COUNTRY and m.country and m.country != "JP"), None)
    if country:
        out = [PartyMention(m.start, m.end, m.text, m.name, m.kind, country, m.source)
               if (m.kind is PartyKind.ORGANIZATION and m.country in (None, "JP")) or m.country is None else m for m in out]
    if out and faculties_sign and re.search(r"(?:^|\|)\s*部局間(?:協定)?\s*(?:\||$)", u.text):
        # 中国 | 東華大学 材料科学与工程学院 | 山形大学工学部 | 部局間 | 2006.5.19 on a page that says the faculties sign
        # these (部局間協定は本学の各学部が締結): signed by the faculty its own cell names (gold/README.md), not by the
        # university (a faculty that only handles one, 窓口部局が実務を担当, is no signatory)
        for s0, e0 in cells:
            if s0 < out[0].end:
                continue
            cell = u.text[s0 - u.start : e0 - u.start]
            fm = _OWN_FACULTY_CELL.fullmatch(cell)
            if fm is not None:
                fs = s0 + fm.start(1)
                out = out + [PartyMention(fs, fs + len(fm.group(1)), fm.group(1), fm.group(1), PartyKind.ORGANIZATION, "JP", "table")]
                break
    return out


# 部局間協定は本学の各学部が締結 / …(本学窓口部局が締結) / 本学の学部・研究科が、相手校の学部等との間で締結: faculties sign
_FACULTIES_SIGN = re.compile(r"(?:部局|学部|研究科)[^。]{0,24}?が[^。]{0,24}?締結")
# a cell that names one of the issuer's faculties, hospitals or graduate schools (山形大学工学部, 歯学部, 大学院医学研究科)
_OWN_FACULTY_CELL = re.compile(r"\s*([一-龥ァ-ヺー]{0,16}?(?:大学)?(?:大学院)?[一-龥ァ-ヺー]{1,16}(?:学部|研究科|研究部|研究院|学群|学院|病院))\s*")


def _marker(text: str) -> str:
    """The kind of numbering or bullet a line starts with ('' for none)."""
    t = text.lstrip()
    if not t:
        return ""
    if re.match(r"[0-9０-９]{1,2}\s*[.．、)）\s]", t):
        return "digit"
    if re.match(r"[(（][0-9０-９]{1,2}[)）]", t):
        return "paren"
    if re.match(r"[一二三四五六七八九十]{1,3}\s*[、.．\s]", t):
        return "kanji"
    if re.match(r"第\s*[0-9一二三四五六七八九十]+\s*条", t):
        return "article"
    if re.match(r"[ア-ン]\s", t):
        return "kana"
    if t[0] in "■□●○◆◇【▼▽":
        return "section"
    if t[0] in "・-•*※":
        return "dot"
    return ""


# how deep a kind of numbering usually sits: a deeper one under a block heading is its item
_MARKER_RANK = {"": 0, "section": 1, "kanji": 2, "article": 2, "digit": 3, "paren": 4, "kana": 5, "dot": 6}


def _activity_called_off_beside_tie(plain: str) -> bool:
    """本市の友好都市である…北海市とは、…相互訪問を中止しています: what is called off is an exchange, not
    the tie the sentence states."""
    if not re.search(r"(?:姉妹|友好)(?:都市|州|県|省|提携先)である", plain):
        return False
    found = list(cue_mod.tables().negative_re.finditer(plain))
    return bool(found) and all(re.fullmatch(r"中止し|延期し|見送|中止する|延期する|の中止", m.group())
                               and not re.search(r"締結|調印|署名|協定|覚書|提携|式", plain[max(0, m.start() - 8) : m.start()])
                               for m in found)


def _states_relation(u: Unit, tcues: list[cue_mod.TypeCue], parties: list[PartyMention]) -> bool:
    """「姉妹都市であるマディソン市」「X市は本市の友好都市です」: the text says the
    relationship is in force, without dating it."""
    for c in tcues:
        if c.priority < 3:
            continue
        after = u.text[c.end - u.start :]
        m = re.match(r"(?:である|であり|の|、)?\s*", after)
        gap = c.end + (m.end() if m else 0)
        if any(p.start == gap or (p.start > gap and p.start - gap <= 12 and p.kind is not PartyKind.COUNTRY
                                  and re.fullmatch(r"[^\s、。]*", u.text[gap - u.start : p.start - u.start])) for p in parties):
            if m and m.group().strip() in ("である", "であり"):
                return True
            # 姉妹都市ハリファックス市(カナダ)との…, 友好都市の中国杭州市: the word names the partner's tie
            if m and m.group().strip() in ("", "の") and any(p.start == gap for p in parties):
                return True
        if re.match(r"の?(?:です|である|となって|関係に|関係を|だ(?:という|と|。|、|$)|であること|同士)", after) and any(p.end <= c.start for p in parties):
            return True  # (駒ヶ根市とポカラ市が友好都市だということ)
        # 友好提携を結んでいる中国の山東省から… / 友好都市提携を結んだ中国山東省の済南市との…: a tie, named before the partner
        if re.match(r"を(?:結んで|締結して)(?:いる|おり|[0-9０-９一二三四五六七八九十]+(?:周)?年)|を(?:結んだ|締結した)(?=[^。、]{0,16}(?:市|州|省|県|道|区|町|村))", after) and any(
                0 <= p.start - c.end <= 24 and p.kind is not PartyKind.COUNTRY for p in parties):
            return True
        # 本市の姉妹都市は、ダーラム市(米国)と秦皇島市(中国)です
        if re.match(r"は[、,]?", after) and re.search(r"(?:です|である|となっています)[。]?$", u.text.strip()) \
                and any(p.start >= c.end and p.kind is not PartyKind.COUNTRY for p in parties):
            return True
        # ドイツのトリーア市という友好都市もあります
        if any(re.fullmatch(r"という\s*", u.text[p.end - u.start : c.start - u.start]) for p in parties if p.end <= c.start):
            return True
        # Yokohama and Vancouver have been sister cities since 1965 / Rotorua is a sister city of Beppu
        if re.search(r"(?<![A-Za-z])(?:have been|has been|are|is|were|was|became|have become|remain)(?: official)?(?: an?| the)? $",
                     u.text[: c.start - u.start]) and any(p.end <= c.start for p in parties):
            return True
        # ・ロトルア市(ニュージーランド) 姉妹都市: a list item naming the partner, then its tie
        if u.is_item and "。" not in u.text and len(u.text) <= 60 and not u.text[c.end - u.start :].strip(" 　()（）") \
                and any(p.end <= c.start and p.kind is not PartyKind.COUNTRY
                        and re.fullmatch(r"\s*(?:[(（][^()（）]{1,16}[)）])?\s*", u.text[p.end - u.start : c.start - u.start]) for p in parties):
            return True
    return False


def _dated_tie_before(a: Anchor, partner: PartyMention) -> bool:
    """昭和32年に姉妹都市提携を結んだ米国カリフォルニア州サンノゼ市から、高校生が来岡します: a sentence
    about a visit that dates a tie in the clause before the partner's name. The visit is background;
    the tie is a record of its own."""
    return bool(a.events and any(c.priority >= 3 and c.end <= partner.start for c in a.type_cues) and re.search(
        r"を(?:結んだ|締結した|交わした)[^。、]{0,20}$", a.unit.text[: partner.start - a.unit.start]))


_SINCE_YEARS = re.compile(r"(?:を(?:結ん|締結し|交わし|取り交わし)|し)?(?:で|て)?(?:から|以来)[、,]?\s*(?:今年で|本年で)?\s*(?P<n>[0-9]{1,3})\s*(?:周年|年(?:目|を迎え))")


def _counted_back(d: DateMention, verbs: list[cue_mod.VerbCue], u: Unit) -> DateMention | None:
    """2024年(令和6年)は、…提携を結んでから40周年の節目: the year the count starts from, the date's year less
    the years counted (year precision: the day is not told)."""
    after = [v for v in verbs if v.start >= d.end]
    if not after or not d.value or d.inferred or "。" in u.text[d.end - u.start : after[0].start - u.start]:
        return None
    m = _SINCE_YEARS.match(u.text, after[0].end - u.start)
    if m is None or not re.match(r"\s*(?:[(（][^)）]{0,12}[)）])?\s*(?:は|が|で)[、,]?", u.text[d.end - u.start :]):
        return None  # (the date must be the sentence's topic: 2024年は、…)
    return DateMention(d.start, d.end, d.text, str(int(d.value[:4]) - int(m.group("n"))), None, None, False)


# ２ 株式会社Xとの覚書に基づく取組 / (2) A大学との連携協定: a numbered or marked section heading naming an instrument's partner
_SECTION_HEAD = re.compile(r"^[ \t]*(?:[0-9０-９]{1,2}[ \t.．、]|[(（][0-9０-９]{1,2}[)）]|[一二三四五六七八九十]{1,3}[ \t、]|[■□◆◇●【])[^。\n]{2,60}$")
_UNNAMED_COUNTED_PARTNERS = re.compile(r"(?:事業者|企業|団体|会社|法人|機関)?[0-9０-９一二三四五六七八九十]+(?:社|団体|事業者|機関|法人)と(?!は|の間)")
# a news list's line: a headline (…しました, …について, …のお知らせ, (予定)) and, in its last cell, only the day it was posted
_POSTED_CELL = re.compile(r"\s*(?:[0-9]{4}[./-][0-9]{1,2}[./-][0-9]{1,2}|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)\s*")
_HEADLINE_CELL = re.compile(r"ました|について|のお知らせ|[(（]予定[)）]|を発表|(?:締結|調印|署名)[」』]?$")
_UNDERLINE = re.compile(r"\s*[-=_─━~]{3,}\s*")
_SUBSECTION_HEAD = re.compile(r"^[ \t]*[(（][0-9０-９]{1,2}[)）]")
_SECTION_INSTRUMENT = re.compile(r"との(?:[^、。\s]{0,8}?)(?:覚書|協定|協約|合意書|確認書|提携)")


def _cut_out(text: str, s: int, e: int, mentions: list[PartyMention]) -> str:
    """``text[s:e]`` without the spans of ``mentions`` that lie inside it."""
    rest = text[s:e]
    for m in sorted((m for m in mentions if s <= m.start and m.end <= e), key=lambda m: -m.start):
        rest = rest[: m.start - s] + rest[m.end - s :]
    return rest


def _abroad_places_line(text: str, s: int, e: int, mentions: list[PartyMention]) -> set[str]:
    """The countries of a line ``text[s:e]`` that only places something abroad (アメリカ合衆国 カリフォルニア州);
    empty for any other line."""
    places = [m for m in mentions if s <= m.start and m.end <= e]
    if not places or re.sub(r"[\s・、,]", "", _cut_out(text, s, e, places)) \
            or any(m.kind not in (PartyKind.COUNTRY, PartyKind.REGION) or m.country in (None, "JP") for m in places):
        return set()
    return {m.country for m in places if m.country is not None}


def _placed_abroad_below(idx: int, units: list[Unit], parties: list[PartyMention], text: str) -> bool:
    """The line under ``units[idx]`` only places it abroad (リバーサイド市 / アメリカ合衆国 カリフォルニア州)."""
    return idx + 1 < len(units) and bool(_abroad_places_line(text, units[idx + 1].start, units[idx + 1].end, parties))


def _tie_beside_instrument(a: Anchor, known: Draft, text: str) -> bool:
    """A sister or friendship tie told beside an instrument on a subject of its own (…分野に
    おける協力に関する覚書): two relationships with one partner, not a chain. The tie is a
    relationship word only, the record so far a named instrument that holds no such word."""
    strong = [c for c in a.type_cues if c.priority >= 3]
    if not strong or any(c.priority < 3 for c in a.type_cues) or cue_mod.find_titles(a.unit.text):
        return False
    titles = [t for b in known.anchors for t in cue_mod.find_titles(b.unit.text)]
    if not titles or any(cue_mod.find_type_cues(t.text) and any(c.priority >= 3 for c in cue_mod.find_type_cues(t.text)) for t in titles):
        return False
    if any(re.search(r"友好|姉妹|親善", t.text) for t in titles):
        return False  # 友好交流に関する議定書 then 友好都市提携: the same friendship, one chain

    def labels_partner(c: cue_mod.TypeCue, b: Anchor) -> bool:  # 姉妹都市であるX市と…覚書: the tie names the partner
        return bool(re.match(r"(?:である|の)?(?:[^、。]{0,8}?の)?$", text[c.end : min((p.start for p in b.parties if p.start >= c.end), default=c.end)])) \
            and any(0 <= p.start - c.end <= 16 for p in b.parties)

    return all(all(c.priority < 3 or labels_partner(c, b) for c in b.type_cues) for b in known.anchors)


# a heading that names a partner and only the generic instrument made with it
_PARTNER_INSTRUMENT_TAIL = re.compile(r"との(?:変更|包括|新たな)?(?:連携)?(?:協定|覚書|協約)書?(?:の締結)?\s*$")
_ENTRY_MARK = re.compile(r"[◆◇■□●○▼▽★☆【\[]|その[0-9一二三四五六七八九十]|\(?[0-9]{1,2}[).]")


def _subject_instrument_after_tie(a: Anchor, known: Draft, text: str) -> bool:
    """A named instrument on a subject of its own (…の持続可能な発展に関する覚書), first signed
    with a partner the record so far ties to the issuer by a relationship word only (姉妹都市):
    two relationships, as the gold reads them (gold/README.md), not a chain. A renewal, an
    amendment, or a name holding the tie's own word (友好交流に関する覚書) stays in the chain."""
    if any(v.event is EventType.RENEWED for v in a.verbs) or not (a.verbs or a.unit.is_row):
        return False  # (a table row's date column is its conclusion)
    titles = [t for t in cue_mod.find_titles(a.unit.text) if t.type not in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY)]
    if not titles or any(re.search(r"姉妹|友好|親善|提携|改正|変更|更新|延長", t.text) for t in titles):
        return False
    if any(not re.search(r"姉妹|友好|親善", t.text) for b in known.anchors for t in cue_mod.find_titles(b.unit.text)):
        return False  # (the tie's own instrument, 「姉妹都市盟約書」, names the tie, not a subject)
    told = a.unit.text + text[a.unit.end : a.unit.end + 160].split("。")[0]  # (and the sentence after it)
    if re.search(r"周年(?:を|の)?記念|記念して", a.unit.text) and not re.search(r"とは別(?:に|の)", told):
        return False  # (姉妹都市提携三十周年を記念して…共同宣言に署名: the tie's anniversary instrument, its chain)
    tie_dates = [dm.value or "" for b in known.anchors for _, dm, _ in b.events]
    mine = [dm.value or "" for _, dm, _ in a.events]
    if not tie_dates or not mine or min(mine)[:4] <= max(tie_dates)[:4]:
        return False  # an instrument before the tie (覚書 in 2016, 友好都市 in 2023) is the chain's first step
    # (a row typed by its section, 【提携の種類】姉妹都市 / 【提携日】…, carries the tie's word too)
    # (a dated step speaks for the tie; an undated intro's 提携や協定を結び names kinds, not this tie)
    steps = [b for b in known.anchors if b.events] or known.anchors
    # (盟約 beside the tie's word, 姉妹町村の盟約, is the tie's own instrument, not a subject)
    return any(b.type_cues for b in steps) and all(
        c.type in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY, AgreementType.OTHER) for b in steps for c in b.type_cues
    ) and any(c.type is not AgreementType.OTHER for b in steps for c in b.type_cues)


def _told_apart(a: Anchor, text: str) -> bool:
    """The page says the new agreement stands apart from the one this step concluded
    (今回の協定は、包括連携協定とは別に…新たに締結したもの): two records, not a chain."""
    if not a.verbs or any(v.event is EventType.RENEWED for v in a.verbs):
        return False
    if any(m.group(1) in a.unit.text for m in re.finditer(r"([^\s、。「」]{2,12}?(?:協定|覚書))とは別(?:に|の)", text)):
        return True
    # 町と同社の協定はこれが2つめ。2019年9月には「…協定」を結んでいて: the sentence before counts the ties
    before = text[max(0, a.unit.start - 80) : a.unit.start].split("\n")[-1]
    if _TIE_COUNTED.search(before.rstrip("。 　").rsplit("。", 1)[-1]) and cue_mod.find_titles(a.unit.text):
        return True
    # 市とJA菊池は、2019年4月に「…協定」を締結しており、… 今回の三者協定は、この協定とは別に結んだもの: the sentence after it
    after = text[a.unit.end : a.unit.end + 120].split("。")[0]
    return bool(re.search(r"(?:この|その|同|上記の|前記の)(?:協定|覚書)とは別(?:に|の)", after))


_TIE_COUNTED = re.compile(r"(?:協定|覚書|連携)[^。]{0,12}?(?:[2-9２-９二三四五六七八九]|ふた|みっ|よっ)(?:つ目|つめ|件目|本目|例目)")
_TOLD_OPENER = re.compile(r"[ \t　]*(?:この|本|同|今回の|両者の|[0-9０-９一二三四五六七八九十]+者の)?(協定|覚書)(?:書)?(?:では|には|は|の(?:有効)?期間)")


# 覚書の主な内容 / 【協定の概要】: a heading naming the instrument, its items under it
_TOLD_TOPIC = re.compile(r"^\s*[■●◆◇・]?\s*(?P<who>[^\s、。「」()（）]{2,30}?)との[^\s、。]{0,12}?(?:協定|覚書|提携)(?:書)?(?:について|の概要|の内容)")
_REMARK = re.compile(r"「[^「」]*(?:「[^「」]*」[^「」]*)*(?:。|ます|です|たい)」[。]?(?:と(?:述べ|話し|語り|あいさつ)[^。]*。?)?")
_TOLD_HEADING = re.compile(r"^\s*[■●◆◇□○【\[]?\s*(?:この|本|同|今回の)?(協定|覚書)(?:書)?の(?:主な|おもな)?(?:内容|概要|ポイント|骨子|連携事項|協力事項|項目|協力分野|連携分野)\s*[】\]]?\s*$")


# 1 連携協定について / 二 覚書の概要: a numbered chapter on one instrument, told to its end (the next numbered heading)
_TOLD_CHAPTER = re.compile(r"^\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[\s.．、]\s*(?:この|本|今回の)?((?:連携|包括連携)?(?:協定|覚書))(?:書)?(?:について|の概要|の(?:主な|おもな)?内容|の(?:有効)?期間)\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[\s.．、]\s*[^\s。]{1,30}\s*$")


def _move_told_lines(drafts: list["Draft"], text: str) -> None:
    """A paragraph that opens by naming its instrument (協定では、…に協力して取り組む / 覚書の有効期間は…)
    in the zone of a record of another instrument goes to the one record of that instrument: a
    news article tells a 協定 and a 覚書 signed the same day, the second told before the first's details."""
    def kinds(d: "Draft") -> set[AgreementType | None]:
        return {cue_mod.best_type(a.type_cues) for a in d.anchors if a.type_cues}
    received: dict[int, list[tuple[int, int]]] = {}  # per receiving draft: the lines it takes, joined after
    by_id = {id(d): d for d in drafts}
    for d in drafts:
        mine = kinds(d)
        kept: list[tuple[int, int]] = []
        moved = False
        for s0, e0 in d.zone:
            pos = s0
            section_to: Draft | None = None  # under 覚書の主な内容: its items follow the heading
            chapter_to: Draft | None = None  # under 1 連携協定について: every line up to the next numbered heading
            for line in text[s0:e0].split("\n"):
                ls, le = pos, pos + len(line)
                pos = le + 1
                if chapter_to is not None and not _NUMBERED_HEADING.match(line) and not any(ls <= a.unit.start < le for a in d.anchors):
                    received.setdefault(id(chapter_to), []).append((ls, le))
                    moved = True
                    continue
                chapter_to = None
                if section_to is not None and line.strip() and "。" not in line and len(line.strip()) <= 80 \
                        and not any(ls <= a.unit.start < le for a in d.anchors):
                    received.setdefault(id(section_to), []).append((ls, le))
                    moved = True
                    continue
                section_to = None
                topic = _TOLD_TOPIC.match(line)
                if topic is not None and not any(ls <= a.unit.start < le for a in d.anchors):
                    # 坪林区との覚書について 坪林区は…。覚書では…: the paragraph of the record with that partner
                    def names(x: "Draft") -> bool:
                        return any(c[0].name in topic.group("who") or topic.group("who") in c[0].name for c in x.party_mentions)
                    told = [o for o in drafts if names(o)]
                    if len(told) == 1 and told[0] is not d:
                        received.setdefault(id(told[0]), []).append((ls, le))
                        moved = True
                        continue
                m = _TOLD_OPENER.match(line) or _TOLD_HEADING.match(line) or _TOLD_CHAPTER.match(line)
                # (a record whose own steps name that word, 「…友好都市提携に関する協定」, keeps it)
                want = cue_mod.best_type(cue_mod.find_type_cues(m.group(1))) if m and not any(m.group(1) in a.unit.text for a in d.anchors) else None
                others = [o for o in drafts if o is not d and want in kinds(o)] if want is not None and want not in mine else []
                if len(others) == 1 and not any(ls <= a.unit.start < le for a in d.anchors):
                    received.setdefault(id(others[0]), []).append((ls, le))
                    moved = True
                    if m is not None and m.re is _TOLD_HEADING:
                        section_to = others[0]
                    elif m is not None and m.re is _TOLD_CHAPTER:
                        chapter_to = others[0]
                else:
                    kept.append((ls, le))
        if moved:
            d.zone = _merged_spans(kept)
    for key, spans in received.items():  # (覚書の主な内容 and its items: one stretch, read as a block)
        by_id[key].zone.extend(_merged_spans(spans))


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent line spans (one after the other's newline) joined into one."""
    out: list[tuple[int, int]] = []
    for s0, e0 in sorted(spans):
        if out and s0 <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e0))
        else:
            out.append((s0, e0))
    return out


def _told_apart_of(d: "Draft", text: str) -> bool:
    """Whether a record's own steps are the ones the page sets apart (it is the older one itself)."""
    return any(b.events and _told_apart(b, text) for b in d.anchors)


def _entry_names_own_instrument(a: Anchor, text: str) -> bool:
    """The entry an entry head opens (its lines up to the next item) names by its 協定名 label an
    instrument that is a relationship of its own (災害時における相互応援に関する協定)."""
    nxt = re.search(r"\n\s*(?:[・●■◆○]|【)", text[a.unit.end : a.unit.end + 400])
    body = text[a.unit.end : a.unit.end + (nxt.start() if nxt else 400)]
    return any(t.source == "label" and cue_mod.is_own_relationship(t.text) for t in cue_mod.find_titles(body))


def _own_beside_tie(a: Anchor, d: Draft, text: str) -> bool:
    """両町村は…「災害時における相互応援に関する協定」を結んでいます under a tie (兄弟町村盟約, 姉妹都市): an
    instrument that is a relationship of its own, not a step of the tie."""
    return bool(a.verbs and a.type_cues and _own_relationship(a, text)) \
        and not any(_own_relationship(b, text) for b in d.anchors) \
        and any(c.type in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY) or _KINSHIP_TIE.search(b.unit.text)
                for b in d.anchors for c in b.type_cues)


def _own_relationship(a: Anchor, text: str) -> bool:
    """The instrument an anchor names (its title, or the words before its instrument word)
    is a relationship of its own (災害時の相互応援)."""
    titles = cue_mod.find_titles(a.unit.text)
    if titles:
        return any(cue_mod.is_own_relationship(t.text) for t in titles)
    return any(cue_mod.is_own_relationship(text[max(a.unit.start, c.start - 16) : c.end]) for c in a.type_cues)


_COMPANY_PROFILE = re.compile(r"(?im)^\s*(?:About [A-Z]|Company (?:profile|overview)|(?:Head ?office|Headquarters|Business|Capital|Employees|Representative|CEO|President)\s*:)")
_SIGNED_OBJECT = re.compile(r"\b(?:signed|concluded|entered into|renewed|exchanged)\s+(?:(?:a|an|the)\s+)?(?:new\s+|revised\s+|renewed\s+)?$")


def _own_cues(a: Anchor, d: Draft, text: str) -> list[cue_mod.TypeCue]:
    """The instrument words of an anchor that speak of this record: in a sentence naming
    two kinds of tie (海外の2都市と姉妹都市提携を、川場村と「縁組協定」を結んでいます), the
    word written right after one of the record's parties is its own."""
    # (…歴史姉妹都市とは別に、災害時の応援を定めた協定を結びました: the tie set apart is not this instrument)
    cues = [c for c in a.type_cues if not re.match(r"(?:提携|関係)?(?:とは|と)別に|(?:提携|関係)?とは異なり", text[c.end : c.end + 8])] or a.type_cues
    if len({c.type for c in cues}) < 2:
        return cues
    mine = [m for c in d.party_mentions for m in c if a.unit.start <= m.start < a.unit.end]
    own = [c for c in cues if any(
        0 <= c.start - m.end <= 12 and re.fullmatch(r"(?:と|との)?[「『]?[^、。「」『』]*", text[m.end : c.start]) for m in mine)]
    return own or cues


# …協定を締結している(石川県)七尾市: a clause before a partner's name (and where it is) saying the tie is in force
_TIED_BEFORE_NAME = re.compile(r"(?:協定書?|覚書|提携|合意書|宣言)を(?:締結して|結んで|交わして)いる(?:[一-龥ァ-ヺー・]{0,12})$")


# every body of a kind as the side of an agreement (道内のすべての市町村, 県内全市町村): no one named
_COLLECTIVE = re.compile(r"(?:すべて|全て)の(?:市町村|自治体|都道府県|市区町村|消防本部|消防機関|構成団体)|(?:県|道|府|都)内全(?:市町村|市町|自治体)")


# a labelled step line (提携日 令和6年8月20日, (1)締結日:…)
_STEP_LABEL_LINE = re.compile(r"^\s*(?:[(（]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．]?\s*)?(?:提携|締結|調印|署名|協定締結)(?:日|年月日)\s*[:：]?\s*\S")
# a numbered entry heading naming two bodies, perhaps with where the second is (1 AとB(台湾))
_PAIR_HEADING = re.compile(r"^\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[\s.．、]\s*(?P<a>[^\s、。と]{2,30})と(?P<b>[^\s、。と()（）]{2,30})(?:[(（][^)）]{1,12}[)）])?\s*$")


def _pair_heading_above(idx: int, units: list[Unit], parties: list[PartyMention]) -> list[PartyMention]:
    """The two bodies the numbered heading over a labelled step names (1 AとB(国)), within its entry."""
    for v in reversed(units[max(0, idx - 4) : idx]):
        m = _PAIR_HEADING.match(v.text)
        if m is None:
            if _STEP_LABEL_LINE.match(v.text) or not re.match(r"\s*[(（]?[0-9０-９]", v.text):
                return []  # (another entry's step, or prose: not this entry's lines)
            continue
        pair = [next((p for p in parties if p.start == v.start + m.start(g) and p.end == v.start + m.end(g)
                      and p.kind is not PartyKind.COUNTRY), None) for g in ("a", "b")]
        return [p for p in pair if p is not None] if all(pair) else []
    return []


# a speaker's words in brackets (…あいさつで「…」と述べました): the places they name sign nothing
_QUOTED_REMARK = re.compile(r"「[^「」]{8,}」と(?:述べ|話し|語|あいさつ|挨拶|強調|力を込め)")


_TIE_BEFORE = re.compile(r"(?:姉妹|友好)[^\s、。「」]{0,6}?(?:の|である)$")


def _capital_as_venue(m: PartyMention, text: str) -> bool:
    """Where it was signed, not a signatory: 州都デンバー市の州議会議事堂において (a capital),
    米国ジョージア州アトランタ市の州議会議事堂において (a city's building, the state before it),
    姉妹県州提携調印(宮崎市) (a place in brackets after the signing)."""
    after = text[m.end : m.end + 24]
    if m.country != "JP" and text[max(0, m.start - 2) : m.start] in ("州都", "首都", "省都", "県都") \
            and re.match(r"の[^、。]{0,16}?(?:において|にて|で)", after) is not None:
        return True
    if re.search(r"(?:調印|署名|締結|再調印)[(（]$", text[max(0, m.start - 4) : m.start]) and after[:1] in (")", "）"):
        return True
    return m.kind is PartyKind.MUNICIPALITY and m.text != m.name and re.match(
        r"の(?:[^、。]{0,8}?)(?:議事堂|庁舎|会館|ホテル|センター|公館|会議場|ホール)(?:[^、。]{0,6}?)(?:において|にて)", after) is not None


_TIES = {AgreementType.SISTER_CITY.value, AgreementType.FRIENDSHIP_CITY.value}


def _bare_step(u: Unit, dates: list[DateMention]) -> bool:
    """A unit that is little more than a date and a verb (2022年11月3日付で、再締結):
    a step of the record it follows, unlike a sentence about something else
    that happens to be concluded too (高校が姉妹校提携)."""
    rest = u.text
    for d in dates:
        if u.start <= d.start and d.end <= u.end:
            rest = rest.replace(d.text, "")
    rest = re.sub(r"[(（][^)）]*[)）]|[\s、。,.|・]", "", rest)
    return len(rest) <= 12


# what a partner list's line may hold besides the partner and its date: where it is (in brackets,
# or in English after commas), a dash or colon, and the word for the tie's making
_NAME_LINE_REST = re.compile(r"(?:[(（][^)）]{1,30}[)）]|,\s?(?:the )?[A-ZÀ-Þ][A-Za-zÀ-ÿ.\- ]{1,30}|[\s・■●◆◇○\-–—‐:：,、]|提携|締結|調印|since|[Ss]ince|from"
                             r"|(?:[Ss]ister|[Ff]riendship|[Tt]win|[Pp]artner)[ -](?:[Cc]ity|[Tt]own|[Ss]tate|[Pp]rovince|[Pp]ort)|(?:姉妹|友好)(?:都市|提携))*")


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # (a line in Latin script says the same in more letters)


def _dated_name_line(u: Unit, party: PartyMention, dates: list[DateMention]) -> bool:
    """A line that holds one partner's name first, then only where it is and a date
    (レイクランド市（アメリカ合衆国フロリダ州） 1982年 / Lakeland, Florida, U.S.A. — 1982):
    an entry of a partner list, not a sentence about it."""
    if u.is_row or "。" in u.text or len(u.text) > (60 if _CJK_CHAR.search(u.text) else 90) or not u.text.lstrip(" \t・■●◆◇○-–—*•").startswith(party.text):
        return False
    own = [d for d in dates if u.start <= d.start and d.end <= u.end]
    if len(own) != 1 or own[0].start < party.end:
        return False
    return _NAME_LINE_REST.fullmatch(u.text[party.end - u.start : own[0].start - u.start]) is not None \
        and _NAME_LINE_REST.fullmatch(u.text[own[0].end - u.start :]) is not None


def _entry_years(text: str, parties: list[PartyMention], dates: list[DateMention]) -> list[DateMention]:
    """The bare years that end English list lines of a partner (Gimhae (Republic of Korea) - 2003):
    a year alone is no date in running text, but here it is the tie's."""
    starts = {p.start for p in parties}
    return [DateMention(s, e, text[s:e], text[s:e]) for city, s, e in english_line_years(text)
            if city in starts and not any(d.start < e and s < d.end for d in dates)]


def _norm_title(t: str) -> str:
    return "".join(t.split())


def _as_section(c: cue_mod.TypeCue) -> cue_mod.TypeCue:
    """A section heading's cue lent to a unit that has none of its own."""
    return cue_mod.TypeCue(c.start, c.end, c.text, c.type, 0, "section")


def _instrument_for(d: DateMention, verbs: list[cue_mod.VerbCue], tcues: list[cue_mod.TypeCue],
                    others: list[DateMention]) -> AgreementType | None:
    """The instrument a dated step concluded: the instrument word written last
    before the step's verb (…「…に関する覚書」を締結), else the nearest one."""
    if not tcues:
        return None
    if tcues[0].rule_id == "section":
        return tcues[0].type
    nxt = min((o.start for o in others if o.start > d.start), default=None)
    verb = next((v for v in verbs if v.start >= d.end and (nxt is None or v.start < nxt)), None)
    if verb is not None:
        before = [c for c in tcues if c.end <= verb.start and c.start >= d.start - 80]
        if before:
            last_end = before[-1].end
            group = [c for c in before if last_end - c.end <= 12]
            # a relationship word (友好都市協定) outranks its instrument; otherwise the
            # instrument written last is the verb's object (覚書を発展させた交流協定を締結)
            strong = [c for c in group if c.priority >= 3]
            return strong[-1].type if strong else group[-1].type
    strong = [c for c in tcues if c.priority >= 3]
    if strong:
        return min(strong, key=lambda c: abs(c.start - d.start)).type  # 友好都市協定締結日: 友好都市
    return min(tcues, key=lambda c: abs(c.start - d.start)).type


_LIST_JOINERS = frozenset({"・", "、", ",", "，", "や", "と", "及び", "および", "並びに"})


def _listed_countries(parties: list[PartyMention], text: str) -> set[PartyMention]:
    """Countries written as a list (ハンブルクを含むドイツ・フランスに…): none of them locates a
    place near it, as a lone country does."""
    cs = sorted((m for m in parties if m.kind is PartyKind.COUNTRY), key=lambda m: m.start)
    out: set[PartyMention] = set()
    for a, b in zip(cs, cs[1:]):
        if text[a.end : b.start].strip() in _LIST_JOINERS:
            out.update((a, b))
    return out


_SITE_AFTER = re.compile(r"\s?[:：]?\s?(?:[(（]?外部リンク[)）]?\s?)?(?:[:：]\s?)?https?://([A-Za-z0-9.-]+)")
# country-code domains that sites everywhere use as generic names (.io, .tv, .co …) place nothing
_GENERIC_CCTLDS = frozenset({"io", "tv", "co", "me", "ai", "ly", "fm", "cc", "ws", "to", "gg", "la", "im", "eu", "jp"})


_ORG_CITY_OPENING = re.compile(r"([\u30a1-\u30fa\u30fc・]{3,})(?=[\u4e00-\u9fff])")


def _world_city_country(p: PartyMention) -> str | None:
    """The country the world city gazetteer gives a foreign city the page does not place
    (ホノルル市, City of Trier), or a body named after one (バーゼル商工会議所, アベイロ大学:
    the katakana run that opens the name, before its kanji head). States and provinces are
    never looked up here (Montana is also a Bulgarian city)."""
    g = Gazetteer.load()
    if p.kind is PartyKind.MUNICIPALITY:
        return g.world_city_country(p.name)
    if p.kind is PartyKind.ORGANIZATION:
        opening = _ORG_CITY_OPENING.match(p.name)
        if opening is not None:
            return g.world_city_country(opening.group(1))
    return None


def _link_country(text: str, end: int) -> str | None:
    """The country of a web address written right after a name (X市:https://x.gov.in/), by
    its country-code domain."""
    m = _SITE_AFTER.match(text, end, min(len(text), end + 80))
    if m is None:
        return None
    tld = m.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
    if len(tld) != 2 or tld in _GENERIC_CCTLDS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if code in alpha2_codes() else None


def _bracketed_country(text: str, m: PartyMention) -> str | None:
    """The country in brackets right after a mention (ラプラタ国立大学(アルゼンチン)), if any."""
    b = re.match(r"\s?[(（]([^()（）]{2,24})[)）]", text[m.end : m.end + 28])
    if b is None:
        return None
    countries = Gazetteer.load().countries
    inside = b.group(1).strip()
    if inside in countries:
        return countries[inside]
    # (中華人民共和国 遼寧省), (ブラジル連邦共和国マットグロッソ・ド・スル州): the country, then where in it
    hits = Gazetteer.load().scan_countries(inside)
    return hits[0][2] if hits and hits[0][0] == 0 else None


def _opens_note(between: str) -> bool:
    """「(」 or 「(オーストラリア連邦」: a bracket, maybe with a country, right before a mention."""
    if between in ("(", "（"):
        return True
    if between[:1] not in ("(", "（"):
        return False
    rest = between[1:].rstrip("・ ")
    return rest in Gazetteer.load().countries


def _foreign_pair_subject(d: Draft, text: str) -> bool:
    """The anchor sentence's subject is two foreign bodies of different countries joined by
    と (モンゴルのウランバートル市と、中国のフフホト市が…協定を結びました)."""
    def country(m: PartyMention) -> str | None:
        if m.country is not None:
            return m.country
        near = Gazetteer.load().scan_countries(text[max(0, m.start - 16) : m.start])  # モンゴルの首都ウランバートル市
        return near[-1][2] if near else None

    for a in d.anchors:
        ms = sorted((m for m in a.parties if m.country != "JP" and m.kind is not PartyKind.COUNTRY), key=lambda m: m.start)
        for x, y in zip(ms, ms[1:]):
            cx, cy = country(x), country(y)
            if cx and cy and "JP" not in (cx, cy) and cx != cy and re.match(r"と[、,]?", text[x.end : y.start]) \
                    and len(text[x.end : y.start]) <= 20 and re.match(r"[がは]", text[y.end : y.end + 1]):
                return True
    return False


_EXTENSION_AFTER = re.compile(r"\s?(?:を|の)?(?:延長|延伸)")
_SUPERSEDED_TERM = re.compile(r"(?:変更前|改正前|延長前|更新前|当初の(?:有効)?期間|従前の(?:有効)?期間)[^\n]{0,8}$")


_AMENDING_NAME = re.compile(r"^(?P<x>.{4,}?(?:覚書|協定書?|協約書?|合意書|宣言))の一部を(?:変更|改正)する(?:覚書|協定書?|協約書?|合意書)$")


def _amended_instrument(title: Found | None, text: str) -> Found | None:
    """The instrument an amending one changes (…に関する覚書の一部を変更する覚書 → …に関する覚書): an amendment is
    a step of that instrument's chain, which keeps its name."""
    if title is None or (m := _AMENDING_NAME.match(str(title.value))) is None:
        return title
    at = text.find(m.group("x"), title.start, title.end) if title.end > title.start else -1
    return Found(m.group("x"), at, at + len(m.group("x"))) if at >= 0 else Found(m.group("x"), title.start, title.end)


_PLACEHOLDER_NAME = re.compile(r"(?:〇〇|○○|△△|××|□□|●●)(?:市|町|村|区|県|国|株式会社|大学)")


def _template_title(rec: DraftRecord) -> bool:
    """A title whose parties are placeholders (〇〇市と△△市との姉妹都市提携に関する協定書) is a model form
    quoted by a guide or an FAQ, not an agreement."""
    return rec.title is not None and _PLACEHOLDER_NAME.search(str(rec.title.value)) is not None


def _draft_only(rec: DraftRecord, text: str) -> bool:
    """An instrument the page names only as a draft (…連携協約書(案), put out for public comment) and
    never as signed: no agreement yet, whatever the draft's own articles say (…締結する)."""
    if rec.title is None or any(e.value.type is EventType.SIGNED for e in rec.events if isinstance(e.value, Event)):
        return False
    title = str(rec.title.value)
    at = [m.end() for m in re.finditer(re.escape(title), text)]
    return bool(at) and all(re.match(r"\s?[(（]\s?(?:素)?案\s?[)）]", text[e : e + 6]) for e in at)


def _not_yet_signed(rec: DraftRecord, doc_date: str | None, text: str) -> bool:
    """A record whose every step lies after the document's own date is an
    announcement of a signing to come (調印式 令和6年8月20日 on a page issued on
    8月1日): a plan, not a concluded agreement — unless a step's own sentence says it
    was done (a note added to a 議案 dated when it was tabled: …により調印された。)."""
    if not doc_date or len(doc_date) < 10 or not rec.events:
        return False
    if any(_DONE_AFTER.match(text, e.end, min(len(text), e.end + 80)) for e in rec.events):
        return False
    return all(e.value.type is EventType.SIGNED and len(e.value.date) == 10 and e.value.date > doc_date for e in rec.events)


_DONE_AFTER = re.compile(r"[^。\n]*?(?:調印|締結|署名)(?:され|し)(?:た|ました)。")


_NAME_HEADER = re.compile(r"^(?:協定名|協定の名称|覚書名|名称|協定等の名称|協定名称|件名)$")
_GENERIC_INSTRUMENT = re.compile(r"(?:包括的?|連携|協力|相互|に関する|の)*(?:協定書?|覚書|合意書|宣言)")


def _name_cell(u: Unit, text: str) -> cue_mod.TitleCue | None:
    """The cell of a table row under a 協定名 header (No. | 締結日 | 協定名 | 相手方): the
    instrument's name, unless it is only the generic word (包括連携協定)."""
    if not u.is_row:
        return None
    cells = u.text.split(" | ")
    pos = u.start
    header: list[str] | None = None
    back = u.start
    for _ in range(30):  # the header row above, past the other rows of the table
        ls = text.rfind("\n", 0, max(0, back - 1)) + 1
        line = text[ls : back - 1] if back > 0 else ""
        if " | " not in line:
            break
        hs = [c.strip() for c in line.split(" | ")]
        if any(_NAME_HEADER.match(h) for h in hs):
            header = hs
            break
        back = ls
        if ls == 0:
            break
    if header is None or len(header) != len(cells):
        return None
    col = next(i for i, h in enumerate(header) if _NAME_HEADER.match(h))
    start = pos + sum(len(c) + 3 for c in cells[:col])
    raw = cells[col]
    lead = len(raw) - len(raw.lstrip())
    name = raw.strip()
    if not name or _GENERIC_INSTRUMENT.fullmatch(name):
        return None
    typ = cue_mod.best_type(cue_mod.find_type_cues(name))
    if typ is None:
        return None
    return cue_mod.TitleCue(start + lead, start + lead + len(name), cue_mod.clean_title(name), typ, "label")


# 経済・文化・教育など幅広い分野での交流を進めるため、海外の6つの地域と友好提携を結んでいます
_EXPIRY_LABEL = re.compile(r"(?:有効期限|有効期間満了日|期間満了日|満了日|終了日)(?:\s*[:：]\s*|\s+(?=[0-9０-９明大昭平令]))")
# 更新日 : … is a step of the agreement only in an entry that also labels its first signing
_RENEWAL_LABEL = re.compile(r"(?:更新|再締結|再調印)(?:日|年月日)(?:\s*[:：]\s*|\s+)(?=[0-9０-９明大昭平令RHSrhs元])")
_FIRST_STEP_LABEL = re.compile(r"(?:初回)?(?:締結|提携|調印)(?:日|年月日|年月)?(?:\s*[:：]|\s+(?=[0-9０-９明大昭平令RHSrhs元]))")


def _renewal_line(line: str) -> bool:
    """A line that is a 更新日 label and its dates (・更新日　平成19年6月10日、平成24年6月10日)."""
    return _RENEWAL_LABEL.match(line.strip().lstrip("・●○■◆-*").strip()) is not None
_SHARED_TERM = re.compile(r"[^。\n]*(?:(?:各|全ての|すべての)(?:協定|覚書)の(?:有効期間|期間)|(?:有効期間|協定期間|期間)は?[、,]?\s*(?:いずれも|全て|すべて|各協定とも|共通して)"
                          r"|^[ \t]*(?:各協定|各覚書|いずれの協定)とも[、,])[^。\n]*(?:。[ \t]*ただし[^。\n]*)?", re.MULTILINE)  # (各協定とも、…まで。ただし、…延長)
# ※協定の内容は、いずれも学生交流、教職員交流、共同研究…です: one list of fields for every listed agreement
_COMMON_LEAD = re.compile(r"共通(?!点)[^。\n]{0,20}?(?:連携事項|分野|取組|取り組み|事項|項目|内容)"
                          r"|(?:連携事項|分野|取組|取り組み|事項|項目|内容)[^。\n]{0,6}?[(（](?:各協定|各覚書|全協定)?共通[)）]")
_ITEM_LINE = re.compile(r"^\s*(?:[・●○■◆\-]|[(（]?[0-9０-９一二三四五六七八九十]{1,2}[)）.．、\s]|[^\s:：。]{1,12}[:：])")


def _common_fields_blocks(text: str) -> list[tuple[int, int]]:
    """The lead that gives every agreement on the page the same fields (主な連携事項(各協定共通),
    3町村共通で次の政策分野について連携) with the list under it: (start, end) of each, the list
    running while its lines are items, labels or short headings."""
    out: list[tuple[int, int]] = []
    for ls, le in _lines_with(text, ("共通",)):
        if not _COMMON_LEAD.search(text, ls, le):
            continue
        end, pos, taken = le, le + 1, 0
        while pos < len(text) and taken < 25:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip() and taken == 0 and pos == le + 1:
                pos = nl + 1  # (…共通する連携事項は、次のとおりである。 / a blank line / ア …: the list after the gap)
                continue
            if not line.strip() or ("。" in line and not _ITEM_LINE.match(line)):
                break
            end, pos, taken = nl, nl + 1, taken + 1
        out.append((ls, end))
    return out


_SHARED_CONTENT = re.compile(r"[^。\n]*(?:協定|覚書)の(?:主な)?(?:内容|交流内容|協力内容|分野)は[、,]?\s*(?:いずれも|共通して|全て|すべて)[^。\n]*")
_SHARED_PURPOSE = re.compile(r"[^。\n]*?(?:(?:を進める|を深める|を図る|を促進する|に資する)ため|を目的(?:と|に)(?:して|し))[、,]?[^。\n]{0,20}?"
                             r"(?:[0-9０-９一二三四五六七八九十]+つの|[0-9０-９一二三四五六七八九十]+(?:の)?|次の|以下の|下記の|海外の|国外の|外国の|各国の)(?:[^。\n、と]{0,8}?の)?[^。\n、との]{0,4}?"
                             r"(?:地域|都市|国|自治体|州|省|団体|機関|大学|協定校|企業|事業者|部局|学部)と[^。\n]{0,16}?(?:提携|協定|覚書)")


_RELATIVE_TIE = re.compile(
    r"(?:に|から)?[^。、\n「」]{0,12}?(?P<tie>姉妹都市|友好都市|姉妹|友好)[^。、\n「」]{0,8}?(?:提携|盟約|縁組)?(?:協定|関係)?を?"
    r"(?:結んだ|結んでいる|締結した|締結している|交わした)")
_TIE_TYPES = {"姉妹": AgreementType.SISTER_CITY, "友好": AgreementType.FRIENDSHIP_CITY}


def _split_relative_ties(records: list[DraftRecord], text: str) -> list[DraftRecord]:
    """平成12年に友好都市提携を結んだポカラ市と、「母子保健…に関する覚書」を締結: the tie, told
    in a clause before the partner, is a relationship of its own beside the subject
    instrument (gold/README.md: a tie and a later instrument on a subject are two records),
    not the instrument's first step. The tie becomes its own undated-title record, signed
    on the clause's date; the instrument's own conclusion is its signing."""
    out: list[DraftRecord] = []
    for r in records:
        out.append(r)
        atype = r.agreement_type.value
        if atype in (AgreementType.SISTER_CITY, AgreementType.FRIENDSHIP_CITY) or r.title is None \
                or re.search(r"姉妹|友好|親善", str(r.title.value)):
            continue
        steps = [f for f in r.events if isinstance(f.value, Event)]
        if len(steps) < 2 or steps[0].value.type is not EventType.SIGNED or steps[1].value.type is not EventType.RENEWED:  # type: ignore[union-attr]
            continue
        m = _RELATIVE_TIE.match(text, steps[0].end)
        if m is None or text.find("\n", steps[0].end, m.end()) >= 0:
            continue
        tie = next(v for k, v in _TIE_TYPES.items() if m.group("tie").startswith(k))
        first = steps[1]
        r.events = [Found(Event(EventType.SIGNED, first.value.date), first.start, first.end)] + r.events[2:]  # type: ignore[union-attr]
        out.append(DraftRecord(Found(tie, m.start("tie"), m.end("tie")), None, list(r.parties), [steps[0]], {}, []))
    return out


_SHARED_TERM_KEYS = ("いずれも", "全て", "すべて", "各協定", "共通して", "各覚書")


def _shared_term_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the notes that give every listed agreement one term (…有効期間は、いずれも…)."""
    return [(m.start(), m.end()) for ls, le in _lines_with(text, _SHARED_TERM_KEYS) for m in _SHARED_TERM.finditer(text, ls, le)]


def _lines_with(text: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds one of ``keys``."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if any(k in line for k in keys):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _notice_shared(listed: list[DraftRecord]) -> None:
    """The records of one notice's partner list (二 相手方及び締結年月日 / 大川市 令和六年六月二十日 / …) are
    one instrument concluded with each partner: the name, term and fields the notice gives, read into
    whichever record's zone holds them, are every record's."""
    if len(listed) < 2:
        return
    titles = {str(r.title.value) for r in listed if r.title is not None}
    for r in listed:
        if r.title is None and len(titles) == 1:
            r.title = next(x.title for x in listed if x.title is not None)
        for o in listed:
            for k, f in o.term.items():
                r.term.setdefault(k, f)
            have = {f.value for f in r.sectors}
            r.sectors.extend(f for f in o.sectors if f.value not in have)


def _shared_purpose(records: list[DraftRecord], text: str, parties: list[PartyMention]) -> None:
    """A page-level sentence that gives the purpose of all the ties it lists (…分野での交流を
    進めるため、海外の6つの地域と友好提携を結んでいます) gives its fields to each of them."""
    if len(records) < 2:
        return
    for s, e in _common_fields_blocks(text):
        # 主な連携事項(各協定共通) / 協定では、3町村共通で次の政策分野について連携: the list below it is every record's
        for c in find_sector_cues(text[s:e], s):
            for rec in records:
                if c.sector not in {f.value for f in rec.sectors}:
                    rec.sectors.append(Found(c.sector, c.start, c.end))
    # (the patterns open with a free run of a line: searched only on the lines that hold their key words)
    notes = [m for ls, le in _lines_with(text, ("ため", "目的")) for m in _SHARED_PURPOSE.finditer(text, ls, le)] \
        + [m for ls, le in _lines_with(text, ("いずれも", "共通して", "全て", "すべて")) for m in _SHARED_CONTENT.finditer(text, ls, le)]
    for m in notes:
        s, e = m.start(), m.end()
        if any(s <= p.start < e and p.country != "JP" for p in parties):
            continue  # a sentence naming a partner speaks of that one
        typ = cue_mod.best_type(cue_mod.find_type_cues(m.group()))
        found = find_sector_cues(text[s:e], s)
        for rec in records:
            if typ is not None and rec.agreement_type.value is not typ:
                continue
            for c in found:
                if c.sector not in {f.value for f in rec.sectors}:
                    rec.sectors.append(Found(c.sector, c.start, c.end))
        return


def _same_day(anchors: list[Anchor], text: str = "") -> None:
    """同日 / 同じ日 / 同じ式典で / あわせて、…覚書を交わした: the step is dated by the day the sentence
    before gave; so is one under a heading that says 同日 (◆同日、商工会議所どうしも協定)."""
    last: DateMention | None = None
    for a in anchors:
        # (あわせて、…協会が…と「…覚書」を締結しました: an undated step told along with the one before)
        m = re.search(r"同日|同じ日|同じ式典|同式典|同じ席上|同じ機会|^\s*この日[はに、]", a.unit.text) \
            or re.match(r"\s*(?:これに)?(?:あわせて|併せて)[、,]", a.unit.text)
        at = a.unit.start
        if m is None and text:
            ls = text.rfind("\n", 0, a.unit.start) + 1
            if not text[ls : a.unit.start].strip() and ls > 0:
                at = text.rfind("\n", 0, ls - 1) + 1
                above = text[at : ls - 1]
                if len(above.strip()) <= 40 and "。" not in above:
                    m = re.search(r"同日", above)
        if m and a.events and a.verbs and last is not None and m.group().startswith("同日") and at == a.unit.start \
                and all(e[1].end <= at + m.start() for e in a.events) and any(v.start >= at + m.end() for v in a.verbs):
            # …平成31年2月に締結した「…協定」について、同日付けで変更協定を締結し: a later step of its own, on the
            # day the sentence before gave
            verb = next(v for v in a.verbs if v.start >= at + m.end())
            dm = DateMention(at + m.start(), at + m.end(), m.group(), last.value, None, None, True)
            a.events.append((verb.event, dm, a.type_cues[-1].type if a.type_cues else None))
        elif m and not a.events and a.verbs and last is not None:
            dm = DateMention(at + m.start(), at + m.end(), m.group(), last.value, None, None, True)
            verb = next((v for v in a.verbs if v.start >= dm.end), a.verbs[0])  # (the sentence's own verb, not one before it)
            event = verb.event
            if event is EventType.RENEWED and verb.text.startswith("新たに") and text and a.parties \
                    and not any(m.text in text[: a.unit.start] for m in a.parties):
                event = EventType.SIGNED  # あわせて、(a body not named before)と…を新たに締結: a first conclusion
            a.events.append((event, dm, a.type_cues[-1].type if a.type_cues else None))
        dated = [e[1] for e in a.events if e[1].value and len(e[1].value) == 10]
        if dated:
            last = dated[-1]


def _month_cell_after_year(local: list[DateMention], row: str) -> list[DateMention]:
    """年 | 月 | 内容: a chronology table giving the year and the month in cells of their own
    (1994年(平成6年) | 4月 | …と友好提携): the year's date takes the month written next to it."""
    out = []
    for d in local:
        m = re.match(r"[^|]*\|\s*([0-9]{1,2})月\s*(?=\|)", row[d.end :]) if d.value and len(d.value) == 4 else None
        if m is not None and 1 <= int(m.group(1)) <= 12 and not any(d.end <= o.start < d.end + m.end() for o in local):
            d = DateMention(d.start, d.end + m.end(1) + 1, row[d.start : d.end + m.end(1) + 1], f"{d.value}-{int(m.group(1)):02d}",
                            d.era, d.problem, d.inferred)
        out.append(d)
    return out


# 昭和56年(1981): the same year told again, in brackets
_YEAR_GLOSS = re.compile(r"[(（]\s*(?:[0-9]{4}|(?:明治|大正|昭和|平成|令和)[0-9元]{1,2})\s*(?:年)?\s*[)）]")


def _chronology_year_above(u: Unit, text: str, dates: list[DateMention]) -> DateMention | None:
    """The year heading a chronology's entry that opens with its month (2009年(平成21年) / 4月 … /
    11月 タコマ市との…): the nearest line above that is a year alone, across the year's other
    month entries and their run-on lines."""
    if not re.match(r"\s*[0-9]{1,2}月(?![0-9０-９]|日)", u.text):
        return None
    pos = text.rfind("\n", 0, u.start) + 1
    for _ in range(12):
        if pos <= 0:
            return None
        ps = text.rfind("\n", 0, pos - 1) + 1
        line = text[ps : pos - 1]
        inside = [d for d in dates if ps <= d.start and d.end <= pos - 1 and d.value and not d.inferred]
        if len(inside) == 1 and len(inside[0].value or "") == 4 \
                and not _YEAR_GLOSS.sub("", line[: inside[0].start - ps] + line[inside[0].end - ps :]).strip(" ・■●◆【】[]()（）"):
            return inside[0]
        if line.strip() and not (re.match(r"\s*[0-9]{1,2}月", line) or line.startswith("  ")):
            return None  # something else than the year's entries in between
        pos = ps
    return None


_RULE_LINE = re.compile(r"\s*[-─━=＝_＿~〜*＊・]{4,}\s*")
_YEARLESS_DAY = re.compile(r"([0-9]{1,2})月([0-9]{1,2})日")  # [2月6日] heading a digest's item: its year is the issue's


def _year_on_or_before(md: str, doc_date: str) -> int:
    """The year of the most recent ``MM`` or ``MM-DD`` on or before the document's date."""
    year = int(doc_date[:4])
    if len(doc_date) >= 7 and md[: len(doc_date) - 5] > doc_date[5:]:
        year -= 1
    return year


def _chronology_date_above(u: Unit, text: str, dates: list[DateMention], doc_date: str | None = None) -> DateMention | None:
    """The date alone on the line right above a unit (a chronology: 1971年(昭和46年)3月 /
    …と姉妹村の盟約を結ぶ。), if that line is nothing but a date."""
    ls = text.rfind("\n", 0, u.start) + 1
    if text[ls : u.start].strip() or ls == 0:
        return None
    ps = text.rfind("\n", 0, ls - 1) + 1
    line = text[ps : ls - 1]
    for _ in range(2):  # ------ / [2月6日] 焼津市　…と覚書を締結 / ------ / 焼津市は、…: past a rule line
        if ps == 0 or not _RULE_LINE.fullmatch(line):
            break
        ls = ps
        ps = text.rfind("\n", 0, ls - 1) + 1
        line = text[ps : ls - 1]
    # a year or a month heads a chronology's row; a full date above a line is a news item's posting day,
    # unless the line below is indented under a bulleted date (・平成30年7月2日 / 　「…覚書」を締結)
    sub_item = re.match(r"[ \t]*・", line) is not None and \
        len(text[ls : u.start]) > len(line) - len(line.lstrip(" \t"))
    inside = [d for d in dates if ps <= d.start and d.end <= ls - 1 and d.value and not d.inferred and (len(d.value) <= 7 or sub_item)]
    if len(inside) != 1:
        # R6.7.22 沖縄県竹富町と災害時相互応援協定 / …協定を結びました: a news item headed by its day and
        # the instrument it reports
        led = [d for d in dates if d.start == ps + len(line) - len(line.lstrip(" ・■●◆【[")) and d.end <= ls - 1
               and re.search(r"[0-9０-９]", d.text)]
        if len(led) == 1 and led[0].value is None and doc_date and len(doc_date) >= 7 \
                and (day := _YEARLESS_DAY.fullmatch(led[0].text.translate(_FULLWIDTH))):
            # [2月6日] 焼津市　…と覚書を締結 in a digest issued on 3月8日: the item's day, of the issue's year
            md = f"{int(day.group(1)):02d}-{int(day.group(2)):02d}"
            led = [DateMention(led[0].start, led[0].end, led[0].text, f"{_year_on_or_before(md, doc_date)}-{md}", None, None, True)]
        led = [d for d in led if d.value and not d.inferred or d.value and _YEARLESS_DAY.fullmatch(d.text.translate(_FULLWIDTH))]
        head = line[led[0].end - ps :] if len(led) == 1 else ""
        if led and 8 <= len(head.strip()) <= 40 and "。" not in head and cue_mod.find_type_cues(head) \
                and not cue_mod.is_negative(head) and not [d for d in dates if led[0].end <= d.start and d.end <= ls - 1]:
            return led[0]
        return None
    rest = _YEAR_GLOSS.sub("", line[: inside[0].start - ps] + line[inside[0].end - ps :])
    return inside[0] if not rest.strip(" ・■●◆【】[]()（）頃ごろ") else None


def _item_date_before(text: str, pos: int, dates: list[DateMention]) -> str | None:
    """The date heading the item that ``pos`` sits in (a line of its own, at most a few
    hundred characters before), its year from a year heading above it when it has none."""
    before = [d for d in dates if d.end <= pos and pos - d.end <= 400]
    for d in reversed(before):
        ls = text.rfind("\n", 0, d.start) + 1
        le = text.find("\n", d.end)
        le = len(text) if le < 0 else le
        if text[ls:d.start].strip(" ・■●◆【[") or text[d.end:le].strip(" 】]()（）月火水木金土日曜"):
            continue  # not a date heading alone on its line
        if d.value and len(d.value) == 10 and not d.inferred:
            return d.value
        m = re.match(r"(\d{1,2})月(\d{1,2})日", d.text.translate(_FULLWIDTH))
        if m:
            year = next((y.value[:4] for y in reversed(dates) if y.end <= d.start and y.value and len(y.value) == 4
                         and not text[text.rfind("\n", 0, y.start) + 1 : y.start].strip()), None)
            if year:
                return f"{year}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
        return None
    return None


_TODAY = re.compile(r"本日|今日|(?<![ぁ-ゖ])きょう(?=[、,はのも]|午前|午後|\s)|(?<![A-Za-z])today(?= (?:signed|concluded|renewed|entered|exchanged)\b| announced that (?:it|they|the [a-z]+) (?:has|have) (?:signed|concluded|entered|renewed)\b)"
                    r"|(?:^|(?<=\. ))Today,(?= [^.]{0,200}? (?:signed|concluded|renewed|entered into|exchanged)\b)")  # (… today signed a Memorandum)  # (きょう午後…: a broadcast's 本日)
_RELATIVE_YEAR_ONLY = re.compile(r"(?P<y>一昨年|昨年|去年)(?=[、,]|に(?![0-9０-９])|の(?:春|夏|秋|冬|初め|暮れ|末))")
_REPORT_DAY = re.compile(r"(?P<rel>一昨日|昨日)(?![0-9０-９])|(?P<mon>今月|先月)(?P<md>[0-9０-９]{1,2})日"
                         r"|(?:(?<=[はがも、,(（\s])|^)(?P<d>[0-9０-９]{1,2})日(?=[、,)）]|に(?!わた|かけ|開|行)|付|は|の(?:午前|午後|朝|昼|夕方|夜))")


def _report_days(text: str, doc_date: str, taken: list[tuple[int, int]]) -> list[DateMention]:
    """Days a news report writes from its own date: 昨日, 今月10日, 先月28日, and a bare day
    that dates a step told within the sentence (…は10日、…協定を締結した); the bare day is the
    most recent such day on or before the report's date."""
    try:
        ref = datetime.date.fromisoformat(doc_date[:10])
    except ValueError:
        return []
    out: list[DateMention] = []
    for m in _REPORT_DAY.finditer(text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            continue
        if not cue_mod.find_verb_cues(text[m.end() : m.end() + 120].split("。")[0]):
            continue  # a day of something else (10日に説明会): only a step's day is read
        value: datetime.date | None = None
        try:
            if m.group("rel"):
                value = ref - datetime.timedelta(days=2 if m.group("rel") == "一昨日" else 1)
            elif m.group("mon"):
                day = int(m.group("md").translate(_FULLWIDTH))
                first = ref.replace(day=1)
                if m.group("mon") == "先月":
                    first = (first - datetime.timedelta(days=1)).replace(day=1)
                value = first.replace(day=day)
            else:
                day = int(m.group("d").translate(_FULLWIDTH))
                value = ref.replace(day=day) if day <= ref.day else \
                    (ref.replace(day=1) - datetime.timedelta(days=1)).replace(day=day)
        except ValueError:
            continue  # 先月31日 in a month of 30 days: no such day
        out.append(DateMention(m.start(), m.end(), m.group(), value.isoformat(), None, None, True))
    return out


def _resolve_yearless(local: list[DateMention], u: Unit, dates: list[DateMention], doc_date: str | None,
                      text: str = "") -> list[DateMention]:
    """Give a year to dates written without one (2月11日).

    With a document date, the most recent such day on or before it (a release
    reports what was done); without one, the year of the nearest date written
    before the unit, as a careful reader would take it.
    """
    out: list[DateMention] = []
    if not doc_date:
        # a list of dated items (2024年 / 11月27日 / …本日、…): 本日 is its item's date
        item = _item_date_before(text, u.start, dates) if text else None
        if item is not None:
            for m in _TODAY.finditer(u.text):
                out.append(DateMention(m.start(), m.end(), m.group(), item, None, None, True))
    if doc_date:
        # 本日/今日 is the document's own date
        for m in _TODAY.finditer(u.text):
            out.append(DateMention(m.start(), m.end(), m.group(), doc_date, None, None, True))
        # 昨年10月 / 一昨年11月 / 今年4月: a month of a year counted from the document's
        for m in _RELATIVE_YEAR.finditer(u.text.translate(_FULLWIDTH)):
            if any(d.start <= m.start() < d.end for d in local if d.value):
                continue
            month, day = to_int(m.group("m")), to_int(m.group("d")) if m.group("d") else None
            if month is None or not 1 <= month <= 12:
                continue
            year = int(doc_date[:4]) + {"一昨年": -2, "昨年": -1, "前年": -1, "去年": -1, "今年": 0, "本年": 0}[m.group("y")]
            value = f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")
            out.append(DateMention(m.start(), m.end(), m.group(), value, None, None, True))
        # 去年、…と協定を結んでいて / 昨年の秋に…締結: a year counted from the report's, told with no month
        for m in _RELATIVE_YEAR_ONLY.finditer(u.text):
            clause = u.text[m.end() : m.end() + 120].split("。")[0]
            if any(d.start <= m.start() < d.end for d in local + out) or not cue_mod.find_verb_cues(clause) \
                    or re.search(r"周年|節目|年目|年ぶり|申し入れ|申入れ|申し出|提案|要請|打診|されない|されず|ないまま", clause):
                continue  # (昨年、提携30周年を迎え / 昨年、…の申し入れがあり、今回の調印に: not the step itself)
            year = int(doc_date[:4]) + {"一昨年": -2, "昨年": -1, "去年": -1}[m.group("y")]
            out.append(DateMention(m.start(), m.start() + len(m.group("y")), m.group("y"), str(year), None, None, True))
        # a news report's own days: 昨日 / 一昨日, 今月10日 / 先月28日, and a bare day that dates a
        # step (同市は10日、…と協定を結んだ / 昨日(12日)): counted from the document's date
        if len(doc_date) >= 10:
            out.extend(_report_days(u.text, doc_date, [(d.start, d.end) for d in local] + [(d.start, d.end) for d in out]))
        # 10月に…と覚書を交わしました: a bare month that dates a step, in a dated report: the most
        # recent such month on or before the document's date
        if len(doc_date) >= 7:
            taken = [(d.start, d.end) for d in local] + [(d.start, d.end) for d in out]
            for m in re.finditer(r"(?<![0-9０-９年度/.])([0-9０-９]{1,2})月(?:に|、)(?![0-9０-９]{1,2}日)", u.text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                month = int(m.group(1).translate(_FULLWIDTH))
                if not 1 <= month <= 12 or not cue_mod.find_verb_cues(u.text[m.end() : m.end() + 60]):
                    continue
                year = int(doc_date[:4]) - (1 if month > int(doc_date[5:7]) else 0)
                out.append(DateMention(m.start(1), m.end() - 1, m.group()[:-1], f"{year}-{month:02d}", None, None, True))
    if text:
        # …平成19年7月に…締結した。同年12月には…を結び: the year of the date told before it in the paragraph
        ls = text.rfind("\n", 0, u.start) + 1
        for m in re.finditer(r"同年([0-9]{1,2})月(?:([0-9]{1,2})日)?", u.text.translate(_FULLWIDTH)):
            clause = u.text[m.end() : m.end() + 80].split("。")[0]
            if any(x.start <= m.start() < x.end for x in local + out) or not cue_mod.find_verb_cues(clause) \
                    or re.search(r"解消|廃止|失効|終了|中止|延期", clause):
                continue
            told = [x for x in dates if ls <= x.start < u.start + m.start() and x.value and not x.inferred and re.fullmatch(r"\d{4}", x.value[:4])]
            month = int(m.group(1))
            if told and 1 <= month <= 12:
                value = f"{told[-1].value[:4]}-{month:02d}" + (f"-{int(m.group(2)):02d}" if m.group(2) else "")
                out.append(DateMention(m.start(), m.end(), m.group(), value, None, None, True))
    same_year = [(o.start, o.end) for o in out if o.text.startswith("同年")]
    for d in local:
        if any(a <= d.start < b for a, b in same_year):
            continue  # (同年10月1日: dated above)
        if d.value is not None or d.problem != "no year":
            out.append(d)
            continue
        m = re.match(r"([0-9〇一二三四五六七八九十]{1,3})月(?:([0-9〇一二三四五六七八九十]{1,3})日)?", d.text.translate(_FULLWIDTH))
        month = to_int(m.group(1)) if m else None  # 11月20日 or 十一月二十日
        day = to_int(m.group(2)) if m and m.group(2) else None
        en = _english_month_day(d.text) if m is None else None
        if en is not None:
            month, day = en  # (on Thursday 26 September)
        elif not m or month is None:
            out.append(d)
            continue
        md = f"{month:02d}" + (f"-{day:02d}" if day else "")
        year: int | None = None
        line_start = u.text.rfind("\n", 0, d.start) + 1
        same_line = [x for x in local if x.value and line_start <= x.start < d.start and not x.inferred
                     and "\n" not in u.text[x.end : d.start] and re.fullmatch(r"\d{4}", x.value[:4])
                     and re.fullmatch(r"[\s・●■◆○◇\-*]*", u.text[line_start : x.start])
                     and re.match(r"(?:\s?[(（][^)）]{0,12}[)）])?(?:\s|[|:：])", u.text[x.end : x.end + 16])]
        if not same_line and u.is_row and text:
            # 平成11年(1999年) | 9月 | …が再び来樽。 / 9月14日、…に署名: a later sentence of a chronology's row,
            # dated by the row's year cell
            ls = text.rfind("\n", 0, u.start) + 1
            bar = text.find("|", ls, u.start)
            same_line = [x for x in dates if x.value and ls <= x.start < bar and not x.inferred and re.fullmatch(r"\d{4}", x.value[:4])
                         and not text[ls : x.start].strip(" ・●■◆○◇-*")] if bar > ls else []
            if same_line:
                out.append(DateMention(d.start, d.end, d.text, f"{same_line[-1].value[:4]}-{md}", d.era, None, True))
                continue
        if same_line and "。" not in u.text[same_line[-1].end : d.start]:
            # 1958年(昭和33年) …姉妹都市提携(6月26日調印): the year heading a chronology row
            out.append(DateMention(d.start, d.end, d.text, f"{same_line[-1].value[:4]}-{md}", d.era, None, True))
            continue
        fy = _subject_fiscal_year(text, strict=not doc_date) if text else None
        if fy is not None and (doc_date is None or f"{fy if month >= 4 else fy + 1}-{md}" <= doc_date):
            # 令和4年度対象の報告書 (issued 令和5年8月): 6月8日 is June 2022, 3月 is March 2023
            year = fy if month >= 4 else fy + 1
        elif doc_date and len(doc_date) >= 4:
            year = _year_on_or_before(md, doc_date)
            # 5月18日(土): the weekday written beside the date settles the year (a coming event
            # on a page issued in April is this year's, not last year's)
            wd = re.search(r"[(（]([月火水木金土日])(?:曜日?)?[)）]$", d.text) or re.match(
                r"\s?[(（]([月火水木金土日])(?:曜日?)?[)）]", u.text[d.end : d.end + 6])
            if wd and day:
                want = "月火水木金土日".index(wd.group(1))
                for cand in (year, year + 1, year - 1):
                    try:
                        if datetime.date(cand, month, day).weekday() == want:
                            year = cand
                            break
                    except ValueError:
                        continue
        else:
            ref = _ref_before(dates, u.start)
            scene = [x for x in local if x.value and len(x.value) == 4 and x.end <= d.start and not x.inferred
                     and re.match(r"\s?(?:[(（][^)）]{0,8}[)）])?(?:には|は、|の)", u.text[x.end : x.end + 12])
                     and not cue_mod.find_verb_cues(u.text[x.end : d.start])]
            if scene:
                ref = scene[-1].value  # 令和元年には、十月に…十月十四日に署名: the year the sentence is set in
            year = int(ref[:4]) if ref else None
        if year is None:
            out.append(d)
            continue
        out.append(DateMention(d.start, d.end, d.text, f"{year}-{md}", d.era, None, True))
    if doc_date and len(doc_date) == 10:
        # 波佐見町は8日、…: a bare day in a dated article is a day of its month (or the month before)
        taken = [(d.start, d.end) for d in out]
        for m in re.finditer(r"(?<![0-9０-９月年])([0-9０-９]{1,2})日(?=[、,(（]|に|付|午|の(?:締結|調印))", u.text):
            if any(s0 <= m.start() < e0 for s0, e0 in taken):
                continue
            day = int(m.group(1).translate(_FULLWIDTH))
            y, mo, dd = int(doc_date[:4]), int(doc_date[5:7]), int(doc_date[8:10])
            if not 1 <= day <= 31:
                continue
            if day > dd:
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            out.append(DateMention(m.start(), m.end(), m.group(), f"{y}-{mo:02d}-{day:02d}", None, None, True))
    out.sort(key=lambda d: d.start)
    return out


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
def _english_month_day(s: str) -> tuple[int, int] | None:
    """(month, day) of an English day written without its year (Thursday 26 September, on September
    26th), as the date engine reads it in a leap year."""
    found = [d.value for d in find_dates(" on " + s, "2000") if d.value and len(d.value) == 10]
    return (int(found[0][5:7]), int(found[0][8:10])) if found else None


_FY_HEAD = r"(?<!第)(?P<era>令和|平成)\s?(?P<y>[0-9]{1,2}|元)\s?年度\s?"
_SUBJECT_FY_STRICT = re.compile(_FY_HEAD + r"(?:対象|実績|実施事業|事業\s?[)）])")
_SUBJECT_FY = re.compile(_FY_HEAD + r"(?:[)）]|対象|実績|版|(?:実施)?事業|の|\s|$)")


@lru_cache(maxsize=8)  # (asked for every yearless day of one page)
def _subject_fiscal_year(text: str, *, strict: bool = False) -> int | None:
    """The fiscal year a report covers, as its first lines state it ((令和4年度対象), 令和5年度 事業報告):
    the year its yearless days (6月8日, 3月) fall in, from April to the next March. ``strict`` (no issue
    date to bound it): only a year the line says was covered (対象, 実績, 実施事業), not a meeting's."""
    m = (_SUBJECT_FY_STRICT if strict else _SUBJECT_FY).search(text[: text_lines_end(text, 4)])
    if m is None:
        return None
    value, _ = convert_era_year(m.group("era"), 1 if m.group("y") == "元" else int(m.group("y")))
    return int(value[:4]) if value else None


def _ref_before(dates: list[DateMention], pos: int) -> str | None:
    """The nearest preceding date with a year: the reference for yearless dates."""
    ref = None
    for d in dates:
        if d.start >= pos:
            break
        if d.value and not d.inferred:
            ref = d.value
    return ref


_compatible = dates_agree


_COUNTED_SUBJECT = re.compile(
    r"(?P<n>[2-9二三四五六七八九両])(?:者|道省県|道県省|都市|市町村?|市町|県市|か国|カ国|ヶ国|地域|自治体|団体|機関|大学|[市町村県])"
    r"(?P<heads>長|知事)?(?:の(?:代表者?|首長|知事|市長|町長|学長|トップ)(?:ら|が|は)?)?(?:は|が|で)")
_N_PARTIES = re.compile(r"([2-9二三四五六七八九])者(?:で|は|が|の間|間|による|により|協定|覚書|連携)")


def _party_count(d: Draft, text: str = "") -> int | None:
    """The number of parties a step states (…の3者で締結), or the sentence right after it
    (…を締結しました。市と3大学の4者による協定です。), if any."""
    for a in d.anchors:
        m = _N_PARTIES.search(a.unit.text)
        if m is None and a.verbs and (c := _COUNTED_SUBJECT.search(a.unit.text)) and not c.group("heads"):
            return 2 if c.group("n") == "両" else to_int(c.group("n"))  # 四道省県の代表は…に署名
        if m is None and text:
            nxt = text[a.unit.end : a.unit.end + 60].split("。")[0]
            m = _N_PARTIES.search(nxt) if "\n" not in nxt else None
        if m:
            return to_int(m.group(1))
    return None


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around ``pos`` (。 or an English full stop ends one)."""
    starts = [m.end() for m in re.finditer(r"。|(?<=[a-z0-9)])\.\s", text[:pos])]
    start = starts[-1] if starts else 0
    m = re.search(r"。|(?<=[a-z0-9)])\.(?:\s|$)", text[pos:])
    return text[start : pos + m.end() if m else len(text)]


def _kind_from_suffix(name: str) -> PartyKind:
    if re.search(r"(?:州|省|道|県|府|地方|地域|地域圏)$", name):
        return PartyKind.REGION
    if re.search(r"(?:市|区|町|村|郡|都市)$|都市", name):
        return PartyKind.MUNICIPALITY
    return PartyKind.ORGANIZATION


def iter_evidence_fields(rec: DraftRecord) -> Iterable[tuple[str, Found]]:
    """(field name, found value) pairs in the order the record's fields are written."""
    yield "agreement_type", rec.agreement_type
    if rec.title is not None:
        yield "title", rec.title
    for i, (p, _) in enumerate(rec.parties):
        yield f"parties[{i}]", Found(p.name, p.start, p.end)
    for i, e in enumerate(rec.events):
        yield f"events[{i}]", e
    for k in ("start", "end", "duration", "renewal"):
        if k in rec.term:
            yield f"term.{k}", rec.term[k]
    for s in rec.sectors:
        yield "sectors", s


def to_term(rec: DraftRecord) -> Term | None:
    t = Term(
        start=str(rec.term["start"].value) if "start" in rec.term else None,
        end=str(rec.term["end"].value) if "end" in rec.term else None,
        duration=str(rec.term["duration"].value) if "duration" in rec.term else None,
        renewal=str(rec.term["renewal"].value) if "renewal" in rec.term else None,
    )
    return None if t.is_empty() else t


__all__ = ["RecordAssembler", "DraftRecord", "Found", "pick_home", "iter_evidence_fields", "to_term"]
