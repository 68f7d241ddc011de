# Tijori: the commands a new user needs. Only python3 and make are assumed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean bundle bundle-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## run: install Tijori into .venv and open the desktop application
run: $(STAMP)
	$(BIN)/python -m app

## test: install with the test extra and run the whole suite headless
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

## bench: the million-bar benchmark (several minutes)
bench: $(STAMP)
	$(BIN)/python bench/bench.py

## bundle: the offline desktop bundle, dist/tijori-VERSION-linux-x86_64.tar.gz + SHA256SUMS
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/python packaging/build_bundle.py

## bundle-test: unpack the bundle outside the repository and run it offline (builds it first)
bundle-test: bundle
	packaging/bundle_test.sh

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info
