// Rows of the event table and of the try-it results: the sentence with the source, the
// verb (evidence span) and the target marked, a modality badge, the rule and the link.
import { esc, highlight, modalityBadge, normalise, safeUrl, shortDate } from './text.js';

function actorCell(actor, clickable) {
  if (!actor) return '<span class="muted">–</span>';
  const label = `<span class="code">${esc(actor.code)}</span><span class="name">${esc(actor.name)}</span>`;
  if (!clickable) return `<span class="actor">${label}</span>`;
  return `<button type="button" class="actor link" data-actor="${esc(actor.root)}" title="Select ${esc(actor.name)}">${label}</button>`;
}

function ruleCell(rule) {
  const m = /^(.*?)(:\d+)?$/.exec(rule || '');
  const file = (m && m[1]) || '';
  const short = file.replace(/^data\//, '');
  return `<code class="rule" title="${esc(rule)}">${esc(short)}${esc((m && m[2]) || '')}</code>`;
}

export function eventRow(raw, { clickable = true, link = true } = {}) {
  const e = normalise(raw);
  const sentence = highlight(e.sentence, [
    { text: e.source && e.source.text, cls: 'src', title: 'source' },
    { text: e.evidence && e.evidence.text, cls: 'verb', title: 'verb (evidence)' },
    { text: e.target && e.target.text, cls: 'tgt', title: 'target' },
  ]);
  const verb = e.evidence && e.evidence.text ? esc(e.evidence.text) : '<span class="muted">–</span>';
  const said = e.attributedTo ? `<div class="said">according to ${esc(e.attributedTo.name || e.attributedTo.code)}</div>` : '';
  const counts = e.mentions > 1 || e.documents > 1
    ? `<div class="counts">${esc(e.mentions)} mentions in ${esc(e.documents)} documents</div>` : '';
  let source = '';
  if (link) {
    const url = safeUrl(e.url);
    const title = e.title || e.docId;
    source = url
      ? `<a class="src-link" href="${esc(url)}" target="_blank" rel="noopener noreferrer" title="${esc(title)}">${esc(e.outlet || 'source')} ↗</a>`
      : `<span class="doc" title="${esc(title)}">${esc(e.docId)}</span>`;
  }
  const quad = [1, 2, 3, 4].includes(e.quad) ? e.quad : 0;
  return `<tr data-date="${esc(e.date)}" data-source="${esc(e.source ? e.source.root : '')}" data-target="${esc(e.target ? e.target.root : '')}" data-cameo="${esc(e.cameo)}">` +
    `<td class="date">${esc(shortDate(e.date))}</td>` +
    `<td>${actorCell(e.source, clickable)}</td>` +
    `<td class="verb">${verb}</td>` +
    `<td>${actorCell(e.target, clickable)}</td>` +
    `<td class="cameo"><span class="q q${quad}" title="QuadClass ${esc(e.quad)}, Goldstein ${esc(e.goldstein)}"></span>` +
    `<b>${esc(e.cameo)}</b> ${esc(e.cameoName)}</td>` +
    `<td>${modalityBadge(e.modality)}</td>` +
    `<td class="sentence">${sentence}${said}${counts}</td>` +
    `<td class="prov">${ruleCell(e.rule)}${source}</td>` +
    '</tr>';
}

export function renderPager(el, { total, offset, limit }, onPage) {
  if (!total) {
    el.innerHTML = '';
    return;
  }
  const first = offset + 1;
  const last = Math.min(total, offset + limit);
  el.innerHTML =
    `<button type="button" class="ghost" data-page="prev" ${offset <= 0 ? 'disabled' : ''}>‹ Previous</button>` +
    `<span class="muted">${esc(first)}–${esc(last)} of ${esc(total)}</span>` +
    `<button type="button" class="ghost" data-page="next" ${last >= total ? 'disabled' : ''}>Next ›</button>`;
  el.querySelectorAll('button[data-page]').forEach((b) => {
    b.addEventListener('click', () => onPage(b.dataset.page === 'next' ? offset + limit : Math.max(0, offset - limit)));
  });
}
