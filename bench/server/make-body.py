#!/usr/bin/env python3
"""Writes the POST /api/code body the load test sends: the seed article's title and its text word by
word (cycled if needed) up to SIZE bytes of UTF-8 JSON (default 2048), dated as the article."""
import json
import sys

seed, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2048
title, body = open(seed, encoding="utf-8").read().split("\n", 1)
words = body.split(" ")


def doc(text):
    return json.dumps({"title": title, "text": text, "published": "2019-12-20"}, ensure_ascii=False)


text, i = "", 0
while len(doc(text + " " + words[i % len(words)]).encode()) <= size:
    text = (text + " " + words[i % len(words)]).lstrip()
    i += 1
open(out, "w", encoding="utf-8").write(doc(text))
print(f"{out}: {len(doc(text).encode())} bytes of JSON, {len(text.encode())} bytes of article text")
