"""The Indonesian sentence splitter on hand-made cases."""

from __future__ import annotations

import pytest

from warta.lang.id.sentences import split_sentences


def texts(text: str, removed: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [s.text for s in split_sentences(text, removed=removed)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Budi tiba di Jl. Sudirman No. 5. Dia disambut.",
            ["Dr. Budi tiba di Jl. Sudirman No. 5.", "Dia disambut."],
        ),
        (
            "Tn. Ahmad dan Ny. Siti datang. Sdr. Joko pulang.",
            ["Tn. Ahmad dan Ny. Siti datang.", "Sdr. Joko pulang."],
        ),
        (
            "Prof. Dr. Emil Salim, S.H. hadir. Acara dimulai.",
            ["Prof. Dr. Emil Salim, S.H. hadir.", "Acara dimulai."],
        ),
        ("Presiden A.S. Joe Biden datang. Ia disambut.", ["Presiden A.S. Joe Biden datang.", "Ia disambut."]),
        (
            "Surat a.n. Kepala Kec. Menteng dikirim. Lalu dibalas.",
            ["Surat a.n. Kepala Kec. Menteng dikirim.", "Lalu dibalas."],
        ),
        (
            "Ia membeli buku, pensil, dll. Kemudian ia pulang.",
            ["Ia membeli buku, pensil, dll.", "Kemudian ia pulang."],
        ),
        ("M. Yusuf menyambut tamu. Tamu senang.", ["M. Yusuf menyambut tamu.", "Tamu senang."]),
        (
            "Harganya Rp. 10.000 per kilo. Ia dirawat di RS. Santo Borromeus.",
            ["Harganya Rp. 10.000 per kilo.", "Ia dirawat di RS. Santo Borromeus."],
        ),
        ("Ibadah dipimpin Pdt. Yohanes. Jemaat pulang.", ["Ibadah dipimpin Pdt. Yohanes.", "Jemaat pulang."]),
    ],
)
def test_split_sentences_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflasi naik 3.5 persen. Harga 2,5 juta.", ["Inflasi naik 3.5 persen.", "Harga 2,5 juta."]),
        ("Pukul 12.30 WIB rapat dimulai. Semua hadir.", ["Pukul 12.30 WIB rapat dimulai.", "Semua hadir."]),
        (
            "Korban mencapai 1.250 orang. 30 di antaranya anak-anak.",
            ["Korban mencapai 1.250 orang.", "30 di antaranya anak-anak."],
        ),
    ],
)
def test_split_sentences_decimals_stay_inside(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BERLIN, KOMPAS.com -- Kanselir Jerman berbicara. Dia puas.",
            ["BERLIN, KOMPAS.com --", "Kanselir Jerman berbicara.", "Dia puas."],
        ),
        ("JAKARTA, CNN Indonesia -- Presiden tiba.", ["JAKARTA, CNN Indonesia --", "Presiden tiba."]),
        ("Judul Berita\nMOSKOW - Rusia menolak.", ["Judul Berita", "MOSKOW -", "Rusia menolak."]),
        ("Jakarta, Di jejaring sosial beredar kabar.", ["Jakarta,", "Di jejaring sosial beredar kabar."]),
        ("Jakarta, Bandung dan Surabaya banjir.", ["Jakarta, Bandung dan Surabaya banjir."]),
    ],
)
def test_split_sentences_datelines_are_their_own_sentence(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Kami akan datang. Kami siap," kata dia. Lalu dia pergi.',
            ['"Kami akan datang. Kami siap," kata dia.', "Lalu dia pergi."],
        ),
        (
            "“Kami menolak. Itu tidak adil,” ujarnya. Rapat usai.",
            ["“Kami menolak. Itu tidak adil,” ujarnya.", "Rapat usai."],
        ),
        ('"Apa kabar?" tanya dia. Ia tersenyum.', ['"Apa kabar?" tanya dia.', "Ia tersenyum."]),
        ('Ia berkata, "Kami siap." Rapat usai.', ['Ia berkata, "Kami siap."', "Rapat usai."]),
    ],
)
def test_split_sentences_quotes_span_sentence_ends(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_split_sentences_line_wrapped_text_is_rejoined() -> None:
    text = "Menteri itu mengatakan bahwa pemerintah akan segera mengirimkan bantuan\nke daerah yang terdampak banjir. Warga menyambut baik."
    assert texts(text) == [text[: text.index("banjir.") + 7], "Warga menyambut baik."]


def test_split_sentences_paragraphs_and_title_lines_end_sentences() -> None:
    assert texts("Rusia Peringatkan Korea\nMoskow menolak tuduhan itu\n\nParagraf baru") == [
        "Rusia Peringatkan Korea",
        "Moskow menolak tuduhan itu",
        "Paragraf baru",
    ]


def test_split_sentences_removed_spans_are_skipped() -> None:
    text = "Presiden datang. [iklan_2] Menteri pulang."
    start = text.index("[iklan_2]")
    sentences = split_sentences(text, removed=((start, start + 9),))
    assert [s.text for s in sentences] == ["Presiden datang.", "Menteri pulang."]
    assert all(s.end <= start or s.start >= start + 9 for s in sentences)


@pytest.mark.parametrize("text", ["Apa kabar? Baik! Terima kasih... Sama-sama.", "  Satu.  Dua.\n\nTiga  "])
def test_split_sentences_offsets_point_at_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text and s.text == s.text.strip()
