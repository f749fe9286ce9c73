// What each segment's block says about it: its most severe finding (the checklist's, with an analyst key; else, or
// where the checklist lists nothing, the public missing/weak link) and the firms that matter (owners, chokepoints).
const FIRM_TYPES = new Set(['FOREIGN_CHOKEPOINT', 'CHOKEPOINT', 'SOLE_SOURCE']);
const LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/**
 * @param chain the CHAIN query's chain (links, map segments with members, owners)
 * @param items checklist items of the chain (null without an analyst key)
 * @returns {Map<string, {kind: string|null, level: string|null, count: number, firms: {id: string, name: string}[], firmKind: string|null}>}
 */
export function segmentFindings(chain, items) {
  const result = new Map(chain.map.segments.map((s) => [s.segment.id, { kind: null, level: null, count: 0, firms: [], firmKind: null }]));
  for (const item of [...(items ?? [])].sort((a, b) => b.severity - a.severity)) add(result.get(item.segment?.id), item);
  // A missing or weak link the checklist does not list (no key, or no local owner depends on it) still shows, without a level.
  for (const link of chain.links) {
    const finding = result.get(link.segment.id);
    if (finding && !finding.kind) Object.assign(finding, { kind: link.kind, count: 1 });
  }
  return result;
}

function add(finding, item) {
  if (!finding) return;
  finding.count++;
  if (!finding.kind || LEVELS.indexOf(item.level) > LEVELS.indexOf(finding.level)) Object.assign(finding, { kind: item.type, level: item.level });
  if (!FIRM_TYPES.has(item.type)) return;
  finding.firmKind ??= item.type;
  for (const e of item.enterprises) if (!finding.firms.some((f) => f.id === e.id)) finding.firms.push(e);
}

/** The firms named on a block: owners serving the segment, then chokepoints, else its core suppliers. */
export function namedFirms(segment, finding) {
  const owners = segment.members.filter((m) => m.role === 'OWNER').map((m) => m.enterprise);
  const core = segment.members.filter((m) => m.role === 'CORE').map((m) => m.enterprise)
    .sort((a, b) => (a.location === 'LOCAL' ? 0 : 1) - (b.location === 'LOCAL' ? 0 : 1) || b.annualOutput - a.annualOutput);
  const lines = [];
  if (owners.length) lines.push({ role: 'OWNER', firms: owners });
  if (finding.firms.length) lines.push({ role: finding.firmKind, firms: finding.firms });
  if (lines.length < 2 && core.length) lines.push({ role: 'CORE', firms: core });
  return lines.slice(0, 2);
}

/** A firm's short name for a block (the full name stays in the tooltip): no 深圳(市) prefix, no company-form suffix. */
export function shortName(name) {
  const short = name
    .replace(/^深圳市?(?=.{2})/, '')
    .replace(/(集团)?(股份)?有限(责任)?公司$/, '')
    .replace(/株式会社$|,? (Co\., )?(Ltd|Inc|Corp|LLC|GmbH|AG|AB|NV|S\.A|B\.V|SE|PLC)\.?$/i, '')
    .trim();
  return short.length >= 2 ? short : name;
}
