"""Presets: a named selection (regions, themes, template, edition, language, format, facts left
out) saved as a small YAML file a colleague can read, edit and be sent.

```yaml
# Briefing Studio preset
name: 德国医疗器械代表团
regions: [sip, snd-medpark]
themes: [medical-devices]
template: full-briefing
edition: external        # or internal; leave it out for the template's own
lang: en                 # zh or en
format: pdf              # pdf or docx
exclude: []              # fact ids left out
```

Reading one checks every field and names the file, the line and what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from desktop_app.assemble import DEFAULT_REGION, DEFAULT_TEMPLATE, BriefingRequest
from desktop_app.errors import BriefingError
from desktop_app.facts.yaml_source import LocatedDict, load_yaml
from desktop_app.language import LANGS
from desktop_app.render.formats import FORMATS
from desktop_app.render.output import write_atomic
from desktop_app.templates import EDITIONS
from desktop_app.workspace.naming import safe_stem

SUFFIX = ".yaml"
FIELDS = ("name", "regions", "themes", "template", "edition", "lang", "format", "exclude")


class PresetError(BriefingError):
    """A preset file that cannot be used (one line: file, line, what to fix)."""


@dataclass(frozen=True)
class Preset:
    name: str
    regions: tuple[str, ...] = (DEFAULT_REGION,)
    themes: tuple[str, ...] = ()
    template: str = DEFAULT_TEMPLATE
    edition: str | None = None  # None: the template's own audience
    lang: str = "zh"
    format: str = "pdf"
    exclude: frozenset[str] = field(default_factory=frozenset)
    # who prepares the briefing: given for a pack by the app's or the command's issuer, not
    # kept in the preset's file (a preset is a delegation's choice, the issuer the user's unit)
    issuer: str | None = None

    def request(self, date: str | None = None) -> BriefingRequest:
        return BriefingRequest(
            regions=self.regions,
            themes=self.themes,
            template=self.template,
            lang=self.lang,  # type: ignore[arg-type]
            date=date,
            exclude=self.exclude,
            edition=self.edition,  # type: ignore[arg-type]
            issuer=self.issuer,
        )


def file_stem(name: str) -> str:
    """A file name for a preset's name: 德国医疗器械代表团 stays readable."""
    return safe_stem(name) or "preset"


def preset_yaml(preset: Preset) -> str:
    data: dict[str, Any] = {
        "name": preset.name,
        "regions": list(preset.regions),
        "themes": list(preset.themes),
        "template": preset.template,
        "edition": preset.edition,
        "lang": preset.lang,
        "format": preset.format,
        "exclude": sorted(preset.exclude),
    }
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=None)
    return "# Briefing Studio preset\n" + body


def save_preset(preset: Preset, folder: Path) -> Path:
    """Write ``preset`` into ``folder`` as NAME.yaml (replacing a preset of that name)."""
    if not preset.name.strip():
        raise PresetError("a preset needs a name")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{file_stem(preset.name)}{SUFFIX}"
    write_atomic(path, preset_yaml(preset).encode("utf-8"))
    return path


def _texts(data: LocatedDict, key: str, where: str) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PresetError(f"{where}:{data.line_of(key)}: {key} must be a list of ids, "
                          f"like [sip, snd]")  # fmt: skip
    return tuple(value)


def _choice(data: LocatedDict, key: str, allowed: tuple[str, ...], default: str | None,
            where: str) -> str | None:  # fmt: skip
    value = data.get(key, default)
    if value is None:
        return default
    if value not in allowed:
        raise PresetError(
            f"{where}:{data.line_of(key)}: {key} must be one of {', '.join(allowed)}, got {value!r}"
        )
    return str(value)


def read_preset(path: Path) -> Preset:
    """The preset in ``path``; PresetError naming the file, line and what to fix."""
    where = str(path)
    data, problem = load_yaml(path)
    if problem is not None:
        raise PresetError(str(problem))
    if not isinstance(data, LocatedDict):
        raise PresetError(f"{where}: not a preset; it should hold name:, regions:, template:")
    unknown = [k for k in data if k not in FIELDS]
    if unknown:
        raise PresetError(
            f"{where}:{data.line_of(unknown[0])}: unknown field '{unknown[0]}'; "
            f"the fields are {', '.join(FIELDS)}"
        )
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise PresetError(f"{where}:{data.line_of('name')}: name must be the preset's name")
    template = data.get("template", DEFAULT_TEMPLATE)
    if not isinstance(template, str) or not template:
        raise PresetError(f"{where}:{data.line_of('template')}: template must be a template id")
    formats = tuple(f.id for f in FORMATS)
    return Preset(
        name=name.strip(),
        regions=_texts(data, "regions", where) or (DEFAULT_REGION,),
        themes=_texts(data, "themes", where),
        template=template,
        edition=_choice(data, "edition", EDITIONS, None, where),
        lang=_choice(data, "lang", LANGS, "zh", where) or "zh",
        format=_choice(data, "format", formats, formats[0], where) or formats[0],
        exclude=frozenset(_texts(data, "exclude", where)),
    )


def list_presets(folder: Path) -> list[tuple[Path, Preset | None, str]]:
    """Every preset file in ``folder``: (path, preset or None, the problem if unreadable)."""
    found: list[tuple[Path, Preset | None, str]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            found.append((path, read_preset(path), ""))
        except BriefingError as exc:
            found.append((path, None, str(exc)))
    return found
