"""One trigger per PLOVER type, on real news sentences with hand-marked actors."""

from __future__ import annotations

import pytest
from tests.events.helpers import build

from warta.events import extract_events
from warta.model import offset_errors
from warta.options import ExtractOptions

CASES = [
    ("id", "[Jokowi|IDN] bertemu dengan [Perdana Menteri Jepang|JPN] di Tokyo.", "CONSULT", ["IDN"], ["JPN"]),
    ("id", "[Prabowo|IDN] mengunjungi [Beijing|CHN] pekan ini.", "CONSULT", ["IDN"], ["CHN"]),
    (
        "id",
        "[Retno Marsudi|IDN] berbicara melalui telepon dengan [Wang Yi|CHN].",
        "CONSULT",
        ["IDN"],
        ["CHN"],
    ),
    ("id", "[Moskow|RUS] ingin mengembangkan kerja sama dengan [Pyongyang|PRK].", "AGREE", ["RUS"], ["PRK"]),
    ("id", "[Kim|PRK] mengundang [Putin|RUS] untuk mengunjungi Korea Utara.", "AGREE", ["PRK"], ["RUS"]),
    ("id", "[Jepang|JPN] mendukung keanggotaan [Indonesia|IDN] di OECD.", "SUPPORT", ["JPN"], ["IDN"]),
    ("id", "[Kementerian Luar Negeri|IDN] mengecam serangan [Israel|ISR].", "ACCUSE", ["IDN"], ["ISR"]),
    ("id", "[Kim Yung Ho|KOR] menyatakan kekhawatirannya tentang [Rusia|RUS].", "ACCUSE", ["KOR"], ["RUS"]),
    (
        "id",
        "[ASEAN|IGOASN] menyerukan [Myanmar|MMR] untuk menghentikan kekerasan.",
        "REQUEST",
        ["IGOASN"],
        ["MMR"],
    ),
    (
        "id",
        "[Kirby|USA] mengatakan bahwa akan ada konsekuensi bagi [Korea Utara|PRK].",
        "THREATEN",
        ["USA"],
        ["PRK"],
    ),
    ("id", "[China|CHN] mengancam [Taiwan|TWN] dengan latihan militer.", "THREATEN", ["CHN"], ["TWN"]),
    ("id", "[Rusia|RUS] memveto resolusi yang diajukan [Amerika Serikat|USA].", "REJECT", ["RUS"], ["USA"]),
    ("id", "[Niger|NER] mengusir duta besar [Prancis|FRA].", "SANCTION", ["NER"], ["FRA"]),
    ("id", "[Uni Eropa|IGOEU] menjatuhkan sanksi terhadap [Iran|IRN].", "COERCE", ["IGOEU"], ["IRN"]),
    ("id", "[Polisi|IDN] menangkap [aktivis Papua|IDN] di Jayapura.", "COERCE", ["IDN"], ["IDN"]),
    ("id", "[Rusia|RUS] menyerang [Ukraina|UKR] pada Februari 2022.", "ASSAULT", ["RUS"], ["UKR"]),
    ("id", "[Moskow|RUS] memberikan bantuan kemanusiaan ke [Korea Utara|PRK].", "AID", ["RUS"], ["PRK"]),
    (
        "id",
        "[Indonesia|IDN] dan [Australia|AUS] menggelar latihan militer bersama di Darwin.",
        "COOPERATE",
        ["IDN", "AUS"],
        [],
    ),
    ("id", "[China|CHN] mengerahkan pasukan ke perbatasan [India|IND].", "MOBILIZE", ["CHN"], ["IND"]),
    ("id", "[Ribuan mahasiswa|IDN] berunjuk rasa di depan gedung [DPR|IDN].", "PROTEST", ["IDN"], ["IDN"]),
    ("id", "[Israel|ISR] menarik pasukan dari [Gaza|PSE].", "RETREAT", ["ISR"], ["PSE"]),
    ("id", "[Pemerintah|IDN] memenuhi tuntutan [buruh|IDN].", "CONCEDE", ["IDN"], ["IDN"]),
    ("en", "[Biden|USA] met with [Xi Jinping|CHN] in San Francisco.", "CONSULT", ["USA"], ["CHN"]),
    ("en", "[The EU|IGOEU] imposed sanctions on [Russia|RUS].", "COERCE", ["IGOEU"], ["RUS"]),
    ("en", "[Russia|RUS] invaded [Ukraine|UKR] in 2022.", "ASSAULT", ["RUS"], ["UKR"]),
    ("en", "[Japan|JPN] condemned [North Korea|PRK] for the launch.", "ACCUSE", ["JPN"], ["PRK"]),
    (
        "en",
        "[The UN chief|IGOUNO] urged [Israel|ISR] to allow aid into Gaza.",
        "REQUEST",
        ["IGOUNO"],
        ["ISR"],
    ),
    ("en", "[Seoul|KOR] rejected the proposal from [Pyongyang|PRK].", "REJECT", ["KOR"], ["PRK"]),
]


@pytest.mark.parametrize(("lang", "marked", "kind", "actors", "recipients"), CASES)
def test_events_type_and_dyad(
    lang: str, marked: str, kind: str, actors: list[str], recipients: list[str]
) -> None:
    document = extract_events(build(marked, lang=lang), ExtractOptions())
    assert offset_errors(document) == []
    found = [e for e in document.events if e.type == kind]
    assert found, [(e.type, e.trigger.text if e.trigger else None) for e in document.events]
    event = found[0]
    assert sorted(a.country for a in event.actor) == sorted(actors)
    assert sorted(a.country for a in event.recipient) == sorted(recipients)
    assert event.cameo and event.trigger and document.text[event.start : event.end] == event.evidence


@pytest.mark.parametrize(
    ("lang", "marked"),
    [
        ("id", "[Kementerian Luar Negeri|RUS] mengatakan bahwa situasinya stabil."),
        ("id", "[Putin|RUS] memberi tahu wartawan tentang banyak proyek menarik."),
        ("en", "[The ministry|RUS] said the situation was stable."),
    ],
)
def test_events_bare_statement_is_no_event(lang: str, marked: str) -> None:
    assert extract_events(build(marked, lang=lang), ExtractOptions()).events == ()


def test_events_need_an_actor() -> None:
    document = build("Berbagai negara mengkhawatirkan kemungkinan kerja sama militer [Rusia|RUS].")
    assert extract_events(document, ExtractOptions()).events == ()
