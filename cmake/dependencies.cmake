# Every dependency comes from Debian's packages; the top-level Makefile installs them.
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc)
find_package(simdjson REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GEONAMES REQUIRED IMPORTED_TARGET geonames)
# The event store (src/store): SQLite by default, PostgreSQL through libpqxx.
find_package(SQLite3 REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx)
# The server (src/serve): cpp-httplib, built by Debian as a shared library.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(cld2 UNKNOWN IMPORTED)
set_target_properties(cld2 PROPERTIES IMPORTED_LOCATION "${CLD2_LIBRARY}")
