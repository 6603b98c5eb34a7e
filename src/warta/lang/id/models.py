"""The trained spaCy pipeline (tok2vec + tagger + NER), loaded lazily once per process.

The models see warta's own tokens (src/warta/lang/id/tokens.py) as a pre-tokenised Doc, so token
offsets always come from the original text. Missing model folder: None, and a warning.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from warta.lang.id.lexicon import DATA_DIR

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

MODEL_DIR = DATA_DIR / "models" / "pipeline"


@functools.cache
def pipeline() -> Language | None:
    if not (MODEL_DIR / "meta.json").is_file():
        log.warning("%s is missing: Indonesian analysis runs without POS tags and entities", MODEL_DIR)
        return None
    import spacy

    return spacy.load(MODEL_DIR)


def run(text: str, spans: list[tuple[int, int]], words: list[str]) -> Doc | None:
    """Tag and recognise entities over the given token spans of text (None without a model); words
    are what the models read for each span (its model_word, truecased in a headline)."""
    nlp = pipeline()
    if nlp is None or not spans:
        return None
    from spacy.tokens import Doc

    spaces = [b < len(text) and text[b].isspace() for _, b in spans]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
