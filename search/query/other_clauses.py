"""The clauses that are not plain words, for the query builder: phrases, `doc:`, `*:*` and dates.

A mixin of builder.Builder (which holds the searcher, the store, the Built query being made and
the analyzers); apart because each of these clauses has its own query form and its own messages.
"""

from dataclasses import replace

from whoosh.query import Every, Or, Term

from search.query.dates import clause_query, newest_years
from search.query.documents import document_query
from search.query.expanding import AS_WRITTEN
from search.query.phrases import PhraseQuery, phrase_spellings, plan_phrase, plan_written
from search.query.speakers import speaker_query
from search.text.words import written_form, written_forms


class OtherClauses:
    """Build the queries of phrases, document names, match-all and dates (see builder.Builder)."""

    year_of = None  # the parsed query's (parser.parse), for `fecha:enero`; else the index's newest years

    def phrase(self, phrase, negated, joins=True, as_written=False):
        """Return the query of a quoted phrase in the text or titles, `orador:\"…\"` or `doc:\"…\"`.

        `joins`: its words may also be a joined word (phrases.phrase_spellings); an unquoted
        compound's parts are searched without, its joined word beside them (builder.word).
        `as_written`: its words as typed (a phrase in quotes, or `=word`), not their stems:
        `"vacunó"` finds «vacunó» and «vacuno», not «vacunas» (phrases.plan_written), in an
        index with the exact field.
        """
        if phrase.field == "speaker":
            return speaker_query(self.searcher, phrase.text, exact=True, groups=self._speaker_groups(),
                                 notes=self.built.messages)
        if phrase.field == "doc":
            return self.documents(phrase.text)
        fieldname = "title" if phrase.field == "title" else "text"
        if as_written and "exact" in self.schema:
            return self.written_phrase(phrase, fieldname, negated)
        spellings, more = phrase_spellings(phrase.text, lambda form: self.doc_frequency(fieldname, form),
                                           joins, self.evidence())
        plans = [plan_phrase(self.schema, name, phrase.text, forms, phrase.slop)
                 for name in (self.title_fields() if fieldname == "title" else (fieldname,))
                 for forms in spellings]
        if not plans or not plans[0].forms:
            return None
        if more:
            self.built.messages.append(
                f"La frase «{phrase.text}» se puede escribir con tildes de muchas maneras; se "
                f"buscaron las {len(plans)} primeras. Escriba las tildes para buscarla tal cual.")
        if fieldname == "text" and not negated:
            self.remember_exact(phrase.text)
            self.built.typed_words.extend(phrase.text.split())
            if phrase.slop:  # its words may stand apart: highlighted one by one
                self.remember(fieldname, {term for plan in plans for term in plan.content}, negated)
            else:  # highlighted as a whole, not word by word
                self.built.phrases.extend(plan.forms for plan in plans)
        elif fieldname == "title":  # marked in titles word by word
            self.remember(fieldname, {term for plan in plans for term in plan.content}, negated)
        queries = [Term(plan.fieldname, plan.single_term) if plan.single_term  # "salud" is salud
                   else PhraseQuery(plan, phrase.text, self.store) for plan in plans]
        return queries[0] if len(queries) == 1 else Or(queries)

    def written_phrase(self, phrase, fieldname, negated):
        """Return the query of a phrase searched as written (see phrase): in the text, on the
        exact field (phrases.plan_written); in titles, which have none, on the candidates of
        its stems' spellings, checked against the titles with written forms."""
        forms = tuple(written_forms(phrase.text))
        if not forms:
            return None
        if fieldname == "text":  # its compounds' every spelling, as written (phrases.phrase_spellings)
            spellings, more = phrase_spellings(phrase.text, lambda form: self.doc_frequency("exact", form),
                                               True, self.evidence(), written_form)
            plans = [plan_written(self.schema, "text", way, phrase.slop,
                                  lambda stem: self.doc_frequency("text", stem)) for way in spellings]
            if more:
                self.built.messages.append(f"La frase «{phrase.text}» se puede escribir de muchas maneras; se "
                                           f"buscaron las {len(plans)} primeras.")
        else:
            spellings, _ = phrase_spellings(phrase.text, lambda form: self.doc_frequency("title", form), False)
            plans = list({replace(plan_phrase(self.schema, name, phrase.text, stemmed, phrase.slop), forms=forms,
                                  exact=False, bits=0, written=True): None
                          for name in self.title_fields() for stemmed in spellings})
        if fieldname == "text" and not negated:
            self.remember_exact(phrase.text)
            self.built.typed_words.extend(phrase.text.split())
            # marked as written: whole, or word by word when its words may stand apart
            apart = phrase.slop and len(forms) > 1
            marked = [(AS_WRITTEN + form,) for plan in plans for form in plan.content] if apart \
                else [tuple(AS_WRITTEN + form for form in plan.forms) for plan in plans]
            self.built.phrases.extend(marked)
        elif fieldname == "title" and not negated:  # marked in titles word by word
            self.remember(fieldname, {term for plan in plans for term in plan.content}, negated)
        queries = [Term(plan.scored_field, plan.single_term) if plan.single_term
                   else PhraseQuery(plan, phrase.text, self.store) for plan in plans]
        return queries[0] if len(queries) == 1 else Or(queries)

    def documents(self, text, prefix=False, pattern=False):
        """Return the query of `doc:` (a name, its start, or a pattern), saying once what it did."""
        query, message = document_query(self.searcher, text, prefix, pattern, self.store)
        if message and message not in self.built.messages:
            self.built.messages.append(message)
        return query

    def everything(self, clause):
        """Return Every() for `*:*`, remembering how it was typed for what is said of it."""
        self.match_all = clause.typed
        return Every()

    def dates(self, clause):
        """Return the query of `fecha:`, `desde:` or `hasta:` (dates.py)."""
        return clause_query(clause, self.built.messages, self.year_of or newest_years(self.searcher))
