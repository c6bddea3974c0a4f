"""Set 9: compare every new text with every string already in /work/main/tests/data.

Set 7's dedupe.py (the approach kept: every Chinese string of 4 or more characters in every
.yml/.jsonl under tests/data; a hit is an exact match or a difflib ratio above THRESHOLD, with
set 8's threshold 0.75) reads a fixed worktree and answers.jsonl at import, so it cannot be
imported. New texts here: the conversations' say turns, answers-map texts and who lines, the
gaps_test.jsonl texts and the stories_test.jsonl texts. Also lists pairs of new texts that are
identical or above the threshold among themselves.
"""
import difflib
import glob
import json
import os
import sys

import yaml

THRESHOLD = 0.75
HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DATA = os.path.dirname(BASE)
OLD = '/work/main/tests/data'


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def old_strings():
    out = []
    for f in glob.glob(OLD + '/**/*', recursive=True):
        if f.endswith('.jsonl'):
            objs = [json.loads(line) for line in open(f, encoding='utf-8') if line.strip()]
        elif f.endswith('.yml') or f.endswith('.yaml'):
            objs = [yaml.safe_load(open(f, encoding='utf-8'))]
        else:
            continue
        for s in strings(objs):
            if len(s) >= 4 and any('\u4e00' <= ch <= '\u9fff' for ch in s):
                out.append((s, os.path.relpath(f, OLD)))
    return out


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
    for name in ('gaps_test.jsonl', 'stories_test.jsonl'):
        for i, line in enumerate(open(os.path.join(DATA, name), encoding='utf-8'), 1):
            new.append((json.loads(line)['text'], '%s:%d' % (name, i)))
    return new


def similar(a, b):
    m = difflib.SequenceMatcher(None, a, b)
    return m.real_quick_ratio() > THRESHOLD and m.quick_ratio() > THRESHOLD and m.ratio() > THRESHOLD and m.ratio()


def main():
    old = old_strings()
    new = new_texts()
    hits = []
    for s, where in new:
        for o, f in old:
            r = 1.0 if s == o else similar(s, o)
            if r:
                hits.append((r, where, s, o, f))
    inner = []
    for i, (a, wa) in enumerate(new):
        for b, wb in new[i + 1:]:
            r = 1.0 if a == b else similar(a, b)
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
