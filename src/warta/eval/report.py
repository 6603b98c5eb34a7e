"""Rich tables for evaluation results. Builds renderables only; the CLI prints them."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table

from warta.eval.score import PRF, Accuracy, ErrorItem, EvalReport


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _prf_row(name: str, prf: PRF) -> list[str]:
    return [
        name,
        _pct(prf.precision),
        _pct(prf.recall),
        _pct(prf.f1),
        str(prf.tp),
        str(prf.gold),
        str(prf.pred),
    ]


def _acc(acc: Accuracy) -> str:
    return f"{_pct(acc.value)} ({acc.correct}/{acc.total})"


def gold_tables(report: EvalReport) -> Group:
    """The summary table, then events per type."""
    summary = Table(title=f"warta eval: {report.documents} articles", title_justify="left")
    for column in ("measure", "P", "R", "F1", "matched", "gold", "pred"):
        summary.add_column(column, justify="left" if column == "measure" else "right")
    summary.add_row(*_prf_row("events (type+actor)", report.events.event))
    summary.add_row(*_prf_row("events (dyad)", report.events.dyad))
    summary.add_row(*_prf_row("quotes (span)", report.quotes.span))
    summary.add_row(*_prf_row("times (span)", report.times.span))

    accuracy = Table(title="accuracy on matched pairs", title_justify="left")
    accuracy.add_column("attribute")
    accuracy.add_column("accuracy", justify="right")
    accuracy.add_row("event modality", _acc(report.events.modality))
    accuracy.add_row("event date", _acc(report.events.date))
    accuracy.add_row("event reported_by", _acc(report.events.reported_by))
    accuracy.add_row("quote speaker", _acc(report.quotes.speaker))
    accuracy.add_row("time value", _acc(report.times.value))

    per_type = Table(title="events per type", title_justify="left")
    for column in ("type", "P", "R", "F1", "gold", "pred", "dyad F1", "modality", "date", "reported_by"):
        per_type.add_column(column, justify="left" if column == "type" else "right")
    for name, s in sorted(report.events_by_type.items()):
        per_type.add_row(
            name,
            _pct(s.event.precision),
            _pct(s.event.recall),
            _pct(s.event.f1),
            str(s.event.gold),
            str(s.event.pred),
            _pct(s.dyad.f1),
            _pct(s.modality.value),
            _pct(s.date.value),
            _pct(s.reported_by.value),
        )
    parts: list[Any] = [summary, accuracy, per_type]
    if report.missing_predictions:
        parts.append(f"[yellow]no prediction for: {', '.join(report.missing_predictions)}[/yellow]")
    return Group(*parts)


def _brief(item: dict[str, Any] | None, kind: str) -> str:
    if not item:
        return ""
    if kind == "events":
        actors = ", ".join(f"{a.get('text')} [{a.get('country')}]" for a in item.get("actor") or [])
        recipients = ", ".join(f"{a.get('text')} [{a.get('country')}]" for a in item.get("recipient") or [])
        return (
            f"{item.get('type')} {actors or '∅'} → {recipients or '∅'}; {item.get('modality')}, "
            f"date={item.get('date')}, reported_by={item.get('reported_by') or []}"
        )
    if kind == "quotes":
        speaker = item.get("speaker") or {}
        return f"speaker={speaker.get('name') or speaker.get('text')}"
    return f"value={item.get('value')}"


def errors_table(errors: list[ErrorItem]) -> Table:
    table = Table(title=f"{len(errors)} errors", title_justify="left", show_lines=True)
    for column in ("doc", "kind", "problem", "gold", "predicted", "evidence"):
        table.add_column(column, overflow="fold")
    for e in errors:
        table.add_row(e.doc_id, e.kind, e.problem, _brief(e.gold, e.kind), _brief(e.pred, e.kind), e.evidence)
    return table


def task_table(result: dict[str, Any]) -> Table:
    """A table for --task ner|pos|plover results (see warta.eval.tasks)."""
    table = Table(title=f"warta eval --task {result['task']}: {result.get('path', '')}", title_justify="left")
    if result["task"] == "pos":
        table.add_column("measure")
        table.add_column("value", justify="right")
        table.add_row("sentences", str(result["sentences"]))
        table.add_row("tokens scored (aligned)", f"{result['aligned']} / {result['tokens']}")
        table.add_row("accuracy", _pct(result["accuracy"]))
        return table
    if result["task"] == "sentences":
        result = {**result, "per_type": {}}
    for column in ("type", "P", "R", "F1", "matched", "gold", "pred"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for name, prf in result["per_type"].items():
        table.add_row(
            name, _pct(prf["precision"]), _pct(prf["recall"]), _pct(prf["f1"]),
            str(prf["tp"]), str(prf["gold"]), str(prf["pred"]),
        )  # fmt: skip
    overall = result["overall"]
    table.add_row(
        "[bold]overall (micro)[/bold]", _pct(overall["precision"]), _pct(overall["recall"]),
        _pct(overall["f1"]), str(overall["tp"]), str(overall["gold"]), str(overall["pred"]),
    )  # fmt: skip
    if result.get("note"):
        table.caption = result["note"]
    return table
