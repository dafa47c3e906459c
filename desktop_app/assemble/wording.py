"""The fixed wording the engine writes itself, in both languages."""

from __future__ import annotations

from desktop_app.facts.model import Lang
from desktop_app.language import zh_numeral

WORDS: dict[str, tuple[str, str]] = {
    "page_of": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "data_as_of": ("数据截至{date}", "Data as of {date}"),
    # regions whose data end at different dates: each its own (苏州工业园区2025年2月)
    "as_of_region": ("{region}{date}", "{date} for {region}"),
    "data_span": ("（{span}）", " ({span})"),
    "data_years": ("涵盖{first}—{last}年", "covering {first} to {last}"),
    "sources_to": ("{span}；所引资料发布至{date}", "{span}; sources published up to {date}"),
    "sources_only": ("所引资料发布至{date}", "sources published up to {date}"),
    "list_sep": ("、", ", "),
    "all_themes": ("产业、创新、人才与资本", "industry, innovation, talent and capital"),
    "and": ("和", " and "),
    "n_facts": ("{n}条事实", "{n} facts"),
    "n_facts_1": ("{n}条事实", "{n} fact"),
    "n_sources": ("{n}个来源", "{n} sources"),
    "n_sources_1": ("{n}个来源", "{n} source"),
    "table_caption": ("表{n} {title}", "Table {n}. {title}"),
    "table_continued": ("续表{n}", "Table {n} (continued)"),
    "figure_caption": ("图{n} {title}", "Figure {n}. {title}"),
    "theme_table": ("{theme}主要数据", "{theme} in figures"),
    "places_heading": ("重点载体与平台", "Parks, platforms and institutes"),
    "places_heading_districts": ("重点区域与载体", "Districts, parks and platforms"),
    "place_table": ("主要数据", "Main figures"),
    "tile_place": ("（{place}）", " ({place})"),
    "tiles_of_place": ("：{place}", ": {place}"),
    # beside another district's own figures, a park's are said to be the park's alone
    "park_only": ("仅为该园数据", "this park only"),
    "in_region": ("（位于{region}）", " (in {region})"),
    "in_region_named": ("（位于{region}）", ", in {region}"),
    "col_indicator": ("指标", "Indicator"),
    "col_region": ("区域/主体", "Region or body"),
    "col_value": ("数值", "Value"),
    "col_time": ("时间", "Date"),
    "col_earlier": ("此前", "Earlier"),
    "col_change": ("变化", "Change"),
    "col_source": ("来源", "Source"),
    "col_note": ("注", "Note"),
    "sources_line": ("资料来源：{sources}", "Source: {sources}"),  # [n]: the sources list
    "publisher_unknown": ("发布者未注明", "Publisher not stated"),
    "date_inferred": ("{date}（日期为推定）", "{date} (date inferred)"),
    "date_about": ("约{date}", "c. {date}"),
    "paragraph": ("第{n}段", "para. {n}"),
    "url": ("{url}。", " {url}."),
    "title": ("《{title}》", "“{title}”"),
    # Supplied information in brackets (GB/T 7714); Chinese text sets them as 〔〕
    "title_supplied": ("〔{title}〕", "[{title}]"),
    "title_ours": ("（标题为编者所拟）", " (title supplied by us)"),
    "publisher_title": ("{publisher}：{title}", "{publisher}, {title}"),
    "source_dated": ("{name}，{date}[{n}]", "{name}, {date} [{n}]"),
    "source_dated_plain": ("{name}，{date}", "{name}, {date}"),
    "list_sep_long": ("；", "; "),
    "item_sep": ("，", ", "),
    "sentence_end": ("。", "."),
    "comparison_intro": (
        "下表列出所选区域口径一致的指标，仅比较同一指标、同一单位的数据。",
        "The table lists the measures the chosen regions share; only the same measure in the "
        "same unit is compared.",
    ),
    "comparison_caption": ("所选区域可比指标", "Measures the chosen regions share"),
    "chart_note": ("。{note}", ". {note}"),
    "shares_total": (
        "图中所列{n}项合计占{total}%，其余未单列",
        "The shares shown total {total}%; the rest is not itemised",
    ),
    # the notes on the data: a table a group, its caption saying how to quote its figures
    "doubts_heading": (
        "慎用：数值不明的数据（对外版已略去，引用前请先核实）",
        "Check first: value unclear (left out of the external edition)",
    ),
    "readings_heading": (
        "可用：按本简报理解的数据（引用时请照此注明）",
        "Usable with this reading (quote them as read here)",
    ),
    "aged_heading": (
        "较旧：距今{years}年及以上的数据（引用前请核实有无更新）",
        "Older figures: {years} years or more (check for newer ones before quoting)",
    ),
    "conflicts_heading": (
        "来源不一的数据（已按来源可信度、发布时间取舍）",
        "Where sources disagree (settled by the more trusted, then the newer source)",
    ),
    "aged_figures": ("{year}年的数据", "Figures from {year}"),
    # an internal one-pager's caveats: one short paragraph before its sources
    "caveat_aged": (
        "{n}项内容来自{years}，距今约{stale}年及以上，文中已逐条注明年份，引用前请核实有无更新",
        "{n} items date from {years}, about {stale} years ago or more; each gives its year, "
        "and newer figures should be looked for before quoting",
    ),
    "caveat_year": ("{year}年", "{year}"),
    # a chosen region whose counts are all of places inside it (SND's, its parks')
    "caveat_parks_only": (
        "{short}的企业、人才等数量均为{places}的数据，非{short}整体数据",
        "the counts of firms and people for {short} are those of {places} only, not totals"
        " for all of {short}",
    ),
    "caveat_unnamed": ("来源{refs}未注明发布者", "sources {refs} name no publisher"),
    "caveat_unnamed_1": ("来源{refs}未注明发布者", "source {refs} names no publisher"),
    "caveat_repost": ("来源{refs}为门户网站转载", "sources {refs} are portals' reposts"),
    "caveat_repost_1": ("来源{refs}为门户网站转载", "source {refs} is a portal's repost"),
    "caveat_trace": (
        "{weak}，对外引用时宜核对原始出处",
        "{weak}: trace the original before quoting outside",
    ),
    "caveat_doubts": (
        "标有“慎用”的数字，来源未说清其口径，引用前请先核实",
        "figures marked “check before quoting” are unclear in their source and are to be "
        "checked first",
    ),
    "caveat_none": (
        "所引数据均在{stale}年以内，来源明确，无需特别提示",
        "every figure here is under {stale} years old and clearly sourced",
    ),
    "aged_age": ("约{age}年", "About {age} years"),
    "not_comparable": (
        "注：以上{family}出自不同榜单或评估，各有评选标准，因此数字不一，也不宜相加。",
        "Note: these {family} come from different lists and assessments, each with its own "
        "criteria, so they are not comparable and should not be added together.",
    ),
    "notes_col_where": ("位置", "Where"),
    "notes_col_figures": ("数据", "Figures"),
    "notes_col_note": ("说明", "Note"),
    "notes_col_age": ("距今", "Age"),
    "notes_subject": ("注{n}", "Notes {n}"),
    "inferred_where": ("资料来源", "Sources"),
    "subject_figures": ("{subject}的{n}项数据", "the {n} figures on {subject}"),
    "note_subject": ("注{n}", "Note {n}"),
    "source_subject": ("来源[{n}]", "Source [{n}]"),
    "source_numbered": ("来源[{n}]", "Source [{n}]"),
    "chart_subject": ("图表", "Charts"),
    "statement": ("相关表述", "in the text"),
    "statement_on": ("关于{place}的表述", "the text on {place}"),
    "inferred_note": (
        "原文未注明发布日期，推定为{date}。",  # how it was inferred: in English only
        "It prints no date; {date} is inferred. {how}",
    ),
    "conflict_figures": ("{label}（{when}）", "{label} ({when})"),
    "conflict_note": (
        "采用{used}（{used_source}），未用{other}（{other_source}），因前者{reason}。",
        "{used} ({used_source}) is used rather than {other} ({other_source}), as {reason}.",
    ),
    "source_when": ("{name}，{date}", "{name}, {date}"),
    "conflict_clearer": ("原文表述更明确", "its source states it more clearly"),
    "conflict_tier": ("来源可信度更高", "its source is more trusted"),
    "conflict_newer": ("发布时间更近", "it was published later"),
    "conflict_order": (
        "与后者来源同级、同日发布，按规则取其一",
        "the two sources rank equally, so the rule takes one",
    ),
    "notes_none": (
        "本简报引用的数据在原文中均有明确表述。",
        "Every figure in this briefing is stated clearly in its source.",
    ),
    "tile_detail": ("{region} · {when}", "{region} · {when}"),
    "tile_change": (" · {earlier}，{change}", " · {earlier}; {change}"),
    "tile_earlier": (" · {earlier}", " · {earlier}"),
    "subject_label": ("{label}（{subject}）", "{label} ({subject})"),
    "subject_label_colon": ("{label}：{subject}", "{label}: {subject}"),
    "point_label": ("{label}：", "{label}: "),  # a point's lead-in: 资本对接：截至2023年…
    "value_unclear": ("（口径不明）", " (basis unclear)"),  # a table's value, internally
    "region_unclear": ("（归属不明）", " (place unclear)"),
    "classification": ("内部资料 注意保存", "Internal use only"),
    "header_marked": ("{classification}　{header}", "{classification} · {header}"),
    "year_in_text": ("（{year}年）", " ({year})"),
    # an internal edition's sentence whose figure its source leaves unclear (its notes say why)
    "doubt_mark": ("（慎用）", " (check before quoting)"),
    "as_of_opening": ("截至{year}年，", "As of {year}, "),
    "year_opening": ("{year}年，", "In {year}, "),
    "date_opening": ("{date}，", "In {date}, "),
    "short_name": ("（以下简称“{short}”）", " ({short})"),
    # said in a talking points' opening, for the date most points share (then not said)
    "said_once": (
        "以下数据除特别说明外，均{date}。",
        " Figures are {date} unless I say otherwise.",
    ),
    # the groups of an internal briefing's background section (内部掌握)
    "apart_position": ("形势与问题", "Position and challenges"),
    "apart_plans": ("工作部署与目标", "Plans and targets"),
    "apart_work": ("招商工作情况", "Our promotion work"),
    "stale_mark": ("（距今约{years}年）", " (about {years} years ago)"),
    "chart_axis": ("单位：{unit}", "{unit}"),
    "chart_when": ("（{when}）", " ({when})"),
    "two_dates": ("{first}与{last}", "{first} and {last}"),
    "issue_number": ("第{n}期", "Issue {n}"),
    "prepared_by": ("{issuer}编制", "{issuer}"),  # English covers print the unit alone
    "report_to": ("报送：{names}", "Submitted to: {names}"),
    "copy_to": ("抄送：{names}", "Copies to: {names}"),
    "issued_on": ("{date}印发", "Issued {date}"),
}


def phrase(table: dict[str, tuple[str, str]], key: str, lang: Lang, **values: object) -> str:
    """Entry ``key`` of a (zh, en) phrase table in ``lang``, with ``values`` filled in."""
    zh, en = table[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def w(key: str, lang: Lang, **values: object) -> str:
    """The engine's phrase ``key`` in ``lang``, with ``values`` filled in."""
    return phrase(WORDS, key, lang, **values)


def as_sentence(text: str, lang: Lang) -> str:
    """``text`` ending as a sentence does in ``lang``."""
    text = text.strip()
    if lang == "zh":
        return text if text.endswith(("。", "！", "？")) else text.rstrip("，；;,.") + "。"
    return text if text.endswith((".", "!", "?")) else text + "."


def join(items: list[str], lang: Lang) -> str:
    """A list as prose: A、B和C / A, B and C."""
    if len(items) <= 1:
        return "".join(items)
    return w("list_sep", lang).join(items[:-1]) + w("and", lang) + items[-1]


def join_labels(labels: list[str], lang: Lang) -> str:
    """Labels listed in running text: in English the later ones lower-cased (not AI, SIP), and,
    when a label holds an "and" of its own, set apart by semicolons, so that "Biomedicine and
    health; talent; finance and funds" does not read as five items."""
    if lang != "en" or len(labels) <= 1:
        return join(labels, lang)
    later = [
        label[:1].lower() + label[1:] if label[1:2].islower() else label for label in labels[1:]
    ]
    items = [labels[0], *later]
    if any(" and " in label for label in items):
        return "; ".join(items)
    return join(items, lang)


def heading_number(level: int, index: int, lang: Lang, parent: int = 0, middle: int = 0) -> str:
    """一、 / （一） / 1. in Chinese (GB/T 9704's first three levels); 1 / 1.1 / 1.1.1 in
    English."""
    if lang == "zh":
        return {1: f"{zh_numeral(index)}、", 2: f"（{zh_numeral(index)}）"}.get(level, f"{index}.")
    return {1: f"{index}  ", 2: f"{parent}.{index}  "}.get(level, f"{parent}.{middle}.{index}  ")


def count(key: str, n: int, lang: Lang, **values: object) -> str:
    """``n`` with its noun, singular where English needs it: 1 fact, 3 facts, 3条事实; the
    phrase's other ``values`` filled in too."""
    return w(f"{key}_1" if n == 1 else key, lang, n=n, **values)
