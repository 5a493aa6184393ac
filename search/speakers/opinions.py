"""Words that attribute an opinion without a verb of saying: openers (`según X`, `a juicio de X`), possessive
openers (`en sus palabras`, `su convicción es que…`) and stances (`es escéptico con respecto a…`).

Read through search.speakers.lexicon, with the other word lists.

>>> ("a", "juicio", "de") in ATTRIBUTION_OPENERS, ("su", "postura", "fue") in POSSESSIVE_OPENERS
(True, True)
"""

from search.text.word_sets import word_set

ATTRIBUTION_OPENERS = (
    ("según",), ("en", "opinión", "de"), ("en", "opinión", "del"), ("a", "juicio", "de"), ("a", "juicio", "del"),
    ("en", "palabras", "de"), ("en", "palabras", "del"), ("de", "acuerdo", "con"), ("de", "acuerdo", "a"),
    ("de", "acuerdo", "al"), ("a", "decir", "de"),
    ("a", "decir", "del"), ("a", "criterio", "de"), ("a", "criterio", "del"), ("para",),
    # a body that speaks through a person: `La oposición, en voz de X, criticó…` (trial35, finding 5)
    ("en", "voz", "de"), ("en", "voz", "del"),
)
# Openers whose possessive refers to whoever is salient: `en sus palabras`, `a su juicio`.
POSSESSIVE_OPENERS = frozenset({
    ("en", "sus", "palabras"), ("según", "sus", "palabras"), ("a", "su", "juicio"), ("en", "su", "opinión"),
    ("a", "su", "entender"), ("a", "su", "parecer"), ("según", "su", "criterio"), ("a", "su", "criterio")})
# A possessive opinion noun before a copula (`su convicción es que…`, `su postura fue clara`): its owner's view.
OPINION_NOUNS = word_set("convicción impresión postura posición tesis opinión parecer")
OPINION_OPENERS = frozenset((possessive, noun, copula) for possessive in ("su", "sus") for noun in OPINION_NOUNS
                            for copula in ("es", "era", "fue", "sigue", "son"))
POSSESSIVE_OPENERS = POSSESSIVE_OPENERS | OPINION_OPENERS
# Adjectives of a stance after a copula, with their complement (`es escéptico con respecto a…`, `era partidaria de…`,
# `está convencido de que…`): an opinion of the subject's. `La situación es crítica` has no complement of a stance.
STANCES_ANYWHERE = frozenset(stem + end for stem in ("escéptic", "partidari", "contrari", "convencid", "reaci")
                             for end in ("o", "a", "os", "as")) | word_set("favorable favorables optimista optimistas "
                                                                           "pesimista pesimistas")
# Verbs of a view whose holder is a dative a clitic takes up (`A la ministra le parece que…`, `al juez no le consta
# que…`): an opinion of the dative's, told only before `que`.
DATIVE_VIEWS = word_set("parece pareció parecía preocupa preocupó preocupaba consta constaba constó")
# The rest are read in news only: a novel's `estaba satisfecho de su obra` tells how he felt.
# Stances that need no complement in news, the clause ending on them (`X, catedrático de…, es más optimista.`, `no
# está satisfecho:`): a view the article goes on to quote. Not `crítico` (`el paciente sigue crítico` is his state).
STANCES_ALONE = frozenset(stem + end for stem in ("optimist", "pesimist") for end in ("a", "as")) | frozenset(
    stem + end for stem in ("escéptic", "convencid", "satisfech", "insatisfech") for end in ("o", "a", "os", "as"))
# `crítico` is a stance only before `con` (`es muy crítico con el plan`; `es crítico de cine` is a trade).
CRITICAL = frozenset("crítico crítica críticos críticas".split())
STANCES = STANCES_ANYWHERE | STANCES_ALONE | CRITICAL
# Degree words between a copula and its stance, in news (`es más optimista`, `está muy convencida de que…`).
STANCE_DEGREES = word_set("más menos muy tan bastante algo poco totalmente completamente absolutamente plenamente")
# Where a clause ends after a stance with no complement (sentence tokens; a paragraph's bare words have no marks).
STANCE_ENDS = frozenset(".;:")
STANCE_COPULAS = word_set("es son era eran fue fueron está están estaba estaban sigue siguen")
# Locutions of a stance after a copula, by their middle word: (word before it, words after it) (`está en contra de…`,
# `no está de acuerdo con…`, `son partidarios` aside). Read in news only, as the adjectives above are.
STANCE_LOCUTIONS = {"favor": ("a", ("de", "del")), "contra": ("en", ("de", "del")),
                    "acuerdo": ("de", ("con", "en"))}
PLURAL_COPULAS = word_set("son eran fueron están estaban siguen mostraron muestran mostraban")  # `se mostraron a favor`
# Verbs of showing that take a stance after `se` as a copula does (`se mostró de acuerdo`, `se muestra escéptica con…`,
# `se mostraron partidarios de…`): the third persons of `mostrarse`.
SHOWING = word_set("mostró muestra mostraba mostraron muestran mostraban mostrado")
STANCE_COMPLEMENTS = word_set("con de a ante sobre respecto frente acerca")
