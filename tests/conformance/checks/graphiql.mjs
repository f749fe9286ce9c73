// (d) GraphiQL in headless Chromium: the page loads from the API alone (no request leaves the host), the schema
// arrives by introspection, and a query typed into the editor runs and shows its result. Saves a screenshot.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const OPERATION = 'ChainNames';
const QUERY = `query ${OPERATION} { chains { id name } }`;
const EXPECTED = '新能源汽车';

export async function graphiql(url, { screenshotDir }) {
  const origin = new URL(url).origin;
  const profile = await mkdtemp(join(tmpdir(), 'chaingraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 860 },
    locale: 'zh-CN',
  });
  try {
    return await exercise(context, url, origin, screenshotDir);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function exercise(context, url, origin, screenshotDir) {
  const page = context.pages()[0] ?? (await context.newPage());
  const offHost = [];
  const pageErrors = [];
  page.on('request', (r) => {
    const target = r.url();
    if (!target.startsWith(origin) && !/^(data|blob):/.test(target)) offHost.push(target);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const introspected = page.waitForResponse((r) => r.url() === url && r.request().method() === 'POST' && r.request().postData()?.includes('__schema'), { timeout: 20_000 });
  const navigation = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 20_000 });
  const introspection = await introspected;
  const results = [
    {
      name: 'graphiql: page loads offline from the API (no off-host requests, no script errors)',
      ok: navigation?.status() === 200 && offHost.length === 0 && pageErrors.length === 0,
      note: `status ${navigation?.status()}; off-host: ${offHost.join(', ') || 'none'}; errors: ${pageErrors.join(' | ') || 'none'}`,
    },
    { name: 'graphiql: schema introspected on load', ok: introspection.status() === 200, note: `${introspection.status()}` },
  ];

  // The page's default query (web/graphiql/src/default-query.js) must stay valid as the schema grows.
  const overview = page.waitForResponse((r) => r.url() === url && r.request().postData()?.includes('Overview'), { timeout: 20_000 });
  await page.locator('.graphiql-execute-button').click();
  const overviewAnswer = await overview;
  const overviewBody = await overviewAnswer.json().catch(() => undefined);
  results.push({
    name: 'graphiql: the default query runs without errors',
    ok: overviewAnswer.status() === 200 && Boolean(overviewBody?.data) && !overviewBody.errors,
    note: `${overviewAnswer.status()}: ${JSON.stringify(overviewBody?.errors ?? null).slice(0, 200)}`,
  });

  await typeQuery(page, QUERY);
  // GraphiQL re-reads the operation name shortly after an edit; running before that would send the old one.
  await page.locator('.graphiql-tab', { hasText: OPERATION }).first().waitFor({ timeout: 10_000 });
  const executed = page.waitForResponse((r) => r.url() === url && r.request().postData()?.includes('chains'), { timeout: 20_000 });
  await page.locator('.graphiql-execute-button').click();
  const response = await executed;
  const shown = await page
    .locator('.graphiql-response')
    .getByText(EXPECTED)
    .first()
    .waitFor({ timeout: 20_000 })
    .then(() => true, () => false);
  await mkdir(screenshotDir, { recursive: true });
  const screenshot = join(screenshotDir, 'graphiql.png');
  await page.screenshot({ path: screenshot });
  results.push({
    name: `graphiql: typed query runs and shows ${EXPECTED}`,
    ok: response.status() === 200 && shown,
    note: `POST ${response.status()}, result ${shown ? 'shown' : 'not shown'}; screenshot ${screenshot}`,
  });
  return results;
}

// Monaco completes brackets as keys are typed, so replace the editor text with one insertion instead.
async function typeQuery(page, query) {
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}
