#!/usr/bin/env python3
"""check_icons.py SOURCE_DIR: the committed icons are complete and well-formed.

- packaging/icons/spendboard.svg parses as square SVG (the master);
- packaging/icons/png/spendboard-<N>.png exists for every size used, and is NxN;
- packaging/windows/spendboard.ico lists 16, 24, 32, 48, 64, 128 and 256 px images;
- packaging/macos/spendboard.icns is a valid ICNS container whose elements are PNGs of the size the
  element type stands for, covering 16 to 1024 px.
"""
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PNG_SIG = b"\x89PNG\r\n\x1a\n"
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}
ICNS_TYPES = {"icp4": 16, "ic11": 32, "icp5": 32, "ic12": 64, "ic07": 128, "ic13": 256, "ic08": 256,
              "ic14": 512, "ic09": 512, "ic10": 1024}

errors = []


def png_size(data):
    if data[:8] != PNG_SIG or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def main(src: Path):
    icons = src / "packaging" / "icons"
    svg = ET.parse(icons / "spendboard.svg").getroot()
    view = [float(v) for v in svg.get("viewBox", "").split()]
    if not svg.tag.endswith("svg") or len(view) != 4 or view[2] != view[3]:
        errors.append(f"spendboard.svg: not a square SVG (viewBox {svg.get('viewBox')})")

    for size in PNG_SIZES:
        path = icons / "png" / f"spendboard-{size}.png"
        if not path.is_file():
            errors.append(f"missing {path}")
            continue
        if png_size(path.read_bytes()) != (size, size):
            errors.append(f"{path}: is {png_size(path.read_bytes())}, expected {size}x{size}")

    ico = (src / "packaging" / "windows" / "spendboard.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    if reserved != 0 or kind != 1:
        errors.append("spendboard.ico: not an icon file")
    else:
        found = set()
        for i in range(count):
            w, h, _, _, _, _, size, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
            w, h = w or 256, h or 256
            if w != h or offset + size > len(ico):
                errors.append(f"spendboard.ico: image {i} is {w}x{h} at {offset}+{size}")
            found.add(w)
        if found != ICO_SIZES:
            errors.append(f"spendboard.ico: sizes {sorted(found)}, expected {sorted(ICO_SIZES)}")

    icns = (src / "packaging" / "macos" / "spendboard.icns").read_bytes()
    if icns[:4] != b"icns" or struct.unpack(">I", icns[4:8])[0] != len(icns):
        errors.append("spendboard.icns: bad header or length")
    else:
        pos, seen = 8, set()
        while pos < len(icns):
            kind, length = icns[pos:pos + 4].decode("ascii", "replace"), struct.unpack(">I", icns[pos + 4:pos + 8])[0]
            if length < 8 or pos + length > len(icns):
                errors.append(f"spendboard.icns: element {kind} has bad length {length}")
                break
            payload = icns[pos + 8:pos + length]
            if kind in ICNS_TYPES:
                want = ICNS_TYPES[kind]
                if png_size(payload) != (want, want):
                    errors.append(f"spendboard.icns: {kind} holds {png_size(payload)}, expected a {want}px PNG")
                seen.add(kind)
            pos += length
        if seen != set(ICNS_TYPES):
            errors.append(f"spendboard.icns: missing elements {sorted(set(ICNS_TYPES) - seen)}")

    for e in errors:
        print("FAIL:", e)
    if not errors:
        print("icons: SVG master, 9 PNG sizes, .ico and .icns all well-formed")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
