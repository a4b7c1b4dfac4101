# Checks that each room includes only the rooms below it:
#   app/  (the core) includes app/ only, and never QtWidgets (it does not link it);
#   ui/   includes app/ and ui/;
#   sim/  includes sim/ only, so a client misunderstanding cannot hide in both;
#   flightdeck/ (the program) includes app/ and ui/.
# Run as: cmake -DSOURCE_DIR=<project> -P layers.cmake

set(allowed_app "app")
set(allowed_ui "app|ui")
set(allowed_sim "sim")
set(allowed_flightdeck "app|ui")

set(violations "")
foreach(room app ui sim flightdeck)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${room}/*.h" "${SOURCE_DIR}/${room}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\".*" "\\1" target "${line}")
            if(target MATCHES "\\.moc$")
                continue()
            endif()
            if(NOT target MATCHES "^(${allowed_${room}})/")
                file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
                list(APPEND violations "${relative} includes \"${target}\" (a file in ${room}/ may include only: ${allowed_${room}})")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Includes that cross the rooms' boundaries:\n  ${text}")
endif()
message(STATUS "Every include stays within its room's boundaries.")
