"""Relevance evaluation: Recall@k and MRR@10 over questions with known relevant paragraphs."""

import json

from search.errors import SearchError
from search.text.wording import system_reason

CUTOFFS = (1, 5, 10)


def read_queries(path):
    """Return (questions, problems) from a queries .jsonl file; bad lines become problems."""
    questions, problems = [], []
    try:
        handle = open(path, encoding="utf-8-sig")
    except OSError as error:
        raise SearchError(f"{path}: no se puede leer ({system_reason(error)})") from error
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                question, relevant = str(item["question"]), [str(r) for r in item["relevant"]]
            except (ValueError, KeyError, TypeError) as error:
                problems.append(f"{path}:{number}: omitida, no es una pregunta "
                                f"{{qid, question, relevant}} ({error})")
                continue
            if not relevant:
                problems.append(f"{path}:{number}: omitida, no da ningún párrafo relevante")
                continue
            questions.append((str(item.get("qid", number)), question, relevant))
    if not questions:
        raise SearchError(f"{path}: no hay preguntas que evaluar")
    return questions, problems


def question_scores(ranked, relevant):
    """Return recall at each cutoff and the reciprocal rank (within 10) of one question."""
    wanted = set(relevant)
    scores = {f"recall@{k}": len(wanted.intersection(ranked[:k])) / len(wanted) for k in CUTOFFS}
    first = next((rank for rank, hit in enumerate(ranked[:10], 1) if hit in wanted), None)
    scores["mrr@10"] = 1 / first if first else 0.0
    return scores


def evaluate(questions, ranker):
    """Return the mean scores over the questions of ranker(question, limit) -> record ids."""
    totals = dict.fromkeys([f"recall@{k}" for k in CUTOFFS] + ["mrr@10"], 0.0)
    for _, question, relevant in questions:
        for name, value in question_scores(ranker(question, 10), relevant).items():
            totals[name] += value
    return {"queries": len(questions), **{k: v / len(questions) for k, v in totals.items()}}
