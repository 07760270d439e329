"""`vnlegal demo` (what `make demo` runs) answers the headline questions on the shipped corpus."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_demo_answers_headline_questions(tmp_path):
    r = subprocess.run([sys.executable, "-m", "vnlegal", "demo", "corpus", "--graph", str(tmp_path / "demo.db")],
                       capture_output=True, text=True, cwd=ROOT, timeout=300,
                       env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"})
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "loaded 2 documents" in out
    rests_on = out.split("## Which plans cite")[0]
    for basis in ("72/2015/NĐ-CP", "22/2016/TT-BTTTT", "368/QĐ-TTg", "77/2015/QH13", "3616/BTTTT-TTĐN"):
        assert basis in rests_on
    plans = out.split("## Which plans cite")[1].split("## Which agencies")[0]
    assert "KH:1369/QĐ-UBND" in plans
    agencies = out.split("## Which agencies")[1].split("## What are")[0]
    assert "Sở Thông tin và Truyền thông" in agencies and "17 rows" in agencies
    assert "13 rows" in out.split("## What are")[1]
    # it ends with the 2018 ↔ 2024 comparison, written as an HTML report beside the graph
    report = tmp_path / "compare-2018-2024.html"
    assert out.rstrip().endswith(f"wrote the 2018 ↔ 2024 comparison to {report}")
    assert "6 tasks carried over or changed, 7 new" in out
    page = report.read_text("utf-8")
    assert "data:image/svg+xml;base64," in page and "Triển khai Đề án truyền thông về quyền con người" in page
