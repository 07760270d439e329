"""Repair of dropped characters, for matching only: the text offsets refer to is never changed.

Some sources lose accented letters ("THÀNH PHHỒ CHÍ MINH", "1. Mc đích", "thông tin đi ngoại",
"tổng hp"). ``repair_phrase`` restores a syllable when exactly one way of putting back a dropped
letter gives syllables that the offline dictionary shipped with underthesea (Viet74K) knows *and*
that form a dictionary word with a neighbour. A context-free corrector would "fix" good words;
the neighbour check is what keeps this safe.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import cache
from pathlib import Path

from parsers.text import _DROPPABLE, normalize

_LOWER_DROPPABLE = sorted(_DROPPABLE)


@cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """(syllables, multi-syllable words), lower case, from underthesea's Viet74K word list."""
    raw = _word_list().read_text("utf-8")
    words = {unicodedata.normalize("NFC", w.strip().lower()) for w in raw.splitlines() if w.strip()}
    # Viet74K places tones the old way ("văn hoá", "hoà bình"); documents are read in the modern
    # placement (``text.normalize``: "văn hóa"), so the list holds both
    words |= {normalize(w) for w in words}
    syllables = {s for w in words for s in w.split()}
    return frozenset(syllables), frozenset(w for w in words if " " in w)


def is_word(phrase: str) -> bool:
    """Is ``phrase``, its syllables apart by single spaces, one word of more than one syllable ("nhiệm vụ", "Công
    Thương")?"""
    return phrase.lower() in _dictionary()[1]


def _word_list() -> Path:
    """Viet74K in underthesea's package data, found without importing underthesea (whose import loads
    its pipelines and reads its home folder: nothing the word list needs, and a step that can fail).
    A missing list is an installation error, never a silently poorer reading."""
    spec = importlib.util.find_spec("underthesea")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder, "corpus", "data", "Viet74K.txt")
        if path.is_file():
            return path
    raise RuntimeError("underthesea's word list (corpus/data/Viet74K.txt) is missing: reinstall the project")


def _has_vowel(word: str) -> bool:
    """A syllable has a vowel; an abbreviation of capitals may have none ("THCS", "HĐND")."""
    return any(c in "aeiouy" for c in unicodedata.normalize("NFD", word.lower()))


def repair_phrase(phrase: str) -> str:
    """``"THÀNH PHHỒ CHÍ MINH"`` → ``"THÀNH PHỐ HỒ CHÍ MINH"``; unknown damage is left alone.

    Case is kept: an ALL-CAPS phrase gets capitals back.
    """
    syllables, words = _dictionary()
    if not syllables:
        return phrase
    tokens = phrase.split(" ")
    out: list[str] = []
    for i, tok in enumerate(tokens):
        core = tok.strip(".,;:()“”\"")
        if not core or not core.isalpha() or core.lower() in syllables or (core.isupper() and not _has_vowel(core)):
            out.append(tok)  # (… or an abbreviation, no syllable: "THCS", "THPT", "HĐND")
            continue
        before = tokens[i - 1].strip(".,;:()“”\"") if i > 0 else ""
        after = tokens[i + 1].strip(".,;:()“”\"") if i + 1 < len(tokens) else ""
        if core[0].isupper() and not core.isupper() \
                and any(w[:1].isupper() and not w.isupper() for w in (before, after)):
            out.append(tok)  # "Đồng Hới", "Krông Pắc", "Kon Ka Kinh": a proper name's syllables, rare ones among them
            continue
        prev = tokens[i - 1].lower().strip(".,;:") if i > 0 else ""
        nxt = tokens[i + 1].lower().strip(".,;:") if i + 1 < len(tokens) else ""
        fixes = _candidates(core.lower(), prev, nxt, syllables, words)
        if len(fixes) == 1:
            fixed = fixes[0]
            if core.isupper():
                fixed = fixed.upper()
            elif core[0].isupper():
                fixed = fixed[0].upper() + fixed[1:]
            out.append(tok.replace(core, fixed))
        else:
            out.append(tok)
    return " ".join(out)


def _candidates(core: str, prev: str, nxt: str, syllables: frozenset[str],
                words: frozenset[str]) -> list[str]:
    found: set[str] = set()
    for pos in range(1, len(core) + 1):
        for ch in _LOWER_DROPPABLE:
            for sep in ("", " "):
                cand = core[:pos] + ch + sep + core[pos:]
                parts = cand.split()
                if not all(p in syllables for p in parts):
                    continue
                first, last = parts[0], parts[-1]
                joined = " ".join(parts)
                if (f"{prev} {first}" in words or f"{last} {nxt}" in words
                        or (len(parts) > 1 and joined in words)):
                    found.add(cand)
    return sorted(found)
