#!/usr/bin/env python3
"""Derives the `place-word-classes` line of src/Tidings/Names/Data/LinkerWords.txt: the GloVe 6B k-means classes
(k = 1000) whose words are mostly places. A class counts as a place class when, among its alphabetic words, at least
five are places (a GeoNames populated place of 5,000 people or more, a capital or first-level seat, a first-level
region, or a country) and at least five times as many are places as are one-word organization names of the shared lists
(org-names/*.tsv but international-orgs and companies-listings, which NOTICE does not use; names in capitals left
out: acronyms spell towns too). Only class ids are written. Deterministic; reads ../shared/data.

usage: python3 eng/place-word-classes.py [DATA_DIR]   (prints the line)
"""
import csv
import glob
import sys
from collections import defaultdict

csv.field_size_limit(1 << 30)
data = (sys.argv[1] if len(sys.argv) > 1 else '../shared/data').rstrip('/') + '/'


def rows(path):
    with open(path, encoding='utf-8', newline='') as f:
        yield from csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)


places = set()
for r in rows(data + 'geonames/cities1000.tsv'):
    if int(r['population'] or 0) >= 5000 or r['featureCode'] in ('PPLC', 'PPLA'):
        places.add(r['name'].lower())
with open(data + 'geonames/admin1CodesASCII.txt', encoding='utf-8') as f:
    for line in f:
        p = line.split('\t')
        places.update((p[1].lower(), p[2].lower()))
for r in rows(data + 'countries/countries.tsv'):
    places.update(v.lower() for v in r.values() if v)

orgs = set()
for path in sorted(glob.glob(data + 'org-names/*.tsv')):
    if path.endswith(('international-orgs.tsv', 'companies-listings.tsv')):
        continue
    for r in rows(path):
        for key in ('short_name', 'name', 'canonical'):
            n = r.get(key) or ''
            if n and ' ' not in n and not n.isupper():
                orgs.add(n.lower())

counts = defaultdict(lambda: [0, 0])
for r in rows(data + 'glove-clusters/glove6b-100d-kmeans.tsv'):
    w = r['word']
    if w.isalpha():
        c = counts[int(r['k1000'])]
        c[0] += w in places
        c[1] += w in orgs

ids = sorted(k for k, (p, o) in counts.items() if p >= 5 and p >= 5 * o)
print('place-word-classes: ' + '|'.join(map(str, ids)))
