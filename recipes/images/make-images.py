#!/usr/bin/env python3
"""Draws the shop templates' sample goods pictures once: a coloured 320x240 tile with a simple shape, a few KB each.

Run from the repository root: python3 recipes/images/make-images.py. It reads the recipes' "imageFile" paths and draws
each missing file; the colour and shape follow from the goods' slug, so the same recipe gives the same pictures. No
text is drawn (no fonts needed); the shop re-encodes each picture when a recipe imports it, like an upload.
"""
import hashlib, json, os, struct, zlib

W, H = 320, 240
PALETTE = [(0x1f, 0x8a, 0x70), (0x2b, 0x6c, 0xb0), (0xc0, 0x39, 0x2b), (0x8e, 0x44, 0xad), (0xd3, 0x54, 0x00),
           (0x16, 0xa0, 0x85), (0x27, 0x3c, 0x75), (0xb7, 0x95, 0x0b), (0x6d, 0x21, 0x4f), (0x0e, 0x6b, 0x8c)]


def inside(shape, x, y):
    cx, cy, r = W / 2, H / 2, 78
    dx, dy = x - cx, y - cy
    if shape == 0:
        return dx * dx + dy * dy <= r * r
    if shape == 1:
        return abs(dx) + abs(dy) <= r
    if shape == 2:
        return abs(dx) <= r * 0.85 and abs(dy) <= r * 0.85
    if shape == 3:
        return dy <= r * 0.7 and dy >= -r and abs(dx) <= (dy + r) * 0.6
    return (dx * dx + dy * dy <= r * r) and not (dx * dx + dy * dy <= (r * 0.55) ** 2)


def draw(slug, path):
    digest = hashlib.sha256(slug.encode()).digest()
    back = PALETTE[digest[0] % len(PALETTE)]
    light = tuple(min(255, c + 150) for c in back)
    stripe = tuple(min(255, c + 40) for c in back)
    shape = digest[1] % 5
    rows = []
    for y in range(H):
        row = bytearray([0])
        for x in range(W):
            colour = light if inside(shape, x, y) else (stripe if (x + y) // 40 % 2 == 0 else back)
            row += bytes(colour)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(png)


for name in sorted(os.listdir("recipes")):
    if not name.endswith(".recipe.json"):
        continue
    recipe = json.load(open(os.path.join("recipes", name), encoding="utf-8"))
    for step in recipe["steps"]:
        for goods in step.get("goods", []) if isinstance(step.get("goods"), list) else []:
            if "imageFile" in goods:
                target = os.path.join("recipes", goods["imageFile"])
                if not os.path.exists(target):
                    draw(goods["slug"], target)
