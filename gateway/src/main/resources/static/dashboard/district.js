// 法治建设台账 · 全区汇总: the district's table of a year, for those who read every department; reads the ledger's API
// through the gateway (page.js).
'use strict';

const FIRST_YEAR = 2018;
const REPORT_STATUS = { NOT_STARTED: '未开始', DRAFT: '起草中', SUBMITTED: '待审定', APPROVED: '已审定', PUBLISHED: '已公开' };
const DEPARTMENT_STATUS = { OPEN: '', MERGED: '（已合并）', CLOSED: '（已撤销）' };

const state = { year: null, table: null, clocks: new Map(), sort: { column: 'name', descending: false } };
const getJson = fetchJson;

function day(text) {
  if (!text) return '';
  const [year, month, date] = text.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

function reportText(report) {
  const status = REPORT_STATUS[report.status] || report.status;
  if (report.publishedOn) return `${status} ${day(report.publishedOn)}${report.late ? '（逾期）' : ''}`;
  return report.late ? `${status}，已逾期` : `${status}，${day(report.deadline)}前公开`;
}

function reportedText(report) {
  if (!report.reportDue) return '';
  const late = report.reportedLate ? '（逾期）' : '';
  return report.reportedOn ? `${day(report.reportedOn)}报送${late}` : `未报送${late}`;
}

function evidence(key, department) {
  return `/api/reports/${state.year}/figures/${encodeURIComponent(key)}/evidence?department=${encodeURIComponent(department)}`;
}

// ----- the columns: what a row shows and what it sorts by -------------------------------------------

function clocksOf(code) {
  return state.clocks.get(code) || { pending: 0, overdue: 0 };
}

function columns(table) {
  const fixed = [
    { id: 'name', label: '部门', sort: (row) => row.name,
      cell: (row) => el('td', {}, el('a', { href: `/dashboard/?year=${state.year}&department=${encodeURIComponent(row.code)}`,
        'data-department': row.code }, row.name), DEPARTMENT_STATUS[row.status] || '') },
    { id: 'ruleOfLaw', label: '法治政府建设年度报告', sort: (row) => row.ruleOfLaw.status,
      cell: (row) => el('td', { class: row.ruleOfLaw.late ? 'status-overdue' : null }, reportText(row.ruleOfLaw)) },
    { id: 'reported', label: '报送区政府', sort: (row) => row.ruleOfLaw.reportedOn || '',
      cell: (row) => el('td', { class: row.ruleOfLaw.reportedLate ? 'status-overdue' : null }, reportedText(row.ruleOfLaw)) },
    { id: 'disclosure', label: '政府信息公开工作年度报告', sort: (row) => row.disclosure.status,
      cell: (row) => el('td', { class: row.disclosure.late ? 'status-overdue' : null }, reportText(row.disclosure)) },
    { id: 'clocks', label: '法定时限', sort: (row) => clocksOf(row.code).overdue * 1e6 + clocksOf(row.code).pending,
      cell: (row) => {
        const clocks = clocksOf(row.code);
        return el('td', { class: clocks.overdue > 0 ? 'num status-overdue' : 'num', 'data-clocks': row.code },
          `${clocks.pending}/${clocks.overdue}`);
      } },
  ];
  const figures = table.figures.map((column) => ({
    id: column.key, label: column.label, numeric: true, sort: (row) => row.figures[column.key] ?? -1,
    cell: (row) => {
      const value = row.figures[column.key];
      return el('td', { class: 'num' }, typeof value === 'number'
        ? el('a', { href: evidence(column.key, row.code), target: '_blank', rel: 'noopener',
          'data-figure-key': column.key, 'data-department': row.code }, String(value)) : figureText(value));
    },
  }));
  return fixed.concat(figures);
}

// ----- rendering ------------------------------------------------------------------------------------

function render() {
  const table = state.table;
  const all = columns(table);
  const chosen = all.find((column) => column.id === state.sort.column) || all[0];
  const rows = [...table.departments].sort((a, b) => {
    const x = chosen.sort(a);
    const y = chosen.sort(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return state.sort.descending ? -order : order;
  });
  const head = document.querySelector('#departments thead tr');
  head.replaceChildren(...all.map((column) => {
    const arrow = column.id === state.sort.column ? (state.sort.descending ? ' ▼' : ' ▲') : '';
    const th = el('th', { 'data-column': column.id, tabindex: 0, role: 'button' }, column.label + arrow);
    const sortBy = () => {
      state.sort = { column: column.id, descending: column.id === state.sort.column ? !state.sort.descending : !!column.numeric };
      render();
    };
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', (event) => { if (event.key === 'Enter') sortBy(); });
    return th;
  }));
  document.querySelector('#departments tbody').replaceChildren(...rows.map((row) =>
    el('tr', { 'data-code': row.code }, ...all.map((column) => column.cell(row)))));
  const totalClocks = [...state.clocks.values()].reduce((sum, c) => ({ pending: sum.pending + c.pending, overdue: sum.overdue + c.overdue }),
    { pending: 0, overdue: 0 });
  document.querySelector('#departments tfoot').replaceChildren(el('tr', {},
    el('th', {}, '全区合计'), el('td', {}), el('td', {}), el('td', {}),
    el('td', { class: 'num', 'data-total': 'clocks' }, `${totalClocks.pending}/${totalClocks.overdue}`),
    ...table.figures.map((column) => el('td', { class: 'num', 'data-total': column.key }, figureText(table.totals[column.key])))));
  $('totals').replaceChildren(...table.figures.map((column) =>
    el('li', { 'data-total': column.key }, `${column.label}：${figureText(table.totals[column.key])}`)),
    el('li', { class: totalClocks.overdue > 0 ? 'down' : 'up' }, `法定时限（进行中/已逾期）：${totalClocks.pending}/${totalClocks.overdue}`));
  $('as-of').textContent = `数据截至 ${new Date(table.asOf).toLocaleString('zh-CN')}，共 ${table.departments.length} 个部门`;
}

function addClocks(byDepartment) {
  for (const [code, counts] of Object.entries(byDepartment || {})) {
    const known = clocksOf(code);
    state.clocks.set(code, { pending: known.pending + counts.pending, overdue: known.overdue + counts.overdue });
  }
}

async function refresh() {
  const year = state.year;
  const base = `/api/reports/district/${year}`;
  $('spreadsheet').href = `${base}/spreadsheet`;
  $('document-docx').href = `${base}/document?format=docx`;
  $('document-html').href = `${base}/document?format=html`;
  const problems = [];
  const [table, cases, applications] = await Promise.all([
    getJson(base).catch((e) => { problems.push(`全区汇总：${e.message}`); return null; }),
    getJson('/api/litigation/deadlines/by-department').catch((e) => { problems.push(`应诉时限：${e.message}`); return {}; }),
    getJson('/api/disclosure/deadlines/by-department').catch((e) => { problems.push(`依申请公开时限：${e.message}`); return {}; }),
  ]);
  state.clocks = new Map();
  addClocks(cases);
  addClocks(applications);
  if (table) {
    state.table = table;
    render();
  }
  $('error').hidden = problems.length === 0;
  $('error').textContent = problems.join('；');
}

function chosenYear() {
  const asked = Number(new URLSearchParams(location.search).get('year'));
  return Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getFullYear() - 1;
}

async function start() {
  state.year = chosenYear();
  fillYears(state.year, FIRST_YEAR, (year) => { state.year = year; refresh(); });
  const me = await getJson('/api/dashboard/me').catch(() => null);
  if (me) $('viewer').textContent = `${me.user}（${me.roles.join('、')}）`;
  await refresh();
}

start();
