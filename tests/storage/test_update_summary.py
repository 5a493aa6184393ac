import pytest

from search.storage.update_summary import EmptyUpdate, UpdateFailed, UpdateSummary, summary_notes


@pytest.mark.parametrize("given, line", [
    ({"added": 1, "unchanged": 2, "seconds": 0.5},
     "Índice ix actualizado: 1 añadido, 0 modificados, 0 movidos, 0 eliminados, 2 sin cambios; "
     "0 archivos omitidos; 0,50 s."),
    ({"updated": 2, "moved": 1, "removed": 1, "skipped": [("a.bin", "binario")], "repaired": True},
     "Índice ix actualizado: 0 añadidos, 2 modificados, 1 movido, 1 eliminado, 0 sin cambios; "
     "1 archivo omitido; se reparó una actualización interrumpida; 0,00 s."),
    ({"rebuilt": True, "documents": 1, "paragraphs": 3},
     "No había índice en ix; se construyó con 1 documento y 3 párrafos; 0 archivos omitidos; 0,00 s."),
    ({"rebuilt": True, "rebuilt_because": "El índice de ix era de otra versión", "documents": 2,
      "paragraphs": 1},
     "El índice de ix era de otra versión; se construyó con 2 documentos y 1 párrafo; "
     "0 archivos omitidos; 0,00 s."),
])
def test_the_line_counts_files_in_spanish(given, line):
    assert UpdateSummary(index_dir="ix", **given).line() == line


def test_notes_name_warnings_and_skipped_files_with_control_characters_escaped():
    summary = UpdateSummary(warnings=["id repetido"], skipped=[("raro\x1b[2J.txt", "binario")])
    assert summary_notes(summary) == ["aviso: id repetido", "omitido: raro\\x1b[2J.txt: binario"]


def test_an_empty_update_is_a_failed_update():
    assert issubclass(EmptyUpdate, UpdateFailed)
