# Accord: `make run` serves the demo on http://127.0.0.1:8000; `make test` runs the suite.
# With DATABASE_URL=postgres://... both use PostgreSQL instead of the embedded SQLite.

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test setup migrate demo lint format vendor chromium clean

$(BIN)/python:
	@PY=$$(scripts/find-python.sh) || exit 1; \
	  echo "Creating $(VENV) with $$PY"; \
	  "$$PY" -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

migrate: setup
	$(BIN)/accord migrate --no-input -v 1

demo: migrate
	$(BIN)/accord demo

run: demo
	@echo "Accord is starting on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(BIN)/accord runserver $(HOST):$(PORT)

# Browser tests drive Debian's chromium; install it when it is missing and we may.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's chromium for the browser tests"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install chromium'." >&2; exit 1; \
	  fi; \
	fi

test: setup chromium
	$(BIN)/ruff check accord tests
	ACCORD_ENV=test $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check accord tests
	$(BIN)/ruff format --check accord tests

format: setup
	$(BIN)/ruff format accord tests
	$(BIN)/ruff check --fix accord tests

# Re-vendor the front-end packages pinned in frontend/package.json into static files.
vendor:
	cd frontend && npm ci --no-audit --no-fund
	rm -rf accord/static/vendor && mkdir -p accord/static/vendor/bootstrap accord/static/vendor/bootstrap-icons accord/static/vendor/htmx
	cp frontend/node_modules/bootstrap/dist/css/bootstrap.min.css* accord/static/vendor/bootstrap/
	cp frontend/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js* accord/static/vendor/bootstrap/
	cp -r frontend/node_modules/bootstrap-icons/font/bootstrap-icons.min.css frontend/node_modules/bootstrap-icons/font/fonts accord/static/vendor/bootstrap-icons/
	cp frontend/node_modules/htmx.org/dist/htmx.min.js accord/static/vendor/htmx/

clean:
	rm -rf var/accord.sqlite3* var/media var/staticfiles
