"""Topics of foreign-information work, kept as data (``compare/data/topics.json``).

A task is about a topic when its text contains one of the topic's trigger phrases, matched on
whole syllables with case and tone-mark placement ignored; the phrases found are kept as the
evidence.

>>> [(t.topic, t.words) for t in tag("Tập huấn, đào tạo bồi dưỡng nghiệp vụ về quyền con người")]
[('human_rights', ('quyền con người',)), ('training', ('tập huấn', 'đào tạo', 'bồi dưỡng'))]
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from graph.text import normalise


@dataclass(frozen=True, slots=True)
class Topic:
    key: str
    name: str
    name_en: str
    triggers: tuple[str, ...]
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tag:
    """A topic found in a text, with the trigger phrases that found it (in text order)."""

    topic: str
    words: tuple[str, ...]


def _data() -> str:
    return resources.files("compare").joinpath("data", "topics.json").read_text("utf-8")


@cache
def taxonomy() -> tuple[Topic, ...]:
    """Every topic, in the data's order."""
    return tuple(
        Topic(t["key"], t["name"], t["name_en"], tuple(t["triggers"]), tuple(t.get("examples", ())),
              tuple(t.get("counterexamples", ())))
        for t in json.loads(_data())["topics"]
    )


@cache
def version() -> str:
    """Changes when the taxonomy does: tasks tagged under another version are tagged again."""
    return hashlib.sha256(_data().encode()).hexdigest()[:12]


def fold(text: str) -> str:
    """Lower case, the parser's Unicode and tone-mark normalisation, single spaces."""
    return " ".join(normalise(text).lower().split())


@cache
def _patterns() -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """Per topic: the first syllables of its triggers (a cheap test before the search) and one
    pattern of all its triggers, longest first: whole syllables, any run of spaces between them, a
    comma written in a trigger optional."""
    def phrase(trigger: str) -> str:
        return r"\s+".join(re.escape(w.rstrip(",")) + (",?" if w.endswith(",") else "") for w in fold(trigger).split())

    out = []
    for t in taxonomy():
        triggers = sorted({fold(p) for p in t.triggers}, key=lambda p: (-len(p), p))
        firsts = frozenset(p.split()[0].rstrip(",") for p in triggers)
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(phrase(p) for p in triggers) + r")(?!\w)")
        out.append((t.key, firsts, pattern))
    return tuple(out)


@lru_cache(maxsize=65536)
def tag(text: str) -> tuple[Tag, ...]:
    """The topics of ``text``, sorted by key, each with the trigger phrases found in it (in text
    order; where two triggers overlap, the longer)."""
    folded = fold(text)
    syllables = set(re.findall(r"\w+", folded))
    tags = []
    for key, firsts, pattern in _patterns():
        if syllables.isdisjoint(firsts):
            continue
        found = [" ".join(m.group(0).split()) for m in pattern.finditer(folded)]
        if found:
            tags.append(Tag(key, tuple(dict.fromkeys(found))))
    return tuple(sorted(tags, key=lambda t: t.topic))


def names() -> dict[str, str]:
    return {t.key: t.name for t in taxonomy()}
