"""Rich renderings for the command line: tables, the ingest summary, an article with its evidence."""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from warta.batch import BatchReport, ProgressFn
from warta.model import Document

MAX_CELL = 90


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def print_rows(
    rows: list[dict[str, Any]], fmt: str, *, title: str, columns: list[str] | None, console: Console
) -> None:
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if fmt == "csv":
        fields = list(rows[0]) if rows else (columns or [])
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                             for k, v in row.items()})  # fmt: skip
        return
    if fmt != "table":
        raise ValueError(f"unknown format {fmt!r} (table, csv, jsonl)")
    shown = [c for c in (columns or (list(rows[0]) if rows else [])) if not rows or c in rows[0]]
    table = Table(title=f"{title} ({len(rows)})", show_lines=False, expand=False)
    for c in shown:
        table.add_column(c, overflow="fold", max_width=60 if c in {"evidence", "text"} else None)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in shown))
    console.print(table)


@contextmanager
def ingest_progress(console: Console | None, total: int | None = None) -> Iterator[ProgressFn | None]:
    """A live progress display for a batch: counts stored, duplicate and failed articles, out of
    `total` when it is known (then with the time left)."""
    if console is None:
        yield None
        return
    counts: Counter[str] = Counter()
    columns = (SpinnerColumn(), TextColumn("[bold]ingesting[/bold]"), BarColumn(bar_width=None),
               MofNCompleteColumn(), TextColumn("{task.fields[status]}"), TimeElapsedColumn())  # fmt: skip
    if total is not None:
        columns = (*columns, TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=total, status="")

        def note(outcome: str, label: str) -> None:
            counts[outcome] += 1
            status = (
                f"stored {counts['stored']} · duplicates {counts['duplicate']} · failed {counts['failed']}"
            )
            progress.update(task, advance=1, status=status)

        yield note


def print_ingest_report(report: BatchReport, console: Console) -> None:
    style = "red" if report.failed else "green"
    console.print(
        f"[{style}]ingested {report.ingested}[/{style}], duplicates {len(report.duplicates)}, "
        f"failed {len(report.failed)}" + (" — [yellow]interrupted[/yellow]" if report.interrupted else "")
    )
    for reason in report.failed:
        console.print(f"  [red]failed[/red] {reason}", highlight=False)


def print_store_summary(store: Any, doc_ids: Iterable[str], console: Console) -> None:
    """Events, quotes and actors of the documents just stored."""
    doc_ids = list(doc_ids)
    if not doc_ids:
        return
    events = [e for d in doc_ids for e in store.events(doc_id=d)]
    quotes = [q for d in doc_ids for q in store.quotes(doc_id=d)]
    by_type = Counter(e["type"] for e in events)
    console.print(
        f"\n[bold]{len(events)} events[/bold] ("
        + ", ".join(f"{t} {n}" for t, n in by_type.most_common())
        + f"), [bold]{len(quotes)} quotes[/bold] in {len(doc_ids)} documents"
    )
    cols = ["type", "actor", "recipient", "modality", "date", "reported_by", "evidence"]
    print_rows(events[:40], "table", title="events", columns=cols, console=console)
    print_rows(
        quotes[:30], "table", title="quotes", columns=["kind", "speaker", "cue", "text"], console=console
    )
    actor_rows = [a for d in doc_ids for a in store.actors(doc_id=d)]
    merged: Counter[tuple[str, str, str]] = Counter()
    for a in actor_rows:
        merged[(a.get("name") or "", a.get("country") or "", a.get("sector") or "")] += a.get("mentions", 1)
    top = [{"name": n, "country": c, "sector": s, "mentions": k} for (n, c, s), k in merged.most_common(20)]
    print_rows(top, "table", title="actors (top 20)", columns=None, console=console)


def print_document(document: Document, console: Console) -> None:
    """The article with event evidence underlined and quote text coloured, then the records."""
    text = Text(document.text)
    for q in document.quotes:
        text.stylize("cyan", q.start, q.end)
    for e in document.events:
        text.stylize("bold yellow", e.start, e.end)
        if e.trigger:
            text.stylize("bold reverse yellow", e.trigger.start, e.trigger.end)
    header = f"[bold]{document.title or document.doc_id}[/bold]  {document.lang or '?'} · published {document.published or '?'}"
    console.print(header + (f" · {document.url}" if document.url else ""))
    console.print("[dim]legend: [bold yellow]event evidence[/bold yellow], [reverse]trigger[/reverse], "
                  "[cyan]quote[/cyan][/dim]\n")  # fmt: skip
    console.print(text)
    console.print()
    table = Table(title=f"events ({len(document.events)})")
    for c in ("type", "actor", "recipient", "modality", "date", "reported by", "trigger"):
        table.add_column(c)
    for e in document.events:
        table.add_row(
            e.type + (f"/{e.mode}" if e.mode else ""),
            ", ".join(f"{a.text} [{a.country or '?'}]" for a in e.actor),
            ", ".join(f"{a.text} [{a.country or '?'}]" for a in e.recipient),
            e.modality, e.date or "", ", ".join(s.text for s in e.reported_by), e.trigger.text if e.trigger else "",
        )  # fmt: skip
    console.print(table)
    qtable = Table(title=f"quotes ({len(document.quotes)})")
    for c in ("kind", "speaker", "cue", "text"):
        qtable.add_column(c, overflow="fold")
    for q in document.quotes:
        speaker = (q.speaker.name or q.speaker.text) if q.speaker else ""
        qtable.add_row(q.kind, speaker, q.cue.text if q.cue else "", _cell(q.text))
    console.print(qtable)
