"""The words of a person's name: which capitalised words may belong to one (`is_name_word`), which open a
sentence as ordinary words (`not_a_name`: `Recientemente`, `Vamos`), which name a thing before its owner
(`possessed`: `el Instagram de Maluma`), which a document writes as a thing's (`titled`: `la miniserie Big Little
Lies`), and the full names of paragraphs with no statement (`register_names`).

>>> from search.speakers.people import People
>>> not_a_name("Recientemente", People()), is_name_word("Tomás"), possessed(["Twitter", "de", "Ana"], "el")
(True, True, True)
"""

import re

from search.speakers import lexicon as lex
from search.speakers.glued_words import addressed_before, adjective_form, before_title
from search.speakers.initials import glued_initials
from search.speakers.names import fold_name
from search.speakers.people import People, looks_like_person
from search.speakers.roles import ROLE_REACH, is_role, role_before
from search.speakers.sentences import DASHES, QUOTES
from search.speakers.stance_verbs import STANCE_VERBS
from search.speakers.verbs import PHRASES
from search.text.analysis import STOPWORDS
from search.text.folding import NAME_PARTICLES as ALL_PARTICLES
from search.text.names import first_given_name, is_given_name
from search.text.vocabulary import is_vocabulary_word
from search.text.words import words_before

# Every particle but the conjunctions `y`, `e` and Catalan `i`, which here join two people (`Maradona y Maluma`,
# `Jordi i Marta`), and `al`, which here is `a` and `el` after a name (`dijo Pepe Magaña al Diario Basta!`).
PARTICLES = ALL_PARTICLES - {"y", "e", "i", "al"}
VERB_WORDS = frozenset(lex.SINGULAR | lex.PLURAL | lex.PARTICIPLES | lex.FRAMED | lex.REFLEXIVE | frozenset(PHRASES)
                       | lex.NEEDS_QUE | lex.GERUNDS | lex.AFTER_QUOTE | lex.NAMING | STANCE_VERBS)
NOT_NAME = lex.FUNCTION_WORDS | lex.MONTHS_DAYS | frozenset(lex.ROLE_CLASSES) | VERB_WORDS | lex.AUXILIARIES
# Up to two particles between the words of a name (`Ana de la Rosa`, `Pieter van der Berg`).
NAME_PARTICLES = r"(?:(?:" + "|".join(sorted(PARTICLES)) + r")\s+){0,2}"
# A capitalised word of any Latin script, whole (`Ferronière`, `Wałęsa`, `Çelik`), not cut at its first letter
# outside Spanish's; then lower-case letters of any script, and the capitals inside a surname written in camel case
# (`McGregor`, `DiCaprio`, `LeBron`), never inside a word in capitals.
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ](?<![a-zß-öø-ÿ])[^\W\d_A-Z'’-]*(?:(?<=[a-zß-öø-ÿ])[A-ZÀ-ÖØ-Þ][^\W\d_A-Z'’-]+)*" \
    r"(?:['’-][^\W\d_]+)*"
# Each word whole: `que Mito Urbano VIVA con más pasión` is no `Mito Urbano V` (a word in capitals is none).
NAME_SEQUENCE = re.compile(rf"\b{NAME_WORD}(?!\w)(?:\s+{NAME_PARTICLES}{NAME_WORD}(?!\w))+")
NOT_NAME_SEQUENCE = lex.ORGANISATION_WORDS | lex.PLACES | lex.MONTHS_DAYS
# Marks that may stand before the first word of a sentence, a line of dialogue or a quotation (`—Vamos`, `¿Quién`,
# `«Aquí`, `dijo: Ahora`): a capitalised word after them may be an ordinary word, not a name.
LEADING_MARKS = QUOTES | DASHES | {"¿", "¡", "(", ":"}
SENTENCE_OPENERS = frozenset(".!?…:;") | LEADING_MARKS
OWNED_AFTER = lex.DETERMINERS | {"del", "al"}
ROLE_SURNAMES = frozenset("rey reina alcalde obispo papa pastor cardenal".split())  # role nouns that are surnames too
HONORIFICS = frozenset("don dona sena senor senora senorita san santa sor fray padre madre tio tia".split())
# Verb forms that open a sentence before its subject (`Dormía Vieyra sobre el establo`, `Recibida Leocadia en casa`,
# `Pasados los Carnavales`): the imperfect in -ía and the participles; and a verb with an enclitic pronoun after its
# stressed syllable (`Válgame`, `Dígale`, `Válganos`; RAE, Ortografía 2010, 3.4.2.3.1: such a form takes its accent).
# The future (`Amanecerá Dios`) too. Old texts write a preterite with its enclitic without the accent (`Acercose
# Benina`, `Allegose Sigüenza`).
VERB_FORM_ENDINGS = ("ía", "ían", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "rá", "rán")
HAS_DIGIT = re.compile(r"[\d_]")
ENCLITIC = re.compile(r"[áéíóú][a-zñ]*(?:me|te|se|le|les|lo|la|los|las|nos)$|[a-zñ]{3}i?o(?:se|le|les|me|nos)$")
# The pronoun of address and its abbreviations (`Sabe Vd`, `Perdone V.`, `Quiere Usted`): the subject of the verb
# before it, never a name.
ADDRESS = frozenset("usted ustedes ud uds vd vds v".split())
# Body words that English writes last in a body's name (`Henry Ford Hospital`, `Fox News`, `Ace Group`).
ENGLISH_HEADS = frozenset("hospital group media news inc corp motors airlines holdings tv comics".split())


def known_tail(tokens: list[str], people: People, start: int, cut: int, end: int) -> bool:
    """Tell whether the name words from cut to end name a known person whom the words from start to cut are no part
    of (`…, Igor Klimenko Grande-Marlaska ha destacado`: a full stop was lost between two names)."""
    if tokens[cut].lower() in PARTICLES or tokens[cut - 1].lower() in PARTICLES:
        return False  # `Eduardo del Castillo` is one name, whoever `Castillo` was before
    if tokens[cut - 1] == "." and cut - 2 > start and len(tokens[cut - 2]) == 1 and tokens[cut - 2].isupper() \
            and is_given_name(tokens[cut - 3]):
        return False  # `Thomas J. Whitmore` after `Tom Whitmore`: a middle initial, after a given name, stands before
        # its own surname (not an honorific's `D.` that opens a run, `Déjola D. Lope`; nor a capital with no full
        # stop: `Planeta A Christiana Figueres`, a title then a name)
    letters = [token for token in tokens[start:cut] if token != "."]
    if letters and all(len(token) == 1 and token.isupper() or glued_initials(token) for token in letters) \
            and (len(letters) > 1 or glued_initials(letters[0])):
        return False  # `S. P. Chaudhary` after `S.P. Chaudhary`: initials alone, the surname's own (a lone `D.` may
        # be an honorific's: `D. Lope`)
    person = people.find(tokens[cut:end])
    if person is None or len(person.tokens) <= end - cut and all(map(is_given_name, tokens[start:cut])):
        return False  # `José Antonio Meade` after a headline's `…: Meade`: the given names of the one known
    return not any(fold_name(word) in person.tokens for word in tokens[start:cut])


def surname_too(tokens: list[str], start: int, index: int, end: int | None = None) -> bool:
    """Tell whether the word at index, which may name a body or a place (`Cruz`, `Plaza`, `Barrio`, `Cadena`), is a
    surname in the run of name words at start: the run opens with a given name or a particle, or a role comes before it
    (`Celia Cruz`, `De la Cruz`, `Óscar de la Cruz`, `la actriz Penélope Cruz`), not with the body's own words
    (`Cruz Roja`, `Plaza de Mayo`); with end, any body's or place's word (name_after_given)."""
    if end is not None and name_after_given(tokens, start, index, end):
        return True
    if tokens[index].lower() not in lex.SURNAMES_TOO:
        return False
    before = [token.lower() for token in tokens[max(0, index - 2):index]]
    return index > start and (is_given_name(tokens[start]) or tokens[start].lower() in PARTICLES
                              or start and is_role(tokens[start - 1].lower())) \
        or before[-1:] in (["de"], ["del"]) or before == ["de", "la"]


def name_after_given(tokens: list[str], start: int, index: int, end: int) -> bool:
    """Tell whether the word at index of the run of name words tokens[start:end] belongs to a person's name though it
    may name a body or a place: the run opens with a given name, holds two words or more and no `de` (`Jaime Barrio`,
    `Luis Cadena`, `Victoria Cámara`, and the given name that is a body's word too, `Blanca Ramos`). Spanish writes
    a body's or a place's name head first (`Casa Blanca`, `Barrio de Salamanca`, `Cadena SER`, `Hospital Ana Ruiz`),
    so a given name opening the run opens a person's. English writes the head last (`Henry Ford Hospital`): such a
    word closing the run still names a body."""
    if end - start < 2 or not is_given_name(tokens[start]) \
            or any(token.lower() in ("de", "del") for token in tokens[start:end]):
        return False
    return not (index == end - 1 and tokens[index].lower() in ENGLISH_HEADS)


def register_names(text: str, people: People, clock: int) -> None:
    """Note the full names of a paragraph that holds no statement, so that later surnames resolve."""
    for match in NAME_SEQUENCE.finditer(text):
        words = match.group().split()
        opening = match.start() == 0 or text[max(0, match.start() - 3):match.start()].rstrip()[-1:] in SENTENCE_OPENERS
        if text[max(0, match.start() - 2):match.start()].rstrip().endswith("¡") and invocation(words, people):
            continue  # `¡Válganos San Amaro!`: an invocation
        if opening and (not_a_name(words[0], people) or before_given(words, people) or headline_verb(words, people)
                        or glued_opener(words, people)):
            words = words[1:]  # `Porque Andrés`, `Tenía la Benina`, `Dormía Vieyra`
            while words and words[0] in PARTICLES:
                words = words[1:]
        before = words_before(text, match.start(), 1)
        if possessed(words, before):
            words = words[2:]  # `en el Instagram de Maluma`: the owner
        elif before in ("de", "del", "en") and len(words) >= 3 and not is_given_name(words[0]) \
                and fold_name(words[0]) not in HONORIFICS:
            # `el capitán de Artillería Lorenzo Mendoza`: a body or a field, then the person (as search.speakers.runs)
            words = words[first_given_name(words, 1, len(words) - 1, 0):]
        if owned_title(words, before) or titled(words, people):
            continue  # `en nuestra Historia de Rosas`, `nuestra obra Historia de Rosas`: a book's title
        first_kept, last_kept = name_without_place(words, people)
        words = words[first_kept:last_kept]
        lowered = {word.lower() for word in words}
        if len(words) < 2 or lowered & NOT_NAME_SEQUENCE or words[0].lower() in NOT_NAME:
            continue
        if looks_like_person(words, people.evidence):
            people.person(words, clock, role_before(text[max(0, match.start() - ROLE_REACH):match.start()]))


SAINTS = frozenset("san santa santo".split())  # `San Juan`, `Santa Fe`: a town named after a saint
POSSESSIVES = frozenset("tu tus mi mis su sus nuestro nuestra nuestros nuestras".split())


def owned_title(words: list[str], before: str) -> bool:
    """Tell whether capitalised words after a possessive in lower case name what one owns, a work (`en nuestra
    Historia de Rosas`): two words or more, no given name first (`su Juan` may be someone)."""
    return before in POSSESSIVES and len(words) >= 2 and not is_given_name(words[0])


def known_alone(people: People, word: str) -> bool:
    """Tell whether the document already knows a person by this one word alone (`Chacho`)."""
    found = people.find([word])
    return found is not None and len(found.tokens) == 1


def written_as_place(people: People, word: str) -> bool:
    """Tell whether the document writes this word as a place: after `en`, `hasta` near here (evidence.is_place), or
    after `en`, `a`, `hasta`, `desde` or `hacia` anywhere (a book names its towns far apart: `en Huaja`)."""
    return people.is_place(word) or re.search(r"(?<!\w)(?:[Ee]n|a|hasta|desde|hacia)\s+" + re.escape(word) + r"(?!\w)",
                                              people.evidence.whole_text()) is not None


def name_without_place(words: list[str], people: People) -> tuple[int, int]:
    """Return (first, end) of the words of a run that name a person without the place joined to it: a person the
    document knows by one word, then `de` and a place it writes after `en` or `hasta` (evidence.is_place: `haber
    salido Chacho de La Rioja`, `salió Chacho de Huaja`: where he came from); or a saint's town, then that person
    (`se movió de San Juan Chacho lo supo`: a clause ends after the town, unmarked). Else (0, len(words)): a name
    the document does not know alone keeps its `de` (`Ana de la Rosa`), as a town its saint (`San Juan Bosco`)."""
    if len(words) >= 3 and words[1].lower() in ("de", "del") and known_alone(people, words[0]):
        place = next((at for at in range(2, len(words)) if words[at][:1].isupper()), None)  # `La Rioja`, not `de la`
        if place is not None and written_as_place(people, " ".join(words[place:])):
            return 0, 1
    if len(words) >= 3 and words[0].lower() in SAINTS and known_alone(people, words[-1]) \
            and written_as_place(people, " ".join(words[:-1])):
        return len(words) - 1, len(words)
    return 0, len(words)


def possessed(words: list[str], before: str) -> bool:
    """Tell whether capitalised words after the word before name a thing then its owner (`el Instagram de Maluma`):
    a determiner, a first word that is no given name or title, then `de` and a name."""
    return before.lower() in OWNED_AFTER and len(words) >= 3 and words[1] in ("de", "del") \
        and not is_given_name(words[0]) and fold_name(words[0]) not in HONORIFICS


def not_a_name(word: str, people: People) -> bool:
    """Tell whether a capitalised word that opens a sentence is an ordinary word there (`Recientemente`, `Vamos`)."""
    lower = word.lower()
    ordinary = lower in lex.NOT_NAME_STARTS or lower in lex.FUNCTION_WORDS or lower in STOPWORDS \
        or lower.endswith(lex.NOT_NAME_ENDINGS) or fold_name(word) in lex.LABEL_NOT_NAMES
    return not is_given_name(word) and (ordinary or people.is_common_word(word)) and people.find([word]) is None


def before_given(words: list[str], people: People) -> bool:
    """Tell whether an opening run's first word is no given name, no title and never a name elsewhere in the
    document, before a given name (`Entregado Andrés`; not `Don Juan`, `San Juan`, `Doña Ana`)."""
    first = words[0]
    return len(words) >= 2 and is_given_name(words[1]) and not is_given_name(first) \
        and fold_name(first) not in HONORIFICS and not people.evidence.is_proper(first) and people.find([first]) is None


def glued_opener(words: list[str], people: People) -> bool:
    """Tell whether the first word of a run that opens a sentence is glued to a name it is no part of (`Dormía
    Vieyra`, `Recibida Leocadia`, `Pasados los Carnavales`, `Válgame Dios`): no given name nor title, no name the
    document knows nor writes capitalised inside a sentence (`Tyson Fury`, `Vieyra`), and a word, by the document or by
    the vocabulary: one the document writes in lower case too (`dormía`), a common word (search.text.vocabulary), a
    verb with an enclitic pronoun (`Válgame`), an imperative of address or an adjective (search.speakers.glued_words:
    `Diga Don Benicio`, `Inseguro Arturito`), or a participle or an imperfect before a name the document writes
    alone more often than with it (`Recibida` once, `Leocadia` many times; not `Maldonado López` where `López`
    stands alone no more often)."""
    first, evidence = words[0], people.evidence
    if len(words) < 2 or is_given_name(first) or fold_name(first) in HONORIFICS or evidence.is_proper(first) \
            or people.find([first]) is not None or first.lower() in NOT_NAME_SEQUENCE or first.isupper():
        return False
    lower = first.lower()
    if is_vocabulary_word(first) or words[1].lower() in ADDRESS or ENCLITIC.search(lower) \
            or written_in_lower_case(evidence.whole_text(), lower):
        return True
    if before_title(words) or adjective_form(first) or addressed_before(evidence.whole_text(), first):
        return True  # `Diga Don Benicio`, `Inseguro Arturito de…`, `Oiga Ramírez` where `Oiga usted` is written
    return lower.endswith(VERB_FORM_ENDINGS) \
        and evidence.times_written(" ".join(words[1:])) > evidence.times_written(" ".join(words))


def written_in_lower_case(text: str, word: str) -> bool:
    """Tell whether text writes a word in lower case, as a whole word (`dormía`): a substring search, which a long
    book answers at once where counting its words would not."""
    needle = " " + word
    at = text.find(needle)
    while at >= 0:
        if not text[at + len(needle):at + len(needle) + 1].isalnum():
            return True
        at = text.find(needle, at + 1)
    return False


def invocation(words: list[str], people: People) -> bool:
    """Tell whether capitalised words that open an exclamation open with no name (`¡Válgame Dios!`, `¡Vivan los
    Reyes!`, `¡Permita Dios que…!`, `¡Válganos San Amaro!`): a verb or an interjection calls on a god, a saint or a
    crowd, and none of them speaks there. A given name, a title or a name the document writes inside a sentence opens
    a call to someone (`¡Ana Gil, venga!`), which is left to the other readings."""
    first = words[0]
    return len(words) >= 2 and not is_given_name(first) and fold_name(first) not in HONORIFICS \
        and not people.evidence.is_proper(first) and people.find([first]) is None


HEADLINES = 2  # paragraphs: the headline and a subheading


def headline_verb(words: list[str], people: People) -> bool:
    """Tell whether the first word of a run that opens a headline is the verb a headline opens with, not a name's
    (`Registra Gil su candidatura`, `Muere Ana Gil`): no given name nor title, the document never writes it
    capitalised inside a sentence nor as a name, writes the run with it nowhere else, and writes the name after it
    again (`Ana Gil acudió…`). A name the headline gives whole comes back whole (`Yan Goland advierte…`, then
    `Yan Goland, director de…`)."""
    first, evidence = words[0], people.evidence
    if len(words) < 2 or evidence.index >= HEADLINES or is_given_name(first) or fold_name(first) in HONORIFICS \
            or evidence.is_proper(first) or people.find([first]) is not None:
        return False
    return evidence.times_written(" ".join(words[:2])) == 1 and evidence.times_written(" ".join(words[1:])) >= 2


def role_surname(tokens: list[str], index: int) -> bool:
    """Tell whether a capitalised role noun is a surname, after a given name (`Tomás Rey`, `Ana Obispo`), not a
    role before one (`el Rey Felipe`)."""
    token = tokens[index]
    return token.lower() in ROLE_SURNAMES and token[1:].islower() and index > 0 and is_given_name(tokens[index - 1])


def titled(words: list[str], people: People) -> bool:
    """Tell whether a run of two words or more, with no given name first, is one the document writes as the name of a
    work or a body (`la miniserie Big Little Lies`, `"Lady Bird"`: search.speakers.evidence), and no person it knows."""
    return len(words) > 1 and not is_given_name(words[0]) and people.evidence.is_title(words) \
        and people.find(words) is None


def is_name_word(token: str) -> bool:
    """Tell whether a token may be part of a name: capitalised, not in capitals, no function word or role, and no
    digit inside (`DtLzk6yPi3`, `Cadem_cl`: the tail of a link or a handle pasted into the text, never a name)."""
    return token[:1].isupper() and token[:1].isalpha() and not (len(token) > 1 and token.isupper()) \
        and token.lower() not in NOT_NAME and not HAS_DIGIT.search(token)
