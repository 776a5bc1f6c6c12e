# cotdesk: the two quick-start commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= .demo/cotdesk.db

.PHONY: run test lint typecheck contracts unit bench lock clean screenshots translations dist dist-check

# The virtual environment, installed exactly from the lock (hashes checked).
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## Launch the app on a local demo database (built on first run, no server needed).
run: $(STAMP)
	$(BIN)/cotdesk gui --demo --db $(DEMO_DB)

## Lint, types, layering contracts, dependency audit and the whole test suite.
test: $(STAMP)
	bash scripts/system-deps.sh --screen
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python scripts/audit_deps.py  # pip-audit of requirements.lock (warns if offline)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
	$(MAKE) --no-print-directory dist-check

## The desk app as a folder to install (PyInstaller onedir): dist/cotdesk/cotdesk.
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller installer/cotdesk.spec

## Build the bundle and run the built program's self-test offscreen: a missing data file,
## Qt plugin or translation fails here (part of `make test`).
dist-check: dist
	rm -rf build/dist-check
	QT_QPA_PLATFORM=offscreen COTDESK_LOG_DIR=build/dist-check/logs COTDESK_CONFIG_DIR=build/dist-check/config \
		dist/cotdesk/cotdesk --self-test
	@echo "bundle: $$(du -sh dist/cotdesk | cut -f1) in dist/cotdesk"

## Performance benchmarks (results in benchmarks/results/).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run_all

## Re-pin the dependencies after editing pyproject.toml.
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --generate-hashes -o requirements.lock

## Screenshots of the main screens into docs/ (under a virtual display).
screenshots: $(STAMP)
	bash scripts/screenshots.sh

## Interface languages: lupdate cotdesk/ui/*.py into resources/translations/cotdesk_{it,en}.ts
## (-no-obsolete), English from scripts/translations_en.json, then lrelease to the .qm files.
translations: $(STAMP)
	$(BIN)/python scripts/translations.py

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache build dist
