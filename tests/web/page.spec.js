// The web page in a real browser over a real `sitrep serve` (server.js):
// filtering changes the counts and the URL, a row opens its evidence with the
// words behind each field highlighted, pasted text is coded with the same
// highlighting, and no request leaves the machine.
const fs = require('node:fs');
const path = require('node:path');
const { test, expect } = require('@playwright/test');

const shots = path.join(process.env.SITREP_WEB_TEST_OUT || path.join(__dirname, '../../build-dev/web-test'), 'screenshots');
fs.mkdirSync(shots, { recursive: true });
const shot = (page, name, fullPage = true) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });

const base = () => process.env.SITREP_WEB_URL;
const isLocal = (url) => /^(data|blob|about):/.test(url) || ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

// Every request the page makes is recorded; any to another host is refused and fails the test.
let outside;
test.beforeEach(async ({ page }) => {
  outside = [];
  page.on('request', (r) => { if (!isLocal(r.url())) outside.push(r.url()); });
  await page.route((url) => !isLocal(url.href), (route) => route.abort());
  page.on('pageerror', (e) => outside.push(`page error: ${e.message}`));
  // A load the Content-Security-Policy stopped never becomes a request: count it too.
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) outside.push(`blocked: ${m.text()}`); });
});
test.afterEach(() => {
  expect(outside, 'requests that left localhost, or page errors').toEqual([]);
});

// The number in "N events" (NaN while the page is loading).
const count = async (page) => Number(((await page.locator('#event-count').textContent()).match(/^\d+/) || [NaN])[0]);

test('filters change the counts and live in the URL', async ({ page }) => {
  await page.goto(`${base()}/`);
  await expect(page.locator('#event-count')).toHaveText(/^\d+ events?$/);
  const all = await count(page);
  expect(all).toBeGreaterThan(10);
  await expect(page.locator('#events tbody tr.event-row')).toHaveCount(all);
  await expect(page.locator('#timeline svg .bar').first()).toBeVisible();
  await expect(page.locator('#dyads tbody tr').first()).toBeVisible();
  await expect(page.locator('.leaflet-interactive').first()).toBeAttached();
  await shot(page, 'overview');

  await page.selectOption('select[name=root]', '04');
  await page.click('#filters button[type=submit]');
  await expect(page).toHaveURL(/[?&]root=04/);
  await expect.poll(() => count(page)).toBeLessThan(all);
  const consults = await count(page);
  expect(consults).toBeGreaterThan(0);
  for (const cell of await page.locator('#events tbody tr.event-row td:nth-child(3)').allTextContents()) expect(cell).toMatch(/^04/);

  await page.fill('input[name=country]', 'egy');
  await page.press('input[name=country]', 'Enter');
  await expect(page).toHaveURL(/country=EGY/);
  await expect.poll(() => count(page)).toBeLessThan(consults);

  // The URL alone restores the view.
  await page.goto(page.url());
  await expect(page.locator('select[name=root]')).toHaveValue('04');
  await expect(page.locator('input[name=country]')).toHaveValue('EGY');
  await expect.poll(() => count(page)).toBeLessThan(consults);
  await page.goBack();
  await expect(page.locator('input[name=country]')).toHaveValue('');
  await expect.poll(() => count(page)).toBe(consults);
  await expect(page.locator('#status')).toHaveText('');
  await shot(page, 'filtered');

  // A bar of the timeline narrows the dates to its own (by keyboard here).
  const bar = page.locator('#timeline svg .bar').last();
  const key = await bar.getAttribute('data-key');
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${key}`));
  await expect.poll(() => count(page)).toBeLessThan(consults);
});

test('a row opens its evidence with highlighted spans, by keyboard', async ({ page }) => {
  await page.goto(`${base()}/?text=Kharkiv`);
  const row = page.locator('#events tbody tr.event-row').filter({ hasText: 'RUSMIL' }).first();
  await expect(row).toBeVisible();
  await row.focus();
  await page.keyboard.press('Enter');
  const dlg = page.locator('#evidence');
  await expect(dlg).toBeVisible();
  const sentence = dlg.locator('.evidence > p.sentence');
  await expect(sentence.locator('mark.hl-source')).toHaveText('Russian forces');
  await expect(sentence.locator('mark.hl-verb')).toHaveText('shelled');
  await expect(sentence.locator('mark.hl-target')).toHaveText('civilians');
  await expect(sentence.locator('mark.hl-place')).toHaveText('Kharkiv');
  await expect(sentence.locator('mark.hl-date')).toHaveText('Wednesday');
  await expect(sentence.locator('mark.hl-count')).toContainText('three');
  await expect(sentence.locator('mark.hl-attribution')).toContainText('Ukrainian officials');
  await expect(dlg.locator('.fields')).toContainText(/data\/verbs\/19-fight\.verbs:\d+/);
  await expect(dlg.locator('.mentions li')).toHaveCount(2);
  await shot(page, 'evidence');
  await page.keyboard.press('Escape');
  await expect(dlg).toBeHidden();
  await expect(row).toBeFocused();
});

test('pasted text is coded with the same highlighting', async ({ page }) => {
  await page.goto(`${base()}/`);
  const seed = fs.readFileSync(path.join(__dirname, '../data/seed-article.txt'), 'utf8');
  await page.fill('#code-form textarea', seed);
  await page.fill('#code-form input[name=date]', '2024-02-03');
  // Without the token the page says where to paste it.
  await page.click('#code-form button[type=submit]');
  await expect(page.locator('#code-status')).toContainText('token');
  await page.fill('#code-form input[name=token]', process.env.SITREP_WEB_TOKEN);
  await page.click('#code-form button[type=submit]');
  await expect(page.locator('#code-status')).toHaveText(/^\d+ events?$/);
  const blocks = page.locator('#code-results .evidence');
  expect(await blocks.count()).toBeGreaterThan(5);
  await expect(blocks.first().locator('.sentence mark.hl-verb')).toBeVisible();
  await expect(page.locator('#code-results')).toContainText('USAMIL');
  await expect(page.locator('#code-results mark.hl-source', { hasText: 'U.S. troops' }).first()).toBeVisible();
  await expect(blocks.first()).toContainText('2024-02-03');
  await blocks.first().locator('summary').click();
  await expect(blocks.first().locator('.fields')).toContainText(/data\/verbs\/\d\d-[a-z-]+\.verbs:\d+/);
  await page.locator('#code-h').evaluate((el) => el.scrollIntoView());
  await shot(page, 'code', false);
});
