# Export Model Advisor — `make run` starts the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
QT_ENV := QT_QPA_PLATFORM=offscreen
# pip, showing what it collects and installs; setuptools' note on editable installs of a
# flat layout (there are no other folders named like the packages here) left out.
PIP    := PYTHONWARNINGS="ignore:Editable installation" $(PY) -m pip
STEP   := @printf '==> %s\n'

TS     := $(wildcard resources/translations/*.ts)
# The application without its Qt interface: type-checked strictly, as the core is.
HEADLESS_APP := app/cli app/survey app/files \
	app/presenter app/catalogue app/terminal.py app/report
QM     := $(patsubst resources/translations/%.ts,app/i18n/%.qm,$(TS))
# The versions the suite passed with (installed by every target), and the lowest ones
# pyproject.toml declares (installed by `make floors` in a venv of their own).
LOCK   := requirements/lock.txt
FLOORS := requirements/floors.txt
FLOORS_VENV ?= .venv-floors

.PHONY: run test check lint sysdeps bench validate translations lupdate icons clean \
	dist dist-check install-desktop floors lock stress

run: $(VENV)/.installed-run sysdeps translations
	$(STEP) "starting Export Model Advisor"
	$(VENV)/bin/export-advisor

# The whole gate: lint, format, import contracts, types (the decision core), then the tests.
test: $(VENV)/.installed-dev sysdeps translations lint
	$(STEP) "running the tests (pytest, offscreen Qt; a few minutes)"
	$(QT_ENV) $(PY) -m pytest -q

check: test

# Compiled translations (.qm) are built from the .ts sources, never committed.
translations: $(QM)

app/i18n/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	$(STEP) "compiling the translation $@"
	@mkdir -p app/i18n
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (keeps existing translations).
lupdate: $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lupdate $$(find app/ui -name '*.py' | sort) -no-obsolete \
		-ts $(TS)

# The one-folder app (PyInstaller, packaging/export-advisor.spec) in dist/export-advisor;
# prints its size and what takes the space.
dist: $(VENV)/.installed-packaging sysdeps translations
	$(VENV)/bin/pyinstaller packaging/export-advisor.spec --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller
	$(PY) packaging/dist_report.py size dist/export-advisor

# The built binary against the venv: --version, rank and robustness JSON byte for byte,
# and the window offscreen.
dist-check: $(VENV)/.installed-run
	$(QT_ENV) $(PY) packaging/dist_report.py check dist/export-advisor

# Desktop integration for the current user: menu entry, icons, AppStream metainfo.
# ASSOCIATE=1 also registers the app for .json assessments (only if you ask).
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
install-desktop: icons
	install -Dm644 resources/export-advisor.desktop $(DATA_HOME)/applications/export-advisor.desktop
	if [ -n "$(ASSOCIATE)" ]; then \
		echo "MimeType=application/json;" >> $(DATA_HOME)/applications/export-advisor.desktop; fi
	mkdir -p $(DATA_HOME)/icons && cp -r build/icons/hicolor $(DATA_HOME)/icons/
	install -Dm644 resources/*.metainfo.xml -t $(DATA_HOME)/metainfo/
	if command -v update-desktop-database >/dev/null; then \
		update-desktop-database -q $(DATA_HOME)/applications; fi
	if command -v gtk-update-icon-cache >/dev/null; then \
		gtk-update-icon-cache -q -t $(DATA_HOME)/icons/hicolor; fi

# PNG sizes of the icon for a desktop's hicolor theme, in build/icons.
icons: $(VENV)/.installed-run
	$(QT_ENV) $(PY) packaging/render_icons.py build/icons

LINTED := criteria app tests benchmarks scripts packaging setup.py

lint: $(VENV)/.installed-dev
	$(STEP) "checking style, import contracts and types"
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy --strict criteria
	$(VENV)/bin/mypy --strict $(HEADLESS_APP)
	$(VENV)/bin/mypy app

# System libraries Qt needs (offscreen and on a desktop) and CJK fonts; installed with
# apt-get when missing and possible, otherwise named in one message.
sysdeps:
	@sh packaging/ensure-system-deps.sh

$(VENV)/bin/python:
	$(STEP) "creating the virtual environment $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml $(LOCK) | $(VENV)/bin/python
	$(STEP) "installing the app and the versions in $(LOCK) (first time: a few minutes)"
	$(PIP) install --progress-bar off -c $(LOCK) -e .
	touch $@

$(VENV)/.installed-packaging: pyproject.toml $(LOCK) | $(VENV)/bin/python
	$(STEP) "installing the app with PyInstaller"
	$(PIP) install --progress-bar off -c $(LOCK) -e '.[packaging]'
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(LOCK) | $(VENV)/bin/python
	$(STEP) "installing the app and its test tools, the versions in $(LOCK) (first time: a few minutes)"
	$(PIP) install --progress-bar off -c $(LOCK) -e '.[dev]'
	touch $@ $(VENV)/.installed-run

# The whole suite on the lowest versions pyproject.toml declares: the floors are true.
floors: sysdeps translations
	test -x $(FLOORS_VENV)/bin/python || $(PYTHON) -m venv $(FLOORS_VENV)
	PYTHONWARNINGS="ignore:Editable installation" $(FLOORS_VENV)/bin/python -m pip install --quiet -c $(FLOORS) -e '.[dev]'
	$(QT_ENV) $(FLOORS_VENV)/bin/python -m pytest -q -p no:cacheprovider

# The concurrent-writer trials at ten times the suite's count, and the hostile
# workbooks with a bomb ten times the suite's.
stress: $(VENV)/.installed-dev
	STRESS_TRIALS=2000 $(PY) -m pytest -q -p no:cacheprovider tests/app/test_reliability.py \
		tests/app/test_hostile_workbooks.py

# Record the dev venv's versions as the lock (after upgrading and passing make test).
lock: $(VENV)/.installed-dev
	{ sed -n '1,2p' $(LOCK); $(PY) -m pip freeze --exclude-editable \
		| grep -v '^export-model-advisor'; } > $(LOCK).new && mv $(LOCK).new $(LOCK)

# How the advice behaves over every answer combination, and the persona suite.
validate: $(VENV)/.installed-run
	$(PY) scripts/validate.py

bench: $(VENV)/.installed-dev sysdeps
	$(PY) benchmarks/bench_cli.py
	$(QT_ENV) $(PY) benchmarks/bench_startup.py
	$(QT_ENV) $(PY) benchmarks/bench_notes.py
	$(PY) benchmarks/bench_robustness.py
	$(PY) benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) $(FLOORS_VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
