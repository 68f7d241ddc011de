# Tijori: the commands a new user needs. Only python3 and make are assumed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean bundle bundle-test translations translations-update

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The desktop application's translations: sources (.ts, kept in git) and the compiled
# files Qt loads (.qm, built here, never committed).
TS := $(wildcard resources/translations/tijori_*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## translations: compile the .ts translations into the .qm files the application loads
translations: $(QM)

## translations-update: collect the application's messages into every .ts (PySide6 lupdate):
# the windows (app/gui), the journal's sentences they show (the context "Timeline"), and
# the errors and checks' reasons of the layers below (the context "Messages", listed
# for lupdate by app/domain/messages.py into a file made and removed here)
TRANSLATED := app/gui/*.py app/services/timeline.py app/services/feedback.py
translations-update: $(STAMP)
	@catalogue=$$(mktemp --suffix=.py) && \
	$(BIN)/python -m app.domain.messages $$catalogue && \
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $(TRANSLATED) $$catalogue -ts $(TS); \
	status=$$?; rm -f $$catalogue; exit $$status

## run: install Tijori into .venv and open the desktop application
run: $(STAMP) translations
	$(BIN)/python -m app

## test: install with the test extra and run the whole suite headless
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

## bench: the million-bar benchmark (several minutes)
bench: $(STAMP)
	$(BIN)/python bench/bench.py

## bundle: the offline desktop bundle, dist/tijori-VERSION-linux-x86_64.tar.gz + SHA256SUMS
bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/python packaging/build_bundle.py

## bundle-test: unpack the bundle outside the repository and run it offline (builds it first)
bundle-test: bundle
	packaging/bundle_test.sh

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info
