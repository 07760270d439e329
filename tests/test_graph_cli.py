"""The graph commands of ``vnlegal``: load, stats, queries, query, cypher."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from graph_fixtures import ROOT, SEED_1369, SEEDS, no_process_left_behind
from typer.testing import CliRunner

import vnlegal

__all__ = ["no_process_left_behind"]  # autouse: after each test no embedded server or child remains


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    vnlegal._register()
    return CliRunner()


@pytest.fixture(scope="module")
def db(cli: CliRunner, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "graph.db")
    result = cli.invoke(vnlegal.app, ["load", str(SEEDS), "--graph", path])
    assert result.exit_code == 0, result.output
    assert "loaded 2 documents" in result.output
    return path


def test_load_is_idempotent_and_takes_files(cli: CliRunner, db: str) -> None:
    before = json.loads(cli.invoke(vnlegal.app, ["stats", "--graph", db, "--format", "json"]).output)
    result = cli.invoke(vnlegal.app, ["load", str(SEED_1369), "--graph", db, "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    after = json.loads(cli.invoke(vnlegal.app, ["stats", "--graph", db, "--format", "json"]).output)
    assert after == before
    assert before["documents"]["parsed"] == 3 and before["nodes"]["Plan"] == 2


def test_stats_table(cli: CliRunner, db: str) -> None:
    result = cli.invoke(vnlegal.app, ["stats", "--graph", db])
    assert result.exit_code == 0 and "CITES" in result.output and "Agency" in result.output


def test_queries_lists_the_catalogue(cli: CliRunner) -> None:
    result = cli.invoke(vnlegal.app, ["queries"])
    assert result.exit_code == 0
    assert "plans_by_year_issuer  (year:int[1800..2200]=null, issuer:str=null)" in result.output
    assert "legal_basis_tree  (doc:doc)" in result.output


def test_query_formats(cli: CliRunner, db: str) -> None:
    args = ["query", "plans_citing", "--param", "doc=72/2015/NĐ-CP", "--graph", db]
    answer = cli.invoke(vnlegal.app, [*args, "--format", "json"])
    as_json = json.loads(answer.stdout)
    assert {r["plan"] for r in as_json} == {"KH:1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh"}
    assert "doc='72/2015/NĐ-CP' matched 1 document(s): 72/2015/NĐ-CP" in answer.stderr
    as_csv = list(csv.DictReader(io.StringIO(cli.invoke(vnlegal.app, [*args, "--format", "csv"]).stdout)))
    assert [r["plan"] for r in as_csv] == [r["plan"] for r in as_json]
    table = cli.invoke(vnlegal.app, args).stdout
    assert "KH:1369/QĐ-UBND" in table and f"{len(as_json)} rows" in table
    tasks = json.loads(cli.invoke(vnlegal.app, ["query", "plan_tasks", "-p", "doc=năm 2024",
                                                "--graph", db, "--format", "json"]).stdout)
    assert len(tasks) == 13


def test_cypher_is_read_only_unless_write(cli: CliRunner, db: str) -> None:
    result = cli.invoke(vnlegal.app, ["cypher", "MATCH (d:Plan) RETURN count(d) AS plans",
                                      "--graph", db, "--format", "json"])
    assert json.loads(result.output) == [{"plans": 2}]
    denied = cli.invoke(vnlegal.app, ["cypher", "CREATE (:Note {text: $t})", "-p", "t=x", "--graph", db])
    assert denied.exit_code != 0 and "E402" in str(denied.exception)
    allowed = cli.invoke(vnlegal.app, ["cypher", "CREATE (:Note {text: $t})", "-p", "t=x", "--write",
                                       "--graph", db])
    assert allowed.exit_code == 0, allowed.output
    result = cli.invoke(vnlegal.app, ["cypher", "MATCH (n:Note) RETURN n.text AS t", "--graph", db,
                                      "--format", "json"])
    assert json.loads(result.output) == [{"t": "x"}]


def _vnlegal(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "vnlegal.py"), *args],
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                          capture_output=True, text=True, timeout=300)


def test_errors_are_coded_with_exit_status_2(tmp_path: Path) -> None:
    env = {"VNLEGAL_GRAPH": str(tmp_path / "g.db")}
    for args, code in ((["stats"], "E304"),  # a graph that does not exist is not an empty graph
                       (["query", "most_cited"], "E304"),
                       (["cypher", "RETURN 1"], "E304"),
                       (["cypher", "RETURN 1", "--write"], ""),  # writing creates it
                       (["query", "no_such_query"], "E401"),
                       (["cypher", "CREATE (:X)"], "E402"),
                       (["query", "plans_by_year_issuer", "-p", "year=soon"], "E403"),
                       (["query", "most_cited", "-p", "limit=9223372036854775808"], "E403"),
                       (["query", "most_cited", "-p", "limit=-1"], "E403")):
        proc = _vnlegal(*args, env=env)
        assert "Traceback" not in proc.stderr, proc.stderr
        if not code:
            assert proc.returncode == 0, proc.stderr
            continue
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.startswith(f"error {code}:"), (args, proc.stderr)
    assert not (tmp_path / "missing.db").exists()


def test_unreachable_neo4j_is_a_coded_error(tmp_path: Path) -> None:
    """A bolt:// or neo4j:// URI where no server answers (a port just closed on 127.0.0.1, a
    peer that hangs up, a URI the driver refuses): E301 and exit status 2, no traceback."""
    import socket
    import threading

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    free_port = closed.getsockname()[1]
    closed.close()
    hangup = socket.socket()
    hangup.bind(("127.0.0.1", 0))
    hangup.listen()

    def hang_up() -> None:
        with contextlib.suppress(OSError):
            while True:
                conn, _ = hangup.accept()
                conn.close()

    threading.Thread(target=hang_up, daemon=True).start()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        for uri in (f"bolt://127.0.0.1:{free_port}", f"neo4j://127.0.0.1:{hangup.getsockname()[1]}",
                    f"bolt://127.0.0.1:{free_port}?policy=x"):
            proc = subprocess.run([sys.executable, str(ROOT / "vnlegal.py"), "stats", "--graph", uri],
                                  env=env, capture_output=True, text=True, timeout=120)
            assert proc.returncode == 2, proc.stderr
            assert proc.stderr.startswith("error E301: cannot reach Neo4j"), proc.stderr
            assert "Traceback" not in proc.stderr
    finally:
        hangup.close()


def test_bench_load_compares_the_same_rows(cli: CliRunner) -> None:
    """The load benchmark runs end to end at the smallest scale; its three loads write the same
    rows, and the loader's graph is the corpus (no speed is asserted)."""
    result = cli.invoke(vnlegal.app, ["bench-load", "--scale", "1", "--repeat", "1"])
    assert result.exit_code == 0, result.output
    figures = dict(line.removeprefix("load: ").split(": ", 1) for line in result.output.splitlines()
                   if line.startswith("load: "))
    assert figures["backend"] == "falkordb"
    assert int(figures["documents"]) == int(figures["corpus_documents"]) >= 2
    assert int(figures["nodes"]) > int(figures["documents"])
    assert int(figures["rows"]) == int(figures["raw_rows"]) > int(figures["nodes"])
    for rate in ("loader_rows_per_s", "raw_rows_per_s", "raw_keys_only_rows_per_s"):
        assert int(figures[rate]) > 0
    assert int(figures["python_peak_mb"]) > 0 and int(figures["engine_rss_mb"]) > 0
