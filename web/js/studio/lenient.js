// A small reader for the scenarios' lenient JSON (comments, unquoted keys, single quotes, trailing
// commas, strings over several lines). The studio uses it to draw the map and find a beat's line while
// the server's validator gives the authoritative errors. Every object's line is kept in `lines`.

export class LenientError extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

export function parseLenient(text) {
  let i = 0;
  let line = 1;
  let col = 1;
  const lines = new WeakMap();
  const fail = (m) => { throw new LenientError(m, line, col); };
  const advance = () => {
    const c = text[i++];
    if (c === '\n') { line += 1; col = 1; } else col += 1;
    return c;
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') advance();
      else if (c === '#' || (c === '/' && text[i + 1] === '/')) { while (i < text.length && text[i] !== '\n') advance(); }
      else if (c === '/' && text[i + 1] === '*') {
        advance(); advance();
        while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) advance();
        if (i >= text.length) fail('unclosed block comment');
        advance(); advance();
      } else return;
    }
  };
  const str = () => {
    const q = advance();
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unclosed string');
      const c = advance();
      if (c === q) return out;
      if (c === '\\') {
        const e = advance();
        const map = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"', "'": "'" };
        if (e === 'u') { out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16)); for (let k = 0; k < 4; k += 1) advance(); } else if (e === '\n') { /* line continuation */ } else out += map[e] ?? e;
      } else out += c;
    }
  };
  const value = () => {
    skip();
    const c = text[i];
    if (c === undefined) fail('unexpected end of file');
    if (c === '{') {
      const obj = {};
      lines.set(obj, line);
      advance();
      for (;;) {
        skip();
        if (text[i] === '}') { advance(); return obj; }
        let key;
        if (text[i] === '"' || text[i] === "'") key = str();
        else {
          const m = /^[A-Za-z_$][A-Za-z0-9_$-]*/.exec(text.slice(i, i + 200));
          if (!m) fail(`expected a key, found '${text[i]}'`);
          key = m[0];
          for (let k = 0; k < key.length; k += 1) advance();
        }
        skip();
        if (text[i] !== ':') fail(`expected ':' after key '${key}'`);
        advance();
        obj[key] = value();
        skip();
        if (text[i] === ',') advance();
        else if (text[i] !== '}') fail(`expected ',' or '}', found '${text[i] ?? 'end of file'}'`);
      }
    }
    if (c === '[') {
      const arr = [];
      lines.set(arr, line);
      advance();
      for (;;) {
        skip();
        if (text[i] === ']') { advance(); return arr; }
        arr.push(value());
        skip();
        if (text[i] === ',') advance();
        else if (text[i] !== ']') fail(`expected ',' or ']', found '${text[i] ?? 'end of file'}'`);
      }
    }
    if (c === '"' || c === "'") return str();
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) fail(`unexpected '${c}'`);
    for (let k = 0; k < m[0].length; k += 1) advance();
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    if (m[0] === 'null') return null;
    return Number(m[0]);
  };
  const result = value();
  skip();
  if (i < text.length) fail('unexpected text after the end');
  return { value: result, lines };
}

/** The map of a conversation: beats, edges labelled by category, reachability, dead ends, endings. */
export function scenarioGraph(doc, lines) {
  const beats = Array.isArray(doc && doc.beats) ? doc.beats.filter((b) => b && typeof b.id === 'string') : [];
  const ids = new Set(beats.map((b) => b.id));
  const edges = [];
  for (const b of beats) {
    for (const rule of Array.isArray(b.next) ? b.next : []) {
      if (!rule || typeof rule.to !== 'string') continue;
      const on = Array.isArray(rule.on) ? rule.on.join(', ') : (rule.on || (rule.words ? 'words' : rule.when ? 'when' : ''));
      edges.push({ from: b.id, to: rule.to, label: on });
    }
    if (typeof b.fallback === 'string') edges.push({ from: b.id, to: b.fallback, label: 'fallback' });
  }
  const endings = doc && doc.endings ? doc.endings : {};
  const specialTargets = [endings.disengage && endings.disengage.beat, endings.natural_close && endings.natural_close.beat].filter((x) => typeof x === 'string');
  const start = doc && doc.start && typeof doc.start.beat === 'string' ? doc.start.beat : (beats[0] && beats[0].id);
  const reach = new Set();
  const queue = start && ids.has(start) ? [start] : [];
  specialTargets.forEach((t) => { if (ids.has(t)) queue.push(t); });
  while (queue.length) {
    const id = queue.shift();
    if (reach.has(id)) continue;
    reach.add(id);
    edges.filter((e) => e.from === id && ids.has(e.to)).forEach((e) => queue.push(e.to));
  }
  const nodes = beats.map((b) => {
    const out = edges.filter((e) => e.from === b.id && ids.has(e.to));
    const terminal = typeof b.end === 'string';
    return {
      id: b.id,
      line: lines && lines.get(b),
      end: terminal ? b.end : null,
      start: b.id === start,
      unreachable: !reach.has(b.id),
      deadEnd: !terminal && out.length === 0,
    };
  });
  return { nodes, edges: edges.filter((e) => ids.has(e.to)), missing: edges.filter((e) => !ids.has(e.to)), start };
}
