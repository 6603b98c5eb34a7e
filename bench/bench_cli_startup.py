"""CLI start-up time: how long `warta --help` and `import warta` take (median of N runs).

Run on demand: `python bench/bench_cli_startup.py [N]`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def timed(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"python -c 'import warta': {timed([sys.executable, '-c', 'import warta'], runs) * 1000:.0f} ms")
    print(f"warta --help:             {timed([str(BIN / 'warta'), '--help'], runs) * 1000:.0f} ms")
    print(f"python -c 'pass':         {timed([sys.executable, '-c', 'pass'], runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
