"""Benchmark against peers: ours, LangChain's map-reduce (the LangGraph recipe) and google/langextract.

Every system runs as its own process against one fixture server (``summarizer.testing.fake_openai``,
in a third process) with the same latency and the same request slots, over the same articles: 50
synthetic articles built from the bundled story, and the bundled 5-article story itself. Per case it
prints one table: requests, prompt tokens (as the fixture server counts them, the same rule for all),
process wall time at the set latency, the ideal, ideal/wall, CPU ms per article at zero latency (the
child process's own CPU, interpreter and imports included), and what happens when one article is
always answered with HTTP 500. Stage timelines of our synthetic and real-news runs close the output.

The ideal is the critical path of the requests a system makes, if each took exactly the latency:
requests that carry article text (extractions, map summaries, LangExtract's chunks) are independent,
so they take ``ceil(n / slots)`` rounds; every later request (our synthesis, a collapse or the final
reduce) waits for what came before, so each phase of them adds ``ceil(n / slots)`` rounds more.

The peers are not our dependencies: install them into a separate venv first (see the README)::

    python3 -m venv /tmp/peers-venv
    /tmp/peers-venv/bin/pip install langchain-core langchain-openai langchain-classic langgraph langextract bpe-openai
    python bench/bench_peers.py --peers-python /tmp/peers-venv/bin/python

Without ``--peers-python`` (or with a venv missing them) only our rows are printed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PEERS = Path(__file__).resolve().parent / "peers"
KEY = "sk-bench-not-a-real-key"
FAIL_MARK = "Harbour radio logged a distress call at dawn."  # the article carrying it always gets HTTP 500
REDUCE = re.compile(r"The following is a set of summaries")
BEFORE: list[str] = []


# --------------------------------------------------------------------------- server process


def serve(port_file: str) -> None:
    """Child process: the fixture server, answering each system in the format it asks for."""
    from summarizer.testing.fake_openai import (
        FakeOpenAI,
        Fault,
        FixtureResponder,
        offline_answer,
        requested_model,
        synthesis_answer,
    )

    memo: dict[str, dict[str, Any]] = {}
    log: list[dict[str, Any]] = []

    def extraction(request: dict[str, Any]) -> dict[str, Any]:
        key = json.dumps(request.get("messages", []), sort_keys=True)
        if key not in memo:
            memo[key] = offline_answer(request)
        return memo[key]

    fixtures = FixtureResponder()  # the project's stand-ins for every other structured call (adjudication, ...)

    def responder(request: dict[str, Any]) -> dict[str, Any]:
        tool = requested_model(request)
        if tool == "ArticleExtraction":
            return extraction(request)
        return synthesis_answer(request) if tool == "Synthesis" else fixtures(request)

    class Server(FakeOpenAI):
        hold = 0.0  # every answer leaves this long after its request arrived, however long making it took

        def _next_fault(self, body: str) -> Fault | None:
            return Fault("status", status=500) if FAIL_MARK in body else super()._next_fault(body)

        def answer(self, request: dict[str, Any], fault: Fault | None,
                   headers_in: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
            # The fixture answer (our offline engine, for extraction requests) is made inside the
            # latency, not after it: otherwise its CPU time would be charged to whichever system asked.
            arrived = time.time()
            status, headers, body = (super().answer(request, fault, headers_in) if fault or request.get("tools") or
                                     ("response_format" in request and "json_schema" in request["response_format"])
                                     else _peer_answer(request))
            time.sleep(max(0.0, arrived + self.hold - time.time()))
            log.append({"at": arrived, "done": time.time(), "kind": _kind(request), "status": status,
                        "prompt_tokens": _prompt_tokens(body)})
            return status, headers, body

    server = Server(responder)
    server._server.RequestHandlerClass.disable_nagle_algorithm = True  # type: ignore[attr-defined]

    def get_log(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        return 200, {}, json.dumps(log).encode()

    def control(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        server.hold = float(json.loads(body)["latency"])
        log.clear()
        return 200, {}, b"{}"

    server.add_route("GET", "/bench/log", get_log)
    server.add_route("POST", "/bench/reset", control)
    with server:
        Path(port_file).write_text(str(server.port))
        while True:
            time.sleep(3600)


def _kind(request: dict[str, Any]) -> str:
    from summarizer.testing.fake_openai import requested_model

    tools = request.get("tools") or []
    if tools or "json_schema" in (request.get("response_format") or {}):
        return "map" if requested_model(request) == "ArticleExtraction" else "after"
    text = json.dumps(request.get("messages", []))
    return "after" if REDUCE.search(text) else "map"


def _prompt_tokens(body: bytes) -> int:
    try:
        return int(json.loads(body)["usage"]["prompt_tokens"])
    except (ValueError, KeyError, TypeError):
        return 0


def _peer_answer(request: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    """A summary for the map-reduce recipe, a fenced LangExtract answer for LangExtract (fixtures, not a model)."""
    messages = request.get("messages", [])
    prompt = str(messages[-1].get("content", "")) if messages else ""
    if "\nQ: " in prompt or prompt.startswith("Q: "):  # LangExtract: the chunk follows the last "Q: "
        chunk = prompt.rsplit("Q: ", 1)[-1].rsplit("\nA:", 1)[0].strip()
        sentence = re.split(r"(?<=[.!?])\s", chunk, maxsplit=1)[0][:200]
        content = "```json\n" + json.dumps({"extractions": [{"claim": sentence, "claim_attributes": {}}]}) + "\n```"
    else:
        body = prompt.split("\n\n", 1)[-1] if "\n\n" in prompt else prompt
        sentences = re.split(r"(?<=[.!?])\s", " ".join(body.split()))
        content = " ".join(sentences[:2])[:400]
    prompt_chars = len(json.dumps(messages))
    payload = {"id": "chatcmpl-bench", "object": "chat.completion", "created": 1735689600,
               "model": request.get("model", "fixture"),
               "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                            "finish_reason": "stop", "logprobs": None}],
               "usage": {"prompt_tokens": math.ceil(prompt_chars / 4), "completion_tokens": math.ceil(len(content) / 4),
                         "total_tokens": math.ceil(prompt_chars / 4) + math.ceil(len(content) / 4)}}
    return 200, {}, json.dumps(payload).encode()


class Server:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory()
        port_file = Path(self._dir.name) / "port"
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file)])
        deadline = time.monotonic() + 60
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("fixture server did not start")
            time.sleep(0.05)
        self.base = f"http://127.0.0.1:{port_file.read_text()}"

    def reset(self, latency: float) -> None:
        data = json.dumps({"latency": latency}).encode()
        urllib.request.urlopen(urllib.request.Request(f"{self.base}/bench/reset", data=data, method="POST")).read()

    def log(self) -> list[dict[str, Any]]:
        with urllib.request.urlopen(f"{self.base}/bench/log") as answer:
            return list(json.loads(answer.read()))

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self._dir.cleanup()


# --------------------------------------------------------------------------- articles


def write_articles(folder: Path, count: int | None, failing: bool, real: Path | None = None) -> int:
    """The bundled story (count None), ``count`` distinct articles built from it, or ``count`` real ones, as .txt."""
    from summarizer.ingest import load_inputs

    if real is not None:
        texts = real_articles(real, count or 48)
    else:
        story = [a for a in load_inputs([str(ROOT / "tests" / "data" / "story")]).articles if a.status == "ok"]
        # Each synthetic article keeps its original's publication line (one of the five has none), as
        # dated news copy does: a dated article's request can leave before the others are read.
        texts = [a.text for a in story] if count is None else [
            _dated(story[i % len(story)]) +
            f"{story[i % len(story)].text}\n\nUpdate {i + 1}: harbour officials counted {40 + i} vessels waiting at anchor."
            for i in range(count)]
    if failing:
        texts[len(texts) // 2] += f"\n\n{FAIL_MARK}"
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"a{i + 1:03d}.txt").write_text(text, encoding="utf-8")
    return len(texts)


def _dated(article: Any) -> str:
    return f"Published: {article.published.isoformat()}\n\n" if article.published else ""


def real_articles(path: Path, count: int, low: int = 2000, high: int = 3000) -> list[str]:
    """``count`` real news texts of ``low``-``high`` bytes: whole paragraphs of the articles in ``path``.

    ``path`` is a clusters file of the shared evaluation data (``articles[].text``), taken with the gold
    article bodies in its ``html/`` folder; read at run time, never copied into the repository. An
    article longer than ``high`` gives one text per run of its paragraphs that fits.
    """
    bodies = [str(a.get("text", "")) for line in path.read_text(encoding="utf-8").splitlines()
              for a in json.loads(line).get("articles", [])]
    # More real articles beside it: the gold bodies of the HTML extraction benchmark's news pages.
    bodies += [p.read_text(encoding="utf-8") for p in sorted((path.parent / "html").glob("*.txt"))]
    texts: list[str] = []
    for body in bodies:
        window: list[str] = []
        for paragraph in (p.strip() for p in body.split("\n") if p.strip()):
            if len("\n\n".join([*window, paragraph]).encode()) > high:
                if len("\n\n".join(window).encode()) >= low:
                    texts.append("\n\n".join(window))
                window = []
            window.append(paragraph)
        if len("\n\n".join(window).encode()) >= low:
            texts.append("\n\n".join(window))
    if len(texts) < count:
        raise SystemExit(f"{path}: only {len(texts)} texts of {low}-{high} bytes, {count} wanted")
    return texts[:count]


# --------------------------------------------------------------------------- running one system


@dataclass
class Run:
    wall: float
    cpu: float
    code: int
    requests: list[dict[str, Any]]
    stderr: list[tuple[float, str]] = field(default_factory=list)
    started: float = 0.0


@dataclass
class System:
    name: str
    command: list[str]
    env: dict[str, str]


def systems(base: str, concurrency: int, peers_python: str | None, out: Path) -> list[System]:
    env = {"OPENAI_BASE_URL": f"{base}/v1", "OPENAI_API_KEY": KEY, "BENCH_CONCURRENCY": str(concurrency)}
    ours = System("ours", [sys.executable, "-m", "summarizer.cli", "brief", "{dir}", "-f", "json", "-o",
                           str(out / "ours.json"), "--backend", "llm", "--no-cache", "--concurrency", str(concurrency)],
                  env)
    found = [ours]
    for before in BEFORE:  # another install of ours (--ours-before), run the same way for a before/after table
        found.append(System(f"ours before ({Path(before).parent.parent.parent.name})", [before, *ours.command[1:]], env))
    if peers_python:
        found.append(System("LangGraph map-reduce", [peers_python, str(PEERS / "langgraph_mapreduce.py"), "{dir}",
                                                     str(out / "langgraph.json")], env))
        found.append(System("LangExtract", [peers_python, str(PEERS / "langextract_run.py"), "{dir}",
                                            str(out / "langextract.json")], env))
    return found


def compile_bytecode(python: str) -> None:
    """Write the .pyc files of the summarizer package ``python`` imports, as installing it does.

    pip compiles a package when it installs it (the peers' wheels and every dependency are), but a
    checkout installed in editable mode, run with PYTHONDONTWRITEBYTECODE set (as on this machine),
    compiled its 130 modules from source in every run: 0.25 s of CPU per run on 50 articles (1.9
    against 1.65 s), which no installed copy pays.
    """
    subprocess.run([python, "-c", "import compileall, os, summarizer; "
                    "compileall.compile_dir(os.path.dirname(summarizer.__file__), quiet=1)"],
                   cwd=tempfile.gettempdir(), check=True)


def run(system: System, folder: Path, server: Server, latency: float) -> Run:
    server.reset(latency)
    env = {**os.environ, **system.env}
    env.pop("SUMMARIZER_CACHE_DIR", None)
    command = [part.replace("{dir}", str(folder)) for part in system.command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    # Run from the articles' folder: `python -m` would import a package from the current directory first.
    process = subprocess.Popen(command, env=env, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            lines.append((time.time(), line.rstrip()))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    code = process.wait()
    wall = time.time() - started
    reader.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(wall, cpu, code, server.log(), lines, started)


def ideal(requests: list[dict[str, Any]], latency: float, slots: int) -> float:
    """Independent (article-carrying) requests in ceil(n/slots) rounds, then each later phase in its own."""
    ok = [r for r in requests if r["status"] == 200]
    rounds = math.ceil(sum(1 for r in ok if r["kind"] == "map") / slots)
    later = sorted((r for r in ok if r["kind"] == "after"), key=lambda r: r["at"])
    phase: list[dict[str, Any]] = []
    for request in later:
        if phase and request["at"] >= max(r["done"] for r in phase):
            rounds += math.ceil(len(phase) / slots)
            phase = []
        phase.append(request)
    rounds += math.ceil(len(phase) / slots)
    return rounds * latency


def failure_outcome(system: System, result: Run, out: Path, articles: int) -> str:
    if system.name.startswith("ours"):
        try:
            briefing = json.loads((out / "ours.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return f"no briefing, exit {result.code}"
        ok = sum(1 for s in briefing["sources"] if s["status"] == "ok")
        named = any("HTTP 500" in (s.get("error") or "") for s in briefing["sources"])
        return f"briefing of {ok}, failure {'named' if named else 'NOT named'}, exit {result.code}"
    if result.code != 0:
        return f"raises (exit {result.code}), all {articles} lost"
    return f"finished, exit {result.code}"


# --------------------------------------------------------------------------- main


def case(name: str, count: int | None, server: Server, args: argparse.Namespace, work: Path,
         real: Path | None = None) -> Run | None:
    clean, failing = work / f"{name}-clean", work / f"{name}-failing"
    articles = write_articles(clean, count, failing=False, real=real)
    write_articles(failing, count, failing=True, real=real)
    print(f"\n## {name}: {articles} articles, latency {args.latency} s, {args.concurrency} request slots "
          f"(ratios from one run each, repeated {args.repeat}x: min / median)\n")
    print("| system | requests | prompt tokens | wall s | ideal s | ideal / wall | CPU ms per article (0 latency) "
          "| one article always HTTP 500 |")
    print("|---|---|---|---|---|---|---|---|")
    timeline: Run | None = None
    every = systems(server.base, args.concurrency, args.peers_python, work)
    measured: dict[str, _Measured] = {system.name: _Measured() for system in every}
    # Repeat by repeat, each system in turn: on a shared machine the load drifts, and a system measured after
    # another's three runs would carry the drift as a difference between them.
    for _ in range(args.repeat):
        for system in every:
            into = measured[system.name]
            if into.failed:
                continue
            # The zero-latency run first: it also fills the server's memo of extraction answers, which
            # otherwise the first timed run would wait for (the server's offline engine at work).
            zero = run(system, clean, server, 0.0)
            timed = run(system, clean, server, args.latency)
            if timed.code != 0:
                print(f"| {system.name} | failed (exit {timed.code}): {timed.stderr[-1][1] if timed.stderr else ''} |")
                into.failed = True
                continue
            into.ratios.append(ideal(timed.requests, args.latency, args.concurrency) / timed.wall)
            into.walls.append(timed.wall)
            into.cpus.append(zero.cpu / articles * 1000)
            into.last = timed
    for system in every:
        got = measured[system.name]
        ratios, walls, cpus, last = got.ratios, got.walls, got.cpus, got.last
        if last is None:
            continue
        if system.name == "ours" and timeline is None:
            timeline = last
        failed = run(system, failing, server, 0.0)
        requests = len(last.requests)
        tokens = sum(r["prompt_tokens"] for r in last.requests)
        print(f"| {system.name} | {requests} | {tokens:,} | {statistics.median(walls):.2f} | "
              f"{ideal(last.requests, args.latency, args.concurrency):.2f} | "
              f"{min(ratios):.2f} / {statistics.median(ratios):.2f} | "
              f"{min(cpus):.0f} / {statistics.median(cpus):.0f} | {failure_outcome(system, failed, work, articles)} |")
    return timeline


@dataclass
class _Measured:
    ratios: list[float] = field(default_factory=list)
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    last: Run | None = None
    failed: bool = False


def print_timeline(result: Run, name: str) -> None:
    print(f"\n## Stage timeline of our {name} run (seconds from process start)\n")
    events = [(at - result.started, f"stderr: {line}") for at, line in result.stderr if line and not line.startswith("  ")]
    maps = [r for r in result.requests if r["kind"] == "map"]
    later = [r for r in result.requests if r["kind"] == "after"]
    if maps:
        events.append((min(r["at"] for r in maps) - result.started, "server: first extraction request arrives"))
        events.append((max(r["done"] for r in maps) - result.started, "server: last extraction answer sent"))
    for r in later:
        events.append((r["at"] - result.started, "server: later request arrives (synthesis or adjudication)"))
        events.append((r["done"] - result.started, "server: its answer sent"))
    events.append((result.wall, "process exits (briefing written)"))
    for at, what in sorted(events):
        print(f"{at:7.3f}  {what}")
    work = next((at for at, line in result.stderr if line.strip() == "ingest"), None)
    if work is not None and maps:
        # Both: what is imported before the 'ingest' line moves cost between the two figures.
        first = min(r["at"] for r in maps)
        print(f"\nfirst request left {first - work:.3f} s after the work started (the 'ingest' stage line; goal "
              f"<= 0.2 s), {first - result.started:.3f} s after the process started")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peers-python", help="python of the venv holding LangChain/LangGraph and LangExtract")
    parser.add_argument("--latency", type=float, default=0.5)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    # The shared evaluation data sits beside the checkout (main) or one level up (a worktree under wt/).
    shared = next((p / "shared" / "eval" for p in ROOT.parents[:3] if (p / "shared" / "eval").exists()),
                  ROOT.parent / "shared" / "eval")
    parser.add_argument("--real", type=Path, default=shared / "news_clusters_basil.jsonl",
                        help="clusters of real articles (the shared evaluation data; skipped when absent)")
    parser.add_argument("--real-articles", type=int, default=48)
    parser.add_argument("--real-latency", type=float, default=1.0)
    parser.add_argument("--only", choices=["synthetic", "story", "real news"], action="append",
                        help="run only these cases (default: all)")
    parser.add_argument("--ours-before", action="append", default=[], metavar="PYTHON",
                        help="also run ours with this python (a venv holding an earlier commit), for before/after")
    args = parser.parse_args()
    BEFORE.extend(args.ours_before)
    for python in (sys.executable, *BEFORE):
        compile_bytecode(python)
    server = Server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            wanted = set(args.only or ["synthetic", "story", "real news"])
            timelines: dict[str, Run | None] = {}
            if "synthetic" in wanted:
                timelines[f"{args.articles}-article synthetic"] = case("synthetic", args.articles, server, args, work)
            if "story" in wanted:
                case("story", None, server, args, work)
            if "real news" in wanted and args.real is not None and args.real.exists():
                latency, args.latency = args.latency, args.real_latency
                timelines[f"{args.real_articles}-article real news"] = case(
                    "real news", args.real_articles, server, args, work, real=args.real)
                args.latency = latency
            for name, timeline in timelines.items():
                if timeline is not None:
                    print_timeline(timeline, name)
    finally:
        server.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n(machine: {os.cpu_count()} CPUs, load average {load:.2f} at the end)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(sys.argv[2])
    else:
        main()
