"""What reading a batch yields besides Documents, and the counting a CLI needs for its summary.

Duplicates: `read_paths` does not deduplicate (it yields every Document it reads). Wrap it in
`Deduplicator().filter(...)` to turn the second and later Documents with an already-seen doc_id into
`Duplicate` records; seed it with the ids a store already holds to skip those too. The store also
refuses a doc_id it has, so re-ingesting the same article changes nothing either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from warta.model import Document


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """One input (a file, or one line/row/entry of it) that could not be read, and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A Document whose doc_id was already seen (earlier in the batch, or already stored)."""

    source: str
    doc_id: str

    def __str__(self) -> str:
        return f"{self.source}: duplicate of document {self.doc_id}"


IngestItem = Document | IngestFailure | Duplicate


class Deduplicator:
    """Exact-duplicate detection by doc_id (the hash of the whitespace-normalised text)."""

    def __init__(self, seen: Iterable[str] = ()) -> None:
        self.seen: set[str] = set(seen)

    def check(self, document: Document) -> Duplicate | None:
        """None the first time a doc_id is seen (and remembers it); a Duplicate afterwards."""
        if document.doc_id in self.seen:
            return Duplicate(document.source or "", document.doc_id)
        self.seen.add(document.doc_id)
        return None

    def filter(self, items: Iterable[Document | IngestFailure]) -> Iterator[IngestItem]:
        for item in items:
            if isinstance(item, Document):
                yield self.check(item) or item
            else:
                yield item
