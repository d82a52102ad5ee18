// The dashboard page in a real browser (Debian's chromium, driven by playwright-core): called by .ci/dashboard-test,
// which installs playwright-core and passes everything through the environment (see there).
'use strict';

const { run } = require('./browser.cjs');

run('dashboard-test', { width: 1440, height: 900 }, async ({ base, year, screenshot, credentials, WAIT_MS, context, page, pass, fail }) => {
  const url = `${base}/dashboard/?year=${year}`;
  const started = Date.now();
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  if (!response || !response.ok()) throw new Error(`${url} answered ${response && response.status()}`);
  await page.waitForFunction((y) => document.body.dataset.loadedYear === y
    && document.querySelectorAll('[data-figure-key]').length > 0, year, { timeout: WAIT_MS });
  pass(`${url} loads as ${credentials.username} and shows its figures in ${Date.now() - started} ms`);

  const title = await page.title();
  if (title === '法治建设台账 · 年度看板') pass(`the page's title is ${title}`); else fail(`the page's title is '${title}'`);

  // every figure of the API is on the page, with the API's value, and nothing else is
  const api = await context.request.get(`${base}/api/reports/${year}/figures`);
  if (!api.ok()) throw new Error(`GET /api/reports/${year}/figures answered ${api.status()}`);
  const expected = (await api.json()).figures;
  const shown = await page.$$eval('[data-figure-key]', (nodes) => nodes.map((node) => ({
    key: node.dataset.figureKey, text: node.textContent.trim(), value: node.dataset.figureValue })));
  const shownByKey = new Map(shown.map((figure) => [figure.key, figure]));
  const keys = Object.keys(expected);
  // a figure that is not known (null: a count it needs was left unstated) is shown as 未填报
  const shownAs = (key) => (expected[key] === null ? '未填报' : Number(expected[key]));
  const wrong = keys.filter((key) => !shownByKey.has(key)
    || (expected[key] === null ? shownByKey.get(key).text : Number(shownByKey.get(key).text)) !== shownAs(key));
  const extra = shown.filter((figure) => !(figure.key in expected)).map((figure) => figure.key);
  if (keys.length > 0 && wrong.length === 0 && extra.length === 0 && shown.length === keys.length) {
    pass(`all ${keys.length} figures shown equal GET /api/reports/${year}/figures`);
  } else {
    fail(`figures differ from the API: ${wrong.map((key) => `${key} shown '${shownByKey.get(key)?.text}' API ${expected[key]}`).join('; ')}`
      + `${extra.length ? `; not in the API: ${extra.join(', ')}` : ''}${keys.length === 0 ? '; the API has no figures' : ''}`);
  }

  const charts = await page.$$eval('.context .chart canvas', (canvases) => canvases.length);
  const contexts = await page.$$eval('.context h2', (headings) => headings.map((h) => h.textContent));
  if (charts >= 4 && contexts.length === 4) pass(`a chart for each of the 4 contexts: ${contexts.join('、')}`);
  else fail(`expected 4 contexts with a chart each, found ${contexts.length} contexts and ${charts} charts`);

  const services = await page.$$eval('#services li', (items) => items.map((item) => item.textContent));
  if (services.length === 6) pass(`service health: ${services.join(' | ')}`);
  else fail(`expected the gateway and 5 services in the health strip, found: ${services.join(' | ')}`);

  const deadlines = await page.$$eval('#deadlines tbody tr', (rows) => rows.length);
  const report = await page.textContent('#report-status');
  pass(`report: ${report}; ${deadlines} deadline rows`);
  const links = await page.$$eval('#report a', (anchors) => anchors.map((a) => a.getAttribute('href')));
  if (links.includes(`/api/reports/${year}/document?format=html`) && links.includes(`/api/reports/${year}/document?format=docx`)) {
    pass('links to the report document (HTML, DOCX)');
  } else fail(`report document links missing: ${links.join(', ')}`);
  const evidence = await page.$$eval('.context a[href*="/evidence"]', (anchors) => anchors.length);
  if (evidence === keys.length) pass(`an evidence link for each of the ${evidence} figures`);
  else fail(`${evidence} evidence links for ${keys.length} figures`);

  // long operations reported lately (an import by bin/suite, say): each with its progress bar
  const reported = await (await context.request.get(`${base}/api/dashboard/operations`)).json();
  if (reported.length > 0) {
    await page.waitForFunction((count) => document.querySelectorAll('#operations li .progress').length >= count,
      reported.length, { timeout: 5000 }).catch(() => null);
    const listed = await page.$$eval('#operations li', (items) => items.map((item) => item.textContent));
    if (listed.length >= reported.length) pass(`operations in progress shown: ${listed.join(' | ')}`);
    else fail(`${reported.length} operations reported, the page lists ${listed.length}`);
  }

  const problem = await page.$eval('#error', (node) => (node.hidden ? '' : node.textContent));
  if (!problem) pass('the page reports no data it could not read'); else fail(`the page says: ${problem}`);

  await page.waitForTimeout(1000);   // anything logged just after the figures arrived
  await page.screenshot({ path: screenshot, fullPage: true });
  pass(`screenshot saved: ${screenshot}`);
});
