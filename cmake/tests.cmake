# Unit tests (GoogleTest, one binary per module) and the CLI contract tests.
find_package(GTest REQUIRED)
include(GoogleTest)

set(DYAD_UNIT_TESTS
  src/base/date_test.cc
  src/base/flat_map_test.cc
  src/base/data_source_test.cc
  src/text/normalize_test.cc
  src/text/tokenize_test.cc
  src/text/segment_test.cc
  src/text/lemmatize_test.cc
  src/text/tagger_test.cc
  src/text/language_test.cc
  src/lexicon/cameo_table_test.cc
  src/lexicon/actor_dictionary_test.cc
  src/lexicon/event_lexicon_test.cc
  src/lexicon/petrarch_dictionary_test.cc
  src/lexicon/petrarch_verbs_test.cc
  src/lexicon/gazetteer_test.cc
  src/coding/dates_test.cc
  src/coding/discourse_test.cc
  src/coding/coder_test.cc
  src/io/reader_test.cc
  src/io/writer_test.cc
  src/eval/eval_test.cc
  tests/readme_example_test.cc
)
# The event store's tests link its library too (SQLite in memory; PostgreSQL is tested
# end to end by tests/store_test.py).
set(DYAD_STORE_TESTS
  src/store/sql_test.cc
  src/store/schema_test.cc
  src/store/dedup_test.cc
  src/store/filter_test.cc
  src/store/series_test.cc
  src/store/store_test.cc
  src/store/export_test.cc
  src/store/recode_test.cc
  src/store/generator_test.cc
)
list(APPEND DYAD_UNIT_TESTS ${DYAD_STORE_TESTS})
# The server's tests start it in-process on 127.0.0.1 over a small SQLite store.
set(DYAD_SERVE_TESTS
  src/serve/analytics_test.cc
  src/serve/api_test.cc
  src/serve/server_test.cc
)
list(APPEND DYAD_UNIT_TESTS ${DYAD_SERVE_TESTS})
foreach(src IN LISTS DYAD_UNIT_TESTS)
  get_filename_component(name "${src}" NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE src)
  target_link_libraries(${name} PRIVATE dyad GTest::gtest_main GTest::gmock)
  if(src IN_LIST DYAD_STORE_TESTS)
    target_link_libraries(${name} PRIVATE dyad_store)
  endif()
  if(src IN_LIST DYAD_SERVE_TESTS)
    target_link_libraries(${name} PRIVATE dyad_serve)
  endif()
  target_compile_definitions(${name} PRIVATE
    DYAD_SOURCE_DIR="${CMAKE_SOURCE_DIR}" DYAD_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
  if(src IN_LIST DYAD_SERVE_TESTS)
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 TEST_PREFIX "serve.")  # ctest -R serve
  else()
    gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60)
  endif()
endforeach()

# The CLI contract: golden files, the JSON Schema, exit codes and error lines.
# Debian's interpreter, which has python3-jsonschema (the Makefile installs it); a python3
# earlier on PATH (pyenv, venv) may lack it.
find_program(DYAD_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH REQUIRED)
add_test(NAME cli_contract
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/cli_test.py $<TARGET_FILE:dyad_cli>)
set_tests_properties(cli_contract PROPERTIES ENVIRONMENT "DYAD_SOURCE_DIR=${CMAKE_SOURCE_DIR}")

# The event store's commands end to end: SQLite, a real SIGKILL during ingest, and a
# throwaway PostgreSQL server on 127.0.0.1 (started and stopped by the test itself).
add_test(NAME store_cli
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/store_test.py $<TARGET_FILE:dyad_cli>)
# It also runs store_test's PostgreSQL cases (series_days against the events) on its server.
set_tests_properties(store_cli PROPERTIES
                     ENVIRONMENT "DYAD_SOURCE_DIR=${CMAKE_SOURCE_DIR};DYAD_STORE_UNIT_TEST=$<TARGET_FILE:store_test>"
                     TIMEOUT 600)

# `dyad serve` end to end: the demo corpus ingested, the server started on a free loopback
# port, every endpoint, its errors, path traversal and the seed's first sentence coded.
add_test(NAME serve_cli
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/serve_test.py $<TARGET_FILE:dyad_cli>)
set_tests_properties(serve_cli PROPERTIES ENVIRONMENT "DYAD_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
                     TIMEOUT 300)

# Actor recognition against the hand-written gold sets: tests/gold/actors.tsv on the dev
# corpus (the set the rules were developed on; issue 4's targets, 0.95 and 0.90) and
# tests/gold/actors-heldout.tsv on examples/, annotated blind. The floors guard the
# measured levels; `make eval` prints the details.
add_test(NAME actor_eval
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/actor_eval.py $<TARGET_FILE:dyad_cli>
          --min-precision 0.95 --min-recall 0.90)
set_tests_properties(actor_eval PROPERTIES ENVIRONMENT "DYAD_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
# Event accuracy against the development gold set (tests/gold/events.jsonl); the floors
# apply to the tuned part and guard the measured level.
add_test(NAME event_eval
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/event_eval.py $<TARGET_FILE:dyad_cli>
          --min-precision 0.93 --min-f1 0.75)
# The same on the synthetic sets (tests/synthetic/), summed over all of them.
add_test(NAME synthetic_eval
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/event_eval.py $<TARGET_FILE:dyad_cli>
          --synthetic --min-precision 0.797 --min-f1 0.565)
add_test(NAME actor_eval_heldout
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/actor_eval.py $<TARGET_FILE:dyad_cli>
          --gold ${CMAKE_SOURCE_DIR}/tests/gold/actors-heldout.tsv
          --corpus ${CMAKE_SOURCE_DIR}/examples --min-precision 0.91 --min-recall 0.86)

# Every CAMEO code the codebook allows coding has lexicon entries (tests/lexicon_coverage.py).
add_test(NAME lexicon_coverage
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/lexicon_coverage.py)
# PETRARCH's 284 unit-test records coded with PETRARCH's validation dictionaries (text
# only, no parse trees). The floor guards the measured score; it skips (77) without
# ../shared.
add_test(NAME petrarch_unit
  COMMAND ${DYAD_PYTHON} ${CMAKE_SOURCE_DIR}/tests/petrarch_unit_test.py $<TARGET_FILE:dyad_cli>
          --shared ${CMAKE_SOURCE_DIR}/../shared --min-correct 155)
set_tests_properties(petrarch_unit PROPERTIES SKIP_RETURN_CODE 77)

# The dashboard in headless Chromium (tests/e2e, docs/dashboard.md): `make` installs
# Chromium and builds web/ into ${CMAKE_BINARY_DIR}/web; the screenshot goes to
# ${CMAKE_BINARY_DIR}/e2e/dashboard.png. Skips (77) without them, except under CI=true.
find_program(DYAD_NODE node)
if(DYAD_NODE)
  add_test(NAME e2e_dashboard
    COMMAND ${DYAD_NODE} ${CMAKE_SOURCE_DIR}/tests/e2e/dashboard.test.mjs $<TARGET_FILE:dyad_cli>
            --static ${CMAKE_BINARY_DIR}/web)
  set_tests_properties(e2e_dashboard PROPERTIES ENVIRONMENT "DYAD_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
                       SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
