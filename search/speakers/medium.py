"""A medium put to saying: `usó sus redes sociales para narrar…`, `utilizó su cuenta para referirse al asunto`,
`recurrió a Instagram para denunciar…`, `usó la tribuna para alentar a otras mujeres a hablar`.

A verb that puts something to use leads an infinitive of saying with no `que` after it, when what is used is a
medium: a noun of the channels a person speaks through (`redes`, `cuenta`, `tribuna`, `comunicado`) or a platform's
name (`Twitter`, `X`). Using a budget, public funds or a car is no statement: `usó el presupuesto para alentar el
consumo`, `utilizó fondos públicos para alentar la compra de vivienda`.

>>> medium_put_to_saying("la nadadora usó su cuenta de twitter para alentar a otras".split(), 8)
True
>>> medium_put_to_saying("la ministra usó el presupuesto para alentar el consumo".split(), 6)
False
"""

from search.text.word_sets import word_set

MEDIUM_LEADS = word_set("usó usa usaba usado usaron utilizó utiliza utilizaba utilizado utilizaron recurrió recurre "
                      "recurría recurrido recurrieron empleó valió")
MEDIUM_NOUNS = word_set(
    "redes red cuenta cuentas perfil perfiles mensaje mensajes video vídeo videos vídeos transmisión comunicado "
    "comunicados carta cartas conferencia tribuna micrófono micrófonos plataforma plataformas columna discurso "
    "intervención blog canal página tuit tuits publicación publicaciones entrevista programa podcast escenario "
    "radio televisión prensa medios altavoz declaración declaraciones")
PLATFORMS = word_set("twitter x instagram facebook tiktok youtube telegram whatsapp linkedin threads twitch bluesky "
                   "weibo")  # lower-cased, as the words are
# Infinitives that say something only through a medium: `para alentar a otras mujeres a hablar`, not `para alentar
# el consumo`.
MEDIUM_INFINITIVES = word_set("alentar")
REACH = 10  # words from the lead to the infinitive


def medium_put_to_saying(words: list[str], index: int) -> bool:
    """Tell whether the infinitive at index follows `para` and a medium put to use (see the module's docstring);
    words: a sentence's lower-case words or tokens."""
    if index < 2 or words[index - 1] != "para":
        return False
    leads = [at for at in range(max(0, index - REACH), index - 1) if words[at] in MEDIUM_LEADS]
    return bool(leads) and any(word in MEDIUM_NOUNS or word in PLATFORMS for word in words[leads[-1] + 1:index - 1])
