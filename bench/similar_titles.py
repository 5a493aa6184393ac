"""Does a paragraph's title help `similar`, and does it spoil the lists of ordinary paragraphs?

Usage:
    python -m bench.similar_titles INDEX [--sample 200] [--top 5] [--seed 12]

INDEX is an index of xquad_es's paragraphs.jsonl, whose records carry the title of what they
come from: 240 XQuAD paragraphs of 48 Wikipedia articles (five an article, the title the
article's), and 10,000 distractors, paragraphs of the covid19mx briefings (titled
«Conferencia de prensa COVID-19 <date>») and of the fiction_es novels (titled «Author:
Title»). Each row compares `similar` searching the text alone (as before trial 35) and the
text and the title (shipped), over the same paragraphs:

- xquad: the share of the similar paragraphs that come from the same article (the article
  is the topic; the title helps by design, and this says how much);
- briefings: short paragraphs that name exactly one topic of bench/similar_topics.py's
  hand-made lexicon, judged as there (a hit is on topic when its text names it): ordinary
  paragraphs under a title shared by a whole transcript, the case a title could spoil;
- fiction: paragraphs of novels, which no lexicon judges: the share of hits from the same
  novel, and how many of the text-only list's paragraphs the shipped list keeps (overlap@top).

CPU time per call is given for each (time.process_time).
"""

import argparse
import random
import time

from bench.similar_topics import all_records, topics_of
from search.retrieval.browse import locate
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.retrieval.running import top_hits
from search.retrieval.similar import TURN_LABEL, like_query, similar, telling_terms


def text_only(index, record, limit):
    """The text's terms alone, searched in the text: `similar` before the title counted."""
    searcher = index.searcher()
    terms = telling_terms(index, searcher, record.text)
    if not terms:
        return []
    hits = top_hits(searcher, like_query(searcher, [("text", term) for term in terms]), limit + 1)
    found = hit_records(searcher, index.store, [docnum for docnum, _ in hits])
    return [hit for hit in found if hit and hit.id != record.id][:limit]


def shipped(index, record, limit):
    """The shipped `similar`: text and title."""
    return [index.store.record(*locate(index, hit.id)) for hit in similar(index, record.id, limit).hits]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("index", help="an index of xquad_es/paragraphs.jsonl (hemeroteca index …)")
    parser.add_argument("--sample", type=int, default=200, help="briefing and fiction paragraphs judged, each")
    parser.add_argument("--top", type=int, default=5, help="similar paragraphs judged each")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    with open_index(args.index) as index:
        records = list(all_records(index))
        rng = random.Random(args.seed)
        xquad = [record for record in records if record.id.startswith("xq-")]
        briefings = []
        for record in records:
            body = TURN_LABEL.sub("", record.text, count=1)
            found = topics_of(body)
            if record.id.startswith("cov") and len(body.split()) <= 40 and len(found) == 1:
                briefings.append((record, found.pop()))
        briefings = rng.sample(briefings, min(args.sample, len(briefings)))
        fiction = rng.sample([record for record in records if record.id.startswith("fic")],
                             min(args.sample, sum(record.id.startswith("fic") for record in records)))
        print(f"{len(records)} paragraphs; top {args.top}; {len(xquad)} xquad, {len(briefings)} briefing "
              f"(one topic, <= 40 words) and {len(fiction)} fiction paragraphs")
        print(f"{'set':<10}{'measure':<22}{'text only':>10}{'shipped':>10}{'ms CPU text':>13}{'ms CPU shipped':>16}")
        sets = [("xquad", [(record, None) for record in xquad]), ("briefings", briefings),
                ("fiction", [(record, None) for record in fiction])]
        for name, judged in sets:
            scores = {"text only": [], "shipped": []}
            seconds = {"text only": 0.0, "shipped": 0.0}
            overlap = []
            for record, topic in judged:
                lists = {}
                for way, run in (("text only", text_only), ("shipped", shipped)):
                    started = time.process_time()
                    lists[way] = run(index, record, args.top)
                    seconds[way] += time.process_time() - started
                    for hit in lists[way]:
                        if topic is None:
                            scores[way].append(hit.title == record.title)
                        else:
                            scores[way].append(topic in topics_of(TURN_LABEL.sub("", hit.text, count=1)))
                kept = {hit.id for hit in lists["text only"]}
                if kept:
                    overlap.append(len(kept & {hit.id for hit in lists["shipped"]}) / len(kept))
            measure = {"xquad": "same article", "briefings": "on topic (lexicon)",
                       "fiction": "same novel"}[name]
            calls = max(1, len(judged))
            print(f"{name:<10}{measure:<22}"
                  + "".join(f"{sum(flags) / max(1, len(flags)):>10.3f}" for flags in scores.values())
                  + f"{seconds['text only'] * 1000 / calls:>13.1f}{seconds['shipped'] * 1000 / calls:>16.1f}")
            print(f"{'':<10}{'overlap@' + str(args.top) + ' with text only':<32}"
                  f"{sum(overlap) / max(1, len(overlap)):>10.3f}")


if __name__ == "__main__":
    main()
