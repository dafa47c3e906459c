"""How a figure is named in tables and lists: what it measures, and whose it is."""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact


def figure_label(ctx: Context, fact: Fact) -> str:
    """What a figure measures, naming its subject when it has one: 首期规模（XX基金）, so that a
    company's, a fund's or an event's figure is never read as the region's."""
    assert fact.metric
    label = ctx.base.metrics[fact.metric].label.get(ctx.lang)
    if fact.subject is None:
        return label
    subject = fact.subject.get(ctx.lang)
    if _mostly_in(subject, label, ctx.lang):
        return label  # the label already names it: 入选长城战略咨询《中国独角兽企业榜》企业数
    # a share reads with its subject first (what the agency brought in, then its share):
    if ctx.lang == "zh" and label.startswith(("占", "引进", "推荐")) and "占" in label:
        return subject + label  # 苏州工业园区科技招商中心引进企业占全区江苏省独角兽企业比例
    # A subject with brackets of its own is not put in brackets again.
    key = "subject_label_colon" if any(b in subject for b in "()（）") else "subject_label"
    return w(key, ctx.lang, label=label, subject=subject)


def _mostly_in(subject: str, label: str, lang: str) -> bool:
    """Whether most of ``subject`` (its words, or its characters in Chinese) is in ``label``."""
    # Years and quotation marks aside: "2023中国独角兽" is named by 中国独角兽榜单.
    parts = [p for p in (list(subject) if lang == "zh" else subject.lower().split())
             if p.isalpha()]  # fmt: skip
    within = label if lang == "zh" else label.lower().split()
    return bool(parts) and sum(p in within for p in parts) >= 0.7 * len(parts)


# A subject that is a list, ranking or assessment: the figure counts or ranks the region's own
# enterprises on it (园区有10家企业入选…), so it is the region's figure, not another body's.
_LISTING = ("榜", "名单", "评估", "排名", "考评", "案例", "认定")


def on_a_list(fact: Fact) -> bool:
    """Whether ``fact`` is the region's own standing on a list, ranking or assessment, or an
    honour it has held years running (连续13年跻身“…最具吸引力的中国城市”)."""
    if fact.subject is None:
        return False
    held = fact.unit == "year" and "recognition" in fact.themes
    return held or any(word in fact.subject.zh for word in _LISTING)
