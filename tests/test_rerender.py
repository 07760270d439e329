"""A document written again in another format gives the same record: the renderings ``vnlegal eval --as`` scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers import parse_bytes
from parsers.evaluate import evaluate
from parsers.pipeline import parse_document
from parsers.rerender import RENDERINGS, rerender
from tests.test_shapes import signed
from tests.test_shapes_copies import _header

PLAN = (_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "86/KH-UBND", "Quảng Ngãi, ngày 18 tháng 4 năm 2025")
        + "\nKẾ HOẠCH\nTriển khai công tác chuyển đổi số năm 2025\n\n"
        "Căn cứ Luật Giao dịch điện tử ngày 22 tháng 6 năm 2023;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
        "Bộ Chính trị;\n\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm tiến độ.\n\nII. NHIỆM VỤ\nTheo Phụ lục.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ\nChủ trì, theo dõi, tổng hợp kết quả thực hiện Kế "
        "hoạch.\n2. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.\n\n"
        + signed("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", name="Nguyễn Hoàng Giang")
        + "\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
        "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| I | HẠ TẦNG SỐ |  |  |  |\n"
        "| 1 | Nâng cấp Trung tâm dữ liệu tỉnh | Sở Khoa học và Công nghệ | Sở Tài chính | Quý III/2025 |\n"
        "| 2 | Phủ sóng 5G các khu công nghiệp | Viễn thông Quảng Ngãi | Sở Xây dựng | Năm 2025 |\n"
        "| II | DỮ LIỆU SỐ |  |  |  |\n"
        "| 3 | Số hóa hồ sơ hộ tịch | Sở Tư pháp | Công an tỉnh, UBND các xã | Quý IV/2025 |\n")


def _answers(rec):
    return ([(t.id, t.lead, t.support, t.deadline) for t in rec.tasks], [(u.section, u.name) for u in rec.units],
            [(r.relation, r.type, r.number) for r in rec.references], rec.document.number, rec.document.title)


@pytest.mark.parametrize("fmt", sorted(RENDERINGS))
def test_a_plan_written_again_in_each_format_gives_the_same_record(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "kh.md"
    path.write_text(PLAN, encoding="utf-8")
    data, name = rerender(path, fmt)
    assert name.startswith("kh.md.rendered.")
    again = parse_bytes(data, name)
    assert _answers(again) == _answers(parse_document(path))
    assert len(again.tasks) == 3 and again.tasks[2].support == ("Công an tỉnh", "UBND các xã")


def test_eval_scores_a_rendering_against_the_same_gold(tmp_path: Path) -> None:
    import json

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "kh.md").write_text(PLAN, encoding="utf-8")
    (tmp_path / "gold" / "tuning").mkdir(parents=True)
    gold = {"file": "kh.md", "document": {"number": "86/KH-UBND", "type": "Kế hoạch"},
            "references": [], "units": [{"name": "Sở Khoa học và Công nghệ", "section": "III.1"},
                                        {"name": "Sở Tài chính", "section": "III.2"}],
            "tasks": [{"id": "PL.I.1", "text_starts": "Nâng cấp Trung tâm", "lead": ["Sở Khoa học và Công nghệ"],
                       "support": ["Sở Tài chính"], "deadline": "Quý III/2025"}]}
    (tmp_path / "gold" / "tuning" / "kh.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    for fmt in (None, "html", "cells"):
        fields = evaluate(str(tmp_path / "gold"), [str(tmp_path / "docs")], rendering=fmt)["splits"]["tuning"]["fields"]
        assert (fields["units"]["tp"], fields["units"]["fn"], fields["task_lead"]["tp"]) == (2, 0, 1)
        assert fields["tasks"]["fp"] == 2  # (the gold names one of the three rows)


def test_eval_refuses_a_format_it_cannot_write(tmp_path: Path) -> None:
    from tests.test_bad_input import _cli

    (tmp_path / "tuning").mkdir()
    r = _cli("eval", str(tmp_path), "--as", "docx")
    assert r.returncode == 2
    assert "error E100: --as docx: not a format" in r.stderr
