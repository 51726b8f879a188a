"""Extraction entry point (interim: articles only; the event extractor lands next)."""
from __future__ import annotations

from ..domain import ArticleInfo, DocumentExtraction


def extract_document(text: str) -> DocumentExtraction:
    return DocumentExtraction(articles=[ArticleInfo(0, 0, len(text), None, None, "none")], mentions=[])
