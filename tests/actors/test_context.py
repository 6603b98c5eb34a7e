"""Document-level country context: the country an article is set in goes to the actors it names
without one, and to the bodies every country has."""

from __future__ import annotations

import dataclasses

import pytest
from tests.actors.helpers import actors, document

from warta.actors import resolve_actors
from warta.actors.context import document_country, parse_context
from warta.errors import DataFileError
from warta.model import Mention
from warta.options import ExtractOptions


def _with_places(text: str, *places: str):
    doc = document(text)
    mentions = tuple(Mention(text.index(p), text.index(p) + len(p), p, "GPE") for p in places)
    return resolve_actors(dataclasses.replace(doc, mentions=mentions), ExtractOptions())


def _country_of(doc, span: str) -> str | None:
    (actor,) = [a for a in doc.actors if a.text == span]
    return actor.country


@pytest.mark.parametrize(
    ("text", "places", "span", "country"),
    [
        # a US setting, from its president and a state
        ("Presiden AS Donald Trump mengecam putusan itu. Polisi menangkap seorang pria di Louisiana.",
         ("Louisiana",), "Polisi", "USA"),
        # a British setting, from its places only
        ("Jenazah ditemukan di Birkenhead, Merseyside. Polisi meminta warga melapor.",
         ("Birkenhead", "Merseyside"), "Polisi", "GBR"),
        # a word that sets an article in one country
        ("Anggota parlemen itu menolak Brexit. Demokrat mengecam partai Buruh.", (), "Demokrat", "GBR"),
        # Indonesian news that names no country: the home country of the language
        ("Polisi menangkap dua tersangka pada Senin.", (), "Polisi", "IDN"),
    ],
)  # fmt: skip
def test_a_role_without_a_country_takes_the_country_the_article_is_set_in(
    text: str, places: tuple[str, ...], span: str, country: str
) -> None:
    assert _country_of(_with_places(text, *places), span) == country


def test_a_generic_body_belongs_to_the_country_of_an_article_set_elsewhere() -> None:
    text = "Presiden AS Donald Trump memuji Kavanaugh. Mahkamah Agung akan memutus perkara itu."
    assert _country_of(actors(text), "Mahkamah Agung") == "USA"
    home = "Presiden Joko Widodo menerima hasil itu. Mahkamah Agung akan memutus perkara itu."
    assert _country_of(actors(home), "Mahkamah Agung") == "IDN"


def test_an_actor_with_its_own_country_keeps_it() -> None:
    text = "Presiden AS Donald Trump bertemu Presiden Rusia Vladimir Putin. Trump memuji Putin."
    doc = actors(text)
    assert {a.text: a.country for a in doc.actors}["Vladimir Putin"] == "RUS"


def test_media_and_companies_do_not_set_the_country() -> None:
    # Facebook (USA, business) and Reuters (media) report on Indonesia; the police are Indonesian
    text = "Polri memeriksa perwakilan Facebook, lapor Reuters. Polisi meminta keterangan."
    doc = actors(text)
    assert document_country(doc) == "IDN"
    assert _country_of(doc, "Polisi") == "IDN"


def test_english_text_has_no_home_country() -> None:
    doc = actors("The police arrested two men on Monday.", lang="en")
    assert document_country(doc) is None


def test_a_malformed_context_file_names_the_file_and_the_problem() -> None:
    with pytest.raises(DataFileError, match="context.yaml.*places"):
        parse_context({"places": ["Jakarta"]}, "id/actors/context.yaml")


def _with_people(text: str, *names: str):
    """The actors of `text` when the analyser found each occurrence of `names` as a person."""
    import re

    doc = document(text)
    mentions = tuple(
        Mention(m.start(), m.end(), name, "PER") for name in names for m in re.finditer(re.escape(name), text)
    )
    return resolve_actors(dataclasses.replace(doc, mentions=mentions), ExtractOptions())


@pytest.mark.parametrize(
    ("text", "people", "span", "country"),
    [
        ("Presiden AS Donald Trump mengecam serangan itu. Jaksa menuntut Sayfullo Saipov, asal Uzbekistan.",
         ("Sayfullo Saipov",), "Sayfullo Saipov", "UZB"),
        ("Presiden AS Donald Trump mengecam serangan itu. Korbannya wisatawan asal Argentina.", (),
         "wisatawan", "ARG"),
        ("Polisi Jakarta menangkap Ahmad Fauzi, warga negara Malaysia.", ("Ahmad Fauzi",), "Ahmad Fauzi", "MYS"),
        # the name set off after the stated origin, and a noun set off after the name
        ("Presiden AS Donald Trump mengecam serangan itu. Pria asal Uzbekistan, Sayfullo Saipov, ditahan.",
         ("Sayfullo Saipov",), "Sayfullo Saipov", "UZB"),
        ("Presiden AS Donald Trump mengecam serangan itu. Sayfullo Saipov, imigran asal Uzbekistan, ditahan.",
         ("Sayfullo Saipov",), "Sayfullo Saipov", "UZB"),
        ("Presiden AS Donald Trump mengecam serangan itu. Pegolf asal Italia Francesco Molinari menang.",
         ("Francesco Molinari",), "Francesco Molinari", "ITA"),
    ],
)  # fmt: skip
def test_a_person_whose_nationality_is_stated_takes_it(
    text: str, people: tuple[str, ...], span: str, country: str
) -> None:
    doc = _with_people(text, *people)
    assert _country_of(doc, span) == country
    # the others keep the article's country
    assert {a.country for a in doc.actors if a.text in ("Jaksa", "Polisi Jakarta")} <= {"USA", "IDN"}


def test_a_stated_nationality_reaches_every_mention_of_the_person() -> None:
    text = "Polisi menangkap Ahmad Fauzi di Batam. Ahmad Fauzi, asal Malaysia, membantah tuduhan itu."
    doc = _with_people(text, "Ahmad Fauzi")
    assert [a.country for a in doc.actors if a.name == "Ahmad Fauzi"] == ["MYS", "MYS"]


def test_a_country_of_origin_neither_acts_nor_sets_the_article() -> None:
    doc = actors("Seorang warga negara asing asal Nigeria ditangkap petugas Imigrasi di Jakarta.")
    found = {a.text: a.country for a in doc.actors}
    assert found["warga negara asing"] == "NGA"
    assert found["Imigrasi"] == "IDN"
    assert "Nigeria" not in found
