"""The evaluation script: skips cleanly without data, and scores a fictional PolNeAR-format item."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "eval_offline.py"


def _run(eval_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SUMMARIZER_EVAL_DIR": str(eval_dir)}
    return subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120,
                          check=False)


def test_missing_data_skips_with_exit_zero(tmp_path: Path) -> None:
    result = _run(tmp_path / "absent")
    assert result.returncode == 0, result.stderr
    assert "skipped: ../shared/eval not found" in result.stdout


def test_scores_a_fictional_item(tmp_path: Path) -> None:
    context = "“The port will reopen on Friday,” said Ngozi Okafor, the finance minister."
    quote = "“The port will reopen on Friday,”"
    item = {
        "id": "fictional-1", "publication_date": "2025-03-05", "context": context, "speaker": "Okafor",
        "content_has_quotation_marks": True,
        "source_spans": [{"text": "Ngozi Okafor", "start": context.index("Ngozi"), "end": context.index(",", 40)}],
        "cue_spans": [{"text": "said", "start": context.index("said"), "end": context.index("said") + 4}],
        "content_spans": [{"text": quote, "start": 0, "end": len(quote)}],
    }
    (tmp_path / "quotes.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = _run(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = {line.split("  ")[1].strip(): line for line in result.stdout.splitlines() if line.startswith("  ")}
    assert lines["speaker accuracy (all items)"].split()[-4] == "1.000"
    assert "quote-span recall" in result.stdout and "1.000" in lines["quote-span recall"]
