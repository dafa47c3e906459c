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
    "facts": ("本简报使用的事实", "Facts this briefing uses"),
    "facts_hint": (
        "取消勾选可将某条事实排除在本简报之外。",
        "Untick a fact to leave it out of this briefing.",
    ),
    "col_statement": ("表述", "Statement"),
    "col_value": ("数值", "Value"),
    "col_period": ("时间", "Date"),
    "col_source": ("来源", "Source"),
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
        "勾选一个或多个区域；勾选多个区域时将进行对比。",
        "Tick one or more regions; several regions are compared.",
    ),
    "themes_hint": ("不勾选主题即包含全部主题。", "Tick no theme to include every theme."),
}


def tr(key: str, lang: Lang, **values: object) -> str:
    """The interface's phrase ``key`` in ``lang``, with ``values`` filled in."""
    zh, en = _STRINGS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text
