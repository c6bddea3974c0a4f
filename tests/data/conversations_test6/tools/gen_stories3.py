"""Set 11: build ../../stories_test3.jsonl from stories_spec.txt (bodies|domains|text).

Keys and checks as set 10's gen_stories2.py and set 9's gen_stories.py (neither is run: each
writes its own set's file): text (100-300 characters), bodies (agencies.yml body keys, most
important first, at least two), domains (outline domain numbers 1-8, most important first).
sim (set 7's) loads the catalogue's bodies.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test2', 'tools'))
import sim  # noqa: E402  (set 7's)

OUT = os.path.join(DATA, 'stories_test3.jsonl')


def main():
    rows = []
    for line in open(os.path.join(HERE, 'stories_spec.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        bodies, domains, text = line.split('|', 2)
        bodies = bodies.split(',')
        domains = [int(d) for d in domains.split(',')]
        assert all(b in sim.AGENCIES['bodies'] for b in bodies), line
        assert len(set(bodies)) == len(bodies) and len(set(domains)) == len(domains), line
        assert all(1 <= d <= 8 for d in domains), line
        assert 100 <= len(text) <= 300, (len(text), text)
        assert len(bodies) >= 2, line
        rows.append({'text': text, 'bodies': bodies, 'domains': domains})
    assert len({r['text'] for r in rows}) == len(rows)
    assert len(rows) == 30, len(rows)
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    lens = sorted(len(r['text']) for r in rows)
    print('stories', len(rows), 'length min/median/max', lens[0], lens[len(lens) // 2], lens[-1])
    print('bodies per story', Counter(len(r['bodies']) for r in rows))
    print('first body', sorted(Counter(r['bodies'][0] for r in rows).items(), key=lambda x: -x[1]))
    print('any body', sorted(Counter(b for r in rows for b in r['bodies']).items(), key=lambda x: -x[1]))
    print('first domain', sorted(Counter(r['domains'][0] for r in rows).items()))


if __name__ == '__main__':
    main()
