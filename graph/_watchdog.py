"""The embedded server's watchdog, and the small process helpers ``graph.embedded`` shares with it.

Run as ``python -I _watchdog.py RUNTIME_DIR`` right before the server starts: it detaches, waits for
the server's pid, then every quarter second checks the holders (``RUNTIME_DIR/holders/<pid>-<n>``, one
per open store). When none of their processes is alive any more (a ``kill -9`` of a load leaves its
holder file behind) it stops the server without saving and removes the folder. Standard library only, so it
starts in milliseconds and never imports the project.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

_STOP_SECONDS = 10
_START_SECONDS = 30  # (longer than the starting process waits for its server: it gives up first)
_GRACE_SECONDS = 2  # (a daemon writes its pid within milliseconds of starting)
_POLL_SECONDS = 0.25


def alive(pid: int) -> bool:
    """A running process (a zombie, killed and not yet reaped, is not running)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def live_holders(runtime: Path) -> list[Path]:
    try:
        holders = list((runtime / "holders").iterdir())
    except OSError:
        return []
    return [h for h in holders if alive(int(h.name.split("-")[0]))]


@contextlib.contextmanager
def locked(runtime: Path) -> Iterator[None]:
    """The lock that serialises starting, joining and stopping one database's server."""
    with open(f"{runtime}.lock", "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _send(sock: Path, command: bytes, seconds: float) -> bytes:
    with socket.socket(socket.AF_UNIX) as s:
        s.settimeout(seconds)
        s.connect(str(sock))
        s.sendall(command)
        return s.recv(64)


def ask(sock: Path, command: bytes, seconds: float) -> bytes | None:
    """Send the server on ``sock`` one command (in the protocol's own bytes) and read the start of its answer, all
    within ``seconds``; None when it could not be asked or did not answer in time."""
    try:
        return _send(sock, command, seconds)
    except OSError:
        return None


def ask_listening(sock: Path, command: bytes, seconds: float, pid: int | None) -> bytes | None:
    """``ask``, asked again while the connection is refused and the server ``pid`` lives: a server makes its socket's
    file before it listens on it, so one just started may refuse the first connection."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return _send(sock, command, max(0.05, deadline - time.monotonic()))
        except (ConnectionRefusedError, FileNotFoundError):
            if time.monotonic() >= deadline or not (pid and alive(pid)):
                return None
            time.sleep(0.02)
        except OSError:
            return None


def stop(runtime: Path) -> None:
    """Stop the server of ``runtime`` without saving, and remove its folder. Call under the lock."""
    pid = read_pid(runtime / "server.pid")
    if pid and alive(pid):
        ask(runtime / "server.sock", b"*2\r\n$8\r\nSHUTDOWN\r\n$6\r\nNOSAVE\r\n", 2)
        deadline = time.monotonic() + _STOP_SECONDS
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.01)
        if alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    shutil.rmtree(runtime, ignore_errors=True)


def watch(runtime: Path) -> None:
    # (started before its server: it waits for the server's pid as long as a server has to start, or until no holder
    # has been alive for a while — its process gave up, or died before the server it started wrote its pid)
    deadline = time.monotonic() + _START_SECONDS
    server = read_pid(runtime / "server.pid")
    gone: float | None = None
    while server is None and time.monotonic() < deadline:
        if live_holders(runtime):
            gone = None
        elif (gone := gone or time.monotonic()) < time.monotonic() - _GRACE_SECONDS:
            return
        time.sleep(_POLL_SECONDS / 5)
        server = read_pid(runtime / "server.pid")
    while server is not None:
        time.sleep(_POLL_SECONDS)
        if read_pid(runtime / "server.pid") != server or not alive(server):
            return  # stopped by its last holder, or replaced by a new server with its own watchdog
        if live_holders(runtime):
            continue
        with locked(runtime):
            if read_pid(runtime / "server.pid") == server and not live_holders(runtime):
                stop(runtime)
                return


def main() -> None:
    runtime = Path(sys.argv[1])
    if os.fork():  # the caller waits for this parent only; the child is adopted by init
        os._exit(0)
    os.setsid()
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        (runtime / "watchdog.pid").write_text(str(os.getpid()))
    watch(runtime)


if __name__ == "__main__":
    main()
