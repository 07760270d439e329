"""Parse Vietnamese legal documents into records whose every item carries a span.

Public verbs:

* ``parse_document(path)`` — a file (plain text, thuvienphapluat markdown or page, Công báo text,
  pandoc markdown, vbpl.vn HTML) → ``DocumentRecord``;
* ``parse_bytes(data, name)`` — the same from bytes;
* ``evaluate(gold_dir)`` — precision, recall and F1 against gold annotations.
"""

from parsers.models import DocumentRecord
from parsers.pipeline import PARSER_VERSION, parse_bytes, parse_document

__all__ = ["PARSER_VERSION", "DocumentRecord", "evaluate", "parse_bytes", "parse_document"]


def evaluate(gold_dir: str, docs: list[str] | None = None) -> dict[str, object]:
    from parsers.evaluate import evaluate as _evaluate

    return _evaluate(gold_dir, docs)
