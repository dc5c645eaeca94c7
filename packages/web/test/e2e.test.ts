/**
 * End-to-end tests of the web app in Chromium: the real server (buildApp, in-memory database) serves the freshly
 * built app; Playwright drives Debian's chromium. Each main screen is screenshotted (desktop and phone) to
 * packages/web/test-results/screenshots/ and checked with axe (no serious or critical violations).
 *
 * Without chromium the suite fails under CI=true and is skipped locally with a message.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';

/** Wait (up to 10 s) until the value matches. */
const wacht = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 100 });

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  telefoon: { width: 375, height: 740 },
} as const;

if (!HAS_CHROMIUM && !IN_CI) {
  console.warn(`[web e2e] chromium niet gevonden op ${CHROMIUM}; e2e-tests overgeslagen (zet CHROMIUM_PATH).`);
}

// Generous per-test time: CI runs this suite next to all the others.
describe.skipIf(!HAS_CHROMIUM && !IN_CI)('web app in Chromium', { timeout: 150_000 }, () => {
  let browser: Browser;
  let base = '';
  let close: () => Promise<void> = async () => {};
  const paginaFouten: string[] = [];

  beforeAll(async () => {
    if (!HAS_CHROMIUM) throw new Error(`chromium ontbreekt op ${CHROMIUM} (CI vereist de e2e-tests)`);
    const { build } = await import('vite');
    await build({ root: WEB, configFile: `${WEB}vite.config.ts`, logLevel: 'warn' });
    const { buildApp } = await import('@zorgvuldig/server');
    const app = await buildApp({ webDir: DIST });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://localhost:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SHOTS, { recursive: true });
    close = async () => {
      await browser.close();
      await app.close();
    };
  });

  afterAll(async () => {
    await close();
  });

  async function nieuwePagina(viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'nl-NL' });
    const page = await ctx.newPage();
    // Uncaught errors and Content-Security-Policy violations fail the screen check in `vastleggen`.
    page.on('pageerror', (e) => paginaFouten.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) paginaFouten.push(m.text());
    });
    return { ctx, page };
  }

  async function ernstigeSchendingen(page: Page): Promise<string[]> {
    const res = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  async function ga(page: Page, pad: string, kop: string | RegExp) {
    await page.goto(`${base}/#/${pad}`);
    await wacht(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(kop);
  }

  async function vastleggen(page: Page, naam: string, viewport: string) {
    await page.screenshot({ path: `${SHOTS}${naam}-${viewport}.png`, fullPage: true });
    expect(await ernstigeSchendingen(page), `${naam} (${viewport})`).toEqual([]);
    expect(paginaFouten, `${naam} (${viewport})`).toEqual([]);
  }

  const VOORBEELD =
    'Vandaag op de spoedeisende hulp meneer Jan de Vries (87) uit Hoorn met een longontsteking. Bel zijn dochter op 06-12345678 of mail jan.devries@example.nl.';

  it('Controleer bericht: checks in the browser, marks passages and offers the anonymised rewrite', async () => {
    const { ctx, page } = await nieuwePagina();
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/check')) apiCalls.push(r.url());
    });
    await ga(page, 'controleer', 'Controleer bericht');
    await wacht(() => page.getByText('Uw tekst blijft op dit apparaat').count()).toBe(1);
    await page.getByLabel('Kanaal').selectOption('twitter');
    await page.getByLabel('Tekst van het bericht').fill(VOORBEELD);
    const kaarten = page.locator('li.zv-kaart');
    await wacht(() => kaarten.count()).toBeGreaterThan(0);
    expect(await page.locator('li.zv-kaart[data-label="herleidbaar"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="markeringen"] mark').count()).toBeGreaterThan(0);
    // The same passages are highlighted in the editor itself.
    expect(await page.locator('.zv-editor__spiegel mark').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('status').textContent()).toMatch(/bevinding/);
    // The checker runs in the browser: the text is never posted to the server.
    expect(apiCalls).toEqual([]);

    // Clicking a mark moves focus to its card.
    await page.locator('[data-testid="markeringen"] button.zv-mark__nr').first().click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('zv-kaart'))).toBe(true);

    await vastleggen(page, 'controleer', 'desktop');

    // A cited norm opens its summary in place.
    const norm = page.locator('li.zv-kaart').first().locator('.zv-norm button').first();
    await norm.click();
    expect(await norm.getAttribute('aria-expanded')).toBe('true');
    const paneel = page.locator(`[id="${await norm.getAttribute('aria-controls')}"]`);
    expect(await paneel.getByRole('link', { name: 'Meer over deze norm' }).count()).toBe(1);

    // One fix replaces one passage with a neutral placeholder; the check runs again.
    const veld = page.getByLabel('Tekst van het bericht');
    await page.getByRole('button', { name: 'Vervang door een neutrale aanduiding' }).first().click();
    const naFix = await veld.inputValue();
    expect(naFix).not.toBe(VOORBEELD);
    expect(naFix).toMatch(/\[[a-z-]+\]/);
    await wacht(() => page.getByTestId('status').textContent()).toMatch(/De passage is vervangen/);
    await wacht(() => page.getByTestId('anoniem').count()).toBe(1);

    const anoniem = await page.getByTestId('anoniem').textContent();
    for (const herleidbaar of ['Jan de Vries', '06-12345678', 'jan.devries@example.nl']) expect(anoniem).not.toContain(herleidbaar);
    expect(anoniem).toContain('[naam]');
    await page.getByRole('button', { name: 'Neem deze versie over' }).click();
    expect(await veld.inputValue()).toBe(anoniem);
    await ctx.close();
  });

  it('Mag ik dit delen?: one question per step, back and forward, reaches an advice with a justification', async () => {
    const { ctx, page } = await nieuwePagina();
    await ga(page, 'delen', 'Mag ik dit delen?');
    const volgende = page.getByRole('button', { name: 'Volgende' });

    // Without a choice the wizard explains what is missing.
    await volgende.click();
    await wacht(() => page.getByRole('alert').textContent()).toMatch(/Kies een antwoord/);

    await page.getByLabel('Veilig Thuis').check();
    await volgende.click();
    await wacht(() => page.locator('.zv-stap').textContent()).toMatch(/Vraag 2/);
    await page.getByRole('button', { name: 'Vorige' }).click();
    await wacht(() => page.locator('.zv-stap').textContent()).toMatch(/Vraag 1/);
    // Going back keeps the earlier answer.
    expect(await page.getByLabel('Veilig Thuis').isChecked()).toBe(true);
    await volgende.click();

    // Answer every further question with its first option until the advice appears.
    for (let i = 0; i < 20 && (await page.getByTestId('delen-advies').count()) === 0; i++) {
      await page.locator('input[type="radio"]').first().check();
      await volgende.click();
    }
    const advies = page.getByTestId('delen-advies');
    expect(await advies.count()).toBe(1);
    expect(['ja', 'ja-onder-voorwaarden', 'eerst-toestemming-vragen', 'nee']).toContain(await advies.getAttribute('data-besluit'));
    expect(await page.getByTestId('verantwoording').textContent()).toMatch(/Besluit:/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als tekstbestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^verantwoording-delen-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(readFileSync(await download.path(), 'utf8')).toContain('Besluit:');
    await vastleggen(page, 'delen-advies', 'desktop');
    await ctx.close();
  });

  it('Situaties and Casuïstiek: a situation leads to advice; a practice set ends with a score', async () => {
    const { ctx, page } = await nieuwePagina();
    await ga(page, 'situaties', 'Situaties');
    await page.locator('.zv-tegels a').first().click();
    await wacht(() => page.locator('input[type="radio"]').count()).toBeGreaterThan(0);
    for (let i = 0; i < 20 && (await page.getByTestId('situatie-uitkomst').count()) === 0; i++) {
      await page.locator('input[type="radio"]').first().check();
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    expect(await page.getByTestId('situatie-uitkomst').count()).toBe(1);
    await vastleggen(page, 'situatie-uitkomst', 'desktop');

    await ga(page, 'oefenen', 'Casuïstiek');
    await page.getByRole('button', { name: /Start een oefenset/ }).click();
    for (let i = 0; i < 5; i++) {
      await wacht(() => page.locator('.zv-stap').textContent()).toMatch(new RegExp(`Casus ${i + 1} van 5`));
      await page.getByTestId('casus').locator('input[type="radio"]').first().check();
      await page.getByRole('button', { name: 'Controleer antwoord' }).click();
      await wacht(() => page.getByTestId('casus-feedback').count()).toBe(1);
      if (i === 0) await vastleggen(page, 'casus-feedback', 'desktop');
      await page.getByRole('button', { name: i < 4 ? 'Volgende casus' : 'Bekijk uw score' }).click();
    }
    await wacht(() => page.getByTestId('score').locator('h2').textContent()).toMatch(/Uw score: [0-5] van 5/);
    await vastleggen(page, 'casus-score', 'desktop');
    await ctx.close();
  });

  it('keyboard: the skip link comes first and moves focus to the content; the phone menu opens and closes', async () => {
    const { ctx, page } = await nieuwePagina('telefoon');
    await ga(page, '', /Zorgvuldig/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Normen' }).click();
    await wacht(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Normen');
    // After navigating, focus sits on the new page's heading.
    await wacht(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await ctx.close();
  });

  it.each(['desktop', 'telefoon'] as const)('every main screen has no serious accessibility violations (%s)', async (viewport) => {
    const { ctx, page } = await nieuwePagina(viewport);
    for (const [pad, kop] of [
      ['', /Zorgvuldig/],
      ['controleer', /Controleer bericht/],
      ['delen', /Mag ik dit delen/],
      ['situaties', /Situaties/],
      ['oefenen', /Casu/],
      ['normen', /Normen/],
      ['inloggen', /Inloggen/],
      ['registreren', /Account aanmaken/],
    ] as const) {
      await ga(page, pad, kop);
      if (pad === 'controleer') {
        await page.getByLabel('Tekst van het bericht').fill(VOORBEELD);
        await wacht(() => page.getByTestId('status').textContent()).toMatch(/bevinding/i);
      }
      await vastleggen(page, pad || 'start', viewport);
    }
    await ctx.close();
  });

  it('a professional signs up, records a consent, exports it as FHIR, withdraws it, and signs in again', async () => {
    const { ctx, page } = await nieuwePagina();
    const email = `test-${Date.now()}@voorbeeld.nl`;
    const wachtwoord = 'een lange zin als wachtwoord';
    await ga(page, 'registreren', 'Account aanmaken');
    await page.getByLabel('Naam', { exact: true }).fill('Test Professional');
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Organisatie', { exact: true }).fill('Wijkteam Test');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await wacht(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Toestemmingen');

    await page.getByRole('button', { name: 'Nieuwe toestemming vastleggen' }).click();
    const nieuw = page.getByRole('form', { name: 'Nieuwe toestemming' });
    await nieuw.getByLabel('Cliëntreferentie', { exact: true }).fill('CL-2026-0042');
    await nieuw.getByLabel('Gegevens', { exact: true }).fill('medicatie, diagnose');
    await nieuw.getByLabel('Ontvanger', { exact: true }).fill('huisarts');
    await nieuw.getByLabel('Doel', { exact: true }).fill('overdracht na ontslag');
    await page.getByLabel('Wat is aan de cliënt uitgelegd?').fill('Uitgelegd welke gegevens naar de huisarts gaan en waarom.');
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const rij = page.getByRole('link', { name: 'CL-2026-0042' });
    await wacht(() => rij.count()).toBe(1);
    await vastleggen(page, 'toestemmingen', 'desktop');

    const dekking = page.getByRole('region', { name: /gedekt/ });
    await dekking.getByLabel('Cliëntreferentie', { exact: true }).fill('CL-2026-0042');
    await dekking.getByLabel('Ontvanger', { exact: true }).fill('huisarts');
    await dekking.getByLabel('Doel', { exact: true }).fill('overdracht na ontslag');
    await page.getByRole('button', { name: 'Controleer dekking' }).click();
    await wacht(() => page.getByText('Gedekt door een toestemming.').count()).toBe(1);

    await rij.click();
    await wacht(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/CL-2026-0042/);
    await page.getByRole('button', { name: 'Toon FHIR-bericht' }).click();
    await wacht(() => page.getByTestId('fhir').textContent()).toMatch(/"resourceType": "Consent"/);
    await vastleggen(page, 'toestemming-detail', 'desktop');
    await page.getByLabel('Reden van intrekking').fill('Cliënt wil dit niet meer.');
    await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await wacht(() => page.locator('.utrecht-status-badge').first().textContent()).toBe('ingetrokken');

    // A sharing decision is saved to the sharing log with the client reference.
    await ga(page, 'delen', 'Mag ik dit delen?');
    for (let i = 0; i < 20 && (await page.getByTestId('delen-advies').count()) === 0; i++) {
      await page.locator('input[type="radio"]').first().check();
      await page.getByRole('button', { name: 'Volgende' }).click();
    }
    await page.getByLabel('Cliëntreferentie', { exact: true }).fill('CL-2026-0042');
    await page.getByLabel('Wat heeft u gedeeld?').fill('medicatieoverzicht');
    await page.getByRole('button', { name: 'Bewaar in deellog' }).click();
    await wacht(() => page.getByRole('link', { name: 'deellog', exact: true }).count()).toBe(1);

    for (const [pad, kop] of [
      ['deellog', 'Deellog'],
      ['audit', 'Audit'],
    ] as const) {
      await ga(page, pad, kop);
      await wacht(() => page.locator('table').count()).toBe(1);
      await vastleggen(page, pad, 'desktop');
    }
    expect(await page.locator('table').textContent()).toContain('deellog');
    await page.getByRole('button', { name: 'Controleer de keten' }).click();
    await wacht(() => page.getByTestId('verificatie').textContent()).toMatch(/intact/);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await wacht(() => page.getByRole('link', { name: 'Inloggen' }).count()).toBeGreaterThan(0);
    await ga(page, 'inloggen', 'Inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('fout wachtwoord dat niet klopt');
    await page.getByRole('button', { name: 'Inloggen' }).last().click();
    await wacht(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    await page.getByLabel('Wachtwoord').fill(wachtwoord);
    await page.getByRole('button', { name: 'Inloggen' }).last().click();
    await wacht(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Toestemmingen');

    // The signed-in screens on a phone.
    await page.setViewportSize(VIEWPORTS.telefoon);
    for (const [pad, kop] of [
      ['toestemmingen', 'Toestemmingen'],
      ['deellog', 'Deellog'],
      ['audit', 'Audit'],
    ] as const) {
      await ga(page, pad, kop);
      await wacht(() => page.locator('table').count()).toBe(1);
      await vastleggen(page, pad, 'telefoon');
    }
    await ctx.close();
  });
});
