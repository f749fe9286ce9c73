// The 招商目标 / 替代候选 panel: for the selected segment, each checklist item's candidates (attraction targets and local
// expansion for missing and weak links, substitutes for chokepoints) with ring, score and reasons, and the item's
// instrument with its amount and the arithmetic. Analyst data: loaded once per page from /graphql.
import { access, gql } from './api.js';
import { h } from './dom.js';
import { language, t } from './i18n.js';
import { CANDIDATES } from './queries.js';

const LISTS = [['attractionTargets', 'attract'], ['localExpansion', 'expand'], ['substitutes', 'substitute']];
const SHOWN_REASONS = 3;

export class CandidatePanel {
  constructor(container, chainId) {
    this.container = container;
    this.chainId = chainId;
    this.items = null;
  }

  /** Shows the panel for a segment (empty: hides it). */
  async show(segment) {
    this.segment = segment;
    if (!segment) { this.container.hidden = true; return; }
    if (!access.analyst) { this.render(segment, null); return; }
    this.items ??= gql(CANDIDATES, { id: this.chainId, lang: language() === 'en' ? 'EN' : 'ZH' }).then(({ data }) => data.checklist.nodes);
    const items = (await this.items).filter((i) => i.segment?.id === segment);
    if (this.segment === segment) this.render(segment, items);
  }

  render(segment, items) {
    this.container.dataset.segment = segment;
    this.container.hidden = items !== null && items.length === 0;
    const body = items === null ? [h('p', { class: 'hint' }, t('needKey'))] : items.map(item);
    this.container.replaceChildren(h('h2', {}, t('candidates')), ...body);
  }
}

function item(i) {
  const who = i.enterprises.map((e) => e.name).join(' + ');
  return h('div', { class: 'item', 'data-item': i.id, 'data-type': i.type },
    h('h3', {}, `${t(`finding_${i.type}`)} · ${t(i.level)}${who ? ` · ${who}` : ''}`),
    instrument(i.instrument),
    LISTS.filter(([field]) => i[field].totalCount > 0).map(([field, word]) => list(field, word, i[field])));
}

function instrument(x) {
  const amount = x.amount === null ? t('amountUnknown') : t('wan', x.amount);
  return h('p', { class: 'instrument', 'data-amount': x.amount ?? '' }, h('b', {}, x.citation), ` ${amount}`,
    x.basis ? h('span', { class: 'basis' }, x.basis) : '');
}

function list(field, word, connection) {
  return h('div', { class: 'list', 'data-list': field },
    h('h4', {}, `${t(word)} (${t('topOf', connection.nodes.length, connection.totalCount)})`),
    h('ol', {}, connection.nodes.map(candidate)));
}

function candidate(c) {
  const reasons = c.reasons.slice(0, SHOWN_REASONS).join(t('sep')) + (c.reasons.length > SHOWN_REASONS ? '…' : '');
  return h('li', { 'data-candidate': c.enterpriseId, title: c.reasons.join('\n') },
    h('span', { class: 'cand-name' }, c.name),
    h('span', { class: 'cand-meta' },
      h('span', { class: `cand-ring ring-${c.location}` }, t(c.location)), ` · ${t('score')} ${c.score.toFixed(2)}`),
    h('span', { class: 'cand-reasons' }, reasons));
}
