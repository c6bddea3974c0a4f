"""Set 11: compare every new text with every string already in /work/main/tests/data.

Set 9's dedupe4.py is imported for its method (old_strings: every Chinese string of 4 or more
characters in every .yml/.jsonl under /work/main/tests/data; similar: a difflib ratio above
THRESHOLD 0.75); a hit is an exact match or a ratio above the threshold. Set 10's dedupe5.py
gathers set 10's texts, so this set's texts are gathered here: the conversations' who lines,
answers-map texts and say turns, and the texts of answers_test5.jsonl, gaps_test3.jsonl and
stories_test3.jsonl. Pairs of new texts that are identical or above the threshold among
themselves are listed too.

Also (service ids only, no text is printed from the older files): every where-to-go
conversation of this set (verdict none) must use a service that no conversation under
/work/main/tests/data/conversations_test4 or conversations_test5 (sets 9 and 10) uses, and the
gaps file's service rows must not repeat a service row of gaps_test.jsonl or gaps_test2.jsonl.
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
import dedupe4  # noqa: E402  (set 9's)

NEW_FILES = ('answers_test5.jsonl', 'gaps_test3.jsonl', 'stories_test3.jsonl')


def new_texts():
    new = []
    for f in sorted(glob.glob(BASE + '/*.yml')):
        for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
            new.append((c['who'], c['id'] + ':who'))
            for k, v in c['answers'].items():
                new.append((v, c['id'] + ':ans:' + k))
            for i, t in enumerate(c['turns']):
                if 'say' in t:
                    new.append((t['say'], '%s:say%d' % (c['id'], i)))
    for name in NEW_FILES:
        for i, line in enumerate(open(os.path.join(DATA, name), encoding='utf-8'), 1):
            new.append((json.loads(line)['text'], '%s:%d' % (name, i)))
    return new


def older_conversation_services():
    """service ids of every conversation of sets 9 and 10 (nothing else is kept)."""
    used = set()
    for d in ('conversations_test4', 'conversations_test5'):
        for f in glob.glob(os.path.join(OLD, d, '*.yml')):
            for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
                used.add(c['expect']['service'])
    return used


def older_gap_services():
    used = set()
    for name in ('gaps_test.jsonl', 'gaps_test2.jsonl'):
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
                out.append((c['id'], c['expect']['service'], 'used by a set 9/10 conversation'))
    gused = older_gap_services()
    for line in open(os.path.join(DATA, 'gaps_test3.jsonl'), encoding='utf-8'):
        r = json.loads(line)
        if r.get('service') in gused:
            out.append(('gaps_test3', r['service'], 'a service row of set 9/10'))
    return out


def main():
    old = dedupe4.old_strings()
    new = new_texts()
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
