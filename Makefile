# Paydesk: the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: help run test test-fast sandbox lint typecheck bench system-deps clean translations translations-update

## List the commands (this text).
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-z][a-z-]*:/ && doc {split($$0,t,":"); printf "  make %-22s %s\n", t[1], doc} {if ($$0 !~ /^## /) doc=""}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

system-deps:
	@bash packaging/system-deps.sh $(if $(filter test,$(MAKECMDGOALS)),test,run)

## Set everything up and start Paydesk on the built-in Demo instance.
run: system-deps $(VENV)/.installed-run translations
	$(BIN)/python -m app

## Set everything up and run the whole test suite headless.
test: system-deps $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## Run the tests without the slow ones (PyInstaller build, subprocess starts): for the edit loop.
test-fast: system-deps $(VENV)/.installed-test translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -q

# The UI translations: .ts sources (edited by translators) and the .qm catalogs compiled from them.
# The .qm files are committed too, so a wheel or a frozen build made without make carries them.
TRANSLATIONS := resources/translations
TS := $(patsubst %,$(TRANSLATIONS)/paydesk_%.ts,de fr it)
# English is the source language: its catalog holds only the plural forms ("1 payment", "2 payments").
TS_EN := $(TRANSLATIONS)/paydesk_en.ts
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

## Compile the translations (.ts -> .qm); run and test do it first.
translations: $(QM)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(VENV)/.installed-run
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## After changing texts in app/: bring the .ts files up to date, then translate what is unfinished.
translations-update: $(VENV)/.installed-run
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -source-language en \
		$(sort $(shell find app -name '*.py')) -ts $(TS)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly -source-language en \
		-target-language en $(sort $(shell find app -name '*.py')) -ts $(TS_EN)

## Run the API sandbox alone in the foreground (Ctrl+C stops it).
sandbox: $(VENV)/.installed-run
	$(BIN)/python -m app.sandbox --port 8080 --instance demo --secret demo-secret

## ruff: lint and format check.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/ruff format --check app tests benchmarks

## mypy, strict (see [tool.mypy] in pyproject.toml).
typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

## The benchmarks under benchmarks/ (ratios against a baseline of the same run).
bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

$(VENV)/.installed-dist: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(VENV)/.installed-run

.PHONY: dist dist-deps
# Qt's run-time libraries and binutils (PyInstaller needs objdump on Linux).
dist-deps:
	@bash packaging/system-deps.sh dist

## Build the one-folder app with PyInstaller: dist/paydesk/paydesk (see packaging/README.md).
dist: dist-deps $(VENV)/.installed-dist translations
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/paydesk.spec

## Remove the venv and build output.
clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
