"""What a search says of how it went, in Spanish: cut short by its budget (and what was left
unfinished), capped at the pages it shows, asked only stop words, or run on an empty index.

searching.py runs the search and adds these to Results.messages.
"""

from search.budget import WALL_FACTOR
from search.settings import MAX_PAGE
from search.text.wording import decimal

EMPTY_INDEX = "El índice está vacío: indexe algunos documentos antes de buscar."
CUT_SHORT = ("La búsqueda se detuvo al cumplir su tiempo máximo ({limit}){what}: se muestran "
             "los resultados hallados hasta entonces; el total y los recuentos pueden ser "
             "mayores.")


def cut_short(budget, seconds):
    """Return what to say of a search its budget cut short: which limit, and what stopped.

    >>> from search.budget import Budget
    >>> budget = Budget(0.5)
    >>> budget.stop("la comprobación de las frases en el texto")
    >>> cut_short(budget, 0.5)[:100]
    'La búsqueda se detuvo al cumplir su tiempo máximo (0,5 s de CPU); quedó sin terminar la comprobación'
    """
    limit = (f"{decimal(seconds * WALL_FACTOR)} s de reloj, con la máquina ocupada" if budget.by_wall
             else f"{decimal(seconds)} s de CPU")
    stopped = budget.stopped
    what = "" if not stopped else "; quedó sin terminar " + (
        stopped[0] if len(stopped) == 1 else ", ".join(stopped[:-1]) + " y " + stopped[-1])
    return CUT_SHORT.format(limit=limit, what=what)


def capped_message(results):
    """Return what to do when the results go past the pages a search shows (MAX_PAGE)."""
    return (f"Se muestran solo los primeros {decimal(results.reachable)} de "
            f"{decimal(results.total)} resultados ({MAX_PAGE} páginas): afine la búsqueda (más "
            "palabras, orador:, fecha:), ordénelos por fecha o descárguelos todos en CSV.")


def stop_word_message(built):
    """Return [the message for a query whose words were all stop words], or []."""
    if built.query is not None or not built.stop_words:
        return []
    words = ", ".join(f"«{word}»" for word in dict.fromkeys(built.stop_words))
    return [f"{words}: {'son palabras vacías' if len(built.stop_words) > 1 else 'es una palabra vacía'}"
            " (artículos, preposiciones, pronombres…), que el índice no guarda porque están en "
            "casi todos los párrafos. Añada una palabra con contenido; dentro de una frase con "
            "ella («Consejo de Estado») sí cuentan."]
