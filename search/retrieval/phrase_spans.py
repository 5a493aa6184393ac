"""Where a query's phrases are in a text, and which spans are marked: the outermost.

A phrase is marked whole where its forms follow one another, stop words included, or
along the text's graph of compounds (`"vacuna anticovid"` marks «vacuna anti-COVID»); a
word inside a marked phrase, or a part inside a marked compound, is not marked again.
The words' spans are spans.py's.
"""

from search.retrieval.spans import match_spans
from search.text.compound_runs import may_join
from search.text.phrase_graph import FormGraph
from search.text.words import TOKEN, may_hold_compound, phrase_form, written_form

AS_WRITTEN = "="  # a `phrase` of this prefix and written forms marks its words as written


def phrase_spans(text, phrases):
    """Return (start, end, phrase) for each place a phrase occurs in text, stop words included.

    `phrases` are tuples of phrase forms (words.phrase_forms), as a phrase query
    checks them: `"política exterior"` marks `política exterior`, not the `política` of
    `política interior`. A phrase whose forms are AS_WRITTEN and a written form
    (words.written_form) is those words as written: the words a wildcard matched, `sal?d`
    marking `salud` and not `sal`; a phrase in quotes, `"vacunó"` marking «vacunó» and
    not «vacunas». A phrase that holds a compound's joined form is also
    looked for along the text's graph of compounds: `"vacuna anticovid"` marks «vacuna
    anti-COVID» (phrase_graph.FormGraph), as written too.
    """
    words = [(match.start(), match.end(), phrase_form(match.group())) for match in TOKEN.finditer(text)]
    stemmed = [form for _, _, form in words]
    written = None  # the words' written forms, for the phrases searched as written (AS_WRITTEN)
    graph = None  # the text's graph of compounds, when a phrase may run along it
    written_graph = None  # the same of written forms, for a phrase as written
    found = []
    for phrase in filter(None, phrases):
        forms = stemmed
        if phrase[0].startswith(AS_WRITTEN):
            if written is None:
                written = [AS_WRITTEN + written_form(text[start:end]) for start, end, _ in words]
            forms = written
        size, wanted = len(phrase), list(phrase)
        for at in range(len(forms) - size + 1):
            if forms[at] == wanted[0] and forms[at:at + size] == wanted:
                found.append((words[at][0], words[at + size - 1][1], " ".join(phrase)))
        plain = wanted if forms is stemmed else [form[len(AS_WRITTEN):] for form in wanted]
        if may_hold_compound(text) and may_join(text, plain):
            if forms is stemmed:
                graph = graph or FormGraph(text)
                on = graph
            else:
                written_graph = written_graph or FormGraph(text, written_form)
                on = written_graph
            if on.joined_forms() & set(plain):
                places = {(words[first][0], words[last][1], " ".join(phrase)) for first, last in on.places(plain)}
                found += sorted(places - set(found))
    return found


def marked_spans(text, terms, phrases=()):
    """Return the spans to mark: words whose form is in terms, and whole phrases.

    A word inside a marked phrase is not marked again.
    """
    return with_phrases(text, match_spans(text, terms), phrases)


def with_phrases(text, words, phrases):
    """Return the spans of words (match_spans) with those of phrases, as marked_spans: the
    outermost, as a word inside a phrase or a part inside a compound is not marked again."""
    return _outermost(phrase_spans(text, phrases) + words) if phrases else _outermost(words)


def _outermost(spans):
    """Return spans sorted, less those inside another (by start, the longer first; of two
    alike, the one listed first: a phrase before a word)."""
    if all(before[1] <= after[0] for before, after in zip(spans, spans[1:])):
        # in order and apart (most texts' words: nothing inside another), so kept as they are;
        # sorting them by a key was a third of a page's snippets
        return list(spans)
    kept, reach = [], -1
    for span in sorted(spans, key=lambda span: (span[0], -span[1])):
        if span[1] > reach:
            kept.append(span)
            reach = span[1]
    return kept
