"""Runs of capitals that name a body, a place, a brand or someone's relative are no speakers in a news item
(search.speakers.body_runs, read by search.speakers.personhood), and people beside them keep their credit."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.body_runs import (
    acronym_after,
    affiliated,
    after_plural_noun,
    brand_written,
    opens_teaser_only,
    opens_with_plural_noun,
    place_of,
    place_or_saint,
    someone_of,
    tail_of_body,
)
from search.speakers.tweets import is_personal


@pytest.mark.parametrize(
    ("paragraphs", "line", "expected"),
    [
        # a run followed by its acronym, or the tail of a longer body's name
        (["Cortes de ruta", "La Dirección de Tránsito y Rutas Provinciales (DTRP) advirtió que habrá cortes.",
          "Los cortes durarán dos días."], 1, []),
        (["Tarifas", "La Oficina de Cambios y Monedas Extranjeras informó que el dólar subió.", "El alza fue leve."],
         1, []),
        (["Cortes de luz", "Empresas Eléctricas del Norte (EEN) informó que habrá cortes el lunes.",
          "Los cortes durarán dos horas."], 1, []),
        # a place's or a saint's name
        (["Santa Fe anunció cambios en la ruta", "La provincia cortará el tránsito."], 0, []),
        # someone named by another person's name
        (["Madre de Lucas Ferrán pidió justicia tras el fallo", "El tribunal absolvió al acusado."], 0, []),
        # a brand's capitals
        (["Comisiones", "VeloPago anunció que bajará sus comisiones.", "La baja rige desde enero."], 1, []),
        # the body a person speaks for: the person keeps the line, the body gets none
        (["Inflación", "«La inflación seguirá alta», dijo Tomás Aguirre, de Cifrar, que prevé un 3%.",
          "Cifrar estimó una suba del 3% para marzo."], 1, ["Tomás Aguirre"]),
        (["Inflación", "«La inflación seguirá alta», dijo Tomás Aguirre, de Cifrar, que prevé un 3%.",
          "Cifrar estimó una suba del 3% para marzo."], 2, []),
        (["Economía", "«Hay que bajar el gasto», dijo Marta Ibarra, economista jefe de Cifrar.",
          "Cifrar calcula que el déficit llegará al 4%."], 2, []),
        # the source of estimates
        (["Inflación", "La inflación bajó en mayo.", "De acuerdo a estimaciones de Cifrar, «la baja seguirá».",
          "El dato oficial llega el jueves."], 2, []),
        # a teaser's first word
        (["Patrimonio", "Lea también: Indagan el patrimonio de la senadora Eva Salas El Consejo de Estado explicó "
          "que el aval era válido.", "La senadora no respondió."], 1, []),
        # a firm's name whose plural noun was read as an opener, or opens the run; an international body
        (["Corte de agua", "Aguas Serranas informó que el corte durará 12 horas.", "El servicio vuelve el lunes."], 1,
         []),
        (["Corte de agua", "La sanitaria Aguas del Litoral informó que el corte durará 12 horas."], 1, []),
        (["Clima", "Según Cepal y Unicef, la temperatura subió.", "El informe se presentó en Quito."], 1, []),
        # a place a headline's label gives, which the text writes as a place
        (["Renca: «No tenemos agua desde el lunes»", "Los vecinos de Renca llevan dos días sin agua."], 0, []),
        # an account of a body that credits an embedded post
        (["Robo", "«Hoy cerramos el caso.", "— Poder Judicial Norte (@PJNorte) April 25, 2023"], 1, []),
        (["Local", "«Volveremos pronto, gracias a todos».",
          "Una publicación compartida de Rincón Urbano (@rinconurbano)"], 1, []),
        # people stay people: a party after a surname, a relative's own name, a given name before a saint's name, a
        # surname's prefix, a person at a teaser's start, a place after `, de`
        (["Debate", "La diputada Ana Pérez (PP) dijo que votará en contra.", "El pleno vota el martes."], 1,
         ["Ana Pérez"]),
        (["Debate", "La madre de Lucas Ferrán, Ana Ruiz, pidió justicia.", "El tribunal no respondió."], 1,
         ["Ana Ruiz"]),
        (["Recuerdo", "-Hola -dijo Bosco.", "Lo fundó San Juan Bosco en Turín.", "-Sí -respondió San Juan Bosco."],
         3, ["San Juan Bosco"]),
        (["Pelea", "«No cederemos», dijo DeSantis en Miami."], 1, ["DeSantis"]),
        (["Reforma", "Lea también: Salas defendió la reforma en el Senado", "El pleno vota el martes."], 1, ["Salas"]),
        (["Inflación", "«La inflación seguirá alta», dijo Tomás Aguirre, de Rancagua.", "Aguirre estimó una suba."],
         2, ["Tomás Aguirre"]),
        (["Corte de agua", "El gerente Tomás Vidal habló.", "Además Vidal informó que el corte durará 12 horas."], 2,
         ["Tomás Vidal"]),
        # surnames that are plural nouns or places' words, after a given name and a role
        (["Corte", "La vecina Luz Aguas habló ayer.", "«No hay agua», dijo Aguas."], 2, ["Luz Aguas"]),
        (["Corte", "El vocero Iván Villa habló.", "«No cederemos», dijo Villa."], 2, ["Iván Villa"]),
        (["Corte", "El alcalde de Renca, Claudio Castro, habló.", "«Vamos a reparar», dijo Castro."], 2,
         ["Claudio Castro"]),
        (["Tuit", "«Hoy cerramos el caso.", "— Marta Cifuentes (@martacif) April 25, 2023"], 1, ["Marta Cifuentes"]),
        (["Gobierno", "El presidente Gabriel Rivas viajó a Lima.", "El Gobierno Rivas anunció un plan.",
          "«Vamos a cumplir», dijo Rivas."], 3, ["Gabriel Rivas"]),
    ],
)
def test_a_run_that_names_no_person_speaks_nowhere(paragraphs, line, expected):
    assert paragraph_speakers(paragraphs)[line] == expected


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        ("El Relevamiento de Precios Mayoristas (RPM) estimó una baja.", "Relevamiento de Precios Mayoristas", True),
        ("El Relevamiento de Mercados (REM) estimó una baja.", "Relevamiento de Mercados", True),  # `E` left out
        ("La Dirección de Tránsito y Rutas Provinciales (DTRP) advirtió.", "Rutas Provinciales", True),
        ("El Juzgado en lo Laboral (JEL) falló.", "Laboral", True),
        ("La diputada Ana Pérez (PP) dijo que no.", "Pérez", False),  # her party, not her name's acronym
        ("El senador Luis Tapia (PS) dijo que no.", "Luis Tapia", False),
        ("Lo dijo Rodrigo Vera (Chile) ayer.", "Rodrigo Vera", False),
    ],
)
def test_an_acronym_after_a_run_spells_its_initials(text, run, expected):
    assert acronym_after(text, run.split()) == expected


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        ("Lo dictó el Juzgado Segundo en lo Laboral de Talca.", "Laboral", True),
        ("Lo dijo la Empresas Sanitarias del Sur.", "Sanitarias del Sur", True),
        ("Informó la Dirección de Aguas y Riego Rural.", "Riego Rural", True),
        ("Lo anunció el Gobierno de Rivas.", "Rivas", False),  # after `de`, a person's name as often
        ("Lo anunció el Gobierno Rivas.", "Rivas", False),  # a government and its head's surname
        ("Lo pagó la Fundación Lemos.", "Lemos", False),  # a body named after a person
        ("Lo dijo la ministra, Ana Soto.", "Ana Soto", False),
    ],
)
def test_the_tail_of_a_bodys_name_is_a_bodys(text, run, expected):
    assert tail_of_body(text, run.split()) == expected


@pytest.mark.parametrize(
    ("run", "place", "relative", "brand"),
    [
        ("Puerto Aysén", True, False, False),
        ("Isla de Maipo", True, False, False),
        ("San Bernardo", True, False, False),
        ("San Juan Bosco", False, False, False),  # a saint with a surname: a person
        ("Padre de Lucas Ferrán", False, True, False),
        ("Abogada de Eva Salas", False, True, False),
        ("Padre Hurtado", False, False, False),  # no `de`: a priest's name, or a commune's
        ("CuentaYa", False, False, True),
        ("McGregor", False, False, False),
        ("LeBlanc", False, False, False),
        ("Ana Gil", False, False, False),
    ],
)
def test_a_runs_own_words_say_place_relative_or_brand(run, place, relative, brand):
    words = run.split()
    assert (place_or_saint(words), someone_of(words), brand_written(words)) == (place, relative, brand)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("«Bajará», dijo Tomás Aguirre, de Cifrar, ayer.", "Cifrar", True),
        ("«Bajará», dijo Marta Ibarra, economista jefe de Cifrar.", "Cifrar", True),
        ("«Bajará», dijo la analista de Numeria.", "Numeria", True),
        ("«Bajará», dijo Tomás Aguirre, de Rancagua Sur, ayer.", "Rancagua", False),  # a longer name goes on
        ("«Bajará», dijo Aguirre, de Cifrar.", "Cifrar", False),  # a lone surname says too little
        ("«Bajará», dijo el asesor de Aguirre.", "Aguirre", False),
    ],
)
def test_the_body_a_person_speaks_for(text, word, expected):
    assert affiliated(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Lea también: Indagan el patrimonio de la senadora\nOtra línea.", "Indagan", True),
        ("Le puede interesar: Gordofobia, el acoso que denunció la actriz\nOtra línea.", "Gordofobia", True),
        ("Lea también: Salas defendió la reforma\nOtra línea.", "Salas", False),  # a verb after it
        ("Lea también: Indagan el patrimonio\nIndagan a tres concejales.", "Indagan", False),  # written elsewhere
        ("Lea también: Rosa, la actriz que volvió\nOtra línea.", "Rosa", False),  # a given name
    ],
)
def test_a_teasers_first_word_is_no_name(text, word, expected):
    assert opens_teaser_only(text, [word]) == expected


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        ("Lo dijo el alcalde de Renca ayer.", "Renca", True),
        ("Los vecinos de Villa Alegre protestaron.", "Villa Alegre", True),
        ("Cortes en la comuna de Lo Espejo.", "Lo Espejo", True),
        ("Lo dijo el asesor de Rivas ayer.", "Rivas", False),
        ("Los vecinos de Renca Norte protestaron.", "Renca", False),  # a longer name goes on
    ],
)
def test_a_places_nouns_before_a_run(text, run, expected):
    assert place_of(text, run.split()) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Aguas Serranas informó del corte. Aguas Serranas pidió calma.", "Serranas", True),
        ("Además Vidal informó del corte.", "Vidal", False),  # an opener in -s
        ("Aguas Serranas informó. Serranas pidió calma.", "Serranas", False),  # written alone too
        ("Tomás Vidal habló. Ahora Vidal informó.", "Vidal", False),
    ],
)
def test_the_rest_of_a_firms_name_after_a_plural_noun(text, word, expected):
    assert after_plural_noun(text, word) == expected


@pytest.mark.parametrize(
    ("run", "expected"),
    [("Aguas del Litoral", True), ("Servicios Hídricos", True), ("Flores Pérez", False), ("Torres", False),
     ("Además Vidal", False)],
)
def test_a_plural_noun_opens_a_firms_name(run, expected):
    assert opens_with_plural_noun(run.split()) == expected


@pytest.mark.parametrize(
    ("name", "handle", "expected"),
    [
        ("Poder Judicial Norte", "PJNorte", False),
        ("Rincón Urbano", "rinconurbano", False),
        ("Somos Llanura", "somosllanura", False),
        ("Marta Cifuentes", "martacif", True),
        ("Mundo Verde", "mundoverde", False),  # common words, no given name: a brand's, a shop's
        ("Ximena Bravo", "ximebravo", True),  # a given name first: a common word after it is a surname
    ],
)
def test_an_accounts_display_name_with_common_words_is_a_bodys(name, handle, expected):
    assert is_personal(name, handle) is expected
