// The application's pages 报告 and 台账导入导出 (gateway/src/main/resources/static/app/reports.js, workbook.js) in a real
// browser (Debian's chromium, driven by playwright-core), as issue 24 tells it: an editor writes a section of the
// rule-of-law report and submits it; the approver returns it with a reason; the editor submits again; the approver
// approves and publishes it and downloads the published DOCX; a recorder uploads a workbook with one bad row: that
// row's problem is shown while the other rows are recorded. Every figure opens its evidence; no console errors, page
// errors, failed requests or HTTP errors in any of the three sessions.
//
//   node .ci/workbench-reports-test.cjs          (everything through the environment:)
//     GATEWAY          base URL of the gateway (or LEDGER_GATEWAY_URL; default http://127.0.0.1:8080)
//     APP_PATH         where the application is (default /app/)
//     YEAR             the report's year (default 2024); a report already published gets a revision first
//     EDITOR_USER, APPROVER_USER, RECORDER_USER (default editor, approver, recorder) and their *_PASSWORD, else
//                      read from DATA_DIR/initial-passwords.txt (lines "name roles password")
//     WORKBOOK         an .xlsx with exactly one bad row (optional; otherwise one is made through
//                      POST /api/workbook/from-lines from three good study sessions and one dated 2024-02-30)
//     SCREENSHOTS      directory for the screenshots (default: a temporary directory)
//     PLAYWRIGHT_CORE  the playwright-core module; CHROMIUM the browser (default /usr/bin/chromium)
// Prints PASS and FAIL lines; exits 1 on any FAIL. reportsScenario() is exported for a larger workbench test: it
// takes { browser, base, appPath, year, users, screenshots, pass, fail } and returns when done.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const WAIT_MS = 30000;
const VIEWPORT = { width: 1600, height: 1000 };

function password(user, variable) {
  if (process.env[variable]) return process.env[variable];
  const file = process.env.DATA_DIR && path.join(process.env.DATA_DIR, 'initial-passwords.txt');
  if (file && fs.existsSync(file)) {
    const line = fs.readFileSync(file, 'utf8').split('\n').map((l) => l.trim().split(/\s+/)).find((f) => f[0] === user && f.length === 3);
    if (line) return line[2];
  }
  throw new Error(`no password of ${user}: set ${variable} or DATA_DIR (with initial-passwords.txt)`);
}

// a browser session of one user: HTTP Basic with every request, as .ci/browser.cjs signs in (the gateway sends a
// browser without credentials to its login page and answers 401 without a challenge to one with its cookies, so
// Playwright's httpCredentials, which only answers a challenge, would not do), every error it meets collected
async function session(browser, base, appPath, credentials, errors) {
  const basic = Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64');
  const context = await browser.newContext({ extraHTTPHeaders: { Authorization: `Basic ${basic}` }, viewport: VIEWPORT,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  const who = credentials.username;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${who}: console: ${message.text()} (${message.location().url || 'page'})`);
  });
  page.on('pageerror', (error) => errors.push(`${who}: page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // a download leaves the page's network as "aborted": that is the download, not a failure; so is a read the page
    // dropped when it went on to the next view or closed (a server's failure answers with a status, checked below)
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && (page.downloading || request.method() === 'GET')) return;
    errors.push(`${who}: request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${who}: HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  // a question the page asks (leaving unsaved text) is declined, and kept for the test to read
  page.on('dialog', (dialog) => { page.lastDialog = dialog.message(); dialog.dismiss(); });
  await page.goto(`${base}${appPath}`, { waitUntil: 'load', timeout: WAIT_MS });
  const form = await page.$('input[type=password]');
  if (form) {
    await page.fill('input[name=username], input#username, input[autocomplete=username]', credentials.username);
    await form.fill(credentials.password);
    await Promise.all([page.waitForLoadState('load'), form.press('Enter')]);
  }
  return { context, page, who };
}

async function open(page, base, appPath, hash) {
  // from elsewhere: going to the URL the page is at, hash and all, would not load it again
  await page.goto('about:blank');
  await page.goto(`${base}${appPath}${hash}`, { waitUntil: 'load', timeout: WAIT_MS });
  // a hash change alone does not load the page again: the shell renders on hashchange
  await page.waitForFunction((expected) => location.hash === expected, hash, { timeout: WAIT_MS });
  await loaded(page);
}

async function loaded(page) {
  await page.waitForSelector('[data-page][data-loaded="true"]', { timeout: WAIT_MS });
}

async function status(page) {
  return page.getAttribute('[data-report-status]', 'data-report-status');
}

async function waitStatus(page, expected) {
  await page.waitForSelector(`[data-report-status="${expected}"]`, { timeout: WAIT_MS });
}

async function shoot(page, screenshots, name, pass) {
  const file = path.join(screenshots, name);
  await page.screenshot({ path: file, fullPage: true });
  pass(`screenshot ${file}`);
}

async function download(page, selector) {
  page.downloading = true;
  try {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: WAIT_MS }), page.click(selector)]);
    const saved = await file.path();
    return { name: file.suggestedFilename(), bytes: saved ? fs.readFileSync(saved) : Buffer.alloc(0), failure: await file.failure() };
  } finally {
    setTimeout(() => { page.downloading = false; }, 500);
  }
}

async function reportsScenario({ browser, base, appPath, year, users, screenshots, pass, fail }) {
  const errors = [];
  const hash = `#/reports/${year}/rule-of-law`;
  const editor = await session(browser, base, appPath, users.editor, errors);
  const approver = await session(browser, base, appPath, users.approver, errors);
  const text = `一是深入学习贯彻习近平法治思想，开展集中学法（浏览器测试 ${new Date().toISOString()}）。`;
  const reason = '请补充旁听庭审情况（浏览器测试）';

  // ----- the editor writes a section ----------------------------------------------------------------------
  await open(editor.page, base, appPath, hash);
  pass(`${hash} loads for ${editor.who}: status ${await status(editor.page)}, revision ${await editor.page.getAttribute('[data-page]', 'data-revision')}`);
  if (['SUBMITTED', 'APPROVED'].includes(await status(editor.page))) {
    // left so by an earlier run: the approver sends it back first
    await open(approver.page, base, appPath, hash);
    await returnIt(approver.page, 'earlier run left it under review');
    await open(editor.page, base, appPath, hash);
  }
  if (await status(editor.page) === 'PUBLISHED') {
    await editor.page.click('[data-action=revise]');
    await editor.page.fill('[data-field=reason]:visible', '浏览器测试：开启修订');
    await editor.page.click('[data-action=revise-confirm]');
    await waitStatus(editor.page, 'DRAFT');
    pass('a published report: the editor opened a revision with its reason');
  }
  const approverOnly = await editor.page.$$('[data-action=approve], [data-action=publish], [data-action=return]');
  if (approverOnly.length === 0) pass('the editor sees no approver buttons'); else fail(`the editor sees ${approverOnly.length} approver buttons`);

  const area = 'textarea[data-section-text=MEASURES]';
  await editor.page.fill(area, text);
  const marked = await editor.page.isVisible('[data-section=MEASURES] .rp-unsaved');
  // leaving with unsaved text asks first (the test declines): the page and the text stay
  const other = `#/reports/${year}/disclosure`;
  editor.page.lastDialog = '';
  await editor.page.click(`.rp-tabs a[href="${other}"]`);
  await editor.page.waitForTimeout(300);
  const asked = editor.page.lastDialog;
  const stayed = (await editor.page.evaluate(() => location.hash)) === hash && (await editor.page.inputValue(area)) === text;
  if (marked && asked && stayed) pass(`unsaved text is marked, and leaving asks first: “${asked}”`);
  else fail(`unsaved text: marked ${marked}, asked '${asked}', stayed with the text ${stayed}`);

  await editor.page.click('[data-section-save=MEASURES]');
  await editor.page.waitForSelector('[data-section=MEASURES] .rp-unsaved', { state: 'hidden', timeout: WAIT_MS });
  const saved = await editor.context.request.get(`${base}/api/reports/${year}/report`);
  const narrative = (await saved.json()).narrative || {};
  if (narrative.MEASURES === text) pass('the section is saved: GET /report has its text'); else fail(`the saved MEASURES is '${narrative.MEASURES}'`);
  const previewed = await editor.page.waitForFunction((t) => {
    const frame = document.querySelector('iframe.rp-preview');
    return frame && frame.contentDocument && frame.contentDocument.body && frame.contentDocument.body.innerText.includes(t);
  }, text, { timeout: WAIT_MS }).then(() => true, () => false);
  if (previewed) pass('the preview (the HTML document) shows the saved text'); else fail('the preview does not show the saved text');

  // a report is published only with its required parts written: fill those an earlier run left empty
  for (const section of ['PRINCIPAL_DUTIES', 'SHORTCOMINGS', 'NEXT_YEAR']) {
    const box = `textarea[data-section-text=${section}]`;
    if (!(await editor.page.$(box)) || (await editor.page.inputValue(box)).trim()) continue;
    await editor.page.fill(box, `浏览器测试写入的${section}部分。`);
    await editor.page.click(`[data-section-save=${section}]`);
    await editor.page.waitForSelector(`[data-section=${section}] .rp-unsaved`, { state: 'hidden', timeout: WAIT_MS });
    pass(`the required section ${section} was empty: the editor wrote it`);
  }
  await evidenceChecks(editor.page, year, pass, fail);
  await editor.page.click('[data-action=submit]');
  await waitStatus(editor.page, 'SUBMITTED');
  pass('the editor submitted the report');
  await shoot(editor.page, screenshots, 'reports-1-editor-submitted.png', pass);

  // ----- the approver returns it with a reason --------------------------------------------------------------
  await open(approver.page, base, appPath, hash);
  const editorOnly = await approver.page.$$('textarea, [data-action=submit], [data-action=save]');
  if (editorOnly.length === 0) pass('the approver sees no editor controls'); else fail(`the approver sees ${editorOnly.length} editor controls`);
  const shown = await approver.page.textContent('[data-section=MEASURES] [data-section-text=MEASURES]');
  if (shown.includes(text)) pass('the approver reads the submitted text'); else fail(`the approver reads '${shown}'`);
  await returnIt(approver.page, reason);
  const step = await approver.page.textContent('.rp-history tr[data-step=returned]');
  if (step.includes(reason)) pass(`the approver returned it with the reason; the history says so`); else fail(`the history's returned step: '${step}'`);
  await shoot(approver.page, screenshots, 'reports-2-approver-returned.png', pass);

  // ----- the editor sees why, and submits again ---------------------------------------------------------------
  await open(editor.page, base, appPath, hash);
  const returned = await editor.page.textContent('[data-returned]').catch(() => '');
  if (returned.includes(reason)) pass(`the editor sees the return: ${returned.trim()}`); else fail(`the editor does not see the reason: '${returned}'`);
  await editor.page.click('[data-action=submit]');
  await waitStatus(editor.page, 'SUBMITTED');
  pass('the editor submitted it again');

  // ----- the approver approves, publishes, downloads the DOCX -------------------------------------------------
  await open(approver.page, base, appPath, hash);
  const revision = Number(await approver.page.getAttribute('[data-page]', 'data-revision'));
  if (revision > 1) {
    if (await approver.page.$('.rp-changes:not([hidden]) h3')) pass(`revision ${revision}: the approver sees what changed since revision ${revision - 1}`);
    else fail(`revision ${revision}: no changes since the last published revision shown`);
  }
  await approver.page.click('[data-action=approve]');
  await waitStatus(approver.page, 'APPROVED');
  pass('the approver approved it');
  const day = await approver.page.inputValue('[data-field=publishedOn]');
  await approver.page.click('[data-action=publish]');
  await waitStatus(approver.page, 'PUBLISHED');
  pass(`the approver published it on ${day}`);
  const link = `#/reports/${year}/rule-of-law/published/${revision}`;
  await approver.page.waitForSelector(`.rp-revisions a[href="${link}"]`, { timeout: WAIT_MS });
  pass(`the published revision is listed, linked as ${link}`);
  await shoot(approver.page, screenshots, 'reports-3-approver-published.png', pass);

  await open(approver.page, base, appPath, link);
  const on = await approver.page.getAttribute('[data-published-on]', 'data-published-on');
  const frozen = await approver.page.textContent('[data-section=MEASURES] .rp-readonly');
  if (on === day && frozen.includes(text)) pass(`${link} shows the revision published on ${on} with its text`);
  else fail(`${link}: published on '${on}', text '${frozen}'`);
  const docx = await download(approver.page, '[data-download=published-docx]');
  if (docx.failure) fail(`the published DOCX did not download: ${docx.failure}`);
  else if (docx.name.endsWith('.docx') && docx.bytes.length > 4 && docx.bytes.readUInt32BE(0) === 0x504b0304) pass(`the published DOCX downloads: ${docx.name}, ${docx.bytes.length} bytes`);
  else fail(`the published DOCX: '${docx.name}', ${docx.bytes.length} bytes`);
  await shoot(approver.page, screenshots, 'reports-4-published-revision.png', pass);

  await editor.context.close();
  await approver.context.close();
  return errors;
}

// every figure is a link to its evidence; one opens the evidence view with the figure's value, and so does a figure
// of the preview
async function evidenceChecks(page, year, pass, fail) {
  const figures = await page.$$eval('[data-figure-key]', (nodes) => nodes.map((node) => ({
    key: node.dataset.figureKey, tag: node.tagName, href: node.getAttribute('href') || '' })));
  const without = figures.filter((f) => f.tag !== 'A' || !f.href.includes(`/api/reports/${year}/figures/${encodeURIComponent(f.key)}/evidence`));
  if (figures.length > 0 && without.length === 0) pass(`all ${figures.length} figures on the page link to their evidence`);
  else fail(`${without.length} of ${figures.length} figures without an evidence link: ${without.slice(0, 5).map((f) => f.key).join(', ')}`);
  const first = await page.$('[data-section=MEASURES] a.rp-figure');
  if (!first) { fail('no figure beside the section 主要举措和成效'); return; }
  const value = await first.getAttribute('data-figure-value');
  await first.click();
  await page.waitForSelector('dialog.rp-evidence[open] [data-evidence-value]', { timeout: WAIT_MS });
  const shown = await page.getAttribute('dialog.rp-evidence [data-evidence-value]', 'data-evidence-value');
  if (shown === value) pass(`a figure opens its evidence: ${await page.textContent('dialog.rp-evidence h3')}, value ${shown}`);
  else fail(`the evidence says ${shown}, the figure ${value}`);
  await page.click('dialog.rp-evidence .rp-close');
  const inPreview = await page.frameLocator('iframe.rp-preview').locator('a[data-figure]').first();
  if (await inPreview.count()) {
    await inPreview.click();
    const opened = await page.waitForSelector('dialog.rp-evidence[open] [data-evidence-value]', { timeout: WAIT_MS }).then(() => true, () => false);
    if (opened) pass(`a figure of the preview opens its evidence: ${await page.textContent('dialog.rp-evidence h3')}`);
    else fail('a figure of the preview does not open its evidence');
    await page.click('dialog.rp-evidence .rp-close');
  } else {
    fail('the preview has no figure linked to its evidence');
  }
}

async function returnIt(page, reason) {
  await page.click('[data-action=return]');
  await page.fill('[data-field=reason]:visible', reason);
  await page.click('[data-action=return-confirm]');
  await waitStatus(page, 'DRAFT');
}

// ----- the workbook: one bad row shown, the others recorded ------------------------------------------------------

async function workbookScenario({ browser, base, appPath, year, users, screenshots, pass, fail }) {
  const errors = [];
  const recorder = await session(browser, base, appPath, users.recorder, errors);
  const run = Date.now().toString(36);
  const good = [1, 2, 3].map((n) => ({ type: 'study.session', id: `browser-test-${run}-${n}`, kind: 'COLLECTIVE_STUDY',
    title: `浏览器测试集中学习${n}`, heldOn: `${year}-0${n + 2}-1${n}`, organiser: '办公室', attendees: 10 + n, laws: ['中华人民共和国宪法'] }));
  const bad = { ...good[0], id: `browser-test-${run}-bad`, title: '日期有误的学习', heldOn: `${year}-02-30` };
  let file = process.env.WORKBOOK;
  let expected = null;
  if (!file) {
    // a write of the test itself: with the XSRF-TOKEN cookie as its header, if the gateway gave one
    const token = (await recorder.context.cookies(base)).find((cookie) => cookie.name === 'XSRF-TOKEN');
    const made = await recorder.context.request.post(`${base}/api/workbook/from-lines`, {
      data: [good[0], bad, good[1], good[2]], headers: token ? { 'X-XSRF-TOKEN': decodeURIComponent(token.value) } : {} });
    if (!made.ok()) throw new Error(`POST /api/workbook/from-lines answered ${made.status()}: ${await made.text()}`);
    file = path.join(screenshots, `workbook-${run}.xlsx`);
    fs.writeFileSync(file, await made.body());
    expected = good.length;
  }
  await open(recorder.page, base, appPath, '#/workbook');
  await recorder.page.setInputFiles('[data-field=workbook]', file);
  await recorder.page.click('[data-action=check]');
  await recorder.page.waitForSelector('[data-checked]', { timeout: WAIT_MS });
  const lines = Number(await recorder.page.getAttribute('[data-checked]', 'data-lines'));
  const problems = await recorder.page.$$eval('.wb-problems tbody tr', (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
  if (problems.length === 1 && problems[0][1] && problems[0][4]) pass(`the bad row is shown: sheet ${problems[0][0]}, row ${problems[0][1]}, column ${problems[0][2]}: ${problems[0][4]}`);
  else fail(`expected one problem, the page shows ${JSON.stringify(problems)}`);
  if (expected !== null && lines !== expected) fail(`${lines} lines to import, expected ${expected}`);
  await recorder.page.waitForSelector('[data-download=marked]', { timeout: WAIT_MS });
  const marked = await download(recorder.page, '[data-download=marked]');
  if (!marked.failure && marked.name.endsWith('.xlsx') && marked.bytes.length > 0) pass(`the workbook with its problem marked downloads: ${marked.name}`);
  else fail(`the marked workbook: '${marked.name}', ${marked.bytes.length} bytes, ${marked.failure}`);
  await recorder.page.click('[data-action=import]');
  await recorder.page.waitForSelector('.wb-summary[data-done=true]', { timeout: WAIT_MS * 4 });
  const summary = await recorder.page.$eval('.wb-summary', (node) => ({ ...node.dataset, text: node.textContent }));
  const progress = await recorder.page.$eval('progress', (bar) => [bar.value, bar.max]);
  if (Number(summary.recorded) + Number(summary.present) === lines && Number(summary.refused) === 0 && progress[0] === progress[1]) {
    pass(`the good rows are recorded: ${summary.text}`);
  } else {
    fail(`after the import: ${summary.text} (progress ${progress.join('/')}); refused: ${await recorder.page.textContent('.wb-refused').catch(() => '')}`);
  }
  if (expected !== null) {
    const stored = await recorder.context.request.get(`${base}/api/study/ledger?year=${year}`);
    const ids = (await stored.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line).id);
    const missing = good.filter((line) => !ids.includes(line.id)).map((line) => line.id);
    if (missing.length === 0 && !ids.includes(bad.id)) pass(`the ${good.length} good rows are in the study ledger, the bad one is not`);
    else fail(`the study ledger: missing ${missing.join(', ')}${ids.includes(bad.id) ? `; has the bad row ${bad.id}` : ''}`);
  }
  await shoot(recorder.page, screenshots, 'workbook-1-imported.png', pass);

  // the same workbook again: nothing new, every line already present
  await recorder.page.click('[data-action=check]');
  await recorder.page.waitForSelector('[data-action=import]:not([disabled])', { timeout: WAIT_MS });
  await recorder.page.click('[data-action=import]');
  await recorder.page.waitForSelector('.wb-summary[data-done=true]', { timeout: WAIT_MS * 4 });
  const again = await recorder.page.$eval('.wb-summary', (node) => ({ ...node.dataset, text: node.textContent }));
  if (Number(again.present) === lines && Number(again.recorded) === 0 && Number(again.refused) === 0) pass(`imported again, every line is already present: ${again.text}`);
  else fail(`imported again: ${again.text}`);

  // the year exported as a workbook, the rows just recorded in it
  await recorder.page.fill('[data-field=year]', String(year));
  await recorder.page.click('[data-action=export]');
  await recorder.page.waitForSelector('[data-download=export]', { timeout: WAIT_MS * 2 });
  const count = Number(await recorder.page.getAttribute('[data-exported]', 'data-exported'));
  const exported = await download(recorder.page, '[data-download=export]');
  if (!exported.failure && exported.name.endsWith('.xlsx') && exported.bytes.length > 4 && exported.bytes.readUInt32BE(0) === 0x504b0304
    && count >= (expected || 0)) pass(`the year ${year} exports as a workbook: ${exported.name}, ${count} lines`);
  else fail(`the export: '${exported.name}', ${exported.bytes.length} bytes, ${count} lines, ${exported.failure}`);
  await recorder.context.close();
  return errors;
}

async function main() {
  const { chromium } = require(process.env.PLAYWRIGHT_CORE || 'playwright-core');
  const base = (process.env.GATEWAY || process.env.LEDGER_GATEWAY_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
  const appPath = process.env.APP_PATH || '/app/';
  const year = Number(process.env.YEAR || 2024);
  const screenshots = process.env.SCREENSHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-reports-'));
  fs.mkdirSync(screenshots, { recursive: true });
  const user = (role) => {
    const name = process.env[`${role.toUpperCase()}_USER`] || role;
    return { username: name, password: password(name, `${role.toUpperCase()}_PASSWORD`) };
  };
  const users = { editor: user('editor'), approver: user('approver'), recorder: user('recorder') };
  let failures = 0;
  const pass = (what) => console.log(`workbench-reports: PASS  ${what}`);
  const fail = (what) => { failures++; console.error(`workbench-reports: FAIL  ${what}`); };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    const settings = { browser, base, appPath, year, users, screenshots, pass, fail };
    const errors = [...await reportsScenario(settings), ...await workbookScenario(settings)];
    if (errors.length === 0) pass('no console errors, page errors, failed requests or HTTP errors');
    else errors.forEach((error) => fail(error));
  } finally {
    await browser.close();
  }
  return failures;
}

module.exports = { reportsScenario, workbookScenario };

if (require.main === module) {
  main().then((failures) => process.exit(failures === 0 ? 0 : 1), (error) => {
    console.error(`workbench-reports: FAIL  ${error.stack || error.message}`);
    process.exit(1);
  });
}
