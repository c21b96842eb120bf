"""Judge the LLM path on the dev stories: hand-written model answers replayed through the fixture server.

``bench/llm_answers/<story>/<file>.json`` holds, for each dev-story article, the answer a careful strong
model would give reading that article alone (written by hand; not model output). This script starts the
local fixture server (:mod:`summarizer.testing.fake_openai`) serving those answers to the extraction
requests, and ``bench/llm_answers/<story>.adjudication.json`` the review call's verdicts (hand-written
from each item's evidence, matched to the items by subject; without that file the call gets no verdicts
and the rules' discrepancies stand as the merger found them); synthesis gets the server's default
answer, the first key points as cited. It runs the whole pipeline with the LLM backend and with the
offline one on each story, writes JSON and Markdown briefings, runs the shared judge on both and prints
the judge's figures side by side. What grounding dropped or rewrote in the answers is counted too (every
item with ``--verbose``): an answer that stops being verbatim in the cleaned article (ingest changed),
or that a grounding rule refuses, shows up there, not as a silently worse score.

The stories and the judge live in ``../shared/eval`` (``SUMMARIZER_EVAL_DIR`` overrides), outside the
repository; without them the script says so and exits 0.

    python bench/eval_llm_stories.py [--stories wildfire,recall] [--out DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarizer.adjudicate_llm import Adjudication, Verdict
from summarizer.extract import response_model
from summarizer.pipeline import Options, arun, ingest
from summarizer.render import render
from summarizer.schema import ArticleExtraction, DroppedItem
from summarizer.testing.fake_openai import FENCE, FakeOpenAI, FixtureResponder, requested_model

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when a test loads this file by path

from eval_paths import eval_dir

ANSWERS = Path(__file__).resolve().parent / "llm_answers"
STORIES = ("wildfire", "election", "recall")


class AnswerError(Exception):
    """An answer file that the current response model rejects; the message names file and field."""


def load_answer(path: Path) -> dict[str, Any]:
    """One answer in the wire form the current response model expects, validated before serving.

    The files are written in the plain extraction schema. The response model the prompt sends may
    be a terser variant of it; whatever it is, the answer must validate against it, or the run
    stops here naming the file and the field, instead of turning into re-asks and a worse score.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    try:
        plain = ArticleExtraction.model_validate(data["response"])
        wire = to_wire(plain)
        response_model.ArticleExtraction.model_validate(wire)
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        raise AnswerError(f"{path}: {fields}") from None
    return wire


def to_wire(plain: ArticleExtraction) -> dict[str, Any]:
    """The plain extraction as the model would send it: without the fields grounding fills in."""
    skip: Any = {"claims": {"__all__": {"span"}}, "quotes": {"__all__": {"span", "speaker_inferred"}},
                 "events": {"__all__": {"span"}}, "entities": {"__all__": {"mentions"}}}
    return plain.model_dump(mode="json", by_alias=True, exclude=skip)


_ITEM = re.compile(r"^Item (\d+) \(([^)]+)\): (.+)$", re.M)
_POINT = re.compile(r"^P(\d+) \[[^\]]*\]: (.+)$", re.M)


def load_adjudication(story: str) -> tuple[list[dict[str, Any]], list[list[str]]]:
    """The hand-written review verdicts for a story (``<story>.adjudication.json``), each checked
    against the response model, and its groups of key points stating one fact (each point named by
    the start of its text); empty when there is none (the server's stand-in answers)."""
    path = ANSWERS / f"{story}.adjudication.json"
    if not path.exists():
        return [], []
    data = json.loads(path.read_text(encoding="utf-8"))
    entries: list[dict[str, Any]] = data["verdicts"]
    same: list[list[str]] = data.get("same_points", [])
    for n, entry in enumerate(entries):
        try:
            Verdict.model_validate({k: v for k, v in entry.items() if k not in ("subject", "found")} | {"item": 1})
        except ValidationError as exc:
            fields = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
            raise AnswerError(f"{path}: verdicts.{n}: {fields}") from None
        if not entry.get("subject"):
            raise AnswerError(f"{path}: verdicts.{n}: subject: missing")
    if not all(isinstance(g, list) and len(g) >= 2 and all(isinstance(t, str) and t for t in g) for g in same):
        raise AnswerError(f"{path}: same_points: each group must list two or more point texts")
    return entries, same


def adjudication_answer(prompt: str, entries: list[dict[str, Any]],
                        same: list[list[str]] = ()) -> tuple[dict[str, Any], list[str]]:  # type: ignore[assignment]
    """Verdicts for the numbered items of a review prompt, matched by the start of each item's subject
    (and by how it was found, where the entry says): numbers change as the rules do, subjects less;
    groups of key points likewise by the start of each point's text. Also the entries and point texts
    that matched nothing, so a drifting fixture shows in the report."""
    items = [(int(n), found, subject) for n, found, subject in _ITEM.findall(prompt)]
    verdicts: list[dict[str, Any]] = []
    unused: list[str] = []
    for entry in entries:
        hits = [n for n, found, subject in items
                if subject.startswith(entry["subject"]) and entry.get("found", found) == found]
        verdicts += [{k: v for k, v in entry.items() if k not in ("subject", "found")} | {"item": n} for n in hits]
        if not hits:
            unused.append(entry["subject"])
    points = [(int(n), text) for n, text in _POINT.findall(prompt)]
    groups: list[list[int]] = []
    for group in same:
        numbers = []
        for start in group:
            hit = next((n for n, text in points if text.startswith(start)), None)
            if hit is None:
                unused.append(f"point {start!r}")
            else:
                numbers.append(hit)
        if len(numbers) >= 2:
            groups.append(numbers)
    return {"verdicts": sorted(verdicts, key=lambda v: v["item"]), "same_points": groups}, unused


class StoryResponder:
    """Extraction requests get the answer written for the article in the fence, the review call the
    story's hand-written verdicts; others the default."""

    def __init__(self, answers: dict[str, dict[str, Any]], adjudication: list[dict[str, Any]] | None = None,
                 same: list[list[str]] | None = None) -> None:
        self.answers = answers  # cleaned article text -> wire answer
        self.adjudication = adjudication or []
        self.same = same or []
        self.default = FixtureResponder()
        self.unanswered: list[str] = []
        self.unused_verdicts: list[str] = []

    def __call__(self, request: dict[str, Any]) -> dict[str, Any]:
        if requested_model(request) == Adjudication.__name__ and (self.adjudication or self.same):
            prompt = "\n".join(str(m.get("content") or "") for m in request.get("messages", []))
            answer, self.unused_verdicts = adjudication_answer(prompt, self.adjudication, self.same)
            return answer
        if requested_model(request) != response_model.ArticleExtraction.__name__:
            return self.default(request)
        match = FENCE.search("\n".join(str(m.get("content") or "") for m in request.get("messages", [])))
        text = match.group(2) if match else ""
        answer = self.answers.get(text)
        if answer is None:
            self.unanswered.append(f"{len(text)} characters")
            return {"claims": [], "quotes": [], "entities": [], "events": []}
        return answer


def story_answers(story: str, story_dir: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Map each article's cleaned text (as ingest gives it today) to its answer; list files lacking one."""
    answers: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    for path in sorted(p for p in story_dir.iterdir() if p.is_file()):
        articles, _warnings = ingest([str(path)], Options())
        answer_path = ANSWERS / story / f"{path.name}.json"
        if not answer_path.exists():
            missing.append(path.name)
            continue
        wire = load_answer(answer_path)
        for article in articles:
            if article.status == "ok":
                answers[article.text] = wire
    return answers, missing


async def brief(story_dir: Path, backend: str, base_url: str | None) -> Any:
    env = {"OPENAI_BASE_URL": base_url, "OPENAI_API_KEY": "fixture-key"} if base_url else {}
    options = Options(backend="llm" if base_url else "offline", model="fixture" if base_url else None,
                      use_cache=False, env=env, concurrency=8)
    return await arun([str(story_dir)], options)


def judge(root: Path, story: str, briefing_json: Path, briefing_md: Path) -> str:
    done = subprocess.run(
        [sys.executable, str(root / "judge.py"), str(root / "stories" / f"{story}.gold.json"),
         str(root / "stories" / story), str(briefing_json), "--md", str(briefing_md)],
        capture_output=True, text=True, check=False)
    if done.returncode == 2:
        raise RuntimeError(f"judge could not read its inputs for {story}: {done.stderr.strip()}")
    return done.stdout


def summary(report: str) -> tuple[str, str]:
    result = next((line for line in report.splitlines() if line.startswith("RESULT")), "RESULT ?")
    found = re.search(r"(\d+)/(\d+) checks passed", result)
    core = re.search(r"discrepancies (\d+/\d+ core, \d+ unmatched)", result)
    checks = f"{found.group(1)}/{found.group(2)}" if found else "?"
    return checks, core.group(1) if core else "?"


_CHANGED = {"wording": "wording replaced", "speaker": "speaker removed", "role": "role removed"}


def grounding_kind(item: DroppedItem) -> str:
    """A dropped claim -> 'claim dropped'; a claim's or event's wording replaced by its evidence -> 'wording replaced'."""
    return _CHANGED.get(item.kind, f"{item.kind} dropped")


def failing_kinds(report: str) -> str:
    """How many checks of each kind failed ('support 2, update 5'): where the two paths differ at a glance."""
    kinds = Counter(m.group(1) for m in re.finditer(r"^FAIL (quote group|\w+)", report, re.M))
    return ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", default=",".join(STORIES), help="comma-separated story names")
    parser.add_argument("--out", type=Path, default=None, help="keep the briefings and judge reports here")
    parser.add_argument("--verbose", action="store_true", help="print every FAIL line of both judge reports")
    args = parser.parse_args()
    # A dependency may configure the root logger at import (INFO); the HTTP client's request lines are noise here.
    logging.getLogger("httpx2").setLevel(logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    root = eval_dir()
    if not (root / "judge.py").exists() or not (root / "stories").is_dir():
        print(f"skipped: {root / 'judge.py'} or {root / 'stories'} not found")
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix="eval_llm_stories_"))
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str, str, str]] = []
    status = 0
    started = time.perf_counter()
    for story in [s.strip() for s in args.stories.split(",") if s.strip()]:
        story_dir = root / "stories" / story
        try:
            answers, missing = story_answers(story, story_dir)
            adjudication, same = load_adjudication(story)
        except AnswerError as exc:
            print(f"answer rejected by the current response model: {exc}")
            return 1
        if missing:
            print(f"{story}: no answer written for {', '.join(missing)}")
            status = 1
        responder = StoryResponder(answers, adjudication, same)
        reports: dict[str, str] = {}
        with FakeOpenAI(responder) as server:
            for backend, base_url in (("offline", None), ("llm", server.base_url)):
                result = asyncio.run(brief(story_dir, backend, base_url))
                json_path, md_path = out / f"{story}.{backend}.json", out / f"{story}.{backend}.md"
                json_path.write_text(render(result.briefing, "json"), encoding="utf-8")
                md_path.write_text(render(result.briefing, "md"), encoding="utf-8")
                reports[backend] = judge(root, story, json_path, md_path)
                (out / f"{story}.{backend}.judge.txt").write_text(reports[backend], encoding="utf-8")
                if backend == "llm":
                    dropped = [(r.source, item) for r in result.records for item in r.grounding.dropped_items]
                    failed = [f"{s.id} {s.error}" for s in result.briefing.failed_sources]
                    calls = result.briefing.usage.calls
        if responder.unused_verdicts:
            print(f"{story}: adjudication verdicts matching no item (did the rules change?): {responder.unused_verdicts}")
        if responder.unanswered:
            print(f"{story}: extraction requests matching no answer (did ingest change?): {responder.unanswered}")
            status = 1
        changes = Counter(grounding_kind(item) for _source, item in dropped)
        print(f"{story}: grounding changed {len(dropped)} items of the LLM answers: "
              f"{', '.join(f'{kind} {n}' for kind, n in sorted(changes.items())) or 'none'}")
        if args.verbose:
            for source, item in dropped:
                print(f"   {source}: {item}")
        for failure in failed:
            print(f"{story}: failed on the LLM path: {failure}")
            status = 1
        off_checks, off_core = summary(reports["offline"])
        llm_checks, llm_core = summary(reports["llm"])
        rows.append((story, off_checks, off_core, llm_checks, llm_core))
        print(f"{story}: offline  {next(line for line in reports['offline'].splitlines() if line.startswith('RESULT'))}")
        print(f"{story}: llm      {next(line for line in reports['llm'].splitlines() if line.startswith('RESULT'))}"
              f"  ({calls} model calls)")
        for backend in ("offline", "llm"):
            print(f"   {backend:7} failing checks by kind: {failing_kinds(reports[backend]) or 'none'}")
        if args.verbose:
            for backend in ("offline", "llm"):
                for line in reports[backend].splitlines():
                    if line.startswith(("FAIL", "INFO")):
                        print(f"   {backend:7} {line[:160]}")
    print()
    print(f"{'story':10} {'offline checks':>15} {'offline discrepancies':>30} {'llm checks':>11} {'llm discrepancies':>30}")
    for story, off_checks, off_core, llm_checks, llm_core in rows:
        print(f"{story:10} {off_checks:>15} {off_core:>30} {llm_checks:>11} {llm_core:>30}")
    print(f"briefings and judge reports in {out}; {time.perf_counter() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
