"""The README documents every CLI command, and starts with the two commands CI relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
CI_RUN = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [c.name or c.callback.__name__ for c in app.registered_commands])
def test_docs_readme_mentions_every_command(command):
    assert f"warta {command}" in README


def test_docs_ci_runs_the_readme_test_command():
    test_command = [line for line in README.splitlines() if line.strip().endswith("pytest -q")][0].strip()
    assert test_command in CI_RUN


def test_docs_readme_python_example_prints_what_it_shows(capsys):
    import re

    code = re.search(r"## In Python\n\n```python\n(.*?)```", README, re.S).group(1)
    shown = re.search(r"prints\n\n```\n(.*?)```", README, re.S).group(1)
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out == shown
