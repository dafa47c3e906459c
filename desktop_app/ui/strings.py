"""Every word the desktop app shows, in Chinese (the default) and English."""

from __future__ import annotations

from desktop_app.api import Lang

_STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("招商简报工坊", "Briefing Studio"),
    "regions": ("区域", "Regions"),
    "filter": ("筛选区域（中文、英文或别名）", "Filter regions (Chinese, English or alias)"),
    "themes": ("主题", "Themes"),
    "template": ("模板", "Template"),
    "language": ("简报语言", "Briefing language"),
    "lang_zh": ("中文", "Chinese"),
    "lang_en": ("英文", "English"),
    "edition": ("版本", "Edition"),
    "edition_external": ("对外版", "External"),
    "edition_internal": ("对内版", "Internal"),
    "edition_tip": (
        "对外版交给客人：不含内部标注、内部事实和数据说明。对内版供内部参考：含全部事实、密级标注和数据说明。",
        "External: to hand to visitors, without internal markings, internal facts or notes on the "
        "data. Internal: for our own use, with every fact, the marking and the notes on the data.",
    ),
    "preview": ("预览", "Preview"),
    "facts": ("事实", "Facts"),
    "facts_hint": (
        "取消勾选可将某条事实排除在本简报之外。",
        "Untick a fact to leave it out of this briefing.",
    ),
    "col_statement": ("表述 · 时间 · 来源", "Statement · date · source"),
    "left_out_why": ("未用：{reason}", "Left out: {reason}"),
    "col_value": ("数值", "Value"),
    "facts_used": ("本简报使用（{count}）", "Used ({count})"),
    "facts_left_out": ("未使用（{count}）", "Left out ({count})"),
    "facts_search": ("搜索事实（中英文、简繁体均可）", "Search the facts (Chinese or English)"),
    "left_out_unticked": ("已取消勾选", "Unticked by you"),
    "left_out_template": (
        "模板篇幅所限或与已用事实重复",
        "Not chosen: the template's room, or said by another fact",
    ),
    "fact_details": ("事实详情", "Fact details"),
    "export_quick": ("导出 {format}", "Export {format}"),
    "export_as": ("另存为 {format}…", "Save as {format}…"),
    "export_tip": (
        "将简报以新文件导出到简报文件夹，不会覆盖已有文件（Ctrl+E）",
        "Export the briefing as a new file in your briefing folder; nothing is replaced (Ctrl+E)",
    ),
    "export_as_tip": (
        "选择保存位置和文件名，导出为 {format} 文件",
        "Choose where to save the briefing as a {format} file",
    ),
    "zoom_in": ("放大", "Zoom in"),
    "zoom_out": ("缩小", "Zoom out"),
    "fit_page": ("显示整页", "Fit page"),
    "fit_width": ("适合页宽", "Fit width"),
    "preview_coming": ("正在生成预览…", "Preparing the preview…"),
    "no_region_match": ("没有与“{text}”相符的区域", "No region matches “{text}”"),
    "prev_page": ("上一页", "Previous page"),
    "next_page": ("下一页", "Next page"),
    "page_of": ("第 {page} / {pages} 页", "Page {page} of {pages}"),
    "refreshing": ("正在更新预览…", "Updating the preview…"),
    "preview_ready": (
        "预览已更新：{pages} 页，{facts} 条事实",
        "Preview updated: {pages} pages, {facts} facts",
    ),
    "exporting": ("正在导出…", "Exporting…"),
    "exporting_more": ("正在导出…（另有 {waiting} 份排队）", "Exporting… ({waiting} more waiting)"),
    "exported": ("已导出：{path}", "Exported: {path}"),
    "open": ("打开", "Open"),
    "show_in_folder": ("在文件夹中显示", "Show in folder"),
    "export_failed": ("导出失败", "Export failed"),
    "nothing_selected": ("请至少选择一个区域。", "Choose at least one region."),
    "menu_file": ("文件(&F)", "&File"),
    "menu_view": ("视图(&V)", "&View"),
    "menu_help": ("帮助(&H)", "&Help"),
    "open_facts": ("打开事实库文件夹…", "Open fact folder…"),
    "bundled_facts": ("使用内置事实库", "Use the bundled fact base"),
    "templates_folder": ("选择自定义模板文件夹…", "Choose a templates folder…"),
    "output_folder": ("设置简报文件夹…", "Set the briefing folder…"),
    "quit": ("退出", "Quit"),
    "ui_language": ("界面语言：English", "Interface language: 中文"),
    "about": ("关于", "About"),
    "about_text": (
        "招商简报工坊 {version}\n\n事实库版本 {base_version}：{facts} 条事实，{sources} 个来源\n"
        "{folder}\n\n离线运行，所有数字均注明出处。",
        "Briefing Studio {version}\n\nFact base {base_version}: {facts} facts from {sources} "
        "sources\n{folder}\n\nWorks offline; every figure is sourced.",
    ),
    "problems_title_facts": ("事实库存在问题", "Problems in the fact base"),
    "problems_title_templates": ("模板存在问题", "Problems in the templates"),
    "problems_text_facts": (
        "以下 {count} 处问题已跳过，应用将使用其余有效的事实：",
        "These {count} problems were skipped; the app works with the valid facts:",
    ),
    "problems_text_templates": (
        "以下 {count} 处问题所在的模板暂不可用，请修正后重新选择模板文件夹：",
        "The templates with these {count} problems are not offered until they are fixed:",
    ),
    "problems_text_not_loaded": (
        "该文件夹中没有可用的事实，未载入；请先修正以下 {count} 处问题：",
        "Nothing in this folder could be used, so it was not loaded. Fix these {count} problems:",
    ),
    "folder_not_loaded": ("无法打开该文件夹", "The folder cannot be used"),
    "choose_folder": ("选择文件夹", "Choose a folder"),
    "file_filter": ("{format} 文档 (*{suffix})", "{format} documents (*{suffix})"),
    "all_regions_hint": (
        "勾选一个或多个区域；勾选多个区域时，简报比较它们共有的指标。",
        "Tick one or more regions; with several, the briefing compares the measures they share.",
    ),
    "compare_none": (
        "所选区域没有共同的指标可比较，简报将依次介绍各区域。",
        "The regions ticked share no measure to compare; the briefing presents each in turn.",
    ),
    "compare_some": (
        "所选区域有 {count} 项共同指标，简报将并列比较。",
        "The regions ticked share {count} measures; the briefing compares them side by side.",
    ),
    "themes_hint": ("不勾选主题即包含全部主题。", "Tick no theme to include every theme."),
    "themes_all": (
        "未勾选主题：简报包含全部主题",
        "No theme ticked: the briefing covers every theme",
    ),
    "cancel": ("取消", "Cancel"),
    "os_error_exists": (
        "无法写入：{path} 处已有同名文件（不是文件夹）；请在“文件 › 设置简报文件夹”中另选文件夹。",
        "Cannot write: {path} is a file, not a folder; choose another briefing folder "
        "(File › Set the briefing folder).",
    ),
    "os_error_denied": (
        "无法写入 {path}：没有权限，或文件正被其他程序打开；请关闭该文件或另选文件夹。",
        "Cannot write {path}: no permission, or another program has it open; close it or "
        "choose another folder.",
    ),
    "os_error_full": (
        "无法写入 {path}：磁盘已满；请清理空间后重试。",
        "Cannot write {path}: the disk is full; free some space and try again.",
    ),
    "os_error_read_only": (
        "无法写入 {path}：该位置只读；请另选文件夹。",
        "Cannot write {path}: the place is read-only; choose another folder.",
    ),
    "os_error_missing": (
        "无法写入 {path}：文件夹不存在或已被移走；请另选文件夹。",
        "Cannot write {path}: the folder is gone; choose another folder.",
    ),
    "os_error_other": (
        "无法写入 {path}；请检查文件夹后重试。",
        "Cannot write {path}; check the folder and try again.",
    ),
    "export_error": ("导出失败：{reason}", "Export failed: {reason}"),
    "the_file": ("简报文件", "the briefing file"),
    "menu_presets": ("预设(&P)", "&Presets"),
    "save_preset": ("将当前选择保存为预设…", "Save the current choice as a preset…"),
    "apply_preset": ("应用预设…", "Apply a preset…"),
    "make_pack": ("导出出访资料包…", "Make a delegation pack…"),
    "issue_settings": ("编制单位与期号…", "Issuer and issue number…"),
    "issue_title": ("编制单位与期号", "Issuer and issue number"),
    "issue_intro": (
        "编制单位印在封面（“……编制”）和对内简报的版头、版记上；留空则用模板的写法。",
        "The issuer is printed on the cover and on an internal brief's masthead and imprint; "
        "leave it empty to use the template's words.",
    ),
    "issuer": ("编制单位", "Issuer"),
    "issue_number": ("期号", "Issue number"),
    "issue_none": ("不标期号", "None"),
    "issue_printed": (
        "当前模板的对内版按简报格式印制，期号印在版头（第N期）。",
        "The chosen template's internal edition is a brief: the number is printed under its "
        "masthead (Issue N).",
    ),
    "issue_not_printed": (
        "当前选择不印期号：只有简报格式的对内版（如对接会谈话要点对内版）才印。",
        "The current choice prints no issue number: only a brief's internal edition (such as "
        "the talking points, internal) does.",
    ),
    "presets_folder": ("打开预设文件夹", "Open the presets folder"),
    "recent_exports": ("最近导出…", "Recent exports…"),
    "preset_name": (
        "预设名称（如：德国医疗器械代表团）：",
        "Preset name (e.g. German medical-device delegation):",
    ),
    "preset_saved": ("预设已保存：{path}", "Preset saved: {path}"),
    "preset_choose": ("选择要应用的预设：", "Choose the preset to apply:"),
    "preset_none": (
        "预设文件夹中还没有预设：{folder}",
        "No presets in the presets folder yet: {folder}",
    ),
    "preset_applied": ("已应用预设：{name}", "Preset applied: {name}"),
    "issue_saved": ("编制单位：{issuer}", "Issuer: {issuer}"),
    "preset_missing": (
        "已应用预设“{name}”，但以下内容在当前事实库或模板中不存在：{missing}",
        "Preset “{name}” applied, but these are not in the current fact base or templates: "
        "{missing}",
    ),
    "pack_title": ("出访资料包", "Delegation pack"),
    "pack_intro": (
        "勾选要放入资料包的预设。资料包将保存在 {folder} 下一个以日期命名的新文件夹中，"
        "附目录和压缩包。",
        "Tick the presets to put in the pack. It goes into a new dated folder in {folder}, with "
        "an index and a zip.",
    ),
    "pack_no_presets": (
        "还没有预设。请先选择区域、模板和语言，然后用“预设 › 将当前选择保存为预设”保存。",
        "There are no presets yet. Choose regions, template and language, then use Presets › "
        "Save the current choice as a preset.",
    ),
    "pack_make": ("生成资料包", "Make the pack"),
    "pack_running": ("正在生成资料包…", "Making the pack…"),
    "pack_step": ("已完成 {done}/{total}：{name}", "Done {done} of {total}: {name}"),
    "pack_done": ("资料包已保存：{folder}", "Pack saved: {folder}"),
    "pack_partial": (
        "资料包已保存：{folder}；{count} 份未能生成，详见目录文件",
        "Pack saved: {folder}; {count} could not be made, see its index",
    ),
    "pack_cancelled": (
        "资料包已取消，已完成的文件保留在：{folder}",
        "Pack cancelled; the files made are in {folder}",
    ),
    "pack_failed": ("资料包未能生成：{reason}", "The pack could not be made: {reason}"),
    "recent_title": ("最近导出", "Recent exports"),
    "recent_missing": ("文件已不在原处", "The file is no longer there"),
    "recent_none": ("还没有导出过简报。", "Nothing has been exported yet."),
    "save_list": ("另存为文本…", "Save as text…"),
    "fact_base_bundled": ("内置事实库", "Bundled fact base"),
    "fact_base": ("事实库：{name}（{facts} 条事实）", "Fact base: {name} ({facts} facts)"),
    "fact_base_problems": (
        "事实库：{name}（{facts} 条事实）· ⚠ {count} 个问题",
        "Fact base: {name} ({facts} facts) · ⚠ {count} problems",
    ),
    "fact_base_tip": (
        "{folder}\n点击查看问题或更换事实库",
        "{folder}\nClick to see problems or change the fact base",
    ),
    "fallback_notice": (
        "记住的事实库文件夹无法使用，已改用内置事实库：{reason}",
        "The remembered fact folder cannot be used, so the bundled fact base is in use: {reason}",
    ),
    "copy": ("复制", "Copy"),
    "close": ("关闭", "Close"),
    "check_button": ("导出前检查（{count}）", "Check ({count})"),
    "check_none": ("导出前检查：无问题", "Check: all clear"),
    "check_tip": (
        "列出本简报中的草稿、来源冲突、低可信度来源、过时数据和无法显示的字符",
        "Lists drafts, conflicts between sources, weak sources, stale figures and characters "
        "no font has in this briefing",
    ),
    "check_title": ("导出前检查", "Check before export"),
    "check_intro": (
        "导出前请留意以下 {count} 项（每项注明所涉事实）：",
        "Look at these {count} things before export (each names its fact):",
    ),
    "check_draft": ("【草稿】", "[draft]"),
    "check_conflict": ("【冲突】", "[conflict]"),
    "check_weak-source": ("【来源】", "[source]"),
    "check_stale": ("【过时】", "[stale]"),
    "check_glyph": ("【字符】", "[character]"),
    "import_article": ("导入文章…", "Import article…"),
    "import_heading": ("导入文章", "Import article"),
    "import_clipboard": ("导入剪贴板中的文章", "Import article from clipboard"),
    "import_pick": ("选择要导入的文章", "Choose the article to import"),
    "import_filter": ("文章 (*.html *.htm *.txt *.docx)", "Articles (*.html *.htm *.txt *.docx)"),
    "import_title": ("导入文章：核对候选事实", "Import article: review the candidate facts"),
    "import_source": (
        "《{title}》　{publisher} · {date} · 找到 {count} 个数字",
        "“{title}” · {publisher} · {date} · {count} figures found",
    ),
    "import_no_title": ("无标题", "no title"),
    "import_title_en": ("英文标题", "English title"),
    "import_title_en_hint": (
        "英文版简报引用本文时使用的标题（可不填，不填则用原标题）",
        "The title English briefings cite it by (optional; else the printed title)",
    ),
    "import_no_publisher": ("未注明发布单位", "no publisher printed"),
    "import_no_date": ("未注明日期", "no date printed"),
    "import_col_use": ("采用", "Keep"),
    "import_col_status": ("状态", "Status"),
    "import_col_figure": ("原文数字", "Figure"),
    "import_col_region": ("区域", "Region"),
    "import_col_metric": ("指标", "Metric"),
    "import_col_date": ("时间", "Date"),
    "import_col_sure": ("置信度", "Confidence"),
    "import_status_new": ("新增", "New"),
    "import_status_update": ("更新", "Update"),
    "import_status_duplicate": ("重复", "Duplicate"),
    "import_status_conflict": ("冲突", "Conflict"),
    "import_target": ("（目标）", " (target)"),
    "import_region": ("区域", "Region"),
    "import_metric": ("指标", "Metric"),
    "import_value": ("数值（基本单位）", "Value (base units)"),
    "import_statement_zh": ("中文表述", "Chinese statement"),
    "import_statement_en": ("英文表述", "English statement"),
    "import_keep_all": ("全部采用", "Keep all"),
    "import_keep_none": ("全部不采用", "Keep none"),
    "import_save": ("保存 {count} 条到我的事实库", "Save {count} to my fact folder"),
    "import_hint_metric": (
        "请选择一个指标，才能采用这个数字；若没有合适的指标，请先在 metrics.yaml 中添加。",
        "Choose a metric to keep this figure; if none fits, add one to metrics.yaml first.",
    ),
    "import_hint_plan": (
        "这是一项目标或计划，将作为文字表述保存；请选择它所涉及的指标以生成表述。",
        "This is a target or plan, kept as a statement; choose the metric it concerns to draft it.",
    ),
    "import_hint_duplicate": (
        "事实库已有相同数据（{matches}），无需重复保存。",
        "The fact base already says this ({matches}); no need to keep it again.",
    ),
    "import_hint_conflict": (
        "事实库中同一时间的数值不同（{matches}）；保存后按来源可信度取舍，并在检查中列出。",
        "The fact base gives another value for the same date ({matches}); if kept, the more "
        "trusted source is used and the check lists it.",
    ),
    "import_hint_draft": (
        "表述为自动草稿；可直接修改，修改后即不再是草稿。",
        "The statements are drafts; edit them here and they are no longer drafts.",
    ),
    "import_hint_ok": ("可以保存。", "Ready to keep."),
    "import_hint_update": (
        "将作为较新的数据，与事实库中的 {earlier} 并列（时间序列）。",
        "Kept as the newer figure beside the fact base's {earlier} (a series over time).",
    ),
    "import_bad_value": (
        "“{text}”不是数字；请填写基本单位的数值，如 5220000000。",
        "'{text}' is not a number; give the value in base units, e.g. 5220000000.",
    ),
    "import_incomplete": (
        "“{figure}”还缺区域、指标或表述；请补全或取消勾选。",
        "'{figure}' still lacks a region, a metric or a statement; complete it or untick it.",
    ),
    "import_failed": ("未保存：{reason}", "Nothing was saved: {reason}"),
    "import_list_page": (
        "这是文章列表页，不是文章；请打开其中一篇文章再导入。",
        "This is a list of articles, not an article; open one of them and import that.",
    ),
    "import_nothing": ("文中没有找到数字。", "No figures were found in this text."),
    "import_done": ("已将 {count} 条事实保存到 {folder}", "Saved {count} facts to {folder}"),
    "import_need_folder": (
        "导入的事实保存在您自己的事实库中。请选择一个空文件夹（将以内置事实库为基础创建），或一个已有的事实库文件夹。",
        "Imported facts go into your own fact folder. Choose an empty folder (it starts as a "
        "copy of the bundled fact base) or an existing fact folder.",
    ),
    "import_unreadable": ("无法导入该文章", "The article cannot be imported"),
    "import_empty_clipboard": ("剪贴板中没有文字。", "The clipboard holds no text."),
}


def tr(key: str, lang: Lang, **values: object) -> str:
    """The interface's phrase ``key`` in ``lang``, with ``values`` filled in."""
    zh, en = _STRINGS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text
