# The README's two commands are `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench system-deps clean

run: $(STAMP)
	$(PY) -m safehash

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check client tests scripts
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check client tests scripts

bench: $(STAMP)
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) scripts/bench_hashing.py

system-deps:
	sh scripts/ensure-system-deps.sh

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(STAMP): pyproject.toml scripts/ensure-system-deps.sh
	sh scripts/ensure-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
