"""Pausing Python's cycle collector during bulk work.

Loading a fact base or drawing a document makes hundreds of thousands of small objects.
The cycle collector runs again and again as they pile up and, on a large fact base, took
more time than the loading itself. Paused, it runs once the work is done; nothing is lost,
as the collector still frees any cycles then.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
