"""Score parsed records against gold annotations (``tests/gold/*.json``, see its README).

Per field — references, tasks, units, metadata — precision, recall and F1, micro-averaged over
documents. Matching keys:

* reference: (relation, type, number), or (relation, type, date, first three words of the name)
  when there is no number;
* task: (id, first five words of its text);
* unit: (agency, section), the agency resolved through the gazetteer so "Ủy ban về người Việt Nam
  nước ngoài" and "… ở nước ngoài" are one;
* metadata: each of number, type, issuer, signer, issued, place counted as one item.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsers import vocab
from parsers.text import fold

DEFAULT_DOC_DIRS = ("corpus", "../shared/corpus/documents")
FIELDS = ("references", "tasks", "units", "metadata")
_META = ("number", "type", "issuer", "signer", "issued", "place")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Counter[Any], got: Counter[Any]) -> None:
        both = gold & got
        self.tp += sum(both.values())
        self.fp += sum((got - both).values())
        self.fn += sum((gold - both).values())

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class DocReport:
    file: str
    scores: dict[str, Score]
    missed: dict[str, list[Any]] = field(default_factory=dict)
    extra: dict[str, list[Any]] = field(default_factory=dict)


def ref_key(r: dict[str, Any]) -> tuple[Any, ...]:
    type_ = fold(r.get("type") or "")
    if r.get("number"):
        return (r.get("relation"), type_, fold(r["number"]).replace(" ", ""))
    words = re.findall(r"\w+", fold(r.get("name") or ""))[:3]
    return (r.get("relation"), type_, r.get("date"), " ".join(words))


def task_key(t: dict[str, Any]) -> tuple[str, str]:
    text = t.get("text_starts") or t.get("text") or ""
    return (str(t.get("id")), " ".join(re.findall(r"\w+", fold(text))[:3]))


def unit_key(u: dict[str, Any]) -> tuple[str, str | None]:
    return (agency_key(u.get("name") or ""), u.get("section"))


def agency_key(name: str) -> str:
    a = vocab.agencies.resolve(name)
    return fold(a.name) if a else vocab.agency_key(name)


def meta_items(d: dict[str, Any]) -> Counter[Any]:
    out: Counter[Any] = Counter()
    for k in _META:
        v = d.get(k)
        if v is not None:
            out[(k, agency_key(v) if k == "issuer" else fold(str(v)).replace(" ", ""))] += 1
    return out


def score_record(gold: dict[str, Any], record: dict[str, Any]) -> DocReport:
    scores = {f: Score() for f in FIELDS}
    pairs = {
        "references": (Counter(ref_key(r) for r in gold.get("references", [])),
                       Counter(ref_key(r) for r in record["references"])),
        "tasks": (Counter(task_key(t) for t in gold.get("tasks", [])),
                  Counter(task_key(t) for t in record["tasks"])),
        "units": (Counter(unit_key(u) for u in gold.get("units", [])),
                  Counter(unit_key(u) for u in record["units"])),
        "metadata": (meta_items(gold.get("document", {})), meta_items(record["document"])),
    }
    rep = DocReport(gold.get("file", "?"), scores)
    for f, (g, r) in pairs.items():
        scores[f].add(g, r)
        rep.missed[f] = sorted(map(str, (g - r).elements()))
        rep.extra[f] = sorted(map(str, (r - g).elements()))
    return rep


def find_document(name: str, doc_dirs: list[str] | None = None) -> Path | None:
    for d in doc_dirs or list(DEFAULT_DOC_DIRS):
        p = Path(d) / name
        if p.exists():
            return p
    return None


def evaluate(gold_dir: str, doc_dirs: list[str] | None = None) -> dict[str, Any]:
    """Parse every document that has a gold file and score it; absent documents are skipped."""
    from parsers.pipeline import parse_document

    totals = {f: Score() for f in FIELDS}
    docs: list[dict[str, Any]] = []
    skipped: list[str] = []
    for gf in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gf.read_text("utf-8"))
        path = find_document(gold["file"], doc_dirs)
        if path is None:
            skipped.append(f"{gold['file']}: document not found")
            continue
        rep = score_record(gold, parse_document(path).to_dict())
        for f in FIELDS:
            s = rep.scores[f]
            totals[f].tp += s.tp
            totals[f].fp += s.fp
            totals[f].fn += s.fn
        docs.append({"file": rep.file, **{f: rep.scores[f].as_dict() for f in FIELDS},
                     "missed": rep.missed, "extra": rep.extra})
    return {"fields": {f: totals[f].as_dict() for f in FIELDS}, "documents": docs,
            "skipped": skipped}


# ---- metadata against the site's attribute table ------------------------------------------------

_ATTR_FIELDS = ("number", "type", "issuer", "signer", "issued")


def issuer_as_place(issuer: str | None) -> str | None:
    """thuvienphapluat's "Nơi ban hành" names a province for its councils and committees:
    "Ủy ban nhân dân tỉnh Ninh Bình" → "Tỉnh Ninh Bình"."""
    if issuer is None:
        return None
    m = re.match(r"(?:Ủy ban nhân dân|Hội đồng nhân dân)\s+(.+)", issuer, re.I)
    return m.group(1) if m else issuer


def metadata_accuracy(tsv: str, docs_dir: str, use_attributes: bool = False) -> dict[str, Any]:
    """Exact-match accuracy of number, type, issuer, signer and date over the pages listed in
    ``tvpl_attributes.tsv``, read from each document's own header (the page's attribute box is
    not used for the fields it is compared with)."""
    import csv

    from parsers.pipeline import parse_document

    with Path(tsv).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    hits: Counter[str] = Counter()
    misses: list[dict[str, str]] = []
    for row in rows:
        rec = parse_document(Path(docs_dir) / row["file"], use_attributes=use_attributes).document
        day, month, year = ([*row["issued"].split("/"), "", "", ""])[:3]
        expected = {"number": row["number"], "type": row["type"], "issuer": row["issuer"],
                    "signer": row["signer"], "issued": f"{year}-{int(month or 0):02d}-{int(day or 0):02d}"}
        got = {"number": rec.number, "type": rec.type, "issuer": issuer_as_place(rec.issuer),
               "signer": rec.signer, "issued": rec.issued}
        parent = issuer_as_place(rec.issuer_parent)
        for f in _ATTR_FIELDS:
            # the site names a unit's parent body ("Thành phố Hà Nội" for a centre of its UBND)
            if _same(f, expected[f], got[f]) or (f == "issuer" and _same(f, expected[f], parent)):
                hits[f] += 1
            else:
                misses.append({"file": row["file"], "field": f, "expected": expected[f], "got": str(got[f])})
    n = len(rows)
    per_field = {f: round(hits[f] / n, 4) if n else 0.0 for f in _ATTR_FIELDS}
    overall = sum(hits.values()) / (n * len(_ATTR_FIELDS)) if n else 0.0
    return {"documents": n, "accuracy": round(overall, 4), "fields": per_field, "misses": misses}


def _same(field_: str, expected: str, got: str | None) -> bool:
    if got is None:
        return False
    if field_ == "issuer":
        return agency_key(expected) == agency_key(got) or fold(expected) == fold(got)
    return fold(expected).replace(" ", "") == fold(got).replace(" ", "")
