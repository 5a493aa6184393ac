"""Reported speech in news: the people each paragraph attributes a statement, opinion or announcement to.

The document pass: each paragraph's statements (search.speakers.attributor), then the quotations that run on, the
letters signed, the messages relayed, the headlines, tweets and interviews, and in news the voices that are no
person's and the person in focus.

>>> names = lambda found: [[person.display for person in paragraph] for paragraph in found]
>>> names(reported_speakers(["El canciller de Rusia, Sergey Lavrov, llegó.", '"Es clave", dijo el canciller ruso.']))
[[], ['Sergey Lavrov']]
"""

from functools import partial

from search.speakers.attributor import Attributor
from search.speakers.first_person import first_person
from search.speakers.focus import follow
from search.speakers.genre import Kind, document_kind
from search.speakers.groups import group_speakers
from search.speakers.headline_claims import claimed_headline
from search.speakers.headline_subjects import headline_subject
from search.speakers.headlines import (
    HEADINGS,
    QUOTED_WORDS,
    credited_quotes,
    headline_speaker,
    quoted_heading,
)
from search.speakers.interviews import interview_answers, outlet_interviewee
from search.speakers.mechanisms import recording, regroup, stage
from search.speakers.mentions import VERBS
from search.speakers.names import proper_case
from search.speakers.panels import panel_speakers
from search.speakers.people import NOBODY, Person
from search.speakers.quote_colon import quote_colon_speakers
from search.speakers.quotes import MARK, QuoteTracker, points_back
from search.speakers.relays import signs
from search.speakers.repeats import repeated
from search.speakers.sentences import continues, repaired
from search.speakers.signed import signed_speakers
from search.speakers.teasers import state, teaser_end, teaser_label, teaser_people_dropped, unfollow
from search.speakers.tweets import credited_person, may_credit, tweet_speakers
from search.speakers.voices import DocumentVoices, voiced_speakers


def _author(attributor: Attributor, name: str) -> Person:
    """Return the document's person for a tweet author's display name (`Ana Ruiz`)."""
    return credited_person(attributor.people, name, attributor.discourse.clock)


def reported_speakers(paragraphs: list[str], asked: list[bool] | None = None,
                      kind: Kind | None = None) -> list[list[Person]]:
    """Return, for each paragraph of one document, the people it reports as speaking; asked[i] tells that paragraph
    i was labelled a question (`P:`), which an interview gives to its interviewer; kind is the document's
    (search.speakers.genre), found here if not given.

    A news item's paragraphs that a splitter cut after an abbreviation (`…, dijo Ana Gil, Ph.` then `D y
    profesora…`) are read as the one sentence they are, and each part gets its speakers."""
    kind = kind or document_kind(paragraphs)
    groups: list[list[int]] = []
    for index, paragraph in enumerate(paragraphs):
        if groups and kind.news and continues(paragraphs[index - 1], paragraph):
            groups[-1].append(index)
        else:
            groups.append([index])
    if len(groups) == len(paragraphs):
        return _reported(paragraphs, asked, kind)
    joined = [" ".join(paragraphs[index] for index in group) for group in groups]
    found = _reported(joined, [asked[group[0]] for group in groups] if asked is not None else None,
                      document_kind(joined))
    regroup(groups)
    return [list(people) for people, group in zip(found, groups) for _ in group]


def _reported(paragraphs: list[str], asked: list[bool] | None, kind: Kind) -> list[list[Person]]:
    glued = VERBS if kind.news else frozenset()  # a news item, not a book: its source may have glued a tag to a verb
    paragraphs = [repaired(paragraph, glued) for paragraph in paragraphs]
    attributor = Attributor(paragraphs, kind)
    quotes = QuoteTracker(news=kind.news)
    inner_speakers = []
    relaying: Person | None = None  # the author of a message being quoted for them, by relayer
    relayer: list[Person] = []
    voices = DocumentVoices(paragraphs, attributor.people) if kind.news else None
    why = recording(len(paragraphs))  # each line's {person: mechanism}, when the trace is on (mechanisms.py)
    said = []  # each line's speakers before the quotations that run on fill it
    for index, paragraph in enumerate(paragraphs):
        salient = attributor.discourse.salient_now()  # whom unattributed quoted words are of, if any are
        teaser = teaser_end(paragraph) if kind.news else None  # `Lea: <another article's headline> …`
        followed = state(attributor.discourse) if teaser is not None else None
        found, inner = attributor.paragraph(paragraph, quotes.awaited(paragraph))
        if teaser is not None:  # the headline's people are not the article's: the one followed before stays
            found = [person for person in found if not teaser_label(paragraph, person.display)]  # `Entérese: «…»`
            unfollow(attributor.discourse, followed, paragraph, teaser)
        if why is not None:
            why[index].update(attributor.why)
        kept = [person for person in found if voices.keeps(index, person)] if voices is not None else found
        if kept != found or not found and voices is not None and MARK.search(paragraph) and voices.nobodys(index):
            found = kept or [NOBODY]  # `«…», publicó el portal X`, `Facua denuncia…`: a body spoke, no one else,
            attributor.discourse.spoke(found)  # so a later `añade` is not the person credited before
        elif not found and voices is not None and quotes.expected is None and voices.body_subject(index):
            attributor.discourse.spoke([NOBODY])  # `La comisión calcula…` then `Además, calcula…`: the body's
        signer = quotes.signature(paragraph) if quotes.expected is not None else None
        if signer is not None and signs(signer.split(), attributor.people):  # a letter's last line: `ANA GIL».`
            found = [attributor.people.person(proper_case(signer).split(), attributor.discourse.clock)]
            quotes.sign(found)
            if why is not None:
                why[index][found[0]] = "signature"
        if relaying is not None and quotes.expected is not None and found and all(
                person is NOBODY or person in relayer and person.display.split()[-1] not in paragraph
                for person in found):
            found = [relaying]  # `…», decía el comunicado.`: the message relayed is its author's, not the relayer's
            if why is not None:
                why[index][relaying] = "relayed"
        back = bool(found) and points_back(paragraph)
        filled = quotes.paragraph(paragraph, found, salient, back)
        if teaser is not None:  # a quotation opening on the next line goes on from no one the teaser named
            quotes.previous = teaser_people_dropped(quotes.previous, paragraph, teaser)
            quotes.spoken = teaser_people_dropped(quotes.spoken, paragraph, teaser)
        own = teaser_people_dropped(found, paragraph, teaser) if teaser is not None else found
        interviewee = outlet_interviewee(paragraph, attributor.people, attributor.discourse.clock) \
            if kind.news and not own else None
        if interviewee is not None:  # `EL COLOMBIANO conversó con X`: the quoted answers after it are X's
            quotes.previous = [interviewee]
            attributor.discourse.spoke([interviewee])
        if filled and not found:  # the quotation's speaker is the one a later `agregó` refers to
            attributor.discourse.spoke(filled)
        if attributor.relayed is not None:  # the quotation that follows is the relayed message's author's
            quotes.previous, relaying, relayer = [attributor.relayed], attributor.relayed, found
        elif quotes.expected is None:
            relaying = None
        inner_speakers.append(inner)
        said.append(list(found))
    finished = quotes.finish()
    for line, how in quotes.how.items():  # `quote:carried`, `quote:closed`, `quote:salient`… (quotes.py)
        stage(why[line:line + 1] if why is not None else None, f"quote:{how}", said[line:line + 1],
              finished[line:line + 1])
    stage(why, "quote-span", said, finished)
    stage(why, "inner-quote", finished, inner_speakers)
    speakers = [[person for person in found if person is not NOBODY]
                + [person for person in inner if person not in found]
                for found, inner in zip(finished, inner_speakers)]
    steps = [
        ("headline", lambda found: headline_speaker(paragraphs, found, attributor.people)),
        # `“…”: el actor mexicano Jaime Camil habla…`: a headline's or a teaser's speaker after its quotation
        ("quote-colon", lambda found: quote_colon_speakers(paragraphs, found, attributor.people)
         if kind.news else found),
        # `Gurruchaga está cabreado: “…”`: the person who opens a headline, then a colon's quotation
        ("headline", lambda found: headline_subject(paragraphs, found, attributor.people) if kind.news else found),
        # `Ruiz vincula el cierre a la sequía`: the claim the lead credits her with
        ("headline-claim", lambda found: claimed_headline(paragraphs, found, attributor.people)
         if kind.news else found),
        ("credited-quote", lambda found: credited_quotes(paragraphs, found, attributor.people)),
        ("quoted-heading", lambda found: quoted_heading(paragraphs, found, attributor.people)
         if len(paragraphs) > HEADINGS and any(map(QUOTED_WORDS.search, paragraphs[:HEADINGS])) else found),
        # `— Ana Ruiz (@anaruiz) May 3, 2018` under a tweet
        ("tweet", lambda found: tweet_speakers(paragraphs, found, partial(_author, attributor))
         if any(map(may_credit, paragraphs)) else found),
        ("interview", lambda found: interview_answers(paragraphs, found, attributor.people, asked, kind)),
    ]
    if kind.news:
        # the person in focus fills the lines that need a speaker, except those a body, a document, a collective or
        # an unnamed source voices; then no credit is kept on such a line
        steps += [
            # a letter, an op-ed, a message in the first person that a person signs: its lines are theirs
            ("signed-text", lambda found: signed_speakers(paragraphs, found, attributor.people,
                                                          attributor.discourse.clock, voices)),
            ("repeat", lambda found: repeated(paragraphs, found)),
            ("first-person", lambda found: first_person(paragraphs, found, kind)),
            ("focus", lambda found: follow(paragraphs, found, attributor.people, voices, quotes.spans, quotes.lost)),
            ("voices", lambda found: voiced_speakers(found, voices)),
            # `las participantes defendieron…`, `Los periodistas publicaron que…`
            ("panel", lambda found: panel_speakers(paragraphs, found, attributor.people, voices)),
            ("group", lambda found: group_speakers(paragraphs, found, attributor.people, voices)),
        ]
    for mechanism, step in steps:
        before = [list(line) for line in speakers] if why is not None else speakers  # a step may add in place
        speakers = step(speakers)
        stage(why, mechanism, before, speakers)
    return speakers
