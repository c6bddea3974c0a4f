// What the widget keeps in the browser: the conversation's random id, the
// 大字模式 choice and whether the panel was open. Nothing the resident wrote is
// kept here: the history comes back from the server (see channel.py).
const PREFIX = 'huzhou-assistant:';
const memory = {}; // when localStorage is blocked (private mode, strict cookie settings)

function read(key) {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch (e) {
    return memory[key] ?? null;
  }
}

function write(key, value) {
  try {
    window.localStorage.setItem(PREFIX + key, value);
  } catch (e) {
    memory[key] = value;
  }
}

// "web-" and 128 random bits in hex; crypto.getRandomValues works on plain
// http too (crypto.randomUUID needs a secure context).
export function newSenderId() {
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  const id = 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  write('sender', id);
  return id;
}

export function senderId() {
  const id = read('sender');
  return id && /^web-[0-9a-f]{32}$/.test(id) ? id : newSenderId();
}

export const largeType = () => read('large') === '1';
export const setLargeType = (on) => write('large', on ? '1' : '0');
export const wasOpen = () => read('open') === '1';
export const setOpen = (on) => write('open', on ? '1' : '0');
