"""What class of account a sentence gives of a decision, read off its words.

The cue lexicon of :mod:`summarizer.merge.accounts`: which words say a thing was ordered, only
considered, done voluntarily, suspended pending a check, begun, and which words deny them. It is
kept apart from the grouping so the classes can grow without the finder outgrowing one module.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import ACCORDING_TO_RE, ATTRIBUTION_VERB_RE

# Outcome classes first: "a voluntary withdrawal" is decided by "voluntary", "suspended pending a review" by its condition.
DECISIONS: dict[str, str] = {
    "voluntary (not ordered)": r"voluntar(?:y|ily)|of (?:its|their|his|her) own accord|on (?:its|their) own initiative|"
    # "that was the firm's own call", "it was their own choice": the one who acted decided, nobody ordered it.
    r"(?:its|their|his|her|\w+'s|\w+’s) own (?:call|choice|decision|initiative)",
    "only a warning issued": r"(?:only|merely|just) (?:issued|published|sent) (?:an? )?(?:\w+ )?(?:warning|advisory|alert|notice)|"
    r"(?:only|merely|just) (?:warned|cautioned|reminded)",
    # Putting off the decision itself says none was taken: "postponed a decision until May", "punted the vote".
    "postponed / deferred": r"(?:postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|put off|punt(?:s|ed|ing)?|delay(?:s|ed|ing)?)"
    r"(?=\s+(?:\w+\s+){0,2}(?:decision|vote|ruling|verdict)s?\b)",
    # A stop told with the condition that ends it ("pending a review", "until engineers have checked the bearings";
    # not "until further notice"); the cue is the verb alone, so what was stopped stays the decision's object.
    "suspended pending review": r"(?:suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|froze|frozen)\b"
    r"(?=[^.;]{0,60}\b(?:pending|until(?!\s+further\s+notice)))",
    # Asking for a sum ("is asking for 4 million pounds") is a demand, a figure, not a decision.
    "asked for options / considered": r"(?:ask|asks|asked|asking|request(?:s|ed|ing)?|sought|seek(?:s|ing)?)"
    r"(?!\s+(?:for\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+)?[£$€]?\s?\d)|"
    r"consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|explor(?:e|es|ed|ing)|review(?:s|ed|ing)?|options|"
    # "plans to appeal" is an intention, compatible with "decided to appeal": no class of its own here.
    r"(?:draft(?:s|ed|ing)?|dr(?:ew|aw|awn|awing) up) (?:\w+ )?plans?|whether to|"
    r"(?:has|have|had) not (?:yet )?made up (?:its|their|his|her) minds?|"
    r"stud(?:y|ies|ying|ied) (?:\w+ )?(?:options|plans|proposals)|(?:still |currently )?under (?:study|review|consideration|discussion)|"
    r"(?:still |currently )?being (?:studied|considered|discussed|weighed)|undecided|"
    r"(?:no|nothing) (?:decision )?(?:has|had|have) (?:yet )?been (?:made|taken|decided)|"
    r"decision (?:is|was|has|had|have) not (?:yet )?(?:been )?(?:made|taken|reached)|"
    # "examines the possibility of an inquiry", "assessing the feasibility of a ban": the act is weighed, not done.
    r"(?:examin|assess|evaluat|stud)\w*\s+(?:\w+\s+){0,4}?(?:the\s+)?(?:possibilit(?:y|ies)|feasibility)|"
    # "will decide next week whether ...", not "is set to vote to override the veto" (a vote on another act).
    r"yet to (?:decide|rule|vote)|"
    r"(?:will|would|shall|is to|are to|is due to|is expected to|is set to|(?:is|are) still) (?:decide|rule|vote)"
    r"(?=\s+(?:\w+\s+){0,3}(?:whether|if)\b)|"
    # "is still deciding whether to revoke the permit": the decision is being made, not made.
    r"(?:still\s+)?(?:deciding|ruling) (?:on\s+)?(?:whether|if)\b",
    "proposed": r"propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|advis(?:e|es|ed|ing)|urg(?:e|es|ed|ing)",
    "ordered / approved": r"(?<!\bin )order(?:s|ed|ing)?|authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
    r"signed|launched|decided|"
    # Granting and revoking a permit or a licence are decisions too: "granted an extension", "revoked the permit".
    r"granted|revok(?:e|es|ed)|rescind(?:s|ed)?|"
    # "put her name to the order" is signing it. Declaring an emergency, a curfew or a ban is an act of office;
    # declaring victory, or "..., declared the mayor" (a translation's reporting verb), is a statement.
    r"put (?:his|her|its|their|\w+'s) names? to|"
    r"declar(?:e|es|ed|ing)(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:emergency|disaster|curfew|moratorium|lockdown|ban|"
    r"state\s+of\s+\w+|martial\s+law)\b)|"
    # Other verbs of command: "instructed the firm to stop", "banned the discharges", "imposed a ban".
    r"instruct(?:s|ed|ing)?|direct(?:s|ed)|(?:tell|tells|told|telling)(?=\s+(?:\S+\s+){1,4}to\s+(?!be\b)[a-z]+\b)|mandat(?:es|ed|ing)|bann(?:ed|ing)|imposed?|imposing|required(?=\s+(?:\S+\s+){1,4}to\b)|"
    # "obliged the firm to withdraw", "compelled", "forced the company to": a command by its effect on the one bound.
    r"oblig(?:e|es|ed|ing)|compel(?:s|led|ling)?|forc(?:e|es|ed|ing)(?=\s+(?:\S+\s+){1,4}to\b)|"
    # A sanction taking something from someone: "stripped her of the title", "taking that title away", "annulled".
    r"strip(?:s|ped|ping)?|annull?(?:s|ed|ing)?|t(?:ake|akes|aking|aken|ook)(?=\s+(?:\S+\s+){1,3}away\b)",
    "rejected": r"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|veto(?:es|ed)?|blocked|declined|overrul(?:e|es|ed)",
    # Work begun is done, against work still being planned: "work to replace the bearings began on Monday".
    "begun / under way": r"beg[ua]n|(?:has|have|had) started|started(?=\s+(?:work|to|on|repairs?|building)\b)|"
    r"commenc(?:e|es|ed|ing)|(?:is|are|was|were|got|gets|get) under\s?way",
    "halted / ended": r"halted|scrapped|cancell?ed|terminated|abandoned",
    "confirmed": r"confirm(?:s|ed|ing)?",  # disputed only by its denial ('has not confirmed reports that ...')
}
# Every class's cue starts a word: the boundary is tested once per position, not once per class (the same matches,
# read 2-3x faster; most positions are inside a word). A class's group spans its cue, as before.
DECISION_CUE = re.compile("\\b(?:" + "|".join(f"(?P<c{i}>(?:{pattern})\\b)" for i, pattern in enumerate(DECISIONS.values())) + ")",
                          re.IGNORECASE)
DECISION_NAMES = list(DECISIONS)
CARRIERS = ("sign", "confirm")  # acts whose content, when told, is the decision ('confirmed it had ordered')
DECIDED = "ordered / approved"
# Classes that by their meaning deny an order: a voluntary withdrawal, only a warning.
NOT_ORDERED = frozenset(["voluntary (not ordered)", "only a warning issued"])
# "did not order", "not formally ordered": a denial, at most one word, then only auxiliaries before the decision word.
NEGATED = re.compile(
    r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?(?:(?:has|have|had|was|were|is|are|be|been|being|yet|ever)\s+){0,3}$|"
    # "stopped short of ordering", "without ordering", "refrained from approving": the act was not done.
    r"\b(?:(?:stop(?:s|ped|ping)?|f[ae]ll(?:s|ing|en)?)\s+short\s+of|without|refrain(?:s|ed|ing)?\s+from|"
    r"(?:yet|fail(?:s|ed)?)\s+to)\s+$|"
    # "nothing has started yet", "nothing was approved": no act of the kind at all.
    r"\bnothing\s+(?:(?:has|have|had|was|were|is|yet)\s+){0,3}$",
    re.IGNORECASE,
)
NO_OBJECT = re.compile(r"\s+(?:no|against)\b", re.IGNORECASE)
# "No evacuation of the quays has been ordered": the negation sits on a subject of several words.
NO_SUBJECT = re.compile(r"\bno\s+(?:[\w-]+\s+){1,5}(?:has|have|had|was|were|is|are|will)\s+(?:yet\s+)?(?:been\s+|be\s+)?$",
                         re.IGNORECASE)
# Saying that nothing is decided yet denies any decision, as "has not approved" does.
UNDECIDED = re.compile(r"\b(?:undecided|no decision|nothing (?:has|had|have) (?:yet )?been decided|"
                       r"decision (?:is|was|has|had|have) not (?:yet )?(?:been )?(?:made|taken|reached)|"
                        r"(?:will|would|shall|is to|are to|is due to|is expected to|is set to|yet to) (?:decide|rule|vote)|"
                        r"(?:postpon|defer|delay|put off|punt)\w*\s+(?:\w+\s+){0,2}(?:decision|vote|ruling|verdict)s?|"
                        r"(?:has|have|had) not (?:yet )?(?:decided|made up (?:its|their|his|her) minds?)|"
                        # "any decision on the cranes will wait until ...": the decision is still to come.
                        r"(?:any|a|the) (?:final |formal )?decision\b(?:\s+[\w'’]+){0,6}?\s+(?:will|would|must|has to|is to)\s+"
                        r"(?:have to )?(?:wait|await|come|follow))\b", re.IGNORECASE)
# Words that place a clause in the story, not what was decided: "The province, for its part, is still ...".
DISCOURSE = re.compile(r"\b(?:for (?:its|their|his|her|our) part|still|yet|also|however|meanwhile|already|instead)\b",
                        re.IGNORECASE)
# Only a closing clause (after a comma) is attribution: "X describes it as Y and says Z" is the claim itself,
# and so is ", a spokesman, said the agency had only asked …", whose long tail is what was said.
ATTRIBUTION_TAIL = re.compile(
    # The speaker may carry an apposition of their own: ", her chief of staff, Ines Lund, said".
    rf"(?:,?\s+{ACCORDING_TO_RE}\b.*|,\s*(?:an?|the|two|three|several)?\s*[\w\s]{{0,60}}?(?:,\s*[\w\s.'’-]{{1,40}}?,)?\s*"
    rf"\b{ATTRIBUTION_VERB_RE}\b[^,]{{0,50}})\.?\s*$",
    re.IGNORECASE,
)


# Where what was decided ends: the next clause ("…, and opened an inquiry"), a condition or a reason.
OBJECT_END = re.compile(r",\s*(?:and|but|while|which|who|as|after|before|because)\b|[;:.!?](?:\s|$)|\s[-–—]{1,2}\s|"
                         r"\s(?:until|unless|pending|because|after|before|while)\b", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?", re.IGNORECASE)
# The modality around an object, not the object: "whether an audit is even needed" is about the audit.
MODALITY = re.compile(r"\b(?:whether|if|even|at all|only|merely|just|really|actually|"
                       r"(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:needed|necessary|required|warranted|justified)|"
                       r"take|takes|taking|taken|put|puts|putting|keep|keeps|keeping|kept|stay|stays|remain|remains)\b",
                       re.IGNORECASE)
# "Deputy mayor Ana Lund says the council is ...": the speaker before a reporting verb is not the actor.
LEADING_ATTRIBUTION = re.compile(r"^.*\b(?:says|said|told|confirmed|announced|insists|insisted|added|stated|explained)"
                                  r"(?:\s+\w+){0,2}?\s+(?:that\s+)?", re.IGNORECASE)
