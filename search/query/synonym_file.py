"""A synonyms file in Solr's format, read into rules: which phrases are searched for which.

The format of Lucene's SolrSynonymParser (the `synonyms_path` file of Elasticsearch's
`synonym_graph` filter, Solr's `synonyms.txt`;
https://lucene.apache.org/core/8_1_0/analyzers-common/org/apache/lucene/analysis/synonym/SolrSynonymParser.html):

- blank lines and lines starting with `#` are comments;
- `a, b, c` are equivalent: each is searched for each of the others (`expand` true);
- `a, b => c, d` maps explicitly: a and b also search c and d, not back;
- rules for one phrase are merged (`foo => bar` and `foo => baz` is `foo => bar, baz`);
- a phrase may hold several words (`teléfono móvil`).

Elasticsearch's `lenient: true` is followed: a line that can't be read is named, with its file
and line, and left out; the file's other lines still count. A file that can't be read at all
(missing, a folder, no UTF-8) is named and left out; the search goes on without it. Bounds:
a file is read up to MAX_BYTES and MAX_LINES, a line keeps MAX_PHRASES phrases, a phrase
MAX_WORDS words, so that a huge file costs a bounded reading, said once.

>>> rules, problems = read_rules("cubrebocas, tapabocas\\n# x\\ncoche => carro\\n=> nada", "s.txt")
>>> rules
[(1, ('cubrebocas', 'tapabocas'), ('cubrebocas', 'tapabocas')), (3, ('coche',), ('carro',))]
>>> problems
['Sinónimos: s.txt, línea 4: no hay nada antes de «=>»; se ignoró.']
"""

from pathlib import Path

from search.text.wording import plural

MAX_BYTES = 1_000_000  # a file of synonyms, read at most this far (a thesaurus of 30,000 lines)
MAX_LINES = 20_000
MAX_PHRASES = 32  # phrases on one line
MAX_WORDS = 6  # words in one phrase
MAX_LINE_CHARS = 2_000
SHOWN_PROBLEMS = 3  # problems of one file said one by one; the rest are counted


def read_rules(text, name, count=True):
    """Return ([(line, sources, targets)], [problem]) of a synonyms file's text.

    `sources` are the phrases a rule applies to and `targets` those it adds, both as
    written; an equivalence has both the same. `name` names the file in problems, which
    are counted past the first few (`count=False`: all of them, for a caller that adds its own).
    """
    rules, problems = [], []
    lines = text.splitlines()
    if len(lines) > MAX_LINES:
        problems.append(f"Sinónimos: {name} tiene {len(lines):,} líneas; se leyeron las "
                        f"{MAX_LINES:,} primeras.".replace(",", "."))
    for number, line in enumerate(lines[:MAX_LINES], 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rule, problem = _read_line(line)
        if problem:
            problems.append(f"Sinónimos: {name}, línea {number}: {problem}; se ignoró.")
        else:
            rules.append((number, *rule))
    return rules, counted(problems, name) if count else problems


def _read_line(line):
    """Return ((sources, targets), None) for one rule, or (None, what is wrong)."""
    if len(line) > MAX_LINE_CHARS:
        return None, f"la línea tiene más de {MAX_LINE_CHARS:,} caracteres".replace(",", ".")
    if line.count("=>") > 1:
        return None, "tiene «=>» más de una vez"
    left, arrow, right = line.partition("=>")
    sources = _phrases(left)
    if arrow and not sources:
        return None, "no hay nada antes de «=>»"
    targets = _phrases(right) if arrow else sources
    if arrow and not targets:
        return None, "no hay nada después de «=>»"
    if not arrow and len(sources) < 2:
        return None, f"«{_shown(line)}» no tiene sinónimos (sepárelos con comas, o escriba «a => b»)"
    if len(sources) > MAX_PHRASES or len(targets) > MAX_PHRASES:
        return None, f"tiene más de {MAX_PHRASES} sinónimos"
    long = next((phrase for phrase in (*sources, *targets) if len(phrase.split()) > MAX_WORDS), None)
    if long:
        return None, f"«{_shown(long)}» tiene más de {MAX_WORDS} palabras"
    return (sources, targets), None


def _phrases(side):
    """Return the phrases of one side of a rule, spaces squeezed, empty ones left out."""
    return tuple(dict.fromkeys(" ".join(part.split()) for part in side.split(",") if part.strip()))


def _shown(text, chars=40):
    """Return text as a problem quotes it: its first `chars` characters, and `…` if cut."""
    return text if len(text) <= chars else text[:chars] + "…"


def counted(problems, name):
    """Return the first SHOWN_PROBLEMS problems of the file `name`, and how many more there were."""
    if len(problems) <= SHOWN_PROBLEMS:
        return problems
    more = len(problems) - SHOWN_PROBLEMS
    return problems[:SHOWN_PROBLEMS] + [f"Sinónimos: {name}: y {plural(more, 'línea más', 'líneas más')} "
                                        f"que no se {'pudo' if more == 1 else 'pudieron'} leer; "
                                        f"se {'ignoró' if more == 1 else 'ignoraron'}."]


def read_file(path):
    """Return (text, [problem]) of a synonyms file: "" and why when it can't be read.

    At most MAX_BYTES are read (cut at the last line end, and said), as UTF-8 (with or
    without a byte-order mark); a file in another encoding names the line of its first
    byte that is not UTF-8.
    """
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return "", [f"Sinónimos: no existe el archivo {path}; se buscó sin él."]
    except IsADirectoryError:
        return "", [f"Sinónimos: {path} es una carpeta, no un archivo; se buscó sin él."]
    except PermissionError:
        return "", [f"Sinónimos: no hay permiso para leer {path} (chmod a+r {path}); se buscó sin él."]
    except OSError as error:
        return "", [f"Sinónimos: no se pudo leer {path} ({error.strerror or error}); se buscó sin él."]
    problems = []
    if len(data) > MAX_BYTES:
        data = data[:data.rfind(b"\n", 0, MAX_BYTES) + 1]
        lines = data.count(b"\n")
        if lines > MAX_LINES:  # cut here too: read_rules would count the same lines again
            data = b"\n".join(data.split(b"\n", MAX_LINES)[:MAX_LINES]) + b"\n"
            lines = MAX_LINES
        problems.append(f"Sinónimos: {path} mide más de {MAX_BYTES // 1_000_000} MB; se leyeron "
                        f"sus primeras {lines:,} líneas.".replace(",", "."))
    try:
        return data.decode("utf-8-sig"), problems
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        return "", problems + [f"Sinónimos: {path}, línea {line}: no está escrito en UTF-8; "
                               "se buscó sin ese archivo."]
