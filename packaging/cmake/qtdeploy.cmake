# Copies the Qt runtime next to the installed app at install time (so also inside `cpack`):
# windeployqt on Windows, macdeployqt on macOS. Qt 6.4's qt_generate_deploy_app_script() is a
# technology preview, so this is a plain install(CODE) running the tool found next to Qt's qmake.
# Included from packaging/CMakeLists.txt after install(TARGETS spendboard).

set(_spendboard_qt_bin_hints)
if(QT6_INSTALL_PREFIX AND QT6_INSTALL_BINS)
    list(APPEND _spendboard_qt_bin_hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
endif()
if(TARGET Qt6::qmake)
    get_target_property(_spendboard_qmake Qt6::qmake IMPORTED_LOCATION)
    if(_spendboard_qmake)
        get_filename_component(_spendboard_qmake_dir "${_spendboard_qmake}" DIRECTORY)
        list(APPEND _spendboard_qt_bin_hints "${_spendboard_qmake_dir}")
    endif()
endif()

# QtKeychain is not a Qt module: the deploy tools do not copy it unless told about it.
set(_spendboard_keychain_file "")
if(TARGET Qt6Keychain::Qt6Keychain)
    get_target_property(_spendboard_keychain_type Qt6Keychain::Qt6Keychain TYPE)
    if(_spendboard_keychain_type STREQUAL "SHARED_LIBRARY")
        set(_spendboard_keychain_file "$<TARGET_FILE:Qt6Keychain::Qt6Keychain>")
    endif()
endif()

# translations/ embeds Qt's own qtbase_*.qm when it finds them; then the deploy tools need not copy
# Qt's translation catalogues.
get_property(_spendboard_qt_qm_embedded GLOBAL PROPERTY SPENDBOARD_QT_TRANSLATIONS_EMBEDDED)

if(WIN32)
    find_program(SPENDBOARD_WINDEPLOYQT windeployqt HINTS ${_spendboard_qt_bin_hints}
        DOC "Qt's windeployqt, run on the installed spendboard.exe")
    if(NOT SPENDBOARD_WINDEPLOYQT)
        message(WARNING "windeployqt not found: installers will lack the Qt runtime")
        return()
    endif()

    # The MSVC runtime goes next to the exe (app-local), so no vc_redist step is needed.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
    include(InstallRequiredSystemLibraries)

    set(_spendboard_extra_binary "")
    if(_spendboard_keychain_file)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
            RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
            LIBRARY DESTINATION "${CMAKE_INSTALL_BINDIR}")
        set(_spendboard_extra_binary "\"\${bin}/$<TARGET_FILE_NAME:Qt6Keychain::Qt6Keychain>\"")
    endif()
    set(_spendboard_qm_option "")
    if(_spendboard_qt_qm_embedded)
        set(_spendboard_qm_option "--no-translations")
    endif()

    install(CODE "
        set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        message(STATUS \"windeployqt: \${bin}/$<TARGET_FILE_NAME:spendboard>\")
        execute_process(
            COMMAND \"${SPENDBOARD_WINDEPLOYQT}\" --verbose 1 --no-compiler-runtime --no-opengl-sw
                --no-system-d3d-compiler ${_spendboard_qm_option}
                \"\${bin}/$<TARGET_FILE_NAME:spendboard>\" ${_spendboard_extra_binary}
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed (\${rc})\")
        endif()
    ")
elseif(APPLE)
    find_program(SPENDBOARD_MACDEPLOYQT macdeployqt HINTS ${_spendboard_qt_bin_hints}
        DOC "Qt's macdeployqt, run on the installed Spendboard.app")
    if(NOT SPENDBOARD_MACDEPLOYQT)
        message(WARNING "macdeployqt not found: the .app will lack the Qt frameworks")
        return()
    endif()
    set(_spendboard_libpath "")
    if(_spendboard_keychain_file)
        # macdeployqt copies non-Qt dylibs it can resolve; tell it where QtKeychain lives.
        set(_spendboard_libpath "\"-libpath=$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>\"")
    endif()
    set(_spendboard_sign "${CMAKE_CURRENT_SOURCE_DIR}/macos/sign-and-notarize.sh")

    # Signing happens here, after macdeployqt changed the bundle and before CPack images it; the
    # script does nothing unless APPLE_CODESIGN_IDENTITY is set in the environment.
    install(CODE "
        set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${SPENDBOARD_MACOS_EXECUTABLE}.app\")
        message(STATUS \"macdeployqt: \${app}\")
        execute_process(
            COMMAND \"${SPENDBOARD_MACDEPLOYQT}\" \"\${app}\" -verbose=1 -always-overwrite ${_spendboard_libpath}
            RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed (\${rc})\")
        endif()
        execute_process(COMMAND \"${_spendboard_sign}\" app \"\${app}\" RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"signing \${app} failed (\${rc})\")
        endif()
    ")
endif()
