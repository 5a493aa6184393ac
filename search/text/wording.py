"""Spanish wording for messages: counts with their nouns, and numbers as Spain writes them.

>>> plural(1, "documento indexado", "documentos indexados"), plural(1234, "párrafo")
('1 documento indexado', '1.234 párrafos')
"""


def number(value: int) -> str:
    """Return an integer with a point between thousands: 12.345 (the page writes them so)."""
    return f"{value:,}".replace(",", ".")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """Return "1 resultado" or "2 resultados": the count, then the noun that agrees with it.

    `plural_form` defaults to the singular with an `s`; give it for the others
    (`orador` → `oradores`, `versión` → `versiones`) and for phrases.
    """
    noun = singular if count == 1 else plural_form or singular + "s"
    return f"{number(count)} {noun}"


def seconds(value: float) -> str:
    """Return a duration with a decimal comma: "12,34 s"."""
    return f"{value:.2f} s".replace(".", ",")
