# One INTERFACE target carries the flags every Spendboard target shares.
add_library(spendboard_common INTERFACE)
target_compile_features(spendboard_common INTERFACE cxx_std_17)
target_compile_definitions(spendboard_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SPENDBOARD_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(spendboard_common INTERFACE /W4 /utf-8)
    if(SPENDBOARD_WERROR)
        target_compile_options(spendboard_common INTERFACE /WX)
    endif()
else()
    target_compile_options(spendboard_common INTERFACE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's qCDebug(category) expands to a variadic macro with no variadic argument.
        target_compile_options(spendboard_common INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(SPENDBOARD_WERROR)
        target_compile_options(spendboard_common INTERFACE -Werror)
    endif()
endif()
if(SPENDBOARD_FUZZ)
    # Instrument everything we build for coverage-guided fuzzing; only fuzz_* executables link libFuzzer.
    target_compile_options(spendboard_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-omit-frame-pointer)
    target_link_options(spendboard_common INTERFACE -fsanitize=address,undefined)
endif()
if(SPENDBOARD_SANITIZERS)
    target_compile_options(spendboard_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(spendboard_common INTERFACE -fsanitize=address,undefined)
endif()

# spendboard_add_test(tst_name SOURCES a.cpp ... LIBS lib ... [WRAPPER script] [LABELS l ...] [TIMEOUT s])
# One Qt Test executable per class under test. Runs offscreen with a C.UTF-8 locale and a private
# HOME/XDG tree so no test touches the developer's real settings, cache or keyring.
function(spendboard_add_test name)
    cmake_parse_arguments(T "" "WRAPPER;TIMEOUT" "SOURCES;LIBS;LABELS;ARGS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE spendboard_common Qt6::Test ${T_LIBS})
    set_target_properties(${name} PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
    if(T_WRAPPER)
        add_test(NAME ${name} COMMAND ${CMAKE_SOURCE_DIR}/tests/tools/${T_WRAPPER} $<TARGET_FILE:${name}> ${T_ARGS})
    else()
        add_test(NAME ${name} COMMAND ${name} ${T_ARGS})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 60)
    endif()
    set(home "${CMAKE_BINARY_DIR}/test-home/${name}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;HOME=${home};XDG_CONFIG_HOME=${home}/.config;XDG_DATA_HOME=${home}/.local/share;XDG_CACHE_HOME=${home}/.cache;XDG_RUNTIME_DIR=${home}/run;SPENDBOARD_TEST_SOURCE_DIR=${CMAKE_SOURCE_DIR};SPENDBOARD_TEST_BINARY_DIR=${CMAKE_BINARY_DIR};SPENDBOARD_BIN_DIR=$<TARGET_FILE_DIR:${name}>")
    file(MAKE_DIRECTORY "${home}/run")
endfunction()
