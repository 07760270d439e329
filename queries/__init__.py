"""The analysts' query catalogue: one named, parameterised Cypher query per ``queries/*.cypher``.

Each file opens with a header::

    // name: plans_by_year_issuer
    // description: Plans and programmes by year and issuer …
    // params: year:int=null, issuer:str=null

``params`` lists ``name:type`` with an optional ``=default`` (``null`` for none); a parameter
without a default is required. The queries are written in the Cypher both engines understand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from graph.identity import DocKey, normalise_number
from graph.store import GraphStore, Result
from ingest.errors import BadParameter, QueryError, UnknownQuery

_TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
_HEADER = re.compile(r"^//\s*(?P<field>name|description|params):\s*(?P<value>.*)$")
_PARAM = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*):(?P<type>str|int|float|bool)(?:=(?P<default>.*))?$")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str
    default: Any
    required: bool

    def convert(self, value: Any) -> Any:
        """A value from the command line (always a string) or from Python, as this type."""
        if value is None or not isinstance(value, str) or self.type == "str":
            if value is not None and not isinstance(value, _TYPES[self.type]):
                raise BadParameter(f"--param {self.name} must be {self.type}, got {value!r}")
            return value
        if self.type == "bool":
            if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise BadParameter(f"--param {self.name} must be true or false, got {value!r}")
            return value.lower() in ("true", "1", "yes")
        try:
            return _TYPES[self.type](value)
        except ValueError as e:
            raise BadParameter(f"--param {self.name} must be {self.type}, got {value!r}") from e

    def __str__(self) -> str:
        return f"{self.name}:{self.type}" + ("" if self.required else f"={_show(self.default)}")


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
        if isinstance(bound.get("doc"), str):
            bound["doc"] = document_reference(bound["doc"])
        return bound


def document_reference(text: str) -> str:
    """What a user types for a document, in the form keys use: a canonical key stays as it is;
    a number is normalised (``368/QÐ-TTG`` → ``368/QĐ-TTg``); anything else is kept as typed."""
    text = text.strip()
    try:
        return str(DocKey.parse(text))
    except BadParameter:
        pass
    if re.match(r"^\d+\s*[/-]", text) and "|" not in text and "@" not in text:
        return normalise_number(text)
    return text


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
        params.append(Param(m["name"], m["type"], default, required))
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
    """Run a catalogue query, read-only."""
    q = get(name)
    return store.query(q.cypher, q.bind(params or {}))


__all__ = ["Param", "Query", "catalogue", "get", "parse_query", "run"]
