"""Markdown to plain paragraphs: front matter, the first heading, and markup stripped.

>>> parse("---\\ntitle: Nota\\n---\\n# Cumbre\\n\\nUn **gran** acuerdo\\nfirmado.")
({'title': 'Nota'}, 'Cumbre', ['Un gran acuerdo firmado.'])
"""

import re

from search.ingest.encodings import normalize_newlines

# YAML front matter between --- lines (Jekyll, Hugo, Pandoc; `...` may close it), or TOML
# between +++ lines (Hugo); blank lines may come before it.
FRONT_MATTER = re.compile(r"\A\s*?(---|\+\+\+)[ \t]*\n(.*?)\n(?:\1|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
OPENED = re.compile(r"\A\s*?(---|\+\+\+)[ \t]*\n([^\n]*)")  # a front matter's first lines
# A value and a heading's text are taken to the line's end and stripped in Python: a lazy
# `(.*?)\s*$` tries every split of a run of spaces inside the line (quadratic), and a
# heading's `(.*?)\s*#*\s*$` every split into two runs too (cubic: `# a`, 20,000 spaces
# and `b` took hours).
META_LINE = re.compile(r"^([A-Za-zÁÉÍÓÚáéíóúñ_][\w-]*)\s*[:=]\s*(.*)$")
CONTINUED = re.compile(r"^[ \t]+\S")  # an indented line continues the value above
BLOCK_SCALAR = re.compile(r"^[>|][+-]?$")  # YAML's folded (>) and literal (|) values
# Spanish and other usual names of the keys a document uses.
KEY_ALIASES = {"título": "title", "titulo": "title", "fecha": "date", "publicado": "date",
               "publishdate": "date", "pubdate": "date", "published": "date",
               "fuente": "source", "medio": "source", "enlace": "url", "link": "url"}
HEADING = re.compile(r"^#{1,6}\s+(.*)$")  # its closing #s go in heading_text
SETEXT_UNDERLINE = re.compile(r"^(=+|-+)\s*$")
FENCE = re.compile(r"^(```|~~~)")
RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")

# A link's destination, as CommonMark reads it: `<…>`, or text whose parentheses balance
# (`wiki/Lince_(animal)`), then maybe a title; a `)` of the URL once stayed in the text.
# Every span below stops at the next opener of its kind (a `[` in a link's text, a `<` in a tag, a
# `**` in strong text): from an opener never closed, the engine then scans to the next opener, not
# to the end of the paragraph, so a paragraph of 100,000 unclosed `[` or `*a ` costs linear time,
# not minutes. Strong text is gone before emphasis is read, so emphasis needs no `*` inside.
DESTINATION = (r"\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"
               r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)")
INLINE = [
    (re.compile(r"!\[([^\[\]]*)\]" + DESTINATION), r"\1"),  # images keep their alt text, as plain text does
    (re.compile(r"\[([^\[\]]*)\]" + DESTINATION), r"\1"),  # links keep their text
    (re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|ftp)://[^\s<>]+|[^\s<>@]+@[^\s<>@.]+(?:\.[^\s<>@.]+)+)>"), r"\1"),  # autolinks: the URL
    (re.compile(r"<[^<>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"`+([^`]*)`+"), r"\1"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])(?:\*(?=\S)([^*]+?)(?<=\S)\*|_(?=\S)([^_]+?)(?<=\S)_)(?![\w*])"), r"\1\2"),  # emphasis
    (re.compile(r"~~((?:(?!~~).)+?)~~"), r"\1"),  # strike-through
    (re.compile(r"\*\*|__"), ""),  # emphasis markers left unpaired
]
# A GFM table: a header row, a delimiter row (`|---|:---:|`), then rows with pipes.
# Matched on a stripped line: `^\s*\|?\s*` tried every split of a line's leading spaces
# (a line of 20,000 spaces under one with a pipe took 3 s, one of a megabyte hours).
TABLE_DELIMITER = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
CELL_BORDER = re.compile(r"(?<!\\)\|")  # a pipe that is not escaped (`\|` is text)
QUOTE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)*")  # a block quote's `>`s, nested or not
# A list item's marker, at any depth (a nested item is indented), before the item's first word:
# a bullet (`-`, `*`, `+`) or a number of up to nine digits and `.` or `)` (CommonMark 5.2).
LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)")


def front_matter(text, warn=lambda message: None):
    """Split front matter (`key: value` lines, or TOML's `key = "value"`) from the body.

    Keys are lower case, Spanish names mapped to the usual ones (`fecha` is `date`); an
    indented line continues the value above it. Any newline convention works. What is
    broken is said through `warn(message)`: a value whose bracket or quote is never
    closed (kept as written), and a front matter that is never closed (read as text).
    """
    text = normalize_newlines(text)
    match = FRONT_MATTER.match(text)
    if not match:
        opened = OPENED.match(text)
        if opened and META_LINE.match(opened.group(2)):
            warn(f"la cabecera que abre «{opened.group(1)}» no se cierra con otra línea "
                 f"«{opened.group(1)}»; se leyó como texto")
        return {}, text
    meta, key, written = {}, None, []  # written: [name as typed, value with its continuation]
    for line in match.group(2).split("\n"):
        found = META_LINE.match(line)
        if found and not CONTINUED.match(line):
            key = found.group(1).lower()
            key = KEY_ALIASES.get(key, key)
            value = found.group(2).rstrip()
            written.append([found.group(1), value])
            if key not in meta or not meta[key]:  # the first of two aliases wins
                meta[key] = "" if BLOCK_SCALAR.match(value) else _unquoted(value)
        elif key is not None and CONTINUED.match(line):
            meta[key] = " ".join(filter(None, (meta[key], _unquoted(line.strip()))))
            written[-1][1] += " " + line.strip()
    for name, value in written:  # checked whole: `tags: [salud,` may close on the next line
        if _unclosed(value):
            warn(f"el valor de «{name}» en la cabecera, «{value}», abre «{value[0]}» y no lo "
                 f"cierra; se tomó tal cual")
    if not meta:  # "---", a line, "---" is a rule and a heading, not front matter
        return {}, text
    return {k: v for k, v in meta.items() if v}, text[match.end():]


def _unclosed(value):
    """Tell whether a YAML value opens a flow list, a map or a quote that it never closes."""
    closing = {"[": "]", "{": "}", '"': '"', "'": "'"}.get(value[:1])
    return closing is not None and (len(value) < 2 or not value.endswith(closing))


def _unquoted(value):
    return value.strip().strip("'\"").strip()


def heading_text(text):
    """Return an ATX heading's text without its closing sequence of #s (CommonMark).

    >>> heading_text("Cumbre de Ginebra ## ")
    'Cumbre de Ginebra'
    >>> heading_text("C# y F# ## #")
    'C# y F# ##'
    """
    return text.rstrip().rstrip("#").rstrip()


def strip_inline(line):
    """Remove inline markup from one line, keeping its words."""
    for pattern, replacement in INLINE:
        line = pattern.sub(replacement, line)
    return line


def _cells(row):
    """Return the cells of a table row, without its border pipes (`| a | b |` → [a, b])."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [cell.strip().replace("\\|", "|") for cell in CELL_BORDER.split(row)]


def tables_as_text(lines):
    """Return the lines with each GFM table turned into text, one paragraph per row.

    A row reads as its cells, each after its column's header: `| Lima | 25 |` under
    `| Ciudad | Casos |` is `Ciudad: Lima · Casos: 25`; empty cells are left out, and the
    header and delimiter rows give no paragraph of their own. So the cells' words are
    indexed and shown, not the pipes and dashes.

    >>> tables_as_text(["| Ciudad | Casos |", "|---|---:|", "| Lima | 25 |", "", "Fin."])
    ['Ciudad: Lima · Casos: 25', '', '', 'Fin.']
    """
    found, index, in_fence = [], 0, False
    while index < len(lines):
        line = lines[index]
        in_fence ^= bool(FENCE.match(line.strip()))  # a table in a code block stays code
        # GFM: a delimiter row has as many cells as the header (`Precio | IVA` over `---`
        # is a heading underlined, not a table)
        if (not in_fence and "|" in line and index + 1 < len(lines)
                and TABLE_DELIMITER.fullmatch(lines[index + 1].strip())
                and "|" in lines[index + 1] + line.strip("|")
                and len(_cells(lines[index + 1])) == len(_cells(line))):
            headers = _cells(line)
            index += 2
            rows = 0
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                cells = _cells(lines[index])
                pairs = [f"{header}: {cell}" if header else cell
                         for header, cell in zip(headers + [""] * len(cells), cells) if cell]
                found += [" · ".join(pairs), ""]
                index += 1
                rows += 1
            if not rows:  # a table of headers alone: its words are still text
                found += [" · ".join(header for header in headers if header), ""]
            continue
        found.append(line)
        index += 1
    return found


def parse(text, label_fixer=None, warn=lambda message: None, turns=lambda block: [block]):
    """Return (front matter, first heading, paragraphs) of a Markdown text.

    `label_fixer` rewrites a paragraph's leading speaker label before the markup goes; it sees the
    block's lines (a label may stand alone on the first one). `warn` hears front_matter's problems.
    `turns` splits a block's lines into paragraphs' lines (formats.turns_of: a transcript's turns).
    """
    meta, body = front_matter(text, warn)
    heading, paragraphs, block, in_fence = None, [], [], False
    in_item = False  # the block is a list item

    def flush():
        nonlocal in_item
        for lines in turns(list(block)) if block else ():
            raw = " ".join(label_fixer("\n".join(lines)).split("\n")) if label_fixer else " ".join(lines)
            paragraph = " ".join(strip_inline(raw).split())
            if paragraph:
                paragraphs.append(paragraph)
        block.clear()
        in_item = False

    for line in tables_as_text(body.splitlines()):
        if FENCE.match(line.strip()):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                block.append(line.strip())
            continue
        found = HEADING.match(line.strip())
        if found or (len(block) == 1 and not in_item and SETEXT_UNDERLINE.match(line.strip())):
            title = strip_inline(heading_text(found.group(1)) if found else block.pop()).strip()
            flush()
            if heading is None:
                heading = title
            elif title:
                paragraphs.append(title)
            continue
        if not line.strip() or RULE.match(line):
            flush()
            continue
        line = QUOTE_PREFIX.sub("", line)
        marker = LIST_MARKER.match(line)
        # Each list item is a paragraph of its own, as a table's row is: joined, a phrase
        # matched across two items (`- Puntos: 120` `- Horario: 8:00` as «120 Horario»). A
        # list may interrupt a paragraph without a blank line, an ordered one only from 1
        # (CommonMark 5.3), and not empty: a line `2020. Fue el año…` in a paragraph is its text, whole.
        if marker and (in_item or not block or (marker.group(1) in (None, "1") and line[marker.end():].strip())):
            flush()
            in_item = True
            line = line[marker.end():]
        block.append(line.strip())
    flush()
    return meta, heading, paragraphs
