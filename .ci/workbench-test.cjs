// The web application's records pages (/app/) in a real browser (Debian's chromium, driven by playwright-core), as a
// recorder: records a study session through the form, after a field error for a bad value (attendees -1: the problem
// names attendees, shown at that field, nothing recorded); corrects it with a reason (the change shown before saving);
// withdraws another; records a case's defence step and sees its legal clock; sorts and filters a year's table; a form
// with unsaved changes is not left silently; every field has a label; a phone's width shows no sideways scrolling.
// No console errors, no failed requests (but the 400 provoked on purpose). Screenshots of the main pages go to
// $WORKBENCH_SCREENSHOTS (default: a new temporary directory).
//   node .ci/workbench-test.cjs BASE_URL USER PASSWORD        (or through .ci/workbench-test, which installs what it needs)
// Environment: CHROMIUM (default /usr/bin/chromium), PLAYWRIGHT_CORE (default: the CI's cached playwright-core).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const [baseArg, userArg, passwordArg] = process.argv.slice(2);
if (baseArg) process.env.GATEWAY = baseArg;
if (userArg) process.env.DASHBOARD_USER = userArg;
if (passwordArg) process.env.DASHBOARD_PASSWORD = passwordArg;
if (!process.env.GATEWAY || !process.env.DASHBOARD_USER || !process.env.DASHBOARD_PASSWORD) {
  console.error('usage: node .ci/workbench-test.cjs BASE_URL USER PASSWORD');
  process.exit(2);
}
process.env.CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
process.env.PLAYWRIGHT_CORE = process.env.PLAYWRIGHT_CORE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
  'ledger-ci', 'playwright-core-1.65.1', 'node_modules', 'playwright-core');
const SHOTS = process.env.WORKBENCH_SCREENSHOTS || fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-'));
fs.mkdirSync(SHOTS, { recursive: true });

const { run } = require('./browser.cjs');

// a business date a week ago (China Standard Time), so that every date lies in one year and not after today
const DAY = new Date(Date.now() + 8 * 3600000 - 7 * 86400000).toISOString().slice(0, 10);
const YEAR = DAY.slice(0, 4);
const STAMP = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

run('workbench-test', { width: 1366, height: 768 }, async ({ base, credentials, WAIT_MS, context, page, pass, fail, expectRefusal }) => {
  page.setDefaultTimeout(WAIT_MS);
  const check = (ok, what, otherwise) => (ok ? pass(what) : fail(otherwise || what));
  const shot = async (name) => {
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  };
  const api = async (method, url, data) => {
    const response = await context.request.fetch(`${base}${url}`, { method, data, headers: data ? { 'Content-Type': 'application/json' } : {} });
    if (!response.ok()) throw new Error(`${method} ${url} answered ${response.status()}: ${await response.text()}`);
    return response.json();
  };
  const notice = async (text) => {
    const shown = await page.waitForSelector(`.notice:has-text("${text}")`, { timeout: WAIT_MS }).then(() => true).catch(() => false);
    return shown;
  };
  const recordIdOfUrl = () => decodeURIComponent(/#\/records\/[^/]+\/([^?]+)/.exec(page.url())[1]);

  // ----- the shell -----------------------------------------------------------------------------
  const started = Date.now();
  const response = await page.goto(`${base}/app/`, { waitUntil: 'load' });
  if (!response || !response.ok()) throw new Error(`${base}/app/ answered ${response && response.status()}`);
  await page.waitForSelector('.context-card a[data-type="study.session"]');
  pass(`${base}/app/ loads as ${credentials.username} and lists the record types in ${Date.now() - started} ms`);
  check(page.url().endsWith('#/records'), 'the first page is #/records', `the first page is ${page.url()}`);
  const user = await page.textContent('#user');
  check(user === credentials.username, `the header names the user: ${user} · ${await page.textContent('#department-name')}`);
  const nav = await page.$$eval('#nav a, #nav button', (items) => items.map((i) => i.textContent.trim()));
  check(nav.includes('记录') && nav.includes('看板') && nav.includes('退出'), `navigation: ${nav.join(' | ')}`);
  const cards = await page.$$eval('.context-card h2', (h) => h.map((x) => x.textContent));
  check(cards.join() === '学法与会议,法务,普法与科普,政务公开', `the four contexts: ${cards.join('、')}`);
  const types = await page.$$eval('.context-card a[data-type]', (links) => links.map((a) => a.dataset.type));
  // a step's type extends its record's (legal.case.defence): none is listed
  check(types.includes('legal.case') && !types.some((t) => types.some((other) => t.startsWith(`${other}.`))),
    `${types.length} record types listed, no lifecycle steps among them`);
  await shot('records-index');

  // ----- a study session through the form: a field error first, nothing recorded ------------------------
  const sessionsBefore = (await api('GET', `/api/study/sessions?year=${YEAR}&size=500`)).total;
  await page.goto(`${base}/app/#/records/study.session?year=${YEAR}`);
  await page.click('a.button:has-text("新增学习活动")');
  await page.waitForSelector('form.record-form [data-field="title"] input');
  const unlabelled = await page.$$eval('form.record-form input:not([type=hidden]), form.record-form select, form.record-form textarea',
    (controls) => controls.filter((c) => !c.labels || c.labels.length === 0).map((c) => c.name || c.id));
  check(unlabelled.length === 0, 'every field of the form has a <label>', `fields without a label: ${unlabelled.join(', ')}`);
  const kinds = await page.$$eval('[data-field="kind"] select option', (options) => options.map((o) => o.textContent));
  check(kinds.includes('集中学习'), `the kind is a choice in Chinese (${kinds.length - 1} kinds)`);
  check(await page.getAttribute('[data-field="heldOn"] input', 'type') === 'date', 'a date is an <input type=date>');
  check(await page.getAttribute('[data-field="attendees"] input', 'type') === 'number', 'a count is a number');
  const title = `学习《中华人民共和国宪法》（浏览器测试 ${STAMP}）`;
  await page.selectOption('[data-field="kind"] select', 'COLLECTIVE_STUDY');
  await page.fill('[data-field="title"] input', title);
  await page.fill('[data-field="heldOn"] input', DAY);
  await page.fill('[data-field="attendees"] input', '-1');
  await page.fill('[data-field="laws"] input', '中华人民共和国宪法');
  await page.keyboard.press('Tab');

  // unsaved changes are not lost silently: leaving asks, and staying keeps them
  let asked = null;
  page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
  await page.evaluate(() => { location.hash = '#/records'; });
  await page.waitForTimeout(500);
  check(asked && page.url().includes('action=new') && (await page.inputValue('[data-field="title"] input')) === title,
    `leaving a form with unsaved changes asks first ("${asked}") and stays`, `leaving the dirty form: asked ${asked}, now at ${page.url()}`);

  expectRefusal(400, /\/api\/study\/sessions(\?|$)/);   // (the module contract's check below provokes one too)
  await page.click('form.record-form button[type=submit]');
  const fieldError = await page.waitForSelector('[data-field="attendees"] .field-error:not([hidden])').then((n) => n.textContent()).catch(() => '');
  check(fieldError.length > 0, `a bad value is refused at its field: 参加人数 — ${fieldError}`, 'no error shown at attendees');
  check(await page.getAttribute('[data-field="attendees"] input', 'aria-invalid') === 'true', 'the refused field is marked invalid');
  check((await api('GET', `/api/study/sessions?year=${YEAR}&size=500`)).total === sessionsBefore, 'nothing was recorded on the 400');
  await shot('record-form-field-error');

  await page.fill('[data-field="attendees"] input', '20');
  await page.click('form.record-form button[type=submit]');
  check(await notice('已记录'), 'the session is recorded through the form');
  const sessionId = recordIdOfUrl();
  const recorded = await api('GET', `/api/study/sessions/${encodeURIComponent(sessionId)}`);
  check(recorded.record.attendees === 20 && recorded.record.title === title && recorded.record.kind === 'COLLECTIVE_STUDY'
    && recorded.record.laws.includes('中华人民共和国宪法'), `the API has it as entered: ${sessionId}, attendees ${recorded.record.attendees}`);
  check((await page.textContent('h1')).includes('浏览器测试'), 'the record\'s own page opens after recording');

  // ----- a correction with a reason, the change shown before saving ------------------------------------------
  await page.click('a[data-action="correct"]');
  await page.waitForSelector('form.record-form [data-field="attendees"] input');
  check(await page.inputValue('[data-field="attendees"] input') === '20', 'the correction form starts from the record as it stands');
  await page.fill('[data-field="attendees"] input', '25');
  await page.fill('#correction-reason', '参会人数录入有误');
  await page.click('form.record-form button[type=submit]');
  const diff = await page.waitForSelector('.preview tr[data-field="attendees"]').then((row) => row.textContent()).catch(() => '');
  check(diff.includes('20') && diff.includes('25'), `the change is shown before saving: ${diff}`);
  const unchanged = await page.$$eval('.preview tbody tr', (rows) => rows.length);
  check(unchanged === 1, 'only the changed field is listed', `${unchanged} rows listed as changed`);
  await shot('record-correction-preview');
  await page.click('#confirm-correction');
  check(await notice('已更正'), 'the correction is saved');
  const corrected = await api('GET', `/api/study/sessions/${encodeURIComponent(sessionId)}`);
  check(corrected.version === 1 && corrected.record.attendees === 25, `the API has version ${corrected.version}, attendees ${corrected.record.attendees}`);
  await page.waitForFunction(() => document.querySelectorAll('#history tbody tr').length >= 2);
  const historyRows = await page.$$eval('#history tbody tr', (rows) => rows.map((r) => r.textContent));
  check(historyRows.length === 2 && historyRows[1].includes('更正') && historyRows[1].includes('参会人数录入有误')
    && historyRows[1].includes('20 → 25'), `the history tells who, when, what and why: ${historyRows[1]}`);
  await shot('record-page');

  // ----- withdrawal of another record, with a reason ---------------------------------------------------------
  const other = await api('POST', '/api/study/sessions', { kind: 'GROUP_STUDY', title: `重复录入的学习（浏览器测试 ${STAMP}）`, heldOn: DAY });
  await page.goto(`${base}/app/#/records/study.session/${encodeURIComponent(other.id)}?year=${YEAR}`);
  await page.click('a[data-action="withdraw"]');
  await page.fill('#withdrawal-reason', '重复录入');
  await page.click('form.record-form button[type=submit]');
  check(await notice('已撤回'), 'another record is withdrawn with a reason');
  const withdrawn = await api('GET', `/api/study/sessions/${encodeURIComponent(other.id)}`);
  check(withdrawn.withdrawn === true && withdrawn.withdrawalReason === '重复录入', 'the API has it withdrawn, with its reason');
  check(await page.waitForSelector('.withdrawn-note').then(() => true).catch(() => false)
    && !(await page.isVisible('a[data-action="correct"]')),
    'its page says it is withdrawn and offers no more changes');

  // ----- the year's table: withdrawn ones apart, sorting, filtering ----------------------------------------------
  await page.goto(`${base}/app/#/records/study.session?year=${YEAR}`);
  await page.waitForSelector('table.records tbody tr');
  const listed = await page.$$eval('table.records:not(.withdrawn-records) tbody tr[data-record-id]', (rows) => rows.map((r) => r.dataset.recordId));
  const apart = await page.$$eval('.withdrawn-records tbody tr[data-record-id]', (rows) => rows.map((r) => r.dataset.recordId));
  check(listed.includes(sessionId) && !listed.includes(other.id) && apart.includes(other.id),
    'the withdrawn record is listed apart from the others');
  await page.fill('#filter', STAMP);
  const filtered = await page.$$eval('table.records:not(.withdrawn-records) tbody tr[data-record-id]', (rows) => rows.map((r) => r.dataset.recordId));
  check(filtered.length === 1 && filtered[0] === sessionId, `filtering by text finds the one session (${filtered.length} shown)`);
  check(page.url().includes(`q=${STAMP}`), 'the filter is kept in the page\'s URL');
  await page.fill('#filter', '');
  await page.click('button.sort[data-sort="recordedBy"]');
  await page.click('button.sort[data-sort="recordedBy"]');
  const sorted = await page.getAttribute('th[aria-sort]', 'aria-sort');
  check(sorted === 'descending', 'a column sorts both ways by its heading (keyboard-operable buttons)');
  await shot('records-list');

  // phone
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, 'on a phone\'s width the page does not scroll sideways (the table scrolls in its box)', `the page is ${overflow}px wider than a phone`);
  await shot('records-list-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  // ----- a case's defence step, and its legal clock ---------------------------------------------------------------
  const legalCase = await api('POST', '/api/litigation/cases', {
    kind: 'LITIGATION_FIRST_INSTANCE', caseNumber: `(${YEAR})渝0107行初${STAMP.slice(-4)}号`, court: '重庆市九龙坡区人民法院',
    plaintiffType: 'NATURAL_PERSON', subject: `不服行政处理决定（浏览器测试 ${STAMP}）`, concernsDisclosure: false,
    followsReconsideration: false, complaintReceivedOn: DAY });
  await page.goto(`${base}/app/#/records/legal.case/${encodeURIComponent(legalCase.id)}?year=${YEAR}`);
  await page.waitForSelector('#clock .clock-status');
  const clockBefore = await page.textContent('#clock');
  check(clockBefore.includes('答辩期限') && /\d{4}-\d\d-\d\d/.test(clockBefore) && clockBefore.includes('尚未答辩'),
    `the case's page shows its legal clock: ${(await page.textContent('#clock .clock-status')).trim()}`);
  const steps = await page.$$eval('.record-actions a', (links) => links.map((a) => a.textContent));
  check(['答辩', '应诉平台登记', '开庭', '结案', '上诉'].every((s) => steps.includes(s)), `the case's steps are its actions: ${steps.join('、')}`);
  await shot('case-page');
  await page.click('a[data-action="defence"]');
  await page.fill('form.record-form [data-field="filedOn"] input', DAY);
  await page.click('form.record-form button[type=submit]');
  check(await notice('已记录：答辩'), 'the case\'s defence is recorded');
  const defended = await api('GET', `/api/litigation/cases/${encodeURIComponent(legalCase.id)}`);
  check(defended.record.defenceFiledOn === DAY, `the API has the defence filed on ${defended.record.defenceFiledOn}`);
  const clockAfter = await page.textContent('#clock .clock-status');
  check(clockAfter.includes(`已于 ${DAY} 提交答辩`), `the clock says so: ${clockAfter}`);
  await shot('case-defence-recorded');

  // an application's page: its answer clock
  const application = await api('POST', '/api/disclosure/applications', { receivedOn: DAY, applicantType: 'NATURAL_PERSON',
    requestSummary: `申请公开科技项目资助信息（浏览器测试 ${STAMP}）` });
  await page.goto(`${base}/app/#/records/disclosure.application/${encodeURIComponent(application.id)}?year=${YEAR}`);
  await page.waitForSelector('#clock .clock-status');
  check((await page.textContent('#clock')).includes('答复期限'), `an application's page shows its answer clock: ${(await page.textContent('#clock .clock-status')).trim()}`);
  const applicationSteps = await page.$$eval('.record-actions a', (links) => links.map((a) => a.textContent));
  check(['告知补正', '收到补正', '延期答复', '答复'].every((s) => applicationSteps.includes(s)), `its steps: ${applicationSteps.join('、')}`);
  await shot('application-page');

  // every form is built from the same description: a contest edition's (a nested object, lists, a boolean) too
  await page.goto(`${base}/app/#/records/outreach.contestEdition?year=${YEAR}&action=new`);
  await page.waitForSelector('form.record-form [data-field="contestantsBySource.schools"] input');
  const unlabelledEdition = await page.$$eval('form.record-form input:not([type=hidden]), form.record-form select, form.record-form textarea',
    (controls) => controls.filter((c) => !c.labels || c.labels.length === 0).map((c) => c.name || c.id));
  const editionLabels = await page.$$eval('form.record-form label, form.record-form legend', (nodes) => nodes.map((n) => n.textContent.trim()));
  check(unlabelledEdition.length === 0 && editionLabels.some((l) => l.startsWith('参赛人员来源')) && editionLabels.some((l) => l.startsWith('学校')),
    `a contest edition's form labels every field, its contestants by source too (${editionLabels.length} labels)`,
    `contest edition form: unlabelled ${unlabelledEdition.join(', ')}`);
  await shot('contest-edition-form');

  // the module contract reports.js and workbook.js rely on: a module registered before start gets its navigation item and
  // its render(container, { parts, query }); api sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN and throws .status and
  // .problem; el, me and department are there
  const module = await context.newPage();
  await context.addCookies([{ name: 'XSRF-TOKEN', value: 'contract-token', url: base }]);
  await module.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
    window.ledgerApp.register('contract-check', '契约检查', async (container, params) => {
      const app = window.ledgerApp;
      let refused = null;
      try { await app.api.send('POST', '/api/study/sessions', {}); } catch (error) { refused = error; }
      const types = await app.api.get('/api/study/ledger/types');
      container.append(app.el('h1', { id: 'contract' }, JSON.stringify({ params, user: app.me.user, department: app.department,
        types: Object.keys(types.types).length, status: refused && refused.status,
        field: refused && refused.problem && refused.problem.errors && refused.problem.errors.length > 0 })));
    });
  }));
  const sent = [];
  module.on('request', (request) => { if (request.method() === 'POST') sent.push(request.headers()['x-xsrf-token']); });
  await module.goto(`${base}/app/#/contract-check/a/b%20c?x=1&y=%E4%BA%8C`);
  const contract = JSON.parse(await module.textContent('#contract'));
  const navItem = await module.$$eval('#nav-list a', (links) => links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')]));
  check(JSON.stringify(contract.params) === JSON.stringify({ parts: ['a', 'b c'], query: { x: '1', y: '二' } })
    && contract.user === credentials.username && contract.department === null && contract.types > 0
    && contract.status === 400 && contract.field && sent.includes('contract-token')
    && navItem.some(([text, href, current]) => text === '契约检查' && href === '#/contract-check' && current === 'page'),
    'the module contract: register adds a navigation item and render gets the path parts and query; api adds X-XSRF-TOKEN '
    + 'and throws .status and .problem; el, me and department are there',
    `the module contract: ${JSON.stringify({ contract, sent, navItem })}`);
  await module.close();

  pass(`screenshots in ${SHOTS}`);
});
