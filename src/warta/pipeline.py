"""Wires the stages in order. Data flows one way: each stage reads the Document and returns a new one
with its own fields added; it never reaches back into an earlier stage."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from warta.errors import WartaError
from warta.model import Document
from warta.options import ExtractOptions

StageFn = Callable[[Document, ExtractOptions], Document]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: StageFn
    requires: tuple[str, ...]
    provides: tuple[str, ...]


def _stages() -> tuple[Stage, ...]:
    # Imported here so `import warta` stays fast (spaCy loads only when a document is analysed).
    from warta.actors import resolve_actors
    from warta.events import extract_events
    from warta.lang import analyse
    from warta.quotes import extract_quotes
    from warta.time import resolve_times

    return (
        Stage("analyse", analyse, requires=("text",), provides=("sentences", "tokens", "mentions")),
        Stage("time", resolve_times, requires=("sentences",), provides=("times",)),
        Stage("actors", resolve_actors, requires=("sentences", "mentions"), provides=("actors",)),
        Stage("quotes", extract_quotes, requires=("sentences", "actors"), provides=("quotes",)),
        Stage("events", extract_events, requires=("actors", "times", "quotes"), provides=("events",)),
    )


STAGE_NAMES: tuple[str, ...] = ("analyse", "time", "actors", "quotes", "events")


def build_pipeline(options: ExtractOptions) -> tuple[Stage, ...]:
    """The stages to run, checked: every requirement is provided by an earlier stage."""
    stages = _stages()
    available = {"text"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            raise WartaError(f"stage {stage.name!r} requires {missing} which no earlier stage provides")
        available.update(stage.provides)
    if options.until is not None:
        names = [s.name for s in stages]
        if options.until not in names:
            raise WartaError(f"unknown stage {options.until!r} (stages: {', '.join(names)})")
        stages = stages[: names.index(options.until) + 1]
    return stages


def run_pipeline(document: Document, options: ExtractOptions) -> Document:
    for stage in build_pipeline(options):
        document = stage.run(document, options)
        document = dataclasses.replace(document, stages=(*document.stages, stage.name))
    return document
