"""Reported-speech constructions added in round 3: more cue verbs, the di- passive with the agent
"-nya" after a quotation, and what must stay no quote. Sentences written for these tests in the
style of Indonesian wire copy."""

from __future__ import annotations

from tests.quotes.helpers import actor, checked_quotes


def _quotes(text: str, *names: tuple[str, str]):  # noqa: ANN202
    return checked_quotes(text, actors=tuple(actor(text, m, n) for m, n in names))


def test_passive_cue_with_agent_clitic_after_a_quotation() -> None:
    text = (
        "Menteri Luar Negeri Retno Marsudi tiba di Jakarta pada Senin. "
        "“Indonesia siap menjadi tuan rumah pertemuan itu,” dikatakannya di sela acara."
    )
    (q,) = _quotes(text, ("Retno Marsudi", "Retno Marsudi"))
    assert q.text == "Indonesia siap menjadi tuan rumah pertemuan itu"
    assert q.cue.text == "dikatakannya"
    assert q.speaker.text == "nya" and q.speaker.name == "Retno Marsudi"


def test_seperti_yang_passive_cue() -> None:
    text = (
        "Senator Elizabeth Warren berkampanye di Holyoke. "
        "“Sudah saatnya perempuan memimpin,” seperti yang dikatakannya kepada The Hill."
    )
    (q,) = _quotes(text, ("Elizabeth Warren", "Elizabeth Warren"))
    assert q.cue.text == "seperti yang dikatakannya"
    assert q.speaker.name == "Elizabeth Warren"
    text = "“Kami akan terus memantau situasi di perbatasan,” seperti yang dikatakan Kirby kepada CNN."
    (q,) = _quotes(text, ("Kirby", "John Kirby"))
    assert q.text == "Kami akan terus memantau situasi di perbatasan"
    assert q.speaker.name == "John Kirby"


def test_colloquial_bilang_takes_a_bare_clause() -> None:
    text = "Wali Kota Bobby Nasution bilang banjir di Medan sudah mulai surut."
    (q,) = _quotes(text, ("Bobby Nasution", "Bobby Nasution"))
    assert q.text == "banjir di Medan sudah mulai surut"
    assert q.speaker.name == "Bobby Nasution"


def test_title_tuan_is_not_part_of_the_name() -> None:
    text = "Wakil Jaksa Agung Rod Rosenstein diperiksa. Tuan Rosenstein bilang laporan itu tidak benar."
    (q,) = checked_quotes(text)
    assert q.text == "laporan itu tidak benar"
    assert q.speaker.name == "Rod Rosenstein"


def test_insist_and_report_verbs_with_bahwa() -> None:
    text = "Yunani telah lama bersikeras bahwa nama itu menyiratkan klaim atas wilayahnya."
    (q,) = _quotes(text, ("Yunani", "Yunani"))
    assert q.text == "nama itu menyiratkan klaim atas wilayahnya"
    assert q.speaker.name == "Yunani"
    text = "Harian Kompas mengabarkan bahwa gubernur akan mengumumkan kenaikan UMP pekan depan."
    (q,) = _quotes(text, ("Harian Kompas", "Harian Kompas"))
    assert q.text == "gubernur akan mengumumkan kenaikan UMP pekan depan"


def test_ruling_with_bahwa_is_reported_but_a_decision_to_act_is_not() -> None:
    text = "Mahkamah Konstitusi pada Kamis memutuskan bahwa ambang batas pencalonan itu tidak sah."
    (q,) = _quotes(text, ("Mahkamah Konstitusi", "Mahkamah Konstitusi"))
    assert q.text == "ambang batas pencalonan itu tidak sah"
    assert q.cue.text == "memutuskan bahwa"
    text = "Pemerintah memutuskan hubungan diplomatik yang telah terjalin selama puluhan tahun."
    assert _quotes(text, ("Pemerintah", "Pemerintah")) == ()


def test_verbs_that_need_a_quotation_or_bahwa() -> None:
    # "melanjutkan", "mengulangi", "berteriak" report speech only with a quotation or "bahwa"
    assert _quotes("Pemerintah melanjutkan pembangunan jalan tol yang sudah dimulai tahun lalu.") == ()
    assert _quotes("Warga berteriak minta tolong karena air sudah masuk rumah.") == ()
    text = "Seorang warga berteriak, “Tolong, air sudah masuk!”"
    (q,) = _quotes(text)
    assert q.text == "Tolong, air sudah masuk!"
    text = "Presiden Joko Widodo melanjutkan: “Kita tidak boleh lengah sedikit pun.”"
    (q,) = _quotes(text, ("Joko Widodo", "Joko Widodo"))
    assert q.text == "Kita tidak boleh lengah sedikit pun."
    assert q.speaker.name == "Joko Widodo"


def test_a_coordinated_predicate_is_not_the_subject_of_a_cue() -> None:
    # "dia menantang … dan mengulangi dukungannya": the cue shares the subject of the first verb,
    # so the clause before the comma is no quote with "dia menantang partai Demokrat" as speaker
    text = (
        "Setelah membawakan lagu ketiga malam itu, dia menantang partai Demokrat dan mengulangi "
        "dukungannya untuk Trump."
    )
    assert _quotes(text) == ()


def test_title_chain_before_a_name() -> None:
    text = (
        "Kepala Divisi Humas Polri Irjen Pol Setyo Wasisto mengatakan bahwa pelaku sudah ditangkap. "
        "Wakil Ketua Komisi I DPR RI Meutya Hafid menegaskan bahwa Facebook harus diberi sanksi."
    )
    first, second = checked_quotes(text)
    assert first.speaker.name == "Setyo Wasisto"
    assert second.speaker.name == "Meutya Hafid"


def test_a_title_without_a_name_stays_whole() -> None:
    from warta.quotes.lexicon import load_lexicon
    from warta.quotes.speakers import strip_titles

    lex = load_lexicon("id")
    assert strip_titles("Kepala Biro Pers", lex) == "Biro Pers"  # the old one-title strip only
    assert strip_titles("Komisi Pemberantasan Korupsi", lex) == "Komisi Pemberantasan Korupsi"
    assert strip_titles("Wakil Ketua DPR Agung Laksono", lex) == "Agung Laksono"


def test_reported_speech_inside_a_report_is_the_inner_speakers() -> None:
    text = (
        "Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin penguat akan tersedia bulan "
        "depan, kantor berita Antara melaporkan."
    )
    (q,) = _quotes(text, ("Budi Gunadi Sadikin", "Budi Gunadi Sadikin"), ("Antara", "Antara"))
    assert q.text == "vaksin penguat akan tersedia bulan depan"
    assert q.speaker.name == "Budi Gunadi Sadikin"
    assert [s.text for s in q.reported_by] == ["Antara"]


def test_a_report_without_a_speaker_inside_is_the_reporters() -> None:
    text = "Empat belas orang dirawat karena luka ringan setelah bentrokan itu, kata polisi."
    (q,) = _quotes(text)
    assert q.text == "Empat belas orang dirawat karena luka ringan setelah bentrokan itu"
    assert q.speaker.text == "polisi"
    assert q.reported_by == ()


def test_person_pronoun_after_an_institutions_words_is_the_last_subject() -> None:
    text = (
        "Menurut dokumen pengadilan, Ahmad Yani tidak menunjukkan penyesalan. "
        "Di hadapan penyidik, dia mengatakan bahwa dia tidak bersalah."
    )
    found = _quotes(text, ("Ahmad Yani", "Ahmad Yani"))
    assert found[-1].text == "dia tidak bersalah"
    assert found[-1].speaker.text == "dia" and found[-1].speaker.name == "Ahmad Yani"


def test_capitalised_institution_noun_opening_a_sentence_is_the_institution() -> None:
    text = (
        "Kepolisian Resor Bogor menangkap dua tersangka pada Senin. "
        "Polisi mengatakan bahwa keduanya adalah residivis."
    )
    found = _quotes(text, ("Kepolisian Resor Bogor", "Kepolisian Resor Bogor"), ("Polisi", "Polisi"))
    assert found[-1].speaker.name == "Kepolisian Resor Bogor"


def test_an_adverbial_after_a_quotation_is_no_subject() -> None:
    # the verb of a "jika" clause after quoted words is no cue with "pada hubungan …" as speaker
    text = (
        "Lim mengatakan akan ada “dampak yang sangat negatif” pada hubungan Moskow dengan Seoul "
        "jika melanjutkan pembicaraan dengan Pyongyang."
    )
    (q,) = _quotes(text, ("Lim", "Lim Soo-suk"), ("Moskow", "Moskow"))
    assert q.speaker.name == "Lim Soo-suk"
    assert q.text.startswith("akan ada")


def test_a_sentence_closed_by_menurut_is_what_the_source_says() -> None:
    text = "Empat belas orang dirawat karena luka ringan dalam bentrokan itu, menurut pers setempat."
    (q,) = _quotes(text)
    assert q.kind == "indirect"
    assert q.text == "Empat belas orang dirawat karena luka ringan dalam bentrokan itu"
    assert q.speaker.text == "pers setempat" and q.cue.text == "menurut"
    text = (
        "Rapat umum itu diharapkan menghadirkan pendukung dari “Ohio dan Pennsylvania,” menurut Metro News."
    )
    (q,) = _quotes(text, ("Metro News", "Metro News"))
    assert q.kind == "mixed" and q.speaker.name == "Metro News"


def test_menurut_after_another_cue_is_only_a_source() -> None:
    text = "“Ini pertanda buruk bagi Morrisey,” kata Simon Haeder, ahli politik, menurut Reuters."
    (q,) = _quotes(text, ("Simon Haeder", "Simon Haeder"), ("Reuters", "Reuters"))
    assert q.speaker.name == "Simon Haeder"
    assert [s.text for s in q.reported_by] == ["Reuters"]


def test_menurut_inside_the_sentence_is_no_closing_credit() -> None:
    text = "Sebelumnya pada hari yang sama, menurut kantor berita Yonhap, Korea Utara menembakkan rudal."
    assert all(q.cue.text.lower() != "menurut" or q.text.startswith("Korea") for q in _quotes(text))


def test_the_noun_before_a_relative_clause_speaks() -> None:
    text = (
        "Presiden mendapat dukungan dari ketua partai, Budi Santoso yang menulis di Twitter: "
        "“Terima kasih telah membela rakyat.”"
    )
    (q,) = _quotes(text, ("Budi Santoso", "Budi Santoso"))
    assert q.text == "Terima kasih telah membela rakyat."
    assert q.speaker.name == "Budi Santoso"


def test_a_role_noun_subject_after_the_words() -> None:
    text = "Empat belas orang dirawat karena luka ringan akibat bentrokan itu, media setempat melaporkan."
    (q,) = _quotes(text)
    assert q.text == "Empat belas orang dirawat karena luka ringan akibat bentrokan itu"
    assert q.speaker.text == "media setempat"
    text = "“Kami akan datang lagi,” juru bicara tim kampanye yang menolak disebut namanya mengatakan kepada Reuters."
    (q,) = _quotes(text)
    assert q.text == "Kami akan datang lagi"
    assert q.speaker.text.startswith("juru bicara")


def test_a_fronted_adverbial_is_not_the_words_of_a_cue_that_opens_a_quotation() -> None:
    text = "Pada Jumat pagi, para demonstran meneriakkan “Turunkan harga BBM!” di depan gedung DPR."
    (q,) = _quotes(text)
    assert q.text.startswith("Turunkan harga BBM!")  # mixed: the place after it, as with "untuk X"
    assert q.speaker.text == "para demonstran"


def test_a_comma_then_a_quotation_after_the_cue() -> None:
    text = "Massa meneriakkan “Hidup rakyat” berhadapan dengan polisi yang berteriak, “Bubarkan diri!”"
    first, second = _quotes(text)
    assert first.text == "Hidup rakyat"
    assert second.text == "Bubarkan diri!" and second.cue.text == "berteriak"


def test_a_quoted_paragraph_after_reported_speech_goes_on_with_its_speaker() -> None:
    text = (
        "Anggota Komisi I DPR Meutya Hafid mengatakan bahwa pemerintah bisa menjatuhkan sanksi.\n"
        "“Silakan pemerintah memilih opsi dari ketiga itu.”\n"
    )
    found = _quotes(text, ("Meutya Hafid", "Meutya Hafid"))
    assert [q.text for q in found] == [
        "pemerintah bisa menjatuhkan sanksi",
        "Silakan pemerintah memilih opsi dari ketiga itu.",
    ]
    assert found[1].speaker.name == "Meutya Hafid"


def test_a_block_quotation_of_several_paragraphs_after_reported_speech_is_not_the_speakers() -> None:
    text = (
        "Rosenstein mengatakan bahwa laporan itu tidak benar.\n"
        "“Bagaimana kita menanggapi jika penyelidikan itu tidak adil?\n"
        "Jika kita gagal, demokrasi akan memburuk.\n"
        "Namun aku percaya kita akan berhasil.”\n"
    )
    found = _quotes(text, ("Rosenstein", "Rod Rosenstein"))
    assert [q.text for q in found] == ["laporan itu tidak benar"]


def test_a_role_noun_with_a_demonstrative_is_the_person_introduced_with_that_role() -> None:
    text = (
        "Juru bicara Kementerian Luar Negeri, Teuku Faizasyah, mengatakan bahwa Indonesia menolak "
        "klaim itu. Sementara itu, Menteri Pertahanan Prabowo Subianto mengatakan bahwa TNI siaga. "
        "Juru bicara itu menambahkan bahwa nota protes sudah dikirim."
    )
    found = _quotes(text, ("Teuku Faizasyah", "Teuku Faizasyah"), ("Prabowo Subianto", "Prabowo Subianto"))
    assert found[-1].speaker.text == "Juru bicara itu"
    assert found[-1].speaker.name == "Teuku Faizasyah"  # not the last speaker, Prabowo


def test_sang_and_a_role_noun() -> None:
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati hadir di Bali. Presiden Joko Widodo membuka acara. "
        "Sang menteri mengatakan bahwa anggaran sudah disiapkan."
    )
    (q,) = _quotes(text)
    assert q.speaker.text == "Sang menteri" and q.speaker.name == "Sri Mulyani Indrawati"


def test_a_role_noun_modifying_another_noun_introduces_no_one() -> None:
    # "pacar penyanyi rap Mac Miller": Mac Miller is not introduced as "penyanyi rap"
    text = (
        "Kanye West mengatakan bahwa dia akan mencalonkan diri. Dia menggantikan Ariana Grande, "
        "mantan pacar penyanyi rap Mac Miller. Penyanyi rap itu mengatakan bahwa dia siap."
    )
    found = _quotes(text, ("Kanye West", "Kanye West"), ("Mac Miller", "Mac Miller"))
    assert found[-1].speaker.name != "Mac Miller"


def test_coordinated_second_cue_ends_the_first_clause_without_a_comma() -> None:
    text = (
        "Mayorga mengatakan Ronaldo telah berlutut di depannya dan mengatakan kepadanya bahwa dia menyesal."
    )
    quotes = _quotes(text, ("Mayorga", "Kathryn Mayorga"), ("Ronaldo", "Cristiano Ronaldo"))
    assert [q.text for q in quotes] == ["Ronaldo telah berlutut di depannya", "dia menyesal"]
    assert {q.speaker.name for q in quotes} == {"Kathryn Mayorga"}
    # an adverb after the clause's subject is no coordinator: "gubernur akan mengumumkan" stays whole
    (q,) = _quotes(
        "Harian Kompas mengabarkan bahwa gubernur akan mengumumkan kenaikan UMP.",
        ("Harian Kompas", "Harian Kompas"),
    )
    assert q.text == "gubernur akan mengumumkan kenaikan UMP"


def test_pronoun_after_a_sentence_opened_by_seorang_role_is_that_person() -> None:
    from warta.model import Actor

    text = "“Area ini ditutup,” kata Budi Santoso. Seorang wanita muncul di lokasi sambil menangis. Dia terus mengulang, “Ini sungguh mengerikan.”"
    at = text.index("wanita")
    woman = Actor(at, at + len("wanita"), "wanita", None, "GBR", "CVL")
    quotes = checked_quotes(text, actors=(actor(text, "Budi Santoso"), woman))
    assert [q.speaker.name for q in quotes] == ["Budi Santoso", "Seorang wanita"]
    assert quotes[1].speaker.text == "Dia"


def test_negated_complement_with_the_speaker_as_subject_is_reported_speech() -> None:
    text = "Saipov menyatakan tidak bersalah atas 22 dakwaan yang dijatuhkan padanya."
    (q,) = _quotes(text, ("Saipov", "Sayfullo Saipov"))
    assert q.text == "tidak bersalah atas 22 dakwaan yang dijatuhkan padanya"
    assert q.speaker.name == "Sayfullo Saipov"
    # a promise is no report of speech
    assert (
        _quotes(
            "Ketua DPR Puan Maharani berjanji akan membahas tuntutan mahasiswa.",
            ("Puan Maharani", "Puan Maharani"),
        )
        == ()
    )


def test_a_clause_after_a_speech_verb_and_a_comma_is_reported_speech() -> None:
    text = "Kementerian Kesehatan menyatakan, jumlah kasus terus menurun sejak Juli."
    (q,) = _quotes(text, ("Kementerian Kesehatan", "Kementerian Kesehatan"))
    assert q.text == "jumlah kasus terus menurun sejak Juli"
    assert q.speaker.name == "Kementerian Kesehatan"
    # a noun object before the comma is what was voiced, not a clause reported
    text = "Kementerian Kesehatan menyatakan keprihatinannya, terutama kepada keluarga korban."
    assert _quotes(text, ("Kementerian Kesehatan", "Kementerian Kesehatan")) == ()


def test_a_two_sense_cue_verb_coordinated_with_a_deed_is_that_deed() -> None:
    text = "Polisi mengatakan pelaku mengunggah video lama dan menambahkan narasi bohong soal penculikan."
    (q,) = _quotes(text, ("Polisi", "Polisi"))  # "menambahkan narasi": added, not said
    assert q.text == "pelaku mengunggah video lama dan menambahkan narasi bohong soal penculikan"
    text = "Kapolres mengatakan pelaku sudah ditangkap dan menambahkan bahwa barang bukti disita."
    assert len(_quotes(text, ("Kapolres", "Kapolres"))) == 2  # after a speech verb it is speech


def test_a_reply_with_bahwa_is_reported_speech_a_retaliation_is_not() -> None:
    text = "May membalas bahwa Corbyn tidak punya rencana."
    (q,) = _quotes(text, ("May", "Theresa May"))
    assert q.text == "Corbyn tidak punya rencana"
    assert _quotes("Rusia akan membalas langkah tersebut.", ("Rusia", "Rusia")) == ()
