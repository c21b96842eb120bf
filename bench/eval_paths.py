"""Where the evaluation data is, and the judge that scores briefings against it: one home for the eval scripts."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any


def eval_dir() -> Path:
    """``$SUMMARIZER_EVAL_DIR``, else ``shared/eval`` beside the checkout (main) or one level higher
    (a worktree under ``wt/``); scripts skip cleanly where it does not exist."""
    override = os.environ.get("SUMMARIZER_EVAL_DIR")
    if override:
        return Path(override)
    here = Path(__file__).resolve()
    found = (p / "shared" / "eval" for p in here.parents[1:4])
    return next((p for p in found if p.exists()), here.parents[2] / "shared" / "eval")


def load_judge() -> Any:
    """``judge.py`` of the eval data, imported as the module ``judge`` (it is data, not a package)."""
    spec = importlib.util.spec_from_file_location("judge", eval_dir() / "judge.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["judge"] = module
    spec.loader.exec_module(module)
    return module
