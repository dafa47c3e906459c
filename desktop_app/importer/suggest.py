"""Suggestions for a found figure: its region, date, metric, themes and subject.

Each suggestion comes with how sure it is (0 to 1), and the candidate's confidence is their
mean. They are suggestions: the person who accepts a candidate checks and may change each.

- **Region**: the last place named before the figure in its sentence, else in its paragraph,
  else the place the article names most (names and aliases from the gazetteer, in either
  script; a two-character alias such as 园区 counts only where the article names the region
  in full somewhere).
- **Date**: a date in the sentence (截至2025年底, 2025年1—8月, 2025年, 今年, 去年), else the
  nearest one before it in the paragraph, else the article's date. A flow (新增, 引进, 同比)
  gets a ``period``, a stock (累计, 截至, 集聚) an ``as_of``.
- **Metric**: among the metrics of the figure's unit, the one whose label shares most
  character pairs with the words before the figure, when the overlap is clear enough.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Metric
from desktop_app.facts.names import to_simplified

_FLOW = re.compile(r"新增|新引进|引进|新落户|落地|签约|实现|完成|同比|全年|年度|增长|举办|吸引|"
                   r"招引|新认定|入选|获批|评选|上榜|发布|达成|投资|立项")  # fmt: skip
_STOCK = re.compile(r"累计|截至|总数|总量|共有|拥有|集聚|聚集|现有|已有|已达|目前|总规模")
_AS_OF = re.compile(r"截至\s*(20\d\d)\s*年\s*(?:(\d{1,2})\s*月)?")
_MONTHS = re.compile(r"(20\d\d)\s*年\s*(\d{1,2})\s*[—–\-~～至到]\s*(\d{1,2})\s*月")
_HALF = re.compile(r"(20\d\d)\s*年\s*(上半年|下半年|一季度|前三季度)")
_YEAR = re.compile(r"(20\d\d)\s*年")
_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2}
_HALVES = {"上半年": ("01", "06"), "下半年": ("07", "12"), "一季度": ("01", "03"),
           "前三季度": ("01", "09")}  # fmt: skip
_THEME_WORDS = {
    "biomedicine": ("生物医药", "大健康", "医药", "生命健康"), "medical-devices": ("医疗器械",),
    "digital-culture": ("数字文化", "文创"), "ai-digital": ("人工智能", "数字产业", "数字经济"),
    "nanotech": ("纳米", "新材料"), "semiconductors": ("半导体", "集成电路", "芯片"),
    "new-energy": ("新能源", "绿色"), "advanced-equipment": ("高端装备", "装备制造"),
    "enterprises": ("独角兽", "瞪羚", "高新技术企业", "上市"),
    "investment": ("招商", "项目", "签约"),
    "platforms": ("平台", "研究院", "科研院所", "实验室"), "talent": ("人才", "专家", "留学"),
    "finance": ("基金", "金融", "融资", "资本"), "tech-transfer": ("技术转移", "成果转化"),
    "incubation": ("孵化", "众创空间", "创业园", "加速器"),
    "events": ("大会", "峰会", "大赛", "活动"),
    "policy": ("政策", "规划", "计划", "目标"), "recognition": ("排名", "榜单", "第一", "荣誉"),
}  # fmt: skip
_CITY_WORDS = ("全市", "我市")
MIN_LIKENESS = 0.3  # a metric is suggested when its label is at least this alike
_SUBJECT = re.compile(r"“([^”]{2,24}(?:基金|大会|峰会|论坛|大赛|计划))”")


@dataclass(frozen=True)
class Guess:
    value: str | None
    sure: float  # 0 to 1


@dataclass(frozen=True)
class DateGuess:
    period: str | None
    as_of: str | None
    sure: float


class Gazetteer:
    """The gazetteer's Chinese names, longest first, to find the places a text names."""

    def __init__(self, base: FactBase) -> None:
        names: set[tuple[str, str, bool]] = set()
        for region in base.regions.values():
            chinese = [a for a in region.aliases if re.search(r"[\u4e00-\u9fff]", a)]
            full = [region.name.zh, *chinese, *([region.short.zh] if region.short else [])]
            for name in full:
                simple = to_simplified(name)
                names.add((simple, region.id, len(simple) <= 2))
        cities = [r.id for r in base.regions.values() if r.kind == "city"]
        if len(cities) == 1:  # 全市 and 我市 in a city's article are that city
            names |= {(word, cities[0], False) for word in _CITY_WORDS}
        self.names = sorted(names, key=lambda n: (-len(n[0]), n[0]))

    def mentions(self, text: str, article: str) -> list[tuple[int, str]]:
        """(offset, region id) for each place named in ``text``; a two-character alias
        counts only when ``article`` names its region in full somewhere."""
        text, article = to_simplified(text), to_simplified(article)
        named_in_full = {r for n, r, short in self.names if not short and n in article}
        taken = [False] * len(text)
        found: list[tuple[int, str]] = []
        for name, region_id, short in self.names:
            if short and region_id not in named_in_full:
                continue
            for match in re.finditer(re.escape(name), text):
                if not any(taken[match.start() : match.end()]):
                    taken[match.start() : match.end()] = [True] * len(name)
                    found.append((match.start(), region_id))
        return sorted(found)

    def main_region(self, title: str, body: str) -> str | None:
        """The place the article is about: the one it names most, its title counting thrice."""
        counts = Counter(r for _, r in self.mentions(body, title + body))
        for _, region_id in self.mentions(title, title + body):
            counts[region_id] += 3
        return counts.most_common(1)[0][0] if counts else None


def region_for(
    places: Gazetteer, sentence: str, paragraph: str, offset: int, article: str, main: str | None
) -> Guess:
    """The last place named before the figure in its sentence, else in the sentence, else in
    the paragraph, else the article's main place."""
    in_sentence = places.mentions(sentence, article)
    before = [r for at, r in in_sentence if at <= offset]
    if before:
        return Guess(before[-1], 1.0)
    if in_sentence:
        return Guess(in_sentence[0][1], 0.9)
    in_paragraph = places.mentions(paragraph, article)
    if in_paragraph:
        return Guess(in_paragraph[-1][1], 0.7)
    return Guess(main, 0.5 if main else 0.0)


def _date_in(text: str, published: str | None) -> tuple[str | None, str | None] | None:
    """(period, as_of) that ``text`` prints, with only one of them set; None if no date."""
    as_of = _AS_OF.search(text)
    if as_of:
        year, month = as_of.groups()
        return None, f"{year}-{int(month):02d}" if month else year
    months = _MONTHS.search(text)
    if months:
        year, first, last = months.groups()
        return f"{year}-{int(first):02d}/{year}-{int(last):02d}", None
    half = _HALF.search(text)
    if half:
        first, last = _HALVES[half.group(2)]
        return f"{half.group(1)}-{first}/{half.group(1)}-{last}", None
    years = [y for y in _YEAR.findall(text)]
    if years:
        return years[-1], None
    if published:
        for word, shift in _RELATIVE.items():
            if word in text:
                return str(int(published[:4]) + shift), None
    return None


def main_year(body: str, published: str | None) -> str | None:
    """The year an article reports on: the one it names most, not after its publication."""
    years = Counter(y for y in _YEAR.findall(to_simplified(body)) if not published or
                    y <= published[:4])  # fmt: skip
    return years.most_common(1)[0][0] if years else None


def date_for(
    sentence: str, before: str, published: str | None, target: bool, year: str | None = None
) -> DateGuess:
    """The figure's period or as_of (``before`` is the paragraph's text before the sentence;
    ``year`` the year the article reports on, for a flow that names none: 全年落地…)."""
    simple = to_simplified(sentence)
    found, sure = _date_in(simple, published), 1.0
    if found is None:
        found, sure = _date_in(to_simplified(before), published), 0.7
    if target:  # a plan: dated by the year it was made, which is the article's
        year = (published or "")[:4] or None
        return DateGuess(year, None, 0.8 if year else 0.0)
    if found is None and year and _FLOW.search(simple) and not _STOCK.search(simple):
        return DateGuess(year, None, 0.6)
    if found is None:
        return DateGuess(None, published, 0.5 if published else 0.0)
    period, as_of = found
    if period and "/" not in period and (_STOCK.search(simple) and not _FLOW.search(simple)):
        period, as_of = None, period
    return DateGuess(period, as_of, sure)


def _pairs(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


class Metrics:
    """The metrics' labels as character pairs, each pair weighted by how few labels use it
    (新能源 tells metrics apart; 项目 and 占比 hardly do), to find the metric a phrase names."""

    def __init__(self, base: FactBase) -> None:
        self.base = base
        self.labels: dict[str, list[Counter[str]]] = {}
        for metric in base.metrics.values():
            texts = [metric.label.zh] + ([metric.short.zh] if metric.short else [])
            self.labels[metric.id] = [_pairs(to_simplified(t)) for t in texts]
        users = Counter(p for labels in self.labels.values() for p in set().union(*labels))
        total = max(1, len(self.labels))
        self.weight = {p: math.log((total + 1) / n) for p, n in users.items()}

    def _mass(self, pairs: Counter[str]) -> float:
        """A pair no label uses says nothing about which metric is meant: it weighs 0."""
        return sum(self.weight.get(p, 0.0) * n for p, n in pairs.items())

    def likeness(self, label: Counter[str], context: Counter[str]) -> float:
        """The weighted Dice coefficient of two sets of character pairs."""
        both = self._mass(label & context)
        whole = self._mass(label) + self._mass(context)
        return 2 * both / whole if whole else 0.0

    def best(
        self, unit: str | None, contexts: tuple[str, ...], region: str | None
    ) -> tuple[Metric | None, float]:
        """The metric of ``unit`` whose label is most like one of ``contexts``; a metric the
        region's facts already use is preferred a little."""
        if unit is None:
            return None, 0.0
        texts = [_pairs(to_simplified(c)) for c in contexts if len(c) > 1]
        used = {f.metric for f in self.base.facts if f.region == region}
        best: tuple[float, str] | None = None
        for metric in self.base.metrics.values():
            if metric.unit != unit or not texts:
                continue
            score = max(self.likeness(label, t) for label in self.labels[metric.id] for t in texts)
            score = min(1.0, score + (0.05 if metric.id in used else 0.0))
            if best is None or score > best[0] or (score == best[0] and metric.id < best[1]):
                best = (score, metric.id)
        if best is None or best[0] < MIN_LIKENESS:
            return None, 0.0
        return self.base.metrics[best[1]], round(min(1.0, best[0] / 0.6), 2)


def themes_for(base: FactBase, metric: Metric | None, sentence: str, unit: str | None) -> list[str]:
    if metric is not None:
        counts = Counter(t for f in base.facts if f.metric == metric.id for t in f.themes)
        if counts:
            return sorted(t for t, _ in counts.most_common(2))
    simple = to_simplified(sentence)
    found = [t for t, words in _THEME_WORDS.items() if t in base.themes and
             any(w in simple for w in words)]  # fmt: skip
    fallback = {"fund": "finance", "person": "talent", "project": "investment"}.get(unit or "")
    if not found and fallback in base.themes:
        found = [fallback]
    return found[:3]


def subject_for(sentence: str) -> str | None:
    """A fund, event or competition the sentence names in quotation marks (首期规模 needs its
    fund's name); unquoted names are left for the person to add."""
    names = _SUBJECT.findall(to_simplified(sentence))
    return names[-1] if names else None
