"""How much entity-type knowledge the USE word encodings (the source of the NER's word vectors) hold.

For every capitalised word of the NERGrit and idner-news-2k train splits, its majority type (PER, ORG,
LOC, or O for a capitalised word outside every entity); a softmax regression on the words' 512-dim USE
multilingual v3 encodings; its accuracy on the NERGrit valid words that never occur in training. A
name the training data never showed gets, at best, this much help from the vectors.

    python scripts/probe_use_types.py --cache ~/.cache/warta-train
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_id  # noqa: E402

from warta.datasets import read_ner  # noqa: E402
from warta.eval.tasks import bio_spans  # noqa: E402

LABELS = ("O", "PER", "ORG", "LOC")


def word_types(paths: list[Path]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        for s in read_ner(path):
            inside = set()
            for first, last, label in bio_spans(s.tags):
                for i in range(first, last + 1):
                    counts[s.words[i]][label] += 1
                    inside.add(i)
            for i, word in enumerate(s.words):  # sentence-initial words are capitalised anyway
                if i > 0 and i not in inside and word[:1].isupper() and word.isalpha():
                    counts[word]["O"] += 1
    return {w: c.most_common(1)[0][0] for w, c in counts.items()}


def softmax_regression(x: np.ndarray, y: np.ndarray, *, steps: int = 300, rate: float = 0.5) -> np.ndarray:
    weights = np.zeros((x.shape[1] + 1, len(LABELS)))
    x = np.hstack([x, np.ones((len(x), 1))])
    for _ in range(steps):
        z = x @ weights
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        p[np.arange(len(y)), y] -= 1
        weights -= rate * (x.T @ p / len(y) + 1e-3 * weights)
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "warta-train")
    args = parser.parse_args()
    shared = train_id.SHARED
    train = word_types([shared / "ner/nergrit/train_preprocess.txt", shared / "ner/idner-news-2k/train.txt"])
    valid = word_types([shared / "ner/nergrit/valid_preprocess.txt"])
    unseen = {w: label for w, label in valid.items() if w not in train}
    encoder = train_id._use_embedder(args.cache)
    x_train = np.asarray(encoder.encode(list(train)), dtype=np.float64)
    x_test = np.asarray(encoder.encode(list(unseen)), dtype=np.float64)
    mean, std = x_train.mean(axis=0), x_train.std(axis=0) + 1e-6
    y_train = np.array([LABELS.index(label) for label in train.values()])
    y_test = np.array([LABELS.index(label) for label in unseen.values()])
    weights = softmax_regression((x_train - mean) / std, y_train)
    x_test = (x_test - mean) / std
    predicted = (np.hstack([x_test, np.ones((len(x_test), 1))]) @ weights).argmax(axis=1)
    majority = Counter(y_test.tolist()).most_common(1)[0][1] / len(y_test)
    print(f"{len(train)} training words; {len(unseen)} unseen NERGrit valid words")
    print(f"type accuracy {np.mean(predicted == y_test):.3f} (always the commonest type: {majority:.3f})")
    for k, label in enumerate(LABELS):
        mask = y_test == k
        print(f"  {label}: {mask.sum()} words, recall {np.mean(predicted[mask] == k):.3f}")


if __name__ == "__main__":
    main()
