# Fails when a catalogue in translations/ is out of date with the sources: a
# string added, changed or removed without `update_translations`. It runs
# lupdate as that target does, on copies of the catalogues, and compares.
#
#   cmake -DPROJECT_FILE=<build>/translations/.lupdate/<Project>_lupdate_project.cmake
#         -DGENERATOR=<Qt6LinguistTools>/GenerateLUpdateProject.cmake
#         -DLUPDATE=… -DLCONVERT=… -DTS_DIR=<source>/translations
#         -DSOURCE_LANGUAGE=en -DWORK_DIR=<scratch>
#         -DLUPDATE_OPTIONS=<update_translations' options, separated by |> -P catalogues.cmake

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

file(GLOB catalogues "${TS_DIR}/*.ts")
set(copies "")
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name "${catalogue}" NAME)
    file(COPY "${catalogue}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

# The build's lupdate project, pointed at the copies.
file(READ "${PROJECT_FILE}" project)
string(REGEX REPLACE "set\\(lupdate_translations \"[^\"]*\"\\)" "set(lupdate_translations \"${copies}\")" project "${project}")
file(WRITE "${WORK_DIR}/project.cmake" "${project}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${WORK_DIR}/project.cmake -DOUT_FILE=${WORK_DIR}/project.json -P "${GENERATOR}"
    RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "could not write the lupdate project")
endif()
string(REPLACE "|" ";" options "${LUPDATE_OPTIONS}")
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${options} -silent
    RESULT_VARIABLE failed OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(failed)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
if(output MATCHES "[Ww]arning|[Ee]rror")
    message(FATAL_ERROR "lupdate complained about the sources:\n${output}")
endif()

set(stale "")
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name "${catalogue}" NAME)
    set(updated "${WORK_DIR}/${name}")
    if(name STREQUAL "flightdeck_${SOURCE_LANGUAGE}.ts")
        # The source language keeps only its plural forms, as update_translations writes it.
        execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${updated}" -o "${WORK_DIR}/plural-${name}" RESULT_VARIABLE failed)
        set(updated "${WORK_DIR}/plural-${name}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${catalogue}" "${updated}" RESULT_VARIABLE differs)
    if(differs)
        list(APPEND stale "${name}")
        find_program(DIFF diff)
        if(DIFF)
            execute_process(COMMAND "${DIFF}" -u "${catalogue}" "${updated}" OUTPUT_VARIABLE changes)
            string(SUBSTRING "${changes}" 0 4000 changes)
            message("${name}:\n${changes}")
        endif()
    endif()
endforeach()

if(stale)
    message(FATAL_ERROR "Out of date with the sources: ${stale}. "
        "Run `cmake --build <build dir> --target update_translations`, translate what is new, and commit the catalogues.")
endif()
message(STATUS "Every catalogue is up to date with the sources.")
