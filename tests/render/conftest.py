"""Fixtures the Word renderer's tests share: the sample document and its .docx, made once
per module."""

from __future__ import annotations

import pytest

from desktop_app.model import Document
from desktop_app.render.docx import render_docx
from tests.render.sample import sample_document


@pytest.fixture(scope="module")
def sample() -> Document:
    return sample_document()


@pytest.fixture(scope="module")
def output(sample: Document) -> bytes:
    return render_docx(sample)
