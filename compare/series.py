"""Plan series: the plans one issuer makes on one subject, year after year (the HCMC foreign-
information plans of 2018 and 2024), with the evidence that linked them.

Two parsed plans (with tasks) are linked when they have the same issuer, different years, and
titles on the same subject: the Jaccard overlap of their title words, once the words every plan
title has (kế hoạch, năm, thực hiện, trên địa bàn …), the issuer's place and the numbers are left
out, is at least ``SUBJECT`` (0.5), or at least ``SUBJECT_WITH_BASIS`` (0.25) when they also rest on
or implement the same document. A series is a connected group of linked plans, in date order;
consecutive plans are what the graph aligns (``compare.derive``).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from compare.topics import fold
from graph.model import PLAN_LABELS
from graph.store import GraphStore
from graph.text import slug

SUBJECT = 0.5
SUBJECT_WITH_BASIS = 0.25

# Words and phrases of plan titles that name no subject (phrases first: "hoạt động", not "động").
_GENERIC_PHRASES = re.compile(r"(?<!\w)(?:" + "|".join("""kế hoạch|chương trình hành động|chương trình|đề án|ban hành
|thực hiện|triển khai|hoạt động|trên địa bàn|giai đoạn|về việc|ủy ban nhân dân|thành phố|tỉnh|năm|của|và|các|cho
|đến|theo|tại|về|trung ương""".replace("\n", "").split("|")) + r")(?!\w)")

_PLANS = """MATCH (p:Document)
WHERE p.kind IN $plan_kinds AND p.stub = false
MATCH (p)-[h:HAS_TASK]->(t:Task)
WITH p, count(t) AS items
OPTIONAL MATCH (p)-[ib:ISSUED_BY]->(a:Agency)
WITH p, items, a ORDER BY a.key
WITH p, items, collect(a.key)[0] AS issuer_key, collect(a.name)[0] AS issuer_name
OPTIONAL MATCH (d:Document)-[pr:PROMULGATES]->(p)
WITH p, items, issuer_key, issuer_name, d ORDER BY d.key
RETURN p.key, p.year, p.issued, p.title, p.jurisdiction, p.issuer, issuer_key, issuer_name,
       collect(d.key) AS decisions
ORDER BY p.key"""
_BASES = """MATCH (x:Document)-[c:CITES]->(b:Document)
WHERE x.key IN $keys AND c.relation IN ['legal_basis', 'implements']
RETURN DISTINCT x.key, b.key, c.relation ORDER BY x.key, b.key, c.relation"""


@dataclass(frozen=True, slots=True)
class Member:
    key: str
    year: int | None
    issued: str | None
    title: str | None
    issuer: str | None  # the issuing agency's name
    issuer_key: str
    subject: tuple[str, ...]
    bases: frozenset[str]
    implements: frozenset[str]

    @property
    def order(self) -> tuple[int, str, str]:
        return (self.year or 0, self.issued or "", self.key)


@dataclass(frozen=True, slots=True)
class Link:
    """Why two plans are in one series."""

    a: str
    b: str
    series: str
    issuer: str
    subject_overlap: float
    shared_words: tuple[str, ...]
    shared_bases: tuple[str, ...]
    shared_implemented: tuple[str, ...]

    @property
    def evidence(self) -> list[str]:
        out = [f"same issuer ({self.issuer})",
               f"title words in common: {' '.join(self.shared_words)} (overlap {self.subject_overlap:.2f})"]
        if self.shared_bases:
            out.append(f"both rest on {', '.join(self.shared_bases)}")
        if self.shared_implemented:
            out.append(f"both implement {', '.join(self.shared_implemented)}")
        return out


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    name: str
    members: tuple[Member, ...]
    links: tuple[Link, ...]  # consecutive members

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name,
                "plans": [{"key": m.key, "year": m.year, "title": m.title} for m in self.members],
                "links": [{"a": li.a, "b": li.b, "evidence": li.evidence} for li in self.links]}


def subject_words(title: str | None, place: str | None) -> tuple[str, ...]:
    """The words of a title that say what the plan is about, in title order.

    >>> subject_words("Kế hoạch hoạt động thông tin đối ngoại trên địa bàn Thành phố năm 2024", None)
    ('thông', 'tin', 'đối', 'ngoại')
    """
    skip = set(fold(place or "").split())
    words = re.findall(r"\w+", _GENERIC_PHRASES.sub(" ", fold(title or "")))
    return tuple(dict.fromkeys(w for w in words if w not in skip and not w.isdigit() and len(w) > 1))


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _members(store: GraphStore) -> list[Member]:
    rows = store.query(_PLANS, {"plan_kinds": list(PLAN_LABELS)}).rows
    keys = [r[0] for r in rows] + [d for r in rows for d in r[8]]
    bases: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for x, b, relation in (store.query(_BASES, {"keys": keys}).rows if keys else []):
        bases[x].add((b, relation))
    out = []
    for key, year, issued, title, jurisdiction, issuer, issuer_key, issuer_name, decisions in rows:
        cited = set().union(bases[key], *(bases[d] for d in decisions))
        place = re.sub(r"^(?:Thành phố|Tỉnh)\s+", "", jurisdiction or "")
        out.append(Member(key, year, issued, title, issuer_name or issuer,
                          issuer_key or f"{slug(issuer or '')}@{slug(jurisdiction or '')}",
                          subject_words(title, place),
                          frozenset(b for b, r in cited if r == "legal_basis"),
                          frozenset(b for b, r in cited if r == "implements")))
    return out


def _linked(a: Member, b: Member) -> Link | None:
    if a.issuer_key != b.issuer_key or a.year == b.year or not a.subject or not b.subject:
        return None
    overlap = _overlap(a.subject, b.subject)
    shared_bases = tuple(sorted(a.bases & b.bases))
    shared_implemented = tuple(sorted(a.implements & b.implements))
    if overlap < SUBJECT and not (overlap >= SUBJECT_WITH_BASIS and (shared_bases or shared_implemented)):
        return None
    words = tuple(w for w in a.subject if w in set(b.subject))
    return Link(a.key, b.key, "", a.issuer or a.issuer_key, round(overlap, 4), words, shared_bases,
                shared_implemented)


def find_series(store: GraphStore) -> list[Series]:
    """Every series of two or more plans in the graph, sorted by key."""
    members = _members(store)
    parent = {m.key: m.key for m in members}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_issuer: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_issuer[m.issuer_key].append(m)
    for group in by_issuer.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _linked(a, b):
                    parent[root(a.key)] = root(b.key)
    groups: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        groups[root(m.key)].append(m)
    out = []
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda m: m.order)
        common = [w for w in group[0].subject if all(w in m.subject for m in group[1:])] or list(group[0].subject)
        key = f"{group[0].issuer_key}:{slug(' '.join(common))}"
        links = []
        for a, b in itertools.pairwise(group):
            link = _linked(a, b) or Link(a.key, b.key, "", a.issuer or a.issuer_key,
                                         round(_overlap(a.subject, b.subject), 4), (), (), ())
            links.append(Link(a.key, b.key, key, link.issuer, link.subject_overlap, link.shared_words,
                              link.shared_bases, link.shared_implemented))
        name = f"{group[0].issuer or group[0].issuer_key}: {' '.join(common)}"
        out.append(Series(key, name, tuple(group), tuple(links)))
    return sorted(out, key=lambda s: s.key)
