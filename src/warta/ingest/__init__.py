"""The ingest stage: raw input (text, HTML, JSONL/CSV, RSS/Atom feeds, folders, stdin) to Documents.

    from warta.ingest import Deduplicator, read_paths
    for item in Deduplicator().filter(read_paths(["news/"], options)):
        ...                        # a Document, a Duplicate or an IngestFailure

Nothing here prints or touches a database; failures are values (IngestFailure), not exceptions, so
one bad file or line never stops a batch.
"""

from __future__ import annotations

from warta.ingest.cleanup import find_artefacts, kept_text
from warta.ingest.dates import parse_date
from warta.ingest.documents import make_document
from warta.ingest.encoding import decode_bytes, repair_text
from warta.ingest.ids import document_id
from warta.ingest.langid import identify_language
from warta.ingest.readers import read_paths
from warta.ingest.results import Deduplicator, Duplicate, IngestFailure, IngestItem

__all__ = [
    "Deduplicator", "Duplicate", "IngestFailure", "IngestItem", "decode_bytes",
    "document_id", "find_artefacts", "identify_language", "kept_text", "make_document", "parse_date",
    "read_paths", "repair_text",
]  # fmt: skip
