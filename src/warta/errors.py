"""The few exceptions warta raises. Messages name the file (and line) and the problem."""

from __future__ import annotations

import functools


class WartaError(Exception):
    """Base class for every error warta raises on purpose."""


class UnsupportedLanguage(WartaError):
    def __init__(self, lang: str | None) -> None:
        super().__init__(f"language {lang!r} is not supported (supported: id, en)")
        self.lang = lang


class InputError(WartaError):
    """An input file (or one line/row of it) cannot be read. Names the place and the reason."""

    def __init__(self, source: str, reason: str, *, line: int | None = None) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason

    def __reduce__(self):  # noqa: ANN204 - picklable: a worker process's error reaches the parent whole
        return functools.partial(type(self), line=self.line), (self.source, self.reason)


class DataFileError(WartaError):
    """A bundled or user-supplied data file (lexicon, knowledge base) is malformed."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason

    def __reduce__(self):  # noqa: ANN204 - picklable: a worker process's error reaches the parent whole
        return functools.partial(type(self), line=self.line), (self.path, self.reason)


class StoreError(WartaError):
    """The database cannot be opened, migrated or written."""
