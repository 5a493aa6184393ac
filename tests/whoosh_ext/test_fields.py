import gc
import pickle

from whoosh.fields import ID, KEYWORD

from search.storage.schema import paragraph_schema
from search.whoosh_ext.fields import _memos


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
