// End-to-end tests of the officers' console in a real browser (Debian's Chromium through
// playwright-core): the console is built fresh, a three-process demo federation is launched,
// and officers of two nodes drive the pages by their accessible roles and labels. Every main
// page is checked with axe-core. With LIAISON_SCREENSHOTS=1 (npm run screenshots) it also writes
// screenshots of the main pages to docs/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, waitFor } from '../src/node/api-client.ts';
import { launchDemoFederation, type DemoNode } from '../src/node/demo-federation.ts';
import { DEMO_PASSWORD, PLANTED_PERSON } from '../src/node/demo-seed.ts';
import { EAW_CONTENT } from './support/judicial.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.LIAISON_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const JUSTIFICATION = 'Case DE-2026-1142: organised fraud';
const PROTECTION = {
  subjectCategory: 'suspect',
  sourceReliability: 'B',
  informationAccuracy: 2,
  handlingCode: 'H1',
  tlp: 'AMBER',
  legalBasis: 'Synthetic end-to-end test record',
  reviewBy: `${new Date().getUTCFullYear() + 2}-01-01`,
  nature: 'fact',
  assessments: [],
};

let dir = '';
let browser: Browser | undefined;
let federation: Awaited<ReturnType<typeof launchDemoFederation>> | undefined;
let de: DemoNode;
let fr: DemoNode;
/** The person seeded on de-demo for the map: places, an event and movements. */
let traveller = '';
/** The officer of de-demo who searches and requests, kept from one test to the next. */
let deOfficer: Page;

/** A fresh browser context (its own session storage) at a node's console, 1280×800. */
async function openConsole(node: DemoNode): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${node.url}/`);
  return page;
}

/** Signs in through the form and waits for the navigation. */
async function signIn(node: DemoNode, username: string): Promise<Page> {
  const page = await openConsole(node);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
  return page;
}

/** Sets the purpose and justification in the top bar. */
async function justify(page: Page): Promise<void> {
  const bar = page.getByRole('form', { name: 'Purpose and justification of consultations' });
  await bar.getByRole('combobox', { name: 'Purpose' }).selectOption('investigation');
  await bar.getByRole('textbox', { name: 'Justification' }).fill(JUSTIFICATION);
  await bar.getByRole('button', { name: /^Set/ }).click();
  await bar.getByRole('button', { name: 'Set ✓' }).waitFor();
}

/** Opens a page by its hash route and waits until nothing is loading. */
async function go(page: Page, route: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#/${route}`)}`);
  await settle(page);
}

/** Waits until no progress indicator is shown. */
async function settle(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  // Polled from here: the console's Content-Security-Policy forbids the in-page eval that waitForFunction uses.
  await expect.poll(() => page.locator('.busy').count(), { timeout: 15_000, interval: 100 }).toBe(0);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page: its violations of serious or critical impact, each named with the elements concerned (empty when none). */
async function axeViolations(page: Page, name: string): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the console's Content-Security-Policy admits no inline script.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: AxeViolation[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\n\s*/g, ' ') ?? ''}`).join('\n')}`);
}

/** Fails on any serious or critical axe-core violation of the page, reporting each. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const found = await axeViolations(page, name);
  expect(found.length, `axe-core on the ${name} page:\n${found.join('\n')}`).toBe(0);
}

/** Writes a screenshot of the page when asked to (an artefact for the README, not an assertion). */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.LIAISON_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Seeds a traveller on de-demo: a person with two locations, an address-only location, an event, and movements at known and unknown crossing points. */
async function seedTraveller(node: DemoNode): Promise<string> {
  const api = await new ApiClient(node.url).signIn('officer', DEMO_PASSWORD);
  const create = async (type: string, data: unknown, category = 'other') =>
    (await api.call<{ id: string }>('POST', '/api/v1/records', { type, protection: { ...PROTECTION, subjectCategory: category }, data })).id;
  const person = await create(
    'person',
    { names: [{ kind: 'primary', givenNames: ['Oskar'], familyName: 'Lindqvist-Marr', script: 'Latn' }], dateOfBirth: '1979-03-04', nationalities: ['SE'], gender: 'male' },
    'suspect',
  );
  const airport = await create('location', { label: 'Frankfurt airport (FRA)', coordinates: { lat: 50.0379, lon: 8.5622 } });
  const storage = await create('location', { label: 'Storage unit', address: { street: 'Rue Garibaldi 12', city: 'Lyon', country: 'FR' }, coordinates: { lat: 45.7578, lon: 4.8516 } });
  const flat = await create('location', { label: 'Flat', address: { street: 'Via Roma 3', city: 'Milano', country: 'IT' } });
  const fraud = await create('event', { offence: { iccs: '0701', label: 'Fraud' }, occurredAt: '2026-03-14T10:30:00+01:00', place: { description: 'Brussels', country: 'BE', coordinates: { lat: 50.8467, lon: 4.3525 } } });
  const link = (fromId: string, toId: string, type: string) => api.call('POST', '/api/v1/links', { fromId, toId, type });
  await link(person, airport, 'related_to');
  await link(person, storage, 'resides_at');
  await link(person, flat, 'resides_at');
  await link(person, fraud, 'involved_in');
  const traveller = { surname: 'LINDQVIST MARR', givenNames: ['OSKAR'], dateOfBirth: '1979-03-04', nationality: 'SWE', sex: 'male' };
  const document = { type: 'passport', number: 'SE4417720', issuingCountry: 'SWE' };
  const crossings = [
    { crossingPoint: 'FRA', direction: 'exit', at: '2026-03-10T07:15:00Z', flight: 'LH1026' },
    { crossingPoint: 'LUX', direction: 'entry', at: '2026-03-12T18:40:00Z', flight: 'LG412' },
    { crossingPoint: 'BCP-7', direction: 'exit', at: '2026-03-13T09:05:00Z' },
    { crossingPoint: 'CDG', direction: 'entry', at: '2026-03-16T21:20:00Z', flight: 'AF1419' },
  ];
  const stored = await api.call<{ movements: { link: { personId: string } | null }[] }>('POST', '/api/v1/movements', {
    movements: crossings.map((c) => ({ ...c, person: traveller, document })),
  });
  const linked = stored.movements.filter((m) => m.link?.personId === person).length;
  if (linked !== crossings.length) throw new Error(`seeding the map: ${linked} of ${crossings.length} movements linked to the traveller`);
  return person;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The console's end-to-end tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium; CI's .ci/run installs it; LIAISON_CHROMIUM names another binary).`);
  }
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  dir = mkdtempSync(join(tmpdir(), 'liaison-console-e2e-'));
  federation = await launchDemoFederation(dir, { persons: 300, basePort: 0, log: () => undefined });
  [de, fr] = federation.nodes;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  traveller = await seedTraveller(de);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await federation?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('the officers’ console in a browser', () => {
  it('signs in: a wrong password is refused in words, the right one opens the navigation of the role', async () => {
    const page = await openConsole(de);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
    await page.getByLabel('Username').fill('officer');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(async () => page.getByRole('alert').innerText()).toMatch(/[a-z]{3,} [a-z]{3,}/i);
    await expect(page.getByRole('navigation', { name: 'Pages' }).count()).resolves.toBe(0);

    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await nav.waitFor();
    const links = await nav.getByRole('link').allInnerTexts();
    expect(links).toEqual(['Search', 'Hits and follow-ups', 'Alerts', 'Records', 'Link graph', 'Map', 'Judicial', 'Network']);

    const dpo = await signIn(de, 'dpo');
    expect(await dpo.getByRole('navigation', { name: 'Pages' }).getByRole('link').allInnerTexts()).toEqual(['Audit']);
    const admin = await signIn(de, 'admin');
    expect(await admin.getByRole('navigation', { name: 'Pages' }).getByRole('link').allInnerTexts()).toEqual(['Network']);
  });

  it('works from the keyboard alone: sign-in, the skip link, and the navigation', async () => {
    const page = await openConsole(de);
    const focused = () => page.evaluate('document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute("aria-label") || document.activeElement?.tagName') as Promise<string>;
    await page.getByLabel('Username').waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe('username');
    await page.keyboard.type('analyst');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Pages' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('main');
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 20 && (await focused()) !== 'Records'; i++) await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('Records');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('window.location.hash')).toBe('#/records');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Records/);
  });

  it('finds the planted person across the border: fr-demo answers with a hit, and the officer requests the data', async () => {
    deOfficer = await signIn(de, 'officer');
    await justify(deOfficer);
    await go(deOfficer, 'search');
    const form = deOfficer.getByRole('form', { name: 'Search' });
    await form.getByRole('radio', { name: 'Person' }).check();
    await form.getByLabel('Name', { exact: true }).fill(`${PLANTED_PERSON.givenName} ${PLANTED_PERSON.familyName}`);
    await form.getByLabel(/Date of birth/).fill(PLANTED_PERSON.dateOfBirth);
    await form.getByRole('checkbox', { name: /also ask partners/i }).check();
    await form.getByRole('button', { name: 'Search', exact: true }).click();

    const partners = deOfficer.getByRole('table', { name: /partners answered with a hit/ });
    await partners.waitFor({ timeout: 30_000 });
    await expect(partners.getByRole('row').filter({ hasText: fr.spec.nodeId }).innerText()).resolves.toMatch(/\bHit\b/);
    await expect(partners.getByRole('row').filter({ hasText: 'it-demo' }).innerText()).resolves.toMatch(/No hit/);
    await settle(deOfficer);
    await expectAccessible(deOfficer, 'search (with a hit)');
    await screenshot(deOfficer, 'search');

    await deOfficer.getByRole('button', { name: `Request the data behind the hit at ${fr.spec.nodeId}` }).click();
    const request = deOfficer.getByRole('form', { name: `Request the data from ${fr.spec.nodeId}` });
    await expect(request.getByLabel(/Why the data is needed/).inputValue()).resolves.toBe(JUSTIFICATION);
    await request.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(async () => (await deOfficer.getByRole('status').allInnerTexts()).join(' ')).toMatch(new RegExp(`Requested from ${fr.spec.nodeId}`));
  });

  it('the partner’s officer releases names and date of birth, and the requester sees the request released', async () => {
    const page = await signIn(fr, 'officer');
    await justify(page);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Hits and follow-ups' }).click();
    await settle(page);
    const incoming = page.getByRole('region', { name: 'Requests from partners' });
    const row = incoming.getByRole('row').filter({ hasText: JUSTIFICATION });
    await expect.poll(async () => {
      if ((await row.count()) > 0) return true;
      await page.getByRole('button', { name: 'Refresh' }).click();
      await settle(page);
      return false;
    }, { timeout: 20_000, interval: 500 }).toBe(true);
    await expect(row.innerText()).resolves.toContain(de.spec.nodeId);
    await row.getByRole('checkbox', { name: 'names', exact: true }).check();
    await row.getByRole('checkbox', { name: 'dateOfBirth', exact: true }).check();
    await row.getByRole('button', { name: 'Release selected fields' }).click();
    await expect.poll(async () => (await row.getByRole('status').allInnerTexts()).join(' ')).toMatch(/released/);
    await settle(page);
    await expectAccessible(page, 'follow-ups (incoming, released)');
    await screenshot(page, 'follow-ups');

    // Back at de-demo: the outgoing request shows released.
    await go(deOfficer, 'follow-ups');
    const outgoing = deOfficer.getByRole('region', { name: 'Requests to partners' });
    const sent = outgoing.getByRole('row').filter({ hasText: fr.spec.nodeId });
    await expect.poll(async () => {
      if (/released/.test(await sent.first().innerText().catch(() => ''))) return true;
      await deOfficer.getByRole('button', { name: 'Refresh' }).click();
      await settle(deOfficer);
      return false;
    }, { timeout: 20_000, interval: 500 }).toBe(true);
    await expect(sent.first().innerText()).resolves.toMatch(/released: names, dateOfBirth/);
  });

  it('shows the data-protection officer a verified audit chain', async () => {
    const page = await signIn(de, 'dpo');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Audit' }).click();
    await settle(page);
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect.poll(async () => (await page.getByRole('status').allInnerTexts()).join(' '), { timeout: 20_000 }).toMatch(/Chain verified/);
    await settle(page);
    await expectAccessible(page, 'audit');
    await screenshot(page, 'audit');
  });

  it('maps a person’s places and movements offline, with every point in a table and the unplaced ones listed', async () => {
    const page = await signIn(de, 'officer');
    await go(page, `map/${traveller}`);
    // Without a purpose and justification the reads are refused, and the page says what to do.
    await expect.poll(async () => page.getByRole('alert').first().innerText()).toMatch(/purpose and a justification/i);
    await justify(page);
    await page.getByRole('button', { name: 'Load again' }).click();
    await settle(page);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Map — Oskar Lindqvist-Marr');

    const table = page.getByRole('table');
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(/^1 Location Frankfurt airport \(FRA\) no address 50\.0379° N, 8\.5622° E by the location record$/);
    expect(rows[1]).toMatch(/^2 Location Storage unit — Rue Garibaldi 12, Lyon, FR /);
    expect(rows[2]).toMatch(/^3 Event Fraud 2026-03-14 10:30 \+01:00, Brussels, BE /);
    expect(rows[3]).toMatch(/^4 Border crossing FRA Exit 2026-03-10 07:15 UTC, flight LH1026 .* by location record: Frankfurt airport \(FRA\)$/);
    expect(rows[4]).toMatch(/^5 Border crossing LUX Entry .* by known crossing point: Luxembourg airport$/);
    expect(rows[5]).toMatch(/^6 Border crossing CDG Entry .* by known crossing point: Paris Charles de Gaulle airport$/);

    // Every plotted point is a focusable SVG element with a title.
    const points = page.getByRole('group', { name: /^Map of the places and movements/ }).getByRole('img');
    await expect(points.count()).resolves.toBe(6);
    await expect(points.locator('title').allTextContents()).resolves.toContain('4. Border crossing: FRA — Exit 2026-03-10 07:15 UTC, flight LH1026');
    await points.first().focus();
    await expect(page.evaluate('document.activeElement?.getAttribute("aria-label")')).resolves.toMatch(/^1\. Location: /);

    const unplaced = await page.getByRole('region', { name: /Not on the map/ }).innerText();
    expect(unplaced).toMatch(/Crossing point BCP-7 \(1 movement\)/);
    expect(unplaced).toMatch(/Location: Flat — Via Roma 3, Milano, IT: the record has an address but no coordinates/);

    await expectAccessible(page, 'map');
    await screenshot(page, 'map');
  });
  it('shows the executing judicial authority a European arrest warrant with its deadlines and verified signed documents', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const deJudge = await new ApiClient(de.url).signIn('judge', DEMO_PASSWORD);
    const issued = await deJudge.call<{ id: string; reference: string }>(
      'POST',
      '/api/v1/judicial/requests',
      { type: 'eaw', partner: fr.spec.nodeId, issuingAuthority: EAW_CONTENT.issuingAuthority.name, executingAuthority: 'Demo Prosecutor General (fictional)', offence: { listOffence: 'eaw-fraud', maxPenaltyMonths: 60 }, content: EAW_CONTENT },
      { 'liaison-purpose': 'prosecution', 'liaison-justification': JUSTIFICATION },
    );
    const frJudge = await new ApiClient(fr.url).signIn('judge', DEMO_PASSWORD);
    await waitFor('the warrant to reach fr-demo', async () => (await frJudge.call<{ requests: { id: string }[] }>('GET', '/api/v1/judicial/requests')).requests.find((r) => r.id === issued.id));
    await frJudge.call('POST', `/api/v1/judicial/requests/${issued.id}/events`, { event: { type: 'arrest', date: today } });
    await frJudge.call('POST', `/api/v1/judicial/requests/${issued.id}/events`, { event: { type: 'consent', date: today, given: true } });

    const page = await signIn(fr, 'judge');
    await justify(page);
    await go(page, 'judicial');
    await page.getByRole('link', { name: issued.reference }).click();
    await page.getByRole('heading', { name: `European arrest warrant ${issued.reference}` }).waitFor();
    await settle(page);
    const text = await page.getByRole('main').innerText();
    expect(text).toMatch(/final decision on the execution of the EAW/);
    expect(text).toMatch(/FD 2002\/584\/JHA Art\. 17\(2\)/);
    expect(text).toMatch(/from de-demo: verified/);
    expect(text).not.toMatch(/NOT verified/);
    await expectAccessible(page, 'judicial request');
    await screenshot(page, 'judicial');
  });

  it('has no serious or critical accessibility violation on any main page, for the role that sees it', async () => {
    const found: string[] = [];
    const check = async (page: Page, route: string, shot?: string) => {
      await go(page, route);
      found.push(...(await axeViolations(page, route)));
      if (shot) await screenshot(page, shot);
    };
    const officer = await signIn(de, 'officer');
    await justify(officer);
    for (const route of ['search', 'follow-ups', 'alerts', 'records', 'graph', 'map', 'judicial', 'network']) await check(officer, route);
    await check(officer, `records/${traveller}`, 'record');
    await check(officer, `graph/${traveller}`, 'graph');
    const judge = await signIn(de, 'judge');
    await justify(judge);
    await check(judge, 'judicial');
    const admin = await signIn(de, 'admin');
    await check(admin, 'network', 'network');
    const dpo = await signIn(de, 'dpo');
    await check(dpo, 'audit');
    expect(found, `axe-core found serious or critical violations:\n${found.join('\n')}`).toEqual([]);
  });
});
