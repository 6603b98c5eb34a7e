"""The command line end to end on the bundled samples, with a temporary database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'warta.db'}"


@pytest.fixture()
def ingested(db: str) -> str:
    result = runner.invoke(app, ["ingest", "--samples", "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_cli_ingest_samples_prints_summary(db):
    result = runner.invoke(app, ["ingest", "--samples", "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 2" in result.output
    assert "events" in result.output and "quotes" in result.output


def test_cli_reingest_changes_nothing(ingested):
    before = runner.invoke(app, ["events", "--db", ingested, "--format", "jsonl"]).output
    again = runner.invoke(app, ["ingest", "--samples", "--db", ingested, "--quiet"])
    assert again.exit_code == 0
    assert "ingested 0" in again.output and "duplicates 2" in again.output
    assert runner.invoke(app, ["events", "--db", ingested, "--format", "jsonl"]).output == before


def test_cli_bad_file_is_reported_and_batch_goes_on(tmp_path, db):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("Presiden Rusia Vladimir Putin bertemu dengan Kim Jong Un di Vostochny pada Rabu.\n")
    (tmp_path / "in" / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db, "--lang", "id", "--quiet"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    assert "ingested 1" in result.output


def test_cli_missing_path_is_reported(db, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", db, "--quiet"])
    assert result.exit_code == 1
    assert "nope.txt" in result.output


@pytest.mark.parametrize("command", ["events", "quotes", "actors", "docs"])
def test_cli_query_jsonl_rows_are_json(ingested, command):
    result = runner.invoke(app, [command, "--db", ingested, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert rows


def test_cli_actors_named_leaves_out_common_nouns_and_pronouns(ingested):
    def names(*extra: str) -> set[str]:
        out = runner.invoke(app, ["actors", "--db", ingested, "--format", "jsonl", *extra]).output
        return {json.loads(line)["name"] for line in out.splitlines() if line.strip()}

    every, named = names(), names("--named")
    assert "Vladimir Putin" in named and named < every
    assert not named & {"mereka", "Kami", "kami"}  # pronouns have no canonical name


def test_cli_events_filter_by_type(ingested):
    result = runner.invoke(app, ["events", "--db", ingested, "--type", "CONSULT", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert rows and {r["type"] for r in rows} == {"CONSULT"}


def test_cli_export_gold_has_format_fields(ingested):
    result = runner.invoke(app, ["export", "--db", ingested, "--format", "gold"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 2
    for record in lines:
        assert {"doc_id", "lang", "published", "text", "events", "quotes", "times"} <= set(record)
        for event in record["events"]:
            assert event["evidence"] in record["text"]


def test_cli_show_highlights_document(ingested):
    doc_id = json.loads(
        runner.invoke(app, ["docs", "--db", ingested, "--format", "jsonl"]).output.splitlines()[0]
    )["doc_id"]
    result = runner.invoke(app, ["show", doc_id[:8], "--db", ingested])
    assert result.exit_code == 0, result.output
    assert "events (" in result.output


def test_cli_show_unknown_document(ingested):
    result = runner.invoke(app, ["show", "zzzz", "--db", ingested])
    assert result.exit_code == 1


def test_cli_extract_prints_json(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Menteri Luar Negeri Retno Marsudi bertemu dengan Menlu Jepang di Tokyo pada Senin.")
    result = runner.invoke(app, ["extract", str(path), "--lang", "id", "--published", "2024-05-08"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["text"].startswith("Menteri")
