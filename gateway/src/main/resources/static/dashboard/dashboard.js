// 法治建设台账 · 年度看板: reads the ledger's API through the gateway (page.js) and refreshes itself.
'use strict';

const REFRESH_MS = 30000;
const OPERATIONS_MS = 2000;   // while an import or a rebuild runs, its progress is polled this often
const FIRST_YEAR = 2018;

const CONTEXTS = [
  { id: 'study', title: '学法与会议', prefixes: ['study.', 'governance.'] },
  { id: 'legal', title: '法务', prefixes: ['legal.'] },
  { id: 'outreach', title: '普法与科普', prefixes: ['outreach.'] },
  { id: 'disclosure', title: '政务公开', prefixes: ['disclosure.', 'normative.', 'services.'] },
];

const SERVICES = {
  study: '学法与会议服务', litigation: '法务服务', outreach: '普法与科普服务',
  disclosure: '政务公开服务', reporting: '报告服务',
};
const HEALTH = { UP: '正常', DOWN: '异常', OUT_OF_SERVICE: '停用', UNREACHABLE: '无法连接', UNKNOWN: '未知' };
const REPORT_STATUS = { NOT_STARTED: '未开始', DRAFT: '草稿', SUBMITTED: '已提交审核', APPROVED: '已批准', PUBLISHED: '已公开' };
const OPERATION_KINDS = { import: '导入台账', rebuild: '重建投影' };

const state = { year: null, me: null, charts: new Map(), operationsTimer: null };

// The department the page shows: ?department= of the page (the district office opens a department's page from the
// district's table), passed on to every call of the ledger's API; else the user's own.
const DEPARTMENT = new URLSearchParams(location.search).get('department');

function forDepartment(path) {
  if (!DEPARTMENT || !path.startsWith('/api/') || path.startsWith('/api/dashboard/')) return path;
  return `${path}${path.includes('?') ? '&' : '?'}department=${encodeURIComponent(DEPARTMENT)}`;
}

const getJson = (path) => fetchJson(forDepartment(path));

function contextOf(key) {
  return CONTEXTS.find((context) => context.prefixes.some((prefix) => key.startsWith(prefix)));
}

function formatNumber(value) {
  return value === undefined ? '—' : figureText(value);
}

function changeText(change, changePct) {
  if (change === null || change === undefined) return { text: '—', css: 'same' };
  if (change === 0) return { text: '持平', css: 'same' };
  const arrow = change > 0 ? '↑' : '↓';
  const pct = changePct === null || changePct === undefined ? '上年为0' : `${changePct > 0 ? '+' : ''}${changePct}%`;
  return { text: `${arrow} ${Math.abs(change)}（${pct}）`, css: change > 0 ? 'up' : 'down' };
}

// ----- year selector ---------------------------------------------------------------------------

function chosenYear() {
  const asked = Number(new URLSearchParams(location.search).get('year'));
  const now = new Date().getFullYear();
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : now;
}

// ----- figures by context, with the year-over-year change and a chart per context ---------------

function renderFigures(year, figures, comparison) {
  const byKey = new Map((comparison ? comparison.figures : []).map((change) => [change.key, change]));
  const main = $('contexts');
  for (const chart of state.charts.values()) chart.dispose();
  state.charts.clear();
  main.replaceChildren();
  $('as-of').textContent = figures.asOf ? `数据截至 ${new Date(figures.asOf).toLocaleString('zh-CN')}` : '';
  for (const context of CONTEXTS) {
    const keys = Object.keys(figures.figures).filter((key) => contextOf(key) === context);
    const rows = keys.map((key) => {
      const change = byKey.get(key);
      const value = figures.figures[key];
      const shown = changeText(change && change.change, change && change.changePct);
      return el('tr', {},
        el('td', {}, change ? change.name : key),
        el('td', { class: 'num' }, el('span', { 'data-figure-key': key, 'data-figure-value': String(value) }, formatNumber(value))),
        el('td', { class: 'num' }, change ? formatNumber(change.previous) : '—'),
        el('td', { class: `num change ${shown.css}` }, shown.text),
        el('td', {}, el('a', { href: forDepartment(`/api/reports/${year}/figures/${encodeURIComponent(key)}/evidence`), target: '_blank', rel: 'noopener' }, '证据')));
    });
    const chart = el('div', { class: 'chart', id: `chart-${context.id}`, role: 'img', 'aria-label': `${context.title}指标图` });
    main.append(el('section', { class: 'context', 'data-context': context.id },
      el('h2', {}, `${context.title}（${year} 年）`),
      chart,
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', {}, '指标'), el('th', {}, `${year} 年`), el('th', {}, `${year - 1} 年`),
          el('th', {}, '同比变化'), el('th', {}, '依据'))),
        el('tbody', {}, ...rows))));
    drawChart(context, chart, keys, figures.figures, byKey, year);
  }
}

function drawChart(context, node, keys, values, byKey, year) {
  if (typeof echarts === 'undefined') return;
  // rates (%) would dwarf or be dwarfed by the counts: the chart shows the counts, the table everything
  const counted = keys.filter((key) => !key.endsWith('Pct'));
  const names = counted.map((key) => (byKey.get(key) ? byKey.get(key).name : key));
  const chart = echarts.init(node, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [`${year} 年`, `${year - 1} 年`], top: 0 },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { fontSize: 11 } },
    series: [
      { name: `${year} 年`, type: 'bar', data: counted.map((key) => values[key]), itemStyle: { color: '#c8102e' } },
      { name: `${year - 1} 年`, type: 'bar', data: counted.map((key) => (byKey.get(key) ? byKey.get(key).previous : null)), itemStyle: { color: '#98a2b3' } },
    ],
  });
  node.style.height = `${Math.max(200, 40 + counted.length * 28)}px`;
  chart.resize();
  state.charts.set(context.id, chart);
}

// ----- annual report, document links ------------------------------------------------------------

function renderReport(year, report) {
  const base = `/api/reports/${year}`;
  $('document-html').href = forDepartment(`${base}/document?format=html`);
  $('document-docx').href = forDepartment(`${base}/document?format=docx`);
  $('document-md').href = forDepartment(`${base}/document?format=md`);
  $('disclosure-report').href = forDepartment(`${base}/disclosure-report`);
  $('comparison-link').href = forDepartment(`${base}/comparison`);
  const status = $('report-status');
  status.replaceChildren();
  if (!report) { status.textContent = '年度报告状态暂不可得。'; return; }
  status.append(`${report.title || '法治政府建设年度报告'}（${year} 年度）：${REPORT_STATUS[report.status] || report.status}`);
  if (report.deadline) status.append(`；应于 ${report.deadline} 前公开`);
  if (report.overdue) status.append(el('span', { class: 'status-overdue' }, '（已逾期）'));
  else if (typeof report.daysLeft === 'number' && report.daysLeft >= 0) status.append(`，尚余 ${report.daysLeft} 天`);
  if (report.firstPublishedOn) status.append(`；首次公开于 ${report.firstPublishedOn}`);
  status.append('。');
}

// ----- legal deadlines: defences, disclosure answers, annual reports ------------------------------

function deadlineRows(litigation, disclosure, overdueReports) {
  const rows = [];
  if (litigation) {
    for (const d of [...litigation.overdue, ...litigation.upcoming]) {
      rows.push({ kind: '行政应诉答辩', what: [d.caseNumber, d.subject, d.court].filter(Boolean).join(' · '),
        dueOn: d.dueOn, daysLeft: d.daysLeft, overdue: d.status === 'OVERDUE' });
    }
  }
  if (disclosure) {
    for (const d of [...disclosure.overdue, ...disclosure.upcoming, ...(disclosure.paused || [])]) {
      rows.push({ kind: '政府信息公开申请答复', what: d.requestSummary || d.applicationId, dueOn: d.dueOn,
        provisional: d.dueOnProvisional === true,
        daysLeft: d.daysLeft, overdue: d.status === 'OVERDUE', paused: d.status === 'PAUSED' });
    }
  }
  for (const r of overdueReports || []) {
    rows.push({ kind: '年度报告公开', what: `${r.year} 年度${r.kind === 'DISCLOSURE' ? '政府信息公开工作年度报告' : '法治政府建设年度报告'}`,
      dueOn: r.deadline, daysLeft: r.daysLeft, overdue: true });
  }
  rows.sort((a, b) => (b.overdue - a.overdue) || String(a.dueOn || '9999').localeCompare(String(b.dueOn || '9999')));
  return rows;
}

/** Days left as a reader says them: none left once overdue, but how long ago. */
function daysText(days) {
  if (typeof days !== 'number') return '—';
  return days >= 0 ? String(days) : `逾期 ${-days} 天`;
}

function renderDeadlines(rows, unavailable) {
  const body = $('deadlines').querySelector('tbody');
  body.replaceChildren(...rows.map((row) => el('tr', { class: row.overdue ? 'overdue' : null },
    el('td', {}, row.kind), el('td', {}, row.what),
    el('td', {}, row.dueOn || '—', row.provisional ? el('span', { class: 'provisional',
      title: '截止日期所在年度的节假日安排尚未公布，暂按法定节假日推算；补入当年安排后自动重算' }, '（暂定）') : null),
    el('td', { class: 'num' }, daysText(row.daysLeft)),
    el('td', {}, row.overdue ? '已逾期' : row.paused ? '暂停计时（待补正）' : '即将到期'))));
  for (const source of unavailable) {
    body.append(el('tr', {}, el('td', {}, source), el('td', { colspan: 4, class: 'muted' }, '暂时无法读取')));
  }
  $('deadlines-empty').hidden = rows.length > 0 || unavailable.length > 0;
}

// ----- service health and the projections' lag ---------------------------------------------------

function lagText(lags) {
  if (!lags || lags.length === 0) return null;
  const worst = lags.reduce((a, b) => (b.value > a.value ? b : a));
  const unit = worst.metric.endsWith('_seconds') ? ' 秒' : ' 条事件';
  return `事件处理滞后 ${Math.round(worst.value * 10) / 10}${unit}`;
}

// with several instances: how many are up, and which are not
function instancesText(instances) {
  if (!instances || instances.length < 2) return null;
  const up = instances.filter((i) => i.status === 'UP').length;
  const others = instances.filter((i) => i.status !== 'UP').map((i) => `${i.instance} ${HEALTH[i.status] || i.status}`);
  return `${up}/${instances.length} 个实例正常${others.length ? `（${others.join('；')}）` : ''}`;
}

function renderHealth(health) {
  const list = $('services');
  list.replaceChildren(el('li', { class: 'up', 'data-service': 'gateway' }, '网关：正常'));
  for (const service of health ? health.services : []) {
    list.append(el('li', { class: service.status === 'UP' ? 'up' : 'down', 'data-service': service.service,
      'data-status': service.status },
      `${SERVICES[service.service] || service.service}：${HEALTH[service.status] || service.status}`,
      instancesText(service.instances) ? el('span', { class: 'instances' }, instancesText(service.instances)) : null,
      lagText(service.lag) ? el('span', { class: 'lag' }, lagText(service.lag)) : null));
  }
}

// ----- long operations: imports reported by the CLI, the projections' rebuild (admins) --------------

function progressItem(title, done, total, rate, eta, finished, who) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : (finished ? 100 : 0);
  const bar = el('span', { class: 'progress', role: 'progressbar', 'aria-valuenow': pct, 'aria-valuemin': 0, 'aria-valuemax': 100 },
    el('span', { style: `width:${pct}%` }));
  const parts = [`${done}/${total}（${pct}%）`];
  if (typeof rate === 'number') parts.push(`${rate.toFixed(1)} 条/秒`);
  if (finished) parts.push('已完成');
  else if (typeof eta === 'number') parts.push(`预计还需 ${Math.ceil(eta)} 秒`);
  if (who) parts.push(who);
  return el('li', { 'data-operation': title }, title, bar, parts.join(' · '));
}

function rebuildItem(rebuild) {
  if (!rebuild || typeof rebuild !== 'object') return null;
  const done = rebuild.done ?? rebuild.processed ?? rebuild.position;
  const total = rebuild.total ?? rebuild.head;
  const running = rebuild.running ?? (rebuild.state ? /RUN|PROGRESS|REPLAY/i.test(rebuild.state) : rebuild.status && /RUN|PROGRESS|REPLAY/i.test(rebuild.status));
  if (!running && !(typeof done === 'number' && typeof total === 'number' && done < total)) return null;
  if (typeof done === 'number' && typeof total === 'number') {
    return progressItem('重建投影', done, total, rebuild.rate, rebuild.eta ?? rebuild.etaSeconds, false, null);
  }
  return el('li', { 'data-operation': '重建投影' }, `重建投影：${rebuild.state || rebuild.status || '进行中'}`);
}

async function refreshOperations() {
  const [operations, rebuild] = await Promise.all([
    getJson('/api/dashboard/operations').catch(() => []),
    state.me && state.me.roles.includes('admin') ? getJson('/api/reports/admin/rebuild').catch(() => null) : null,
  ]);
  const items = operations.map((op) => progressItem(`${OPERATION_KINDS[op.kind] || op.kind}${op.label ? ` ${op.label}` : ''}`,
    op.done, op.total, op.rate, op.eta, op.finished, op.user));
  const rebuilding = rebuildItem(rebuild);
  if (rebuilding) items.push(rebuilding);
  $('operations').replaceChildren(...items);
  $('operations-section').hidden = items.length === 0;
  const active = operations.some((op) => !op.finished) || rebuilding !== null;
  clearTimeout(state.operationsTimer);
  if (active) state.operationsTimer = setTimeout(refreshOperations, OPERATIONS_MS);
}

// ----- everything, every 30 s --------------------------------------------------------------------

async function refresh() {
  const year = state.year;
  const problems = [];
  const noted = (what) => (error) => { problems.push(`${what}：${error.message}`); return null; };
  const [figures, comparison, report, litigation, disclosure, overdue, health] = await Promise.all([
    getJson(`/api/reports/${year}/figures`).catch(noted('年度指标')),
    getJson(`/api/reports/${year}/comparison`).catch(noted('同比数据')),
    getJson(`/api/reports/${year}/report`).catch(noted('年度报告')),
    getJson('/api/litigation/deadlines').catch(noted('应诉时限')),
    getJson('/api/disclosure/deadlines').catch(noted('依申请公开时限')),
    getJson('/api/reports/overdue').catch(noted('逾期报告')),
    getJson('/api/dashboard/health').catch(noted('服务状态')),
    refreshOperations(),
  ]);
  if (year !== state.year) return;   // another year was chosen meanwhile
  if (figures) renderFigures(year, figures, comparison);
  renderReport(year, report);
  const unavailable = [];
  if (!litigation) unavailable.push('行政应诉答辩');
  if (!disclosure) unavailable.push('政府信息公开申请答复');
  renderDeadlines(deadlineRows(litigation, disclosure, overdue), unavailable);
  renderHealth(health);
  const error = $('error');
  error.hidden = problems.length === 0;
  error.textContent = problems.length ? `部分数据暂时无法读取：${problems.join('；')}` : '';
  $('refreshed').textContent = `刷新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`;
  document.body.dataset.loadedYear = String(year);
}

async function start() {
  state.year = chosenYear();
  fillYears(state.year, FIRST_YEAR, (year) => { state.year = year; refresh(); });
  state.me = await getJson('/api/dashboard/me').catch(() => null);
  if (state.me) {
    $('viewer').textContent = `当前用户：${state.me.user}${DEPARTMENT ? `（查看部门 ${DEPARTMENT}）` : ''}`;
    if (state.me.district) {
      $('viewer').append(' ', el('a', { href: `/district?year=${state.year}`, id: 'district-link' }, '全区汇总'));
    }
  }
  await refresh();
  setInterval(refresh, REFRESH_MS);
  window.addEventListener('resize', () => state.charts.forEach((chart) => chart.resize()));
}

document.addEventListener('DOMContentLoaded', start);
