// Stand-in for the five services behind the gateway, for .ci/dashboard-selftest: canned answers (figures of
// dashboard-fixture.json) to what the dashboard page and the district's table ask, on one port given as the first
// argument. With
// STUB_DRIFT=1 the figures change after the first time they are read (the test must then fail).
'use strict';

const http = require('http');
const fixture = require('./dashboard-fixture.json');

const today = new Date().toISOString().slice(0, 10);
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

let reads = 0;

function figures(year) {
  const values = year === 2024 ? fixture.figures : year === 2023 ? fixture.previous : {};
  const drift = process.env.STUB_DRIFT === '1' && year === 2024 && reads++ > 1 ? 1 : 0;
  return Object.fromEntries(Object.keys(fixture.names).map((key) => [key, (values[key] ?? 0) + (key === 'study.sessions.total' ? drift : 0)]));
}

function comparison(year) {
  const now = figures(year);
  const before = figures(year - 1);
  return {
    year, previousYear: year - 1, asOf: new Date().toISOString(),
    figures: Object.keys(now).map((key) => {
      const known = now[key] !== null && before[key] !== null; // as the service answers: no change of an unknown figure
      const change = known ? Math.round((now[key] - before[key]) * 10) / 10 : null;
      return { key, name: fixture.names[key], value: now[key], previous: before[key], change,
        changePct: !known || before[key] === 0 ? null : Math.round((change * 1000) / Math.abs(before[key])) / 10 };
    }),
  };
}

// the district's table: three departments, the first with the fixture's figures, the others a share of them
const DISTRICT_KEYS = ['study.sessions.total', 'legal.litigation.cases', 'disclosure.applications.received'];
function district(year) {
  const names = { default: '重庆市九龙坡区科学技术局', sfj: '九龙坡区司法局', jxw: '九龙坡区经济和信息化委员会' };
  const base = figures(year);
  const departments = Object.entries(names).map(([code, name], i) => ({
    code, name, status: 'OPEN',
    ruleOfLaw: { status: i === 0 ? 'PUBLISHED' : 'DRAFT', deadline: `${year + 1}-04-01`, publishedOn: i === 0 ? `${year + 1}-03-28` : null,
      late: false, reportDue: `${year + 1}-03-01`, reportedOn: i === 0 ? `${year + 1}-02-20` : null, reportedLate: false },
    disclosure: { status: 'PUBLISHED', deadline: `${year + 1}-01-31`, publishedOn: `${year + 1}-01-20`, late: false },
    figures: Object.fromEntries(DISTRICT_KEYS.map((key) => [key, Math.floor(base[key] / (i + 1))])),
  }));
  const totals = Object.fromEntries(DISTRICT_KEYS.map((key) => [key, departments.reduce((s, d) => s + d.figures[key], 0)]));
  return { year, asOf: new Date().toISOString(), figures: DISTRICT_KEYS.map((key) => ({ key, label: fixture.names[key] })),
    departments, totals };
}

const routes = [
  [/^\/api\/reports\/district\/(\d{4})$/, (m) => district(Number(m[1]))],
  [/^\/api\/reports\/district\/(\d{4})\/spreadsheet$/, () => 'PK\u0003\u0004 (a workbook stands here)'],
  [/^\/api\/(litigation|disclosure)\/deadlines\/by-department$/, () => ({ sfj: { pending: 1, overdue: 1 }, default: { pending: 2, overdue: 0 } })],
  [/^\/actuator\/health$/, () => ({ status: 'UP' })],
  [/^\/actuator\/prometheus$/, () => '# TYPE ledger_processor_lag gauge\n'
    + 'ledger_processor_lag{application="reporting-service",processor="ledger-records"} 2.0\n'],
  [/^\/api\/reports\/(\d{4})\/figures$/, (m) => ({ year: Number(m[1]), asOf: new Date().toISOString(), figures: figures(Number(m[1])) })],
  [/^\/api\/reports\/(\d{4})\/comparison$/, (m) => comparison(Number(m[1]))],
  [/^\/api\/reports\/(\d{4})\/report$/, (m) => ({
    reportId: `rule-of-law-${m[1]}`, kind: 'RULE_OF_LAW', title: '法治政府建设年度报告', year: Number(m[1]), revision: 1,
    status: 'PUBLISHED', deadline: `${Number(m[1]) + 1}-04-01`, overdue: false, daysLeft: 0, firstPublishedOn: `${Number(m[1]) + 1}-03-28` })],
  [/^\/api\/reports\/overdue$/, () => [{ kind: 'DISCLOSURE', year: 2025, reportId: 'disclosure-2025', status: 'DRAFT',
    deadline: '2026-01-31', firstPublishedOn: null, overdue: true, daysLeft: -3 }]],
  [/^\/api\/litigation\/deadlines$/, () => ({ today, overdue: [], upcoming: [{ caseId: 'c-1', caseNumber: '（2024）渝0107行初123号',
    kind: 'FIRST_INSTANCE', court: '九龙坡区人民法院', subject: '行政许可', receivedOn: day(-5), dueOn: day(10), remindOn: day(7),
    daysLeft: 10, defenceFiledOn: null, status: 'UPCOMING' }] })],
  [/^\/api\/disclosure\/deadlines$/, () => ({ today, upcoming: [], paused: [], overdue: [{ applicationId: 'a-1',
    requestSummary: '申请公开2024年科技项目资金分配结果', applicantType: 'NATURAL_PERSON', receivedOn: day(-40), dueOn: day(-2),
    daysLeft: -2, correctionRequestedOn: null, extensionWorkingDays: null, status: 'OVERDUE' }] })],
];

http.createServer((request, response) => {
  const path = new URL(request.url, 'http://stub').pathname;
  for (const [pattern, answer] of routes) {
    const match = path.match(pattern);
    if (match) {
      const body = answer(match);
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      response.writeHead(200, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8' });
      response.end(text);
      return;
    }
  }
  response.writeHead(404, { 'Content-Type': 'application/json' });
  response.end('{"status":404}');
}).listen(Number(process.argv[2]), '127.0.0.1');
