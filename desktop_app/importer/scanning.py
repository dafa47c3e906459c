"""Finding the figures in a paragraph: every numeric claim, with its printed span and value.

A figure is ``[qualifier] number [magnitude] [多|余|以上|左右] measure-word`` (超1000个,
52.2亿元, 近七成, 三分之一, 3.5个百分点, 全省第一 -> 第一, 100—200万元). What looks like a
number but is not a claim is passed over, each with its reason: years and dates (2025年,
1—8月), ordinals that name a batch or an edition (第3届), numbers without a measure word
(phone numbers, postcodes, house numbers), and numerals inside names (一区两中心, 十四五).
The value comes from :func:`desktop_app.facts.figures.parse_figure`, the same parser that
checks the fact base, so an imported figure validates as it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.facts.figures import FigureError, parse_figure
from desktop_app.facts.names import to_simplified

_QUALIFIERS = ("不超过", "不少于", "超过", "将近", "突破", "至少", "不足", "不到", "最多", "高达",
               "超", "逾", "近", "约", "达")  # fmt: skip
_NUMERAL = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_ZH_NUMERAL = r"[零〇一二两三四五六七八九十百千万亿]+"
_MAGNITUDE = r"[十百千万亿]*"
_AFTER = r"(?:多|余|以上|左右)?"
# Measure words, longest first; what follows a bare 个/家 names the thing counted.
_MEASURES = ("个国家和地区", "个百分点", "百分点", "万亿元", "亿元", "万元", "千元", "美元", "欧元",
             "元", "%", "％", "倍", "人次", "名", "人", "位", "家", "个", "支", "项", "件", "款",
             "场", "届", "次", "年", "台", "套", "所", "座", "张", "平方公里", "亩")  # fmt: skip
_MEASURE = "|".join(re.escape(m) for m in _MEASURES)
_SPAN = re.compile(
    rf"(?P<qual>{'|'.join(_QUALIFIERS)})?"
    rf"(?:(?P<fraction>(?:\d+|[一二三四五六七八九十]+)分之(?:\d+|[一二三四五六七八九十]+))"
    rf"|(?P<tenths>[1-9二三四五六七八九])成"
    rf"|第(?P<rank>\d+|[一二三四五六七八九十]+)"
    rf"|(?P<low>{_NUMERAL}|{_ZH_NUMERAL})(?P<lowmag>{_MAGNITUDE})"
    rf"(?:\s*(?P<dash>至|到|—|–|-|~|～)\s*(?P<high>{_NUMERAL}|{_ZH_NUMERAL}))?"
    rf"(?P<mag>{_MAGNITUDE}){_AFTER}(?P<measure>{_MEASURE})?(?:以上|左右)?)"
)
_UNIT_OF = {"个国家和地区": "country_region", "个百分点": "percentage_point",
            "百分点": "percentage_point", "%": "percent",
            "％": "percent", "万亿元": "yuan", "亿元": "yuan", "万元": "yuan", "千元": "yuan",
            "元": "yuan", "人次": "person_time", "名": "person", "人": "person", "位": "person",
            "家": "enterprise", "个": "item", "支": "fund", "项": "item", "件": "patent",
            "款": "product", "张": "product", "场": "event", "届": "edition", "次": "trip",
            "年": "year"}  # fmt: skip
# The noun after a bare measure word (个, 家, 项) says what is counted.
_NOUNS = (
    ("国家和地区", "country_region"), ("企业", "enterprise"), ("项目", "project"),
    ("平台", "platform"), ("案例", "case"), ("产品", "product"), ("专利", "patent"),
    ("机构", "institution"), ("银行", "institution"), ("院所", "institution"),
    ("高校", "institution"), ("基金", "fund"), ("活动", "event"), ("园区", "park"),
    ("孵化器", "park"), ("众创空间", "park"), ("载体", "park"), ("人才", "person"),
)  # fmt: skip
_NOT_RANK_AFTER = "批届期次轮季章条款部个家阶段步年天月周道代方阵梯大类级层项"
_NOT_DURATION_AFTER = ("来", "内", "间", "后", "前", "以来", "期", "度", "级", "底", "末", "初")
_TARGET = re.compile(
    r"力争|目标|计划|预计|争取|规划|有望|将达|将实现|将新增|将建成|(?<!截)(?:到|至)20\d\d年"
)


def as_number(value: Decimal) -> int | float:
    """A figure's exact value as YAML and JSON write it: 1100, 16.8."""
    return int(value) if value == value.to_integral() else float(value)


@dataclass(frozen=True)
class Found:
    figure: str  # the printed span, exactly as in the paragraph
    start: int  # its offset in the paragraph
    value: Decimal
    unit: str | None  # a unit id, or None when no unit of ours fits (美元, 倍)
    qualifier: str
    measure: str  # the printed measure word: 亿元, 个百分点, ...
    kind: str  # "fact" or "target"
    sentence: str  # the sentence that states it
    range_to: Decimal | None = None


@dataclass(frozen=True)
class Passed:
    text: str
    reason: str


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """The paragraph's sentences with their start offsets (ending at 。！？； or the end)."""
    found, start = [], 0
    for match in re.finditer(r"[。！？；!?;]+[”’」）)]?", paragraph):
        found.append((start, paragraph[start : match.end()]))
        start = match.end()
    if paragraph[start:].strip():
        found.append((start, paragraph[start:]))
    return found


def _sentence_at(paragraph: str, offset: int) -> str:
    for start, sentence in sentences(paragraph):
        if start <= offset < start + len(sentence):
            return sentence.strip()
    return paragraph


def _unit(measure: str, before: str, after: str) -> str | None:
    """The unit of a figure: from its measure word, and for 个, 家 and 项 from the noun
    after it (12个国家和地区) or, failing that, the noun the clause counts (项目超1000个)."""
    unit = _UNIT_OF.get(measure)
    if measure not in ("个", "家", "项"):
        return unit
    following = re.split(r"[，。；、,;]", after)[0][:6]
    if following.startswith("国家"):  # 12个国家和地区; but 国家高新技术企业 before 2600家
        return "country_region"
    clause = re.split(r"[，。；、,;]", before)[-1]
    for text in (following, clause[-12:]):
        for noun, counted in _NOUNS:
            if noun in text:
                return counted
    return unit


def _is_year(match: re.Match[str], after: str) -> bool:
    low = match.group("low") or ""
    return (
        re.fullmatch(r"(19|20)\d\d", low) is not None
        and (match.group("measure") in ("年", None) or after.startswith("年"))
        and not match.group("mag")
    )


def _why_not(match: re.Match[str], simple: str) -> str | None:
    """Why this number is not a figure, or None when it is one."""
    end = match.end()
    after = simple[end : end + 4]
    before = simple[max(0, match.start() - 3) : match.start()]
    if match.group("rank"):
        nxt = after[:1]
        if nxt and nxt in _NOT_RANK_AFTER:
            return "an ordinal in a name (第3届, 第一批)"
        return None
    if match.group("fraction") or match.group("tenths"):
        if match.group("tenths") and re.match(r"[立为功本果员熟交就长]", after):
            return "a word, not a share"
        return None
    low = match.group("low")
    measure = match.group("measure")
    if _is_year(match, after):
        return "a year"
    if (
        re.match(r"\s*[—–\-~～至到]?\s*\d*\s*[月日号时点]", simple[match.end("low") :])
        and not measure
    ):
        return "a date, a time or a house number"
    if measure is None:
        if re.search(r"\d", low) and len(low.replace(",", "").split(".")[0]) >= 5:
            return "a number without a measure word (a phone number, postcode or code)"
        return "a number without a measure word"
    if not re.search(r"[\d零〇一二两三四五六七八九十]", low):
        return "a round magnitude, not a figure (千亿元级)"
    if low == "一" and not match.group("qual") and not match.group("high"):
        return "一 as an article (一家, 一个)"
    ranged = match.group("high") is not None  # 3至5年内: a term, which a policy grants
    if (
        measure == "年"
        and not ranged
        and (after.startswith(_NOT_DURATION_AFTER) or before.endswith("近"))
    ):
        return "a span of time, not a count (5年来)"
    if re.fullmatch(_ZH_NUMERAL, low) and re.match(r"数量|均|都|指标", after):
        return "a reference back (三项数量均居第一), not a count"
    if re.match(r"[号楼层室路街巷]", after):
        return "part of an address"
    if (
        re.fullmatch(_ZH_NUMERAL, low)
        and re.match(r"[大个项]", measure)
        and re.match(r"[区中心园体化]", after)
    ):
        return "a numeral inside a name"
    return None


def scan(paragraph: str) -> tuple[list[Found], list[Passed]]:
    """The figures of ``paragraph`` in order, and the numbers passed over with the reason."""
    simple = to_simplified(paragraph)
    if len(simple) != len(paragraph):  # a conversion that changed lengths: read as printed
        simple = paragraph
    found: list[Found] = []
    passed: list[Passed] = []
    for match in _SPAN.finditer(simple):
        text = match.group(0)
        if not re.search(r"[\d一二两三四五六七八九十]", text):
            continue
        reason = _why_not(match, simple)
        if reason:
            if re.search(r"\d", text):
                passed.append(Passed(paragraph[match.start() : match.end()], reason))
            continue
        item = _found(match, paragraph, simple)
        if item is None:
            passed.append(Passed(paragraph[match.start() : match.end()], "not a figure we read"))
        else:
            found.append(item)
    return found, passed


def _found(match: re.Match[str], paragraph: str, simple: str) -> Found | None:
    start, end = match.span()
    printed = paragraph[start:end]
    after = simple[end : end + 8]
    measure = match.group("measure") or ""
    high = match.group("high")
    range_to = None
    parse_text = to_simplified(printed)
    if high:  # a range: the low end, with the high end's magnitude when it has none
        low = match.group("low") + (match.group("lowmag") or match.group("mag"))
        head = (match.group("qual") or "") + low + measure
        high_text = high + match.group("mag") + measure
        try:
            range_to = parse_figure(high_text).value
        except FigureError:
            return None
        parse_text = head
    try:
        parsed = parse_figure(parse_text)
    except FigureError:
        return None
    value = parsed.value
    unit: str | None
    if parsed.kind == "rank":
        unit = "rank"
    elif parsed.kind == "fraction":
        unit = "percent"
        value = value.quantize(Decimal("0.001")).normalize()
    else:
        unit = _unit(measure, simple[max(0, start - 16) : start], after)
    sentence = _sentence_at(paragraph, start)
    kind = "target" if _TARGET.search(to_simplified(sentence)) else "fact"
    return Found(printed, start, value, unit, parsed.qualifier, measure, kind, sentence, range_to)
