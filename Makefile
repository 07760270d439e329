# `make demo` and `make test` do all set-up on a fresh machine: they create .venv with a
# Python >= 3.12 found on this machine and install the project into it.
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed-stamp
export HF_HUB_OFFLINE := 1

.PHONY: demo test bench notebooks lint clean

$(STAMP): pyproject.toml
	@set -e; found=""; \
	for c in "$$VNLEGAL_PYTHON" python3.12 python3.13 python3 \
	         $$HOME/.pyenv/versions/3.12*/bin/python3 $$HOME/.pyenv/versions/3.13*/bin/python3 \
	         /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do \
	  [ -n "$$c" ] || continue; \
	  if "$$c" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
	    found="$$c"; break; fi; \
	done; \
	if [ -z "$$found" ]; then echo "vnlegal needs Python >= 3.12 and found none that runs (set VNLEGAL_PYTHON)" >&2; exit 1; fi; \
	echo "using $$found ($$("$$found" --version))"; \
	rm -rf $(VENV); "$$found" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/vnlegal demo corpus

test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -q

bench: $(STAMP)
	$(VENV)/bin/vnlegal bench

# Run every notebook and write its outputs back (tests/test_notebooks.py fails while they are stale).
notebooks: $(STAMP)
	$(PY) tests/test_notebooks.py

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
