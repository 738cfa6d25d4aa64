/**
 * The playground and the explorer in a real Chromium, as a researcher uses them: with every request
 * off this machine refused (the tests fail if a page makes one) and no error in the console.
 * Screenshots go to test-artifacts/ (git-ignored).
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchedPage, type WatchedPage } from '../support/browser.js';
import { startHttpApi, type HttpApi } from '../support/http-api.js';
import { connectTestDatabase, type TestConnection } from '../support/test-database.js';

let connection: TestConnection;
let api: HttpApi;
let browser: Browser;
let watched: WatchedPage | undefined;

beforeAll(async () => {
  connection = await connectTestDatabase();
  api = await startHttpApi(connection.gateway);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser.close();
  await api.server.stop();
  await connection.driver.close();
});

afterEach(() => {
  // Every page of every test: nothing fetched off this machine, nothing logged as an error.
  expect(watched?.offMachineRequests).toEqual([]);
  expect(watched?.errors).toEqual([]);
});

const url = (path: string) => new URL(path, api.server.graphqlUrl).href;

async function open(path: string): Promise<WatchedPage> {
  watched = await watchedPage(browser);
  await watched.page.goto(url(path), { waitUntil: 'networkidle' });
  return watched;
}

/** What an editor shows, with the no-break spaces Monaco draws read as spaces. */
async function editorText(editor: Locator): Promise<string> {
  return (await editor.innerText()).replace(/\s/g, ' ');
}

describe('the playground', () => {
  it('runs a research recipe opened from the Recipes pane, offline', async () => {
    const { page, screenshot } = await open('/graphql');
    await page.getByRole('button', { name: 'Show Recipes' }).click();
    await page.getByRole('button', { name: 'The instrument matrix' }).click();
    await expect
      .poll(() => editorText(page.locator('.graphiql-query-editor')))
      .toContain('query InstrumentMatrix');
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await expect
      .poll(() => editorText(page.locator('.graphiql-response')), { timeout: 15_000 })
      .toContain('"instrumentMatrix"');
    expect(await editorText(page.locator('.graphiql-response'))).toContain('"inclusiviteit"');
    await screenshot('playground-recipe');
  });

  it('opens the operation a link hands it in ?query=', async () => {
    const query = '{ concept(slug: "krimp") { label(lang: EN) } }';
    const { page } = await open(`/graphql?query=${encodeURIComponent(query)}`);
    await expect
      .poll(() => editorText(page.locator('.graphiql-query-editor')))
      .toContain('concept(slug: "krimp")');
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    await expect
      .poll(() => editorText(page.locator('.graphiql-response')), { timeout: 15_000 })
      .toContain('"population decline"');
  });
});

/** The text of the first element `locator` finds, once it is there. */
async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return locator.first().innerText();
}

describe('the explorer', () => {
  it('draws the concept map and lists its concepts', async () => {
    const { page, screenshot } = await open('/');
    const map = page.getByTestId('concept-map');
    await map.locator('canvas').first().waitFor();
    const nodes = Number(await map.getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThan(50);
    expect(Number(await map.getAttribute('data-edges'))).toBeGreaterThan(100);
    const listed = page
      .getByRole('navigation', { name: 'Concepten op de kaart' })
      .getByRole('button');
    expect(await listed.count()).toBe(nodes);
    await screenshot('explorer-map');
  });

  it('finds a concept by typeahead with the keyboard and shows its finding with quote and page', async () => {
    const { page, screenshot } = await open('/');
    const search = page.getByRole('combobox', { name: 'Zoeken' });
    await search.fill('job car');
    const suggestions = page.getByRole('listbox').getByRole('option');
    await suggestions.first().waitFor();
    await search.press('ArrowDown');
    expect(await suggestions.first().getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');
    const panel = page.locator('.node-panel');
    expect(await textOf(panel.getByRole('heading', { level: 2 }))).toBe('job carving');
    expect(await textOf(panel.locator('.labels'))).toContain('job carving · job carving');
    const finding = panel.locator('.findings .finding').first();
    expect(await textOf(finding.locator('blockquote'))).toContain(
      '“aanpassing van taken en culturen',
    );
    expect(await textOf(finding.locator('cite'))).toContain('p. 20');
    expect(await textOf(panel.locator('.mentions'))).toContain('p. 20');
    await screenshot('explorer-concept');
  });

  it('opens a concept from the list, and follows one of its related findings', async () => {
    const { page, screenshot } = await open('/');
    await page
      .getByRole('navigation', { name: 'Concepten op de kaart' })
      .getByRole('button', { name: /^weerbaarheid/ })
      .click();
    const panel = page.locator('.node-panel');
    expect(await textOf(panel.getByRole('heading', { level: 2 }))).toBe('weerbaarheid');
    const related = panel.locator('.related-findings .related-finding').first();
    expect(await textOf(related.locator('.reason'))).toMatch(/^deelt /);
    const statement = await textOf(related.locator('.finding > button'));
    await related.locator('.finding > button').click();
    await expect.poll(() => page.locator('.node-panel .kind').innerText()).toBe('bevinding');
    expect(await textOf(page.locator('.node-panel h2'))).toBe(statement);
    expect(await textOf(page.locator('.node-panel blockquote cite'))).toMatch(/p\. \d+/);
    await screenshot('explorer-related-finding');
  });

  it('searches the full text, switches to English, shows a path, and links to exports and the playground', async () => {
    const { page, screenshot } = await open('/');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('KKS knowledge graph');
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('related variety');
    await search.press('Enter');
    const results = page.getByRole('region', { name: 'Search results' });
    await results.locator('mark').first().waitFor();
    await results
      .getByRole('button', { name: /related variety/ })
      .first()
      .click();
    expect(await textOf(page.locator('.node-panel h2'))).toBe('related variety');

    await page.getByRole('button', { name: 'Path from here' }).click();
    const pathSearch = page.getByRole('combobox', { name: 'Path to…' });
    await pathSearch.fill('oecd');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /Organisation for Economic/ })
      .click();
    const paths = page.getByRole('region', { name: 'Paths' });
    expect(await textOf(paths.locator('.relationship'))).toMatch(/^[A-Z_]+$/);
    expect(await paths.locator('.hops li').count()).toBeGreaterThan(0);
    await screenshot('explorer-path');

    await page.getByText('Export map').click();
    const href = await page.getByRole('link', { name: /GraphML/ }).getAttribute('href');
    expect(href).toBe('/export/concept-map.graphml?normalisation=ASSOCIATION_STRENGTH&minCount=1');
    const exported = await fetch(url(href!));
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('<graphml');

    await page
      .getByRole('navigation', { name: 'Concepts on the map' })
      .getByRole('button')
      .first()
      .click();
    const playground = page.getByRole('link', { name: 'Show this query in the playground' });
    await playground.waitFor();
    const link = new URL((await playground.getAttribute('href'))!, url('/'));
    expect(link.pathname).toBe('/graphql');
    expect(link.searchParams.get('query')).toContain('query ExplorerNode');
    expect(JSON.parse(link.searchParams.get('variables')!)).toMatchObject({ lang: 'EN' });
  });
  it('shows beside the paths what the preface and the essay share: a concept with passages on both sides, and findings with their pages', async () => {
    const { page, screenshot } = await open('/');
    await page.getByRole('combobox', { name: 'Zoeken' }).fill('voorwoord');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^Voorwoord/ })
      .click();
    expect(await textOf(page.locator('.node-panel h2'))).toBe('Voorwoord');
    await page.getByRole('button', { name: 'Pad vanaf hier' }).click();
    await page.getByRole('combobox', { name: 'Pad naar…' }).fill('bouwstenen');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: 'Bouwstenen voor de regionale arbeidsmarkt essay' })
      .click();
    const bridge = page.getByRole('region', { name: 'Wat ze delen' });
    const shared = bridge.locator('details.shared[open]').first();
    expect(await textOf(shared.locator('.side-a .side-name'))).toBe('In Voorwoord');
    expect(await textOf(shared.locator('.side-b .side-name'))).toBe(
      'In Bouwstenen voor de regionale arbeidsmarkt',
    );
    for (const side of ['.side-a', '.side-b']) {
      expect(await textOf(shared.locator(`${side} .side-passages cite`))).toMatch(/^p\. \d+$/);
    }
    const finding = bridge.locator('.side-findings .finding').first();
    expect(await textOf(finding.locator('blockquote'))).toMatch(/^“.+”/);
    expect(await textOf(finding.locator('cite'))).toMatch(/p\. \d+$/);
    // The side panel scrolled so that the bridge starts at its top: scrolled again by what is
    // left while what loads above it (the paths) still moves it down.
    await page.locator('.side').hover();
    await expect
      .poll(async () => {
        const top = (await bridge.boundingBox())!.y;
        if (top >= 100) await page.mouse.wheel(0, top - 70);
        return top;
      })
      .toBeLessThan(100);
    await screenshot('explorer-bridge');

    // A passage on a side opens in the node panel.
    const passage = shared.locator('.side-b .side-passages button').first();
    const pageLabel = await textOf(passage.locator('cite'));
    await passage.click();
    expect(await textOf(page.locator('.node-panel .kind'))).toBe('passage');
    await page.locator('.node-panel h3').first().waitFor();
    expect(await page.locator('.node-panel h3').first().textContent()).toContain(pageLabel);
  });
});
