"""``vnlegal parse``, ``vnlegal eval`` and ``vnlegal bench-parse``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ingest.snapshot import document_files

app = typer.Typer()


class OutFormat(StrEnum):
    json = "json"
    text = "text"


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A document: .txt, .md, .html, Công báo text …")],
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.json,
    with_text: Annotated[bool, typer.Option("--with-text", help="Include the text offsets refer to")] = False,
    with_sections: Annotated[bool, typer.Option("--with-sections", help="Include the outline")] = False,
) -> None:
    """Parse one document and print its record (JSON by default)."""
    from ingest.errors import InputError
    from parsers import parse_document

    if not file.exists() or not file.is_file():
        raise InputError(f"{file}: no such file")
    record = parse_document(file)
    if format is OutFormat.json:
        out = record.to_dict(with_text=with_text, with_sections=with_sections)
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_text(record)


def _print_text(record: object) -> None:
    from parsers.models import DocumentRecord

    assert isinstance(record, DocumentRecord)
    d = record.document
    print(f"{d.type or '?'} {d.number or '(no number)'} — {d.issuer or '?'}, {d.issued or '?'}")
    if d.title:
        print(f"  {d.title}")
    if d.signer:
        print(f"  signed: {d.signer}")
    for a in record.attachments:
        print(f"  attached: {a.type} {a.title or ''}")
    print(f"references ({len(record.references)}):")
    for r in record.references:
        what = r.number or r.name or ""
        print(f"  {r.relation:12} {r.type} {what} {r.date or ''} [{r.section or ''}]")
    print(f"tasks ({len(record.tasks)}):")
    for t in record.tasks:
        lead = f" lead={','.join(t.lead)}" if t.lead else ""
        print(f"  {t.id:8} {t.text[:90]}{lead}")
    print(f"units ({len(record.units)}):")
    for u in record.units:
        print(f"  {u.section or '':8} {u.name}")
    for dg in record.diagnostics:
        print(f"  {dg.code}: {dg.message}")


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (split into tuning/ and heldout/)")],
    docs: Annotated[list[str] | None, typer.Option("--docs", help="Where the documents are")] = None,
    split: Annotated[list[str] | None, typer.Option("--split", help="Only these splits (tuning, heldout)")] = None,
    details: Annotated[bool, typer.Option("--details", help="Show what each document missed")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    names: Annotated[bool, typer.Option("--names", help="Match agencies by their written names (through the "
                                        "gazetteer) instead of the graph's identity")] = False,
    rendering: Annotated[str | None, typer.Option(
        "--as", help="Write each document again in this format first (html, gfm, tabs, cells, gazette, tvpl, pipes) "
                     "and score that")] = None,
) -> None:
    """Score the parser against gold annotations: micro and macro P/R/F1 per field and split."""
    from ingest.errors import InputError
    from parsers.evaluate import DETAIL_FIELDS, FIELDS, evaluate
    from parsers.rerender import RENDERINGS

    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: no such folder")
    if rendering is not None and rendering not in RENDERINGS:
        raise InputError(f"--as {rendering}: not a format to write documents in ({', '.join(RENDERINGS)})")
    result = evaluate(str(gold_dir), docs, split, identity=not names, rendering=rendering)
    if not details:
        # what each document missed only when asked for, in either form: a held-out split is read in its totals
        for sp in result["splits"].values():
            for d in sp["documents"]:
                d.pop("missed", None)
                d.pop("extra", None)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for name, sp in result["splits"].items():
        print(f"== {name}: {len(sp['documents'])} documents")
        if not sp["documents"]:
            continue
        print(f"{'field':14} {'P':>6} {'R':>6} {'F1':>6}  {'macro F1':>8} {'docs':>5}   tp/fp/fn")
        for f in (*FIELDS, *DETAIL_FIELDS):
            s = sp["fields"][f]
            print(f"{f:14} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  {s['macro_f1']:8.3f} "
                  f"{s['documents']:5d}   {s['tp']}/{s['fp']}/{s['fn']}")
        if details:
            for d in sp["documents"]:
                print(f"\n-- {d['file']}  " + "  ".join(f"{f}={d[f]['f1']:.2f}" for f in FIELDS))
                for f in (*FIELDS, *DETAIL_FIELDS):
                    for x in d["missed"][f]:
                        print(f"  missed {f}: {x}")
                    for x in d["extra"][f]:
                        print(f"  extra  {f}: {x}")
        print()
    for sk in result["skipped"]:
        print(f"skipped: {sk}")


@app.command("eval-metadata")
def eval_metadata(
    tsv: Annotated[Path, typer.Argument(help="tvpl_attributes.tsv")] = Path("../shared/corpus/tvpl_attributes.tsv"),
    docs: Annotated[Path, typer.Option("--docs")] = Path("../shared/corpus/documents"),
    misses: Annotated[bool, typer.Option("--misses", help="List every disagreement")] = False,
) -> None:
    """Exact-match accuracy of parsed metadata against a site's attribute table.

    Two figures: the document's own header alone, and the record as users get it (where the page's
    attribute box fills what the header does not say).
    """
    from ingest.errors import InputError
    from parsers.evaluate import metadata_accuracy

    if not tsv.exists():
        raise InputError(f"{tsv}: no such file")
    for label, use in (("header only", False), ("record (box fills gaps)", True)):
        r = metadata_accuracy(str(tsv), str(docs), use_attributes=use)
        fields = "  ".join(f"{k}={v:.3f}" for k, v in r["fields"].items())
        print(f"{label:26} accuracy={r['accuracy']:.4f} over {r['documents']} pages   {fields}")
        if misses:
            for m in r["misses"]:
                print(f"   {m['file']} {m['field']}: expected {m['expected']!r}, got {m['got']!r}")


@app.command("bench-parse")
def bench_parse(
    docs: Annotated[list[Path] | None, typer.Argument(help="Folders or files (default: the dev corpus)")] = None,
    rounds: Annotated[int, typer.Option(help="Passes over the corpus")] = 3,
) -> None:
    """Print parsing speed (MB/s, documents/s) and peak memory."""
    import time

    import psutil

    from parsers import parse_document

    defaults = [Path("corpus"), Path("../shared/corpus/documents")]
    paths = document_files(docs or [d for d in defaults if d.is_dir()])
    size = sum(p.stat().st_size for p in paths)
    proc = psutil.Process()
    from parsers.pipeline import STAGE_SECONDS, timing, warm_up

    warm_up()  # vocabulary, dictionary and matcher load once per process
    best = cpu = float("inf")
    stages: dict[str, float] = {}
    for _ in range(rounds):
        timing(True)
        t0, c0 = time.perf_counter(), time.process_time()
        for p in paths:
            parse_document(p)
        took = time.perf_counter() - t0
        cpu = min(cpu, time.process_time() - c0)
        timing(False)
        if took < best:
            best, stages = took, dict(STAGE_SECONDS)
    rss = proc.memory_info().rss / 2**20
    peak = _peak_rss_mib()
    print(f"parse: {len(paths)} documents, {size / 1e6:.2f} MB, best of {rounds}: {best:.2f} s")
    print(f"parse: {size / 1e6 / best:.2f} MB/s, {len(paths) / best:.1f} documents/s (one process)")
    # (the processor's time too: on a shared machine the clock's time varies with the other work on it)
    print(f"parse: {size / 1e6 / cpu:.2f} MB/s of processor time ({cpu:.2f} s)")
    print("stages: " + ", ".join(f"{k} {v:.2f} s ({v / best:.0%})" for k, v in stages.items()))
    print(f"memory: rss {rss:.0f} MiB, peak {peak:.0f} MiB")


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
