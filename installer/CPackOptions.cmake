# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
# The DEB generator strips the binaries itself and keeps their symbols in the
# -dbgsym package (CPACK_DEBIAN_DEBUGINFO_PACKAGE); the others are stripped here.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_STRIP_FILES ON)
endif()
