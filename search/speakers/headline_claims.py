"""A headline that sums up what its lead reports someone said, with a verb of a claim that is not one of saying:
`Ruiz vincula el cierre a la sequía`, `Gil llama a los militantes a cerrar filas`, `Investigador de la ONU atribuye
el brote a una granja`, `Vidal intensifica sus críticas al Gobierno`.

News writes the headline's verb in the present, its subject the person the lead credits with the statement the
headline sums up. The headline is that person's when:

- its subject opens it (or what follows a kicker and a colon: `Cierre del parque: Ruiz vincula…`): a name (the
  person the lead credits with a statement) or a role noun whose complement names no one (`Investigador de la
  ONU`): the first person the lead credits;
- the verb right after the subject is one of claim (CLAIM_VERBS: linking, blaming, calling on, defining), or a verb
  of intensity before a noun of statements (`intensifica sus amenazas`, `redobla sus críticas`); `llama` only as a
  call on someone to do something (`llama a X a …`), not a phone call (`llama a su madre`);
- the lead (the paragraph after the headline, or the one after a subheading) credits that person.

Visits, openings and meetings (`Gil visita el puerto`, `inaugura`, `se reúne con`) are no claims: they keep nobody.

>>> claim_at("ruiz vincula el cierre a la sequía".split(), 1), claim_at("ruiz visita el puerto".split(), 1)
(True, False)
"""

from search.speakers.mentions import TOKEN, Sentence
from search.speakers.people import People
from search.speakers.runs import is_role
from search.text.word_sets import word_set

# Verbs of a claim, third person present, singular and plural (general Spanish vocabulary): what a headline writes
# for a statement it sums up, which the body reports with a verb of saying.
CLAIM_VERBS = word_set("vincula vinculan atribuye atribuyen relaciona relacionan culpa culpan responsabiliza "
                       "responsabilizan define definen tilda tildan califica califican achaca achacan "
                       "arremete arremeten carga cargan apuesta apuestan urge urgen insta instan")
CALLS = word_set("llama llaman convoca convocan")  # on someone to do something: `llama a X a …`
INTENSIFIERS = word_set("intensifica intensifican redobla redoblan endurece endurecen eleva elevan recrudece")
STATEMENT_NOUNS = word_set("amenazas críticas ataques advertencias llamados llamamientos reclamos acusaciones "
                           "exigencias quejas denuncias reproches")
POSSESSIVES = word_set("sus su")
LEAD_REACH = 2  # paragraphs after the headline that may be its lead (a subheading may come between)
CALL_REACH = 8  # tokens from `llama a` to the `a` of what it calls on someone to do


def claim_at(lower: list[str], index: int) -> bool:
    """Tell whether the verb at index states a claim (lower: the headline's lower-case tokens)."""
    word = lower[index]
    if word in CLAIM_VERBS:
        return True
    if word in CALLS:  # `llama a los militantes a cerrar filas`: a call on them; `llama a su madre` is no claim
        after = lower[index + 1:index + 1 + CALL_REACH]
        return after[:1] in (["a"], ["al"]) and ("a" in after[2:] or "al" in after[2:])
    if word in INTENSIFIERS:  # `intensifica sus amenazas`
        rest = lower[index + 1:index + 3]
        return len(rest) == 2 and rest[0] in POSSESSIVES and rest[1] in STATEMENT_NOUNS
    return False


def claimed_headline(paragraphs: list[str], results: list[list], people: People) -> list[list]:
    """Give a headline with no speaker that sums up a claim (claim_at) to the person its lead credits and its
    subject names; results are the speakers found per paragraph."""
    if len(paragraphs) < 2 or results[0] or paragraphs[0].rstrip().endswith("."):
        return results
    tokens = TOKEN.findall(paragraphs[0])
    if ":" in tokens:  # `De traición y guerra: Ruiz intensifica sus amenazas`: a kicker before the colon
        tokens = tokens[len(tokens) - tokens[::-1].index(":"):]
    lower = [token.lower() for token in tokens]
    if not lower:
        return results
    verb = next((index for index in range(1, len(lower)) if claim_at(lower, index)), None)
    if verb is None or not tokens[0][:1].isupper():
        return results
    lead = [person for found in results[1:1 + LEAD_REACH] for person in found if person.display]
    if not lead:
        return results
    sentence = Sentence(tokens[:verb], people, 0, lower[:verb])
    first = sentence.mentions[0] if sentence.mentions else None
    if first is not None and first.start == 0 and not first.governed:  # `Ruiz vincula…`: if the lead credits them
        person = sentence.mention_person(first)
        person = person if person in lead else None
    elif is_role(lower[0]) and all(mention.governed for mention in sentence.mentions):
        # `Investigador de la ONU vincula…`, `Alcaldesa de Soria vincula…`: the lead's first speaker
        person = lead[0]
    else:
        person = None
    return [[person]] + results[1:] if person is not None else results
