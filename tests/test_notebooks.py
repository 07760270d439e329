"""Every notebook in notebooks/ runs from top to bottom on a fresh kernel, on a graph of its own, and
its committed outputs are the ones the code produces today. When the code changes what a notebook
shows, `make notebooks` (``python tests/test_notebooks.py``) runs them all again and writes the
outputs back, to be read and committed."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
_SHOWN = ("text/plain", "image/svg+xml", "text/markdown")


def execute(path: Path, graph: Path) -> Any:
    """The notebook run on a fresh kernel, with $VNLEGAL_GRAPH at ``graph``."""
    import nbclient
    import nbformat

    nb = nbformat.read(path, as_version=4)
    previous = os.environ.get("VNLEGAL_GRAPH")
    os.environ["VNLEGAL_GRAPH"] = str(graph)
    try:
        nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    finally:
        if previous is None:
            os.environ.pop("VNLEGAL_GRAPH", None)
        else:
            os.environ["VNLEGAL_GRAPH"] = previous
    return nb


def shown(nb: Any) -> list[list[tuple[Any, ...]]]:
    """What each code cell shows a reader: its printed text (however the kernel split it into
    messages) and its displayed values; stderr, the execution counts and the kernel's metadata are
    left out."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        out: list[tuple[Any, ...]] = []
        for o in cell.get("outputs", []):
            if o["output_type"] == "stream" and o["name"] == "stdout":
                # the kernel splits printed text into messages as its buffer flushes: join them
                if out and out[-1][0] == "stdout":
                    out[-1] = ("stdout", out[-1][1] + o["text"])
                else:
                    out.append(("stdout", o["text"]))
            elif o["output_type"] in ("execute_result", "display_data"):
                out.append(("data", tuple((k, o["data"][k]) for k in _SHOWN if k in o["data"])))
            elif o["output_type"] == "error":
                out.append(("error", o["ename"], o["evalue"]))
        cells.append(out)
    return cells


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_its_outputs_are_current(path: Path, tmp_path: Path) -> None:
    pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    import nbformat

    nb = execute(path, tmp_path / "nb.db")
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    committed = nbformat.read(path, as_version=4)
    assert shown(nb) == shown(committed), (
        f"{path.name}: its committed outputs are not what the code shows today; run `make notebooks`, "
        "read the new outputs and commit them")


def update(paths: list[Path]) -> None:
    """Run each notebook and write its outputs back."""
    import nbformat

    for path in paths:
        with tempfile.TemporaryDirectory() as tmp:
            nb = execute(path, Path(tmp) / "nb.db")
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nbformat.write(nb, path)
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    update([Path(p).resolve() for p in sys.argv[1:]] or NOTEBOOKS)
