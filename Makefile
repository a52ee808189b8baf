PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SCALE ?= township
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-all bench lint setup translations clean

$(BIN)/desk: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/desk

setup: $(BIN)/desk translations

translations: resources/i18n/lianxin_en.qm

resources/i18n/lianxin_en.qm: resources/i18n/lianxin_en.ts $(BIN)/desk
	$(BIN)/pyside6-lrelease -silent resources/i18n/lianxin_en.ts -qm resources/i18n/lianxin_en.qm

run: setup
	QT_QPA_PLATFORM= $(BIN)/python -m desk.run_demo

test: setup
	$(BIN)/ruff check desk domain projections tests
	$(BIN)/ruff format --check desk domain projections tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "not bench and not slow"

test-all: setup
	$(BIN)/python -m pytest -q -m "not bench"

bench: setup
	$(BIN)/python -m tests.bench --scale $(SCALE) $(if $(SKIP),--skip $(SKIP))

clean:
	rm -rf $(VENV) var
