// The hotline console's calls: relative to the page (/webhooks/hotline/console),
// with the session cookie the login set (or none, from loopback without a token).
export class ApiError extends Error {
  constructor(status, message) {
    super(message || `HTTP ${status}`);
    this.status = status;
  }
}

async function call(path, options = {}) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...options });
  } catch (e) {
    throw new ApiError(0, '连不上服务器');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (response.status === 401) {
    window.location.assign('console'); // the login page
  }
  if (!response.ok) throw new ApiError(response.status, body && body.message);
  return body;
}

const post = (path, data) => call(path, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data),
});
const query = (params) => new URLSearchParams(
  Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''),
).toString();

export const api = {
  assist: (text, district) => post('assist', { text, district: district || undefined }),
  service: (id, district, text) => call(`service/${encodeURIComponent(id)}?${query({ district, text })}`),
  check: (service, answers, district, text) => post('check', { service, answers, district, text }),
  search: (q, section, body) => call(`search?${query({ q, section, body })}`),
  handoffs: () => call('handoffs'),
  handoff: (id) => call(`handoffs/${id}`),
  claim: (id, operator) => post(`handoffs/${id}/claim`, { operator }),
  reply: (id, operator, text) => post(`handoffs/${id}/reply`, { operator, text }),
  close: (id, operator) => post(`handoffs/${id}/close`, { operator }),
};

// Calls `fn` once the value has not changed for `ms` (typing is not a request per key).
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
