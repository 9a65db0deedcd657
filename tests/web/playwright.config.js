// Playwright for the web page (tests/web): Debian's chromium, never a
// downloaded browser; one worker (the suite shares one `sitrep serve`).
// Run through CTest (tests/web/run.sh) or: SITREP_BINARY=build-dev/sitrep web/node_modules/.bin/playwright test -c tests/web
const path = require('node:path');
const { defineConfig } = require('@playwright/test');

const out = process.env.SITREP_WEB_TEST_OUT || path.join(__dirname, '../../build-dev/web-test');

module.exports = defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.js/,
  outputDir: path.join(out, 'results'),
  globalSetup: require.resolve('./server.js'),
  timeout: 60000,  // generous: CI runs it beside other tests, against an ASan build
  expect: { timeout: 10000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.SITREP_CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
    headless: true,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
  },
});
