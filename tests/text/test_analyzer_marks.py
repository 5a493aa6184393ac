"""An index's pickled analyzer marks: another version or stop list is found and said once."""

import pickle

import pytest

from search.storage.schema import paragraph_schema
from search.text.analysis import ANALYZER_VERSION, exact_analyzer, spanish_analyzer
from search.text.analyzer_marks import analyzer_version, outdated_analysis
from search.text.words import STOPWORDS


def test_an_index_from_another_analyzer_version_is_outdated():
    schema = paragraph_schema()
    assert outdated_analysis(schema) is None
    assert analyzer_version(schema["text"].analyzer) == ANALYZER_VERSION
    old = pickle.loads(pickle.dumps(schema))
    for item in old["text"].analyzer.items:
        item.__dict__.pop("version", None)  # what an index written before the mark holds
    # what is wrong, once: the command to run is the error's (errors.IndexOutdated)
    assert outdated_analysis(old) == ("se construyó con la versión 1 del analizador de español y esta "
                                      f"Hemeroteca usa la {ANALYZER_VERSION}")
    other = pickle.loads(pickle.dumps(schema))
    other["text"].analyzer = spanish_analyzer(stopwords=STOPWORDS | {"estado"})
    assert "palabras vacías" in outdated_analysis(other)


def test_an_index_built_before_stop_words_were_folded_is_outdated():
    schema = paragraph_schema()
    old = pickle.loads(pickle.dumps(schema))
    for item in old["text"].analyzer.items:
        if hasattr(item, "version"):
            item.version = 2  # how an index of the previous analyzer is marked
    assert "versión 2" in outdated_analysis(old)


@pytest.mark.parametrize("analyzer, version", [(spanish_analyzer(), ANALYZER_VERSION), (exact_analyzer(), 0)])
def test_the_version_mark_is_the_stem_filters(analyzer, version):
    assert analyzer_version(analyzer) == version
