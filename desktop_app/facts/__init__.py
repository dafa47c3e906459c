"""The fact base: load, validate and query sourced facts. Knows nothing about documents."""

from desktop_app.facts.base import FactBase
from desktop_app.facts.loader import load_fact_base, load_strict
from desktop_app.facts.model import Fact, Metric, Region, Source, SourceRef, Text, Theme
from desktop_app.facts.query import FactQuery, select_facts

__all__ = [
    "Fact",
    "FactBase",
    "FactQuery",
    "Metric",
    "Region",
    "Source",
    "SourceRef",
    "Text",
    "Theme",
    "load_fact_base",
    "load_strict",
    "select_facts",
]
