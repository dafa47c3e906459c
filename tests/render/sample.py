"""A hand-made Document using every block type, for renderer tests independent of the assembler."""

from __future__ import annotations

from desktop_app.charts import ChartSpec, Series, render_png
from desktop_app.model import (
    BulletList,
    Column,
    Contents,
    Cover,
    Document,
    Figure,
    Footnote,
    Heading,
    KeyFigure,
    KeyFigures,
    Labels,
    Masthead,
    Metadata,
    NoteRef,
    PageBreak,
    PageSetup,
    Paragraph,
    Run,
    SourceList,
    Table,
)

SOURCE = "苏州工业园区科技招商中心：《科技招商再部署,发展动能再提升》，2025年2月14日，第13段。"


def chart_png() -> bytes:
    spec = ChartSpec(
        "bar",
        ("科技创新型企业", "国家高新技术企业", "瞪羚企业", "独角兽企业"),
        (Series("", (10000, 2400, 742, 180), ("超1万", "超2400", "742", "180")),),
        "企业数（家）",
    )
    return render_png(spec)


def sample_document(pages_of_text: int = 3) -> Document:
    """About ``pages_of_text`` pages of body text after the cover, with 12+ footnotes."""
    blocks: list = [
        Cover(
            "内部资料 注意保存",
            "苏州工业园区投资环境简报",
            "科技创新与产业发展",
            "苏州工业园区",
            "2025年7月",
            "数据截至2025年2月",
            "招商服务部",
        ),
        Contents("目录"),
        Heading(1, "核心数据", "一、", "sec-1"),
        KeyFigures(
            (
                KeyFigure("超2400", "家", "国家高新技术企业", "苏州工业园区 · 截至2023年", 1),
                KeyFigure("超1000", "个", "2024年新增科技项目", "苏州工业园区 · 2024年", 2),
                KeyFigure("76", "%", "三大新兴领域项目占比", "苏州工业园区 · 2024年", 3),
            )
        ),
        Heading(1, "企业培育", "二、", "sec-2"),
        Heading(2, "科技企业梯队", "（一）", "sec-2-1"),
    ]
    note = 4
    for i in range(pages_of_text * 6):
        blocks.append(
            Paragraph(
                (
                    Run(
                        f"第{i + 1}段：园区累计培育认定各级“独角兽”企业180家，R&D <投入> & 成果转化持续提升；"
                        "Suzhou Industrial Park had 2,400+ national high-tech enterprises."
                    ),
                    NoteRef(note),
                    Run("这一段落用于检验中文断行、标点处理与脚注位置是否与所在页一致。"),
                )
            )
        )
        note += 1
    blocks += [
        BulletList(
            (
                (Run("新增科技项目超千个", strong=True), Run("，同比增长6%"), NoteRef(note)),
                (Run("带资落户项目占比12%"),),
            )
        ),
        Table(
            (Column("指标"), Column("数值", "right"), Column("时间", "center")),
            (
                (
                    (Run("国家高新技术企业"),),
                    (Run("超2400家"), NoteRef(note + 1)),
                    (Run("2023年"),),
                ),
                ((Run("上市企业"),), (Run("61家"), NoteRef(note + 2)), (Run("2023年"),)),
            ),
            "表1 苏州工业园区企业指标",
            "资料来源：苏州日报转载文章，2023年。",
        ),
        Figure(
            chart_png(),
            160,
            70,
            "图1 苏州工业园区科技企业梯队",
            "资料来源：苏州日报转载文章，2023年。",
            "横向条形图：科技创新型企业超1万家，国家高新技术企业超2400家",
        ),
        PageBreak(),
        Masthead("内部资料", "招商工作简报", "第1期", "招商服务部", "2025年7月1日"),
        Heading(1, "资料来源", "三、", "sec-3"),
        SourceList(("[1] " + SOURCE, "[2] Suzhou Daily (repost), 2023.")),
    ]
    count = note + 2
    footnotes = tuple(
        Footnote(n, SOURCE.replace("第13段", f"第{n}段")) for n in range(1, count + 1)
    )
    return Document(
        metadata=Metadata(
            "苏州工业园区投资环境简报",
            "科技创新与产业发展",
            "招商服务部",
            ("苏州", "招商"),
            "zh-CN",
            "2025-07-01",
            "Briefing Studio test",
        ),
        page=PageSetup(header_text="苏州工业园区投资环境简报"),
        labels=Labels(page_of="第 {page} 页 / 共 {pages} 页"),
        blocks=tuple(blocks),
        footnotes=footnotes,
        lang="zh",
    )
