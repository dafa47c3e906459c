"""A place's name at the head of clause after clause is said every other time by a pronoun."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import pytest

from desktop_app.api import BriefingRequest, Workspace
from desktop_app.model import Heading, Paragraph, Run
from tests.conftest import SEEDS

WORKSPACE = Workspace(SEEDS, strict=True)


@cache
def profile(lang: str, place: str) -> str:
    """The text of ``place``'s profile in SND's external briefing."""
    request = BriefingRequest(regions=("snd",), lang=lang, edition="external", date="2026-12-02")  # type: ignore[arg-type]
    blocks = list(WORKSPACE.build(request).blocks)
    name = WORKSPACE.base.regions[place].name.get(lang)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == name)
    end = next(i for i, b in enumerate(blocks) if i > start and isinstance(b, Heading))
    return "\n".join("".join(r.text for r in b.inlines if isinstance(r, Run))
                     for b in blocks[start + 1 : end] if isinstance(b, Paragraph))  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "place", "said"),
    [
        ("zh", "snd-returnee-park", "全周期陪伴式成长服务；该园累计获得的荣誉称号超过40项"),
        ("zh", "snd-medpark", "以推动医疗器械和生物医药产业发展。该园已引入"),
        (
            "en",
            "snd-returnee-park",
            "500 million yuan. With China Construction Bank it ran the Founders’ Harbour",
        ),
        ("en", "snd-medpark", "biomedicine industries. It had brought in testing platforms"),
    ],
)
def test_the_clause_after_one_opening_with_a_place_says_its_pronoun(
    lang: str, place: str, said: str
) -> None:
    assert said in profile(lang, place)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_paragraph_opens_with_the_name_and_no_two_pronouns_follow(lang: str) -> None:
    for place in ("snd-returnee-park", "snd-medpark"):
        for paragraph in profile(lang, place).split("\n"):
            assert not paragraph.startswith(("该园", "It ", "Its ")), paragraph
            pronouns = ("该园", "该所") if lang == "zh" else ("It ", "it ", "Its ", "its ")
            clauses = [c.strip() for c in paragraph.replace("；", "。").replace(";", ".").split("。" if lang == "zh" else ".")]  # fmt: skip
            for first, second in pairwise(clauses):
                assert not (first.startswith(pronouns) and second.startswith(pronouns)), paragraph


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("zh", "创新联盟。截至2023年8月，医疗器械产业园是“一带一路”"),
        ("en", "Alliance. As of August 2023, Medpark was a member of the standing"),
    ],
)
def test_after_a_clause_on_two_parties_the_place_is_named_not_a_pronoun(
    lang: str, said: str
) -> None:
    """ "Medpark and a university launched an alliance. It was a member…": which of the two?
    The clause after one whose subject is a place and another says the place's name."""
    assert said in profile(lang, "snd-medpark")
