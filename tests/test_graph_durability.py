"""No silent loss, no leaked process: a full disk, read-only storage, a kill -9 of a load and two
loads at once, each through the real command and the real embedded server. After every test no
server or watchdog started during it is still running.

The full and read-only disks are small tmpfs mounts (root with CAP_SYS_ADMIN, as on the
development machines and CI); elsewhere those tests skip and say so."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from graph_fixtures import ROOT, SEED_1369, SEEDS, SHARED, no_process_left_behind

from graph import open_graph, stats
from graph.embedded import runtime_dir

__all__ = ["no_process_left_behind"]  # the autouse fixture, imported for pytest


def _vnlegal(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "vnlegal.py"), *args],
                          env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=600)


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN): {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def test_full_disk_is_an_error_and_keeps_the_saved_graph(tmp_path: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip(f"the development corpus is not at {SHARED}")
    with _tmpfs(tmp_path / "full", "400k") as disk:
        db = str(disk / "g.db")
        first = _vnlegal("load", str(SEED_1369), "--graph", db)
        assert first.returncode == 0, first.stderr
        saved = (disk / "g.db").read_bytes()
        full = _vnlegal("load", str(SHARED), "--graph", db)
        assert full.returncode == 2, full.stdout + full.stderr
        assert full.stderr.splitlines()[-1].startswith("error E303: the graph could not be written"), full.stderr
        assert "Traceback" not in full.stderr and "loaded" not in full.stdout
        assert (disk / "g.db").read_bytes() == saved  # the file keeps its previous state
        after = _vnlegal("stats", "--graph", db, "--format", "json")
        assert after.returncode == 0 and '"parsed": 2' in after.stdout, after.stderr  # decision + plan


def test_read_only_storage_reads_work_writes_fail_once(tmp_path: Path) -> None:
    with _tmpfs(tmp_path / "ro", "20m") as disk:
        db = str(disk / "g.db")
        assert _vnlegal("load", str(SEEDS), "--graph", db).returncode == 0
        _remount_read_only(disk)
        for args in (["stats"], ["query", "most_cited", "-p", "limit=3"], ["cypher", "MATCH (d:Plan) RETURN count(d)"]):
            done = _vnlegal(*args, "--graph", db)
            assert done.returncode == 0 and not done.stderr.count("Traceback"), (args, done.stderr)
        write = _vnlegal("load", str(SEED_1369), "--graph", db)
        assert write.returncode == 2 and write.stderr.count("error E") == 1, write.stderr
        assert "Traceback" not in write.stderr, write.stderr
        assert write.stderr.splitlines()[-1].startswith("error E303"), write.stderr
        cypher = _vnlegal("cypher", "CREATE (:Note)", "--write", "--graph", db)
        assert cypher.returncode == 2 and cypher.stderr.startswith("error E303"), cypher.stderr


def test_kill_9_of_a_load_leaves_no_server(tmp_path: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip(f"the development corpus is not at {SHARED}")
    db = tmp_path / "g.db"
    load = subprocess.Popen([sys.executable, str(ROOT / "vnlegal.py"), "load", str(SHARED), "--graph", str(db)],
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pidfile = runtime_dir(db) / "server.pid"
    deadline = time.monotonic() + 120
    while not pidfile.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # in the middle of writing
    server = int(pidfile.read_text())
    load.send_signal(signal.SIGKILL)
    load.wait()
    deadline = time.monotonic() + 5
    while psutil.pid_exists(server) and psutil.Process(server).status() != psutil.STATUS_ZOMBIE \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not psutil.pid_exists(server) or psutil.Process(server).status() == psutil.STATUS_ZOMBIE
    while runtime_dir(db).exists() and time.monotonic() < deadline + 2:
        time.sleep(0.05)
    assert not runtime_dir(db).exists()
    # the file holds a consistent earlier state or nothing; loading again completes it
    again = _vnlegal("load", str(SHARED), "--graph", str(db))
    assert again.returncode == 0, again.stderr


def test_two_loads_at_once_share_one_server(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = [sys.executable, str(ROOT / "vnlegal.py"), "load", str(SEEDS / "000_444fadc33cc7a01d.txt"), "--graph", db]
    second = [sys.executable, str(ROOT / "vnlegal.py"), "load", str(SEED_1369), "--graph", db]
    procs = [subprocess.Popen(c, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for c in (first, second)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with open_graph(db) as g:
        assert stats(g)["documents"]["parsed"] == 3  # the 2024 plan, the decision and its plan


def test_a_server_that_stopped_answering_is_an_error_not_a_hang(tmp_path: Path) -> None:
    """The embedded server frozen (SIGSTOP) while a store holds it: a second command on the same graph finds it
    running, asks it once with a time limit and fails with a coded error instead of waiting for ever."""
    db = tmp_path / "g.db"
    assert _vnlegal("load", str(SEED_1369), "--graph", str(db)).returncode == 0
    with open_graph(str(db)) as store:
        server = store.server_pid
        assert server is not None
        os.kill(server, signal.SIGSTOP)
        try:
            started = time.monotonic()
            r = _vnlegal("stats", "--graph", str(db))
            waited = time.monotonic() - started
        finally:
            os.kill(server, signal.SIGCONT)
        assert r.returncode != 0 and "error E301:" in r.stderr and "does not answer" in r.stderr, r.stderr
        assert "Traceback" not in r.stderr
        assert waited < 120  # (bounded by the time a server has to start, far from the command's own limit)
        assert sum(stats(store)["nodes"].values()) > 0  # the store that held it goes on once it answers again


def test_a_process_killed_right_after_starting_its_server_leaves_no_server(tmp_path: Path) -> None:
    """SIGKILL the instant the embedded server has started, before the process did anything else: the watchdog,
    started before the server, stops it."""
    db = tmp_path / "g.db"
    child = ("import os, signal, subprocess, sys\n"
             "from graph import embedded\n"
             "real = subprocess.call\n"
             "def call(command, *a, **k):\n"
             "    rc = real(command, *a, **k)\n"
             "    if '--loadmodule' in command:\n"
             "        os.kill(os.getpid(), signal.SIGKILL)\n"
             "    return rc\n"
             "subprocess.call = call\n"
             f"embedded.EmbeddedServer({str(db)!r})\n")
    done = subprocess.run([sys.executable, "-c", child], env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    pidfile = runtime_dir(db) / "server.pid"
    deadline = time.monotonic() + 10
    while runtime_dir(db).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not runtime_dir(db).exists(), f"server {pidfile.read_text() if pidfile.exists() else '?'} left running"


def test_a_server_not_yet_listening_is_asked_again_while_it_lives(tmp_path: Path) -> None:
    """A server makes its socket's file before it listens on it: a connection refused then is asked again while the
    server's process lives (a just-started server had been reported as not answering), and given up at once when
    the process is gone."""
    import socket
    import threading

    from graph._watchdog import ask_listening

    path = tmp_path / "server.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # (the file is there; nothing listens yet)

    def listen_then_answer() -> None:
        time.sleep(0.3)
        server.listen(1)
        conn, _ = server.accept()
        with conn:
            conn.recv(64)
            conn.sendall(b"+PONG\r\n")

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    assert ask_listening(path, b"*1\r\n$4\r\nPING\r\n", 5, int(gone.stdout)) is None  # (its process has ended)
    answering = threading.Thread(target=listen_then_answer)
    answering.start()
    try:
        assert ask_listening(path, b"*1\r\n$4\r\nPING\r\n", 5, os.getpid()) == b"+PONG\r\n"
    finally:
        answering.join(10)
        server.close()
