// The hand-off queue: every conversation a resident handed to a person, oldest
// first; one opened shows its summary and transcript, and the operator claims,
// replies and closes it. Refreshed every few seconds.
import React, { useEffect, useState } from 'react';
import { api } from './api';

const REFRESH_MS = 4000;
const CHANNEL = { widget: '网页', wechat: '微信', rest: 'REST' };
const ROLE = { user: '居民', bot: '助手', operator: '人工' };

function waited(seconds) {
  if (seconds < 60) return `${seconds} 秒`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} 分钟`;
  return `${Math.floor(seconds / 3600)} 小时 ${Math.floor((seconds % 3600) / 60)} 分`;
}

function Detail({ id, operator, onChanged }) {
  const [item, setItem] = useState(null);
  const [reply, setReply] = useState('');
  const [notice, setNotice] = useState('');

  const load = async () => {
    try {
      setItem(await api.handoff(id));
    } catch (e) {
      setNotice(e.message);
    }
  };
  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [id]);

  const act = async (what) => {
    if (!operator.trim()) {
      setNotice('请先在右上角填写接线员姓名。');
      return;
    }
    try {
      let result;
      if (what === 'claim') result = await api.claim(id, operator);
      if (what === 'close') result = await api.close(id, operator);
      if (what === 'reply') {
        result = await api.reply(id, operator, reply);
        setReply('');
      }
      setNotice(result && result.delivered === false ? `已记录，但未送达：${result.reason}` : '');
      await load();
      onChanged();
    } catch (e) {
      setNotice(e.message);
    }
  };

  if (!item) return <p className="hint">{notice || '…'}</p>;
  const mine = item.status === 'claimed' && item.claimed_by === operator.trim();
  return (
    <div className="detail" aria-label="转人工详情">
      <pre className="text">{item.summary}</pre>
      <ol className="transcript">
        {item.transcript.map((m, i) => (
          <li key={i} className={m.role}><span className="role">{ROLE[m.role] || m.role}</span>{m.text}</li>
        ))}
      </ol>
      {notice && <p className="error" role="alert">{notice}</p>}
      {item.status === 'waiting' && <button type="button" className="primary" onClick={() => act('claim')}>接起</button>}
      {item.status === 'claimed' && !mine && <p className="meta">{item.claimed_by} 正在处理</p>}
      {mine && (
        <div className="reply">
          <textarea aria-label="回复居民" rows={3} value={reply} onChange={(e) => setReply(e.target.value)}
            placeholder="回复会送到居民所在的渠道" />
          <button type="button" className="primary" disabled={!reply.trim()} onClick={() => act('reply')}>发送</button>
          <button type="button" onClick={() => act('close')}>结束，交还助手</button>
        </div>
      )}
    </div>
  );
}

export default function Queue({ operator }) {
  const [items, setItems] = useState([]);
  const [open, setOpen] = useState(null);
  const [error, setError] = useState('');

  const load = async () => {
    try {
      setItems((await api.handoffs()).handoffs);
      setError('');
    } catch (e) {
      setError(e.message);
    }
  };
  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <section className="queue" aria-label="转人工队列">
      <h2>转人工队列 <span className="meta">{items.length} 条</span></h2>
      {error && <p className="error">{error}</p>}
      {items.length === 0 && <p className="hint">目前没有等待的居民。</p>}
      <ul>
        {items.map((h) => (
          <li key={h.id} className={h.id === open ? 'open' : ''}>
            <button type="button" className="entry" onClick={() => setOpen(h.id === open ? null : h.id)}
              data-handoff={h.id}>
              <span className="channel">{CHANNEL[h.channel] || h.channel}</span>
              <span>{h.services.map((s) => s.name).join('、') || '未涉及具体服务'}</span>
              <span className="meta">等了 {waited(h.waiting_seconds)}{h.during_hours ? '' : '（非服务时间提交）'}
                {h.claimed_by ? ` · ${h.claimed_by} 已接起` : ''}</span>
            </button>
            {h.id === open && <Detail id={h.id} operator={operator} onChanged={load} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
