#!/usr/bin/env python3
"""Convert markup passages to CoNLL-2003-style files.
Markup: files src/markup/*.txt; passages separated by blank lines; one sentence per line;
entities written [[surface text|TYPE]] with TYPE in PER LOC ORG MISC; lines starting with # ignored.
Outputs:
  modern.conll        token -X- -X- tag, -DOCSTART- -X- -X- O between passages, IOB2 (as train.txt)
  modern.iob1.conll   same, IOB1 (I- everywhere, B- only where two same-type entities touch)
  modern.2col.txt     token tag, IOB2, CRLF, no DOCSTART (byte-format of shared train.txt)
"""
import re, sys, glob, os
ABBR = {"U.S.","U.K.","U.N.","E.U.","Inc.","Corp.","Co.","Ltd.","Jr.","Sr.","St.","Mr.","Mrs.","Ms.","Dr.",
        "Jan.","Feb.","Aug.","Sept.","Sep.","Oct.","Nov.","Dec.","a.m.","p.m.","No.","vs.","Gen.","Lt.","Col.",
        "Sen.","Rep.","Gov.","Prof.","Bros.","Mt.","Ft.","D.C.","U.A.E.","Nos.","approx.","Calif.","Ark.","Ind."}
ENT = re.compile(r"\[\[(.+?)\|(PER|LOC|ORG|MISC)\]\]")
LEAD = set('("\'[$£€')
TRAIL = set(')",;:?!]\'%')

def tok_word(w):
    out_pre, out_post = [], []
    while w and w[0] in LEAD and len(w) > 1 and not (w[0] == "'" and re.match(r"'\d0s$", w)):
        out_pre.append(w[0]); w = w[1:]
    while len(w) > 1 and w[-1] in TRAIL:
        if w[-1] == "'" and w.endswith("s'"):  # plural possessive: Investors'
            out_post.insert(0, "'"); w = w[:-1]; continue
        out_post.insert(0, w[-1]); w = w[:-1]
    if len(w) > 1 and w.endswith(",") :
        out_post.insert(0, ","); w = w[:-1]
    mid = []
    m = re.match(r"^(.+?)(n't|'s|'re|'ve|'ll|'d|'m|’s)$", w, re.I)
    if m and m.group(1) not in ("",):
        mid = [m.group(1), m.group(2)]
    else:
        mid = [w]
    return out_pre + mid + out_post

def tokenize(text):
    toks = []
    for w in text.split():
        toks.extend(tok_word(w))
    return [t for t in toks if t]

def final_period(toks):
    # split a sentence-final period off the last token unless token is lone
    if toks and toks[-1].endswith(".") and toks[-1] != "." and len(toks[-1]) > 1:
        t = toks[-1]
        if t in ABBR or re.match(r"^([A-Z]\.)+$", t):
            toks.append(".")
        else:
            toks[-1] = t[:-1]; toks.append(".")
    return toks

GLUE_AFTER = re.compile(r"\[\[([^\]|]+?)\|(PER|LOC|ORG|MISC)\]\]-([A-Za-z][\w-]*)")
GLUE_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+-)\[\[([^\]|]+?)\|(PER|LOC|ORG|MISC)\]\]")

def sentence(line):
    """return list of (token, type or None, entity_index)"""
    # hyphenated compounds built on a name stay ONE token, as in CoNLL ("EU-wide" B-MISC):
    # "[[London|LOC]]-based" -> "London-based" MISC, "pro-[[Russian|MISC]]" -> "pro-Russian" MISC
    line = GLUE_AFTER.sub(lambda m: "[[%s-%s|MISC]]" % (m.group(1), m.group(3)), line)
    line = GLUE_BEFORE.sub(lambda m: "[[%s%s|MISC]]" % (m.group(1), m.group(2)), line)
    res = []; pos = 0; ei = 0
    for m in ENT.finditer(line):
        for t in tokenize(line[pos:m.start()]):
            res.append([t, None, None])
        ei += 1
        for t in tokenize(m.group(1)):
            res.append([t, m.group(2), ei])
        pos = m.end()
    for t in tokenize(line[pos:]):
        res.append([t, None, None])
    if "[[" in line[pos:] or "]]" in line[pos:] or any("[[" in r[0] or "]]" in r[0] or "|" in r[0] for r in res):
        raise ValueError("bad markup: " + line)
    # sentence-final period: handle last token (could be inside entity e.g. "Inc.")
    if res:
        last = res[-1]
        t = last[0]
        if t.endswith(".") and len(t) > 1 and t != "...":
            if t in ABBR or re.match(r"^([A-Z]\.)+$", t):
                res.append([".", None, None])
            else:
                last[0] = t[:-1]; res.append([".", None, None])
    # mid-sentence tokens ending in "." that are not abbreviations/initials/numbers: split
    out = []
    for t, ty, e in res:
        if len(t) > 1 and t.endswith(".") and t not in ABBR and not re.match(r"^([A-Za-z]\.)+$", t) and t != "..." and (e is None):
            out.append([t[:-1], ty, e]); out.append([".", None, None])
        else:
            out.append([t, ty, e])
    return out

def tags(sent, scheme):
    tg = []; prev_e = None; prev_ty = None
    for t, ty, e in sent:
        if ty is None:
            tg.append("O")
        else:
            if e != prev_e:
                if scheme == "iob2" or prev_ty == ty:
                    tg.append("B-" + ty)
                else:
                    tg.append("I-" + ty)
            else:
                tg.append("I-" + ty)
        prev_e, prev_ty = e, ty
    return tg

def read_passages(files):
    passages = []
    for f in files:
        cur = []
        for raw in open(f, encoding="utf-8"):
            line = raw.strip()
            if line.startswith("#"):
                continue
            if not line:
                if cur: passages.append(cur); cur = []
                continue
            cur.append(line)
        if cur: passages.append(cur)
    return passages

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sorted(glob.glob(os.path.join(root, "src", "markup", "*.txt")))
    passages = read_passages(files)
    parsed = [[sentence(l) for l in p] for p in passages]
    with open(os.path.join(root, "modern.conll"), "w") as a, open(os.path.join(root, "modern.iob1.conll"), "w") as b, \
         open(os.path.join(root, "modern.2col.txt"), "w", newline="") as c:
        for i, p in enumerate(parsed):
            a.write("-DOCSTART- -X- -X- O\n\n"); b.write("-DOCSTART- -X- -X- O\n\n")
            for s in p:
                for (t, ty, e), g2, g1 in zip(s, tags(s, "iob2"), tags(s, "iob1")):
                    a.write(f"{t} -X- -X- {g2}\n"); b.write(f"{t} -X- -X- {g1}\n"); c.write(f"{t} {g2}\r\n")
                a.write("\n"); b.write("\n"); c.write("\r\n")
    print(len(parsed), "passages", sum(len(p) for p in parsed), "sentences")

if __name__ == "__main__":
    main()
