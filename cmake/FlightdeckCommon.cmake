# flightdeck_common: the one place for language level, warnings and Qt defines.
# Every target of the project links it.

add_library(flightdeck_common INTERFACE)
add_library(Flightdeck::Common ALIAS flightdeck_common)

target_compile_features(flightdeck_common INTERFACE cxx_std_20)

target_compile_definitions(flightdeck_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060500
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)

if(MSVC)
    target_compile_options(flightdeck_common INTERFACE /W4 /permissive- /utf-8
        $<$<BOOL:${WARNINGS_AS_ERRORS}>:/WX>)
else()
    target_compile_options(flightdeck_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
        $<$<BOOL:${WARNINGS_AS_ERRORS}>:-Werror>)
endif()

if(FLIGHTDECK_SANITIZERS)
    list(JOIN FLIGHTDECK_SANITIZERS "," _sanitizers)
    target_compile_options(flightdeck_common INTERFACE
        -fsanitize=${_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(flightdeck_common INTERFACE -fsanitize=${_sanitizers})
endif()
