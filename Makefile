# Paydesk: the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test sandbox lint typecheck bench system-deps clean

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
run: system-deps $(VENV)/.installed-run
	$(BIN)/python -m app

## Set everything up and run the whole test suite headless.
test: system-deps $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

## Run the API sandbox alone in the foreground (Ctrl+C stops it).
sandbox: $(VENV)/.installed-run
	$(BIN)/python -m app.sandbox --port 8080 --instance demo --secret demo-secret

lint: $(VENV)/.installed-test
	$(BIN)/ruff check app tests benchmarks
	$(BIN)/ruff format --check app tests benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
