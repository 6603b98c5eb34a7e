"""Documents built by hand for the quotes tests: regex sentences, actors placed by substring."""

from __future__ import annotations

from warta.lang._base import split_sentences
from warta.model import Actor, Document, offset_errors
from warta.options import ExtractOptions
from warta.quotes import extract_quotes

OPTIONS = ExtractOptions()
ABBREVIATIONS = ("Tn.", "Ny.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.")  # so the splitter keeps titles


def actor(
    text: str, mention: str, name: str | None = None, country: str | None = None, nth: int = 0
) -> Actor:
    at = -1
    for _ in range(nth + 1):
        at = text.index(mention, at + 1)
    return Actor(at, at + len(mention), mention, name or mention, country)


def document(text: str, lang: str = "id", actors: tuple[Actor, ...] = ()) -> Document:
    return Document(
        doc_id="t",
        text=text,
        lang=lang,
        sentences=split_sentences(text, abbreviations=ABBREVIATIONS),
        actors=actors,
    )


def quotes(text: str, lang: str = "id", actors: tuple[Actor, ...] = ()):  # noqa: ANN201
    return extract_quotes(document(text, lang, actors), OPTIONS).quotes


def checked_quotes(text: str, lang: str = "id", actors: tuple[Actor, ...] = ()):  # noqa: ANN201
    """The quotes, after asserting that every span they carry (text, speaker, cue) is the text at its
    offsets."""
    done = extract_quotes(document(text, lang, actors), OPTIONS)
    assert offset_errors(done) == []
    return done.quotes
