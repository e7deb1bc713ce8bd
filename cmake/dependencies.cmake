# Every dependency comes from Debian's packages; the top-level Makefile installs them.
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc)
find_package(simdjson REQUIRED)
find_package(nlohmann_json REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(cld2 UNKNOWN IMPORTED)
set_target_properties(cld2 PROPERTIES IMPORTED_LOCATION "${CLD2_LIBRARY}")
