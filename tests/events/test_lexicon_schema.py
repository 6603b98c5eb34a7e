"""The bundled event lexicons are well-formed, and malformed ones are refused with the file named."""

from __future__ import annotations

import pytest
import yaml

from warta.errors import DataFileError
from warta.events.lexicon import PLOVER_CONTEXTS, PLOVER_MODES, lexicon_path, load_lexicon, parse_lexicon
from warta.model import PLOVER_TYPES


@pytest.mark.parametrize("lang", ["id", "en"])
def test_lexicon_schema_valid_entries(lang: str) -> None:
    lexicon = load_lexicon(lang)
    senses = [p.sense for p in lexicon.phrases] + [p.sense for p in lexicon.patterns]
    assert {s.type for s in senses} == set(PLOVER_TYPES)  # every PLOVER type has triggers
    for s in senses:
        assert s.mode is None or s.mode in PLOVER_MODES
        assert set(s.context) <= PLOVER_CONTEXTS
        assert s.cameo and s.cameo.isdigit()
    keys = [" ".join(p.words) for p in lexicon.phrases]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_lexicon_schema_header_names_its_source(lang: str) -> None:
    head = lexicon_path(lang).read_text(encoding="utf-8").splitlines()[:12]
    assert any("Source:" in line for line in head)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"type": "ATTACK", "active": ["x"]}, "not a PLOVER type"),
        ({"type": "ASSAULT", "mode": "zap", "active": ["x"]}, "not a PLOVER mode"),
        ({"type": "ASSAULT", "context": ["sports"], "active": ["x"]}, "not a PLOVER context"),
        ({"type": "ASSAULT", "patterns": ["(unclosed"]}, "bad pattern"),
        ({"type": "ASSAULT", "active": ["Serang", "serang"]}, "appears twice"),
        ({"type": "ASSAULT", "cameo": "1x", "active": ["x"]}, "not a CAMEO code"),
    ],
)
def test_lexicon_schema_rejects_malformed(entry: dict, message: str) -> None:
    with pytest.raises(DataFileError, match=message):
        parse_lexicon({"senses": [entry]}, "bad.yaml")


def test_lexicon_schema_yaml_keywords_stay_strings() -> None:
    # YAML 1.1 reads bare no/on as booleans: the English file must quote them
    data = yaml.safe_load(lexicon_path("en").read_text(encoding="utf-8"))
    assert "no" in data["modality"]["negation"] and "on" in data["arguments"]["recipient_prepositions"]


def test_pattern_anchors_only_skip_texts_a_pattern_cannot_match() -> None:
    import dataclasses

    from warta.events.lexicon import _anchors, load_lexicon
    from warta.events.triggers import pattern_hits

    assert _anchors(r"(?P<cue>\b(?:menilai|menganggap)\b)\s+keliru") == ("menganggap", "menilai")
    # anchors are looked for as parts of the text: an optional prefix is skipped, a nested choice opened
    assert _anchors(r"(?P<cue>\b(?:ber)?(?:bicara|diskusi)\b)") == ("bicara", "diskusi")
    assert _anchors(r"(?P<cue>\b(?:(?:berkirim|mengirim)\s+surat|menyurati)\b)") == (
        "berkirim",
        "mengirim",
        "menyurati",
    )
    assert _anchors(r"(?P<cue>\b(?:adalah\s+)?(?:tidak\s+benar|tak\s+benar)\b)") == ()  # only "t" is shared
    assert _anchors(r"(?P<cue>\b(?:me\w+)\s+tegas)") == ()  # too short a literal to look for
    assert _anchors(r"\bakan\s+bertanggung\s+jawab") == ("akan",)
    lexicon = load_lexicon("id")
    unanchored = dataclasses.replace(
        lexicon, patterns=tuple(dataclasses.replace(p, anchors=()) for p in lexicon.patterns)
    )
    text = (
        "Menkominfo menegaskan tidak akan segan menutup layanan itu. Kabar itu hoaks, kata polisi. "
        "KPK menetapkan Bupati sebagai tersangka. Warga berunjuk rasa dan MENOLAK rencana itu. "
        "Kominfo berkirim surat kepada Meta agar konten itu diturunkan. Menlu berbicara dengan Menlu Jepang. "
        "Informasi itu dipastikan merupakan hoaks."
    )
    assert pattern_hits(text, lexicon) == pattern_hits(text, unanchored)
    assert pattern_hits(text, lexicon)  # the sample does hold matches
