"""Do the paragraphs `similar` finds share the topic of the paragraph given?

Usage:
    python -m bench.similar_topics INDEX [--sample 300] [--words 40] [--top 5] [--seed 12]
                                         [--show 0]

INDEX is an index of the covid19mx briefings (or any transcripts). The judge is a
topic lexicon written by hand for the briefings, independent of the ranking: fifteen
topics, each a few word stems (vaccines: `vacun`; hospitals: `hospital`, `cama`,
`intubad`…). The sample is short paragraphs (at most --words words without their
turn label) that name exactly one topic; for each, a similar paragraph is on topic when
it names that topic too. The table gives precision@top for the shipped `similar` and for
the algorithm before issue 12 (the 25 words of highest tf-idf in the whole text, label
and names included, searched in text and title, one of the three rarest required),
beside the chance that a random paragraph is on topic (the topic's share of all
paragraphs). --turns judges only paragraphs that open a turn with the speaker's label,
the case names and greetings spoil; --show N prints N examples to read by eye.
"""

import argparse
import random
import re
import sys
import time
from collections import Counter
from math import log

from search.retrieval.browse import locate
from search.retrieval.ranking import question_query
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.retrieval.similar import TURN_LABEL, similar
from search.text.folding import fold_name

TOPICS = {
    "vacunas": r"vacun|pfizer|sputnik|astrazeneca|sinovac|cansino|biontech",
    "hospitales": r"hospital|camas?\b|intubad|ventilador|terapia intensiva|ocupacion hospitalaria",
    "pruebas": r"\bpruebas?\b|pcr\b|antigen|diagnostic|laboratorio",
    "defunciones": r"defuncion|fallec|muert|letalidad|mortalidad",
    "cubrebocas": r"cubreboca|mascarilla|careta|tapaboca",
    "semaforo": r"semaforo",
    "escuelas": r"escuela|clases\b|alumn|estudiante|maestr[oa]s?\b|educacion|escolar",
    "economia": r"econom|empleo|empresa|negocio|comercio|desempleo",
    "personal_salud": r"personal de salud|enfermer|medicos?\b|trabajadores de la salud",
    "medicamentos": r"medicamento|tratamiento|ivermectina|hidroxicloroquina|dexametasona|remdesivir",
    "comorbilidad": r"diabetes|obesidad|hipertension|comorbilidad|sobrepeso",
    "influenza": r"influenza",
    "sana_distancia": r"sana distancia|quedate en casa|confinamiento|aislamiento",
    "ninos": r"\bninas?\b|\bninos?\b|infantil|pediatr",
    "embarazo": r"embaraz|materna|parto\b",
}
COMPILED = {name: re.compile(pattern) for name, pattern in TOPICS.items()}


def topics_of(text):
    """Return the topics a text names (folded, lower case)."""
    folded = fold_name(text)
    return {name for name, pattern in COMPILED.items() if pattern.search(folded)}


def similar_before(index, record_id, limit):
    """The algorithm before issue 12: the 25 words of highest tf-idf, title boost, rarest 3 required."""
    record = index.store.record(*locate(index, record_id))
    searcher = index.searcher()
    counts = Counter(t.text for t in searcher.schema["text"].analyzer(record.text))
    total = searcher.doc_count_all()
    frequency = {term: searcher.doc_frequency("text", term) for term in counts}
    shared = [term for term in counts if frequency[term] > 1]
    terms = sorted(shared, key=lambda t: (-counts[t] * log(1 + total / frequency[t]), t))[:25]
    if not terms:
        return []
    hits = [hit.docnum for hit in searcher.search(question_query(searcher, terms), limit=limit + 1)]
    return [r for r in hit_records(searcher, index.store, hits) if r and r.id != record.id][:limit]


def all_records(index):
    """Yield every live record of the index."""
    docs = [doc for (doc,) in index.store.connection.execute(
        "SELECT doc FROM docs WHERE state = 1 ORDER BY doc")]
    for doc in docs:
        yield from index.store.document_records(doc)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("index", help="an index of the briefings (hemeroteca index …)")
    parser.add_argument("--sample", type=int, default=300, help="paragraphs to judge")
    parser.add_argument("--words", type=int, default=40, help="at most this many words")
    parser.add_argument("--top", type=int, default=5, help="similar paragraphs judged each")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--show", type=int, default=0, help="examples to print")
    parser.add_argument("--turns", action="store_true",
                        help="only paragraphs that open a turn with its label")
    args = parser.parse_args(argv)
    with open_index(args.index) as index:
        records = list(all_records(index))
        share = Counter(topic for record in records for topic in topics_of(record.text))
        candidates = []
        for record in records:
            body = TURN_LABEL.sub("", record.text, count=1)
            found = topics_of(body)
            if args.turns and body == record.text:
                continue
            if len(body.split()) <= args.words and len(found) == 1:
                candidates.append((record, found.pop()))
        if not candidates:
            sys.exit(f"{args.index}: no short paragraph names exactly one topic; nothing to judge")
        sample = random.Random(args.seed).sample(candidates, min(args.sample, len(candidates)))
        rows = {"before": [], "after": []}
        labelled = [TURN_LABEL.match(record.text) is not None for record, _ in sample]
        seconds = {"before": 0.0, "after": 0.0}
        for number, (record, topic) in enumerate(sample):
            for name in rows:
                started = time.process_time()
                if name == "before":
                    found = similar_before(index, record.id, args.top)
                else:
                    found = similar(index, record.id, args.top).hits
                seconds[name] += time.process_time() - started
                found = [index.store.record(*locate(index, hit.id)) for hit in found]
                on_topic = [topic in topics_of(TURN_LABEL.sub("", hit.text, count=1))
                            for hit in found]
                rows[name].append((on_topic, found))
            if number < args.show:
                print(f"\n[{topic}] {record.id}: {record.text[:200]}")
                for name in rows:
                    for ok, hit in zip(*rows[name][-1]):
                        print(f"  {name:6} {'+' if ok else '-'} {hit.id}: {hit.text[:140]}")
        chance = sum(share[topic] for _, topic in sample) / len(sample) / len(records)
        print(f"\n{len(sample)} short paragraphs (<= {args.words} words, one topic) of "
              f"{len(candidates)} in {len(records)}; precision@{args.top} by the topic lexicon")
        print(f"({sum(labelled)} of them open a turn with its label: NAME, ROLE: …)")
        print(f"{'algorithm':<10}{'P@' + str(args.top):>8}{'P@1':>8}{'turns P@' + str(args.top):>12}"
              f"{'none on topic':>15}{'ms CPU/call':>13}")
        for name, judged in rows.items():
            flags = [flag for on_topic, _ in judged for flag in on_topic]
            firsts = [on_topic[0] for on_topic, _ in judged if on_topic]
            turns = [flag for (on_topic, _), turn in zip(judged, labelled) if turn
                     for flag in on_topic]
            none = sum(1 for on_topic, _ in judged if not any(on_topic))
            print(f"{name:<10}{sum(flags) / max(1, len(flags)):>8.3f}"
                  f"{sum(firsts) / max(1, len(firsts)):>8.3f}{sum(turns) / max(1, len(turns)):>12.3f}"
                  f"{none / len(judged):>15.3f}{seconds[name] * 1000 / len(judged):>13.1f}")
        print(f"{'chance':<10}{chance:>8.3f}")


if __name__ == "__main__":
    main()
