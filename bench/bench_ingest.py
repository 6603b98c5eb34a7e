"""Ingest throughput: articles per second and peak memory of `read_paths` (no analysis) over the
600-article hoax600-id corpus (../shared/corpora/hoax600-id/articles.jsonl, used for measuring only).

Run on demand: `python bench/bench_ingest.py [PATH ...] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from warta.ingest import Deduplicator, IngestSummary, read_paths
from warta.model import Document
from warta.options import ExtractOptions

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hoax600-id" / "articles.jsonl"


def peak_rss_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(CORPUS)])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the input (best one reported)")
    args = parser.parse_args()
    if not all(Path(p).exists() for p in args.paths):
        sys.exit(f"input not found: {args.paths} (../shared is needed for the default corpus)")

    rss_before = peak_rss_mib()
    best = float("inf")
    for _ in range(args.repeat):
        summary = IngestSummary()
        langs: Counter[str] = Counter()
        chars = removed = 0
        t0 = time.perf_counter()
        for item in Deduplicator().filter(read_paths(args.paths, ExtractOptions())):
            summary.add(item)
            if isinstance(item, Document):
                langs[item.lang or "?"] += 1
                chars += len(item.text)
                removed += len(item.removed)
        best = min(best, time.perf_counter() - t0)
    n = summary.ingested + summary.duplicates + len(summary.failed)
    print(f"input:        {', '.join(args.paths)}")
    print(f"items:        {n} ({summary.ingested} ingested, {summary.duplicates} duplicates, "
          f"{len(summary.failed)} failed)")  # fmt: skip
    print(f"languages:    {dict(langs.most_common())}")
    print(f"characters:   {chars}  artefact spans: {removed}")
    print(
        f"time (best of {args.repeat}): {best:.2f} s  ->  {n / best:.0f} articles/s, {chars / best / 1e6:.2f} M chars/s"
    )
    print(f"peak RSS:     {peak_rss_mib():.0f} MiB (before reading: {rss_before:.0f} MiB)")
    for failure in summary.failed[:5]:
        print(f"  failed: {failure}")


if __name__ == "__main__":
    main()
