"""Argument, modality, date, source and dedupe rules, one behaviour per case."""

from __future__ import annotations

import dataclasses

import pytest
from tests.events.helpers import build

from warta.events import extract_events
from warta.model import Document, Event, offset_errors
from warta.options import ExtractOptions


def run(marked: str, **kw: object) -> Document:
    document = extract_events(build(marked, **kw), ExtractOptions())  # type: ignore[arg-type]
    assert offset_errors(document) == []
    return document


def only(document: Document, kind: str) -> Event:
    found = [e for e in document.events if e.type == kind]
    assert len(found) == 1, [(e.type, e.evidence) for e in document.events]
    return found[0]


@pytest.mark.parametrize(
    ("marked", "kind", "actor", "recipient"),
    [
        ("[beberapa orang|PRK] yang dikenai sanksi oleh [Dewan Keamanan|IGOUNO] atas program senjata", "COERCE", "IGOUNO", "PRK"),
        ("[Markas Hamas|PSE] diserang oleh [militer Israel|ISR] pada malam hari.", "ASSAULT", "ISR", "PSE"),
        ("[Dua jurnalis|IDN] ditangkap oleh [polisi Myanmar|MMR] di Yangon.", "COERCE", "MMR", "IDN"),
        ("[Ukraine|UKR] was attacked by [Russia|RUS] on Monday.", "ASSAULT", "RUS", "UKR"),
    ],
)  # fmt: skip
def test_events_passive_agent_is_actor(marked: str, kind: str, actor: str, recipient: str) -> None:
    lang = "en" if marked.endswith("Monday.") else "id"
    event = only(run(marked, lang=lang), kind)
    assert [a.country for a in event.actor] == [actor]
    assert [a.country for a in event.recipient] == [recipient]


@pytest.mark.parametrize(
    ("marked", "kind", "actors"),
    [
        ("[Moskow|RUS] dan [Pyongyang|PRK] menandatangani perjanjian pertahanan.", "SUPPORT", {"RUS", "PRK"}),
        ("[Korea Selatan|KOR], [Amerika Serikat|USA] dan [Jepang|JPN] mengecam peluncuran rudal itu.", "ACCUSE", {"KOR", "USA", "JPN"}),
        ("Menyusul pertemuan antara [Vladimir Putin|RUS] dan [Kim Jong Un|PRK] di Rusia pekan lalu.", "CONSULT", {"RUS", "PRK"}),
    ],
)  # fmt: skip
def test_events_compound_actor_is_one_event(marked: str, kind: str, actors: set[str]) -> None:
    event = only(run(marked), kind)
    assert {a.country for a in event.actor} == actors


@pytest.mark.parametrize(
    ("marked", "parties"),
    [
        ("Pertemuan antara Presiden [Jokowi|IDN] dan Presiden Rusia [Vladimir Putin|RUS] berlangsung di Moskow.", ["Jokowi", "Vladimir Putin"]),
        ("Pertemuan [Presiden Jokowi|IDN] dan Ketua Umum Gerindra [Prabowo Subianto|IDN] berlangsung tertutup.", ["Presiden Jokowi", "Prabowo Subianto"]),
        ("Pertemuan politik [Komite Sentral Partai Buruh Korea|PRK] digelar di Pyongyang.", ["Komite Sentral Partai Buruh Korea"]),
        ("Kunjungan [Menlu Retno|IDN] dan [Menhan Prabowo|IDN] ke [Beijing|CHN] berlangsung dua hari.", None),
    ],
)  # fmt: skip
def test_events_a_meeting_of_two_named_parties_is_mutual(marked: str, parties: list[str] | None) -> None:
    event = only(run(marked), "CONSULT")
    if parties is None:  # a visit by two goes to its destination: they did not meet each other
        assert len(event.actor) < 2 or event.recipient
    else:
        assert [a.text for a in event.actor] == parties
        assert event.recipient == ()


@pytest.mark.parametrize(
    ("marked", "kind", "modality"),
    [
        ("[Rusia|RUS] tidak menyerang [Ukraina|UKR] pada malam itu.", "ASSAULT", "negated"),
        ("[AS|USA] belum menjatuhkan sanksi terhadap [Rusia|RUS].", "COERCE", "negated"),
        ("[Korea Utara|PRK] bisa memasok senjata ke [Rusia|RUS].", "AID", "hypothetical"),
        ("Jika [Korea Utara|PRK] memasok senjata ke [Rusia|RUS], dunia akan bereaksi.", "AID", "hypothetical"),
        ("[Kim|PRK] akan melakukan kunjungan ke [Rusia|RUS] bulan depan.", "CONSULT", "future"),
        ("[Presiden|IDN] dijadwalkan bertemu dengan [Perdana Menteri Malaysia|MYS] besok.", "CONSULT", "future"),
        ("[Pengacaranya|PRT] bersiap untuk menuntut [Der Spiegel|DEU].", "ACCUSE", "future"),
        ("[Moskow|RUS] ingin mengembangkan kerja sama dengan [Pyongyang|PRK].", "AGREE", "asserted"),
        ("[AS|USA] masih siap untuk berdialog tanpa prasyarat dengan [Korea Utara|PRK].", "AGREE", "asserted"),
        ("[Kirby|USA] mengatakan akan ada konsekuensi bagi [Korea Utara|PRK] jika memasok senjata.", "THREATEN", "asserted"),
        ("[Kim Yung Ho|KOR] menyatakan kekhawatirannya tentang potensi kesepakatan senjata [Rusia|RUS].", "ACCUSE", "asserted"),
    ],
)  # fmt: skip
def test_events_modality_scope(marked: str, kind: str, modality: str) -> None:
    assert only(run(marked), kind).modality == modality


@pytest.mark.parametrize(
    ("marked", "kind", "date"),
    [
        ("[Rusia|RUS] menyerang [Ukraina|UKR] {pada Rabu|2023-09-13}.", "ASSAULT", "2023-09-13"),
        ("{Pada tanggal 22 September|2023-09-22}, [Moskow|RUS] ingin bekerja dengan [Pyongyang|PRK].", "AGREE", "2023-09-22"),
        ("[Moskow|RUS] memberikan bantuan ke [Korea Utara|PRK], menurut The AP {pada Kamis|2023-09-14}.", "AID", None),
        ("[Rusia|RUS] menyerang [Ukraina|UKR] tahun lalu.", "ASSAULT", None),
        # the date news closes a sentence with, as a clause of its own
        ("[Presiden|IDN] meminta [KPK|IDN] mengusut kasus yang merugikan negara, {Senin (7/12/2020)|2020-12-07}.", "REQUEST", "2020-12-07"),
        # ... but after "kata X" it dates the report, not the deed
        ("[Rusia|RUS] menyerang [Kyiv|UKR] lagi, kata [Zelensky|UKR], {Kamis (14/9/2023)|2023-09-14}.", "ASSAULT", None),
    ],
)  # fmt: skip
def test_events_date_from_time_in_clause(marked: str, kind: str, date: str | None) -> None:
    assert only(run(marked), kind).date == date


def test_events_statement_inherits_narrative_date_deed_does_not() -> None:
    document = run(
        "Dalam perkembangan lain {pada hari yang sama|2023-09-22}, [Kim Yung Ho|KOR] bertemu dengan [Goldberg|USA].\n"
        "[Kim Yung Ho|KOR] menyatakan kekhawatirannya tentang [Rusia|RUS].\n"
        "[Korea Utara|PRK] memasok senjata ke [Rusia|RUS]."
    )
    assert only(document, "CONSULT").date == "2023-09-22"
    assert only(document, "ACCUSE").date == "2023-09-22"
    assert only(document, "AID").date is None


def test_events_claim_in_quote_is_reported_by_speaker() -> None:
    claim = "[Korea Utara|PRK] memasok senjata ke [Rusia|RUS]."
    document = run(
        f"“{claim}” ujar [Kim Yung Ho|KOR].",
        quotes=(("Korea Utara memasok senjata ke Rusia.", "Kim Yung Ho"),),
    )
    event = only(document, "AID")
    assert [s.text for s in event.reported_by] == ["Kim Yung Ho"]
    assert document.quotes[0].event_id == event.id


def test_events_first_person_in_quote_is_the_speaker() -> None:
    document = run(
        "“Kami mengecam keras serangan itu,” kata [Lim|KOR].",
        quotes=(("Kami mengecam keras serangan itu,", "Lim"),),
    )
    event = only(document, "ACCUSE")
    assert [a.text for a in event.actor] == ["Lim"] and event.reported_by == ()


def test_events_menurut_names_the_source() -> None:
    event = only(run("Menurut KCNA, [Kim|PRK] mengundang [Putin|RUS] ke Pyongyang."), "AGREE")
    assert [s.text for s in event.reported_by] == ["KCNA"]


def test_events_same_event_twice_is_one_at_its_most_explicit_mention() -> None:
    document = run(
        "[Kementerian Luar Negeri Rusia|RUS] mengatakan bahwa [Moskow|RUS] ingin bekerja sama lebih jauh.\n"
        "[Rusia|RUS] bermaksud untuk mengembangkan kerja sama dengan [Korea Utara|PRK].\n"
        "[Rusia|RUS] ingin mengembangkan kerja sama dengan [Korea Utara|PRK]."
    )
    agree = [e for e in document.events if e.type == "AGREE"]
    assert len(agree) == 2  # one without a recipient, one RUS -> PRK reported twice
    assert [a.country for a in agree[1].recipient] == ["PRK"]
    assert agree[1].start == document.text.index("Rusia bermaksud")


@pytest.mark.parametrize("opener", ["Setelah", "Usai", "Sebelum"])
def test_events_fronted_adverbial_clause_shares_the_main_subject(opener: str) -> None:
    document = run(f"{opener} menginterogasi [Simpson|USA], [polisi|USA] mengatakan bahwa kasus itu selesai.")
    event = only(document, "ACCUSE")
    assert [a.text for a in event.actor] == ["polisi"]
    assert [a.text for a in event.recipient] == ["Simpson"]


def test_events_recipient_outside_the_clause_is_the_next_party_named() -> None:
    event = only(run("[Polisi|GBR] menangkap, pada Sabtu pagi, [seorang pria|GBR]."), "COERCE")
    assert [a.text for a in event.recipient] == ["seorang pria"]
    assert event.confidence < only(run("[Polisi|GBR] menangkap [seorang pria|GBR]."), "COERCE").confidence
    assert event.rule.endswith("recipient: next party its sentence names")  # the analyst can tell
    # not a place, and not a party of a later adverbial clause
    assert (
        only(
            run("[Polisi|GBR] menangkap, pada Sabtu pagi, seorang pria di [London|GBR]."), "COERCE"
        ).recipient
        == ()
    )
    assert (
        only(run("[Warga|IDN] memprotes keras, setelah itu [bupati|IDN] datang."), "ACCUSE").recipient == ()
    )
    # nor a word of the actor's own title, nor the speaker's clitic on a reporting verb
    kabar = only(run("Kabar itu dibantah [Kepala|IDN] Bagian Penerangan [Divisi Humas|IDN] Polri."), "REJECT")
    assert [a.text for a in kabar.actor] == ["Kepala"] and kabar.recipient == ()
    assert only(run("[Budi|IDN] membantah keras, ujar[nya|IDN]."), "REJECT").recipient == ()
    # nor the report's source: a quote's speaker ends the search
    said = run(
        "[Polisi|IDN] menangkap tiga orang itu, kata seorang [pejabat|IDN] kepada [Reuters|GBR].",
        quotes=(("Polisi menangkap tiga orang itu", "pejabat"),),
    )
    assert only(said, "COERCE").recipient == ()


def test_events_the_actor_is_never_its_own_recipient() -> None:
    from warta.model import Actor

    document = build("[Trump|USA] menyarankan agar ia sendiri memeriksa [Donald Trump|USA].")
    same = tuple(
        a if a.text != "Trump" else Actor(a.start, a.end, a.text, "Donald Trump", "USA")
        for a in document.actors
    )
    document = extract_events(dataclasses.replace(document, actors=same), ExtractOptions())
    assert all(r.name != "Donald Trump" for e in document.events for r in e.recipient)


@pytest.mark.parametrize(
    ("marked", "actor", "recipient"),
    [
        ("[DPR|IDN] memanggil [Facebook|USA] untuk meminta penjelasan.", "DPR", "Facebook"),
        # the main verb's object after a noun ("kantor") is no subject either, past a parenthesis
        ("[Anggota KRP|IDN] (KRP) mendatangi kantor [Kemlu|IDN] untuk meminta klarifikasi.", "Anggota KRP", "Kemlu"),
    ],
)  # fmt: skip
def test_events_a_purpose_clause_asks_the_party_its_main_verb_went_to(
    marked: str, actor: str, recipient: str
) -> None:
    event = only(run(marked), "REQUEST")
    assert [a.text for a in event.actor] == [actor]
    assert [a.text for a in event.recipient] == [recipient]


def test_events_a_party_begun_inside_the_trigger_phrase_is_its_recipient() -> None:
    event = only(run("[Pemerintah Venezuela|VEN] mengusir [diplomat AS|USA] dari [Caracas|VEN]."), "SANCTION")
    assert [a.text for a in event.recipient] == ["diplomat AS"]


def test_events_a_deed_noun_pointed_back_at_is_no_new_event() -> None:
    document = run("[Shinzo Abe|JPN] menyambut baik pertemuan tersebut.")
    assert [e.type for e in document.events] == ["SUPPORT"]  # the meeting is someone else's, told before


def test_events_no_party_inside_a_place_phrase_is_a_recipient() -> None:
    held = only(
        run("[Polisi Prancis|FRA] menahan 12 orang dalam penggerebekan di pinggiran [Paris|FRA]."), "COERCE"
    )
    assert held.recipient == ()


def test_events_a_protest_is_aimed_at_the_party_whose_premises_it_is_held_at() -> None:
    event = only(run("[Ribuan mahasiswa|IDN] berunjuk rasa di depan gedung [DPR|IDN]."), "PROTEST")
    assert [a.text for a in event.recipient] == ["DPR"]
    assert event.rule.endswith("recipient: next party its sentence names")
    # a town is where it is held, not whom it is aimed at
    town = only(run("[Ribuan orang|HUN] turun ke jalan di [Budapest|HUN] untuk memprotes."), "PROTEST")
    assert town.recipient == ()


@pytest.mark.parametrize(
    "marked",
    [
        "[Enam orang|IDN] ditangkap di Bekasi, kata [polisi|IDN].",  # named in the sentence
        "[Polisi|IDN] berjaga sejak pagi.\n[Enam orang|IDN] ditangkap di Bekasi.",  # named before
        "[Enam orang|IDN] ditangkap di Bekasi.\n[Polisi|IDN] meminta warga melapor.",  # named next
    ],
)
def test_events_arrest_with_no_agent_was_made_by_the_authority_named(marked: str) -> None:
    event = only(run(marked), "COERCE")
    assert [a.text.casefold() for a in event.actor] == ["polisi"]
    assert [a.text for a in event.recipient] == ["Enam orang"]


@pytest.mark.parametrize("authority", ["Pihak berwenang", "Pihak berwajib", "Kantor sheriff", "Otoritas"])
def test_events_authorities_by_other_names_make_arrests(authority: str) -> None:
    event = only(run(f"[Dua orang|USA] ditahan di Ohio, kata [{authority}|USA] setempat."), "COERCE")
    assert [a.text for a in event.actor] == [authority]


def test_events_a_killing_with_no_agent_has_no_implied_authority() -> None:
    document = run("[Enam orang|IDN] dibunuh di Bekasi.\n[Polisi|IDN] meminta warga melapor.")
    assert [e.type for e in document.events] == ["REQUEST"]  # the police did not kill them


def test_events_pronoun_after_a_measure_phrase_is_the_subject() -> None:
    event = only(run("Selama beberapa jam [mereka|IDN] mengkritik [pejabat Kemlu|IDN]."), "ACCUSE")
    assert [a.text for a in event.actor] == ["mereka"]


def test_events_preposition_governs_past_a_determiner() -> None:
    event = only(run("[Menteri itu|IDN] menuai kecaman dari para [penonton|IDN]."), "ACCUSE")
    assert [a.text for a in event.actor] == ["penonton"]
    assert [a.text for a in event.recipient] == ["Menteri itu"]


def test_events_same_deed_on_two_dates_is_two_events() -> None:
    document = run(
        "[Polisi|USA] menangkap [Palin|USA] {pada Desember 2017|2017-12}.\n"
        "[Polisi|USA] menangkap [Palin|USA] lagi {pada Januari 2016|2016-01}.\n"
        "[Polisi|USA] menangkap [Palin|USA] di rumahnya."
    )
    arrests = [e for e in document.events if e.type == "COERCE"]
    assert sorted(e.date or "" for e in arrests) == ["2016-01", "2017-12"]  # the undated one is one of them


def test_events_arrest_charge_and_sentence_are_three_events() -> None:
    import warta

    text = (
        "Polisi Jakarta menangkap Budi Santoso di rumahnya. Penangkapan itu disaksikan warga. "
        "Jaksa kemudian mendakwa Budi Santoso dengan pasal penipuan. "
        "Hakim memvonis Budi Santoso lima tahun penjara."
    )
    document = warta.extract(text, lang="id")
    assert offset_errors(document) == []
    coerce = [e for e in document.events if e.type == "COERCE"]
    # one event per deed: the arrest (told twice: "menangkap", "Penangkapan itu"), the charge, the sentence
    assert [e.trigger.text for e in coerce] == ["menangkap", "mendakwa", "memvonis"]
    # two words for one deed in one sentence are one event
    one = warta.extract("Mahasiswa itu melakukan aksi walk out untuk memprotes panitia acara.", lang="id")
    assert len([e for e in one.events if e.type == "PROTEST"]) == 1


def test_events_deed_noun_restating_its_verb_is_no_second_event() -> None:
    document = run("[Dewan juri federal|USA] menjerat [Saipov|UZB] dengan 22 dakwaan.")
    event = only(document, "COERCE")
    assert event.trigger.text == "menjerat"
    assert [a.country for a in event.actor] == ["USA"]
    # a deed noun of another type is its own event: "ditahan atas dugaan pembunuhan"
    document = run("[Polisi|GBR] menahan [seorang pria|GBR] atas dugaan pembunuhan.")
    assert {e.type for e in document.events} == {"COERCE", "ASSAULT"}


def test_events_symmetric_meeting_merged_whoever_is_named_first() -> None:
    document = run(
        "[Putin|RUS] bertemu dengan [Kim|PRK] di Vostochny.\nPertemuan puncak antara [Kim|PRK] dan [Putin|RUS] berlangsung lama."
    )
    assert len([e for e in document.events if e.type == "CONSULT"]) == 1


def test_events_purpose_of_a_meeting_is_not_a_second_meeting() -> None:
    document = run("[Widodo|IDN] bertemu [Putin|RUS] di Moskow untuk membahas kerja sama energi.")
    (meeting,) = [e for e in document.events if e.type == "CONSULT"]
    assert {a.country for a in meeting.actor + meeting.recipient} == {"IDN", "RUS"}
    # a later meeting of one of the parties alone, in another sentence, stays its own event
    document = run(
        "[Widodo|IDN] bertemu [Putin|RUS] di Moskow.\nEsoknya [Putin|RUS] membahas anggaran dengan [Lukashenko|BLR]."
    )
    assert len([e for e in document.events if e.type == "CONSULT"]) == 2


def test_events_governed_complement_is_not_a_second_event() -> None:
    document = run(
        "[Para menteri|RUS] sepakat untuk bertemu dengan [mitra Korea Utara|PRK] dalam waktu dekat."
    )
    assert [e.type for e in document.events] == ["AGREE"]


def test_events_ids_and_quote_links_follow_text_order() -> None:
    document = run("[Rusia|RUS] menyerang [Ukraina|UKR].\n[Jepang|JPN] mengecam [Rusia|RUS].")
    assert [e.id for e in document.events] == ["d:e0", "d:e1"]
    assert [e.type for e in document.events] == ["ASSAULT", "ACCUSE"]


def test_events_adverbial_clause_is_outside_a_governed_complement() -> None:
    # "setelah …" says when, it is not what was demanded: the praise is an event of its own
    document = run(
        "[Pengunjuk rasa|USA] mendesak [Senat|USA] bertindak setelah [Biden|USA] memuji [Macron|FRA]."
    )
    assert sorted(e.type for e in document.events) == ["REQUEST", "SUPPORT"]
    # a complement clause ("agar …") stays part of the demand
    document = run("[Pengunjuk rasa|USA] mendesak [Senat|USA] agar [Biden|USA] memuji [Macron|FRA].")
    assert [e.type for e in document.events] == ["REQUEST"]


@pytest.mark.parametrize(
    ("marked", "kind", "actor"),
    [
        ("[Sekelompok pemuda|ESP] yang ditahan oleh [polisi|ESP] melempari [petugas|FRA] dengan batu.", "PROTEST", "ESP"),
        ("[Warga|IDN] yang tinggal di dekat pabrik menolak [rencana perusahaan Malaysia|MYS] itu.", "REJECT", "IDN"),
        # the relative clause's object is not who acts after it
        ("[Mustaghfirin|IDN] yang mendampingi [Musliar|MYS] segera meminta [panitia|SGP] menghitung ulang.", "REQUEST", "IDN"),
    ],
)  # fmt: skip
def test_events_head_before_relative_clause_is_subject_of_the_main_verb(
    marked: str, kind: str, actor: str
) -> None:
    event = only(run(marked), kind)
    assert [a.country for a in event.actor] == [actor]


@pytest.mark.parametrize("adverb", ["saat ini", "setelah itu", "sementara itu"])
def test_events_adverb_with_a_demonstrative_opens_no_clause(adverb: str) -> None:
    # "saat ini" is "now", not "when this …": the subject before it is still the verb's
    event = only(run(f"[KJRI Davao|IDN] {adverb} menolak [tawaran pemerintah Filipina|PHL]."), "REJECT")
    assert [a.country for a in event.actor] == ["IDN"]


def test_events_hoax_being_spread_is_no_denial() -> None:
    document = run("[Polisi|IDN] akan mengejar pelaku penyebar berita hoaks soal pelemparan kitab suci.")
    assert "REJECT" not in [e.type for e in document.events]
    # said of a report, it is one
    document = run("[Kapolri|IDN] mengatakan kabar pelemparan kitab suci itu hoaks.")
    assert [e.type for e in document.events] == ["REJECT"]
    for said in (
        "[Semuel|IDN] mengatakan itu pasti hoax.",
        "[Polda|IDN] memastikan pesan itu merupakan berita hoaks.",
    ):
        assert [e.type for e in run(said).events] == ["REJECT"], said
    # the noun of a report, in a list or before its verb, denies nothing
    for noun in (
        "[Kominfo|IDN] mencatat lebih dari 1.600 isu hoaks beredar tahun lalu.",
        "[Menteri|IDN] siap menutup akun yang menyebarkan konten SARA, negatif, hoax, dan fitnah.",
    ):
        assert "REJECT" not in [e.type for e in run(noun).events], noun


def test_events_purpose_clause_verb_is_the_callers() -> None:
    # "untuk meminta": DPR summons Facebook to ask it, Facebook asks nothing
    event = only(run("[DPR|IDN] memanggil [Facebook|USA] untuk meminta penjelasan."), "REQUEST")
    assert [a.country for a in event.actor] == ["IDN"]


@pytest.mark.parametrize(
    ("marked", "kind", "actor", "recipient"),
    [
        ("[Pemerintah|IDN] mengumumkan pemblokiran [Facebook|USA] di Indonesia.", "COERCE", ["IDN"], ["USA"]),
        ("[Polisi|IDN] membenarkan penangkapan [aktivis Malaysia|MYS] itu.", "COERCE", ["IDN"], ["MYS"]),
        # an authority after the noun is the one who acts
        ("Kasus itu masih dalam penyelidikan [polisi|IDN].", "ACCUSE", ["IDN"], []),
        # a noun of another shape takes its actor after it
        ("Warga panik setelah serangan [Israel|ISR] ke [Gaza|PSE].", "ASSAULT", ["ISR"], ["PSE"]),
    ],
)  # fmt: skip
def test_events_pen_an_deed_noun_takes_its_patient_after_it(
    marked: str, kind: str, actor: list[str], recipient: list[str]
) -> None:
    event = next(e for e in run(marked).events if e.type == kind)
    assert [a.country for a in event.actor] == actor
    assert [a.country for a in event.recipient] == recipient


def test_events_pe_before_r_and_l_is_the_same_deed_noun_prefix() -> None:
    # "peracunan" is peN-an of racun: the one named after it was poisoned, and did not poison
    events = run("[Inggris|GBR] mengecam peracunan [Navalny|RUS] di Siberia.").events
    assert not any(e.type == "ASSAULT" and [a.text for a in e.actor] == ["Navalny"] for e in events)


def test_events_a_word_for_the_actor_itself_is_no_recipient() -> None:
    event = only(
        run("[Pemerintah Malaysia|MYS] menolak tuduhan bahwa [pihaknya|MYS] membiarkan asap masuk."), "REJECT"
    )
    assert event.recipient == ()


def test_events_an_adjective_in_a_relative_clause_reports_nothing() -> None:
    document = run("[Massa|IDN] yang kecewa melempari [aparat|IDN] dengan batu.")
    assert [e.type for e in document.events] == ["PROTEST"]


def test_events_agent_of_a_criticised_deed_is_the_recipient() -> None:
    event = only(
        run("[Organisasi masyarakat sipil|IDN] mengecam pengesahan undang-undang itu oleh [DPR|IDN]."),
        "ACCUSE",
    )
    assert [a.text for a in event.recipient] == ["DPR"]


def test_events_deed_criticised_is_not_done_by_the_critic() -> None:
    document = run("[Joe Biden|USA] mengecam serangan roket terhadap [kedutaan AS|USA] di Baghdad.")
    assert [e.type for e in document.events] == ["ACCUSE"]  # the attack has no actor named
    # after a verb that is no event of its own, its subject does the deed
    document = run("[Mueller|USA] memimpin penyelidikan terhadap [kampanye Trump|USA].")
    assert [(e.type, [a.text for a in e.actor]) for e in document.events] == [("ACCUSE", ["Mueller"])]


@pytest.mark.parametrize(
    ("marked", "actor"),
    [
        ("[Majelis hakim|IDN] menjatuhkan hukuman mati kepada [Ferdy Sambo|IDN] atas pembunuhan berencana.", "Ferdy Sambo"),
        ("[Seorang pria|GBR] ditahan [polisi|GBR] atas dugaan pembunuhan.", "Seorang pria"),
    ],
)  # fmt: skip
def test_events_crime_one_is_punished_for_was_done_by_them(marked: str, actor: str) -> None:
    event = only(run(marked), "ASSAULT")
    assert [a.text for a in event.actor] == [actor]


def test_events_deed_a_reason_is_given_for_is_not_the_subjects() -> None:
    # an appeal against a verdict: the appellant passed no sentence
    document = run("[Ferdy Sambo|IDN] mengajukan banding atas vonis tersebut.")
    assert "COERCE" not in [e.type for e in document.events]


@pytest.mark.parametrize(
    ("marked", "met"),
    [
        ("[Trump|USA] akan membahas sidang minggu ini.", False),  # discussing a hearing meets no one
        ("[KJRI Davao|IDN] tengah berkomunikasi dengan pihak-pihak di Indonesia.", True),  # a partner, no actor
        ("[Putin|RUS] bertemu [Kim|PRK] di Vostochny.", True),
        ("Pertemuan [Putin|RUS] itu berlangsung empat jam.", True),  # a noun: the partner came before
    ],
)  # fmt: skip
def test_events_a_meeting_needs_a_partner(marked: str, met: bool) -> None:
    assert ("CONSULT" in [e.type for e in run(marked).events]) is met


def test_events_what_a_speaker_calls_false_is_the_recipient_of_the_denial() -> None:
    document = run(
        "[Rosenstein|USA] mengatakan bahwa laporan [The Times|USA] itu tidak benar.",
    )
    event = only(document, "REJECT")
    assert [a.text for a in event.actor] == ["Rosenstein"]
    assert [a.text for a in event.recipient] == ["The Times"]


def test_events_judgement_of_a_deed_by_someone_targets_them() -> None:
    event = only(
        run("[Meutya Hafid|IDN] menilai hal itu sebagai pelanggaran serius oleh [Facebook|USA]."), "ACCUSE"
    )
    assert [a.text for a in event.recipient] == ["Facebook"]


@pytest.mark.parametrize(
    ("marked", "arrest"),
    [
        ("[Polisi|IDN] mengamankan [dua pelaku|IDN] di lokasi.", True),
        ("[Polisi|IDN] menerjunkan personel untuk mengamankan jalannya pertandingan.", False),
        ("[Dua pelaku|IDN] diamankan [petugas|IDN].", True),
    ],
)  # fmt: skip
def test_events_securing_is_an_arrest_only_when_done_to_someone(marked: str, arrest: bool) -> None:
    assert ("COERCE" in [e.type for e in run(marked).events]) is arrest


@pytest.mark.parametrize(
    ("marked", "actor"),
    [
        # the sentence's own predicate stands between: Apple denies, it did not complain
        ("Keluhan para pengguna itu telah dibantah oleh [Apple|USA].", None),
        # a relative clause: the accusation Ford made
        ("[FBI|USA] menyelidiki tuduhan yang diajukan oleh [Ford|USA].", "Ford"),
    ],
)  # fmt: skip
def test_events_deed_noun_agent_is_its_own_only_within_its_phrase(marked: str, actor: str | None) -> None:
    accusations = [e for e in run(marked).events if e.type == "ACCUSE" and e.trigger.text != "menyelidiki"]
    assert [a.text for e in accusations for a in e.actor] == ([actor] if actor else [])


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Ketika ditemui wartawan di kantornya, Menteri Sri Mulyani menolak berkomentar.", False),
        ("Saat ditemui Tempo di Jakarta, Ketua KPK Firli Bahuri menolak berkomentar.", False),
        ("Menteri Sri Mulyani bertemu Ketua KPK Firli Bahuri di Jakarta.", True),
    ],
)  # fmt: skip
def test_events_being_met_by_the_press_is_an_interview_not_a_meeting(text: str, met: bool) -> None:
    import warta

    document = warta.extract(text, lang="id")
    assert ("CONSULT" in [e.type for e in document.events]) is met


def test_events_a_denial_of_an_accusation_answers_the_accuser_named_before() -> None:
    document = run(
        "[Komisi VI|IDN] menuding [Kemendag|IDN] menerbitkan izin impor diam-diam.\n"
        "[Kemendag|IDN] membantah tudingan bahwa izin impor diterbitkan diam-diam."
    )
    denial = only(document, "REJECT")
    assert [a.text for a in denial.recipient] == ["Komisi VI"]
    assert denial.rule.endswith("who made the accusation it denies")


def test_events_a_denial_answers_the_accusation_against_the_deniers_office_it_repeats() -> None:
    document = run(
        "[Ketua Komisi IV|IDN] menilai [Kementerian Pertanian|IDN] gagal memperbarui data penerima pupuk.\n"
        "[Menteri Bambang|IDN] membantah tudingan bahwa kementeriannya lalai memperbarui data."
    )
    assert [a.text for a in only(document, "REJECT").recipient] == ["Ketua Komisi IV"]


def test_events_a_denial_of_that_accusation_answers_the_last_accuser() -> None:
    document = run(
        "[Koordinator LSM itu|IDN] menyebut [perwakilan RI|IDN] kerap terlambat mendampingi WNI.\n"
        "[Konsul Hendra|IDN] membantah tudingan tersebut."
    )
    assert [a.text for a in only(document, "REJECT").recipient] == ["Koordinator LSM itu"]


def test_events_a_denial_of_an_accusation_no_one_made_before_has_no_recipient() -> None:
    document = run(
        "[Komisi VI|IDN] menuding [Kemendag|IDN] menerbitkan izin impor diam-diam.\n"
        "[Bea Cukai|IDN] membantah tudingan bahwa barang itu diselundupkan."
    )
    assert only(document, "REJECT").recipient == ()
