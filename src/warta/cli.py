"""The `warta` command line: thin wrappers that parse arguments, call the library, and print.

Only this module (and scripts/) prints. Every command's work is done by a public function of the
library (warta.ingest, warta.store, warta.eval), which returns data.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warta.errors import WartaError
from warta.options import ExtractOptions

app = typer.Typer(
    help="warta: who did what to whom, when, where, and according to whom — from Indonesian and English news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

DEFAULT_DB = "sqlite:///warta.db"
SAMPLES = Path(__file__).parent / "samples" / "seeds.jsonl"

DbOption = Annotated[str, typer.Option("--db", help="SQLAlchemy URL of the database.", envvar="WARTA_DB")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv or jsonl.")]
LimitOption = Annotated[int | None, typer.Option(help="At most this many rows.")]


def _date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint=name) from None


def _open_store(db: str):  # noqa: ANN202 - warta.store.Store, imported lazily for start-up time
    from warta.store import Store

    try:
        return Store(db)
    except WartaError as exc:
        err_console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders, or - for stdin.")] = None,
    db: DbOption = DEFAULT_DB,
    lang: Annotated[str, typer.Option(help="id, en, or auto (identify per document).")] = "auto",
    published: Annotated[str | None, typer.Option(help="Publication date for inputs that lack one.")] = None,
    samples: Annotated[bool, typer.Option("--samples", help="Ingest the bundled sample articles.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Refuse input files larger than this.")] = 5_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the closing summary.")] = False,
) -> None:
    """Read articles, extract events, quotes, times and actors, and store them."""
    from warta.batch import ingest_paths
    from warta.cli_report import ingest_progress, print_ingest_report, print_store_summary
    from warta.ingest.readers import expected_count

    if samples:
        paths = [*(paths or []), str(SAMPLES)]
    if not paths:
        raise typer.BadParameter("give at least one path (or --samples)", param_hint="PATHS")
    options = ExtractOptions(
        lang=None if lang == "auto" else lang, published=_date(published, "--published"), max_bytes=max_bytes
    )
    store = _open_store(db)
    total = None if quiet else expected_count(paths)
    with ingest_progress(None if quiet else err_console, total) as progress:
        report = ingest_paths(paths, store=store, options=options, progress=progress)
    print_ingest_report(report, err_console)
    if not quiet:
        print_store_summary(store, report.stored_ids, console)
    raise typer.Exit(130 if report.interrupted else 1 if report.failed else 0)


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A file (text, HTML, JSONL, CSV, feed), or - for stdin.")],
    lang: Annotated[str, typer.Option(help="id, en, or auto.")] = "auto",
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json (all records) or gold.")] = "json",  # noqa: A002
) -> None:
    """Run the pipeline on one input (text, HTML, JSONL, feed…) without a database; print JSON."""
    from warta import extract_document
    from warta.ingest import IngestFailure, read_paths
    from warta.serialize import document_to_dict

    options = ExtractOptions(lang=None if lang == "auto" else lang, published=_date(published, "--published"))
    payloads, failed = [], 0
    for item in read_paths([path], options):
        try:
            if isinstance(item, IngestFailure):
                raise WartaError(str(item))
            document = extract_document(item, options=options)
        except WartaError as exc:
            err_console.print(f"[red]error:[/red] {exc}", highlight=False)
            failed += 1
            continue
        if format == "gold":
            from warta.eval.gold import document_to_gold

            payloads.append(document_to_gold(document))
        else:
            payloads.append(document_to_dict(document))
    if len(payloads) == 1:
        console.print_json(json.dumps(payloads[0], ensure_ascii=False))
    else:
        for payload in payloads:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


def _emit_rows(rows: list[dict], fmt: str, title: str, columns: list[str] | None = None) -> None:
    from warta.cli_report import print_rows

    print_rows(rows, fmt, title=title, columns=columns, console=console)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option("--type", "-t", help="PLOVER event type.")] = None,  # noqa: A002
    country: Annotated[
        str | None, typer.Option(help="Actor or recipient country code (RUS, PRK, IGOUNO…).")
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Text in the actor's or recipient's name.")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before this date.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
) -> None:
    """List stored events."""
    rows = _open_store(db).events(
        type=type.upper() if type else None, country=country, actor=actor,
        since=_date(since, "--since"), until=_date(until, "--until"), doc_id=doc, limit=limit,
    )  # fmt: skip
    columns = [
        "doc_id",
        "type",
        "actor",
        "actor_country",
        "recipient",
        "recipient_country",
        "modality",
        "date",
    ]
    _emit_rows(rows, format, "events", [*columns, "evidence"])


@app.command()
def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Text in the speaker's name.")] = None,
    country: Annotated[str | None, typer.Option(help="Speaker country code.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
) -> None:
    """List stored quotes."""
    rows = _open_store(db).quotes(speaker=speaker, country=country, doc_id=doc, limit=limit)
    _emit_rows(rows, format, "quotes", ["doc_id", "kind", "speaker", "cue", "text"])


@app.command()
def actors(
    db: DbOption = DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="Country code.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    named: Annotated[
        bool,
        typer.Option(
            help="Only actors with a canonical name, not common nouns and pronouns (polisi, mereka)."
        ),
    ] = False,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
) -> None:
    """List the actors mentioned, with how often."""
    rows = _open_store(db).actors(country=country, doc_id=doc, limit=limit, named=named)
    _emit_rows(rows, format, "actors")


@app.command()
def docs(
    db: DbOption = DEFAULT_DB,
    lang: Annotated[str | None, typer.Option(help="Language code.")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before this date.")] = None,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
) -> None:
    """List stored documents."""
    rows = _open_store(db).documents(
        lang=lang, since=_date(since, "--since"), until=_date(until, "--until"), limit=limit
    )
    _emit_rows(rows, format, "documents")


@app.command()
def show(
    doc_id: Annotated[str, typer.Argument(help="Document id (a unique prefix is enough).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Print an article with its events and quotes, the evidence highlighted."""
    from warta.cli_report import print_document

    store = _open_store(db)
    matches = [d for d in store.doc_ids() if d.startswith(doc_id)]
    if len(matches) != 1:
        err_console.print(
            f"[red]error:[/red] {'no document' if not matches else f'{len(matches)} documents'} "
            f"with id starting {doc_id!r} in {db}"
        )
        raise typer.Exit(1)
    print_document(store.get_document(matches[0]), console)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", "-f", help="gold, jsonl, csv or parquet.")] = "gold",  # noqa: A002
    kind: Annotated[
        str, typer.Option(help="For jsonl/csv/parquet: events, quotes, actors or documents.")
    ] = "events",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Export the database: gold (warta-gold v1, one line per document) or rows of one kind."""
    store = _open_store(db)
    if format == "parquet" and output is None:
        raise typer.BadParameter("parquet needs --output FILE", param_hint="--format")
    if format not in {"gold", "jsonl", "csv", "parquet"}:
        raise typer.BadParameter(f"unknown format {format!r}", param_hint="--format")
    if output is None:
        fp = sys.stdout
        _export(store, format, kind, fp)
        return
    mode = "wb" if format == "parquet" else "w"
    with output.open(mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as fp:
        _export(store, format, kind, fp)
    err_console.print(f"wrote {output}")


def _export(store, format: str, kind: str, fp) -> None:  # noqa: ANN001, A002
    if format == "gold":
        store.export_gold(fp)
    else:
        store.export_rows(kind, format, fp)


def _register_eval() -> None:
    try:
        from warta.eval.cli import eval_command
    except ImportError:  # evaluation module not installed in this build
        return
    app.command("eval")(eval_command)


_register_eval()


if __name__ == "__main__":  # pragma: no cover
    app()
