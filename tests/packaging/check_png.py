#!/usr/bin/env python3
"""check_png.py FILE MIN_WIDTH MIN_HEIGHT: FILE is a PNG of at least that size with real content.

Exit 0 when it is; 1 with the reason otherwise. "Real content": the decompressed image data holds
many distinct byte values (a blank or single-colour capture does not).
"""
import struct
import sys
import zlib


def check(path: str, min_w: int, min_h: int) -> str:
    data = open(path, "rb").read()
    if len(data) < 64:
        return f"{path}: {len(data)} bytes, too small for a screenshot"
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return f"{path}: no PNG signature (starts with {data[:8]!r})"
    pos, idat, width, height = 8, b"", 0, 0
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + length
    if width < min_w or height < min_h:
        return f"{path}: {width}x{height}, expected at least {min_w}x{min_h}"
    try:
        raw = zlib.decompress(idat)
    except zlib.error as e:
        return f"{path}: image data does not decompress: {e}"
    distinct = len(set(raw))
    if distinct < 16:
        return f"{path}: only {distinct} distinct byte values in {width}x{height} pixels: blank image?"
    print(f"{path}: PNG {width}x{height}, {len(data)} bytes, {distinct} distinct byte values")
    return ""


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    error = check(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
    if error:
        print("FAIL:", error)
        sys.exit(1)
