"""Frozen entry point of the ``briefing`` command."""

import sys

from desktop_app.cli import main

sys.exit(main())
