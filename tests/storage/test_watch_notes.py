"""A running `hemeroteca watch` names each skipped file once, until it changes (trial 3, finding 19)."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from search.storage.update import UpdateSummary
from search.storage.watch import unsaid_notes
from tests.conftest import wait_for
from tests.interrupt import interruptible


def test_each_skipped_file_is_said_once_until_it_changes(tmp_path):
    folder = tmp_path / "u"
    folder.mkdir()
    (folder / "a.txt").write_text("Lima, 1 de junio de 2023.- Texto sobre la quinua.\n")
    (folder / "binario.txt").write_bytes(b"\x00\x01\x02" * 200)
    os.mkfifo(folder / "tubo.txt")
    log = tmp_path / "watch.log"
    command = [str(Path(sys.executable).parent / "hemeroteca"), "watch", str(folder),
               "--index", str(tmp_path / "ix"), "--debounce", "0.2"]
    with open(log, "w") as out:
        process = interruptible(command, stdout=out, stderr=subprocess.STDOUT, text=True)
    try:
        def summaries():
            return log.read_text().count("2 archivos omitidos")  # in each summary line

        assert wait_for(lambda: summaries() == 1, 30), log.read_text()
        bursts = [lambda: (folder / "n.txt").write_text("Nota nueva.\n"),
                  lambda: (folder / "n.txt").rename(folder / "m.txt"),
                  lambda: (folder / "m.txt").unlink(),
                  lambda: (folder / "binario.txt").write_text(""),  # skipped for another reason
                  lambda: (folder / "otra.txt").write_text("Otra nota.\n")]
        for number, burst in enumerate(bursts, 2):
            burst()
            assert wait_for(lambda count=number: summaries() == count, 30), log.read_text()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(30)
    said = log.read_text()
    assert process.returncode == 0 and "Traceback" not in said
    assert said.count(f"omitido: {folder / 'tubo.txt'}:") == 1
    assert said.count(f"omitido: {folder / 'binario.txt'}: archivo binario") == 1
    assert said.count(f"omitido: {folder / 'binario.txt'}: archivo vacío") == 1
    assert said.count("2 archivos omitidos") == 6


def test_a_file_mended_and_broken_again_is_said_again():
    said = {}
    broken = UpdateSummary(skipped=[("/d/a.txt", "archivo vacío")])
    assert unsaid_notes(broken, said) == ["omitido: /d/a.txt: archivo vacío"]
    assert unsaid_notes(broken, said) == []
    assert unsaid_notes(UpdateSummary(), said) == []  # mended
    assert unsaid_notes(broken, said) == ["omitido: /d/a.txt: archivo vacío"]
    withdrawn = UpdateSummary(skipped=[("/d/a.txt", "archivo vacío")], withdrawn=[("/d/a.txt", "a.txt")])
    assert unsaid_notes(withdrawn, said) == [  # its documents left: news, whatever was said
        "omitido: /d/a.txt: archivo vacío; sus documentos se quitaron del índice"]
