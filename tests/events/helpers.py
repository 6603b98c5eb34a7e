"""Hand-built documents for the events tests: actors and times marked inline in the sentence.

`[Rusia|RUS]` marks an actor (text|country), `{pada Rabu|2023-09-13}` a resolved time expression;
the marks are removed from the text and the records point at the plain words."""

from __future__ import annotations

import re

from warta.model import Actor, Document, Quote, Sentence, Time

MARK = re.compile(r"\[([^|\]]+)\|([^\]]*)\]|\{([^|}]+)\|([^}]*)\}")


def build(marked: str, *, lang: str = "id", quotes: tuple[tuple[str, str], ...] = ()) -> Document:
    """A document from marked text; `quotes` are (quoted text, speaker actor text) pairs."""
    text, actors, times = "", [], []
    pos = 0
    for m in MARK.finditer(marked):
        text += marked[pos : m.start()]
        start = len(text)
        if m.group(1) is not None:
            text += m.group(1)
            country = m.group(2) or None
            actors.append(Actor(start, len(text), m.group(1), name=m.group(1), country=country))
        else:
            text += m.group(3)
            times.append(Time(start, len(text), m.group(3), m.group(4)))
        pos = m.end()
    text += marked[pos:]
    made = []
    for n, (content, speaker_text) in enumerate(quotes):
        at = text.index(content)
        speaker = next(a for a in actors if a.text == speaker_text)
        made.append(Quote(f"d:q{n}", "direct", at, at + len(content), content, speaker=speaker))
    sentences = []
    for m in re.finditer(r"[^\n]+", text):
        sentences.append(Sentence(m.start(), m.end(), m.group()))
    return Document(
        doc_id="d", text=text, lang=lang, sentences=tuple(sentences), actors=tuple(actors),
        times=tuple(times), quotes=tuple(made),
    )  # fmt: skip
