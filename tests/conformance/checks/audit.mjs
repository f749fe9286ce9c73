// (a) The graphql-http audit suite (GraphQL-over-HTTP spec): MUST failures fail; SHOULD warnings and MAY notices are
// reported (the endpoint aims for none).
import { auditServer } from 'graphql-http';

export async function audit(url) {
  const results = await auditServer({ url });
  const count = (status) => results.filter((r) => r.status === status).length;
  console.log(
    `  graphql-http audit: ${count('ok')} ok, ${count('warn')} warn (SHOULD), ${count('notice')} notice (MAY), ` +
      `${count('error')} error (MUST) of ${results.length}`,
  );
  return results.map((r) => ({
    name: `audit ${r.id} ${r.name}`,
    ok: r.status !== 'error',
    note: r.status === 'ok' ? undefined : `${r.status.toUpperCase()}: ${r.reason}`,
  }));
}
