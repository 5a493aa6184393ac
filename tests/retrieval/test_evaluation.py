import json

import pytest

from search.errors import SearchError
from search.retrieval.evaluation import evaluate, question_scores, read_queries


@pytest.mark.parametrize("ranked, relevant, expected", [
    (["a", "b"], ["a"], {"recall@1": 1, "recall@5": 1, "recall@10": 1, "mrr@10": 1}),
    (["x", "a"], ["a"], {"recall@1": 0, "recall@5": 1, "recall@10": 1, "mrr@10": 0.5}),
    (["x"] * 5 + ["a"], ["a"], {"recall@1": 0, "recall@5": 0, "recall@10": 1, "mrr@10": 1 / 6}),
    (["x"] * 10 + ["a"], ["a"], {"recall@1": 0, "recall@5": 0, "recall@10": 0, "mrr@10": 0}),
    (["b", "x", "a"], ["a", "b"], {"recall@1": 0.5, "recall@5": 1, "recall@10": 1, "mrr@10": 1}),
    ([], ["a"], {"recall@1": 0, "recall@5": 0, "recall@10": 0, "mrr@10": 0}),
])
def test_question_scores(ranked, relevant, expected):
    assert question_scores(ranked, relevant) == pytest.approx(expected)


def test_evaluate_averages_over_questions():
    rankings = {"q1": ["a"], "q2": ["x", "b"]}
    questions = [("1", "q1", ["a"]), ("2", "q2", ["b"])]
    scores = evaluate(questions, lambda question, limit: rankings[question])
    assert scores == pytest.approx({"queries": 2, "recall@1": 0.5, "recall@5": 1.0,
                                    "recall@10": 1.0, "mrr@10": 0.75})


def test_read_queries_reports_bad_lines(tmp_path):
    path = tmp_path / "q.jsonl"
    lines = [{"qid": "1", "question": "¿Qué?", "relevant": ["a"]}, "roto",
             {"qid": "2", "question": "¿Y?", "relevant": []}, {"qid": "3"}]
    path.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines))
    questions, problems = read_queries(path)
    assert questions == [("1", "¿Qué?", ["a"])]
    assert [p.split(": ")[0] for p in problems] == [f"{path}:2", f"{path}:3", f"{path}:4"]


@pytest.mark.parametrize("content", [None, "", "roto\n"])
def test_read_queries_without_questions(tmp_path, content):
    path = tmp_path / "q.jsonl"
    if content is not None:
        path.write_text(content)
    with pytest.raises(SearchError, match="q.jsonl"):
        read_queries(path)


@pytest.mark.parametrize("line, why", [
    ("{bad", "no es JSON válido (columna 2)"),
    ('["¿Qué?"]', "no es un objeto JSON {qid, question, relevant}"),
    ('{"qid": "1", "relevant": ["a"]}', "le falta «question» (un texto)"),
    ('{"question": "¿Qué?", "relevant": "a"}', "«relevant» debe ser una lista de ids de párrafos"),
    ('{"question": "¿Qué?", "relevant": []}', "no da ningún párrafo relevante"),
])
def test_a_file_without_questions_names_its_bad_lines(tmp_path, line, why):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SearchError) as caught:
        read_queries(path)
    assert str(caught.value) == f"{path}: no hay preguntas que evaluar ({path}:1: omitida: {why})"


def test_a_question_without_qid_is_named_by_its_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('\n{"question": "¿Qué?", "relevant": [7]}\n', encoding="utf-8")
    assert read_queries(path) == ([("2", "¿Qué?", ["7"])], [])
