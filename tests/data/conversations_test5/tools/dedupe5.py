"""Set 10: compare every new text with every string already in /work/main/tests/data.

Set 9's dedupe4.py is imported for its method (strings, old_strings: every Chinese string of 4 or
more characters in every .yml/.jsonl under /work/main/tests/data; similar: a difflib ratio above
THRESHOLD 0.75); a hit is an exact match or a ratio above the threshold. Its new_texts() reads set
9's files, so this set's texts are gathered here: the conversations' who lines, answers-map texts
and say turns, and the texts of answers_test4.jsonl, gaps_test2.jsonl and stories_test2.jsonl.
Pairs of new texts that are identical or above the threshold among themselves are listed too.
"""
import glob
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DATA = os.path.dirname(BASE)
sys.path.insert(0, os.path.join(DATA, 'conversations_test4', 'tools'))
import dedupe4  # noqa: E402  (set 9's)


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
    for name in ('answers_test4.jsonl', 'gaps_test2.jsonl', 'stories_test2.jsonl'):
        for i, line in enumerate(open(os.path.join(DATA, name), encoding='utf-8'), 1):
            new.append((json.loads(line)['text'], '%s:%d' % (name, i)))
    return new


def main():
    old = [(s, f) for s, f in dedupe4.old_strings()
           if not f.startswith('conversations_test5') and f not in ('answers_test4.jsonl', 'gaps_test2.jsonl',
                                                                    'stories_test2.jsonl')]
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
    print('new texts', len(new), 'old strings', len(old), 'hits', len(hits),
          'distinct new texts hit', len({h[1] for h in hits}), 'pairs among new texts', len(inner))
    for r, where, s, o, f in sorted(hits, reverse=True):
        print('%.2f %s | %s | %s | %s' % (r, where, s, o, f))
    for r, wa, wb, a, b in sorted(inner, reverse=True):
        print('new %.2f %s | %s | %s | %s' % (r, wa, wb, a, b))
    return 1 if hits or inner else 0


if __name__ == '__main__':
    sys.exit(main())
