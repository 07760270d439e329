"""Hostile input never crashes the parser: it returns a record whose spans slice its text, or
raises a coded VnlegalError."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.errors import VnlegalError
from parsers import parse_bytes

PIECES = st.sampled_from([
    "Căn cứ ", "Nghị định số 72/2015/NĐ-CP", " ngày 07 tháng 9 năm 2015", " của Chính phủ", ";\n",
    "QUYẾT ĐỊNH:\n", "Điều 1. ", "II. NHIỆM VỤ\n", "1. ", "a) ", "- ", "III. TỔ CHỨC THỰC HIỆN\n",
    "Sở Tư pháp", ", ", " và ", "Luật ", "Hiến pháp", "Số: 12/QĐ-UBND\n", "KẾ HOẠCH\n",
    "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)\n", "**", "|", "\n\n", "Mc đích", "THÀNH PHHỒ",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40))
def test_random_documents(pieces):
    data = "".join(pieces).encode("utf-8", "surrogatepass")
    try:
        rec = parse_bytes(data, "fuzz.txt")
    except VnlegalError:
        return
    except UnicodeEncodeError:
        return
    n = len(rec.text)
    for item in [*rec.references, *rec.tasks, *rec.units, *rec.attachments]:
        assert 0 <= item.start <= item.end <= n


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data):
    with contextlib.suppress(VnlegalError):
        parse_bytes(data, "fuzz.bin")
