import cytoscape from 'cytoscape';
import { access, apiKey, briefingBlob, gql } from './api.js';
import { h, percent, toast } from './dom.js';
import { STYLE, buildElements } from './graph.js';
import { GROUPS } from './groups.js';
import { language, setLanguage, t } from './i18n.js';
import { ANALYST, CHAIN, CHAINS, CHECKLIST, RISK_LEVEL, SUPPLIES } from './queries.js';
import { Overview } from './overview.js';
import { CandidatePanel } from './candidates.js';
import { showCard } from './card.js';
import { WhatIf } from './whatif.js';

const $ = (id) => document.getElementById(id);
const RISK_ORDER = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const state = { chain: null, cy: null, overview: null, view: 'overview', risk: new Map(), bottlenecks: [], total: 0, whatif: null };
window.chainmap = state;

setLanguage(language());
$('lang').textContent = language() === 'en' ? '中文' : 'English';
$('lang').addEventListener('click', () => { setLanguage(language() === 'en' ? 'zh' : 'en'); location.reload(); });
setupKeyDialog();

const match = location.pathname.match(/^\/chains\/([^/]+)\/?$/);
if (match) showChain(decodeURIComponent(match[1])).catch(fail);
else showIndex().catch(fail);

function fail(error) {
  console.error(error);
  toast(error.status === 401 ? t('badKey') : error.message);
  if (error.status === 401) apiKey.set('');
}

async function showIndex() {
  $('index').hidden = false;
  $('title').textContent = t('chains');
  const { data } = await gql(CHAINS);
  $('chain-list').replaceChildren(...data.chains.map((c) =>
    h('li', {}, h('a', { href: `/chains/${encodeURIComponent(c.id)}`, 'data-chain': c.id }, c.name), ` · ${c.segments.length} ${t('segment')}`)));
  $('cover-briefing').addEventListener('click', () => openBriefing('/briefings'));
}

async function showChain(id) {
  $('map-view').hidden = false;
  $('status').textContent = t('loading');
  const { data } = await gql(CHAIN, { id });
  if (!data.chain) { $('title').textContent = t('notFound'); $('status').textContent = ''; return; }
  const chain = data.chain;
  document.title = `${chain.name} · ${t('brand')}`;
  $('title').textContent = chain.name;
  state.chain = chain;
  state.overview = new Overview($('overview'), chain, (segment) => state.cy && showView('detail', segment));
  addEventListener('resize', () => state.overview.render());
  showView('overview');
  const supplies = await allSupplies(id);
  const { elements, enterprises, columns } = buildElements(chain, supplies);
  state.total = enterprises;
  state.cy = cytoscape({
    container: $('cy'), elements, style: STYLE, layout: { name: 'preset' },
    // Large chains: no edges or textures redrawn while panning and zooming, one device pixel per CSS pixel.
    hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1, motionBlur: false,
    minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.4, boxSelectionEnabled: false, autoungrabify: true,
  });
  setupViews();
  setupFilters(columns);
  renderLegend();
  renderLinks(chain);
  state.whatif = new WhatIf(state, $('whatif'));
  state.candidates = new CandidatePanel($('candidates'), id);
  state.cy.on('tap', 'node.enterprise', (event) => onTap(event.target));
  $('briefing').addEventListener('click', () => openBriefing(briefingPath(id, '')));
  $('briefing-pdf').addEventListener('click', () => downloadBriefing(id));
  applyFilters();
  // Without a key the loopback caller may still hold the analyst role (ChainGraph:Auth:LoopbackRole): ask, and
  // fall back to the public view when the API says no.
  await loadAnalystData(id).catch(fail);
  if (!access.analyst) $('findings').replaceChildren(h('p', { class: 'hint' }, t('noKey')));
  document.body.dataset.ready = 'true';
}

async function allSupplies(id) {
  const rows = [];
  let after = null;
  do {
    const { data } = await gql(SUPPLIES, { id, after });
    rows.push(...data.chain.supplies.nodes);
    after = data.chain.supplies.pageInfo.hasNextPage ? data.chain.supplies.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

async function loadAnalystData(id) {
  const { data } = await gql(ANALYST, { id });
  if (!data.bottlenecks) return;
  access.analyst = true;
  state.bottlenecks = data.bottlenecks;
  state.overview.setChecklist(await checklist(id));
  state.cy.batch(() => {
    for (const b of state.bottlenecks) for (const e of b.enterprises) state.cy.getElementById(e.id).addClass(b.foreign ? 'chokepoint foreign' : 'chokepoint');
  });
  for (const level of RISK_ORDER.slice(1)) {
    let after = null;
    do {
      const page = (await gql(RISK_LEVEL, { id, level, after })).data.enterprises;
      for (const node of page.nodes) state.risk.set(node.id, level);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  renderFindings();
  applyFilters();
  showCandidates(true);
  document.body.dataset.analyst = 'true';
}

async function checklist(id) {
  const items = [];
  let after = null;
  do {
    const page = (await gql(CHECKLIST, { id, after })).data.checklist;
    items.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return items;
}

function setupViews() {
  $('view-overview').addEventListener('click', () => showView('overview'));
  $('view-detail').addEventListener('click', () => showView('detail'));
  addEventListener('keydown', (e) => { if (e.key === 'Escape' && state.view === 'detail' && !$('key-dialog').open) showView('overview'); });
}

/** The blocks (overview) or the firms as dots (detail, optionally one segment's, fitted to the screen). */
function showView(view, segment) {
  state.view = view;
  document.body.dataset.view = view;
  $('overview').hidden = view !== 'overview';
  $('cy').hidden = view !== 'detail';
  $('view-overview').setAttribute('aria-pressed', String(view === 'overview'));
  $('view-detail').setAttribute('aria-pressed', String(view === 'detail'));
  if (view === 'overview') { state.overview.render(); return; }
  if (segment !== undefined) { $('segment-filter').value = segment; applyFilters(); }
  state.cy.resize();
  const shown = state.cy.nodes('.enterprise:visible');
  state.cy.fit(shown.length ? shown.union(state.cy.nodes('.segment:visible')) : undefined, 24);
}

function toDetail() {
  if (state.view !== 'detail') showView('detail');
}

function setupFilters(columns) {
  $('segment-filter').append(...columns.map((c) => h('option', { value: c.segment.id }, c.segment.name)));
  $('location-filter').append(...GROUPS.map((g) =>
    h('label', {}, h('input', { type: 'checkbox', value: g.key, checked: true, 'data-location': g.key }), h('span', { class: 'swatch', style: `background:${g.colour}` }), t(g.key))));
  for (const el of [$('segment-filter'), $('risk-filter'), ...$('location-filter').querySelectorAll('input')]) el.addEventListener('change', () => { applyFilters(); toDetail(); });
  let timer;
  $('search').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  $('whatif-toggle').addEventListener('change', (e) => { if (e.target.checked) toDetail(); state.whatif.toggle(e.target.checked); });
}

function applyFilters() {
  const segment = $('segment-filter').value;
  const locations = new Set([...$('location-filter').querySelectorAll('input:checked')].map((i) => i.value));
  const minRisk = $('risk-filter').value;
  if (minRisk && !access.analyst) toast(t('needKey'));
  const minIndex = minRisk ? RISK_ORDER.indexOf(minRisk) : 0;
  let shown = 0;
  state.cy.batch(() => {
    state.cy.nodes('.enterprise').forEach((n) => {
      const visible = (!segment || n.data('segment') === segment) && locations.has(n.data('group'))
        && RISK_ORDER.indexOf(state.risk.get(n.id()) ?? 'LOW') >= minIndex;
      n.toggleClass('hidden', !visible);
      if (visible) shown++;
    });
    state.cy.nodes('.segment').forEach((s) => s.toggleClass('hidden', Boolean(segment) && s.data('segment') !== segment));
  });
  state.shown = shown;
  showCandidates(false);
  $('status').textContent = t('shown', shown, state.total);
  $('status').dataset.shown = String(shown);
}

/** The 招商目标 / 替代候选 panel follows the selected segment (a block opened, or the segment filter). */
function showCandidates(again) {
  const segment = $('segment-filter').value;
  if (state.candidates && (again || state.candidates.segment !== segment)) state.candidates.show(segment).catch(fail);
}

function search() {
  const text = $('search').value.trim().toLowerCase();
  state.cy.batch(() => {
    state.cy.elements().removeClass('match dim');
    if (!text) return;
    toDetail();
    const hits = state.cy.nodes('.enterprise').filter((n) => n.id().toLowerCase().startsWith(text) || n.data('name').toLowerCase().includes(text));
    if (hits.length === 0) return;
    state.cy.elements().not(hits).not('.segment').addClass('dim');
    hits.addClass('match');
  });
  const hits = state.cy.nodes('.match');
  if (hits.length > 0) state.cy.animate({ fit: { eles: hits, padding: 120 }, duration: 300 });
  if (hits.length === 1) onTap(hits[0]);
}

function onTap(node) {
  if (state.whatif.active) { state.whatif.pick(node); return; }
  state.cy.edges('.focus').removeClass('focus');
  node.connectedEdges().addClass('focus');
  showCard($('card'), node.id(), state).catch(fail);
}

function renderLegend() {
  const row = (swatch, label) => h('div', { class: 'legend-row' }, swatch, label);
  $('legend').replaceChildren(
    h('h2', {}, t('legend')),
    ...GROUPS.map((g) => row(h('span', { class: 'swatch', style: `background:${g.colour}` }), t(`${g.key}_long`))),
    row(h('span', { class: 'swatch ring' }), t('chokepoint')),
    row(h('span', { class: 'swatch double' }), t('foreign')),
    row(h('span', { class: 'swatch square', style: 'background:#fff;border:3px solid #263238' }), t('owner')),
    row(h('span', { class: 'swatch square', style: 'border:2px dashed #d32f2f' }), t('missing')),
    row(h('span', { class: 'swatch square', style: 'border:2px solid #ef6c00' }), t('weak')),
    h('div', { class: 'legend-row hint' }, t('sizeByOutput')));
}

function renderLinks(chain) {
  const items = chain.links.map((l) => h('li', {}, `${chain.map.segments.find((s) => s.segment.id === l.segment.id)?.segment.name ?? l.segment.id} · ${t(l.kind === 'MISSING' ? 'missing' : 'weak')} · ${t('localOf', l.localEnterprises, l.enterprises)}`));
  $('findings').before(h('section', { id: 'links' }, h('h2', {}, t('links')), items.length ? h('ul', {}, items) : h('p', {}, t('none'))));
}

function renderFindings() {
  const rows = state.bottlenecks.slice(0, 12).map((b) => h('li', {},
    `${b.enterprises.map((e) => e.name).join(' + ')} · ${b.segment.name} · ${t(b.kind)}${b.foreign ? ` · ${t('foreign')}` : ''} → ${b.dependent.name} (${percent(b.inputAtRisk)})`));
  $('findings').replaceChildren(h('h2', {}, `${t('findings')} (${state.bottlenecks.length})`), rows.length ? h('ul', {}, rows) : h('p', {}, t('none')));
}

/** The chain's briefing in the page's language: English pages link the English briefing (`?lang=en`). */
function briefingPath(id, suffix) {
  return `/briefings/${encodeURIComponent(id)}${suffix}${language() === 'en' ? '?lang=en' : ''}`;
}

async function openBriefing(path) {
  if (!access.analyst && !apiKey.get()) { toast(t('needKey')); $('key-dialog').showModal(); return; }
  try { window.open(await briefingBlob(path), '_blank'); } catch (e) { fail(e); }
}

async function downloadBriefing(id) {
  if (!access.analyst && !apiKey.get()) { toast(t('needKey')); $('key-dialog').showModal(); return; }
  try {
    const url = await briefingBlob(briefingPath(id, '.pdf'));
    h('a', { href: url, download: `briefing-${id}.pdf` }).click();
  } catch (e) { fail(e); }
}

function setupKeyDialog() {
  const dialog = $('key-dialog');
  $('key-button').addEventListener('click', () => { $('key-input').value = apiKey.get(); dialog.showModal(); });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue === 'save') { apiKey.set($('key-input').value.trim()); toast(t('saved')); location.reload(); }
    if (dialog.returnValue === 'clear') { apiKey.set(''); location.reload(); }
  });
}

