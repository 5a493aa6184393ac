"""Markdown to plain paragraphs: front matter, the first heading, and markup stripped.

>>> parse("---\\ntitle: Nota\\n---\\n# Cumbre\\n\\nUn **gran** acuerdo\\nfirmado.")
({'title': 'Nota'}, 'Cumbre', ['Un gran acuerdo firmado.'])
"""

import re

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
META_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
SETEXT_UNDERLINE = re.compile(r"^(=+|-+)\s*$")
FENCE = re.compile(r"^(```|~~~)")
RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")

INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"`+([^`]*)`+"), r"\1"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strike-through
    (re.compile(r"\*\*|__"), ""),  # emphasis markers left unpaired
]
BLOCK_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)*(?:[-*+]\s+|\d+[.)]\s+)?")


def front_matter(text):
    """Split front matter (simple `key: value` lines) from the body."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        found = META_LINE.match(line)
        if found and found.group(2):
            meta[found.group(1).lower()] = found.group(2).strip("'\"")
    return meta, text[match.end():]


def strip_inline(line):
    """Remove inline markup from one line, keeping its words."""
    for pattern, replacement in INLINE:
        line = pattern.sub(replacement, line)
    return line


def parse(text, label_fixer=None):
    """Return (front matter, first heading, paragraphs) of a Markdown text.

    `label_fixer` rewrites a paragraph's leading speaker label before the markup goes.
    """
    meta, body = front_matter(text)
    heading, paragraphs, block, in_fence = None, [], [], False

    def flush():
        if block:
            raw = " ".join(block)
            if label_fixer:
                raw = label_fixer(raw)
            paragraph = " ".join(strip_inline(raw).split())
            if paragraph:
                paragraphs.append(paragraph)
            block.clear()

    for line in body.splitlines():
        if FENCE.match(line.strip()):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                block.append(line.strip())
            continue
        found = HEADING.match(line.strip())
        if found or (block and len(block) == 1 and SETEXT_UNDERLINE.match(line.strip())):
            title = strip_inline(found.group(1) if found else block.pop()).strip()
            flush()
            if heading is None:
                heading = title
            elif title:
                paragraphs.append(title)
            continue
        if not line.strip() or RULE.match(line):
            flush()
            continue
        block.append(BLOCK_PREFIX.sub("", line).strip())
    flush()
    return meta, heading, paragraphs
