"""Value classes for what a query is parsed into, without a dataclass's cost at import.

`@dataclass` writes the source of each class's __init__, __repr__ and __eq__ and compiles
it as the module loads: about 0.2 ms of CPU a class, 2 ms of a fresh `hemeroteca search`
for the query's clause tree, dates and modifiers (20 dataclasses were 7 ms of it).
A Node writes its own __init__; its fields are that __init__'s parameters, and repr and
equality come from them, as a dataclass's do: `Word(text='salud', field=None, …)`, equal
to a Node of the same class whose fields are equal, and unhashable (they are mutable).
"""


class Node:
    """A value whose fields are its __init__'s parameters (FIELDS): repr and == by them."""

    FIELDS = ()
    __hash__ = None  # compared by value and mutable, as a dataclass with eq=True

    def __init_subclass__(cls, **options):
        super().__init_subclass__(**options)
        if "__init__" in cls.__dict__:
            code = cls.__init__.__code__
            cls.FIELDS = code.co_varnames[1:code.co_argcount + code.co_kwonlyargcount]

    def __repr__(self):
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS)
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def _values(self):
        return tuple(getattr(self, name) for name in self.FIELDS)
