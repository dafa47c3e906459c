"""``python -m desktop_app``: the command line, until the desktop app lands."""

import sys

from desktop_app.cli import main

sys.exit(main())
