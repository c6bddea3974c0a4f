"""Build answers.jsonl from tools/answers_spec.txt (kind|asked|known|text|facts|non_answer)."""
import json, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from gen import parse_facts
import sim

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(HERE, 'answers_spec.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip():
        continue
    parts = line.split('|')
    assert len(parts) == 6, line
    kind, asked, known, text, facts, na = parts
    rows.append({'id': None, 'kind': kind, 'asked': asked, 'known': dict(parse_facts(known)), 'text': text,
                 'expect': {'facts': dict(parse_facts(facts)), 'non_answer': na or None}})
for i, r in enumerate(rows, 1):
    r['id'] = 'g%03d' % i
    for k in [r['asked']] + list(r['known']) + list(r['expect']['facts']):
        assert k in sim.FACTS, (r['id'], k)
with open(os.path.join(os.path.dirname(HERE), 'answers.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows))
print(Counter(r['kind'] for r in rows))
print(Counter(r['expect']['non_answer'] for r in rows))
print('unknown', sum('不知道' in r['expect']['facts'].values() for r in rows),
      'range', sum('?range' in r['expect']['facts'].values() for r in rows),
      'multi', sum(len(r['expect']['facts']) > 1 for r in rows))
print(sorted(Counter(r['asked'] for r in rows).items(), key=lambda x: x[1]))
print('never asked:', [f for f in sim.FACTS if f not in {r['asked'] for r in rows}])
