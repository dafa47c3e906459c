"""The app's remembered options, declared in one place, over QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION, APPLICATION = "BriefingStudio", "Briefing Studio"
RECENT = 10  # recent exports remembered


def default_output_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Briefings"


class Settings:
    """Typed access to what the app remembers between runs."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORGANISATION, APPLICATION)

    def _list(self, key: str) -> list[str]:
        value = self.store.value(key, [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value or []]

    def _text(self, key: str, default: str = "") -> str:
        value = self.store.value(key, default)
        return str(value) if value is not None else default

    @property
    def regions(self) -> list[str]:
        return self._list("choice/regions")

    @regions.setter
    def regions(self, value: list[str]) -> None:
        self.store.setValue("choice/regions", list(value))

    @property
    def themes(self) -> list[str]:
        return self._list("choice/themes")

    @themes.setter
    def themes(self, value: list[str]) -> None:
        self.store.setValue("choice/themes", list(value))

    @property
    def template(self) -> str:
        return self._text("choice/template")

    @template.setter
    def template(self, value: str) -> None:
        self.store.setValue("choice/template", value)

    @property
    def lang(self) -> str:
        return self._text("choice/lang", "zh")

    @lang.setter
    def lang(self, value: str) -> None:
        self.store.setValue("choice/lang", value)

    @property
    def edition(self) -> str:
        """external or internal; empty: the template's own audience."""
        return self._text("choice/edition")

    @edition.setter
    def edition(self, value: str) -> None:
        self.store.setValue("choice/edition", value)

    @property
    def issuer(self) -> str:
        """The unit that prepares the briefings; empty: the template's own words."""
        return self._text("issue/issuer")

    @issuer.setter
    def issuer(self, value: str) -> None:
        self.store.setValue("issue/issuer", value)

    @property
    def issue_number(self) -> int | None:
        """The issue number an internal brief prints next (第N期); None: no issue line."""
        text = self._text("issue/number")
        return int(text) if text.isdigit() and int(text) > 0 else None

    @issue_number.setter
    def issue_number(self, value: int | None) -> None:
        self.store.setValue("issue/number", str(value) if value else "")

    @property
    def ui_lang(self) -> str:
        return self._text("ui/lang", "zh")

    @ui_lang.setter
    def ui_lang(self, value: str) -> None:
        self.store.setValue("ui/lang", value)

    @property
    def output_folder(self) -> Path:
        text = self._text("folders/output")
        return Path(text) if text else default_output_folder()

    @output_folder.setter
    def output_folder(self, value: Path) -> None:
        self.store.setValue("folders/output", str(value))

    @property
    def facts_folder(self) -> Path | None:
        text = self._text("folders/facts")
        return Path(text) if text else None

    @facts_folder.setter
    def facts_folder(self, value: Path | None) -> None:
        self.store.setValue("folders/facts", str(value) if value else "")

    @property
    def templates_folder(self) -> Path | None:
        text = self._text("folders/templates")
        return Path(text) if text else None

    @templates_folder.setter
    def templates_folder(self, value: Path | None) -> None:
        self.store.setValue("folders/templates", str(value) if value else "")

    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def presets_folder(self) -> Path:
        """Where presets are kept, as files a colleague can be sent."""
        text = self._text("folders/presets")
        return Path(text) if text else self.output_folder / "presets"

    @presets_folder.setter
    def presets_folder(self, value: Path) -> None:
        self.store.setValue("folders/presets", str(value))

    @property
    def recent_exports(self) -> list[Path]:
        return [Path(p) for p in self._list("exports/recent")]

    def remember_export(self, path: Path) -> None:
        """Put ``path`` first in the recent exports (at most RECENT of them)."""
        paths = [str(path)] + [p for p in self._list("exports/recent") if p != str(path)]
        self.store.setValue("exports/recent", paths[:RECENT])

    def excluded(self, template: str, regions: list[str]) -> set[str]:
        """The facts left out of this template for these regions, as the user last left them."""
        return set(self._list(f"excluded/{template}/{'+'.join(sorted(regions))}"))

    def set_excluded(self, template: str, regions: list[str], facts: set[str]) -> None:
        self.store.setValue(f"excluded/{template}/{'+'.join(sorted(regions))}", sorted(facts))

    @property
    def splitter(self) -> QByteArray | None:
        value = self.store.value("window/splitter")
        return value if isinstance(value, QByteArray) else None

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self.store.setValue("window/splitter", value)

    def sync(self) -> None:
        self.store.sync()
