"""Speed of the quotes and events stages alone, per sentence, on analysed articles.

Run on demand: `python bench/bench_events_quotes.py [JSONL] [N] [REPEATS]` (default: the first 300
articles of ../shared/corpora/hoax600-id/articles.jsonl, 3 repeats). The analysis, time and actors
stages run once, untimed; then the quotes and events stages run REPEATS times over the same
documents and the best time of each is reported, in microseconds per sentence. Measures only.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

from rich.progress import track

from warta.events import extract_events
from warta.ingest import make_document
from warta.options import ExtractOptions
from warta.pipeline import run_pipeline
from warta.quotes import extract_quotes

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hoax600-id" / "articles.jsonl"


def _texts(source: Path, limit: int) -> list[str]:
    with source.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, limit)]
    return [r.get("text") or "" for r in rows if (r.get("text") or "").strip()]


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    options = ExtractOptions(until="actors")
    documents = [
        run_pipeline(make_document(text, lang="id"), options)
        for text in track(_texts(source, limit), description="analysing")
    ]
    sentences = sum(len(d.sentences) for d in documents)
    best_quotes = best_events = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        quoted = [extract_quotes(d, options) for d in documents]
        t1 = time.perf_counter()
        evented = [extract_events(d, options) for d in quoted]
        t2 = time.perf_counter()
        best_quotes, best_events = min(best_quotes, t1 - t0), min(best_events, t2 - t1)
    n_quotes = sum(len(d.quotes) for d in evented)
    n_events = sum(len(d.events) for d in evented)
    print(f"source: {source} ({len(documents)} articles, {sentences} sentences; best of {repeats})")
    print(f"quotes stage: {best_quotes * 1e6 / sentences:.0f} µs/sentence ({n_quotes} quotes)")
    print(f"events stage: {best_events * 1e6 / sentences:.0f} µs/sentence ({n_events} events)")
    print(f"both: {(best_quotes + best_events) * 1e6 / sentences:.0f} µs/sentence")


if __name__ == "__main__":
    main()
