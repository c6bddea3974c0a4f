"""Set 10: validate ../*.yml, ../../answers_test4.jsonl, ../../gaps_test2.jsonl and ../../stories_test2.jsonl.

Set 9's validate4.py is imported for its value check (check_value: types, options, districts,
'不知道'/'?range') and SECTIONS; its conversations()/gaps()/stories() read set 9's files, so the
same checks are written here for this set's files (ids b10-<style>-<topic>-NN). Added here:
the yml files are compared with a fresh run of set 7's generator on spec_*.txt (so a hand edit
of an expectation is caught), and every id is checked to be new under tests/data.
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
sys.path.insert(0, os.path.join(DATA, 'conversations_test4', 'tools'))
import gen  # noqa: E402  (set 7's)
import sim  # noqa: E402  (set 7's)
import validate4  # noqa: E402  (set 9's)

errs = validate4.errs
check_value = validate4.check_value


def conversations():
    ids = set()
    services, styles, verdicts = Counter(), Counter(), Counter()
    loaded = {}
    for fn in sorted(glob.glob(os.path.join(BASE, '*.yml'))):
        for c in yaml.safe_load(open(fn, encoding='utf-8'))['conversations']:
            cid = c['id']
            loaded[cid] = c
            if list(c) != ['id', 'style', 'who', 'answers', 'turns', 'expect']:
                errs.append((cid, 'keys', list(c)))
            if cid in ids or not re.match(r'^b10-%s-[a-z]+-\d\d$' % re.escape(c['style']), cid):
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
    # the files are what the specs generate (no hand edits of an expectation)
    _, convs = gen.parse(sorted(glob.glob(os.path.join(HERE, 'spec_*.txt'))))
    counters = Counter()
    for c in convs:
        counters[(c['style'], c['topic'])] += 1
        cid = 'b10-%s-%s-%02d' % (c['style'], c['topic'], counters[(c['style'], c['topic'])])
        facts, verdict, rc, na, log, asked = gen.compute(c)
        y = loaded.get(cid)
        if y is None:
            errs.append((cid, 'not in the yml files'))
            continue
        e = y['expect']
        if (e['facts'], e['verdict'], e['reply_contains'], e['not_asked']) != (dict(facts), verdict, rc, na):
            errs.append((cid, 'yml differs from the spec'))
        if log or [f for f in c['answers'] if f not in asked]:
            errs.append((cid, 'generator flag', log))
    if len(convs) != len(loaded):
        errs.append(('conversations', 'spec/yml count', len(convs), len(loaded)))
    return ids, services, styles, verdicts


def answers():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'answers_test4.jsonl'), encoding='utf-8')]
    for i, r in enumerate(rows, 1):
        if list(r) != ['id', 'kind', 'asked', 'known', 'text', 'expect'] or r['id'] != 'h%03d' % i:
            errs.append(('answer', i, 'keys/id'))
        if list(r['expect']) != ['facts', 'non_answer']:
            errs.append(('answer', i, 'expect keys'))
        if r['expect']['non_answer'] not in (None, 'side_question', 'wait', 'already_said', 'dont_know_what_you_mean'):
            errs.append(('answer', i, 'non_answer'))
        for k in [r['asked']] + list(r['known']) + list(r['expect']['facts']):
            if k not in sim.FACTS:
                errs.append(('answer', i, 'fact', k))
        for k, v in list(r['known'].items()) + list(r['expect']['facts'].items()):
            if k in sim.FACTS:
                check_value(k, v, r['id'])
    return rows


def gaps():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'gaps_test2.jsonl'), encoding='utf-8')]
    for i, r in enumerate(rows, 1):
        if list(r) not in (['text', 'body', 'section'], ['text', 'body', 'section', 'service']):
            errs.append(('gap', i, 'keys', list(r)))
        if r['body'] not in sim.AGENCIES['bodies'] or r['section'] not in validate4.SECTIONS:
            errs.append(('gap', i, r['body'], r['section']))
        if 'service' in r and (r['service'] not in sim.SERVICES or sim.SERVICES[r['service']]['section'] != r['section']):
            errs.append(('gap', i, 'service', r['service']))
    return rows


def stories():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'stories_test2.jsonl'), encoding='utf-8')]
    for i, r in enumerate(rows, 1):
        if list(r) != ['text', 'bodies', 'domains']:
            errs.append(('story', i, 'keys', list(r)))
        if not 100 <= len(r['text']) <= 300:
            errs.append(('story', i, 'length', len(r['text'])))
        if not all(b in sim.AGENCIES['bodies'] for b in r['bodies']) or not all(d in range(1, 9) for d in r['domains']):
            errs.append(('story', i, r['bodies'], r['domains']))
    return rows


def old_ids():
    out = set()
    for f in glob.glob('/work/main/tests/data/**/*', recursive=True):
        if f.endswith('.jsonl'):
            for line in open(f, encoding='utf-8'):
                if line.strip():
                    o = json.loads(line)
                    if isinstance(o, dict) and 'id' in o:
                        out.add(o['id'])
        elif f.endswith('.yml'):
            d = yaml.safe_load(open(f, encoding='utf-8'))
            if isinstance(d, dict):
                for c in d.get('conversations') or []:
                    if isinstance(c, dict) and 'id' in c:
                        out.add(c['id'])
    return out


if __name__ == '__main__':
    ok, bad, out = sim.validate_dev()
    print('sim.py on conversations_dev2: reproduced', ok, 'of', ok + bad, [o[0] for o in out])
    ids, services, styles, verdicts = conversations()
    a = answers()
    g = gaps()
    s = stories()
    clash = (ids | {r['id'] for r in a}) & old_ids()
    if clash:
        errs.append(('ids already used under tests/data', sorted(clash)))
    print('conversations', len(ids), 'answers', len(a), 'gaps', len(g), '(services %d)' % sum('service' in r for r in g),
          'stories', len(s), 'errors', len(errs))
    for x in errs:
        print('  ', x)
    rule = [x for x in services if sim.SERVICES[x].get('criteria')]
    print('services', len(services), 'with rules', len(rule), 'without', len(services) - len(rule))
    print(dict(styles))
    print(dict(verdicts))
    print(sorted(Counter(r['kind'] for r in a).items()))
    sys.exit(1 if errs else 0)
