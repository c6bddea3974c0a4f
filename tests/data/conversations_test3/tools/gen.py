"""Build conversations/*.yml from tools/spec_*.txt, computing facts/verdict/reply_contains/not_asked with sim.py.

Spec format (one block per conversation):
  ## <style>                       starts a style file; following '# ' lines are its header comment
  @ <style> <topic> <service_id>   starts a conversation (ids numbered per style+topic)
  who: <text>
  ans: <fact> = <value> | <answer text>
  S: <text> {fact=value, ...}      a resident turn with the facts it states
  S?: <text> {...}                 the same, asking where to go (reply_contains computed)
  A                                answer_all
  na-: fact, fact                  facts stated too vaguely to forbid asking
"""
import json
import os
import re
import sys
from collections import OrderedDict, Counter

import yaml

sys.path.insert(0, os.path.dirname(__file__))
import sim  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'conversations')


def parse_value(s):
    s = s.strip()
    if s == 'true':
        return True
    if s == 'false':
        return False
    if s.startswith('['):
        return [parse_value(x) for x in s[1:-1].split(',')]
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        return s


def parse_facts(s):
    out = OrderedDict()
    s = s.strip()
    if not s:
        return out
    # split on commas not inside []
    parts, depth, cur = [], 0, ''
    for ch in s:
        if ch == '[':
            depth += 1
        elif ch == ']':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur); cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    for p in parts:
        k, v = p.split('=', 1)
        out[k.strip()] = parse_value(v)
    return out


def parse(paths):
    styles = OrderedDict()
    convs = []
    cur = None
    style = None
    for path in paths:
        for raw in open(path, encoding='utf-8'):
            line = raw.rstrip('\n')
            if not line.strip():
                continue
            if line.startswith('## '):
                style = line[3:].strip()
                styles[style] = []
                continue
            if line.startswith('# '):
                styles[style].append(line)
                continue
            if line.startswith('@ '):
                _, st, topic, service = line.split()
                cur = {'style': st, 'topic': topic, 'service': service, 'who': '', 'answers': OrderedDict(),
                       'ansval': OrderedDict(), 'turns': [], 'na_minus': []}
                convs.append(cur)
                continue
            if line.startswith('who:'):
                cur['who'] = line[4:].strip()
            elif line.startswith('ans:'):
                body = line[4:]
                fv, text = body.split('|', 1)
                f, v = fv.split('=', 1)
                cur['answers'][f.strip()] = text.strip()
                cur['ansval'][f.strip()] = parse_value(v)
            elif line.strip() == 'A':
                cur['turns'].append(('answer_all',))
            elif line.startswith('S?:') or line.startswith('S:'):
                where = line.startswith('S?:')
                body = line[3:] if where else line[2:]
                m = re.match(r'^(.*)\{([^{}]*)\}\s*$', body)
                text, facts = (m.group(1), parse_facts(m.group(2))) if m else (body, OrderedDict())
                cur['turns'].append(('say', facts, where, text.strip()))
            elif line.startswith('na-:'):
                cur['na_minus'] = [x.strip() for x in line[4:].split(',') if x.strip()]
            else:
                raise ValueError('bad line in %s: %r' % (path, line))
    return styles, convs


def compute(c):
    service = c['service']
    turns = [(t[0], t[1], t[2]) if t[0] == 'say' else t for t in c['turns']]
    r = sim.run(service, turns, c['ansval'])
    cf = sim.criterion_facts(service)
    prio = [x['fact'] for x in sim.priority(service)]
    listed_ok = set(cf) | {'hukou_place', 'residence_place'}
    if service != 'vocational_skills_training':
        listed_ok -= set(prio) - set(f for cr in sim.deciding(service) for f in [cr.get('fact')])
    facts = OrderedDict((k, v) for k, v in r['known'].items() if k in listed_ok)
    # not_asked: facts stated in a say turn, unless they had been asked (answered) before being stated
    asked_before = set()
    stated = []
    known = {}
    answers = c['ansval']
    for t in turns:
        if t[0] == 'say':
            for k in t[1]:
                if k in facts and k not in asked_before and k not in stated:
                    stated.append(k)
            known.update(t[1])
        else:
            if sim.SERVICES[service].get('criteria'):
                log = []
                for f in sim.screen(service, known, answers, log):
                    asked_before.add(f)
    not_asked = [k for k in stated if k not in c['na_minus']]
    return facts, r['verdict'], r['reply_contains'], not_asked, r['log'], r['asked']


def scalar(v):
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list):
        return '[' + ', '.join(scalar(x) for x in v) + ']'
    s = str(v)
    try:
        ok = yaml.safe_load('k: ' + s) == {'k': s} and yaml.safe_load('k: {a: ' + s + '}') == {'k': {'a': s}}
    except Exception:
        ok = False
    if ok and not any(ch in s for ch in ',[]{}#:'):
        return s
    return json.dumps(s, ensure_ascii=False)


def block_scalar(v):
    s = str(v)
    try:
        ok = yaml.safe_load('k: ' + s) == {'k': s}
    except Exception:
        ok = False
    return s if ok else json.dumps(s, ensure_ascii=False)


def emit(styles, convs):
    counters = Counter()
    by_style = OrderedDict((s, []) for s in styles)
    report = []
    for c in convs:
        counters[(c['style'], c['topic'])] += 1
        cid = 'b8-%s-%s-%02d' % (c['style'], c['topic'], counters[(c['style'], c['topic'])])
        facts, verdict, rc, na, log, asked = compute(c)
        unused = [f for f in c['answers'] if f not in asked]
        report.append((cid, c['service'], verdict, dict(facts), rc, na, log, unused))
        lines = ['  - id: %s' % cid, '    style: %s' % c['style'], '    who: %s' % block_scalar(c['who'])]
        if c['answers']:
            lines.append('    answers:')
            for f, t in c['answers'].items():
                lines.append('      %s: %s' % (f, block_scalar(t)))
        else:
            lines.append('    answers: {}')
        lines.append('    turns:')
        for t in c['turns']:
            if t[0] == 'say':
                lines.append('      - say: %s' % block_scalar(t[3]))
            else:
                lines.append('      - answer_all: true')
        lines.append('    expect:')
        lines.append('      service: %s' % c['service'])
        lines.append('      facts: {%s}' % ', '.join('%s: %s' % (k, scalar(v)) for k, v in facts.items()))
        lines.append('      verdict: %s' % verdict)
        lines.append('      reply_contains: [%s]' % ', '.join(scalar(x) for x in rc))
        lines.append('      not_asked: [%s]' % ', '.join(na))
        by_style[c['style']].append('\n'.join(lines))
    os.makedirs(OUT, exist_ok=True)
    for st, items in by_style.items():
        head = '\n'.join(styles[st])
        with open(os.path.join(OUT, st + '.yml'), 'w', encoding='utf-8') as fh:
            fh.write(head + '\nconversations:\n' + '\n\n'.join(items) + '\n')
    return report


if __name__ == '__main__':
    import glob
    paths = sorted(glob.glob(os.path.join(HERE, 'spec_*.txt')))
    styles, convs = parse(paths)
    report = emit(styles, convs)
    bad = 0
    for r in report:
        flag = ''
        if r[6] or r[7]:
            flag = '  <-- ' + str(r[6]) + (' unused answers %s' % r[7] if r[7] else '')
            bad += 1
        print(r[0], r[1], r[2], r[3], 'rc=%s' % r[4], 'na=%s' % r[5], flag)
    print('conversations:', len(report), 'flagged:', bad)
    print(Counter(r[0].split('-')[1] for r in report))
    print(Counter(r[2] for r in report))
