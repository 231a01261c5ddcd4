// Times the dashboard's first load in headless Debian Chromium against a running `hadath serve`,
// and can take the README's screenshots. Each run opens a fresh browser context (empty cache),
// loads `/`, and waits until every panel is drawn (the page's `dashboard-ready` mark).
//
//   node dashboard-load.mjs --url http://127.0.0.1:5000 [--runs 5] [--screenshots ../../docs] [--open-filter root=19]
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import path from 'node:path';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:5000' },
    runs: { type: 'string', default: '5' },
    screenshots: { type: 'string' },
    'open-filter': { type: 'string', default: '' },
  },
});
const runs = Number(values.runs);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  // No sandbox as root, no GPU, and no background connections: this machine's network is closed.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const results = [];
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(values.url, { waitUntil: 'commit' });
    await page.waitForSelector('body[data-state=ready]', { timeout: 60000 });
    const wall = performance.now() - started;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const ready = performance.getEntriesByName('dashboard-ready')[0];
      const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'));
      return {
        ready: ready ? ready.startTime : NaN,
        domContentLoaded: nav.domContentLoadedEventEnd,
        bytes: performance.getEntriesByType('resource').reduce((s, r) => s + (r.transferSize || 0), nav.transferSize || 0),
        slowestApi: api.reduce((m, r) => (r.duration > m.duration ? { name: new URL(r.name).pathname, duration: r.duration } : m), { name: '', duration: 0 }),
        rows: document.querySelectorAll('#events-table tbody tr').length,
        events: document.getElementById('events-count').textContent,
      };
    });
    results.push({ run, wall, ...timing });
    console.log(`run ${run}: ready ${timing.ready.toFixed(0)} ms after navigation start (wall ${wall.toFixed(0)} ms; DOMContentLoaded ${timing.domContentLoaded.toFixed(0)} ms; `
      + `${(timing.bytes / 1024).toFixed(0)} KiB; slowest API ${timing.slowestApi.name} ${timing.slowestApi.duration.toFixed(0)} ms; ${timing.events})`);

    if (run === 1 && values.screenshots) {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(values.screenshots, 'dashboard.png') });
      const url = new URL(values.url);
      if (values['open-filter']) {
        url.search = values['open-filter'];
        await page.goto(url.toString());
        await page.waitForSelector('body[data-state=ready]');
      }
      await page.locator('#events-table tbody tr').first().click();
      await page.waitForSelector('#article[data-state=ready]');
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.join(values.screenshots, 'dashboard-article.png') });
    }
    await context.close();
  }
} finally {
  await browser.close();
}

const ready = results.map((r) => r.ready).sort((a, b) => a - b);
const median = ready[Math.floor(ready.length / 2)];
console.log(`first load (run 1): ${results[0].ready.toFixed(0)} ms; median of ${runs}: ${median.toFixed(0)} ms; max: ${ready[ready.length - 1].toFixed(0)} ms`);
