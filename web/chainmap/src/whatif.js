import { access, gql } from './api.js';
import { h, percent, toast } from './dom.js';
import { t } from './i18n.js';
import { WHATIF } from './queries.js';

/** What-if mode: pick enterprises (click) or a country, run simulateDisruption, show each owner's losses. */
export class WhatIf {
  constructor(state, container) {
    this.state = state;
    this.container = container;
    this.picked = new Set();
    this.active = false;
  }

  toggle(on) {
    this.active = on;
    this.container.hidden = !on;
    if (on && !access.analyst) toast(t('needKey'));
    if (on) this.render();
    else this.reset();
  }

  pick(node) {
    if (this.picked.has(node.id())) this.picked.delete(node.id());
    else this.picked.add(node.id());
    node.toggleClass('picked', this.picked.has(node.id()));
    this.render();
  }

  reset() {
    this.picked.clear();
    this.state.cy.nodes('.picked').removeClass('picked');
    this.result = null;
    if (this.active) this.render();
  }

  countries() {
    const set = new Set(this.state.cy.nodes('.enterprise').map((n) => n.data('country')));
    return [...set].sort();
  }

  render() {
    const country = h('select', { id: 'whatif-country' }, h('option', { value: '' }, '—'), this.countries().map((c) => h('option', { value: c }, c)));
    if (this.country) country.value = this.country;
    country.addEventListener('change', () => (this.country = country.value));
    this.container.replaceChildren(
      h('h2', {}, t('whatif')),
      h('p', { class: 'hint' }, t('whatifHelp')),
      h('p', { 'data-picked': this.picked.size }, t('picked', this.picked.size)),
      h('label', {}, `${t('country')} `, country),
      ' ',
      h('button', { type: 'button', id: 'whatif-run', onclick: () => this.run() }, t('run')),
      ' ',
      h('button', { type: 'button', onclick: () => this.reset() }, t('reset')),
      this.result ?? '');
  }

  async run() {
    if (!access.analyst) { toast(t('needKey')); return; }
    const { data } = await gql(WHATIF, { ids: [...this.picked], country: this.country || null, chainId: this.state.chain.id });
    const impact = data.simulateDisruption;
    if (!impact) { toast(t('needKey')); return; }
    this.result = h('div', { id: 'whatif-result' },
      h('p', {}, t('removed', impact.removedCount)),
      h('table', { class: 'losses' },
        h('tr', {}, h('th', {}, t('OWNER')), h('th', {}, t('availability')), h('th', {}, t('lost'))),
        impact.owners.map((o) => h('tr', { 'data-owner': o.owner.id },
          h('td', {}, o.owner.name),
          h('td', { class: o.availability < 0.5 ? 'level-CRITICAL' : o.availability < 0.9 ? 'level-HIGH' : '' }, percent(o.availability)),
          h('td', {}, o.losses.filter((l) => Math.max(l.direct, l.cascade) >= 0.005).map((l) => `${l.segment.name} ${percent(Math.max(l.direct, l.cascade))}`).join('、') || t('none'))))));
    this.render();
  }
}
