# Hemeroteca: `make run` sets everything up, builds the index from seeds/, searches it and
# serves the search page (Ctrl-C stops it); `make test` runs the tests. Both create the
# virtual environment on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
QUERY ?= relaciones China Rusia
PORT ?= 8000

.PHONY: run setup index test clean

run: index
	$(BIN)/hemeroteca search "$(QUERY)"
	$(BIN)/hemeroteca serve --index index/ --port $(PORT)

setup: $(VENV)/.installed

# PYTHONWARNINGS: setuptools warns about every editable install, which says nothing here.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

index: setup
	$(BIN)/hemeroteca index seeds/ --index index/

test: setup
	$(BIN)/ruff check search web tests bench
	@# pycodestyle's blank-line rules (E301-E306) are in ruff's preview only: a constant
	@# glued to the def after it, or three blank lines, is a slip the stable set misses.
	$(BIN)/ruff check --preview --select E30 search web tests bench
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) index/current index/gen-* index/building-*
