"""Turning facts into running text: each statement in the document's language, with its note.

Statements in the fact base stand alone: each names its region in full. Running text reads
better, so within one section a region is named in full once and by its short name after
(苏州工业园区 … 园区 …; Suzhou Industrial Park … SIP …), and statements that open with the same
clause ("在2024年江苏省独角兽企业和瞪羚企业评估中，") are joined into one sentence that says it
once. A fact written to follow another (its ``run_on`` wording) says only what is new when it
does follow it: …推介会，会上签下68个重点项目，总投资522亿元。 Consecutive statements from
one source passage share one footnote; every statement is cited and no figure is changed.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop_app.assemble.context import Context
from desktop_app.assemble.dates import DATE_OPENING, date_key, format_date, opening_at_end, stamp
from desktop_app.assemble.glossary import glossed
from desktop_app.assemble.numbers import COUNT_UNITS
from desktop_app.assemble.pronouns import varied
from desktop_app.assemble.series import earlier_text
from desktop_app.assemble.wording import w
from desktop_app.facts.model import Fact
from desktop_app.model import Block, BulletList, Inline, Paragraph, Run, inline_text
from desktop_app.model.dump import block_lines

# Where a clause opens: the start of the text, or after a comma.
_CLAUSE_START = {"zh": "，", "en": ", "}
_CLAUSE_JOIN = {"zh": "；", "en": "; "}
MAX_CLAUSES = 3  # statements sharing an opening (截至2025年，…；…；…) joined in one sentence
# ... and no longer than this, in characters: past it, a reader loses the sentence's subject
# among its semicolons. English never joins them ("Suzhou is home to…; Suzhou has run…"):
# each is a short sentence of its own, the date they share said once, by the first.
JOINED_LENGTH = {"zh": 120, "en": 0}
_SENTENCE_END = {"zh": "。", "en": "."}
# A run-on wording opening with these continues the sentence before it.
_CONTINUING = {"zh": ("，", "；", "、"), "en": (", ", "; ")}
MIN_SHARED_LEAD = 6  # characters: a shorter common opening is a coincidence, not a clause
# An opening clause that sets the scene (when, where, in which assessment) can be said once
# for several statements; one that names the subject ("Hydron, …") cannot.
_SCENE = {"zh": ("在", "截至", "据", "于", "从", "自"), "en": ("In ", "At ", "By ", "During ",
          "As of ", "Since ", "From ", "Under ")}  # fmt: skip


def weight(fact: Fact) -> int:
    """0 for counts and amounts, 1 for other figures (shares, ranks), 2 for statements."""
    if fact.value is None:
        return 2
    return 0 if fact.unit in COUNT_UNITS else 1


def pick(facts: list[Fact], limit: int) -> list[Fact]:
    """Up to ``limit`` facts, kept in their given order. Each source takes its turn, newest
    source first, so that older articles still contribute; within a source, counts and
    amounts come first, then other figures, then statements."""
    if limit <= 0 or len(facts) <= limit:
        return list(facts)
    by_source: dict[str, list[Fact]] = {}
    for fact in sorted(facts, key=lambda f: (_neg(date_key(f)), weight(f))):
        by_source.setdefault(fact.source.id, []).append(fact)
    queues = [sorted(group, key=weight) for group in by_source.values()]
    keep: set[str] = set()
    while len(keep) < limit and any(queues):
        for queue in queues:
            if queue and len(keep) < limit:
                keep.add(queue.pop(0).id)
    return [f for f in facts if f.id in keep]


def _neg(key: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in key)


def reading_order(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The region's own figures first: figures before general statements, clear before
    unclear, newest source first, in paragraph order. Then its companies, funds, programmes
    and events, each subject's facts together and in the order its article tells them (the
    event, then what was signed at it). Last, what the region plans: a 2025 aim follows what
    it has done rather than standing between its figures."""
    published = {s.id: s.published for s in ctx.base.sources.values()}
    first_seen: dict[str, int] = {}
    for index, fact in enumerate(facts):
        if fact.subject is not None:
            first_seen.setdefault(fact.subject.zh, index)

    def key(f: Fact) -> tuple[object, ...]:
        if f.subject is None:
            return (2 if f.plan else 0, 0, f.value is None, bool(f.uncertain),
                    _neg(published[f.source.id]), f.source.locator)  # fmt: skip
        return (1, first_seen[f.subject.zh], 0, 0, _neg(published[f.source.id]),
                f.source.locator)  # fmt: skip

    return threaded(sorted(facts, key=key))


def run_ons(fact: Fact, facts: list[Fact], limit: int) -> list[Fact]:
    """The run-on chain through ``fact`` among ``facts``: from the first figure its chain
    starts with (the count a rank is of, not the event around it), up to ``limit`` facts
    after that, each written to run on from the one before, so that a message says one
    measure whole (10家…，数量居全省第一；90家…，同样居全省第一)."""
    by_id = {f.id: f for f in facts if f.value is not None}
    while fact.run_on is not None and fact.run_on.after in by_id:
        fact = by_id.pop(fact.run_on.after)  # popped: a loop ends
    chain = [fact]
    while len(chain) <= limit:
        nxt = next((f for f in facts if f.run_on and f.run_on.after == chain[-1].id), None)
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    return chain


def threaded(facts: list[Fact]) -> list[Fact]:
    """``facts`` in their order, except that a fact written to run on from another that is
    among them comes straight after it (and its own run-ons after it), so that its run-on
    wording is the one said."""
    present = {f.id for f in facts}
    following: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.run_on is not None and fact.run_on.after in present:
            following.setdefault(fact.run_on.after, []).append(fact)
    ordered: list[Fact] = []
    placed: set[str] = set()

    def place(fact: Fact) -> None:
        if fact.id in placed:  # a loop of run-ons: each is placed once
            return
        placed.add(fact.id)
        ordered.append(fact)
        # a short run-on (its change: ，同比增长4%) stays next to the figure, before a longer
        # one that breaks the figure down (，其中…占66%)
        for after in sorted(following.get(fact.id, ()), key=lambda f: len(f.run_on.text.zh)):  # type: ignore[union-attr]
            place(after)

    for fact in facts:
        attached = fact.run_on is not None and fact.run_on.after in present
        if not attached:
            place(fact)
    for fact in facts:  # run-ons whose chain loops back on itself
        place(fact)
    return ordered


_DATE_LEAD = re.compile(r"\d{4}年")  # 2021年1—8月， sets the scene as 在…， does

_ARTICLES = ("The ", "the ")  # "The Shanghai University Suzhou Innovation Center …"
_SAID_WITH_A_VOWEL = set("AEFHILMNORSX")  # letters whose name starts with a vowel sound


def _coined_en(short: str) -> bool:
    """An English short name that is a name of its own (Medpark, Maker Hub), not an
    abbreviation (SIP) nor a description (the Pioneer Park)."""
    return short[:1].isupper() and not short.isupper() and not short.startswith(_ARTICLES)


def _full_names(ctx: Context, region_id: str) -> list[str]:
    """A region's full name and the aliases that are its first words (苏州高新区 for
    苏州高新区（虎丘区）), which name it in full as well."""
    region = ctx.base.regions[region_id]
    full = region.name.get(ctx.lang)
    return [full, *(a for a in region.aliases if a != full and len(a) >= 4 and full.startswith(a))]


def _region_names(ctx: Context) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every region's full names as one pattern, longest first so that the longest name at a
    place wins, with the article before it in English; and the region each name is of. A
    name starts anywhere in Chinese, after a non-letter in English (not inside a word)."""
    if ctx.region_names is None:
        owner = {name: r for r in ctx.base.regions for name in _full_names(ctx, r)}
        if ctx.lang == "en":  # a coined English name a statement may use alone (Medpark)
            for r, region in ctx.base.regions.items():
                short = region.short_name("en")
                if _coined_en(short) and short not in owner:
                    owner[short] = r
        names = "|".join(re.escape(n) for n in sorted(owner, key=len, reverse=True))
        if ctx.lang == "en":
            articles = "|".join(re.escape(a) for a in _ARTICLES)
            pattern = re.compile(rf"(?<![A-Za-z])(?:{articles})?(?:{names})")
        else:
            pattern = re.compile(f"(?:{names})")
        ctx.region_names = (pattern, owner)
    return ctx.region_names


def shortened(ctx: Context, text: str, introduce: bool = False) -> str:
    """``text`` with each full name of a region the section has already named replaced by
    its short name. Every region the text names in full counts as named from then on. With
    ``introduce`` (running prose), the document's first full mention introduces the short
    name: 苏州工业园区（以下简称“园区”）, Suzhou Industrial Park (SIP); an English abbreviation
    is introduced in a list too, since a reader cannot guess it as one guesses 园区."""
    pattern, owner = _region_names(ctx)
    out: list[str] = []
    index = 0
    named: set[str] = set()
    for match in pattern.finditer(text):
        full = match.group()
        region_id = owner[full[4:] if full.startswith(_ARTICLES) else full]
        out.append(text[index : match.start()])
        index = match.start()
        region = ctx.base.regions[region_id]
        short = region.short_name(ctx.lang)
        words = full
        if full == short and full != region.name.get(ctx.lang):
            # a statement names the place by its coined short name alone: where the text
            # has not named it yet, a reader meets the full name first
            if region_id not in ctx.mentioned:
                before = "".join(out)
                article = "" if before.endswith(_ARTICLES) else "the "  # Medpark: the … Park
                if article and (not before.strip() or before.rstrip().endswith((".", ":"))):
                    article = "The "
                words = article + region.name.get(ctx.lang)
                ctx.introduced.add(region_id)  # its name, with (Medpark), says the short
            out.append(words)
            named.add(region_id)
            index += len(short)
            continue
        # A Chinese abbreviation that is not part of the name (留创园 for 中国苏州留学人员创业园,
        # unlike 园区 in 苏州工业园区) is no name to a reader it was not introduced to: a list
        # says the name in full.
        coined = ctx.lang == "zh" and short not in full and region_id not in ctx.introduced
        if region_id in ctx.mentioned and not (coined and not introduce):
            if full.startswith(_ARTICLES) and short.isupper():  # "and SIBET", not "the SIBET"
                # …unless the article is a longer name's: "the SIP Science and Technology
                # Innovation Committee"
                after = text[match.end() : match.end() + 2]
                words = full[:4] + short if re.match(r" [A-Z]", after) else short
            elif (
                full.startswith(_ARTICLES)
                and _coined_en(short)
                and short != region.name.get(ctx.lang)
            ):  # "Medpark is", not "The Medpark is" (but "the Suzhou branch" keeps its "the")
                words = short
            elif full.startswith(_ARTICLES):  # "of the Pioneer Park", "The NetEase centre"
                words = full[:4] + short.removeprefix("the ")
            else:
                words = short[:1].upper() + short[1:] if index == 0 else short
                if (
                    ctx.lang == "en"
                    and short[:1] in _SAID_WITH_A_VOWEL
                    and out[-1].endswith((" a ", "A "))
                ):  # "an SIP company": the letter is said "ess"
                    out[-1] = out[-1][:-1] + "n "
        elif (
            (introduce or (ctx.lang == "en" and short.isupper()))  # SIP is never unexplained
            and region_id not in ctx.introduced
            and (ctx.shorts_used is None or region_id in ctx.shorts_used)
            and _introducible(ctx, full, short)
            and not text.startswith(("（", "("), index + len(full))  # its own name follows
        ):
            words = full + w("short_name", ctx.lang, short=short)
            ctx.introduced.add(region_id)
        out.append(words)
        named.add(region_id)
        index += len(full)
        if "," in full and "," not in words and text.startswith(",", index):
            index += 1  # "the Institute …, CAS, runs" said short: "SIBET runs"
    out.append(text[index:])
    ctx.mentioned |= named
    return "".join(out)


def shorts_used(ctx: Context, blocks: list[Block]) -> set[str]:
    """The regions whose short name ``blocks`` introduce and then use: a name introduced
    (以下简称“创客峰汇”) and never said again is a promise the text does not keep."""
    text = "\n".join(line for block in blocks for line in block_lines(block))
    used = set()
    for region_id in ctx.introduced:
        short = ctx.base.regions[region_id].short_name(ctx.lang)
        rest = text.replace(w("short_name", ctx.lang, short=short), "")
        for full in _full_names(ctx, region_id):
            rest = rest.replace(full, "")
        if re.search(rf"(?<![A-Za-z]){re.escape(short)}(?![A-Za-z])", rest):
            used.add(region_id)
    return used


def _introducible(ctx: Context, full: str, short: str) -> bool:
    """Whether a short name needs introducing: in Chinese any other name (园区) but the full
    name's own first words (苏州 for 苏州市); in English an abbreviation (SIP), not a
    description (the innovation centre)."""
    if short == full or full.startswith(short) or (short in full and ctx.lang == "en"):
        return False
    return ctx.lang == "zh" or short.isupper()


# A name's Chinese form in brackets after its English one: Weidu Biotech (为度生物).
_CHINESE_NAME = re.compile(r"\s?\((?=[^()]*[\u3400-\u9fff])[^()]*\)")


def plain_english(ctx: Context, text: str) -> str:
    """English ``text`` with typographic apostrophes (SIP’s, beside the text’s curly
    quotation marks), and without the Chinese names in brackets the fact base keeps for
    colleagues in an edition for visitors; an internal edition keeps them."""
    if ctx.lang != "en":
        return text
    text = text.replace("'", "’")
    return text if ctx.internal else _CHINESE_NAME.sub("", text)


def dated(
    ctx: Context,
    fact: Fact,
    text: str,
    continues: bool = False,
    tag: bool = True,
    in_sentence: bool = False,
) -> str:
    """``text`` dated when it is older than the template's ``stale_years`` and does not say
    its year itself, so that a 2021 figure is not read as today's: the sentence opens with
    its date (截至2023年，…; 2021年，…; As of 2023, the …; In 2021, …); a wording that
    ``continues`` a sentence carries the year before its closing punctuation: … (2021).
    Without ``tag`` (a sentence that another runs on from, which carries it at the end)
    nothing is put before the closing punctuation; ``in_sentence`` when the sentence this
    wording continues has given the year."""
    if not ctx.stale(fact):
        return text
    year = stamp(fact)[:4]
    if year not in text and not continues:
        opening = "as_of_opening" if fact.as_of else "year_opening"
        start = text[:4].lower() + text[4:] if text.startswith("The ") else text
        text = w(opening, ctx.lang, year=year) + start
    # The text gives the year; how old that is an internal edition says in its tables and
    # tiles, and not in the sentence, which a colleague may lift as it is.
    if year in text or in_sentence or not tag:
        return text
    tag = w("year_in_text", ctx.lang, year=year)
    end = len(text.rstrip("。.！!？?"))
    return text[:end] + tag + text[end:]


def sentence(
    ctx: Context,
    fact: Fact,
    year_said: bool = False,
    prose: bool = False,
    cites: tuple[Fact, ...] | None = None,
    wording: str | None = None,
    tag: bool = True,
    in_sentence: bool = False,
) -> list[Inline]:
    """A statement, and its footnote marker unless the template cites sources by number;
    ``year_said`` when the sentence before it in the paragraph gave the same old year;
    ``prose`` in running paragraphs (where short names are introduced), not in lists;
    ``cites``: the facts its marker cites (the sentences before it from the same passage
    and itself), or () for a sentence whose passage is cited by a later marker;
    ``wording``: the words to say, when not the statement's own (its run-on wording);
    ``tag``: False when a run-on continues the sentence and carries its date tag. A figure
    whose value its source leaves unclear is marked where it is said in an internal edition
    (…同比增长4%（慎用）), so that no colleague quotes it unawares; the notes on the data say
    why. The external edition leaves such figures out."""
    ctx.use([fact])
    ctx.stated.add(fact.id)
    said = fact.statement.get(ctx.lang) if wording is None else wording
    text = shortened(ctx, plain_english(ctx, said), introduce=prose)
    text = glossed(ctx, text) if prose else text  # in running prose: lists keep their length
    continues = _continues(wording, ctx.lang)
    text = text if year_said else dated(ctx, fact, text, continues, tag, in_sentence)
    if ctx.internal and "value" in fact.uncertain:  # the notes say why: 慎用
        end = len(text.rstrip("。.！!？?"))
        text = text[:end] + w("doubt_mark", ctx.lang) + text[end:]
    earlier = ctx.selection.history.get(fact.id, ())
    if earlier:
        return _with_history(ctx, fact, text, earlier, cites)
    marker = ctx.citations.marker(fact, cites) if cites != () else None
    if marker is None:
        return [Run(text)]
    if ctx.lang == "zh":  # GB/T 7714: the marker before the closing mark, …2400家³。
        end = len(text.rstrip("。！？"))
        if 0 < end < len(text):
            return [Run(text[:end]), marker, Run(text[end:])]
    return [Run(text), marker]  # …enterprises.³


def _with_history(
    ctx: Context, fact: Fact, text: str, earlier: tuple[Fact, ...], cites: tuple[Fact, ...] | None
) -> list[Inline]:
    """A statement of a measure's newest figure with its earlier ones in brackets before the
    closing mark, each cited where its source differs: …超1100个（2024年：超过1000个³）²。 /
    …more than 1,100 (2024: more than 1,000³).²"""
    lang = ctx.lang
    end = len(text.rstrip("。.！!？?"))
    body, close = text[:end], text[end:]
    opening, closing, separator = ("（", "）", "；") if lang == "zh" else (" (", ")", "; ")
    ctx.use(list(earlier))
    parts: list[Inline] = [Run(body + opening)]
    own = ctx.citations.passage(fact)
    for index, old in enumerate(earlier):
        said = earlier_text(old, lang)
        parts.append(Run((separator if index else "") + said))
        if ctx.citations.by_source:  # its own source's number, if not the newest figure's
            parts += [ctx.citations.marker(old)] if old.source.id != fact.source.id else []
        elif ctx.citations.passage(old) != own:
            parts.append(ctx.citations.note(old, (old,)))
    marker = ctx.citations.marker(fact, cites) if cites != () else None
    if lang == "zh":
        tail: list[Inline] = [Run(closing)]
        tail += [marker] if marker is not None else []
        tail.append(Run(close))
    else:
        tail = [Run(closing + close)] + ([marker] if marker is not None else [])
    return _merged(parts + tail)


def _merged(parts: list[Inline]) -> list[Inline]:
    """Adjacent runs as one run."""
    merged: list[Inline] = []
    for part in parts:
        last = merged[-1] if merged else None
        if isinstance(part, Run) and isinstance(last, Run) and last.strong == part.strong:
            merged[-1] = Run(last.text + part.text, last.strong)
        else:
            merged.append(part)
    return merged


def _lead(text: str, lang: str) -> str:
    """The scene-setting opening clause of a sentence, with its comma, or nothing."""
    mark = _CLAUSE_START[lang]
    index = text.find(mark)
    scene = text.startswith(_SCENE[lang]) or (lang == "zh" and _DATE_LEAD.match(text))
    if index < MIN_SHARED_LEAD or not scene:
        return ""
    return text[: index + len(mark)]


_BACK_TO_THE_DATE = {"zh": ("同年", "当年"), "en": ("that year", "the same year")}


def _date_once(ctx: Context, parts: list[Inline]) -> list[Inline]:
    """``parts`` without the date its sentence opens with when an earlier sentence of the
    subsection opened with it (``ctx.dates_said``): the date is given once, at its head."""
    first = parts[0] if parts else None
    if ctx.dates_said is None or not isinstance(first, Run):
        return parts
    match = DATE_OPENING[ctx.lang].match(first.text)
    if match is None or match.end() >= len(first.text) - 1:
        return parts
    if any(back in first.text for back in _BACK_TO_THE_DATE[ctx.lang]):
        return parts  # 同年 / that year: the sentence needs the date it refers back to
    said = match.group().lower().replace("as of ", "by ")  # "as of" and "by": one stock date
    if said not in ctx.dates_said:
        ctx.dates_said.add(said)
        return parts
    rest = first.text[match.end() :]
    if ctx.lang == "en":
        rest = rest[:1].upper() + rest[1:]
    return [Run(rest, first.strong), *parts[1:]]


def date_said_last(
    lang: str,
    parts: list[Inline],
    said: str | None = None,
    heard: Counter[str] | None = None,
    places: tuple[str, ...] = (),
) -> list[Inline]:
    """A point said aloud with the date it opens with at its end, before its last marker and
    closing mark: heard, a point that opens 截至2025年 is a date before it is a message.
    苏州集聚的基金数量已达3000支，基金管理规模超过1万亿元（截至2025年）³。 A stock date
    (:func:`stock_date`) the speaker has said once for all (``said``) is not said again, and
    an English point that opens with one of ``places`` then says where that place stands as
    of that date as a position now (SIP is home to…, the park has brought in…); ``heard``
    counts each point's stock date."""
    first = parts[0] if parts else None
    moved = opening_at_end(first.text, lang) if isinstance(first, Run) else None
    if moved is None:
        return parts
    rest, date = moved
    parts = [Run(rest, first.strong), *parts[1:]]  # type: ignore[union-attr]
    stock = stock_date(date, lang)
    if stock and heard is not None:
        heard[stock] += 1
    if stock and stock == said:
        return as_of_now(parts, places) if lang == "en" else parts
    markers = [i for i, part in enumerate(parts) if not isinstance(part, Run)]
    at = markers[-1] - 1 if markers else len(parts) - 1
    while at > 0 and not isinstance(parts[at], Run):
        at -= 1
    said = parts[at]
    assert isinstance(said, Run)
    end = len(said.text.rstrip("。.！!？?"))
    parts[at] = Run(said.text[:end] + date + said.text[end:], said.strong)
    return parts


def _cited_as(ctx: Context, fact: Fact) -> object:
    """What a citation of ``fact`` names: its passage, or, citing by source, its source."""
    return fact.source.id if ctx.citations.by_source else ctx.citations.passage(fact)


def joined(ctx: Context, facts: list[Fact], prose: bool = True) -> list[Inline]:
    """Statements in order, those opening with the same clause joined into one sentence.
    Consecutive statements citing the same passage share one marker, after the last of them,
    as a publication cites a paragraph drawn from one source once; ``prose`` as for
    :func:`sentence`."""
    lang, end = ctx.lang, _SENTENCE_END[ctx.lang]
    inlines: list[Inline] = []
    previous_lead = ""
    previous_year = ""  # the old year the sentence before gave, if any
    deferred = False  # the sentence before left its date tag to this one, which continues it
    clauses = 0  # statements joined in the sentence so far by their shared opening
    run: list[Fact] = []  # the statements since the last marker, all citing one passage
    # each fact's run-on wording, when the fact before it is the one it was written for
    wordings = [_run_on(f, facts[i - 1] if i else None, lang) for i, f in enumerate(facts)]
    for index, fact in enumerate(facts):
        year = stamp(fact)[:4] if ctx.stale(fact) else ""
        run.append(fact)
        following = facts[index + 1] if index + 1 < len(facts) else None
        last_of_run = following is None or _cited_as(ctx, following) != _cited_as(ctx, fact)
        cites = tuple(run) if last_of_run else ()
        if last_of_run:
            run = []
        wording = wordings[index]
        # the next runs on into this sentence: it carries the date tag, at the end
        defer = following is not None and _continues(wordings[index + 1], lang)
        parts = sentence(
            ctx,
            fact,
            year_said=bool(year) and year == previous_year and not deferred,
            prose=prose,
            cites=cites,
            wording=wording,
            tag=not defer,
            # the sentence it goes on from has given its year (…2022年度…，高新区占其中两席)
            in_sentence=(deferred and year == previous_year)
            or (bool(year) and _continues(wording, lang) and year in _open_sentence(inlines, end)),
        )
        deferred = defer
        previous_year = year
        lead = _lead(fact.statement.get(lang), lang)
        # statements opening alike join one sentence, three clauses at most: more is a list
        # no reader holds in one breath
        joins = bool(lead) and lead == previous_lead and wording is None
        joins = joins and clauses < MAX_CLAUSES and _fits(_open_sentence(inlines, end), parts, lang)
        clauses = clauses + 1 if joins else 1
        if wording is None and not joins:  # a date the subsection has given is not said again
            parts = _date_once(ctx, parts)
        text = parts[0].text  # type: ignore[union-attr]
        # the run that ends the sentence before: 。 after its marker in Chinese, its own text
        # before the marker in English
        closing = max((i for i, part in enumerate(inlines) if isinstance(part, Run)), default=-1)
        last = inlines[closing] if closing >= 0 else None
        ends = isinstance(last, Run) and last.text.endswith(end)
        continues = _continues(wording, lang)
        if ends and (continues or joins):
            # "…企业[28]；园区有90家…[29]。": the previous statement's marker stays on its own
            # clause, before the semicolon that now joins the two.
            assert isinstance(last, Run)
            if last.text == end:
                del inlines[closing]
            else:
                inlines[closing] = Run(last.text[: -len(end)])
            if continues:  # its own words say how it joins: ，总投资522亿元
                inlines += parts
            else:
                rest = text[text.find(_CLAUSE_START[lang]) + len(_CLAUSE_START[lang]) :]
                inlines += [Run(_CLAUSE_JOIN[lang]), Run(rest), *parts[1:]]
        else:
            if inlines and lang == "en":
                inlines.append(Run(" "))
            inlines += parts
        previous_lead = lead
    return inlines


_NOW = ((" was home to ", " is home to "), (" had ", " has "))


def as_of_now(parts: list[Inline], places: tuple[str, ...]) -> list[Inline]:
    """A point's ``parts``, said of a place as it stands at a date given once for all, in the
    present: "SIP was home to…" → "SIP is home to…", "The Pioneer Park had brought in…" →
    "…has brought in…", in each clause whose subject is the place, "it" or, after ", and",
    none (what runs on from the statement too). Only where a place (one subject, singular)
    opens the point: "Five enterprises had…" stays as it is."""
    first = parts[0] if parts else None
    text = first.text if isinstance(first, Run) else ""
    # the longest name it opens with: Suzhou New District, not Suzhou
    opening = max((p for p in places if text.startswith(p + " ")), key=len, default=None)
    if opening is None:
        return parts
    result: list[Inline] = []
    for part in parts:
        if not isinstance(part, Run):
            result.append(part)
            continue
        clauses = re.split(r"(; |, and )", part.text)
        for index in range(0, len(clauses), 2):  # the clauses, between their separators
            clause = " " + clauses[index]  # a clause opening with its verb (…, and had…)
            subjects = {opening} if part is first and index == 0 else {"it", "It", ""}
            for before, now in _NOW:
                at = clause.find(before)
                if at >= 0 and clause[1:at] in subjects:
                    clauses[index] = (clause[:at] + now + clause[at + len(before) :])[1:]
                    break
        result.append(Run("".join(clauses), part.strong))
    return result


def stock_date(said: str, lang: str) -> str:
    """The date a point states its position at, as said at its end ((截至2025年) → 截至2025年;
    (by 2023) and (as of 2023) → as of 2023); "" for the year something happened (2024年)."""
    date = said.strip()[1:-1]
    if lang == "en":
        date = re.sub(r"^by ", "as of ", date)
        return date if date.startswith("as of ") else ""
    return date if date.startswith("截至") else ""


def _fits(sentence: str, parts: list[Inline], lang: str) -> bool:
    """Whether a statement ``parts`` joined to the open ``sentence`` keeps it readable."""
    text = sentence + "".join(p.text for p in parts if isinstance(p, Run))
    return (len(text) if lang == "zh" else len(text.split())) <= JOINED_LENGTH[lang]


def _open_sentence(inlines: list[Inline], end: str) -> str:
    """The text of the sentence ``inlines`` end with, not yet closed."""
    text = "".join(i.text for i in inlines if isinstance(i, Run))
    closed = text.rstrip().rfind(end, 0, len(text.rstrip()) - len(end))
    return text[closed + len(end) :] if closed >= 0 else text


def _continues(wording: str | None, lang: str) -> bool:
    """Whether a run-on wording continues the sentence before it (，总投资522亿元)."""
    return wording is not None and wording.startswith(_CONTINUING[lang])


def _run_on(fact: Fact, previous: Fact | None, lang: str) -> str | None:
    """The fact's run-on wording when it follows the fact that wording was written for, or
    another run-on of that fact (12%，同比增长4%，其中…占66%: both go on from the 12%)."""
    if fact.run_on is None or previous is None:
        return None
    after = fact.run_on.after
    if after != previous.id and (previous.run_on is None or previous.run_on.after != after):
        return None
    text = fact.run_on.text.get(lang)
    if text.endswith(("。", ".", "！", "!", "？", "?")):
        return text
    return text + _SENTENCE_END[lang]  # the sentence ends here unless the next runs on


def _runs_on(previous: Fact, fact: Fact) -> bool:
    """Whether ``fact`` continues the paragraph ``previous`` is in: the same source passage,
    the same subject, or written to run on from it."""
    if (fact.source.id, fact.source.locator) == (previous.source.id, previous.source.locator):
        return True
    if fact.run_on is not None and fact.run_on.after == previous.id:
        return True
    subjects = (fact.subject, previous.subject)
    return None not in subjects and fact.subject.zh == previous.subject.zh  # type: ignore[union-attr]


# A paragraph of short statements on one place from one source: at most this many
# statements, and about this many characters (Chinese) or words (English).
PARAGRAPH_FACTS = 4
PARAGRAPH_ZH = 220
PARAGRAPH_EN = 100


def _fills(ctx: Context, group: list[Fact], fact: Fact) -> bool:
    """Whether a short statement joins the short paragraph before it: the same place, and
    the same subject from the same source (or, in a park's own profile, where all of it is
    the park's, anything from any source), and the two still short (留创园累计获得荣誉称号超过
    40项 after its incubation system), so that a place's profile is not a column of one-line
    paragraphs."""
    last = group[-1]
    subjects = [f.subject.zh if f.subject else None for f in (fact, last)]
    profile = fact.region not in ctx.selection.regions
    same = fact.region == last.region and (
        profile or (fact.source.id == last.source.id and subjects[0] == subjects[1])
    )
    told = [*group, fact]
    return (
        same
        and len(told) <= PARAGRAPH_FACTS
        and sum(len(f.statement.zh) for f in told) <= PARAGRAPH_ZH
        and sum(len(f.statement.en.split()) for f in told) <= PARAGRAPH_EN
    )


def paragraphs(ctx: Context, facts: list[Fact]) -> list[Paragraph]:
    """Facts from the same source paragraph, or on the same subject (one event, one fund),
    run together in one paragraph, and short statements on one place from one source fill a
    paragraph together; a paragraph gives a date its sentences share once, and each paragraph
    gives it again (a reader who starts at a paragraph is not left with an undated "had")."""
    result: list[Paragraph] = []
    group: list[Fact] = []

    def told(group: list[Fact]) -> list[Paragraph]:
        ctx.dates_said = set()
        inlines = varied(ctx, joined(ctx, group))
        ctx.dates_said = None
        note = not_comparable(ctx, group)  # ours, in fine print: not the sources' words
        if ctx.notes_held is not None:  # said once the section's part has told all it will
            ctx.notes_held += note
            note = []
        return [Paragraph(tuple(inlines)), *([Paragraph(tuple(note), "small")] if note else [])]

    for fact in facts:
        if group and not (_runs_on(group[-1], fact) or _fills(ctx, group, fact)):
            result += told(group)
            group = []
        group.append(fact)
    if group:
        result += told(group)
    return result


def not_comparable(ctx: Context, facts: list[Fact]) -> list[Inline]:
    """After the paragraph in which a document has given two measures of one family (5
    companies on one unicorn list, 10 named in a provincial assessment), a note saying, once,
    that they come from different lists and are not to be added up or compared."""
    said: list[Inline] = []
    for fact in facts:
        metric = ctx.base.metrics.get(fact.metric) if fact.metric else None
        if metric is None or metric.family is None:
            continue
        family = metric.family.get(ctx.lang)
        ctx.families.setdefault(family, set()).add(metric.id)
        if len(ctx.families[family]) > 1 and family not in ctx.families_noted:
            ctx.families_noted.add(family)
            said.append(Run(w("not_comparable", ctx.lang, family=family)))
    return said


def bullets(
    ctx: Context, facts: list[Fact], date_once: bool = False, in_full: bool = False
) -> BulletList:
    """The facts as points; a brief numbers them (1. 2. 3.), as government briefs do. With
    ``date_once``, a date the points open with is said by the first of them only (2025年2月，
    园区提出…; 园区提出…), in points read together as one account. With ``in_full``, each
    point names its regions in full (苏州工业园区提出…, not 园区 where two districts are
    covered and 园区 alone could be either's)."""

    def say(fact: Fact) -> list[Inline]:
        if in_full:
            ctx.mentioned = set()
        return sentence(ctx, fact)

    if not date_once:
        return BulletList(tuple(tuple(say(fact)) for fact in facts), numbered=ctx.brief)
    if len({stamp(f)[:7] for f in facts}) > 1:  # not one account: each point says its date
        return BulletList(
            tuple(tuple(_with_date(ctx, say(f), f)) for f in facts), numbered=ctx.brief
        )
    ctx.dates_said = set()
    items = tuple(tuple(_date_once(ctx, say(fact))) for fact in facts)
    ctx.dates_said = None
    return BulletList(items, numbered=ctx.brief)


def _with_date(ctx: Context, parts: list[Inline], fact: Fact) -> list[Inline]:
    """``fact``'s sentence ``parts``, opening with its date where it does not give its year
    (园区提出… of 2023 beside 2025年2月，…: a colleague tells a current position from an old
    one)."""
    year = stamp(fact)[:4]
    first = parts[0] if parts else None
    if not year or not isinstance(first, Run) or year in inline_text(tuple(parts)):
        return parts
    opening = w("date_opening", ctx.lang, date=format_date(stamp(fact)[:7], ctx.lang))
    text = first.text
    if ctx.lang == "en" and text.split(" ", 1)[0] in ("The", "A", "An", "Its", "This"):
        text = text[:1].lower() + text[1:]  # a name keeps its capital: In 2023, SIP …
    return [Run(opening + text, first.strong), *parts[1:]]
