"""The corpus readers (warta.datasets) on small hand-made files."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.datasets import TaggedSentence, map_ner_tag, map_pos_tag, read_conllu, read_ner, read_pos
from warta.errors import DataFileError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "data.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_read_ner_nergrit_maps_labels_and_splits_sentences(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\nke\tO\nBandung\tB-PLACE\n\n"
        "Partai\tB-ORGANISATION\nGolkar\tI-ORGANISATION\n\n",
    )
    assert read_ner(path) == [
        TaggedSentence(
            ("Presiden", "Joko", "Widodo", "ke", "Bandung"), ("O", "B-PER", "I-PER", "O", "B-LOC")
        ),
        TaggedSentence(("Partai", "Golkar"), ("B-ORG", "I-ORG")),
    ]


def test_read_ner_idner_three_columns_uses_last(tmp_path: Path) -> None:
    path = write(tmp_path, "Menurut ADP O\nHaposan NOUN B-PER\n, PUNCT O\nPPP PROPN B-ORG\n")
    assert read_ner(path)[0].tags == ("O", "B-PER", "O", "B-ORG")


def test_read_ner_nerp_drops_events_and_repairs_orphan_inside(tmp_path: Path) -> None:
    path = write(tmp_path, "piala\tB-EVT\ndunia\tI-EVT\nbank\tB-IND\nbri\tI-IND\namos\tI-PPL\n")
    assert read_ner(path)[0].tags == ("O", "O", "B-ORG", "I-ORG", "B-PER")


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("B-PLC", "B-LOC"),
        ("I-PPL", "I-PER"),
        ("B-FNB", "O"),
        ("O", "O"),
        ("B-GPE", "B-GPE"),
        ("I-NORP", "I-NORP"),
    ],
)
def test_map_ner_tag_cases(tag: str, expected: str) -> None:
    assert map_ner_tag(tag) == expected


def test_read_ner_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "Joko\tB-PER\nWidodo\n")
    with pytest.raises(DataFileError, match=r"data.txt:2"):
        read_ner(path)


def test_read_ner_bad_tag_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="BIO"):
        read_ner(write(tmp_path, "Joko\tPERSON\n"))


def test_read_pos_posp_prosa_tags_to_upos(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ia\tB-PRN\nakan\tB-ADK\nmasih\tB-ADK\nadalah\tB-VBL\ntidak\tB-NEG\nmenyatakan\tB-VBT\n"
        "banyak\tB-KUA\nrp\tB-$$$\n%\tB-SYM\n.\tB-SYM\n",
    )
    assert read_pos(path)[0].tags == (
        "PRON", "AUX", "ADV", "AUX", "PART", "VERB", "DET", "NOUN", "SYM", "PUNCT",
    )  # fmt: skip


def test_read_pos_nlpid_tags_to_upos(tmp_path: Path) -> None:
    path = write(
        tmp_path, "Ditjen\tNNP\nmemastikan\tVB\nada\tNN\nnya\tDT\n18\tNUM\nyang\tPR\nsparepart\tFW\n"
    )
    assert read_pos(path)[0].tags == ("PROPN", "VERB", "NOUN", "DET", "NUM", "PRON", "X")


def test_read_pos_unknown_tag_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="unknown POS tag"):
        read_pos(write(tmp_path, "kata\tQQQ\n"))


def test_read_pos_skip_malformed_drops_only_that_sentence(tmp_path: Path) -> None:
    path = write(tmp_path, "a\tNN\nnya\tPR\tNN\n\nb\tVB\n")
    with pytest.raises(DataFileError, match=":2"):
        read_pos(path)
    assert read_pos(path, skip_malformed=True) == [TaggedSentence(("b",), ("VERB",))]


@pytest.mark.parametrize(
    ("word", "tag", "upos"), [("sudah", "B-ADK", "AUX"), ("yaitu", "B-VBL", "SCONJ"), ("x", "DET", "DET")]
)
def test_map_pos_tag_word_dependent_cases(word: str, tag: str, upos: str) -> None:
    assert map_pos_tag(word, tag) == upos


CONLLU = """# sent_id = s1
# text = Rumahnya besar.
# text_en = His house is big.
1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\t_
1\tRumah\trumah\tNOUN\t_\t_\t3\tnsubj\t_\t_
2\tnya\tia\tPRON\t_\t_\t1\tnmod\t_\t_
2.1\tada\tada\tVERB\t_\t_\t_\t_\t_\t_
3\tbesar\tbesar\tADJ\t_\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Ya.
1\tYa\tya\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No
2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_
"""


def test_read_conllu_skips_ranges_and_empty_nodes(tmp_path: Path) -> None:
    assert read_conllu(write(tmp_path, CONLLU)) == [
        TaggedSentence(("Rumah", "nya", "besar", "."), ("NOUN", "PRON", "ADJ", "PUNCT"), "Rumahnya besar."),
        TaggedSentence(("Ya", "."), ("INTJ", "PUNCT"), "Ya."),
    ]


def test_read_conllu_wrong_column_count_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r":1: expected 10 columns"):
        read_conllu(write(tmp_path, "1\tRumah\trumah\tNOUN\n"))


def test_read_conllu_bad_upos_raises(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="UPOS"):
        read_conllu(write(tmp_path, "1\tRumah\trumah\tNN\t_\t_\t0\troot\t_\t_\n"))
