// Talks to the assistant: messages over the REST channel, history and
// operator replies from the widget channel. Every failure becomes a
// ServerError the panel can explain (network down, timeout, 4xx/5xx).

export class ServerError extends Error {
  constructor(status, message) {
    super(message || `HTTP ${status}`);
    this.status = status; // 0: no answer at all (server down, timeout, refused by CORS)
    this.serverMessage = message; // the REST channel's JSON {"message"} for a refused request
  }
}

async function request(url, options, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(url, { ...options, signal: controller.signal, credentials: 'omit' });
  } catch (e) {
    throw new ServerError(0, null);
  } finally {
    clearTimeout(timer);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new ServerError(response.status, body && typeof body.message === 'string' ? body.message : null);
  }
  return body;
}

export function makeApi(base) {
  const query = (params) => new URLSearchParams(params).toString();
  return {
    async send(sender, message, metadata) {
      const body = JSON.stringify({ sender, message, metadata });
      const replies = await request(`${base}webhooks/rest/webhook`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
      }, 60000);
      if (!Array.isArray(replies)) throw new ServerError(502, null);
      return replies;
    },
    history: (sender) => request(`${base}widget/history?${query({ sender })}`, {}, 15000),
    updates: (sender, since) => request(`${base}widget/updates?${query({ sender, since })}`, {}, 15000),
  };
}
