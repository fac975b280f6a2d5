# Two commands set everything up on a fresh machine:
#   make demo   build the shipped corpus in corpus/build, print its summary, score the shipped
#               baselines on the shipped gold, print the scores and update benchmarks/LEADERBOARD.md
#   make test   run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: install demo test schemas clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(INSTALLED)

demo: $(INSTALLED)
	$(BIN)/newsquotes build
	$(BIN)/newsquotes corpus stats corpus/build
	$(BIN)/newsquotes bench run

test: $(INSTALLED)
	$(BIN)/python -m pytest

schemas: $(INSTALLED)
	$(BIN)/newsquotes schema export schemas

clean:
	rm -rf corpus/build corpus/build.partial corpus/build.previous
