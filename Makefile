# The front door. `make` installs what is missing and builds build/dyad;
# `make test` runs every test; `make demo` codes the demo corpus; `make bench` measures.
BUILD ?= build
JOBS ?= $(shell nproc)
DEB_PACKAGES := cmake g++ make pkg-config libicu-dev libfmt-dev libcli11-dev \
  libsimdjson-dev nlohmann-json3-dev libcld2-dev iso-codes wordnet-base \
  liblingua-en-tagger-perl libgeonames-dev libgtest-dev libgmock-dev libbenchmark-dev \
  python3 python3-jsonschema libsqlite3-dev libpqxx-dev postgresql libcpp-httplib-dev wrk
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The dashboard: Chromium for its browser tests; Node and npm to build web/ (Debian's only
# when there is no npm, since NodeSource's nodejs ships its own and conflicts with them).
DEB_PACKAGES += chromium $(if $(shell command -v npm 2>/dev/null),,nodejs npm)

.PHONY: all deps build test demo bench eval clean

all: build

# Installs the Debian packages that are not installed yet (apt-get update only if needed).
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; }; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt $(BUILD)/web/index.html
	cmake --build $(BUILD) -j $(JOBS)

# The dashboard (web/, docs/dashboard.md): `npm ci` when node_modules is missing or older
# than package-lock.json, then a vite build into $(BUILD)/web, which `dyad serve` serves.
# Packages come from the npm registry at build time; the page loads nothing at run time.
.PHONY: web
web: $(BUILD)/web/index.html
WEB_SOURCES := web/package.json web/index.html web/vite.config.js $(wildcard web/src/* web/public/*)
web/node_modules/.dyad-installed: web/package-lock.json | deps
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@
$(BUILD)/web/index.html: web/node_modules/.dyad-installed $(WEB_SOURCES)
	cd web && npm run --silent build -- --outDir $(abspath $(BUILD))/web --emptyOutDir --logLevel warn

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# `make demo` ends by serving build/demo.db on this port (0: any free port).
DEMO_PORT ?= 8080
demo: build
	@$(BUILD)/dyad code examples/*.txt > $(BUILD)/demo-events.jsonl; \
	  rc=$$?; python3 tools/summarize.py $(BUILD)/demo-events.jsonl; \
	  rm -f $(BUILD)/demo.db $(BUILD)/demo.db-wal $(BUILD)/demo.db-shm; \
	  $(BUILD)/dyad ingest --db $(BUILD)/demo.db examples/*.txt 2>/dev/null || rc=$$?; \
	  python3 tools/store_demo.py $(BUILD)/dyad $(BUILD)/demo.db || rc=$$?; \
	  [ $$rc -eq 0 ] || [ $$rc -eq 3 ] || exit $$rc; \
	  echo "--- the dashboard: open the URL below (Ctrl-C stops the server)"; \
	  exec $(BUILD)/dyad serve --db $(BUILD)/demo.db --port $(DEMO_PORT)

PHOENIX := ../shared/dictionaries/petrarch2
# The event store bench: 10 million generated events (built once into
# build/bench-store-10000000.db, about 10 GB, and reused); STORE_BENCH= runs 1 million.
STORE_BENCH ?= --10m
bench: build
	$(BUILD)/dyad_throughput --corpus ../shared/corpus --repeat 200
	@if [ -d $(PHOENIX) ]; then echo "--- with the Phoenix actor and agent dictionaries added:"; \
	  $(BUILD)/dyad_throughput --corpus ../shared/corpus --repeat 200 \
	    --actors $(PHOENIX)/Phoenix.Countries.actors.txt \
	    --actors $(PHOENIX)/Phoenix.International.actors.txt \
	    --actors $(PHOENIX)/Phoenix.MilNonState.actors.txt \
	    --agents $(PHOENIX)/Phoenix.agents.txt; fi
	$(BUILD)/dyad_microbench --benchmark_min_time=0.2
	$(BUILD)/dyad_store_bench $(STORE_BENCH)
	bench/serve_bench.sh $(BUILD)

# Accuracy measured against the hand-written gold sets. The held-out parts print their
# totals only; their misses stay unseen (dyad eval --list-heldout shows them). The
# synthetic sets (tests/synthetic/README.md) print one row each.
eval: build
	/usr/bin/python3 tests/actor_eval.py $(BUILD)/dyad --verbose
	/usr/bin/python3 tests/actor_eval.py $(BUILD)/dyad \
	  --gold tests/gold/actors-heldout.tsv --corpus examples
	/usr/bin/python3 tests/event_eval.py $(BUILD)/dyad --verbose
	/usr/bin/python3 tests/event_eval.py $(BUILD)/dyad --synthetic

clean:
	rm -rf $(BUILD)
