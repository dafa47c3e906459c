"""A fact base's or template's problems in the interface's language.

The engine words each problem as one English line for the ``briefing`` command
(``file:line: fact 'x': value must be a number, got 'abc'``). The app shows the same problem
in Chinese when its interface is Chinese: the place and the ids stay as they are (they are
what the user looks for in the file); the words around them are said in Chinese, from the
patterns below, one per kind of message the engine writes.
"""

from __future__ import annotations

import re

from desktop_app.api import Lang, Problem

_SUBJECTS = (
    (r"^fact #(\d+)$", "第{0}条事实"),
    (r"^fact '(.+)'$", "事实 {0}"),
    (r"^source '(.+)'$", "来源 {0}"),
    (r"^region '(.+)'$", "区域 {0}"),
    (r"^theme '(.+)'$", "主题 {0}"),
    (r"^metric '(.+)'$", "指标 {0}"),
    (r"^template '(.+)'$", "模板 {0}"),
    (r"^chart '(.+)'$", "图表 {0}"),
)
_KINDS = {"theme": "主题", "source": "来源", "region": "区域", "metric": "指标"}
# What a facts file that cannot be read costs (loader._left_out), said after the problem.
_LEFT_OUT = (
    (r"; none of the (\d+) facts in this file is used until it is fixed$",
     "；修正前，本文件的 {0} 条事实均不使用"),
    (r"; the one fact in this file is not used until it is fixed$",
     "；修正前，本文件的 1 条事实不使用"),
    (r"; no fact in this file is used until it is fixed$", "；修正前，本文件中的事实均不使用"),
)  # fmt: skip
_MESSAGES: tuple[tuple[str, str], ...] = (
    (r"^(\S+) must be a date \(YYYY, YYYY-MM or YYYY-MM-DD or a range START/END\), got (.+)$",
     "{0} 应为日期（YYYY、YYYY-MM、YYYY-MM-DD 或区间 START/END），现为 {1}"),
    (r"^(\S+) must be a date \(YYYY, YYYY-MM or YYYY-MM-DD\), got (.+)$",
     "{0} 应为日期（YYYY、YYYY-MM 或 YYYY-MM-DD），现为 {1}"),
    (r"^(\S+) must be a number, got (.+)$", "{0} 应为数字，现为 {1}"),
    (r"^(\S+) must be non-empty text$", "{0} 不能为空"),
    (r"^(\S+) must be text, got (.+)$", "{0} 应为文字，现为 {1}"),
    (r"^(\S+) must be a list$", "{0} 应为列表"),
    (r"^(\S+) must be at most (\d+) characters, got (\d+)(.*)$",
     "{0} 不能超过 {1} 个字符，现为 {2} 个{3}"),
    (r"^(\S+) must be one of (.+); got (.+)$", "{0} 应为以下之一：{1}；现为 {2}"),
    (r"^per_region applies to (\S+) and (\S+) sections only; remove it from this (\S+) section$",
     "per_region 只适用于 {0} 和 {1} 部分；请从这个 {2} 部分中删去"),
    (r"^duplicate id; first defined at (\S+)$", "id 重复；首次定义于 {0}"),
    (r"^YAML tags \(such as !!python/object\) are not allowed; remove the tag$",
     "不允许使用 YAML 标签（如 !!python/object）；请删除该标签"),
    (r"^YAML aliases \(\*name\) are not allowed; write the value out in full$",
     "不允许使用 YAML 别名（*name）；请写出完整的值"),
    (r"^parent chain loops \((.+)\); give one \w+ another parent, or null$",
     "上级关系成环（{0}）；请为其中一个改设上级，或设为 null"),
    (r"^the file must start with '(.+)' and a list$", "文件应以“{0}:”及一个列表开头"),
    (r"^the file is not UTF-8 text \(it looks like (\w+)\); save it as UTF-8$",
     "文件不是 UTF-8 文本（看起来是 {0}）；请另存为 UTF-8"),
    (r"^the file is not UTF-8 text; save it as UTF-8$", "文件不是 UTF-8 文本；请另存为 UTF-8"),
    (r"^the file is (UTF-\d+) text; save it as UTF-8$", "文件是 {0} 文本；请另存为 UTF-8"),
    (r"^the file is empty; it needs a '(.+)' list$", "文件为空；需要一个“{0}:”列表"),
    (r"^the file is ([\d.]+ MB), over (\d+ MB); split it up$", "文件有 {0}，超过 {1}；请拆分"),
    (r"^url must start with http:// or https://, got (.+)$",
     "url 应以 http:// 或 https:// 开头，现为 {0}"),
    (r"^published_note must say how the inferred date was inferred$",
     "published_note 应说明推定日期的依据"),
    (r"^unknown parent region '(.+)'; use an id defined in this file$",
     "上级区域 {0} 不存在；请使用本文件中定义的 id"),
    (r"^invalid YAML: (.+); check indentation and quoting$",
     "YAML 格式有误（{0}）；请检查缩进和引号"),
    (r"^invalid YAML: (.+)$", "YAML 格式有误（{0}）"),
    (r"^file not found; a fact base holds .+$",
     "找不到文件；事实库应包含 sources.yaml、regions.yaml、themes.yaml、metrics.yaml 和 "
     "facts/ 文件夹"),
    (r"^value must not be negative for a count of (\w+), got (.+)$",
     "value 不能为负数（{0} 的计数），现为 {1}"),
    (r"^unknown (theme|source|region|metric) '(.+)'; "
     r"did you mean '(.+)'\? \(use an id from (\S+)\)$",
     "未知的{kind} {1}；是否应为 {2}？（请使用 {3} 中的 id）"),
    (r"^unknown (theme|source|region|metric) '(.+)'; use an id from (\S+)$",
     "未知的{kind} {1}；请使用 {2} 中的 id"),
    (r"^unknown field '(.+)'; the fields are:? (.+)$", "未知字段 {0}；可用字段：{1}"),
    (r"^(\S+) is set but value is null; give the value or set \S+ to null$",
     "{0} 已填写但 value 为空；请填写 value，或将 {0} 设为 null"),
    (r"^unit '(.+)' does not match metric '(.+)', which is in '(.+)'$",
     "unit {0} 与指标 {1} 的单位 {2} 不符"),
    (r"^source\.locator must be a paragraph number \(1 or more\), got (.+)$",
     "source.locator 应为段落编号（1 及以上），现为 {0}"),
    (r"^source is missing; add \{id, locator\}$", "缺少 source；请填写来源 id 和段落编号 locator"),
    (r"^(\S+) is missing; add it \(null for a qualitative statement\)$",
     "缺少 {0}；请补上（定性表述填 null）"),
    (r"^figure '(.+)' stands for (\S+), but value is (\S+); give value in base units .+$",
     "figure “{0}”表示 {1}，但 value 为 {2}；value 应以基本单位（元、人……）填写"),
    (r"^figure '(.+)' reads as (\w+), but qualifier is (\w+)$",
     "figure “{0}”的限定词应为 {1}，但 qualifier 为 {2}"),
    (r"^each entry must be a mapping$", "每一条都应是键值映射"),
    (r"^duplicate key '(.+)' \(first on line (\d+)\); keep one$",
     "键 {0} 重复（首次出现在第 {1} 行）；只保留一个"),
    (r"^mixes units \((.+)\); a chart compares one unit only$",
     "混用了单位（{0}）；一张图只比较一种单位"),
    (r"^a template must be a mapping with id, name, sections$",
     "模板应为包含 id、name、sections 的映射"),
    (r"^a tab is used for indentation; use spaces$", "缩进使用了制表符；请改用空格"),
    (r"^section '(.+)' names chart '(.+)', which the template does not define under charts$",
     "版块 {0} 引用了图表 {1}，但模板的 charts 中没有定义它"),
    (r"^section '(.+)' has a label for unknown theme '(.+)'; use an id from themes\.yaml$",
     "版块 {0} 为不存在的主题 {1} 设了标签；请使用 themes.yaml 中的 id"),
    (r"^labels: '(.+)' is not a theme id; use one from themes\.yaml$",
     "labels 中的 '{0}' 不是主题 id；请使用 themes.yaml 中的 id"),
    (r"^unknown placeholder (\{.+?\}) in (\w+); use one of (.+)$",
     "{1} 中的占位符 {0} 不存在；可用：{2}"),
    (r"^page\.margins_mm must be four numbers from (\d+) to (\d+) \(top right bottom left\)$",
     "page.margins_mm 应为 {0} 到 {1} 之间的四个数（上 右 下 左）"),
    (r"^cannot import a '(.+)'; give a \.txt, \.html or \.docx file, or paste the text$",
     "无法导入“{0}”文件；请提供 .txt、.html 或 .docx 文件，或直接粘贴文字"),
    (r"^cannot be read \((.+)\)$", "无法读取（{0}）"),
    (r"^(\d+) bytes is too large for an article \(limit 5 MB\)$",
     "文件有 {0} 字节，超过文章上限 5 MB"),
    (r"^not text in UTF-8, GB18030 or Big5; save it as UTF-8$",
     "不是 UTF-8、GB18030 或 Big5 文本；请另存为 UTF-8"),
    (r"^not a readable Word \(\.docx\) file \((.+)\)$", "不是可读的 Word（.docx）文件（{0}）"),
    (r"^is not empty; choose an empty folder or a fact base$",
     "文件夹不是空的；请选择空文件夹或已有的事实库"),
    (r"^no regions found; add a regions\.yaml$", "没有找到区域；请添加 regions.yaml"),
    (r"^layout is no longer used; .+$",
     "layout 已不再使用；请删去，改用 page.max_pages、footnotes 和 chart_height_mm 表达其意图"),
)  # fmt: skip
_COMPILED = tuple((re.compile(p), t) for p, t in _MESSAGES)


def _sub(patterns: tuple[tuple[str, str], ...], text: str) -> str | None:
    for pattern, template in patterns:
        found = re.match(pattern, text)
        if found:
            return template.format(*found.groups())
    return None


def chinese_message(message: str) -> str | None:
    """``message`` in Chinese, or None when no pattern knows it."""
    tail = ""
    for pattern, template in _LEFT_OUT:
        found = re.search(pattern, message)
        if found:
            tail = template.format(*found.groups())
            message = message[: found.start()]
            break
    for pattern, template in _COMPILED:
        found = pattern.match(message)
        if found:
            groups = found.groups()
            kind = _KINDS.get(groups[0], "") if groups else ""
            return template.format(*groups, kind=kind) + tail
    return None


def say(text: str, lang: Lang) -> str:
    """An engine's one-line error in ``lang``: in Chinese, the place before it kept
    (``path: message`` -> ``path：…``) and the words said in Chinese where a pattern knows them."""
    if lang != "zh":
        return text
    whole = chinese_message(text)
    if whole is not None:
        return whole
    head, _, tail = text.partition(": ")
    words = chinese_message(tail) if tail else None
    return f"{head}：{words}" if words is not None else text


def problem_text(problem: Problem, lang: Lang) -> str:
    """How the app lists ``problem``: the engine's line in English; in Chinese, the place and
    ids as they are with the words in Chinese (the English line where no pattern knows it)."""
    if lang != "zh":
        return str(problem)
    message = chinese_message(problem.message)
    if message is None:
        return str(problem)
    english = str(problem)
    where = english[: len(english) - len(problem.message)].rstrip(": ").rstrip()
    if problem.subject:
        subject = _sub(_SUBJECTS, problem.subject) or problem.subject
        where = where[: len(where) - len(problem.subject)].rstrip(": ").rstrip()
        return f"{where}：{subject}：{message}"
    return f"{where}：{message}"
