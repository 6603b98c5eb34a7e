"""Bytes to text: encodings detected, mojibake repaired, clean text untouched, binary refused."""

from __future__ import annotations

import pytest

from warta.errors import InputError
from warta.ingest.encoding import check_bytes, decode_bytes, is_binary, read_text_bytes, repair_text

KALIMAT = "Juru bicara Élysée mengatakan Presiden tiba di Nouméa pada Kamis – “kunjungan singkat”."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encoding_decodes(encoding: str) -> None:
    assert read_text_bytes(KALIMAT.encode(encoding), "x.txt") == KALIMAT


def test_encoding_latin1_accents() -> None:
    text = "Presiden Prancis tiba di Nouméa, kata juru bicara Élysée, dan bertemu tokoh pro-Prancis."
    assert decode_bytes(text.encode("latin-1")) == text


def test_encoding_crlf_normalised() -> None:
    assert decode_bytes(b"Baris satu.\r\nBaris dua.\rBaris tiga.") == "Baris satu.\nBaris dua.\nBaris tiga."


def test_encoding_mostly_utf8_with_a_broken_byte() -> None:
    data = ("Presiden bertemu “Kim” di Vladivostok. " * 5).encode() + b"\xff akhir."
    assert decode_bytes(data).endswith("Vladivostok. \ufffd akhir.")


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Indonesia â€œsangat prihatinâ€\x9d atas eskalasi", "Indonesia “sangat prihatin” atas eskalasi"),
        ("Laut Merah â€“ dan semua pihak", "Laut Merah – dan semua pihak"),
        ("kata juru bicara Ã‰lysÃ©e", "kata juru bicara Élysée"),
    ],
)
def test_encoding_repair_mojibake(broken: str, fixed: str) -> None:
    assert repair_text(broken) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "Ia berkata “kami siap” – katanya.",
        "Kim Jong Un mengunjungi Rusia pada 13 September.",
        'Ia menyebutnya "praktis dan komprehensif".',
    ],
)
def test_encoding_repair_leaves_clean_text(clean: str) -> None:
    assert repair_text(clean) == clean


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", True),
        (b"\x7fELF\x02\x01\x01" + bytes(range(1, 30)) * 3, True),
        (b"Presiden tiba.\tPukul 10.00\n", False),
        ("Teks dengan BOM".encode("utf-16"), False),
    ],
)
def test_encoding_is_binary(data: bytes, binary: bool) -> None:
    assert is_binary(data) is binary


@pytest.mark.parametrize(
    ("data", "reason"), [(b"", "empty file"), (b" \n\t", "empty file (only whitespace)")]
)
def test_encoding_empty_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        check_bytes(data, "kosong.txt")
    assert str(caught.value) == f"kosong.txt: {reason}"
