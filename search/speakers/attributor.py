"""The statements of one paragraph, sentence by sentence: whom each verb of saying, opener (`según X`), passive
agent, stance or dative view credits, read in order with the document's discourse (search.speakers.discourse).
search.speakers.reported runs it over a document.

>>> attributor = Attributor(["La ministra Ana Gil dijo que no habrá recortes."])
>>> [person.display for person in attributor.paragraph("La ministra Ana Gil dijo que no habrá recortes.")[0]]
['Ana Gil']
"""

from functools import partial

from search.speakers import lexicon as lex
from search.speakers import mechanisms
from search.speakers.clauses import (
    clause_subject,
    colon_quote,
    dative_holder,
    opening_name,
    opening_person,
    opinion,
    stance,
    stance_locution,
)
from search.speakers.discourse import Discourse
from search.speakers.genders import name_gender
from search.speakers.genre import Kind
from search.speakers.headlines import (
    label_person,
    may_label,
    recased,
)
from search.speakers.hints import COLON_QUOTE, MARKS, ROLE_HINTS, no_hint, reduced_passive
from search.speakers.joint_subjects import plural_verb
from search.speakers.mentions import TOKEN, VERBS, Sentence, register_names, sentence_spans
from search.speakers.no_statement import tells_being
from search.speakers.openers import (
    GERUND_LEADS,
    OPENERS,
    PARA_LED,
    any_bare_gerund,
    gerund_subject,
    opener_people,
    para_opening,
    para_pronoun,
)
from search.speakers.partitives import partitive_statement
from search.speakers.people import NOBODY, Person
from search.speakers.periphrases import any_gerund_lead, gerund_lead, plural_lead, said_through
from search.speakers.plural_topic import opening_together, together
from search.speakers.positional import any_positional, may_be_placed, positional_verb
from search.speakers.quotes import MARK, quoted, stray_closer
from search.speakers.relays import author_of_work, may_relay, relayed
from search.speakers.reporting import (
    CLOSING_MARKS,
    before_verb,
    credited_at_end,
    embedded,
    inciso,
    led_infinitive,
    neither_subject,
    reports,
    told_within,
)
from search.speakers.speech_owners import topic_open, with_owner
from search.speakers.stance_nouns import STANCE_NOUNS, stance_noun_owner
from search.speakers.subjects import subject
from search.speakers.subjunctive import may_tell_past, past_subjunctive

POSSESSIVES = frozenset({"su", "sus"})
PLURAL_AUXILIARIES = frozenset("han habían habrían hayan hubieran".split())
POSSESSIVE_STARTS = frozenset(opener[0] for opener in lex.POSSESSIVE_OPENERS)
ENDS = frozenset(".;")
SPEAKER_AUXILIARIES = frozenset("he hemos has habéis habíamos".split())


class Attributor:
    """Read a document's paragraphs in order and name who speaks in each."""

    def __init__(self, paragraphs: list[str] = (), kind: Kind | None = None) -> None:
        self.discourse = Discourse(paragraphs, kind)
        self.people = self.discourse.people
        self.relayed: Person | None = None  # whose message the paragraph just read relays (see relays.py)
        # a message relayed with no verb of saying is looked for in news only (a book's paragraphs are many)
        self.relays_unsaid = self.discourse.kind.news
        self.why: dict[Person, str] | None = {} if mechanisms.on() else None  # the last paragraph's mechanisms

    def paragraph(self, text: str, expected: str | None = None) -> tuple[list[Person], list[Person]]:
        """Return the speakers of one paragraph in order of appearance: those who speak in it, and those who speak
        inside a quotation of someone else's (`«…, decía el presidente Juárez: …»`). expected is the closing mark
        of a quotation still open when the paragraph starts."""
        discourse = self.discourse
        discourse.next_paragraph()
        self.relayed = None
        if self.why is not None:
            self.why = {}
        found: list[tuple[int, int, Person, bool]] = []
        text = recased(text, self.people)
        if ":" in text:  # `Gil: «No habrá recortes»`, `Aumento a gasolina no tiene que ver con reforma: Meade`
            heading = partial(may_label, text, discourse.index, discourse.paragraphs, discourse.kind)
            person = label_person(text, self.people, discourse.clock + 1, heading)
            if person is not None:
                found.append((discourse.clock + 1, -1, person, False))
                if self.why is not None:
                    self.why[person] = "label"
        lower_text = text.lower()
        words = MARKS.sub(" ", lower_text).split()  # a cheap first look; most paragraphs stop here
        if may_tell_past(lower_text, words):  # `después de que X anunciara que…`: a past statement
            text = past_subjunctive(text)
            lower_text = text.lower()
            words = MARKS.sub(" ", lower_text).split()
        placed = self.discourse.kind.news and may_be_placed(lower_text)  # `«…», rectificó X` (positional.py)
        led = self.discourse.kind.news and said_through(words)  # `volvió a insistir en que…` (periphrases.py),
        led = led or self.discourse.kind.news and (any(  # `compartió la foto diciendo: «…»` (openers.py)
            word in lower_text for word in GERUND_LEADS) or any_gerund_lead(words))  # `«…», comenzó diciendo X`
        news = self.discourse.kind.news
        if no_hint(words, text, lower_text, news) and ROLE_HINTS.isdisjoint(words) and "Para " not in text \
                and not found and not (news and PARA_LED.search(lower_text)) \
                and not COLON_QUOTE.search(text) and not (self.relays_unsaid and may_relay(words)) and not placed \
                and not led:
            discourse.clock += 1 + text.count(". ")
            register_names(text, self.people, discourse.clock)  # cheap: no statement and no role here
            opening = opening_name(text, self.people)
            if opening:  # `Durante el acto, Morant ha visitado…`: what the next `ha insistido` refers to
                discourse.about(partial(opening_person, self.people, *opening, discourse.clock))
            if " y " in text or " e " in text:  # `Ana Gil y Luis Mora firmaron…`: whom a plural refers to next
                discourse.about_together(partial(opening_together, self.people, text, discourse.clock))
            return [], []
        tokens = TOKEN.findall(text)
        lowered = TOKEN.findall(lower_text)
        if len(lowered) != len(tokens):  # a letter whose lower case is two characters (`İ`)
            lowered = [token.lower() for token in tokens]
        marked = expected is not None or MARK.search(text) is not None
        inside = None
        for start, end in sentence_spans(tokens):
            discourse.clock += 1
            lower = lowered[start:end]
            quiet = no_hint(lower, news=self.discourse.kind.news) and not (placed and any_positional(lower)) \
                and not (led and (said_through(lower) or any_bare_gerund(lower) or any_gerund_lead(lower)))
            if quiet and ROLE_HINTS.isdisjoint(lower) and not para_opening(lower, self.discourse.kind.news) \
                    and not colon_quote(lower):
                register_names(" ".join(tokens[start:end]), self.people, discourse.clock)
                if "y" in lower or "e" in lower:  # `Ana Gil y Luis Mora firmaron…`: whom a plural refers to next
                    discourse.about_together(partial(opening_together, self.people, " ".join(tokens[start:end]),
                                                     discourse.clock))
                if self.relays_unsaid and may_relay(lower):  # `Su abogado leyó una carta de Ana Gil.`, then `«…»`
                    self.relayed = relayed(Sentence(tokens[start:end], self.people, discourse.clock, lower)) \
                        or self.relayed
                continue
            sentence = Sentence(tokens[start:end], self.people, discourse.clock, lower)
            attributed = [] if quiet and not para_opening(lower, self.discourse.kind.news) else self._sentence(sentence)
            # `la máxima de X: «…»`, `Su discurso sonó como un aviso: «…»` (speech_owners.py)
            attributed, owned, subject_owned = with_owner(sentence, attributed, discourse.owner, news)
            if topic_open(attributed, owned, subject_owned) and colon_quote(lower):
                # `La alcaldesa prefiere no responder: «…»`, `Pero Ruiz no está de acuerdo: «…»`
                topic = clause_subject(sentence, discourse.salient) or self._agent(sentence)
                if topic is None and lower[0] in POSSESSIVES:  # `Su última entrevista la concedió en 1968: «…»`
                    topic = discourse.owner()
                colon = lower.index(":")
                attributed += [(colon, topic, colon)] if topic is not None else []
            if attributed and marked and inside is None:
                # only now: most paragraphs with marks state nothing; a lost opening mark (`¡Sí!", exclamó.`) is
                # a quotation open from the start
                inside = quoted(tokens, expected if expected is not None else stray_closer(text))
            # a credit set off by dashes inside the quotation (`"No habrá recortes -afirmó Gil-, y…`) is the
            # quotation's own, not someone quoted in it
            # a statement the quoted speaker recounts (`Gil nos había dicho que…`, `lo que había declarado Gil`) is
            # no voice of the line: the person is one the speaker mentions
            statements = [(discourse.clock, position, person, bool(inside and inside[start + key])
                           and not inciso(tokens, start + key)) for position, person, key in attributed
                          if not (inside and inside[start + key] and told_within(lower, key))]
            found += statements
            if self.why is not None:
                for position, person, key in attributed:
                    how = mechanisms.statement(lower, position, person, key)
                    if key == owned:
                        how = "speech-owner"  # search.speakers.speech_owners
                    elif how == "verb:subjectless" and id(person) in discourse.taken_together:
                        how = "verb:plural-topic"  # search.speakers.plural_topic
                    elif how.startswith(("verb:", "passive")) and partitive_statement(sentence, key):
                        how = "partitive"  # search.speakers.partitives
                    self.why.setdefault(person, how)
            if may_relay(lower):  # `difundió el sentir del cantante: «…»`, `leyó una carta de Gil.` (no verb of saying)
                self.relayed = relayed(sentence) or self.relayed
            outer = [person for _, _, person, inner in statements if not inner]
            if outer:
                discourse.spoke(outer)
                if all(person is NOBODY for person in outer):
                    discourse.authored(author_of_work(sentence))
            elif not attributed:
                discourse.about(partial(clause_subject, sentence))
                if "y" in lower or "e" in lower:
                    discourse.about_together(partial(together, sentence))
        result: list[Person] = []
        inner_result: list[Person] = []
        for _, _, person, inner in sorted(found, key=lambda item: item[:2]):
            chosen = inner_result if inner else result
            if person not in chosen and (person is not NOBODY or not inner):
                chosen.append(person)  # NOBODY stays among those who speak: a body spoke, so no one else did
        if found and found[0][1] == -1:
            discourse.spoke(result[:1])
        return result, [person for person in inner_result if person not in result and person is not NOBODY]

    @staticmethod
    def _agent(s: Sentence) -> Person | None:
        """Return the agent of a passive before a colon (`fue esbozado por el presidente electo: «…»`)."""
        colon = s.lower.index(":")
        for index in range(colon - 1, 0, -1):
            if s.lower[index] == "por":
                return s.noun_phrase(index + 1)
        return None

    def _sentence(self, s: Sentence) -> list[tuple[int, Person, int]]:
        """Return (position, person, verb or opener index) for each statement of a sentence."""
        found, subjects = [], []
        for index, word in enumerate(s.lower):
            if word in OPENERS:  # `según X`, `de acuerdo con la versión de X`, `según han declarado X y Y`
                found += [(index, person, index) for person in opener_people(s, index)]
                pronoun = para_pronoun(s.lower, index, self.discourse.kind.news)
                if pronoun is not None:  # `Para ella, …`: the view of whom the text is about, if the gender fits
                    found += [(index, person, index) for person in self.discourse.salient()
                              if name_gender(person) in (None, pronoun)]
            if word in POSSESSIVE_STARTS and tuple(s.lower[index:index + 3]) in lex.POSSESSIVE_OPENERS:
                # `en sus palabras`: the salient speaker's, or this sentence's (`X apuntó que, a su juicio, …`)
                # `X ha mantenido contactos y su convicción es que…`: the sentence's subject, if it has one
                owners = [person for _, person in subjects[-1]] if subjects and subjects[-1] \
                    else [clause_subject(s)] if opinion(s.lower, index) and clause_subject(s) \
                    else self.discourse.salient()
                found += [(index, person, index) for person in owners]
            if (word in lex.PASSIVES or word in lex.NEWS_PASSIVES and self.discourse.kind.news) \
                    and s.lower[index + 1:index + 2] == ["por"] and index \
                    and (s.lower[index - 1] in lex.PASSIVE_AUXILIARIES  # `fue anunciada por Maduro`
                         or self.discourse.kind.news and reduced_passive(s.lower, index)):
                # `un escándalo denunciado por la senadora X`: a participle after its noun, the passive's
                # auxiliary left out (a reduced relative), names its speaker too; in news only, where a
                # named agent is the source (a novel's `la carta escrita por su padre` is no line of his)
                agent = s.noun_phrase(index + 2)
                if agent is not None and (agent is not NOBODY or s.lower[index - 1] in lex.PASSIVE_AUXILIARIES):
                    found.append((index + 2, agent, index))
                    subjects.append([(index + 2, agent)])
                continue
            if word in VERBS and reports(s, index) \
                    or word not in VERBS and self.discourse.kind.news and positional_verb(s.lower, index, s.tokens) \
                    or word in lex.ROLE_PARTICIPLES and s.lower[index - 1] in lex.AUXILIARIES \
                    or word in lex.JOINING and lex.joins_chorus(s.lower, index):  # `se sumó a las críticas`
                verb = index
            elif word in lex.INFINITIVES or word in lex.ATTACHED \
                    or word in lex.PHRASE_INFINITIVES and lex.phrase_infinitive(s.lower, index) \
                    or word in lex.MEDIUM_INFINITIVES and lex.medium_put_to_saying(s.lower, index):
                verb = led_infinitive(s.lower, index, periphrases=self.discourse.kind.news)
                if verb is not None and tells_being("", word, s.lower[index + 1:index + 2]):
                    verb = None  # `busca confirmarse como la figura`: what one is, not says (no_statement.py)
            elif word in lex.STANCES:
                verb = stance(s.lower, index, self.discourse.kind.news)  # `Ruiz es escéptico con respecto a…`
            elif word in lex.STANCE_LOCUTIONS and self.discourse.kind.news:
                verb = stance_locution(s.lower, index)  # `Ruiz no está de acuerdo con…`, `está en contra de…`
            elif word in STANCE_NOUNS and self.discourse.kind.news:  # `La reacción de X ha sido cuestionar…`
                owner = stance_noun_owner(s, index)
                if owner is not None:
                    found.append((index, owner, index))
                    subjects.append([(index, owner)])
                continue
            elif word in lex.DATIVE_VIEWS and self.discourse.kind.news:  # `A la ministra le parece que…`: the
                # dative holds the view (a novel's `A Fermín le pareció que la sombra…` is what he perceived)
                holder = dative_holder(s, index)
                if holder is not None:
                    found.append((index, holder, index))
                    subjects.append([(index, holder)])
                continue
            else:
                continue
            if verb is None:
                continue
            # `comenzó diciendo que…`, `«…», cerró señalando X`: the lead's subject says it (periphrases.py)
            lead = gerund_lead(s.lower, verb) if word in lex.GERUNDS else None
            left = before_verb(s.lower, verb if lead is None else lead, clitics=True)
            framed = [i for i in range(left, max(-1, left - 3), -1) if s.lower[i] in lex.FRAMED_OBJECTS]
            if s.lower[verb] in lex.FRAMED and framed and s.lower[framed[0] + 1:verb].count("lo"):
                left = framed[0] - 2  # `El anuncio lo ha realizado…`: the object comes first, the subject is unsaid
            stanced = word in lex.STANCES or word in lex.STANCE_LOCUTIONS  # `no está satisfecho`, `no está de acuerdo`
            negatable = s.lower[verb] in lex.NEGATABLE or stanced and self.discourse.kind.news
            if left >= 0 and s.lower[left] in lex.NEGATIONS and not negatable \
                    or neither_subject(s.lower, left) and not negatable:
                continue  # `no dijo que…`, `Ni X ni Y quisieron comentar` report nothing; `no descartó que…` does
            if left >= 1 and s.lower[left] in lex.NEGATIONS and s.lower[left - 1] == "," and self.discourse.kind.news:
                left -= 1  # `X, director de…, no está satisfecho`: the negation is the verb's, the apposition closes
                # (news: a novel's `…, tampoco lo negaba el mismo X` is narration)
            if left >= 2 and s.lower[left - 1:left + 1] == ["lo", "que"] and s.lower[left - 2] in ("según", "con"):
                continue  # `según lo que ha declarado X`: the opener's own verb, its subject found there
            if not SPEAKER_AUXILIARIES.isdisjoint(s.lower[left + 1:verb]):
                continue  # `«Hemos hablado de…»`: the speakers themselves, not someone they report
            plural = plural_verb(s.lower[verb]) or not PLURAL_AUXILIARIES.isdisjoint(s.lower[left + 1:verb]) \
                or stanced and s.lower[verb] in lex.PLURAL_COPULAS \
                or lead is not None and plural_lead(s.lower[lead])  # `X y Y son escépticos con…`, `comenzaron diciendo`
            if word in lex.GERUNDS and lead is None:
                people = gerund_subject(s, verb, subjects, self.discourse.salient)
            else:
                people = subject(s, verb, left, plural, subjects, self.discourse.salient)
                if not people and not plural and left >= 1 and s.lower[left] == "," \
                        and s.lower[left - 1] in CLOSING_MARKS and verb + 1 < len(s.lower) \
                        and s.lower[verb + 1] in ENDS:  # `…ramas", dice.` (a plural, `concluyeron.`, is not one)
                    people = [(verb, person) for person in self.discourse.earlier_topic()]
                if left >= 0 and s.lower[left] == "según":  # `según expresó (X)`: only a subject after the verb,
                    # or the name set off just before (`Assange, según comunicó al diario Y, habría rechazado…`)
                    # or the subject of the main clause (`el tapatío resistió…, según reconoció tras la carrera`)
                    apposed = {m.start for m in s.mentions if m.end == left - 1 and s.lower[left - 1] == ","}
                    people = [(at, person) for at, person in people if at >= verb or at in apposed]
                    main = clause_subject(s) if not people and not subjects else None
                    people = people or ([(verb, main)] if main is not None and main.display else [])
            subjects.append(people)
            found += [(position, person, verb) for position, person in people]
        found = credited_at_end(s.lower, found)  # `…, destacó.`, `…, sostiene el periodista X`
        return [statement for statement in found if not embedded(s.lower, statement, found)]
