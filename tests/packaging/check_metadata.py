#!/usr/bin/env python3
"""check_metadata.py SOURCE_DIR BINARY_DIR VERSION: installer metadata agrees with the project.

- the desktop entry passes desktop-file-validate and starts `spendboard` with the themed app icon;
- the AppStream metainfo passes `appstreamcli validate --no-net`, names the desktop entry, and its
  newest <release> is VERSION;
- the generated Info.plist (macOS) and .rc (Windows) carry the bundle id and VERSION;
- CPackConfig.cmake has VERSION, the pinned WiX upgrade GUID and upgrade-in-place for NSIS.
Exit 77 (skip) when desktop-file-validate or appstreamcli is missing.
"""
import configparser
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

APP_ID = "ai.spendboard.Spendboard"
# Changing it makes a new .msi install beside the old one instead of upgrading it.
WIX_UPGRADE_GUID = "DFB5EA5A-AFD9-46A5-96D9-95014AE0E1A7"

errors = []


def expect(cond, message):
    if not cond:
        errors.append(message)


def run_validator(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    out = (proc.stdout + proc.stderr).strip()
    expect(proc.returncode == 0, f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}")
    return out


def cpack_vars(path: Path):
    values = {}
    for m in re.finditer(r'^set\((CPACK_\w+) "((?:[^"\\]|\\.)*)"\)', path.read_text(), re.M):
        values[m.group(1)] = m.group(2).replace('\\"', '"').replace("\\\\", "\\")
    return values


def main(src: Path, build: Path, version: str) -> int:
    for tool in ("desktop-file-validate", "appstreamcli"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} not installed (apt-get install desktop-file-utils appstream)")
            return 77
    linux = src / "packaging" / "linux"
    major, minor, patch = version.split(".")

    desktop = linux / f"{APP_ID}.desktop"
    run_validator(["desktop-file-validate", str(desktop)])
    entry = configparser.RawConfigParser(strict=True)
    entry.optionxform = str
    entry.read(desktop, encoding="utf-8")
    d = entry["Desktop Entry"]
    expect(d.get("Exec", "").split()[0] == "spendboard", f"desktop Exec is {d.get('Exec')!r}")
    expect(d.get("Icon") == APP_ID, f"desktop Icon is {d.get('Icon')!r}, expected {APP_ID}")

    metainfo = linux / f"{APP_ID}.metainfo.xml"
    run_validator(["appstreamcli", "validate", "--no-net", str(metainfo)])
    root = ET.parse(metainfo).getroot()
    expect(root.findtext("id") == APP_ID, f"metainfo id is {root.findtext('id')!r}")
    expect(root.findtext("launchable") == desktop.name, f"metainfo launchable is {root.findtext('launchable')!r}")
    expect(root.findtext("project_license") == "MIT", "metainfo project_license is not MIT")
    releases = [r.get("version") for r in root.iter("release")]
    expect(releases and releases[0] == version,
           f"newest metainfo <release> is {releases[:1]}, project version is {version}: add a release entry")

    licence = (src / "packaging" / "LICENSE.txt").read_text()
    expect(licence.startswith("MIT License"), "packaging/LICENSE.txt is not the MIT licence")

    plist = plistlib.loads((build / "packaging" / "macos" / "Info.plist").read_bytes())
    expect(plist.get("CFBundleIdentifier") == APP_ID, f"Info.plist bundle id {plist.get('CFBundleIdentifier')!r}")
    expect(plist.get("CFBundleShortVersionString") == version, "Info.plist CFBundleShortVersionString")
    expect(plist.get("CFBundleVersion") == version, "Info.plist CFBundleVersion")
    expect(plist.get("NSHighResolutionCapable") is True, "Info.plist NSHighResolutionCapable is not true")
    expect(re.fullmatch(r"\d+\.\d+(\.\d+)?", plist.get("LSMinimumSystemVersion", "")),
           "Info.plist LSMinimumSystemVersion missing")
    expect(plist.get("CFBundleExecutable") == "Spendboard", "Info.plist CFBundleExecutable")
    icon = plist.get("CFBundleIconFile", "")
    expect((src / "packaging" / "macos" / icon).is_file(), f"Info.plist icon {icon!r} not in packaging/macos")
    leftover = re.findall(r"@\w+@|\$\{\w+\}", (build / "packaging" / "macos" / "Info.plist").read_text())
    expect(not leftover, f"Info.plist has unsubstituted {leftover}")

    rc = (build / "packaging" / "windows" / "spendboard.rc").read_text()
    expect(f"FILEVERSION {major},{minor},{patch},0" in rc, ".rc FILEVERSION does not match")
    expect(f"PRODUCTVERSION {major},{minor},{patch},0" in rc, ".rc PRODUCTVERSION does not match")
    expect(f'"ProductVersion", "{version}\\0"' in rc, ".rc ProductVersion string does not match")
    ico = re.search(r'IDI_ICON1 ICON "([^"]+)"', rc)
    expect(ico and Path(ico.group(1)).is_file(), ".rc icon missing or not found")
    expect(not re.findall(r"@\w+@", rc), ".rc has unsubstituted variables")

    cpack = cpack_vars(build / "CPackConfig.cmake")
    expect(cpack.get("CPACK_PACKAGE_VERSION") == version, f"CPACK_PACKAGE_VERSION is {cpack.get('CPACK_PACKAGE_VERSION')}")
    expect(cpack.get("CPACK_WIX_UPGRADE_GUID") == WIX_UPGRADE_GUID, "CPACK_WIX_UPGRADE_GUID changed")
    expect(cpack.get("CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL") == "ON", "NSIS upgrade in place is off")
    template = Path(cpack.get("CPACK_MODULE_PATH", "").split(";")[0]) / "NSIS.template.in"
    expect(template.is_file(), f"the NSIS template is not on CPACK_MODULE_PATH ({template})")
    expect(Path(cpack.get("CPACK_NSIS_MUI_ICON", "")).is_file(), "CPACK_NSIS_MUI_ICON does not exist")
    expect(Path(cpack.get("CPACK_WIX_PRODUCT_ICON", "")).is_file(), "CPACK_WIX_PRODUCT_ICON does not exist")

    for e in errors:
        print("FAIL:", e)
    if not errors:
        print(f"metadata: desktop entry, metainfo, Info.plist, .rc and CPack config agree on {APP_ID} {version}")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
