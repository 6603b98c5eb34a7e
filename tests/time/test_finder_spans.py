"""Where spans start and end, what is not a date, and the offset invariant on real text."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from warta.model import Document, Sentence, offset_errors
from warta.options import ExtractOptions
from warta.time import find_time_spans, load_time_words, resolve_times

# fmt: off
SPAN_CASES = [
    ("id", "Pada tanggal 22 September, Kementerian Luar Negeri Rusia mengatakan.", ["22 September"]),
    ("id", "Sebelumnya pada hari yang sama, menurut KCNA, Kim berbicara.", ["pada hari yang sama"]),
    ("id", "Kim Jong Un di Rusia pekan lalu, berbagai negara khawatir.", ["pekan lalu"]),
    ("id", "Dia mengatakan pada Rabu bahwa akan ada konsekuensi.", ["Rabu"]),
    ("id", "Kontak dapat dilakukan pada bulan Oktober. Dia datang pada Oktober.", ["bulan Oktober", "Oktober"]),
    ("id", "Kata Cak Imin di Jakarta Pusat, Senin (8/9/2014).", ["Senin (8/9/2014)"]),
    ("id", "Terminal dikerjakan sejak Agustus 2011 hingga Maret 2014.", ["Agustus 2011", "Maret 2014"]),
    ("id", "Diperkirakan 2.615 orang terinfeksi sejak Maret lalu.", ["Maret lalu"]),
    ("id", "Jokowi tiba Sabtu malam dan pulang Kamis pagi.", ["Sabtu", "Kamis"]),
    ("id", "Pada 2019 dan tahun 2020 harga naik.", ["2019", "tahun 2020"]),
    ("en", "The minister said on Wednesday that the talks would resume.", ["Wednesday"]),
    ("en", "Later, on the same day, Seoul protested.", ["on the same day"]),
]
NOT_DATES = [
    ("id", "Inflasi naik 20 persen, sebanyak 2019 responden setuju."),
    ("id", "Skor akhir 3-1, harganya Rp 1.500.000 per unit."),
    ("id", "Mei Lestari berkata bahwa harganya naik."),
    ("id", "Dia menjabat selama 30 tahun ini dan dua minggu penuh."),
    ("id", "Pada tahun 1990-an ekonomi tumbuh pesat."),
    ("id", "Konferensi dimulai pukul 10.00 WIB di gedung DPR."),
    ("id", "Pasal 5 ayat 2 Undang-Undang Nomor 12 Tahun."),
    ("en", "They may meet the minister; rule 5 may be changed."),
    ("en", "Turnout fell 20 percent among 2019 voters."),
    ("en", "Protesters march in the capital."),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "spans"), SPAN_CASES)
def test_finder_spans_follow_gold_convention(lang, text, spans):
    found = find_time_spans(text, load_time_words(lang))
    assert [text[s.start : s.end] for s in found] == spans


@pytest.mark.parametrize(("lang", "text"), NOT_DATES)
def test_finder_spans_ignore_numbers_and_names(lang, text):
    assert [text[s.start : s.end] for s in find_time_spans(text, load_time_words(lang))] == []


def test_finder_spans_skip_removed_text():
    text = "Pekan lalu rapat digelar. [Baca juga: Rabu lalu] Kamis hujan."
    cut = text.index("[Baca")
    removed = ((cut, text.index("]") + 1),)
    found = find_time_spans(text, load_time_words("id"), removed=removed)
    assert [text[s.start : s.end] for s in found] == ["Pekan lalu", "Kamis"]


def test_finder_spans_offsets_hold_on_real_articles(sample_texts):
    assert sample_texts, "the bundled sample articles are missing"
    for name, text in sample_texts.items():
        document = Document(doc_id=name, text=text, lang="id", published=dt.date(2023, 9, 22))
        out = resolve_times(document, ExtractOptions())
        assert out.times, name
        assert offset_errors(out) == []
        starts = [t.start for t in out.times]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(out.times, out.times[1:], strict=False))


def test_finder_spans_same_result_with_document_sentences(sample_texts):
    text = next(iter(sample_texts.values()))
    bare = Document(doc_id="s", text=text, lang="id", published=dt.date(2023, 9, 22))
    pos, sentences = 0, []
    for line in text.splitlines(keepends=True):
        sentences.append(Sentence(pos, pos + len(line.rstrip("\n")), line.rstrip("\n")))
        pos += len(line)
    split = dataclasses.replace(bare, sentences=tuple(sentences))
    options = ExtractOptions()
    assert resolve_times(split, options).times == resolve_times(bare, options).times
    assert resolve_times(bare, options).times == resolve_times(bare, options).times
