# The README's two commands are `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots guide bench-startup system-deps clean
.PHONY: translations translations-update

run: $(STAMP) translations
	$(PY) -m safehash

# The whole suite, then the packaging smoke tests (they build the Linux bundle and .deb,
# or reuse them when nothing they are made of changed).
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check client tests scripts
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --ignore=tests/packaging
	$(MAKE) test-packaging

lint: $(STAMP)
	$(PY) -m ruff check client tests scripts

bench: $(STAMP)
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) scripts/bench_hashing.py
	$(PY) scripts/bench_processes.py
	$(PY) scripts/bench_video.py $(if $(VPDQ_PYTHON),--vpdq-python $(VPDQ_PYTHON))

# A PNG of every page of the window, in screenshots/ (git-ignored), drawn by a real X
# server (Xvfb); LOCALE=ar (or es, pseudo, ...) draws it in that language, in
# screenshots/<locale>/. On Debian/Ubuntu as root the X packages are installed when missing.
XVFB_PACKAGES := xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0
screenshots: $(STAMP) translations
	@if ! command -v xvfb-run >/dev/null 2>&1 || ! ldconfig -p | grep -q libxcb-cursor.so.0; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				--no-install-recommends $(XVFB_PACKAGES); \
		else \
			echo "Screenshots need Xvfb: sudo apt-get install $(XVFB_PACKAGES)" >&2; exit 1; \
		fi; \
	fi
	xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) scripts/screenshots.py \
		$(if $(LOCALE),--locale $(LOCALE))

# The support worker's guide: one self-contained HTML page per language offered, in
# docs/guide/ (git-ignored; built with the release), made by driving the real window
# through every step under Xvfb; LOCALE=ar (or "ar ko") builds only those.
guide: $(STAMP) translations
	@command -v xvfb-run >/dev/null 2>&1 || { echo "The guide needs Xvfb: sudo apt-get install $(XVFB_PACKAGES)" >&2; exit 1; }
	xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) scripts/guide.py \
		$(if $(LOCALE),--locale $(LOCALE))

# Translations: resources/i18n/safehash_<code>.ts (Qt Linguist) compiled to .qm, with the
# pseudo-language (en_XA) and languages.json (which languages are complete and so
# offered). The build runs this too; the .qm files are never committed.
translations: $(STAMP)
	$(PY) scripts/i18n.py compile

# After changing strings in the code: merge them into every .ts file (then translate).
translations-update: $(STAMP)
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py check

# Time from process start to a usable window (target 1.5 s), and the longest event-loop
# gap while 200 photos of 12 megapixels are hashed (target 100 ms).
bench-startup: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/bench_startup.py

system-deps:
	sh scripts/ensure-system-deps.sh

# The virtual environment is rebuilt whenever pyproject.toml changes.
$(STAMP): pyproject.toml scripts/ensure-system-deps.sh
	sh scripts/ensure-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# --- Packaging (build/, installer_scripts/, RELEASING.md) ---------------------------------
.PHONY: bundle deb dist test-packaging constraints reproducible
BUILD_PINS := build/constraints.txt

# The one-folder bundle in build/dist/safehash/, with the pinned release dependencies.
# `translations` writes the .qm files and languages.json (which languages are offered).
bundle: $(STAMP) translations
	$(PY) -m pip install -q -c $(BUILD_PINS) -e '.[build]'
	$(PY) build/build_bundle.py

# dist/: the sdist and the wheel, the whole app (setup.py compiles the translations into
# it); for pip, pipx and distribution packagers.
dist: $(STAMP)
	$(PY) -m build --outdir dist .

# build/dist/safehash_<version>_<arch>.deb (Linux).
deb: bundle
	$(PY) installer_scripts/linux/build_deb.py

# The packaging smoke tests (tests/packaging), with PyInstaller installed and required:
# without it they would skip. The bundle is reused when nothing it is made of changed.
test-packaging: $(STAMP) translations
	$(PY) -m pip install -q -c $(BUILD_PINS) 'pyinstaller>=6.10,<7'
	SAFEHASH_REQUIRE_PACKAGING=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/packaging

# Re-pin after a dependency change: the closure of safehash[build] in this venv.
constraints: $(STAMP)
	$(PY) -m pip install -q -e '.[build]'
	$(PY) build/freeze_constraints.py > $(BUILD_PINS)

# Build the bundle and the .deb twice from scratch and compare (a few minutes).
reproducible: $(STAMP) translations
	$(PY) -m pip install -q -c $(BUILD_PINS) -e '.[build]'
	sh installer_scripts/linux/check_reproducible.sh
