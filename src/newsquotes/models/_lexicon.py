"""Word lists shared by the ``rules`` and ``spacy:`` models: reporting verbs, titles, speaker nouns, pronouns, places."""

from __future__ import annotations

from newsquotes.models import gazetteer


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verbs that report how a source describes itself, with a reflexive object and "as": "Zara Kay, who identifies herself
#: as an antithiest" (not "identified the suspect as 21-year-old Patrick Crusius": a name given to someone else).
SELF_DESCRIBING = _words("identify identifies identified identifying")
#: Verbs that judge or class a thing, a report only with "as" and what it is judged to be after their object:
#: "labeled Soleimani as a terrorist", "Quantcast ranks wikiHow as the 135th most popular site", "attacked the
#: investigation as "Witch Hunt garbage."" (not "attacked the convoy as it passed"). Verb forms only: the nouns
#: ("label", "attack", "list") would read as verbs wherever a verb is looked for.
CHARACTERIZING = _words("""
    labeled labelled labeling labelling ranked ranks listed lists cite cited cites
    attacked smeared mischaracterized mischaracterised mischaracterizes slammed slams
    blasted decried decries
""") | SELF_DESCRIBING
#: Of those, the verbs that as often give a name or a place in a list ("listed their country as "Hope""): a report
#: only when what follows "as" is no name.
CLASSING = _words("labeled labelled labeling labelling ranked ranks listed lists cite cited cites")
#: Verbs of an offer or a threat: a report only with an infinitive or "that" ("offered to send tissue samples",
#: "threatened to withhold federal funds"; not "offered a reward", "threatened the town"). Past forms only:
#: "threatens" heads too many headlines ("Flight disruptions threaten holiday travel"), and "offering" is as often
#: inside a noun phrase ("The doctors offering to operate the clinic noted …").
OFFERING = _words("offered proposed threatened")
#: Verbs that impute a deed or a likeness to their object: a report only with a gerund or a predicate after it
#: ("accused Avenatti of trying …", "likened it to wine tasting"; not "blamed Iran for the attack").
IMPUTING = _words("accuse accuses accused accusing blame blames blamed blaming credits credited crediting liken likens "
                  "likened likening")
#: Reporting verbs, every form that introduces a reported statement.
SPEECH_VERBS = _words("""
    say says said saying tell tells told telling warn warns warned warning add adds added adding
    state states stated stating claim claims claimed claiming confirm confirms confirmed confirming
    announce announces announced explain explains explained explaining note notes noted noting
    observe observes observed comment comments commented argue argues argued arguing insist insists insisted
    admit admits admitted deny denies denied assert asserts asserted acknowledge acknowledges acknowledged
    write writes wrote writing tweet tweets tweeted tweeting declare declares declared suggest suggests suggested
    mention mentions mentioned reply replies replied recall recalls recalled predict predicts predicted
    promise promises promised urge urges urged stress stresses stressed emphasise emphasised emphasize emphasized
    maintain maintains maintained allege alleges alleged concede concedes conceded caution cautioned
    conclude concludes concluded reveal reveals revealed vow vows vowed pledge pledged report reports reported
    remark remarked continue continued respond responded reason reasoned rule rules ruled estimate estimates
    estimated reads read theorize theorized theorise theorised ask asks asked asking plead pleads pleaded indicate indicates indicated indicating stress stressing emphasizing emphasising
    describe describes described characterize characterizes characterized characterise characterised
    suggesting insisting declaring announcing predicting admitting acknowledging asserting reporting revealing
    denying urging promising concluding observing commenting remarking replying responding pledging vowing
    pointed pointing
    find finds found show shows showed recommend recommends recommended testify testifies testified
    projected encourage encourages encouraged encouraging advise advises advised
    order orders ordered
    hail hails hailed laud lauds lauded praise praises praised criticize criticizes criticized criticise criticises
    criticised dismiss dismisses dismissed denounce denounces denounced condemn condemns condemned
    agree agrees agreed agreeing decide decides decided determine determines determined reaffirm reaffirms
    reaffirmed reiterate reiterates reiterated underline underlines underlined hint hints hinted clarify clarifies
    clarified quip quips quipped inform informs informed describing characterizing characterising
    believes
""") | CHARACTERIZING | OFFERING | IMPUTING | _words("""
    challenged begged begging implored remembers remembered posit posits posited
""")
#: Verbs of a conclusion or an assent that report only a clause, never their infinitive or object ("agreed to a
#: deal", "decided to leave", "determined the cause"): "A judge agreed the book may have …", "all agreed that …".
ASSENT_VERBS = _words("""
    agree agrees agreed agreeing decide decides decided determine determines determined reaffirm reaffirms
    reaffirmed reiterate reiterates reiterated underline underlines underlined hint hints hinted clarify clarifies
    clarified
""")
#: Verbs that report only with "as" after their object: "described the plan as reckless", "dismissed the claim as
#: groundless" (the "as" near the object for verbs of praise and blame: "praised X for … — as …" is none).
DESCRIBING = _words("""
    describe describes described describing characterize characterizes characterized characterizing characterise
    characterised characterising
""")
AS_VERBS = DESCRIBING | _words("""
    hail hails hailed laud lauds lauded praise praises praised criticize criticizes criticized criticise criticises
    criticised dismiss dismisses dismissed denounce denounces denounced condemn condemns condemned
""")
#: Verbs that report a name given to a thing in quotation marks ("called the plan “a disaster”"), or a demand
#: ("called for the bill to be dropped", "called on Italy to join").
NAMING_VERBS = _words("call calls called calling term terms termed dub dubs dubbed brand brands branded")
#: Participles after a comma that start a new report or a demand, so a clause before them ends there.
TRAILING_PARTICIPLES = _words("calling urging asking demanding")
#: Participles that draw a conclusion: a report only after a reporting verb of their sentence.
INFERRING = _words("suggesting indicating")
#: Openings, with their comma, that link a sentence to the one before and are no part of what is reported: a
#: reported clause that opens its sentence with "For example, …" starts after the link (the writer's words).
DISCOURSE = ("For example", "For instance", "However", "Meanwhile", "In addition", "Moreover", "Furthermore",
             "Nevertheless", "Instead", "Separately", "Additionally", "Still", "Also", "But", "And")
#: Words, with or without a comma, that open a sentence before its subject and are skipped to find that subject or
#: its pronoun: "However, the ministry said", "But she added", "Later he said" (DISCOURSE is cut from a clause).
SENTENCE_LINKS = ("However", "But", "And", "Meanwhile", "Later", "Earlier", "Then", "Actually", "So", "Soon", "Yet", "Now")
#: One of ``SENTENCE_LINKS`` with the comma and space after it, for a regex: "But ", "However, ".
SENTENCE_LINK = r"(?:%s),?\s+" % "|".join(SENTENCE_LINKS)
#: Days and months in calendar order (alternations built from them match as the lists written out did).
WEEKDAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = tuple("January February March April May June July August September October November December".split())
DAYS_AND_MONTHS = WEEKDAYS + MONTHS
#: Months as a date shortens them before its day: "Jan. 23", "Sept 5".
MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: Words after which a verb form is a noun: "the state", "its report".
DETERMINERS = _words("the a an its his her their our my your")
#: Counts written as words ("to five cities", "twenty confirmed cases"); the patterns take figures as digits.
NUMBER_WORDS = tuple("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split())
#: What opens an object right after a verb: "uses the A300", "repels them".
OBJECT_OPENERS = DETERMINERS | _words("them him it")
#: What opens the subject of a clause after "that": "urged that the talks resume", "his stance that Iran cannot …".
SUBJECT_OPENERS = DETERMINERS - {"my", "your"} | _words("""
    all some no only every each this these those such there he she it they we you
""")
#: Words that make a noun of a reporting form after them: "an executive order requiring …", "a gag order".
NOUN_MODIFIERS = _words("executive gag restraining")
#: Forms that are as often nouns ("media reports", "the claims"): cues only before "that", a colon or a quote,
#: or right after a name or pronoun ("Paris claims she …").
NOUN_LIKE = _words("""
    states claims notes reports comments promises vows remark remarks report reply replies warning rule rules
    estimate estimates
""")
#: Verbs that report only before "that" or a quotation ("maintained a policy" reports nothing).
CLAUSE_ONLY = _words("maintain maintains maintained")
#: Verbs that report a request: their content is the infinitive after the hearer ("asked them not to leave").
DIRECTIVE_VERBS = _words("""
    ask asks asked asking urge urges urged urging plead pleads pleaded encourage encourages encouraged encouraging
    advise advises advised order orders ordered
    challenged begged begging implored
""")
#: Verbs of a view rather than of speech: reported only inside a source's report ("According to X, Y believes …");
#: "believes" alone is also a reporting verb, a view stated in the present ("Airbus believes that …").
BELIEF_VERBS = _words("believe believes believed think thinks thought feel feels felt expect expects expected fear fears")
#: Cues that name the source a report relies on: "TASS reported, citing an official".
CITING = _words("citing quoting")
#: Verbs whose clause may be an indirect question of how or why: "explained how the camera revealed his process".
EXPLAINING_VERBS = _words("explain explains explained explaining detail details detailed outline outlines outlined")
#: Verbs that report speech only when a colon or a quotation follows ("She continued: …").
COLON_ONLY = _words("continue continued respond responded reads")
#: Verbs that report speech only right after the quotation they close ("“…,” the letter read.") or before a colon
#: ("The letter read: “…”"; not "the sign read “Keep out”"); "“…,” remembers Shanna Challenger." (not "remembers
#: the war").
CLOSING_ONLY = _words("read remembers remembered")
#: Verbs that as often take a thing as a clause ("announced 10,000 job cuts", "emphasized the importance of
#: …"): without "that" they report only a clause with a finite verb in it.
OBJECT_VERBS = _words("""
    announce announces announced add adds added explain explains explained estimate estimates estimated
    comment comments commented emphasize emphasizes emphasized emphasise emphasised stress stresses stressed
    note notes noted reveal reveals revealed state states stated find finds found show shows showed
    recommend recommends recommended projected report reports reported declare declares declared
    pledge pledged claim claims claimed rule rules ruled predict predicts predicted
    deny denies denied promise promises promised vow vows vowed confirm confirms confirmed acknowledge acknowledges
    acknowledged admit admits admitted suggest suggests suggested indicate indicates indicated mention mentions
    mentioned observe observes observed conclude concludes concluded believes tweet tweets tweeted
""") | ASSENT_VERBS
#: Words that make a clause finite: auxiliaries, modals and the commonest irregular past forms.
FINITE = _words("""
    is are was were has have had will would can could should may might must does did shall
    made said rose fell took gave went came left found kept held led met lost won told knew thought saw began
    became brought bought built sent spent stood paid ran grew drew threw broke spoke wrote chose drove fled
    fought sold struck sought caught taught meant felt heard got
""")
#: Verbs whose object (the hearer) comes before the reported clause.
TELL_VERBS = _words("tell tells told warn warns warned urge urges urged inform informs informed")
#: Verbs whose hearer, when a pronoun, may stand between them and their clause ("promised me he would …"), and
#: whose infinitive is what they report ("vowed to keep fighting", "claims to have seen").
PROMISE_VERBS = _words("promise promises promised pledge pledged vow vows vowed claim claims claimed claiming") | OFFERING
#: Words that may stand between a subject and its reporting verb ("Petrov also said", "He has said").
SUBJECT_GAP = _words("""
    also then later has have had was is would will could did does reportedly previously recently further
    once again repeatedly earlier subsequently publicly simply just first already even only finally however
    today yesterday separately personally openly strongly firmly privately directly angrily initially
    officially formally flatly allegedly since are were falsely wrongly rightly correctly mistakenly erroneously
    immediately quickly clearly explicitly specifically consistently jointly eventually ultimately intentionally
    basically bluntly candidly frankly emphatically proudly confidently briefly jokingly famously notably loudly
    quietly unanimously independently originally widely tearfully optimistically cautiously always all both
""")
PASSIVE = _words("was were been being be is are get got")
NEGATION = _words("not never no")
MODALS = _words("will would can could should may might must shall")
#: The common irregular past forms: the finite words that are neither auxiliary nor modal.
IRREGULAR_PAST = FINITE - MODALS - _words("is are was were has have had does did")
#: Those of them that are also past participles: "comments made to reporters", "a meeting held in Paris".
PAST_PARTICIPLES = IRREGULAR_PAST - _words("""
    rose fell took gave went came knew saw began became ran grew drew threw broke spoke wrote chose drove
""")
#: Words after a reporting verb that do not begin a reported clause.
NOT_CLAUSE = _words("""
    to in on at by for with of about as from through into over after before during so and but or
    goodbye hello yes nothing something anything this much more why how whether what when where if
    is was were are has have had will would can could should may might be been using via off up
""")

#: Heads of a noun phrase that name no source: times, amounts, manners and the like ("The next day said", "said
#: the other way"); a plural by its singular.
NO_SOURCE_HEADS = _words("""
    day week month year time morning afternoon evening night weekend hour minute moment decade century season
    number amount rest way fact reason result thing one lot part end start same other following latter former
""")


#: Subject pronouns a speaker may be, with what they stand for (None: the speaker's own side, not resolved).
PRONOUNS = {"he": "PERSON", "she": "PERSON", "it": "ORG", "they": "ORG", "we": None, "i": None}
#: Pronouns by which speakers quote themselves: never the source of a report.
FIRST_PERSON = _words("i we me us")
#: The subject pronoun of a third-person possessive: whom "his" in "In his opinion" or "his stance" would be.
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: The labels of an interviewer's turn in a transcript ("((WN)) …", "Q: …").
INTERVIEWER_LABELS = frozenset({"WN", "Wikinews", "Q", "Question", "Interviewer"})

#: Capitalised title words that precede a person's name; the name is what follows the last of them.
TITLES = _words("""
    Minister President Secretary Senator Sen Governor Gov Ambassador General Gen Major Captain Capt Professor Prof
    Dr Mr Mrs Ms Miss Sir Dame Lord Lady King Queen Prince Princess Pope Rev Reverend Judge Justice Mayor
    Chancellor Chairman Chairwoman Director Administrator Commissioner Spokesperson Spokesman Spokeswoman Coach
    Sheriff Detective Sergeant Sgt Lieutenant Lt Colonel Col Admiral Representative Rep Premier Undersecretary
    Inspector Officer CEO Chief Executive Speaker Councillor Councilor Deputy Emeritus Coordinator Czar Liaison
""")
ABBREVIATIONS = _words("Mr Mrs Ms Dr Prof Gen Sen Gov Rep Lt Col Capt Sgt St Jr Sr Rev Inc Corp Co Ltd No")

#: Heads of nominal speakers ("an official at the ministry", "the report", "researchers"), by what they refer to.
PERSON_NOUNS = _words("""
    official spokesperson spokesman spokeswoman minister president prosecutor lawyer attorney judge coach captain
    chairman chairwoman director leader officer envoy diplomat ambassador mayor governor senator representative
    doctor teacher witness author poster source member secretary chief analyst expert researcher scientist
    curator professor commander campaigner activist barrister undersecretary administrator student resident
    engineer economist worker employee farmer owner manager negotiator investigator inspector prosecutor
    sister brother mother father son daughter wife husband parent friend neighbour neighbor chef founder player
    executive insider trader customer consumer user voter citizen protester protestor fan patient victim participant
    respondent journalist reporter correspondent commentator observer historian
    woman women man men child children girl boy waitress waiter
    guard merchant winemaker soldier firefighter paramedic priest bishop lecturer landlord tenant shopkeeper vendor
    volunteer organiser organizer politician delegate mourner colleague fisherman fishermen teenager athlete runner
    cyclist climber designer artist musician novelist filmmaker blogger entrepreneur investor banker broker dentist
    pharmacist veterinarian psychologist psychiatrist therapist midwife warden inmate prisoner detainee suspect
    defendant plaintiff juror magistrate mom mum dad rep boss bosses
""")
#: Businesses named by what they make: "the carmaker", "the planemaker".
MAKERS = _words("maker carmaker automaker planemaker chipmaker drugmaker steelmaker phonemaker toymaker gamemaker")
ORG_NOUNS = _words("""
    ministry agency department company police church party team club court firm union council board commission
    committee newspaper organisation organization group military army navy office embassy institute university
    channel broadcaster treasury authority bank airline regulator watchdog operator manufacturer
    retailer lender insurer producer supplier charity airframer
    service publication administration campaign outlet network tabloid magazine archive
""") | MAKERS
GPE_NOUNS = _words("country nation government state city region")
OTHER_NOUNS = _words("""
    report study survey statement letter post blog document researchers scientists authors critics experts
    analysts sources officials witnesses residents organizers organisers campaigners activists observers
    diplomats doctors media reports studies website site people figures statistics estimates findings poll polls
    research family families relatives advisory decision ruling data database guidelines scholars
    investigations investigators press paper article note
""")


def _nouns(text: str) -> frozenset[str]:
    """Nouns with their plurals: "study studies", "post posts"."""
    words = text.split()
    return frozenset(words) | {w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "s" for w in words}


#: Documents, which speak in their owner's name: "the NHC advisory indicated", "Cornyn's statement added", "a report
#: from ABC Australia", "its press release", "released a statement saying …", "a statement … The statement said".
DOCUMENT_NOUNS = _words("""
    statement letter report post blog website site tweet message email e-mail release announcement communique
    editorial article paper analysis study survey poll polling data database figures statistics findings guidelines
    advisory decision ruling order filing summary memoir book account projection assessment record document memo review
    research
""")
#: The documents with their plurals.
DOCUMENTS = _nouns(" ".join(DOCUMENT_NOUNS))
#: Participles of a document's making, before its owner's "by": "a statement released by Erdogan's office".
DOCUMENT_MADE = _words("published released issued posted written sent signed made")
#: Participles that describe a document or a study after its noun: "a statement posted to his account", "a letter
#: seen by Sky News", "A study conducted by …".
DOCUMENT_PARTICIPLES = DOCUMENT_MADE | _words("""
    obtained seen cited conducted commissioned reviewed filed funded shared circulated leaked presented
""")
#: Verbs that deny a statement, whose "the notion that …" is the denier's report: "Volker disputed the notion that …".
DENYING = _words("deny denies denied denying dispute disputes disputed disputing")
#: Verbs that dispute a statement: "…, which Trump denied", "…, which the company has rejected".
DISPUTING = DENYING | _words("""
    reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes refuted refuting
""")
#: Statements a verb of stance takes up beyond the content nouns: "disputed the notion that …", "the debunked lie that".
TAKEN_UP_NOUNS = _nouns("notion lie idea theory contention narrative")
#: Nouns of what was said, whose "that" opens its content: "his stance that …", "denied reports that …".
CONTENT_NOUNS = _nouns("""
    announcement statement warning position stance assertion assurance promise pledge call recommendation suggestion
    order message claim argument insistence report allegation accusation rumor rumour charge finding declaration
""")
#: What a statement is made in, as regular-expression alternatives, each a whole word: "in a statement", "in an
#: e-mail", "in an op-ed".
MEDIA = ("statement", "interview", "letter", r"e-?mail", "post", "tweet", "speech", "release", "report", "memo", "filing",
         "video", "message", "briefing", "conference", "call", "appearance", "op-ed", "column", "blog", "address",
         "hearing", "testimony", "paper", "article", "study")
#: Nouns of what is thought, whose "that" opens its content: "raised fears that …".
THOUGHT_NOUNS = _nouns("fear concern hope doubt")
#: People who speak for their employer: "Cornyn's spokesman said" reports Cornyn.
SPOKESPEOPLE = _words("spokesperson spokesman spokeswoman")

COMPASS = _words("North South East West Northern Southern Eastern Western Central Upper Lower")
CONNECTORS = _words("of for the de del der van von da di du la le bin y")
#: Particles inside a person's name: "Bill de Blasio", "Ursula von der Leyen", "Arnel dela Vega", "Bernardo dos Santos".
NAME_PARTICLES = _words("de del der van von da di du le dos das dela della delos bin")
#: The same as a regular expression's alternation.
NAME_PARTICLE = "|".join(sorted(NAME_PARTICLES))
#: The words that open a subject, as a regular expression's alternation.
SUBJECT_OPENER = "|".join(sorted(SUBJECT_OPENERS))
#: The documents as a regular expression's alternation, longest first; the same in the singular only.
DOCUMENT_NOUN = "|".join(sorted(DOCUMENTS, key=len, reverse=True))
SINGULAR_DOCUMENT_NOUN = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
LOCATIVE = _words("in at from near across outside inside into")
#: Prepositions that join a phrase to what comes before it: "reports of", "times for", "which in".
LINKING_PREPOSITIONS = LOCATIVE | _words("on of about for to with by")
#: Capitalised words that never start a name.
STOP = _words("""
    The A An This That These Those It Its He She They We I You His Her Their Our My Your In On At For From By With
    Of To And But Or Nor As If When While After Before According Despite Although Though Since During Yesterday
    Today Tomorrow Tonight Last Next Many Some All Both Each Every Other Another There Here Also However Meanwhile
    Then Now Image Photo Video Audio Not No Yes Why What Who How Where Which Once Even Still Such So Most More Few
    Several Only Just Until Over Under About Around Through Into Like Unlike Among Between Against Within Without
    Instead Because Whether One Two Three First Second Third Share See Read Click Follow Please Categories Sources
    Photograph Pictured
""") | frozenset(DAYS_AND_MONTHS + MONTH_ABBREVIATIONS) - {"May"}  # "May" is also a name and a verb

#: Acronyms of common nouns, which name no one: "AI-generated", "GDP". (A role such as "CEO" stays a mention,
#: which "the company's CEO said" needs as its speaker.)
COMMON_ACRONYMS = _words("AI GDP TV DNA RNA COVID IPO GPS PC HIV AIDS UFO NFT EV ID IQ")

ORG_WORDS = _words("""
    Ministry Agency Department Inc Corp Corporation Company Co Ltd LLC Group Council Committee Commission Office
    Party Church University College School Institute Association Foundation Authority Army Navy Force Police Court
    Bank Union Society Organisation Organization Board Service Center Centre Museum Gallery Galleries Program
    Programme Project Times Post Herald Gazette News Press Journal Magazine Weekly Tribune Telegraph Guardian
    Television TV Radio Network Broadcasting Studios Club Federation League Assembly Parliament Congress Senate
    Government Administration Bureau Fund Trust Alliance Coalition Movement Corps Legion Airlines Airways Hospital
    Standards Conference Relations Clinic Laboratory Laboratories Academy Reuters Yonhap Wikinews Google Microsoft
    Facebook Twitter YouTube Apple Amazon Motors Motor Airplanes Systems Industries Holdings Partners
    Technologies Electronics Exchange Stores Airbus Boeing
""")
EVENT_WORDS = _words("Day Festival Olympics Games Cup Championship Championships Expo Summit Marathon Week")
FAC_WORDS = _words("Stadium Arena Hall Airport Bridge Mosque Tower Towers Square Palace Cathedral Temple")

#: Person names that look like places ("Gloria", "Sylvia") and must not be taken for a country.
IA_NAMES = _words("""
    Gloria Claudia Cynthia Lydia Julia Olivia Sophia Maria Patricia Natalia Amelia Alicia Cecilia Letitia Lavinia
    Ophelia Nadia Silvia Sylvia Tania Sonia Valeria Emilia Antonia Cornelia Lucia Mia Eugenia Zenobia Delia Amalia
    Sutherland Strickland Copeland Cleland Rowland Garland Leland
""")

#: Places no gazetteer lists under the name news uses ("U.S.", "Britain") and large cities that are not
#: capitals; countries, capitals, states and provinces come from the gazetteer.
_OTHER_PLACES = frozenset("""
Bosnia|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|Korea|Kosovo|Tibet|Crimea|Trinidad|West Bank|
US|U.S.|USA|U.S.A.|UK|U.K.|America|Europe|Asia|Africa|Kiev|Mecca|
Sydney|Melbourne|Toronto|Montreal|Vancouver|Chicago|Los Angeles|San Francisco|Houston|Boston|Seattle|Dallas|Miami|
Mumbai|Delhi|Istanbul|Geneva|Milan|Munich|Hamburg|Manchester|Dubai|Karachi|Lahore|Johannesburg|Christchurch|Bogota
""".replace("\n", "").split("|"))
GPE = gazetteer.places() | _OTHER_PLACES
#: Peoples no gazetteer lists as a country's demonym, and religious and political groups.
_OTHER_PEOPLES = _words("""
    African Arab Argentine Argentinian Asian Bosnian English European Icelandic Korean Kurd Kurdish Saudi
    Rohingya Latino Hispanic Hellenic Muslim Christian Catholic Protestant Orthodox Jewish Jew Buddhist Hindu Sikh
    Islamic Scientologist Republican Democrat Democratic Conservative Liberal Socialist Communist
""")
NORP = gazetteer.demonyms() | _OTHER_PEOPLES


def head_kind(word: str) -> str | None:
    """What a nominal's head noun refers to: PERSON, ORG, GPE, OTHER (a speaking thing), or None."""
    word = word.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    for kind, nouns in (("PERSON", PERSON_NOUNS), ("ORG", ORG_NOUNS), ("GPE", GPE_NOUNS)):
        if word in nouns or singular in nouns:
            return kind
    return "OTHER" if word in OTHER_NOUNS else None

#: The speech verbs as one regex alternation, longest first.
SPEECH_VERB_ALTERNATION = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
