"""Mention boundaries and labels fixed by rule: weekday names, titles, initials (warta.lang.id.mentions)."""

from warta.lang.id.mentions import build_mentions, trim_trailing_weekday
from warta.model import Sentence


def _in_one_sentence(text: str, entities: list[tuple[int, int, str]]):
    return build_mentions(text, entities, (Sentence(0, len(text), text),))


def _one_sentence(text: str, surface: str, label: str):
    start = text.index(surface)
    return _in_one_sentence(text, [(start, start + len(surface), label)])


def test_weekday_after_a_speaker_is_not_part_of_the_name():
    text = "Juru bicara Pentagon John Kirby Kamis mengatakan bantuan akan dikirim."
    (mention,) = _one_sentence(text, "John Kirby Kamis", "PER")
    assert (mention.text, mention.label) == ("John Kirby", "PER")
    assert text[mention.start : mention.end] == mention.text


def test_weekday_spellings_and_line_breaks():
    text = "Laporan kantor berita Reuters\nJum'at malam menyebut hal itu."
    (mention,) = _one_sentence(text, "Reuters\nJum'at", "ORG")
    assert mention.text == "Reuters"


def test_a_name_that_is_only_a_weekday_or_has_it_inside_stays_whole():
    text = "Minggu lalu Jalan Senin Raya ditutup."
    assert trim_trailing_weekday(text, 0, len("Minggu")) == len("Minggu")  # nothing left to keep
    start = text.index("Jalan")
    end = start + len("Jalan Senin Raya")
    assert trim_trailing_weekday(text, start, end) == end


def test_titles_and_ranks_before_a_name_are_not_part_of_the_person():
    text = "Ketua MK Prof. Dr. H. Arief Hidayat hadir bersama Kapolda Irjen Fadil Imran."
    mentions = _in_one_sentence(
        text,
        [
            (text.index("Prof."), text.index(" hadir"), "PER"),
            (text.index("Irjen"), len(text) - 1, "PER"),
            (text.index("Irjen"), text.index(" Fadil"), "ORG"),  # a rank alone is no name at all
        ],
    )
    assert [(m.text, m.label) for m in mentions] == [("Arief Hidayat", "PER"), ("Fadil Imran", "PER")]
    for m in mentions:
        assert text[m.start : m.end] == m.text


def test_office_titles_and_undotted_titles_are_cut_too():
    text = "Surat itu dikirim kepada Presiden Joko Widodo dan Prof Sarbini Sumawinata."
    mentions = _in_one_sentence(
        text,
        [(text.index("Presiden"), text.index(" dan"), "PER"), (text.index("Prof"), len(text) - 1, "PER")],
    )
    assert [m.text for m in mentions] == ["Joko Widodo", "Sarbini Sumawinata"]


def test_titles_stay_inside_organisations_and_places():
    text = "Ia dirawat di RS Prof. Dr. Margono Soekarjo di Jalan Jenderal Sudirman."
    (org,) = _in_one_sentence(text, [(text.index("RS"), text.index(" di Jalan"), "ORG")])
    assert org.text == "RS Prof. Dr. Margono Soekarjo"


def test_initials_after_berinisial_are_a_person_not_a_country():
    text = "Polisi menangkap seorang tersangka berinisial AS (34) di Bogor."
    (mention,) = _one_sentence(text, "AS", "LOC")
    assert (mention.text, mention.label) == ("AS", "PER")
    (country,) = _one_sentence("Presiden AS datang.", "AS", "LOC")
    assert country.label == "GPE"


def test_initials_a_person_cue_introduces_are_that_person_wherever_they_recur():
    text = "Polisi menangkap tiga tersangka berinisial AS (24), MR (30) dan DF. Kapolres meminta AS menyerahkan aset."
    later = text.rindex("AS")
    # the model saw no name in the list and read the later "AS" as the United States
    found = _in_one_sentence(text, [(later, later + 2, "LOC")])
    assert [(m.text, m.label) for m in found] == [("AS", "PER"), ("MR", "PER"), ("DF", "PER"), ("AS", "PER")]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_capitals_not_introduced_as_initials_stay_as_the_model_read_them():
    text = "Presiden AS bertemu Menlu RI di Jakarta. RH tidak hadir."
    start = text.index("AS")
    found = _in_one_sentence(text, [(start, start + 2, "LOC")])
    assert [(m.text, m.label) for m in found] == [("AS", "GPE")]


def test_a_weekday_alone_is_no_name():
    text = "Chamisa mengatakan bentrokan Ahad dengan pemerintah menambah tekad partainya."
    assert _one_sentence(text, "Ahad", "PER") == ()
