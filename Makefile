# Two commands set everything up on a fresh machine:
#   make demo   install what the demo needs (no test extras: no PyTorch, Ray or Label Studio), build the
#               shipped corpus in corpus/build, print its summary, score the shipped baselines on the
#               shipped gold, print the scores and update benchmarks/LEADERBOARD.md
#   make test   install everything (the test extras too), lint with ruff and run the whole test suite
#   make test-fast   the same without the slow, Label Studio, Ray and fuzz tests (a couple of minutes)
# Each install has its own stamp, so `make demo` then `make test` installs the rest.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DEMO_INSTALLED := $(VENV)/.installed-demo

.PHONY: install demo test test-fast lint schemas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The full install holds the demo's: then only the stamp is needed.
$(DEMO_INSTALLED): pyproject.toml | $(BIN)/python
	if [ $(INSTALLED) -nt pyproject.toml ]; then :; else $(BIN)/pip install --quiet -e '.[demo]'; fi
	touch $@

install: $(INSTALLED)

demo: $(DEMO_INSTALLED)
	$(BIN)/newsquotes build
	$(BIN)/newsquotes corpus stats corpus/build --no-counts
	$(BIN)/newsquotes bench run

lint: $(INSTALLED)
	$(BIN)/ruff check .

test: lint
	$(BIN)/python -m pytest

test-fast: lint
	$(BIN)/python -m pytest -m "not slow and not labelstudio and not ray and not fuzz"

schemas: $(INSTALLED)
	$(BIN)/newsquotes schema export schemas

clean:
	rm -rf corpus/build corpus/build.partial corpus/build.previous
