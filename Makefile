# The two sacred commands: `make run` and `make test`. Both build their own .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kapdesk --sandbox

test: $(STAMP)
	$(BIN)/ruff check kapdesk tests bench
	$(BIN)/ruff format --check kapdesk tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check kapdesk tests bench
	$(BIN)/ruff format --check kapdesk tests bench

bench: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m bench

# lupdate over kapdesk/ -> resources/i18n/*.ts (translations kept), then lrelease -> .qm
translations: $(STAMP)
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Issue 7: the one-folder application (packaging/README.md) and the README's screenshot.
.PHONY: package screenshot

package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --distpath build/dist --workpath build/work packaging/kapdesk.spec
	packaging/smoke.sh build/dist/kapdesk/kapdesk

screenshot: $(STAMP)
	packaging/screenshot.sh
