# cmake -DPROGRAM=<exe> -DOUTPUT=<file.1> -DNAME=<name> -DSUMMARY=<one line>
#       -DVERSION=<x.y.z> -DDATE=<YYYY-MM-DD> -DSECTIONS=<title=args|title=args…>
#       [-DSEE_ALSO=<text>] -P WriteManPage.cmake
#
# Writes a man page from the help the program prints: each section runs
# PROGRAM with its arguments (comma-separated, e.g. "DESCRIPTION=--help|RUN
# FLAGS=run,--help") and keeps the output as preformatted text, so the page
# says exactly what --help says.

function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    # A line that starts with . or ' would be read as a request.
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(TOUPPER "${NAME}" title)
# NAME's line is lower case after the dash, as in every other man page.
string(SUBSTRING "${SUMMARY}" 0 1 first)
string(SUBSTRING "${SUMMARY}" 1 -1 rest)
string(TOLOWER "${first}" first)
roff_escape("${first}${rest}" summary)
set(page ".TH \"${title}\" 1 \"${DATE}\" \"Flightdeck ${VERSION}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\n${NAME} \\- ${summary}\n")

string(REPLACE "|" ";" sections "${SECTIONS}")
foreach(section IN LISTS sections)
    string(REGEX MATCH "^([^=]+)=(.*)$" matched "${section}")
    if(NOT matched)
        message(FATAL_ERROR "WriteManPage: a section is TITLE=ARGS, not '${section}'")
    endif()
    set(heading "${CMAKE_MATCH_1}")
    string(REPLACE "," ";" arguments "${CMAKE_MATCH_2}")
    execute_process(COMMAND "${PROGRAM}" ${arguments}
        OUTPUT_VARIABLE help
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0 OR help STREQUAL "")
        message(FATAL_ERROR "WriteManPage: '${PROGRAM} ${arguments}' failed (${result}) or printed nothing")
    endif()
    # "Usage: /path/to/build/bin/flightdeck [options]" names the program as a user types it.
    string(REPLACE "${PROGRAM}" "${NAME}" help "${help}")
    roff_escape("${help}" help)
    string(APPEND page ".SH \"${heading}\"\n.nf\n${help}")
    if(NOT help MATCHES "\n$")
        string(APPEND page "\n")
    endif()
    string(APPEND page ".fi\n")
endforeach()

if(SEE_ALSO)
    string(APPEND page ".SH \"SEE ALSO\"\n${SEE_ALSO}\n")
endif()

file(WRITE "${OUTPUT}.part" "${page}")
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
