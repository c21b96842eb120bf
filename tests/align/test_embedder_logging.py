"""Loading the shipped embedding model leaves the host's logging alone, in any thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_loading_the_model_in_a_thread_configures_no_logging(tmp_path: Path) -> None:
    script = (
        "import logging, threading\n"
        "from summarizer.align.embedding import embed\n"
        "t = threading.Thread(target=embed, args=(['a harbour closed'],)); t.start()\n"
        "while t.is_alive():\n"
        "    logging.getLogger('host').info('host INFO record')\n"
        "t.join()\n"
        "root = logging.getLogger()\n"
        "print(root.level, len(root.handlers), logging.basicConfig.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "host INFO record" not in done.stderr, "the host's INFO records reached stderr while the model loaded"
    assert done.stdout.split() == [str(30), "0", "logging"]  # WARNING, no handler, basicConfig itself again
