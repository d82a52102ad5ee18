// The district's table (/district) in a real browser (Debian's chromium, driven by playwright-core): called by
// .ci/dashboard-test with PAGE=district, which installs playwright-core and passes everything through the environment.
'use strict';

const { run } = require('./browser.cjs');

run('district-test', { width: 1600, height: 900 }, async ({ base, year, screenshot, credentials, WAIT_MS, context, page, pass, fail }) => {
  const api = await context.request.get(`${base}/api/reports/district/${year}`);
  if (!api.ok()) throw new Error(`GET /api/reports/district/${year} answered ${api.status()}`);
  const table = await api.json();

  const url = `${base}/district?year=${year}`;
  const started = Date.now();
  const response = await page.goto(url, { waitUntil: 'load', timeout: WAIT_MS });
  if (!response || !response.ok()) throw new Error(`${url} answered ${response && response.status()}`);
  await page.waitForFunction((count) => document.querySelectorAll('#departments tbody tr').length === count
    && document.querySelectorAll('#departments tfoot [data-total]').length > 0, table.departments.length,
    { timeout: WAIT_MS });
  pass(`${url} loads as ${credentials.username} and lists ${table.departments.length} departments in ${Date.now() - started} ms`);

  // every department's every figure as the API has it, each a link to that department's evidence
  const cells = await page.$$eval('#departments tbody a[data-figure-key]', (anchors) => anchors.map((a) => ({
    key: a.dataset.figureKey, department: a.dataset.department, text: a.textContent.trim(), href: a.getAttribute('href') })));
  const wrong = [];
  let expected = 0;
  for (const row of table.departments) {
    for (const [key, value] of Object.entries(row.figures)) {
      if (typeof value !== 'number') continue;
      expected++;
      const cell = cells.find((c) => c.key === key && c.department === row.code);
      if (!cell || Number(cell.text) !== value) wrong.push(`${row.code} ${key}: shown '${cell?.text}' API ${value}`);
      else if (!cell.href.includes(`/figures/${key}/evidence`) || !cell.href.includes(`department=${encodeURIComponent(row.code)}`)) {
        wrong.push(`${row.code} ${key}: evidence link ${cell.href}`);
      }
    }
  }
  if (expected > 0 && wrong.length === 0 && cells.length === expected) {
    pass(`all ${expected} figures of ${table.departments.length} departments equal the API's, each linking to its department's evidence`);
  } else fail(`figures differ: ${wrong.slice(0, 10).join('; ')}${expected === 0 ? '; the API has no figures' : ''} (${cells.length} shown, ${expected} expected)`);

  const totals = await page.$$eval('#departments tfoot td[data-total]', (tds) => Object.fromEntries(tds.map((td) => [td.dataset.total, td.textContent.trim()])));
  const badTotals = table.figures.filter((column) => {
    const sum = table.departments.reduce((s, row) => s + (typeof row.figures[column.key] === 'number' ? row.figures[column.key] : 0), 0);
    return Number(totals[column.key]) !== table.totals[column.key] || table.totals[column.key] !== sum;
  }).map((column) => column.key);
  if (badTotals.length === 0) pass(`the district's ${table.figures.length} totals are shown and are the sums of the departments'`);
  else fail(`totals wrong for: ${badTotals.join(', ')}`);

  // sorting by a figure: click once, the departments come largest first
  const key = 'study.sessions.total';
  await page.click(`#departments th[data-column="${key}"]`);
  const sorted = await page.$$eval(`#departments tbody a[data-figure-key="${key}"]`, (anchors) => anchors.map((a) => Number(a.textContent)));
  if (sorted.length > 1 && sorted.every((value, i) => i === 0 || sorted[i - 1] >= value)) pass(`sorted by ${key}: ${sorted.join(' ≥ ')}`);
  else fail(`not sorted by ${key}: ${sorted.join(', ')}`);

  const clocks = await page.$$eval('#departments tbody td[data-clocks]', (tds) => tds.length);
  if (clocks === table.departments.length) pass(`legal clocks (running/overdue) for each department`);
  else fail(`${clocks} clock cells for ${table.departments.length} departments`);

  const links = await page.$$eval('.links a', (anchors) => anchors.map((a) => a.getAttribute('href')));
  const xlsx = await context.request.get(`${base}/api/reports/district/${year}/spreadsheet`);
  if (links.includes(`/api/reports/district/${year}/spreadsheet`) && xlsx.ok()
    && (await xlsx.body()).subarray(0, 2).toString() === 'PK') pass('the spreadsheet link downloads an Excel workbook');
  else fail(`spreadsheet: links ${links.join(', ')}; HTTP ${xlsx.status()}`);

  const problem = await page.$eval('#error', (node) => (node.hidden ? '' : node.textContent));
  if (!problem) pass('the page reports no data it could not read'); else fail(`the page says: ${problem}`);

  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshot, fullPage: true });
  pass(`screenshot saved: ${screenshot}`);
});
