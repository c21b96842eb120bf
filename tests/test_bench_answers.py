"""The hand-written model answers under ``bench/llm_answers`` stay valid for the current response model.

They are benchmark material (``bench/eval_llm_stories.py`` replays them), but the benchmark reads
stories kept outside the repository and skips without them; this test makes a change to the
response schema that would break the answers fail here, naming the file and field, wherever the
suite runs.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
ANSWERS = sorted((BENCH / "llm_answers").glob("*/*.json"))


@cache
def _bench_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_llm_stories", BENCH / "eval_llm_stories.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_answers_for_three_stories() -> None:
    assert {p.parent.name for p in ANSWERS} == {"wildfire", "election", "recall"}
    assert len(ANSWERS) == 15


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_answer_validates_against_the_response_model(path: Path) -> None:
    wire = _bench_module().load_answer(path)
    assert wire["claims"] and wire["entities"]
    assert json.loads(path.read_text(encoding="utf-8"))["file"] == path.name.removesuffix(".json")


def test_a_broken_answer_is_rejected_naming_the_field(tmp_path: Path) -> None:
    module = _bench_module()
    broken = tmp_path / "x.txt.json"
    broken.write_text(json.dumps({"file": "x.txt", "response": {"claims": [{"text": "A fact."}]}}), encoding="utf-8")
    with pytest.raises(module.AnswerError, match=r"claims\.0\.evidence"):
        module.load_answer(broken)


ADJUDICATIONS = sorted((BENCH / "llm_answers").glob("*.adjudication.json"))


def test_every_story_has_review_verdicts_that_validate() -> None:
    assert {p.name.split(".")[0] for p in ADJUDICATIONS} == {"wildfire", "election", "recall"}
    for path in ADJUDICATIONS:
        entries, same = _bench_module().load_adjudication(path.name.split(".")[0])
        assert entries and all(e["subject"] for e in entries)
        assert all(len(group) >= 2 for group in same)


def test_review_verdicts_are_matched_to_items_by_subject_and_kind_of_finding() -> None:
    prompt = ("Item 1 (conflict): Number of acres\n- 2 acres [S1]\nItem 2 (update): Number of acres\n"
              "Item 3 (unclassified pair): Reported differently: The bridge reopened.\n")
    entries = [{"subject": "Number of acres", "found": "conflict", "verdict": "conflict", "kind": "number",
                "summary": "S1 says 2 [S1], S2 says 3 [S2].", "sources": ["S1", "S2"]},
               {"subject": "Number of acres", "found": "update", "verdict": "update"},
               {"subject": "Reported differently: The bridge", "verdict": "same"},
               {"subject": "Title of Ada Kron", "verdict": "conflict"}]
    answer, unused = _bench_module().adjudication_answer(prompt, entries)
    assert [(v["item"], v["verdict"]) for v in answer["verdicts"]] == [(1, "conflict"), (2, "update"), (3, "same")]
    assert unused == ["Title of Ada Kron"]


def test_groups_of_one_fact_are_matched_to_the_listed_key_points_by_their_text() -> None:
    prompt = ("Key points:\nP1 [S1, S2]: The ferry returned to port.\nP2 [S3]: The boat came back to the harbour.\n"
              "P3 [S4]: The captain was injured.\n")
    answer, unused = _bench_module().adjudication_answer(
        prompt, [], [["The ferry returned", "The boat came back"], ["The captain", "The crew left"]])
    assert answer["same_points"] == [[1, 2]]
    assert unused == ["point 'The crew left'"]
