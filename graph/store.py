"""One ``GraphStore`` interface, two small backends: embedded FalkorDBLite and Neo4j.

Everything that differs between the two engines lives in this module:

- schema statements (FalkorDB: ``CREATE INDEX`` + ``GRAPH.CONSTRAINT CREATE``; Neo4j:
  ``CREATE CONSTRAINT … IF NOT EXISTS``);
- how a transaction of several write steps is run (FalkorDB: the steps chained into one query,
  which the engine applies atomically and undoes on error; Neo4j: one explicit transaction);
- the read-only mode (FalkorDB ``GRAPH.RO_QUERY``; Neo4j read transactions in a READ session);
- turning the engines' values (nodes, edges, paths) into plain Python.

The loader and the queries only ever see ``Step``, ``write``, ``query`` and ``Result``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.errors import (
    BackendUnavailable,
    GraphNotFound,
    LoadFailed,
    QueryError,
    ReadOnlyViolation,
    VnlegalError,
)

DEFAULT_PATH = "./data/vnlegal.db"
GRAPH_NAME = "vnlegal"
_NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


@dataclass(frozen=True, slots=True)
class Step:
    """One write statement of a transaction: ``cypher`` reads its rows from ``$<param>``.

    Labels cannot be parameters. A step that sets a kind label says ``SET d:{kind}`` and lists the
    allowed labels in ``labels``; each row names its own in ``row.label``. How the label is set is
    the engine's business (``FalkorStore``: a FOREACH per label in one statement; ``Neo4jStore``:
    one statement per label, as Neo4j's batching guidance asks)."""

    cypher: str
    param: str
    rows: Sequence[Any]
    labels: tuple[str, ...] = ()


_KIND = re.compile(r"SET (?P<var>\w+):\{kind\}")


def _falkor_kinds(step: Step) -> str:
    """FalkorDB: one statement; the row's label set by a FOREACH per allowed label (measured faster
    than one statement per label: each statement costs this engine a fixed 1–3 ms)."""
    if not step.labels:
        return step.cypher
    return _KIND.sub(lambda m: "\n".join(
        f"FOREACH (_ IN CASE WHEN row.label = '{label}' THEN [1] ELSE [] END | SET {m['var']}:{label})"
        for label in step.labels), step.cypher)


def _neo4j_statements(step: Step, chunk: int) -> list[tuple[str, list[Any]]]:
    """Neo4j: one statement per label (no per-row branching), each sent in chunks of ``chunk`` rows."""
    groups: dict[str, list[Any]] = {}
    if step.labels:
        for row in step.rows:
            if row["label"] not in step.labels:
                raise LoadFailed(f"{row['label']!r} is not an allowed label")
            groups.setdefault(row["label"], []).append(row)
    else:
        groups[""] = list(step.rows)
    return [(step.cypher.replace("{kind}", label), rows[i:i + chunk])
            for label, rows in sorted(groups.items()) for i in range(0, len(rows), chunk)]


@dataclass(frozen=True, slots=True)
class Result:
    columns: list[str]
    rows: list[list[Any]]
    notes: list[str] = field(default_factory=list)  # what the query's parameters matched

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


class GraphStore(ABC):
    """A graph database vnlegal can load into and query. Use as a context manager."""

    target: str
    backend: str
    batch_documents: int  # documents per load transaction: what suits the engine

    @abstractmethod
    def ensure_schema(self, unique: Sequence[tuple[str, str]], indexed: Sequence[tuple[str, str]]) -> None:
        """Unique constraints and indexes, created if missing (MERGE without them is quadratic)."""

    @abstractmethod
    def write(self, steps: Sequence[Step]) -> None:
        """Run the steps as one transaction: all of them or none. Raises ``LoadFailed``."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
        """Run one statement; read-only unless ``write`` (the engine enforces it)."""

    @abstractmethod
    def sync(self) -> None:
        """Make every write so far durable, or raise ``NotDurable`` (E303)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        """Writes are made durable on the way out; after an error, as far as the disk allows."""
        try:
            if exc_type is None:
                self.sync()
            else:
                with contextlib.suppress(VnlegalError):
                    self.sync()
        finally:
            self.close()


# ---- FalkorDBLite -------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Engine values → JSON-able Python: nodes and edges become dicts of their properties."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    labels = getattr(value, "labels", None)
    if labels is not None and hasattr(value, "properties"):  # FalkorDB Node
        return {"labels": list(labels), **_plain(dict(value.properties))}
    if hasattr(value, "relation") and hasattr(value, "properties"):  # FalkorDB Edge
        return {"type": value.relation, **_plain(dict(value.properties))}
    if hasattr(value, "nodes") and hasattr(value, "edges") and callable(value.nodes):  # Path
        return {"nodes": [_plain(n) for n in value.nodes()], "edges": [_plain(e) for e in value.edges()]}
    return value


# FalkorDB reads parameters from a ``CYPHER name=value …`` header in Cypher literal syntax. JSON is
# that syntax but for map keys (``"k":`` in JSON, ```k`:`` in Cypher) and ``\\uXXXX`` escapes, which
# FalkorDB does not decode. The client's serializer, a pure-Python walk that took 40% of a load's
# time, is kept for values JSON would write with those escapes.
_QUOTED_KEY = re.compile(r'(?<=[{,])"([^"\\`]+)":')


def cypher_literal(value: Any) -> str:
    """``value`` (JSON-able) as a Cypher literal: ``{key: "v\\n", n: [1, null]}``.

    Inside a JSON string every ``"`` is escaped, so an unescaped ``"…":`` after ``{`` or ``,`` is
    always a map key: requoting keys cannot touch a string's content."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError):
        text = "\\u"  # not JSON: let the client's serializer decide
    if "\\u" in text:  # a control character (or a literal backslash-u): FalkorDB's own escaping
        from falkordb.helpers import stringify_param_value

        return str(stringify_param_value(value))
    return _QUOTED_KEY.sub(r"`\1`:", text)


def _with_params(cypher: str, params: dict[str, Any] | None) -> str:
    if not params:
        return cypher
    return "CYPHER " + " ".join(f"`{k}`={cypher_literal(v)}" for k, v in params.items()) + " " + cypher


@contextlib.contextmanager
def _unless_done_meanwhile(error: type[Exception]) -> Iterator[None]:
    """A concurrent writer may create the same index or constraint first: that is success."""
    try:
        yield
    except error as e:
        if "already" not in str(e).lower():
            raise


class FalkorStore(GraphStore):
    """Embedded FalkorDBLite: a redis-server with the FalkorDB module, on a file (``graph.embedded``
    runs the server; it lives only while a store has the file open)."""

    backend = "falkordb"
    batch_documents = 25  # one chained query per batch: larger ones gain nothing, measured

    def __init__(self, path: str, create: bool = False) -> None:
        from redis.exceptions import RedisError

        from graph.embedded import EmbeddedServer

        self.target = path
        self._error: type[Exception] = RedisError
        self._dirty = False
        self._server: EmbeddedServer | None = None
        file = Path(path).expanduser()
        if not create and not file.is_file():
            raise GraphNotFound(f"no graph at {path}: load documents into it first "
                                f"(vnlegal load FILES --graph {path})")
        try:
            if create:
                file.resolve().parent.mkdir(parents=True, exist_ok=True)
            self._server = EmbeddedServer(file)
        except OSError as e:
            raise BackendUnavailable(f"cannot open the embedded graph at {path}: {e}") from e
        self._db = self._server.client
        self._graph = self._db.select_graph(GRAPH_NAME)
        try:
            exists = GRAPH_NAME in self._db.connection.execute_command("GRAPH.LIST")
            if not exists and create:
                self._graph.query("RETURN 1")  # creates the graph, so reads of a new one find it empty
                self._dirty = True
        except RedisError as e:
            self.close()
            raise BackendUnavailable(f"cannot open the embedded graph at {path}: {e}") from e
        if not exists and not create:
            self.close()
            raise GraphNotFound(f"{path} holds no vnlegal graph")

    @property
    def server_pid(self) -> int | None:
        return self._server.pid if self._server else None

    def ensure_schema(self, unique: Sequence[tuple[str, str]], indexed: Sequence[tuple[str, str]]) -> None:
        self._dirty = True
        try:
            existing = {(i[0], p) for i in self._graph.list_indices().result_set for p in i[1]}
            constraints = {(c["label"], tuple(c["properties"])) for c in self._graph.list_constraints()}
        except self._error:  # the graph does not exist yet: nothing is indexed
            existing, constraints = set(), set()
        try:
            for label, prop in [*unique, *indexed]:
                if (label, prop) not in existing:  # a unique constraint needs an index first
                    with _unless_done_meanwhile(self._error):
                        self._graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
                    existing.add((label, prop))
            for label, prop in unique:
                if (label, (prop,)) not in constraints:
                    with _unless_done_meanwhile(self._error):
                        self._graph.create_node_unique_constraint(label, prop)
            # Constraints are built in the background; wait so the first load is already guarded.
            for _ in range(100):
                if all(c["status"] == "OPERATIONAL" for c in self._graph.list_constraints()):
                    break
                time.sleep(0.05)
        except self._error as e:
            raise LoadFailed(f"the graph refused its schema: {e}") from e

    def write(self, steps: Sequence[Step]) -> None:
        # One query is one atomic unit in FalkorDB (its undo log rolls back a failed query), so the
        # steps are chained: `WITH count(*)` turns each UNWIND's rows back into a single row.
        live = [s for s in steps if s.rows]
        if not live:
            return
        cypher = "\nWITH count(*) AS _\n".join(_falkor_kinds(s) for s in live)
        params = {s.param: list(s.rows) for s in live}
        self._dirty = True
        try:
            self._graph.query(_with_params(cypher, params))
        except self._error as e:
            raise LoadFailed(f"the graph refused a write and kept its previous state: {e}") from e

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
        self._dirty = self._dirty or write
        try:
            run = self._graph.query if write else self._graph.ro_query  # the engine's read-only mode
            res = run(_with_params(cypher, params))
        except self._error as e:
            if "read-only" in str(e).lower() or "RO_QUERY" in str(e):
                raise ReadOnlyViolation(
                    "this statement writes; pass --write to allow it (graph is read-only by default)"
                ) from e
            raise QueryError(f"the graph refused the query: {e}") from e
        columns = [h[1] if isinstance(h, list | tuple) else str(h) for h in (res.header or [])]
        return Result(columns, [[_plain(v) for v in row] for row in res.result_set or []])

    def sync(self) -> None:
        """FalkorDB keeps the graph in memory: SAVE writes it to the file, and its answer is checked."""
        if self._dirty and self._server is not None:
            self._server.save()
            self._dirty = False

    def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()


# ---- Neo4j ---------------------------------------------------------------------------------------


def _plain_neo4j(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, list):
        return [_plain_neo4j(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain_neo4j(v) for k, v in value.items()}
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **dict(value)}
    if isinstance(value, Relationship):
        return {"type": value.type, **dict(value)}
    if isinstance(value, Path):
        return {"nodes": [_plain_neo4j(n) for n in value.nodes],
                "edges": [_plain_neo4j(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):  # neo4j.time Date, Time, DateTime, Duration
        return value.iso_format()
    if isinstance(value, tuple) and hasattr(value, "srid"):  # neo4j.spatial.Point
        return {"srid": value.srid, "coordinates": list(value)}
    return value


class Neo4jStore(GraphStore):
    """Neo4j through the official driver (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)."""

    backend = "neo4j"
    # Neo4j's guidance: UNWIND batches of thousands of rows per transaction (a document is ~40 rows).
    batch_documents = 250
    statement_rows = 10_000

    def __init__(self, uri: str) -> None:
        self.target = uri
        try:
            import neo4j
            from neo4j.exceptions import DriverError, Neo4jError
        except ImportError as e:
            raise BackendUnavailable(f"cannot reach Neo4j at {uri}: the neo4j driver is not installed ({e})") from e
        # The driver also logs what it raises; the raised error is reported, once, with its code.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
        # Server refusals are Neo4jError; a lost connection or an unknown commit outcome DriverError.
        self._error: tuple[type[Exception], ...] = (Neo4jError, DriverError)
        driver = None
        try:
            auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
            driver = neo4j.GraphDatabase.driver(uri, auth=auth)
            driver.verify_connectivity()
        except (*self._error, OSError, ValueError) as e:
            if driver is not None:
                driver.close()
            raise BackendUnavailable(f"cannot reach Neo4j at {uri}: {e}") from e
        self._driver = driver
        self._database = os.environ.get("NEO4J_DATABASE") or None
        # One bookmark manager: a read sees the writes before it, even on a cluster's secondary.
        self._bookmarks = neo4j.GraphDatabase.bookmark_manager()
        self._neo4j = neo4j

    def _session(self, **kwargs: Any) -> Any:
        return self._driver.session(database=self._database, bookmark_manager=self._bookmarks, **kwargs)

    def ensure_schema(self, unique: Sequence[tuple[str, str]], indexed: Sequence[tuple[str, str]]) -> None:
        for label, prop in unique:
            self._run_write(
                f"CREATE CONSTRAINT {label.lower()}_{prop}_unique IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.{prop} IS UNIQUE"
            )
        for label, prop in indexed:
            self._run_write(f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})")
        self._run_write("CALL db.awaitIndexes(300)")  # indexes are built in the background

    def _run_write(self, cypher: str) -> None:
        try:
            with self._session() as session:
                session.run(cypher).consume()
        except self._error as e:
            raise LoadFailed(f"the graph refused a schema statement ({cypher}): {e}") from e

    def write(self, steps: Sequence[Step]) -> None:
        statements = [(s.param, *st) for s in steps if s.rows for st in _neo4j_statements(s, self.statement_rows)]

        def work(tx: Any) -> None:
            for param, cypher, rows in statements:
                tx.run(cypher, {param: rows}).consume()

        try:
            with self._session() as session:
                session.execute_write(work)
        except self._error as e:
            raise LoadFailed(f"the graph refused a write and kept its previous state: {e}") from e

    def query(self, cypher: str, params: dict[str, Any] | None = None, write: bool = False) -> Result:
        mode = self._neo4j.WRITE_ACCESS if write else self._neo4j.READ_ACCESS

        def work(tx: Any) -> Result:
            res = tx.run(cypher, params or {})
            keys = list(res.keys())
            return Result(keys, [[_plain_neo4j(r[k]) for k in keys] for r in res])

        try:
            with self._session(default_access_mode=mode) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except self._error as e:
            if "AccessMode" in (getattr(e, "code", "") or "") or "read access mode" in str(e).lower():
                raise ReadOnlyViolation(
                    "this statement writes; pass --write to allow it (graph is read-only by default)"
                ) from e
            raise QueryError(f"the graph refused the query: {e}") from e

    def sync(self) -> None:
        """Nothing to do: ``execute_write`` returns only once the server has committed."""

    def close(self) -> None:
        self._driver.close()


def empty_graph(store: GraphStore, batch: int = 50_000) -> None:
    """Delete everything, in transactions of ``batch`` deletions (a server holds a transaction's
    changes in memory). Edges first, so a node batch never drags along a law's thousand citations."""
    for cypher in (f"MATCH ()-[r]->() WITH r LIMIT {batch} DELETE r RETURN count(*) AS n",
                   f"MATCH (n) WITH n LIMIT {batch} DETACH DELETE n RETURN count(*) AS n"):
        while store.query(cypher, write=True).rows[0][0]:
            pass


# ---- choosing one --------------------------------------------------------------------------------


def resolve_target(target: str | None) -> str:
    """``--graph`` if given, else ``$VNLEGAL_GRAPH``, else ``./data/vnlegal.db``."""
    return target or os.environ.get("VNLEGAL_GRAPH") or DEFAULT_PATH


def open_graph(target: str | None = None, create: bool = False) -> GraphStore:
    """Open the graph at a path (embedded FalkorDBLite) or a ``bolt://``/``neo4j://`` URI (Neo4j).

    A path that holds no graph is an error (``GraphNotFound``, E304) unless ``create``: only the
    commands that write create one."""
    t = resolve_target(target)
    if t.startswith(_NEO4J_SCHEMES):
        return Neo4jStore(t)
    if "://" in t:
        raise BackendUnavailable(f"unknown graph URI {t!r}: use a path, bolt:// or neo4j://")
    return FalkorStore(t, create=create)
