"""Reporting constructions of Indonesian news beyond "X mengatakan bahwa …": each with a sentence
that is a quote and one that is not. Sentences are written for these tests in wire-copy style."""

from __future__ import annotations

import pytest
from tests.quotes.helpers import actor, checked_quotes, document, quotes

from warta.model import Quote, offset_errors
from warta.options import ExtractOptions
from warta.quotes import extract_quotes


def _one(text: str, *names: tuple[str, str]) -> Quote:
    found = checked_quotes(text, actors=tuple(actor(text, m, n) for m, n in names))
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# (text, actors, content, speaker name, cue)
POSITIVE = [
    # a cue verb, a comma, the reported clause
    (
        "Sri Mulyani menegaskan, pemerintah belum pernah membahas kenaikan gaji presiden.",
        (("Sri Mulyani", "Sri Mulyani"),),
        "pemerintah belum pernah membahas kenaikan gaji presiden",
        "Sri Mulyani",
        "menegaskan",
    ),
    # a bare complement of a clause verb outside the old list
    (
        "Kapolda Metro Jaya Fadil Imran memastikan situasi di Jakarta tetap kondusif.",
        (("Fadil Imran", "Fadil Imran"),),
        "situasi di Jakarta tetap kondusif",
        "Fadil Imran",
        "memastikan",
    ),
    # a bare complement with a predicate of its own after a verb that also takes nouns
    (
        "Juru bicara Basarnas Yusuf Latif menyampaikan pencarian akan dilanjutkan besok pagi.",
        (("Yusuf Latif", "Yusuf Latif"),),
        "pencarian akan dilanjutkan besok pagi",
        "Yusuf Latif",
        "menyampaikan",
    ),
    # a verb of judging with "sebagai"
    (
        "Meutya Hafid menganggap kebocoran data itu sebagai pelanggaran serius.",
        (("Meutya Hafid", "Meutya Hafid"),),
        "kebocoran data itu sebagai pelanggaran serius",
        "Meutya Hafid",
        "menganggap",
    ),
    # colloquial complementiser right after the cue
    (
        "Abu Hurairah membantah jika gerbang masjid digembok sejak sore.",
        (("Abu Hurairah", "Abu Hurairah"),),
        "gerbang masjid digembok sejak sore",
        "Abu Hurairah",
        "membantah jika",
    ),
    # an addressee, a colon and the quotation
    (
        "Risa Kusuma menyampaikan kepada Sky News: “Setiap menit ambulans membawa mayat.”",
        (("Risa Kusuma", "Risa Kusuma"),),
        "Setiap menit ambulans membawa mayat.",
        "Risa Kusuma",
        "menyampaikan",
    ),
    # post-quote cues of the inverted list
    (
        "“Hoaks seribu persen,” tegas Abu saat dihubungi.",
        (("Abu", "Abu"),),
        "Hoaks seribu persen",
        "Abu",
        "tegas",
    ),
    (
        "“Bantahan ini artinya marah,” tulis Fleischer.",
        (("Fleischer", "Ari Fleischer"),),
        "Bantahan ini artinya marah",
        "Ari Fleischer",
        "tulis",
    ),
    # post-quote subject with an appositive, verb with an addressee
    (
        "“Wanita tidak akan lupa,” Karine Jean-Pierre, penasihat senior MoveOn, mengatakan kepada"
        " wartawan pada hari Jumat.",
        (("Karine Jean-Pierre", "Karine Jean-Pierre"),),
        "Wanita tidak akan lupa",
        "Karine Jean-Pierre",
        "mengatakan",
    ),
    # a cue set off by commas after a connective
    (
        "Padahal, kata Sri Mulyani, informasi yang beredar itu adalah hoaks.",
        (("Sri Mulyani", "Sri Mulyani"),),
        "informasi yang beredar itu adalah hoaks",
        "Sri Mulyani",
        "kata",
    ),
    # "Berdasarkan X, …" opening the sentence
    (
        "Berdasarkan dokumen pengadilan, kedua dakwaan itu memungkinkan hukuman mati.",
        (),
        "kedua dakwaan itu memungkinkan hukuman mati",
        "dokumen pengadilan",
        "Berdasarkan",
    ),
    # a role noun as subject
    (
        "Sejak pagi, para analis telah memperingatkan bahwa harga minyak akan naik.",
        (),
        "harga minyak akan naik",
        "para analis",
        "memperingatkan bahwa",
    ),
    # a quotation closed by its own stop, then narration: the quoted words only
    (
        'Para demonstran meneriakkan "November sudah dekat!" saat mereka berbaris di depan gedung itu.',
        (),
        "November sudah dekat!",
        "Para demonstran",
        "meneriakkan",
    ),
    # a name in apposition with an age after it
    (
        "Sementara itu, warga setempat, Ahmad (45), mengaku mendengar suara ledakan sekitar pukul dua pagi.",
        (),
        "mendengar suara ledakan sekitar pukul dua pagi",
        "Ahmad",
        "mengaku",
    ),
    # the closing formula "demikian pernyataan X"
    (
        "“Kami mengutuk serangan ini dengan keras,” demikian pernyataan Kementerian Luar Negeri Prancis.",
        (),
        "Kami mengutuk serangan ini dengan keras",
        "Kementerian Luar Negeri Prancis",
        "demikian pernyataan",
    ),
    # the same verb with a clause: a statement noun as its subject, then a predicate
    (
        "Setyo membantah berita bohong tersebut bersifat provokatif.",
        (("Setyo", "Setyo Wasisto"),),
        "berita bohong tersebut bersifat provokatif",
        "Setyo Wasisto",
        "membantah",
    ),
    # a passive speech verb opening the sentence, its agent, a comma
    (
        "Dikatakan Frans, kasus itu masih dalam penyelidikan polisi.",
        (("Frans", "Frans Barung Mangera"),),
        "kasus itu masih dalam penyelidikan polisi",
        "Frans Barung Mangera",
        "Dikatakan",
    ),
    (
        "Dikatakan oleh Frans, kasus itu masih dalam penyelidikan polisi.",
        (("Frans", "Frans Barung Mangera"),),
        "kasus itu masih dalam penyelidikan polisi",
        "Frans Barung Mangera",
        "Dikatakan",
    ),
    # a person named by what they do, after "sang"
    (
        "Sang aktris mengatakan kepada wartawan bahwa ia sangat bahagia dengan film itu.",
        (),
        "ia sangat bahagia dengan film itu",
        "Sang aktris",
        "mengatakan",
    ),
    # "tanya" ends in the clitic's letters but carries none: the speaker follows it
    (
        '"Apa salah kami?" tanya seorang warga kepada petugas.',
        (),
        "Apa salah kami?",
        "seorang warga",
        "tanya",
    ),
]


@pytest.mark.parametrize(("text", "names", "content", "speaker", "cue"), POSITIVE)
def test_construction_is_a_quote(
    text: str, names: tuple[tuple[str, str], ...], content: str, speaker: str, cue: str
) -> None:
    q = _one(text, *names)
    assert q.text == content
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue


NEGATIVE = [
    # a circumstance before the comma is not what the verb after it reports
    "Saat dikonfirmasi, Frans membenarkan penangkapan tersebut.",
    # the claim denied is the verb's object, not what was said
    "Kavanaugh membantah tuduhan tersebut dalam sidang itu.",
    # a noun object, no clause of its own
    "Menteri Luar Negeri Retno Marsudi menyampaikan belasungkawa kepada keluarga korban.",
    # an addressee after the cue is not what was said
    "Reeher mengatakan kepada The Hill untuk sebuah artikel pada hari Sabtu.",
    # the cue verb in a purpose clause
    "Petugas itu bertahan untuk memastikan pesawat dapat lepas landas dengan selamat.",
    # a clause before a comma and a name with a verb that is not a quote
    "Pada tanggal 20 September, Kim Jong Un menyampaikan mengenai kunjungannya ke Moskow.",
    # "jika" further from the cue means "if"
    "Polisi mengatakan pemeriksaan akan ditunda, jika saksi tidak hadir.",
]


@pytest.mark.parametrize("text", NEGATIVE[:-1])
def test_construction_is_not_a_quote(text: str) -> None:
    found = checked_quotes(text)
    assert found == ()


def test_jika_far_from_the_cue_is_not_a_complementiser() -> None:
    text = NEGATIVE[-1]
    q = _one(text)
    assert q.cue is not None and q.cue.text == "mengatakan"
    assert q.text.startswith("pemeriksaan akan ditunda")


def test_quote_running_on_over_paragraphs() -> None:
    """A quote left open at its paragraph's end closes where its closing mark is."""
    text = (
        "“Dia begitu percaya diri,” kata Furyk.\n"
        "“Dia adalah Hall of Famer.\n"
        "Dia ingin menikmati suasana lain.”\n"
        "Mickelson akan melewati rekor Nick Faldo."
    )
    found = checked_quotes(text, actors=(actor(text, "Furyk", "Jim Furyk"),))
    assert [q.text for q in found] == [
        "Dia begitu percaya diri",
        "Dia adalah Hall of Famer.\nDia ingin menikmati suasana lain.",
    ]
    assert all(q.speaker is not None and q.speaker.name == "Jim Furyk" for q in found)


def test_menurutnya_opens_what_the_last_speaker_said() -> None:
    text = "Menteri Tjahjo Kumolo menilai kebijakan tersebut sudah tepat. Menurutnya, pemerintah daerah harus mematuhi aturan itu."
    found = checked_quotes(text, actors=(actor(text, "Tjahjo Kumolo"),))
    assert [q.text for q in found] == [
        "kebijakan tersebut sudah tepat",
        "pemerintah daerah harus mematuhi aturan itu",
    ]
    assert found[1].speaker is not None and found[1].speaker.text == "nya"
    assert found[1].speaker.name == "Tjahjo Kumolo"


def test_a_cue_before_a_comma_and_a_quotation_introduces_it() -> None:
    text = "Ketika ditanya soal tuduhan itu, Kavanaugh menjawab, “Saya tidak pernah melakukan hal itu.”"
    found = checked_quotes(text, actors=(actor(text, "Kavanaugh"),))
    assert [q.text for q in found] == ["Saya tidak pernah melakukan hal itu."]  # not "Ketika ditanya …"


def test_quotation_after_a_cue_with_an_addressee_continues_the_speaker() -> None:
    text = "“Saya tidak tahu apa-apa,” kata Trump kepada wartawan di Gedung Putih. “Saya tidak pernah bertemu dengannya.”"
    found = checked_quotes(text, actors=(actor(text, "Trump", "Donald Trump"),))
    assert [q.text for q in found] == ["Saya tidak tahu apa-apa", "Saya tidak pernah bertemu dengannya."]
    assert all(q.speaker is not None and q.speaker.name == "Donald Trump" for q in found)
    # a cue followed by a clause of its own is no bare tail: the next quotation is not shown to be his
    other = "“Saya tidak tahu,” kata Trump, lalu Pence berbicara panjang. “Kami akan menang.”"
    assert [q.text for q in checked_quotes(other, actors=(actor(other, "Trump"),))] == ["Saya tidak tahu"]


@pytest.mark.parametrize(
    "text",
    [
        "“Kontrol kongres sangat penting,” juru bicara kampanye Trump yang menolak disebutkan namanya menyampaikan.",
        "Juru bicara kampanye Trump mengatakan bahwa presiden akan datang ke Virginia Barat.",
    ],
)
def test_a_role_of_someones_speaks_not_its_possessor(text: str) -> None:
    found = checked_quotes(text, actors=(actor(text, "Trump", "Donald Trump", "USA"),))
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.text.casefold() == "juru bicara kampanye trump"
    assert found[0].speaker.name != "Donald Trump"
    # a title then a name is that person: "juru bicara Sarah Sanders"
    sanders = "“Kami siap,” kata juru bicara Sarah Sanders."
    quote = checked_quotes(sanders, actors=(actor(sanders, "Sarah Sanders"),))[0]
    assert quote.speaker is not None and quote.speaker.name == "Sarah Sanders"


def test_quoted_paragraph_continues_the_speaker() -> None:
    text = (
        "Meutya juga menyampaikan bahwa pemerintah bisa menjatuhkan sanksi.\n\n"
        "“Silakan pemerintah memilih opsi dari ketiga itu.”\n\n"
        "Sebelumnya, Rudiantara memanggil perwakilan Facebook."
    )
    found = checked_quotes(text, actors=(actor(text, "Meutya", "Meutya Hafid"),))
    assert [q.text for q in found][-1] == "Silakan pemerintah memilih opsi dari ketiga itu."
    assert found[-1].speaker is not None and found[-1].speaker.name == "Meutya Hafid"


def test_quoted_paragraph_after_narration_is_not_continued() -> None:
    """A title in quotation marks after a paragraph with no quote is nobody's words."""
    text = "Film itu tayang pekan ini.\n“Cahaya dari Timur”\nPenontonnya ramai."
    assert quotes(text) == ()


def test_paragraph_break_ends_a_sentence() -> None:
    """A paragraph without a final stop is not one sentence with the next."""
    text = "Abu Hurairah mengaku pihaknya tidak pernah melarang massa aksi\n“Hoaks seribu persen,” tegas Abu."
    found = checked_quotes(
        text, actors=(actor(text, "Abu Hurairah", "Abu Hurairah"), actor(text, "Abu", "Abu Hurairah", nth=1))
    )
    assert [q.text for q in found] == [
        "pihaknya tidak pernah melarang massa aksi",
        "Hoaks seribu persen",
    ]


def test_clitic_speaker_takes_the_last_speaker_not_the_nearest_name() -> None:
    text = (
        "Abu Hurairah menjelaskan, gerbang ditutup setelah salat Isya.\n"
        "“Di luar bulan puasa habis Sholat Isya, itu ditutup,” terangnya."
    )
    doc = document(
        text,
        actors=(
            actor(text, "Abu Hurairah", "Abu Hurairah"),
            actor(text, "Sholat Isya", "Sholat Isya"),
            actor(text, "nya", "Sholat Isya"),
        ),
    )
    done = extract_quotes(doc, ExtractOptions())
    assert offset_errors(done) == []
    found = done.quotes
    assert [q.speaker.name if q.speaker else None for q in found] == ["Abu Hurairah", "Abu Hurairah"]
    assert found[1].speaker is not None and found[1].speaker.text == "nya"


def test_pronoun_takes_a_newly_introduced_subject() -> None:
    text = (
        "“Kebohongan yang keji,” kata Waters.\n"
        "Omar Navarro, kandidat partai Republik, juga menyuarakan pemikirannya.\n"
        "“Besar jika benar,” tulisnya."
    )
    found = checked_quotes(
        text, actors=(actor(text, "Waters", "Maxine Waters"), actor(text, "Omar Navarro", "Omar Navarro"))
    )
    assert [q.speaker.name if q.speaker else None for q in found] == ["Maxine Waters", "Omar Navarro"]


def test_speaker_named_as_the_article_writes_them() -> None:
    """A knowledge-base name the text never writes becomes the form it does write."""
    text = "Menteri Keuangan Sri Mulyani menegaskan, pemerintah belum membahas kenaikan gaji."
    mention = actor(text, "Sri Mulyani", "Sri Mulyani Indrawati")
    q = quotes(text, actors=(mention,))[0]
    assert q.speaker is not None and q.speaker.name == "Sri Mulyani"
