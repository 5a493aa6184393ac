import pickle

from search.schema import paragraph_schema


def test_schema_has_the_record_fields():
    schema = paragraph_schema()
    assert set(schema.names()) >= {"id", "doc", "paragraph", "title", "text", "date",
                                   "speakers", "speaker"}
    assert schema["id"].unique
    assert schema["date"].column_type is not None and schema["paragraph"].column_type is not None


def test_schema_pickles_as_whoosh_stores_it():
    schema = pickle.loads(pickle.dumps(paragraph_schema()))
    assert [t.text for t in schema["text"].analyzer("Las relaciones")] == ["relacion"]
