"""Set 13: compare every new text with every string already in /work/main/tests/data.

Nothing is copied: set 11's dedupe6.new_texts() is pointed at this set (this folder's conversations and
answers_test7 / gaps_test5 / stories_test5), set 9's dedupe4 gives old_strings() (every Chinese string
of 4+ characters in every .yml/.jsonl under /work/main/tests/data, set 12's files included) and
similar() (difflib ratio above 0.75). A hit is an exact match or a ratio above the threshold; pairs
among the new texts are listed too.

Service ids only (no older text is printed): every where-to-go conversation of this set must use a
service that no conversation of sets 9-12 (conversations_test4/5/6/7) uses, and no gap service row may
repeat a service row of gaps_test ... gaps_test4. These are set 12's dedupe7 lists extended by set 12.
"""
import glob
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DATA = os.path.dirname(BASE)
OLD = '/work/main/tests/data'
sys.path.insert(0, os.path.join(DATA, 'conversations_test4', 'tools'))
sys.path.insert(0, os.path.join(DATA, 'conversations_test6', 'tools'))
import dedupe4  # noqa: E402  (set 9's)
import dedupe6  # noqa: E402  (set 11's)

dedupe6.BASE, dedupe6.DATA = BASE, DATA
dedupe6.NEW_FILES = ('answers_test7.jsonl', 'gaps_test5.jsonl', 'stories_test5.jsonl')
OLD_CONVERSATIONS = ('conversations_test4', 'conversations_test5', 'conversations_test6', 'conversations_test7')
OLD_GAPS = ('gaps_test.jsonl', 'gaps_test2.jsonl', 'gaps_test3.jsonl', 'gaps_test4.jsonl')


def older_conversation_services():
    used = set()
    for d in OLD_CONVERSATIONS:
        for f in glob.glob(os.path.join(OLD, d, '*.yml')):
            for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
                used.add(c['expect']['service'])
    return used


def older_gap_services():
    used = set()
    for name in OLD_GAPS:
        for line in open(os.path.join(OLD, name), encoding='utf-8'):
            r = json.loads(line)
            if 'service' in r:
                used.add(r['service'])
    return used


def service_overlaps():
    out = []
    used = older_conversation_services()
    for f in sorted(glob.glob(BASE + '/*.yml')):
        for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
            if c['expect']['verdict'] == 'none' and c['expect']['service'] in used:
                out.append((c['id'], c['expect']['service'], 'used by a set 9-12 conversation'))
    gused = older_gap_services()
    for line in open(os.path.join(DATA, 'gaps_test5.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        if r.get('service') in gused:
            out.append(('gaps_test5', r['service'], 'a service row of sets 9-12'))
    return out


def main():
    old = dedupe4.old_strings()
    new = dedupe6.new_texts()
    hits = []
    for s, where in new:
        for o, f in old:
            r = 1.0 if s == o else dedupe4.similar(s, o)
            if r:
                hits.append((r, where, s, o, f))
    inner = []
    for i, (a, wa) in enumerate(new):
        for b, wb in new[i + 1:]:
            r = 1.0 if a == b else dedupe4.similar(a, b)
            if r:
                inner.append((r, wa, wb, a, b))
    over = service_overlaps()
    print('new texts', len(new), 'old strings', len(old), 'hits', len(hits),
          'distinct new texts hit', len({h[1] for h in hits}), 'pairs among new texts', len(inner),
          'service overlaps', len(over))
    for r, where, s, o, f in sorted(hits, reverse=True):
        print('%.2f %s | %s | %s | %s' % (r, where, s, o, f))
    for r, wa, wb, a, b in sorted(inner, reverse=True):
        print('new %.2f %s | %s | %s | %s' % (r, wa, wb, a, b))
    for o in over:
        print('overlap', o)
    return 1 if hits or inner or over else 0


if __name__ == '__main__':
    sys.exit(main())
