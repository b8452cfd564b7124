# CPack configuration: one installer per platform, everything derived from project() and the
# identity variables set in packaging/CMakeLists.txt. Writes CPackConfig.cmake into the top build
# directory, so `cpack -G DEB|NSIS|WIX|DragNDrop` runs there.

set(CPACK_PACKAGE_NAME "${SPENDBOARD_DISPLAY_NAME}")
set(CPACK_PACKAGE_VENDOR "${SPENDBOARD_VENDOR}")
set(CPACK_PACKAGE_CONTACT "${SPENDBOARD_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first, then this (lines kept under 80 columns).
set(CPACK_PACKAGE_DESCRIPTION [[
Spendboard shows how much an organization, its projects and its API keys
have spent on an LLM gateway this month: month-to-date spend, an end-of-month
forecast, daily charts, and alerts when a monthly limit threshold is crossed.]])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${SPENDBOARD_DISPLAY_NAME}")
# Stable (no version in it): the uninstall registry key an upgrade finds.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${SPENDBOARD_DISPLAY_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "spendboard" "${SPENDBOARD_DISPLAY_NAME}")
set(CPACK_RESOURCE_FILE_LICENSE "${SPENDBOARD_LICENSE_FILE}")
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_VERBATIM_VARIABLES ON)
# Our own variables, handed to the NSIS template (CPack passes every CPACK_* variable through).
set(CPACK_SPENDBOARD_VERSION4 "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
set(CPACK_SPENDBOARD_COPYRIGHT "${SPENDBOARD_COPYRIGHT}")
set(CPACK_SPENDBOARD_NSIS_EXE "bin\\spendboard.exe")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_PACKAGE_FILE_NAME "${SPENDBOARD_DISPLAY_NAME}-${PROJECT_VERSION}-win64")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    if(CMAKE_OSX_ARCHITECTURES MATCHES ";")
        set(_spendboard_mac_arch "universal")
    elseif(CMAKE_OSX_ARCHITECTURES)
        set(_spendboard_mac_arch "${CMAKE_OSX_ARCHITECTURES}")
    else()
        set(_spendboard_mac_arch "${CMAKE_HOST_SYSTEM_PROCESSOR}")
    endif()
    set(CPACK_PACKAGE_FILE_NAME "${SPENDBOARD_DISPLAY_NAME}-${PROJECT_VERSION}-macOS-${_spendboard_mac_arch}")
else()
    set(CPACK_GENERATOR "DEB")
endif()

# --- Windows: NSIS ----------------------------------------------------------------------------
# packaging/windows/NSIS.template.in replaces CPack's template (per-user/per-machine choice).
set(CPACK_NSIS_PACKAGE_NAME "${SPENDBOARD_DISPLAY_NAME}")
set(CPACK_NSIS_DISPLAY_NAME "${SPENDBOARD_DISPLAY_NAME}")
set(CPACK_NSIS_MUI_ICON "${SPENDBOARD_ICO_FILE}")
set(CPACK_NSIS_MUI_UNIICON "${SPENDBOARD_ICO_FILE}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${SPENDBOARD_CONTACT}")
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
list(PREPEND CPACK_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}/windows")

# --- Windows: WiX (.msi) --------------------------------------------------------------------
# Never change the upgrade GUID: it is what makes a newer .msi replace an installed older one.
set(CPACK_WIX_UPGRADE_GUID "DFB5EA5A-AFD9-46A5-96D9-95014AE0E1A7")
set(CPACK_WIX_PRODUCT_ICON "${SPENDBOARD_ICO_FILE}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_INSTALL_SCOPE "perMachine")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
# CPACK_WIX_VERSION stays at CPack's default (WiX 3); CI passes -D CPACK_WIX_VERSION=4 with the
# `wix` .NET tool.

# --- macOS: DragNDrop (.dmg) ----------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "${SPENDBOARD_DISPLAY_NAME}")
set(CPACK_DMG_FORMAT "UDZO")
if(APPLE)
    set(CPACK_PACKAGE_ICON "${SPENDBOARD_ICNS_FILE}")
endif()

# --- Linux: .deb ------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "spendboard")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Shared libraries (Qt modules, QtKeychain, libstdc++) come from dpkg-shlibdeps. Plugins are loaded
# at run time, so no tool sees them: the platform plugins (xcb), the SQLite driver and the SVG icon
# engine are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(UNIX AND NOT APPLE)
    # Debian packages ship stripped binaries.
    set(CPACK_STRIP_FILES ON)
endif()

include(CPack)
