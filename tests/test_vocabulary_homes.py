"""One home for each closed vocabulary: the function words live in summarizer.function_words, the trailing
attribution's verbs in the offline lexicon. A module that spells a list of function words out again, or a
closing-attribution regex with its own verbs, fails here: the copies drift apart (one stage's content word is
another's function word) and a fix to one never reaches the others."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import summarizer
from summarizer.extract.offline.lexicon import ACCORDING_TO_RE, ATTRIBUTION_TAIL, ATTRIBUTION_VERBS
from summarizer.function_words import FUNCTION_WORDS, PREPOSITIONS, STOPWORDS

ROOT = Path(summarizer.__file__).parent
# The commonest function words: a literal naming three of them is a list of function words.
_CORE = frozenset(["the", "a", "an", "of", "and", "in", "on", "to", "for", "is", "was", "has"])
# Lists of another kind that share a few of those words, each with why it is not a function-word list.
_ALLOWED = {
    # the particles personal names are joined with ("Frente de Liberación", "von der Leyen")
    ("merge/entity_names.py", "CONNECTORS"),
}


def _literal_words(node: ast.AST) -> set[str]:
    """The words a set, list or tuple literal spells, or a block of words a set is made of (``_words("a b")``,
    ``frozenset("a b".split())``); prose (a docstring, a field's description) is neither."""
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    if isinstance(node, ast.Call) and node.args:
        arg = node.args[0]
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "split":
            arg = arg.func.value
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        if name in {"_words", "frozenset", "set"} and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return set(arg.value.split())
    return set()


def _copies(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
            continue
        target = ast.unparse(node.targets[0] if isinstance(node, ast.Assign) else node.target)
        for part in ast.walk(node.value):
            where = (str(path.relative_to(ROOT)), target)
            if len(_literal_words(part) & _CORE) >= 3 and where not in _ALLOWED:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {target}")
                break
    return found


def test_no_module_spells_out_function_words_again() -> None:
    home = ROOT / "function_words.py"
    offenders = [hit for path in sorted(ROOT.rglob("*.py")) if path != home for hit in _copies(path)]
    assert offenders == []


def test_the_scanner_finds_a_copy(tmp_path: Path) -> None:
    copy = tmp_path / "copy.py"
    copy.write_text('_MINE = frozenset(["the", "a", "of", "ships"])\n_BLOCK = _words("of the and more")\n'
                    '_PROSE = "the number of ships in the port"\n', encoding="utf-8")
    tree = ast.parse(copy.read_text(encoding="utf-8"))
    assert sum(len(_literal_words(n) & _CORE) >= 3 for n in ast.walk(tree)) == 2


# A pattern with "according to" and its own reporting verbs ("said|says"): an attribution spelled out again.
_VERB_ALTERNATION = re.compile(r"according[^\n]*\b(?:said|says)\||\b(?:said|says)\|[^\n]*according")


def test_no_module_spells_out_the_attribution_verbs_again() -> None:
    offenders = [str(path.relative_to(ROOT)) for path in sorted(ROOT.rglob("*.py"))
                 if _VERB_ALTERNATION.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_classes_nest() -> None:
    assert STOPWORDS <= FUNCTION_WORDS and PREPOSITIONS <= FUNCTION_WORDS
    assert {"through", "toward", "amid"} <= PREPOSITIONS - STOPWORDS  # word overlap keeps these; rules do not
    assert {"said", "told", "warned"} <= ATTRIBUTION_VERBS and "according" not in ATTRIBUTION_VERBS
    assert re.fullmatch(ACCORDING_TO_RE, "according  to")


def test_the_trailing_attribution_reads_its_source() -> None:
    found = ATTRIBUTION_TAIL.search("The quay reopened at noon, the Harbour Board of Vellmar warned on Tuesday.")
    assert found and found.group(1) == "the Harbour Board of Vellmar"
    told = ATTRIBUTION_TAIL.search("The quay reopened at noon, the mayor told reporters.")
    assert told and told.group(1) == "the mayor"
    assert ATTRIBUTION_TAIL.search("The quay reopened at noon, the mayor told the council.") is None


def test_the_headline_reads_pronouns_from_the_classes() -> None:
    from summarizer.synthesize.headline import opens_on_pronoun

    assert opens_on_pronoun("Our crews cleared the Tarrow road overnight.")  # whose crews: a sentence before says
    assert opens_on_pronoun("Those stranded were taken to the school hall.")
    assert not opens_on_pronoun("Your ferry ticket stays valid until Friday.")  # the reader, named nowhere
    assert not opens_on_pronoun("Theirs is a small harbour board.") and not opens_on_pronoun("Thistle Quay reopened.")


def test_offices_and_titles_have_one_home() -> None:
    """The merger's office heads (titles.OFFICES) and the offline engine's titles (TITLE_WORDS) were two lists that
    had drifted ("chief" in one, "chairman" in the other); the titles are now the offices that are a form of
    address plus the honorifics and the rest, in one module."""
    from summarizer.extract.offline import lexicon
    from summarizer.merge import titles

    assert titles.OFFICES is lexicon.OFFICES
    assert lexicon.OFFICES - lexicon.TITLE_WORDS <= lexicon._NO_TITLE_OF_ADDRESS
    assert not [n for n in ast.walk(ast.parse((ROOT / "merge" / "titles.py").read_text()))
                if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "OFFICES" for t in n.targets)]
