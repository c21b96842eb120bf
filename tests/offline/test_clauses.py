"""A sentence stating several facts gives one claim per fact, each grounded (invented sentences)."""

from __future__ import annotations

from summarizer.consistency import check_meaning
from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.clauses import clauses
from summarizer.ground import ground
from summarizer.schema import Article


def _texts(sentence: str) -> list[str]:
    return [c.text for c in clauses(sentence, 0, len(sentence))]


def test_a_list_of_verb_phrases_gives_one_claim_each_with_the_subject_carried() -> None:
    sentence = ("The pact, approved by 81% of members (640 votes), covers 900 drivers, lifts wages 9% over three "
                "years and keeps the current sick-pay scheme.")
    parts = clauses(sentence, 0, len(sentence))
    assert [p.text for p in parts] == [
        "The pact, approved by 81% of members (640 votes), covers 900 drivers",
        "The pact lifts wages 9% over three years",
        "The pact keeps the current sick-pay scheme.",
    ]
    # Each part's evidence is its own verbatim words.
    assert [sentence[p.start:p.end] for p in parts][1:] == ["lifts wages 9% over three years",
                                                           "keeps the current sick-pay scheme."]
    assert _texts("On Tuesday, the council approved the budget, raised parking fees and froze hiring.") == [
        "On Tuesday, the council approved the budget", "The council raised parking fees", "The council froze hiring."]
    # An auxiliary before a participle is carried with the subject.
    assert _texts("The company has closed the plant, laid off 200 workers and sold the land.")[1] == \
        "The company has laid off 200 workers"


def test_a_relative_clause_after_the_subject_is_a_fact_of_its_own() -> None:
    assert _texts("The mill, which opened in 1921 and makes the Tweedle range of blankets, will close at the end of June.") == [
        "The mill opened in 1921", "The mill makes the Tweedle range of blankets", "The mill will close at the end of June."]
    sentence = "Ana Lund, who chairs the harbour board, said the quay would reopen on Friday."
    chairs, said = clauses(sentence, 0, len(sentence))
    assert (chairs.text, sentence[chairs.start:chairs.end]) == ("Ana Lund chairs the harbour board", "chairs the harbour board")
    assert (said.text, sentence[said.start:said.end]) == ("Ana Lund said the quay would reopen on Friday.",
                                                          "said the quay would reopen on Friday.")
    # A phrase that is no clause ("backed by …", "the port's owner") stays with the main clause.
    assert _texts("The Orm Trust, the port's owner, bought the quay in March.") == [
        "The Orm Trust, the port's owner, bought the quay in March."]


def test_clauses_joined_by_and_or_but_split_when_each_has_its_own_subject_and_verb() -> None:
    assert _texts("The inquiry will open next month, and the regulator has until 14 June to publish its findings.") == [
        "The inquiry will open next month", "The regulator has until 14 June to publish its findings."]
    assert _texts("The gale cut power to 3,000 homes, but crews restored most lines by midnight.") == [
        "The gale cut power to 3,000 homes", "Crews restored most lines by midnight."]


def test_a_past_act_added_after_a_comma_is_a_claim_of_its_own() -> None:
    assert _texts("Eleven bathers have been taken ill and one has died, the council said on Monday, after bacteria "
                  "were found in the pool's filters.") == [
        "Eleven bathers have been taken ill and one has died, the council said on Monday",
        "Bacteria were found in the pool's filters."]  # worded as a sentence; its evidence keeps the article's case
    assert _texts("Two dockers were hurt on the quay, when the crane toppled in a gust on Monday.")[1] == \
        "The crane toppled in a gust on Monday."
    # Without the comma the clause is the sentence's point; what has not happened yet, or a clause
    # without its own subject, stays in its sentence.
    for whole in ("The port is quiet again after dockers ended their strike on Monday.",
                  "The bridge will reopen, when engineers have checked it.",
                  "The depot was evacuated, after receiving a bomb threat on Sunday."):
        assert _texts(whole) == [whole]


def test_a_subject_holding_a_figure_is_carried_without_it() -> None:
    assert _texts("The three-year pact gives drivers a 5% rise and a bonus, and keeps the night allowance.") == [
        "The three-year pact gives drivers a 5% rise and a bonus", "The pact keeps the night allowance."]


def test_a_sentence_is_left_whole_where_the_cut_is_in_doubt() -> None:
    for sentence in (
        "Residents of Avon, Bree, and Cole lost power on Sunday.",  # a list of names
        "Officials said Avon, Bree, and Cole towns lost power on Sunday night.",
        "If the deal is ratified, drivers will return on Monday and receive back pay.",  # a condition
        "The report blames poor maintenance and faulty valves for the leak.",  # nouns joined, not verbs
        '"We closed the road, and we will keep it shut," the chief said.',  # a quotation
        "She thanked the crews, and the crowd cheered.",  # a clause too short to be a fact
        # a pronoun would lose who acts
        "The harbour board has only asked the operator to review its rota, and it is still weighing a ban.",
    ):
        assert _texts(sentence) == [sentence]


def test_split_claims_pass_grounding_with_their_wording_kept() -> None:
    text = ("Harrow Mills and its weavers' union signed a new contract on Monday. "
            "The contract covers 450 weavers, raises pay 6% over two years and restores the Saturday bonus, "
            "the union said.\n\nThe vote will be held next week, and the mill has until 3 May to reopen the east shed.")
    article = Article(id="S1", uri="a.txt", text=text)
    extraction = extract_offline(article)
    grounded, report = ground(article, extraction)
    grounded = check_meaning(grounded, report)
    texts = {c.text: c for c in grounded.claims}
    assert report.rewritten == 0
    carried = texts["The contract restores the Saturday bonus, the union said."]
    assert carried.evidence == "restores the Saturday bonus, the union said."
    assert carried.span is not None and text[carried.span.start:carried.span.end] == carried.evidence
    assert texts["The contract raises pay 6% over two years"].attribution == "the union"  # the closing source speaks for all
    assert texts["The mill has until 3 May to reopen the east shed."].evidence == "the mill has until 3 May to reopen the east shed."
    assert all(c.span is not None and text[c.span.start:c.span.end] == c.evidence for c in grounded.claims)


def test_a_who_clause_after_a_name_at_the_end_is_a_fact_told_of_that_person() -> None:
    sentence = ("The inquiry follows a complaint on Friday from Teodor Brask, the head of the fishermen's guild, "
                "who lost two boats in the storm, and a lawyer, Mira Holt.")
    # The clause goes on past a comma with no verb of its own ('and a lawyer, Mira Holt'): still the one fact.
    complaint, lost = clauses(sentence, 0, len(sentence))
    assert complaint.text == "The inquiry follows a complaint on Friday from Teodor Brask, the head of the fishermen's guild"
    assert lost.text == "Teodor Brask lost two boats in the storm, and a lawyer, Mira Holt."
    assert sentence[lost.start:lost.end] == "lost two boats in the storm, and a lawyer, Mira Holt."
    assert _texts("On Monday the council thanked Ada Vell, who ran the night shelter for six years.") == [
        "On Monday the council thanked Ada Vell", "Ada Vell ran the night shelter for six years."]


def test_a_who_clause_is_left_whole_where_it_is_no_fact_of_its_own() -> None:
    for sentence in (
        "On Monday the council thanked Ada Vell, who, like the others, stayed all night.",  # no verb opens it
        "On Monday the council thanked Ada Vell, who ran the shelter, the mayor said.",  # it goes on
        "On Monday the council thanked the volunteers, who stayed all night at the shelter.",  # no name
    ):
        assert _texts(sentence) == [sentence]
    # Opening the sentence, the clause is the subject's aside, read as before.
    assert _texts("Ada Vell, who ran the shelter, said the council would pay.") == [
        "Ada Vell ran the shelter", "Ada Vell said the council would pay."]
