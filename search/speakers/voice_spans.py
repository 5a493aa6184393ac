"""Where a line gives its words to a voice: the subject of each verb of saying, the source after an opener.

Spans of tokens (search.speakers.sentences.TOKEN) for search.speakers.voices, which decides their kind: a subject
written before its verb (`Facua denuncia`, `Avianca, la principal aerolínea del país, anunció`), after a verb that
closes a quotation (`«…», publicó el portal X`, `…», llegó a afirmar el Ministerio`), the source after `según` or
`de acuerdo con (datos de)`, what an impersonal `se` reports (`se recoge en la demanda`), and an empty span where a
verb of saying has no subject written. Words inside quotation marks are someone's words, never a voice of the line.

>>> tokens = TOKEN.findall('"Ya está decidido", afirman fuentes del club.')
>>> [(" ".join(tokens[start:end]), closing) for start, end, closing in voice_spans(tokens)]
[('fuentes del club', True)]
"""

from search.speakers import lexicon as lex
from search.speakers.namewords import VERB_WORDS
from search.speakers.quoted_terms import impersonal_at
from search.speakers.sentences import DASHES, QUOTES, TOKEN
from search.speakers.things import QUANTIFIERS

__all__ = ["TOKEN", "voice_spans", "subject_before"]

UNNAMED_HEADS = frozenset({"fuente", "fuentes"})
INDEFINITES = frozenset("un una algún alguna cierto cierta otro otra".split())
PLURAL_DETERMINERS = frozenset("los las unos unas sus estos estas esos esas".split()) | QUANTIFIERS
BOTH = frozenset({"ambos", "ambas"})
NP_DETERMINERS = lex.DETERMINERS | PLURAL_DETERMINERS | INDEFINITES
DETERMINERS = NP_DETERMINERS | {"del", "al"}
# Words a subject written before its verb does not reach over (`…que Avianca anunció`, `…y el club informó`).
BACK_STOPS = lex.GOVERNING - {"de", "del"} | frozenset("que quien quienes y e o u pero ni como cuando donde "
                                                        "mientras aunque porque si".split())
MOST_WORDS = 9
# Adjectives written before a noun (`el propio X`, `el citado informe`), and those that order or date a text or
# qualify a legal instrument (`el último informe`, `la reciente encuesta`, `el anterior estudio`, `el real decreto`):
# the head after them says what kind of voice it is.
ADJECTIVES_BEFORE = frozenset("propio propia propios propias nuevo nueva principal citado citada mismo misma "
                              "dos tres cuatro último última últimos últimas reciente recientes anterior "
                              "anteriores primer primera primeros primeras segundo segunda real reales".split())
# Words that end a noun phrase looked for after a verb or an opener (`dijo el ministro en Madrid`).
PHRASE_STOPS = frozenset("en a al con por para que quien quienes cuando tras durante ante sobre mientras y e o "
                         "pero aunque porque donde como según".split()) | {",", ".", ";", ":", "(", ")"}
OPENERS = (("según",), ("de", "acuerdo", "con"), ("de", "acuerdo", "a"), ("a", "juicio", "de"),
           ("en", "palabras", "de"), ("a", "decir", "de"))
OPENER_STARTS = frozenset(opener[0] for opener in OPENERS)
SOURCE_OF = frozenset("datos información versión palabras declaraciones informes cifras lo dicho expuesto "
                      "compartido publicado".split())  # `de acuerdo con datos de X`: X is the voice
AUXILIARIES = lex.AUXILIARIES | lex.CLITICS | lex.NEGATIONS | frozenset(
    "ya también además incluso hoy ayer así lo".split())
READING_INFINITIVES = frozenset("leer ver escuchar oír observar apreciar consultar".split())


def _quoted(tokens: list[str]) -> list[bool]:
    """Return, for each token, whether it stands inside quotation marks (a straight mark opens and closes)."""
    inside, depth, straight = [], 0, False
    for token in tokens:
        if token in ('"',):
            straight = not straight
            inside.append(True)
            continue
        if token in ("«", "“"):
            depth += 1
        inside.append(depth > 0 or straight or token in QUOTES)
        if token in ("»", "”") and depth:
            depth -= 1
    return inside


def voice_spans(tokens: list[str]) -> list[tuple[int, int, bool]]:
    """Return (start, end, closing) for the voices of a line's tokens (see line_voices and Voice); an empty span at a
    verb of saying whose subject is not written."""
    lower = [token.lower() for token in tokens]
    inside = _quoted(tokens)
    spans, done, seen = [], 0, set()
    for index, word in enumerate(lower):
        if inside[index] or index < done:
            continue
        opener = next((opener for opener in OPENERS if tuple(lower[index:index + len(opener)]) == opener), None) \
            if word in OPENER_STARTS else None
        if opener is not None and not (index and lower[index - 1] == "de" and opener[0] == "según"):
            start = index + len(opener)
            if opener == ("según",) and start < len(lower) and lower[start] in VERB_WORDS:
                start = _past_dative(tokens, lower, start + 1)  # `según dijo a la agencia X un miembro del gobierno`
            while start < len(lower) and (lower[start] in SOURCE_OF or lower[start] in ("de", "del", "por", "lo")
                                          and start + 1 < len(lower) and lower[start + 1] not in PHRASE_STOPS):
                start += 1  # `de acuerdo con datos de X`, `según lo dicho por X`
            span = _phrase_after(tokens, lower, start)
            if span:
                credits = _after_quotation(lower, inside, index)  # `«…», según X`: whose the quoted words are
                spans.append((*span, credits))
                seen.add((*span, credits))
            done = span[1] if span else start  # not `dicho` in `según lo dicho por X`
            continue
        if word == "se" and _impersonal(lower, index) and not (index and subject_before(tokens, lower, index,
                                                                                         inside)):
            # `según se recoge en la demanda`, `en su web se puede leer`, `que se afirma en el informe`: the document
            # or the source named after `en`, else an unnamed one; not `Ruiz se quejó`, `la firma se comprometió`
            at = index + 1 + impersonal_at(lower, index)
            span = _phrase_after(tokens, lower, at + 1) if lower[at:at + 1] == ["en"] else None
            spans.append((*span, False) if span else (index, at, False))
            seen.add(spans[-1])
            done = at
            continue
        infinitive = word in lex.INFINITIVES and index > 1 and lower[index - 1] == "a"  # `llegó a afirmar X`
        if word not in VERB_WORDS and not infinitive or index and lower[index - 1] in NP_DETERMINERS \
                or word in ("dice", "dicen") and index and lower[index - 1] == "se":
            continue  # `un comunicado`, `la denuncia`: a noun; `se dice`: no one's
        if index > 1 and lower[index - 1] in ("que", "quien") and lower[index - 2] == "," and spans:
            continue  # `…, según X, que habló bajo anonimato`: the relative's subject is the voice before it
        span = subject_before(tokens, lower, index, inside) if index and not infinitive else None
        closing = span is None and _after_quotation(lower, inside, index - 2 if infinitive else index)
        if closing:
            after = index + 1
            while after < len(lower) and lower[after] in lex.RIGHT_SKIP:
                after += 1
            if lower[after:after + 1] in (["este"], ["esta"], ["el"]) and lower[after + 1:after + 2] \
                    and lower[after + 1] in lex.MONTHS_DAYS:
                after += 2  # `…», explicó este lunes el club`
            span = _phrase_after(tokens, lower, after)
        if span is None and not closing:
            span = (index, index)  # `Insistió en que…`: no subject written
        if span and (*span, closing) not in seen:  # a set: a list of thousands of verbs was quadratic
            seen.add((*span, closing))
            spans.append((*span, closing))
        if lower[index + 1:index + 2] == ["que"]:
            break  # `Detalló que, históricamente, México ha contado…`: what follows is what was said
    return spans


def _impersonal(lower: list[str], index: int) -> bool:
    """Tell whether an impersonal `se` at index reports what a text or an unnamed source says (`según se recoge`,
    `se lee en su web`, `en el informe se afirma que`, `se puede leer que`): search.speakers.quoted_terms's verbs,
    a modal only with a verb of reading, and only after `según`/`como` or before `en`, `que` or a colon (not `se
    puede hacer más`, `A lo anterior se agrega el…`)."""
    said = impersonal_at(lower, index)
    after = lower[index + 1 + said:index + 2 + said]
    return bool(said) and (said == 1 or lower[index + 2] in READING_INFINITIVES) and (
        after in (["en"], ["que"], [":"]) or index > 0 and lower[index - 1] in ("según", "como"))


def _past_dative(tokens: list[str], lower: list[str], at: int) -> int:
    """Return where the subject of a verb after `según` starts, past adverbs and a dative (`según dijo ayer a la
    agencia X un miembro del gobierno`, `según explicó al diario Y una fuente`): the next determiner or `fuentes`
    after the dative's own words, in lower case (`al diario El Norte una portavoz`: `El` is the name's); at: the word
    after the verb."""
    while at < len(lower) and lower[at] in lex.RIGHT_SKIP:
        at += 1
    if lower[at:at + 1] not in (["a"], ["al"]):
        return at
    at += 2 if lower[at] == "a" and lower[at + 1:at + 2] and lower[at + 1] in NP_DETERMINERS else 1
    for end in range(at, min(len(lower), at + MOST_WORDS)):
        if lower[end] in PHRASE_STOPS or lower[end] in QUOTES:
            return end  # `según dijo a la prensa, …`: no subject written after it
        if (lower[end] in NP_DETERMINERS or lower[end] in UNNAMED_HEADS) and tokens[end].islower():
            return end
    return at


def _after_quotation(lower: list[str], inside: list[bool], verb: int) -> bool:
    """Tell whether the verb at verb closes a quotation (`«…», dijo`, `"…" —afirmó`, `…», llegó a afirmar`): a mark
    or a dash before it, maybe with a comma, or a lead verb before `a` and an infinitive."""
    before = verb - 1
    if before >= 0 and lower[before] not in (",", *QUOTES, *DASHES) and not inside[before] and before >= 1 \
            and lower[before - 1] in (",", *QUOTES):
        before -= 1  # `…», llegó a afirmar`: the lead verb
    if before >= 1 and lower[before] == ",":
        before -= 1
    return before >= 0 and (inside[before] or lower[before] in QUOTES or lower[before] in DASHES)


def _phrase_after(tokens: list[str], lower: list[str], start: int) -> tuple[int, int] | None:
    """Return the noun phrase that starts at start (`el portal Deadline`, `fuentes de la universidad`), if any."""
    if start >= len(lower) or not (lower[start] in NP_DETERMINERS or tokens[start][:1].isupper()
                                   or lower[start] in UNNAMED_HEADS or lower[start] in BOTH):
        return None
    end = start + 1
    while end < len(lower) and lower[end] not in PHRASE_STOPS and lower[end] not in QUOTES and end - start < 8 \
            and not (lower[end] in VERB_WORDS and lower[end - 1] not in NP_DETERMINERS):
        end += 1
    return start, end


def subject_before(tokens: list[str], lower: list[str], verb: int, inside: list[bool]) -> tuple[int, int] | None:
    """Return the subject written right before a verb of saying (`Facua denuncia`, `El video asegura`, `Avianca, la
    principal aerolínea del país, anunció`), if one stands there, not governed by a preposition."""
    end = verb
    while end > 0 and lower[end - 1] in AUXILIARIES:
        end -= 1
    if end and lower[end - 1] == ",":  # an apposition set off by commas
        commas = [at for at in range(end - 1) if lower[at] == ","]
        if not commas or commas[-1] < 1:
            return None
        comma = commas[-1]
        if tokens[comma + 1][:1].isupper() and not inside[comma + 1]:
            return comma + 1, end - 1  # `el presidente del grupo, Jorge Bellver, ha recordado`: the name in it
        if not tokens[comma - 1][:1].isupper():
            return None
        end = comma  # `Avianca, la principal aerolínea del país, anunció`, `Gil, según se supo, dijo`: the name before
    if not end or inside[end - 1] or not lower[end - 1].isalpha() or lower[end - 1] in BACK_STOPS:
        return None
    start = end - 1
    while start > 0 and end - start < MOST_WORDS:
        before = lower[start - 1]
        if inside[start - 1] or not before.isalpha() or before in BACK_STOPS \
                or before in VERB_WORDS and not (start > 1 and lower[start - 2] in NP_DETERMINERS):
            break  # a verb, but not a noun that is a participle too (`El comunicado del Ministerio asegura`)
        start -= 1
        if before in NP_DETERMINERS and not (start and lower[start - 1] in ("de", "del")):
            break  # the phrase's own determiner (`Un jugador del equipo`), not a complement's (`del equipo`)
    if start and lower[start - 1] == "desde" and lower[verb] in lex.PLURAL and not any(inside[start:end]):
        return start - 1, end  # `desde la firma precisan`, `Desde Carabineros informaron`: the body is the voice, the
        # preposition kept, which tells voices.DocumentVoices.kind so (a person is never spoken of from)
    if start and lower[start - 1] in lex.GOVERNING or lower[start] in ("del", "al"):
        return None  # `a la ministra le parece`, `de la empresa afirmó`: no subject here
    if start and (lower[start - 1] in ("y", "e", "o", "u") or lower[start - 1] == "," and start > 1
                  and tokens[start - 2][:1].isupper() and tokens[start][:1].isupper()):
        # `la ministra de Inclusión, Seguridad Social y Migraciones ha dicho`: a list's last member; but a phrase
        # opened by a determiner after a comma starts anew (`Como publicó La Jornada, el informe refiere…`)
        return None
    if not (lower[start] in DETERMINERS or tokens[start][:1].isupper()):
        return None
    if start == end - 1 and lower[start] in DETERMINERS:
        return None
    if tokens[start][:1].isupper() and start == 0 and end - start == 1 and lower[start] in VERB_WORDS:
        return None
    return start, end
