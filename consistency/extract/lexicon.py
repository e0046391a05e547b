"""Word lists that drive attribution: speech cues, titles, role nouns and time words."""

from __future__ import annotations

import re

#: 'the 31-year-old' as one word: split at its hyphens the parser reads 'old said' as a noun
#: phrase. It describes someone already introduced.
AGE_WORD = re.compile(r"\d+-(?:year|month|week)-olds?", re.IGNORECASE)
#: Heads of phrases for a speaker who is not named: 'an unnamed official', 'sources close to the
#: talks', 'a person familiar with the plans'; a later 'the source' refers back to one.
ANONYMOUS_HEADS = frozenset({"source", "person", "people", "insider"})
#: Words for one member of a group just named: 'Two officials said A. One of them said B.'
MEMBER_WORDS = frozenset({"one", "another"})

#: Time zones a live page stamps its entries with ('11.05 GMT Network Rail said').
TIME_ZONES = frozenset({"GMT", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "UTC"})
#: What follows a clock time's number ('2 a.m.', '11 p.m.').
CLOCK_SUFFIXES = frozenset({"a.m.", "p.m."})

#: Words that open a relative clause: 'Marrow, who chairs ...', 'a problem that many warned about'.
RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom", "that"})

#: Nationality nouns sports and wire copy use for someone already named: 'the Spaniard said'.
DEMONYM_NOUNS = frozenset(
    {
        "spaniard",
        "dutchman",
        "dutchwoman",
        "frenchman",
        "frenchwoman",
        "englishman",
        "englishwoman",
        "briton",
        "scot",
        "welshman",
        "irishman",
        "irishwoman",
        "dane",
        "swede",
        "finn",
        "pole",
        "turk",
        "italian",
        "german",
        "american",
        "australian",
        "canadian",
        "brazilian",
        "argentine",
        "argentinian",
        "mexican",
        "russian",
        "ukrainian",
        "indian",
        "nigerian",
        "kenyan",
        "norwegian",
        "belgian",
        "austrian",
        "croatian",
        "serb",
        "serbian",
        "colombian",
        "chilean",
        "uruguayan",
        "egyptian",
        "moroccan",
        "ghanaian",
        "korean",
        "kiwi",
        "aussie",
        "new zealander",
        "south african",
        "israeli",
        "iranian",
        "pakistani",
        "jamaican",
        "venezuelan",
        "peruvian",
        "hungarian",
        "romanian",
        "czech",
        "slovak",
        "slovenian",
        "greek",
        "portuguese",
        "swiss",
        "japanese",
        "chinese",
        "senegalese",
    }
)
#: Nationality adjectives that make such an epithet with a player's or competitor's noun:
#: 'the Danish forward', 'the Spanish driver'.
DEMONYM_ADJECTIVES = DEMONYM_NOUNS | frozenset(
    {"spanish", "dutch", "french", "english", "british", "scottish", "welsh", "irish", "danish", "swedish"}
    | {"finnish", "polish", "turkish", "norwegian", "icelandic", "estonian", "latvian", "lithuanian"}
    | {
        "afghan", "african", "albanian", "algerian", "angolan", "armenian", "azerbaijani", "bahraini", "bangladeshi",
        "belarusian", "bolivian", "bosnian", "bulgarian", "burkinabe", "burundian", "cambodian", "cameroonian",
        "chadian", "congolese", "cuban", "cypriot", "ecuadorian", "emirati", "eritrean", "ethiopian",
        "european", "fijian", "filipino", "gabonese", "gambian", "georgian", "guatemalan", "guinean", "haitian",
        "honduran", "indonesian", "iraqi", "ivorian", "jordanian", "kazakh", "kosovan", "kuwaiti", "lebanese",
        "liberian", "libyan", "malawian", "malaysian", "malian", "maltese", "mauritanian", "moldovan", "mongolian",
        "montenegrin", "mozambican", "namibian", "nepalese", "nepali", "nicaraguan", "nigerien", "omani",
        "palestinian", "panamanian", "paraguayan", "qatari", "rwandan", "salvadoran", "saudi", "singaporean",
        "somali", "sudanese", "syrian", "taiwanese", "tajik", "tanzanian", "thai", "togolese", "tunisian", "ugandan",
        "uzbek", "vietnamese", "yemeni", "zambian", "zimbabwean",
    }
)  # fmt: skip
#: Nouns for a competitor or player that a nationality adjective turns into an epithet.
EPITHET_HEADS = frozenset(
    {"forward", "striker", "midfielder", "defender", "winger", "goalkeeper", "keeper", "driver", "rider"}
    | {"player", "veteran", "champion", "star", "international", "youngster", "teenager", "cyclist", "boxer"}
    | {"coach", "manager", "boss", "skipper", "captain", "jockey", "golfer"}
    # people described by what they do, not by an office a title would name
    | {"diplomat", "envoy", "politician", "economist", "activist", "businessman", "businesswoman", "tycoon"}
    | {"billionaire", "entrepreneur", "journalist", "novelist", "writer", "filmmaker", "scientist", "academic"}
)
#: Nouns of performers and athletes that, with a claim to fame before them, describe someone
#: already named: 'the "Paper Planes" hitmaker', 'the Oscar-winning actress', 'the Olympic sprinter'.
FAME_EPITHETS = frozenset(
    {"singer", "actor", "actress", "star", "rapper", "musician", "hitmaker", "songwriter", "performer"}
    | {"comedian", "presenter", "broadcaster", "athlete", "sprinter", "hurdler", "swimmer", "cyclist", "boxer"}
    | {"jockey", "golfer", "footballer", "cricketer", "champion", "medallist", "medalist", "icon", "veteran"}
)

#: Titles written with a full stop before a name that the tokenizer would split off, ending the
#: sentence inside 'said Sgt. Draper had ...'.
TITLE_ABBREVIATIONS = (
    "Sgt.", "Det.", "Insp.", "Supt.", "Cpl.", "Pvt.", "Maj.", "Brig.", "Cmdr.", "Lt.", "Col.", "Capt.",
    "Fr.", "Amb.", "Atty.", "Pres.", "Const.", "Rt.", "Hon.", "Msgr.",
)  # fmt: skip

#: Verbs (lemmas) that introduce what someone said, claimed or denied.
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "insist",
        "opine",  # 'the minister opined that P' (Indian and African English)
        "warn",
        "stress",
        "reiterate",
        "pledge",
        "claim",
        "argue",
        "accuse",
        "deny",
        "reject",
        "dismiss",
        "add",
        "continue",
        "note",
        "confirm",
        "acknowledge",
        "state",
        "declare",
        "assert",
        "maintain",
        "contend",
        "observe",
        "rule",
        "fear",
        "submit",
        "shout",
        "slam",
        "criticise",
        "criticize",
        "blast",
        "condemn",
        "suggest",
        "report",
        "explain",
        "admit",
        "concede",
        "promise",
        "vow",
        "predict",
        "allege",
        "emphasize",
        "emphasise",
        "underline",
        "underscore",
        "caution",
        "urge",
        "challenge",
        "write",
        "tweet",
        "post",
        "remark",
        "recall",
        "estimate",
        "reveal",
        "disclose",
        "indicate",
        "signal",
        "describe",
        "term",
        "brand",
        "label",
        "counter",
        "respond",
        "reply",
        "answer",
        "project",
        "retort",
        "complain",
        "boast",
        "repeat",
        "agree",
        "testify",
        "conclude",
        "forecast",
        "blame",
        "refute",
        "dispute",
        "downplay",
        "hint",
        "threaten",
        "demand",
        "believe",
        "think",
        "speculate",
        "guarantee",
        "assure",
        "call",
        "clarify",
        "reaffirm",
        "affirm",
        "reassure",
        "mention",
        "recount",
        "inform",
        "notify",
        # what opinion pieces and The Economist report with: 'bosses grumble that P'
        "reckon",
        "grumble",
        "gripe",
        "lament",
        "fret",
        "quip",
        "joke",
        "muse",
        "scoff",
        "proclaim",
        "swear",
        "attest",
        "highlight",
        "specify",
        "whisper",
        "yell",
        # a panel or chamber talking over itself: 'Ms Carrick interjected that P'
        "interject",
    }
)

#: Cues whose content the speaker rejects: the claim's polarity is "denied".
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})

#: Nouns that, as the object of a denial verb, carry the denied proposition: "rejected claims that P".
CLAIM_NOUNS = frozenset(
    {
        "claim",
        "report",
        "allegation",
        "suggestion",
        "accusation",
        "assertion",
        "charge",
        "rumor",
        "rumour",
        "speculation",
        "idea",
        "notion",
        "statement",
        "story",
        "assessment",
        "account",
        "version",
        "figure",
        "estimate",
        "finding",
        "conclusion",
        "characterization",
        "characterisation",
        "criticism",
        "argument",
        "interpretation",
        "narrative",
        "portrayal",
        "theory",
    }
)

#: Reports, studies and figures whose findings are claims: "the inquiry concluded that P".
EVIDENCE_NOUNS = frozenset(
    {
        "report",
        "study",
        "inquiry",
        "investigation",
        "review",
        "audit",
        "survey",
        "poll",
        "analysis",
        "figure",
        "data",
        "datum",  # spaCy's lemma of "data"
        "research",
        "assessment",
        "probe",
        "trial",
        "statistic",
        "email",
        "document",
        "record",
        "message",
    }
)

#: Figures a source can put at a number: "put the death toll at 40", "estimated the cost at $2bn".
TALLY_VERBS = frozenset({"put", "estimate", "place", "peg"})
TALLY_NOUNS = frozenset(
    {"toll", "number", "figure", "count", "total", "tally", "cost", "damage", "bill", "crowd", "turnout", "attendance"}
)
#: Verbs that revise a figure given earlier: 'revised the figure to 9,800', 'raised its estimate to 40'.
REVISING_VERBS = frozenset({"revise", "correct", "update", "amend", "adjust", "raise", "lower"})
#: What a revision revises: a figure given, not a thing counted ('raised the number of flights to
#: 40' acts; it revises nothing said).
REVISED_NOUNS = frozenset({"figure", "estimate", "forecast", "projection", "toll", "tally", "count", "total"})
#: Verbs that only ever revise what was said, so that 'revised the number of missing crew to two'
#: revises a figure too.
CORRECTING_VERBS = frozenset({"revise", "correct", "amend"})
#: Verbs a speaker corrects their own word with ('corrected herself, saying P'): the claim's cue
#: lemma then, so that a clash with their earlier claim is reported as an update.
CORRECTING_CUES = CORRECTING_VERBS | {"update", "clarify", "retract"}

#: Nouns that act as speech cues with a complement: "reiterated calls for X", "issued a warning that".
CUE_NOUNS = frozenset({"call", "warning", "pledge", "promise", "demand", "statement", "claim", "assurance", "appeal"})

#: Verbs that count as cues in reported speech only when the object is a listener:
#: "told reporters (that) ...".
LISTENER_NOUNS = frozenset(
    {
        "reporter",
        "journalist",
        "press",
        "lawmaker",
        "audience",
        "parliament",
        "broadcaster",
        "newspaper",
        "agency",
        "interviewer",
        "television",
        "radio",
        "crowd",
        "supporter",
        "delegate",
        "court",
        "jury",
        "juror",
        "investor",
        "analyst",
        "committee",
        "senator",
        "commissioner",
        "councillor",
        "councilor",
        "legislator",
        "shareholder",
        "employee",
        "worker",
        "staff",
        "student",
        "parent",
        "resident",
        "voter",
        "colleague",
        "judge",
        "magistrate",
        "tribunal",
        "inquiry",
    }
)


#: Professions written before a name like titles: 'Engineer Hugo Fenwick', 'Epidemiologist Dr Ana Ruiz'.
PROFESSIONS = frozenset(
    {"engineer", "architect", "pilot", "paramedic", "surveyor", "pharmacist", "epidemiologist", "virologist"}
    | {"historian"}
)

#: Words that form (part of) a person's title in front of a name.
#: Police ranks written before a name in Nigerian and Indian copy: 'SP Ajoke Bamidele', 'DCP Ravi Kumar'.
POLICE_RANKS = frozenset({"asp", "sp", "dsp", "csp", "acp", "dcp", "cp", "aig", "dig", "igp"})
TITLE_WORDS = POLICE_RANKS | frozenset(
    {
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "sen.",
        "senator",
        "rep.",
        "representative",
        "gov.",
        "governor",
        "mayor",
        "judge",
        "magistrate",
        "recorder",
        "justice",
        "chief",
        "executive",
        "ceo",
        "cfo",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "general",
        "gen.",
        "lt.",
        "col.",
        "sgt.",
        "det.",
        "insp.",
        "supt.",
        "cpl.",
        "pvt.",
        "maj.",
        "brig.",
        "cmdr.",
        "colonel",
        "captain",
        "capt.",
        "adm.",
        "admiral",
        "commander",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "health",
        "state",
        "deputy",
        "acting",
        "former",
        "coach",
        "manager",
        "head",
        "leader",
        "dr.",
        "dr",
        "prof.",
        "professor",
        "mr.",
        "mrs.",
        "ms.",
        "mr",
        "mrs",
        "ms",
        "sir",
        "dame",
        "pope",
        "cardinal",
        "bishop",
        "attorney",
        "prosecutor",
        "detective",
        "inspector",
        "officer",
        "sheriff",
        "superintendent",
        "speaker",
        "whip",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "alderman",
        "alderwoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "trustee",
        "constable",
        "sergeant",
        "lieutenant",
        "dean",
        "provost",
        "rector",
        "archbishop",
        "rabbi",
        "imam",
        "pastor",
        "reverend",
        "consul",
        "sheikh",
        "emir",
        "baroness",
        "baron",
        "treasurer",
        "comptroller",
        "auditor",
        "ombudsman",
        "registrar",
        "coroner",
        "chairperson",
        "undersecretary",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "forward",
        "analyst",
        "economist",
        "researcher",
        "scientist",
        "lawyer",
        "counsel",
        "advocate",
        "founder",
        "co-founder",
        "owner",
        "president-elect",
        "commissioner",
        "economy",
        "trade",
        "energy",
        "education",
        "labor",
        "labour",
        "transport",
        "agriculture",
        "culture",
        "sports",
        "emergency",
        "security",
        "national",
        "senior",
        "top",
        "new",
        "incoming",
        "outgoing",
        "u.s.",
        "us",
        "u.n.",
        "un",
        "eu",
        "nato",
        "white",
        "house",
        "kremlin",
        "press",
        "grand",
        "supreme",
        "federal",
        "regional",
        "district",
        "county",
        "city",
        "council",
        "member",
        "mp",
        "mep",
        "msp",
        "td",  # Teachta Dála (Ireland)
        "mla",
        "mlc",
        "shri",
        "smt",
        "smt.",  # Shrimati
        "sri",
        "thiru",  # Tamil: Mr
        "thiru.",
        "selvi",
        "kumari",
        "congressman",
        "congresswoman",
        "green",
        "conservative",
        "democrat",
        "republican",
        "liberal",
        "lawmaker",
        "opposition",
        "party",
        "union",
        "boss",
        "rapporteur",
    }
    # 'Singer Lena Marsh', 'comedian Tom Hale': a performer's or athlete's calling as a title
    | (FAME_EPITHETS - {"star", "icon", "veteran", "champion", "hitmaker", "medallist", "medalist"})
    | PROFESSIONS
)

#: Family ties that name a person in feature writing: 'her son, Yusuf, 15,'.
KINSHIP_NOUNS = frozenset(
    {"son", "daughter", "husband", "wife", "mother", "father", "brother", "sister", "partner", "widow"}
    | {"widower", "grandson", "granddaughter", "grandmother", "grandfather", "nephew", "niece", "mum", "dad"}
)
#: Role nouns that refer back to a titled person: "the president", "the minister".
PERSON_ROLE_NOUNS = frozenset(
    {
        # members of a parliament or assembly, who are always people
        "mp",
        "mep",
        "msp",
        "td",
        "mla",
        "mlc",
        "president",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "king",
        "queen",
        "prince",
        "princess",
        "monarch",
        "senator",
        "governor",
        "mayor",
        "judge",
        "magistrate",
        "ceo",
        "chairman",
        "chairwoman",
        "director",
        "general",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "coach",
        "manager",
        "prosecutor",
        "detective",
        "inspector",
        "sheriff",
        "commissioner",
        "lawmaker",
        "leader",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "captain",
        "founder",
        "owner",
        "economist",
        "scientist",
        "researcher",
        "lawyer",
        "attorney",
        "chief",
        "head",
        "pope",
        "professor",
        "officer",
        "executive",
        "boss",
        "commander",
        "official",
        "diplomat",
        "analyst",
        "expert",
        "witness",
        "victim",
        "suspect",
        "defendant",
        "player",
        "author",
        "resident",
        "source",
        "aide",
        "adviser",
        "advisor",
        "representative",
        "negotiator",
    }
    # Offices and professions whose holders are named beside them: 'the administrator at Hollowbrook
    # Gardens, Pamela Ostrowe,'.
    | {"administrator", "supervisor", "superintendent", "coordinator", "principal", "headteacher", "dean"}
    | {"councillor", "councilman", "councilwoman", "congressman", "congresswoman", "legislator", "assemblyman"}
    | {"organiser", "organizer", "consultant", "doctor", "surgeon", "nurse", "teacher", "coroner", "auditor"}
    | {"pastor", "priest", "bishop", "rabbi", "imam", "lieutenant", "colonel", "sergeant", "ombudsman"}
    | {"trustee", "treasurer", "mediator", "registrar", "warden", "candidate", "campaigner", "activist"}
    | {"publicist", "agent", "producer"}
    # the courts and readers' letters: 'Counsel for the residents, Priya Lalwani KC,', 'A reader in
    # Mellow Bay, Anna Strand,'
    | {"counsel", "barrister", "solicitor", "juror", "reader", "viewer", "listener", "caller"}
    # presiding officers: 'The Speaker, Rt. Hon. Kayode Ade,', 'the chair of the commission, Dorota Velling,'
    | {"speaker", "deputy", "chair", "chairperson", "convener", "convenor"}
    | POLICE_RANKS
    # Performers and athletes: 'the singer said', 'the sprinter added'.
    | FAME_EPITHETS
    | {"chef", "winger", "forward", "keeper", "driver", "rider"}
    # Family ties name people in feature writing: 'her son, Yusuf, 15,' ... 'Her son looks at the wall.'
    | KINSHIP_NOUNS
    | PROFESSIONS
)

#: Role nouns for organisations: "the club", "the company", "the ministry".
ORG_ROLE_NOUNS = frozenset(
    {
        "club",
        "bureau",
        "panel",
        "cooperative",
        "inquiry",
        "tribunal",
        "school",
        "guild",
        "society",
        "trust",
        "college",
        "company",
        "firm",
        "ministry",
        "department",
        "government",
        "administration",
        "agency",
        "bank",
        "court",
        "team",
        "party",
        "union",
        "group",
        "council",
        "committee",
        "commission",
        "board",
        "police",
        "military",
        "army",
        "office",
        "kremlin",
        "embassy",
        "federation",
        "league",
        "association",
        "organization",
        "organisation",
        "institute",
        "university",
        "hospital",
        "regulator",
        "authority",
        "authorities",
        "prosecutors",
        "campaign",
        "coalition",
        "alliance",
        "parliament",
        "senate",
        "congress",
        "cabinet",
        "foundation",
        "airline",
        "carrier",
        "manufacturer",
        "retailer",
        "insurer",
        "lender",
        "operator",
        "utility",
        "network",
        "broadcaster",
        "newspaper",
        "outlet",
        "service",
        "spokesperson",
        "statement",
        "fund",
        "charity",
        "watchdog",
        "body",
        "side",
        "camp",
        "white house",
        "pentagon",
        "state department",
    }
)

#: Words whose presence in a name marks an organisation, whatever the NER says.
ORG_NAME_WORDS = frozenset(
    {
        "ministry",
        "department",
        "office",
        "agency",
        "bank",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "group",
        "company",
        "co.",
        "university",
        "institute",
        "council",
        "committee",
        "commission",
        "court",
        "police",
        "party",
        "union",
        "fc",
        "club",
        "association",
        "federation",
        "league",
        "foundation",
        "times",
        "post",
        "news",
        "press",
        "kremlin",
        "house",
        "pentagon",
        "parliament",
        "senate",
        "congress",
        "government",
        "service",
        "services",
        "authority",
        "board",
        "organization",
        "organisation",
        "fund",
        "hospital",
        "network",
        "reuters",
        "afp",
        "ap",
        "bbc",
        "cnn",
        "tass",
        "interfax",
        "unicef",
        "nato",
        "who",
        "un",
        "eu",
        "fbi",
        "cia",
        "imf",
    }
)
#: Words of a business's own name that say what trade it is in ('Corvane Packaging', 'Lumora Labs').
BUSINESS_NAME_WORDS = frozenset(
    {"airlines", "airways", "motors", "systems", "technologies", "holdings", "partners", "packaging", "foods"}
    | {"logistics", "energy", "therapeutics", "pharmaceuticals", "pharma", "chemicals", "industries", "capital"}
    | {"properties", "telecom", "communications", "insurance", "securities", "ventures", "labs", "mining"}
    | {"shipping", "brewery", "dairy", "construction", "engineering", "electronics", "semiconductor", "retail"}
    | {"polymers", "plastics", "steel", "motor", "freight", "payments"}
)
ORG_NAME_WORDS |= BUSINESS_NAME_WORDS

#: Unnamed plural speakers: "officials said", "analysts warned".
GROUP_NOUNS = frozenset(
    {
        "official",
        "officials",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "critic",
        "critics",
        "observer",
        "observers",
        "investigator",
        "investigators",
        "monitor",
        "monitors",
        "inspector",
        "inspectors",
        "scientist",
        "scientists",
        "researcher",
        "researchers",
        "economist",
        "economists",
        "activist",
        "activists",
        "lawmaker",
        "lawmakers",
        "minister",
        "ministers",
        "leader",
        "leaders",
        "doctor",
        "doctors",
        "people",
        "protester",
        "protesters",
        "fan",
        "fans",
        "prosecutor",
        "prosecutors",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "authorities",
        "police",
        "rescuer",
        "rescuers",
        "meteorologist",
        "meteorologists",
        "councillor",
        "councillors",
        "advocate",
        "advocates",
        "soldier",
        "soldiers",
        "troops",
        "organizer",
        "organizers",
        "organiser",
        "organisers",
        "student",
        "students",
        "parent",
        "parents",
        "worker",
        "workers",
        "employee",
        "employees",
        "player",
        "players",
        "voter",
        "voters",
        "supporter",
        "supporters",
        "aide",
        "aides",
        "ally",
        "allies",
        "colleague",
        "colleagues",
        "negotiator",
        "negotiators",
        "participant",
        "participants",
        "author",
        "authors",
        "member",
        "members",
    }
)

#: Forms of address before a name: 'Mr', 'Dr.', 'Smt.' (Shrimati), 'Thiru', 'Begum'.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "smt", "shri", "sri", "thiru", "selvi", "kumari", "begum"}
    | {"mr.", "mrs.", "ms.", "dr.", "prof.", "smt.", "thiru."}
)

#: Pronouns that can head a speaker mention.
PERSON_PRONOUNS = frozenset({"he", "she"})
#: Titles and kinship or role nouns that say a person is a man ("m") or a woman ("f").
GENDERED_NOUNS = {
    **dict.fromkeys(
        [
            "mr",
            "mr.",
            "sir",
            "husband",
            "father",
            "son",
            "brother",
            "uncle",
            "grandfather",
            "boyfriend",
            "spokesman",
            "chairman",
            "king",
            "prince",
            "nephew",
            "widower",
        ],
        "m",
    ),
    **dict.fromkeys(
        [
            "mrs",
            "mrs.",
            "ms",
            "ms.",
            "miss",
            "dame",
            "lady",
            "wife",
            "mother",
            "daughter",
            "sister",
            "aunt",
            "grandmother",
            "girlfriend",
            "spokeswoman",
            "chairwoman",
            "queen",
            "princess",
            "niece",
            "widow",
        ],
        "f",
    ),
}
#: Pronouns that say a person is a man ("m") or a woman ("f").
GENDERED_PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
PLURAL_PRONOUNS = frozenset({"they"})
FIRST_PERSON_PRONOUNS = frozenset({"i", "we"})

#: Time words that anchor a stated time when the NER misses them.
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"}
)
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"}
    | {"december"}
)
