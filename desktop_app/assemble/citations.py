"""Footnotes and the sources list: numbered once, here, before any renderer runs.

Every figure the briefing states is cited by a footnote at the foot of the page where it is
stated; consecutive statements from one passage share one marker, and a passage cited again
keeps its number. Sources are numbered in the order they are first used. A document citing by
source ([1]) gives those numbers in its text, tables, chart source lines and sources list; a
document with footnotes has the notes' numbering only.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.assemble.dates import format_date
from desktop_app.assemble.wording import w
from desktop_app.facts.base import FactBase
from desktop_app.facts.model import Fact, Lang, Source
from desktop_app.model import Footnote, Inline, NoteRef, Run, SourceRef


class Citations:
    def __init__(
        self,
        base: FactBase,
        lang: Lang,
        short_notes: bool = False,
        by_source: bool = False,
        external: bool = False,
    ) -> None:
        self.base, self.lang, self.short_notes = base, lang, short_notes
        self.by_source = by_source  # cite statements as [n] of the sources list, no footnotes
        # An external edition cites as a publication does: no paragraph numbers and none of
        # our bookkeeping (publisher not stated, date inferred, title ours, URL not known).
        self.external = external
        self.footnotes: list[Footnote] = []
        self._source_numbers: dict[str, int] = {}
        self._noted: set[str] = set()
        self._first_notes: dict[str, int] = {}
        self._passage_notes: dict[tuple[str, int | None], int] = {}
        self._listed: dict[str, None] = {}  # sources named by a chart's or table's source line

    def _publisher(self, source: Source) -> str:
        if source.publisher:
            return source.publisher.get(self.lang)
        return "" if self.external else w("publisher_unknown", self.lang)

    def _title(self, source: Source) -> str:
        """《title》 / “title”; a title we supplied is a description in brackets, 〔title〕, as a
        bibliography gives supplied information (GB/T 7714; book-title marks are for titles as
        published, GB/T 15834), which internal editions also say is ours."""
        title = source.title.get(self.lang)
        if source.title_printed:
            return w("title", self.lang, title=title)
        supplied = w("title_supplied", self.lang, title=title)
        return supplied if self.external else supplied + w("title_ours", self.lang)

    def _date(self, source: Source) -> str:
        date = format_date(source.published, self.lang)
        if not source.published_inferred:
            return date
        return w("date_about" if self.external else "date_inferred", self.lang, date=date)

    def _citation(self, source: Source, *details: str, title: bool = True) -> str:
        """Publisher, title and the details, as one sentence."""
        publisher = self._publisher(source)
        head = publisher or self._title(source)  # a source without a publisher: its title
        if title:
            head = w("publisher_title", self.lang, publisher=publisher, title=self._title(source))
            head = head if publisher else self._title(source)
        parts = [part for part in (head, *details) if part]
        text = w("item_sep", self.lang).join(parts) + w("sentence_end", self.lang)
        return text[:1].upper() + text[1:]  # "Publisher not stated, ..." starts a sentence

    def passage(self, fact: Fact) -> tuple[str, int | None]:
        """What a note citing ``fact`` names: its source, and internally its paragraph."""
        return fact.source.id, None if self.external else fact.source.locator

    def note(self, fact: Fact, cites: Iterable[Fact] = ()) -> NoteRef:
        """The footnote citing ``fact``'s source (and, internally, its paragraph), for
        ``fact`` and the facts in ``cites`` (statements from the same passage before it).
        A passage cited before keeps its number, as GB/T 7714 numbers a work cited again
        (同一文献只编一个号): the PDF prints the note at the foot of every page citing it, once;
        Word refers back to the note where it was first cited."""
        source = self.base.sources[fact.source.id]
        self.source_number(source.id)
        passage = self.passage(fact)
        if passage in self._passage_notes:
            number = self._passage_notes[passage]
            for cited in (fact, *cites):
                self._first_notes.setdefault(cited.id, number)
            return NoteRef(number)
        paragraph = "" if self.external else w("paragraph", self.lang, n=fact.source.locator)
        # The first note citing a source gives its title; later ones only publisher and date.
        first = source.id not in self._noted
        self._noted.add(source.id)
        full = first and not self.short_notes
        text = self._citation(source, self._date(source), paragraph, title=full)
        short = self._citation(source, self._date(source), paragraph, title=False)
        number = len(self.footnotes) + 1
        self.footnotes.append(Footnote(number, text, short))
        self._passage_notes[passage] = number
        for cited in (fact, *cites):
            self._first_notes.setdefault(cited.id, number)
        return NoteRef(number)

    def marker(self, fact: Fact, cites: Iterable[Fact] | None = None) -> Inline:
        """What a statement ends with to cite ``fact`` (and ``cites``): a footnote marker,
        or, when citing by source, the source's number (园区拥有…2400家^[1]。)."""
        if self.by_source:
            return SourceRef(self.source_number(fact.source.id))
        return self.note(fact, cites or ())

    def first_note(self, fact_id: str) -> int | None:
        """The number of the first footnote citing the fact, if it has one."""
        return self._first_notes.get(fact_id)

    def source_number(self, source_id: str) -> int:
        if source_id not in self._source_numbers:
            self._source_numbers[source_id] = len(self._source_numbers) + 1
        return self._source_numbers[source_id]

    def refs(self, facts: Iterable[Fact]) -> str:
        """[1][3]: the source numbers of ``facts``, in order."""
        return "".join(f"[{n}]" for n in self.numbers(facts))

    def numbers(self, facts: Iterable[Fact]) -> tuple[int, ...]:
        """The sources list's numbers of ``facts``' sources, in order."""
        return tuple(sorted({self.source_number(f.source.id) for f in facts}))

    def name(self, source: Source) -> str:
        """A source named in a sentence: its publisher, or, when none is printed, its title."""
        return source.publisher.get(self.lang) if source.publisher else self._title(source)

    def source_line(self, facts: Iterable[Fact]) -> str:
        """资料来源：… for a table or chart built from ``facts``: each source by its publisher
        (or title) and date, and, when the document cites by source, its number in the
        sources list. (A document with footnotes has one numbering, the notes': its sources
        list and source lines carry no numbers of their own.)"""
        names = []
        for source_id in dict.fromkeys(f.source.id for f in facts):
            source = self.base.sources[source_id]
            self._listed.setdefault(source_id)  # in the sources list, numbered there
            names.append(
                w(
                    "source_dated" if self.by_source else "source_dated_plain",
                    self.lang,
                    name=self.name(source),
                    date=self._date(source),
                    n=self.source_number(source_id) if self.by_source else "",
                )
            )
        passages = {self.passage(f) for f in facts}
        if len(passages) == 1:  # internally, the one paragraph drawn on
            ((_, locator),) = passages
            if locator is not None:
                names[0] += w("item_sep", self.lang) + w("paragraph", self.lang, n=locator)
        line = w("sources_line", self.lang, sources=w("list_sep_long", self.lang).join(names))
        return line + w("sentence_end", self.lang)  # a sentence, as under every chart and table

    def _numbered(self) -> list[str]:
        """Every source used, in source-number order; sources only a chart or table names
        are numbered after those cited in the text."""
        for source_id in self._listed:
            self.source_number(source_id)
        return sorted(self._source_numbers, key=self._source_numbers.__getitem__)

    def entries(self) -> tuple[str, ...]:
        """One full citation per source, in source-number order. The list is numbered when
        its numbers are the ones the text cites: by source, or in an external edition, whose
        notes name a source alone (note 2 is source 2). An internal edition's notes name
        paragraphs, so its list is not numbered."""
        numbered = self.by_source or self.external
        result = []
        for source_id in self._numbered():
            source = self.base.sources[source_id]
            citation = self._citation(source, self._date(source))
            url = source.url or ""  # "URL not known" told a reader nothing they could use
            if url:
                citation += w("url", self.lang, url=url)
            number = f"[{self._source_numbers[source_id]}] " if numbered else ""
            result.append(number + citation)
        return tuple(result)

    def cell(self, fact: Fact) -> Inline:
        """What a table's source column gives for ``fact``: its source's number, when citing
        by source, else the footnote citing it."""
        return Run(self.refs([fact])) if self.by_source else self.note(fact)

    def inferred_sources(self) -> list[tuple[int, Source]]:
        return [
            (self._source_numbers[s], self.base.sources[s])
            for s in self._numbered()
            if self.base.sources[s].published_inferred
        ]
