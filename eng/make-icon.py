#!/usr/bin/env python3
"""Writes eng/icon.png, the packages' icon (128 x 128): a white "T" over an orange span marker on a navy
rounded square. Standard library only (zlib + struct), so it runs anywhere: python3 eng/make-icon.py"""
import os
import struct
import zlib

SIZE = 128
NAVY, WHITE, ORANGE = (20, 42, 84, 255), (255, 255, 255, 255), (245, 140, 40, 255)
CLEAR = (0, 0, 0, 0)


def pixel(x, y):
    r = 22  # corner radius of the rounded square
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return CLEAR
    if 28 <= y < 44 and 26 <= x < 102:  # the T's bar
        return WHITE
    if 44 <= y < 90 and 54 <= x < 74:  # the T's stem
        return WHITE
    if 98 <= y < 106 and 26 <= x < 102:  # the span underline
        return ORANGE
    if 90 <= y < 106 and (26 <= x < 34 or 94 <= x < 102):  # the span's ends
        return ORANGE
    return NAVY


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n"
       + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9))
       + chunk(b"IEND", b""))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png)
