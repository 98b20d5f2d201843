// The one place that talks to the server: JSON in and out, the CSRF header on every state-changing
// request, and errors as ApiError with the server's {error, detail}.

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail || error || `Request failed (${status})`);
    this.status = status;
    this.error = error;
    this.detail = detail;
  }
}

export function setCsrfToken(token) {
  csrfToken = token || null;
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (e) {
      data = null;
    }
  }
  if (!response.ok) {
    const err = new ApiError(response.status, data && data.error, data && data.detail);
    err.data = data; // the whole answer, e.g. the located problems of a refused test plan
    if (response.status === 401 && !path.startsWith('/api/auth/')) {
      window.dispatchEvent(new CustomEvent('ct:signed-out'));
    }
    throw err;
  }
  return data;
}

/**
 * POSTs JSON and reads an answer of JSON lines (application/x-ndjson) as they come, calling onLine for each
 * but the last, which it returns. A refusal before the lines start is an ApiError as from post(); a last line
 * with an error is thrown as one too.
 */
export async function postLines(path, body, onLine) {
  const headers = { Accept: 'application/x-ndjson, application/json', 'Content-Type': 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }
  if (!response.ok || !(response.headers.get('Content-Type') || '').startsWith('application/x-ndjson')) {
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!response.ok) {
      if (response.status === 401) window.dispatchEvent(new CustomEvent('ct:signed-out'));
      const err = new ApiError(response.status, data && data.error, data && data.detail);
      err.data = data;
      throw err;
    }
    return data;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let last = null;
  const take = (line) => {
    if (!line.trim()) return;
    if (last !== null) onLine(last);
    last = JSON.parse(line);
  };
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw new ApiError(0, 'network', 'The connection broke before the server finished. Check your connection and try again.');
    }
    if (chunk.done) break;
    buffered += decoder.decode(chunk.value, { stream: true });
    let end;
    while ((end = buffered.indexOf('\n')) >= 0) {
      take(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
    }
  }
  take(buffered + decoder.decode());
  if (last && last.error) throw new ApiError(last.status || 500, last.error, last.detail);
  if (last === null) throw new ApiError(0, 'network', 'The server answered nothing. Try again.');
  return last;
}

export const get = (path) => request('GET', path);
export const post = (path, body = {}) => request('POST', path, body);
export const put = (path, body = {}) => request('PUT', path, body);
export const del = (path) => request('DELETE', path);

/** Builds a query string from the non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const enc = encodeURIComponent;
