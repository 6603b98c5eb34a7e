"""The Indonesian tokenizer: what stays whole, what is split, offsets."""

from __future__ import annotations

import pytest

from warta.lang.id.tokens import model_word, split_clitics, token_spans


def words(text: str) -> list[str]:
    return [text[a:b] for a, b in token_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Yung-ho bertemu", ["Kim", "Yung-ho", "bertemu"]),
        ("Perserikatan Bangsa-Bangsa baru-baru ini", ["Perserikatan", "Bangsa-Bangsa", "baru-baru", "ini"]),
        ("perang Rusia-Ukraina.", ["perang", "Rusia-Ukraina", "."]),
        ("naik 3,5 persen dari Rp1.000.000", ["naik", "3,5", "persen", "dari", "Rp", "1.000.000"]),
        ("di A.S. dan KOMPAS.com", ["di", "A.S.", "dan", "KOMPAS.com"]),
        ("Dr. Budi, dll.", ["Dr.", "Budi", ",", "dll."]),
        ("“Kami siap,” katanya...", ["“", "Kami", "siap", ",", "”", "kata", "nya", "..."]),
    ],
)
def test_token_spans_cases(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("ujarnya", ["ujar", "nya"]),
        ("Menurutnya", ["Menurut", "nya"]),
        ("kewenangannya", ["kewenangan", "nya"]),
        ("ibuku", ["ibu", "ku"]),
        ("kubuat", ["ku", "buat"]),
        ("kaubuat", ["kau", "buat"]),
        ("kaulah", ["kaulah"]),
        ("kupun", ["kupun"]),
        ("hanya", ["hanya"]),
        ("akhirnya", ["akhirnya"]),
        ("bertanya", ["bertanya"]),
        ("buku", ["buku"]),
        ("ilmu", ["ilmu"]),
        ("kuat", ["kuat"]),
        ("inilah", ["inilah"]),
        ("Sonya", ["Sonya"]),
        ("Ibunya", ["Ibu", "nya"]),
    ],
)
def test_split_clitics_cases(word: str, parts: list[str]) -> None:
    lengths = split_clitics(word)
    out, at = [], 0
    for n in lengths:
        out.append(word[at : at + n])
        at += n
    assert out == parts


def test_model_word_straightens_quotes_keeping_length() -> None:
    assert model_word("“Ya’”") == '"Ya\'"'
    assert len(model_word("“—”")) == 3


@pytest.mark.parametrize("text", ["“Kami menolak,” ujarnya — Rusia-Ukraina 3,5%.", "  spasi\tdan\nbaris  "])
def test_token_spans_are_ordered_and_cover_non_space(text: str) -> None:
    spans = token_spans(text)
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))
    covered = "".join(text[a:b] for a, b in spans)
    assert covered == "".join(text.split())
