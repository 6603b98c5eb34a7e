"""One sentence per pattern: kind, content, speaker and cue of the quote the stage finds."""

from __future__ import annotations

import pytest
from tests.quotes.helpers import actor, document, quotes

from warta.model import offset_errors
from warta.options import ExtractOptions
from warta.quotes import extract_quotes

# (text, lang, actors as (mention, name), kind, content, speaker name, cue)
CASES = [
    # direct, cue and speaker after (curly, straight, "-nya", English both orders)
    (
        "“Kami akan terus mendukung Palestina,” kata Retno Marsudi.",
        "id",
        (),
        "direct",
        "Kami akan terus mendukung Palestina",
        "Retno Marsudi",
        "kata",
    ),
    (
        '"Harga beras akan turun bulan depan," kata Menteri Perdagangan Zulkifli Hasan.',
        "id",
        (("Menteri Perdagangan Zulkifli Hasan", "Zulkifli Hasan"),),
        "direct",
        "Harga beras akan turun bulan depan",
        "Zulkifli Hasan",
        "kata",
    ),
    (
        "Presiden Joko Widodo meninjau Demak. “Pemerintah akan membangun tanggul baru,” ujarnya.",
        "id",
        (("Presiden Joko Widodo", "Joko Widodo"),),
        "direct",
        "Pemerintah akan membangun tanggul baru",
        "Joko Widodo",
        "ujarnya",
    ),
    (
        "“Kita harus bekerja lebih keras,” Sri Mulyani mengatakan.",
        "id",
        (),
        "direct",
        "Kita harus bekerja lebih keras",
        "Sri Mulyani",
        "mengatakan",
    ),
    (
        "“We will respond firmly,” said Lloyd Austin.",
        "en",
        (),
        "direct",
        "We will respond firmly",
        "Lloyd Austin",
        "said",
    ),
    (
        "“The door remains open,” Blinken said.",
        "en",
        (),
        "direct",
        "The door remains open",
        "Blinken",
        "said",
    ),
    # direct, cue before
    (
        "Anies Baswedan mengatakan: “Jakarta siap menjadi tuan rumah.”",
        "id",
        (),
        "direct",
        "Jakarta siap menjadi tuan rumah.",
        "Anies Baswedan",
        "mengatakan",
    ),
    (
        "Mahfud MD menegaskan bahwa “hukum tidak boleh tebang pilih.”",
        "id",
        (),
        "direct",
        "hukum tidak boleh tebang pilih.",
        "Mahfud MD",
        "menegaskan bahwa",
    ),
    # indirect
    (
        "Kepala BMKG Dwikorita Karnawati mengatakan bahwa musim kemarau tahun ini lebih kering.",
        "id",
        (("Dwikorita Karnawati", "Dwikorita Karnawati"),),
        "indirect",
        "musim kemarau tahun ini lebih kering",
        "Dwikorita Karnawati",
        "mengatakan bahwa",
    ),
    (
        "Pada Senin, Kementerian Kesehatan menyatakan bahwa kasus demam berdarah menurun.",
        "id",
        (),
        "indirect",
        "kasus demam berdarah menurun",
        "Kementerian Kesehatan",
        "menyatakan bahwa",
    ),
    (
        "Menurut Badan Pusat Statistik, inflasi Juli mencapai 3,08 persen.",
        "id",
        (),
        "indirect",
        "inflasi Juli mencapai 3,08 persen",
        "Badan Pusat Statistik",
        "Menurut",
    ),
    (
        "Menurut kantor berita Yonhap, Korea Utara menembakkan dua rudal balistik.",
        "id",
        (),
        "indirect",
        "Korea Utara menembakkan dua rudal balistik",
        "Yonhap",
        "Menurut",
    ),
    (
        "Jepang memperingatkan bahwa uji coba rudal itu mengancam keamanan kawasan.",
        "id",
        (),
        "indirect",
        "uji coba rudal itu mengancam keamanan kawasan",
        "Jepang",
        "memperingatkan bahwa",
    ),
    (
        "Austin said that the United States would send more air defence systems.",
        "en",
        (),
        "indirect",
        "the United States would send more air defence systems",
        "Austin",
        "said that",
    ),
    (
        "According to Reuters, the talks collapsed on Friday.",
        "en",
        (),
        "indirect",
        "the talks collapsed on Friday",
        "Reuters",
        "According to",
    ),
    # mixed
    (
        "Prabowo menegaskan bahwa Indonesia “tidak akan memihak” dalam konflik tersebut.",
        "id",
        (),
        "mixed",
        "Indonesia “tidak akan memihak” dalam konflik tersebut",
        "Prabowo",
        "menegaskan bahwa",
    ),
    (
        "Selama kunjungan itu, Xi bersumpah “dukungan penuh” untuk Kamboja.",
        "id",
        (),
        "mixed",
        "dukungan penuh” untuk Kamboja",
        "Xi",
        "bersumpah",
    ),
    # apostrophes in names are not quotation marks
    (
        "Wakil Presiden Ma'ruf Amin mengatakan bahwa zakat harus dikelola dengan baik.",
        "id",
        (),
        "indirect",
        "zakat harus dikelola dengan baik",
        "Ma'ruf Amin",
        "mengatakan bahwa",
    ),
    (
        "O'Brien said that the deal was ‘fair’ to both sides.",
        "en",
        (),
        "mixed",
        "the deal was ‘fair’ to both sides",
        "O'Brien",
        "said that",
    ),
]


@pytest.mark.parametrize(("text", "lang", "found", "kind", "content", "name", "cue"), CASES)
def test_extract_one_quote_per_pattern(text, lang, found, kind, content, name, cue) -> None:
    actors = tuple(actor(text, mention, n) for mention, n in found)
    result = quotes(text, lang, actors)
    assert len(result) == 1, [q.text for q in result]
    q = result[0]
    assert (q.kind, q.text) == (kind, content)
    assert q.speaker is not None and q.speaker.name == name
    assert q.cue is not None and q.cue.text == cue
    assert q.event_id is None


@pytest.mark.parametrize(
    ("text", "lang", "contents", "names"),
    [
        (
            "“Kami tidak akan mundur,” kata Kirby. “Ini soal prinsip.”",
            "id",
            ["Kami tidak akan mundur", "Ini soal prinsip."],
            ["Kirby", "Kirby"],
        ),
        (
            "“Kami tidak akan mundur,” kata Kirby, “ini soal prinsip.”",
            "id",
            ["Kami tidak akan mundur", "ini soal prinsip."],
            ["Kirby", "Kirby"],
        ),
        (
            "Lalu Muhamad Iqbal mengatakan bahwa WNI di Sudan sudah dievakuasi. "
            "Dia menambahkan bahwa tahap kedua dimulai pekan depan.",
            "id",
            ["WNI di Sudan sudah dievakuasi", "tahap kedua dimulai pekan depan"],
            ["Lalu Muhamad Iqbal", "Lalu Muhamad Iqbal"],
        ),
        (
            "Lim menunjukkan bahwa sanksi masih berlaku, dan mengatakan akan ada “dampak negatif” bagi Seoul.",
            "id",
            ["sanksi masih berlaku", "akan ada “dampak negatif” bagi Seoul"],
            ["Lim", "Lim"],
        ),
        (
            "“It is a mistake,” Kirby said. “We told them so,” he said.",
            "en",
            ["It is a mistake", "We told them so"],
            ["Kirby", "Kirby"],
        ),
    ],
)
def test_extract_speaker_carries_over(text, lang, contents, names) -> None:
    result = quotes(text, lang)
    assert [q.text for q in result] == contents
    assert [q.speaker.name if q.speaker else None for q in result] == names


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Kuasa hukum tersangka, Rudi Hartono, menilai penetapan tersangka terhadap kliennya cacat prosedur.",
            "penetapan tersangka terhadap kliennya cacat prosedur",
        ),
        (
            "Ia juga menuding kementerian itu terlalu lunak terhadap produsen besar.",
            "kementerian itu terlalu lunak terhadap produsen besar",
        ),
        (
            "Arif menuding Kemendag mengabaikan rekomendasi Kementan.",
            "Kemendag mengabaikan rekomendasi Kementan",
        ),
    ],
)
def test_a_judging_verbs_small_clause_is_reported_speech(text, content) -> None:
    assert [q.text for q in quotes(text, "id")] == [content]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ('Warga menyambut "pesta demokrasi" itu dengan antusias.', "id"),
        ("Kim Yung Ho menyatakan kekhawatirannya tentang kesepakatan senjata itu.", "id"),
        ("Pengamat itu menilai kinerja polisi di Jakarta Selatan.", "id"),
        ("Dia menuduh pemerintah daerah.", "id"),
        ("Harga cabai di Pasar Minggu naik dua kali lipat pekan ini.", "id"),
        ("The 'rock 'n' roll' era ended in Jones' garage.", "en"),
    ],
)
def test_extract_no_quote_without_speech(text, lang) -> None:
    assert quotes(text, lang) == ()


@pytest.mark.parametrize(
    ("text", "lang", "not_in_quote"),
    [
        ("Ia berkata “kami siap. Harga beras naik 5 persen pada Juli.", "id", "Harga beras"),
        ('Kirby said "we are ready.\nPrices rose 5 percent in July, officials said.', "en", "we are ready"),
        ("”Kami tidak tahu ” kata dia, lalu pergi.\nHujan turun di Bogor.", "id", "Hujan"),
    ],
)
def test_extract_unbalanced_mark_does_not_swallow_the_rest(text, lang, not_in_quote) -> None:
    doc = extract_quotes(document(text, lang), ExtractOptions())
    assert offset_errors(doc) == []
    assert all(not_in_quote not in q.text or q.kind == "indirect" for q in doc.quotes)
    assert all("\n" not in q.text for q in doc.quotes)


def test_extract_ids_and_offsets() -> None:
    text = "“Kami siap,” kata Kirby. Menurut Reuters, harga minyak naik."
    doc = extract_quotes(document(text), ExtractOptions())
    assert [q.id for q in doc.quotes] == ["t:q1", "t:q2"]
    assert offset_errors(doc) == []
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("lang", ["id", "en", None, "fr"])
def test_extract_every_language_runs_offsets_hold(lang, sample_texts) -> None:
    for name, text in sample_texts.items():
        doc = extract_quotes(document(text, lang), ExtractOptions())
        assert offset_errors(doc) == [], name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dulunya, banyak info dari internet mengatakan bahwa Pulau Harapan indah.", None),
        ("Dibesarkan sebagai Katolik, Lautner telah menyatakan bahwa ia berdarah Ottawa.", "Lautner"),
        ("Lim, yang berbicara di Seoul, mengatakan bahwa sanksi masih berlaku.", "Lim"),
    ],
)
def test_extract_sentence_case_is_not_a_speaker(text, name) -> None:
    (q,) = quotes(text)
    assert (q.speaker.name if q.speaker else None) == name
