"""Each source on saved pages, without fetching: the real vbpl.vn pages of ../shared/corpus and the
fixture pages of the other sites (tests/fixtures/sites)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sites import FIXTURES, SHARED_DOCS, Site

from ingest.errors import BadCrawlOption, UnknownSource, UnreadablePage
from ingest.snapshot import Snapshot
from ingest.sources import get_source, source_for_url
from ingest.sources.base import Page, _portal_vocab, find_number, iso_date, relation_of, same_number, status_code

BASE = "http://127.0.0.1:8000/"


def page(data: bytes | str, url: str = "http://127.0.0.1:8000/x", content_type: str = "text/html") -> Snapshot:
    raw = data.encode() if isinstance(data, str) else data
    return Snapshot(raw, url, headers={"content-type": content_type})


def shared(name: str) -> Snapshot:
    path = SHARED_DOCS / name
    if not path.is_file():
        pytest.skip(f"the real vbpl.vn pages are not at {SHARED_DOCS} (../shared/corpus)")
    return page(path.read_bytes(), f"{BASE}vbpl/TW/Pages/{name}")


@pytest.fixture(scope="module")
def site() -> Site:
    return Site()


# ---- vocabulary and helpers -------------------------------------------------------------------------


@pytest.mark.parametrize("entry", _portal_vocab()["effect_status"], ids=lambda e: e["code"])
def test_every_status_example_maps_to_its_code(entry: dict[str, Any]) -> None:
    for example in entry["examples"]:
        assert status_code(example) == entry["code"]


@pytest.mark.parametrize("entry", _portal_vocab()["relation_groups"], ids=lambda e: e["relation"])
def test_every_relation_group_example_maps_to_its_relation(entry: dict[str, Any]) -> None:
    for example in entry["examples"]:
        assert relation_of(example) == entry["relation"]


@pytest.mark.parametrize(("text", "code"), [
    ("Tình trạng hiệu lực: Còn hiệu lực", "in_force"),
    ("Hiệu lực: Hết hiệu lực một phần", "partly_expired"),
    ("Đã biết", "unknown"), ("Một trạng thái lạ", "unknown"), ("", None), (None, None)])
def test_status_code(text: str | None, code: str | None) -> None:
    assert status_code(text) == code


def test_an_unknown_relation_group_is_related() -> None:
    assert relation_of("Văn bản liên quan ngôn ngữ") == "related"


@pytest.mark.parametrize(("text", "iso"), [
    ("27/11/2015", "2015-11-27"), ("Ban hành: 1/1/2018", "2018-01-01"), ("2015-09-07T00:00:00", "2015-09-07"),
    ("31/02/2015", None), ("Đã biết", None), (None, None)])
def test_iso_date(text: str | None, iso: str | None) -> None:
    assert iso_date(text) == iso


@pytest.mark.parametrize(("text", "number"), [
    ("Nghị định 72/2015/NĐ-CP về quản lý", "72/2015/NĐ-CP"),
    ("Luật 63/2014/QH13 Tổ chức Viện kiểm sát nhân dân", "63/2014/QH13"),
    ("Quyết định 1147-QĐ/BTGDVTW", "1147-QĐ/BTGDVTW"), ("Chỉ thị 299/TTg", "299/TTg"),
    ("Thông tư liên tịch 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC"),
    ("Không số", None), ("Hiến pháp năm 2013", None)])
def test_find_number(text: str, number: str | None) -> None:
    assert find_number(text) == number


def test_same_number_ignores_spaces_and_the_eth() -> None:
    assert same_number("72/2015/NĐ-CP", "72 / 2015 / NÐ-CP")
    assert not same_number("72/2015/NĐ-CP", "73/2015/NĐ-CP")


def test_a_page_asked_with_cookies_is_another_page() -> None:
    plain = Page("http://x/a", "document")
    assert plain.key == Page("http://x/a", "document", doc="other").key
    assert plain.key != Page("http://x/a", "document", headers=(("Cookie", "vip=1"),)).key
    assert plain.key != Page("http://x/a", "search", method="POST", body=b"{}").key


@pytest.mark.parametrize(("name", "given", "doc"), [
    ("vbpl", "96172", "TW/96172"), ("vbpl", "tphcm/12345", "tphcm/12345"),
    ("vbpl", "https://vbpl.vn/tphcm/Pages/vbpq-toanvan.aspx?ItemID=12345", "tphcm/12345"),
    ("phapluat", "8f14e45f-ceea-4167-a5e6-000000002001", "8f14e45f-ceea-4167-a5e6-000000002001"),
    ("phapluat", "https://phapluat.gov.vn/legal-documents/172475?tabName=noidung", "172475"),
    ("tvpl", "/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1369-QD-UBND-2018-ke-hoach-382026.aspx",
     "/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1369-QD-UBND-2018-ke-hoach-382026.aspx"),
    ("hcmc", "https://hochiminhcity.gov.vn/-/tp-ban-hanh-ke-hoach", "/-/tp-ban-hanh-ke-hoach"),
    ("hcmc", "https://vpub.hochiminhcity.gov.vn/portal/Home/a/default.aspx",
     "https://vpub.hochiminhcity.gov.vn/portal/Home/a/default.aspx"),
])
def test_ids(name: str, given: str, doc: str) -> None:
    assert get_source(name).doc_id(given) == doc


@pytest.mark.parametrize(("name", "given"), [
    ("vbpl", "abc"), ("vbpl", "TW/12a"), ("phapluat", "a b"), ("tvpl", "382026"),
    ("tvpl", "https://example.com/van-ban/a/b-1.aspx"), ("hcmc", "https://example.com/-/x"), ("urls", "ftp://x/y")])
def test_bad_ids_are_refused_with_a_code(name: str, given: str) -> None:
    with pytest.raises(BadCrawlOption) as e:
        get_source(name).doc_id(given)
    assert e.value.code == "E502"


def test_unknown_source_and_bad_base_url() -> None:
    with pytest.raises(UnknownSource):
        get_source("vbpl.vn")
    with pytest.raises(BadCrawlOption):
        get_source("vbpl", "ftp://mirror/")


def test_a_url_is_claimed_by_its_site() -> None:
    vbpl = source_for_url("https://vbpl.vn/TW/Pages/vbpq-luocdo.aspx?ItemID=96172")
    assert vbpl is not None and (vbpl[0].name, vbpl[1]) == ("vbpl", "TW/96172")
    assert source_for_url("https://example.com/van-ban.html") is None


def test_base_url_moves_every_page_of_a_source() -> None:
    urls = [p.url for p in get_source("vbpl", BASE + "vbpl/").pages("TW/96172")]
    assert urls == [f"{BASE}vbpl/TW/Pages/vbpq-{p}.aspx?ItemID=96172" for p in ("toanvan", "thuoctinh", "luocdo")]
    assert get_source("phapluat", BASE + "phapluat").search("x", None).url == f"{BASE}phapluat/api/legal-documents"


# ---- vbpl.vn ----------------------------------------------------------------------------------------


def test_vbpl_document_from_its_three_pages() -> None:
    vbpl = get_source("vbpl", BASE + "vbpl/")
    pages = {"document": shared("vbpl_2015_blttds101_toanvan.html"),
             "attributes": shared("vbpl_2015_blttds101_thuoctinh.html"),
             "relations": page((FIXTURES / "vbpl" / "luocdo_96172.html").read_bytes())}
    out = vbpl.extract("TW/96172", pages)
    assert out.document is pages["document"] and out.problems == []
    f = out.facts
    assert f is not None
    assert (f.number, f.type, f.issued, f.issuer, f.signer) == (
        "101/2015/QH13", "Bộ luật", "2015-11-27", "Quốc hội", "Nguyễn Sinh Hùng")
    assert (f.status, f.status_code, f.effective_from, f.title) == (
        "Còn hiệu lực", "in_force", "2018-01-01", "Tố tụng hình sự")
    assert f.relations_known
    got = {(r.relation, r.number or r.title, r.portal_id) for r in f.relations}
    assert got == {
        ("legal_basis", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013", "TW/32801"),
        ("legal_basis", "63/2014/QH13", "TW/46781"), ("references", "100/2015/QH13", "TW/96122"),
        ("repeals", "19/2003/QH11", "TW/17150"),
        ("guided_by", "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", "TW/128005")}  # not "Văn bản hiện thời"
    assert all(r.group and r.url and r.url.startswith(BASE + "vbpl/") for r in f.relations)


def test_vbpl_a_document_without_a_number_has_none() -> None:
    facts = get_source("vbpl").extract("TW/32801", {"attributes": shared("vbpl_2013_hienphap_thuoctinh.html")}).facts
    assert facts is not None and facts.number is None  # the page says "Không số"
    assert (facts.type, facts.issued, facts.relations_known) == ("Hiến pháp", "2013-11-28", False)


def test_vbpl_page_without_full_text_keeps_the_facts() -> None:
    empty = page("<html><body><p>Văn bản chưa có toàn văn</p></body></html>")
    out = get_source("vbpl").extract("TW/1", {"document": empty,
                                              "attributes": shared("vbpl_2013_hienphap_thuoctinh.html")})
    assert out.document is None and out.facts is not None
    assert out.problems and out.problems[0].startswith("E517")


def test_vbpl_listing_and_its_next_page() -> None:
    vbpl = get_source("vbpl", BASE + "vbpl/")
    first = vbpl.search("tố tụng", date(2010, 1, 1))
    assert "Keyword=t%E1%BB%91+t%E1%BB%A5ng" in first.url and "fromyear=01%2F01%2F2010" in first.url
    listing = vbpl.read_listing(first, page((FIXTURES / "vbpl" / "search_1.html").read_bytes()))
    assert [(f.doc, f.number, f.issued) for f in listing.found] == [("TW/96172", "101/2015/QH13", "2015-11-27")]
    assert listing.next is not None and "Page=2" in listing.next.url
    last = vbpl.read_listing(listing.next, page((FIXTURES / "vbpl" / "search_2.html").read_bytes()))
    assert [f.doc for f in last.found] == ["TW/32801"] and last.next is None


# ---- phapluat.gov.vn ---------------------------------------------------------------------------------


def _docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads((FIXTURES / "phapluat" / "docs.json").read_text("utf-8"))["docs"]
    return docs


def _json(payload: Any) -> Snapshot:
    return page(json.dumps(payload, ensure_ascii=False), content_type="application/json; charset=utf-8")


def test_phapluat_search_body_and_pages() -> None:
    src = get_source("phapluat", BASE + "phapluat/")
    first = src.search("thông tin đối ngoại", date(2016, 1, 1))
    body = json.loads(first.body or b"")
    assert first.method == "POST" and (body["keywords"], body["pageIndex"], body["dateFrom"]) == (
        "thông tin đối ngoại", 0, "01/01/2016")
    answer = {"success": True, "data": {"docs": [{k: d[k] for k in ("docGUId", "docIdentity", "docName", "issueDate")}
                                                 for d in _docs()[:2]], "rowCount": 3}}
    listing = src.read_listing(first, _json(answer))
    assert [f.number for f in listing.found] == ["2001/QĐ-UBND", "72/2015/NĐ-CP"]
    assert listing.next is not None and json.loads(listing.next.body or b"")["pageIndex"] == 1
    assert src.read_listing(listing.next, _json({"success": True, "data": {"docs": [], "rowCount": 3}})).next is None


def test_phapluat_detail_to_facts_and_text() -> None:
    src = get_source("phapluat", BASE + "phapluat/")
    doc = _docs()[0]
    summary = _json({"success": True, "tabName": "tomtat", "data": {k: v for k, v in doc.items() if k != "docContent"}})
    content = _json({"success": True, "tabName": "noidung", "data": doc})
    out = src.extract(doc["docGUId"], {"summary": summary, "content": content})
    f = out.facts
    assert f is not None and out.document is not None
    assert (f.number, f.type, f.issuer, f.signer, f.issued, f.status_code) == (
        "2001/QĐ-UBND", "Quyết định", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Dương Anh Đức", "2023-05-10",
        "in_force")
    assert {(r.relation, r.number) for r in f.relations} == {
        ("legal_basis", "72/2015/NĐ-CP"), ("legal_basis", "77/2015/QH13"), ("legal_basis", "28/2023/NĐ-CP")}
    text = out.document.data.decode()
    assert "<article>" in text and "Căn cứ Nghị định số 72/2015/NĐ-CP" in text


def test_phapluat_relations_grouped_or_under_other_keys() -> None:
    data = {"docIdentity": "1/2020/NĐ-CP", "docName": "Nghị định 1/2020/NĐ-CP", "effectStatus": "Hết hiệu lực",
            "docRelateEffects": [{"groupName": "Văn bản sửa đổi", "docs": [
                {"relateDocGUId": "g2", "title": "Nghị định 2/2021/NĐ-CP sửa đổi"}]}],
            "docListRelates": [{"relationTypeName": "Văn bản dẫn chiếu", "docId": 7, "docName": "Luật 3/2019/QH14"}]}
    facts = get_source("phapluat").extract("g1", {"summary": _json({"success": True, "data": data})}).facts
    assert facts is not None and facts.status_code == "expired"
    assert [(r.relation, r.number, r.portal_id) for r in facts.relations] == [
        ("amended_by", "2/2021/NĐ-CP", "g2"), ("references", "3/2019/QH14", "7")]


@pytest.mark.parametrize("answer", ["<html>Bảo trì hệ thống</html>", '{"success": false, "message": "lỗi"}',
                                    '{"data": []}'])
def test_phapluat_unreadable_answers_are_coded(answer: str) -> None:
    with pytest.raises(UnreadablePage) as e:
        get_source("phapluat").read_listing(Page("x", "search"), page(answer))
    assert e.value.code == "E517"


# ---- thuvienphapluat.vn -----------------------------------------------------------------------------

TVPL_DOC = ("/van-ban/Bo-may-hanh-chinh/"
            "Quyet-dinh-1369-QD-UBND-2018-ke-hoach-thong-tin-doi-ngoai-Ho-Chi-Minh-382026.aspx")


def _tvpl_page(site: Site, tab: str) -> Snapshot:
    html = site.tvpl_page.replace("{{relations}}", (FIXTURES / "tvpl" / tab).read_text("utf-8"))
    return page(html, BASE + "tvpl" + TVPL_DOC)


def test_tvpl_attributes_and_text_without_a_login(site: Site) -> None:
    out = get_source("tvpl", BASE + "tvpl/").extract(TVPL_DOC, {"document": _tvpl_page(site, "login.html")})
    f = out.facts
    assert f is not None and out.document is not None and out.problems == []
    assert (f.portal_id, f.number, f.type, f.issuer, f.signer, f.issued) == (
        "382026", "1369/QĐ-UBND", "Quyết định", "Thành phố Hồ Chí Minh", "Lê Thanh Liêm", "2018-04-09")
    assert f.effective_from is None and f.status is None  # "Đã biết": what visitors are shown instead
    assert not f.relations_known and f.relations == ()
    text = out.document.data.decode()
    assert "Căn cứ Nghị định số 72/2015/NĐ-CP" in text and "Văn bản liên quan" not in text


def test_tvpl_relations_with_a_paid_session(site: Site) -> None:
    tvpl = get_source("tvpl", BASE + "tvpl/", cookies="vip=1")
    facts = tvpl.extract(TVPL_DOC, {"document": _tvpl_page(site, "relations.html")}).facts
    assert facts is not None and facts.relations_known
    assert [(r.relation, r.number, r.portal_id) for r in facts.relations] == [
        ("legal_basis", None, "282382"), ("legal_basis", "72/2015/NĐ-CP", "289063"),
        ("legal_basis", "22/2016/TT-BTTTT", "327440"), ("replaces", "1212/QĐ-UBND", "343810")]


def test_tvpl_cookies_the_site_does_not_accept(site: Site) -> None:
    out = get_source("tvpl", cookies="expired=1").extract(TVPL_DOC, {"document": _tvpl_page(site, "login.html")})
    assert out.facts is not None and not out.facts.relations_known
    assert [p[:4] for p in out.problems] == ["E518"]


def test_tvpl_listing() -> None:
    tvpl = get_source("tvpl", BASE + "tvpl/")
    listing = tvpl.read_listing(tvpl.search("1369", None), page((FIXTURES / "tvpl" / "search.html").read_bytes()))
    assert [(f.doc, f.number, f.issued) for f in listing.found] == [(TVPL_DOC, "1369/QĐ-UBND", "2018-04-09")]
    assert listing.next is None


# ---- HCMC portals ------------------------------------------------------------------------------------


def test_hcmc_both_portals_give_the_same_article(site: Site) -> None:
    hcmc = get_source("hcmc", BASE + "hcmc/")
    liferay = hcmc.extract("/-/a", {"article": page(site.article, BASE + "hcmc/-/a")}).document
    office = hcmc.extract("/portal/Home/a/default.aspx", {"article": page(
        site.office, BASE + "hcmc/portal/Home/a/default.aspx", "text/html; charset=windows-1258")}).document
    assert liferay is not None and office is not None
    a, b = liferay.data.decode(), office.data.decode()
    assert a.startswith("TP ban hành Kế hoạch thông tin đối ngoại năm 2024\n\n05/03/2024\n\n(Website Văn phòng)")
    assert b.startswith("UBND TP ban hành Kế hoạch thông tin đối ngoại năm 2024\n\n05/03/2024\n\n")
    assert a.split("\n\n", 2)[2] == b.split("\n\n", 2)[2]  # the same body, whichever portal and encoding
    for boilerplate in ("Đang truy cập", "Liên kết website", "huongsenhotel", "Chia sẻ", "Tin liên quan", "9.661.345"):
        assert boilerplate not in a and boilerplate not in b
    assert a.rstrip().endswith("Thanh Mai")


def test_hcmc_page_without_an_article() -> None:
    out = get_source("hcmc").extract("/-/x", {"article": page("<html><body><nav>Trang chủ</nav></body></html>")})
    assert out.document is None and out.problems[0].startswith("E517")


def test_hcmc_listing_finds_articles_on_both_portals() -> None:
    hcmc = get_source("hcmc", BASE + "hcmc/")
    listing = hcmc.read_listing(hcmc.search("thông tin đối ngoại", None),
                                page((FIXTURES / "hcmc" / "search.html").read_bytes(), BASE + "hcmc/tim-kiem"))
    assert [f.doc for f in listing.found] == [
        "/-/tp-ban-hanh-ke-hoach-thong-tin-doi-ngoai-nam-2024",
        "/portal/Home/tin-tuc/ke-hoach-thong-tin-doi-ngoai-2024/default.aspx"]
    assert all(f.issued == "2024-03-05" for f in listing.found)


def test_hcmc_accepts_the_city_office_portal_only_with_the_real_base() -> None:
    assert "vpub.hochiminhcity.gov.vn" in get_source("hcmc").hosts
    assert get_source("hcmc", BASE).hosts == ("127.0.0.1",)
