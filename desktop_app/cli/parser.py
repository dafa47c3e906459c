"""The ``briefing`` argument parser. Errors come out as one line, never a usage dump."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from desktop_app.api import DEFAULT_REGION, DEFAULT_TEMPLATE, EDITIONS, FORMATS, LANGS


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message}; see '{self.prog} --help'\n")
        raise SystemExit(2)


def _add_facts_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--facts",
        metavar="DIR",
        help="a fact base folder laid out like seeds/ (default: the bundled fact base)",
    )


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="briefing",
        description="Briefing Studio (招商简报工坊): sourced investment-promotion briefings.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    facts = commands.add_parser("facts", help="list facts, filtered by region and theme")
    _add_facts_dir(facts)
    repeatable = {"action": "append", "default": [], "metavar": "ID"}
    facts.add_argument(
        "--region", **repeatable, help="a region id or name, with the regions below it"
    )
    facts.add_argument("--theme", **repeatable, help="a theme id, with its sub-themes")
    facts.add_argument("--metric", **repeatable, help="a metric id")
    facts.add_argument("--json", action="store_true", help="print a JSON array")
    facts.add_argument("--lang", choices=LANGS, default="zh", help="language of the text listing")

    listings = {
        "regions": "the region gazetteer",
        "themes": "the theme taxonomy",
        "sources": "the source registry",
        "metrics": "the canonical metrics",
    }
    for name, what in listings.items():
        sub = commands.add_parser(name, help=f"list {what}")
        _add_facts_dir(sub)
        sub.add_argument("--json", action="store_true", help="print a JSON array")

    validate = commands.add_parser(
        "validate", help="check a fact base; exit 2 listing every problem"
    )
    _add_facts_dir(validate)

    export = commands.add_parser("export", help="build a briefing and write it as PDF or Word")
    check = commands.add_parser(
        "check", help="what to look at before exporting a briefing (drafts, conflicts, ...)"
    )
    _add_selection(check)
    _add_facts_dir(export)
    _add_templates_dir(export)
    export.add_argument(
        "--template", default=DEFAULT_TEMPLATE, help="template id (see 'templates')"
    )
    export.add_argument(
        "--region", **repeatable, help=f"a region id or name (default: {DEFAULT_REGION})"
    )
    export.add_argument("--theme", **repeatable, help="a theme id (default: every theme)")
    export.add_argument("--lang", choices=LANGS, default="zh", help="language (default zh)")
    export.add_argument(
        "--edition",
        choices=EDITIONS,
        help="external (对外: for visitors) or internal (对内: every fact, the classification and "
        "notes on the data); default: the template's own",
    )
    export.add_argument(
        "--issue-number",
        type=int,
        metavar="N",
        help="the issue number (1 to 9999) an internal brief prints under its masthead (第N期); "
        "default: no issue line",
    )
    export.add_argument(
        "--issuer",
        metavar="NAME",
        help="the unit that prepares the briefing (e.g. 苏州工业园区投资促进委员会), printed on "
        "the cover and a brief's masthead; default: the template's own words",
    )
    formats = [f.id for f in FORMATS]
    export.add_argument("--format", choices=formats, help=f"default: from -o, else {formats[0]}")
    export.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="output file (default: a name "
        "made of region, template and date, in the current folder)",
    )
    export.add_argument("--date", metavar="YYYY-MM-DD", help="the briefing's date (default today)")
    export.add_argument("--exclude", **repeatable, help="a fact id to leave out")

    importing = commands.add_parser(
        "import", help="read an article and propose facts; --into DIR --accept writes them"
    )
    importing.add_argument(
        "file", metavar="FILE", help="a .txt, .html or .docx file; - reads stdin"
    )
    _add_facts_dir(importing)
    importing.add_argument("--json", action="store_true", help="print the proposal as JSON")
    importing.add_argument(
        "--into", metavar="DIR", help="your own fact folder, to write the accepted facts into"
    )
    importing.add_argument(
        "--accept", metavar="all|N,...", help="the candidates to write (all: every non-duplicate)"
    )
    importing.add_argument(
        "--metric", action="append", default=[], metavar="N=ID", help="use metric ID for N"
    )
    importing.add_argument(
        "--region", action="append", default=[], metavar="N=ID", help="use region ID for N"
    )
    importing.add_argument("--title-en", metavar="TEXT", help="the article title in English")

    pack = commands.add_parser(
        "pack", help="export several presets into one dated folder with an index and a zip"
    )
    pack.add_argument("presets", nargs="+", metavar="PRESET_FILE", help="a preset saved by the app")
    _add_facts_dir(pack)
    _add_templates_dir(pack)
    pack.add_argument("-o", "--output", metavar="DIR", required=True, help="where the pack goes")
    pack.add_argument("--date", metavar="YYYY-MM-DD", help="the briefings' date (default today)")
    pack.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default 1: faster for packs of a few)",
    )
    pack.add_argument(
        "--issuer", metavar="NAME", help="the unit that prepares the briefings (see export)"
    )

    templates = commands.add_parser(
        "templates", help="list the report templates; exit 2 listing every problem"
    )
    _add_facts_dir(templates)
    _add_templates_dir(templates)
    templates.add_argument("--json", action="store_true", help="print a JSON array")
    return parser


def _add_selection(parser: argparse.ArgumentParser) -> None:
    """The options that choose a briefing, shared by export and check."""
    repeatable = {"action": "append", "default": [], "metavar": "ID"}
    _add_facts_dir(parser)
    _add_templates_dir(parser)
    parser.add_argument("--template", default=DEFAULT_TEMPLATE, help="template id")
    parser.add_argument("--region", **repeatable, help=f"a region (default: {DEFAULT_REGION})")
    parser.add_argument("--theme", **repeatable, help="a theme id (default: every theme)")
    parser.add_argument("--lang", choices=LANGS, default="zh", help="language (default zh)")
    parser.add_argument("--edition", choices=EDITIONS, help="default: the template's own")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the briefing's date (default today)")
    parser.add_argument("--exclude", **repeatable, help="a fact id to leave out")


def _add_templates_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--templates",
        metavar="DIR",
        help="a folder of your own templates, used next to the bundled ones",
    )
