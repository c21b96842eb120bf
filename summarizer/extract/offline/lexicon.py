"""Closed word classes the offline engine reasons with.

These are grammar, not site-specific strings: reporting verbs, titles, organisation heads and the
function words that are capitalised only because they open a sentence. Keeping them in one place
lets every rule module agree on what "a title" or "a cue" is.
"""

from __future__ import annotations

import functools
import re

# The calendar words live below every stage (ingest reads datelines with them); re-exported here for the rules.
from summarizer.calendar_words import MONTH_RE as MONTH_RE
from summarizer.calendar_words import MONTHS as MONTHS
from summarizer.calendar_words import WEEKDAY_RE as WEEKDAY_RE
from summarizer.calendar_words import WEEKDAYS as WEEKDAYS
from summarizer.cldr_names import english_names
from summarizer.extract.offline.legal_forms import GROUP_WORDS, LEGAL_FORMS
from summarizer.function_words import ARTICLES, COORDINATORS, PERSONAL_PRONOUNS, POSSESSIVES, RELATIVES, REPORTING_VERBS
from summarizer.function_words import AUXILIARIES as AUXILIARIES
from summarizer.function_words import DETERMINERS as DETERMINERS
from summarizer.function_words import PREPOSITIONS as PREPOSITIONS
from summarizer.text import longest_first


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())

# Reporting verbs, in the forms news prose uses them. A quote is attributed to the subject or object
# of one of these.
CUE_VERBS = _words(
    """
    said says say told tells added adds asked asks stated states explained explains noted notes wrote writes
    tweeted tweets argued argues insisted insists warned warns declared declares shouted shouts replied replies
    continued continues recalled recalls acknowledged acknowledges claimed claims announced announces suggested
    suggests urged urges reported reports commented comments quipped conceded concedes admitted admits
    maintained maintains predicted predicts promised promises vowed vows boasted boasts complained complains
    testified testifies remarked remarks posted posts emailed texted responded responds countered counters
    cautioned cautions stressed stresses emphasized emphasised emphasizes emphasises observed observes
    confirmed confirms denied denies described describes called calls labeled labelled dubbed branded
    believes believed thinks thought lamented laments concluded concludes pointed mused joked yelled
    screamed whispered pleaded demanded demands told writes according ask call describe wondered questioned
    saying arguing adding telling noting writing calling describing insisting warning explaining claiming
    suggesting asking declaring announcing stating sings sang affirmed affirms
    assured assures recounted recounts reiterated reiterates indicated clarified specified underlined estimated
    """
)
CUE_RE = "(?:{})".format("|".join(sorted((v for v in CUE_VERBS if v != "according"), key=longest_first)))

# Words that can sit between a subject and its cue ("Okafor later said", "she also told").
# Hedges a paper puts on speech it did not hear itself ("Lund reportedly said") leave Lund the speaker.
CUE_ADVERBS = (
    r"(?:(?:also|now|still|just|even|later|then|further|again|previously|earlier|recently|repeatedly|once|has|had|have|"
    r"would|will|has\s+since|had\s+previously|flatly|simply|bluntly|angrily|quietly|publicly|privately|"
    r"reportedly|allegedly|apparently|reputedly|purportedly|separately|initially|originally|subsequently|"
    r"eventually|finally|firmly)\s+)*"
)

PRONOUNS = _words("he she they it i we you him her them his its their this that who")

# Heads that name an office (ungendered: "chair", "spokesperson"). The merger reads two different ones given one
# person by different sources as a conflict of titles ("Foreign Minister" in three outlets, "Senator" in a fourth).
OFFICES = _words(
    """
    president minister secretary director chief head chair governor mayor senator representative congressperson
    spokesperson commissioner judge ambassador general colonel major captain lieutenant admiral sergeant ceo cfo coo
    chancellor premier prosecutor attorney sheriff superintendent inspector manager leader chairperson treasurer
    councillor councilor lawmaker deputy mp editor founder dean rector provost officer registrar justice master curator
    commander engineer clerk auditor comptroller coroner magistrate marshal constable warden assessor ombudsman recorder
    counsel coach agent referee umpire
    """
)
# Offices that do not stand before a name as its title: a given name or surname as often ("Dean", "Master", "Clerk"),
# or a job said of someone rather than a form of address ("lawmaker", "prosecutor", "CFO").
_NO_TITLE_OF_ADDRESS = _words(
    "assessor auditor cfo chairperson clerk comptroller congressperson coo curator dean lawmaker master prosecutor "
    "provost recorder rector registrar"
)
# Titles that precede a name. A capitalised run ending in one of these is a role, not part of a name: the offices
# above, and honorifics, their abbreviations, gendered, religious and royal titles, and a few more.
TITLE_WORDS = (OFFICES - _NO_TITLE_OF_ADDRESS) | _words(
    """
    mr mrs ms miss dr prof sen rep gov gen lt col sgt capt cmdr adm maj del rev fr sir dame lord lady sens reps govs
    spokesman spokeswoman chairman chairwoman congressman congresswoman councilman councilwoman councilmember
    councilmembers alderman alderwoman king queen prince princess pope speaker vice prime envoy corporal private
    professor doctor detective bishop archbishop cardinal imam rabbi sheikh pastor harbourmaster harbormaster
    headmaster headmistress headteacher postmaster organizer organiser nurse resident coach
    """
)
# Lowercase offices and jobs before a full name ("the ministry spokeswoman Ana Lund", "deputy mayor
# Oona Blackwood", "harbour master Aurelio Fenn"): the title words but the abbreviations, and job
# nouns that are no title of address.
ROLE_NOUNS = frozenset({w for w in TITLE_WORDS if len(w) >= 4}) | _words(
    "spokesman spokeswoman spokesperson official adviser advisor lawyer provost dean rector registrar engineer master "
    "curator coordinator prosecutor boss clerk auditor comptroller coroner magistrate marshal constable warden assessor "
    "ombudsman executive owner "
    # Jobs and callings news names people by ("businessman Ivo Crane", "the dissident Pia Holm"); words that are
    # verbs too ("host", "author", "anchor") stay out: "will host Ana Lund" names no host.
    "businessman businesswoman journalist reporter correspondent columnist commentator presenter writer novelist "
    "historian economist analyst strategist pollster consultant activist campaigner dissident candidate nominee "
    "lawmaker legislator politician diplomat entrepreneur billionaire millionaire actor actress singer rapper comedian "
    "filmmaker scientist researcher physician surgeon student cheerleader athlete footballer aide widow widower"
)
# The same nouns as one regex alternation (longest first: "chairwoman" is tried before "chair"), so every reader
# of a lowercase office before a name ("the ministry spokeswoman Ana Lund") matches the same offices.
ROLE_NOUN_RE = "(?:{})".format("|".join(sorted(ROLE_NOUNS, key=longest_first)))
# Groups that speak as one, named without a determiner ("police said", "state investigators said"): a quote's
# speaker may be one of these alone.
SPEAKING_GROUPS = _words(
    """
    police officials authorities investigators prosecutors witnesses residents analysts experts critics sources
    organizers organisers protesters doctors workers officers aides
    """
)
# Who a describing phrase can name as a source ("harbour officials said", "the bean counters say"): its
# head is an office, a body, or one of these groups of people. "the tablets", "a video", "the risk" are none.
GROUP_NOUNS = SPEAKING_GROUPS | _words(
    """
    scientists researchers forecasters
    meteorologists economists lawyers neighbours neighbors parents passengers students staff employees members
    people villagers locals survivors relatives families rescuers firefighters crews counters spokespeople
    inspectors regulators executives managers leaders lawmakers legislators ministers observers monitors
    campaigners activists teachers nurses engineers farmers fishermen drivers pilots travellers travelers
    customers shareholders investors bankers traders sides man woman person volunteers gang gangs group groups
    patrol district county province city state town village municipality
    """
)
# Honorifics and offices that say a person's gender, so "she said" is not credited to "Mr. Brenn".
FEMININE_WORDS = _words("ms mrs miss madam mme dame lady queen princess spokeswoman chairwoman congresswoman "
                        "councilwoman businesswoman mother wife daughter sister grandmother widow")
MASCULINE_WORDS = _words("mr sir lord king prince spokesman chairman congressman councilman businessman father "
                         "husband son brother grandfather widower")
# Words that qualify a title inside a capitalised run ("Finance Minister", "Retired Lt. Gen.").
TITLE_QUALIFIERS = _words(
    """
    finance foreign interior defence defense health justice labour labor trade transport energy economy
    education home former retired acting deputy vice interim senior assistant state federal national
    junior first prime executive general attorney police fire army navy district county city regional
    """
)

# Words that open a person's name as an office ("Finance Minister", "Acting President"): the titles and the words
# that qualify them; the merger strips these from a name's key.
TITLE_OPENERS = TITLE_WORDS | TITLE_QUALIFIERS
# The terms a company's statement or a filing defines for the parties it names ("the Company", "the Board", "the
# Offeror"): capitalised, but each stands for a body the text names, never a name of its own.
DEFINED_TERMS = _words("company board group directors issuer offeror bidder purchaser acquirer firm")
# Heads that make a capitalised run an organisation.
ORG_WORDS = _words(
    """
    ministry department party union association council committee commission agency authority bank company
    corp corporation inc ltd llc plc group institute university college school court parliament senate
    congress assembly army navy police force forces federation organization organisation foundation center
    centre office service board fund network airlines airline ports port times post news press journal
    tribune herald guardian telegraph gazette reuters administration campaign church club league cabinet
    government coalition alliance movement front brigade corps bureau treasury exchange hospital caucus
    trust society institution industries holdings partners media broadcasting radio television tv channel
    courier chronicle observer independent standard express mirror daily weekly record review monitor dispatch
    bulletin inquirer examiner agency house embassy consulate mission secretariat directorate inspectorate
    tribunal prosecutor's coastguard guard crescent
    shipping logistics mining metals insurance energy airways motors steel pharma pharmaceuticals foods
    telecom telecoms engineering construction railways terminals systems technologies ventures resources capital
    """
) | LEGAL_FORMS | GROUP_WORDS | _words(  # the same heads in the Romance and Germanic names news copy keeps untranslated
    """
    frente partido partida parti partito partei movimiento movimento mouvement bewegung unión união unione
    alianza aliança alleanza allianz congreso congresso asamblea assembleia assemblée consejo conselho conseil
    comisión comissão commissione ministerio ministério ministère ministero ministerium sindicato syndicat
    federación federação fundación fundação stiftung asociación associação verband instituto institut
    universidad universidade università universität ejército exército armée policía polícia polizei banco
    banque junta tribunal corte cour gericht
    """
)
# Heads of institutions that also have a building: "Vantreight Museum" is a body that owns, lends and is robbed, as
# "Halloway University" is; "in the museum" does not make it a place. Only as the head ("Museum Street" is a street).
INSTITUTION_WORDS = _words(
    """
    museum museums gallery galleries library theatre theater opera orchestra zoo academy archive archives observatory
    laboratory laboratories conservatory conservatoire aquarium
    """
)
# Organisation heads that belong to a territory: "Tarvia's Health Ministry" says Tarvia is a place.
GOVERNMENT_WORDS = _words(
    """
    ministry ministries parliament government cabinet senate congress assembly electoral police army navy
    military treasury embassy consulate
    """
)
# Nouns that, owned by a name or governing it ("Tarvia's voters", "the people of Tarvia"), make it a place.
PLACE_NOUNS = _words(
    """
    region province state city town village district county country nation capital island municipality
    people citizens residents voters inhabitants electorate population north south east west northeast
    northwest southeast southwest outskirts streets border borders coast regions provinces cities towns
    villages governor mayor
    """
)
# Heads that make a capitalised run a place.
PLACE_WORDS = _words(
    """
    city province state county district region island islands river bay sea ocean street square avenue
    road port harbour harbor valley mountain mountains lake coast republic kingdom village town capital airport
    spaceport airfield pier quay wharf stadium"""
)

# Function words and common openers: a capitalised one at a sentence start is not a name. The closed classes come
# from summarizer.function_words; the key-point ranking (claims.py) also counts these words as no content. Two
# class words stay out: "per", which opens given names the name rules read with this list ("Per Lindqvist"), and
# "being", which moves the ranking's scores (in 5 of the 14 dev stories' JSON, no order or briefing text changed)
# and waits for a change of its own. Below them, what this list adds: adverbs of time and linking, numerals and
# ordinals, the groups news quotes ("officials", "police"), honorifics and a site's calls to action.
_NOT_COMMON = _words("per being")
COMMON_WORDS = ((DETERMINERS | COORDINATORS | PERSONAL_PRONOUNS | RELATIVES | PREPOSITIONS | AUXILIARIES) - _NOT_COMMON) | _words(
    """
    so yet while when where why how what there here if then also
    more much not none one two three four five six seven eight nine ten last next first second third only even
    still just again however meanwhile moreover furthermore nevertheless instead although though because despite
    unless whether yes according asked said says told officials police residents workers critics analysts
    experts sources people today yesterday tomorrow tonight earlier later now then once
    recently currently previously eventually finally initially overall separately elsewhere indeed
    perhaps maybe already almost nearly around throughout
    retired former new old local senior top critics supporters opponents protesters authorities
    mr mrs ms dr shall let please read watch click sign subscribe follow share see
    """
) | frozenset(WEEKDAYS)

HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|apparently|supposedly|unconfirmed|could not (?:be )?(?:independently )?"
    r"(?:confirm|verif)|did not (?:confirm|verify)|has not (?:been )?(?:confirmed|verified)|not (?:been )?"
    r"(?:independently )?(?:confirmed|verified)|is said to|are said to|was said to|were said to|rumou?red|"
    r"claimed without evidence|it is unclear|it was unclear|may have|might have|believed to)\b",
    re.IGNORECASE,
)


# A dotted initialism ("F.B.I.", "U.N"): it speaks for a body, never a person.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?\.?|[A-Z](?:\.[A-Z])+")


def is_initialism(name: str) -> bool:
    """"F.B.I.", "U.S": a name written as dotted initials, which names an organisation or a place."""
    return _INITIALISM.fullmatch(name) is not None


# Courtesy titles: they say how a paper addresses someone (and the person's gender), not what office they hold.
HONORIFICS = _words("mr mrs ms miss mx mme mlle sir dame madam messrs")


def is_honorific(role: str) -> bool:
    """"Mr.", "Mrs", "Ms.": a courtesy title, which a briefing lists as no role."""
    words = role.lower().replace(".", " ").split()
    return bool(words) and all(w in HONORIFICS for w in words)


def first_role(roles: list[str]) -> str | None:
    """The first of a person's roles that is an office or a job, not a courtesy title."""
    return next((r for r in roles if not is_honorific(r)), None)


# Generational suffixes: part of a person's name, never a name alone ("Martin Luther King Jr.").
NAME_SUFFIXES = _words("jr sr ii iii iv")


_PARTICLE_ABBREVIATIONS = frozenset(["del"])  # also a name's particle: a title only with its full stop ("Del.")


def is_title_word(word: str) -> bool:
    """True for a word that names an office rather than a person ("Minister", "Lt.", "Gov.")."""
    low = re.sub(r"-(?:elect|designate|to-be)$", "", word.rstrip(".").lower())  # "Speaker-to-be", "Senator-elect"
    if low in _PARTICLE_ABBREVIATIONS and not word.endswith("."):
        return False  # "Del Rio", "Del Toro": a name's particle; the delegate's title is written "Del."
    if "-" in low:  # "Director-General", "Secretary-General": an office in parts
        parts = low.split("-")
        return any(p in TITLE_WORDS for p in parts) and all(p in TITLE_WORDS or p in TITLE_QUALIFIERS or p in OFFICES for p in parts)
    return low in TITLE_WORDS


@functools.cache
def territory_names() -> frozenset[str]:
    """CLDR's English territory names, lowercased ("saudi arabia", "western europe")."""
    return frozenset(name.lower() for name in english_names().territories)


@functools.cache
def _territory_words() -> tuple[frozenset[str], frozenset[str]]:
    """CLDR's English territory names (Babel): the one-word names ("brazil", "jordan") and the first
    words of all of them ("american" of American Samoa, "americas", "european" of European Union)."""
    names = territory_names()
    return frozenset(n for n in names if " " not in n), frozenset(n.split()[0] for n in names)


@functools.cache
def _official_language_names() -> frozenset[str]:
    """One-word English names of languages official in some CLDR territory: "danish", "dutch", "french",
    "greek", "polish", the irregular nationalities a territory name does not give."""
    languages = dict(english_names().languages)
    names = (languages.get(code, "").lower() for code in english_names().official)
    return frozenset(n for n in names if n.isalpha()) - _territory_words()[0]


_DEMONYM_SUFFIXES = ("ian", "ean", "an", "n", "ese", "ish", "i", "ic")


@functools.lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """Whether a capitalised word is a nationality ("Brazilian", "Norwegian", "Israeli", "European"):
    a word that is not itself a territory but shares its stem with one of CLDR's territory names.

    Read from the names rather than a list of nationalities, so "Tarvian" beside an invented Tarvia
    is not covered; irregular ones ("Danish", "Dutch", "French", "Greek") are the official languages'
    names CLDR gives. The first words of territory names ("United", "South") are not nationalities,
    having no suffix to strip.
    """
    low = word.lower()
    whole, territories = _territory_words()
    if low in whole or not word[:1].isupper() or not low.isalpha():
        return False
    if low in _official_language_names():
        return True
    for suffix in _DEMONYM_SUFFIXES:
        if not low.endswith(suffix):
            continue
        stem = low[: len(low) - len(suffix)] if suffix else low
        if len(stem) < 4:
            continue
        for territory in territories:
            common = next((i for i, (a, b) in enumerate(zip(stem, territory, strict=False)) if a != b),
                          min(len(stem), len(territory)))
            if common >= 4 and common >= min(len(stem), len(territory)) - 2 and abs(len(territory) - len(stem)) <= 2:
                return True
    return False


def is_demonym_of(word: str, place: str) -> bool:
    """Whether ``word`` is the nationality or adjective of ``place``, for places CLDR does not know: "Tarvian"
    and "Tarvians" of Tarvia, "Orrish" of Orrland, "Lorantese" of Lorant. The word is the place's stem (three
    letters or more) and a demonym suffix; the place is that stem and at most a short ending ("-ia", "-land")."""
    low, home = word.lower(), place.lower()
    if not (word[:1].isupper() and low.isalpha() and home.replace(" ", "").isalpha()) or home.startswith(low):
        return False  # "Iran" is no demonym of "Iranian", nor "Republican" of "Republicans"
    if low.endswith("s") and not low.endswith(("ss", "ese", "is")):
        low = low[:-1]  # "Tarvians"
    for suffix in _DEMONYM_SUFFIXES:
        stem = low[: len(low) - len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3 and home.startswith(stem) and len(home) - len(stem) <= 4 \
                and home != low:
            return True
    return False


# One home for the trailing attribution ("…, the port authority said on Monday.", "…, according to police"): the
# verbs that close a sentence with its source, what may follow them, and "according to". The offline engine reads
# the source from the tail; the merger (account_cues, _text) and the headline writer cut the tail off with the same
# pieces, each in the shape of its job (capture, strip, split).
ATTRIBUTION_VERBS = REPORTING_VERBS
ATTRIBUTION_VERB_RE = "(?:{})".format("|".join(sorted(ATTRIBUTION_VERBS, key=longest_first)))
ACCORDING_TO_RE = r"according\s+to"
# What may follow the verb of a closing attribution: "in a statement", "in an emailed release", "on
# Monday", "to reporters", "late Tuesday".
ATTRIBUTION_QUALIFIER = (
    rf"(?:in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}[\w-]+|on\s+{WEEKDAY_RE}|{WEEKDAY_RE}"
    r"|(?:late|early)\s+\w+|to\s+(?:reporters|journalists|the press)|on\s+(?:social media|[A-Z]\w+)"
    r"|yesterday|today|(?:last|this)\s+week)"
)
# Whom "told" names in a tail that is only attribution ("…, the mayor told reporters").
ATTRIBUTION_AUDIENCE_RE = r"(?:reporters|journalists)"
# "…, the Port Authority of Lorant said in a statement.": up to twelve words, no comma, then the verb.
ATTRIBUTION_TAIL = re.compile(
    r",\s+((?:[A-Za-z][\w'’.&-]*\s+){0,11}?[A-Za-z][\w'’.&-]*)\s+"
    rf"(?:{ATTRIBUTION_VERB_RE}(?<!told)|told\s+{ATTRIBUTION_AUDIENCE_RE})"
    rf"(?:,?\s+{ATTRIBUTION_QUALIFIER}){{0,2}}\s*[.!]?[”\"]?\s*$"
)
# A run that is a clause of its own, not a source: "…, and the strike ended after the minister said."
CLAUSE_OPENERS = _words("and but or so yet while because when after before as which who whom that then although "
                        "though if since until once where whereas")
# Auxiliaries and the function words after a participle: "…, the strike ended after the talks said" is a clause.
# Auxiliaries, determiners and prepositions: the closed classes of summarizer.function_words.
# A past form followed by one of these is a verb taking its object ("ended after", "handed the"), not a
# participle naming someone ("the injured"): the engine's test of a source phrase.
# What opens the object or the phrase a verb in "-ed" governs ("briefed on the talks", "tasked with its review"):
# after one, a lowercase "-ed" word is a verb, and the words before a closing "said" are no source.
VERB_OBJECT_OPENERS = ARTICLES | POSSESSIVES | PREPOSITIONS | _words("that")
# Irregular past forms news prose uses: with auxiliaries and the regular "-ed", how the clause splitter
# (:mod:`summarizer.extract.offline.clauses`) tells a verb without a tagger.
IRREGULAR_PAST = _words(
    """
    said told went began rose fell took gave made found left kept held ran sent brought met paid lost won
    struck hit cut put set led spent sold built shut became came got saw knew wrote broke spoke stood fought
    bought caught taught drew grew threw flew chose drove rode sank sat hung lay laid shot spread stole swore
    tore wore woke bore beat blew dug fed fled forbade forgave froze hid meant overtook quit rang sought shook
    slid sprang stuck swept swam swung understood withdrew upheld undertook overrode foresaw arose
    """
)
# Words in -ed that are no past tense ("a hundred", "the limited", "sacred"): the splitter must not read a verb there.
NOT_PAST = _words("need speed indeed united limited based related red bed feed seed hundred shed sacred naked wicked "
                  "kindred ragged rugged alleged")
