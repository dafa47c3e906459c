"""The order of child elements the WordprocessingML schema requires, for ``elements.put``.

The same sequences as python-docx 1.2 uses internally (it does not expose them).
"""

from __future__ import annotations


def _names(text: str) -> tuple[str, ...]:
    return tuple(f"w:{name}" for name in text.split())


SEQUENCES: dict[str, tuple[str, ...]] = {
    "settings": _names(
        """
        writeProtection view zoom removePersonalInformation removeDateAndTime
        doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText
        printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts
        saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges
        bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors
        hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate
        linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge
        revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection
        autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation
        consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength
        clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting
        bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing
        drawingGridVerticalSpacing displayHorizontalDrawingGridEvery
        displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin
        drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData
        noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars
        noLineBreaksAfter noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema
        saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText doNotDemarcateInvalidXml
        saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags
        alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat
        docVars rsids attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats
        doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType
        shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator
        """
    ),
    "rPr": _names(
        """
        rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint
        noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u
        effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath
        """
    ),
    "pPr": _names(
        """
        pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr
        suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct
        topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind
        contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment
        textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange
        """
    ),
    "tblPr": _names(
        """
        tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc
        tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption
        tblDescription tblPrChange
        """
    ),
    "tcPr": _names(
        """
        cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText
        vAlign hideMark headers cellIns cellDel cellMerge tcPrChange
        """
    ),
    "trPr": _names(
        """
        cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader
        tblCellSpacing jc hidden ins del trPrChange
        """
    ),
}
