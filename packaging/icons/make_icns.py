#!/usr/bin/env python3
"""Writes an Apple .icns container whose elements are PNG files, as Apple's iconutil does.

Usage: make_icns.py OUT.icns PNG_DIR   (PNG_DIR holds spendboard-<size>.png)

Format: 'icns' + big-endian u32 total length, then elements of 4-byte type + u32 length (header
included) + PNG data. PNG payloads avoid libicns' JPEG 2000 encoding for the large sizes.
"""
import struct
import sys
from pathlib import Path

# element type -> pixel size of the PNG it holds (the @2x types hold double the point size)
ELEMENTS = [
    ("icp4", 16), ("ic11", 32),   # 16 pt, 16 pt @2x
    ("icp5", 32), ("ic12", 64),   # 32 pt, 32 pt @2x
    ("ic07", 128), ("ic13", 256),  # 128 pt, 128 pt @2x
    ("ic08", 256), ("ic14", 512),  # 256 pt, 256 pt @2x
    ("ic09", 512), ("ic10", 1024),  # 512 pt, 512 pt @2x
]


def png_size(data: bytes):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def main(out: str, png_dir: str) -> int:
    body = b""
    for kind, size in ELEMENTS:
        data = (Path(png_dir) / f"spendboard-{size}.png").read_bytes()
        if png_size(data) != (size, size):
            raise SystemExit(f"spendboard-{size}.png is {png_size(data)}, expected {size}x{size}")
        body += kind.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    Path(out).write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
