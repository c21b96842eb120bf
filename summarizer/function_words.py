"""One home for the function words: the closed classes of English grammar the rules read, and the stopword list.

Every stage reasons with "a word that carries no content" (word overlap, the noun a number counts, where a
speaker's phrase or a side clause ends). Each used to carry its own short list, and the lists drifted apart
("through" a function word in one, content in another). The classes live here, below every stage, so the
quantity reader (which sits below extract) can read them too; a stage that needs more names its extras
beside the class it extends. tests/test_vocabulary_homes.py fails if a module spells a list of them out again.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


ARTICLES = _words("a an the")
# Possessive determiners: "his", "their" open a description of someone ("their spokesman").
POSSESSIVES = _words("his her their its our your my")
# Determiners and possessives: a word after one is a noun or an adjective ("the closed road", "its cuts").
DEMONSTRATIVES = _words("this that these those")
DETERMINERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | _words("some any no every each all both many most several few other "
                                                                "another such")
COORDINATORS = _words("and but or nor")
# Subordinating conjunctions: one opens a clause, so a phrase it leads ("though officials have said") is that
# clause's subject with the conjunction in front, never a name.
SUBORDINATORS = _words("although though while whereas because since as if unless when whenever once after before until")
SUBJECT_PRONOUNS = _words("i we you he she it they")
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | _words("me us him her them")
RELATIVES = _words("who whom whose which that")
PREPOSITIONS = _words("of in on at by for from with without within into onto over under about after before during "
                      "since until to toward towards through across against along amid among between upon via per than as")
# The rarer ones, which the rules reading clause structure have not needed ("near", "despite", "till").
MORE_PREPOSITIONS = _words("around throughout till near inside outside aboard beyond behind amidst despite")
# Adverbial particles of phrasal verbs ("shut down", "called off"): no more content than a preposition.
PARTICLES = _words("up down off out")
# The auxiliaries by verb: the forms of "be" that carry a tense ("is", "were") open a clause's predicate, the
# others ("been", "being") only follow another auxiliary; a rule that asks "has this part a verb of its own?"
# reads the finite ones.
FINITE_BE = _words("is are was were")
BE = FINITE_BE | _words("be been being")
HAVE = _words("has have had")
DO = _words("do does did")
MODALS = _words("will would could should can may might must")
FINITE_AUXILIARIES = FINITE_BE | HAVE | DO | MODALS
AUXILIARIES = BE | HAVE | DO | MODALS
# The verbs that close a sentence with its source ("..., the port authority said."): the offline engine reads the
# source after them (it names them ATTRIBUTION_VERBS), the cleaner knows by them that a line is reported speech.
REPORTING_VERBS = _words("said says told reported reports confirmed added announced stated stressed warned")

# The stopword list word overlap reads (the merger groups with it, the quantity reader finds the noun a number
# counts with it): articles, auxiliaries, pronouns and the common prepositions, plus the reporting verbs and
# honorifics every news sentence has. The rarer prepositions ("through", "toward") stay out: they are in
# FUNCTION_WORDS below, for rules that want every word with no content.
STOPWORDS = _words(
    """
    a an the and or but if then than that this these those there here of in on at to for from by with
    without into onto over under about after before during since until as is are was were be been being
    has have had having do does did doing will would shall should can could may might must not no nor
    so too very just also only its it it's he she they them their his her him we us our you your i me
    my who whom whose which what when where why how all any both each few more most other some such own
    same said says say saying told tells according added adding per via while although though because
    however new one ones mr mrs ms dr s t
    """
)
# Every word that says nothing of what a sentence is about: the stopwords and the whole of the closed classes.
FUNCTION_WORDS = (STOPWORDS | DETERMINERS | COORDINATORS | PERSONAL_PRONOUNS | RELATIVES | PREPOSITIONS | MORE_PREPOSITIONS
                  | PARTICLES | AUXILIARIES)
