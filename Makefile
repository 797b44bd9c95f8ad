# Parallax: `make run` sets up and launches; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PARALLAX := $(BIN)/parallax

.PHONY: run test install index bench bench-quick clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Index the configured corpus when the index is missing or stale (only changed articles are touched).
index: install
	$(PARALLAX) index

run: index
	$(PARALLAX)

test: install
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: install
	$(BIN)/python -m benchmarks.run

bench-quick: install
	$(BIN)/python -m benchmarks.run --quick

clean-venv:
	rm -rf $(VENV)
