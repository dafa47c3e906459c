"""reportlab's Paragraph, breaking its lines once per width.

While laying out a page, reportlab asks the same paragraph for its size several times at the
same width (to place it, to keep a group together, to split a table); each time it broke the
lines afresh, which was a third of an export. The lines depend only on the width, so the
last answer is kept and reused.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _Paragraph


class Paragraph(_Paragraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height  # (splitting drops blPara: then it breaks again)
        size = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size
