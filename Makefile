# Accord: `make run` serves the demo on http://127.0.0.1:8000 (PORT=8080 to change it) with
# its background worker; `make dev` is the same in debug mode with autoreload; `make test`
# runs the suite. With DATABASE_URL=postgres://... all use PostgreSQL instead of SQLite.

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# The suite runs in one worker process per core, each on its own test database, a test
# module to a worker (PYTEST_WORKERS=0 runs it in this process).
PYTEST_WORKERS ?= auto

.PHONY: run dev test setup migrate demo lint format vendor run-deps test-deps clean bench client

$(BIN)/python:
	@PY=$$(scripts/find-python.sh) || exit 1; \
	  echo "Creating $(VENV) with $$PY"; \
	  "$$PY" -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml setup.py accord/scheduling/_cpm.c
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

migrate: setup
	$(BIN)/accord migrate --no-input -v 1

demo: migrate
	$(BIN)/accord demo

# The web app (DEBUG off: friendly error pages, static files through whitenoise) and the
# background worker with its scheduler, under one process manager: Ctrl-C stops both.
run: run-deps demo
	@echo "Accord is starting on http://$(HOST):$(PORT)/ with its background worker (Ctrl-C to stop)"
	ACCORD_HOST=$(HOST) ACCORD_PORT=$(PORT) DEBUG=false $(BIN)/honcho -f Procfile start

# Debug mode: Django's development server reloads on code changes; the worker runs beside it.
dev: run-deps demo
	@echo "Accord (debug mode) is starting on http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	ACCORD_HOST=$(HOST) ACCORD_PORT=$(PORT) DEBUG=true $(BIN)/honcho -f Procfile.dev start

# Debian packages: Pango and fonts for PDF output (WeasyPrint), and chromium for the
# browser tests. Installed when missing and we may; otherwise we say what to install.
RUN_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
TEST_PACKAGES := $(RUN_PACKAGES) chromium
define ensure_debian_packages
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Accord needs these Debian packages: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi
endef

run-deps:
	$(call ensure_debian_packages,$(RUN_PACKAGES))

test-deps:
	$(call ensure_debian_packages,$(TEST_PACKAGES))

test: setup test-deps
	$(BIN)/ruff check accord tests benchmarks
	ACCORD_ENV=test $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check accord tests benchmarks
	$(BIN)/ruff format --check accord tests benchmarks

format: setup
	$(BIN)/ruff format accord tests benchmarks
	$(BIN)/ruff check --fix accord tests benchmarks

# Regenerate the Python client (clients/python/) from the live OpenAPI document; commit
# the result (tests/test_client.py fails while it is out of date).
client: setup
	ACCORD_ENV=test $(BIN)/python clients/python/generate.py

# Speed and memory against named peers, as ratios measured in the same run
# (docs/performance.md). The peers are installed from the `bench` extra.
bench: setup
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks.bench_cpm
	$(BIN)/python -m benchmarks.bench_montecarlo
	$(BIN)/python -m benchmarks.bench_rcpsp
	$(BIN)/python -m benchmarks.bench_portfolio
	$(BIN)/python benchmarks/leveling_demo.py
	$(BIN)/python benchmarks/audit_verify.py --events 1000000
	$(BIN)/python benchmarks/plan_pages.py --tasks 500
	$(BIN)/python benchmarks/jobs_throughput.py --jobs 500
	$(BIN)/python -m benchmarks.sla_clocks

# Re-vendor the front-end packages pinned in frontend/package.json into static files.
vendor:
	cd frontend && npm ci --no-audit --no-fund
	rm -rf accord/static/vendor && mkdir -p accord/static/vendor/bootstrap accord/static/vendor/bootstrap-icons accord/static/vendor/htmx accord/static/vendor/frappe-gantt accord/static/vendor/chartjs accord/static/vendor/flatpickr
	cp frontend/node_modules/bootstrap/dist/css/bootstrap.min.css* accord/static/vendor/bootstrap/
	cp frontend/node_modules/bootstrap/dist/js/bootstrap.bundle.min.js* accord/static/vendor/bootstrap/
	cp -r frontend/node_modules/bootstrap-icons/font/bootstrap-icons.min.css frontend/node_modules/bootstrap-icons/font/fonts accord/static/vendor/bootstrap-icons/
	cp frontend/node_modules/htmx.org/dist/htmx.min.js accord/static/vendor/htmx/
	cp frontend/node_modules/frappe-gantt/dist/frappe-gantt.css frontend/node_modules/frappe-gantt/dist/frappe-gantt.umd.js accord/static/vendor/frappe-gantt/
	cp frontend/node_modules/chart.js/dist/chart.umd.min.js* accord/static/vendor/chartjs/
	cp frontend/node_modules/flatpickr/dist/flatpickr.min.js frontend/node_modules/flatpickr/dist/flatpickr.min.css accord/static/vendor/flatpickr/

clean:
	rm -rf var/accord.sqlite3* var/test-accord.sqlite3* var/media var/staticfiles
