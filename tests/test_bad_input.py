"""Bad input gets a coded error on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from ingest.errors import VnlegalError
from parsers import parse_bytes


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vnlegal", *args], capture_output=True, text=True,
                          timeout=120)


BAD = [
    ("empty.txt", b"", "E101"),
    ("blank.txt", b" \n\n\t \n", "E101"),
    ("binary.bin", bytes(range(256)) * 20, "E102"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200, "E102"),
    ("latin1.txt", "Số: 12/QĐ-UBND — Décision über Straße ÿ".encode("latin-1", "replace") + b"\xff\xfe\xfd" * 3,
     "E103"),
    ("shiftjis.txt", "法律文書の例です。これはベトナム語ではありません。".encode("shift_jis"), "E103"),
    ("nav.html", b"<html><body><nav>Trang ch\xe1\xbb\xa7</nav><p>Xin ch\xc3\xa0o</p></body></html>", "E202"),
    ("broken.html", b"<html><body><div><p>unclosed <b>tags <table><tr><td>", "E202"),
    ("recipe.txt", "Cách nấu phở bò: luộc xương, thêm hành và gừng, nêm nước mắm.".encode(), "E201"),
]


@pytest.mark.parametrize(("name", "data", "code"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_raises_coded_error(name, data, code):
    with pytest.raises(VnlegalError) as e:
        parse_bytes(data, name)
    assert e.value.code == code


@pytest.mark.parametrize(("name", "data", "code"), BAD[:3] + BAD[6:], ids=lambda x: str(x)[:12])
def test_cli_exit_code_and_message(tmp_path, name, data, code):
    p = tmp_path / name
    p.write_bytes(data)
    r = _cli("parse", str(p))
    assert r.returncode == 2
    assert f"error {code}:" in r.stderr
    assert "Traceback" not in r.stderr
    assert r.stdout == ""


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes some letters precomposed and adds tone marks as combining characters."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = next(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            out += unicodedata.normalize("NFC", d.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return out


def test_windows_1258_is_read():
    text = "Số: 12/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015;\n"
    rec = parse_bytes(_cp1258(text), "legacy.txt")
    assert rec.document.number == "12/QĐ-UBND"
    assert [r.number for r in rec.references] == ["72/2015/NĐ-CP"]


def test_utf16_with_bom_is_read():
    text = "Số: 12/QĐ-UBND\nCăn cứ Nghị định số 72/2015/NĐ-CP;\n"
    rec = parse_bytes(text.encode("utf-16"), "u16.txt")
    assert rec.references[0].number == "72/2015/NĐ-CP"


def test_huge_file_refused_before_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.write("Căn cứ Nghị định số 72/2015/NĐ-CP;\n".encode() * (50 * 1024 * 1024 // 40))
    r = _cli("parse", str(p))
    assert r.returncode == 2
    assert "error E104:" in r.stderr


def test_missing_file(tmp_path):
    r = _cli("parse", str(tmp_path / "nope.txt"))
    assert r.returncode == 2
    assert "error E100:" in r.stderr
