"""The fact base's records: plain frozen data, no behaviour beyond small conveniences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop_app.language import Lang, Text

Number = int | float
# public: anyone; abroad: public, and what a reader from abroad looks for first (a global
# company's investment, a foreign university, an international list), so English editions
# tell it before other facts of the same standing; domestic: public, but of no use
# to a reader from abroad (national talent titles, import substitution), so left out of
# English external editions; internal: for internal editions only.
Audience = Literal["public", "abroad", "domestic", "internal"]
AUDIENCES: tuple[Audience, ...] = ("public", "abroad", "domestic", "internal")


# A source's credibility, most trusted first: the body's own site or bulletin; a repost of it
# by another official body; the press; a portal or repost site; promotional material. When
# two facts give one measure two values, the more trusted source's is used.
Tier = Literal["official", "official-repost", "media", "portal", "promotional"]
TIERS: tuple[Tier, ...] = ("official", "official-repost", "media", "portal", "promotional")


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: Text
    title_printed: bool
    publisher: Text | None
    published: str
    published_inferred: bool
    published_note: str | None
    url: str | None
    script: Literal["simplified", "traditional"]
    archive: str | None
    note: str | None
    tier: Tier | None = None  # how far the source is to be trusted; see TIERS


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    parent: str | None
    kind: str
    name: Text
    aliases: tuple[str, ...] = ()
    short: Text | None = None  # the name used after the first mention: 园区 / SIP

    def short_name(self, lang: Lang) -> str:
        return (self.short or self.name).get(lang)


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    parent: str | None
    label: Text


@dataclass(frozen=True, slots=True)
class Metric:
    id: str
    label: Text
    unit: str
    short: Text | None = None  # a short label for chart axes and key-figure tiles
    # A count of years since a start (已开发建设29年): restated at the briefing's date in
    # these words, with {region}, {start}, {n} and {year} filled in.
    elapsed: Text | None = None
    # what this measure counts when other lists or assessments count the same kind of thing
    # their own way (独角兽企业数): where a document gives two such measures it says, once, that
    # they are not to be added up or compared
    family: Text | None = None

    def short_label(self, lang: Lang) -> str:
        return (self.short or self.label).get(lang)


@dataclass(frozen=True, slots=True)
class SourceRef:
    id: str
    locator: int


@dataclass(frozen=True, slots=True)
class RunOn:
    """A statement's wording where it runs on from another fact's in one paragraph: the
    subject and the scene already said (，签约重点项目68个 after the event that signed them).
    A text opening with a comma or semicolon continues that sentence; any other starts the
    next one."""

    after: str  # the id of the fact it follows
    text: Text


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    region: str
    themes: tuple[str, ...]
    metric: str | None
    value: Number | None
    unit: str | None
    qualifier: str | None
    figure: str | None
    period: str | None
    as_of: str | None
    statement: Text
    source: SourceRef
    # field -> what the source leaves unclear about it, for the notes on the data
    uncertain: dict[str, Text] = field(default_factory=dict, hash=False, compare=False)
    subject: Text | None = None  # the company, fund, platform, event or list a figure is about
    audience: Audience = "public"  # see AUDIENCES
    # An imported fact whose statement is the importer's draft, not yet read and rewritten
    # by a person; ``briefing check`` lists the drafts a briefing would print.
    draft: bool = False
    run_on: RunOn | None = None
    # What a place set out to do (a plan, an aim, a target), not what it has: a briefing for
    # visitors says little of it, and a point to say aloud never.
    plan: bool = False
    # Once true, true for good (a founding, a first-batch designation, the size of a fund's
    # first phase): a briefing does not date it as a figure that may since have changed.
    lasting: bool = False
