namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// Every statement the store sends. Labels, types and property names are constants here; every value, including
/// vocabulary words and the meta key, is a parameter. Keyset pages order by the id's uniqueness index, so a
/// page is an index range scan, not a sort. See <c>import/neo4j/schema.cypher</c> for the model.
/// </summary>
internal static class Neo4jCypher
{
    /// <summary>The key of the one <c>ChainGraphMeta</c> node (sent as <c>$meta</c>).</summary>
    public const string MetaKey = "store";

    public const string Version =
        "OPTIONAL MATCH (m:ChainGraphMeta {key: $meta}) RETURN coalesce(m.dataVersion, 0) AS version";

    // CALL { } without a scope clause: newer linters call it deprecated, but the scoped CALL () { } form needs 5.23+.
    public const string Stats =
        """
        CALL { MATCH (n:Enterprise) RETURN count(n) AS enterprises }
        CALL { MATCH (n:Chain) RETURN count(n) AS chains }
        CALL { MATCH (n:Segment) RETURN count(n) AS segments }
        CALL { MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS supplies }
        CALL { MATCH (n:Event) RETURN count(n) AS events }
        RETURN enterprises, chains, segments, supplies, events
        """;

    /// <summary>
    /// Opens an import: creates the meta node if needed and write-locks it, so concurrent imports queue and the version increment cannot be
    /// lost.
    /// </summary>
    public const string Lock =
        """
        MERGE (m:ChainGraphMeta {key: $meta})
        ON CREATE SET m.dataVersion = 0
        SET m.importing = true
        RETURN m.dataVersion AS version
        """;

    /// <summary>Closes an import (sent with the commit): bumps the version by <c>$bump</c> (0 or 1) and logs a changing import.</summary>
    public const string Finish =
        """
        MATCH (m:ChainGraphMeta {key: $meta})
        SET m.dataVersion = m.dataVersion + $bump
        REMOVE m.importing
        FOREACH (_ IN CASE WHEN $bump > 0 THEN [1] ELSE [] END |
          CREATE (:ChainGraphImport {dataVersion: m.dataVersion, at: datetime($at), source: $source, summary: $summary}))
        RETURN m.dataVersion AS version
        """;

    public const string ChainColumns = "c.id, c.name, c.category";

    public const string LoadChains = "MATCH (c:Chain) WHERE c.id > $after RETURN " + ChainColumns + " ORDER BY c.id LIMIT $limit";

    public const string FetchChains = "UNWIND $rows AS row MATCH (c:Chain {id: row.id}) RETURN " + ChainColumns;

    public const string WriteChains = "UNWIND $rows AS row MERGE (c:Chain {id: row.id}) SET c.name = row.name, c.category = row.category";

    public const string SegmentColumns = "s.id, c.id, s.name, s.stage, s.key";

    public const string LoadSegments =
        """
        MATCH (s:Segment) WHERE s.id > $after
        WITH s ORDER BY s.id LIMIT $limit
        OPTIONAL MATCH (s)-[:PART_OF]->(c:Chain)
        RETURN
        """ + " " + SegmentColumns + " ORDER BY s.id";

    public const string FetchSegments =
        "UNWIND $rows AS row MATCH (s:Segment {id: row.id}) OPTIONAL MATCH (s)-[:PART_OF]->(c:Chain) RETURN " + SegmentColumns;

    /// <summary>Upserts segments and moves each to its chain (dropping a <c>PART_OF</c> to another chain).</summary>
    public const string WriteSegments =
        """
        UNWIND $rows AS row
        MATCH (c:Chain {id: row.chain_id})
        MERGE (s:Segment {id: row.id})
        SET s.name = row.name, s.stage = row.stage, s.key = row.key
        WITH s, c
        OPTIONAL MATCH (s)-[old:PART_OF]->(other:Chain)
        WHERE other <> c
        DELETE old
        WITH DISTINCT s, c
        MERGE (s)-[:PART_OF]->(c)
        """;

    public const string LoadSegmentLinks = "UNWIND $ids AS id MATCH (a:Segment {id: id})-[:FEEDS]->(b:Segment) RETURN a.id, b.id";

    public const string FetchSegmentLinks =
        "UNWIND $rows AS row MATCH (a:Segment {id: row.from})-[:FEEDS]->(b:Segment {id: row.to}) RETURN a.id, b.id";

    public const string WriteSegmentLinks =
        "UNWIND $rows AS row MATCH (a:Segment {id: row.from}) MATCH (b:Segment {id: row.to}) MERGE (a)-[:FEEDS]->(b)";

    public const string EnterpriseColumns =
        "e.id, e.name, e.district, e.region, e.country, e.industry_code, e.annual_output, e.revenue, e.tax, e.employees, " +
        "e.rd_ratio, e.energy_per_output, e.market_share, toString(e.founded), e.labels, e.status, " +
        "e.city, e.compliance, e.land_area";

    public const string LoadEnterprises =
        "MATCH (e:Enterprise) WHERE e.id > $after RETURN " + EnterpriseColumns + " ORDER BY e.id LIMIT $limit";

    public const string FetchEnterprises = "UNWIND $rows AS row MATCH (e:Enterprise {id: row.id}) RETURN " + EnterpriseColumns;

    /// <summary>Upserts enterprises; a null value removes the property, so optional fields round-trip as absent.</summary>
    public const string WriteEnterprises =
        """
        UNWIND $rows AS row
        MERGE (e:Enterprise {id: row.id})
        SET e.name = row.name, e.district = row.district, e.region = row.region, e.country = row.country,
            e.industry_code = row.industry_code, e.annual_output = toFloat(row.annual_output),
            e.revenue = toFloat(row.revenue), e.tax = toFloat(row.tax), e.employees = toInteger(row.employees),
            e.rd_ratio = toFloat(row.rd_ratio), e.energy_per_output = toFloat(row.energy_per_output),
            e.market_share = toFloat(row.market_share), e.founded = date(row.founded), e.labels = row.labels,
            e.status = row.status, e.city = row.city, e.compliance = row.compliance, e.land_area = toFloat(row.land_area)
        """;

    public const string LoadMemberships =
        "UNWIND $ids AS id MATCH (e:Enterprise {id: id})-[m:IN_SEGMENT]->(s:Segment) RETURN e.id, s.id, m.role";

    public const string FetchMemberships =
        "UNWIND $rows AS row MATCH (e:Enterprise {id: row.enterprise_id})-[m:IN_SEGMENT]->(s:Segment {id: row.segment_id}) RETURN e.id, s.id, m.role";

    public const string WriteMemberships =
        """
        UNWIND $rows AS row
        MATCH (e:Enterprise {id: row.enterprise_id})
        MATCH (s:Segment {id: row.segment_id})
        MERGE (e)-[m:IN_SEGMENT]->(s)
        SET m.role = row.role
        """;

    /// <summary>Drops <c>LEADS</c> where the enterprise no longer owns a segment of the chain (<c>$owner</c> is the role word).</summary>
    public const string DropStaleLeads =
        """
        MATCH (e:Enterprise)-[l:LEADS]->(c:Chain)
        WHERE NOT EXISTS { (e)-[:IN_SEGMENT {role: $owner}]->(:Segment)-[:PART_OF]->(c) }
        DELETE l
        """;

    public const string AddLeads =
        """
        MATCH (e:Enterprise)-[:IN_SEGMENT {role: $owner}]->(:Segment)-[:PART_OF]->(c:Chain)
        WITH DISTINCT e, c
        MERGE (e)-[:LEADS]->(c)
        """;

    public const string SupplyCount = "MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS supplies";

    public const string LoadSupplies =
        "UNWIND $ids AS id MATCH (a:Enterprise {id: id})-[r:SUPPLIES]->(b:Enterprise) " +
        "RETURN a.id, b.id, r.segment, r.share, r.annual_value, r.substitutability, r.recovery_days";

    public const string FetchSupplies =
        """
        UNWIND $rows AS row
        MATCH (a:Enterprise {id: row.supplier_id})-[r:SUPPLIES {segment: row.segment_id}]->(b:Enterprise {id: row.customer_id})
        RETURN a.id, b.id, r.segment, r.share, r.annual_value, r.substitutability, r.recovery_days, toString(r.since)
        """;

    /// <summary>One <c>SUPPLIES</c> relationship per (supplier, customer, segment).</summary>
    public const string WriteSupplies =
        """
        UNWIND $rows AS row
        MATCH (a:Enterprise {id: row.supplier_id})
        MATCH (b:Enterprise {id: row.customer_id})
        MERGE (a)-[r:SUPPLIES {segment: row.segment_id}]->(b)
        SET r.share = toFloat(row.share), r.annual_value = toFloat(row.annual_value),
            r.substitutability = toFloat(row.substitutability), r.recovery_days = toInteger(row.recovery_days),
            r.since = date(row.since)
        """;

    public const string LoadEvents =
        "UNWIND $ids AS id MATCH (e:Enterprise {id: id})-[:HAD]->(v:Event) RETURN e.id, toString(v.date), v.type, v.severity";

    public const string FetchEvents =
        """
        UNWIND $rows AS row
        MATCH (v:Event {enterprise_id: row.enterprise_id, date: date(row.date), type: row.type})
        RETURN v.enterprise_id, toString(v.date), v.type, v.severity
        """;

    /// <summary>
    /// Removes enterprises with their events and every relationship (supplies, memberships, leads); returns records removed.
    /// </summary>
    public const string RemoveEnterprises =
        """
        UNWIND $ids AS id
        MATCH (e:Enterprise {id: id})
        OPTIONAL MATCH (e)-[:HAD]->(v:Event)
        WITH e, collect(v) AS events, COUNT { (e)-[]-() } AS relationships
        FOREACH (v IN events | DETACH DELETE v)
        DETACH DELETE e
        RETURN sum(1 + size(events) + relationships) AS removed
        """;

    /// <summary>Before <see cref="RemoveEnterprises"/>: removes the projects the enterprises lead; returns projects removed.</summary>
    public const string RemoveLedProjects =
        """
        UNWIND $ids AS id
        MATCH (p:Project)-[:LED_BY]->(:Enterprise {id: id})
        DETACH DELETE p
        RETURN count(p) AS removed
        """;

    /// <summary>Before <see cref="RemoveEnterprises"/>: drops the enterprises from the partner lists; returns projects changed.</summary>
    public const string DropPartners =
        """
        UNWIND $ids AS id
        MATCH (p:Project) WHERE id IN p.partners
        SET p.partners = [x IN p.partners WHERE x <> id]
        RETURN count(p) AS changed
        """;

    /// <summary>Removes projects by id; returns projects removed.</summary>
    public const string RemoveProjects =
        """
        UNWIND $ids AS id
        MATCH (p:Project {id: id})
        DETACH DELETE p
        RETURN count(p) AS removed
        """;

    /// <summary>Removes supply relations by supplier, customer and segment; returns relations removed.</summary>
    public const string RemoveSupplies =
        """
        UNWIND $rows AS row
        MATCH (:Enterprise {id: row.supplier_id})-[r:SUPPLIES {segment: row.segment_id}]->(:Enterprise {id: row.customer_id})
        DELETE r
        RETURN count(r) AS removed
        """;

    /// <summary>Bumps the data version after a removal and logs it.</summary>
    public const string FinishRemoval =
        """
        MATCH (m:ChainGraphMeta {key: $meta})
        SET m.dataVersion = m.dataVersion + 1
        CREATE (:ChainGraphImport {dataVersion: m.dataVersion, at: datetime($at), source: $source, summary: $summary})
        RETURN m.dataVersion AS version
        """;

    public const string ProjectColumns =
        "p.id, p.item_id, p.chain_id, p.segment_id, p.lead_enterprise_id, p.partners, p.goal, p.budget, p.investment, " +
        "p.instrument, p.amount, p.status, p.quarter";

    public const string LoadProjects = "MATCH (p:Project) WHERE p.id > $after RETURN " + ProjectColumns + " ORDER BY p.id LIMIT $limit";

    public const string FetchProjects = "UNWIND $rows AS row MATCH (p:Project {id: row.id}) RETURN " + ProjectColumns;

    /// <summary>
    /// Upserts projects with <c>(:Project)-[:LED_BY]->(:Enterprise)</c> and one <c>PARTNER</c> per partner (replacing the old
    /// ones); <c>partners</c> also stays a list on the node, in file order.
    /// </summary>
    public const string WriteProjects =
        """
        UNWIND $rows AS row
        MERGE (p:Project {id: row.id})
        SET p.item_id = row.item_id, p.chain_id = row.chain_id, p.segment_id = row.segment_id,
            p.lead_enterprise_id = row.lead_enterprise_id, p.partners = row.partners, p.goal = row.goal,
            p.budget = toFloat(row.budget), p.investment = toFloat(row.investment), p.instrument = row.instrument,
            p.amount = toFloat(row.amount), p.status = row.status, p.quarter = row.quarter
        WITH p, row
        OPTIONAL MATCH (p)-[old:LED_BY|PARTNER]->(:Enterprise)
        DELETE old
        WITH DISTINCT p, row
        MATCH (lead:Enterprise {id: row.lead_enterprise_id})
        MERGE (p)-[:LED_BY]->(lead)
        WITH p, row
        UNWIND row.partners AS partnerId
        MATCH (partner:Enterprise {id: partnerId})
        MERGE (p)-[:PARTNER]->(partner)
        """;

    public const string WriteEvents =
        """
        UNWIND $rows AS row
        MATCH (e:Enterprise {id: row.enterprise_id})
        MERGE (v:Event {enterprise_id: row.enterprise_id, date: date(row.date), type: row.type})
        SET v.severity = toFloat(row.severity)
        MERGE (e)-[:HAD]->(v)
        """;
}
