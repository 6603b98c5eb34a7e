"""Indonesian: rule-based sentences and tokens, a spaCy tagger and NER trained by warta
(scripts/train_id.py, src/warta/data/id/models/README.md), lemmas from a lookup table.

Modules: sentences (splitter), tokens (tokenizer, clitics), lemmas, models (lazy spaCy pipeline),
mentions (GPE/NORP rules), lexicon (word lists in src/warta/data/id/), analysis (the wiring).
"""

from __future__ import annotations

from collections.abc import Iterable

from warta.lang import Analysis


def analyse_text(text: str, *, removed: Iterable[tuple[int, int]] = ()) -> Analysis:
    """Sentences, tokens (UPOS, lemma) and PER/ORG/LOC/GPE/NORP mentions of an Indonesian text."""
    from warta.lang.id.analysis import analyse

    return analyse(text, removed)
