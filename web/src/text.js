// Text helpers: HTML escaping, locating the highlighted spans inside a sentence, and one
// event shape for both the store's events and the try-it box's.

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function boundaryOk(hay, start, end) {
  const first = hay[start];
  const last = hay[end - 1];
  const before = start > 0 ? hay[start - 1] : '';
  const after = end < hay.length ? hay[end] : '';
  const okBefore = !before || !WORD_CHAR.test(before) || !WORD_CHAR.test(first);
  const okAfter = !after || !WORD_CHAR.test(after) || !WORD_CHAR.test(last);
  return okBefore && okAfter;
}

// Every whole-word occurrence of needle in hay, exact case first, then ignoring case.
function occurrences(hay, needle) {
  const found = [];
  const scan = (h, n) => {
    for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
      if (boundaryOk(hay, i, i + n.length)) found.push(i);
    }
  };
  scan(hay, needle);
  if (found.length === 0) {
    const lh = hay.toLowerCase();
    const ln = needle.toLowerCase();
    if (lh.length === hay.length && ln.length === needle.length) scan(lh, ln);
  }
  return found;
}

// The sentence as HTML with the given parts marked. Event offsets count bytes in the whole
// document, so each part is found in the sentence by its text: the source first, the verb
// preferably after it, the target preferably after the verb, never overlapping.
export function highlight(sentence, parts) {
  const text = String(sentence ?? '');
  const taken = [];
  let cursor = 0;
  for (const part of parts) {
    const needle = String(part.text ?? '').trim();
    if (!needle) continue;
    const free = occurrences(text, needle).filter(
      (i) => !taken.some((r) => i < r.end && i + needle.length > r.start),
    );
    if (free.length === 0) continue;
    const start = free.find((i) => i >= cursor) ?? free[0];
    taken.push({ start, end: start + needle.length, cls: part.cls, title: part.title });
    cursor = start + needle.length;
  }
  taken.sort((a, b) => a.start - b.start);
  let html = '';
  let at = 0;
  for (const r of taken) {
    html += esc(text.slice(at, r.start));
    const title = r.title ? ` title="${esc(r.title)}"` : '';
    html += `<mark class="hl ${esc(r.cls)}"${title}>${esc(text.slice(r.start, r.end))}</mark>`;
    at = r.end;
  }
  return html + esc(text.slice(at));
}

export const MODALITIES = ['fact', 'alleged', 'intended', 'conditional', 'negated'];

export function modalityBadge(modality) {
  const m = MODALITIES.includes(modality) ? modality : 'other';
  return `<span class="badge m-${m}">${esc(modality || 'unknown')}</span>`;
}

export const QUAD_NAMES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

// Only web addresses become links (no javascript: or data: URLs from the data).
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

function actorOf(actor, mentionActor) {
  if (!actor && !mentionActor) return null;
  const a = actor || mentionActor;
  const code = a.code || '';
  return {
    code,
    root: a.root || code.slice(0, 3),
    name: a.name || code,
    text: (mentionActor && mentionActor.text) || a.text || '',
  };
}

// One shape for an event of /api/events (store event with its representative mention) and
// one of /api/code (a line of `dyad code`).
export function normalise(e) {
  const m = e.mention || null;
  return {
    id: e.event_id ?? e.id,
    date: e.date || (m && m.date) || '',
    source: actorOf(e.source, m && m.source),
    target: actorOf(e.target, m && m.target),
    cameo: e.cameo || '',
    cameoName: e.cameo_name || '',
    quad: e.quad_class,
    goldstein: e.goldstein,
    modality: e.modality || (m && m.modality) || '',
    sentence: (m && m.sentence) || e.sentence || '',
    evidence: (m && m.evidence) || e.evidence || null,
    rule: (m && m.rule) || e.rule || '',
    url: (m && m.url) || e.url || null,
    title: (m && m.title) || e.title || '',
    docId: (m && m.doc_id) || e.doc_id || '',
    outlet: (m && m.outlet) || e.outlet || '',
    attributedTo: (m && m.attributed_to) || e.attributed_to || null,
    mentions: e.num_mentions || 1,
    documents: e.num_documents || 1,
  };
}

export function shortDate(iso) {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso || '');
  if (!m) return iso || '';
  const mon = months[Number(m[2]) - 1] || m[2];
  return m[3] ? `${Number(m[3])} ${mon} ${m[1]}` : `${mon} ${m[1]}`;
}
