"""Fields in the query language: `field:value` and what may stand for one (parser.py's Parser).

    titulo:cumbre   orador:"Sergey Lavrov"   fecha:[2020-01 TO 2020-06]   doc:2020-06*
    orador:(Alomía OR Cortés)   a field before a group applies to each part
    SALUD: Muy                  an unknown field is searched as a word, and said
    *:salud   tit*:salud   *:*  Lucene's fields by pattern: a word's own fields, and match-all

Mixed into Parser, which gives peek, take, operator, parse_atom, modified, field, items,
position, messages and unknown_fields.
"""

import re

from search.query.clauses import ONE_LETTER, STAR, WILDCARDS, Everything, Not, Phrase, quoted, word_clause
from search.query.dates import RANGE_PARTS, RANGE_TO, date_clause
from search.text.date_patterns import MONTHS
from search.text.date_values import date_range
from search.text.patterns import LazyPattern

FIELDS = {
    "titulo": "title", "título": "title", "title": "title",
    "texto": "text", "text": "text",
    "orador": "speaker", "oradora": "speaker", "speaker": "speaker",
    "fecha": "date", "date": "date",
    "doc": "doc",
}
FIELD = LazyPattern(r"^([^\W\d_]+):(.*)$", re.S)
SIGNS = "-!+"  # Lucene's signs, typed by mistake after a field's colon: `orador:-López`
DATE_WORDS = 4  # words after `fecha:` that may be the rest of its date (`5 de marzo de 2020`)
PERIOD_WORDS = ("trimestre", "semestre", "cuatrimestre", "bimestre", "mes", "año")  # a date's, after fecha:
ANY_FIELD = LazyPattern(r"^((?:[^\W\d_]|[*?])*[*?](?:[^\W\d_]|[*?])*):(.*)$", re.S)  # `*:`, `tit*:`


class Fields:
    """The field clauses of a Parser."""

    def phrase_value(self, target, value):
        """Return the clause of a quoted value in a field, or None (said) when it is empty."""
        if not value.strip():
            self.messages.append("Unas comillas sin nada dentro se ignoraron.")
            return None
        if target != "date" and (STAR.search(value) or ONE_LETTER.search(value)):
            self.messages.append(f"«\"{quoted(value)}\"»: entre comillas «*» y «?» no son comodines (una "
                                 "frase busca sus palabras tal cual); sin comillas sí lo son.")
        return self.field_value(target, value, phrase=True)

    def field_clause(self, value):
        """Return the clause of a word, maybe `field:value` (with its value typed after it)."""
        if ANY_FIELD.match(value):
            return self.any_field(*ANY_FIELD.match(value).groups())
        match = FIELD.match(value)
        if not match:
            if value.startswith(":") and value.strip(":"):  # `:salud`: a colon with no field
                self.messages.append(f"«:» sin campo delante se ignoró; se buscó «{quoted(value.lstrip(':'))}».")
                value = value.lstrip(":")
            return self.field_value(self.field, value)
        name, rest = match.group(1).lower(), match.group(2)
        target = FIELDS.get(name)
        if target is None:
            self.messages.append(
                f"El campo «{match.group(1)}» no existe (campos: titulo, texto, orador, fecha,"
                " doc); se buscó como texto.")
            self.unknown_fields.append(match.group(1))
            if rest:  # its value is the next word of the query, on its own (a pasted `SALUD: Muy`)
                self.items.insert(self.position, ("word", rest))
            return self.field_value(self.field, match.group(1))
        signs, rest = split_signs(rest)
        if not rest:
            kind, following = self.peek()
            if kind == "minus":  # `orador:-"María López"`, `orador:-(a O b)`
                self.take()
                signs += following
                kind, following = self.peek()
            if kind == "open":  # `orador:(Alomía OR Cortés)`: the field of each part, as in Lucene
                outer, self.field = self.field, target
                inner = self.parse_atom()
                self.field = outer
                return self.signed(match.group(1), signs, inner, "(…)")
            if kind == "phrase":
                self.take()
                clause = self.modified(self.phrase_value(target, following), "phrase")
                return self.signed(match.group(1), signs, clause, f'"{following}"')
            if kind == "word" and not self.operator():
                self.take()
                more, rest = split_signs(following)
                signs += more
            if not rest:
                self.messages.append(f"«{match.group(1)}:» sin valor se ignoró.")
                return None
        return self.signed(match.group(1), signs, self.field_value(target, rest), rest)

    def signed(self, typed, signs, clause, value):
        """Return clause under the signs typed after its field (`orador:-López`), and say so.

        Lucene and Elasticsearch read `-`, `!` and `+` only before a clause, field included
        (`-orador:López`); after the colon their query_string fails to parse. What people
        mean by `orador:-López` is plain (López not speaking), so it is searched so and said;
        `\\-` keeps a `-` in a value. Two negations cancel, as they do before a word.
        `value` is the value as typed, for the message.
        """
        if not signs or clause is None:
            return clause
        negations = sum(sign != "+" for sign in signs)
        typed, value = quoted(typed), quoted(value)
        said = f"«{typed}:{quoted(signs)}{value}» se buscó como «{'-' if negations % 2 else ''}{typed}:{value}»"
        if negations % 2:
            self.messages.append(f"{said}: el signo que excluye va delante del campo (un «-» dentro del valor "
                                 "se escribe «\\-»).")
            return Not(clause)
        self.messages.append(f"{said}: " + ("dos negaciones se anulan, y " if negations else "")
                             + "los signos van delante del campo.")
        return clause

    def any_field(self, typed, rest):
        """Return the clause of `*:value` or `tit*:value`: Lucene's fields by pattern.

        A word with no field already searches the text and the titles, which is what people
        who type `*:salud` (as in Elasticsearch's query_string) want; `*:*` is its match-all.
        """
        ignored = (f"«{quoted(typed)}:» se ignoró (un campo no lleva comodines; una palabra sin campo ya "
                   "busca en el texto y el título); se buscó")
        if not rest:
            kind, following = self.peek()
            if kind == "phrase":  # `*:"salud pública"`
                self.take()
                self.messages.append(f"{ignored} «\"{quoted(following)}\"».")
                return self.modified(self.phrase_value(self.field, following), "phrase")
            if kind == "word" and not self.operator():  # `*: salud`
                self.take()
                rest = following
        if rest and not rest.strip(WILDCARDS):
            return Everything(f"{typed}:{rest}")  # said by the builder, which sees what goes with it
        if not rest:
            self.messages.append(f"«{quoted(typed)}:» sin valor se ignoró.")
            return None
        self.messages.append(f"{ignored} «{quoted(rest)}».")
        return self.field_value(self.field, rest)

    def join_range(self, start):
        """Return a range typed over several words (`[2020-01 TO 2020-06]`), its words taken."""
        parts = [start]
        while (self.peek()[0] == "word" and len(parts) < RANGE_PARTS
               and not parts[-1].endswith(("]", "}"))):
            if len(parts) >= 2 and parts[-2].lower() in RANGE_TO and self.peek()[1] not in ("]", "}"):
                break  # its high end is read: what follows an unclosed range is searched
            parts.append(self.take()[1])
        return " ".join(parts)

    def join_date(self, value):
        """Return (a date typed over several words, its words taken; the words that follow
        a value that is no date, as typed, searched as words): `fecha:marzo de 2020`,
        `fecha:primer trimestre 2020` are one date each, as `fecha:"marzo de 2020"` is."""
        if value[:1] in "<>" or ".." in value or date_range(value):
            return value, ""
        words, start = [], self.position
        for kind, text in self.items[start:start + DATE_WORDS]:
            self.position = start + len(words)
            if kind != "word" or self.operator() or ":" in text:
                break
            words.append(text)
        self.position = start
        for count in range(len(words), 0, -1):
            joined = " ".join([value, *words[:count]])
            if date_range(joined):
                self.position += count
                return joined, ""
        dated = [at for at, word in enumerate(words) if any(letter.isdigit() for letter in word)
                 or word.lower() in MONTHS or word.lower() in PERIOD_WORDS]
        return value, " ".join(words[:dated[-1] + 1]) if dated else ""  # `fecha:verano vacuna`: no date after

    def field_value(self, target, value, phrase=False):
        """Return the clause of a value in a field (None: every field)."""
        if target == "date":
            after = ""
            if not phrase and value.startswith(("[", "{")) and not value.endswith(("]", "}")):
                value = self.join_range(value)
            elif not phrase:
                value, after = self.join_date(value)
            clause = date_clause(value)
            clause.after = after
            return clause
        if phrase:
            return Phrase(value, target)
        return word_clause(value, target, self.messages)


def split_signs(value):
    """Return (the signs that open value, the rest): `"-!López"` is `("-!", "López")`."""
    rest = value.lstrip(SIGNS)
    return value[:len(value) - len(rest)], rest
