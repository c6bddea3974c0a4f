"""Set 9: build ../../gaps_test.jsonl from gaps_spec.txt (body|section|service|text).

Keys as gaps_dev.jsonl: text, body (an agencies.yml body key), section (the outline sub-area);
the catalogue services phrased in everyday words carry a fourth key, service (a catalogue id),
whose body and section are checked against the catalogue here. sim.py (set 7's) loads it.
"""
import hashlib
import json
import os
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(DATA, 'conversations_test2', 'tools'))
import sim  # noqa: E402

SECTIONS = {s['code'] for d in yaml.safe_load(open(os.path.join(sim.CAT, 'sections.yml'), encoding='utf-8'))['domains']
            for s in d['sections']}


def service_body(sid):
    s = sim.SERVICES[sid]
    return (s.get('agency_current') or {}).get('body') or sim.AGENCIES['outline_names'][s['agency']]['body']


def main():
    rows = []
    for line in open(os.path.join(HERE, 'gaps_spec.txt'), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        body, section, service, text = line.split('|', 3)
        assert body in sim.AGENCIES['bodies'], line
        assert section in SECTIONS, line
        row = {'text': text, 'body': body, 'section': section}
        if service:
            assert service in sim.SERVICES, line
            assert service_body(service) == body and sim.SERVICES[service]['section'] == section, line
            row['service'] = service
        rows.append(row)
    assert len({r['text'] for r in rows}) == len(rows)
    # a fixed order that mixes the service rows among the gaps (the spec lists them last)
    rows.sort(key=lambda r: hashlib.md5(r['text'].encode('utf-8')).hexdigest())
    with open(os.path.join(DATA, 'gaps_test.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('rows', len(rows), 'gaps', sum('service' not in r for r in rows), 'services', sum('service' in r for r in rows))
    print(sorted(Counter(r['body'] for r in rows).items(), key=lambda x: -x[1]))
    print(sorted(Counter(r['section'] for r in rows).items()))
    print('domains', sorted(Counter(r['section'].split('.')[0] for r in rows).items()))


if __name__ == '__main__':
    main()
