"""phapluat.gov.vn, the national law portal (Cổng Pháp luật quốc gia, opened 31 May 2025).

Its pages are a JavaScript application over a JSON API, which is what this source reads:

- ``POST /api/legal-documents`` — search. Body: ``keywords``, ``pageIndex`` (from 0),
  ``rowAmount`` (≤ 100), ``sortBy``/``sortOrder``, the date range as dd/mm/yyyy, and filter lists
  (``docTypeIds``, ``organIds``, ``fieldIds``, ``effectStatusIds`` …). Answer:
  ``{"success": true, "data": {"docs": [{"docGUId", "docIdentity", "docName", "issueDate"…}],
  "rowCount": N}}``.
- ``GET /api/legal-documents/detail?docGUId=…&tabName=tomtat`` — the attributes: ``docIdentity``,
  ``docName``, ``docType``, ``organs``, ``signers``, ``issueDate``, ``effectDate``, ``expireDate``,
  ``effectStatus``, ``fields`` and the relation lists ``docRelateEffects``/``docListRelates``;
  ``tabName=noidung`` — the same envelope with the full text as HTML in ``docContent``.

The shapes follow the public clients of the API (see the README); the date range is sent under both
names clients have used (``dateFrom``/``dateTo`` and ``issueDateFrom``/``issueDateTo``). The items of
the relation lists were empty in every published capture, so they are read defensively (the group
name and the target under any of the key names listed in ``_GROUP_KEYS``/``_TARGET_KEYS``).
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from ingest.errors import UnreadablePage
from ingest.snapshot import Snapshot
from ingest.sources.base import (
    Extracted,
    Found,
    Listing,
    Page,
    PortalFacts,
    PortalRelation,
    Source,
    find_number,
    iso_date,
    json_body,
    same_number,
)
from ingest.sources.html import html_document, page_text

ROWS_PER_PAGE = 50
_GUID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,63}$")
_GROUP_KEYS = ("relateTypeName", "relateTypeDesc", "relationTypeName", "relationName", "typeName", "groupName")
_TARGET_KEYS = ("docGUId", "relateDocGUId", "docGuid", "docId")
_LIST_KEYS = ("docs", "items", "documents")


class Phapluat(Source):
    name = "phapluat"
    default_base = "https://phapluat.gov.vn"
    description = "phapluat.gov.vn (national law portal, JSON API): text, attributes, effect status, relations"
    id_help = "a docGUId (letters, digits, '-') or its page's URL"

    def read_id(self, given: str) -> str | None:
        return given if _GUID.match(given) else None

    def claims(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.hostname not in self.hosts:
            return None
        guid = parse_qs(parts.query).get("docGUId")
        if guid and _GUID.match(guid[0]):
            return guid[0]
        m = re.search(r"/legal-documents/(?P<id>[A-Za-z0-9-]+)/?$", parts.path)
        return m["id"] if m and m["id"] != "detail" else None

    def _api_headers(self) -> tuple[tuple[str, str], ...]:
        return (("Accept", "application/json"), ("Content-Type", "application/json"), *self.headers())

    def search(self, query: str | None, since: date | None, number: int = 0) -> Page:
        day = since.strftime("%d/%m/%Y") if since else ""
        body = {
            "keywords": query or "", "isSearchExact": 0, "searchOptions": 1,
            "dateFrom": day, "dateTo": "", "issueDateFrom": day, "issueDateTo": "",
            "searchByDate": "issueDate" if since else None,
            "pageIndex": number, "rowAmount": ROWS_PER_PAGE, "sortBy": "issueDate", "sortOrder": "desc",
            "docGroupIds": [], "docTypeIds": [], "organIds": [], "fieldIds": [], "effectStatusIds": [],
            "signerIds": [], "languageId": 1,
        }
        return Page(self.url("api/legal-documents"), "search", method="POST", body=json_body(body),
                    headers=self._api_headers(), number=number)

    def read_listing(self, page: Page, snapshot: Snapshot) -> Listing:
        data = _envelope(snapshot)
        docs = data.get("docs")
        if not isinstance(docs, list):
            raise UnreadablePage(f"{snapshot.location}: the search answer has no data.docs list")
        found = [Found(str(d["docGUId"]), _str(d.get("docName")), _str(d.get("docIdentity")),
                       iso_date(_str(d.get("issueDate"))))
                 for d in docs if isinstance(d, dict) and d.get("docGUId")]
        if page.want:
            return Listing([f for f in found if f.number and same_number(f.number, page.want)][:1])
        total = data.get("rowCount")
        # The portal may answer fewer rows than asked (20 for more than 100): count pages by what came.
        more = isinstance(total, int) and (page.number + 1) * len(docs) < total
        nxt = None
        if found and more:
            body = json.loads(page.body or b"{}")
            body["pageIndex"] = page.number + 1
            nxt = Page(page.url, "search", method="POST", body=json_body(body), headers=page.headers,
                       number=page.number + 1)
        return Listing(found, nxt)

    def _detail(self, doc: str, tab: str) -> str:
        return self.url("api/legal-documents/detail?" + urlencode({"docGUId": doc, "tabName": tab}))

    def pages(self, doc: str) -> list[Page]:
        h = (("Accept", "application/json"), *self.headers())
        return [Page(self._detail(doc, "noidung"), "content", doc, headers=h),
                Page(self._detail(doc, "tomtat"), "summary", doc, headers=h)]

    def extract(self, doc: str, pages: dict[str, Snapshot]) -> Extracted:
        problems: list[str] = []
        summary = _envelope(pages["summary"]) if "summary" in pages else {}
        content = _envelope(pages["content"]) if "content" in pages else {}
        data = {**content, **summary}  # the content tab repeats the attributes: either will do
        document = None
        body = _str(content.get("docContent"))
        if body:
            document = Snapshot(html_document(_str(data.get("docName")), body), pages["content"].location,
                                fetched_at=pages["content"].fetched_at, media_type="text/html")
        elif "content" in pages:
            problems.append(f"E517 {pages['content'].location}: the portal has no text (docContent) for it")
        facts = _facts(self.name, doc, self._detail(doc, "tomtat"), data) if data else None
        return Extracted(document, facts, problems)


def _envelope(snapshot: Snapshot) -> dict[str, Any]:
    try:
        payload = json.loads(page_text(snapshot))
    except ValueError as e:
        raise UnreadablePage(f"{snapshot.location}: not the portal's JSON ({e})") from e
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), dict) or payload.get("success") is False:
        raise UnreadablePage(f"{snapshot.location}: the portal answered without data "
                             f"({str(payload.get('message', '')) if isinstance(payload, dict) else ''})")
    data: dict[str, Any] = payload["data"]
    return data


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s or None


def _name(v: Any, key: str) -> str | None:
    """``{"effectStatusName": "Còn hiệu lực"}`` or ``"Còn hiệu lực"`` → ``"Còn hiệu lực"``."""
    if isinstance(v, dict):
        return _str(v.get(key) or v.get("name"))
    if isinstance(v, list):
        return next((n for n in (_name(x, key) for x in v) if n), None)
    return _str(v)


def _facts(origin: str, doc: str, url: str, data: dict[str, Any]) -> PortalFacts:
    status = _name(data.get("effectStatus"), "effectStatusName")
    relations: list[PortalRelation] = []
    known = False
    for key in ("docRelateEffects", "docListRelates"):
        items = data.get(key)
        if isinstance(items, list):
            known = True
            relations.extend(_relations(items, None))
    fields = data.get("fields") if isinstance(data.get("fields"), list) else []
    return PortalFacts(
        origin=origin, portal_id=doc, url=url, number=find_number(_str(data.get("docIdentity"))),
        type=_name(data.get("docType"), "docTypeName"), title=_str(data.get("docName")),
        issuer=_name(data.get("organs"), "organName"), signer=_name(data.get("signers"), "signerName"),
        issued=iso_date(_str(data.get("issueDate"))), effective_from=iso_date(_str(data.get("effectDate"))),
        effective_to=iso_date(_str(data.get("expireDate"))), status=status,
        fields=tuple(n for n in (_name(f, "fieldName") for f in fields or []) if n),
        relations=tuple(relations), relations_known=known)


def _relations(items: list[Any], group: str | None) -> list[PortalRelation]:
    out: list[PortalRelation] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        own = next((_str(item[k]) for k in _GROUP_KEYS if _str(item.get(k))), None) or group
        nested = next((item[k] for k in _LIST_KEYS if isinstance(item.get(k), list)), None)
        if nested is not None:  # a group holding its documents
            out.extend(_relations(nested, own))
            continue
        title = _str(item.get("docName")) or _str(item.get("title")) or ""
        target = next((_str(item[k]) for k in _TARGET_KEYS if _str(item.get(k))), None)
        if not title and not target:
            continue
        out.append(PortalRelation.of(own or "Văn bản liên quan", title, number=_str(item.get("docIdentity")),
                                     portal_id=target, issued=iso_date(_str(item.get("issueDate")))))
    return out
