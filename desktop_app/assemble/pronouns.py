"""A place's name at the head of sentence after sentence, said every other time by a pronoun.

A park's profile tells one place, so its sentences open with its name: 留创园…；留创园…。
留创园…。 Read aloud, that drones. Where a sentence (or a clause after a semicolon) opens with
the same place's short name as the one before it, the name becomes a pronoun (该园, 该所,
该中心; It, Its), and the next says the name again, so that a reader never has to look far to
know whose the figures are. A paragraph opens with the name.
Only the places inside the chosen regions (parks, platforms, institutes) are so said: 园区 and
SIP are the briefing's own subject, said by name as Chinese and English briefs do.
"""

from __future__ import annotations

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import DATE_OPENING
from desktop_app.model import Inline, Run

# what a sentence, or a clause said as one (…；留创园累计…), opens after
_END = {"zh": ("。", "！", "？", "；"), "en": (".", "!", "?", ";")}
_CLAUSE = ("；", ";")
# a place's pronoun in Chinese by the end of its name, else by its kind
_ZH_BY_ENDING = (("中心", "该中心"), ("所", "该所"), ("园", "该园"), ("集聚区", "该集聚区"))
_ZH_BY_KIND = {"park": "该园", "cluster": "该集聚区", "institute": "该所", "platform": "该平台"}


def _pronoun_zh(name: str, kind: str) -> str:
    for ending, pronoun in _ZH_BY_ENDING:
        if name.endswith(ending):
            return pronoun
    return _ZH_BY_KIND.get(kind, "该地")


def _names(ctx: Context) -> list[tuple[str, str, str]]:
    """(name as a clause opens with it, the pronoun, place id) for each place, longest name
    first so that a longer name wins; in English the pronoun is capitalised where the
    sentence opens (see :func:`varied`)."""
    found = []
    for region in ctx.base.regions.values():
        if region.id in ctx.selection.regions or region.kind in ("city", "district"):
            continue
        short = region.short_name(ctx.lang)
        if ctx.lang == "zh":
            found.append((short, _pronoun_zh(short, region.kind), region.id))
            continue
        for name in dict.fromkeys((short[:1].upper() + short[1:], short)):
            found += [(name + "'s ", "its ", region.id), (name + "’s ", "its ", region.id),
                      (name + " ", "it ", region.id)]  # fmt: skip
    return sorted(found, key=lambda n: len(n[0]), reverse=True)


def varied(ctx: Context, inlines: list[Inline]) -> list[Inline]:
    """``inlines`` with a place's name at the head of a sentence said by its pronoun where
    the sentence before opened with the same place's name, after its date if it opens
    with one (截至2023年8月，该园…)."""
    names = _names(ctx)
    date = DATE_OPENING[ctx.lang]
    ends = _END[ctx.lang]
    out: list[Inline] = []
    at_start, opens = True, True  # the next text opens a clause; a sentence
    last: str | None = None  # the place the sentence before opened with, by name
    for inline in inlines:
        if not isinstance(inline, Run):
            out.append(inline)
            continue
        text, pieces, index = inline.text, [], 0
        starts = [(0, opens)] if at_start else []  # where a clause opens; a sentence?
        starts += [(i + 1, c not in _CLAUSE) for i, c in enumerate(text) if c in ends]
        for start, sentence in starts:
            begin = start + (len(text[start:]) - len(text[start:].lstrip(" ")))
            if begin >= len(text):
                continue
            dated = date.match(text, begin)
            if dated:
                begin, sentence = dated.end(), False
            named = next((n for n in names if text.startswith(n[0], begin)), None)
            if named is None:
                last = None
                continue
            name, pronoun, place = named
            if text.startswith(("and ", "和", "与"), begin + len(name)):
                last = None  # "Medpark and a university launched…": "it" next is unclear
                continue
            if last == place:  # the clause before named it: this one says the pronoun
                pronoun = pronoun[:1].upper() + pronoun[1:] if sentence else pronoun
                pieces.append(text[index:begin] + pronoun)
                index = begin + len(name)
                last = None
            else:  # the next clause may say its pronoun, after a date too (截至2023年8月，
                # 留创园已建立…；该园累计获得…)
                last = place
        pieces.append(text[index:])
        out.append(Run("".join(pieces), inline.strong))
        stripped = text.rstrip(" ")
        if stripped:
            at_start = stripped.endswith(ends)
            opens = not stripped.endswith(_CLAUSE)
    return out
