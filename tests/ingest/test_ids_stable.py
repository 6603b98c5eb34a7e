"""Stable document ids: same words, same id; different words, different id."""

from __future__ import annotations

import pytest

from warta.ingest import document_id, make_document

BASE = "Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Vostochny pada Rabu."


@pytest.mark.parametrize(
    "variant",
    [
        BASE,
        "  " + BASE + "\n",
        BASE.replace(" ", "\n", 3),
        BASE.replace(" ", "  "),
        BASE + "\nKomentar (0)",  # page furniture does not change the article's id
        BASE + "\n[iklan_2]",
    ],
)
def test_ids_same_article_same_id(variant: str) -> None:
    assert make_document(variant).doc_id == make_document(BASE).doc_id == document_id(BASE)


@pytest.mark.parametrize("other", [BASE.replace("Rabu", "Kamis"), BASE.lower(), BASE[:-1]])
def test_ids_different_text_different_id(other: str) -> None:
    assert make_document(other).doc_id != document_id(BASE)


def test_ids_given_id_kept() -> None:
    assert make_document(BASE, doc_id="seed-000").doc_id == "seed-000"


def test_ids_shape() -> None:
    doc_id = document_id(BASE)
    assert len(doc_id) == 16 and int(doc_id, 16) >= 0
