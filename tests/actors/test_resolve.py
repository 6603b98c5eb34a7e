"""The actors stage on real-style Indonesian and English news sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.actors.helpers import actors, document, triples

import warta
from warta.actors import resolve_actors, role_span
from warta.model import offset_errors
from warta.options import ExtractOptions


def _find(text: str, span: str, lang: str = "id", published: dt.date | None = dt.date(2023, 9, 22)):
    return [t for t in triples(text, lang, published) if t[0] == span]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Rusia menolak tuduhan itu pada Senin.", "Rusia", "RUS"),
        ("Korea Utara kembali meluncurkan rudal balistik.", "Korea Utara", "PRK"),
        ("Korea Selatan mengecam peluncuran itu.", "Korea Selatan", "KOR"),
        ("Pemerintah Jepang memprotes keras, sementara Tiongkok diam.", "Tiongkok", "CHN"),
        ("Ukraina meminta bantuan senjata tambahan.", "Ukraina", "UKR"),
        ("AS menjatuhkan sanksi baru terhadap Iran.", "AS", "USA"),
        ("AS menjatuhkan sanksi baru terhadap Iran.", "Iran", "IRN"),
        ("Amerika Serikat dan Indonesia menandatangani perjanjian dagang.", "Amerika Serikat", "USA"),
        ("China memperingatkan Filipina soal Laut China Selatan.", "China", "CHN"),
        ("Russia and China vetoed the draft resolution.", "Russia", "RUS"),
        ("The United States imposed new tariffs on Chinese steel.", "United States", "USA"),
    ],
)
def test_resolve_country_names(text: str, span: str, country: str) -> None:
    assert [(t[2], t[3]) for t in _find(text, span, "en" if " the " in f" {text.lower()} " else "id")] == [
        (country, "GOV")
    ]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Moskow menuduh Barat memperpanjang perang.", "Moskow", "RUS"),
        ("Kremlin membantah laporan tersebut.", "Kremlin", "RUS"),
        ("Pyongyang menyebut latihan itu provokasi.", "Pyongyang", "PRK"),
        ("Seoul menyatakan siap berdialog.", "Seoul", "KOR"),
        ("Gedung Putih menyambut baik kesepakatan itu.", "Gedung Putih", "USA"),
        ("Beijing menuntut Washington berhenti mencampuri urusan Taiwan.", "Washington", "USA"),
        ("Beijing menuntut Washington berhenti mencampuri urusan Taiwan.", "Beijing", "CHN"),
    ],
)
def test_resolve_capital_metonym_is_government(text: str, span: str, country: str) -> None:
    assert [(t[2], t[3]) for t in _find(text, span)] == [(country, "GOV")]


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Dewan Keamanan PBB menggelar rapat darurat.", "Dewan Keamanan PBB", "IGOUNO", "IGO"),
        (
            "Perserikatan Bangsa-Bangsa menyerukan gencatan senjata.",
            "Perserikatan Bangsa-Bangsa",
            "IGOUNO",
            "IGO",
        ),
        ("ASEAN menyerukan dialog di Myanmar.", "ASEAN", "IGOASN", "IGO"),
        ("Uni Eropa memperpanjang sanksi terhadap Rusia.", "Uni Eropa", "IGOEU", "IGO"),
        ("NATO menambah pasukan di Polandia.", "NATO", "IGONAT", "IGO"),
        ("The European Union extended its sanctions.", "European Union", "IGOEU", "IGO"),
    ],
)
def test_resolve_international_organisations(text: str, span: str, country: str, sector: str) -> None:
    lang = "en" if text.startswith("The ") else "id"
    assert [(t[2], t[3]) for t in _find(text, span, lang)] == [(country, sector)]


@pytest.mark.parametrize(
    ("text", "span", "name", "country", "sector"),
    [
        ("Presiden Rusia Vladimir Putin tiba di Beijing.", "Vladimir Putin", "Vladimir Putin", "RUS", "GOV"),
        (
            "Perdana Menteri Jepang Fumio Kishida bertemu mitranya.",
            "Fumio Kishida",
            "Fumio Kishida",
            "JPN",
            "GOV",
        ),
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang.",
            "Sergei Lavrov",
            "Sergei Lavrov",
            "RUS",
            "GOV",
        ),
        ("Presiden Joko Widodo meresmikan bendungan itu.", "Joko Widodo", "Joko Widodo", "IDN", "GOV"),
        (
            "Panglima TNI Jenderal Agus Subiyanto meninjau pasukan.",
            "Agus Subiyanto",
            "Agus Subiyanto",
            "IDN",
            "MIL",
        ),
        (
            "Menteri Pertahanan Korea Selatan Shin Won-sik berbicara.",
            "Shin Won-sik",
            "Shin Won-sik",
            "KOR",
            "GOV",
        ),
        (
            "Russian President Vladimir Putin arrived in Beijing.",
            "Vladimir Putin",
            "Vladimir Putin",
            "RUS",
            "GOV",
        ),
        (
            "South Korean Unification Minister Kim Yung-ho said so.",
            "Kim Yung-ho",
            "Kim Yung-ho",
            "KOR",
            "GOV",
        ),
    ],
)
def test_resolve_title_and_name(text: str, span: str, name: str, country: str, sector: str) -> None:
    lang = "en" if text.split()[0] in ("Russian", "South") else "id"
    assert _find(text, span, lang) == [(span, name, country, sector)]


def test_resolve_name_after_title_consumes_the_title_country() -> None:
    # "Rusia" in the title is not an actor of its own: the events stage picks actors by position.
    assert [t[0] for t in triples("Presiden Rusia Vladimir Putin bertemu Kim Jong Un.")] == [
        "Vladimir Putin", "Kim Jong Un",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "country", "sector"),
    [
        ("Kementerian Luar Negeri Rusia mengatakan hal itu.", "Kementerian Luar Negeri Rusia", "RUS", "GOV"),
        (
            "Kementerian Pertahanan Jepang melaporkan peluncuran.",
            "Kementerian Pertahanan Jepang",
            "JPN",
            "GOV",
        ),
        ("Menurut juru bicara Kremlin, pertemuan itu produktif.", "juru bicara Kremlin", "RUS", "GOV"),
        (
            "Menteri Unifikasi Korea Selatan menyatakan keprihatinan.",
            "Menteri Unifikasi Korea Selatan",
            "KOR",
            "GOV",
        ),
        ("Hal itu disampaikan militer Rusia kemarin.", "militer Rusia", "RUS", "MIL"),
        ("Parlemen Ukraina mengesahkan undang-undang itu.", "Parlemen Ukraina", "UKR", "LEG"),
        ("Menurut TV negara Rusia, kunjungan itu berlangsung tiga hari.", "TV negara Rusia", "RUS", "MED"),
        ("TNI mengerahkan 500 personel ke lokasi bencana.", "TNI", "IDN", "MIL"),
        ("DPR menyetujui anggaran pertahanan.", "DPR", "IDN", "LEG"),
        ("Mahkamah Konstitusi menolak gugatan itu.", "Mahkamah Konstitusi", "IDN", "JUD"),
        ("Partai Buruh Korea menggelar rapat pleno.", "Partai Buruh Korea", "PRK", "PTY"),
    ],
)
def test_resolve_roles_and_organisations_without_names(
    text: str, span: str, country: str, sector: str
) -> None:
    assert [(t[2], t[3]) for t in _find(text, span)] == [(country, sector)]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Duta Besar AS untuk Seoul Philip Goldberg menghadiri acara itu.", "Philip Goldberg", "USA"),
        ("Duta Besar Indonesia untuk PBB menyampaikan pidato.", "Duta Besar Indonesia untuk PBB", "IDN"),
        ("Dubes Rusia untuk Indonesia Lyudmila Vorobieva hadir.", "Lyudmila Vorobieva", "RUS"),
    ],
)
def test_resolve_ambassador_is_of_the_sending_country(text: str, span: str, country: str) -> None:
    assert [t[2] for t in _find(text, span)] == [country]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Menurut kantor berita KCNA, Kim menghadiri latihan itu.", "KCNA", "PRK"),
        ("Hal itu dilaporkan Kantor Berita Pusat Korea pada Kamis.", "Kantor Berita Pusat Korea", "PRK"),
        ("Korean Central News Agency reported the launch.", "Korean Central News Agency", "PRK"),
        ("Hal itu dikatakannya kepada The Associated Press.", "The Associated Press", "USA"),
        ("Demikian menurut The AP.", "The AP", "USA"),
        ("Kantor berita Xinhua melaporkan kunjungan itu.", "Xinhua", "CHN"),
    ],
)
def test_resolve_news_agencies_are_media(text: str, span: str, country: str) -> None:
    lang = "en" if text.startswith("Korean") else "id"
    found = [(t[2], t[3]) for t in triples(text, lang) if span in t[0]]
    assert found == [(country, "MED")]


@pytest.mark.parametrize(
    ("text", "span", "name", "country"),
    [
        ("Menteri Pertahanan Korea Selatan Shin Won-sik tiba. Shin mengatakan pasukan siap.", "Shin", "Shin Won-sik", "KOR"),
        ("Juru bicara Gedung Putih John Kirby berbicara. Kata Kirby, AS siap.", "Kirby", "John Kirby", "USA"),
        ("Duta Besar AS untuk Seoul Philip Goldberg hadir. Menurut Tn. Goldberg, dialog penting.", "Goldberg", "Philip Goldberg", "USA"),
        ("Menteri Unifikasi Korea Selatan Kim Yung-ho hadir. Menteri Kim Yung Ho lalu berbicara.", "Kim Yung Ho", "Kim Yung-ho", "KOR"),
    ],
)  # fmt: skip
def test_resolve_surname_refers_to_full_name(text: str, span: str, name: str, country: str) -> None:
    assert [(t[1], t[2]) for t in _find(text, span)] == [(name, country)]


def test_resolve_ambiguous_surname_keeps_its_short_form_referent() -> None:
    text = (
        "Pemimpin Korea Utara Kim Jong Un tiba di Rusia. Delegasi Kim disambut meriah. "
        "Menteri Unifikasi Korea Selatan Kim Yung-ho mengkritik kunjungan itu. Kim kemudian mengunjungi pabrik."
    )
    kims = [t[1] for t in triples(text) if t[0] == "Kim"]
    assert kims == ["Kim Jong Un", "Kim Jong Un"]


@pytest.mark.parametrize(
    ("text", "span", "name", "country"),
    [
        ("“Kami tidak akan mundur,” kata Menteri Pertahanan Korea Selatan Shin Won-sik. "
         "“Korea Utara harus berhenti,” ujarnya.", "nya", "Shin Won-sik", "KOR"),
        ("Juru bicara Gedung Putih John Kirby berbicara kepada wartawan. "
         "Dia menambahkan bahwa sanksi akan diperluas.", "Dia", "John Kirby", "USA"),
    ],
)  # fmt: skip
def test_resolve_pronoun_and_clitic_refer_to_last_person(
    text: str, span: str, name: str, country: str
) -> None:
    assert [(t[1], t[2]) for t in _find(text, span)] == [(name, country)]


def test_resolve_clitic_on_a_non_speech_word_is_not_an_actor() -> None:
    text = "Presiden Rusia Vladimir Putin tiba. Kedatangannya disambut meriah."
    assert _find(text, "nya") == []


@pytest.mark.parametrize(
    ("text", "span", "countries"),
    [
        ("Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un. "
         "Kerja sama antara kedua negara akan diperluas.", "kedua negara", ["RUS", "PRK"]),
        ("Jepang dan Korea Selatan sepakat. Menurut Tokyo, kedua belah pihak akan bertemu lagi.",
         "kedua belah pihak", ["JPN", "KOR"]),
    ],
)  # fmt: skip
def test_resolve_pair_phrase_yields_two_actors(text: str, span: str, countries: list[str]) -> None:
    assert [t[2] for t in _find(text, span)] == countries


@pytest.mark.parametrize(
    ("text", "span", "name", "country"),
    [
        ("Kementerian Luar Negeri Rusia mengeluarkan pernyataan. Kementerian tersebut menegaskan sikapnya.",
         "Kementerian tersebut", "Kementerian Luar Negeri Rusia", "RUS"),
        ("Presiden Rusia Vladimir Putin berbicara. Presiden Rusia menghindari pertanyaan wartawan.",
         "Presiden Rusia", "Vladimir Putin", "RUS"),
        ("Putin bertemu Kim di Rusia. Presiden Rusia mengatakan negara itu mematuhi sanksi.",
         "negara itu", "Rusia", "RUS"),
        # an organisation noun opening a sentence with a demonstrative: the last organisation
        ("Departemen Kepolisian Baton Rouge menangkap Simpson di Louisiana. Departemen tersebut berterima kasih.",
         "Departemen tersebut", "Departemen Kepolisian Baton Rouge", "USA"),
    ],
)  # fmt: skip
def test_resolve_role_and_demonstrative_refer_back(text: str, span: str, name: str, country: str) -> None:
    assert [(t[1], t[2]) for t in _find(text, span)] == [(name, country)]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Juru bicara Andi Wijaya mengatakan rapat ditunda.", "Andi Wijaya", "IDN"),
        ("Gubernur Budi Santoso meninjau banjir.", "Budi Santoso", "IDN"),
        ("Presiden Rusia Vladimir Putin tiba. Gubernur Budi Santoso meninjau banjir.", "Budi Santoso", "RUS"),
    ],
)  # fmt: skip
def test_resolve_unknown_name_after_title_takes_the_country_the_article_is_set_in(
    text: str, span: str, country: str
) -> None:
    found = _find(text, span)
    assert len(found) == 1 and found[0][1] == span and found[0][2] == country and found[0][3] == "GOV"


def test_resolve_spokesperson_takes_the_country_of_the_ministry_just_named() -> None:
    text = "Kementerian Luar Negeri Jepang memprotes keras. “Ini tidak dapat diterima,” kata juru bicara Hikariko Ono."
    assert [t[2] for t in _find(text, "Hikariko Ono")] == ["JPN"]


def test_resolve_appositive_role_gives_the_name_its_country() -> None:
    text = "Shin Won-sik, Menteri Pertahanan Korea Selatan, memperingatkan Pyongyang."
    assert _find(text, "Shin Won-sik") == [("Shin Won-sik", "Shin Won-sik", "KOR", "GOV")]


@pytest.mark.parametrize(
    ("published", "country", "sector"),
    [(dt.date(2020, 1, 1), "IDN", "GOV"), (dt.date(2026, 1, 1), "IDN", None)],
)
def test_resolve_kb_role_depends_on_the_date(published: dt.date, country: str, sector: str | None) -> None:
    found = _find("Joko Widodo menghadiri upacara itu.", "Joko Widodo", published=published)
    assert [(t[2], t[3]) for t in found] in ([(country, sector)], [(country, "GOV")])


def test_resolve_people_role_dates() -> None:
    found = _find(
        "Prabowo Subianto menerima kunjungan itu.", "Prabowo Subianto", published=dt.date(2025, 3, 1)
    )
    assert [(t[2], t[3]) for t in found] == [("IDN", "GOV")]


def test_resolve_ignores_removed_spans() -> None:
    text = "Rusia menolak. [iklan Jepang] Korea Utara diam."
    doc = document(text)
    start = text.index("[iklan")
    doc = doc.__class__(**{**{f: getattr(doc, f) for f in doc.__slots__}, "removed": ((start, start + 14),)})
    countries = [a.country for a in resolve_actors(doc, ExtractOptions()).actors]
    assert countries == ["RUS", "PRK"]


def test_resolve_lowercase_role_word_alone_is_not_an_actor() -> None:
    # "militer" modifies "kerja sama"; only the pronoun, an agent noun, is an actor
    assert [t[0] for t in triples("Mereka membahas kerja sama militer dan ekonomi.")] == ["Mereka"]


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertemu. Kedua negara sepakat, ujarnya.",
        "Menurut Tn. Goldberg, AS siap. Dia menambahkan bahwa “Korea Selatan” penting.",
        "Kantor Berita Pusat Korea (KCNA) melaporkan bahwa Rusia-Ukraina berunding.",
        "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing.",
    ],
)
def test_resolve_offsets_and_order_invariant(text: str) -> None:
    lang = "en" if text.startswith("U.S.") else "id"
    doc = actors(text, lang)
    assert doc.actors and offset_errors(doc) == []
    assert [a.start for a in doc.actors] == sorted(a.start for a in doc.actors)


def test_resolve_english_country_before_title_is_consumed() -> None:
    text = "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing."
    assert [(t[0], t[2]) for t in triples(text, "en")] == [
        ("Antony Blinken", "USA"), ("Wang Yi", "CHN"), ("Beijing", "CHN"),
    ]  # fmt: skip


def test_resolve_role_span_covers_the_title() -> None:
    text = "Kemarin, Duta Besar AS untuk Seoul Philip Goldberg hadir."
    doc = actors(text)
    (actor,) = [a for a in doc.actors if a.text == "Philip Goldberg"]
    start, end = role_span(doc, actor)
    assert text[start:end] == "Duta Besar AS untuk Seoul Philip Goldberg"


def test_resolve_uses_ner_mentions_as_extra_candidates() -> None:
    from warta.model import Mention

    text = "Pernyataan itu disampaikan Budi Gunawan di Jakarta."
    doc = document(text)
    start = text.index("Budi")
    doc = doc.__class__(**{**{f: getattr(doc, f) for f in doc.__slots__}, "mentions": (
        Mention(start, start + 12, "Budi Gunawan", "PER"),)})  # fmt: skip
    found = [(a.text, a.country) for a in resolve_actors(doc, ExtractOptions()).actors]
    # an unknown person in an article set in Indonesia (Jakarta) is Indonesian
    assert ("Budi Gunawan", "IDN") in found


def test_resolve_person_mention_on_a_country_alias_is_the_person() -> None:
    import dataclasses

    from warta.model import Mention

    text = "Polisi menahan tersangka berinisial AS di Bogor. AS mengecam penahanan itu."
    doc = document(text)
    start = text.index("AS")
    assert (start, "AS", "USA") in [
        (a.start, a.text, a.country) for a in resolve_actors(doc, ExtractOptions()).actors
    ]
    bogor = text.index("Bogor")
    doc = dataclasses.replace(
        doc, mentions=(Mention(start, start + 2, "AS", "PER"), Mention(bogor, bogor + 5, "Bogor", "GPE"))
    )
    found = [(a.start, a.text, a.country) for a in resolve_actors(doc, ExtractOptions()).actors]
    assert (start, "AS", "IDN") in found  # the suspect, in an article set in Bogor
    assert (text.rindex("AS"), "AS", "USA") in found  # the country, not tagged a person, stays


def test_resolve_full_name_sharing_a_surname_with_a_found_person_is_a_person() -> None:
    import dataclasses

    from warta.model import Mention

    text = "Budi Santoso ditangkap di Bandung. Kakaknya, Rudi Santoso, menolak berkomentar."
    doc = document(text)
    later = text.rindex("Rudi Santoso")
    # the analyser found only the brother named later
    doc = dataclasses.replace(doc, mentions=(Mention(later, later + 12, "Rudi Santoso", "PER"),))
    found = {a.text: a for a in resolve_actors(doc, ExtractOptions()).actors}
    assert found["Budi Santoso"].name == "Budi Santoso"
    assert found["Budi Santoso"].country == "IDN"
    # without a person of that surname, an unknown capitalised pair stays unresolved
    alone = dataclasses.replace(document("Budi Santoso ditangkap di Bandung."), mentions=())
    assert "Budi Santoso" not in {a.text for a in resolve_actors(alone, ExtractOptions()).actors}


def test_resolve_companies_have_the_country_of_their_seat() -> None:
    found = {a.text: (a.country, a.sector) for a in actors("Kominfo memanggil Facebook dan TikTok.").actors}
    assert found["Facebook"] == ("USA", "BUS")
    assert found["TikTok"] == ("CHN", "BUS")


def test_resolve_a_historical_regime_has_its_country_in_a_foreign_story() -> None:
    found = {
        a.text: a.country
        for a in actors("Ibunya dideportasi ke Auschwitz oleh rezim Nazi, kata Gedung Putih.").actors
    }
    assert found.get("rezim Nazi", found.get("Nazi")) == "DEU"


def test_resolve_name_after_a_rank_starts_where_the_analyser_found_the_person() -> None:
    import dataclasses

    from warta.model import Mention

    text = "Juru bicara Kepolisian Daerah Papua Kombes Ignatius Benny mengatakan pelaku telah ditangkap."
    start = text.index("Ignatius")
    doc = dataclasses.replace(document(text), mentions=(Mention(start, start + 14, "Ignatius Benny", "PER"),))
    found = {a.text: a.name for a in resolve_actors(doc, ExtractOptions()).actors}
    assert found["Ignatius Benny"] == "Ignatius Benny"
    assert not any("Kombes" in t for t in found)


def test_resolve_a_known_persons_dated_role_beats_the_title_before_the_name() -> None:
    # "Partai Buruh" is also an Indonesian party; Corbyn led Britain's in 2018
    found = triples("Pemimpin Partai Buruh Jeremy Corbyn mengecam pemerintah.", published=dt.date(2018, 9, 1))
    assert ("Jeremy Corbyn", "Jeremy Corbyn", "GBR", "PTY") in found
    assert not any(t[0] in ("Buruh", "Pemimpin Partai") for t in found)  # no agent noun inside the title


def test_resolve_a_pronoun_never_stands_for_an_armed_group() -> None:
    text = (
        "Saipov mengatakan serangan itu terinspirasi video ISIS. "
        "Dia juga meminta bendera ISIS ditaruh di kamarnya, ujar polisi. Dia menyatakan tidak bersalah."
    )
    import warta  # the whole pipeline: the analyser's entities make Saipov a person

    found = [(a.text, a.name, a.sector) for a in warta.extract(text, lang="id").actors]
    assert ("ISIS", "ISIS", "REB") in found
    assert {name for t, name, _ in found if t == "Dia"} == {"Saipov"}


def test_resolve_a_pronoun_skips_an_acronym_taken_for_a_person() -> None:
    from warta.actors.coref import resolve
    from warta.actors.kb import load_kb
    from warta.actors.phrases import Candidate

    text = "Budi Santoso menonton video FETO. Dia menyesal."
    budi = Candidate(0, 12, "person", 0, name="Budi Santoso", country="IDN", name_words=("budi", "santoso"))
    feto = Candidate(28, 32, "person", 0, name="FETO", name_words=("feto",))  # the analyser's guess
    dia = Candidate(34, 37, "pronoun", 1)
    out = resolve(text, [budi, feto, dia], load_kb("id"))
    assert [r.name for r in out if (r.start, r.end) == (34, 37)] == ["Budi Santoso"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Menteri Komunikasi dan Informatika Rudiantara menegaskan hal itu.", "Rudiantara"),
        ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengecam aksi itu.", "Wiranto"),
        ("Kepala Biro Pers, Media dan Informasi Sekretariat Presiden Bey Machmudin membantah kabar itu.", "Bey Machmudin"),
        ("Kabareskrim Polri Komjen Pol Ari Dono Sukmanto mengatakan hal itu.", "Ari Dono Sukmanto"),  # a rank
    ],
)  # fmt: skip
def test_resolve_a_title_with_its_fields_names_the_person_after_them(text: str, person: str) -> None:
    import warta  # the whole pipeline, the analyser's entities included

    found = [(a.text, a.sector) for a in warta.extract(text, lang="id").actors]
    assert person in [t for t, _ in found]
    fields = (
        "Komunikasi",
        "Informatika",
        "Bidang Politik",
        "Biro Pers",
        "Kepala",
        "Komjen Pol Ari Dono Sukmanto",
    )
    assert not [t for t, _ in found if t in fields]


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("Gubernur Jawa Barat mengkritik kebijakan itu.", "Gubernur Jawa Barat", "IDN"),
        ("Gubernur Texas mengecam keputusan itu.", "Gubernur Texas", "USA"),
        ("Kapolres Bekasi menangkap pelaku.", "Kapolres Bekasi", "IDN"),
    ],
)
def test_resolve_an_office_of_a_province_or_city_is_no_name(text: str, span: str, country: str) -> None:
    found = {a.text: a for a in actors(text).actors}
    assert span in found and found[span].country == country
    assert span.split()[-1] not in found  # the place is the office's, not a person named "Texas"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rank ends what came before it: the unit and its place, then the name
        (
            "Kepala Bidang Humas Polda Jawa Timur Kombes Pol Frans Barung Mangera mengatakan pelaku ditangkap.",
            "Frans Barung Mangera",
        ),
        ("Kapolres Metro Jakarta Selatan Kombes Pol Indra Jafar mengatakan pelaku ditangkap.", "Indra Jafar"),
        ("Pangdam Jaya Mayjen Dudung Abdurachman menegaskan tidak ada penyerangan.", "Dudung Abdurachman"),
        # a regency's head, a deputy chair of a commission: the office, then the name
        ("Bupati Klaten Sri Hartini menolak anggaran itu.", "Sri Hartini"),
        # a city district is longer than the capital it starts with
        ("Ketua Pengadilan Negeri Jakarta Selatan Agus Salim menolak permohonan itu.", "Agus Salim"),
        ("Wakil Ketua Komisi III DPR Desmond J Mahesa mengkritik keputusan itu.", "Desmond J Mahesa"),
    ],
)
def test_resolve_a_name_after_a_title_chain_starts_after_its_rank_unit_and_place(
    text: str, name: str
) -> None:
    found = [a.text for a in actors(text).actors]
    assert name in found, found
    assert not [t for t in found if t != name and name.split()[-1] in t.split()], found


def test_a_lone_role_acted_on_is_a_party_and_one_modifying_a_noun_is_not() -> None:
    found = [a.text for a in actors("Perdana menteri itu akan bertemu dengan presiden pekan depan.").actors]
    assert "presiden" in found
    found = [a.text for a in actors("Ia mendaftar sebagai calon presiden dari partai kecil.").actors]
    assert "presiden" not in found


def test_a_title_with_a_party_and_a_demonstrative_is_an_epithet_for_the_last_person() -> None:
    text = (
        "Wakil Ketua Komisi VI DPR Hendra Wiratmaja mengkritik keputusan itu. Politikus Partai Amanat "
        "Nasional (PAN) itu menuding Kemendag mengabaikan rekomendasi Kementan."
    )
    found = {a.text: a for a in actors(text).actors}
    assert "Amanat Nasional" not in found  # a party's name, not a person's
    epithet = found["Politikus Partai Amanat Nasional"]
    assert epithet.name == "Hendra Wiratmaja" and epithet.country == "IDN"
    assert found["Kemendag"].country == "IDN"


def test_a_bare_epithet_with_a_demonstrative_is_the_person_just_named() -> None:
    text = (
        "Wakil Ketua Komisi III DPR dari Fraksi PDI-P, Bambang Sutrisno, meminta Polri transparan. "
        "Politikus itu mengatakan publik berhak tahu perkembangan kasus."
    )
    found = {a.text: a for a in warta.extract(text, lang="id").actors}  # the analyser finds the name
    assert found["Politikus itu"].name == "Bambang Sutrisno"


def test_a_bare_epithet_with_nobody_named_before_stays_unresolved() -> None:
    found = {a.text: a for a in actors("Politikus itu mengatakan publik berhak tahu.").actors}
    assert found.get("Politikus itu") is None or found["Politikus itu"].name == "Politikus itu"


def test_a_department_or_committee_is_an_organisation_of_the_articles_country() -> None:
    text = (
        "Ketua Komite Kehakiman DPR AS menuduh Jaksa Agung AS menghalangi penyelidikan. "
        "Departemen Kehakiman menolak menyerahkan dokumen itu kepada Komite Kehakiman."
    )
    found = {t[0]: t for t in triples(text, "id", dt.date(2019, 5, 8))}
    assert "Departemen Kehakiman" in found and found["Departemen Kehakiman"][-2:] == ("USA", "GOV")


def test_an_acronym_in_brackets_inside_an_organisations_name_keeps_it_one_actor() -> None:
    text = "Kepolisian Daerah (Polda) Jawa Tengah memastikan pesan berantai itu hoaks."
    found = {a.text: a for a in actors(text).actors}
    assert "Kepolisian Daerah (Polda) Jawa Tengah" in found, list(found)
    assert found["Kepolisian Daerah (Polda) Jawa Tengah"].country == "IDN"
    # a bracketed gloss after a whole name ends it
    found = [a.text for a in actors("Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka.").actors]
    assert "Komisi Pemberantasan Korupsi" in found and not [t for t in found if "(KPK)" in t]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Yaman", "YEM"), ("Oman", "OMN"), ("Sri Lanka", "LKA"), ("Perancis", "FRA"), ("Jordania", "JOR"),
     ("Afghanistan", "AFG"), ("Arab Saudi", "SAU")],
)  # fmt: skip
def test_resolve_a_country_named_at_the_start_of_a_sentence_is_the_country(name: str, country: str) -> None:
    import warta

    document = warta.extract(f"{name} mengecam serangan itu.", lang="id")
    assert [(a.text, a.country) for a in document.actors] == [(name, country)]


def test_resolve_a_name_hyphened_to_anti_is_a_stance_not_the_roles_country() -> None:
    import warta

    document = warta.extract("Anggota parlemen anti-Suriah di Lebanon menuduh Damaskus.", lang="id")
    found = [(a.text, a.country) for a in document.actors]
    assert ("Suriah", "SYR") not in found
    assert found[0] == ("Anggota parlemen", "LBN")


def test_resolve_a_group_noun_ends_before_a_hyphened_prefix() -> None:
    import warta

    document = warta.extract("Kelompok pro-Rusia menyerang pos polisi.", lang="id")
    assert document.actors[0].text == "Kelompok"


def test_resolve_an_organisation_the_analyser_found_is_one_actor_the_kb_need_not_know() -> None:
    import dataclasses

    from warta.model import Mention

    text = "Indonesia Corruption Watch mengkritik KPK. Jajak pendapat itu dirilis Senin."
    doc = document(text)
    jajak = text.index("Jajak")
    doc = dataclasses.replace(
        doc,
        mentions=(
            Mention(0, 26, "Indonesia Corruption Watch", "ORG"),
            Mention(jajak, jajak + 5, "Jajak", "ORG"),
        ),
    )
    found = [(a.text, a.country) for a in resolve_actors(doc, ExtractOptions()).actors]
    assert ("Indonesia Corruption Watch", "IDN") in found
    assert ("Indonesia", "IDN") not in found  # the country inside its name does not act
    assert not any(t == "Jajak" for t, _ in found)  # one capitalised word opening a sentence


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Presiden Joko Widodo menerima Perdana Menteri Jepang di Istana Bogor.", "Perdana Menteri Jepang"),
        ("Duta Besar AS untuk Korea Selatan Philip Goldberg mengecam Korea Utara.", "Philip Goldberg"),
    ],
)
def test_resolve_only_a_posted_title_takes_in_the_place_after_di_or_untuk(text: str, actor: str) -> None:
    import warta

    found = [a.text for a in warta.extract(text, lang="id").actors]
    assert actor in found
    assert "Istana Bogor" not in found  # the palace is where they met, not a person's name


def test_resolve_a_place_name_ending_a_persons_name_is_part_of_it() -> None:
    import warta

    document = warta.extract(
        "Pengacara terdakwa, Hotman Paris, menilai dakwaan jaksa tidak berdasar.", lang="id"
    )
    found = [(a.text, a.country) for a in document.actors]
    assert ("Hotman Paris", "IDN") in found  # the name whole, and the article not set in France
    assert not any(t == "Paris" for t, _ in found)


def test_resolve_an_offices_acronym_in_brackets_before_the_name_is_part_of_the_title() -> None:
    import warta

    text = "Kepala Biro Pers, Media dan Informasi Sekretariat Presiden (Setpres) Bey Machmudin membantah kabar itu."
    found = [(a.text, a.name) for a in warta.extract(text, lang="id").actors]
    assert ("Bey Machmudin", "Bey Machmudin") in found
    assert not any(t.startswith("Kepala Biro") for t, _ in found)  # one person, not a role and a name


def test_resolve_a_title_with_its_office_and_a_demonstrative_is_the_person_last_named_so() -> None:
    import warta

    text = (
        "Juru bicara Kementerian Luar Negeri Teuku Faizasyah tiba di Jakarta. "
        "Juru bicara Kemlu itu mengatakan, pemerintah terus memantau situasi."
    )
    found = [(a.text, a.name) for a in warta.extract(text, lang="id").actors]
    assert ("Juru bicara Kemlu", "Teuku Faizasyah") in found
    # with no one named before it stays the role, of its office's country
    alone = warta.extract("Juru bicara Kemlu itu mengecam serangan tersebut.", lang="id").actors
    assert [(a.text, a.country) for a in alone] == [("Juru bicara Kemlu", "IDN")]


def test_resolve_a_nickname_set_off_by_sapaan_akrabnya_is_the_person_last_named() -> None:
    import warta

    text = (
        "Plt Kepala Biro Humas Kominfo Ferdinandus Setu menegaskan tidak ada rencana pemblokiran. "
        "“Itu hoaks,” tegas Nando, sapaan akrabnya. Nando menambahkan, masyarakat jangan panik."
    )
    document = warta.extract(text, lang="id")
    assert [a.name for a in document.actors if a.text == "Nando"] == ["Ferdinandus Setu"] * 2
    assert {q.speaker.name for q in document.quotes if q.speaker} == {"Ferdinandus Setu"}


def test_resolve_a_modifier_between_a_title_and_the_name_stays_in_the_title() -> None:
    import warta

    found = [
        (a.text, a.name)
        for a in warta.extract("Pemimpin oposisi Jeremy Corbyn menuduh May.", lang="id").actors
    ]
    assert found[0] == ("Jeremy Corbyn", "Jeremy Corbyn")
    assert not any(t == "Pemimpin" for t, _ in found)  # one person, not a nameless role beside a name
