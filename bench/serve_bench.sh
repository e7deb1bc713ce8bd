#!/bin/sh
# Latency of `dyad serve`'s GET /api/series for the busiest dyad (USA,RUS, both directions,
# weekly, 5 years) on the 10-million-event SQLite store that `dyad_store_bench --10m`
# builds, measured with wrk (Debian's) over loopback. Target (issue 7): p99 < 50 ms.
# Then GET /api/events for the same dyad (the dashboard's first page of 50 and the total:
# index ranges merged by date, the total from series_days; docs/store.md).
#
#   bench/serve_bench.sh [BUILD [DB]]      # defaults: build, BUILD/bench-store-10000000.db
#
# Environment: WRK_THREADS (2), WRK_CONNECTIONS (4, below the server's 8 workers),
# WRK_DURATION (30s), SERIES_QUERY (the query string), EVENTS_QUERY (/api/events').
set -eu
BUILD=${1:-build}
DB=${2:-$BUILD/bench-store-10000000.db}
THREADS=${WRK_THREADS:-2}
CONNECTIONS=${WRK_CONNECTIONS:-4}
DURATION=${WRK_DURATION:-30s}
QUERY=${SERIES_QUERY:-dyad=USA,RUS&from=2020-01-01&to=2024-12-31}
EVENTS=${EVENTS_QUERY:-dyad=USA,RUS&limit=50}

if [ ! -f "$DB" ]; then
  echo "serve bench: no store $DB (build it with $BUILD/dyad_store_bench --10m); skipped"
  exit 0
fi
command -v wrk >/dev/null || { echo "serve bench: wrk is not installed (apt-get install wrk)"; exit 1; }

out=$(mktemp)
"$BUILD/dyad" serve --db "$DB" --port 0 --static /nonexistent >"$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$out"' EXIT INT TERM
for _ in $(seq 1 600); do  # opening a store may migrate it first: wait up to 60 s
  grep -q '^listening on ' "$out" && break
  kill -0 $pid 2>/dev/null || { echo "serve bench: dyad serve failed to start"; exit 1; }
  sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$out")
[ -n "$url" ] || { echo "serve bench: dyad serve did not say where it listens"; exit 1; }
target="$url/api/series?$QUERY"

echo "--- dyad serve: GET /api/series?$QUERY ($DB)"
# Warm-up: the first request pages the index in; wrk then measures the steady state.
wrk -t 1 -c 1 -d 3s "$target" >/dev/null
wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" "$target"

echo "--- dyad serve: GET /api/events?$EVENTS ($DB)"
wrk -t 1 -c 1 -d 3s "$url/api/events?$EVENTS" >/dev/null
wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" "$url/api/events?$EVENTS"
