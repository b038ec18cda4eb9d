# The two commands of the README:
#   make demo   set up, then run the main job on the bundled sample articles
#   make test   set up, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The sources of the modules the last build compiled (setup.py says which): an edit to one means building again.
COMPILED_SOURCES := $(shell find src -name '*.cpython-*.so' ! -name '*__mypyc*' | sed 's/\.cpython-[^/]*\.so$$/.py/') setup.py

# System packages from Debian: Pango and a Vietnamese-capable font for the PDF report (both commands);
# chromium for the browser tests and poppler-utils (pdftotext, pdftoppm) for the report tests.
RUN_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
TEST_PACKAGES := $(RUN_PACKAGES) chromium poppler-utils

.PHONY: setup system-run system-test demo test bench clean

$(STAMP): pyproject.toml $(COMPILED_SOURCES)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "bantin needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	@find src -name '*.so' -delete  # an earlier build's compiled modules (BANTIN_PURE_PYTHON=1 builds none)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

system-run:
	@sh scripts/system_packages.sh $(RUN_PACKAGES)

system-test:
	@sh scripts/system_packages.sh $(TEST_PACKAGES)

demo: system-run setup
	$(BIN)/bantin demo

test: system-test setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/bench_layout.py

clean:
	rm -rf $(VENV) out build .pytest_cache .hypothesis
	find src -name '*.so' -delete
