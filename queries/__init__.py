"""The analysts' query catalogue: one named, parameterised Cypher query per ``queries/*.cypher``.

Each file opens with a header::

    // name: plans_by_year_issuer
    // description: Plans and programmes by year and issuer …
    // params: year:int[1800..2200]=null, issuer:str=null, doc:doc

``params`` lists ``name:type`` with an optional ``[min..max]`` range for ``int`` and an optional
``=default`` (``null`` for none); a parameter without a default is required. An ``int`` always
fits in 64 bits. A ``doc`` parameter takes what a user types for a document — a number
(``1369/QĐ-UBND``), a key, or a name (``Luật Tổ chức chính quyền địa phương``, with a year to pick
one version) — and reaches the query as the list of keys it matched (``WHERE t.key IN $doc``);
the result says which (``Result.notes``). ``$plan_kinds`` is the plan labels
(``graph/data/plan_kinds.json``). The queries are written in the Cypher both engines understand;
every relationship is named and every collected list and every ordering is total, so both engines
give the same bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from graph.identity import DocKey, normalise_number
from graph.laws import catalogue as laws
from graph.laws import name_key, parse_citation
from graph.model import PLAN_LABELS
from graph.store import GraphStore, Result
from ingest.errors import BadParameter, QueryError, UnknownQuery

_TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool, "doc": str}
_HEADER = re.compile(r"^//\s*(?P<field>name|description|params):\s*(?P<value>.*)$")
_PARAM = re.compile(r"""^(?P<name>[a-z_][a-z0-9_]*):(?P<type>str|int|float|bool|doc)
                        (?:\[(?P<min>-?\d+)\.\.(?P<max>-?\d+)?\])?      # int range: [0..1000]
                        (?:=(?P<default>.*))?$""", re.VERBOSE)
_INT64 = (-(2**63), 2**63 - 1)  # what both engines hold; Neo4j refuses more, FalkorDB wraps it
_MAX_TEXT = 1000


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str
    default: Any
    required: bool
    low: int = _INT64[0]
    high: int = _INT64[1]

    def convert(self, value: Any) -> Any:
        """A value from the command line (always a string) or from Python, as this type; a value
        the type, its range or the engines cannot hold is a ``BadParameter`` (E403)."""
        if value is None:
            return None
        if isinstance(value, str) and self.type in ("int", "float", "bool"):
            value = self._parse(value.strip())
        if not isinstance(value, _TYPES[self.type]) or (isinstance(value, bool) and self.type != "bool"):
            raise BadParameter(f"--param {self.name} must be {self.type}, got {value!r}")
        if isinstance(value, str) and ("\x00" in value or len(value) > _MAX_TEXT):
            raise BadParameter(f"--param {self.name}: text with NUL or longer than {_MAX_TEXT} characters")
        if isinstance(value, float) and value != value:
            raise BadParameter(f"--param {self.name} must be a number, got NaN")
        if isinstance(value, int) and not self.low <= value <= self.high:
            raise BadParameter(f"--param {self.name} must be between {self.low} and {self.high}, got {value}")
        return value

    def _parse(self, text: str) -> Any:
        if self.type == "bool":
            if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise BadParameter(f"--param {self.name} must be true or false, got {text!r}")
            return text.lower() in ("true", "1", "yes")
        try:
            return _TYPES[self.type](text)
        except ValueError as e:
            raise BadParameter(f"--param {self.name} must be {self.type}, got {text!r}") from e

    def __str__(self) -> str:
        bounds = "" if (self.low, self.high) == _INT64 else f"[{self.low}..{self.high}]"
        return f"{self.name}:{self.type}{bounds}" + ("" if self.required else f"={_show(self.default)}")


def _show(value: Any) -> str:
    return "null" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Check and convert parameters; every declared one is passed (defaults filled in)."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise BadParameter(f"query {self.name} has no parameter {', '.join(unknown)} "
                               f"(it takes: {', '.join(map(str, self.params)) or 'none'})")
        bound: dict[str, Any] = {}
        for p in self.params:
            if p.name in given:
                bound[p.name] = p.convert(given[p.name])
            elif p.required:
                raise BadParameter(f"query {self.name} needs --param {p.name}=…")
            else:
                bound[p.name] = p.default
        if "$plan_kinds" in self.cypher:
            bound["plan_kinds"] = list(PLAN_LABELS)
        return bound


# ---- a document as a user names it --------------------------------------------------------------

_BY_NUMBER = """MATCH (d:Document)
WHERE d.key = $n OR d.number = $n OR d.key STARTS WITH ($n + '|') OR d.key STARTS WITH ($n + '@')
RETURN d.key ORDER BY d.key"""
_BY_NAME = """MATCH (d:Document)
WHERE d.type = $type AND (d.name IS NOT NULL OR d.title IS NOT NULL)
RETURN d.key, d.name, d.title, d.issued, d.year ORDER BY d.key"""
_BY_TITLE = """MATCH (d:Document)
WHERE toLower(coalesce(d.title, '')) CONTAINS toLower($text)
RETURN d.key ORDER BY d.key"""


def match_documents(store: GraphStore, text: str) -> list[str]:
    """The keys of the documents ``text`` names: a key; a number, however spelt (``368/QÐ-TTG``);
    a law by name ("Luật Tổ chức chính quyền địa phương": every version, or the one of the year or
    date written after it); else the documents whose title contains it ("năm 2024")."""
    text = " ".join(text.split())
    try:
        key = str(DocKey.parse(text))
        found = [r[0] for r in store.query("MATCH (d:Document {key: $k}) RETURN d.key", {"k": key}).rows]
        if found:
            return found
    except BadParameter:
        pass
    if re.match(r"^\d+\s*[/-]", text):
        return [r[0] for r in store.query(_BY_NUMBER, {"n": normalise_number(text.split("|")[0].split("@")[0])}).rows]
    cited = parse_citation(text)
    if cited is not None:
        want = name_key(cited.type, cited.name)
        keys = []
        for key, name, title, issued, year in store.query(_BY_NAME, {"type": cited.type}).rows:
            names = [name_key(cited.type, n) for n in (name, title) if n]
            names += [name_key(cited.type, title[len(cited.type):])] if title and title.startswith(cited.type) else []
            if want in names and (cited.date in (None, issued)) and (cited.year in (None, year)):
                keys.append(key)
        catalogued = {law.number for law in laws() if law.number and name_key(law.type, law.name) == want}
        if keys or catalogued:
            return sorted(set(keys))
    return [r[0] for r in store.query(_BY_TITLE, {"text": text}).rows]


def parse_query(text: str, origin: str = "<query>") -> Query:
    header: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            header[m["field"]] = m["value"].strip()
        elif line.strip() and not line.strip().startswith("//"):
            break
    missing = [f for f in ("name", "description", "params") if f not in header]
    if missing:
        raise QueryError(f"{origin}: header lacks // {', '.join(missing)}:")
    params = []
    for item in filter(None, (s.strip() for s in header["params"].split(","))):
        m = _PARAM.match(item)
        if not m:
            raise QueryError(f"{origin}: cannot read parameter {item!r} (name:type[=default])")
        required = m["default"] is None
        default = None if required or m["default"] == "null" else _TYPES[m["type"]](m["default"])
        low = int(m["min"]) if m["min"] is not None else _INT64[0]
        high = int(m["max"]) if m["max"] is not None else _INT64[1]
        params.append(Param(m["name"], m["type"], default, required, low, high))
    return Query(header["name"], header["description"], tuple(params), text)


@cache
def catalogue() -> dict[str, Query]:
    """Every query in the package, by name."""
    out: dict[str, Query] = {}
    for entry in sorted(resources.files("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            q = parse_query(entry.read_text("utf-8"), entry.name)
            if q.name != entry.name.removesuffix(".cypher"):
                raise QueryError(f"{entry.name}: its // name: is {q.name!r}, not the file's name")
            out[q.name] = q
    return out


def get(name: str) -> Query:
    try:
        return catalogue()[name]
    except KeyError:
        raise UnknownQuery(
            f"no query named {name!r}; `vnlegal queries` lists them: {', '.join(catalogue())}"
        ) from None


def run(store: GraphStore, name: str, params: dict[str, Any] | None = None) -> Result:
    """Run a catalogue query, read-only. A ``doc`` parameter is first matched to documents; the
    result's ``notes`` say which ones."""
    q = get(name)
    bound = q.bind(params or {})
    notes = []
    for p in q.params:
        if p.type == "doc" and isinstance(bound.get(p.name), str):
            typed = bound[p.name]
            bound[p.name] = match_documents(store, typed)
            shown = ", ".join(bound[p.name][:10]) + (" …" if len(bound[p.name]) > 10 else "")
            notes.append(f"{p.name}={typed!r} matched {len(bound[p.name])} document(s)"
                         + (f": {shown}" if shown else ""))
    result = store.query(q.cypher, bound)
    return Result(result.columns, result.rows, notes)


__all__ = ["Param", "Query", "catalogue", "get", "match_documents", "parse_query", "run"]
