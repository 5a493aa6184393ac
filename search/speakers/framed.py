"""Verbs that report only in a fixed frame, with a noun of what is said as their object (`hizo estas declaraciones`,
`emitió un comunicado`, `el anuncio lo ha realizado`, `las denuncias que hizo X`), or with `se` and a state
(`se mostró convencido`); search.speakers.reporting reads them (search.speakers.lexicon re-exports them).
"""

from search.text.word_sets import word_set

# These report only in a fixed frame: "se mostró convencido", "hizo estas declaraciones".
FRAMED = word_set(
    "mostró mostraron muestra mostrado hizo hicieron hace hecho realizó realizado realizaron pronunció pronunciado "
    "puso pusieron pone ponen puesto compartió compartido compartieron comparte lanzó lanzado lanzaron lanza "
    "emitió emitido emitieron extendió extendido dirigió dirigido dedicó dedicado dedicaron publicó publicado "
    "publicaron")
# Of these, the ones that credit a quotation right after it (`«…», publicó el portal X`, `«…», compartió Ruiz`).
PUBLISHED = frozenset(form for form in FRAMED if form.startswith(("public", "compart", "emit")))
FRAMED_OBJECTS = word_set(
    "declaraciones comentarios afirmaciones llamamiento llamado hincapié énfasis advertencia anuncio palabras "
    "discurso valor manifiesto relieve importancia preocupación necesidad convicción satisfacción notar saber "
    "crítica críticas mensaje mensajes advertencias reproche reproches elogios frases tuit tuits "
    "siguiente comunicado carta referencia alusión ejemplo ejemplos denuncia denuncias acusación "
    "acusaciones")  # `publicó lo siguiente: «…»`,
# `emitió un comunicado`, `hizo referencia al triunfo`, `puso como ejemplo la demanda…`
SHOWED_STATES = word_set(
    "convencido convencida convencidos satisfecho satisfecha satisfechos confiado confiada confiados optimista "
    "optimistas partidario partidaria partidarios preocupado preocupada preocupados favorable contrario contraria "
    "dispuesto dispuesta esperanzado esperanzada pesimista tajante rotundo crítico crítica cauto cauta cautos "
    "prudente prudentes firme contundente escéptico escéptica reacio reacia abierto abierta rotunda críticos "
    "seguro segura seguros seguras"  # `se mostró seguro de que…`: sure, as `convencido`
)


def framed_object_after(words, index: int) -> bool:
    """Tell whether a framed verb's object follows it within its clause (`publicó en su cuenta de Twitter un
    mensaje`), words being lower-case tokens."""
    for word in words[index + 1:index + 9]:
        if word in FRAMED_OBJECTS:
            return True
        if word in (",", ".", ";", ":", "que"):
            return False
    return False


def framed_relative(words, index: int) -> bool:
    """Tell whether a framed verb's object comes before it in a relative clause (`las palabras que X ha dirigido`)."""
    window = words[max(0, index - 7):index]
    return "que" in window and window.index("que") > 0 and window[window.index("que") - 1] in FRAMED_OBJECTS
