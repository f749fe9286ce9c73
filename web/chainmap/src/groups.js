// Where supply comes from, in the four groups a leader asks about: the city, the metropolitan ring (near supply), the
// rest of the country, overseas. Colours match the briefing's map (src/ChainGraph.Analysis/Briefings/ChainMapSvg.cs).
export const GROUPS = [
  { key: 'LOCAL', fields: ['local'], locations: ['LOCAL'], colour: '#2e7d32' },
  { key: 'METRO', fields: ['metro'], locations: ['METRO'], colour: '#00897b' },
  { key: 'DOMESTIC', fields: ['province', 'country'], locations: ['PROVINCE', 'COUNTRY'], colour: '#1e88e5' },
  { key: 'OVERSEAS', fields: ['overseas'], locations: ['OVERSEAS'], colour: '#8e24aa' },
];

const BY_LOCATION = new Map(GROUPS.flatMap((g) => g.locations.map((l) => [l, g])));

/** The group of an enterprise's location (LOCAL, METRO, PROVINCE, COUNTRY, OVERSEAS). */
export const groupOf = (location) => BY_LOCATION.get(location) ?? GROUPS[GROUPS.length - 1];

/** A LocationSplit from /graphql summed into the groups (fields the server does not send count as 0). */
export const sumGroup = (split, group) => group.fields.reduce((sum, f) => sum + (split?.[f] ?? 0), 0);
