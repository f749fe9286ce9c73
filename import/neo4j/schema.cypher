// ChainGraph schema for Neo4j 5 (REFERENCE B2). Idempotent: every statement is IF NOT EXISTS, so it can run on
// every start. The store runs this file itself (it is embedded in ChainGraph.Storage) before its first import;
// operators may also paste it into Neo4j Browser or cypher-shell. One statement per `;`. Schema statements cannot
// share a transaction with data writes, so they run one by one, each in its own transaction.
//
// Graph model (docs/neo4j.md):
//   (:Chain {id, name, category})
//   (:Segment {id, name, stage, key})-[:PART_OF]->(:Chain)
//   (:Segment)-[:FEEDS]->(:Segment)                                  chain template, upstream -> downstream
//   (:Enterprise {id, name, district, region, country, industry_code, annual_output, revenue, tax, employees,
//                 rd_ratio, energy_per_output, market_share, founded, labels, status})
//   (:Enterprise)-[:IN_SEGMENT {role}]->(:Segment)                    role: owner | core | supplier
//   (:Enterprise)-[:LEADS]->(:Chain)                                  derived: owners of a segment of the chain
//   (:Enterprise)-[:SUPPLIES {segment, share, annual_value, substitutability, recovery_days, since}]->(:Enterprise)
//   (:Enterprise)-[:HAD]->(:Event {enterprise_id, date, type, severity})
//   (:Project {id, item_id, chain_id, segment_id, lead_enterprise_id, partners, goal, budget, investment, instrument,
//             amount, status, quarter})                              the 攻关项目清单 (projects.csv)
//   (:Project)-[:LED_BY]->(:Enterprise)                              the undertaking firm (牵头单位)
//   (:Project)-[:PARTNER]->(:Enterprise)                             each partner; `partners` keeps their order
//   (:ChainGraphMeta {key: 'store', dataVersion})                    one node; dataVersion grows with each change
//   (:ChainGraphImport {dataVersion, at, source, summary})           one node per import that changed something

// Uniqueness of every id (each constraint is backed by a range index, which the MERGEs and keyset paging use).
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (v:Event) REQUIRE (v.enterprise_id, v.date, v.type) IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT chaingraph_meta_key IF NOT EXISTS FOR (m:ChainGraphMeta) REQUIRE m.key IS UNIQUE;

// What analyses filter on: location (local / out-of-region / overseas), key segments, roles, supplies per segment.
CREATE INDEX enterprise_country IF NOT EXISTS FOR (e:Enterprise) ON (e.country);
CREATE INDEX enterprise_region IF NOT EXISTS FOR (e:Enterprise) ON (e.region);
CREATE INDEX enterprise_district IF NOT EXISTS FOR (e:Enterprise) ON (e.district);
CREATE INDEX segment_key IF NOT EXISTS FOR (s:Segment) ON (s.key);
CREATE INDEX in_segment_role IF NOT EXISTS FOR ()-[m:IN_SEGMENT]-() ON (m.role);
CREATE INDEX supplies_segment IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.segment);
CREATE INDEX event_type IF NOT EXISTS FOR (v:Event) ON (v.type);
CREATE INDEX project_item IF NOT EXISTS FOR (p:Project) ON (p.item_id);

// New indexes are unusable while they populate; wait (up to 300 s) so the first import uses them.
CALL db.awaitIndexes(300);
