"""Actors named by a common noun: the police, prosecutors, protesters of domestic news."""

from __future__ import annotations

import pytest
from tests.actors.helpers import actors

from warta.model import offset_errors


@pytest.mark.parametrize(
    ("text", "span", "sector"),
    [
        ("Setelah itu polisi menangkap seorang pria.", "polisi", "GOV"),
        ("Dalam sidang itu penuntut umum meminta hukuman berat.", "penuntut umum", "JUD"),
        ("Para demonstran berunjuk rasa di depan gedung.", "demonstran", "CVL"),
        ("Petugas mengamankan ponsel para tahanan.", "Petugas", "GOV"),
        ("Ucapan terima kasih disampaikan kepada polisi Universitas Southern.", "polisi Universitas Southern", "GOV"),
        ("Pacarnya menuduh dia telah memukul wajahnya.", "Pacarnya", "CVL"),  # kin with -nya: a person
        ("Ibunya sendiri yang menghubungi polisi.", "Ibunya", "CVL"),
        ("Polda Metro Jaya menangkap tiga orang di Bekasi.", "Polda Metro Jaya", "GOV"),  # regional police
        ("Ribuan buruh berunjuk rasa di depan gedung.", "buruh", "CVL"),
        # a classifier noun takes the noun phrase after it, up to a verb or a function word
        ("Menurut pihak pengelola masjid isu itu tidak benar.", "pihak pengelola masjid", None),
        ("Selain itu pihak sekolah juga akan melarang pedagang.", "pihak sekolah", None),
        ("Namun pendukung referendum berpendapat lain.", "pendukung referendum", "CVL"),
        # a reduplicated plural is the noun
        ("Kelompok-kelompok pro-kemerdekaan meneriakkan slogan.", "Kelompok-kelompok pro-kemerdekaan", None),
        ("Pejabat-pejabat itu menolak hadir.", "Pejabat-pejabat", "GOV"),
        # a counted noun: people when a number counts them
        ("Polisi menahan 12 orang dalam penggerebekan itu.", "12 orang", "CVL"),
        ("Polisi menangkap tiga orang di Bekasi.", "tiga orang", "CVL"),
        # the people of crime and faith news
        ("Bareskrim menangkap penyebar hoaks itu.", "penyebar", "CVL"),
        ("Ribuan umat Islam menggelar aksi di Monas.", "umat Islam", "CVL"),
        # people named by age and sex, the suspects and victims of crime news; a hyphenated noun
        # of the list is not taken for a reduplicated plural
        ("Seorang remaja lain yang ditangkap polisi pada Jumat.", "remaja", "CVL"),
        ("Seorang laki-laki berusia 16 tahun didakwa membunuh.", "laki-laki", "CVL"),
        # parties named by a common noun
        ("Presiden kecewa atas sikap sejumlah partai koalisinya.", "partai", "PTY"),
    ],
)  # fmt: skip
def test_a_common_noun_for_an_actor_is_an_actor(text: str, span: str, sector: str) -> None:
    doc = actors(text)
    found = {a.text: a for a in doc.actors}
    assert span in found and found[span].sector == sector
    assert found[span].country == "IDN"  # no country named: the home country of Indonesian news
    assert offset_errors(doc) == []


def test_a_noun_before_a_known_actor_stops_at_it() -> None:
    doc = actors("Tim pembela Presiden Joko Widodo memohon keringanan.")
    assert [a.text for a in doc.actors][:1] == ["Tim pembela"]


@pytest.mark.parametrize(
    "text",
    [
        "Mereka membahas kerja sama militer dan ekonomi.",  # "militer" modifies a noun
        "Ponsel itu disita kemarin.",  # a thing, not an agent
        "Kepolisian adalah lembaganya.",  # inside no word: "lembaganya" is not "pihaknya"
        "Orang itu mengatakan banyak hal.",  # "orang" uncounted is anyone
    ],
)
def test_words_that_are_not_agents_are_not_actors(text: str) -> None:
    bad = ("Ponsel", "lembaganya", "Orang", "Orang itu")
    assert not [a for a in actors(text).actors if a.sector == "MIL" or a.text in bad]


def test_a_shouted_headline_takes_no_names_after_the_noun() -> None:
    doc = actors("TERSANGKA KORUPSI BANSOS DITAHAN.")
    assert [a.text for a in doc.actors] == ["TERSANGKA"]


def test_a_noun_before_a_country_is_of_that_country() -> None:
    doc = actors("Amerika Serikat menjatuhkan sanksi terhadap sejumlah pejabat Myanmar setelah kudeta.")
    found = {a.text: a.country for a in doc.actors}
    assert found["pejabat Myanmar"] == "MMR"
    assert "Myanmar" not in found  # part of the official, not an actor of its own
    assert offset_errors(doc) == []


def test_fighters_of_an_armed_group_are_of_its_country() -> None:
    doc = actors("Pemberontak Houthi menembakkan rudal ke arah Riyadh.")
    found = {a.text: a for a in doc.actors}
    assert found["Pemberontak Houthi"].country == "YEM" and found["Pemberontak Houthi"].sector == "REB"
    assert "Houthi" not in found
