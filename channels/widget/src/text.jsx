// Messages as text. Nothing from the resident, the dialogue or the knowledge
// base is ever parsed as HTML: text becomes React text nodes, and only
// http(s) addresses become links, opened in a new tab.
import React from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"'，。；：！？、（）【】《》“”]+/g;
const TRAILING = /[.,;:!?)\]}'"]+$/;

export function linkify(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '');
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={url} target="_blank" rel="noopener noreferrer">{url}</a>,
    );
    last = match.index + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

// ChatUI messages from the server's: {role, text, buttons, time} or a REST reply {text, buttons}.
export function fromServer(message, role = 'bot') {
  const who = message.role || role;
  return {
    type: 'text',
    position: who === 'user' ? 'right' : 'left',
    hasTime: false,
    user: who === 'operator' ? { name: '人工客服' } : undefined,
    content: {
      text: typeof message.text === 'string' ? message.text : '',
      buttons: Array.isArray(message.buttons)
        ? message.buttons.filter((b) => b && typeof b.title === 'string')
          .map((b) => ({ title: b.title, payload: typeof b.payload === 'string' ? b.payload : b.title }))
        : [],
    },
  };
}

export const HOTLINE = '12345政务服务便民热线';

export function failureText(error) {
  if (error && error.serverMessage) {
    return `${error.serverMessage}需要帮助可以拨打${HOTLINE}。`;
  }
  if (error && error.status >= 400) {
    return `抱歉，服务出了点问题（错误 ${error.status}），您的问题没有得到回答。请稍后点“重新发送”，或拨打${HOTLINE}。`;
  }
  return `抱歉，现在连不上服务，您的问题还没有发出去。请稍后点“重新发送”，或拨打${HOTLINE}。`;
}
