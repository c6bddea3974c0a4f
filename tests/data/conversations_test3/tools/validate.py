"""Validate conversations/*.yml and answers.jsonl against the catalogue (keys, services, value types)."""
import glob, json, os, sys, yaml
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
import sim
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTIES = sim.COUNTIES + ['外地']
errs = []
def check_value(f, v, where):
    if v in ('不知道', '?range'):
        return
    t = sim.FACTS[f]['type']
    vals = v if isinstance(v, list) else [v]
    for x in vals:
        if t == 'boolean' and not isinstance(x, bool): errs.append((where, f, v))
        if t == 'number' and (isinstance(x, bool) or not isinstance(x, (int, float))): errs.append((where, f, v))
        if t == 'choice' and x not in sim.FACTS[f]['options']: errs.append((where, f, v))
        if t == 'district' and x not in COUNTIES: errs.append((where, f, v))
    if isinstance(v, list) and f != 'child_age': errs.append((where, f, 'list'))
ids = set(); n = 0; services = Counter(); styles = Counter(); verdicts = Counter()
for fn in sorted(glob.glob(BASE + '/conversations/*.yml')):
    data = yaml.safe_load(open(fn, encoding='utf-8'))
    for c in data['conversations']:
        n += 1
        assert list(c.keys()) == ['id', 'style', 'who', 'answers', 'turns', 'expect'], c['id']
        assert c['id'] not in ids; ids.add(c['id'])
        assert os.path.basename(fn) == c['style'] + '.yml'
        e = c['expect']
        assert list(e.keys()) == ['service', 'facts', 'verdict', 'reply_contains', 'not_asked'], c['id']
        if e['service'] not in sim.SERVICES: errs.append((c['id'], 'service', e['service']))
        for k in c['answers']:
            if k not in sim.FACTS: errs.append((c['id'], 'answers', k))
        for k, v in e['facts'].items():
            if k not in sim.FACTS: errs.append((c['id'], 'facts', k))
            else: check_value(k, v, c['id'])
        for k in e['not_asked']:
            if k not in e['facts']: errs.append((c['id'], 'not_asked not in facts', k))
        for t in c['turns']:
            assert set(t) <= {'say', 'answer_all'}, t
        if sim.verdict(e['service'], e['facts']) != e['verdict']:
            errs.append((c['id'], 'verdict', e['verdict'], sim.verdict(e['service'], e['facts'])))
        services[e['service']] += 1; styles[c['style']] += 1; verdicts[e['verdict']] += 1
rows = [json.loads(l) for l in open(BASE + '/answers.jsonl', encoding='utf-8')]
for i, r in enumerate(rows, 1):
    assert list(r.keys()) == ['id', 'kind', 'asked', 'known', 'text', 'expect'] and r['id'] == 'g%03d' % i
    assert list(r['expect'].keys()) == ['facts', 'non_answer']
    for k in [r['asked']] + list(r['known']) + list(r['expect']['facts']):
        if k not in sim.FACTS: errs.append((r['id'], 'key', k))
    for k, v in list(r['known'].items()) + list(r['expect']['facts'].items()):
        if k in sim.FACTS: check_value(k, v, r['id'])
    assert r['expect']['non_answer'] in (None, 'side_question', 'wait', 'already_said', 'dont_know_what_you_mean')
print('conversations', n, 'answers', len(rows), 'errors', len(errs))
for x in errs: print('  ', x)
rule = [s for s in services if sim.SERVICES[s].get('criteria')]
print('services', len(services), 'with rules', len(rule), 'without', len(services) - len(rule))
print(dict(styles)); print(dict(verdicts))
print(sorted(services.items(), key=lambda x: -x[1]))
