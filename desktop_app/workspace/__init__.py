"""The workspace: the fact base and templates a front end works with, loaded once and kept."""

from desktop_app.workspace.catalogue import FactRow
from desktop_app.workspace.pack import Pack
from desktop_app.workspace.presets import Preset
from desktop_app.workspace.workspace import ExportResult, Workspace

__all__ = ["ExportResult", "FactRow", "Pack", "Preset", "Workspace"]
