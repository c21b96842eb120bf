"""Re-run issue 14's red-team list against this checkout and print the issue's table: case, before, after.

Each case is tried as the red team tried it, through the CLI (``summarizer brief``, offline backend),
the library or the URL fetcher, with invented articles and servers on 127.0.0.1 only; "before" is
the issue's own words, "after" what this run observed, and the last column whether the case now
holds. The two LLM-path cases need the fixture server's cassettes, so they run their regression
tests (named in the row). Nothing is timed here but the one scaling case (CPU seconds). The last
column names the regression tests covering each case (COVERS); with ``--tests`` they are run too,
in one pytest session, and each is marked passed or FAILED, so the table says both that a case holds
today and what keeps it holding. The cases are in redteam_cases.py, their tools in redteam_site.py.

Usage: python bench/redteam.py [--markdown] [--tests]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redteam_cases import cases
from redteam_site import ROOT, Row

_HOSTILE, _URLS, _INJ = "tests/inputs/test_hostile.py::", "tests/inputs/test_urls.py::", "tests/inputs/test_injection.py::"
# The regression tests covering each case, by the start of its name (first match wins).
COVERS: list[tuple[str, tuple[str, ...]]] = [
    ("H1 invented", (_INJ + "test_an_obeyed_injection_with_unrelated_real_evidence_reaches_nothing",
                     _INJ + "test_obeyed_injection_is_dropped_and_flagged", "tests/test_consistency.py")),
    ("H1 claim unlike", ("tests/test_consistency.py", "tests/test_ground.py",
                         _INJ + "test_an_obeyed_injection_with_unrelated_real_evidence_reaches_nothing")),
    ("H1 a name only", (_INJ + "test_a_name_only_an_injection_gives_is_no_entity_and_the_note_says_what_was_cited",)),
    ("H1 an injection in", (_INJ + "test_an_injection_in_the_title_is_flagged",
                            _INJ + "test_instruction_like_text_is_found_and_news_prose_is_not")),
    ("H2", ("tests/render/test_markdown_commonmark.py",)),
    ("H3", ("tests/offline/test_adversarial_shapes.py", "tests/inputs/test_linear_rules.py")),
    ("H4 `summarizer brief /dev/zero`", (_HOSTILE + "test_dev_zero_stops_with_one_line",)),
    ("H4 `yes", (_HOSTILE + "test_endless_stdin_stops_at_the_run_limit", _HOSTILE + "test_endless_stdin_from_the_cli_is_one_line")),
    ("H4 a FIFO", (_HOSTILE + "test_a_fifo_named_directly_is_refused_not_waited_on",
                _HOSTILE + "test_a_stuck_fifo_inside_a_folder_is_skipped")),
    ("H4 50 MB", (_HOSTILE + "test_an_article_over_the_limit_fails_alone_and_the_flag_raises_it",
                  _HOSTILE + "test_the_run_limit_fails_the_inputs_past_it_and_keeps_the_rest",
                  _HOSTILE + "test_jsonl_records_over_the_article_limit_fail_alone")),
    ("M5", (_HOSTILE + "test_a_record_with_wrong_types_fails_alone", _HOSTILE + "test_json_nested_100000_deep_fails_alone",
            "tests/inputs/test_bad_inputs.py::test_jsonl_with_a_broken_line_uses_the_others")),
    ("M6", (_HOSTILE + "test_a_path_with_rich_markup_is_printed_as_is",)),
    ("M7", ("tests/test_consistency.py", _INJ + "test_an_obeyed_injection_with_unrelated_real_evidence_reaches_nothing")),
    ("M8 redirect", (_URLS + "test_every_redirect_hop_is_checked_after_resolution", "tests/inputs/test_proxy.py")),
    ("M8 loopback", (_URLS + "test_loopback_urls_need_the_flag",)),
    ("M8 names", (_URLS + "test_names_resolving_to_private_addresses_are_refused_before_connecting",
                  _URLS + "test_pipeline_options_carry_the_resolver")),
    ("M8 server trickling", (_URLS + "test_a_trickling_server_is_stopped_by_the_deadline",)),
    ("M8 a URL serving JSON", (_URLS + "test_json_urls_are_read_as_records",)),
    ("M8 a URL serving a PDF", (_URLS + "test_content_type_decides_and_others_are_refused_by_name",)),
    ("M8 HTTP", (_URLS + "test_charsets_from_http_and_meta_are_used",)),
    ("M9 PDF", (_HOSTILE + "test_unsupported_formats_are_named",)),
    ("M9 one bad byte", (_HOSTILE + "test_one_bad_byte_in_utf8_is_not_mojibake",)),
    ("M10 briefing to stdout", (_HOSTILE + "test_stdout_on_a_full_disk_exits_non_zero",
                _HOSTILE + "test_other_commands_on_a_full_disk_exit_non_zero")),
    ("M10 `-o a.txt`", (_HOSTILE + "test_output_onto_an_input_is_refused_and_the_input_kept",)),
    ("M10 symlink", (_HOSTILE + "test_symlinks_leaving_an_input_folder_are_skipped",)),
    ("L `-o` onto", (_HOSTILE + "test_output_onto_a_folder_or_below_a_file_is_one_line",
                _HOSTILE + "test_a_cache_dir_that_is_a_file_is_one_line")),
    ("L NUL", (_HOSTILE + "test_nul_bytes_and_terminal_escapes_never_reach_outputs",)),
    ("L `file://`", (_HOSTILE + "test_other_url_schemes_are_named",)),
    ("L every article", (_HOSTILE + "test_all_articles_refused_with_401_is_an_auth_error",)),
    ("L `-f HTML`", (_HOSTILE + "test_format_names_any_case_and_unknown_exits_2", _HOSTILE + "test_help_lists_the_choices")),
    ("L `-o -`", (_HOSTILE + "test_dash_output_means_stdout",)),
    ("L `summarize(None)`", (_HOSTILE + "test_library_rejects_bad_inputs_and_options",)),
    ("L `eval`", (_HOSTILE + "test_eval_refuses_a_number_as_article_text",)),
]


def _covers(case: str) -> tuple[str, ...]:
    return next((tests for start, tests in COVERS if case.startswith(start)), ())


def _run_tests(rows: list[Row]) -> dict[str, bool]:
    """Run every covering test once (one pytest session); whether each named node passed, all its instances."""
    nodes = sorted({t for row in rows for t in row.tests})
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", *nodes], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    outcomes: dict[str, list[bool]] = {}
    for line in done.stdout.splitlines():
        word, _, node = line.partition(" ")
        if word in ("PASSED", "FAILED", "ERROR", "SKIPPED", "XFAIL", "XPASS"):
            node = node.split(" - ")[0].split("[")[0]
            for name in nodes:
                if node == name or node.startswith(name + "::"):
                    outcomes.setdefault(name, []).append(word == "PASSED")
    return {name: bool(outcomes.get(name)) and all(outcomes[name]) for name in nodes}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the table in Markdown (default: one line a case)")
    parser.add_argument("--tests", action="store_true", help="also run each case's covering tests and say if they pass")
    args = parser.parse_args()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as name:
        for case in cases(Path(name)):
            try:
                row = case()
            except Exception as exc:
                row = Row(getattr(case, "__name__", "?"), "", f"crashed: {type(exc).__name__}: {exc}"[:150], False)
            row.tests = _covers(row.case)
            rows.append(row)
            print(f"{'ok ' if row.holds else 'BAD'} {row.case}: {row.after}", file=sys.stderr, flush=True)
    passed = _run_tests(rows) if args.tests else {}
    if args.markdown:
        print("| case | before | after | holds | tests |")
        print("|---|---|---|---|---|")
    for row in rows:
        tests = ", ".join(_short(t) + ("" if not passed else " (passed)" if passed[t] else " (FAILED)") for t in row.tests)
        cells = [c.replace("|", "\\|").replace("\n", " ") for c in (row.case, row.before, row.after, tests or "NONE")]
        if args.markdown:
            print(f"| {cells[0]} | {cells[1]} | {cells[2]} | {'yes' if row.holds else 'NO'} | {cells[3]} |")
        else:
            print(f"{'yes' if row.holds else 'NO '}  {cells[0]}\n     before: {cells[1]}\n     after:  {cells[2]}\n"
                  f"     tests:  {cells[3]}")
    held = sum(r.holds for r in rows)
    print(f"\n{held} of {len(rows)} cases hold", file=sys.stderr)
    uncovered = [r.case for r in rows if not r.tests]
    failing = [t for t, ok in passed.items() if not ok]
    if uncovered or failing:
        print(f"no covering test: {uncovered}; failing tests: {failing}", file=sys.stderr)
    return 0 if held == len(rows) and not uncovered and not failing else 1


def _short(node: str) -> str:
    """A test's node id without the folder: test_hostile.py::test_x."""
    return node.removeprefix("tests/").removeprefix("inputs/")


if __name__ == "__main__":
    sys.exit(main())
