// The first query a new analyst sees: small, over fields the schema has had from the start.
export const defaultQuery = `# ChainGraph: key industrial chains (重点产业链) as a graph.
# Press the run button (or Ctrl-Enter); the docs on the left list every type.
query Overview {
  snapshot {
    version
    enterprises
    chains
    supplies
  }
  chains {
    id
    name
    category
  }
}
`;
