# 湖州市民服务助手 — every set-up step is a target; `make run` and `make test`
# do all of them on a fresh machine. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
PY        := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
KB        := build/kb.sqlite3
GENERATED := nlu_data/generated/catalogue.yml build/jieba/userdict.txt
MODEL     := models/huzhou-assistant.tar.gz
WIDGET_DIR  := channels/widget
WIDGET      := build/widget/huzhou-widget.js
CONSOLE     := build/widget/hotline-console.js
WIDGET_DEPS := $(WIDGET_DIR)/node_modules/.installed
WIDGET_SRC  := $(WIDGET_DIR)/build.mjs $(shell find $(WIDGET_DIR)/src -type f 2>/dev/null)

CATALOGUE    := $(shell find knowledge_base/catalogue -name '*.yml' 2>/dev/null)
KB_CODE      := $(wildcard knowledge_base/*.py)
# (the folders too: a training file removed changes its folder's time, and the model is trained again)
TRAIN_INPUTS := config.yml domain.yml bot/text.py $(wildcard bot/nlu/*.py) \
                $(shell find nlu_data bot/data -name '*.yml' 2>/dev/null) \
                $(shell find nlu_data bot/data -type d 2>/dev/null)

# No telemetry, quiet TensorFlow. Rasa's training cache (.rasa/cache) is on: the custom
# components fingerprint the files and code they depend on (bot/nlu/fingerprints.py).
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONPATH := $(CURDIR)

.PHONY: help install lint types format format-check hooks kb generate train widget widget-bench hotline-bench run cluster test eval chat bench wechat-bench \
        load load-profile lock-bench audit validate clean lock report report-demo report-bench

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(INSTALLED): requirements.txt constraints.txt scripts/find-python
	@if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; then \
	  echo "$(VENV) is not Python 3.10: recreating it"; rm -rf $(VENV); fi
	@if [ ! -x $(PY) ]; then \
	  PY310=$$(scripts/find-python) || exit 1; \
	  echo "creating $(VENV) with $$PY310"; "$$PY310" -m venv $(VENV) || exit 1; fi
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements.txt -c constraints.txt
	@touch $@

install: $(INSTALLED) ## create .venv and install pinned dependencies

lint: $(INSTALLED) ## ruff: unused imports and variables, undefined names (pyproject.toml [tool.ruff]); .ci/run runs it first
	$(PY) -m ruff check .

types: $(INSTALLED) ## mypy on knowledge_base/, bot/ and channels/ (pyproject.toml [tool.mypy]); .ci/run runs it after lint
	$(PY) -m mypy

format: $(INSTALLED) ## ruff format: rewrite the Python files in the house style (pyproject.toml [tool.ruff.format])
	$(PY) -m ruff format .

format-check: $(INSTALLED) ## ruff format --check: the files `make format` would change (fails if any)
	$(PY) -m ruff format --check .

# The hooks run the pinned ruff and mypy of .venv (.pre-commit-config.yaml: `repo: local`, nothing downloaded).
hooks: $(INSTALLED) ## install the git pre-commit hooks: ruff and mypy on each commit
	$(PY) -m pre_commit install

$(KB): $(INSTALLED) $(CATALOGUE) $(KB_CODE)
	$(PY) -m knowledge_base build

kb: $(KB) ## validate the catalogue and build the knowledge base (SQLite)

$(GENERATED) &: $(INSTALLED) $(CATALOGUE) bot/generate.py knowledge_base/loader.py
	$(PY) -m bot generate

generate: $(GENERATED) ## NLU data and jieba dictionary from the catalogue

$(MODEL): $(INSTALLED) $(GENERATED) $(TRAIN_INPUTS)
	$(PY) -m bot train

train: $(MODEL) ## train the Rasa model if data or config changed

# The web widget: npm ci from the committed lockfile (no install scripts run),
# then one esbuild bundle; rebuilt only when its source or lockfile changes.
$(WIDGET_DEPS): $(WIDGET_DIR)/package.json $(WIDGET_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "building the web widget needs Node.js 18+ and npm (apt-get install nodejs npm)"; exit 1; }
	cd $(WIDGET_DIR) && npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

# One build writes both scripts: the widget and the hotline console (src/console/).
$(WIDGET) $(CONSOLE) &: $(WIDGET_DEPS) $(WIDGET_SRC)
	cd $(WIDGET_DIR) && node build.mjs $(CURDIR)/build/widget

widget: $(WIDGET) $(CONSOLE) ## build the web widget's script and the hotline console's (prints their sizes)

widget-bench: $(KB) $(MODEL) $(WIDGET) ## the widget's size and time to interactive in headless chromium
	$(PY) -m channels.widget.bench

hotline-bench: $(KB) $(MODEL) $(CONSOLE) ## the hotline assist API's latency on loopback (p50/p95 over the development set)
	$(PY) -m channels.hotline.bench

run: $(KB) $(MODEL) $(WIDGET) $(CONSOLE) ## start the action server and Rasa (REST and the widget on :5005); Ctrl-C stops
	$(PY) -m bot run

# Several replicas on this machine's PostgreSQL, Redis and RabbitMQ (each can be overridden).
REPLICAS ?= 2
cluster: $(KB) $(MODEL) $(WIDGET) $(CONSOLE) ## REPLICAS=2 Rasa replicas and the action server behind HAProxy, on PostgreSQL, Redis and RabbitMQ
	@command -v haproxy >/dev/null || { echo "make cluster needs HAProxy: apt-get install haproxy"; exit 1; }
	HUZHOU_TRACKER_URL=$${HUZHOU_TRACKER_URL:-postgresql://postgres@127.0.0.1:5432/huzhou} \
	HUZHOU_LOCK_URL=$${HUZHOU_LOCK_URL:-redis://127.0.0.1:6379/1} \
	HUZHOU_BROKER_URL=$${HUZHOU_BROKER_URL-amqp://guest:guest@127.0.0.1:5672/%2F} \
	$(PY) -m bot run --replicas $(REPLICAS)

test: $(KB) $(MODEL) $(WIDGET) $(CONSOLE) ## run the whole test suite
	$(PY) -m pytest

eval: $(KB) $(MODEL) ## score NLU, service finding, answer understanding, conversations and routing on tests/data; writes reports/
	$(PY) -m bot eval
	$(PY) -m bot eval --skip-crossval --data tests/data/test.jsonl --report reports/nlu_test.md
	$(PY) -m bot eval-routing
	$(PY) -m bot eval-dialogue

chat: $(KB) $(MODEL) ## talk to the assistant in the terminal
	$(PY) -m bot chat

bench: $(KB) $(MODEL) ## measure parse latency and memory
	$(PY) -m bot bench

wechat-bench: $(KB) $(MODEL) ## WeChat passive reply round trip (p50/p99, 200 messages)
	$(PY) -m bot wechat-bench

# The demand report (issue #15): SINCE/UNTIL are days (YYYY-MM-DD, China time), default the last 28 days.
REPORT_DIR := build/report
report: $(KB) ## demand report of the stored conversations: build/report/index.html and CSVs (SINCE=, UNTIL=)
	$(PY) -m bot report $(if $(SINCE),--since $(SINCE)) $(if $(UNTIL),--until $(UNTIL)) --out $(REPORT_DIR)

report-demo: $(KB) ## simulate 5,000 conversations into build/simulated_tracker.sqlite3 and report them
	$(PY) -m bot simulate --conversations 5000 --seed 1
	$(PY) -m bot report --url sqlite:///$(CURDIR)/build/simulated_tracker.sqlite3 --since 2026-09-07 --until 2026-11-29 --out build/report-demo

report-bench: $(KB) ## the report over 5,000 simulated conversations in a throwaway PostgreSQL database (time, counts, screenshots)
	$(PY) -m bot.insight.bench

load: $(KB) $(MODEL) ## the whole assistant under load at 10-50 msg/s, 1 and 2 replicas; writes reports/load.md (~15 min)
	$(PY) -m bot load --duration 20

# Rasa's RedisLockStore against the atomic one (bot/stores.py) on two whole replicas: 200 rounds of
# 20 concurrent messages in one conversation each; events lost, doubled or out of order, from PostgreSQL.
lock-bench: $(KB) $(MODEL) ## Rasa's stock Redis lock store against the atomic one, 2 replicas, 200 x 20 messages; writes reports/lock_race.md
	@command -v haproxy >/dev/null || { echo "make lock-bench needs HAProxy: apt-get install haproxy"; exit 1; }
	$(PY) -m bot lock-bench --rounds 200 --messages 20 --lifetime 20 --time-limit 40

load-profile: $(KB) $(MODEL) ## py-spy of both servers at 10 msg/s (one replica, SQLite): where a turn's CPU goes
	@[ -x build/tools/bin/py-spy ] || { python3 -m venv build/tools && build/tools/bin/pip install --quiet py-spy; }
	$(PY) -m bot load --setups sqlite --rates 10 --duration 20 --report build/profile/load.md --profile build/profile

# Known vulnerabilities of the pinned dependencies: pip-audit (in its own venv under build/)
# over constraints.txt, npm audit over the widget's lockfile. Both ask online advisory services.
audit: ## pip-audit over constraints.txt, npm audit over the widget's lockfile (needs the advisory services online)
	@[ -x build/audit/bin/pip-audit ] || { python3 -m venv build/audit && build/audit/bin/pip install --quiet pip-audit; }
	build/audit/bin/pip-audit -r constraints.txt --no-deps --disable-pip --strict --progress-spinner off
	cd $(WIDGET_DIR) && npm audit

validate: $(GENERATED) ## rasa data validate, warnings are errors
	$(PY) -m rasa data validate --fail-on-warnings --data nlu_data bot/data

clean: ## remove the knowledge base, models and caches (keeps .venv)
	rm -rf build models .rasa .pytest_cache

lock: $(INSTALLED) ## rewrite constraints.txt from the installed set
	$(PY) -m pip freeze --exclude-editable > constraints.txt
