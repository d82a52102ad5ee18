// Stand-in for the services behind the pages 报告 and 台账导入导出 (static/app/reports.js, workbook.js), for
// .ci/workbench-reports-selftest: node .ci/workbench-reports/stub.cjs PORT [--serve-app]
//  - the annual reports as reporting-service keeps them (AnnualReport's rules: who may take which step, in which
//    status; expectedVersion; the ReportView, PublishedRevision and document answers), figures, comparison, evidence;
//  - the record types and record writes of the four contexts (Record-Id / Idempotency-Key as the platform answers
//    them), their ledger export;
//  - the workbook endpoints (a "workbook" here is PK\x03\x04 followed by JSON: {"lines": [...]}) — check finds a
//    date that is not a date, marked gives the workbook back, from-lines makes one, template an empty one; a record
//    whose title has （服务拒绝） passes the check and is refused when recorded (400 naming title).
// With --serve-app it also serves /app/ (the test shell of .ci/workbench-reports/shell and the pages of
// gateway/src/main/resources/static/app) and signs users in with HTTP Basic (editor, approver, recorder, auditor;
// password "secret"), answering /api/dashboard/me; behind the real gateway it reads the user from the gateway's
// identity assertion instead. STUB_MULTIPART_ONLY=1: the workbook endpoints take only multipart (field "file").
'use strict';

const http = require('http');
const fs = require('fs');
const path = require('path');
const fixture = require('../dashboard-fixture.json');

const PORT = Number(process.argv[2]);
const SERVE_APP = process.argv.includes('--serve-app');
const MULTIPART_ONLY = process.env.STUB_MULTIPART_ONLY === '1';
const ROOT = path.resolve(__dirname, '../..');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const USERS = {
  editor: { name: '办公室主任', roles: ['editor'] },
  approver: { name: '局长', roles: ['approver'] },
  recorder: { name: '录入员', roles: ['recorder'] },
  auditor: { name: '审计员', roles: ['auditor'] },
};
const STEP_ROLES = { narrative: 'editor', submission: 'editor', revision: 'editor', approval: 'approver', return: 'approver', publication: 'approver' };
const SECTIONS = ['INTRODUCTION', 'MEASURES', 'PRINCIPAL_DUTIES', 'SHORTCOMINGS', 'NEXT_YEAR', 'OTHER'];
const KINDS = {
  RULE_OF_LAW: { slug: 'rule-of-law', title: '法治政府建设年度报告', due: '04-01', prefixes: [] },
  DISCLOSURE: { slug: 'disclosure', title: '政府信息公开工作年度报告', due: '01-31', prefixes: ['disclosure.', 'normative.', 'services.', 'legal.litigation.', 'legal.reconsideration.'] },
};

const today = () => new Date().toISOString().slice(0, 10);

// ----- figures ------------------------------------------------------------------------------------------

function figures(year) {
  const values = year === 2024 ? fixture.figures : year === 2023 ? fixture.previous : {};
  return Object.fromEntries(Object.keys(fixture.names).map((key) => [key, key in values ? values[key] : 0]));
}

function comparison(year) {
  const now = figures(year);
  const before = figures(year - 1);
  return { year, previousYear: year - 1, asOf: new Date().toISOString(), figures: Object.keys(now).map((key) => {
    const known = now[key] !== null && before[key] !== null;
    const change = known ? Math.round((now[key] - before[key]) * 10) / 10 : null;
    return { key, name: fixture.names[key], value: now[key], previous: before[key], change,
      changePct: !known || before[key] === 0 ? null : Math.round((change * 1000) / Math.abs(before[key])) / 10 };
  }) };
}

function evidence(year, key, asOf) {
  const value = figures(year)[key];
  const count = typeof value === 'number' ? Math.min(Math.max(Math.round(value), 0), 3) : 0;
  return { department: 'default', year, key, asOf: asOf || new Date().toISOString(), value,
    records: Array.from({ length: count }, (_, i) => ({ recordId: `${key}-${i + 1}`, type: key.split('.')[0], businessDate: `${year}-0${i + 3}-1${i}`,
      title: `${fixture.names[key]}：第${i + 1}条记录`, version: 1, change: 'RECORDED', reason: null,
      recordedAt: `${year}-0${i + 3}-1${i}T02:00:00Z`, recordedBy: '录入员', correlationId: `c-${i}`, record: {} })) };
}

// ----- the annual reports --------------------------------------------------------------------------------

const reports = new Map();

function stated(kind, year) {
  return Object.fromEntries(Object.entries(figures(year)).filter(([key]) => KINDS[kind].prefixes.length === 0
    || KINDS[kind].prefixes.some((prefix) => key.startsWith(prefix))));
}

function changedFigures(before, now) {
  const keys = [...new Set([...Object.keys(now), ...Object.keys(before)])];
  return keys.filter((key) => before[key] !== now[key]).map((key) => ({ key, published: before[key] ?? null, current: now[key] ?? null }));
}

function deadline(kind, year) {
  return `${year + 1}-${KINDS[kind].due}`;
}

function view(kind, year) {
  const report = reports.get(`${kind}-${year}`);
  const due = deadline(kind, year);
  const daysLeft = Math.round((Date.parse(due) - Date.parse(today())) / 86400000);
  const base = { reportId: `${KINDS[kind].slug}-${year}`, kind, title: KINDS[kind].title, year, deadline: due };
  if (!report) {
    return { ...base, revision: 0, status: 'NOT_STARTED', version: null, overdue: daysLeft < 0, daysLeft, firstPublishedOn: null,
      publishedRevisions: [], narrative: {}, sections: SECTIONS.map((section) => ({ section, text: '', editor: null, recordedBy: null, recordedAt: null, revision: null })),
      changes: null, history: [] };
  }
  const last = report.published.get(report.publishedRevisions[report.publishedRevisions.length - 1]);
  let changes = null;
  if (report.revision > 1 && last) {
    changes = last.revision === report.revision
      ? { against: report.revision - 1, reason: last.revisionReason, figures: last.changedFigures, sections: last.changedSections, figuresWhenStarted: report.figuresChangedAtRevision }
      : { against: last.revision, reason: report.revisionReason, figures: changedFigures(last.figures, stated(kind, year)),
        sections: SECTIONS.filter((s) => (report.narrative[s] || '') !== (last.narrative.text[s] || '')), figuresWhenStarted: report.figuresChangedAtRevision };
  }
  return { ...base, revision: report.revision, status: report.status, version: report.version,
    overdue: report.status !== 'PUBLISHED' && !report.firstPublishedOn && daysLeft < 0, daysLeft, firstPublishedOn: report.firstPublishedOn,
    publishedRevisions: report.publishedRevisions, narrative: { ...report.narrative },
    sections: SECTIONS.map((section) => ({ section, text: report.narrative[section] || '', ...(report.edits[section] || { editor: null, recordedBy: null, recordedAt: null, revision: null }) })),
    changes, history: report.history };
}

class Problem extends Error {
  constructor(status, title, detail, errors) { super(detail); this.status = status; this.title = title; this.errors = errors; }
}
const invalid = (field, message) => new Problem(400, 'Invalid record', `${field}: ${message}`, [{ field, message }]);
const conflict = (detail) => new Problem(409, 'Conflict', detail);

function apply(report, what, user, extra) {
  report.version += 1;
  report.history.push({ version: report.version, revision: report.revision, what, by: user.name, recordedBy: user.name,
    recordedAt: new Date().toISOString(), reason: null, section: null, publishedOn: null, ...extra });
}

function reportStep(kind, year, step, section, body, user) {
  const id = `${kind}-${year}`;
  let report = reports.get(id);
  const expected = body && body.expectedVersion;
  const checkVersion = () => {
    const version = report ? report.version : null;
    if (expected !== undefined && expected !== null && expected !== version) {
      throw conflict(`The report ${KINDS[kind].slug}-${year} is at version ${version}, not ${expected}: it changed since you read it; reload it.`);
    }
  };
  const requireStatus = (status, what) => {
    if (!report || report.status !== status) throw conflict(`Revision ${report ? report.revision : 1} of ${KINDS[kind].slug}-${year} is ${report ? report.status.toLowerCase() : 'not started'}; it cannot be ${what}.`);
  };
  if (step === 'narrative') {
    const name = String(section).trim().toUpperCase().replace(/-/g, '_');
    if (!SECTIONS.includes(name)) throw invalid('section', `'${section}' is not a section; one of [introduction, measures, principal-duties, shortcomings, next-year, other]`);
    if (!body || typeof body.text !== 'string') throw invalid('text', "give the section's text (an empty text clears it)");
    checkVersion();
    if (!report) {
      report = { kind, year, revision: 1, status: 'DRAFT', version: -1, narrative: {}, edits: {}, history: [], publishedRevisions: [],
        published: new Map(), firstPublishedOn: null, revisionReason: null, figuresChangedAtRevision: [] };
      reports.set(id, report);
      apply(report, 'started', user);
    }
    requireStatus('DRAFT', 'edited');
    const text = body.text.trim();
    if ((report.narrative[name] || '') !== text) {
      report.narrative[name] = text;
      apply(report, 'narrativeEdited', user, { section: name });
      report.edits[name] = { editor: user.name, recordedBy: user.name, recordedAt: new Date().toISOString(), revision: report.revision };
    }
  } else if (!report) {
    throw new Problem(404, 'Not Found', `The ${year} ${KINDS[kind].title} has not been started.`);
  } else if (step === 'submission') {
    checkVersion();
    requireStatus('DRAFT', 'submitted');
    if (Object.values(report.narrative).every((text) => !text.trim())) {
      throw conflict(`Revision ${report.revision} of ${id} has no narrative yet; write at least one section before submitting it. / 报告尚无正文，请先撰写。`);
    }
    report.status = 'SUBMITTED';
    apply(report, 'submitted', user);
  } else if (step === 'return') {
    if (!body || !body.reason || !String(body.reason).trim()) throw invalid('reason', 'must not be blank: say why');
    checkVersion();
    if (report.status !== 'SUBMITTED' && report.status !== 'APPROVED') requireStatus('SUBMITTED', 'returned to draft');
    report.status = 'DRAFT';
    apply(report, 'returned', user, { reason: String(body.reason).trim() });
  } else if (step === 'approval') {
    checkVersion();
    requireStatus('SUBMITTED', 'approved');
    report.status = 'APPROVED';
    apply(report, 'approved', user);
  } else if (step === 'publication') {
    const on = body && body.publishedOn;
    if (!on) throw invalid('publishedOn', 'give the day the report was made public (2025-03-28)');
    if (on > today()) throw invalid('publishedOn', 'must not be in the future; record a publication once it happened');
    checkVersion();
    requireStatus('APPROVED', 'published');
    if (Number(on.slice(0, 4)) <= year) throw invalid('publishedOn', `must be after the year reported on: the ${year} report is published from 1 January ${year + 1}`);
    const last = report.published.get(report.publishedRevisions[report.publishedRevisions.length - 1]);
    const frozen = stated(kind, year);
    report.published.set(report.revision, { reportId: `${KINDS[kind].slug}-${year}`, kind, title: KINDS[kind].title, year, revision: report.revision,
      publishedOn: on, approver: user.name, figures: frozen, narrative: { text: { ...report.narrative } }, revisionReason: report.revisionReason,
      changedFigures: last ? changedFigures(last.figures, frozen) : [],
      changedSections: last ? SECTIONS.filter((s) => (report.narrative[s] || '') !== (last.narrative.text[s] || '')) : [],
      recordedBy: user.name, recordedAt: new Date().toISOString() });
    report.publishedRevisions.push(report.revision);
    report.firstPublishedOn = report.firstPublishedOn || on;
    report.status = 'PUBLISHED';
    apply(report, 'published', user, { reason: report.revisionReason, publishedOn: on });
  } else if (step === 'revision') {
    if (!body || !body.reason || !String(body.reason).trim()) throw invalid('reason', 'must not be blank: say why');
    checkVersion();
    if (report.status !== 'PUBLISHED') throw conflict(`Revision ${report.revision} of ${id} is not yet published; change it instead of starting another. / 本修订版尚未发布，请直接修改。`);
    const last = report.published.get(report.revision);
    report.revision += 1;
    report.status = 'DRAFT';
    report.revisionReason = String(body.reason).trim();
    report.figuresChangedAtRevision = changedFigures(last.figures, stated(kind, year));
    apply(report, 'revisionStarted', user, { reason: report.revisionReason });
  } else {
    throw new Problem(404, 'Not Found', `No step ${step}`);
  }
  return view(kind, year);
}

// ----- the documents: HTML with evidence links (as HtmlWriter writes them), DOCX and Markdown stand-ins ----------

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function documentHtml(kind, year, narrative, values, links, stamp) {
  const asOf = new Date().toISOString();
  const figure = (key) => (links
    ? `<a class="figure" data-figure="${escape(key)}" href="/api/reports/${year}/figures/${encodeURIComponent(key)}/evidence?asOf=${asOf}">${values[key] ?? '未填报'}</a>`
    : `${values[key] ?? '未填报'}`);
  const keys = Object.keys(values).slice(0, 6);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${year}年${KINDS[kind].title}</title>`
    + '<style>body{font-family:serif;margin:2em;line-height:1.8}a.figure{color:#175cd3}</style></head><body>'
    + `<h1>${year}年${KINDS[kind].title}</h1>${stamp ? `<p>${escape(stamp)}</p>` : ''}`
    + SECTIONS.map((s) => `<h2>${s}</h2><p>${escape(narrative[s] || '（待填写）')}</p>`).join('')
    + `<h2>附表</h2><p>${keys.map((key) => `${escape(fixture.names[key] || key)}：${figure(key)}`).join('；')}</p>`
    + '<p><a href="https://www.gov.cn/">中国政府网</a></p></body></html>';
}

function documentAnswer(response, kind, year, format, narrative, values, links, name, stamp) {
  const fileName = `${year}年${KINDS[kind].title}${name || ''}.${format}`;
  const ascii = `${year}-${KINDS[kind].slug}-report.${format}`;
  const disposition = `${format === 'docx' ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
  const headers = { 'Content-Disposition': disposition, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
  if (format === 'html') {
    send(response, 200, documentHtml(kind, year, narrative, values, links, stamp), { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
  } else if (format === 'docx') {
    send(response, 200, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(JSON.stringify({ narrative }))]), { ...headers, 'Content-Type': DOCX });
  } else if (format === 'md') {
    send(response, 200, `# ${year}年${KINDS[kind].title}\n\n${SECTIONS.map((s) => narrative[s] || '').join('\n\n')}\n`, { ...headers, 'Content-Type': 'text/markdown; charset=utf-8' });
  } else {
    throw invalid('format', 'must be one of md, html, docx');
  }
}

// ----- the record contexts ---------------------------------------------------------------------------------

const TYPES = {
  study: { 'study.session': '/api/study/sessions', 'study.exam': '/api/study/exams', 'governance.meeting': '/api/study/meetings' },
  litigation: { 'legal.case': '/api/litigation/cases', 'legal.case.defence': '/api/litigation/cases/{of}/defence' },
  outreach: { 'outreach.event': '/api/outreach/events' },
  disclosure: { 'disclosure.item': '/api/disclosure/items' },
};
const records = new Map();        // id → { context, type, path, body, version, history: [{ idempotencyKey }] }
const keys = new Map();           // Idempotency-Key → { body, status, answer }

function typeOfPath(context, collection) {
  return Object.entries(TYPES[context] || {}).find(([, p]) => p === `/api/${context}/${collection}`);
}

function validDate(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function recordWrite(request, response, method, context, rest, body, raw) {
  const key = request.headers['idempotency-key'];
  const recordId = request.headers['record-id'];
  if (key && keys.has(key)) {
    const earlier = keys.get(key);
    if (earlier.raw !== raw) throw new Problem(422, 'Idempotency-Key reused', `The Idempotency-Key ${key} was used for another request.`);
    send(response, earlier.status, JSON.stringify(earlier.answer), { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' });
    return;
  }
  let status = 201;
  let answer;
  const headers = { 'Content-Type': 'application/json' };
  if (rest.length === 1) {
    const type = typeOfPath(context, rest[0]);
    if (!type) throw new Problem(404, 'Not Found', `No ${rest[0]} in ${context}`);
    if (String(body.title || '').includes('（服务拒绝）')) throw invalid('title', 'the service refuses this title (a stub rule)');
    for (const [field, value] of Object.entries(body)) {
      if (/On$/.test(field) && !validDate(value)) throw invalid(field, `'${value}' is not a date (YYYY-MM-DD)`);
    }
    const id = recordId || `r-${records.size + 1}`;
    const existing = records.get(id);
    if (existing) {
      if (existing.type !== type[0] || JSON.stringify(existing.body) !== JSON.stringify(body)) throw conflict(`The id ${id} holds another record.`);
      status = 200;
      headers['Record-Already-Present'] = 'true';
      answer = { id, version: existing.version };
    } else {
      records.set(id, { context, type: type[0], body, version: 0, history: [{ version: 0, idempotencyKey: key || null, change: 'RECORDED' }] });
      answer = { id, version: 0 };
    }
  } else {
    const record = records.get(decodeURIComponent(rest[1]));
    if (!record) throw new Problem(404, 'Not Found', `No record ${rest[1]}`);
    if (body.expectedVersion !== undefined && body.expectedVersion !== record.version) throw conflict(`The record is at version ${record.version}, not ${body.expectedVersion}.`);
    record.version += 1;
    record.history.push({ version: record.version, idempotencyKey: key || null, change: method === 'PUT' ? 'CORRECTED' : rest[2] });
    if (method === 'PUT') record.body = body.record || record.body;
    status = 200;
    answer = { id: rest[1], version: record.version };
  }
  if (key) keys.set(key, { raw, status, answer });
  send(response, status, JSON.stringify(answer), headers);
}

function ledgerLines(context, year, history) {
  const lines = [];
  for (const [id, record] of records) {
    if (record.context !== context) continue;
    const date = Object.entries(record.body).find(([field]) => /On$/.test(field));
    if (date && !String(date[1]).startsWith(String(year))) continue;
    lines.push({ type: record.type, id, department: 'default', ...record.body });
    if (history) record.history.slice(1).forEach((change, i) => lines.push({ type: `${record.type}.correction`, id: `${id}-change-${i + 1}`, of: id, reason: 'stub' }));
  }
  return lines;
}

// ----- the workbook: PK\x03\x04 + JSON {"lines"} stands for a real .xlsx here ----------------------------------

const SHEETS = { study: '学法与会议', governance: '学法与会议', legal: '法务', outreach: '普法与科普', disclosure: '政务公开', normative: '政务公开', services: '政务公开' };

function workbook(lines) {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(JSON.stringify({ lines }))]);
}

function readWorkbook(request, raw) {
  const type = String(request.headers['content-type'] || '');
  let bytes = raw;
  if (type.startsWith('multipart/form-data')) {
    const boundary = type.match(/boundary=(.+)$/)[1];
    const text = raw.toString('latin1');
    const part = text.split(`--${boundary}`).find((p) => /name="file"/.test(p));
    if (!part) throw invalid('file', 'give the workbook in the field "file"');
    bytes = Buffer.from(part.slice(part.indexOf('\r\n\r\n') + 4, part.lastIndexOf('\r\n')), 'latin1');
  } else if (MULTIPART_ONLY) {
    throw new Problem(415, 'Unsupported Media Type', `Content-Type '${type}' is not supported; send multipart/form-data`);
  } else if (!type.startsWith(XLSX)) {
    throw new Problem(415, 'Unsupported Media Type', `send the workbook as ${XLSX}`);
  }
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) throw invalid('file', 'is not an .xlsx workbook');
  return JSON.parse(bytes.subarray(4).toString('utf8')).lines;
}

function check(lines) {
  const counters = {};
  const good = [];
  const rows = [];
  const problems = [];
  for (const line of lines) {
    const sheet = SHEETS[String(line.type).split('.')[0]] || '其他';
    counters[sheet] = (counters[sheet] || 1) + 1;
    const row = counters[sheet];
    const bad = Object.entries(line).filter(([field, value]) => /On$/.test(field) && !validDate(value));
    if (bad.length) {
      bad.forEach(([field, value]) => problems.push({ sheet, row, column: 'D', field, message: `“${value}”不是有效的日期（应为 YYYY-MM-DD）` }));
    } else {
      good.push(line);
      rows.push({ sheet, row });
    }
  }
  return { lines: good, problems, rows };
}

// ----- HTTP -----------------------------------------------------------------------------------------------

function send(response, status, body, headers) {
  response.writeHead(status, headers || { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(body);
}

function problemAnswer(response, problem) {
  send(response, problem.status, JSON.stringify({ type: 'about:blank', title: problem.title, status: problem.status, detail: problem.message,
    ...(problem.errors ? { errors: problem.errors } : {}) }), { 'Content-Type': 'application/problem+json' });
}

function userOf(request) {
  const authorization = String(request.headers.authorization || '');
  if (authorization.startsWith('Basic ')) {
    const [name, password] = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':');
    return USERS[name] && password === 'secret' ? { login: name, ...USERS[name] } : null;
  }
  if (authorization.startsWith('Bearer ')) {            // the gateway's identity assertion
    try {
      const claims = JSON.parse(Buffer.from(authorization.split('.')[1], 'base64url').toString('utf8'));
      return { login: claims.sub, name: claims.sub, roles: claims.roles || [] };
    } catch (e) { return null; }
  }
  return null;
}

const STATIC = {
  '/app/': 'shell/index.html', '/app/index.html': 'shell/index.html', '/app/app.js': 'shell/app.js',
};
const TYPES_OF_FILES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function serveApp(pathname, response) {
  const own = STATIC[pathname] && path.join(__dirname, STATIC[pathname]);
  const page = /^\/app\/[a-z]+\.(js|css)$/.test(pathname) && path.join(ROOT, 'gateway/src/main/resources/static', pathname);
  const file = own || page;
  if (!file || !fs.existsSync(file)) return false;
  send(response, 200, fs.readFileSync(file), { 'Content-Type': TYPES_OF_FILES[path.extname(file)], 'Cache-Control': 'no-store' });
  return true;
}

function route(request, response, raw) {
  const url = new URL(request.url, 'http://stub');
  const pathname = url.pathname;
  const method = request.method;
  const user = userOf(request);
  if (pathname === '/actuator/health') return send(response, 200, '{"status":"UP"}');
  if (pathname === '/favicon.ico') return send(response, 204, '');
  if (SERVE_APP && !user) {
    return send(response, 401, JSON.stringify({ title: 'Not authenticated', status: 401, detail: 'Sign in' }),
      { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Basic realm="rule-of-law ledger"' });
  }
  if (SERVE_APP && pathname.startsWith('/app/') && serveApp(pathname, response)) return undefined;
  const json = (value, status) => send(response, status || 200, JSON.stringify(value));
  const body = () => (raw.length ? JSON.parse(raw.toString('utf8')) : null);
  let m;
  if (pathname === '/api/dashboard/me') return json({ user: user.name, roles: user.roles, departments: [], district: false });
  if ((m = pathname.match(/^\/api\/reports\/(\d{4})\/report(?:\/([a-z]+)(?:\/([A-Za-z_-]+))?)?$/))) {
    const year = Number(m[1]);
    const kind = url.searchParams.get('kind') === 'disclosure' ? 'DISCLOSURE' : 'RULE_OF_LAW';
    if (!m[2] && method === 'GET') return json(view(kind, year));
    const step = m[2];
    if (!STEP_ROLES[step] || (step === 'narrative') !== (method === 'PUT')) throw new Problem(405, 'Method Not Allowed', `${method} ${pathname}`);
    if (!user.roles.includes(STEP_ROLES[step])) throw new Problem(403, 'Not allowed', 'Your roles do not allow this; nothing was recorded.');
    return json(reportStep(kind, year, step, m[3], body(), user));
  }
  if ((m = pathname.match(/^\/api\/reports\/(\d{4})\/published(?:\/(\d+))?(\/document)?$/)) && method === 'GET') {
    const year = Number(m[1]);
    const kind = url.searchParams.get('kind') === 'disclosure' ? 'DISCLOSURE' : 'RULE_OF_LAW';
    const report = reports.get(`${kind}-${year}`);
    const revision = m[2] ? Number(m[2]) : report && report.publishedRevisions[report.publishedRevisions.length - 1];
    const published = report && report.published.get(revision);
    if (!published) throw new Problem(404, 'Not Found', `Revision ${revision} of the ${year} ${KINDS[kind].title} has not been published.`);
    if (!m[3]) return json(published);
    return documentAnswer(response, kind, year, url.searchParams.get('format') || 'html', published.narrative.text, published.figures, false,
      revision > 1 ? `（第${revision}版）` : '', `（${published.publishedOn}公布）`);
  }
  if ((m = pathname.match(/^\/api\/reports\/(\d{4})\/(document|disclosure-report\/document)$/))) {
    const year = Number(m[1]);
    const kind = m[2] === 'document' ? 'RULE_OF_LAW' : 'DISCLOSURE';
    const report = reports.get(`${kind}-${year}`);
    return documentAnswer(response, kind, year, url.searchParams.get('format') || 'html', report ? report.narrative : {}, stated(kind, year), true);
  }
  if ((m = pathname.match(/^\/api\/reports\/(\d{4})\/figures$/))) return json({ department: 'default', year: Number(m[1]), asOf: new Date().toISOString(), figures: figures(Number(m[1])) });
  if ((m = pathname.match(/^\/api\/reports\/(\d{4})\/figures\/([^/]+)\/evidence$/))) {
    const key = decodeURIComponent(m[2]);
    if (!(key in fixture.names)) throw new Problem(404, 'Not Found', `There is no figure '${key}'.`);
    return json(evidence(Number(m[1]), key, url.searchParams.get('asOf')));
  }
  if ((m = pathname.match(/^\/api\/reports\/(\d{4})\/comparison$/))) return json(comparison(Number(m[1])));
  if (pathname === '/api/reports/overdue') return json([]);
  if ((m = pathname.match(/^\/api\/(study|litigation|outreach|disclosure)\/ledger\/types$/))) return json({ types: TYPES[m[1]] });
  if ((m = pathname.match(/^\/api\/(study|litigation|outreach|disclosure)\/ledger$/))) {
    const lines = ledgerLines(m[1], Number(url.searchParams.get('year')), url.searchParams.get('history') === 'true');
    return send(response, 200, lines.map((line) => `${JSON.stringify(line)}\n`).join(''), { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  }
  if (pathname === '/api/workbook/template' && method === 'GET') {
    return send(response, 200, workbook([]), { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="ledger-template.xlsx"; filename*=UTF-8''${encodeURIComponent('台账模板.xlsx')}` });
  }
  if (pathname === '/api/workbook/check' && method === 'POST') return json(check(readWorkbook(request, raw)));
  if (pathname === '/api/workbook/marked' && method === 'POST') {
    const lines = readWorkbook(request, raw);
    return send(response, 200, workbook(lines), { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="marked.xlsx"; filename*=UTF-8''${encodeURIComponent('台账（问题已标注）.xlsx')}` });
  }
  if (pathname === '/api/workbook/from-lines' && method === 'POST') {
    const lines = body();
    if (!Array.isArray(lines)) throw invalid('lines', 'give a JSON array of ledger lines');
    return send(response, 200, workbook(lines), { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent('台账.xlsx')}` });
  }
  if ((m = pathname.match(/^\/api\/(study|litigation|outreach|disclosure)\/([a-z-]+)(?:\/([^/]+))?(?:\/([a-z-]+))?$/))) {
    const rest = [m[2], m[3], m[4]].filter(Boolean);
    if (method === 'GET' && rest.length === 3 && rest[2] === 'history') {
      const record = records.get(decodeURIComponent(rest[1]));
      return record ? json(record.history) : json({ status: 404, detail: 'no such record' }, 404);
    }
    if (method === 'GET' && rest.length === 2) {
      const record = records.get(decodeURIComponent(rest[1]));
      return record ? json({ id: rest[1], version: record.version, ...record.body }) : json({ status: 404, detail: 'no such record' }, 404);
    }
    if (method === 'POST' || method === 'PUT') {
      if (!user.roles.includes('recorder')) throw new Problem(403, 'Not allowed', 'Your roles do not allow this; nothing was recorded.');
      return recordWrite(request, response, method, m[1], rest, body(), raw.toString('utf8'));
    }
  }
  throw new Problem(404, 'Not Found', `${method} ${pathname}`);
}

http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    try {
      route(request, response, Buffer.concat(chunks));
    } catch (error) {
      if (error instanceof Problem) problemAnswer(response, error);
      else problemAnswer(response, new Problem(500, 'Internal error', error.stack || String(error)));
    }
  });
}).listen(PORT, '127.0.0.1');
