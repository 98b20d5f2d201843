// Completion and hover help for the studio's editor, read from scenarios/schema.json (served by the studio
// API): which keys an object at the cursor may have, which values a key takes (stages, categories, talk...),
// and what a key is. The path to the cursor is found by reading the lenient JSON up to it (it need not be
// valid yet), so help works while the author types.

/** Follows "#/$defs/x" references. */
function deref(root, node) {
  let n = node;
  for (let i = 0; n && n.$ref && i < 20; i += 1) {
    const name = n.$ref.replace(/^#\/\$defs\//, '');
    n = { ...root.$defs[name], ...Object.fromEntries(Object.entries(n).filter(([k]) => k !== '$ref')), refName: name };
  }
  return n;
}

/** The schema of the document: a drill or a conversation, by its kind (the schema's if/then/else). */
function documentSchema(root, kind) {
  return deref(root, kind === 'drill' ? root.then : root.else);
}

/** The alternatives of a node (oneOf/anyOf), dereferenced, the node itself first. */
function alternatives(root, node, depth = 0) {
  const n = deref(root, node);
  if (!n) return [];
  if (depth > 5) return [n];
  return [n, ...[...(n.oneOf || []), ...(n.anyOf || [])].flatMap((x) => alternatives(root, x, depth + 1))];
}

function properties(root, node) {
  const out = {};
  for (const a of alternatives(root, node)) Object.assign(out, a.properties || {});
  return out;
}

/** Keys the object must have (anyOf's "one of these" is not "all of these"). */
function required(root, node) {
  return new Set((deref(root, node) || {}).required || []);
}

function child(root, node, segment) {
  if (!node) return null;
  if (segment === '[]') {
    for (const a of alternatives(root, node)) if (a.items) return deref(root, a.items);
    return null;
  }
  for (const a of alternatives(root, node)) {
    if (a.properties && a.properties[segment]) return deref(root, a.properties[segment]);
    if (a.additionalProperties && typeof a.additionalProperties === 'object') return deref(root, a.additionalProperties);
  }
  return null;
}

/** Values a key takes: its enum or const values, through references and alternatives (also a list's items). */
export function valuesOf(root, node) {
  const out = [];
  for (const a of alternatives(root, node)) {
    if (Array.isArray(a.enum)) out.push(...a.enum);
    if (a.const !== undefined) out.push(a.const);
    if (a.items) for (const v of valuesOf(root, a.items)) out.push(v);
  }
  return [...new Set(out)];
}

/** A sentence about a key: its description, what it takes, whether it is required. */
export function describe(root, parent, key) {
  const node = child(root, parent, key);
  if (!node) return null;
  const words = [];
  const a = alternatives(root, node);
  const description = a.map((x) => x.description).find(Boolean);
  if (description) words.push(`${description[0].toUpperCase()}${description.slice(1)}.`);
  const values = valuesOf(root, node);
  const types = [...new Set(a.map((x) => x.type).filter(Boolean).flat())];
  if (values.length) words.push(`One of: ${values.join(', ')}.`);
  else if (types.includes('array')) {
    const item = a.find((x) => x.items);
    const itemName = item && deref(root, item.items).refName;
    words.push(`A list${itemName ? ` of ${itemName.replace(/([A-Z])/g, ' $1').toLowerCase()}s` : ''}.`);
  } else if (types.length) {
    const range = a.find((x) => x.minimum !== undefined || x.maximum !== undefined);
    words.push(`${/^[aeiou]/.test(types[0]) ? 'An' : 'A'} ${types.join(' or ')}${range ? ` from ${range.minimum ?? '…'} to ${range.maximum ?? '…'}` : ''}${node.refName === 'id' ? ' (an id: lower-case words joined by hyphens)' : ''}.`);
  } else if (node.refName) words.push(`A ${node.refName.replace(/([A-Z])/g, ' $1').toLowerCase()}.`);
  words.push(required(root, parent).has(key) ? 'Required.' : 'Optional.');
  return `${key}: ${words.join(' ')}`;
}

/**
 * Where `offset` is in the lenient JSON `text`: the keys and list steps ('[]') from the top to the object or
 * list around it, whether a key or a value is being written there, the key in front of a value, the keys the
 * object already has, and the word being typed with where it starts.
 */
export function contextAt(text, offset) {
  const stack = [{ type: 'root', key: null, keys: [] }];
  let afterColon = false;
  let i = 0;
  let wordStart = offset;
  while (i < offset) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '/' && text[i + 1] === '/') { const e = text.indexOf('\n', i); i = e < 0 || e > offset ? offset : e; continue; }
    if (c === '#') { const e = text.indexOf('\n', i); i = e < 0 || e > offset ? offset : e; continue; }
    if (c === '/' && text[i + 1] === '*') { const e = text.indexOf('*/', i + 2); i = e < 0 ? offset : Math.min(offset, e + 2); continue; }
    if (c === '{' || c === '[') {
      stack.push({ type: c === '{' ? 'obj' : 'arr', from: top.type === 'arr' ? '[]' : top.key, key: null, keys: [] });
      afterColon = false;
      i += 1;
      continue;
    }
    if (c === '}' || c === ']') { if (stack.length > 1) stack.pop(); afterColon = false; i += 1; continue; }
    if (c === ',') { top.key = top.type === 'obj' ? null : top.key; afterColon = false; i += 1; continue; }
    if (c === ':') { afterColon = true; i += 1; continue; }
    if (c === '"' || c === "'" || /[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      let word;
      if (c === '"' || c === "'") {
        while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
        word = text.slice(i + 1, Math.min(j, offset));
        j += 1;
      } else {
        while (j < text.length && /[\w$-]/.test(text[j])) j += 1;
        word = text.slice(i, Math.min(j, offset));
      }
      if (j >= offset) { wordStart = i; i = offset; break; }
      if (top.type === 'obj' && !afterColon) {
        // a key when a colon follows
        let k = j;
        while (k < offset && /\s/.test(text[k])) k += 1;
        if (text[k] === ':') { top.key = word; top.keys.push(word); }
      }
      i = j;
      continue;
    }
    i += 1;
  }
  const top = stack[stack.length - 1];
  const path = stack.slice(1).map((s) => s.from);
  return { path, inObject: top.type === 'obj', atKey: top.type === 'obj' && !afterColon, key: afterColon ? top.key : null,
    keys: top.keys, typed: text.slice(wordStart, offset).replace(/^['"]/, ''), wordStart };
}

/** The schema node of the object or list at `path` in a document of `kind`. */
export function nodeAt(root, kind, path) {
  let node = documentSchema(root, kind);
  for (const seg of path.slice(1)) node = child(root, node, seg);
  return node;
}

/** Completions at `offset`: keys the object may still have, or the values its key takes. */
export function completions(root, text, offset) {
  const kind = (/\bkind\s*:\s*['"](\w+)/.exec(text) || [])[1];
  const ctx = contextAt(text, offset);
  const node = nodeAt(root, kind, ctx.path);
  if (!node) return { from: ctx.wordStart, list: [] };
  if (ctx.atKey) {
    const req = required(root, node);
    const keys = Object.keys(properties(root, node)).filter((k) => k !== '$schema' && !ctx.keys.includes(k) && k.startsWith(ctx.typed));
    keys.sort((a, b) => (req.has(b) - req.has(a)) || 0);
    return { from: ctx.wordStart, list: keys.map((k) => ({ text: `${k}: `, displayText: k, doc: describe(root, node, k) })) };
  }
  if (ctx.key) {
    const values = valuesOf(root, child(root, node, ctx.key)).filter((v) => String(v).startsWith(ctx.typed));
    return { from: ctx.wordStart, list: values.map((v) => ({ text: typeof v === 'string' ? `'${v}'` : String(v), displayText: String(v) })) };
  }
  if (!ctx.inObject && ctx.path.length) {
    // a value in a list (e.g. on: ['any_reflection', …]): the list's item values
    const parentPath = ctx.path.slice(0, -1);
    const listNode = child(root, nodeAt(root, kind, parentPath), ctx.path[ctx.path.length - 1]);
    const values = valuesOf(root, listNode).filter((v) => String(v).startsWith(ctx.typed));
    return { from: ctx.wordStart, list: values.map((v) => ({ text: typeof v === 'string' ? `'${v}'` : String(v), displayText: String(v) })) };
  }
  return { from: ctx.wordStart, list: [] };
}

/** The help for the key that ends at or contains `offset`, or null. */
export function helpAt(root, text, offset) {
  const kind = (/\bkind\s*:\s*['"](\w+)/.exec(text) || [])[1];
  // the key under the offset: its end, then the context just before it
  let start = offset;
  while (start > 0 && /[\w$-]/.test(text[start - 1])) start -= 1;
  let end = offset;
  while (end < text.length && /[\w$-]/.test(text[end])) end += 1;
  const key = text.slice(start, end).replace(/['"]/g, '');
  if (!key) return null;
  let after = end;
  if (text[after] === '"' || text[after] === "'") after += 1;
  while (after < text.length && /[ \t]/.test(text[after])) after += 1;
  if (text[after] !== ':') return null;
  const from = text[start - 1] === '"' || text[start - 1] === "'" ? start - 1 : start;
  const ctx = contextAt(text, from);
  if (!ctx.atKey) return null;
  return describe(root, nodeAt(root, kind, ctx.path), key);
}
