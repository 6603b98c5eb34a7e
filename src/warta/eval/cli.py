"""`warta eval`: the CLI face of warta.eval. The main CLI registers it with
``app.command("eval")(eval_command)``; this is the only place in warta.eval that prints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from warta.errors import WartaError

TASKS = ("gold", "ner", "pos", "sentences", "plover")


def eval_command(
    path: Annotated[Path, typer.Argument(help="Gold file: warta-gold JSONL, CoNLL/CoNLL-U, or PLOVER JSON.")],
    task: Annotated[
        str,
        typer.Option(
            "--task", help="gold (events, quotes, times) | ner | pos | sentences (CoNLL-U) | plover."
        ),
    ] = "gold",
    json_: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed, spurious and mismatched items with evidence.")
    ] = False,
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Score this warta-gold prediction file instead of running the pipeline."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Score only the first N sentences/records.")
    ] = None,
) -> None:
    """Score warta against gold data: events/quotes/times (warta-gold), NER, POS or PLOVER."""
    console = Console()
    if task not in TASKS:
        console.print(f"[red]error:[/red] unknown task {task!r} (tasks: {', '.join(TASKS)})")
        raise typer.Exit(2)
    try:
        if task == "gold":
            _eval_gold(console, path, json_=json_, errors=errors, pred=pred)
        else:
            _eval_task(console, path, task, json_=json_, limit=limit)
    except WartaError as err:
        console.print(f"[red]error:[/red] {err}")
        raise typer.Exit(1) from err


def _eval_gold(console: Console, path: Path, *, json_: bool, errors: bool, pred: Path | None) -> None:
    from warta.eval.gold import read_gold
    from warta.eval.report import errors_table, gold_tables
    from warta.eval.run import evaluate_gold
    from warta.eval.score import score_documents

    report = score_documents(read_gold(path), read_gold(pred)) if pred is not None else evaluate_gold(path)
    if json_:
        print(json.dumps(report.to_dict(errors=errors), ensure_ascii=False, indent=2))
        return
    console.print(gold_tables(report))
    if errors:
        console.print(errors_table(report.errors))


def _eval_task(console: Console, path: Path, task: str, *, json_: bool, limit: int | None) -> None:
    from warta.eval.report import task_table
    from warta.eval.tasks import evaluate_task

    result = evaluate_task(task, path, limit=limit)
    if json_:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console.print(task_table(result))
