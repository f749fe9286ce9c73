// Example queries for Neo4j Browser on a ChainGraph database (model: schema.cypher, docs/neo4j.md).
// Set the parameters first, e.g.
//   :param chain => 'nev';
//   :param owner => '91440300100000016D';
//   :param segment => 'nev-cell';

// 1. Chain map: the chain's segments in template order, with their enterprises by role and location.
MATCH (c:Chain {id: $chain})<-[:PART_OF]-(s:Segment)
OPTIONAL MATCH (e:Enterprise)-[m:IN_SEGMENT]->(s)
RETURN s.stage AS stage, s.id AS segment, s.name AS name, s.key AS key,
       collect({enterprise: e.name, role: m.role,
                where: CASE WHEN e.country <> 'CN' THEN 'overseas' WHEN e.district IS NOT NULL THEN 'local'
                            WHEN e.region = '广东' THEN 'province' ELSE 'country' END}) AS enterprises
ORDER BY CASE s.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, s.id;

// 1b. The same map as a picture: segments, the FEEDS template and who is in each segment.
MATCH p = (:Chain {id: $chain})<-[:PART_OF]-(s:Segment)
OPTIONAL MATCH f = (s)-[:FEEDS]->(:Segment)
OPTIONAL MATCH m = (:Enterprise)-[:IN_SEGMENT]->(s)
RETURN p, f, m;

// 2. Sole sources: customers that buy a segment's product from exactly one supplier.
MATCH (supplier:Enterprise)-[r:SUPPLIES]->(customer:Enterprise)
WITH customer, r.segment AS segment, collect(supplier) AS suppliers, sum(r.share) AS share
WHERE size(suppliers) = 1
RETURN customer.name AS customer, segment, suppliers[0].name AS soleSupplier, suppliers[0].country AS country, share
ORDER BY share DESC
LIMIT 100;

// 3. Suppliers of a chain owner for a key segment, direct and up to three tiers upstream.
MATCH (owner:Enterprise {id: $owner})-[:IN_SEGMENT {role: 'owner'}]->(:Segment)-[:PART_OF]->(c:Chain)
MATCH (key:Segment {key: true})-[:PART_OF]->(c)
WHERE key.id = $segment
MATCH path = (supplier:Enterprise)-[:SUPPLIES*1..3]->(owner)
WHERE last(relationships(path)).segment = key.id
RETURN supplier.name AS supplier, length(path) AS tier, [r IN relationships(path) | r.share] AS shares,
       supplier.district AS district, supplier.region AS region, supplier.country AS country
ORDER BY tier, supplier.name;

// 4. Foreign suppliers of the city's enterprises, by segment, with the share they hold of each customer's input.
MATCH (foreign:Enterprise)-[r:SUPPLIES]->(local:Enterprise)
WHERE foreign.country <> 'CN' AND local.district IS NOT NULL
RETURN r.segment AS segment, foreign.country AS country, foreign.name AS supplier, local.name AS customer,
       r.share AS share, r.substitutability AS substitutability, r.recovery_days AS recoveryDays
ORDER BY r.share DESC, segment;

// 5. Chain owners (LEADS is kept by every import) and how many direct suppliers each has.
MATCH (owner:Enterprise)-[:LEADS]->(c:Chain)
OPTIONAL MATCH (s:Enterprise)-[:SUPPLIES]->(owner)
RETURN c.name AS chain, owner.name AS owner, owner.annual_output AS annualOutput, count(DISTINCT s) AS directSuppliers
ORDER BY chain, annualOutput DESC;

// 6. Disruption history of an enterprise's suppliers.
MATCH (s:Enterprise)-[:SUPPLIES]->(:Enterprise {id: $owner})
MATCH (s)-[:HAD]->(v:Event)
RETURN s.name AS supplier, v.date AS date, v.type AS type, v.severity AS severity
ORDER BY v.date DESC;

// 7. What the store holds and when it last changed.
MATCH (m:ChainGraphMeta {key: 'store'})
OPTIONAL MATCH (i:ChainGraphImport {dataVersion: m.dataVersion})
RETURN m.dataVersion AS dataVersion, i.at AS lastImport, i.source AS source, i.summary AS summary;

// 8. The project list (攻关项目清单) of a chain: lead firm, partners, status and quarter.
MATCH (p:Project {chain_id: $chain})-[:LED_BY]->(lead:Enterprise)
OPTIONAL MATCH (p)-[:PARTNER]->(partner:Enterprise)
RETURN p.id AS project, p.item_id AS item, lead.name AS lead, collect(partner.name) AS partners, p.goal AS goal,
       p.budget AS budget, p.instrument AS instrument, p.amount AS amount, p.status AS status, p.quarter AS quarter
ORDER BY p.quarter DESC, p.id;
