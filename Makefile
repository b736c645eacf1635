# Two commands on a fresh machine:
#   make run   – create .venv, install mou-extract with its models, run it on corpus/ into out/
#   make test  – the same set-up, then the test suite (this is what CI runs)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test eval bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/mou-extract run corpus -o out; test $$? -le 1
	$(BIN)/mou-extract eval --gold gold/corpus --pred out/documents.jsonl --html out/report.html

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/mou-extract eval --gold gold/corpus --pred out/documents.jsonl --split test

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py

clean:
	rm -rf out .pytest_cache
