"""The comparison's vocabularies are data with examples that test themselves: the topic taxonomy
(compare/data/topics.json) and the agency successions (compare/data/successions.json)."""

from __future__ import annotations

import re

import pytest

from compare import similarity
from compare.agencies import data, successions, successor
from compare.series import subject_words
from compare.topics import tag, taxonomy
from graph.identity import normalise_number
from parsers.vocab import agencies as gazetteer

EXAMPLES = [(t.key, text) for t in taxonomy() for text in t.examples]
COUNTEREXAMPLES = [(t.key, text) for t in taxonomy() for text in t.counterexamples]


def test_the_taxonomy_names_the_issues_topics() -> None:
    keys = {t.key for t in taxonomy()}
    assert {"training", "image_promotion", "integration_events", "sea_islands_borders", "human_rights",
            "digital_media", "press_relations", "publications", "inspection", "overseas_vietnamese",
            "culture_tourism"} <= keys
    assert all(t.triggers and t.examples and t.counterexamples for t in taxonomy())


@pytest.mark.parametrize(("topic", "text"), EXAMPLES, ids=[f"{k}:{i}" for i, (k, _) in enumerate(EXAMPLES)])
def test_each_example_is_about_its_topic(topic: str, text: str) -> None:
    found = {t.topic: t.words for t in tag(text)}
    assert topic in found and all(w in text.lower() or w.replace(",", "") in text.lower() for w in found[topic])


@pytest.mark.parametrize(("topic", "text"), COUNTEREXAMPLES,
                         ids=[f"{k}:{i}" for i, (k, _) in enumerate(COUNTEREXAMPLES)])
def test_no_counterexample_is_about_its_topic(topic: str, text: str) -> None:
    assert topic not in {t.topic for t in tag(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Tuyên truyền về QUYỀN CON NGƯỜI", {"human_rights": ("quyền con người",)}),
    ("Tuyên truyền biển,  đảo và biên giới", {"sea_islands_borders": ("biển, đảo", "biên giới")}),
    ("Uỷ ban hỗ trợ kiều bào", {"overseas_vietnamese": ("kiều bào",)}),  # old tone placement
    ("bồi dưỡngx", {}),  # whole syllables only
    ("", {}),
])
def test_tagging_table(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert {t.topic: t.words for t in tag(text)} == expected


# ---- similarity -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "head"), [
    ("Căn cứ mục tiêu phát triển kinh tế - xã hội của thành phố, xây dựng đề án truyền thông",
     "xây dựng đề án truyền thông"),
    ("Thông tin về các sự kiện nổi bật, tập trung các nội dung sau: - ASEAN; - FTA",
     "Thông tin về các sự kiện nổi bật, tập trung các nội dung sau"),
    ("Tập huấn nghiệp vụ: cán bộ cấp phòng", "Tập huấn nghiệp vụ: cán bộ cấp phòng"),  # a colon, no list
])
def test_the_head_of_a_task(text: str, head: str) -> None:
    assert similarity.head(text) == head


def test_scores_are_bounded_and_identical_texts_score_one() -> None:
    texts = ["Tập huấn, đào tạo bồi dưỡng nghiệp vụ", "Triển khai Đề án truyền thông về quyền con người", ""]
    m = similarity.matrix(texts, texts)
    assert ((m >= 0) & (m <= 1)).all() and m[0, 0] == m[1, 1] == 1.0
    # a synonym a topic lists brings two texts together that share no content word
    pair = similarity.matrix(["phổ biến về nhân quyền"], ["truyền thông quyền con người", "tập huấn cán bộ"])
    assert pair[0, 0] > pair[0, 1]


def test_series_subject_words() -> None:
    assert subject_words("Thực hiện hoạt động thông tin đối ngoại trên địa bàn thành phố Hồ Chí Minh năm 2018",
                         "Hồ Chí Minh") == ("thông", "tin", "đối", "ngoại")


# ---- successions ------------------------------------------------------------------------------------------

FACTS = data()["agencies"]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.mark.parametrize("fact", FACTS, ids=[f["from"] for f in FACTS])
def test_each_agency_fact_names_known_agencies_a_date_and_a_source(fact: dict[str, object]) -> None:
    for name in (fact["from"], fact["to"]):
        entry = gazetteer.resolve(str(name))
        assert entry is not None and entry.name == name
    assert _DATE.match(str(fact["date"]))
    assert normalise_number(str(fact["source"])) == fact["source"]
    assert fact["confirmed"] is False or fact["checked"]


def test_province_and_district_facts() -> None:
    d = data()
    assert {(p["from"], p["to"], p["source"]) for p in d["provinces"]} == {
        ("Tỉnh Bình Dương", "Thành phố Hồ Chí Minh", "202/2025/QH15"),
        ("Tỉnh Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", "202/2025/QH15")}
    assert d["districts"]["date"] == "2025-07-01" and d["districts"]["source"] == "203/2025/QH15"


@pytest.mark.parametrize(("name", "scope", "where", "until", "expected"), [
    ("Sở Thông tin và Truyền thông", "local", "Thành phố Hồ Chí Minh", "2025-12-31", "Sở Khoa học và Công nghệ"),
    ("Sở Thông tin và Truyền thông", "local", "Thành phố Hồ Chí Minh", "2024-12-31", "Sở Thông tin và Truyền thông"),
    ("Sở Kế hoạch và Đầu tư", "local", "Thành phố Hà Nội", None, "Sở Tài chính"),
    ("Bộ Thông tin và Truyền thông", "national", None, None, "Bộ Khoa học và Công nghệ"),
    ("Bộ Thông tin và Truyền thông", "local", "Thành phố Hồ Chí Minh", None, "Bộ Thông tin và Truyền thông"),
    ("Sở Tư pháp", "local", "Thành phố Hồ Chí Minh", None, "Sở Tư pháp"),
    ("Ủy ban nhân dân các quận, huyện", "local", "Thành phố Hồ Chí Minh", None,
     "Ủy ban nhân dân các xã, phường, đặc khu"),
])
def test_successor_by_date(name: str, scope: str, where: str | None, until: str | None, expected: str) -> None:
    assert successor(name, scope, where, "2018-04-09", until)[0] == expected


def test_a_merged_province_agency_follows_both_changes() -> None:
    """Sở Kế hoạch và Đầu tư of Bình Dương: into Sở Tài chính (2025-03-01), then into the city's."""
    name, steps = successor("Sở Kế hoạch và Đầu tư", "local", "Tỉnh Bình Dương", "2020-01-01", None)
    assert name == "Sở Tài chính" and [(s.to.key, s.source) for s in steps] == [
        ("so-tai-chinh@tinh-binh-duong", "45/2025/NĐ-CP"), ("so-tai-chinh@thanh-pho-ho-chi-minh", "202/2025/QH15")]
    assert successions("Ủy ban nhân dân Tỉnh Bình Dương", "local", "Tỉnh Bình Dương")[0].to.key == \
        "uy-ban-nhan-dan@thanh-pho-ho-chi-minh"


def test_two_weak_couples_do_not_hide_a_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """The assignment maximises the total: 0.29 + 0.29 beats 0.30 + 0.00, and both of its couples are
    below the threshold; the pair that passes is still made."""
    import numpy as np

    from compare import align
    from compare.plans import Item

    scores = np.array([[0.30, 0.29], [0.29, 0.0]])
    monkeypatch.setattr(align.similarity, "matrix", lambda a, b, method=None: scores)
    monkeypatch.setattr(align.similarity, "shared_terms", lambda a, b: [])
    items = (Item("k1", "1", "task", "x"), Item("k2", "2", "task", "y"))
    out = align.Alignment()
    align.one_to_one(items, items, "task", out)
    assert [(p.a, p.b, p.score) for p in out.pairs] == [("1", "1", 0.3)]
    assert {(o.side, o.id, o.status) for o in out.outcomes if o.status != "carried_over"} == {
        ("a", "1", "changed"), ("b", "1", "changed"), ("a", "2", "dropped"), ("b", "2", "new")}
