#!/usr/bin/env python3
"""Audit: capitalised tokens tagged O (not sentence-initial) and surface forms tagged with >1 type."""
import os, collections, re
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sents = []; cur = []
for line in open(os.path.join(root, "modern.conll")):
    line = line.rstrip("\n")
    if not line:
        if cur: sents.append(cur); cur = []
        continue
    t = line.split(" ")
    if t[0] == "-DOCSTART-": continue
    cur.append((t[0], t[3]))
if cur: sents.append(cur)
capO = collections.Counter(); types = collections.defaultdict(collections.Counter)
for s in sents:
    i = 0
    while i < len(s):
        tok, tg = s[i]
        if tg == "O":
            if i > 0 and re.match(r"^[A-Z]", tok) and s[i-1][0] not in ('"', "-", "(", ":"): capO[tok] += 1
            i += 1; continue
        ty = tg[2:]; j = i + 1
        while j < len(s) and s[j][1] == "I-" + ty: j += 1
        types[" ".join(x[0] for x in s[i:j])][ty] += 1; i = j
print("CAPITALISED O:", " ".join(f"{k}:{v}" for k, v in capO.most_common()))
print("MULTI-TYPE:", {k: dict(v) for k, v in types.items() if len(v) > 1})
