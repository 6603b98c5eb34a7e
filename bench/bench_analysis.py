"""Throughput and peak memory of the Indonesian analysis stage (warta.lang.id.analyse_text).

    python bench/bench_analysis.py [--limit N] [--corpus PATH]

Reads ../shared/corpora/hoax600-id/articles.jsonl (measuring only), analyses every text on one
thread, and prints tokens/s (model loading excluded: one warm-up document first), the model size
on disk and the peak resident memory of the process. Run on demand, not in tests.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "hoax600-id" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    from warta.lang.id import analyse_text
    from warta.lang.id.models import MODEL_DIR

    with open(args.corpus, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    analyse_text(texts[0])  # load models and word lists
    started = time.perf_counter()
    tokens = sentences = mentions = 0
    for text in texts:
        analysis = analyse_text(text)
        tokens += len(analysis.tokens)
        sentences += len(analysis.sentences)
        mentions += len(analysis.mentions)
    elapsed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in MODEL_DIR.parent.rglob("*") if p.is_file())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {len(texts)}")
    print(f"tokens         {tokens}  sentences {sentences}  mentions {mentions}")
    print(f"seconds        {elapsed:.2f}")
    print(f"tokens/s       {tokens / elapsed:,.0f}")
    print(f"model size     {size / 1e6:.1f} MB ({MODEL_DIR.parent})")
    print(f"peak RSS       {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
