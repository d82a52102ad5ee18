// 台账导入导出 (#/workbook) in the ledger's application (/app/, the shell app.js): the ledger as an Excel workbook.
//  - 模板: GET /api/workbook/template, the empty workbook to fill in;
//  - 导入: the chosen .xlsx is checked (POST /api/workbook/check, the file as the request's body: {"lines", "problems"}),
//    its problems listed by sheet, row and column, with the workbook marked where they are (POST /api/workbook/marked);
//    then its good lines are recorded in file order exactly as `bin/suite import` records a ledger file
//    (docs/ledger-format.md "How a file is imported", cli/…/importing/LineImport.java): each line's type goes to the
//    path its context names (GET /api/<context>/ledger/types), with its id as Idempotency-Key and Record-Id;
//  - 导出: the lines of a year (as they stand, or with every change) from each context's GET /api/<context>/ledger,
//    made a workbook by POST /api/workbook/from-lines.
// Requests go through fetch with the page's credentials (the answers' headers say whether a line was already there),
// acting for the chosen department, with the XSRF-TOKEN cookie as X-XSRF-TOKEN on writes.
(function () {
  'use strict';

  const app = window.ledgerApp;
  if (!app) return;
  const el = app.el;

  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const CONTEXTS = ['study', 'litigation', 'outreach', 'disclosure'];
  const CONTEXT_NAMES = { study: '学法与会议', litigation: '法务', outreach: '普法与科普', disclosure: '政务公开' };
  const TRANSIENT = new Set([502, 503, 504]);
  const WAIT_SECONDS = 60;            // how long a service that is away is waited for, as LEDGER_IMPORT_WAIT
  const DEPARTMENT_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

  // ----- requests ------------------------------------------------------------------------------------

  function chosenDepartment() {
    let chosen = typeof app.department === 'function' ? app.department() : app.department;
    if (chosen && typeof chosen === 'object') chosen = chosen.code;
    return chosen || null;
  }

  function at(path, department) {
    const code = department || chosenDepartment();
    return code ? `${path}${path.includes('?') ? '&' : '?'}department=${encodeURIComponent(code)}` : path;
  }

  function xsrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // one request; a 429 (the gateway's rate limit) is waited out, a service that is away (502/503/504) retried with
  // back-off for WAIT_SECONDS in all, as the CLI does
  async function call(method, path, options) {
    const { body, headers, department } = options || {};
    const sent = { Accept: 'application/json, application/problem+json, application/x-ndjson', ...(headers || {}) };
    const token = xsrfToken();
    if (method !== 'GET' && token) sent['X-XSRF-TOKEN'] = token;
    let waited = 0;
    let backoff = 1;
    for (;;) {
      const response = await fetch(at(path, department), { method, headers: sent, body, credentials: 'same-origin' });
      const retryAfter = Number(response.headers.get('Retry-After'));
      if (response.status === 429) {
        await pause(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 1);
        continue;
      }
      if (TRANSIENT.has(response.status) && waited < WAIT_SECONDS) {
        const seconds = Math.min(Math.max(Number.isFinite(retryAfter) ? retryAfter : 0, backoff), WAIT_SECONDS - waited);
        await pause(seconds);
        waited += seconds;
        backoff = Math.min(backoff * 2, 8);
        continue;
      }
      return response;
    }
  }

  const pause = (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

  async function jsonOf(response) {
    try { return await response.json(); } catch (e) { return null; }
  }

  // a refused request as a sentence: its problem's detail and the fields it names
  function problemText(status, problem) {
    if (!problem) return `HTTP ${status}`;
    const fields = Array.isArray(problem.errors)
      ? problem.errors.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message || ''}`) : [];
    const detail = problem.detail || problem.title || `HTTP ${status}`;
    const extra = fields.filter((text) => text && !String(detail).includes(text));
    return `${detail}${extra.length ? `（${extra.join('；')}）` : ''} [HTTP ${status}]`;
  }

  async function refusal(response) {
    return problemText(response.status, await jsonOf(response));
  }

  // the file's name a download answer gives (RFC 5987 filename*, else filename), or the one asked for
  function fileName(response, otherwise) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const encoded = disposition.match(/filename\*=UTF-8''([^;]+)/i);
    if (encoded) {
      try { return decodeURIComponent(encoded[1].trim()); } catch (e) { /* as plain */ }
    }
    const plain = disposition.match(/filename="?([^";]+)"?/i);
    return plain ? plain[1] : otherwise;
  }

  function downloadLink(blob, name, label, marker) {
    const url = URL.createObjectURL(blob);
    return el('a', { href: url, download: name, class: 'wb-download', 'data-download': marker }, label);
  }

  // ----- the workbook sent: as the request's body, or as the multipart field "file" if the service takes only that

  let uploadAs = 'raw';

  async function upload(path, file) {
    const send = (how) => {
      if (how === 'raw') return call('POST', path, { body: file, headers: { 'Content-Type': XLSX } });
      const form = new FormData();
      form.append('file', file, file.name);
      return call('POST', path, { body: form });
    };
    let response = await send(uploadAs);
    if (uploadAs === 'raw' && (response.status === 415 || (response.status === 400 && /multipart|part 'file'/i.test(
      JSON.stringify(await jsonOf(response.clone()) || {}))))) {
      const multipart = await send('multipart');
      if (multipart.ok) uploadAs = 'multipart';
      response = multipart;
    }
    return response;
  }

  // ----- importing as bin/suite import does ------------------------------------------------------------

  class Refused extends Error {
    constructor(message, problem) { super(message); this.problem = problem || null; }
  }

  class Unavailable extends Error {
    constructor(context, message) { super(message); this.context = context; }
  }

  class NotSent extends Error {
    constructor(context) { super(context); this.context = context; }
  }

  // a record id in a path: every byte but letters, digits and _.-~ percent-encoded (Python's urllib quote)
  function quote(text) {
    return Array.from(new TextEncoder().encode(text), (byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9_.~-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }).join('');
  }

  const contextOf = (path) => (path.startsWith('/api/') ? path.split('/')[2] : 'gateway');

  // Python's truthiness of a JSON value, as the CLI reads "of"
  const truthy = (value) => !(value === null || value === undefined || value === false || value === 0 || value === ''
    || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0));

  // which line types each context takes, and where (a context that is away: its lines are not sent)
  async function recordTypes() {
    const paths = new Map();
    const away = new Map();
    for (const context of CONTEXTS) {
      const response = await call('GET', `/api/${context}/ledger/types`);
      if (TRANSIENT.has(response.status)) {
        away.set(context, await refusal(response));
        continue;
      }
      const answer = response.ok ? await jsonOf(response) : null;
      if (!answer || !answer.types || typeof answer.types !== 'object') {
        throw new Error(`询问${CONTEXT_NAMES[context]}可导入的记录类型失败：${response.ok ? '答复不是类型表' : await refusal(response)}`);
      }
      Object.entries(answer.types).forEach(([type, path]) => paths.set(type, String(path)));
    }
    return { paths, away };
  }

  function pathOf(types, kind, of) {
    const quoted = quote(of);
    const path = types.paths.get(kind);
    if (path !== undefined) return { path: path.replace('{of}', quoted), needsOf: path.includes('{of}') };
    for (const suffix of ['.correction', '.withdrawal']) {
      const record = kind.endsWith(suffix) ? types.paths.get(kind.slice(0, -suffix.length)) : undefined;
      if (record !== undefined && !record.includes('{of}')) {
        return { path: `${record}/${quoted}${suffix === '.withdrawal' ? '/withdrawal' : ''}`, needsOf: true };
      }
    }
    if (types.away.size) throw new NotSent(types.away.keys().next().value);
    throw new Refused(`未知的记录类型“${kind}”（可用：${[...types.paths.keys()].sort().join('、')}，及 <记录类型>.correction / .withdrawal）`);
  }

  function departmentOf(named) {
    if (named === null || named === undefined) return null;
    if (typeof named !== 'string' || !DEPARTMENT_CODE.test(named)) {
      throw new Refused(`"department" 必须是部门代码（1至40位字母、数字、- 或 _，以字母或数字开头），而不是 ${JSON.stringify(named)}`);
    }
    return named;
  }

  async function notYours(response, acting, request) {
    if (response.status !== 403 || !acting) return;
    const problem = await jsonOf(response.clone());
    if (problem && String(problem.detail || '').includes('not yours')) {
      throw new Refused(`部门 ${acting} 不是您的部门（${request} 答复 403）`, problem);
    }
  }

  async function currentVersion(kind, of, path, context, acting) {
    const recordPath = path.endsWith('/withdrawal') ? path.slice(0, -'/withdrawal'.length) : path;
    const response = await call('GET', recordPath, { department: acting });
    if (TRANSIENT.has(response.status)) throw new Unavailable(context, await refusal(response));
    await notYours(response, acting, `GET ${recordPath}`);
    const current = await jsonOf(response);
    if (response.status !== 200) throw new Refused(`${kind}：没有可更改的记录 ${of}（GET 答复 ${response.status}）`, current);
    if (!current || current.version === undefined) throw new Refused(`GET ${recordPath} 的答复没有 "version"`);
    return current.version;
  }

  // whether the history of the record at recordPath has a change made with the Idempotency-Key key
  async function changedWith(key, recordPath, context, acting) {
    const response = await call('GET', `${recordPath}/history`, { department: acting });
    if (TRANSIENT.has(response.status)) throw new Unavailable(context, await refusal(response));
    const history = response.status === 200 ? await jsonOf(response) : null;
    return Array.isArray(history) && history.some((change) => change && change.idempotencyKey === key);
  }

  function recordPathOf(path, of) {
    const segment = `/${quote(of)}`;
    const found = path.indexOf(`${segment}/`);
    return found >= 0 ? path.slice(0, found + segment.length) : path;
  }

  // sends one line: 'recorded' or 'present'; throws Refused, Unavailable or NotSent
  async function sendLine(line, types, away) {
    if (!line || typeof line !== 'object' || Array.isArray(line)) throw new Refused('该行不是 JSON 对象');
    const record = JSON.parse(JSON.stringify(line));
    const kind = record.type;
    const key = record.id;
    delete record.type;
    delete record.id;
    if (typeof kind !== 'string' || !kind) throw new Refused('该行没有 "type"');
    if (typeof key !== 'string' || !key) throw new Refused('该行没有 "id"');
    const acting = departmentOf(record.department);
    delete record.department;
    const of = truthy(record.of) ? String(record.of) : '';
    delete record.of;
    const target = pathOf(types, kind, of);
    const { path } = target;
    if (target.needsOf && !of) throw new Refused(`${kind} 行须在 "of" 中写明所更改的记录`);
    const context = contextOf(path);
    if (away.has(context)) throw new NotSent(context);
    let method = 'POST';
    const withdrawal = kind.endsWith('.withdrawal');
    if (kind.endsWith('.correction') || withdrawal) {
      if (record.expectedVersion === undefined || record.expectedVersion === null) {
        record.expectedVersion = await currentVersion(kind, of, path, context, acting);
      }
      method = withdrawal ? 'POST' : 'PUT';
    }
    const body = JSON.stringify(record);
    const send = (headers) => call(method, path, {
      body, department: acting, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    });
    let response;
    try {
      response = await send({ 'Idempotency-Key': key, 'Record-Id': key });
    } catch (error) {
      throw new Refused(`${method} ${path} 未能发送：${error.message}`);
    }
    if (response.status === 422) {
      const problem = await jsonOf(response.clone());
      if (problem && problem.title === 'Idempotency-Key reused') {
        // sent before with other bytes: a record is asked for by its Record-Id alone; a change is there if its
        // record's history has it
        if (!of) response = await send({ 'Record-Id': key });
        else if (await changedWith(key, recordPathOf(path, of), context, acting)) return 'present';
      }
    }
    if (TRANSIENT.has(response.status)) throw new Unavailable(context, await refusal(response));
    await notYours(response, acting, `${method} ${path}`);
    if (response.ok) {
      const present = response.headers.get('Idempotent-Replayed') === 'true'
        || response.headers.get('Record-Already-Present') === 'true';
      return present ? 'present' : 'recorded';
    }
    const problem = await jsonOf(response);
    throw new Refused(problemText(response.status, problem), problem);
  }

  // ----- the page --------------------------------------------------------------------------------------

  function on(node, event, handler) {
    node.addEventListener(event, handler);
    return node;
  }

  function button(label, handler, attributes) {
    return on(el('button', { type: 'button', ...attributes }, label), 'click', handler);
  }

  function notice(kind, text) {
    return el('p', { class: `rp-notice rp-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
  }

  function addStyles() {
    if (document.getElementById('ledger-reports-css')) return;
    const current = document.currentScript && document.currentScript.src;
    document.head.append(el('link', { id: 'ledger-reports-css', rel: 'stylesheet', href: current ? new URL('reports.css', current).href : 'reports.css' }));
  }
  addStyles();

  // where a line of the checked workbook came from, if the check says (a list beside "lines": {sheet, row})
  function originOf(answer, index) {
    const list = answer.rows || answer.origins || answer.sources;
    const origin = Array.isArray(list) ? list[index] : null;
    if (origin && (origin.sheet || origin.row)) return `${origin.sheet || ''}${origin.row ? ` 第${origin.row}行` : ''}`.trim();
    return `第${index + 1}条`;
  }

  function lineName(line) {
    if (!line || typeof line !== 'object') return '';
    return [line.type, line.id, line.of ? `（更改 ${line.of}）` : ''].filter(Boolean).join(' ');
  }

  let busy = false;

  window.addEventListener('beforeunload', (event) => {
    if (busy) { event.preventDefault(); event.returnValue = ''; }
  });

  async function render(container) {
    const me = (await Promise.resolve(typeof app.me === 'function' ? app.me() : app.me)) || { roles: [] };
    const roles = new Set(me.roles || []);
    const recorder = roles.has('recorder');
    const page = el('div', { class: 'rp-page wb-page', 'data-page': 'workbook' });
    container.replaceChildren(page);

    // ----- template ---------------------------------------------------------------------------------------
    page.append(el('header', { class: 'rp-head' }, el('h2', {}, '台账导入导出')),
      el('section', { class: 'wb-part' }, el('h3', {}, '一、模板'),
        el('p', {}, el('a', { href: at('/api/workbook/template'), download: '', 'data-download': 'template' }, '下载空白台账模板（.xlsx）'),
          el('span', { class: 'rp-muted rp-gap' }, '每个工作表一类记录；填好后在下方检查并导入。'))));

    // ----- import ------------------------------------------------------------------------------------------
    const input = el('input', { type: 'file', accept: `.xlsx,${XLSX}`, 'data-field': 'workbook' });
    const checkButton = button('检查', () => check(), { class: 'rp-primary', 'data-action': 'check', disabled: '' });
    const checked = el('div', { class: 'wb-checked', 'aria-live': 'polite' });
    const importing = el('div', { class: 'wb-importing', 'aria-live': 'polite' });
    on(input, 'change', () => {
      checkButton.disabled = !input.files.length || busy;
      checked.replaceChildren();
      importing.replaceChildren();
    });
    page.append(el('section', { class: 'wb-part' }, el('h3', {}, '二、导入'),
      el('p', {}, input, checkButton),
      recorder ? null : el('p', { class: 'rp-muted' }, '可以检查工作簿；记录导入须由录入员（recorder）进行。'),
      checked, importing));

    async function check() {
      const file = input.files[0];
      if (!file) return;
      checked.replaceChildren(el('p', { class: 'rp-muted' }, `正在检查 ${file.name}…`));
      importing.replaceChildren();
      checkButton.disabled = true;
      try {
        const response = await upload('/api/workbook/check', file);
        if (!response.ok) { checked.replaceChildren(notice('error', `检查未成功：${await refusal(response)}`)); return; }
        const answer = await jsonOf(response);
        if (!answer || !Array.isArray(answer.lines)) { checked.replaceChildren(notice('error', '检查的答复不是 {"lines", "problems"}。')); return; }
        showChecked(file, answer);
      } catch (error) {
        checked.replaceChildren(notice('error', `检查未成功：${error.message}`));
      } finally {
        checkButton.disabled = !input.files.length || busy;
      }
    }

    function showChecked(file, answer) {
      const problems = Array.isArray(answer.problems) ? answer.problems : [];
      const lines = answer.lines;
      checked.replaceChildren(el('p', { 'data-checked': file.name, 'data-lines': String(lines.length), 'data-problems': String(problems.length) },
        `${file.name}：${lines.length} 条记录可以导入，`,
        el('strong', { class: problems.length ? 'rp-overdue' : '' }, `${problems.length} 个问题`),
        problems.length ? '（有问题的行不导入，改正后再导入即可；已导入的记录会被识别为“已存在”）。' : '。'));
      if (problems.length) {
        checked.append(el('table', { class: 'rp-table wb-problems' },
          el('thead', {}, el('tr', {}, el('th', {}, '工作表'), el('th', {}, '行'), el('th', {}, '列'), el('th', {}, '字段'), el('th', {}, '问题'))),
          el('tbody', {}, ...problems.map((p) => el('tr', { 'data-problem-row': p.row === undefined ? '' : String(p.row) },
            el('td', {}, p.sheet || ''), el('td', { class: 'rp-num' }, p.row === undefined || p.row === null ? '' : String(p.row)),
            el('td', {}, p.column || ''), el('td', {}, p.field || ''), el('td', {}, p.message || ''))))));
        const marked = el('p', { class: 'rp-muted' }, '正在生成标注了问题的工作簿…');
        checked.append(marked);
        markedWorkbook(file).then((link) => marked.replaceChildren(link), (error) => {
          marked.replaceChildren(notice('error', `标注问题的工作簿生成失败：${error.message}`));
        });
      }
      if (lines.length && recorder) {
        checked.append(el('p', {}, button(`导入 ${lines.length} 条记录`, () => importAll(answer), { class: 'rp-primary', 'data-action': 'import' })));
      }
    }

    async function markedWorkbook(file) {
      const response = await upload('/api/workbook/marked', file);
      if (!response.ok) throw new Error(await refusal(response));
      const name = fileName(response, file.name.replace(/(\.xlsx)?$/i, '（问题已标注）.xlsx'));
      return el('span', {}, downloadLink(await response.blob(), name, `下载标注了问题的工作簿：${name}`, 'marked'));
    }

    async function importAll(answer) {
      if (busy) return;
      busy = true;
      checked.querySelectorAll('button').forEach((b) => { b.disabled = true; });
      checkButton.disabled = true;
      const lines = answer.lines;
      const bar = el('progress', { max: String(lines.length), value: '0' });
      const counter = el('span', { class: 'rp-gap', 'data-progress': '' }, `0 / ${lines.length}`);
      const refusedBody = el('tbody', {});
      const refusedTable = el('table', { class: 'rp-table wb-refused', hidden: '' },
        el('thead', {}, el('tr', {}, el('th', {}, '位置'), el('th', {}, '记录'), el('th', {}, '问题'))), refusedBody);
      const notes = el('ul', { class: 'rp-list' });
      const summary = el('p', { class: 'wb-summary' });
      importing.replaceChildren(el('h3', {}, '导入记录'), el('p', {}, bar, counter), notes, refusedTable, summary);
      const tally = { recorded: 0, present: 0, refused: 0, notSent: 0 };
      const away = new Map();
      const started = Date.now();
      try {
        const types = await recordTypes();
        for (const [context, why] of types.away) {
          away.set(context, why);
          notes.append(el('li', { class: 'rp-overdue' }, `${CONTEXT_NAMES[context] || context}暂不可用（${why}），其记录未发送。`));
        }
        for (let i = 0; i < lines.length; i++) {
          try {
            tally[await sendLine(lines[i], types, away) === 'present' ? 'present' : 'recorded']++;
          } catch (error) {
            if (error instanceof NotSent) {
              tally.notSent++;
            } else if (error instanceof Unavailable) {
              tally.notSent++;
              away.set(error.context, error.message);
              notes.append(el('li', { class: 'rp-overdue' }, `${originOf(answer, i)} 未记录：${CONTEXT_NAMES[error.context] || error.context}暂不可用（${error.message}），其后的该类记录不再发送。`));
            } else {
              tally.refused++;
              refusedTable.hidden = false;
              refusedBody.append(el('tr', { 'data-refused-line': String(i + 1) },
                el('td', {}, originOf(answer, i)), el('td', {}, lineName(lines[i])),
                el('td', {}, error instanceof Refused ? error.message : `未能发送：${error.message}`)));
            }
          }
          bar.value = i + 1;
          counter.textContent = `${i + 1} / ${lines.length}`;
        }
      } catch (error) {
        notes.append(el('li', { class: 'rp-overdue' }, `导入中止：${error.message}`));
      } finally {
        busy = false;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        Object.entries(tally).forEach(([name, count]) => { summary.dataset[name] = String(count); });
        summary.dataset.done = 'true';
        summary.replaceChildren(`导入完成（${seconds} 秒）：已记录 `, el('strong', {}, String(tally.recorded)), ' 条，已存在 ',
          el('strong', {}, String(tally.present)), ' 条，被拒绝 ', el('strong', { class: tally.refused ? 'rp-overdue' : '' }, String(tally.refused)), ' 条',
          tally.notSent ? `，未发送 ${tally.notSent} 条（服务恢复后再导入一次即可，已记录的会被识别为已存在）` : '', '。');
        checkButton.disabled = !input.files.length;
      }
    }

    // ----- export ------------------------------------------------------------------------------------------
    const thisYear = new Date().getFullYear();
    const year = el('input', { type: 'number', min: '2000', max: '2100', value: String(thisYear - 1), 'data-field': 'year', class: 'wb-year' });
    const history = el('input', { type: 'checkbox', 'data-field': 'history' });
    const exported = el('div', { class: 'wb-exported', 'aria-live': 'polite' });
    const exportButton = button('导出', () => exportYear(), { class: 'rp-primary', 'data-action': 'export' });
    page.append(el('section', { class: 'wb-part' }, el('h3', {}, '三、导出'),
      el('p', {}, el('label', {}, '年度 ', year), el('label', { class: 'rp-gap' }, history, ' 含全部变更历史（更正、撤回及其原因）'), ' ', exportButton),
      el('p', { class: 'rp-muted' }, '导出该年度的记录（不含历史时为现状：更正已并入，撤回的不列）；数据按部门，取当前选择的部门。'),
      exported));

    async function exportYear() {
      const chosen = Number(year.value);
      if (!Number.isInteger(chosen) || chosen < 2000 || chosen > 2100) { exported.replaceChildren(notice('error', '年度须在 2000 至 2100 之间。')); return; }
      exportButton.disabled = true;
      const state = el('p', { class: 'rp-muted' });
      exported.replaceChildren(state);
      try {
        const lines = [];
        for (const context of CONTEXTS) {
          state.textContent = `正在读取${CONTEXT_NAMES[context]}的台账…`;
          const response = await call('GET', `/api/${context}/ledger?year=${chosen}&history=${history.checked}`);
          if (!response.ok) throw new Error(`${CONTEXT_NAMES[context]}：${await refusal(response)}`);
          for (const text of (await response.text()).split('\n')) {
            if (text.trim()) lines.push(JSON.parse(text));
          }
        }
        state.textContent = `正在生成工作簿（${lines.length} 条）…`;
        const response = await call('POST', '/api/workbook/from-lines', {
          body: JSON.stringify(lines), headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: `${XLSX}, application/problem+json` },
        });
        if (!response.ok) throw new Error(await refusal(response));
        const name = fileName(response, `台账-${chosen}${history.checked ? '-含历史' : ''}.xlsx`);
        exported.replaceChildren(el('p', { 'data-exported': String(lines.length) }, `${chosen} 年度共 ${lines.length} 条：`,
          downloadLink(await response.blob(), name, name, 'export')));
      } catch (error) {
        exported.replaceChildren(notice('error', `导出未成功：${error.message}`));
      } finally {
        exportButton.disabled = false;
      }
    }
    page.dataset.loaded = 'true';
  }

  app.register('workbook', '台账导入导出', render);
})();
