"""The starting point: python-docx's default template, cleaned of what it should not carry.

Dropped: the thumbnail of an empty page, ``stylesWithEffects.xml`` (a Word 2010 copy of the
styles that would contradict ours), and every revision id (rsid). Changed: Word 2013
compatibility, so Word does not open the file in "Compatibility Mode". Added: the request
that Word update fields (the contents' page numbers) when it opens the document,
``w:updateFields``: Word asks once on opening ("This document contains fields that may refer
to other files…"), and does not write the setting back when it saves, so a file saved from
Word opens without the question. LibreOffice ignores it and shows the contents as written
(see ``contents.py`` and docs/word.md).
"""

from __future__ import annotations

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from desktop_app.render.docx.elements import element, put

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_DROPPED_DOCUMENT_RELS = (_STYLES_WITH_EFFECTS,)
_DROPPED_PACKAGE_RELS = (RT.THUMBNAIL,)
_RSID_ATTRIBUTE = qn("w:rsid")  # w:rsidR, w:rsidRPr, w:rsidSect, ...


def new_document() -> DocxDocument:
    docx = python_docx.Document()
    for owner, reltypes in (
        (docx.part, _DROPPED_DOCUMENT_RELS),
        (docx.part.package, _DROPPED_PACKAGE_RELS),
    ):
        for r_id, rel in list(owner.rels.items()):
            if rel.reltype in reltypes:
                del owner.rels[r_id]
    settings = docx.settings.element
    for tag in ("w:rsids", "w:savePreviewPicture"):
        for child in settings.findall(qn(tag)):
            settings.remove(child)
    for rsid in list(docx.styles.element.iter(qn("w:rsid"))):
        rsid.getparent().remove(rsid)
    for node in docx.element.iter():
        for name in [name for name in node.attrib if name.startswith(_RSID_ATTRIBUTE)]:
            del node.attrib[name]
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # Word 2013 and later: no "Compatibility Mode"
    put(settings, element("w:updateFields", val="true"))
    return docx
