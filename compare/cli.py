"""``vnlegal compare`` (two plans side by side), ``vnlegal series`` and ``vnlegal compare-eval``
(the similarity measures against a gold file)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from graph.cli import GraphOption

app = typer.Typer()


class ReportFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


@app.command()
def compare(
    plan_a: Annotated[str, typer.Argument(
        help="The earlier plan: a number, key, promulgating decision or title words.")],
    plan_b: Annotated[str, typer.Argument(help="The later plan, named the same ways.")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.md,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report here instead of stdout.")] = None,
    graph: GraphOption = None,
) -> None:
    """Compare two plans: aligned tasks (both texts side by side), new and dropped tasks, topics, agencies."""
    from compare.comparison import compare_plans
    from compare.report import render
    from graph.store import open_graph

    with open_graph(graph) as store:
        comparison = compare_plans(store, plan_a, plan_b)
    text = render(comparison, format.value)
    if out is None:
        typer.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {out}")


@app.command()
def series(graph: GraphOption = None) -> None:
    """The plan series of the graph (one issuer, one subject, several years) with their evidence."""
    from compare.series import find_series
    from graph.store import open_graph

    with open_graph(graph) as store:
        found = find_series(store)
    for s in found:
        typer.echo(f"{s.name}  [{s.key}]")
        for m in s.members:
            typer.echo(f"  {m.year}  {m.key}  {m.title or ''}")
        for link in s.links:
            typer.echo(f"    {link.a} → {link.b}: " + "; ".join(link.evidence))
    if not found:
        typer.echo("no plan series in the graph")


@app.command("compare-eval")
def compare_eval(
    gold: Annotated[Path, typer.Argument(help="A gold alignment (tests/compare_gold/*.json).")],
    graph: GraphOption = None,
    details: Annotated[bool, typer.Option(help="Print each gold decision and what each method did.")] = False,
) -> None:
    """How each similarity measure's alignment agrees with a gold alignment of two plans."""
    from compare.evaluate import evaluate_all
    from graph.store import open_graph

    spec = json.loads(gold.read_text("utf-8"))
    with open_graph(graph) as store:
        for line in evaluate_all(store, spec, details=details):
            typer.echo(line)
