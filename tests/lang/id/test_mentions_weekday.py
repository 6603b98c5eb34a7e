"""A weekday name the model reads into a name ("kata Joko Widodo Rabu") is cut off the mention."""

from warta.lang.id.mentions import build_mentions, trim_trailing_weekday
from warta.model import Sentence


def _one_sentence(text: str, surface: str, label: str):
    start = text.index(surface)
    return build_mentions(text, [(start, start + len(surface), label)], (Sentence(0, len(text), text),))


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
