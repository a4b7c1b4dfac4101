# cmake -DPROGRAM=<flightdeck> -DSHELL_NAME=bash|zsh|fish -DOUTPUT=<file> -P WriteCompletion.cmake
# Writes `flightdeck completion <shell>` to a file, for the package to install:
# the script comes from the same flag table the program parses with.
execute_process(COMMAND "${PROGRAM}" completion "${SHELL_NAME}"
    OUTPUT_FILE "${OUTPUT}.part"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}.part")
    message(FATAL_ERROR "${PROGRAM} completion ${SHELL_NAME} failed: ${result}")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
