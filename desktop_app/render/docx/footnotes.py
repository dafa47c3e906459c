"""Real Word footnotes: a ``/word/footnotes.xml`` part and ``w:footnoteReference`` runs.

python-docx has no footnote API. The part holds the separator (id -1) and the continuation
separator (id 0) first, then one ``w:footnote`` per note, its id the note's number. Word and
LibreOffice number and place the notes themselves, at the foot of the page that first cites
them.

A passage cited again keeps its number (GB/T 7714: a work cited again is not numbered
again). Word allows one reference to a footnote, so a later citation is a cross-reference, as
Word's Insert Cross-reference writes one: a NOTEREF field showing the note's number formatted
as a footnote reference (``\\f``) and linked to it (``\\h``), its result already written, to
a bookmark on the first reference. The note is printed once, at the foot of the page of its
first citation, wherever an edit moves the text: the PDF, whose pages are fixed, prints a note
again on each later page that cites it, but a Word file is edited, and a note printed again
by the PDF's pages (a footnote of its own with a typed mark) ends up on the wrong page once
the text moves, and LibreOffice shows it with a doubled mark. A note that says just
what the note before it says reads "同上。" in Chinese, "Ibid." in English
(:data:`SAME_AS_BEFORE`).
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from desktop_app.model import Footnote, Lang
from desktop_app.render.docx.elements import element, put
from desktop_app.render.docx.fields import field_begin, field_end, field_instruction, field_separate
from desktop_app.render.docx.text import Ink

TEXT_STYLE_ID = "FootnoteText"
REFERENCE_STYLE = "footnote reference"
REFERENCE_STYLE_ID = "FootnoteReference"

# The rule takes a 9 pt line (3.2 mm, the PDF's gap above its notes) whatever the reader's
# fonts: its paragraph and run are set at 1 pt, so only the "at least" height counts. (A
# single-spaced line of the body font took 21 pt in Word with the spacing around it.
# LibreOffice draws its own rule and ignores this paragraph.)
_RULE = (
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="180" w:lineRule="atLeast"/>'
    '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="2"/></w:rPr>'
)
_SEPARATORS = f"""
<w:footnotes {{nsdecls}}>
  <w:footnote w:type="separator" w:id="-1">
    <w:p>{_RULE}<w:separator/></w:r></w:p>
  </w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0">
    <w:p>{_RULE}<w:continuationSeparator/></w:r></w:p>
  </w:footnote>
</w:footnotes>
"""


# The text of a note identical to the one before it. Not in the model's Labels yet; see the
# module docstring of render.docx.
SAME_AS_BEFORE: dict[Lang, str] = {"zh": "同上。", "en": "Ibid."}


def note_texts(footnotes: Iterable[Footnote], lang: Lang) -> list[str]:
    """Each note's printed text: its own, or :data:`SAME_AS_BEFORE` when it is the text of
    the note before it."""
    texts: list[str] = []
    previous = None
    for note in footnotes:
        texts.append(SAME_AS_BEFORE[lang] if note.text == previous else note.text)
        previous = note.text
    return texts


BOOKMARK_IDS = 100_000  # footnote bookmarks' ids start here, clear of the contents' ones


def bookmark_name(number: int) -> str:
    """The hidden bookmark (a leading _) on the first reference to note ``number``."""
    return f"_FnRef{number:05d}"


class NoteReferences:
    """Writes footnote references: the first citation of a note is its real reference (notes
    are first cited in order); a later one is a cross-reference to it."""

    def __init__(self, footnotes: Iterable[Footnote]) -> None:
        self._known = {note.number for note in footnotes}
        self._cited: set[int] = set()

    def add(self, paragraph: DocxParagraph, number: int) -> Run:
        if number not in self._known:
            raise ValueError(f"footnote reference {number} has no footnote in the document")
        if number in self._cited:
            return self._refer_back(paragraph, number)
        if number != len(self._cited) + 1:
            # Word numbers notes by where they are cited; any other order would renumber them.
            raise ValueError(f"footnote {number} is cited before footnote {len(self._cited) + 1}")
        self._cited.add(number)
        paragraph._p.append(
            element("w:bookmarkStart", id=BOOKMARK_IDS + number, name=bookmark_name(number))
        )
        run = _reference_run(paragraph)
        run._r.append(element("w:footnoteReference", id=number))
        paragraph._p.append(element("w:bookmarkEnd", id=BOOKMARK_IDS + number))
        return run

    def _refer_back(self, paragraph: DocxParagraph, number: int) -> Run:
        """NOTEREF: the number of note ``number``, as a footnote reference, linked to it."""
        field_begin(_reference_run(paragraph))
        field_instruction(_reference_run(paragraph), f"NOTEREF {bookmark_name(number)} \\f \\h")
        field_separate(_reference_run(paragraph))
        shown = _reference_run(paragraph)
        shown.text = str(number)
        field_end(_reference_run(paragraph))
        return shown

    def check_all_cited(self) -> None:
        missing = sorted(self._known - self._cited)
        if missing:
            raise ValueError(f"footnotes {missing} are never referenced in the text")


def _reference_run(paragraph: DocxParagraph) -> Run:
    run = paragraph.add_run()
    run._r.get_or_add_rPr().style = REFERENCE_STYLE_ID  # by id: see styles.set_style
    return run


def add_footnotes_part(
    docx: DocxDocument,
    footnotes: Iterable[Footnote],
    ink: Ink,
    rule_text: str = "",
    number_color: RGBColor | None = None,
) -> None:
    """Create ``/word/footnotes.xml`` with ``footnotes``, related from the main document.

    ``rule_text`` is printed beside the separator rule (Word shows it; LibreOffice draws its
    own rule and omits it). ``number_color``: the colour of each note's number, when it is
    not the reference style's.
    """
    notes = list(footnotes)
    numbers = [note.number for note in notes]
    if numbers != list(range(1, len(notes) + 1)):
        raise ValueError(f"footnotes must be numbered 1..n in order, got {numbers}")
    root = parse_xml(_SEPARATORS.format(nsdecls=nsdecls("w", "r")))
    if rule_text:
        separator = root.find(f"{qn('w:footnote')}/{qn('w:p')}")
        ink.run(DocxParagraph(separator, None), " " + rule_text, size=8)  # type: ignore[arg-type]
    texts = note_texts(notes, "zh" if ink.zh else "en")
    for note, text in zip(notes, texts, strict=True):
        root.append(_footnote(note.number, text, ink, number_color))
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, root, docx.part.package)
    docx.part.relate_to(part, RT.FOOTNOTES)
    _declare_separators(docx.settings.element)


def _footnote(number: int, text: str, ink: Ink, number_color: RGBColor | None) -> BaseOxmlElement:
    """Footnote ``number``, Word numbering it."""
    footnote = element("w:footnote", id=number)
    p = element("w:p")
    footnote.append(p)
    p.get_or_add_pPr().style = TEXT_STYLE_ID
    mark_run = p.add_r()
    mark_properties = mark_run.get_or_add_rPr()
    mark_properties.style = REFERENCE_STYLE_ID
    # The note's number in the note's own colour: the reference style's accent colour marks
    # the references in the text.
    if number_color is not None:
        put(mark_properties, element("w:color", val=str(number_color)))
    mark_run.append(element("w:footnoteRef"))
    paragraph = DocxParagraph(p, None)  # type: ignore[arg-type]  # no style lookups needed
    ink.run(paragraph, " " + text)
    return footnote


def _declare_separators(settings: BaseOxmlElement) -> None:
    """``w:footnotePr`` in settings names the separators, as Word itself writes it."""
    footnote_pr = element("w:footnotePr")
    footnote_pr.append(element("w:footnote", id=-1))
    footnote_pr.append(element("w:footnote", id=0))
    put(settings, footnote_pr)
