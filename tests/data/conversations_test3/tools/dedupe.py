"""Compare every new text (say turns, answers, who lines, answers.jsonl text) with every string in
/work/main/tests/data/** (exact match, difflib ratio > 0.8). Matched texts from files this helper was
not allowed to read are not printed, only the new text and the file name."""
import difflib, glob, json, os, yaml
ALLOWED = ('conversations_test2', 'answers_test2.jsonl')
def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
old = []
for f in glob.glob('/work/main/tests/data/**/*', recursive=True):
    if os.path.isdir(f): continue
    try:
        if f.endswith('.jsonl'):
            objs = [json.loads(l) for l in open(f, encoding='utf-8') if l.strip()]
        elif f.endswith('.yml') or f.endswith('.yaml'):
            objs = [yaml.safe_load(open(f, encoding='utf-8'))]
        else:
            continue
    except Exception as e:
        print('skip', f, e); continue
    for s in strings(objs):
        if len(s) >= 4 and any('\u4e00' <= ch <= '\u9fff' for ch in s):
            old.append((s, f))
new = []
base = '/work/wt/blind8'
for f in glob.glob(base + '/conversations/*.yml'):
    for c in yaml.safe_load(open(f, encoding='utf-8'))['conversations']:
        new.append((c['who'], c['id'] + ':who'))
        for k, v in c['answers'].items(): new.append((v, c['id'] + ':ans:' + k))
        for t in c['turns']:
            if 'say' in t: new.append((t['say'], c['id'] + ':say'))
for l in open(base + '/answers.jsonl', encoding='utf-8'):
    d = json.loads(l); new.append((d['text'], d['id']))
hits = []
for s, where in new:
    for o, f in old:
        if s == o:
            hits.append((1.0, where, s, o, f)); continue
        m = difflib.SequenceMatcher(None, s, o)
        if m.real_quick_ratio() > 0.75 and m.quick_ratio() > 0.75 and m.ratio() > 0.75:
            hits.append((m.ratio(), where, s, o, f))
print('new texts', len(new), 'old strings', len(old), 'hits', len(hits))
for r, where, s, o, f in sorted(hits, reverse=True):
    shown = o if any(a in f for a in ALLOWED) else '(not shown)'
    print('%.2f %s | %s | %s | %s' % (r, where, s, shown, os.path.relpath(f, '/work/main/tests/data')))
