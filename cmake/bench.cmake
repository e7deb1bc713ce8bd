# Benchmarks: never run by `make test`; `make bench` runs both.
find_package(benchmark REQUIRED)
add_executable(dyad_throughput bench/throughput_main.cc)
target_include_directories(dyad_throughput PRIVATE src)
target_link_libraries(dyad_throughput PRIVATE dyad)
add_executable(dyad_microbench bench/stages_bench.cc)
target_include_directories(dyad_microbench PRIVATE src)
target_link_libraries(dyad_microbench PRIVATE dyad benchmark::benchmark)
# The event store at scale (issue 6): ingest throughput, a generated store of 1 or 10
# million events, and query latencies.
add_executable(dyad_store_bench bench/store_bench_main.cc)
target_link_libraries(dyad_store_bench PRIVATE dyad_store)
