export const CHAINS = `query Chains { chains { id name segments { id } } }`;

export const CHAIN = `query ChainMap($id: ID!) {
  chain(id: $id) {
    id name
    owners { id name }
    links { segment { id } kind localEnterprises enterprises reasons }
    map { segments { position segment { id name key stage feeds { id } }
      enterpriseCount { ...Split } supplyShare { ...Split } supplyValue { total } valueIsShares supplyCount
      members { role enterprise { id name location country annualOutput } } } }
  }
}
fragment Split on LocationSplit { local metro province country overseas total }`;

export const SUPPLIES = `query ChainSupplies($id: ID!, $after: String) {
  chain(id: $id) { supplies(first: 1000, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { supplier { id } customer { id } share }
  } }
}`;

export const ANALYST = `query ChainFindings($id: ID!) {
  bottlenecks(chainId: $id, first: 100) { kind foreign segment { id name } enterprises { id name } dependent { name } inputAtRisk }
}`;

export const CHECKLIST = `query ChainChecklist($id: ID!, $after: String) {
  checklist(chainId: $id, first: 500, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { type level severity segment { id } enterprises { id name } }
  }
}`;

export const RISK_LEVEL = `query RiskLevel($id: ID!, $level: RiskLevel!, $after: String) {
  enterprises(where: { chainId: $id, riskLevel: $level }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { id }
  }
}`;

export const CARD = (withRisk) => `query Card($id: ID!) {
  enterprise(id: $id) {
    id name location district region country annualOutput labels tier
    memberships { role segment { name chain { id } } }
    suppliers(first: 8) { totalCount nodes { supplier { id name } segment { name } share } }
    customers(first: 8) { totalCount nodes { customer { id name } segment { name } share } }
    ${withRisk ? 'riskScore { score level factors { name value contribution description } }' : ''}
  }
}`;

export const WHATIF = `query WhatIf($ids: [ID!], $country: String, $chainId: ID) {
  simulateDisruption(enterpriseIds: $ids, country: $country, chainId: $chainId) {
    removedCount
    owners { owner { id name } availability losses { segment { name } direct cascade key } }
  }
}`;

/** Each checklist item's candidates (招商目标 / 本地扩产 / 替代候选) and its instrument's amount, in the page's language. */
export const CANDIDATES = `query Candidates($id: ID!, $lang: Language!) {
  checklist(chainId: $id, first: 500) {
    nodes { id type level segment { id } enterprises { name }
      instrument { citation(lang: $lang) undertaking amount basis(lang: $lang) }
      substitutes(first: 5) { ...Candidates } attractionTargets(first: 5) { ...Candidates } localExpansion(first: 5) { ...Candidates } }
  }
}
fragment Candidates on CandidateConnection { totalCount nodes { enterpriseId name location score reasons(lang: $lang) } }`;
