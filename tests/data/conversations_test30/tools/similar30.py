"""Set 35: character-bigram overlap of each new opening against every older opening of the same service, and of
each new gap / story text against every older gap / story text (under this worktree's tests/data); prints the best
match of each new text above a threshold. Report only, exits 0."""
import glob
import json
import os
import re
import sys

import yaml

from config30 import CFG
import setgen

DATA = setgen.DATA


def bigrams(t):
    t = re.sub(r'[\s，。、？！,.?!：:；;“”"（）()]', '', t)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def score(a, b):
    a, b = bigrams(a), bigrams(b)
    return len(a & b) / max(1, min(len(a), len(b)))


def old_openings():
    out = {}
    for d in CFG.old_conversations + ('conversations_dev',):
        for f in glob.glob(os.path.join(DATA, d, '*.yml')):
            for c in yaml.safe_load(open(f, encoding='utf-8')).get('conversations', []):
                out.setdefault(c.get('expect', {}).get('service'), []).append((c['id'], c['turns'][0].get('say', '')))
    return out


def jsonl_texts(pattern, skip):
    out = []
    for f in sorted(glob.glob(os.path.join(DATA, pattern))):
        if os.path.basename(f) == skip:
            continue
        out += [(os.path.basename(f), json.loads(l)['text']) for l in open(f, encoding='utf-8') if l.strip()]
    return out


if __name__ == '__main__':
    lim = float(sys.argv[1]) if len(sys.argv) > 1 else 0.4
    old = old_openings()
    for f in sorted(glob.glob(os.path.join(CFG.set_dir, '*.yml'))):
        for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
            text = c['turns'][0]['say']
            best = max(((score(text, t), i, t) for i, t in old.get(c['expect']['service'], [])), default=(0, '', ''))
            if best[0] >= lim:
                print('%.2f %s ~ %s: %s' % (best[0], c['id'], best[1], best[2][:60]))
    for pat, mine in (('gaps_*.jsonl', CFG.gaps), ('stories_*.jsonl', CFG.stories)):
        olds = jsonl_texts(pat, mine)
        for r in jsonl_texts(mine, ''):
            best = max((score(r[1], t), n, t) for n, t in olds)
            if best[0] >= lim + 0.15:
                print('%.2f %s %s ~ %s: %s' % (best[0], mine, r[1][:30], best[1], best[2][:50]))
