"""The live preview: pages of the real PDF, drawn to images (pdfium), with zoom and paging."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QWheelEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget

RASTER_SCALE = 1.6  # pages are rasterised at 1.6 x 72 dpi: sharp at full width on most screens


# pdfium must not be entered from two threads at once: a refresh rasterises in a worker while
# the user may page through the previous preview on the GUI thread.
_PDFIUM = threading.Lock()


def _page_image(document: Any, index: int, scale: float) -> QImage:
    bitmap = document[index].render(scale=scale, prefer_bgrx=True)  # QImage RGB32 order
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
    )
    return image.copy()  # own the pixels: the bitmap's buffer goes with it


class PreviewPages:
    """The pages of one rendered PDF, drawn to images when first shown (most previews are
    looked at one page at a time, so a refresh draws only the page in view)."""

    def __init__(self, pdf: bytes, scale: float = RASTER_SCALE) -> None:
        import pypdfium2 as pdfium

        self.scale = scale
        with _PDFIUM:
            self._document = pdfium.PdfDocument(pdf)
            self.count = len(self._document)
        self._images: dict[int, QImage] = {}

    def image(self, index: int) -> QImage:
        if index not in self._images:
            with _PDFIUM:
                self._images[index] = _page_image(self._document, index, self.scale)
        return self._images[index]

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()


def prepare(pdf: bytes, page: int) -> PreviewPages:
    """Open ``pdf`` for the preview with page ``page`` (or the last) drawn already. Safe to
    call in a worker thread."""
    pages = PreviewPages(pdf)
    if pages.count:
        pages.image(min(page, pages.count - 1))
    return pages


class PreviewView(QScrollArea):
    """Shows one page at a time; zoom and page number are kept when the pages are replaced."""

    ZOOMS = (0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 2.0)  # 1.0: the page fills the width
    page_turned = Signal()  # the wheel turned the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("preview")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; PgUp/PgDn turn pages
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.label)
        self.pages: PreviewPages | None = None
        self.page = 0
        self.zoom_index = 3
        self.fit = "page"  # "page": the whole page in view; "width": the page fills the width
        self.message = ""  # shown in place of a page: 正在生成预览…, or why there is none
        self.label.setWordWrap(True)

    @property
    def zoom(self) -> float:
        return self.ZOOMS[self.zoom_index]

    @property
    def count(self) -> int:
        return self.pages.count if self.pages else 0

    def set_pages(self, pages: PreviewPages | None) -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = pages
        self.page = min(self.page, max(self.count - 1, 0))
        self._show()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt hook
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._show()

    def go(self, step: int) -> None:
        if self.count:
            self.page = max(0, min(self.count - 1, self.page + step))
            self._show()

    def zoom_by(self, step: int) -> None:
        if self.fit == "page":  # zooming starts from the whole page, not the width
            self.fit, self.zoom_index = "width", self._page_zoom_index()
        self.zoom_index = max(0, min(len(self.ZOOMS) - 1, self.zoom_index + step))
        self._show()

    def fit_page(self) -> None:
        self.fit = "page"
        self._show()

    def fit_width(self) -> None:
        self.fit, self.zoom_index = "width", self.ZOOMS.index(1.0)
        self._show()

    def set_message(self, text: str) -> None:
        """What the preview shows while it has no page: 正在生成预览…, or why there is none."""
        self.message = text
        self._show()

    def _page_zoom_index(self) -> int:
        """The zoom step nearest to showing the whole page."""
        if not self.count or self.pages is None:
            return self.ZOOMS.index(1.0)
        image = self.pages.image(self.page)
        fits = self._page_width(image.width(), image.height()) / self._fit_width()
        return min(range(len(self.ZOOMS)), key=lambda i: abs(self.ZOOMS[i] - fits))

    def _fit_width(self) -> int:
        return max(self.viewport().width() - 24, 200)

    def _page_width(self, width: int, height: int) -> int:
        """The width at which a whole page of ``width`` x ``height`` fits the view."""
        room = max(self.viewport().height() - 24, 200)
        return max(120, min(self._fit_width(), int(room * width / max(height, 1))))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt hook
        """The wheel scrolls a page; past its top or bottom it turns to the next one."""
        bar = self.verticalScrollBar()
        down = event.angleDelta().y() < 0
        at_end = bar.value() >= bar.maximum() if down else bar.value() <= bar.minimum()
        if self.count and at_end and event.angleDelta().y():
            before = self.page
            self.go(1 if down else -1)
            if self.page != before:
                bar.setValue(bar.minimum() if down else bar.maximum())
                self.page_turned.emit()
            event.accept()
            return
        super().wheelEvent(event)

    def _show(self) -> None:
        if self.pages is None or not self.count:
            self.label.setPixmap(QPixmap())
            self.label.setText(self.message)
            return
        image = self.pages.image(self.page)
        ratio = self.devicePixelRatioF() or 1.0
        if self.fit == "page":
            width = int(self._page_width(image.width(), image.height()) * ratio)
        else:
            width = int(self._fit_width() * self.zoom * ratio)  # zoom 1.0: fills the width
        pixmap = QPixmap.fromImage(image).scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation
        )
        pixmap.setDevicePixelRatio(ratio)
        self.label.setPixmap(pixmap)
