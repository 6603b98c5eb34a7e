import pytest

from warta.lang.id.mentions import build_mentions, is_cased
from warta.model import Sentence


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        ("Dokter gigi di Jakarta menganjurkan sikat gigi dua kali sehari.", True),
        ("dokter gigi di jakarta menganjurkan sikat gigi dua kali sehari.", False),
        ("", False),
    ],
)
def test_mentions_is_cased(text, cased):
    assert is_cased(text) is cased


@pytest.mark.parametrize(
    ("text", "entity", "kept"),
    [
        ("Dokter gigi di Jakarta menganjurkan sikat gigi.", "gigi", False),
        ("Dokter gigi di Jakarta menganjurkan sikat gigi.", "Jakarta", True),
        ("dokter gigi di jakarta menganjurkan sikat gigi.", "jakarta", True),  # lowercased text: keep
        ("Pasukan G30S bergerak pada malam itu.", "G30S", True),
    ],
)
def test_mentions_lowercase_span_in_cased_text_is_dropped(text, entity, kept):
    start = text.index(entity)
    mentions = build_mentions(text, [(start, start + len(entity), "LOC")], (Sentence(0, len(text), text),))
    assert bool(mentions) is kept
