"""find_sources: the source chain the article credits for a span, innermost first."""

from __future__ import annotations

import pytest
from tests.quotes.helpers import actor, document

from warta.options import ExtractOptions
from warta.quotes import extract_quotes, find_sources


def _chain(text: str, span_text: str, lang: str = "id", actors=()) -> list[str]:
    doc = extract_quotes(document(text, lang, actors), ExtractOptions())
    start = text.index(span_text)
    sources = find_sources(doc, start, start + len(span_text))
    for s in sources:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sources]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Rusia menyerang Kharkiv pada Senin, menurut militer Ukraina.",
            "Rusia menyerang Kharkiv",
            ["militer Ukraina"],
        ),
        (
            "Menurut kantor berita Yonhap, Korea Utara menembakkan dua rudal.",
            "Korea Utara menembakkan dua rudal",
            ["Yonhap"],
        ),
        (
            "“Kami tidak akan mundur dari perundingan,” kata juru bicara Lim Soo-suk, melalui The Associated Press.",
            "Kami tidak akan mundur",
            ["Lim Soo-suk", "The Associated Press"],
        ),
        (
            "Menurut kantor berita KCNA, Kim Jong Un meninjau pabrik. "
            "“Kim Jong Un memerintahkan peningkatan produksi,” kata sumber tersebut.",
            "Kim Jong Un memerintahkan peningkatan produksi",
            ["KCNA"],
        ),
        (
            "Kim mengundang Putin ke Pyongyang, menurut KCNA. Putin dilaporkan menerima undangan itu.",
            "Putin dilaporkan menerima undangan itu",
            ["KCNA"],
        ),
        ("Harga minyak naik 3 persen pekan ini. (Sumber: Reuters)", "Harga minyak naik", ["Reuters"]),
        (
            "Korea Utara menembakkan rudal, menurut Yonhap, mengutip militer Korea Selatan.",
            "Korea Utara menembakkan rudal",
            ["militer Korea Selatan", "Yonhap"],
        ),
        (
            "Kim mengunjungi pabrik itu, menurut Korean Central News Agency Korea Utara pada Kamis.",
            "Kim mengunjungi pabrik itu",
            ["Korean Central News Agency"],
        ),
        ("Menurut Tn. Goldberg, AS siap berdialog tanpa prasyarat.", "AS siap berdialog", ["Goldberg"]),
        ("Harga cabai naik dua kali lipat di Pasar Minggu.", "Harga cabai naik", []),
        (
            "Kim Yung-ho memperingatkan kesepakatan itu akan mendatangkan “tanggapan yang lebih kuat”, menurut The AP.",
            "Kim Yung-ho memperingatkan",
            ["The AP"],
        ),
    ],
)
def test_sources_chain_id(text, span, expected) -> None:
    assert _chain(text, span) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The talks collapsed on Friday, according to Reuters.", "The talks collapsed", ["Reuters"]),
        (
            "“We will not back down,” said Kirby, via The Associated Press.",
            "We will not back down",
            ["Kirby", "The Associated Press"],
        ),
    ],
)
def test_sources_chain_en(text, span, expected) -> None:
    assert _chain(text, span, "en") == expected


def test_sources_name_without_title_from_actor() -> None:
    text = "Menurut juru bicara Kremlin Dmitry Peskov, kedua menteri akan bertemu bulan depan."
    actors = (actor(text, "juru bicara Kremlin Dmitry Peskov", "Dmitry Peskov", "RUS"),)
    assert _chain(text, "kedua menteri akan bertemu", actors=actors) == ["Dmitry Peskov"]


def test_sources_pronoun_speaker_points_at_the_name() -> None:
    text = "Menteri Kim Yung Ho bertemu Goldberg. “Korea Utara memasok senjata ke Rusia,” ujarnya."
    actors = (actor(text, "Menteri Kim Yung Ho", "Kim Yung Ho", "KOR"),)
    assert _chain(text, "Korea Utara memasok senjata", actors=actors) == ["Kim Yung Ho"]
