"""Sentences written in capitals are given to the models in the case they were trained on."""

import pytest

import warta
from warta.lang.case import is_shouted
from warta.lang.id import analyse_text
from warta.lang.id.truecase import truecase


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("INDONESIA", "Indonesia"),  # a name, listed in truecase.txt
        ("KPK", "KPK"),  # an acronym, listed
        ("BERTEMU", "bertemu"),
        ("DI", "di"),
        ("SOEMIRATNOWATI", "Soemiratnowati"),  # unknown: capitalised like a name
        ("BMKGX", "BMKGX"),  # unknown, no vowel: an acronym
        ("Jakarta", "Jakarta"),  # not in capitals: left alone
    ],
)
def test_truecase_word(word: str, expected: str) -> None:
    assert truecase(word) == expected


def test_is_shouted() -> None:
    assert is_shouted(["PRESIDEN", "JOKO", "WIDODO", "BERTEMU", "PUTIN", "DI", "MOSKOW", "."])
    assert not is_shouted(["KPK", "dan", "DPR", "."])
    assert not is_shouted(["KPK", ",", "DPR", ",", "MPR", "."])  # acronyms only
    assert not is_shouted(["Presiden", "Joko", "Widodo", "bertemu", "Putin", "di", "Moskow", "."])


CASED = "Menteri Luar Negeri Retno Marsudi mengecam serangan Israel ke Gaza pada Senin."


def test_a_sentence_in_capitals_gets_the_entities_of_its_cased_form() -> None:
    shouted = CASED.upper()
    cased = {(m.start, m.end, m.label) for m in analyse_text(CASED).mentions}
    found = analyse_text(shouted).mentions
    assert cased and {(m.start, m.end, m.label) for m in found} == cased
    for m in found:
        assert shouted[m.start : m.end] == m.text  # the original capitals, not the model's words


def test_capitalised_words_of_a_shouted_headline_are_not_taken_for_names() -> None:
    text = "KPK TETAPKAN MANTAN MENTERI SOSIAL SEBAGAI TERSANGKA KORUPSI BANSOS."
    actors = warta.extract(text, lang="id").actors
    assert "KPK" in [a.text for a in actors]
    assert not [a for a in actors if "SEBAGAI" in a.text or "TETAPKAN" in a.text]


def test_title_case_headline_is_read_as_a_sentence() -> None:
    from warta.lang.id.truecase import is_title_cased, model_words

    headline = ["Jokowi", "Minta", "KPK", "Usut", "Tuntas", "Kasus", "Korupsi", "Bansos", "di", "Kemensos"]
    assert is_title_cased(headline)
    words = dict(zip(headline, model_words(headline), strict=True))
    assert [words[w] for w in ("Jokowi", "Minta", "KPK", "Kasus", "Korupsi")] == [
        "Jokowi",
        "minta",
        "KPK",
        "kasus",
        "korupsi",
    ]
    # a short headline has nothing after its last word
    assert is_title_cased(["Menlu", "Retno", "Kecam", "Serangan", "Israel", "Ke", "Rafah"])
    assert not is_title_cased(["Menlu", "Retno", "Kecam", "Serangan", "Israel", "Ke", "Rafah", "."])
    # a sentence with a long name in it is not a headline
    sentence = (
        "Ia kuliah di Sekolah Tinggi Kesejahteraan Sosial yang diperkuat dengan pengakuan dari pemerintah ."
    )
    assert not is_title_cased(sentence.split())
    assert model_words(sentence.split()) == sentence.split()


def test_title_case_headline_names_only_its_names() -> None:
    text = "Jokowi Minta KPK Usut Tuntas Kasus Korupsi Bansos Di Kementerian Sosial"
    mentions = [(m.text, m.label) for m in analyse_text(text).mentions]
    assert ("Jokowi", "PER") in mentions and ("KPK", "ORG") in mentions
    assert not [m for m, _ in mentions if "Minta" in m or "Usut" in m]
    actors = [a.text for a in warta.extract(text, lang="id").actors]
    assert "Minta" not in actors and "Jokowi" in actors
