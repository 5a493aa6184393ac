"""Prefix search: which way from a typed prefix to the index finds the words it begins.

    python -m bench.prefixes CORPUS_PATH... [--work DIR] [--prefixes vacuna,epidemi,...]

Three ways, each within the same budget (the 64 most frequent terms, 20,000 postings):

- stems: the index terms (stems) that begin with the prefix: Hemeroteca before issue 11;
- vocabulary: the written words of the record store's vocabulary that begin with the
  prefix, through the analyzer to their stems, plus the stems above (what ships);
- words field: a second field of folded, unstemmed words, searched by prefix.

For each it prints recall and precision against the truth (the paragraphs holding a word
that begins with the prefix, accents folded), the median CPU time to expand the prefix
and count its matches, and, for the words field, the index size and build CPU it adds.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from whoosh.analysis import CharsetFilter, LowercaseFilter
from whoosh.fields import TEXT
from whoosh.query import Or, Term

from search import build_index, open_index
from search.query import builder as query_builder
from search.query.builder import PREFIX_POSTINGS, PREFIX_TERMS
from search.query.parser import parse
from search.retrieval.searching import vocabulary_of
from search.storage import adding
from search.storage.generations import STORE_FILE, live_generation
from search.storage.schema import paragraph_schema
from search.text.analysis import NormalizingTokenizer
from search.text.folding import ACCENT_FOLDING, fold
from search.text.words import TOKEN

PREFIXES = ("vacuna,vacunaci,epidemi,cooperación,contagi,hospital,president,gobern,econom,"
            "mascarill,salud,escuel,muert,pandemi,síntom,respirat,oxígen,ventilad,medic,"
            "enfermer,camin,miedo,coraz,caball,noch").split(",")
REPEATS = 5


def words_schema():
    """Return the paragraph schema with a field of folded, unstemmed words beside the text."""
    schema = paragraph_schema()
    schema.add("words", TEXT(analyzer=NormalizingTokenizer() | LowercaseFilter()
                             | CharsetFilter(ACCENT_FOLDING), phrase=False))
    return schema


def build(paths, index_dir, with_words):
    """Build an index (with the words field if asked); return (Whoosh bytes, build CPU s)."""
    shipped = adding.whoosh_fields
    if with_words:
        adding.whoosh_fields = lambda record, docno: {**shipped(record, docno), "words": record.text}
    started = time.process_time()
    try:
        build_index(paths, index_dir, schema=words_schema() if with_words else None, procs=1)
    finally:
        adding.whoosh_fields = shipped
    seconds = time.process_time() - started
    generation = live_generation(index_dir)
    size = sum(p.stat().st_size for p in generation.iterdir()
               if p.is_file() and not p.name.startswith(STORE_FILE))
    return size, seconds


def truth(index, prefixes):
    """Return {prefix: set of (docno, paragraph)} holding a word that begins with it."""
    wanted = {prefix: fold(prefix.lower()) for prefix in prefixes}
    found = {prefix: set() for prefix in prefixes}
    rows = index.store._query("SELECT docno FROM docs WHERE state = 1")
    for (docno,) in rows:
        for record in index.store.document_records(index.store._document_row(docno)[0]):
            words = {fold(w.lower()) for w in TOKEN.findall(record.text)}
            for prefix, key in wanted.items():
                if any(word.startswith(key) for word in words):
                    found[prefix].add((docno, record.paragraph))
    return found


def within_budget(reader, fieldname, terms):
    """Return the most frequent terms within the builder's budget."""
    frequency = {term: reader.doc_frequency(fieldname, term) for term in terms}
    kept, postings = [], 0
    for term in sorted(terms, key=lambda t: (-frequency[t], t)):
        if len(kept) == PREFIX_TERMS or kept and postings + frequency[term] > PREFIX_POSTINGS:
            break
        kept.append(term)
        postings += frequency[term]
    return kept


def matches(index, way, prefix):
    """Return the set of (docno, paragraph) a way of prefix search finds."""
    searcher = index.searcher()
    reader = searcher.reader()
    key = fold(prefix.lower())
    if way == "words field":
        terms = within_budget(reader, "words", [t.decode() if isinstance(t, bytes) else t
                                                for t in reader.expand_prefix("words", key)])
        query = Or([Term("words", t) for t in terms])
    else:
        vocabulary = (lambda: vocabulary_of(index)) if way == "vocabulary" else None
        built = query_builder.build_query(parse(f"texto:{prefix}*"), searcher, index.store,
                                          vocabulary=vocabulary)
        query = built.query
    if query is None:
        return set()
    docnos, paragraphs = reader.column_reader("docno"), reader.column_reader("paragraph")
    return {(docnos[n], paragraphs[n]) for n in query.matcher(searcher).all_ids()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--work", default=None)
    parser.add_argument("--prefixes", default=",".join(PREFIXES))
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="hemeroteca-prefixes-"))
    prefixes = [p for p in args.prefixes.split(",") if p]
    plain_size, plain_build = build(args.corpus, work / "plain", with_words=False)
    words_size, words_build = build(args.corpus, work / "words", with_words=True)
    print(f"index (Whoosh files): {plain_size / 2**20:.1f} MB, build {plain_build:.1f} CPU s; "
          f"with the words field: {words_size / 2**20:.1f} MB "
          f"({100 * (words_size / plain_size - 1):+.0f}%), build {words_build:.1f} CPU s "
          f"({100 * (words_build / plain_build - 1):+.0f}%)")
    with open_index(work / "words") as index:
        started = time.process_time()
        vocabulary_of(index)
        print(f"vocabulary load (once per index state): {time.process_time() - started:.2f} CPU s")
        expected = truth(index, prefixes)
        print(f"\n{'prefix':<12}{'truth':>7}" + "".join(f"{w:>24}" for w in
              ("stems R/P ms", "vocabulary R/P ms", "words field R/P ms")))
        totals = {way: [] for way in ("stems", "vocabulary", "words field")}
        for prefix in prefixes:
            row = f"{prefix:<12}{len(expected[prefix]):>7}"
            for way in totals:
                times = []
                for _ in range(REPEATS):
                    started = time.process_time()
                    found = matches(index, way, prefix)
                    times.append(1000 * (time.process_time() - started))
                hit = len(found & expected[prefix])
                recall = hit / len(expected[prefix]) if expected[prefix] else 1.0
                precision = hit / len(found) if found else 1.0
                totals[way].append((recall, precision, statistics.median(times)))
                row += f"{recall:>10.2f}{precision:>6.2f}{statistics.median(times):>8.1f}"
            print(row, flush=True)
        print(f"{'mean':<19}" + "".join(
            f"{statistics.mean(r for r, _, _ in rows):>10.2f}"
            f"{statistics.mean(p for _, p, _ in rows):>6.2f}"
            f"{statistics.median(t for _, _, t in rows):>8.1f}" for rows in totals.values()))
    print(f"({len(prefixes)} prefixes; medians of {REPEATS} runs; work dir {work})")


if __name__ == "__main__":
    main()
