#!/usr/bin/env python3
"""Counts the wrong TIMEX3 values of `tidings-ml eval timeml ... --errors FILE` by class, as written (the "value" and
"notation" rows of the TSV). Usage: timex-value-classes.py ERRORS.tsv [v]  (v lists every row under its class).
The classes are heuristics over the gold and system values and the gold text; docs/notes/dates.md (Session 25) says
which are contract differences and which library errors."""
import sys,re,collections,datetime
REF={'PAST_REF','FUTURE_REF','PRESENT_REF'}
WD=r'(monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
def d(v):
    try: return datetime.date.fromisoformat(v[:10])
    except: return None
def cls(r):
    kind,gt,gty,gv,st,sty,sv=r[2],r[3],r[4],r[5],r[6],r[7],r[8]
    t=gt.lower()
    if 'notation' in kind: return 'notation (contract form: 199 vs 199X, W07 vs W7, 1949 vs 1949-XX, T17:00 vs T17)'
    if re.search(r'T(MO|AF|EV|NI)$',sv) and not re.search(r'T(MO|AF|EV|NI)$',gv) and gv[:10]==sv[:10]: return 'part of day: gold a plain day, contract TIME TNI/TMO'
    if re.search(r'T(MO|AF|EV|NI)$',gv) and re.search(r'T(MO|AF|EV|NI)$',sv) and gv[:10]==sv[:10]: return 'part of day: TEV vs TNI'
    if re.search(r'(W|Q)X|XX-XX$|-\d\d-XX$',gv) and not 'XX' in sv: return 'gold underspecified (WXX, QX, -XX)'
    if (gv in REF)!=(sv in REF) and (gv.startswith('P') or sv.startswith('P')): return 'REF vs PX duration convention'
    if gv in REF or sv in REF: return 'REF vs a date'
    if gty=='SET' or sty=='SET': return 'set notation'
    if gv.startswith('P') and sv.startswith('P'): return 'duration amount/unit'
    if gv.startswith('P')!=sv.startswith('P'): return 'duration vs date'
    if re.search(r'year (ago|earlier)|year-(ago|earlier)|quarter|period|fiscal|last year|this year',t) and ('Q' in gv or 'Q' in sv or len(gv)!=len(sv)): return 'report period (quarter/year/day for "a year ago" etc.)'
    if re.search(r'\bweek\b',t) and re.search(r'-W\d',sv): 
        return 'week as month/day (gold) vs ISO week' if not re.search(r'-W\d',gv) else 'week number off'
    if (gv.startswith(sv) or sv.startswith(gv)) and gv!=sv: return 'granularity'
    g,s=d(gv),d(sv)
    if g and s and re.search(WD,t):
        diff=(s-g).days
        if diff%7==0: return 'weekday direction (%+d weeks)'%(diff//7)
        return 'weekday off by a day or more (gold slip or DCT)'
    if len(gv)>=4 and len(sv)>=4 and gv[:4]!=sv[:4] and gv[4:]==sv[4:]: return 'wrong year of a month/day/quarter'
    return 'other'
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if '\tvalue' in l or 'notation' in l.split('\t')[2] or '+value' in l]
rows=[r for r in rows if 'value' in r[2] or 'notation' in r[2]]
c=collections.defaultdict(list)
for r in rows: c[cls(r)].append(r)
for k,v in sorted(c.items(),key=lambda x:-len(x[1])):
    print(len(v),k)
    if len(sys.argv)>2:
        for r in v: print('    ',r[0],'|',r[3],r[5],'|',r[6],r[8],'|',r[9] if len(r)>9 else '')
print(sum(len(v) for v in c.values()),'total')
