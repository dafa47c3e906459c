"""``python -m desktop_app``: the desktop app. The command line is ``briefing``
(or ``python -m desktop_app.cli``)."""

import sys

from desktop_app.ui.app import main

sys.exit(main())
