"""Set 9: validate ../*.yml, ../../gaps_test.jsonl and ../../stories_test.jsonl against the catalogue.

The conversation checks are set 7's validate.py checks (keys, ids, services, fact keys, value types
and options, not_asked within facts, verdict == sim.verdict(facts)), for this set's layout: the yml
files sit at the top of the set's folder (as set 8) and ids are b9-<style>-<topic>-NN. Set 7's
validate.py runs at import against its own folder and answers.jsonl, so it cannot be imported;
sim.py is set 7's, imported. Also checks that sim.py still reproduces conversations_dev2.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DATA = os.path.dirname(BASE)
sys.path.insert(0, os.path.join(DATA, 'conversations_test2', 'tools'))
import sim  # noqa: E402

COUNTIES = sim.COUNTIES + ['外地']
SECTIONS = {s['code'] for d in yaml.safe_load(open(os.path.join(sim.CAT, 'sections.yml'), encoding='utf-8'))['domains']
            for s in d['sections']}
errs = []


def check_value(f, v, where):
    if v in ('不知道', '?range'):
        return
    t = sim.FACTS[f]['type']
    for x in (v if isinstance(v, list) else [v]):
        if t == 'boolean' and not isinstance(x, bool):
            errs.append((where, f, v))
        if t == 'number' and (isinstance(x, bool) or not isinstance(x, (int, float))):
            errs.append((where, f, v))
        if t == 'choice' and x not in sim.FACTS[f]['options']:
            errs.append((where, f, v))
        if t == 'district' and x not in COUNTIES:
            errs.append((where, f, v))
    if isinstance(v, list) and f != 'child_age':
        errs.append((where, f, 'list'))


def conversations():
    ids = set()
    services, styles, verdicts = Counter(), Counter(), Counter()
    for fn in sorted(glob.glob(os.path.join(BASE, '*.yml'))):
        for c in yaml.safe_load(open(fn, encoding='utf-8'))['conversations']:
            cid = c['id']
            if list(c) != ['id', 'style', 'who', 'answers', 'turns', 'expect']:
                errs.append((cid, 'keys', list(c)))
            if cid in ids or not re.match(r'^b9-%s-[a-z]+-\d\d$' % re.escape(c['style']), cid):
                errs.append((cid, 'id'))
            ids.add(cid)
            if os.path.basename(fn) != c['style'] + '.yml':
                errs.append((cid, 'file', fn))
            e = c['expect']
            if list(e) != ['service', 'facts', 'verdict', 'reply_contains', 'not_asked']:
                errs.append((cid, 'expect keys', list(e)))
            if e['service'] not in sim.SERVICES:
                errs.append((cid, 'service', e['service']))
                continue
            for k in c['answers']:
                if k not in sim.FACTS:
                    errs.append((cid, 'answers', k))
            for k, v in e['facts'].items():
                if k not in sim.FACTS:
                    errs.append((cid, 'facts', k))
                else:
                    check_value(k, v, cid)
            for k in e['not_asked']:
                if k not in e['facts']:
                    errs.append((cid, 'not_asked not in facts', k))
            for t in c['turns']:
                if not set(t) <= {'say', 'answer_all'}:
                    errs.append((cid, 'turn', t))
            if sim.verdict(e['service'], e['facts']) != e['verdict']:
                errs.append((cid, 'verdict', e['verdict'], sim.verdict(e['service'], e['facts'])))
            services[e['service']] += 1
            styles[c['style']] += 1
            verdicts[e['verdict']] += 1
    return len(ids), services, styles, verdicts


def gaps():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'gaps_test.jsonl'), encoding='utf-8')]
    for i, r in enumerate(rows, 1):
        if list(r) not in (['text', 'body', 'section'], ['text', 'body', 'section', 'service']):
            errs.append(('gap', i, 'keys', list(r)))
        if r['body'] not in sim.AGENCIES['bodies'] or r['section'] not in SECTIONS:
            errs.append(('gap', i, r['body'], r['section']))
        if 'service' in r and (r['service'] not in sim.SERVICES or sim.SERVICES[r['service']]['section'] != r['section']):
            errs.append(('gap', i, 'service', r['service']))
    return rows


def stories():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'stories_test.jsonl'), encoding='utf-8')]
    for i, r in enumerate(rows, 1):
        if list(r) != ['text', 'bodies', 'domains']:
            errs.append(('story', i, 'keys', list(r)))
        if not 100 <= len(r['text']) <= 300:
            errs.append(('story', i, 'length', len(r['text'])))
        if not all(b in sim.AGENCIES['bodies'] for b in r['bodies']) or not all(d in range(1, 9) for d in r['domains']):
            errs.append(('story', i, r['bodies'], r['domains']))
    return rows


if __name__ == '__main__':
    ok, bad, out = sim.validate_dev()
    print('sim.py on conversations_dev2: reproduced', ok, 'of', ok + bad, [o[0] for o in out])
    n, services, styles, verdicts = conversations()
    g = gaps()
    s = stories()
    print('conversations', n, 'gaps', len(g), '(services %d)' % sum('service' in r for r in g), 'stories', len(s),
          'errors', len(errs))
    for x in errs:
        print('  ', x)
    rule = [x for x in services if sim.SERVICES[x].get('criteria')]
    print('services', len(services), 'with rules', len(rule), 'without', len(services) - len(rule))
    print(dict(styles))
    print(dict(verdicts))
    print(sorted(services.items(), key=lambda x: -x[1]))
    sys.exit(1 if errs else 0)
