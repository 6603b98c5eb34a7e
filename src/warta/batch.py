"""Batch processing: read inputs, run the pipeline on each document, store it. Nothing is dropped
silently: every input ends up stored, reported as a duplicate, or reported as failed with a reason."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from warta.errors import WartaError
from warta.model import Document
from warta.options import ExtractOptions

if TYPE_CHECKING:
    from warta.store import Store

log = logging.getLogger(__name__)

# outcome, label (doc id or source)
ProgressFn = Callable[[str, str], None]


@dataclass
class BatchReport:
    stored_ids: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # sources whose article was already stored
    failed: list[str] = field(default_factory=list)  # "source[:line]: reason"
    interrupted: bool = False

    @property
    def ingested(self) -> int:
        return len(self.stored_ids)


def process_document(document: Document, options: ExtractOptions) -> Document:
    from warta import extract_document

    return extract_document(document, options=options)


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    store: Store,
    options: ExtractOptions,
    progress: ProgressFn | None = None,
) -> BatchReport:
    """Ingest every input into `store`, one transaction per document. Ctrl-C stops cleanly between
    documents: what was committed stays, the report says the run was interrupted."""
    from warta.ingest import Deduplicator, Duplicate, IngestFailure, read_paths

    report = BatchReport()
    note = progress or (lambda outcome, label: None)
    try:
        for item in Deduplicator().filter(read_paths(paths, options)):
            if isinstance(item, IngestFailure):
                report.failed.append(str(item))
                note("failed", str(item))
                continue
            if isinstance(item, Duplicate) or store.has_document(item.doc_id):
                report.duplicates.append(item.source or item.doc_id)
                note("duplicate", item.source or item.doc_id)
                continue
            label = item.source or item.doc_id
            try:
                document = process_document(item, options)
                store.save(document)
            except WartaError as exc:
                report.failed.append(f"{label}: {exc}")
                note("failed", label)
                continue
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                log.exception("unexpected error on %s", label)
                report.failed.append(f"{label}: internal error: {type(exc).__name__}: {exc}")
                note("failed", label)
                continue
            report.stored_ids.append(document.doc_id)
            note("stored", label)
    except KeyboardInterrupt:
        report.interrupted = True
    return report
