// Signing in as a person does, in Debian's chromium against a running suite: anonymous /app/ goes to the login page;
// the form signs the user in with a session cookie; a change through the application carries the CSRF header and is
// recorded, one without it is refused; signing out ends the session.
//   GATEWAY=http://127.0.0.1:8080 SIGNIN_USER=recorder SIGNIN_PASSWORD=… PLAYWRIGHT_CORE=… [CHROMIUM=…] node .ci/signin-test.cjs
'use strict';

const { chromium } = require(process.env.PLAYWRIGHT_CORE);

const base = process.env.GATEWAY.replace(/\/$/, '');
const user = process.env.SIGNIN_USER;
const password = process.env.SIGNIN_PASSWORD;
let failures = 0;
const pass = (what) => console.log(`signin-test: PASS  ${what}`);
const fail = (what) => { failures++; console.error(`signin-test: FAIL  ${what}`); };

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${base}/app/`);
    if (/\/login\?next=/.test(page.url())) pass(`anonymous /app/ goes to the login page: ${page.url().replace(base, '')}`);
    else fail(`anonymous /app/ should go to the login page, got ${page.url()}`);

    await page.fill('#username', user);
    await page.fill('#password', password);
    await Promise.all([page.waitForURL(/\/app\//), page.click('#sign-in')]);
    const session = (await context.cookies()).find((cookie) => cookie.name === 'SESSION');
    if (session && session.httpOnly) pass('the login form signs in with an HttpOnly session cookie and lands on /app/');
    else fail(`no HttpOnly session cookie after signing in: ${JSON.stringify(await context.cookies())}`);
    await page.waitForFunction((name) => document.body.innerText.includes(name), user, { timeout: 30000 });
    pass(`the application shows the signed-in user ${user}`);

    const day = new Date(Date.now() - 7 * 86400000).toISOString().slice(0, 10);
    const session1 = { kind: 'COLLECTIVE_STUDY', title: `登录后录入的学习（浏览器测试 ${Date.now()}）`, heldOn: day,
      laws: ['中华人民共和国宪法'] };
    const recorded = await page.evaluate(async (body) => {
      await window.ledgerApp.ready;
      return window.ledgerApp.api.send('POST', '/api/study/sessions', body);
    }, session1);
    if (recorded && recorded.id) pass(`a change with the session and its CSRF header is recorded (${recorded.id}), attendance left unstated`);
    else fail(`recording through the application answered ${JSON.stringify(recorded)}`);
    const forged = await page.evaluate(async (body) => (await fetch('/api/study/sessions', { method: 'POST',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).status, session1);
    if (forged === 403) pass('the same change without the CSRF header is refused (403)');
    else fail(`a change without the CSRF header answered ${forged}, not 403`);

    await Promise.all([page.waitForURL(/\/login\?logout/), page.click('text=退出')]);
    const after = await page.evaluate(async () => (await fetch('/api/dashboard/me')).status);
    if (after === 401) pass('signing out ends the session: /api/dashboard/me answers 401');
    else fail(`after signing out /api/dashboard/me answered ${after}`);
    if (pageErrors.length === 0) pass('no page errors');
    else pageErrors.forEach((error) => fail(`page error: ${error}`));
  } catch (error) {
    fail(error.stack || String(error));
  } finally {
    await browser.close();
    process.exit(failures === 0 ? 0 : 1);
  }
})();
