// The chain at a glance: one block per segment (name, firms and supply share by group, its finding and level, the
// firms that matter), placed along the chain's template with its FEEDS edges as arrows. A block opens the dot detail
// of its segment on click, Enter/Space or zooming in (wheel up) over it.
import { h } from './dom.js';
import { namedFirms, segmentFindings, shortName } from './findings.js';
import { GROUPS, sumGroup } from './groups.js';
import { language, t } from './i18n.js';
import { layoutBlocks } from './layout.js';

const SVG = 'http://www.w3.org/2000/svg';

export class Overview {
  constructor(container, chain, onOpen) {
    this.container = container;
    this.chain = chain;
    this.onOpen = onOpen;
    this.findings = segmentFindings(chain, null);
    this.segments = chain.map.segments.map((s) => ({ id: s.segment.id, position: s.position, feeds: s.segment.feeds.map((f) => f.id) }));
  }

  /** Replaces the public links with the checklist's findings (analyst key). */
  setChecklist(items) {
    this.findings = segmentFindings(this.chain, items);
    this.render();
  }

  render() {
    if (this.container.hidden) return;
    const { blocks, width, height } = layoutBlocks(this.segments, this.container.clientWidth, this.container.clientHeight);
    const canvas = h('div', { class: 'canvas', style: `width:${width}px;height:${height}px` });
    canvas.append(this.edges(blocks, width, height), h('div', { class: 'flow', 'aria-hidden': 'true' }, t('flow')));
    for (const s of this.chain.map.segments) canvas.append(this.block(s, blocks.get(s.segment.id)));
    this.container.replaceChildren(canvas);
  }

  edges(blocks, width, height) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'edges');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.innerHTML = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#78909c"/></marker></defs>';
    for (const s of this.segments) {
      for (const target of s.feeds) {
        const a = blocks.get(s.id), b = blocks.get(target);
        if (!a || !b) continue;
        const x1 = a.x + a.w, y1 = a.y + a.h / 2, x2 = b.x - 2, y2 = b.y + b.h / 2, bend = Math.max(24, (x2 - x1) / 2);
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('d', `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`);
        path.setAttribute('marker-end', 'url(#arrow)');
        path.dataset.from = s.id;
        path.dataset.to = target;
        svg.append(path);
      }
    }
    return svg;
  }

  block(s, box) {
    const finding = this.findings.get(s.segment.id);
    const name = s.segment.name;
    const label = [name, s.segment.key ? t('keySegment') : '', finding.kind ? findingText(finding) : t('noFinding'), t('openDetail')].filter(Boolean).join('，');
    const el = h('div', {
      class: finding.kind ? `block finding-${finding.kind}` : 'block',
      role: 'button', tabindex: '0', 'aria-label': label, 'data-segment': s.segment.id, 'data-finding': finding.kind ?? 'NONE',
      style: `left:${box.x}px;top:${box.y}px;width:${box.w}px;height:${box.h}px`,
      onclick: () => this.onOpen(s.segment.id),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); this.onOpen(s.segment.id); } },
      onwheel: (e) => { if (e.deltaY < 0) { e.preventDefault(); this.onOpen(s.segment.id); } },
    },
    h('div', { class: 'name', title: name }, s.segment.key ? h('span', { class: 'key', title: t('keySegment') }, '★') : '', name),
    h('div', { class: 'line' },
      finding.kind ? h('span', { class: 'badge', 'data-level': finding.level ?? '', title: t('findingCount', finding.count) }, findingText(finding)) : h('span', { class: 'none' }, t('noFinding')),
      h('span', { class: 'amount', 'data-amount': '' }, amount(s))),
    splitTable(s),
    namedFirms(s, finding).map((line) => firmLine(line)));
    return el;
  }
}

function findingText(finding) {
  return finding.level ? `${t(`finding_${finding.kind}`)} · ${t(finding.level)}` : t(`finding_${finding.kind}`);
}

function amount(s) {
  if (s.supplyValue.total === 0) return t('noSupply');
  return s.valueIsShares ? t('supplies', s.supplyCount) : money(s.supplyValue.total);
}

/** Firms and supply share by group; each share cell carries a bar of its width in the group's colour. */
function splitTable(s) {
  const cell = (text, group) => h('td', { 'data-group': group.key }, text);
  const share = (group) => {
    if (s.supplyValue.total === 0) return cell('–', group);
    const value = sumGroup(s.supplyShare, group);
    const bar = `background:linear-gradient(to right, ${group.colour}66 ${(value * 100).toFixed(1)}%, transparent 0)`;
    return h('td', { 'data-group': group.key, style: bar }, `${Math.round(value * 100)}%`);
  };
  return h('table', { class: 'split' },
    h('colgroup', {}, (language() === 'en' ? [19, 18, 17, 20, 26] : [15, 20, 25, 19, 21]).map((w) => h('col', { style: `width:${w}%` }))),
    h('tr', {}, h('th', {}, ''), GROUPS.map((g) => h('th', { scope: 'col', style: `color:${g.colour}` }, t(g.key)))),
    h('tr', { 'data-row': 'firms' }, h('th', { scope: 'row' }, t('firmsRow')), GROUPS.map((g) => cell(t('count', sumGroup(s.enterpriseCount, g)), g))),
    h('tr', { 'data-row': 'share' }, h('th', { scope: 'row' }, t('supplyRow')), GROUPS.map(share)));
}

function firmLine({ role, firms }) {
  const names = firms.slice(0, 2).map((f) => shortName(f.name)).join('、');
  const more = firms.length > 2 ? ` ${t('andMore', firms.length - 2)}` : '';
  return h('div', { class: `firms role-${role}`, title: firms.map((f) => f.name).join('\n'), 'data-role': role },
    h('b', {}, t(`line_${role}`)), ` ${names}${more}`);
}

/** Supply value (万元 from the API) in 亿元, or CNY bn in English. */
const money = (wan) => t('yiAmount', wan / 10000);
