"""One parameterized module for a blind set's generators and checks (written for set 14).

Sets 12 and 13 each copied the previous set's gen/dedupe script with other names, because those scripts
hard-code their set's folder, id prefix and file names. Here every function takes them as arguments:

  generate_conversations(tools_dir, set_dir, prefix)        spec_*.txt -> <set_dir>/<style>.yml
  generate_answers(spec, out, prefix)                      answers spec -> answers jsonl
  generate_gaps(spec, out)                                 gaps spec -> gaps jsonl (md5 order)
  generate_stories(spec, out)                              stories spec -> stories jsonl
  validate(cfg)                                            all checks, returns the error list
  dedupe(cfg)                                              near-duplicates and service overlaps

cfg is a SetConfig (folders, prefixes, file names, expected counts, older sets to compare with).

Nothing of the older sets is copied or run as a script; these are imported for their functions:
set 7's gen.py (parse, compute, emit) and sim.py (catalogue, verdict, office), set 9's validate4
(check_value, SECTIONS), gen_gaps (service_body) and dedupe4 (old_strings, similar), set 10's
gen_answers5 (KINDS, NON_ANSWERS) and set 11's validate6 (STYLES, office_names, old_ids). Importing
them writes nothing. The rules for conversations, answers, gaps and stories are those of set 12's
validate7 and set 11's gen_answers6 / gen_gaps3 / gen_stories3, with the counts as parameters.
"""
import glob
import hashlib
import json
import os
import re
import sys
from collections import Counter, namedtuple

import yaml

TOOLS = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(TOOLS))
OLD = '/work/main/tests/data'
for sub in ('conversations_test6', 'conversations_test5', 'conversations_test4', 'conversations_test2'):
    sys.path.insert(0, os.path.join(DATA, sub, 'tools'))
import gen  # noqa: E402  (set 7's)
import sim  # noqa: E402  (set 7's)
import validate4  # noqa: E402  (set 9's)
import dedupe4  # noqa: E402  (set 9's)
import validate6  # noqa: E402  (set 11's; nothing runs at import)
from gen_gaps import SECTIONS, service_body  # noqa: E402  (set 9's)
from gen_answers5 import KINDS, NON_ANSWERS  # noqa: E402  (set 10's)

SetConfig = namedtuple('SetConfig', [
    'tools_dir', 'set_dir', 'prefix', 'aprefix', 'answers', 'gaps', 'stories',
    'screenings', 'where', 'old_conversations', 'old_gaps'])


def _jsonl(path):
    return [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]


def _spec_lines(spec):
    for line in open(spec, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.strip() and not line.startswith('#'):
            yield line


# ---------------------------------------------------------------- generation

def generate_conversations(tools_dir, set_dir, prefix):
    """set 7's gen.parse/emit on tools_dir/spec_*.txt, written to set_dir, ids b7-... renamed prefix-...
    Returns the number of flagged conversations (unexplained ask, unused answer, unfinished screening,
    where-question without a place)."""
    gen.OUT = set_dir
    styles, convs = gen.parse(sorted(glob.glob(os.path.join(tools_dir, 'spec_*.txt'))))
    report = gen.emit(styles, convs)
    for st in styles:
        path = os.path.join(set_dir, st + '.yml')
        text = open(path, encoding='utf-8').read()
        text = re.sub(r'^  - id: b7-', '  - id: %s-' % prefix, text, flags=re.M)
        open(path, 'w', encoding='utf-8').write(text)
    bad = 0
    for cid, service, verdict, facts, rc, na, log, unused in report:
        flag = ''
        if log or unused:
            flag = '  <-- %s%s' % (log, ' unused answers %s' % unused if unused else '')
            bad += 1
        print(prefix + cid[2:], service, verdict, facts, 'rc=%s' % rc, 'na=%s' % na, flag)
    print('conversations:', len(report), 'flagged:', bad)
    print(Counter(r[0].split('-')[1] for r in report))
    print(Counter(r[2] for r in report))
    print(sorted(Counter(r[1] for r in report).items(), key=lambda x: -x[1]))
    return bad


def build_answers(spec, prefix):
    """rows and errors from an answers spec (kind|asked|known|text|facts|non_answer)."""
    rows, errs = [], []
    for line in _spec_lines(spec):
        parts = line.split('|')
        if len(parts) != 6:
            errs.append(('bad line', line))
            continue
        kind, asked, known, text, facts, na = parts
        rows.append({'id': '%s%03d' % (prefix, len(rows) + 1), 'kind': kind, 'asked': asked,
                     'known': dict(gen.parse_facts(known)), 'text': text,
                     'expect': {'facts': dict(gen.parse_facts(facts)), 'non_answer': na or None}})
    errs += check_answer_rows(rows, prefix)
    return rows, errs


def generate_answers(spec, out, prefix):
    rows, errs = build_answers(spec, prefix)
    with open(out, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('rows', len(rows), 'errors', len(errs))
    for e in errs:
        print('  ', e)
    print(sorted(Counter(r['kind'] for r in rows).items()))
    print(Counter(r['expect']['non_answer'] for r in rows))
    print('unknown', sum('不知道' in r['expect']['facts'].values() for r in rows),
          'range', sum('?range' in r['expect']['facts'].values() for r in rows),
          'multi', sum(len(r['expect']['facts']) > 1 for r in rows), 'with known', sum(bool(r['known']) for r in rows))
    asked = Counter(r['asked'] for r in rows)
    print('asked facts', len(asked), 'of', len(sim.FACTS), 'never asked:', [f for f in sim.FACTS if f not in asked])
    return len(errs)


def build_gaps(spec):
    rows = []
    for line in _spec_lines(spec):
        body, section, service, text = line.split('|', 3)
        row = {'text': text, 'body': body, 'section': section}
        if service:
            row['service'] = service
        rows.append(row)
    rows.sort(key=lambda r: hashlib.md5(r['text'].encode('utf-8')).hexdigest())
    return rows


def generate_gaps(spec, out):
    rows = build_gaps(spec)
    errs = check_gap_rows(rows)
    with open(out, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('rows', len(rows), 'gaps', sum('service' not in r for r in rows), 'services', sum('service' in r for r in rows),
          'errors', len(errs))
    for e in errs:
        print('  ', e)
    print(sorted(Counter(r['body'] for r in rows if 'service' not in r).items(), key=lambda x: -x[1]))
    print('domains', sorted(Counter(r['section'].split('.')[0] for r in rows).items()))
    for r in rows:
        if 'service' in r:
            continue
        hit = [(sid, a) for sid, s in sim.SERVICES.items() for a in s.get('aliases', []) + [s['name']] if a in r['text']]
        if hit:
            print('  gap text holds an alias:', r['text'], hit)
    return len(errs)


def build_stories(spec):
    rows = []
    for line in _spec_lines(spec):
        bodies, domains, text = line.split('|', 2)
        rows.append({'text': text, 'bodies': bodies.split(','), 'domains': [int(d) for d in domains.split(',')]})
    return rows


def generate_stories(spec, out):
    rows = build_stories(spec)
    errs = check_story_rows(rows)
    with open(out, 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    lens = sorted(len(r['text']) for r in rows)
    print('stories', len(rows), 'errors', len(errs), 'length min/median/max', lens[0], lens[len(lens) // 2], lens[-1])
    for e in errs:
        print('  ', e)
    print('lengths', lens)
    print('bodies per story', Counter(len(r['bodies']) for r in rows))
    print('first body', sorted(Counter(r['bodies'][0] for r in rows).items(), key=lambda x: -x[1]))
    print('any body', sorted(Counter(b for r in rows for b in r['bodies']).items(), key=lambda x: -x[1]))
    print('first domain', sorted(Counter(r['domains'][0] for r in rows).items()))
    return len(errs)


# ---------------------------------------------------------------- row checks

def _check_value(k, v, where):
    before = len(validate4.errs)
    validate4.check_value(k, v, where)
    new = validate4.errs[before:]
    del validate4.errs[before:]
    return new


def check_answer_rows(rows, prefix, n=150):
    errs = []
    if len(rows) != n:
        errs.append(('answers', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        w = r.get('id')
        if list(r) != ['id', 'kind', 'asked', 'known', 'text', 'expect'] or r['id'] != '%s%03d' % (prefix, i):
            errs.append((w, 'keys/id'))
        if r['kind'] not in KINDS:
            errs.append((w, 'kind', r['kind']))
        if list(r['expect']) != ['facts', 'non_answer'] or r['expect']['non_answer'] not in NON_ANSWERS:
            errs.append((w, 'expect', r['expect']))
        if bool(r['expect']['non_answer']) == bool(r['expect']['facts']):
            errs.append((w, 'exactly one of facts / non_answer'))
        if r['expect']['facts'] and r['asked'] not in r['expect']['facts']:
            errs.append((w, 'the asked fact is not among the expected facts'))
        if r['asked'] in r['known']:
            errs.append((w, 'asked fact already known'))
        for k in [r['asked']] + list(r['known']) + list(r['expect']['facts']):
            if k not in sim.FACTS:
                errs.append((w, 'unknown fact', k))
        for k, v in list(r['known'].items()) + list(r['expect']['facts'].items()):
            if k in sim.FACTS:
                errs += _check_value(k, v, w)
    if len({r['text'] for r in rows}) != len(rows):
        errs.append(('answers', 'duplicate texts'))
    never = [f for f in sim.FACTS if f not in {r['asked'] for r in rows}]
    if never:
        errs.append(('answers', 'facts never asked', never))
    return errs


def check_gap_rows(rows, n=60, services=10):
    errs = []
    if len(rows) != n or sum('service' in r for r in rows) != services:
        errs.append(('gaps', 'count', len(rows), sum('service' in r for r in rows)))
    for i, r in enumerate(rows, 1):
        if list(r) not in (['text', 'body', 'section'], ['text', 'body', 'section', 'service']):
            errs.append(('gap', i, 'keys', list(r)))
        if r['body'] not in sim.AGENCIES['bodies'] or r['section'] not in SECTIONS:
            errs.append(('gap', i, r['body'], r['section']))
        if 'service' in r:
            s = sim.SERVICES.get(r['service'])
            if s is None or service_body(r['service']) != r['body'] or s['section'] != r['section']:
                errs.append(('gap', i, 'service body/section', r['service']))
            elif [a for a in s.get('aliases', []) + [s['name']] if a in r['text']]:
                errs.append(('gap', i, 'service row holds its name or an alias', r['service']))
    if len({r['text'] for r in rows}) != len(rows):
        errs.append(('gaps', 'duplicate texts'))
    return errs


def check_story_rows(rows, n=30, lo=100, hi=300):
    errs = []
    if len(rows) != n:
        errs.append(('stories', 'count', len(rows)))
    for i, r in enumerate(rows, 1):
        if list(r) != ['text', 'bodies', 'domains']:
            errs.append(('story', i, 'keys', list(r)))
        if not lo <= len(r['text']) <= hi:
            errs.append(('story', i, 'length', len(r['text'])))
        b, d = r['bodies'], r['domains']
        if not 2 <= len(b) <= 3 or len(set(b)) != len(b) or not all(x in sim.AGENCIES['bodies'] for x in b):
            errs.append(('story', i, 'bodies', b))
        if not d or len(set(d)) != len(d) or not all(x in range(1, 9) for x in d):
            errs.append(('story', i, 'domains', d))
    if len({r['text'] for r in rows}) != len(rows):
        errs.append(('stories', 'duplicate texts'))
    return errs


# ---------------------------------------------------------------- validation

def check_conversations(cfg):
    """set 12's validate7.conversations with cfg's folder, prefix and counts; plus: every service with
    rules screened, where-to-go services pairwise different."""
    errs = []
    ids, loaded = set(), {}
    services, styles, verdicts = Counter(), Counter(), Counter()
    offices = validate6.office_names()
    for fn in sorted(glob.glob(os.path.join(cfg.set_dir, '*.yml'))):
        for c in yaml.safe_load(open(fn, encoding='utf-8'))['conversations']:
            cid = c['id']
            loaded[cid] = c
            if list(c) != ['id', 'style', 'who', 'answers', 'turns', 'expect']:
                errs.append((cid, 'keys', list(c)))
            if cid in ids or c['style'] not in validate6.STYLES or \
                    not re.match(r'^%s-%s-[a-z]+-\d\d$' % (cfg.prefix, re.escape(c['style'])), cid):
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
                    errs += _check_value(k, v, cid)
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
    _, convs = gen.parse(sorted(glob.glob(os.path.join(cfg.tools_dir, 'spec_*.txt'))))
    counters = Counter()
    for c in convs:
        counters[(c['style'], c['topic'])] += 1
        cid = '%s-%s-%s-%02d' % (cfg.prefix, c['style'], c['topic'], counters[(c['style'], c['topic'])])
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
    if len(convs) != len(loaded) or len(loaded) != cfg.screenings + cfg.where:
        errs.append(('conversations', 'spec/yml count', len(convs), len(loaded)))
    if verdicts['none'] != cfg.where or sum(verdicts.values()) - verdicts['none'] != cfg.screenings:
        errs.append(('conversations', 'screenings/where-to-go', dict(verdicts)))
    if set(styles) != set(validate6.STYLES):
        errs.append(('conversations', 'styles', dict(styles)))
    with_rules = {x for x in sim.SERVICES if sim.SERVICES[x].get('criteria')}
    missing = sorted(with_rules - set(services))
    if missing:
        errs.append(('services with rules never screened', missing))
    twice = [x for x in services if x not in with_rules and services[x] > 1]
    if twice:
        errs.append(('a where-to-go service used twice', twice))
    return errs, ids, services, styles, verdicts


def validate(cfg):
    errs, ids, services, styles, verdicts = check_conversations(cfg)
    a = _jsonl(os.path.join(DATA, cfg.answers))
    g = _jsonl(os.path.join(DATA, cfg.gaps))
    s = _jsonl(os.path.join(DATA, cfg.stories))
    errs += check_answer_rows(a, cfg.aprefix)
    errs += check_gap_rows(g)
    errs += check_story_rows(s)
    # the yml and jsonl files are what the specs generate
    if [r['text'] for r in a] != [r['text'] for r in build_answers(os.path.join(cfg.tools_dir, 'answers_spec.txt'), cfg.aprefix)[0]]:
        errs.append(('answers', 'file differs from the spec'))
    if g != build_gaps(os.path.join(cfg.tools_dir, 'gaps_spec.txt')):
        errs.append(('gaps', 'file differs from the spec'))
    if s != build_stories(os.path.join(cfg.tools_dir, 'stories_spec.txt')):
        errs.append(('stories', 'file differs from the spec'))
    clash = (ids | {r['id'] for r in a}) & validate6.old_ids()
    if clash:
        errs.append(('ids already used under %s' % OLD, sorted(clash)))
    print('conversations', len(ids), 'answers', len(a), 'gaps', len(g), '(services %d)' % sum('service' in r for r in g),
          'stories', len(s), 'errors', len(errs))
    for x in errs:
        print('  ', x)
    rule = [x for x in services if sim.SERVICES[x].get('criteria')]
    print('services', len(services), 'with rules', len(rule), 'without', len(services) - len(rule))
    print(dict(styles))
    print(dict(verdicts))
    print(sorted(Counter(r['kind'] for r in a).items()))
    return errs


# ---------------------------------------------------------------- de-duplication

def new_texts(cfg):
    new = []
    for f in sorted(glob.glob(os.path.join(cfg.set_dir, '*.yml'))):
        for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
            new.append((c['who'], c['id'] + ':who'))
            for k, v in c['answers'].items():
                new.append((v, c['id'] + ':ans:' + k))
            for i, t in enumerate(c['turns']):
                if 'say' in t:
                    new.append((t['say'], '%s:say%d' % (c['id'], i)))
    for name in (cfg.answers, cfg.gaps, cfg.stories):
        for i, r in enumerate(_jsonl(os.path.join(DATA, name)), 1):
            new.append((r['text'], '%s:%d' % (name, i)))
    return new


def older_conversation_services(dirs):
    used = set()
    for d in dirs:
        for f in glob.glob(os.path.join(OLD, d, '*.yml')):
            for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
                used.add(c['expect']['service'])
    return used


def older_gap_services(names):
    return {r['service'] for n in names for r in _jsonl(os.path.join(OLD, n)) if 'service' in r}


def service_overlaps(cfg):
    out = []
    used = older_conversation_services(cfg.old_conversations)
    for f in sorted(glob.glob(os.path.join(cfg.set_dir, '*.yml'))):
        for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
            if c['expect']['verdict'] == 'none' and c['expect']['service'] in used:
                out.append((c['id'], c['expect']['service'], 'used by a conversation of %s' % ', '.join(cfg.old_conversations)))
    gused = older_gap_services(cfg.old_gaps)
    for r in _jsonl(os.path.join(DATA, cfg.gaps)):
        if r.get('service') in gused:
            out.append((cfg.gaps, r['service'], 'a service row of %s' % ', '.join(cfg.old_gaps)))
    return out


def dedupe(cfg):
    """exact or difflib > 0.75 (set 9's similar) against every Chinese string of 4+ characters under
    /work/main/tests/data, and among the new texts; plus service overlaps. Returns the number of hits."""
    old = dedupe4.old_strings()
    new = new_texts(cfg)
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
    over = service_overlaps(cfg)
    print('new texts', len(new), 'old strings', len(old), 'hits', len(hits),
          'distinct new texts hit', len({h[1] for h in hits}), 'pairs among new texts', len(inner),
          'service overlaps', len(over))
    for r, where, s, o, f in sorted(hits, reverse=True):
        print('%.2f %s | %s | %s | %s' % (r, where, s, o, f))
    for r, wa, wb, a, b in sorted(inner, reverse=True):
        print('new %.2f %s | %s | %s | %s' % (r, wa, wb, a, b))
    for o in over:
        print('overlap', o)
    return len(hits) + len(inner) + len(over)
