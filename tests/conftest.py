from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = Path(os.environ.get("VNLEGAL_SHARED_CORPUS", ROOT.parent / "shared" / "corpus"))
SHARED_DOCS = SHARED / "documents"


def shared_docs() -> Path:
    if not SHARED_DOCS.is_dir():
        pytest.skip(f"the development corpus is not at {SHARED_DOCS} (../shared/corpus)")
    return SHARED_DOCS


@pytest.fixture(scope="session")
def decision_1369():
    from parsers import parse_document

    return parse_document(CORPUS / "001_3f4267e86baa5422.txt")


@pytest.fixture(scope="session")
def news_2024():
    from parsers import parse_document

    return parse_document(CORPUS / "000_444fadc33cc7a01d.txt")
