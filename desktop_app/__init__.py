"""Briefing Studio (招商简报工坊): investment-promotion briefings from a sourced fact base.

One folder per concern, with the document model in the middle (see ARCHITECTURE.md):
``facts``, ``templates``, ``assemble``, ``model``, ``charts``, ``render``; ``workspace`` is the
front door and ``api`` the public surface that the front ends, ``cli`` and ``ui``, use alone.
"""

__version__ = "0.1.0"
