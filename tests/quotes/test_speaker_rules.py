"""Speaker rules of the second quotes round: apposition, run-on names, organisations as written,
common-noun and epithet anaphors. Sentences are written for these tests in wire-copy style; each
rule has a sentence where it applies and one where it must not."""

from __future__ import annotations

from tests.quotes.helpers import actor, checked_quotes

from warta.model import Actor, Quote


def _checked(text: str, actors: tuple[Actor, ...] = ()) -> tuple[Quote, ...]:
    return checked_quotes(text, actors=actors)


def _speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


def test_name_in_apposition_before_clause_verb() -> None:
    text = "Sekretaris fraksi PDI-P di Komisi III, Arteria Dahlan, mengatakan revisi itu terburu-buru."
    (q,) = _checked(text, (actor(text, "PDI-P"),))
    assert q.text == "revisi itu terburu-buru"
    assert _speaker(q) == "Arteria Dahlan"


def test_name_before_parenthetical_adverbial() -> None:
    text = "Jika operator tidak patuh, Johnny Plate, dalam kesempatan itu, menegaskan izin akan dicabut."
    (q,) = _checked(text)
    assert _speaker(q) == "Johnny Plate"


def test_name_before_description_in_apposition() -> None:
    text = (
        "Pada hari Minggu, Carles Puigdemont, mantan presiden regional Catalan, mengatakan dia akan kembali."
    )
    (q,) = _checked(text)
    assert _speaker(q) == "Carles Puigdemont"


def test_no_apposition_keeps_main_subject() -> None:
    # a lower-case subject closed by a comma and no name in apposition: the actor stays
    text = "Kementerian Luar Negeri, melalui keterangan tertulis, menegaskan WNI di sana dalam keadaan aman."
    (q,) = _checked(text, (actor(text, "Kementerian Luar Negeri"),))
    assert _speaker(q) == "Kementerian Luar Negeri"


def test_inverted_cue_role_then_name() -> None:
    text = '"Korban meninggal di tempat," kata kepala polisi, Budi Hartono, kepada wartawan.'
    (q,) = _checked(text)
    assert q.text == "Korban meninggal di tempat"
    assert _speaker(q) == "Budi Hartono"


def test_inverted_cue_role_without_name() -> None:
    text = '"Korban meninggal di tempat," kata kepala polisi kepada wartawan.'
    (q,) = _checked(text)
    assert q.speaker is not None and "Budi" not in (q.speaker.name or "")


def test_role_then_name_before_verb_after_quote() -> None:
    text = '"Kami akan terus membantu," duta UNICEF, Najwa Shihab mengatakan kepada hadirin.'
    (q,) = _checked(text)
    assert q.speaker is not None and q.speaker.text == "Najwa Shihab"


def test_name_does_not_run_into_connective() -> None:
    text = "Gaji itu tidak berubah sejak 2001, jelas Ali Mochtar Adapun tunjangan diatur terpisah."
    found = _checked(text)
    assert found and _speaker(found[0]) == "Ali Mochtar"


def test_capitalised_name_word_is_kept() -> None:
    text = "Gaji itu tidak berubah sejak 2001, jelas Ali Mochtar Ngabalin."
    (q,) = _checked(text)
    assert _speaker(q) == "Ali Mochtar Ngabalin"


def test_police_noun_takes_named_department() -> None:
    text = (
        "Tersangka ditahan sejak Jumat, kata Kepolisian Resor Kota Bogor. "
        "Setelah pemeriksaan, polisi mengatakan tersangka mengakui perbuatannya."
    )
    found = _checked(text, (actor(text, "Kepolisian Resor Kota Bogor"),))
    assert _speaker(found[-1]) == "Kepolisian Resor Kota Bogor"
    assert found[-1].speaker is not None and found[-1].speaker.text == "polisi"


def test_police_noun_without_named_department_stays() -> None:
    text = "Setelah pemeriksaan, polisi mengatakan tersangka mengakui perbuatannya."
    (q,) = _checked(text)
    assert _speaker(q) == "polisi"


def test_organisation_named_as_the_article_writes_it() -> None:
    text = "Polri menegaskan kerusuhan itu dipicu razia telepon genggam."
    mention = Actor(0, 5, "Polri", "Kepolisian Negara Republik Indonesia", "IDN", "COP")
    (q,) = _checked(text, (mention,))
    assert _speaker(q) == "Polri"


def test_repeated_description_keeps_its_antecedent() -> None:
    text = (
        "Sejak 2015, Yayasan Pangan Sehat mengatakan telah membagikan sejuta paket makanan. "
        "Kelompok ini memperkirakan jumlah itu akan berlipat tahun depan. "
        '"Kami tidak akan berhenti," kata pegiat gizi Ratna Sari. '
        "Kelompok ini juga mengatakan bahwa donasi terus bertambah."
    )
    found = _checked(text, (actor(text, "Yayasan Pangan Sehat"), actor(text, "Ratna Sari")))
    assert [_speaker(q) for q in found] == [
        "Yayasan Pangan Sehat",
        "Yayasan Pangan Sehat",
        "Ratna Sari",
        "Yayasan Pangan Sehat",
    ]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = (
        "Inspektur Dewi Lestari mengatakan: “Kami masih mengumpulkan keterangan saksi.\n"
        "Juru bicara kepolisian mengatakan bahwa korban adalah warga setempat.\n"
        "Warga lain memilih pulang."
    )
    found = _checked(text)
    assert [q.text for q in found] == [
        "Kami masih mengumpulkan keterangan saksi.",
        "korban adalah warga setempat",
    ]


def test_unclosed_quote_runs_on_to_its_closing_mark() -> None:
    text = (
        "Inspektur Dewi Lestari mengatakan: “Kami masih mengumpulkan keterangan saksi.\n"
        "Siapa pun yang melihat kejadian itu diminta melapor.”\n"
        "Warga lain memilih pulang."
    )
    (q,) = _checked(text)
    assert q.text.endswith("diminta melapor.")


def test_speechless_verb_is_no_quote() -> None:
    assert _checked("Pria itu tidak bisa berkata apa-apa ketika melihat rumahnya terbakar.") == ()


def test_speech_verb_with_clause_is_a_quote() -> None:
    (q,) = _checked("Pria itu berkata rumahnya terbakar ketika ia sedang bekerja.")
    assert q.text.startswith("rumahnya terbakar")


def test_role_noun_through_aspect_and_perception_words() -> None:
    text = "Seorang petugas polisi terdengar sedang memberitahu warga bahwa jalan itu ditutup."
    at = text.index("polisi")
    (q,) = _checked(text, (Actor(at, at + 6, "polisi", None, "IDN", "COP"),))  # a common-noun actor
    assert q.speaker is not None and q.speaker.text == "Seorang petugas polisi"


def test_institution_noun_ignores_lower_case_role_names() -> None:
    text = (
        "Juru bicara kepolisian mengatakan bahwa korban adalah warga setempat. "
        "Polisi mengatakan bahwa jalan itu ditutup."
    )
    found = _checked(text)
    assert _speaker(found[-1]) != "Juru bicara kepolisian"


def test_passive_with_agent_and_that_clause() -> None:
    text = "Pedagang itu diberitahu oleh petugas bahwa pasar akan ditutup selama dua pekan."
    (q,) = _checked(text)
    assert q.text == "pasar akan ditutup selama dua pekan"
    assert q.speaker is not None and q.speaker.text == "petugas"
    assert q.cue is not None and q.cue.text == "diberitahu oleh petugas bahwa"


def test_passive_that_clause_after_statement_author() -> None:
    text = "Dalam siaran pers Kedutaan Besar Jepang, dijelaskan bahwa visa gratis berlaku mulai Juli."
    (q,) = _checked(text)
    assert q.text == "visa gratis berlaku mulai Juli"
    assert _speaker(q) == "Kedutaan Besar Jepang"


def test_passive_that_without_agent_takes_last_speaker() -> None:
    text = (
        "Yayasan Pangan Sehat mengatakan bahwa donasi terus bertambah. "
        "Dikatakan bahwa paket makanan akan dikirim ke Nusa Tenggara Timur."
    )
    found = _checked(text, (actor(text, "Yayasan Pangan Sehat"),))
    assert found[-1].text == "paket makanan akan dikirim ke Nusa Tenggara Timur"
    assert _speaker(found[-1]) == "Yayasan Pangan Sehat"


def test_passive_after_temporal_or_relative_word_is_no_report() -> None:
    assert _checked("Setelah ditegaskan bahwa rapat ditunda, para anggota meninggalkan ruangan.") == ()
    assert _checked("Ia anggota terakhir yang diberitahu bahwa rapat ditunda.") == ()


def test_short_form_of_a_name_mostly_written_longer() -> None:
    text = (
        "KBRI Tokyo Jepang membuka layanan baru. Antrean di KBRI Tokyo Jepang mengular sejak pagi. "
        "KBRI Tokyo mengatakan bahwa antrean sudah berkurang."
    )
    found = _checked(text)
    assert _speaker(found[-1]) == "KBRI Tokyo Jepang"


def test_closing_formula_names_the_speaker() -> None:
    text = "Namun, pembahasan itu akan dilanjutkan pekan depan, demikian ditegaskan Arsul Sani."
    (q,) = _checked(text)
    assert q.text.endswith("dilanjutkan pekan depan")
    assert q.cue is not None and q.cue.text == "demikian ditegaskan"
    assert _speaker(q) == "Arsul Sani"


def test_demikian_without_speech_verb_is_no_cue() -> None:
    assert _checked("Rapat itu ditutup pukul lima, demikian laporan wartawan kami.") == ()


def test_one_letter_typo_of_a_surname() -> None:
    text = (
        "Anggota DPR Rieke Pitaloka mengatakan bahwa data itu bocor. "
        "Dalam pernyataannya, Pitaloko mengatakan kantornya sudah melapor ke polisi."
    )
    found = _checked(text, (actor(text, "Rieke Pitaloka"),))
    assert _speaker(found[-1]) == "Rieke Pitaloka"


def test_a_different_short_name_is_no_typo() -> None:
    text = (
        "Anggota DPR Rieke Pitaloka mengatakan bahwa data itu bocor. "
        "Dalam pernyataannya, Pratikno mengatakan kantornya sudah melapor ke polisi."
    )
    found = _checked(text, (actor(text, "Rieke Pitaloka"),))
    assert _speaker(found[-1]) == "Pratikno"


def test_epithet_with_a_name_inside_points_back() -> None:
    text = (
        "Lionel Messi mengatakan bahwa ia belum memikirkan pensiun. "
        '"Saya masih menikmati sepak bola," peraih Piala Dunia 2022 itu mengatakannya kepada wartawan.'
    )
    found = _checked(text, (actor(text, "Lionel Messi"),))
    assert _speaker(found[-1]) == "Lionel Messi"


def test_passive_in_a_fronted_clause_leaves_the_quote_to_the_main_verb() -> None:
    text = (
        "Beberapa jam setelah tuduhan itu dilaporkan, Ronaldo, 33 tahun, mengecam laporan itu "
        'sebagai "berita palsu."'
    )
    found = _checked(text)
    assert found and all(_speaker(q) == "Ronaldo" for q in found)


def test_judgement_verb_without_sebagai_is_no_quote() -> None:
    assert _checked("Menteri Luar Negeri mengecam serangan yang telah menewaskan sepuluh orang itu.") == ()


def test_sebagaimana_opener_is_no_speaker() -> None:
    text = 'Sebagaimana dilaporkan media setempat, Budi hadir di persidangan dan menyatakan dirinya "tidak bersalah".'
    found = _checked(text)
    assert found and all(_speaker(q) != "Sebagaimana" for q in found)


def test_evidential_verb_with_a_named_subject_reports() -> None:
    text = "Survei Indikator menunjukkan bahwa mayoritas pemilih puas dengan kinerja gubernur."
    (q,) = _checked(text, (actor(text, "Indikator"),))
    assert q.text == "mayoritas pemilih puas dengan kinerja gubernur"


def test_evidential_verb_with_an_inanimate_subject_is_no_quote() -> None:
    text = "Tim tamu tertinggal jauh, tetapi babak kedua juga menunjukkan bahwa mereka punya semangat juang."
    assert _checked(text) == ()


def test_manner_adverbial_after_cue_is_no_quote() -> None:
    assert _checked("Budi Santoso menambahkan sambil tersenyum lebar kepada para wartawan.") == ()
    (q,) = _checked("Budi Santoso menambahkan timnya akan tampil lebih baik pekan depan.")
    assert q.text.startswith("timnya akan tampil")


def test_indefinite_object_is_no_quote() -> None:
    assert _checked("Ia percaya pada pemain muda itu, bukan karena bisa mengatakan banyak hal lainnya.") == ()
    (q,) = _checked("Ia mengatakan pemain muda itu akan menjadi kapten musim depan.")
    assert q.text.startswith("pemain muda itu")


def test_passive_with_quote_after_statement_author() -> None:
    text = 'Dalam keterangan tertulis Kementerian Kesehatan disebutkan bahwa vaksin itu "aman dan halal".'
    found = _checked(text)
    assert found and _speaker(found[-1]) == "Kementerian Kesehatan"


def test_a_noun_after_a_preposition_is_not_the_speaker() -> None:
    text = "Budi Santoso, 68, yang datang ke lokasi dengan istrinya mengatakan dia tidak lagi berharap."
    (q,) = _checked(text, (actor(text, "Budi Santoso"), actor(text, "istrinya")))
    assert _speaker(q) == "Budi Santoso"
    # right before the cue and governed by nothing, the noun speaks
    text = "Para tamu pulang, lalu istrinya mengatakan dia tidak lagi berharap."
    (q,) = _checked(text, (actor(text, "istrinya"),))
    assert q.speaker is not None and q.speaker.text == "istrinya"


def test_the_speaker_after_a_cue_ends_before_a_time_clause() -> None:
    text = "“Hukum harus dipenuhi,” tulis Meutya ketika dihubungi via WhatsApp, Kamis (5/4/2018)."
    (q,) = _checked(text, (actor(text, "Meutya"), actor(text, "WhatsApp")))
    assert _speaker(q) == "Meutya"


def test_a_words_abbreviations_are_its_languages() -> None:
    from warta.lang._base import written_abbreviations
    from warta.quotes.lexicon import load_lexicon
    from warta.quotes.speakers import words

    text = "Tn. Budi dan Dr. Smith"
    as_id = [text[s:e] for s, e in words(text, 0, len(text), load_lexicon("id"))]
    as_en = [text[s:e] for s, e in words(text, 0, len(text), load_lexicon("en"))]
    assert as_id[0] == "Tn." and as_en[0] == "Tn"  # an Indonesian honorific is no English abbreviation
    assert "Dr." in as_id and "Dr." in as_en
    assert written_abbreviations("xx") == ()  # a language without a list has none


def _full(text: str) -> tuple[Quote, ...]:
    import warta

    return warta.extract(text, lang="id").quotes


def test_a_role_then_its_holders_name_after_a_comma_names_the_speaker() -> None:
    cases = {
        "“Kami akan melawan,” kata pengacara Halloran, Martin Kessler, kepada wartawan.": "Martin Kessler",
        "“Kami akan melawan,” kata Menteri Luar Negeri Rusia, Sergei Lavrov, kepada wartawan.": "Sergei Lavrov",
        "“Situasinya rumit,” kata juru bicara Kementerian Luar Negeri China, Lu Kang, dalam jumpa pers.": "Lu Kang",
        # the role runs on past "untuk"; a rank before the name is no part of it
        "“Kami tidak punya pilihan,” kata Wakil Komisaris Polisi untuk Operasi, Chan Kwok-wing.": "Chan Kwok-wing",
        "“Kami akan menindak tegas,” ujar Kapolda Metro Jaya, Irjen Pol Mochamad Iriawan, di Jakarta.": (
            "Mochamad Iriawan"
        ),
    }
    for text, name in cases.items():
        (q,) = _full(text)
        assert _speaker(q) == name, text
        assert q.speaker is not None and text[q.speaker.start : q.speaker.end] == q.speaker.text


def test_what_follows_a_named_speaker_after_a_comma_is_no_name_of_theirs() -> None:
    # a place after the speaker's location, a day after a role: the role or the name before speaks
    text = "“Kami mau cari keterangan lagi,” kata Komjen Ari Dono di Mabes Polri, Jakarta, Kamis."
    (q,) = _full(text)
    assert _speaker(q) == "Ari Dono"
    (q,) = _full("“Kami akan melawan,” kata seorang pejabat AS, Senin.")
    assert q.speaker is not None and "Senin" not in (q.speaker.name or "")


def test_a_name_with_a_hyphened_particle_is_one_name() -> None:
    text = "Juru bicara koalisi, Kolonel Fahd al-Otaibi, membantah bahwa koalisi melanggar gencatan senjata."
    (q,) = _full(text)
    assert _speaker(q) == "Fahd al-Otaibi"


def test_a_person_noun_with_an_age_and_a_demonstrative_is_the_person_named_before() -> None:
    (q,) = _full(
        "Maria Lopez tiba di pengadilan. “Saya tidak bersalah,” kata perempuan berusia 45 tahun itu."
    )
    assert _speaker(q) == "Maria Lopez"
    (q,) = _full("John Carter ditangkap pekan lalu. “Saya akan melawan,” kata pria 32 tahun itu.")
    assert _speaker(q) == "John Carter"
    # without the demonstrative it is someone new
    (q,) = _full("John Carter ditangkap pekan lalu. “Dia orang baik,” kata seorang pria berusia 32 tahun.")
    assert _speaker(q) != "John Carter"


def test_a_role_speaker_keeps_its_modifiers() -> None:
    (q,) = _full("“Kami tidak akan mundur,” ujar seorang pejabat senior yang tidak mau disebutkan namanya.")
    assert q.speaker is not None and q.speaker.name == "pejabat senior"


def test_according_to_a_role_then_its_holder() -> None:
    text = "Menurut anggota Dewan Pembina Partai Demokrat, Ahmad Mubarok, pihaknya sudah mengetahui permainan itu."
    (q,) = _checked(text, (actor(text, "Partai Demokrat"),))
    assert q.text == "pihaknya sudah mengetahui permainan itu"
    assert _speaker(q) == "Ahmad Mubarok"
    # a role with no name after its comma still speaks itself
    text = "Menurut juru bicara itu, pemerintah tidak akan mundur."
    (q,) = _checked(text)
    assert q.text == "pemerintah tidak akan mundur"


def test_a_speech_verb_not_used_opens_no_quote() -> None:
    text = "Ia hanya tersenyum tanpa menjelaskan lebih jauh alasannya."
    assert _checked(text) == ()
    text = "Polisi tidak menyebutkan jumlah korban dalam kejadian itu."
    assert _checked(text) == ()


def test_a_country_or_the_quotes_own_subject_is_no_antecedent_for_dia() -> None:
    text = "Gambar dari Berlin, ibukota Jerman, paling terang di Eropa, sebut dia."
    (q,) = _checked(text, (actor(text, "Jerman"),))
    assert _speaker(q) is None


def test_a_contrast_after_a_comma_opens_another_speakers_words() -> None:
    text = "Iran mengklaim bahwa kapal itu melanggar perairannya, namun Inggris menyatakan kapal itu masih berada di Irak."
    first, second = _checked(text, (actor(text, "Iran"), actor(text, "Inggris")))
    assert first.text == "kapal itu melanggar perairannya" and _speaker(first) == "Iran"
    assert (
        second.text == "kapal itu masih berada di Irak"
        and second.speaker
        and second.speaker.text == "Inggris"
    )
    # a contrast inside what one speaker said stays in it
    text = "Ia mengatakan harga naik, namun pasokan tetap aman."
    (q,) = _checked(text)
    assert q.text == "harga naik, namun pasokan tetap aman"


def test_a_kin_or_role_noun_then_the_holders_name_after_the_cue() -> None:
    (q,) = _checked("“Ia anak yang baik,” kata ibunya, Grace Asante, dalam pernyataan tertulis.")
    assert _speaker(q) == "Grace Asante"
    (q,) = _checked(
        "“Izin itu harus dicabut,” kata koordinator lapangan aksi, Rahmat Hidayat, kepada wartawan."
    )
    assert _speaker(q) == "Rahmat Hidayat"


def test_a_name_set_off_after_its_role_is_the_subject_a_later_pronoun_means() -> None:
    text = (
        '"Persoalan ini sudah lama dibiarkan," tegas Yusuf.\n'
        "Manajer Humas PT Sumber Hijau, Robert Situmorang, menyatakan perusahaan memiliki izin. "
        "Ia membantah lahan itu merupakan tanah ulayat."
    )
    quotes = _checked(text, (actor(text, "Yusuf"), actor(text, "Robert Situmorang")))
    denial = next(q for q in quotes if q.text.startswith("lahan itu"))
    assert _speaker(denial) == "Robert Situmorang"


def test_a_capitalised_adverb_after_a_name_word_is_part_of_the_name() -> None:
    text = "Polda Jawa Tengah memastikan pesan berantai soal penculikan anak itu hoaks."
    (q,) = _checked(text, (actor(text, "Polda Jawa Tengah"),))
    assert _speaker(q) == "Polda Jawa Tengah"
    # a lower-case "tengah" is an adverb before the verb
    text = "Polisi tengah memastikan pesan berantai itu hoaks."
    (q,) = _checked(text, (actor(text, "Polisi"),))
    assert _speaker(q) == "Polisi"


def test_a_name_the_article_uses_on_its_own_is_no_short_form_of_a_longer_one() -> None:
    from tests.quotes.helpers import document

    from warta.quotes.attribution import NameResolver
    from warta.quotes.lexicon import load_lexicon

    text = "Mereka mengadakan Global Citizen Festival. Global Citizen didirikan pada 2008. Global Citizen mengatakan itu."
    actors = (actor(text, "Global Citizen Festival"), actor(text, "Global Citizen", nth=1))
    resolver = NameResolver(document(text, actors=actors), load_lexicon("id"))
    assert resolver.longest_form("Global Citizen", text.rindex("Global")) == "Global Citizen"
    # with no mention of its own before, the shorter name is the longer one's short form
    alone = NameResolver(document(text, actors=actors[:1]), load_lexicon("id"))
    assert alone.longest_form("Global Citizen", text.rindex("Global")) == "Global Citizen Festival"


def test_a_short_form_of_a_name_introduced_in_full_takes_the_full_name() -> None:
    text = "Kabareskrim Komjen Pol Ari Dono Sukmanto hadir di sana.\nKomjen Ari Dono mengatakan kasus itu akan diusut."
    actors = (actor(text, "Ari Dono Sukmanto"), actor(text, "Ari Dono", nth=1))
    (q,) = _checked(text, actors)
    assert "Sukmanto" in (_speaker(q) or "")


def test_a_name_after_a_role_noun_after_the_cue_speaks() -> None:
    text = "“Saya tidak pernah menerima uang itu,” kata tersangka Budi saat ditemui."
    (q,) = _checked(text, (actor(text, "tersangka"), actor(text, "Budi")))
    assert _speaker(q) == "Budi"
    text = "“Kami kecewa,” kata juru bicara Kementerian Luar Negeri."
    (q,) = _checked(text, (actor(text, "juru bicara Kementerian Luar Negeri"),))
    assert _speaker(q) == "juru bicara Kementerian Luar Negeri"


def test_a_role_with_a_demonstrative_that_the_actors_stage_resolved_speaks_as_that_person() -> None:
    import warta

    text = (
        "Kepala Biro Pers, Media dan Informasi Sekretariat Presiden (Setpres) Bey Machmudin membantah kabar "
        "itu. Dilansir situs resmi Setkab RI, Kepala Biro Pers, Media, dan Informasi Setpres itu menyebutkan, "
        "gaji pokok Presiden tidak berubah."
    )
    (q,) = warta.extract(text, lang="id").quotes
    assert _speaker(q) == "Bey Machmudin"
    # a role noun before the actor ("Perwira menengah Polri itu") is left to the role rules
    text = "Perwira menengah Polri itu membantah, petugas memukuli mahasiswa."
    (q,) = _checked(text, (actor(text, "Polri", "Kepolisian Negara Republik Indonesia"),))
    assert _speaker(q) != "Kepolisian Negara Republik Indonesia"


def test_the_name_closing_a_title_chain_after_the_cue_speaks() -> None:
    import warta

    text = "“Tersangka mengaku iseng,” kata Kasubdit Siber Polda Metro Jaya AKBP Roberto Pasaribu."
    (q,) = warta.extract(text, lang="id").quotes
    assert _speaker(q) == "Roberto Pasaribu"  # not the unit "Polda Metro Jaya" the rank follows


def _pipeline_speakers(text: str) -> list[str | None]:
    import warta

    return [_speaker(q) for q in warta.extract(text, lang="id").quotes]


def test_a_person_noun_with_a_demonstrative_is_the_subject_named_last() -> None:
    text = (
        "Perwakilan korban, Sri Wahyuningsih, meminta polisi menelusuri aset Gilang. "
        '"Uang kami itu hasil kerja puluhan tahun," kata perempuan asal Bekasi itu.'
    )
    assert _pipeline_speakers(text) == ["Sri Wahyuningsih"]


def test_a_person_noun_without_a_demonstrative_is_no_one_named_before() -> None:
    text = (
        "Perwakilan korban, Sri Wahyuningsih, meminta polisi menelusuri aset Gilang. "
        '"Uang kami itu hasil kerja puluhan tahun," kata seorang perempuan di lokasi.'
    )
    assert "Sri Wahyuningsih" not in _pipeline_speakers(text)


def test_a_role_linked_by_dari_to_its_faction_carries_on_to_the_name() -> None:
    text = '"Tahun lalu persoalannya sama persis," kata anggota Komisi IV dari Fraksi PDI-P, Sutrisno Hadiwibowo.'
    assert _pipeline_speakers(text) == ["Sutrisno Hadiwibowo"]


def test_academic_degrees_after_a_name_do_not_speak() -> None:
    text = "Kapolres Kombes Pol Witnu Urip Laksana, S.I.K., M.H. mengatakan, kelima pelaku sudah ditahan."
    assert _pipeline_speakers(text) == ["Witnu Urip Laksana"]


def test_a_pronoun_after_a_sentence_opened_by_a_place_is_the_titled_person_after_it() -> None:
    text = (
        'Kepala Bakamla Yudha Prasetyo mengatakan, "Kami sudah tiga kali memperingatkan mereka." '
        "Dari Beijing, juru bicara Kementerian Luar Negeri China Zhao Weiming menepis protes Jakarta. "
        "Ia menyatakan bahwa kapal negaranya tidak melanggar hukum internasional."
    )
    assert _pipeline_speakers(text)[-1] == "Zhao Weiming"


def test_a_role_with_a_demonstrative_is_the_name_its_first_mention_set_off() -> None:
    text = (
        "Juru bicara KPU Sulawesi Tenggara, Andi Herman, enggan berkomentar panjang. "
        '"Kami tidak ingin gegabah," kata juru bicara itu.'
    )
    assert _pipeline_speakers(text) == ["Andi Herman"]


def test_a_suspect_named_by_initials_is_not_who_the_next_nya_stands_for() -> None:
    text = (
        '"Dari dalam palka kami temukan 15 bungkus sabu," kata Kepala BNNP Riau Untung Sasmita Hadi.\n\n'
        "Saat hendak diamankan, tersangka HN sempat melompat ke laut dan berusaha melarikan diri.\n\n"
        '"Tindakan tegas itu kami lakukan karena tersangka melawan petugas," ujarnya.'
    )
    assert _pipeline_speakers(text) == ["Untung Sasmita Hadi", "Untung Sasmita Hadi"]


def test_a_bare_role_is_the_one_person_named_with_it_as_a_title() -> None:
    text = (
        "Putusan itu dibacakan hakim Ratna Dewi Kusumastuti dalam sidang yang digelar Senin. "
        "Dalam pertimbangannya, hakim menyatakan penyidik telah memiliki dua alat bukti yang sah."
    )
    assert _pipeline_speakers(text) == ["Ratna Dewi Kusumastuti"]
    # two judges so titled: the role is who speaks
    text = (
        "Sidang dipimpin hakim Ratna Dewi Kusumastuti dan hakim Bambang Sutrisno pada Senin. "
        "Dalam pertimbangannya, hakim menyatakan penyidik telah memiliki dua alat bukti yang sah."
    )
    assert _pipeline_speakers(text) == ["hakim"]
