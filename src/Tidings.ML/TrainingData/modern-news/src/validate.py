#!/usr/bin/env python3
"""Validate modern.conll / modern.iob1.conll / modern.2col.txt and print counts."""
import sys, collections, os
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {"PER","LOC","ORG","MISC"}
def check(path, nf, scheme):
    errs = 0; docs = 0; sents = 0; toks = 0; ents = collections.Counter(); prev = "O"; insent = False
    for n, line in enumerate(open(path, newline=""), 1):
        line = line.rstrip("\r\n")
        if not line:
            if insent: sents += 1
            insent = False; prev = "O"; continue
        f = line.split(" ")
        if len(f) != nf or any(x == "" for x in f):
            print(path, n, "field count", repr(line)); errs += 1; continue
        if f[0] == "-DOCSTART-":
            docs += 1; continue
        insent = True; toks += 1; t = f[-1]
        if t != "O":
            p, _, ty = t.partition("-")
            if p not in ("B","I") or ty not in TYPES:
                print(path, n, "bad tag", t); errs += 1
            elif scheme == "iob2":
                if p == "I" and prev[2:] != ty: print(path, n, "I- without B-", line); errs += 1
                if p == "B": ents[ty] += 1
            else:
                if p == "B" and prev[2:] != ty: print(path, n, "B- not after same type", line); errs += 1
                if p == "B" or prev[2:] != ty: ents[ty] += 1
        prev = t
    if insent: sents += 1
    print(f"{os.path.basename(path)}: docs={docs} sentences={sents} tokens={toks} entities={dict(ents)} total={sum(ents.values())} errors={errs}")
    return errs
e = check(os.path.join(root,"modern.conll"), 4, "iob2") + check(os.path.join(root,"modern.iob1.conll"), 4, "iob1") + check(os.path.join(root,"modern.2col.txt"), 2, "iob2")
sys.exit(1 if e else 0)
