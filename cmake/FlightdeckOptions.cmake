# Build options, each listed in the configure summary.

macro(feature_option name description default)
    option(${name} "${description}" ${default})
    add_feature_info(${name} ${name} "${description}")
endmacro()

feature_option(FLIGHTDECK_BUILD_TESTS "Build the Qt Test suite" ON)
feature_option(FLIGHTDECK_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; the fuzz preset)" OFF)
feature_option(WARNINGS_AS_ERRORS "Treat compiler warnings as errors (for CI, off for packagers)" OFF)

set(FLIGHTDECK_SANITIZERS "" CACHE STRING "Sanitizers to build with, e.g. address;undefined")
add_feature_info(FLIGHTDECK_SANITIZERS FLIGHTDECK_SANITIZERS "Sanitizers: '${FLIGHTDECK_SANITIZERS}'")

# ccache when available: it keeps rebuilds on a two-core machine short.
if(NOT CMAKE_CXX_COMPILER_LAUNCHER)
    find_program(CCACHE_PROGRAM ccache)
    if(CCACHE_PROGRAM)
        set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
    endif()
endif()
add_feature_info(ccache CCACHE_PROGRAM "Compiler cache for faster rebuilds")
