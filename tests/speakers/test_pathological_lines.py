"""Speaker and date extraction costs time linear in a paragraph, whatever its words: long lines of one pattern
repeated (a list of names, a transcript in capitals, thousands of quotation marks or labels) once took minutes."""

import time

import pytest

from search.speakers import paragraph_speakers
from search.speakers.namewords import register_names
from search.speakers.people import People
from search.speakers.voices import DocumentVoices
from search.text.dates import document_date


# Each line took the old code from a minute to hours (its time for 64,000 characters in the comment); now a few
# seconds or less.
@pytest.mark.parametrize(
    "unit, chars",
    [
        ("JUAN PEREZ ", 300_000),  # a name run before a cue that fails: descriptions.EPITHET (> 45 s)
        ("Aa ", 300_000),  # (> 45 s)
        ("A", 300_000),  # (> 45 s)
        ("Juan Pérez, ", 300_000),  # each name read the whole text before it: focus._named (2.9 s)
        ("Juan Pérez dijo ", 150_000),  # each verb read back over one sentence with no full stop (> 45 s at 16,000)
        ('"a ', 300_000),  # each straight mark searched the rest of the paragraph: quote_marks._nested (4.5 s)
        ('"El A ', 300_000),  # (2.4 s)
        ("PREGUNTA: ", 1_000_000),  # each verb's voice compared with every voice before: voice_spans (0.5 s)
        ("el presidente Juan Pérez ", 300_000),  # (1.4 s)
        ("Juan Pérez, conocido como «El hombre del saco» ", 300_000),
        ('"a", rectificó ', 300_000),  # a verb of saying by its place: search.speakers.positional
        ("Así lo rectificó Juan Pérez. ", 300_000),
        # a quoted nickname (appositions.quoted_alias); 150,000 only: voice_spans reads this shape in superlinear time
        # at main too (2 s at 150,000, 8 s at 300,000; sp14a's report)
        ('Juan Pérez, "El Tigre", aseguró ', 150_000),
        ("Juan Pérez inauguró el foro, donde anunció que ", 300_000),  # `…, donde anunció`: the sentence's subject
        ("Juan Pérez, presidente; Ana Gil y Luis Mora dijeron que ", 300_000),  # coordination.listed_before
        # round 15: a pronoun as the subject (focus_pronouns), a fronted adjunct (focus_lines), brackets after an
        # office (names.linked_aliases)
        ("Ella menciona que Juan Pérez dijo que sí, contó este, ", 300_000),
        # 150,000 only: this shape (two names and a plural verb, repeated) is quadratic at main dfc5302 too (1.1 s at
        # 150,000, 4.1 s at 300,000 on main and on this branch alike; sp15a's report)
        ("Juan Pérez y Ana Gil se vieron, contaron ambos, ", 150_000),
        ("Durante el recorrido por el mercado de la ciudad, la candidata aseguró que ", 300_000),
        ("el secretario de Vivienda (Ana Morales) ", 300_000),
        # round 15b: a firm classified before its name (evidence._classified), a relative closed by a comma before
        # `y` (subjects._outside_relatives)
        ("la cadena de comida rápida Burgerland anunció ", 300_000),
        ("Ana Gil recordó las palabras de Luis Mora, quien pidió calma, y aseguró ", 150_000),
    ],
)
def test_a_long_line_of_one_pattern_costs_linear_time(unit, chars):
    line = unit * (chars // len(unit))
    start = time.process_time()
    paragraph_speakers(["Título de prueba.", line])
    document_date(["Título de prueba.", line], "prueba.txt")
    # a generous bound: linear is about a second, quadratic minutes (the sweep in the report has the ratios)
    assert time.process_time() - start < 15


def test_a_long_news_item_of_many_names_costs_linear_time():
    # each name's answers about the whole text (written after an office, an article, a given name) were worked
    # out again in every window of paragraphs, each a scan of the document: 29 s for 2,000 paragraphs (review 23)
    words = " ".join(f"palabra{number}" for number in range(40))
    paragraphs = ["Titular de la nota"] + [f"Según Ramírez{number % 50}, {words}." for number in range(2000)]
    voices = DocumentVoices(paragraphs)
    start = time.process_time()
    assert not any(voices.nobodys(index) for index in range(len(paragraphs)))
    assert time.process_time() - start < 5  # 0.1 s now


def test_a_news_item_of_many_names_in_other_forms_costs_linear_time():
    # each lone surname one letter from a person's is looked for among the people met last only, and whether it is
    # written once is read from one count of the document's words, not a scan for each (round 14b)
    letters = "bcdfghjklmnprstvz"
    surnames = [f"Ca{a}{b}o{c}a" for a in letters for b in letters for c in "rln"][:2000]
    paragraphs = ["Titular de la nota"] + [
        f"La ministra Ana {surname} dijo que sí. Luego {surname[:-2]}e{surname[-1]} dijo que no."
        for surname in surnames]
    start = time.process_time()
    paragraph_speakers(paragraphs)
    assert time.process_time() - start < 30


def test_a_long_news_item_of_pronouns_and_adjuncts_costs_linear_time():
    # the focus pass reads each line once: a pronoun looks among the last few people mentioned, and a fronted
    # adjunct is read once per line, before its first comma (round 15)
    paragraphs = ["Titular de la nota", "La escritora Marta León dijo que sí.", '"No", aseguró el pintor Julio Vera.']
    paragraphs += ["Con " + "a " * 3_000 + ", la candidata" * 3_000 + " dijo que sí, contó este, contaron ambos."] * 20
    start = time.process_time()
    paragraph_speakers(paragraphs)
    assert time.process_time() - start < 30


def test_many_lines_after_a_colon_a_body_leads_to_cost_linear_time():
    # each quotation that opens a paragraph asks about the paragraph before only (voices.introduces_for_nobody)
    pair = ["El informe de la comisión refiere lo siguiente:", '"Las empresas comparten socios."']
    paragraphs = ["Titular"] + pair * 1500
    start = time.process_time()
    assert not any(paragraph_speakers(paragraphs))
    assert time.process_time() - start < 15


def test_a_long_list_set_apart_by_semicolons_costs_linear_time():
    # the items of a list before one plural verb of saying are each read once (coordination.listed_before)
    line = "Juan Pérez, presidente de la cámara; " * 8_000 + "Ana Gil y Luis Mora dijeron que sí."
    start = time.process_time()
    assert paragraph_speakers(["Título de prueba.", line])[1]
    assert time.process_time() - start < 15


def test_a_long_headline_in_capitals_over_a_long_body_costs_linear_time():
    # the headline in capitals is read once, after its colon (turns._headline_in_capitals; round 15c)
    paragraphs = ["NO PHONE: " + "EL DISPOSITIVO QUE NO HACE NADA " * 2_000] + ["No usa batería."] * 3_000
    start = time.process_time()
    assert not any(paragraph_speakers(paragraphs)[1:])
    assert time.process_time() - start < 15


def test_many_verbs_before_long_chains_of_person_nouns_cost_linear_time():
    # each inverted subject skips a chain of nouns of one person joined by `y` (inverted.right_subject; round 15c)
    line = ('"Sí", dijo esta mañana la cantante' + " y compositora" * 50 + " Lía Mora. ") * 400
    start = time.process_time()
    paragraph_speakers(["Título de prueba.", line])
    assert time.process_time() - start < 15


def test_the_names_of_a_long_paragraph_are_noted_in_linear_time():
    # each name copied the whole text before it to read the word before (`en el Instagram de…`): a feed whose 1 MB
    # records made one document took 96 s for 8 records and 324 s for 16 (trial 15); 4 s for this text then
    text = ("palabra " * 50 + "con Ana María Gil ") * 5000
    people = People()
    start = time.process_time()
    register_names(text, people, 0)
    assert time.process_time() - start < 1  # 0.05 s now
    assert people.find(["Gil"]) is not None
