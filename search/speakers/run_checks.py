"""What a run of capitalised words is not, for runs.py: a firm's name joined by `&`, a title quoted after a
preposition, a body, a medium, an abbreviation in brackets, a place, a word in a list; and whether a reporting verb
follows it.

A mixin of runs._Runs (beside capital_runs.CapitalRuns, which gives tokens, lower and people).
"""

from search.speakers import lexicon as lex
from search.speakers.namewords import VERB_WORDS
from search.speakers.people import looks_like_person
from search.speakers.sentences import CLOSING_QUOTES, OPENING_QUOTES
from search.text.names import is_given_name

TITLE_PREPOSITIONS = frozenset("en de del a al con sobre por".split())  # before a quoted title (`en «…»`)
TITLE_REACH = 6  # tokens from a quoted title's opening mark to a name in it, and from the name to its closing mark


class RunChecks:
    """The checks of one sentence's runs that tell what a run names instead of a person, mixed into runs._Runs."""

    def in_firm_name(self, start: int, end: int) -> bool:
        """Tell whether the run at start..end is joined by `&` to a capitalised word (`Johnson & Johnson`, `Ernst &
        Young`): the names of a firm's founders or partners, which together name the firm. Beside the person
        decision's document-wide reading of `&` (written_names.joined_by_ampersand), which says the name is no
        person's: this one takes the run out of the sentence's names, so a verb after it finds its real subject."""
        tokens = self.tokens
        return start >= 2 and tokens[start - 1] == "&" and tokens[start - 2][:1].isupper() \
            or end + 1 < len(tokens) and tokens[end] == "&" and tokens[end + 1][:1].isupper()

    def quoted_title(self, start: int, end: int) -> bool:
        """Tell whether the run at start..end stands inside a short quotation that opens right after a preposition
        (`dijo en «State of the Union»`, `el homenaje a “Don Tigre”`): the name of a programme, a work or a
        character, not of someone who speaks. `según “Juan”` (a source under a false name) is left out."""
        tokens = self.tokens
        opening = next((i for i in range(start - 1, max(-1, start - TITLE_REACH), -1)
                        if tokens[i] in OPENING_QUOTES or tokens[i] in CLOSING_QUOTES or tokens[i] in ".;:"), None)
        if opening is None or opening < 1 or tokens[opening] not in OPENING_QUOTES \
                or self.lower[opening - 1] not in TITLE_PREPOSITIONS:
            return False
        return any(token in CLOSING_QUOTES for token in tokens[end:end + TITLE_REACH])

    def body_named(self, first: str, words: list[str]) -> bool:
        """Tell whether a run with no given name is one the document writes as a body's (search.speakers.evidence)."""
        evidence = self.people.evidence
        if len(words) == 1:
            return not is_given_name(first) and evidence.is_body(first)
        return evidence.kind.short and not any(map(is_given_name, words)) and evidence.is_body(" ".join(words))

    def medium_before(self, start: int) -> bool:
        """Tell whether an acronym of a body stands before the word at start (`BBC Mundo`, `TV Azteca`); a short one
        the lexicon doesn't know is part of a stage name (`MS Nina`, `DJ Nora`)."""
        before = self.tokens[start - 1]
        return len(before) > 1 and before.isupper() and (len(before) > 2 or before.lower() in lex.ORGANISATION_WORDS)

    def unknown_word(self, word: str) -> bool:
        """Tell whether a lone capitalised word is no name the document knows or writes capitalised elsewhere."""
        people = self.people
        return not is_given_name(word) and people.find([word]) is None and not people.evidence.is_proper(word)

    def abbreviation(self, start: int, end: int) -> bool:
        """Tell whether a lone word in brackets abbreviates the name before it (`El Ministerio de Salud (Minsa)`)."""
        return end - start == 1 and start >= 2 and self.tokens[start - 1] == "(" \
            and self.tokens[end:end + 1] == [")"] and self.tokens[start - 2][:1].isupper()

    def before_verb(self, end: int) -> bool:
        """Tell whether a reporting verb follows the run, maybe after an auxiliary or a clitic (`Gil ha dicho`)."""
        for word in self.lower[end:end + 3]:
            if word in VERB_WORDS:
                return True
            if word not in lex.AUXILIARIES and word not in lex.CLITICS:
                return False
        return False

    def no_person(self, start: int, words: list[str]) -> bool:
        """Tell whether a run names no person: `Seguridad Social`; `en Canarias`; `Ordenada y Regular`."""
        if looks_like_person(words) and (len(words) > 1 or is_given_name(words[0]) or not (
                self.listed(start) or self.people.is_place(words[0]) or self.people.is_common_word(words[0]))):
            return False
        return self.people.find(words) is None  # unless the document knows them

    def listed(self, start: int) -> bool:
        """Tell whether a lone word follows capitalised words in a list (`Migración Segura, Ordenada y Regular`)."""
        return start >= 2 and self.lower[start - 1] in (",", "y", "e") and self.tokens[start - 2][:1].isupper() \
            and self.lower[start - 2] not in lex.ROLE_CLASSES
