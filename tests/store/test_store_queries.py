from __future__ import annotations

import json

import pytest

from warta.errors import StoreError
from warta.store import COLUMNS, Store

SUMMIT, ENVOY, DEMO = "summit-2023-09-14", "envoy-2023-09-22", "demo-dpr"


def _ids(rows: list[dict]) -> list[tuple[str, str]]:
    return [(row["doc_id"], row["event_id"]) for row in rows]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["summit:e0", "summit:e1", "summit:e2", "envoy:e0", "envoy:e1", "demo:e0"]),
        ({"type": "CONSULT"}, ["summit:e0", "envoy:e0"]),
        ({"type": "consult"}, ["summit:e0", "envoy:e0"]),
        ({"type": ["AGREE", "PROTEST"]}, ["summit:e1", "demo:e0"]),
        ({"country": "PRK"}, ["summit:e0", "summit:e1", "summit:e2"]),  # as actor or as recipient
        ({"country": "idn"}, ["demo:e0"]),
        ({"country": "USA"}, ["summit:e2", "envoy:e0"]),
        ({"actor": "kirby"}, ["summit:e2"]),
        ({"actor": "Kim"}, ["summit:e0", "summit:e1", "envoy:e0", "envoy:e1"]),
        ({"actor": "Dewan Perwakilan"}, ["demo:e0"]),  # canonical name, not the text "DPR"
        ({"actor": "50%_"}, []),  # LIKE wildcards are literal
        ({"since": "2023-09-20"}, ["envoy:e0", "envoy:e1", "demo:e0"]),
        ({"until": "2023-09-14"}, ["summit:e0", "summit:e1", "summit:e2"]),  # undated: published day
        ({"since": "2023-09-14", "until": "2023-09-14"}, ["summit:e1", "summit:e2"]),
        ({"since": "2023-10-15", "until": "2023-10-20"}, ["demo:e0"]),  # inside the month "2023-10"
        ({"doc_id": ENVOY}, ["envoy:e0", "envoy:e1"]),
        ({"type": "CONSULT", "country": "KOR"}, ["envoy:e0"]),
        ({"limit": 2}, ["summit:e0", "summit:e1"]),
    ],
)
def test_store_events_filters(filled: Store, filters: dict, expected: list[str]) -> None:
    assert [event_id for _, event_id in _ids(filled.events(**filters))] == expected


def test_store_events_row_is_flat_and_complete(filled: Store) -> None:
    rows = filled.events(doc_id=SUMMIT)
    meeting, invitation = rows[0], rows[1]
    assert list(meeting) == list(COLUMNS["events"])
    assert meeting | {"evidence": None} == meeting | {
        "doc_id": SUMMIT, "event_id": "summit:e0", "published": "2023-09-14", "date": "2023-09-13",
        "date_start": "2023-09-13", "date_end": "2023-09-13", "type": "CONSULT", "mode": None,
        "modality": "asserted", "actor": "Vladimir Putin", "actor_name": "Vladimir Putin",
        "actor_country": "RUS", "actor_sector": "GOV", "recipient": "Kim Jong Un", "recipient_country": "PRK",
        "location": "Kosmodrom Vostochny", "location_country": "RUS", "reported_by": None,
        "context": "diplomatic", "trigger": "bertemu dengan", "confidence": 0.9, "cameo": "040",
        "evidence": None,
    }  # fmt: skip
    assert invitation["reported_by"] == "KCNA"
    assert rows[2]["context"] == "military; diplomatic"
    json.dumps(rows)  # plain values only


@pytest.mark.parametrize(
    ("filters", "message"), [({"since": "kemarin"}, "since='kemarin'"), ({"limit": -1}, "limit=-1")]
)
def test_store_events_bad_filter_raises_store_error(filled: Store, filters: dict, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        filled.events(**filters)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["summit:q0", "summit:q1", "envoy:q0"]),
        ({"speaker": "kirby"}, ["summit:q1"]),
        ({"speaker": "Kim Jong"}, ["summit:q0"]),  # the text is "Kim", the name "Kim Jong Un"
        ({"country": "KOR"}, ["envoy:q0"]),
        ({"doc_id": SUMMIT}, ["summit:q0", "summit:q1"]),
        ({"limit": 1}, ["summit:q0"]),
    ],
)
def test_store_quotes_filters(filled: Store, filters: dict, expected: list[str]) -> None:
    assert [row["quote_id"] for row in filled.quotes(**filters)] == expected


def test_store_quotes_row(filled: Store) -> None:
    row = filled.quotes(doc_id=ENVOY)[0]
    assert list(row) == list(COLUMNS["quotes"])
    assert (row["speaker"], row["speaker_name"], row["cue"], row["reported_by"], row["event_id"]) == (
        "Kim", "Kim Yung Ho", "urged", "Yonhap", "envoy:e1",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "PRK"}, [("Kim Jong Un", "PRK", "GOV", 3, 1), ("Korea Utara", "PRK", None, 1, 1)]),
        ({"country": "RUS"}, [("Vladimir Putin", "RUS", "GOV", 2, 1)]),
        (
            {"doc_id": DEMO},
            [("Dewan Perwakilan Rakyat", "IDN", "LEG", 1, 1), ("Ribuan mahasiswa", "IDN", "CVL", 1, 1)],
        ),
        ({"name": "yung"}, [("Kim Yung Ho", "KOR", "GOV", 2, 1)]),
        ({"limit": 1}, [("Kim Jong Un", "PRK", "GOV", 3, 1)]),
        (
            {"doc_id": DEMO, "named": True},
            [("Dewan Perwakilan Rakyat", "IDN", "LEG", 1, 1)],
        ),  # no common noun
    ],
)
def test_store_actors_aggregates(filled: Store, filters: dict, expected: list[tuple]) -> None:
    rows = filled.actors(**filters)
    assert [tuple(row[c] for c in COLUMNS["actors"]) for row in rows] == expected


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [SUMMIT, ENVOY, DEMO]),  # by publication date, undated last
        ({"lang": "en"}, [ENVOY]),
        ({"since": "2023-09-15"}, [ENVOY]),
        ({"until": "2023-09-15"}, [SUMMIT]),
        ({"doc_id": [DEMO, SUMMIT]}, [SUMMIT, DEMO]),
        ({"limit": 1}, [SUMMIT]),
    ],
)
def test_store_documents_filters(filled: Store, filters: dict, expected: list[str]) -> None:
    assert [row["doc_id"] for row in filled.documents(**filters)] == expected


def test_store_documents_row_counts(filled: Store, documents) -> None:
    row = filled.documents(doc_id=SUMMIT)[0]
    assert list(row) == list(COLUMNS["documents"])
    expected = (3, 2, 4, len(documents[0].text), "id")  # characters, not UTF-8 bytes (the text has “ ”)
    assert (row["events"], row["quotes"], row["sentences"], row["chars"], row["lang"]) == expected
    assert filled.count_documents() == 3
    assert filled.doc_ids() == [DEMO, ENVOY, SUMMIT]


def test_store_events_frame_columns_and_dates(filled: Store) -> None:
    frame = filled.events_frame(country="PRK")
    assert list(frame.columns) == list(COLUMNS["events"])
    assert len(frame) == 3
    assert str(frame["published"].dtype).startswith("datetime64")
    assert frame["date_start"].isna().tolist() == [False, True, True]


def test_store_events_frame_empty_keeps_columns(store: Store) -> None:
    frame = store.events_frame(type="ASSAULT")
    assert frame.empty and list(frame.columns) == list(COLUMNS["events"])


def test_store_rows_unknown_kind(filled: Store) -> None:
    with pytest.raises(StoreError, match="unknown row kind 'peristiwa'"):
        filled.rows("peristiwa")


def test_store_actors_count_spellings_of_one_name_together(filled: Store) -> None:
    import dataclasses

    import warta

    text = "Menteri Unifikasi Korea Selatan Kim Yung-ho bertemu Duta Besar AS Philip Goldberg di Seoul."
    document = dataclasses.replace(warta.extract(text, lang="id"), doc_id="spelling")
    assert any(a.name == "Kim Yung-ho" or a.text == "Kim Yung-ho" for a in document.actors)
    filled.save(document)
    rows = [r for r in filled.actors(name="yung") if r["country"] == "KOR"]
    # the stored "Kim Yung Ho" (2 mentions in one document) and this "Kim Yung-ho" are one actor
    assert [(r["mentions"], r["documents"]) for r in rows] == [(3, 2)]
    assert rows[0]["name"] == "Kim Yung Ho"
