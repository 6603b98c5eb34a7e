"""Writing query rows as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO, Any

from warta.errors import StoreError

ROW_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet")


def frame(rows: list[dict[str, Any]], columns: Sequence[str]):  # -> pandas.DataFrame
    import pandas as pd  # imported here: pandas is slow to import and only the frame needs it

    return pd.DataFrame.from_records(rows, columns=list(columns))


def write_rows(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str, fp: IO) -> int:
    """Write ``rows`` to ``fp`` (text mode for csv/jsonl, binary for parquet); returns the count."""
    if fmt == "csv":
        writer = csv.DictWriter(fp, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "jsonl":
        for row in rows:
            fp.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "parquet":
        frame(rows, columns).to_parquet(fp, index=False)
    else:
        raise StoreError(f"unknown export format {fmt!r} (formats: {', '.join(ROW_FORMATS)})")
    return len(rows)
