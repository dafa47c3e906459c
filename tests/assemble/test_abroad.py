"""What a reader from abroad looks for first: facts marked ``audience: abroad`` lead the
English editions among facts of the same standing; the Chinese editions are not changed."""

from __future__ import annotations

from desktop_app.model import Paragraph, Run
from tests.assemble.test_composition import WORKSPACE, build, running_text


def _lead(lang: str) -> str:
    document = build("full-briefing", lang, ("sip",), "external")
    lead = next(b for b in document.blocks if isinstance(b, Paragraph) and b.style == "lead")
    return "".join(i.text for i in lead.inlines if isinstance(i, Run))


def test_the_fact_base_marks_what_a_reader_from_abroad_looks_for() -> None:
    abroad = {f.id for f in WORKSPACE.base.facts if f.audience == "abroad"}
    assert {"sip-hurun-global-unicorns-2024", "sip-compal-ai-server-project-2024",
            "suzhou-foreign-enterprise-innovation-programme-2024"} <= abroad  # fmt: skip


def test_an_english_overview_leads_with_the_international_list() -> None:
    """SIP's English overview tells its six companies on Hurun's Global Unicorn Index after its
    age, where Jiangsu's own assessment (a provincial list a foreign reader does not know)
    had stood; the Chinese overview still leads with the province's assessment."""
    english, chinese = _lead("en"), _lead("zh")
    assert "Hurun Research Institute’s Global Unicorn Index 2024" in english
    assert "Jiangsu unicorns" not in english
    assert "在2024年江苏省独角兽企业和瞪羚企业评估中" in chinese and "胡润" not in chinese


def test_english_talking_points_tell_a_global_list_and_a_network_abroad() -> None:
    """Said to a visitor from abroad: SIP's companies on a global list (the Chinese points say
    the province's assessment); SND's returnee park's network with offshore incubators in
    Silicon Valley, now short enough to say in one breath."""
    sip = " ".join(running_text(build("talking-points", "en", ("sip",), "external")))
    assert "Global Unicorn Index 2024" in sip and "Jiangsu unicorns" not in sip
    snd = " ".join(running_text(build("talking-points", "en", ("snd",), "external")))
    assert "offshore incubators such as Silicon Valley’s PNP" in snd


def test_a_programme_from_the_same_passage_is_a_point_of_its_own() -> None:
    """Suzhou's programme for foreign-invested firms shares a passage and a theme with its
    14,000 firms, which open the points; as a programme of its own, it is no "other half" of
    that point, and the English points now say it (the CEO reader found it missing)."""
    said = " ".join(running_text(build("talking-points", "en", ("suzhou",), "external")))
    assert "14,000 industrial enterprises" in said
    assert "special innovation programme for foreign-invested enterprises" in said
