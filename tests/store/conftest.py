"""Hand-built Documents (real Indonesian and English sentences, offsets computed from the text)
so the store is tested without running the pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warta.model import Actor, Cue, Document, Event, Location, Mention, Quote, Sentence, Source, Time
from warta.store import Store


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int, str]:
    """(start, end, needle) of the nth occurrence of needle in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle), needle


def sentences(text: str) -> tuple[Sentence, ...]:
    found, start = [], 0
    for line in text.split("\n"):
        found.append(Sentence(start, start + len(line), line))
        start += len(line) + 1
    return tuple(found)


def actor(
    text: str, needle: str, name: str | None, country: str | None, sector: str | None, nth: int = 0
) -> Actor:
    return Actor(*at(text, needle, nth), name=name, country=country, sector=sector)


SUMMIT = (
    "Presiden Rusia Vladimir Putin bertemu dengan pemimpin Korea Utara Kim Jong Un di Kosmodrom Vostochny "
    "pada Rabu.\n"
    "Menurut KCNA, Kim Jong Un mengundang Putin untuk berkunjung ke Pyongyang.\n"
    "“Kami akan selalu bersama Rusia,” kata Kim.\n"
    "Juru bicara Gedung Putih John Kirby memperingatkan akan ada konsekuensi bagi Korea Utara.[iklan_2]"
)


def summit_document() -> Document:
    text = SUMMIT
    putin = actor(text, "Vladimir Putin", "Vladimir Putin", "RUS", "GOV")
    kim = actor(text, "Kim Jong Un", "Kim Jong Un", "PRK", "GOV")
    kim_2 = actor(text, "Kim Jong Un", "Kim Jong Un", "PRK", "GOV", nth=1)
    putin_2 = actor(text, "Putin", "Vladimir Putin", "RUS", "GOV", nth=1)
    kim_3 = actor(text, "Kim", "Kim Jong Un", "PRK", "GOV", nth=2)
    kirby = actor(text, "John Kirby", "John Kirby", "USA", "GOV")
    north_korea = actor(text, "Korea Utara", None, "PRK", None, nth=1)
    rabu = Time(*at(text, "pada Rabu"), value="2023-09-13", anchor="published")
    meeting = Event(
        id="summit:e0",
        type="CONSULT",
        start=0,
        end=text.index("."),
        evidence=text[: text.index(".")],
        trigger=Cue(*at(text, "bertemu dengan")),
        context=("diplomatic",),
        actor=(putin,),
        recipient=(kim,),
        date="2023-09-13",
        time=rabu,
        location=Location(*at(text, "Kosmodrom Vostochny"), country="RUS"),
        confidence=0.9,
        cameo="040",
    )
    invitation = Event(
        id="summit:e1",
        type="AGREE",
        start=text.index("Kim Jong Un mengundang"),
        end=text.index(" ke Pyongyang") + len(" ke Pyongyang"),
        evidence="Kim Jong Un mengundang Putin untuk berkunjung ke Pyongyang",
        trigger=Cue(*at(text, "mengundang")),
        actor=(kim_2,),
        recipient=(putin_2,),
        reported_by=(Source(*at(text, "KCNA")),),
        cameo="036",
    )
    warning = Event(
        id="summit:e2",
        type="THREATEN",
        mode=None,
        start=text.index("John Kirby"),
        end=text.index("[iklan_2]") - 1,
        evidence="John Kirby memperingatkan akan ada konsekuensi bagi Korea Utara",
        trigger=Cue(*at(text, "memperingatkan")),
        context=("military", "diplomatic"),
        actor=(kirby,),
        recipient=(north_korea,),
        modality="future",
        confidence=0.7,
    )
    loyalty = Quote(
        id="summit:q0",
        kind="direct",
        start=text.index("Kami"),
        end=text.index(",”"),
        text="Kami akan selalu bersama Rusia",
        speaker=kim_3,
        cue=Cue(*at(text, "kata")),
    )
    consequence = Quote(
        id="summit:q1",
        kind="indirect",
        start=text.index("akan ada"),
        end=text.index("[iklan_2]") - 1,
        text="akan ada konsekuensi bagi Korea Utara",
        speaker=kirby,
        cue=Cue(*at(text, "memperingatkan")),
        event_id="summit:e2",
    )
    return Document(
        doc_id="summit-2023-09-14",
        text=text,
        lang="id",
        published=dt.date(2023, 9, 14),
        title="Putin bertemu Kim Jong Un",
        url="https://example.org/putin-kim",
        source="berita/summit.txt",
        removed=(at(text, "[iklan_2]")[:2],),
        sentences=sentences(text),
        mentions=(
            Mention(*at(text, "Vladimir Putin"), label="PER"),
            Mention(*at(text, "Korea Utara"), label="GPE"),
            Mention(*at(text, "Kim Jong Un"), label="PER"),
            Mention(*at(text, "Kosmodrom Vostochny"), label="LOC"),
            Mention(*at(text, "KCNA"), label="ORG"),
            Mention(*at(text, "John Kirby"), label="PER"),
        ),
        actors=(putin, kim, kim_2, putin_2, kim_3, kirby, north_korea),
        times=(rabu,),
        events=(meeting, invitation, warning),
        quotes=(loyalty, consequence),
        stages=("analyse", "time", "actors", "quotes", "events"),
    )


ENVOY = (
    "South Korea's unification minister Kim Yung Ho met US Ambassador Philip Goldberg on Friday. "
    "Kim urged closer coordination between Washington and Seoul, according to Yonhap."
)


def envoy_document() -> Document:
    text = ENVOY
    kim = actor(text, "Kim Yung Ho", "Kim Yung Ho", "KOR", "GOV")
    goldberg = actor(text, "Philip Goldberg", "Philip Goldberg", "USA", "GOV")
    kim_2 = actor(text, "Kim", "Kim Yung Ho", "KOR", "GOV", nth=1)
    friday = Time(*at(text, "on Friday"), value="2023-09-22", anchor="published")
    yonhap = Source(*at(text, "Yonhap"))
    first_end = text.index(".") + 1
    return Document(
        doc_id="envoy-2023-09-22",
        text=text,
        lang="en",
        published=dt.date(2023, 9, 22),
        sentences=(
            Sentence(0, first_end, text[:first_end]),
            Sentence(first_end + 1, len(text), text[first_end + 1 :]),
        ),
        mentions=(
            Mention(*at(text, "Kim Yung Ho"), label="PER"),
            Mention(*at(text, "Philip Goldberg"), label="PER"),
        ),
        actors=(kim, goldberg, kim_2),
        times=(friday,),
        events=(
            Event(
                id="envoy:e0",
                type="CONSULT",
                start=at(text, "Kim Yung Ho")[0],
                end=first_end - 1,
                evidence=text[at(text, "Kim Yung Ho")[0] : first_end - 1],
                actor=(kim,),
                recipient=(goldberg,),
                date="2023-09-22",
                time=friday,
            ),
            Event(
                id="envoy:e1",
                type="REQUEST",
                start=first_end + 1,
                end=text.index(", according"),
                evidence="Kim urged closer coordination between Washington and Seoul",
                actor=(kim_2,),
                date="2023-09-22",
                # a time the times stage did not list: stored all the same
                time=Time(*at(text, "on Friday"), value="2023-09-22", anchor="published", stage="events"),
                reported_by=(yonhap,),
            ),
        ),
        quotes=(
            Quote(
                id="envoy:q0",
                kind="indirect",
                start=text.index("closer"),
                end=text.index(", according"),
                text="closer coordination between Washington and Seoul",
                speaker=kim_2,
                cue=Cue(*at(text, "urged")),
                reported_by=(yonhap,),
                event_id="envoy:e1",
            ),
        ),
        stages=("analyse", "time", "actors", "quotes", "events"),
    )


PROTEST = "Ribuan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta pada Oktober 2023."


def protest_document() -> Document:
    text = PROTEST
    students = actor(text, "Ribuan mahasiswa", None, "IDN", "CVL")
    parliament = actor(text, "DPR", "Dewan Perwakilan Rakyat", "IDN", "LEG")
    october = Time(*at(text, "pada Oktober 2023"), value="2023-10", anchor="absolute", granularity="month")
    return Document(
        doc_id="demo-dpr",
        text=text,
        lang="id",
        sentences=(Sentence(0, len(text), text),),
        actors=(students, parliament),
        times=(october,),
        events=(
            Event(
                id="demo:e0",
                type="PROTEST",
                start=0,
                end=len(text) - 1,
                evidence=text[:-1],
                trigger=Cue(*at(text, "berunjuk rasa")),
                actor=(students,),
                recipient=(parliament,),
                date="2023-10",
                time=october,
                location=Location(*at(text, "Jakarta"), country="IDN"),
            ),
        ),
        stages=("analyse", "time", "actors", "quotes", "events"),
    )


@pytest.fixture
def documents() -> list[Document]:
    return [summit_document(), envoy_document(), protest_document()]


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'warta.db'}"


@pytest.fixture
def store(db_url: str):
    opened = Store(db_url)
    yield opened
    opened.close()


@pytest.fixture
def filled(store: Store, documents: list[Document]) -> Store:
    for document in documents:
        assert store.save(document)
    return store
