"""The Indonesian analyser: sentences -> tokens -> (model) POS, lemmas, entities."""

from __future__ import annotations

from collections.abc import Iterable

from warta.lang import Analysis
from warta.lang.id import models
from warta.lang.id.lemmas import lemmatize
from warta.lang.id.mentions import build_mentions
from warta.lang.id.sentences import split_sentences
from warta.lang.id.tokens import model_word, token_spans
from warta.lang.id.truecase import model_words
from warta.model import Token


def analyse(text: str, removed: Iterable[tuple[int, int]] = ()) -> Analysis:
    sentences = split_sentences(text, removed=tuple(removed))
    spans: list[tuple[int, int]] = []
    sent_of: list[int] = []
    words: list[str] = []
    for i, sentence in enumerate(sentences):
        sentence_spans = token_spans(text, sentence.start, sentence.end)
        # headlines in capitals or Title Case are given to the models as cased text
        sentence_words = model_words([model_word(text[a:b]) for a, b in sentence_spans])
        spans += sentence_spans
        words += sentence_words
        sent_of += [i] * len(sentence_spans)
    doc = models.run(text, spans, words)
    tags = [t.tag_ for t in doc] if doc is not None else [""] * len(spans)
    tokens = tuple(
        Token(a, b, text[a:b], pos=tag, lemma=lemmatize(text[a:b], tag), sent=s)
        for (a, b), tag, s in zip(spans, tags, sent_of, strict=True)
    )
    entities = (
        [(spans[e.start][0], spans[e.end - 1][1], e.label_) for e in doc.ents] if doc is not None else []
    )
    return Analysis(sentences=sentences, tokens=tokens, mentions=build_mentions(text, entities, sentences))
