"""The ``briefing`` command: a thin front end over the engine. No business logic lives here."""

from desktop_app.cli.main import main

__all__ = ["main"]
