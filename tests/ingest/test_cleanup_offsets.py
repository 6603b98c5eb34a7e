"""Scrape artefacts become removed spans; the text is never edited, so offsets stay valid."""

from __future__ import annotations

import pytest

from warta.errors import DataFileError
from warta.ingest import find_artefacts, kept_text, make_document
from warta.ingest.cleanup import load_patterns


def removed_texts(text: str) -> list[str]:
    return [text[s:e] for s, e in find_artefacts(text)]


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Putin tiba di Vladivostok.\n[iklan_2]\nKim tiba sehari kemudian.", ["[iklan_2]"]),
        ("Putin tiba di Vladivostok. [ads] Kim tiba sehari kemudian.", ["[ads]"]),
        ("Putin tiba di Vladivostok.\nKomentar (12)", ["Komentar (12)"]),
        (
            "Putin tiba.\nBaca juga: Harga minyak dunia turun\nKim tiba.",
            ["Baca juga: Harga minyak dunia turun"],
        ),
        ("Putin tiba.\nBACA JUGA - Rupiah menguat\nKim tiba.", ["BACA JUGA - Rupiah menguat"]),
        ("Putin tiba.\nADVERTISEMENT\nKim tiba.", ["ADVERTISEMENT"]),
        ("Putin tiba.\nSCROLL TO CONTINUE WITH CONTENT\nKim tiba.", ["SCROLL TO CONTINUE WITH CONTENT"]),
        ("Putin tiba.\nBagikan\nKim tiba.", ["Bagikan"]),
        ("Putin tiba.\nShare this: Facebook | Twitter\nKim tiba.", ["Share this: Facebook | Twitter"]),
        ("Putin tiba di Vladivostok. (Sumber: Euro News) |\nKim tiba.", [" |"]),
        ("Putin tiba.\n|\nKim tiba.", ["|"]),
        ("Putin tiba.\nKim tiba.\nSumber: Euro News", ["Sumber: Euro News"]),
        (
            "Putin tiba.\nKim tiba.\n(Sumber: Antara)\nEditor: Budi Santoso",
            ["(Sumber: Antara)", "Editor: Budi Santoso"],
        ),
        ("Putin tiba.\nKim tiba.\n[iklan_2]\nSumber\nKomentar (0)", ["[iklan_2]", "Sumber", "Komentar (0)"]),
    ],
)
def test_cleanup_finds_artefacts(text: str, removed: list[str]) -> None:
    assert removed_texts(text) == removed


@pytest.mark.parametrize(
    "text",
    [
        # attribution inside the article is real text (the event stage reads "reported_by" from it)
        "Putin tiba di Vladivostok. (Sumber: Euro News)\nKim tiba sehari kemudian.",
        "Sumber: Reuters melaporkan bahwa Putin tiba.\nKim tiba sehari kemudian.",
        "Menurut sumber tersebut, kedua pemimpin akan bertemu.",
        "Ia membagikan bantuan kepada warga. Pemerintah akan membagikan beras.",
        "Pembaca juga diminta berhati-hati terhadap iklan palsu.",
        "Harga naik 10 persen (Rp 1.000) | kata pedagang di pasar.",
    ],
)
def test_cleanup_keeps_real_text(text: str) -> None:
    assert find_artefacts(text) == ()


def test_cleanup_offsets_point_into_original(sample_texts: dict[str, str]) -> None:
    text = sample_texts["seed-000"]
    doc = make_document(text, lang="id")
    assert doc.text == text  # never edited
    assert [text[s:e] for s, e in doc.removed] == [" |", "[iklan_2]", "Sumber", "Komentar (0)"]
    assert "(Sumber: Euro News)" in kept_text(text, doc.removed)
    kept = kept_text(text, doc.removed)
    assert len(kept) == len(text)
    # every word still at its place: an offset found in the kept text is an offset into the original
    i = kept.index("Menurut juru bicara Kremlin Dmitry Peskov")
    assert text[i : i + 41] == "Menurut juru bicara Kremlin Dmitry Peskov"
    assert kept.rstrip().endswith("semenanjung tersebut.")


def test_cleanup_spans_sorted_disjoint() -> None:
    text = "A.\n[iklan_1] [iklan_2]\nKomentar (3) Komentar (4)\nB.\nSumber\nKomentar (0)"
    spans = find_artefacts(text)
    assert list(spans) == sorted(spans)
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("patterns: 3", "'patterns' list"),
        ("patterns:\n  - name: x", "needs 'name' and 'regex'"),
        ("patterns:\n  - {name: x, regex: 'a', scope: nowhere}", "scope must be one of"),
        ("patterns:\n  - {name: x, regex: '(a'}", "bad regex"),
    ],
)
def test_cleanup_bad_pattern_file(yaml_text: str, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        load_patterns(yaml_text, "artefacts.yaml")
