import pickle

from search.storage.schema import paragraph_schema


def test_schema_has_the_record_fields():
    schema = paragraph_schema()
    assert set(schema.names()) == {"doc", "docno", "paragraph", "title", "text", "date",
                                   "month", "year", "speaker", "pairs", "pair_bits", "exact", "made_title"}
    assert not schema["speaker"].scorable and schema["text"].scorable and schema["exact"].scorable
    assert not schema["made_title"].scorable  # searched by `titulo:` only, by its weight
    assert schema["date"].column_type is not None and schema["paragraph"].column_type is not None
    assert not any(schema[name].stored for name in schema.names())


def test_schema_pickles_as_whoosh_stores_it():
    schema = pickle.loads(pickle.dumps(paragraph_schema()))
    assert [t.text for t in schema["text"].analyzer("Las relaciones")] == ["relacion"]
