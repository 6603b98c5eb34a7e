"""Language identification on real sentences: Indonesian, Malay (the tie-break), English, others."""

from __future__ import annotations

import pytest

from warta.ingest import identify_language, make_document


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Tokyo pada Senin.", "id"),
        ("Kepolisian Daerah Riau menangkap tiga tersangka penyelundupan narkotika di Dumai.", "id"),
        ("Kementerian Luar Negeri mengecam keras serangan terhadap konvoi bantuan kemanusiaan.", "id"),
        ("Kementerian tersebut menegaskan bahwa Rusia bermaksud mengembangkan kerja sama.", "id"),
        ("Perdana Menteri Anwar Ibrahim berkata kerajaan akan membentangkan belanjawan bulan hadapan.", "ms"),
        ("Polis Diraja Malaysia menahan dua lelaki yang disyaki terlibat dalam kes rompakan semalam.", "ms"),
        ("The president met the Japanese prime minister in Tokyo on Monday.", "en"),
        ("North Korea has denied supplying weapons to Russia, the agency said.", "en"),
        ("Der Bundeskanzler traf sich am Montag mit dem französischen Präsidenten in Berlin.", "de"),
        ("12.345 — 67 %", "und"),
    ],
)
def test_langid_identifies(text: str, lang: str) -> None:
    assert identify_language(text) == lang


def test_langid_sample_articles(sample_texts: dict[str, str]) -> None:
    assert {identify_language(t) for t in sample_texts.values()} == {"id"}


@pytest.mark.parametrize(("given", "expected"), [(None, "en"), ("auto", "en"), ("id", "id"), ("EN", "en")])
def test_langid_make_document_lang(given: str | None, expected: str) -> None:
    doc = make_document("The minister said the talks would resume next week.", lang=given)
    assert doc.lang == expected
