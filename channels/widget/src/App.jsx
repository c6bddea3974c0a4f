// The widget: a launcher and a chat panel built from ChatUI's components.
import React, { createContext, forwardRef, useCallback, useContext, useEffect, useRef, useState } from 'react';
// ChatUI's components one by one: its index re-exports all seventy and is not
// marked free of side effects, so importing from it bundles every one (the
// script is 180 KB smaller this way; the version is pinned in package.json).
import { Chat } from '@chatui/core/es/components/Chat';
import { Bubble } from '@chatui/core/es/components/Bubble';
import { Button } from '@chatui/core/es/components/Button';
import { Input } from '@chatui/core/es/components/Input';
import { Navbar } from '@chatui/core/es/components/Navbar';
import { Typing } from '@chatui/core/es/components/Typing';
import * as store from './store';
import { HOTLINE, failureText, fromServer, linkify } from './text';

const EXAMPLES = ['孩子想上幼儿园找哪个部门', '我是残疾人有什么补贴', '低保怎么申请'];
const GREETING = {
  role: 'bot',
  text: '您好！我是湖州市民服务助手，可以帮您查找教育、就业、社会保障、医疗健康等基本公共服务，'
    + '看看能不能申请，找到办理的部门。请直接输入您的问题，也可以点下面的例子。',
  buttons: EXAMPLES.map((text) => ({ title: text, payload: text })),
};
const HANDOFF = { payload: '/human_handoff', title: '转人工' };
const POLL_MS = { handoff: 5000, idle: 30000 }; // operator replies: often while a person was asked for

let nextId = 0;
const withId = (message) => ({ ...message, _id: `m${(nextId += 1)}` });
const notice = (text) => withId({ type: 'text', position: 'left', hasTime: false, content: { text, buttons: [], notice: true } });

// Drawn as the last message while an answer is on its way (ChatUI's own isTyping draws an empty one).
const TYPING = { _id: 'typing', type: 'typing', position: 'left', hasTime: false, content: {} };

const ComposerContext = createContext(null);

// The input row: Enter sends (not while an input method is composing), Shift+Enter starts a new line.
const Composer = forwardRef(function Composer(_props, _ref) {
  const { draft, setDraft, submit, inputRef } = useContext(ComposerContext);
  const onKeyDown = (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      submit();
    }
  };
  return (
    <div className="hz-composer">
      <div className="hz-input">
        <Input
          ref={inputRef} className="Composer-input" value={draft} onChange={(value) => setDraft(value)}
          rows={1} autoSize maxRows={4} placeholder="请输入您的问题" enterKeyHint="send"
          aria-label="输入您的问题，按回车发送" onKeyDown={onKeyDown}
        />
      </div>
      <div>
        <Button className="hz-send" color="primary" onClick={submit} aria-label="发送">发送</Button>
      </div>
    </div>
  );
});

export default function App({ api, startOpen, controls }) {
  const [open, setOpenState] = useState(() => startOpen || store.wasOpen());
  const [large, setLarge] = useState(store.largeType);
  const [sender, setSender] = useState(store.senderId);
  const [messages, setMessages] = useState([]);
  const [pending, setPending] = useState(0);
  const [draft, setDraft] = useState('');
  const [ready, setReady] = useState(false);
  const poll = useRef({ cursor: 0, handoff: false, loaded: false, now: null });
  const inputRef = useRef(null);
  const launcherRef = useRef(null);
  const messagesRef = useRef(null);

  // Once an answer is in, it is in view, its buttons included: ChatUI's own animated
  // scroll can stop short of the end on a slow machine (the answers are short now, one
  // message with its buttons, so nothing after them scrolls the list again).
  useEffect(() => {
    if (pending > 0 || !messagesRef.current) return undefined;
    const frame = requestAnimationFrame(() => {
      if (messagesRef.current) messagesRef.current.scrollToEnd({ animated: false, force: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [pending, messages.length]);

  const append = useCallback((...items) => setMessages((list) => [...list, ...items]), []);
  const update = useCallback((id, change) => setMessages((list) => list.map(
    (m) => (m._id === id ? { ...m, content: { ...m.content, ...change } } : m),
  )), []);

  const setOpen = useCallback((value) => {
    store.setOpen(value);
    setOpenState(value);
  }, []);
  useEffect(() => {
    Object.assign(controls, { open: () => setOpen(true), close: () => setOpen(false) });
  }, [controls, setOpen]);
  useEffect(() => {
    if (open && inputRef.current) inputRef.current.focus({ preventScroll: true });
    if (!open && launcherRef.current && ready) launcherRef.current.focus({ preventScroll: true });
  }, [open]); // eslint-disable-line react-hooks/exhaustive-deps

  // The conversation so far, from the server, the first time the panel opens.
  useEffect(() => {
    if (!open || poll.current.loaded) return;
    poll.current.loaded = true;
    api.history(sender).then((history) => {
      const earlier = (history.messages || []).map((m) => withId(fromServer(m)));
      poll.current.cursor = history.cursor || 0;
      poll.current.handoff = Boolean(history.handoff);
      setMessages((now) => [...(earlier.length ? earlier : [withId(fromServer(GREETING))]), ...now]);
    }, () => {
      setMessages((now) => [withId(fromServer(GREETING)), notice(
        `抱歉，现在连不上服务，之前的对话暂时显示不出来。您可以稍后再试，或拨打${HOTLINE}。`,
      ), ...now]);
    }).finally(() => setReady(true));
  }, [open, api, sender]);

  // `make widget-bench` reads these marks: the panel drawn with its input usable, then the history shown.
  const marked = useRef({});
  useEffect(() => {
    const mark = (name) => {
      if (marked.current[name] || !window.performance || !performance.mark) return;
      marked.current[name] = true;
      performance.mark(`huzhou-assistant:${name}`);
    };
    if (open) mark('interactive');
    if (ready) mark('ready');
  }, [open, ready]);

  // Replies a person at the hand-off console adds later, while the panel is open and the page visible.
  useEffect(() => {
    if (!open || !ready) return undefined;
    let timer;
    let stopped = false;
    const schedule = (ms) => {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(tick, ms); // eslint-disable-line no-use-before-define
    };
    const tick = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const news = await api.updates(sender, poll.current.cursor);
          poll.current.cursor = news.cursor || poll.current.cursor;
          poll.current.handoff = Boolean(news.handoff);
          if (news.messages && news.messages.length) append(...news.messages.map((m) => withId(fromServer(m))));
        } catch (e) {
          // Try again at the next tick; a message that fails to send says what to do.
        }
      }
      schedule(poll.current.handoff ? POLL_MS.handoff : POLL_MS.idle);
    };
    poll.current.now = () => schedule(0);
    const onVisible = () => document.visibilityState === 'visible' && schedule(0);
    document.addEventListener('visibilitychange', onVisible);
    schedule(poll.current.handoff ? POLL_MS.handoff : POLL_MS.idle);
    return () => {
      stopped = true;
      clearTimeout(timer);
      poll.current.now = null;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [open, ready, api, sender, append]);

  // Sends typed text, or a button's payload with its title shown as the resident's message.
  const send = useCallback(async ({ text, payload, title, retryOf }) => {
    const message = payload || text;
    let id = retryOf;
    if (id) {
      update(id, { status: 'sending' });
    } else {
      const mine = withId({ ...fromServer({ text: title || text }, 'user'), position: 'right' });
      mine.content.status = 'sending';
      mine.content.retry = { text, payload, title };
      ({ _id: id } = mine);
      append(mine);
    }
    setPending((n) => n + 1);
    try {
      const replies = await api.send(sender, message, title ? { title } : undefined);
      update(id, { status: 'sent' });
      const shown = replies.map((r) => fromServer(r)).filter((m) => m.content.text || m.content.buttons.length);
      if (shown.length) append(...shown.map(withId));
      else append(notice(`助手这次没有回答。请换个说法再问一次，或拨打${HOTLINE}。`));
      if (poll.current.now) poll.current.now();
    } catch (error) {
      update(id, { status: 'failed' });
      append(notice(failureText(error)));
      if (!payload) setDraft((current) => current || text); // the resident's words stay, ready to resend or shorten
    } finally {
      setPending((n) => n - 1);
    }
  }, [api, sender, append, update]);

  const submit = useCallback(() => {
    const text = draft.trim();
    if (!text) return;
    setDraft('');
    send({ text });
  }, [draft, send]);

  const toggleLarge = () => {
    store.setLargeType(!large);
    setLarge(!large);
  };
  const restart = () => {
    setSender(store.newSenderId());
    poll.current = { cursor: 0, handoff: false, loaded: true, now: poll.current.now };
    setMessages([withId(fromServer(GREETING))]);
    setDraft('');
  };

  const renderMessageContent = (msg) => {
    if (msg.type === 'typing') return <Typing text="正在回复" />;
    const { text, buttons, status, notice: isNotice, retry } = msg.content;
    return (
      <div className="hz-message">
        <Bubble {...(isNotice ? { className: 'Bubble text hz-notice' } : {})}>{linkify(text)}</Bubble>
        {buttons.length > 0 && (
          <div className="hz-choices" role="group" aria-label="可以点选的回答">
            {buttons.map((b, i) => (
              <Button key={`${i}-${b.title}`} className="hz-choice" onClick={() => send({ payload: b.payload, title: b.title })}>
                {b.title}
              </Button>
            ))}
          </div>
        )}
        {status === 'failed' && (
          <div className="hz-failed">
            <span>未发送</span>
            <Button className="hz-retry" onClick={() => send({ ...retry, retryOf: msg._id })}>重新发送</Button>
          </div>
        )}
      </div>
    );
  };

  const header = () => (
    <Navbar
      title="湖州市民服务助手"
      rightSlot={(
        <div className="hz-tools">
          <button type="button" className="hz-tool" aria-pressed={large} onClick={toggleLarge}
            aria-label="大字模式">大字</button>
          <button type="button" className="hz-tool" onClick={restart}
            aria-label="开始新对话（本机不再显示之前的对话）">新对话</button>
          <button type="button" className="hz-tool" onClick={() => setOpen(false)}
            aria-label="收起对话窗口">收起</button>
        </div>
      )}
    />
  );

  const shortcuts = () => (
    <div className="hz-shortcuts">
      <Button className="hz-handoff" onClick={() => send(HANDOFF)} aria-label="转人工服务">转人工</Button>
      <a className="hz-hotline" href="tel:12345" aria-label={`拨打${HOTLINE}`}>
        热线 <strong>12345</strong>
      </a>
    </div>
  );

  if (!open) {
    return (
      <button type="button" ref={launcherRef} className="hz-launcher" aria-label="打开湖州市民服务助手"
        aria-expanded="false" onClick={() => setOpen(true)}>
        在线咨询
      </button>
    );
  }
  return (
    <ComposerContext.Provider value={{ draft, setDraft, submit, inputRef }}>
      <div
        className="hz-panel" role="dialog" aria-label="湖州市民服务助手" data-large={large ? 'true' : 'false'}
        data-state={ready ? 'ready' : 'loading'} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        <Chat
          elderMode={large}
          colorScheme="light"
          renderNavbar={header}
          messagesRef={messagesRef}
          messages={pending > 0 ? [...messages, TYPING] : messages}
          renderMessageContent={renderMessageContent}
          renderQuickReplies={shortcuts}
          Composer={Composer}
          onSend={() => {}}
        />
        <div className="hz-sr-only" role="status" aria-live="polite">{pending > 0 ? '助手正在回复' : ''}</div>
      </div>
    </ComposerContext.Provider>
  );
}
