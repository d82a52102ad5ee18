// What the browser tests share (.ci/dashboard-test.cjs, .ci/district-test.cjs, run by .ci/dashboard-test, which
// installs playwright-core and passes everything through the environment): Debian's chromium signed in as the
// test's user, the console, page errors, failed requests and HTTP errors collected, PASS and FAIL lines.
'use strict';

const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const settings = {
  base: process.env.GATEWAY.replace(/\/$/, ''),
  year: process.env.YEAR,
  screenshot: process.env.SCREENSHOT,
  credentials: { username: process.env.DASHBOARD_USER, password: process.env.DASHBOARD_PASSWORD },
  WAIT_MS: 45000,
};

// run(NAME, VIEWPORT, TEST): TEST({ ...settings, context, page, pass, fail, expectRefusal }) checks a page; then no
// errors may have been seen but the refusals the test provoked on purpose (expectRefusal(STATUS, URL_REGEXP): an answer
// of that status to such a URL, and the console line the browser writes for it, are not errors); the process exits 0
// only if no check failed
function run(name, viewport, test) {
  let failures = 0;
  const pass = (what) => console.log(`${name}: PASS  ${what}`);
  const fail = (what) => { failures++; console.error(`${name}: FAIL  ${what}`); };
  (async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM,
      headless: true,
      // the CI runs as root, where Chromium's sandbox cannot start
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    const errors = [];
    const refusals = [];
    const expected = (status, url) => refusals.some((r) => r.status === status && r.url.test(url));
    const expectRefusal = (status, url) => refusals.push({ status, url });
    try {
      // HTTP Basic with every request, as a program signs in: the gateway sends a browser without credentials or
      // a session to its login page (no 401 for httpCredentials to answer)
      const basic = Buffer.from(`${settings.credentials.username}:${settings.credentials.password}`, 'utf8').toString('base64');
      const context = await browser.newContext({
        extraHTTPHeaders: { Authorization: `Basic ${basic}` }, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        const status = /status of (\d{3})/.exec(message.text());
        if (status && expected(Number(status[1]), message.location().url || '')) return;
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url || 'page'})`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && !expected(response.status(), response.url())) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await test({ ...settings, context, page, pass, fail, expectRefusal });
      if (errors.length === 0) pass('no console errors, page errors or failed requests');
      else errors.forEach((error) => fail(error));
    } finally {
      await browser.close();
    }
    process.exit(failures === 0 ? 0 : 1);
  })().catch((error) => {
    console.error(`${name}: FAIL  ${error.message}`);
    process.exit(1);
  });
}

module.exports = { run };
