import gc
import pickle

from whoosh.fields import ID, KEYWORD

from search.storage.schema import paragraph_schema
from search.whoosh_ext.fields import _memos


def test_schema_has_the_record_fields():
    schema = paragraph_schema()
    assert set(schema.names()) == {"doc", "docno", "paragraph", "title", "text", "date",
                                   "month", "year", "speaker"}
    assert not schema["speaker"].scorable and schema["text"].scorable
    assert schema["date"].column_type is not None and schema["paragraph"].column_type is not None
    assert not any(schema[name].stored for name in schema.names())


def test_schema_pickles_as_whoosh_stores_it():
    schema = pickle.loads(pickle.dumps(paragraph_schema()))
    assert [t.text for t in schema["text"].analyzer("Las relaciones")] == ["relacion"]


def test_repeated_values_are_analyzed_once_and_index_as_whoosh_does():
    schema = paragraph_schema()
    plain = KEYWORD(commas=True, scorable=False)
    keys = "hugo lopez gatell ramirez,pregunta"
    first = schema["speaker"].index(keys)
    assert first == list(plain.index(keys)) and schema["speaker"].index(keys) is first
    assert schema["date"].index("2020-12-22") == list(ID().index("2020-12-22"))
    copy = pickle.loads(pickle.dumps(schema))
    assert copy["speaker"] == schema["speaker"] and copy["speaker"].index(keys) == first


def test_memos_go_with_their_fields():
    field = paragraph_schema()["date"]
    field.index("2021-01-01")
    key = id(field)
    assert key in _memos
    del field
    gc.collect()
    assert key not in _memos
