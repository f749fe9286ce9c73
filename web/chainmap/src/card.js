import { access, gql } from './api.js';
import { h, percent } from './dom.js';
import { t } from './i18n.js';
import { CARD } from './queries.js';

/** Fills the card of one enterprise: role, output, labels, risk with its factors, suppliers and customers. */
export async function showCard(container, id, state) {
  const { data } = await gql(CARD(access.analyst), { id });
  const e = data.enterprise;
  if (!e) return;
  const node = state.cy.getElementById(id);
  const place = [t(e.location), e.district ?? e.region, e.country].filter(Boolean).join(' · ');
  container.hidden = false;
  container.replaceChildren(
    h('h2', { 'data-card': e.id }, e.name),
    h('dl', { class: 'kv' },
      h('dt', {}, t('creditCode')), h('dd', {}, e.id),
      h('dt', {}, t('role')), h('dd', {}, t(node.data('role') ?? e.memberships[0]?.role ?? 'SUPPLIER')),
      h('dt', {}, t('output')), h('dd', {}, `${e.annualOutput.toFixed(e.annualOutput >= 100 ? 0 : 1)} ${t('yi')}`),
      h('dt', {}, t('place')), h('dd', {}, place),
      h('dt', {}, t('labels')), h('dd', {}, e.labels.length ? e.labels.map((l) => t(l)).join('、') : t('none'))),
    risk(e.riskScore),
    relations(t('suppliers'), e.suppliers, (s) => s.supplier),
    relations(t('customers'), e.customers, (s) => s.customer));
}

function risk(score) {
  if (!score) return h('p', { class: 'hint' }, `${t('riskScore')}: ${t('needKey')}`);
  return h('div', { class: 'risk' },
    h('h3', {}, `${t('riskScore')}: `, h('span', { class: `level-${score.level}`, 'data-risk': score.level }, `${t(score.level)} ${score.score.toFixed(2)}`)),
    h('ul', {}, score.factors.map((f) => h('li', { title: f.description },
      h('span', { class: 'bar-h', style: `width:${Math.round(f.contribution * 120)}px` }), ` ${t(`factor_${f.name}`, f.name)} ${f.value.toFixed(2)} → ${f.contribution.toFixed(2)}`))));
}

function relations(title, connection, other) {
  return h('div', {},
    h('h3', {}, `${title} (${t('more', connection.totalCount)})`),
    connection.nodes.length === 0 ? h('p', {}, t('none'))
      : h('ul', {}, connection.nodes.map((s) => h('li', {}, `${other(s).name} · ${s.segment.name} · ${percent(s.share)}`))));
}
