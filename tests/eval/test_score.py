"""The scorer on hand-made gold/prediction pairs whose P/R/F1 are known."""

from __future__ import annotations

import pytest

from warta.eval.score import (
    PRF,
    dyads_match,
    events_match,
    fold,
    greedy_match,
    quote_spans_match,
    same_reported_by,
    same_speaker,
    score_documents,
)

TEXT = (
    "Rusia dan Korea Utara menandatangani perjanjian. Presiden Vladimir Putin bertemu Kim Jong Un di "
    "Vostochny pada Rabu. Amerika Serikat mengecam Pyongyang, menurut The AP. Kamis lalu Seoul "
    "memperingatkan Moskow."
)


def actor(text: str, country: str | None) -> dict:
    return {"text": text, "country": country, "sector": "GOV"}


def event(type_: str, actors=(), recipients=(), **extra) -> dict:  # noqa: ANN001
    return {
        "type": type_,
        "actor": [actor(t, c) for t, c in actors],
        "recipient": [actor(t, c) for t, c in recipients],
        "modality": extra.pop("modality", "asserted"),
        "date": extra.pop("date", None),
        "reported_by": extra.pop("reported_by", []),
        "evidence": extra.pop("evidence", None),
        **extra,
    }


def doc(events=(), quotes=(), times=(), doc_id: str = "d1") -> dict:  # noqa: ANN001
    return {
        "doc_id": doc_id,
        "text": TEXT,
        "events": list(events),
        "quotes": list(quotes),
        "times": list(times),
    }


PUTIN, KIM, USA, SEOUL, MOSKOW = (
    ("Putin", "RUS"),
    ("Kim Jong Un", "PRK"),
    ("AS", "USA"),
    ("Seoul", "KOR"),
    (
        "Moskow",
        "RUS",
    ),
)


def test_score_prf_arithmetic() -> None:
    prf = PRF(tp=2, gold=4, pred=3)
    assert (prf.precision, prf.recall, round(prf.f1, 4)) == (2 / 3, 0.5, round(4 / 7, 4))
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (event("ACCUSE", [USA], [KIM]), event("ACCUSE", [USA], [PUTIN]), True),  # recipient is dyad only
        (event("ACCUSE", [USA], [KIM]), event("REJECT", [USA], [KIM]), False),  # type differs
        (event("ACCUSE", [USA], [KIM]), event("ACCUSE", [KIM], [USA]), False),  # roles swapped
        (event("ASSAULT", [PUTIN, KIM]), event("ASSAULT", [KIM]), True),  # compound actor: one shared
        (event("ASSAULT", [PUTIN, KIM]), event("ASSAULT", [SEOUL, USA]), False),
        (event("PROTEST"), event("PROTEST"), True),  # both actor lists empty
        (event("PROTEST"), event("PROTEST", [USA]), False),
        (event("PROTEST", [("warga", None)]), event("PROTEST", [("warga", None)]), False),  # no country
        (event("CONSULT", [PUTIN], [KIM]), event("CONSULT", [KIM], [PUTIN]), True),  # symmetric
        (event("COOPERATE", [PUTIN], [KIM]), event("COOPERATE", [KIM]), True),
        (event("SUPPORT", [PUTIN], [KIM]), event("SUPPORT", [KIM], [PUTIN]), False),  # not symmetric
    ],
)
def test_score_event_match_rule(gold: dict, pred: dict, expected: bool) -> None:
    assert events_match(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (event("ACCUSE", [USA], [KIM]), event("ACCUSE", [USA], [KIM]), True),
        (event("ACCUSE", [USA], [KIM]), event("ACCUSE", [USA], [PUTIN]), False),
        (event("ACCUSE", [USA], [KIM, PUTIN]), event("ACCUSE", [USA], [PUTIN]), True),
        (event("ACCUSE", [USA]), event("ACCUSE", [USA]), True),  # both recipients empty
        (event("ACCUSE", [USA]), event("ACCUSE", [USA], [KIM]), False),
        (event("ACCUSE", [USA], [("anak-anak migran", None)]), event("ACCUSE", [USA]), True),  # no country
        (event("ACCUSE", [USA]), event("ACCUSE", [USA], [("warga", None)]), True),
        (event("ACCUSE", [USA], [("warga", None)]), event("ACCUSE", [USA], [KIM]), False),
        (event("CONSULT", [PUTIN], [KIM]), event("CONSULT", [KIM], [PUTIN]), True),
        (event("CONSULT", [PUTIN], [KIM]), event("CONSULT", [KIM, PUTIN]), True),  # same party set
        (event("CONSULT", [PUTIN], [KIM]), event("CONSULT", [KIM], [USA]), False),  # shared party, not set
    ],
)
def test_score_dyad_match_rule(gold: dict, pred: dict, expected: bool) -> None:
    assert dyads_match(gold, pred) is expected


def test_score_events_counts_and_accuracies() -> None:
    gold = [
        event("CONSULT", [PUTIN], [KIM], date="2023-09-13"),
        event("ACCUSE", [USA], [KIM], reported_by=["The Associated Press"]),
        event("THREATEN", [SEOUL], [MOSKOW], modality="asserted"),
    ]
    pred = [
        event("CONSULT", [KIM], [PUTIN], date="2023-09-13"),  # match, dyad, all attributes right
        event("ACCUSE", [USA], [PUTIN], reported_by=["the associated press."]),  # match, wrong dyad
        event("THREATEN", [SEOUL], [MOSKOW], modality="future", date="2023-09-14"),  # match, 2 wrong
        event("AID", [PUTIN], [KIM]),  # spurious
    ]
    report = score_documents([doc(gold)], [doc(pred)])
    e = report.events
    assert (e.event.tp, e.event.gold, e.event.pred) == (3, 3, 4)
    assert (e.event.precision, e.event.recall) == (0.75, 1.0)
    assert (e.dyad.tp, round(e.dyad.f1, 4)) == (2, round(4 / 7, 4))
    assert (e.modality.correct, e.date.correct, e.reported_by.correct, e.modality.total) == (2, 2, 3, 3)
    assert report.events_by_type["AID"].event.pred == 1 and report.events_by_type["AID"].event.tp == 0
    assert report.events_by_type["CONSULT"].event.f1 == 1.0
    problems = sorted((x.kind, x.problem) for x in report.errors)
    assert problems == [
        ("events", "date"), ("events", "dyad"), ("events", "modality"), ("events", "spurious"),
    ]  # fmt: skip


def test_score_events_one_to_one_never_reuses_a_gold_item() -> None:
    gold = [event("ASSAULT", [PUTIN], [("Ukraina", "UKR")])]
    pred = [event("ASSAULT", [PUTIN], [("Ukraina", "UKR")]), event("ASSAULT", [PUTIN], [("Ukraina", "UKR")])]
    report = score_documents([doc(gold)], [doc(pred)])
    assert (report.events.event.tp, report.events.event.precision, report.events.event.recall) == (
        1,
        0.5,
        1.0,
    )


def test_score_events_greedy_prefers_dyad_match_over_order() -> None:
    gold = [event("ACCUSE", [USA], [KIM]), event("ACCUSE", [USA], [PUTIN])]
    pred = [event("ACCUSE", [USA], [PUTIN])]
    report = score_documents([doc(gold)], [doc(pred)])
    assert report.events.dyad.tp == 1
    missed = [x for x in report.errors if x.problem == "missed"]
    assert [m.gold["recipient"][0]["country"] for m in missed] == ["PRK"]


def test_score_events_greedy_prefers_overlapping_evidence() -> None:
    first = "Presiden Vladimir Putin bertemu Kim Jong Un di Vostochny"
    gold = [
        event("CONSULT", [PUTIN], [KIM], evidence="Rusia dan Korea Utara menandatangani perjanjian"),
        event("CONSULT", [PUTIN], [KIM], evidence=first, date="2023-09-13"),
    ]
    pred = [event("CONSULT", [PUTIN], [KIM], evidence="Putin bertemu Kim Jong Un", date="2023-09-13")]
    report = score_documents([doc(gold)], [doc(pred)])
    assert report.events.date.correct == 1
    assert [x.gold["evidence"] for x in report.errors if x.problem == "missed"] == [gold[0]["evidence"]]


def test_score_empty_lists_give_zero_not_error() -> None:
    report = score_documents([doc()], [doc()])
    assert report.events.event.f1 == 0.0 and report.events.modality.value is None and report.errors == []
    missing = score_documents([doc([event("PROTEST")])], [])
    assert (missing.events.event.recall, missing.missing_predictions) == (0.0, ["d1"])


def test_score_micro_averages_over_articles() -> None:
    gold = [doc([event("PROTEST")], doc_id="a"), doc([event("AID", [USA]), event("AID", [KIM])], doc_id="b")]
    pred = [doc([event("PROTEST")], doc_id="a"), doc([event("AID", [SEOUL])], doc_id="b")]
    e = score_documents(gold, pred).events.event
    assert (e.tp, e.gold, e.pred) == (1, 3, 2)  # micro: 1/2 precision, not the mean of 1.0 and 0.0


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (["The Associated Press"], ["the associated press"], True),
        (["KCNA"], ["K.C.N.A"], False),  # punctuation becomes space: "k c n a"
        (["Dmitry Peskov", "KCNA"], ["Dmitry Peskov", "KCNA"], True),
        (["Dmitry Peskov", "KCNA"], ["KCNA", "Dmitry Peskov"], False),  # order matters
        ([], [], True),
        ([], ["Reuters"], False),
    ],
)
def test_score_reported_by_folding(gold: list[str], pred: list[str], expected: bool) -> None:
    assert same_reported_by({"reported_by": gold}, {"reported_by": pred}) is expected


def test_score_fold_case_punctuation_space() -> None:
    assert fold("  Kim Yung-ho, ") == fold("kim yung ho") == "kim yung ho"


def speaker(name: str | None, text: str | None = None) -> dict:
    return {"speaker": {"text": text, "name": name} if (name or text) else None}


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Kim Yung Ho", "Kim Yung-ho", True),
        ("Vladimir Putin", "Putin", True),  # surname token
        ("Lim Soo-suk", "Lim", True),  # family name first
        ("Philip Goldberg", "Duta Besar Goldberg", True),  # same last token
        ("Kim Jong Un", "Kim Yung Ho", False),
        ("John Kirby", "Dmitry Peskov", False),
        (None, None, True),
        ("John Kirby", None, False),
    ],
)
def test_score_speaker_by_name_or_surname(gold: str | None, pred: str | None, expected: bool) -> None:
    assert same_speaker(speaker(gold), speaker(pred)) is expected


def test_score_speaker_falls_back_to_text_without_name() -> None:
    assert same_speaker(speaker("John Kirby"), speaker(None, text="Kirby"))


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ((0, 10), (5, 30), True),  # overlap 5 = half of the shorter (10)
        ((0, 10), (6, 30), False),  # overlap 4 < 5
        ((0, 100), (40, 50), True),  # contained
        ((0, 10), (10, 20), False),  # touching only
        (None, (0, 5), False),
    ],
)
def test_score_quote_overlap_half_of_shorter(gold: tuple, pred: tuple, expected: bool) -> None:
    assert quote_spans_match(gold, pred) is expected


def quote(text: str, name: str) -> dict:
    return {"kind": "indirect", "text": text, "speaker": {"text": name, "name": name}, "cue": None}


def test_score_quotes_counts_spans_and_speakers() -> None:
    gold = [
        quote("Presiden Vladimir Putin bertemu Kim Jong Un di Vostochny", "Kremlin"),
        quote("Amerika Serikat mengecam Pyongyang", "John Kirby"),
    ]
    pred = [
        quote("Vladimir Putin bertemu Kim Jong Un", "Dmitry Peskov"),  # span ok, speaker wrong
        quote("Amerika Serikat mengecam Pyongyang, menurut The AP", "Kirby"),  # span ok, speaker ok
        quote("Kamis lalu Seoul", "Seoul"),  # spurious
    ]
    q = score_documents([doc(quotes=gold)], [doc(quotes=pred)]).quotes
    assert (q.span.tp, q.span.gold, q.span.pred) == (2, 2, 3)
    assert (q.speaker.correct, q.speaker.total) == (1, 2)


def test_score_times_match_by_overlap_and_judge_value() -> None:
    gold = [{"text": "pada Rabu", "value": "2023-09-13"}, {"text": "Kamis lalu", "value": "2023-09-07"}]
    pred = [
        {"text": "Rabu", "value": "2023-09-13"},
        {"text": "Kamis", "value": "2023-09-14"},
        {"text": "perjanjian", "value": "2023"},
    ]
    t = score_documents([doc(times=gold)], [doc(times=pred)]).times
    assert (t.span.tp, t.span.gold, t.span.pred) == (2, 2, 3)
    assert (t.value.correct, t.value.total) == (1, 2)


def test_score_prediction_offsets_are_used_when_given() -> None:
    second = TEXT.index("Kamis")
    gold = [{"text": "Kamis lalu", "value": "2023-09-07"}]
    pred = [{"text": "Kamis", "value": "2023-09-07", "start": second, "end": second + 5}]
    assert score_documents([doc(times=gold)], [doc(times=pred)]).times.span.tp == 1


def test_score_greedy_match_takes_best_pair_first() -> None:
    ranks = {(0, 0): (0.5,), (0, 1): (0.9,), (1, 1): (0.8,), (1, 0): (0.1,)}
    pairs = greedy_match([{}, {}], [{}, {}], lambda i, j: True, lambda i, j: ranks[(i, j)])
    assert pairs == [(0, 1), (1, 0)]


def test_score_report_to_dict_is_json_shaped() -> None:
    data = score_documents([doc([event("PROTEST")])], [doc([event("PROTEST")])]).to_dict()
    assert data["events"]["event"]["f1"] == 1.0
    assert data["events_by_type"]["PROTEST"]["event"]["tp"] == 1
    assert set(data) >= {"documents", "events", "quotes", "times", "errors"}
