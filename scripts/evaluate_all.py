"""Regenerate EVALUATION.md: run `warta eval` on every dataset in ../shared warta can be scored on.

    python scripts/evaluate_all.py                 # all datasets -> EVALUATION.md
    python scripts/evaluate_all.py --only ner      # rows whose name contains "ner" (others dropped)
    python scripts/evaluate_all.py --pin           # also re-pin tests/eval/baseline.json (dev gold)

Each row is produced by running the command shown in the table (the installed `warta` CLI, with
--json) and reading its output; a command that fails is recorded as failed, not skipped. Test splits
are measured here and never used to tune anything. Needs ../shared (or --shared DIR).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval" / "baseline.json"
DEV_GOLD = "gold/dev/seeds.jsonl"
# The dev-gold figures the CI regression guard compares (see tests/eval/test_regression.py).
GUARDED = (
    "events.event.f1",
    "events.dyad.f1",
    "events.modality.accuracy",
    "events.date.accuracy",
    "events.reported_by.accuracy",
    "quotes.span.f1",
    "quotes.speaker.accuracy",
    "times.span.f1",
    "times.value.accuracy",
)


@dataclass(frozen=True)
class Dataset:
    name: str
    split: str
    task: str
    path: str  # relative to the shared folder, or to the repository when in_repo
    in_repo: bool = False  # the project's own annotated articles (gold/own, gold/own2, gold/own3), not ../shared


DATASETS = (
    Dataset("warta gold (seed articles)", "dev", "gold", DEV_GOLD),
    Dataset("warta gold (news: NTREX-id, hoax600-id)", "train", "gold", "gold/train/news.jsonl"),
    Dataset("warta gold (news: NTREX-id, hoax600-id)", "test", "gold", "gold/test/news.jsonl"),
    Dataset(
        "warta gold (own: articles written for warta)", "develop", "gold", "gold/own/develop.jsonl", True
    ),
    Dataset(
        "warta gold (own: articles written for warta)", "held-out", "gold", "gold/own/held-out.jsonl", True
    ),
    Dataset(
        "warta gold (own2: more articles written for warta)",
        "develop",
        "gold",
        "gold/own2/develop.jsonl",
        True,
    ),
    Dataset(
        "warta gold (own2: more articles written for warta)",
        "held-out",
        "gold",
        "gold/own2/held-out.jsonl",
        True,
    ),
    Dataset(
        "warta gold (own3: courts, police, politics, foreign)",
        "develop",
        "gold",
        "gold/own3/develop.jsonl",
        True,
    ),
    Dataset(
        "warta gold (own3: courts, police, politics, foreign)",
        "held-out",
        "gold",
        "gold/own3/held-out.jsonl",
        True,
    ),
    Dataset("NERGrit NER", "valid", "ner", "data/ner/nergrit/valid_preprocess.txt"),
    Dataset("NERGrit NER", "test", "ner", "data/ner/nergrit/test_preprocess.txt"),
    Dataset("NERP NER (lowercased)", "valid", "ner", "data/ner/nerp/valid_preprocess.txt"),
    Dataset("NERP NER (lowercased)", "test", "ner", "data/ner/nerp/test_preprocess.txt"),
    Dataset("idner-news-2k NER", "dev", "ner", "data/ner/idner-news-2k/dev.txt"),
    Dataset("idner-news-2k NER", "test", "ner", "data/ner/idner-news-2k/test.txt"),
    Dataset("POSP POS (Prosa→UPOS)", "valid", "pos", "data/pos/posp/valid_preprocess.txt"),
    Dataset("POSP POS (Prosa→UPOS)", "test", "pos", "data/pos/posp/test_preprocess.txt"),
    Dataset("UD Indonesian GSD POS", "dev", "pos", "data/ud/gsd/id_gsd-ud-dev.conllu"),
    Dataset("UD Indonesian GSD POS", "test", "pos", "data/ud/gsd/id_gsd-ud-test.conllu"),
    Dataset("UD Indonesian CSUI POS", "test", "pos", "data/ud/csui/id_csui-ud-test.conllu"),
    Dataset("UD Indonesian PUD POS", "test", "pos", "data/ud/pud/id_pud-ud-test.conllu"),
    Dataset("UD Indonesian GSD sentences", "dev", "sentences", "data/ud/gsd/id_gsd-ud-dev.conllu"),
    Dataset("UD Indonesian GSD sentences", "test", "sentences", "data/ud/gsd/id_gsd-ud-test.conllu"),
    Dataset("UD Indonesian CSUI sentences", "test", "sentences", "data/ud/csui/id_csui-ud-test.conllu"),
    Dataset("UD Indonesian PUD sentences", "test", "sentences", "data/ud/pud/id_pud-ud-test.conllu"),
    Dataset("PLOVER GSR (CAMEO manual, English)", "all", "plover", "data/plover/PLOVER_GSR_CAMEO.txt"),
)


def warta_executable() -> list[str]:
    beside = Path(sys.executable).with_name("warta")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("warta")
    if found:
        return [found]
    return [sys.executable, "-c", "from warta.cli import app; app()"]


def command_for(dataset: Dataset, shared_arg: str) -> list[str]:
    path = dataset.path if dataset.in_repo else f"{shared_arg.rstrip('/')}/{dataset.path}"
    args = ["eval", path]
    if dataset.task != "gold":
        args += ["--task", dataset.task]
    return [*args, "--json"]


def dig(data: dict[str, Any], dotted: str) -> Any:
    for key in dotted.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(key)  # type: ignore[assignment]
    return data


def _f(value: Any) -> str:
    return "—" if value is None else f"{value:.3f}"


def figures(task: str, result: dict[str, Any]) -> str:
    if task == "gold":
        e, q, t = result["events"], result["quotes"], result["times"]
        return (
            f"event F1 {_f(e['event']['f1'])} (P {_f(e['event']['precision'])}, R {_f(e['event']['recall'])}, "
            f"{e['event']['gold']} gold / {e['event']['pred']} pred); dyad F1 {_f(e['dyad']['f1'])}; "
            f"modality {_f(e['modality']['accuracy'])}, date {_f(e['date']['accuracy'])}, "
            f"reported_by {_f(e['reported_by']['accuracy'])}; quote F1 {_f(q['span']['f1'])}, "
            f"speaker {_f(q['speaker']['accuracy'])}; time F1 {_f(t['span']['f1'])}, "
            f"value {_f(t['value']['accuracy'])}"
        )
    if task == "pos":
        return (
            f"accuracy {_f(result['accuracy'])} on {result['aligned']}/{result['tokens']} aligned tokens "
            f"(all tokens: {_f(result['accuracy_all'])}); {result['sentences']} sentences"
        )
    o = result["overall"]
    text = (
        f"P {_f(o['precision'])} R {_f(o['recall'])} F1 {_f(o['f1'])} ({o['gold']} gold / {o['pred']} pred)"
    )
    if task == "sentences":
        text += f"; {result['sentences']} sentences"
    elif task == "ner":
        per = ", ".join(f"{k} {_f(v['f1'])}" for k, v in result["per_type"].items() if v["gold"])
        text += f"; per type F1: {per}; {result['sentences']} sentences"
    else:
        text += f"; dyad F1 {_f(result['dyad']['f1'])}"
        if result.get("note"):
            text += f"; {result['note']}"
    return text


def run(dataset: Dataset, shared: Path, shared_arg: str) -> tuple[str, dict[str, Any] | None, float]:
    args = command_for(dataset, shared_arg)
    started = time.monotonic()
    proc = subprocess.run(
        [*warta_executable(), *args], cwd=ROOT, capture_output=True, text=True, check=False
    )  # fmt: skip
    elapsed = time.monotonic() - started
    shown = "warta " + " ".join(args)
    if proc.returncode != 0:
        print(f"FAILED {shown}\n{proc.stderr[-2000:]}{proc.stdout[-2000:]}", file=sys.stderr)
        return shown, None, elapsed
    return shown, json.loads(proc.stdout), elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", default="../shared", help="the shared data folder (relative to the repo)")
    parser.add_argument("--out", default=str(ROOT / "EVALUATION.md"))
    parser.add_argument("--only", default=None, help="run only datasets whose name or task contains this")
    parser.add_argument(
        "--pin", action="store_true", help="re-pin tests/eval/baseline.json from the dev gold"
    )
    args = parser.parse_args()
    shared = (ROOT / args.shared).resolve()
    if not shared.is_dir():
        print(f"{shared} is absent: nothing to evaluate", file=sys.stderr)
        return 1
    today = dt.date.today().isoformat()
    rows = []
    by_type: list[tuple[Dataset, dict[str, Any]]] = []
    dev_result = None
    for dataset in DATASETS:
        if args.only and args.only.lower() not in f"{dataset.name} {dataset.task}".lower():
            continue
        if not ((ROOT if dataset.in_repo else shared) / dataset.path).exists():
            rows.append((dataset, "—", f"absent: {dataset.path}", 0.0))
            continue
        print(f"{dataset.name} [{dataset.split}] ...", file=sys.stderr, flush=True)
        shown, result, elapsed = run(dataset, shared, args.shared)
        text = figures(dataset.task, result) if result else "**command failed** (see its error output)"
        rows.append((dataset, shown, text, elapsed))
        if dataset.task == "gold" and result:
            by_type.append((dataset, result))
        if dataset.path == DEV_GOLD and result:
            dev_result = result
    write_markdown(Path(args.out), rows, today, by_type)
    if args.pin:
        if dev_result is None:
            print("no dev gold result: baseline not pinned", file=sys.stderr)
            return 1
        pinned = {"dataset": DEV_GOLD, "date": today, "figures": {k: dig(dev_result, k) for k in GUARDED}}
        BASELINE.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
        print(f"pinned {BASELINE}", file=sys.stderr)
    return 0


HEADER = """# warta — evaluation scoreboard

Generated by `python scripts/evaluate_all.py` on {date}; every number below is what the command in its
row printed (`--json`), on the data in `../shared` (see its README for sources and licences). Test splits
are measured, never tuned on. Scoring rules: `../shared/gold/FORMAT.md` ("How predictions are scored")
for the warta gold, `src/warta/eval/tasks.py` for NER/POS/PLOVER (label mappings documented there and
in `src/warta/datasets.py`). The dev gold's second annotation agreed with the first at event F1 0.84
and quote F1 0.95: roughly the ceiling a system can be measured to on it.

| dataset | split | command | figures | seconds |
|---|---|---|---|---|
"""

FOOTER = """
## Regression guard

`tests/eval/test_regression.py` (marked `shared`) re-runs the dev gold and fails when a figure drops
more than 0.05 below `tests/eval/baseline.json`. After a real improvement (or an accepted trade-off),
re-pin it: `python scripts/evaluate_all.py --pin` (rewrites this file and the baseline; commit both).
"""


def type_table(dataset: Dataset, result: dict[str, Any]) -> list[str]:
    """Per PLOVER type: P/R/F1 on type+actor, dyad F1 and counts, as the events scorer reports them."""
    lines = [
        f"\n### Events per type: {dataset.name}, {dataset.split}\n\n",
        "| type | gold | pred | P | R | F1 | dyad F1 |\n|---|---|---|---|---|---|---|\n",
    ]
    for name, scores in sorted(result.get("events_by_type", {}).items()):
        e, d = scores["event"], scores["dyad"]
        lines.append(
            f"| {name} | {e['gold']} | {e['pred']} | {_f(e['precision'])} | {_f(e['recall'])} | "
            f"{_f(e['f1'])} | {_f(d['f1'])} |\n"
        )
    return lines


def write_markdown(
    path: Path,
    rows: list[tuple[Dataset, str, str, float]],
    date: str,
    by_type: list[tuple[Dataset, dict[str, Any]]] = (),  # type: ignore[assignment]
) -> None:
    lines = [HEADER.format(date=date)]
    for dataset, shown, text, elapsed in rows:
        command = f"`{shown}`" if shown != "—" else "—"
        lines.append(f"| {dataset.name} | {dataset.split} | {command} | {text} | {elapsed:.0f} |\n")
    for dataset, result in by_type:
        lines.extend(type_table(dataset, result))
    lines.append(FOOTER)
    path.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
