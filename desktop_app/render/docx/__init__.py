"""The Word renderer: walks a Document and draws it as a .docx file, deciding nothing.

Modules, one job each:

- ``draw``: ``render_docx`` (this package's ``render``), which sets up the document and
  runs the others
- ``writer``: the visitor over the blocks (an unknown block type raises TypeError)
- ``cover``, ``contents``, ``prose``, ``tables``, ``figures``: the drawers for the block types
- ``context``: what the drawers share (paragraphs, inline runs, pending page breaks)
- ``footnotes``: real Word footnotes (a footnotes part and reference runs)
- ``fields``: TOC, PAGEREF, PAGE and NUMPAGES fields, bookmarks and internal links
- ``fonts``: East Asian fonts and languages; ``styles``: the styles and colours
- ``page``: page size, margins, header and footer; ``lists``: list numbering
- ``properties``: core and app properties; ``template``: the cleaned default template
- ``package``: a deterministic zip; ``text``: safe text runs
- ``elements``: XML helpers; ``schema``: the order of property elements Word insists on

Three things do not come from the model. The hint shown in contents that list no heading,
until Word updates its fields (``contents.CONTENTS_HINTS``), and the words of a note that
repeats the one before it (``footnotes.SAME_AS_BEFORE``: 同上。/ Ibid.), because ``Labels``
has no field for them yet. And the page numbers in the contents, which Word computes only
when it updates the field: until then they are the PDF's (``pdf.pdf_pages``).
"""

from __future__ import annotations

from desktop_app.model import Document


def render(document: Document) -> bytes:
    """``document`` drawn as a Word file. python-docx is loaded by the first drawing."""
    from desktop_app.render.docx.draw import render_docx

    return render_docx(document)


render_docx = render

__all__ = ["render", "render_docx"]
