"""The red team's tools: the CLI run in-process or as a child, a loopback site for URL cases, a table row."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.testing.site import Route, serve_site

ROOT = Path(__file__).resolve().parent.parent
GOOD = ("Bridge closed in Orvel\n\nThe bridge in Orvel closed on Friday after engineers found a crack in its main "
        "span, the city said. \"It is unsafe,\" said Mayor Ana Pell. Repairs will take six weeks, officials said.\n")
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


@dataclass
class Row:
    case: str
    before: str
    after: str
    holds: bool
    tests: tuple[str, ...] = ()  # the regression tests covering the case (filled from COVERS)


def _cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["brief", *args, "--backend", "offline", "--quiet"], env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        return 99, f"crashed: {type(result.exception).__name__}: {result.exception}"
    return result.exit_code, result.output.strip()


def _process(args: list[str], stdin: int | None = None, stdout: object = subprocess.PIPE,
             timeout: float = 120) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "brief", *args, "--backend", "offline", "--quiet"],
                          stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=timeout, cwd=ROOT)
    return done.returncode, done.stderr.strip()


def _one_line(code: int, output: str) -> str:
    lines = output.splitlines()
    return f"exit {code}: " + (lines[-1] if lines else "(no message)")[:150] + (" (+more lines)" if len(lines) > 1 else "")


# ------------------------------------------------------------------ a loopback site for URL cases

ROUTES: dict[str, Route] = {
    "/to-loopback": (302, {"Location": "http://127.0.0.2/"}, b""),
    "/to-ftp": (302, {"Location": "ftp://127.0.0.1/pub/file.txt"}, b""),
    "/feed.json": (200, {"Content-Type": "application/json"},
                   json.dumps([{"text": GOOD, "title": "Bridge closed"}]).encode()),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, PDF),
    "/greek": (200, {"Content-Type": "text/plain; charset=iso-8859-7"},
               "Γέφυρα\n\nΗ γέφυρα στο Όρβελ έκλεισε την Παρασκευή, είπε ο δήμος.".encode("iso-8859-7")),
    "/meta": (200, {"Content-Type": "text/html"},
              ('<html><head><meta charset="windows-1253"><title>Γέφυρα</title></head><body><article><p>'
               'Η γέφυρα στο Όρβελ έκλεισε την Παρασκευή, είπε ο δήμος. Οι επισκευές θα διαρκέσουν εβδομάδες.'
               '</p></article></body></html>').encode("cp1253")),
}


def _site() -> contextlib.AbstractContextManager[str]:
    return serve_site(ROUTES, trickle_chunks=60, trickle_interval=1.0)


def _trusting(address: object) -> str | None:
    return None if str(address) == "127.0.0.1" else "loopback"


# ------------------------------------------------------------------ the cases

def _pytest(node: str) -> tuple[bool, str]:
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", node], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    last = (done.stdout.strip().splitlines() or ["?"])[-1]
    return done.returncode == 0, f"regression test {node.split('::')[-1]}: {last}"


def _CliRunnerLoud(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["brief", *args, "--backend", "offline"])
    return result.exit_code, result.output
