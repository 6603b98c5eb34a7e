"""End-to-end throughput: read, analyse, extract and store N articles; articles/s and peak memory.

Run on demand: `python bench/bench_pipeline.py [JSONL] [N]` (default: the first 200 articles of
../shared/corpora/hoax600-id/articles.jsonl). Measures only; prints figures for the issue notes.
"""

from __future__ import annotations

import itertools
import resource
import sys
import tempfile
import time
from pathlib import Path

from warta.batch import ingest_paths
from warta.options import ExtractOptions
from warta.store import Store

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hoax600-id" / "articles.jsonl"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with source.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, limit))
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        report = ingest_paths([sample], store=store, options=ExtractOptions())
        elapsed = time.perf_counter() - t0
        counts = store.counts()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"source: {source} ({limit} lines)")
    print(f"stored {report.ingested}, duplicates {len(report.duplicates)}, failed {len(report.failed)}")
    print(f"time {elapsed:.1f} s, {report.ingested / elapsed:.1f} articles/s")
    print(f"peak RSS {peak_mb:.0f} MiB")
    print("rows:", {k: v for k, v in counts.items() if v})


if __name__ == "__main__":
    main()
