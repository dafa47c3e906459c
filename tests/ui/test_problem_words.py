"""Every problem the fact base's and templates' checks write, as the bad-input cases show them,
reads in Chinese in the Chinese interface: the place and ids kept, the words translated."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from desktop_app.api import Problem, Workspace
from desktop_app.ui.problem_words import chinese_message, problem_text
from tests.test_bad_inputs import CASES, fact_base


def _problems(case: Path, tmp_path: Path) -> list[Problem]:
    if (case / "templates").is_dir():
        folder = tmp_path / "templates"
        shutil.copytree(case / "templates", folder)
        return Workspace(templates_dir=folder).template_problems
    return Workspace(fact_base(case, tmp_path)).fact_problems


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_bad_input_reads_in_chinese(case: Path, tmp_path: Path) -> None:
    problems = _problems(case, tmp_path)
    assert problems
    for problem in problems:
        assert chinese_message(problem.message) is not None, problem.message
        text = problem_text(problem, "zh")
        assert text.startswith(str(problem).split(":")[0])  # the file, as the engine names it
        # no English sentence is left: only ids, field names, file names and examples
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"'[^']*'|\S*[./_{}]\S*", "", text))
        allowed = {"YAML", "null", "UTF", "source", "value", "unit", "figure", "qualifier",
                   "locator", "layout", "footnotes", "charts", "name", "sections", "python",
                   "object", "GBK", "true", "True", "YYYY", "START", "END"}  # fmt: skip
        assert [w for w in words if w not in allowed and not w.islower()] == [], text


def test_a_problem_keeps_its_place_and_ids() -> None:
    problem = Problem("facts/a.yaml", 6, "fact 'zone-talents'", "value must be a number, got 'abc'")
    assert (
        problem_text(problem, "zh")
        == "facts/a.yaml:6：事实 zone-talents：value 应为数字，现为 'abc'"
    )
    assert problem_text(problem, "en") == str(problem)
    left_out = Problem("facts/a.yaml", 3, None, "a tab is used for indentation; use spaces; "
                       "none of the 3 facts in this file is used until it is fixed")  # fmt: skip
    assert problem_text(left_out, "zh") == (
        "facts/a.yaml:3：缩进使用了制表符；请改用空格；修正前，本文件的 3 条事实均不使用"
    )


def test_an_article_that_cannot_be_imported_is_said_in_chinese(tmp_path: Path) -> None:
    from desktop_app.api import BriefingError
    from desktop_app.ui.problem_words import say

    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(BriefingError) as caught:
        Workspace().propose_import(path)
    said = say(str(caught.value), "zh")
    assert said == f"{path}：无法导入“.pdf”文件；请提供 .txt、.html 或 .docx 文件，或直接粘贴文字"
    assert say(str(caught.value), "en") == str(caught.value)
