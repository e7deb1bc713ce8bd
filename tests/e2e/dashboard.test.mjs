// The dashboard end to end, in Debian's headless Chromium driven by playwright-core:
// ingest examples/*.txt into a temporary store, start `dyad serve` on a free loopback port,
// load the page and check every panel, the selections and the try-it box; save a
// screenshot to <build>/e2e/dashboard.png.
//
//   node tests/e2e/dashboard.test.mjs BUILD/dyad [--static BUILD/web]
//
// playwright-core comes from web/node_modules (web/package.json; `make` installs it).
// Exits 77 (skipped) when the dashboard has not been built, except under CI=true.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = process.env.DYAD_SOURCE_DIR || path.resolve(here, '../..');
const args = process.argv.slice(2);
const dyad = path.resolve(args[0] || path.join(sourceDir, 'build/dyad'));
const staticArg = args.indexOf('--static');
const staticDir = path.resolve(staticArg >= 0 ? args[staticArg + 1] : path.join(path.dirname(dyad), 'web'));
const artefacts = path.join(path.dirname(dyad), 'e2e');
const chromiumPath = process.env.DYAD_CHROMIUM || '/usr/bin/chromium';
const seedFile = path.resolve(sourceDir, '../shared/corpus/seed-tripartite-condemnation-2023-10-30.txt');

function skip(reason) {
  if (process.env.CI === 'true') {
    console.error(`e2e_dashboard: ${reason}`);
    process.exit(1);
  }
  console.log(`e2e_dashboard: skipped: ${reason}`);
  process.exit(77);
}

if (!fs.existsSync(path.join(staticDir, 'index.html'))) skip(`no dashboard in ${staticDir} (run make)`);
if (!fs.existsSync(chromiumPath)) skip(`no ${chromiumPath} (Debian package chromium; run make)`);
let chromium;
try {
  ({ chromium } = createRequire(path.join(sourceDir, 'web/package.json'))('playwright-core'));
} catch {
  skip('playwright-core is not installed in web/node_modules (run make)');
}

const STEP_MS = 20000;
let tmp;
let server;
let baseUrl;
let browser;
let page;
const consoleErrors = [];

function waitForListening(child) {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`dyad serve did not say where it listens:\n${out}${err}`)), 15000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dyad serve exited with ${code}:\n${out}${err}`));
    });
  });
}

// Waits until every request the page started has settled (main.js keeps data-busy).
async function settled() {
  await page.waitForFunction(() => document.documentElement.dataset.busy === '0', null, { timeout: STEP_MS });
}

async function tableRows(selector = '#events') {
  return page.$$eval(`${selector} tbody tr[data-cameo]`, (rows) => rows.map((r) => ({
    source: r.dataset.source, target: r.dataset.target, cameo: r.dataset.cameo, date: r.dataset.date,
    verb: (r.querySelector('mark.hl.verb') || {}).textContent || null,
    marks: r.querySelectorAll('mark.hl').length,
  })));
}

async function eventsTotal() {
  return page.evaluate(async () => {
    const p = new URLSearchParams({ limit: '1' });
    const s = window.dyadDashboard.state;
    if (s.actor) p.set('actor', s.actor);
    if (s.dyad) p.set('dyad', s.dyad.join(','));
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    return (await (await fetch(`api/events?${p}`)).json()).total;
  });
}

// Pixels of a canvas that are neither transparent nor white.
async function inkedPixels(selector) {
  return page.$$eval(selector, (canvases) => canvases.reduce((sum, c) => {
    if (!c.width || !c.height) return sum;
    const ctx = c.getContext('2d');
    if (!ctx) return sum;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n += 1;
    return sum + n;
  }, 0));
}

// Scrolls an element into view and lets the page see the scroll: cytoscape caches its
// container's position and refreshes it on the scroll event.
async function reveal(selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(100);
}

async function clearSelection() {
  const clear = page.locator('#clear-selection');
  if (await clear.isEnabled()) {
    await clear.click();
    await settled();
  }
}

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-e2e-'));
  const db = path.join(tmp, 'e2e.db');
  const examples = fs.readdirSync(path.join(sourceDir, 'examples')).filter((f) => f.endsWith('.txt'))
    .sort().map((f) => path.join(sourceDir, 'examples', f));
  const ingest = spawnSync(dyad, ['ingest', '--db', db, ...examples], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, `dyad ingest failed:\n${ingest.stderr}`);

  server = spawn(dyad, ['serve', '--db', db, '--port', '0', '--static', staticDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  baseUrl = await waitForListening(server);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => consoleErrors.push(`request failed: ${req.url()}`));
  page.on('request', (req) => {
    if (!req.url().startsWith(baseUrl) && !req.url().startsWith('data:')) consoleErrors.push(`request outside the server: ${req.url()}`);
  });
  page.setDefaultTimeout(STEP_MS);
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      const t = setTimeout(() => { server.kill('SIGKILL'); resolve(); }, 3000);
      server.on('exit', () => { clearTimeout(t); resolve(); });
    });
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the page loads and every panel renders with data', async () => {
  // The first load is the slow step (about 5 s here, the server compressing the 1.2 MB
  // bundle); the margin is for a loaded CI machine.
  await page.goto(`${baseUrl}/`, { timeout: 60000 });
  await settled();
  assert.equal(await page.title(), 'dyad · events dashboard');

  const points = Number(await page.getAttribute('#timeline', 'data-points'));
  assert.ok(points > 0, `timeline has ${points} events`);
  assert.ok(await inkedPixels('#timeline canvas') > 2000, 'the timeline canvas is drawn');

  const nodes = Number(await page.getAttribute('#network', 'data-nodes'));
  const edges = Number(await page.getAttribute('#network', 'data-edges'));
  assert.ok(nodes >= 2 && edges >= 1, `network has ${nodes} nodes and ${edges} edges`);
  assert.ok(await inkedPixels('#network canvas') > 2000, 'the network canvas is drawn');

  const countries = await page.locator('#map svg path.country').count();
  const shaded = await page.locator('#map svg path.country[data-value]').count();
  assert.ok(countries > 150, `map has ${countries} countries`);
  assert.ok(shaded >= 5, `map shades ${shaded} countries`);
  for (const iso of ['408', '643', '840']) {
    assert.ok(await page.locator(`#map path.country[data-iso="${iso}"][data-value]`).count() === 1, `country ${iso} is shaded`);
  }

  const rows = await tableRows();
  assert.ok(rows.length > 0, 'the event table has rows');
  assert.ok(rows.filter((r) => r.verb).length >= rows.length / 2, 'most rows highlight their verb');
  assert.ok(await page.locator('#events .badge').count() === rows.length, 'every row has a modality badge');
});

test('clicking an actor in the network filters the table', async () => {
  await reveal('#network');
  const target = await page.evaluate(() => {
    const cy = window.dyadDashboard.network;
    const node = cy.getElementById('PRK').nonempty() ? cy.getElementById('PRK') : cy.nodes().max((n) => n.data('events')).ele;
    const p = node.renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction((id) => window.dyadDashboard.state.actor === id, target.id);
  await settled();
  const rows = await tableRows();
  assert.ok(rows.length > 0, `rows for ${target.id}`);
  for (const r of rows) assert.ok(r.source === target.id || r.target === target.id, `row ${JSON.stringify(r)} involves ${target.id}`);
  assert.match(await page.textContent('#selection-chips'), new RegExp(target.id));
  await clearSelection();
});

test('clicking an actor in the table filters the table', async () => {
  const button = page.locator('#events tbody tr[data-cameo] td button[data-actor]').nth(1);
  const id = await button.getAttribute('data-actor');
  await button.click();
  await page.waitForFunction((x) => window.dyadDashboard.state.actor === x, id);
  await settled();
  const rows = await tableRows();
  assert.ok(rows.length > 0);
  for (const r of rows) assert.ok(r.source === id || r.target === id, `row ${JSON.stringify(r)} involves ${id}`);
  await clearSelection();
});

test('the actor search suggests from /api/actors and selects', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.fill('#actor-search', 'japan');
  await page.waitForSelector('#actor-suggestions li[data-code="JPN"]:first-child');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.dyadDashboard.state.actor === 'JPN');
  await settled();
  const rows = await tableRows();
  assert.ok(rows.length > 0);
  for (const r of rows) assert.ok(r.source === 'JPN' || r.target === 'JPN', `row ${JSON.stringify(r)} involves JPN`);
  await clearSelection();
});

test('the map switches between volume and net Goldstein', async () => {
  const fill = () => page.$eval('#map path.country[data-iso="408"]', (p) => `${p.style.fill} ${p.dataset.value}`);
  const volume = await fill();
  await page.click('#map-panel .toggle button[data-mode="goldstein"]');
  await settled();
  const goldstein = await fill();
  assert.notEqual(goldstein, volume);
  await page.click('#map-panel .toggle button[data-mode="volume"]');
  await settled();
  assert.equal(await fill(), volume);
});

test('clicking a link in the network selects the dyad', async () => {
  await reveal('#network');
  const edge = await page.evaluate(() => {
    const cy = window.dyadDashboard.network;
    const e = cy.edges().max((x) => x.data('events')).ele;
    const p = e.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { a: e.data('a'), b: e.data('b'), x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(edge.x, edge.y);
  await page.waitForFunction(() => Array.isArray(window.dyadDashboard.state.dyad));
  await settled();
  const dyad = await page.evaluate(() => window.dyadDashboard.state.dyad);
  const rows = await tableRows();
  assert.ok(rows.length > 0, `rows for ${dyad}`);
  for (const r of rows) {
    assert.ok(dyad.includes(r.source) && dyad.includes(r.target), `row ${JSON.stringify(r)} is within ${dyad}`);
  }
  await clearSelection();
});

test('brushing a period on the timeline filters the rest', async () => {
  const all = await eventsTotal();
  await reveal('#timeline');
  const canvas = page.locator('#timeline canvas').first();
  const box = await canvas.boundingBox();
  const y = box.y + box.height * 0.55;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => Boolean(window.dyadDashboard.state.from && window.dyadDashboard.state.to));
  await settled();
  const { from, to } = await page.evaluate(() => window.dyadDashboard.state);
  assert.ok(from <= to, `${from} <= ${to}`);
  const some = await eventsTotal();
  assert.ok(some < all, `the period keeps ${some} of ${all} events`);
  assert.match(await page.textContent('#selection-chips'), /Period/);
  const shown = await page.textContent('#events-total');
  assert.match(shown, new RegExp(`\\b${some}\\b`));
  await clearSelection();
});

test('the try-it box codes the seed sentence into three condemnations', async (t) => {
  if (!fs.existsSync(seedFile)) {
    t.skip(`no ${seedFile}`);
    return;
  }
  const body = fs.readFileSync(seedFile, 'utf8');
  const start = body.indexOf('South Korea, Japan, and the United States strongly condemned');
  assert.ok(start >= 0, 'the seed article has its first body sentence');
  const end = body.indexOf('. ', start);
  const sentence = body.slice(start, end + 1);
  await page.fill('#tryit-text', sentence);
  await page.click('#tryit-run');
  await page.waitForFunction(() => /coded/.test(document.getElementById('tryit-status').textContent));
  await settled();
  const rows = await tableRows('#tryit-events');
  const condemn = rows.filter((r) => r.cameo === '111');
  assert.equal(condemn.length, 3, `three condemnations in ${JSON.stringify(rows)}`);
  assert.deepEqual(condemn.map((r) => r.source).sort(), ['JPN', 'KOR', 'USA']);
  for (const r of condemn) {
    assert.equal(r.target, 'PRK');
    assert.equal(r.verb, 'condemned');
    assert.ok(r.marks >= 3, 'source, verb and target are highlighted');
  }
});

test('the screenshot is saved and no console errors occurred', async () => {
  await page.mouse.move(1, 1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  fs.mkdirSync(artefacts, { recursive: true });
  const file = path.join(artefacts, 'dashboard.png');
  await page.screenshot({ path: file, fullPage: true });
  assert.ok(fs.statSync(file).size > 50000, 'the screenshot has content');
  console.log(`screenshot: ${file}`);
  assert.deepEqual(consoleErrors, []);
});
