"""Synthetic fact bases of any size, for the scale benchmarks.

The base reuses the bundled sources, themes and metrics, adds a gazetteer of districts under
one city, and writes facts (about half with a figure) in files of at most 1,000 facts, as a
team would split a large base. One district, ``d-0000``, holds exactly ``focus`` facts, the
region exported in the benchmark; the rest are spread over the other districts.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import yaml

from desktop_app.resources import bundled_facts

FOCUS = "d-0000"
PER_FILE = 1000
_METRICS = [("national-high-tech-enterprises", "enterprise", "家"),
            ("listed-companies", "enterprise", "家"),
            ("tech-enterprises", "enterprise", "家")]  # fmt: skip
_THEMES = ["enterprises", "talent", "platforms", "finance", "industries", "policy"]
_FIELDS = ["研发", "招商", "人才"]
_SOURCES = ["sip-tech-innovation-2023", "sip-tech-investment-2025", "snd-returnee-cases-2023"]


def _districts(count: int) -> int:
    return max(2, min(400, count // 250))


def _fact(index: int, region: str, rng: random.Random) -> dict[str, object]:
    fact: dict[str, object] = {
        "id": f"f-{index:06d}",
        "region": region,
        "themes": [rng.choice(_THEMES)],
        "metric": None, "value": None, "unit": None, "qualifier": None, "figure": None,
        "period": str(rng.randint(2019, 2023)),  # not after its source (published 2023 on)
        "as_of": None,
        "statement": {
            "zh": f"第{index}号示例事实：该区域在{rng.choice(_FIELDS)}方面持续推进重点工作。",
            "en": f"Sample fact {index}: the district keeps its key work in this field moving.",
        },
        "source": {"id": rng.choice(_SOURCES), "locator": rng.randint(1, 30)},
    }  # fmt: skip
    if index % 2 == 0:
        metric, unit, measure = rng.choice(_METRICS)
        value = rng.randint(1, 99999)
        fact.update(metric=metric, value=value, unit=unit, qualifier="exact",
                    figure=f"{value}{measure}", period=None, as_of="2024-05")  # fmt: skip
    return fact


def write_base(folder: Path, count: int, focus: int = 500, seed: int = 7) -> Path:
    """A valid fact base of ``count`` facts in ``folder`` (replaced if present)."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "facts").mkdir(parents=True)
    bundled = bundled_facts()
    for name in ("sources.yaml", "themes.yaml", "metrics.yaml"):
        shutil.copy(bundled / name, folder / name)
    districts = _districts(count)
    regions = [{"id": "city", "parent": None, "kind": "city",
                "name": {"zh": "示例市", "en": "Sample City"}}]  # fmt: skip
    regions += [_district(i) for i in range(districts)]
    _dump(folder / "regions.yaml", {"regions": regions})
    rng = random.Random(seed)
    facts = []
    for index in range(count):
        region = FOCUS if index < focus else f"d-{1 + index % (districts - 1):04d}"
        facts.append(_fact(index, region, rng))
    for start in range(0, count, PER_FILE):
        _dump(folder / "facts" / f"part-{start // PER_FILE:04d}.yaml",
              {"facts": facts[start : start + PER_FILE]})  # fmt: skip
    return folder


def _district(index: int) -> dict[str, object]:
    name = {"zh": f"示例区{index}", "en": f"Sample District {index}"}
    return {"id": f"d-{index:04d}", "parent": "city", "kind": "district", "name": name}


def _dump(path: Path, data: object) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    path.write_text(text, encoding="utf-8")
