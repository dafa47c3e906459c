"""A deterministic zip: python-docx stamps each entry with the current time; this does not.

The entries are rewritten in a fixed order ([Content_Types].xml first, then the package
relationships, then the rest by name) with one fixed timestamp and fixed attributes, so the
same document always gives the same bytes.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def deterministic_zip(data: bytes) -> bytes:
    with zipfile.ZipFile(BytesIO(data)) as source:
        entries = {info.filename: source.read(info) for info in source.infolist()}
    order = [name for name in _FIRST if name in entries]
    order += sorted(name for name in entries if name not in _FIRST)
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, entries[name], compresslevel=6)
    return out.getvalue()
