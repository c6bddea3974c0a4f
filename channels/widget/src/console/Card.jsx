// One service: what it is, for whom, who handles it (and the county's office),
// how to apply, sources; the checklist, evaluated by the server's rules on every
// tick; the answer script; the draft 工单 with 复制工单.
import React, { useEffect, useState } from 'react';
import { api } from './api';

const STATEMENTS = [
  ['content', '服务内容'], ['target_group', '服务对象'], ['standard', '标准'],
  ['how_to_apply', '怎么申请'], ['documents', '材料'], ['caveat', '提示'],
];
const STATUS = {
  met: ['符合', 'met'], not_met: ['不符合', 'not-met'], consult: ['可咨询', 'consult'],
  unknown: ['待确认', 'unknown'], not_applicable: ['不适用', 'unknown'],
};
const VERDICT = {
  likely_eligible: '很可能符合', possibly_eligible: '可能符合，建议咨询', not_eligible: '不符合',
  need_more_answers: '还需了解', undetermined: '待确认', no_criteria: '目录中没有申请条件',
};
const UNKNOWN = '不知道';

function FactInput({ fact, value, onChange }) {
  const name = `fact-${fact.fact}`;
  if (fact.type === 'boolean') {
    const choice = (label, v) => (
      <label className="tick"><input type="radio" name={name} checked={value === v}
        onChange={() => onChange(v)} aria-label={`${fact.question} ${label}`} /> {label}</label>
    );
    return (
      <span className="ticks" role="radiogroup" aria-label={fact.question}>
        {choice('是', true)}{choice('否', false)}{choice('不知道', UNKNOWN)}
        {value !== undefined && <button type="button" className="link" onClick={() => onChange(undefined)}>清除</button>}
      </span>
    );
  }
  if (fact.type === 'number') {
    return (
      <span><input type="number" aria-label={fact.question} value={typeof value === 'number' ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} /> {fact.unit}</span>
    );
  }
  return (
    <select aria-label={fact.question} value={value === undefined ? '' : String(value)}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
      <option value="">（未问）</option>
      {fact.options.map((o) => <option key={o}>{o}</option>)}
      <option value={UNKNOWN}>不知道</option>
    </select>
  );
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) { // an http page on another machine has no clipboard API: the old way
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export default function Card({ card, text, district }) {
  const [answers, setAnswers] = useState(card.facts_said || {});
  const [check, setCheck] = useState(card.check);
  const [copied, setCopied] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    if (!card.checklist.length) return undefined;
    let current = true;
    api.check(card.id, answers, district, text)
      .then((result) => { if (current) { setCheck(result); setError(''); } })
      .catch((e) => { if (current) setError(e.message); });
    return () => { current = false; };
  }, [answers]);

  const status = {};
  if (check) check.conditions.forEach((c) => { status[c.id] = c.status; });
  const order = (check && check.work_order) || card.work_order;
  const office = card.office;

  const setFact = (key) => (value) => {
    const next = { ...answers };
    if (value === undefined) delete next[key]; else next[key] = value;
    setAnswers(next);
  };

  return (
    <article className="card" aria-label={`服务卡片：${card.name}`}>
      <h2>{card.name}</h2>
      <p className="meta">{card.section} {card.section_name}</p>
      <dl>
        {STATEMENTS.filter(([key]) => card.statements[key]).map(([key, label]) => (
          <React.Fragment key={key}>
            <dt>{label}</dt>
            <dd>{card.statements[key].text}<span className="source">（{card.statements[key].source}）</span></dd>
          </React.Fragment>
        ))}
        <dt>办理部门</dt>
        <dd>{office.agency}{office.agency_outline ? `（《纲要》写作“${office.agency_outline}”）` : ''}</dd>
        <dt>区县部门</dt>
        <dd>{office.place ? `${office.place}：${office.local_office || '资料中没有，请查询12345'}`
          + (office.local_office && !office.local_office_checked ? '（名称以当地公布为准）' : '')
          : '来电人未说区县'}</dd>
        <dt>咨询电话</dt><dd>{office.hotline}</dd>
      </dl>
      <h3>申请条件核对</h3>
      {card.checklist.length === 0 && <p className="hint">目录中没有这项服务的申请条件，请咨询{office.agency}。</p>}
      {card.checklist.length > 0 && (
        <>
          <p className="verdict" data-status={check && check.status}>
            结论：<strong>{check ? VERDICT[check.status] || check.status : '…'}</strong>
            {check && check.next_question && <span className="meta">　下一个问题：{check.next_question}</span>}
          </p>
          {error && <p className="error">{error}</p>}
          <ul className="checklist">
            {card.checklist.map((c) => {
              const [word, cls] = STATUS[status[c.id]] || STATUS.unknown;
              return (
                <li key={c.id} data-condition={c.id}>
                  <span className={`badge ${cls}`} data-status={status[c.id] || 'unknown'}>{word}</span>
                  <span className="label">{c.label}{c.kind !== 'required' ? `（${c.kind === 'priority' ? '优先条件' : '办理步骤'}）` : ''}</span>
                  <span className="source">（{c.source}）</span>
                  {c.facts.map((f) => (
                    <div className="ask" key={f.fact}>
                      <span className="question">问：{f.question}</span>
                      <FactInput fact={f} value={answers[f.fact]} onChange={setFact(f.fact)} />
                    </div>
                  ))}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>答复口径</h3>
      <pre className="text script">{card.script}</pre>
      <h3>来源</h3>
      <ul className="sources">{card.sources.map((s) => <li key={s}>{s}</li>)}</ul>
      <h3>工单草稿</h3>
      <pre className="text work-order">{order.text}</pre>
      <button type="button" className="primary" onClick={async () => {
        setCopied((await copyText(order.text)) ? '已复制到剪贴板' : '复制失败，请手动选择复制');
      }}>复制工单</button> <span role="status" className="meta">{copied}</span>
    </article>
  );
}
