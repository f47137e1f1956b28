# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-long bench eval kb clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m dyads.demo

test: $(STAMP)
	$(BIN)/ruff check src
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# The minutes-long robustness runs (at least 50 SIGKILLs during ingest); .ci/run runs them too.
test-long: $(STAMP)
	$(BIN)/python -m pytest -q -m long

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

eval: $(STAMP)
	$(BIN)/python -m dyads.evaluation

kb: $(STAMP)
	$(BIN)/python scripts/build_kb.py

clean:
	rm -rf $(VENV) demo.duckdb demo.duckdb.wal demo.duckdb.lock demo_japan_korea.png
