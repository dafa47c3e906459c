"""The live preview: pages of the real PDF, drawn to images, with zoom and paging."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget

RASTER_SCALE = 1.6  # pages are rasterised at 1.6 x 72 dpi: sharp at full width on most screens


@dataclass(frozen=True)
class PageImage:
    """One page rasterised: raw BGRX bytes (4 per pixel) and the size, made in a worker thread."""

    data: bytes
    width: int
    height: int

    def to_image(self) -> QImage:
        image = QImage(
            self.data, self.width, self.height, self.width * 4, QImage.Format.Format_ARGB32
        )
        return image.copy()  # own the pixels: ``data`` may go away


def rasterise(pdf: bytes, scale: float) -> list[PageImage]:
    """Every page of ``pdf`` as an image (pdfium). Safe to call from a worker thread."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=scale, prefer_bgrx=True)  # QImage RGB32 order
            width, height = bitmap.width, bitmap.height
            stride = bitmap.stride
            raw = bytes(bitmap.buffer)
            if stride != width * 4:
                raw = b"".join(
                    raw[row * stride : row * stride + width * 4] for row in range(height)
                )
            pages.append(PageImage(raw, width, height))
    finally:
        document.close()
    return pages


class PreviewView(QScrollArea):
    """Shows one page at a time; zoom and page number are kept when the pages are replaced."""

    ZOOMS = (0.5, 0.65, 0.8, 1.0, 1.25, 1.5, 2.0)  # 1.0: the page fills the width

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("preview")
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setWidget(self.label)
        self.images: list[QImage] = []
        self.page = 0
        self.zoom_index = 3

    @property
    def zoom(self) -> float:
        return self.ZOOMS[self.zoom_index]

    def set_pages(self, images: list[QImage]) -> None:
        self.images = images
        self.page = min(self.page, max(len(images) - 1, 0))
        self._show()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt hook
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._show()

    def go(self, step: int) -> None:
        if self.images:
            self.page = max(0, min(len(self.images) - 1, self.page + step))
            self._show()

    def zoom_by(self, step: int) -> None:
        self.zoom_index = max(0, min(len(self.ZOOMS) - 1, self.zoom_index + step))
        self._show()

    def _show(self) -> None:
        if not self.images:
            self.label.clear()
            return
        image = self.images[self.page]
        ratio = self.devicePixelRatioF() or 1.0
        fit = max(self.viewport().width() - 24, 200)  # zoom 1.0: the page fills the width
        width = int(fit * self.zoom * ratio)
        pixmap = QPixmap.fromImage(image).scaledToWidth(
            width, Qt.TransformationMode.SmoothTransformation
        )
        pixmap.setDevicePixelRatio(ratio)
        self.label.setPixmap(pixmap)
