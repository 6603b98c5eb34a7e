"""A random sample of the events warta finds in a corpus, for judging precision by hand.

Run on demand: `python bench/sample_events.py [JSONL] [N] [SEED] > sample.md` (default: all of
../shared/corpora/hoax600-id/articles.jsonl, 50 events, seed 20261203). Every article goes through the
whole pipeline; N events are drawn at random (by a seeded hash, stable across small changes) from all found, and printed as a Markdown table with the
sentence each stands in, a blank `ok?` column for the judge. Measures only: nothing here tunes warta.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from pathlib import Path

from rich.progress import track

import warta

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hoax600-id" / "articles.jsonl"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\\\|")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261203
    with source.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, None)]
    found = []
    for row in track(rows, description="extracting", console=None):
        text = row.get("text") or ""
        if not text.strip():
            continue
        document = warta.extract(text, lang="id")
        for event in document.events:
            sentence = next((s.text for s in document.sentences if s.start <= event.start < s.end), "")
            found.append((row.get("id", ""), event, sentence))

    # the N events with the smallest seeded hash of (doc, offset, type): a random draw that stays the
    # same for the events that stay the same when a change adds or removes others
    def draw(item: tuple) -> str:
        doc_id, e, _ = item
        return hashlib.sha1(f"{seed}:{doc_id}:{e.start}:{e.type}".encode()).hexdigest()

    sample = sorted(found, key=draw)[:n]
    print(
        f"{len(found)} events in {len(rows)} articles of {source.name}; {len(sample)} drawn (seed {seed})\n"
    )
    print("| # | doc | type | actor → recipient | modality | rule | sentence | ok? |")
    print("|---|---|---|---|---|---|---|---|")
    for i, (doc_id, e, sentence) in enumerate(sample, 1):
        actors = ", ".join(f"{a.text} [{a.country or '-'}]" for a in e.actor)
        recipients = ", ".join(f"{a.text} [{a.country or '-'}]" for a in e.recipient) or "—"
        print(
            f"| {i} | {doc_id} | {e.type} | {_cell(actors)} → {_cell(recipients)} | {e.modality} | "
            f"{_cell(e.rule or '')} | {_cell(sentence)} | |"
        )


if __name__ == "__main__":
    main()
