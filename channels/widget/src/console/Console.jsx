// The console's three columns: what the caller says and the suggestions (with
// knowledge-base search below), the chosen service's card, the hand-off queue.
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { api, debounce } from './api';
import Card from './Card';
import Queue from './Queue';

// The districts and counties come from the knowledge base, through the page.
const DISTRICTS = JSON.parse(document.getElementById('hotline-console').dataset.districts || '[]');
const TYPING_MS = 300;

function useOperator() {
  const [name, setName] = useState(() => localStorage.getItem('hotline-operator') || '');
  const update = (value) => {
    setName(value);
    localStorage.setItem('hotline-operator', value);
  };
  return [name, update];
}

function Suggestions({ result, onOpen, chosen }) {
  if (!result) return <p className="hint">输入或粘贴来电人的话，建议会随输入更新。</p>;
  const oos = result.out_of_scope;
  return (
    <div aria-live="polite">
      {oos && (
        <div className="oos" role="note">
          <strong>不在服务目录内</strong>
          <p>{oos.guidance}</p>
          {oos.text && <pre className="text">{oos.text}</pre>}
          {oos.bodies.length > 0 && <p>最接近的部门：{oos.bodies.join('、')}；热线 {oos.hotline}</p>}
        </div>
      )}
      <ol className="suggestions">
        {result.services.map((s) => (
          <li key={s.id}>
            <button type="button" className={s.id === chosen ? 'suggestion chosen' : 'suggestion'}
              onClick={() => onOpen(s.id)} data-service={s.id}>
              <span className="name">{s.name}</span>
              <span className="meta">{s.agency_current} · {s.section} · {(s.score * 100).toFixed(0)}%</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="meta">意图 {result.intent}（{(result.confidence * 100).toFixed(0)}%）
        {result.district ? ` · 区县 ${result.district}` : ''}</p>
    </div>
  );
}

function KbSearch({ onOpen }) {
  const [q, setQ] = useState({ q: '', section: '', body: '' });
  const [results, setResults] = useState(null);
  const [error, setError] = useState('');
  const run = useMemo(() => debounce(async (params) => {
    if (!params.q.trim() && !params.section.trim() && !params.body.trim()) {
      setResults(null);
      return;
    }
    try {
      setResults((await api.search(params.q, params.section, params.body)).results);
      setError('');
    } catch (e) {
      setError(e.message);
    }
  }, TYPING_MS), []);
  const change = (key) => (event) => {
    const next = { ...q, [key]: event.target.value };
    setQ(next);
    run(next);
  };
  return (
    <section className="kb" aria-label="知识库检索">
      <h2>知识库检索</h2>
      <div className="kb-fields">
        <input aria-label="检索词" placeholder="词语，如 护理补贴" value={q.q} onChange={change('q')} />
        <input aria-label="领域" placeholder="领域，如 社会救助 或 3.2" value={q.section} onChange={change('section')} />
        <input aria-label="部门" placeholder="部门，如 民政局" value={q.body} onChange={change('body')} />
      </div>
      {error && <p className="error">{error}</p>}
      {results && (results.length ? (
        <ul className="kb-results">
          {results.map((s) => (
            <li key={s.id}><button type="button" className="link" onClick={() => onOpen(s.id)}>{s.name}</button>
              <span className="meta"> {s.section} {s.section_name} · {s.agency_current}</span></li>
          ))}
        </ul>
      ) : <p className="hint">没有找到。</p>)}
    </section>
  );
}

export default function Console() {
  const [operator, setOperator] = useOperator();
  const [text, setText] = useState('');
  const [district, setDistrict] = useState('');
  const [result, setResult] = useState(null);
  const [card, setCard] = useState(null);
  const [error, setError] = useState('');
  const latest = useRef(0);

  const ask = useMemo(() => debounce(async (words, place) => {
    if (!words.trim()) {
      setResult(null);
      return;
    }
    const mine = ++latest.current;
    try {
      const answer = await api.assist(words, place);
      if (mine === latest.current) {
        setResult(answer);
        setError('');
      }
    } catch (e) {
      setError(e.message);
    }
  }, TYPING_MS), []);

  useEffect(() => { ask(text, district); }, [text, district]);

  const open = async (id) => {
    const ready = result && result.top.find((c) => c.id === id);
    if (ready) {
      setCard(ready);
      return;
    }
    try {
      setCard(await api.service(id, district || (result && result.district), text));
    } catch (e) {
      setError(e.message);
    }
  };

  return (
    <div className="console">
      <header>
        <h1>12345 热线助手</h1>
        <a className="report-link" href="report/" target="_blank" rel="noopener">需求报告</a>
        <label>接线员 <input aria-label="接线员姓名" value={operator} placeholder="姓名"
          onChange={(e) => setOperator(e.target.value)} maxLength={32} /></label>
      </header>
      <main>
        <section className="caller" aria-label="来电内容">
          <h2>来电人说</h2>
          <textarea aria-label="来电人说的话" rows={5} value={text} placeholder="输入或粘贴语音转写…"
            onChange={(e) => setText(e.target.value)} />
          <label>区县 <select aria-label="区县" value={district} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">（按来电内容）</option>
            {DISTRICTS.map((d) => <option key={d}>{d}</option>)}
          </select></label>
          {error && <p className="error" role="alert">{error}</p>}
          <Suggestions result={result} onOpen={open} chosen={card && card.id} />
          <KbSearch onOpen={open} />
        </section>
        <section className="card-pane" aria-label="服务卡片">
          {card ? <Card key={card.id} card={card} text={text} district={district || (result && result.district)} />
            : <p className="hint">点一条建议或检索结果，打开服务卡片。</p>}
        </section>
        <Queue operator={operator} />
      </main>
    </div>
  );
}
