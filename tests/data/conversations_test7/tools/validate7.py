"""Set 12: validate ../*.yml, ../../answers_test6.jsonl, ../../gaps_test4.jsonl and ../../stories_test4.jsonl.

Imported, not copied: set 7's sim.py (verdicts, offices, catalogue) and gen.py (parse and compute),
set 9's validate4 (check_value, SECTIONS, the shared error list), set 10's gen_answers5 KINDS /
NON_ANSWERS, and set 11's validate6 (office_names: every body's name and local form; old_ids: every
id under /work/main/tests/data). Set 11's conversations()/answers()/gaps()/stories() read set 11's
own files and ids (b11-, k001…), so the same checks are parameterised here for this set
(b12-<style>-<topic>-NN, m001…), with these additions: no expectation string holds a digit (no
amount, phone number or address), where-to-go conversations are exactly the services without
rules (12 of them), screenings 48, and every conversation style of the brief is present.
Like set 11's, it does not run sim.validate_dev (it would read conversations_dev2's expectations).
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
for sub in ('conversations_test2', 'conversations_test4', 'conversations_test5', 'conversations_test6'):
    sys.path.insert(0, os.path.join(DATA, sub, 'tools'))
import gen  # noqa: E402  (set 7's)
import sim  # noqa: E402  (set 7's)
import validate4  # noqa: E402  (set 9's)
import validate6  # noqa: E402  (set 11's; nothing runs at import)
from gen_answers5 import KINDS, NON_ANSWERS  # noqa: E402  (set 10's)

errs = validate4.errs
check_value = validate4.check_value
PREFIX, APREFIX = 'b12', 'm'
ANSWERS, GAPS, STORIES = 'answers_test6.jsonl', 'gaps_test4.jsonl', 'stories_test4.jsonl'
STYLES = validate6.STYLES


def conversations():
    ids, loaded = set(), {}
    services, styles, verdicts = Counter(), Counter(), Counter()
    offices = validate6.office_names()
    for fn in sorted(glob.glob(os.path.join(BASE, '*.yml'))):
        for c in yaml.safe_load(open(fn, encoding='utf-8'))['conversations']:
            cid = c['id']
            loaded[cid] = c
            if list(c) != ['id', 'style', 'who', 'answers', 'turns', 'expect']:
                errs.append((cid, 'keys', list(c)))
            if cid in ids or c['style'] not in STYLES or \
                    not re.match(r'^%s-%s-[a-z]+-\d\d$' % (PREFIX, re.escape(c['style'])), cid):
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
            has_rules = bool(sim.SERVICES[e['service']].get('criteria'))
            if has_rules == (e['verdict'] == 'none'):
                errs.append((cid, 'verdict none iff no rules', e['verdict']))
            allowed = set(sim.criterion_facts(e['service'])) | {'hukou_place', 'residence_place'}
            for k in c['answers']:
                if k not in sim.FACTS:
                    errs.append((cid, 'answers', k))
            for k, v in e['facts'].items():
                if k not in sim.FACTS:
                    errs.append((cid, 'facts', k))
                else:
                    check_value(k, v, cid)
                if k not in allowed:
                    errs.append((cid, 'fact not a criterion fact of the service', k))
            for k in e['not_asked']:
                if k not in e['facts']:
                    errs.append((cid, 'not_asked not in facts', k))
            for t in c['turns']:
                if not set(t) <= {'say', 'answer_all'}:
                    errs.append((cid, 'turn', t))
            if sim.verdict(e['service'], e['facts']) != e['verdict']:
                errs.append((cid, 'verdict', e['verdict'], sim.verdict(e['service'], e['facts'])))
            for o in e['reply_contains']:
                if o not in offices:
                    errs.append((cid, 'office not a catalogue body or local form', o))
                if re.search(r'[0-9０-９]', o):
                    errs.append((cid, 'digit in an expectation', o))
            if e['reply_contains'] and sim.office(e['service'], e['facts']) not in e['reply_contains']:
                errs.append((cid, 'office', e['reply_contains'], sim.office(e['service'], e['facts'])))
            if e['verdict'] == 'none' and not e['reply_contains']:
                errs.append((cid, 'where-to-go without an office'))
            services[e['service']] += 1
            styles[c['style']] += 1
            verdicts[e['verdict']] += 1
    # the yml files are what the specs generate (no hand edit of an expectation)
    _, convs = gen.parse(sorted(glob.glob(os.path.join(HERE, 'spec_*.txt'))))
    counters = Counter()
    for c in convs:
        counters[(c['style'], c['topic'])] += 1
        cid = '%s-%s-%s-%02d' % (PREFIX, c['style'], c['topic'], counters[(c['style'], c['topic'])])
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
    if len(convs) != len(loaded) or len(loaded) != 60:
        errs.append(('conversations', 'spec/yml count', len(convs), len(loaded)))
    if verdicts['none'] != 12 or sum(verdicts.values()) - verdicts['none'] != 48:
        errs.append(('conversations', 'screenings/where-to-go', dict(verdicts)))
    if set(styles) != set(STYLES):
        errs.append(('conversations', 'styles', dict(styles)))
    return ids, services, styles, verdicts


def answers():
    rows = [json.loads(line) for line in open(os.path.join(DATA, ANSWERS), encoding='utf-8')]
    if len(rows) != 150:
        errs.append(('answers', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) != ['id', 'kind', 'asked', 'known', 'text', 'expect'] or r['id'] != '%s%03d' % (APREFIX, i):
            errs.append(('answer', i, 'keys/id'))
        if r['kind'] not in KINDS:
            errs.append(('answer', i, 'kind'))
        if list(r['expect']) != ['facts', 'non_answer']:
            errs.append(('answer', i, 'expect keys'))
        if r['expect']['non_answer'] not in NON_ANSWERS:
            errs.append(('answer', i, 'non_answer'))
        if bool(r['expect']['non_answer']) == bool(r['expect']['facts']):
            errs.append(('answer', i, 'exactly one of facts / non_answer'))
        if r['expect']['facts'] and r['asked'] not in r['expect']['facts']:
            errs.append(('answer', i, 'asked fact not expected'))
        if r['asked'] in r['known']:
            errs.append(('answer', i, 'asked fact known'))
        for k in [r['asked']] + list(r['known']) + list(r['expect']['facts']):
            if k not in sim.FACTS:
                errs.append(('answer', i, 'fact', k))
        for k, v in list(r['known'].items()) + list(r['expect']['facts'].items()):
            if k in sim.FACTS:
                check_value(k, v, r['id'])
    if len({r['text'] for r in rows}) != len(rows):
        errs.append(('answers', 'duplicate texts'))
    never = [f for f in sim.FACTS if f not in {r['asked'] for r in rows}]
    if never:
        errs.append(('answers', 'facts never asked', never))
    return rows


def gaps():
    rows = [json.loads(line) for line in open(os.path.join(DATA, GAPS), encoding='utf-8')]
    if len(rows) != 60 or sum('service' in r for r in rows) != 10:
        errs.append(('gaps', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) not in (['text', 'body', 'section'], ['text', 'body', 'section', 'service']):
            errs.append(('gap', i, 'keys', list(r)))
        if r['body'] not in sim.AGENCIES['bodies'] or r['section'] not in validate4.SECTIONS:
            errs.append(('gap', i, r['body'], r['section']))
        if 'service' in r and (r['service'] not in sim.SERVICES or sim.SERVICES[r['service']]['section'] != r['section']):
            errs.append(('gap', i, 'service', r['service']))
    if len({r['text'] for r in rows}) != len(rows):
        errs.append(('gaps', 'duplicate texts'))
    return rows


def stories():
    rows = [json.loads(line) for line in open(os.path.join(DATA, STORIES), encoding='utf-8')]
    if len(rows) != 30:
        errs.append(('stories', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) != ['text', 'bodies', 'domains']:
            errs.append(('story', i, 'keys', list(r)))
        if not 100 <= len(r['text']) <= 300:
            errs.append(('story', i, 'length', len(r['text'])))
        if not 2 <= len(r['bodies']) <= 3 or not all(b in sim.AGENCIES['bodies'] for b in r['bodies']) \
                or not r['domains'] or not all(d in range(1, 9) for d in r['domains']):
            errs.append(('story', i, r['bodies'], r['domains']))
    return rows


if __name__ == '__main__':
    ids, services, styles, verdicts = conversations()
    a = answers()
    g = gaps()
    s = stories()
    clash = (ids | {r['id'] for r in a}) & validate6.old_ids()
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
