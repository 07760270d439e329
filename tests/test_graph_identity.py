"""Identity: document keys, the law catalogue, agencies and their jurisdictions (no database)."""

from __future__ import annotations

import pytest

from graph.agencies import document_jurisdiction, find_jurisdiction, resolve_agency
from graph.identity import Context, DocKey, document_key, normalise_number, reference_key
from graph.laws import catalogue, resolve_citation, resolve_law
from ingest.errors import BadParameter

HCMC = "Thành phố Hồ Chí Minh"
CTX_2018 = Context(HCMC, "2018-04-09")  # the 2018 HCMC decision citing things


@pytest.mark.parametrize(
    "key",
    [
        "72/2015/NĐ-CP",
        "31/NQ-CP|2014",
        "1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh",
        "21/2012/QĐ-UBND@thanh-pho-ho-chi-minh",
        "57-KL/TW|?",
        "KH:1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh",
        "~luat-dat-dai|2024",
        "~hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam|2013",
        "1147-QĐ/BTGDVTW|2025",
        "299/TTg|1980",
    ],
)
def test_key_round_trips(key: str) -> None:
    assert str(DocKey.parse(key)) == key


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "1369/QĐ-UBND",  # a local number alone says neither year nor province
        "1369/QĐ-UBND|2018",  # … nor province
        "72/2015/NĐ-CP|2015",  # the year is already in the number
        "31/NQ-CP|2014@ha-noi",  # a national issuer has no jurisdiction
        "368/QĐ-TTG|2013",  # not canonical: TTg
        "09/2017/QH14",  # not canonical: leading zero
        "~luat-dat-dai",  # a name needs a year (or ?)
        "Luật Đất đai",
    ],
)
def test_bad_keys_are_refused(bad: str) -> None:
    with pytest.raises(BadParameter):
        DocKey.parse(bad)


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [("72/2015/NĐ-CP", "72/2015/NĐ-CP"), ("72 / 2015 / NÐ-CP", "72/2015/NĐ-CP"),
     ("368/QĐ-TTG", "368/QĐ-TTg"), ("09/2017/QH14", "9/2017/QH14"), ("57-kl/tw", "57-KL/TW")],
)
def test_numbers_normalise(raw: str, canonical: str) -> None:
    assert normalise_number(raw) == canonical


# (citation as the parser gives it, the key it must get when cited by the 2018 HCMC decision)
CITATIONS = [
    ({"number": "72/2015/NĐ-CP", "date": "2015-09-07", "issuer": "Chính phủ"}, "72/2015/NĐ-CP"),
    ({"number": "72/2015/NĐ-CP", "date": None, "issuer": None}, "72/2015/NĐ-CP"),
    ({"number": "31/NQ-CP", "date": "2014-05-13", "issuer": "Chính phủ"}, "31/NQ-CP|2014"),
    ({"number": "1369/QĐ-UBND", "date": "2018-04-09", "issuer": "Ủy ban nhân dân thành phố"},
     "1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh"),
    ({"number": "1369/QĐ-UBND", "date": "2018-04-09", "issuer": None},
     "1369/QĐ-UBND|2018@thanh-pho-ho-chi-minh"),
    ({"number": "1369/QĐ-UBND", "date": "2018-04-09", "issuer": "Ủy ban nhân dân Thành phố Hà Nội"},
     "1369/QĐ-UBND|2018@thanh-pho-ha-noi"),
    ({"number": "272/STTTT-BC", "date": "2018-02-06", "issuer": "Sở Thông tin và Truyền thông"},
     "272/STTTT-BC|2018@thanh-pho-ho-chi-minh"),
    ({"number": "57-KL/TW", "date": None, "issuer": "Bộ Chính trị"}, "57-KL/TW|?"),
    ({"type": "Luật", "number": None, "date": "2015-06-19", "name": "Tổ chức chính quyền địa phương"},
     "77/2015/QH13"),
    # no date: the version in force when the citing document was issued (2018 → the 2015 law)
    ({"type": "Luật", "number": None, "date": None, "name": "Tổ chức chính quyền địa phương"},
     "77/2015/QH13"),
    ({"type": "Luật", "number": None, "date": "2017-11-21", "name": "Quy hoạch"},  # mistyped day
     "21/2017/QH14"),
    ({"type": "Luật", "number": None, "date": "2019-01-01", "name": "Không có trong danh mục"},
     "~luat-khong-co-trong-danh-muc|2019"),
    ({"type": "Luật", "number": None, "date": None, "name": None}, None),
]


@pytest.mark.parametrize(("ref", "key"), CITATIONS)
def test_reference_keys(ref: dict[str, str | None], key: str | None) -> None:
    got = reference_key(ref, CTX_2018)
    assert (str(got) if got else None) == key


def test_a_document_and_its_citations_get_the_same_key() -> None:
    doc = {"number": "1369/QĐ-UBND", "type": "Quyết định", "issued": "2018-04-09",
           "issuer": "Ủy ban nhân dân Thành phố Hồ Chí Minh", "place": "Thành phố Hồ Chí Minh"}
    cited = {"number": "1369/QĐ-UBND", "date": "2018-04-09", "issuer": "Ủy ban nhân dân thành phố"}
    assert document_key(doc, "0" * 64) == reference_key(cited, CTX_2018)
    # the same decision cited from a Hà Nội document is another province's 1369/QĐ-UBND
    assert reference_key(cited, Context("Thành phố Hà Nội", None)) != document_key(doc, "0" * 64)


def test_law_catalogue_examples_resolve_to_their_entry() -> None:
    assert len(catalogue()) >= 60
    for law in catalogue():
        assert law.examples, f"{law.number or law.name} has no example"
        for example in law.examples:
            assert resolve_citation(example) == law, example


def test_law_cited_by_name_and_date() -> None:
    law = resolve_law("Luật", "Tổ chức chính quyền địa phương", "2015-06-19")
    assert law is not None and law.number == "77/2015/QH13"
    assert resolve_law("Luật", "Tổ chức chính quyền địa phương", "2025-06-16").number == "72/2025/QH15"  # type: ignore[union-attr]
    assert resolve_law("Luật", "Tổ chức chính quyền địa phương") is None  # two versions, no date


def test_law_numbers_in_catalogue_are_unique() -> None:
    numbers = [law.number for law in catalogue() if law.number]
    assert len(numbers) == len(set(numbers))


# ---- agencies -----------------------------------------------------------------------------------


class _Entry:
    def __init__(self, name: str, scope: str, abbreviation: str | None = None) -> None:
        self.name, self.scope, self.abbreviation = name, scope, abbreviation


_STTTT = _Entry("Sở Thông tin và Truyền thông", "local", "STTTT")
_OVERSEAS = _Entry("Ủy ban về người Việt Nam ở nước ngoài", "local")
_BTTTT = _Entry("Bộ Thông tin và Truyền thông", "national")
_TINY_GAZETTEER = {
    "sở ttttt": _STTTT, "sở tttt": _STTTT, "stttt": _STTTT, "sở thông tin và truyền thông": _STTTT,
    "ủy ban về người việt nam ở nước ngoài": _OVERSEAS,
    "ủy ban về người việt nam nước ngoài": _OVERSEAS,
    "bộ thông tin và truyền thông": _BTTTT,
}


def tiny_gazetteer(name: str) -> _Entry | None:
    from graph.text import fold

    return _TINY_GAZETTEER.get(fold(name))


@pytest.mark.parametrize("gazetteer", [tiny_gazetteer, None], ids=["tiny", "parser"])
@pytest.mark.parametrize(
    "aliases",
    [
        ("Sở TTTT", "STTTT", "Sở Thông tin và Truyền thông"),
        ("Ủy ban về người Việt Nam ở nước ngoài", "Ủy ban về người Việt Nam nước ngoài",
         "Uỷ ban về người Việt Nam ở nước ngoài"),
    ],
)
def test_aliases_resolve_to_one_agency(aliases: tuple[str, ...], gazetteer: object) -> None:
    if gazetteer is None:
        pytest.importorskip("parsers.vocab")
    keys = {resolve_agency(a, HCMC, gazetteer=gazetteer).key for a in aliases}  # type: ignore[arg-type, union-attr]
    assert len(keys) == 1, keys


def test_an_ampersand_in_a_name_is_its_va() -> None:
    """"Sở Giáo dục & Đào tạo" is the Sở Giáo dục và Đào tạo (the initials' "GD&ĐT" are spelled out already)."""
    pytest.importorskip("parsers.vocab")
    for written, full in (("Sở Giáo dục & Đào tạo", "Sở Giáo dục và Đào tạo"),
                          ("Sở Thông tin & Truyền thông", "Sở Thông tin và Truyền thông")):
        assert resolve_agency(written, HCMC).key == resolve_agency(full, HCMC).key  # type: ignore[union-attr]


def test_itpc_is_the_trade_promotion_centre() -> None:
    pytest.importorskip("parsers.vocab")
    a = resolve_agency("ITPC", HCMC)
    b = resolve_agency("Trung tâm Xúc tiến Thương mại và Đầu tư thành phố (ITPC)", HCMC)
    assert a is not None and b is not None and a.key == b.key


@pytest.mark.parametrize(
    ("mention", "context", "key", "jurisdiction"),
    [
        ("Sở Tư pháp", HCMC, "so-tu-phap@thanh-pho-ho-chi-minh", HCMC),
        ("Sở Tư pháp", "Thành phố Hà Nội", "so-tu-phap@thanh-pho-ha-noi", "Thành phố Hà Nội"),
        ("Sở Tư pháp thành phố Hà Nội", HCMC, "so-tu-phap@thanh-pho-ha-noi", "Thành phố Hà Nội"),
        ("Ủy ban nhân dân thành phố", HCMC, "uy-ban-nhan-dan@thanh-pho-ho-chi-minh", HCMC),
        ("Ủy ban nhân dân Thành phố Hồ Chí Minh", None, "uy-ban-nhan-dan@thanh-pho-ho-chi-minh", HCMC),
        ("Ủy ban nhân dân tỉnh Tây Ninh", HCMC, "uy-ban-nhan-dan@tinh-tay-ninh", "Tỉnh Tây Ninh"),
        ("Trung tâm Thông tin triển lãm thành phố", HCMC,
         "trung-tam-thong-tin-trien-lam@thanh-pho-ho-chi-minh", HCMC),
        ("Bộ Thông tin và Truyền thông", HCMC, "bo-thong-tin-va-truyen-thong", None),
        ("Chính phủ", HCMC, "chinh-phu", None),
        # a heading in capitals: "XÃ HỘI" is society, no commune; a place after it is the body's
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", HCMC, "so-lao-dong-thuong-binh-va-xa-hoi@thanh-pho-ho-chi-minh", HCMC),
        ("BẢO HIỂM XÃ HỘI TỈNH TÂY NINH", HCMC, "bao-hiem-xa-hoi@tinh-tay-ninh", "Tỉnh Tây Ninh"),
    ],
)
def test_agency_jurisdiction(mention: str, context: str | None, key: str, jurisdiction: str | None) -> None:
    a = resolve_agency(mention, context, gazetteer=tiny_gazetteer)
    assert a is not None
    assert (a.key, a.jurisdiction) == (key, jurisdiction)


@pytest.mark.parametrize(
    ("issuer", "place", "jurisdiction"),
    [
        ("Ủy ban nhân dân Thành phố Hồ Chí Minh", None, HCMC),
        ("Ủy ban nhân dân tỉnh Tây Ninh", "Tây Ninh", "Tỉnh Tây Ninh"),
        ("Ủy ban nhân dân", "Tây Ninh", "Tỉnh Tây Ninh"),
        ("Ủy ban nhân dân", "Cần Thơ", "Thành phố Cần Thơ"),
        ("UBND TP.HCM", None, HCMC),
        ("Chính phủ", "Hà Nội", None),
    ],
)
def test_document_jurisdiction(issuer: str, place: str | None, jurisdiction: str | None) -> None:
    assert document_jurisdiction(issuer, place) == jurisdiction


def test_generic_places_name_no_jurisdiction() -> None:
    assert find_jurisdiction("Ủy ban nhân dân các quận, huyện") is None
    assert find_jurisdiction("Ủy ban nhân dân thành phố") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a short form is the name it stands for, also where the gazetteer knows neither
        ("UBND các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"),
        ("Sở LĐTB&XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở VH,TT&DL tỉnh Nghệ An", "Sở Văn hóa, Thể thao và Du lịch"),
        # a heading in capitals states no place in "THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG"
        ("SỞ Y TẾ CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG", "Sở Y tế các tỉnh, thành phố trực thuộc trung ương"),
        ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Ủy ban nhân dân tỉnh Nghệ An"),
    ],
)
def test_one_agency_however_written(a: str, b: str) -> None:
    pytest.importorskip("parsers.vocab")
    ra, rb = resolve_agency(a, "Tỉnh Nghệ An"), resolve_agency(b, "Tỉnh Nghệ An")
    assert ra is not None and rb is not None and ra.key == rb.key


def test_a_level_is_no_generic_place() -> None:
    a = resolve_agency("Ủy ban nhân dân cấp tỉnh", None, gazetteer=tiny_gazetteer)
    assert a is not None and a.name == "Ủy ban nhân dân cấp tỉnh"
    assert find_jurisdiction("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN") == ("Tỉnh Nghệ An", 16)
    # nor a list of places ("… các tỉnh, thành phố" is not "the province's")
    b = resolve_agency("UBND các tỉnh, thành phố", None, gazetteer=tiny_gazetteer)
    assert b is not None and b.key == "uy-ban-nhan-dan-cac-tinh-thanh-pho"


def test_a_name_cut_inside_a_word_completes_and_one_ending_on_a_whole_word_does_not() -> None:
    """"Bộ Ngoại" is the Bộ Ngoại giao (the cut fell inside "ngoại giao"); "Cục Quản lý" begins the gazetteer's one
    "Cục Quản lý rủi ro" but ends on a whole word, which many bodies the gazetteer does not hold go on: no node."""
    assert resolve_agency("Bộ Ngoại") is not None and resolve_agency("Bộ Ngoại").name == "Bộ Ngoại giao"
    assert resolve_agency("Cục Quản lý") is None


@pytest.mark.parametrize(("name", "place"), [
    ("Ủy ban nhân dân tỉnh Đồng Nai", "Tỉnh Đồng Nai"),
    ("Sở Y tế thành phố Đà Nẵng", "Thành phố Đà Nẵng"),
    ("SỞ Y TẾ TỈNH BÌNH ĐỊNH", "Tỉnh Bình Định"),
    ("Công an tỉnh Đắk Lắk", "Tỉnh Đắk Lắk"),
    ("ỦY BAN NHÂN DÂN CÁC TỈNH, THÀNH PHỐ VEN BIỂN", None),
])
def test_a_place_whose_name_opens_with_d_bar_and_a_list_of_kinds_in_capitals(name, place):
    """"Đ" opens a place's name as any capital does ("tỉnh Đồng Nai", "BÌNH ĐỊNH" whole); in capitals, a level after
    another in a list of kinds ("CÁC TỈNH, THÀNH PHỐ VEN BIỂN") names no place."""
    found = find_jurisdiction(name)
    assert (found[0] if found else None) == place
