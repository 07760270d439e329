"""The ``vnlegal`` command: parse, evaluate, load, query.

Each stage keeps its own commands next to its code (``parsers/cli.py``, ``graph/cli.py``); this
module only gathers them and turns every ``VnlegalError`` into a coded message and exit status 2.
"""

from __future__ import annotations

import os
import sys

# underthesea asks a model hub for some resources; vnlegal never downloads at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import typer

from ingest.errors import VnlegalError

app = typer.Typer(
    name="vnlegal",
    help="Vietnamese legal documents into a knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


_STAGES = ("parsers.cli", "graph.cli")


def _register() -> None:
    import importlib
    import importlib.util

    for name in _STAGES:
        if importlib.util.find_spec(name) is None:
            continue
        sub = importlib.import_module(name).app
        app.registered_commands.extend(sub.registered_commands)


def main(argv: list[str] | None = None) -> None:
    _register()
    try:
        app(args=argv, standalone_mode=True)
    except VnlegalError as e:
        print(f"error {e}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
