"""Security rules read from the source itself: no shell and no eval anywhere in the app, and
YAML is only ever read by the safe loader.

The rules look at the syntax tree, not at text, so a word in a comment or a method that
happens to be called ``exec`` (Qt's ``app.exec()``) does not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.facts import yaml_source
from tests.conftest import ROOT

SOURCES = sorted((ROOT / "desktop_app").rglob("*.py")) + sorted((ROOT / "packaging").glob("*.py"))
RUNS_CODE = {"eval", "exec", "compile", "__import__", "breakpoint"}
SHELL_MODULES = {"subprocess", "pty", "pickle", "marshal", "shelve", "runpy", "ctypes"}
OS_SHELL = {"system", "popen", "startfile", "spawnl", "spawnlp", "spawnv", "spawnvp",
            "execl", "execlp", "execv", "execve", "execvp", "posix_spawn"}  # fmt: skip
UNSAFE_YAML = {"load", "load_all", "full_load", "full_load_all", "unsafe_load", "unsafe_load_all"}


def offences(path: Path, root: Path = ROOT) -> list[str]:
    """Every use of code-running or shell-running machinery in one file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    where = path.relative_to(root).as_posix()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in RUNS_CODE:
                found.append(f"{where}:{node.lineno}: calls {node.func.id}()")
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names.append(node.module)
                if node.module == "importlib":  # metadata and util are fine; loading code is not
                    names += [
                        f"importlib.{a.name}" for a in node.names if a.name == "import_module"
                    ]
                if node.module == "os":
                    names += [f"os.{a.name}" for a in node.names if a.name in OS_SHELL]
            for name in names:
                if (
                    name.split(".")[0] in SHELL_MODULES
                    or name.removeprefix("os.") in OS_SHELL
                    or name == "importlib.import_module"
                ):
                    found.append(f"{where}:{node.lineno}: imports {name}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, attr = node.value.id, node.attr
            if (
                (owner == "os" and attr in OS_SHELL)
                or (owner == "yaml" and attr in UNSAFE_YAML)
                or (owner == "importlib" and attr == "import_module")
            ):
                found.append(f"{where}:{node.lineno}: uses {owner}.{attr}")
    return found


def test_the_rules_catch_what_they_forbid(tmp_path: Path) -> None:
    bad = tmp_path / "desktop_app" / "bad.py"
    bad.parent.mkdir()
    bad.write_text(
        "import subprocess\nfrom os import system\nimport os, yaml\n"
        "eval('1')\nos.popen('ls')\nyaml.load('a', Loader=None)\n"
        "from importlib import import_module, metadata\n",
        encoding="utf-8",
    )
    assert sorted(offences(bad, tmp_path)) == [
        "desktop_app/bad.py:1: imports subprocess",
        "desktop_app/bad.py:2: imports os.system",
        "desktop_app/bad.py:4: calls eval()",
        "desktop_app/bad.py:5: uses os.popen",
        "desktop_app/bad.py:6: uses yaml.load",
        "desktop_app/bad.py:7: imports importlib.import_module",
    ]


def test_no_shell_and_no_eval_anywhere() -> None:
    assert SOURCES
    found = [line for path in SOURCES for line in offences(path)]
    # One reviewed exception: the fact base's own YAML reader, which passes a SafeLoader.
    allowed = {f"desktop_app/facts/yaml_source.py:{_safe_load_line()}: uses yaml.load"}
    assert sorted(set(found) - allowed) == []


def _safe_load_line() -> int:
    text = Path(yaml_source.__file__).read_text(encoding="utf-8").splitlines()
    lines = [n for n, line in enumerate(text, 1) if "yaml.load(" in line]
    assert len(lines) == 1 and "Loader=_Loader" in text[lines[0] - 1]
    return lines[0]


def test_the_yaml_reader_is_the_safe_one() -> None:
    from yaml.constructor import FullConstructor, SafeConstructor, UnsafeConstructor

    assert issubclass(yaml_source._Loader, SafeConstructor)
    assert not issubclass(yaml_source._Loader, FullConstructor | UnsafeConstructor)
