"""The scorer scores right, the gold files are well formed, and the parser meets its targets.

The targets are checked on the tuning split; the held-out split is scored and reported (``vnlegal
eval tests/gold``), but a test never fails on it: rules are not written against it.
"""

from __future__ import annotations

import json

import pytest

from parsers.evaluate import evaluate, ref_key, score_record, secondary_key, unit_key
from tests.conftest import ROOT, SHARED_DOCS

GOLD = ROOT / "tests" / "gold"
RELATIONS = {"legal_basis", "implements", "proposal", "secondary", "cites"}
LINKS = {"amends", "implements", "amended_by", "mentions"}


def _gold_files():
    return sorted(GOLD.glob("*/*.json"))


def test_gold_is_split_and_large_enough():
    tuning = list((GOLD / "tuning").glob("*.json"))
    heldout = list((GOLD / "heldout").glob("*.json"))
    assert len(tuning) + len(heldout) >= 40
    assert len(heldout) >= 15
    assert not {f.name for f in tuning} & {f.name for f in heldout}


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_well_formed(path):
    g = json.loads(path.read_text("utf-8"))
    assert {"file", "document", "references", "tasks", "units"} <= set(g)
    for r in g["references"]:
        assert r["relation"] in RELATIONS, r
        if r["relation"] == "secondary":
            assert r.get("link") in LINKS and r.get("of"), r
    for t in g["tasks"]:
        assert t.get("id") and t.get("text_starts"), t


def test_targets_met_on_tuning():
    if not SHARED_DOCS.is_dir():
        pytest.skip(f"the development corpus is not at {SHARED_DOCS} (../shared/corpus)")
    fields = evaluate(str(GOLD), splits=["tuning"])["splits"]["tuning"]["fields"]
    assert fields["bases"]["f1"] >= 0.95, fields["bases"]
    assert fields["tasks"]["f1"] >= 0.90, fields["tasks"]
    assert fields["units"]["f1"] >= 0.75, fields["units"]
    assert fields["metadata"]["f1"] >= 0.97, fields["metadata"]


def test_scorer_counts_misses_and_extras():
    gold = {"document": {"number": "1/QĐ-UBND"}, "references": [
        {"relation": "legal_basis", "type": "Nghị định", "number": "72/2015/NĐ-CP"},
        {"relation": "legal_basis", "type": "Luật", "number": None, "date": "2015-06-19",
         "name": "Tổ chức chính quyền địa phương"}], "tasks": [], "units": []}
    record = {"document": {"number": "1/QĐ-UBND"}, "references": [
        {"relation": "cites", "type": "Nghị định", "number": "72/2015/NĐ-CP"},
        {"relation": "legal_basis", "type": "Luật", "number": None, "date": "2015-06-19",
         "name": "Tổ chức chính quyền địa phương ngày"}], "tasks": [], "units": []}
    rep = score_record(gold, record)
    s = rep.scores["bases"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 2)
    s = rep.scores["references"]
    assert (s.tp, s.fp, s.fn) == (0, 2, 2)


def test_a_short_text_start_stands_for_the_task_it_begins():
    """A task whose heading is its only text ("Công tác tuyên truyền") is found by the first words of
    the parser's text, which runs on into the task's bullets; a longer key must still match whole."""
    gold = {"document": {}, "references": [], "units": [],
            "tasks": [{"id": "II.1", "text_starts": "Công tác tuyên truyền"},
                      {"id": "II.2", "text_starts": "Rà soát thủ tục hành chính"}]}
    record = {"document": {}, "references": [], "units": [],
              "tasks": [{"id": "II.1", "text": "Công tác tuyên truyền - Tuyên truyền trên báo"},
                        {"id": "II.2", "text": "Rà soát văn bản hành chính"}]}
    s = score_record(gold, record).scores["tasks"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_secondary_keys_name_their_base():
    """A gold file names a secondary mention's base by number (or name); a record by index."""
    gold_refs = [{"relation": "legal_basis", "type": "Nghị quyết", "number": "31/NQ-CP"},
                 {"relation": "secondary", "type": "Nghị quyết", "number": "22-NQ/TW", "of": "31/NQ-CP",
                  "link": "implements"}]
    parsed_refs = [{"relation": "legal_basis", "type": "Nghị quyết", "number": "31/NQ-CP"},
                   {"relation": "secondary", "type": "Nghị quyết", "number": "22-NQ/TW", "of": 0,
                    "link": "implements"}]
    assert secondary_key(gold_refs[1], gold_refs, 1) == secondary_key(parsed_refs[1], parsed_refs, 1)


def test_macro_is_the_mean_per_document(tmp_path):
    """One long document must not hide a failing one: macro F1 is the mean of the documents'."""
    from parsers.evaluate import Score

    good, bad = Score(tp=99), Score(tp=0, fn=1)
    micro = Score(tp=99, fn=1)
    assert micro.f1 > 0.99
    assert (good.f1 + bad.f1) / 2 == pytest.approx(0.5)


def test_files_that_are_no_gold_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "notes.json").write_text('{"source": "a build script"}', "utf-8")
    (tmp_path / "keys" / "broken.json").write_text('{"file": ', "utf-8")
    (tmp_path / "keys" / "list.json").write_text("[1, 2]", "utf-8")
    result = evaluate(str(tmp_path))
    assert len(result["skipped"]) == 3
    assert any("broken.json: not readable as JSON" in r for r in result["skipped"])
    assert any("notes.json: not a gold file" in r for r in result["skipped"])


@pytest.mark.parametrize(("a", "b"), [
    ("Ủy ban về người Việt Nam nước ngoài", "Ủy ban về người Việt Nam ở nước ngoài"),
    ("Sở TTTT", "Sở Thông tin và Truyền thông"),
    ("Trung tâm Xúc tiến Thương mại và Đầu tư thành phố (ITPC)", "ITPC"),
    ("Các bộ, cơ quan ngang bộ", "bộ, cơ quan ngang bộ"),
    ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Phòng GD&ĐT huyện", "Phòng Giáo dục và Đào tạo huyện"),
    ("Sở Y tế tỉnh", "Sở Y tế"),
])
def test_units_match_through_aliases(a, b):
    assert unit_key({"name": a, "section": "III.1"}) == unit_key({"name": b, "section": "III.1"})


def test_units_match_as_the_graph_knows_them():
    # a local body with or without the place it is of is one, in that place's document; not in another's
    gold = {"file": "x", "document": {"issuer": "Ủy ban nhân dân tỉnh Nghệ An", "place": "Nghệ An"},
            "units": [{"name": "Sở Y tế tỉnh Nghệ An", "section": "III.1"}]}
    got = {"references": [], "tasks": [], "document": {}, "units": [{"name": "Sở Y tế", "section": "III.1"}]}
    assert score_record(gold, got).scores["units"].f1 == 1.0
    assert score_record(gold, got, identity=False).scores["units"].f1 == 0.0
    other = {**gold, "document": {"issuer": "Ủy ban nhân dân tỉnh Hà Tĩnh", "place": "Hà Tĩnh"}}
    assert score_record(other, got).scores["units"].f1 == 0.0


def test_ref_key_ignores_spacing_and_case():
    assert ref_key({"relation": "cites", "type": "nghị định", "number": "72/2015/NĐ- CP"}) == \
        ref_key({"relation": "cites", "type": "Nghị định", "number": "72/2015/nđ-cp"})


def test_metadata_against_site_attributes():
    from parsers.evaluate import metadata_accuracy

    tsv = SHARED_DOCS.parent / "tvpl_attributes.tsv"
    if not tsv.exists():
        pytest.skip(f"{tsv} is absent (../shared/corpus)")
    record = metadata_accuracy(str(tsv), str(SHARED_DOCS), use_attributes=True)
    header = metadata_accuracy(str(tsv), str(SHARED_DOCS), use_attributes=False)
    assert record["documents"] == 144
    assert record["accuracy"] >= 0.98, record["misses"]
    assert header["accuracy"] >= 0.88, header["fields"]


def _copy_as(tmp_path, change):
    """Every tuning document, changed as another copy of it would be, under its own name in ``tmp_path``."""
    from parsers.evaluate import find_document

    for gf in sorted((GOLD / "tuning").glob("*.json")):
        name = json.loads(gf.read_text("utf-8"))["file"]
        path = find_document(name, [str(ROOT / "corpus"), str(SHARED_DOCS)])
        if path is not None and not name.endswith(".html"):
            (tmp_path / name).write_text(change(path.read_text("utf-8")), "utf-8")
    return [str(tmp_path)]


def _wrapped(text: str) -> str:
    """Lines wrapped at 80 characters, as a PDF's text is (a table's rows left whole)."""
    import textwrap

    return "\n".join("\n".join(textwrap.wrap(line, 80, break_long_words=False))
                     if len(line) > 80 and not line.lstrip().startswith("|") else line for line in text.split("\n"))


def _articles_in_capitals(text: str) -> str:
    """Articles headed in capitals, as an old text types them: "ĐIỀU 1."."""
    import re

    return re.sub(r"(?m)^([ \t*_]*)Điều(?=\s+\d)", r"\1ĐIỀU", text)


@pytest.mark.parametrize("change", [_wrapped, _articles_in_capitals], ids=["wrapped", "articles-in-capitals"])
def test_another_copy_of_the_tuning_documents_scores_as_they_do(tmp_path, change):
    """The same documents in another copy's shape give the same records: lines wrapped as a PDF's text wraps them,
    articles headed in capitals. Every field's F1 stays within 0.01 of the documents as written."""
    if not SHARED_DOCS.is_dir():
        pytest.skip(f"the development corpus is not at {SHARED_DOCS} (../shared/corpus)")
    as_written = evaluate(str(GOLD), splits=["tuning"])["splits"]["tuning"]["fields"]
    copied = evaluate(str(GOLD), doc_dirs=_copy_as(tmp_path, change), splits=["tuning"])["splits"]["tuning"]["fields"]
    for field in ("bases", "secondary", "tasks", "units", "metadata", "task_lead", "task_support", "task_deadline"):
        assert copied[field]["f1"] >= as_written[field]["f1"] - 0.01, (field, copied[field], as_written[field])


def test_what_a_document_missed_is_shown_only_when_asked_for(tmp_path):
    """`vnlegal eval --json` gives each document's counts; what it missed or added only with `--details`, so a held-out
    split read in its totals stays unread."""
    from tests.test_bad_input import _cli

    (tmp_path / "gold" / "heldout").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "cv.txt").write_text(
        "BỘ TÀI CHÍNH\nSố: 12/BTC-VP\nHà Nội, ngày 02 tháng 01 năm 2025\nKính gửi: Các bộ.\n"
        "Thực hiện Nghị định số 10/2024/NĐ-CP, Bộ Tài chính đề nghị các bộ rà soát.\n", encoding="utf-8")
    gold = {"file": "cv.txt", "document": {"number": "12/BTC-VP"}, "attachments": [], "tasks": [], "units": [],
            "references": [{"relation": "cites", "type": "Nghị định", "number": "99/2024/NĐ-CP"}]}
    (tmp_path / "gold" / "heldout" / "cv.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    args = ("eval", str(tmp_path / "gold"), "--docs", str(tmp_path / "docs"), "--json")
    totals = json.loads(_cli(*args).stdout)["splits"]["heldout"]["documents"][0]
    shown = json.loads(_cli(*args, "--details").stdout)["splits"]["heldout"]["documents"][0]
    assert totals["references"]["fn"] == 1 and "missed" not in totals and "extra" not in totals
    assert shown["missed"]["references"]
