"""Briefing Studio (招商简报工坊): investment-promotion briefings from a sourced fact base.

The engine is organised one folder per concern:

- ``facts``: load, validate and query the fact base (``seeds/`` or a user's own folder);
- ``cli``: the ``briefing`` command, a thin front end over the engine.
"""

__version__ = "0.1.0"
