"""Who speaks in each paragraph: transcript turns, reported speech, and one name per person.

The package sits at the bottom of the pipeline, above text analysis: it imports only `search.text`
(and no Whoosh, SQLite, click or flask). Code outside it imports only the names
in `__all__` below, never a submodule.

- labels, chamber_labels, turns: transcript labels (`NAME, ROLE:`; a chamber's record's `El señor presidente:`,
  `-EL C. PRESIDENTE SENADOR X:`, `Portavoz.-`), and turns that run until the next label;
- turn_shapes, record_notes: label shapes the document's other labels settle (`SIMÓN.-` against a dateline,
  `Senador X:` in pairs, `1. ANA RUIZ:`), and a record's notes that no one says (`(Aplausos)`, a dashed note);
- author_lines: a book's first line naming its author and title (`Emilia Pardo Bazán: Cuentos de amor`), no one's
  words;
- genre: a document's kind, decided once (news, a story, a book or a transcript), which rules of news read;
- sentences, mentions, noun_phrases, roles, role_parse, people, genders: sentences, the names in them with the roles
  written before them (parsed into a kind, a country and qualifiers), the person a noun phrase names, a document's
  people, and their gender (the article they were introduced with, else the given name);
- namewords, glued_words, capital_runs, runs, run_checks: which capitalised words may belong to a person's name (not
  an imperative of address or an adjective glued to it: `Diga Don Benicio`), their runs (particles, initials and
  numbers inside), the runs that name people, and what a run names instead (a firm, a quoted title, a body);
- things: capitalised words that name a work, a prize, a firm, a sum or a group, never a person;
- personhood: whether a name is a person's, decided once per document from all it says of the name (given name,
  role, the lexicon of bodies and places, acronyms, the article, office, body noun, lower case or `en` it is written
  with), which no name decided no person's passes anywhere in a news item (voices, headlines ask it);
- lone_names: the cues for and against a lone name being a person's (`Ngozi, una usuaria`, `quien`, `su madre`, a
  quotation in the first person; `datos de X`, `X S.A.`, `X.com`), which personhood reads last;
- body_runs: capitalised runs of a news item that name no person, by their own words (a place's head word, a
  saint's name, a brand's inner capital, someone's relative) or by how the document writes them (a run followed by
  its acronym, the tail of a longer body's name, the body a person speaks for), which personhood asks;
- acronyms: the person an acronym stands for where the document ties it to them (the initials of their name, or of
  the surnames it gives with a role: `el presidente López Obrador`, then `dijo AMLO`), and a body's acronym (`la OMS`);
- hints, attributor, reported, reporting, no_statement, framed, periphrases, subjects, subject_after, subject_slots,
  clause_bounds, inverted, coordination, authored, appositions, governed, subjunctive, medium: a cheap first look,
  then a paragraph's statements and a document's pass over them, whether a verb reports where it stands (an infinitive
  of saying through the verb that leads it: `volvió a insistir`, `acabó por reconocer`; not an impersonal `se alega
  que`, nor `escribió 45 novelas`), and the subject of each verb (where its clause starts; what stands in its place;
  before it, after it (a verb that closes a quotation or opens the sentence), or shared with the clauses before; the
  author of a work that speaks for them, `la carta de X`, `un comunicado firmado por X`; the name before an
  apposition, `X, "El Tigre", aseguró`; a name that is a preposition's complement through a noun, `con su colega X`;
  the imperfect subjunctive read as a past, `después de que X anunciara`; a medium put to saying, `usó sus redes para
  denunciar`);
- clauses: whom a sentence is about (the subject of its main clause), whose words a quotation after a colon are,
  and opinions told without a verb of saying (`su convicción es que`, `es escéptico con respecto a`);
- discourse, plural_topic, quote_marks, quotes, relays, quoted_terms, quote_sources: who is salient as a document is
  read (and the people named together as a sentence's subject, whom a plural verb with no subject refers to next); a
  paragraph's quotation marks; quotations over several paragraphs, each with one speaker decided where it closes;
  messages relayed for their author; quoted words that are nobody's (terms, titles, what a body asks for); a person
  the sentence names as a quotation's source, before its colon or after its closing mark (then not the salient one's);
- joint_subjects: statements by several people at once (a coordination before a verb shared with a clause before
  it, after a verb that closes a quotation, `X, junto a Y, afirmaron`), and a plural spoken from a body (`En el Banco
  Central indicaron`, `«…», agregaron en la entidad`), its unnamed people's, which the people before do not carry onto;
- headlines, headline_claims, interviews, tweets, first_person: headline labels and credits (a headline that sums up
  a claim its lead credits, `X vincula…`); interviews, labelled or not; embedded
  tweets and posts, given to their author by the credit line under them; unquoted paragraphs in the first person,
  the voice of the speaker before them;
- headline_subjects: a headline whose subject is a person, then a predicate, a colon and a quotation, which is
  theirs (`Gurruchaga está cabreado: “…”`);
- quote_colon: a headline or a teaser that names its speaker after its quotation and a colon (`“…”: el actor
  mexicano X habla…`);
- teasers: a link teaser (`Lea también:` and another article's headline) glued into a news item, whose people
  speak on its line but are not followed after it;
- voice_spans, voices, written_names: the voices of a line (the subject of a verb of saying, before it or after a
  quotation it closes, `según X`, what an impersonal `se` reports) and whose each is (a person, or a body, a
  document, a collective, an unnamed source), from its words and the document's evidence (how its whole text writes
  a lone name: after an office, a given name, an article); a line voiced by no person credits no one and breaks
  the thread;
- stance_nouns, stance_verbs: a stance written as a noun (`La reacción de X ha sido…`, or through the noun's own
  complement: `la negativa de X a reconocer…`), and the verbs of stance
  that state a position in their frames, in news (`teme que`, `respalda la medida`, `invita a votar`);
- speech_owners: a noun of speech a person owns before a colon's quotation, whose words it gives them (`la máxima
  de X: «…»`, `Su discurso sonó como un aviso: «…»`);
- partitives: the one among those who said, a name whose noun phrase's relative clause or infinitive says something
  (`X es una de las expertas que han pedido…`, `X fue la primera en denunciar…`, `X, la médica que advirtió…`);
- panels, groups: the guests a news item lists one to a line after a colon, and the people it introduces under one
  plural noun (`los periodistas X y Y`), whose shared view a definite plural gives (`las participantes defendieron
  que…`, `Los periodistas publicaron que…`);
- qualified: a role noun with a qualifier (`el médico de La Paz`, `la periodista chilena`) names the one person the
  text introduced with that noun and qualifier, none if two fit;
- signatures, signed: who signs a text (a signature at its end: `Firmado: X`, a name with an office, a name after a
  closing formula; a frame or byline at its top: `Carta de la ministra X a…`, `Por X, ministro de…`), and a signed
  text in the first person (a letter, an op-ed, a message), whose statement lines are its signer's;
- repeats: a paragraph printed twice (the lead repeated at the end) keeps the speaker of its first print;
- connectives, focus_pronouns, descriptions: connectives that turn to another speaker; a pronoun as the subject of
  a verb of saying (`Ella menciona que…`); descriptions that stand for a person (`el irlandés`, `el célebre
  cineasta`, a nickname the article introduced);
- epithet_subjects: a bare description as the subject of a verb of saying in news (`«…», expresó el orientador`,
  `El estratega, en declaraciones recientes, manifestó…`), which names the person followed or the main actor;
- focus, focus_lines: the person in focus in a news item (the last credited or mentioned as what the text is
  about), whom a line that needs a speaker and has none takes (a quotation opening it, a description of a person, an
  interview answer, a verb of saying with no subject); what a line needs, and whether its quotation stays open;
- name_forms, hypernyms: another slice of a name met before (`García Cepeda`); nouns for a person that cover others
  (`la artista` for a singer);
- name_before: a name just before a cue (`…, conocido como`), found from the cue, so that a long run of capitalised
  words costs linear time;
- names: display names (folding keys, given names and one name per person across an archive are in
  search.text.folding and search.text.names, which readers use too);
- verbs, positional: the verbs of saying, and the places that make any verb one (`«…», rectificó X`);
- mechanisms: which mechanism credited each (line, person) (a verb and its subject, `según X`, a quotation carried
  over lines, the person in focus…), a trace kept only when asked for (`attributions`), never in the index;
- lexicon, opinions, places: the word lists, as data (opinions: the openers and stances that attribute without a
  verb; places: countries, demonyms and places).

>>> paragraph_speakers(["PREGUNTA: ¿Cuándo?", "JOSÉ LUIS ALOMIA ZEGARRA: Mañana.", "Sigue el informe."])
[['Pregunta'], ['José Luis Alomia Zegarra'], ['José Luis Alomia Zegarra']]
>>> paragraph_speakers(["Por su parte, Sergey Lavrov evaluó la reunión.", "Lavrov dijo que sí."])
[['Sergey Lavrov'], ['Sergey Lavrov']]
"""

from search.speakers import mechanisms
from search.speakers.author_lines import author_line
from search.speakers.genre import Kind, document_kind
from search.speakers.names import canonical_names, linked_aliases, proper_case, speaker_key
from search.speakers.reported import reported_speakers
from search.speakers.turns import (
    GENERIC_SPEAKERS,
    join_label_line,
    label_line,
    normalize_markdown_label,
    turn_label,
    turn_speakers,
)
from search.text.names import is_person, person_keys

__all__ = [
    "GENERIC_SPEAKERS", "attributions", "is_person", "join_label_line", "label_line", "normalize_markdown_label",
    "paragraph_speakers", "person_keys", "speaker_key", "turn_label", "turn_lines",
]


def turn_lines(paragraphs: list[str]) -> list[bool]:
    """Tell, for each paragraph of one document, whether it is a transcript's turn, as paragraph_speakers reads it
    (its label, or the turn before it going on). turn_label reads one paragraph alone: a news headline `Ana Gil,
    ministra de Salud: «…»` has a label's shape, but a document with no other label is no transcript, and its
    headline no one's turn (trial35, finding 3).

    >>> turn_lines(["Ana Gil, ministra de Salud: «Habrá vacunas»", "La ministra habló en Madrid."])
    [False, False]
    >>> turn_lines(["ANA GIL, MINISTRA DE SALUD: Buenas tardes.", "PREGUNTA: ¿Y las vacunas?", "ANA GIL: Mañana."])
    [True, True, True]
    """
    return [turn is not None for turn in turn_speakers(paragraphs)]


def paragraph_speakers(paragraphs: list[str], kind: Kind | None = None) -> list[list[str]]:
    """Return the canonical names of the people speaking in each paragraph of one document; kind: the document's
    (news, a story, a book: search.speakers.genre), decided here once if not given, from the paragraphs outside a
    transcript's turns (whose speakers say `yo` as a story's narrator does)."""
    if author_line(paragraphs):  # a book's `Autor: Título`: no one's words, and no headline to follow
        found = [[], *paragraph_speakers(["", *paragraphs[1:]], kind)[1:]]
        why = mechanisms.taken()
        if why is not None:
            mechanisms.keep([{}, *why[1:]])
        return found
    turns = turn_speakers(paragraphs)
    outside = [paragraph if turn is None else "" for paragraph, turn in zip(paragraphs, turns)]
    kind = kind or document_kind(outside)
    asked = [turn == "Pregunta" for turn in turns]  # an interview's `P:` may name its interviewer
    reported = reported_speakers(outside, asked, kind) if any(outside) else [[] for _ in paragraphs]
    why = None  # each line's {person: mechanism}, while the trace is on (reported_speakers recorded it)
    if mechanisms.on():
        why = (mechanisms.taken() if any(outside) else None) or [{} for _ in paragraphs]
    named_why: list[dict[str, str]] = []  # each line's {name: mechanism} while the trace is on
    raw: list[list[str]] = []
    # `Saúl Álvarez, conocido como Canelo` then `Canelo aseguró…`: the name the text gives first (not for labels;
    # in news, not in books)
    aliases = linked_aliases(outside) if any(reported) and kind.news else {}
    for line, (turn, people) in enumerate(zip(turns, reported)):
        if turn is not None and not (people and turn == "Pregunta"):
            raw.append([turn])
            named_why.append({turn: "transcript-label"})
        else:
            names = [proper_case(person.display) for person in people]
            raw.append([aliases.get(speaker_key(name), name) for name in names] if aliases else names)
            if why is not None:
                named_why.append({name: why[line].get(person, "?") for name, person in zip(raw[-1], people)})
    people_names = [name for names in raw for name in names if name not in GENERIC_SPEAKERS]
    canonical = canonical_names(people_names)
    result = []
    for names in raw:
        merged: list[str] = []
        for name in names:
            name = canonical.get(name, name)
            if name not in merged:
                merged.append(name)
        result.append(merged)
    if why is not None:
        mechanisms.keep([{canonical.get(name, name): mechanism for name, mechanism in line.items()}
                         for line in named_why])
    return result


def attributions(paragraphs: list[str], kind: Kind | None = None) -> list[dict[str, str]]:
    """Return, for each paragraph of one document, {speaker: the mechanism that credited them}
    (search.speakers.mechanisms names them): the speakers paragraph_speakers finds, with why.

    >>> attributions(["Por su parte, Sergey Lavrov evaluó la reunión.", "Lavrov dijo que sí."])
    [{'Sergey Lavrov': 'verb:named-before'}, {'Sergey Lavrov': 'verb:named-before'}]
    """
    with mechanisms.tracing() as trace:
        paragraph_speakers(paragraphs, kind)
    return trace[-1]
