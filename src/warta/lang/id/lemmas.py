"""Indonesian lemmas: the root a verb lexicon matches on (memperingatkan -> ingat, ujar -> ujar).

Content words (VERB, NOUN, ADJ, PROPN excluded) are looked up in lemmas.tsv (nlp-id's table, cut
to the training vocabulary and to words the corpora tag as content words, so berbagai and sebagai
keep their form). Function words and unknown words are their lower-case form. Particles -lah, -kah
and -pun are stripped when what is left is a known word (inilah -> ini, apakah -> apa).
"""

from __future__ import annotations

from warta.lang.id import lexicon

_CONTENT = frozenset(("VERB", "NOUN", "ADJ", ""))
_PARTICLES = ("lah", "kah", "pun")


def lemmatize(word: str, pos: str = "") -> str:
    """The lemma of one token given its UPOS ("" when unknown)."""
    lower = word.lower()
    table = lexicon.lemmas()
    if lower.endswith(_PARTICLES) and lower not in table and lower not in lexicon.root_words():
        stem = lower[:-3]
        if stem in table or stem in lexicon.root_words():
            lower = stem
    if pos in _CONTENT:
        return table.get(lower, lower)
    return lower
