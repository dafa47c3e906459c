"""Charts placed in the PDF as they are: an 8-bit RGB or grey PNG's compressed pixel data is
exactly what a PDF image with the Flate filter and the PNG predictor holds, so it is copied in
without being decoded and compressed again (which took reportlab a fifth of an export).
Any other PNG goes through reportlab's usual image path.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.platypus import Flowable, Image

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: ("DeviceGray", 1), 2: ("DeviceRGB", 3)}  # PNG colour type -> space, channels


@dataclass(frozen=True)
class PngData:
    width: int
    height: int
    colour_space: str
    channels: int
    idat: bytes  # the zlib stream of filtered scanlines


def read_png(png: bytes) -> PngData | None:
    """The parts of ``png`` a PDF can take as they are, or None when it cannot (alpha, a
    palette, 16 bits, interlacing, or not a PNG at all)."""
    if not png.startswith(_SIGNATURE):
        return None
    position, header, chunks = len(_SIGNATURE), None, []
    while position + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
        position += 12 + length
    if header is None or not chunks:
        return None
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in _COLOURS or interlace:
        return None
    space, channels = _COLOURS[colour]
    return PngData(width, height, space, channels, b"".join(chunks))


class _PngXObject(PDFImageXObject):
    """An image XObject whose data is a PNG's, decoded by the PDF reader's PNG predictor."""

    def __init__(self, name: str, data: PngData) -> None:
        self.name, self.data, self.mask = name, data, None
        self.width, self.height = data.width, data.height

    def format(self, document: Any) -> bytes:
        stream = PDFStream(content=self.data.idat)
        entries = stream.dictionary
        entries["Type"] = PDFName("XObject")
        entries["Subtype"] = PDFName("Image")
        entries["Width"] = self.data.width
        entries["Height"] = self.data.height
        entries["BitsPerComponent"] = 8
        entries["ColorSpace"] = PDFName(self.data.colour_space)
        entries["Filter"] = PDFName(
            "FlateDecode"
        )  # one filter: a name (readers ignore the parameters of an array)
        entries["DecodeParms"] = PDFDictionary(
            {
                "Predictor": 15,
                "Colors": self.data.channels,
                "BitsPerComponent": 8,
                "Columns": self.data.width,
            }
        )
        entries["Length"] = len(self.data.idat)
        return stream.format(document)


class PngImage(Flowable):
    """A PNG drawn at ``width`` x ``height`` points."""

    def __init__(self, png: bytes, width: float, height: float) -> None:
        super().__init__()
        self.png, self.width, self.height = png, width, height
        self.data = read_png(png)
        self.name = "png-" + hashlib.sha256(png).hexdigest()[:24]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.data is None:  # not a PNG a PDF takes as it is
            Image(io.BytesIO(self.png), self.width, self.height).drawOn(canvas, 0, 0)
            return
        document = canvas._doc
        reference = document.getXObjectName(self.name)
        if document.idToObject.get(reference) is None:  # first use in this file
            image = _PngXObject(self.name, self.data)
            canvas._setXObjects(image)
            document.Reference(image, reference)
            document.addForm(self.name, image)
        canvas.saveState()
        canvas.scale(self.width, self.height)
        canvas._code.append(f"/{reference} Do")
        canvas.restoreState()
        canvas._formsinuse.append(self.name)
