"""From a page's lines to an article: title, publisher, date, body paragraphs, and what was cut.

A scraped page holds much besides the article: navigation, breadcrumbs, a "发布时间 来源 字体"
meta line, share bars, slogans the site repeats between paragraphs, ads, disclaimers, lists of
related articles, pagination, contact blocks and the footer. Each rule below names what it
cuts, and every cut line is reported with its reason, so that nothing leaves silently. The
body paragraphs are numbered from 1: those numbers are the facts' locators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.facts.names import to_simplified
from desktop_app.importer.reading import Line

# A printed date: 2026-02-11, 2026/2/11, 2026.02.11, 2026年2月11日 (or year and month only).
DATE = re.compile(
    r"(20\d\d|19\d\d)\s*(?:[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?)?(?!\d)"
)
_META_KEYS = ("发布时间", "发布日期", "发布于", "时间", "日期", "来源", "作者", "编辑", "浏览次数",
              "点击数", "阅读", "字体", "字号", "信息来源", "文章来源")  # fmt: skip
# 来源：X — X runs to the next space, bar or key (a key such as 本文被阅读次数: is no source).
_SOURCE = re.compile(
    r"(?:信息来源|文章来源|稿件来源|来源)\s*[:：][ \t]*(?![^\s　|｜]*[:：])([^\s　|｜]+)"
)
_TRAILING_SOURCE = re.compile(r"^[（(]\s*来源\s*[:：]\s*([^）)]+)[）)]$")

# (pattern over the simplified line, reason); the first that matches cuts the line.
_NOISE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        (r"^(分享到|分享至|扫一扫|微信扫一扫|用手机|手机扫码|手机阅读)", "share bar"),
        (r"【?(打印本页|关闭窗口|打印|关闭|收藏|返回顶部)】?\s*$", "page tool"),
        (r"字体\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中", "page tool"),
        (r"^(上一篇|下一篇|上一条|下一条)\s*[:：]?", "link to another article"),
        (
            r"^(相关新闻|相关阅读|相关文章|推荐阅读|延伸阅读|热点新闻|热门文章|猜你喜欢|更多)\s*[:：]?\s*$",
            "list of related articles",
        ),
        (r"^(免责声明|版权声明|声明)\s*[:：]|本文转载自|转载请注明|版权归原作者", "disclaimer"),
        (
            r"版权所有|Copyright|©|ICP备|ICP证|公网安备|网站标识码|网站地图|主办单位|承办单位|举报",
            "page footer",
        ),
        (
            r"^(联系方式|联系电话|咨询电话|电话|传真|邮编|邮箱|电子邮箱|地址|联系人)\s*[:：]",
            "contact block",
        ),
        (r"^【?广告】?|^广告\s*[:：]|^\[广告\]", "advertisement"),
        (r"^(责任编辑|编辑|校对|审核|审校|终审|作者|记者|通讯员|摄影)\s*[:：]", "byline"),
        (
            r"^(首页|当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：>＞»]|(\s[>＞»]+\s.*){2,}",
            "breadcrumb",
        ),
        (r"第\s*\d+\s*页\s*共\s*\d+\s*页|^(首页|上一页|下一页|尾页)(\s|$)", "pagination"),
    )
)
_SENTENCE_END = re.compile(r"[。！？；!?;：:]|[。！？”]$")
_TEASER_DATE = re.compile(r"(^|\s|[\[(（])20\d\d[-/.]\d{1,2}[-/.]\d{1,2}([\])）]|\s|$)")


@dataclass(frozen=True)
class Skipped:
    line: int  # the input line
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    title: str | None
    publisher: str | None
    published: str | None
    paragraphs: tuple[str, ...]  # the body; paragraph n is locator n
    script: str  # "simplified" or "traditional"
    list_page: bool = False
    repost: bool = False  # the page says it carries another site's article
    skipped: tuple[Skipped, ...] = field(default=())


def printed_date(text: str) -> str | None:
    """The first full date in ``text`` as YYYY-MM-DD (or YYYY-MM), if it prints one."""
    for match in DATE.finditer(text):
        year, month, day = match.groups()
        if month and 1 <= int(month) <= 12:
            if day and 1 <= int(day) <= 31:
                return f"{year}-{int(month):02d}-{int(day):02d}"
            return f"{year}-{int(month):02d}"
    return None


def _is_meta(simple: str) -> bool:
    keys = sum(1 for key in _META_KEYS if re.search(key + r"\s*[:：]", simple))
    return keys >= 2 or (
        keys == 1 and len(simple) < 60 and bool(_SOURCE.search(simple) or printed_date(simple))
    )


def _noise(line: Line, simple: str) -> str | None:
    if line.tag == "chrome":
        return "navigation or page chrome"
    if line.tag == "link":
        return "a link, not article text"
    for pattern, reason in _NOISE:
        if pattern.search(simple):
            return reason
    return None


def _is_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) or len(text) >= 40


def script_of(lines: list[str]) -> str:
    text = "".join(lines)
    changed = sum(1 for a, b in zip(text, to_simplified(text), strict=False) if a != b)
    return "traditional" if changed >= max(3, len(text) // 200) else "simplified"


def clean(lines: list[Line]) -> Article:
    """The article in ``lines``: its title, publisher, date and body, and each cut line."""
    skipped: list[Skipped] = []
    title = page_title = publisher = published = None
    body: list[tuple[Line, str]] = []
    repost = False
    in_related = False
    simple_lines = [to_simplified(line.text) for line in lines]
    counts: dict[str, int] = {}
    for simple in simple_lines:
        counts[simple] = counts.get(simple, 0) + 1

    headline = next((line for line in lines if line.tag == "h1"), None)
    plain = not any(line.tag in ("title", "h1", "link", "chrome", "li") for line in lines)
    if plain:  # a copied page: its title is the last short line before the 来源/时间 line
        headline = _title_before_meta(lines, simple_lines) or headline
    meta = False
    for line, simple in zip(lines, simple_lines, strict=True):

        def skip(reason: str, line: Line = line) -> None:
            skipped.append(Skipped(line.number, line.text, reason))

        if line.tag == "title":
            page_title = re.split(r"\s*[-_|｜—]+\s*", line.text)[0] or None
            skip("the page's title bar")
            continue
        if re.search(r"本文转载自|转载自|转自", simple):
            repost = True
        if _is_meta(simple):
            source = _SOURCE.search(simple)
            if source and publisher is None:
                publisher = _balanced(_printed(line.text, simple, source, 1))
            published = published or printed_date(simple)
            meta = True
            skip("publication details")
            continue
        trailing = _TRAILING_SOURCE.match(simple.strip())
        if trailing:
            publisher = publisher or trailing.group(1).strip()
            skip("publication details")
            continue
        if line is headline:
            title = line.text
            continue
        if page_title and line.text == page_title and not body:
            title = line.text  # the page's headline, set as text rather than as <h1>
            continue
        if (
            plain
            and headline is None
            and title is None
            and not body
            and _is_headline(line.text)
            and not _noise(line, simple)
        ):
            title = line.text  # its first short line
            continue
        byline = _byline(simple) if plain and title and not body and not published else None
        if byline is not None:  # 苏州高新区投资促进局　2026年4月
            publisher = publisher or byline or None
            published = printed_date(simple)
            meta = True
            skip("publication details")
            continue
        reason = _noise(line, simple)
        if reason == "list of related articles":
            in_related = True
        if reason is None and in_related and not _is_sentence(line.text):
            reason = "list of related articles"
        if reason is None and counts[simple] > 1 and not _is_sentence(line.text):
            reason = "a line the site repeats (slogan)"
        if reason is None and line.tag == "heading":
            reason = "a sub-heading"
        if reason is None and not _is_sentence(line.text):
            reason = "not a sentence (a heading, slogan or menu item)"
        if reason is None and _looks_like_date_only(simple):
            reason = "a date"
        if reason is None and _TEASER_DATE.search(simple) and len(simple) < 80:
            reason = "a link to another article (a title and its date)"
        if reason:
            skip(reason)
            continue
        if published is None and body == [] and printed_date(simple) and len(simple) < 30:
            published = printed_date(simple)
            skip("publication details")
            continue
        body.append((line, line.text))

    list_page = not meta and _is_list_page(lines, skipped, [text for _, text in body])
    if list_page:
        skipped.extend(
            Skipped(line.number, text, "a teaser on a list of articles: import the article itself")
            for line, text in body
        )
        body = []
    paragraphs = tuple(text for _, text in body)
    return Article(
        title=None if list_page else title or page_title,
        publisher=publisher,
        published=published,
        paragraphs=paragraphs,
        script=script_of([title or "", *paragraphs]),
        list_page=list_page,
        repost=repost,
        skipped=tuple(sorted(skipped, key=lambda s: s.line)),
    )


def _printed(text: str, simple: str, match: re.Match[str], group: int) -> str:
    """A matched group as printed (traditional stays traditional), when the simplified
    line kept the printed one's length, as it nearly always does."""
    if len(text) == len(simple):
        return text[match.start(group) : match.end(group)]
    return match.group(group)


def _title_before_meta(lines: list[Line], simple_lines: list[str]) -> Line | None:
    meta = next((i for i, s in enumerate(simple_lines) if _is_meta(s)), None)
    if meta is None:
        return None
    for line, simple in zip(reversed(lines[:meta]), reversed(simple_lines[:meta]), strict=True):
        if _is_headline(line.text) and not _noise(line, simple) and len(simple) >= 8:
            return line
    return None


def _balanced(name: str) -> str:
    """A publisher without a closing bracket the line put after it: 苏州日报） -> 苏州日报,
    but 苏州高新区（虎丘区）宣传部 stays whole."""
    opened = sum(name.count(c) for c in "（(")
    closed = sum(name.count(c) for c in "）)")
    return name[:-1] if closed > opened and name[-1] in "）)" else name


def _is_headline(text: str) -> bool:
    """A title: short, and not ending as a sentence ends."""
    return len(text) <= 60 and not re.search(r"[。！？；;!?]$", text)


def _byline(simple: str) -> str | None:
    """The issuing body of a line like 苏州高新区投资促进局　2026年4月 (or "" for a bare
    date), or None when the line is not one."""
    date = DATE.search(simple)
    if (
        not date
        or not printed_date(simple)
        or len(simple) > 40
        or re.search(r"[。！？；，]", simple)
    ):
        return None
    rest = (simple[: date.start()] + simple[date.end() :]).strip(" 　:：()（）")
    return rest


def _looks_like_date_only(simple: str) -> bool:
    stripped = DATE.sub("", simple).strip(" 　:：()（）[]【】")
    return not stripped


def _is_list_page(lines: list[Line], skipped: list[Skipped], body: list[str]) -> bool:
    """A news column's list page: pagination, and teasers each carrying a date."""
    paginated = any(s.reason == "pagination" for s in skipped)
    dated = sum(1 for line in lines if _TEASER_DATE.search(line.text) and len(line.text) < 120)
    links = sum(1 for line in lines if line.tag in ("link", "li"))
    return (paginated and dated >= 4) or (dated >= 6 and links >= 6 and len(body) <= dated)
