"""Relevance evaluation: Recall@k and MRR@10 over questions with known relevant paragraphs."""

from search.errors import SearchError
from search.text.untrusted import decode_json_line
from search.text.wording import plural, system_reason

CUTOFFS = (1, 5, 10)


def read_queries(path):
    """Return (questions, problems) from a queries .jsonl file; bad lines become problems.

    Each problem names the file and the line, in Spanish. A file with no usable question
    raises SearchError naming its first bad lines.
    """
    questions, problems = [], []
    try:
        handle = open(path, encoding="utf-8-sig")
    except OSError as error:
        raise SearchError(f"{path}: no se puede leer ({system_reason(error)})") from error
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                found = _question(line)
                if isinstance(found, str):
                    problems.append(f"{path}:{number}: omitida: {found}")
                else:
                    qid, question, relevant = found
                    questions.append((str(number if qid is None else qid), question, relevant))
        except UnicodeDecodeError as error:
            raise SearchError(f"{path}: no es texto UTF-8 (byte {error.start + 1} de su parte "
                              "ilegible)") from error
    if not questions:
        why = "; ".join(problems[:3]) if problems else "el archivo está vacío"
        raise SearchError(f"{path}: no hay preguntas que evaluar ({why})")
    return questions, problems


def _question(line):
    """Return a line's (qid or None, question, relevant ids), or why it is no question."""
    item, why, _ = decode_json_line(line)
    if why:
        return why
    if not isinstance(item, dict):
        return "no es un objeto JSON {qid, question, relevant}"
    if not isinstance(item.get("question"), str) or not item["question"].strip():
        return "le falta «question» (un texto)"
    relevant = item.get("relevant")
    if not isinstance(relevant, list) or not all(isinstance(r, (str, int)) for r in relevant):
        return "«relevant» debe ser una lista de ids de párrafos"
    if not relevant:
        return "no da ningún párrafo relevante"
    return item.get("qid"), item["question"], [str(r) for r in relevant]


NAMED = 5  # unknown ids, or repeated qids, named in a warning; then how many more


def _short(value, most=60):
    """Return a value a warning names, cut at `most` characters: a gold id of 1 MB was printed whole."""
    return value if len(value) <= most else value[:most] + "…"


def gold_problems(questions, exists):
    """Return warnings on a gold file: relevant ids no paragraph of the index has
    (`exists(record_id)` says), and qids given twice, each naming the first few.

    An id scheme other than the index's (`doc#N` for a jsonl `id`, or an index built from
    another folder) would otherwise score 0 in silence: the commonest evaluation mistake.
    """
    problems = []
    missing = {}
    for qid, _, relevant in questions:
        for record_id in relevant:
            if record_id not in missing and not exists(record_id):
                missing[record_id] = qid
    if missing:
        asked = {qid for qid in missing.values()}
        named = ", ".join(f"«{_short(record_id)}»" for record_id in list(missing)[:NAMED])
        more = f" y {len(missing) - NAMED} más" if len(missing) > NAMED else ""
        gives = "da" if len(asked) == 1 else "dan"
        problems.append(f"{len(asked)} de {len(questions)} preguntas {gives} párrafos relevantes que no están en "
                        f"el índice ({named}{more}); cuentan como no hallados. ¿Es otro índice, u otra "
                        "forma de id (doc#N, o el «id» de un .jsonl)?")
    seen, repeated = set(), []
    for qid, _, _ in questions:
        if qid in seen and qid not in repeated:
            repeated.append(qid)
        seen.add(qid)
    if repeated:
        named = ", ".join(f"«{_short(qid)}»" for qid in repeated[:NAMED])
        problems.append(f"{plural(len(repeated), 'qid se repite', 'qid se repiten')} ({named}); cada línea "
                        "se evaluó aparte")
    return problems


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
