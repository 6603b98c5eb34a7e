"""`warta eval` through Typer's CliRunner, registered the way the main CLI registers it."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from warta.eval.cli import eval_command
from warta.eval.gold import write_gold

TEXT = "Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Tokyo pada Senin."
GOLD = {
    "doc_id": "cli-1",
    "lang": "id",
    "published": "2024-05-08",
    "title": None,
    "text": TEXT,
    "events": [
        {
            "type": "CONSULT", "mode": None, "context": [],
            "actor": [{"text": "Joko Widodo", "country": "IDN", "sector": "GOV"}],
            "recipient": [{"text": "Perdana Menteri Jepang", "country": "JPN", "sector": "GOV"}],
            "modality": "asserted", "date": "2024-05-06", "location": None, "reported_by": [],
            "evidence": "Joko Widodo bertemu dengan Perdana Menteri Jepang",
        }
    ],
    "quotes": [],
    "times": [{"text": "Senin", "value": "2024-05-06", "anchor": "published"}],
}  # fmt: skip

app = typer.Typer()
app.command("eval")(eval_command)
app.command("noop")(lambda: None)  # a second command, so "eval" stays a named sub-command
runner = CliRunner()


def files(tmp_path: Path, pred_events: list[dict]) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    write_gold(gold, [GOLD])
    write_gold(pred, [{**GOLD, "events": pred_events, "times": []}])
    return gold, pred


def test_cli_eval_json_with_prediction_file(tmp_path: Path) -> None:
    gold, pred = files(tmp_path, GOLD["events"])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["events"]["event"]["f1"] == 1.0
    assert data["times"]["span"]["recall"] == 0.0
    assert "errors" not in data


def test_cli_eval_errors_lists_missed_items_with_evidence(tmp_path: Path) -> None:
    gold, pred = files(tmp_path, [])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--errors"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "missed" in result.output and "Joko Widodo bertemu" in result.output


def test_cli_eval_runs_pipeline_and_prints_table(tmp_path: Path) -> None:
    gold, _ = files(tmp_path, [])
    result = runner.invoke(app, ["eval", str(gold)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "events (type+actor)" in result.output and "1 articles" in result.output


def test_cli_eval_reports_malformed_gold_with_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad), "--json"], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output


def test_cli_eval_rejects_unknown_task(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path), "--task", "sentiment"])
    assert result.exit_code == 2 and "unknown task" in result.output


def test_cli_eval_task_pos_json(tmp_path: Path) -> None:
    path = tmp_path / "pos.txt"
    path.write_text("Jokowi\tB-NNP\nterbang\tB-VBI\n.\tB-SYM\n\nIa\tB-PRN\ntidur\tB-VBI\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--task", "pos", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["task"], data["sentences"], data["tokens"]) == ("pos", 2, 5)


def test_cli_eval_task_ner_table(tmp_path: Path) -> None:
    path = tmp_path / "ner.txt"
    path.write_text("Joko\tB-PERSON\nWidodo\tI-PERSON\nke\tO\nTokyo\tB-PLACE\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--task", "ner"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "overall (micro)" in result.output
