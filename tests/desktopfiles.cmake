# The desktop integration a package installs, validated by the tools the
# desktops use: the build is installed into a staging folder, then
#   desktop-file-validate   checks the desktop entry,
#   appstreamcli            checks the metainfo, and the tree (entry, metainfo
#                           and icons found together, as software centres do),
#   update-mime-database    reads the MIME type and maps *.flightdeck to it,
#   the man pages           are there, one per program, with their help text.
# Run as: cmake -DBUILD_DIR=<build> -DWORK_DIR=<empty dir> -P desktopfiles.cmake

set(app_id io.flightdeck.Flightdeck)
set(stage "${WORK_DIR}/stage")
file(REMOVE_RECURSE "${WORK_DIR}")

function(tool variable name package)
    find_program(${variable} ${name})
    if(NOT ${variable})
        message(FATAL_ERROR "${name} is missing: install the package ${package} (it is in tools/dev-packages.txt)")
    endif()
endfunction()
tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
tool(APPSTREAMCLI appstreamcli appstream)
tool(UPDATE_MIME_DATABASE update-mime-database shared-mime-info)

function(check description)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${description} failed (${result}):\n${output}")
    endif()
    message(STATUS "${description}: passed")
    set(check_output "${output}" PARENT_SCOPE)
endfunction()

set(ENV{DESTDIR} "${stage}")
check("installing into ${stage}" ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr)
set(share "${stage}/usr/share")

check("desktop-file-validate" ${DESKTOP_FILE_VALIDATE} "${share}/applications/${app_id}.desktop")
if(check_output MATCHES "(warning|hint):")
    message(FATAL_ERROR "desktop-file-validate warns:\n${check_output}")
endif()
check("appstreamcli validate" ${APPSTREAMCLI} validate --no-net --explain "${share}/metainfo/${app_id}.metainfo.xml")
check("appstreamcli validate-tree" ${APPSTREAMCLI} validate-tree --no-net --explain "${stage}")

file(COPY "${share}/mime/packages" DESTINATION "${WORK_DIR}/mime")
check("update-mime-database" ${UPDATE_MIME_DATABASE} "${WORK_DIR}/mime")
file(READ "${WORK_DIR}/mime/globs2" globs)
if(NOT globs MATCHES "application/x-flightdeck-profile:\\*\\.flightdeck")
    message(FATAL_ERROR "the MIME database does not map *.flightdeck to application/x-flightdeck-profile:\n${globs}")
endif()

foreach(icon scalable/apps/${app_id}.svg 16x16/apps/${app_id}.png 48x48/apps/${app_id}.png 256x256/apps/${app_id}.png)
    if(NOT EXISTS "${share}/icons/hicolor/${icon}")
        message(FATAL_ERROR "the icon ${icon} is not installed")
    endif()
endforeach()

foreach(page flightdeck flightdeck-sim)
    set(file "${share}/man/man1/${page}.1")
    if(NOT EXISTS "${file}")
        message(FATAL_ERROR "the man page ${page}(1) is not installed")
    endif()
    file(READ "${file}" text)
    if(NOT text MATCHES "^\\.TH \"[A-Z-]+\" 1 " OR NOT text MATCHES "\\\\-\\\\-help")
        message(FATAL_ERROR "${page}(1) lacks its title or the help text:\n${text}")
    endif()
    string(REPLACE "-" "\\\\-" roff_name "${page}") # flightdeck\-sim, as roff writes it
    if(NOT text MATCHES "Usage: ${roff_name} " OR text MATCHES "${BUILD_DIR}")
        message(FATAL_ERROR "${page}(1) names the program by its path in the build:\n${text}")
    endif()
endforeach()
