"""Assembly: facts, a template and a request become one format-neutral Document.

Every editorial decision lives here: what to say and in which order, number formats,
qualifiers and the fixed wording in both languages, which facts make a chart, footnotes.
"""

from desktop_app.assemble.builder import assemble
from desktop_app.assemble.request import (
    DEFAULT_REGION,
    DEFAULT_TEMPLATE,
    MAX_ISSUE,
    MAX_ISSUER,
    BriefingRequest,
)

__all__ = [
    "DEFAULT_REGION",
    "DEFAULT_TEMPLATE",
    "MAX_ISSUE",
    "MAX_ISSUER",
    "BriefingRequest",
    "assemble",
]
