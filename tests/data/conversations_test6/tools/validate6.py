"""Set 11: validate ../*.yml, ../../answers_test5.jsonl, ../../gaps_test3.jsonl and ../../stories_test3.jsonl.

Imported, not copied: set 7's sim.py (verdicts, offices, the catalogue) and gen.py (parse and
compute), set 9's validate4.check_value (types, options, districts; '不知道'/'?range') and SECTIONS,
set 10's gen_answers5 KINDS/NON_ANSWERS. Set 9's and set 10's conversations()/answers()/gaps()/
stories() read their own sets' files, so the same checks are written here for this set's files
(ids b11-<style>-<topic>-NN, k001…). As set 10: the yml files are compared with a fresh run of
set 7's generator on spec_*.txt (so a hand edit of an expectation is caught) and every id is
checked to be new under /work/main/tests/data. Added: every verdict is recomputed with
sim.verdict, every reply_contains office is recomputed with sim.office and must be a
catalogue body's name or local form, where-to-go conversations use services without rules,
screenings services with rules; expected facts are only criterion facts of the service (plus
hukou/residence); conversation and answer counts as the brief asks.

Unlike sets 9 and 10, this script does not run sim.validate_dev (it reads the expectations of
conversations_dev2, a file this blind set was told to read only through a de-duplication script).
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
sys.path.insert(0, os.path.join(DATA, 'conversations_test5', 'tools'))
import gen  # noqa: E402  (set 7's)
import sim  # noqa: E402  (set 7's)
import validate4  # noqa: E402  (set 9's)
from gen_answers5 import KINDS, NON_ANSWERS  # noqa: E402  (set 10's)

errs = validate4.errs
check_value = validate4.check_value
STYLES = ['hurried_parent', 'elderly', 'hotline_operator', 'long_story', 'self_correcting', 'migrant_worker',
          'disability_carer']


def office_names():
    out = set()
    for b in sim.AGENCIES['bodies'].values():
        out.add(b['name'])
        if b.get('local'):
            out |= {b['local'].replace('{place}', p) for p in sim.COUNTIES}
    return out


def conversations():
    ids = set()
    services, styles, verdicts = Counter(), Counter(), Counter()
    loaded = {}
    offices = office_names()
    for fn in sorted(glob.glob(os.path.join(BASE, '*.yml'))):
        for c in yaml.safe_load(open(fn, encoding='utf-8'))['conversations']:
            cid = c['id']
            loaded[cid] = c
            if list(c) != ['id', 'style', 'who', 'answers', 'turns', 'expect']:
                errs.append((cid, 'keys', list(c)))
            if cid in ids or not re.match(r'^b11-%s-[a-z]+-\d\d$' % re.escape(c['style'])
                                          , cid) or c['style'] not in STYLES:
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
            if e['reply_contains'] and sim.office(e['service'], e['facts']) not in e['reply_contains']:
                errs.append((cid, 'office', e['reply_contains'], sim.office(e['service'], e['facts'])))
            services[e['service']] += 1
            styles[c['style']] += 1
            verdicts[e['verdict']] += 1
    # the files are what the specs generate (no hand edits of an expectation)
    _, convs = gen.parse(sorted(glob.glob(os.path.join(HERE, 'spec_*.txt'))))
    counters = Counter()
    for c in convs:
        counters[(c['style'], c['topic'])] += 1
        cid = 'b11-%s-%s-%02d' % (c['style'], c['topic'], counters[(c['style'], c['topic'])])
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
    return ids, services, styles, verdicts


def answers():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'answers_test5.jsonl'), encoding='utf-8')]
    if len(rows) != 150:
        errs.append(('answers', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) != ['id', 'kind', 'asked', 'known', 'text', 'expect'] or r['id'] != 'k%03d' % i:
            errs.append(('answer', i, 'keys/id'))
        if r['kind'] not in KINDS:
            errs.append(('answer', i, 'kind'))
        if list(r['expect']) != ['facts', 'non_answer']:
            errs.append(('answer', i, 'expect keys'))
        if r['expect']['non_answer'] not in NON_ANSWERS:
            errs.append(('answer', i, 'non_answer'))
        if bool(r['expect']['non_answer']) == bool(r['expect']['facts']):
            errs.append(('answer', i, 'exactly one of facts / non_answer'))
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
    return rows


def gaps():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'gaps_test3.jsonl'), encoding='utf-8')]
    if len(rows) != 60 or sum('service' in r for r in rows) != 10:
        errs.append(('gaps', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) not in (['text', 'body', 'section'], ['text', 'body', 'section', 'service']):
            errs.append(('gap', i, 'keys', list(r)))
        if r['body'] not in sim.AGENCIES['bodies'] or r['section'] not in validate4.SECTIONS:
            errs.append(('gap', i, r['body'], r['section']))
        if 'service' in r and (r['service'] not in sim.SERVICES or sim.SERVICES[r['service']]['section'] != r['section']):
            errs.append(('gap', i, 'service', r['service']))
    return rows


def stories():
    rows = [json.loads(line) for line in open(os.path.join(DATA, 'stories_test3.jsonl'), encoding='utf-8')]
    if len(rows) != 30:
        errs.append(('stories', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) != ['text', 'bodies', 'domains']:
            errs.append(('story', i, 'keys', list(r)))
        if not 100 <= len(r['text']) <= 300:
            errs.append(('story', i, 'length', len(r['text'])))
        if len(r['bodies']) < 2 or not all(b in sim.AGENCIES['bodies'] for b in r['bodies']) \
                or not all(d in range(1, 9) for d in r['domains']):
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
