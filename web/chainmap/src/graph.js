// Turns the chain's map and supplies into cytoscape elements with preset positions: one column per segment
// (upstream → downstream), each enterprise once, in the most upstream segment it serves; inside a column,
// sub-columns of at most ROWS nodes, sorted by location then output, coloured by location group (groups.js).
// Computed once: no layout runs in the browser.
import { groupOf } from './groups.js';

const LOCATIONS = ['LOCAL', 'METRO', 'PROVINCE', 'COUNTRY', 'OVERSEAS'];
const ROWS = 22, ROW = 30, SUB = 32, GAP = 80;

export function nodeSize(output) {
  return Math.min(44, 10 + 4.5 * Math.log2(1 + Math.max(0, output)));
}

export function buildElements(chain, supplies) {
  const owners = new Set(chain.owners.map((o) => o.id));
  const placed = new Map();
  const columns = chain.map.segments.map((s) => ({ segment: s.segment, position: s.position, members: [] }));
  for (const column of columns) {
    const source = chain.map.segments.find((s) => s.segment.id === column.segment.id);
    for (const { role, enterprise } of source.members) {
      if (placed.has(enterprise.id)) continue;
      placed.set(enterprise.id, { enterprise, role, segment: column.segment.id });
      column.members.push({ enterprise, role: owners.has(enterprise.id) ? 'OWNER' : role });
    }
  }
  const links = new Map(chain.links.map((l) => [l.segment.id, l.kind]));
  const elements = [];
  let x = 0;
  for (const column of columns) {
    const subColumns = Math.max(1, Math.ceil(column.members.length / ROWS));
    const width = subColumns * SUB;
    const kind = links.get(column.segment.id);
    // A plain background node rather than a compound parent: hit-testing and redraws stay per node, and an empty
    // (missing) segment keeps its column.
    const rows = Math.max(1, Math.min(ROWS, column.members.length));
    elements.push({
      group: 'nodes',
      data: { id: `segment:${column.segment.id}`, label: column.segment.name, segment: column.segment.id, w: width + 16, h: rows * ROW + 16 },
      position: { x: x + width / 2, y: (rows + 1) * ROW / 2 },
      classes: ['segment', kind === 'MISSING' ? 'missing' : '', kind === 'WEAK' ? 'weak' : ''].join(' ').trim(),
    });
    column.members
      .sort((a, b) => LOCATIONS.indexOf(a.enterprise.location) - LOCATIONS.indexOf(b.enterprise.location) || b.enterprise.annualOutput - a.enterprise.annualOutput)
      .forEach(({ enterprise, role }, i) => {
        elements.push({
          group: 'nodes',
          data: {
            id: enterprise.id, label: enterprise.name, name: enterprise.name,
            location: enterprise.location, group: groupOf(enterprise.location).key, country: enterprise.country, output: enterprise.annualOutput, role,
            segment: column.segment.id, size: nodeSize(enterprise.annualOutput), colour: groupOf(enterprise.location).colour,
          },
          position: { x: x + Math.floor(i / ROWS) * SUB + SUB / 2, y: (i % ROWS) * ROW + ROW },
          classes: ['enterprise', role === 'OWNER' ? 'owner' : ''].join(' ').trim(),
        });
      });
    x += width + GAP;
  }
  const seen = new Set();
  for (const s of supplies) {
    const key = `${s.supplier.id}>${s.customer.id}`;
    if (seen.has(key) || !placed.has(s.supplier.id) || !placed.has(s.customer.id) || s.supplier.id === s.customer.id) continue;
    seen.add(key);
    elements.push({ group: 'edges', data: { id: `e${seen.size}`, source: s.supplier.id, target: s.customer.id, share: s.share } });
  }
  return { elements, enterprises: placed.size, columns };
}

export const STYLE = [
  { selector: 'node.enterprise', style: {
    width: 'data(size)', height: 'data(size)', 'background-color': 'data(colour)', 'border-width': 0, label: '',
    'min-zoomed-font-size': 9, 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2, 'z-index': 10 } },
  { selector: 'node.enterprise.owner', style: { shape: 'round-rectangle', 'border-width': 3, 'border-color': '#263238', label: 'data(label)' } },
  { selector: 'node.chokepoint', style: { 'border-width': 4, 'border-color': '#d32f2f', label: 'data(label)' } },
  { selector: 'node.foreign', style: { 'border-style': 'double', 'border-width': 7 } },
  { selector: 'node.segment', style: {
    width: 'data(w)', height: 'data(h)', events: 'no', 'z-index': 0,
    label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'text-margin-y': -4, 'font-size': 16, 'font-weight': 'bold',
    'background-color': '#fafafa', 'background-opacity': 1, 'border-width': 1, 'border-color': '#b0bec5', shape: 'round-rectangle' } },
  { selector: 'node.segment.weak', style: { 'border-width': 3, 'border-color': '#ef6c00' } },
  { selector: 'node.segment.missing', style: { 'border-width': 3, 'border-color': '#d32f2f', 'border-style': 'dashed', color: '#d32f2f' } },
  { selector: 'edge', style: { events: 'no', 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': '#90a4ae', opacity: 0.25 } },
  { selector: 'node.hidden, edge.hidden', style: { display: 'none' } },
  { selector: '.dim', style: { opacity: 0.12 } },
  { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#00b8d4', label: 'data(label)', 'z-index': 10 } },
  { selector: 'node.picked', style: { 'overlay-color': '#d32f2f', 'overlay-opacity': 0.35, 'overlay-padding': 4, label: 'data(label)' } },
  { selector: 'node.enterprise:selected', style: { 'border-width': 4, 'border-color': '#000', label: 'data(label)' } },
  { selector: 'edge.focus', style: { 'line-color': '#37474f', opacity: 0.9, width: 2 } },
];
