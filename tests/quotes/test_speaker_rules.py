"""Speaker rules of the second quotes round: apposition, run-on names, organisations as written,
common-noun and epithet anaphors. Sentences are written for these tests in wire-copy style; each
rule has a sentence where it applies and one where it must not."""

from __future__ import annotations

from tests.quotes.helpers import actor, quotes

from warta.model import Actor, Quote


def _checked(text: str, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    found = quotes(text, actors=actors)
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
    return found


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def test_name_in_apposition_before_clause_verb() -> None:
    text = "Sekretaris fraksi PDI-P di Komisi III, Arteria Dahlan, mengatakan revisi itu terburu-buru."
    (q,) = _checked(text, (actor(text, "PDI-P"),))
    assert q.text == "revisi itu terburu-buru"
    assert _speaker(q) == "Arteria Dahlan"


def test_name_before_parenthetical_adverbial() -> None:
    text = "Jika operator tidak patuh, Johnny Plate, dalam kesempatan itu, menegaskan izin akan dicabut."
    (q,) = _checked(text)
    assert _speaker(q) == "Johnny Plate"


def test_name_before_description_in_apposition() -> None:
    text = (
        "Pada hari Minggu, Carles Puigdemont, mantan presiden regional Catalan, mengatakan dia akan kembali."
    )
    (q,) = _checked(text)
    assert _speaker(q) == "Carles Puigdemont"


def test_no_apposition_keeps_main_subject() -> None:
    # a lower-case subject closed by a comma and no name in apposition: the actor stays
    text = "Kementerian Luar Negeri, melalui keterangan tertulis, menegaskan WNI di sana dalam keadaan aman."
    (q,) = _checked(text, (actor(text, "Kementerian Luar Negeri"),))
    assert _speaker(q) == "Kementerian Luar Negeri"


def test_inverted_cue_role_then_name() -> None:
    text = '"Korban meninggal di tempat," kata kepala polisi, Budi Hartono, kepada wartawan.'
    (q,) = _checked(text)
    assert q.text == "Korban meninggal di tempat"
    assert _speaker(q) == "Budi Hartono"


def test_inverted_cue_role_without_name() -> None:
    text = '"Korban meninggal di tempat," kata kepala polisi kepada wartawan.'
    (q,) = _checked(text)
    assert q.speaker is not None and "Budi" not in (q.speaker.name or "")


def test_role_then_name_before_verb_after_quote() -> None:
    text = '"Kami akan terus membantu," duta UNICEF, Najwa Shihab mengatakan kepada hadirin.'
    (q,) = _checked(text)
    assert q.speaker is not None and q.speaker.text == "Najwa Shihab"


def test_name_does_not_run_into_connective() -> None:
    text = "Gaji itu tidak berubah sejak 2001, jelas Ali Mochtar Adapun tunjangan diatur terpisah."
    found = _checked(text)
    assert found and _speaker(found[0]) == "Ali Mochtar"


def test_capitalised_name_word_is_kept() -> None:
    text = "Gaji itu tidak berubah sejak 2001, jelas Ali Mochtar Ngabalin."
    (q,) = _checked(text)
    assert _speaker(q) == "Ali Mochtar Ngabalin"
