"""Score parsed records against gold annotations (``tests/gold/*/*.json``, see its README).

Per split (``tuning``, ``heldout``) and field, precision, recall and F1 both **micro** (over all
items) and **macro** (the mean of each document's F1, over the documents where the gold or the
parse has items of that field): one long document must not hide ten failures.

Fields and matching keys:

* ``bases`` — the preamble's subjects (legal_basis, implements, proposal): (relation, type,
  number), or (relation, type, year, the name's words) for a document cited by name;
* ``secondary`` — documents named inside a base's clause: the same, plus the base's key and the link;
* ``references`` — every mention (the cites of a gold file marked ``cites_complete: false`` are
  left out of both sides);
* ``tasks`` — the first five words of the task's text; ``task_ids``, ``task_lead``,
  ``task_support`` and ``task_deadline`` are scored on the tasks both sides found;
* ``units`` — (agency, section), the agency as the graph identifies it: resolved through the gazetteer,
  short forms written out, a local body the same with or without its place (``--names``: the written
  name resolved through the gazetteer only); task leads and partners likewise;
* ``metadata`` — number, type, issuer, signer, issued, place, each one item.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parsers import vocab
from parsers.text import fold

DEFAULT_DOC_DIRS = ("corpus", "../shared/corpus/documents")
FIELDS = ("bases", "secondary", "references", "tasks", "units", "metadata")
DETAIL_FIELDS = ("task_ids", "task_lead", "task_support", "task_deadline")
PREAMBLE = ("legal_basis", "implements", "proposal")
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
    def empty(self) -> bool:
        return self.tp + self.fp + self.fn == 0

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


# ---- keys ----------------------------------------------------------------------------------------


def _type(t: str | None) -> str:
    known = vocab.doc_type(" ".join((t or "").split()))
    return fold(known.type if known else (t or ""))


def _number(n: str) -> str:
    return fold(n).replace(" ", "")


def doc_key(r: dict[str, Any]) -> tuple[Any, ...]:
    """What identifies the document a mention names."""
    if r.get("number"):
        return (_type(r.get("type")), _number(r["number"]))
    year = r.get("year") or (int(r["date"][:4]) if r.get("date") else None)
    words = " ".join(re.findall(r"\w+", fold(r.get("name") or "")))
    return (_type(r.get("type")), year, words)


def ref_key(r: dict[str, Any]) -> tuple[Any, ...]:
    return (r.get("relation"), *doc_key(r))


def _of_key(of: Any, refs: list[dict[str, Any]], at: int = 0) -> tuple[Any, ...]:
    """A secondary mention's base: an index (parser records) or a number / name (gold files) —
    a name two bases share is the nearest one before the secondary mention."""
    if isinstance(of, int) and 0 <= of < len(refs):
        return doc_key(refs[of])[1:]
    if isinstance(of, str):
        s = of.strip()
        if re.search(r"\d+.*/", s):
            return (_number(s),)
        m = re.match(r"(?:Bộ\s+luật|Luật|Hiến\s+pháp|Pháp\s+lệnh)\s+(?P<name>.+)", s)
        name = m.group("name") if m else s
        for ref in [*reversed(refs[:at]), *refs[at:]]:  # a name-only base: find it to learn its year
            if ref.get("relation") in PREAMBLE and not ref.get("number") and \
                    fold(ref.get("name") or "") == fold(name):
                return doc_key(ref)[1:]
        return (None, " ".join(re.findall(r"\w+", fold(name))))
    return ("?",)


def secondary_key(r: dict[str, Any], refs: list[dict[str, Any]], at: int = 0) -> tuple[Any, ...]:
    return (*doc_key(r), r.get("link"), _of_key(r.get("of"), refs, at))


def task_key(t: dict[str, Any]) -> str:
    text = t.get("text_starts") or t.get("text") or ""
    return " ".join(re.findall(r"\w+", fold(text))[:5])


def unit_key(u: dict[str, Any], jurisdiction: str | None = None, identity: bool = True) -> tuple[str, str | None]:
    return (agency_key(u.get("name") or "", jurisdiction, identity), u.get("section"))


def agency_key(name: str, jurisdiction: str | None = None, identity: bool = True) -> str:
    """The agency as the graph knows it: "Các bộ, cơ quan ngang bộ" and "Bộ, cơ quan ngang bộ" are one
    collective, aliases resolve, and a local body is one with or without the place it is of ("Sở Y tế
    tỉnh Nghệ An" is the "Sở Y tế" of a Nghệ An plan), as the graph keys it. Without ``identity``, the
    name as written, resolved through the gazetteer only."""
    if not identity:
        return written_key(name)
    from graph.agencies import resolve_agency

    ref = resolve_agency(re.sub(r"^(?i:các|những)\s+", "", name.strip()), jurisdiction)
    return ref.key if ref is not None else written_key(name)


def written_key(name: str) -> str:
    """The name as written, resolved through the gazetteer."""
    a = vocab.agencies.resolve(name)
    key = fold(a.name) if a else vocab.agency_key(name)
    return re.sub(r"^(?:các|những)\s+", "", key)


def jurisdiction_of(gold: dict[str, Any]) -> str | None:
    from graph.agencies import document_jurisdiction

    doc = gold.get("document") or {}
    return document_jurisdiction(doc.get("issuer"), doc.get("place"))


def meta_items(d: dict[str, Any]) -> Counter[Any]:
    out: Counter[Any] = Counter()
    for k in _META:
        v = d.get(k)
        if v is not None:
            out[(k, written_key(v) if k == "issuer" else fold(str(v)).replace(" ", ""))] += 1
    return out


# ---- scoring --------------------------------------------------------------------------------------


def _refs(refs: list[dict[str, Any]], cites: bool) -> list[dict[str, Any]]:
    return [r for r in refs if cites or r.get("relation") != "cites"]


def score_record(gold: dict[str, Any], record: dict[str, Any], identity: bool = True) -> DocReport:
    scores = {f: Score() for f in (*FIELDS, *DETAIL_FIELDS)}
    g_refs, r_refs = gold.get("references", []), record["references"]
    cites = gold.get("cites_complete", True)
    where = jurisdiction_of(gold)
    pairs: dict[str, tuple[Counter[Any], Counter[Any]]] = {
        "bases": (Counter(ref_key(r) for r in g_refs if r.get("relation") in PREAMBLE),
                  Counter(ref_key(r) for r in r_refs if r.get("relation") in PREAMBLE)),
        "secondary": (Counter(secondary_key(r, g_refs, i) for i, r in enumerate(g_refs)
                              if r.get("relation") == "secondary"),
                      Counter(secondary_key(r, r_refs, i) for i, r in enumerate(r_refs)
                              if r.get("relation") == "secondary")),
        "references": (Counter(ref_key(r) for r in _refs(g_refs, cites)),
                       Counter(ref_key(r) for r in _refs(r_refs, cites))),
        "tasks": (Counter(task_key(t) for t in gold.get("tasks", [])),
                  Counter(_record_task_keys(gold.get("tasks", []), record["tasks"]))),
        "units": (Counter(unit_key(u, where, identity) for u in gold.get("units", [])),
                  Counter(unit_key(u, where, identity) for u in record["units"])),
        "metadata": (meta_items(gold.get("document", {})), meta_items(record["document"])),
    }
    pairs.update(_task_details(gold.get("tasks", []), record["tasks"], lambda a: agency_key(a, where, identity)))
    rep = DocReport(gold.get("file", "?"), scores)
    for f, (g, r) in pairs.items():
        scores[f].add(g, r)
        rep.missed[f] = sorted(map(str, (g - r).elements()))
        rep.extra[f] = sorted(map(str, (r - g).elements()))
    return rep


def _record_task_keys(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    """The parser's task keys, a gold ``text_starts`` shorter than the key's five words standing for
    the task whose text it begins ("Công tác tuyên truyền" for "Công tác tuyên truyền ⏎ - Tuyên …")."""
    want = Counter(task_key(t) for t in gold)
    keys = [task_key(t) for t in got]
    left = want - Counter(keys)
    short = [k for k in left.elements() if 0 < len(k.split()) < 5]
    out = []
    for k in keys:
        if k not in want:
            hit = next((g for g in short if (k + " ").startswith(g + " ")), None)
            if hit is not None:
                short.remove(hit)
                k = hit
        out.append(k)
    return out


def _task_details(gold: list[dict[str, Any]], got: list[dict[str, Any]],
                  agency: Callable[[str], str] = agency_key) -> dict[str, tuple[Counter[Any], Counter[Any]]]:
    """Ids, leads, supports and deadlines of the tasks both sides found (matched by their text)."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for t, key in zip(got, _record_task_keys(gold, got), strict=True):
        by_key.setdefault(key, []).append(t)
    out: dict[str, tuple[Counter[Any], Counter[Any]]] = {f: (Counter(), Counter()) for f in DETAIL_FIELDS}
    for g in gold:
        k = task_key(g)
        if not by_key.get(k):
            continue
        t = by_key[k].pop(0)
        out["task_ids"][0][(k, str(g.get("id")))] += 1
        out["task_ids"][1][(k, str(t.get("id")))] += 1
        for f, name in (("task_lead", "lead"), ("task_support", "support")):
            for a in g.get(name) or []:
                out[f][0][(k, agency(a))] += 1
            for a in t.get(name) or []:
                out[f][1][(k, agency(a))] += 1
        for side, value in ((0, g.get("deadline")), (1, t.get("deadline"))):
            if value:
                out["task_deadline"][side][(k, " ".join(re.findall(r"\w+", fold(value))))] += 1
    return out


def find_document(name: str, doc_dirs: list[str] | None = None) -> Path | None:
    for d in doc_dirs or list(DEFAULT_DOC_DIRS):
        p = Path(d) / name
        if p.exists():
            return p
    return None


def gold_files(gold_dir: str) -> dict[str, list[Path]]:
    """Gold files by split: the subfolders of ``gold_dir`` (``tuning``, ``heldout``), or the
    folder itself as one split."""
    root = Path(gold_dir)
    splits = {d.name: sorted(d.glob("*.json")) for d in sorted(root.iterdir()) if d.is_dir()} if root.is_dir() else {}
    splits = {k: v for k, v in splits.items() if v}
    if not splits or any(root.glob("*.json")):  # (a folder of keys, beside folders of its own)
        splits = {root.name: sorted(root.glob("*.json")), **splits}
    return splits


def evaluate(gold_dir: str, doc_dirs: list[str] | None = None, splits: list[str] | None = None,
             identity: bool = True, rendering: str | None = None) -> dict[str, Any]:
    """Parse every document that has a gold file and score it, per split; absent documents are
    skipped with a reason. With ``rendering``, each document is first written again in that format
    (``parsers.rerender``): the same gold then measures what the format changes."""
    from parsers.pipeline import parse_bytes, parse_document
    from parsers.rerender import rerender

    out: dict[str, Any] = {"splits": {}, "skipped": []}
    for split, files in gold_files(gold_dir).items():
        if splits and split not in splits:
            continue
        totals = {f: Score() for f in (*FIELDS, *DETAIL_FIELDS)}
        per_doc: dict[str, list[float]] = {f: [] for f in (*FIELDS, *DETAIL_FIELDS)}
        docs: list[dict[str, Any]] = []
        for gf in files:
            try:
                gold = json.loads(gf.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
                out["skipped"].append(f"{split}/{gf.name}: not readable as JSON ({e})")
                continue
            if not isinstance(gold, dict) or not isinstance(gold.get("file"), str):
                out["skipped"].append(f"{split}/{gf.name}: not a gold file (no \"file\" naming its document)")
                continue
            path = find_document(gold["file"], doc_dirs)
            if path is None:
                out["skipped"].append(f"{split}/{gold['file']}: document not found")
                continue
            record = parse_document(path) if rendering is None else parse_bytes(*rerender(path, rendering))
            rep = score_record(gold, record.to_dict(), identity)
            for f, s in rep.scores.items():
                totals[f].tp += s.tp
                totals[f].fp += s.fp
                totals[f].fn += s.fn
                if not s.empty:
                    per_doc[f].append(s.f1)
            docs.append({"file": rep.file, **{f: rep.scores[f].as_dict() for f in rep.scores},
                         "missed": rep.missed, "extra": rep.extra})
        out["splits"][split] = {
            "documents": docs,
            "fields": {f: {**totals[f].as_dict(),
                           "macro_f1": round(sum(per_doc[f]) / len(per_doc[f]), 4) if per_doc[f] else 1.0,
                           "documents": len(per_doc[f])}
                       for f in (*FIELDS, *DETAIL_FIELDS)},
        }
    return out


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
        return written_key(expected) == written_key(got) or fold(expected) == fold(got)
    return fold(expected).replace(" ", "") == fold(got).replace(" ", "")
