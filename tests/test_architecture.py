"""Architecture rules: the engine runs without a screen, and the front ends reach the engine
through its public surface (``desktop_app.api``) alone."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

import desktop_app.api
from tests.conftest import ROOT

PACKAGE = ROOT / "desktop_app"
FRONT_ENDS = ("cli", "ui")
PUBLIC = "desktop_app.api"


def test_engine_and_cli_do_not_load_qt() -> None:
    """Only desktop_app.ui imports PySide6: the engine and the CLI run without Qt."""
    code = (
        "import sys, desktop_app.api, desktop_app.cli, desktop_app.assemble, desktop_app.render;"
        "from desktop_app.render.pdf import render_pdf;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)  # fmt: skip
    assert result.stdout.strip() == "[]"


def test_only_the_ui_package_imports_qt() -> None:
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
        and "ui" not in path.relative_to(ROOT).parts
    ]
    assert offenders == []


def engine_imports(source: str, front_end: str, where: str = "<source>") -> list[str]:
    """Imports of the engine in a front end's module other than the public surface. A front
    end may import its own package and ``desktop_app.api``, nothing else of ``desktop_app``."""
    own = f"desktop_app.{front_end}"
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative imports stay in the front end's own package
                continue
            module = node.module or ""
            # "from desktop_app import cli" imports a module too
            modules = (
                [f"{module}.{a.name}" for a in node.names] if module == "desktop_app" else [module]
            )
        else:
            continue
        for module in modules:
            inside = module == "desktop_app" or module.startswith("desktop_app.")
            allowed = module in (PUBLIC, own) or module.startswith(own + ".")
            if inside and not allowed:
                found.append(f"{where}:{node.lineno}: imports {module}")
    return found


@pytest.mark.parametrize("front_end", FRONT_ENDS)
def test_front_ends_use_the_public_surface_alone(front_end: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / front_end).rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        offenders += engine_imports(path.read_text(encoding="utf-8"), front_end, where)
    assert offenders == []


@pytest.mark.parametrize(
    "source",
    [
        "from desktop_app.assemble.numbers import format_fact",
        "import desktop_app.render",
        "from desktop_app import errors",
        "from desktop_app.cli.parser import build_parser",  # the other front end
        "def f():\n    from desktop_app.facts import load_strict\n",
    ],
)
def test_the_rule_catches_engine_imports(source: str) -> None:
    assert engine_imports(source, "ui") != []


@pytest.mark.parametrize(
    "source",
    [
        "from desktop_app.api import Workspace",
        "from desktop_app.ui.strings import tr",
        "from PySide6.QtWidgets import QWidget",
        "from . import strings",
    ],
)
def test_the_rule_allows_the_public_surface(source: str) -> None:
    assert engine_imports(source, "ui") == []


def test_public_surface_is_pinned() -> None:
    """What front ends may use; a change here is a change of the engine's contract."""
    assert sorted(desktop_app.api.__all__) == [
        "Accepted",
        "BriefingError",
        "BriefingRequest",
        "Candidate",
        "DEFAULT_REGION",
        "DEFAULT_TEMPLATE",
        "Document",
        "EDITIONS",
        "Edition",
        "ExportError",
        "ExportResult",
        "FORMATS",
        "Fact",
        "FactBaseError",
        "FactRow",
        "Finding",
        "FontError",
        "LANGS",
        "Lang",
        "MAX_ISSUE",
        "MAX_ISSUER",
        "OutputFormat",
        "Pack",
        "Preset",
        "Problem",
        "ProblemsError",
        "Proposal",
        "Region",
        "SelectionError",
        "Template",
        "TemplateError",
        "Text",
        "Theme",
        "Workspace",
        "__version__",
        "format_of",
        "interface_font_file",
        "output_format",
        "style_sheet",
    ]
    for name in desktop_app.api.__all__:
        assert hasattr(desktop_app.api, name), name


def test_architecture_document_names_every_package() -> None:
    """ARCHITECTURE.md describes the packages that exist, and the workspace front door."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    packages = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    for package in packages:
        assert f"**{package}**" in text, package
    assert "Workspace" in text and "desktop_app.api" in text
