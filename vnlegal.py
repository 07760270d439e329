"""The ``vnlegal`` command: parse, evaluate, load, query.

Each stage keeps its own commands next to its code (``parsers/cli.py``, ``graph/cli.py``); this
module only gathers them and turns every ``VnlegalError`` into a coded message and exit status 2.
"""

from __future__ import annotations

import os
import sys

# underthesea asks a model hub for some resources; vnlegal never downloads at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from pathlib import Path
from typing import Annotated

import typer

from ingest.errors import VnlegalError

app = typer.Typer(
    name="vnlegal",
    help="Vietnamese legal documents into a knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


_STAGES = ("parsers.cli", "graph.cli", "ingest.cli", "compare.cli")


def _register() -> None:
    import importlib
    import importlib.util

    for name in _STAGES:
        if importlib.util.find_spec(name) is None:
            continue
        sub = importlib.import_module(name).app
        app.registered_commands.extend(sub.registered_commands)


# The headline questions of the demo: (title, query, parameters).
DEMO_QUESTIONS = (
    ("Which documents does the 2018 plan (Quyết định 1369/QĐ-UBND) rest on?",
     "legal_basis_tree", {"doc": "1369/QĐ-UBND"}),
    ("Which plans cite Nghị định 72/2015/NĐ-CP?", "plans_citing", {"doc": "72/2015/NĐ-CP"}),
    ("Which agencies does the 2018 plan task?", "plan_units", {"doc": "1369/QĐ-UBND"}),
    ("What are the 2024 plan's items?", "plan_tasks", {"doc": "năm 2024"}),
)
# The comparison the demo ends with: the 2018 plan (by its decision) and the 2024 one (by its title).
DEMO_COMPARISON = ("1369/QĐ-UBND", "năm 2024")


@app.command()
def demo(
    folder: Annotated[Path, typer.Argument(help="Documents to load")] = Path("corpus"),
    graph: Annotated[str | None, typer.Option("--graph", help="Database path or bolt:// URI")] = None,
) -> None:
    """Parse the shipped corpus, load it into the graph, answer the headline questions."""
    import queries
    from compare.comparison import compare_plans
    from compare.report import render
    from graph import load_records, open_graph
    from graph.cli import _print
    from graph.store import resolve_target
    from ingest.snapshot import document_files
    from parsers import PARSER_VERSION, parse_document

    files = document_files([folder])
    records = [parse_document(p).to_dict() for p in files]
    for r in records:
        d = r["document"]
        print(f"parsed {Path(r['source']['path']).name}: {d['type']} {d['number'] or '(no number)'}, "
              f"{len(r['references'])} references, {len(r['tasks'])} tasks, {len(r['units'])} units")
    with open_graph(graph, create=True) as store:
        report = load_records(store, records, parser_version=PARSER_VERSION)
        print(f"loaded {report.documents} documents into {resolve_target(graph)}\n")
        for title, name, params in DEMO_QUESTIONS:
            print(f"## {title}\n   vnlegal query {name} " + " ".join(f"-p {k}={v!r}" for k, v in params.items()))
            _print(queries.run(store, name, params), "table")
            print()
        comparison = compare_plans(store, *DEMO_COMPARISON)
    target = resolve_target(graph)
    folder = Path(target).parent if "://" not in target else Path("data")
    written = folder / "compare-2018-2024.html"
    written.parent.mkdir(parents=True, exist_ok=True)
    written.write_text(render(comparison, "html"), encoding="utf-8")
    al = comparison.alignment
    print(f"## 2018 ↔ 2024: {len(al.pairs)} tasks carried over or changed, {len(al.new)} new, "
          f"{len(al.dropped)} dropped (tasks and duties)\n   vnlegal compare "
          + " ".join(repr(p) for p in DEMO_COMPARISON) + " --format html")
    print(f"wrote the 2018 ↔ 2024 comparison to {written}")


@app.command()
def bench(
    scale: Annotated[int, typer.Option(help="Copies of the development corpus to load (0: skip).")] = 100,
    graph: Annotated[str | None, typer.Option("--graph", help="Also measure this Neo4j URI (emptied).")] = None,
) -> None:
    """Parsing speed, then load speed, with peak memory: ``bench-parse`` and ``bench-load``."""
    from graph.cli import bench_load
    from parsers.cli import bench_parse

    bench_parse(docs=None, rounds=3)
    if scale > 0:
        bench_load(scale=scale, repeat=2, graph=graph)


def main(argv: list[str] | None = None) -> None:
    _register()
    try:
        app(args=argv, standalone_mode=True)
    except VnlegalError as e:
        print(f"error {e}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
