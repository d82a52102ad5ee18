// 法治建设台账 · 工作台 (/app/): the application shell — header, department, navigation, hash routes — and the
// records pages of every context. Plain JS, no packages; everything it reads comes through the gateway.
//
// Module contract (reports.js and workbook.js rely on it):
//   window.ledgerApp = { register(route, title, render), api, el, me, department, ... }
//   register('reports', '报告', render) adds a navigation item; render(container, params) is called for
//     #/reports/...: container is the page's main element (emptied), params = { parts: [path parts after the
//     route, decoded], query: { the query after '?' of the hash, as an object } }. render may return a promise
//     (a progress note shows until it settles; a rejection is shown as the page's error).
//   api.get(path) and api.send(method, path, body, headers) return the parsed JSON answer (null when empty) or throw
//     an Error with .status (0: no answer) and .problem (the RFC 9457 body, or null). They add ?department= to
//     /api/ paths when the page has one, and the X-XSRF-TOKEN header (from the XSRF-TOKEN cookie) to writes; a 401
//     goes to /login?next=<this page>.
//   el(tag, attributes, ...children): builds an element (as the dashboard's page.js).
//   me: GET /api/dashboard/me as read at start ({ user, roles, departments, district, contexts? }); department: the
//     ?department= of the page, or null (the user's own). Both are read before any render is called.
//   Extras: ready (a promise settled once me and the labels are read), labels (labels.json), guard(isDirty) (asks
//     before leaving while isDirty() is true), busy(text) → done() (a progress note for long operations).
'use strict';

(() => {
  const CONTEXTS = [
    { id: 'study', title: '学法与会议' },
    { id: 'litigation', title: '法务' },
    { id: 'outreach', title: '普法与科普' },
    { id: 'disclosure', title: '政务公开' },
  ];
  const PAGE_SIZE = 20;          // rows per page of a records table
  const FETCH_SIZE = 500;        // records per request (the services' maximum)
  const LEAVE_QUESTION = '当前表单有未保存的修改，离开后将丢失。确定离开吗？';

  // ----- elements --------------------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value; else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  const $ = (id) => document.getElementById(id);

  // ----- the API ---------------------------------------------------------------------------------

  const DEPARTMENT = new URLSearchParams(location.search).get('department') || null;

  function withDepartment(path) {
    if (!DEPARTMENT || !path.startsWith('/api/') || path.startsWith('/api/dashboard/')) return path;
    return `${path}${path.includes('?') ? '&' : '?'}department=${encodeURIComponent(DEPARTMENT)}`;
  }

  function cookie(name) {
    for (const part of document.cookie.split(';')) {
      const [key, ...value] = part.trim().split('=');
      if (key === name) return decodeURIComponent(value.join('='));
    }
    return null;
  }

  function signIn() {
    const next = location.pathname + location.search + location.hash;
    location.assign(`/login?next=${encodeURIComponent(next)}`);
  }

  const STATUS_TEXT = {
    0: '无法连接服务器', 400: '输入有误，未记录', 401: '请先登录', 403: '无权执行此操作', 404: '记录不存在',
    409: '记录已变化或存在冲突，未记录', 413: '内容过大', 415: '格式不受支持', 422: '请求重复但内容不同，未记录',
    429: '请求过于频繁，请稍后再试', 503: '服务暂不可用，请稍后再试',
  };

  async function request(method, path, body, headers) {
    const sent = { Accept: 'application/json, application/problem+json', ...(headers || {}) };
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    if (!['GET', 'HEAD'].includes(method)) {
      const token = cookie('XSRF-TOKEN');
      if (token) sent['X-XSRF-TOKEN'] = token;
    }
    let response;
    try {
      response = await fetch(withDepartment(path), {
        method, headers: sent, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      const error = new Error(`${STATUS_TEXT[0]}：${e.message}`);
      error.status = 0;
      error.problem = null;
      throw error;
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (e) { data = text; }
    }
    if (response.status === 401) signIn();
    if (!response.ok) {
      const problem = data && typeof data === 'object' ? data : null;
      const said = problem && (problem.detail || problem.title);
      const error = new Error(`${STATUS_TEXT[response.status] || `HTTP ${response.status}`}${said ? `：${said}` : ''}`);
      error.status = response.status;
      error.problem = problem;
      throw error;
    }
    return data;
  }

  const api = {
    get: (path) => request('GET', path),
    send: (method, path, body, headers) => request(method, path, body, headers),
  };

  // ----- labels (labels.json: types, fields, enums, hints) -----------------------------------------

  const labels = { types: {}, fields: {}, enums: {}, hints: {} };
  const typeLabel = (type) => labels.types[type] || type;
  const fieldLabel = (type, path) => labels.fields[`${type}.${path}`] || path;
  const hintOf = (type, path) => (labels.hints || {})[`${type}.${path}`];
  const enumLabel = (type, field, value) => labels.enums[`${type}.${field}.${value}`] || labels.enums[value] || value;

  // ----- shell: routes, navigation, leaving a dirty form, progress ---------------------------------

  const routes = new Map();
  let started = false;
  let me = null;
  let guards = [];
  let shownUrl = location.href;
  let flash = null;   // a message for the next page shown (e.g. 已记录)

  function register(route, title, render) {
    routes.set(route, { title, render });
    if (started) {
      renderNav();
      if (parseHash().route === route) show();
    }
  }

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, '');
    const cut = raw.indexOf('?');
    const path = cut < 0 ? raw : raw.slice(0, cut);
    const query = Object.fromEntries(new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1)));
    const parts = path.split('/').filter(Boolean).map((part) => {
      try { return decodeURIComponent(part); } catch (e) { return part; }
    });
    return { route: parts[0] || 'records', parts: parts.slice(1), query };
  }

  function hashOf(route, parts, query) {
    const path = [route, ...(parts || [])].map((part) => encodeURIComponent(part)).join('/');
    const search = new URLSearchParams(Object.entries(query || {}).filter(([, v]) => v !== undefined && v !== null && v !== ''));
    return `#/${path}${search.toString() ? `?${search}` : ''}`;
  }

  // keeps the page's state (filter, sort, page) in its URL without rendering again
  function replaceQuery(query) {
    const { route, parts } = parseHash();
    history.replaceState(null, '', hashOf(route, parts, query));
    shownUrl = location.href;
  }

  function guard(isDirty) {
    guards.push(isDirty);
  }
  const dirty = () => guards.some((isDirty) => isDirty());

  function go(hash, message) {
    guards = [];
    flash = message || null;
    if (location.hash === hash) show(); else location.hash = hash;
  }

  function busy(text) {
    const note = $('busy');
    const item = el('li', {}, el('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
    note.append(item);
    note.hidden = false;
    return (done) => {
      item.remove();
      if (!note.children.length) note.hidden = true;
      if (done) announce(done);
    };
  }

  function announce(text) {
    const status = $('announce');
    status.textContent = '';
    setTimeout(() => { status.textContent = text; }, 50);
  }

  function renderNav() {
    const nav = $('nav-list');
    const current = parseHash().route;
    const items = [...routes.entries()].map(([route, { title }]) => el('li', {},
      el('a', { href: `#/${route}`, 'aria-current': route === current ? 'page' : null }, title)));
    items.push(el('li', {}, el('a', { href: `/dashboard/${DEPARTMENT ? `?department=${encodeURIComponent(DEPARTMENT)}` : ''}` }, '看板')));
    nav.replaceChildren(...items);
  }

  async function show() {
    const { route, parts, query } = parseHash();
    const view = $('view');
    guards = [];
    shownUrl = location.href;
    renderNav();
    const entry = routes.get(route);
    view.replaceChildren();
    view.removeAttribute('aria-busy');
    if (flash) {
      view.append(el('p', { class: 'notice', role: 'status' }, flash));
      flash = null;
    }
    if (!entry) {
      view.append(el('h1', { tabindex: '-1' }, '页面不存在'), el('p', {}, el('a', { href: '#/records' }, '返回记录')));
      view.querySelector('h1').focus();
      return;
    }
    document.title = `${entry.title} · 法治建设台账`;
    const container = el('div', { class: 'page' });
    view.append(container);
    const done = busy('正在加载…');
    view.setAttribute('aria-busy', 'true');
    try {
      await entry.render(container, { parts, query });
    } catch (error) {
      container.append(el('p', { class: 'error', role: 'alert' }, `无法显示此页面：${error.message}`));
    } finally {
      done();
      view.removeAttribute('aria-busy');
    }
    const heading = container.querySelector('h1, h2');
    if (heading && !(document.activeElement && document.activeElement.closest('#view form'))) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  window.addEventListener('hashchange', () => {
    if (location.hash && !location.hash.startsWith('#/')) {   // an anchor in the page, not a route
      history.replaceState(null, '', shownUrl);
      return;
    }
    if (dirty() && !window.confirm(LEAVE_QUESTION)) {
      history.replaceState(null, '', shownUrl);   // stay, with the form as it was
      return;
    }
    show();
  });
  window.addEventListener('beforeunload', (event) => {
    if (dirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // ----- header: the user, the department, the selector when there are several ------------------

  async function renderHeader() {
    $('user').textContent = me.user;
    let departments = [];
    try {
      departments = await api.get('/api/reports/departments');
    } catch (e) {
      departments = [];   // names unknown: codes are shown
    }
    const nameOf = (code) => (departments.find((d) => d.code === code) || {}).name || (code === null ? '本部门' : code);
    const own = me.departments && me.departments.length ? me.departments : [];
    // a user of no department acts for the installation's default one (code 'default' unless configured otherwise)
    const current = DEPARTMENT || own[0] || (departments.some((d) => d.code === 'default') ? 'default' : null);
    $('department-name').textContent = nameOf(current);
    const choices = me.district ? departments.map((d) => d.code) : own;
    if (choices.length > 1 || (DEPARTMENT && !choices.includes(DEPARTMENT))) {
      const select = $('department');
      const codes = current && !choices.includes(current) ? [current, ...choices] : choices;
      select.replaceChildren(...codes.map((code) => el('option', { value: code }, `${nameOf(code)}（${code}）`)));
      select.value = current || codes[0];
      $('department-choice').hidden = false;
      select.addEventListener('change', () => {
        const url = new URL(location.href);
        url.searchParams.set('department', select.value);
        location.assign(url.toString());   // a full load: every call then acts for the chosen department
      });
    }
    $('logout').addEventListener('submit', (event) => {
      if (dirty() && !window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        return;
      }
      guards = [];
      $('logout-csrf').value = cookie('XSRF-TOKEN') || '';
    });
  }

  // ----- start -----------------------------------------------------------------------------------

  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  async function start() {
    try {
      const [who, table] = await Promise.all([
        api.get('/api/dashboard/me'),
        fetch('/app/labels.json', { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : {})),
      ]);
      me = who;
      Object.assign(labels, table);
    } catch (error) {
      $('view').replaceChildren(el('p', { class: 'error', role: 'alert' }, `无法读取当前用户：${error.message}`));
      return;
    }
    resolveReady();
    started = true;
    document.querySelector('.skip').addEventListener('click', (event) => {
      event.preventDefault();
      $('view').focus();
    });
    await renderHeader();
    if (!location.hash) history.replaceState(null, '', '#/records');
    show();
  }

  window.ledgerApp = {
    register, api, el, get me() { return me; }, department: DEPARTMENT,
    ready, labels, guard, busy,
  };

  // =====================================================================================================
  // Records: every record type of every context, its forms built from the OpenAPI request bodies
  // =====================================================================================================

  const cache = new Map();
  const once = (key, load) => {
    if (!cache.has(key)) cache.set(key, load().catch((error) => { cache.delete(key); throw error; }));
    return cache.get(key);
  };

  // type → { type, context, path, steps: [{ type, name, path }] }, from GET /api/<context>/ledger/types
  async function contextTypes(context) {
    return once(`types:${context}`, async () => {
      const answer = await api.get(`/api/${context}/ledger/types`);
      const all = Object.entries(answer.types || {});
      const records = all.filter(([, path]) => !path.includes('{of}')).map(([type, path]) => ({ type, context, path, steps: [] }));
      for (const [type, path] of all.filter(([, p]) => p.includes('{of}'))) {
        const owner = records.filter((r) => type.startsWith(`${r.type}.`)).sort((a, b) => b.type.length - a.type.length)[0];
        if (owner) owner.steps.push({ type, name: type.slice(owner.type.length + 1), path, segment: path.split('{of}/')[1] });
      }
      return records;
    });
  }

  async function findType(type) {
    const guess = contextGuess(type.split('.')[0]);
    const order = [...CONTEXTS.filter((c) => c.id === guess), ...CONTEXTS.filter((c) => c.id !== guess)];
    for (const context of order) {
      let types;
      try { types = await contextTypes(context.id); } catch (e) { continue; }
      const found = types.find((t) => t.type === type);
      if (found) return found;
    }
    return null;
  }

  function contextGuess(prefix) {
    return { study: 'study', governance: 'study', legal: 'litigation', outreach: 'outreach' }[prefix] || 'disclosure';
  }

  const contextTitle = (id) => (CONTEXTS.find((c) => c.id === id) || {}).title || id;

  function mayWrite(context) {
    if (!me || !(me.roles || []).includes('recorder')) return false;
    const contexts = me.contexts || [];
    if (contexts.length && !contexts.includes(context)) return false;
    return !(DEPARTMENT && me.departments && me.departments.length && !me.departments.includes(DEPARTMENT));
  }

  // ----- the one description of a form: the OpenAPI request body ---------------------------------

  const apiDocs = (context) => once(`docs:${context}`, () => api.get(`/v3/api-docs/${context}`));

  function resolve(doc, schema) {
    let current = schema;
    for (let i = 0; current && i < 10; i++) {
      if (current.$ref) current = ((doc.components || {}).schemas || {})[current.$ref.split('/').pop()];
      else if (current.allOf && current.allOf.length === 1) current = { ...current.allOf[0], ...current, allOf: undefined };
      else break;
    }
    return current || null;
  }

  function bodySchema(doc, path, method) {
    const operation = ((doc.paths || {})[path] || {})[method];
    const content = operation && operation.requestBody && operation.requestBody.content;
    if (!content) return null;
    const media = content['application/json'] || Object.values(content)[0];
    return media ? resolve(doc, media.schema) : null;
  }

  const typeOfSchema = (schema) => {
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    return type || (schema.enum ? 'string' : schema.properties ? 'object' : 'string');
  };

  // the fields of a body: [{ name, schema, required, kind, fields (an object's) }]
  function fieldsOf(doc, schema, skip) {
    const required = new Set(schema.required || []);
    return Object.entries(schema.properties || {}).filter(([name]) => !(skip || []).includes(name)).map(([name, raw]) => {
      const field = resolve(doc, raw) || {};
      const type = typeOfSchema(field);
      let kind = 'text';
      if (field.enum) kind = 'enum';
      else if (type === 'string' && field.format === 'date') kind = 'date';
      else if (type === 'integer') kind = 'integer';
      else if (type === 'number') kind = 'number';
      else if (type === 'boolean') kind = 'boolean';
      else if (type === 'array') kind = 'list';
      else if (type === 'object') kind = 'object';
      else if ((field.maxLength || 0) > 300) kind = 'textarea';
      const described = { name, schema: field, required: required.has(name), kind };
      if (kind === 'object') described.fields = fieldsOf(doc, field);
      if (kind === 'list') described.items = resolve(doc, field.items || {}) || {};
      return described;
    });
  }

  // the form of a record type (POST <path>) or of a step (POST <path>/{id}/<step>): its fields
  async function formFields(context, path, skip) {
    const doc = await apiDocs(context);
    const schema = bodySchema(doc, path, 'post');
    if (!schema || !schema.properties) throw new Error(`接口说明中没有 ${path} 的请求格式`);
    return fieldsOf(doc, schema, skip);
  }

  // ----- values as the pages show them -----------------------------------------------------------

  const COUNT_FIELDS = /^(attendees|eligible|participants|passed|decisions|contestants|required|persons|estimatedAudience|enterprisesPresent)$/;

  function display(type, name, value) {
    if (value === null || value === undefined || value === '') return COUNT_FIELDS.test(name) ? '未填报' : '—';
    if (typeof value === 'boolean') return value ? '是' : '否';
    if (Array.isArray(value)) return value.length ? value.map((v) => display(type, name, v)).join('、') : '—';
    if (typeof value === 'object') {
      return Object.entries(value).map(([k, v]) => `${fieldLabel(type, `${name}.${k}`)} ${display(type, k, v)}`).join('，');
    }
    if (typeof value === 'string' && /^[A-Z][A-Z_]+$/.test(value)) return enumLabel(type, name, value);
    return String(value);
  }

  function titleOf(record, id) {
    if (!record) return id;
    return record.title || record.name || (record.caseNumber && `${record.caseNumber} ${record.subject || ''}`.trim())
      || record.subject || record.requestSummary || record.enterprise || record.itemName || record.documentNumber || id;
  }

  const when = (instant) => (instant ? new Date(instant).toLocaleString('zh-CN', { hour12: false }) : '—');
  const todayInChina = () => new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  const thisYear = () => Number(todayInChina().slice(0, 4));

  const FIELD_MESSAGES = [
    [/^must not be (blank|null|empty)$/, () => '必填'],
    [/^must be greater than or equal to (\S+)$/, (m) => `不能小于 ${m[1]}`],
    [/^must be less than or equal to (\S+)$/, (m) => `不能大于 ${m[1]}`],
    [/^must be greater than (\S+)$/, (m) => `应大于 ${m[1]}`],
    [/^must be less than (\S+)$/, (m) => `应小于 ${m[1]}`],
    [/^size must be between (\d+) and (\d+)$/, (m) => `长度或数量应在 ${m[1]} 到 ${m[2]} 之间`],
    [/^must be one of/, () => '请从选项中选择'],
    [/^must be a date from 2000-01-01 up to today$/, () => '日期应在 2000-01-01 至今天之间'],
    [/^is not a field of this record/, () => '此记录没有这一项'],
    [/^must be a whole number$/, () => '应为整数'],
    [/is not a valid whole number$/, () => '应为整数'],
    [/is not a valid date/, () => '日期格式应为 年-月-日'],
    [/^must not exceed (\w+)$/, (m) => `不能超过${m[1]}`],
  ];

  function fieldMessage(message) {
    for (const [pattern, say] of FIELD_MESSAGES) {
      const match = pattern.exec(message || '');
      if (match) return `${say(match)}（${message}）`;
    }
    return message || '有误';
  }

  // ----- a form built from fields ------------------------------------------------------------------

  let formCount = 0;

  function buildForm(type, fields, values, options) {
    const prefix = `f${++formCount}`;
    const controls = new Map();    // field path → { read, write, node (the .field), focus }
    const root = el('div', { class: 'fields' });
    for (const field of fields) root.append(fieldNode(field, field.name, values ? values[field.name] : undefined));

    function fieldNode(field, path, value) {
      const id = `${prefix}-${path.replace(/\W/g, '-')}`;
      const hint = hintOf(type, path);
      const label = fieldLabel(type, path);
      const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
      const required = field.required ? el('span', { class: 'required', title: '必填' }, ' *') : null;
      const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
      const hintNode = hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
      const s = field.schema;
      let control;
      let read;
      let write;
      const wrap = (input, ...rest) => el('div', { class: `field field-${field.kind}`, 'data-field': path },
        el('label', { for: id }, label, required), input, ...rest, hintNode, error);
      if (field.kind === 'enum') {
        control = el('select', { id, name: path, 'aria-describedby': described, required: field.required },
          el('option', { value: '' }, field.required ? '（请选择）' : '（不填）'),
          ...s.enum.map((v) => el('option', { value: v }, enumLabel(type, path, v))));
        read = () => control.value || undefined;
        write = (v) => { control.value = v == null ? '' : v; };
      } else if (field.kind === 'boolean') {
        control = el('input', { id, name: path, type: 'checkbox', 'aria-describedby': described });
        read = () => control.checked;
        write = (v) => { control.checked = v === true; };
        const node = el('div', { class: 'field field-boolean', 'data-field': path },
          el('span', { class: 'check' }, control, el('label', { for: id }, label, required)), hintNode, error);
        controls.set(path, { read, write, node, focus: () => control.focus() });
        write(value);
        return node;
      } else if (field.kind === 'list') {
        return listNode(field, path, id, label, required, hintNode, error, value);
      } else if (field.kind === 'object') {
        const box = el('fieldset', { class: 'field field-object', 'data-field': path, 'aria-describedby': described },
          el('legend', {}, label, required));
        for (const sub of field.fields) box.append(fieldNode(sub, `${path}.${sub.name}`, value ? value[sub.name] : undefined));
        box.append(...[hintNode, error].filter(Boolean));
        const subs = field.fields.map((sub) => `${path}.${sub.name}`);
        read = () => {
          const parts = subs.map((p) => [p.split('.').pop(), controls.get(p).read()]);
          if (parts.every(([, v]) => v === undefined || v === false)) return undefined;
          return Object.fromEntries(parts.map(([k, v]) => [k, v === undefined ? 0 : v]));
        };
        controls.set(path, { read, write: () => {}, node: box, focus: () => controls.get(subs[0]).focus() });
        return box;
      } else if (field.kind === 'textarea') {
        control = el('textarea', { id, name: path, rows: 3, maxlength: s.maxLength, 'aria-describedby': described, required: field.required });
        read = () => (control.value.trim() === '' ? undefined : control.value.trim());
        write = (v) => { control.value = v == null ? '' : v; };
      } else {
        const attributes = { id, name: path, 'aria-describedby': described, required: field.required };
        if (field.kind === 'date') Object.assign(attributes, { type: 'date', min: '2000-01-01' });
        else if (field.kind === 'integer' || field.kind === 'number') {
          Object.assign(attributes, { type: 'number', inputmode: field.kind === 'integer' ? 'numeric' : 'decimal',
            step: field.kind === 'integer' ? '1' : 'any', min: s.minimum, max: s.maximum });
        } else Object.assign(attributes, { type: s.format === 'uri' || /url/i.test(path) ? 'url' : 'text', maxlength: s.maxLength });
        control = el('input', attributes);
        read = () => {
          const text = control.value.trim();
          if (field.kind === 'integer' || field.kind === 'number') {
            if (control.validity && control.validity.badInput) return { invalid: '请输入数字' };
            return text === '' ? undefined : Number(text);
          }
          return text === '' ? undefined : text;
        };
        write = (v) => { control.value = v == null ? '' : String(v); };
      }
      const node = wrap(control);
      controls.set(path, { read, write, node, focus: () => control.focus() });
      write(value);
      return node;
    }

    function listNode(field, path, id, label, required, hintNode, error, value) {
      const rows = el('ol', { class: 'rows' });
      const isLaw = /(^|\.)laws$/.test(path);
      const add = el('button', { type: 'button', class: 'secondary add-row' }, '添加一项');
      const box = el('fieldset', { class: 'field field-list', 'data-field': path, id },
        el('legend', {}, label, required), rows, add, hintNode, error);
      let n = 0;
      const addRow = (text, focus) => {
        const rowId = `${id}-${++n}`;
        const input = el('input', { id: rowId, type: 'text', name: `${path}[]`, maxlength: field.items.maxLength,
          list: isLaw && options && options.lawList ? options.lawList : null });
        const remove = el('button', { type: 'button', class: 'secondary remove-row' }, '删除');
        const row = el('li', {}, el('label', { for: rowId, class: 'visually-hidden' }, `${label} 第 ${rows.children.length + 1} 项`), input, remove);
        remove.setAttribute('aria-label', `删除${label}的这一项`);
        remove.addEventListener('click', () => {
          const next = row.nextElementSibling || row.previousElementSibling;
          row.remove();
          renumber();
          root.dispatchEvent(new Event('input', { bubbles: true }));
          (next ? next.querySelector('input') : add).focus();
        });
        input.value = text || '';
        rows.append(row);
        if (focus) input.focus();
      };
      const renumber = () => [...rows.children].forEach((row, i) => {
        row.querySelector('label').textContent = `${label} 第 ${i + 1} 项`;
      });
      add.addEventListener('click', () => addRow('', true));
      const write = (list) => {
        rows.replaceChildren();
        for (const item of list || []) addRow(item);
        if (!rows.children.length) addRow('');
      };
      const read = () => {
        const items = [...rows.querySelectorAll('input')].map((input) => input.value.trim()).filter((text) => text !== '');
        return items.length ? items : undefined;
      };
      controls.set(path, { read, write, node: box, focus: () => (rows.querySelector('input') || add).focus(), rows });
      write(value);
      return box;
    }

    function read() {
      const body = {};
      const invalid = [];
      for (const field of fields) {
        const value = controls.get(field.name).read();
        if (value && typeof value === 'object' && value.invalid) invalid.push({ field: field.name, message: value.invalid });
        else if (value !== undefined) body[field.name] = value;
      }
      for (const [path, control] of controls) {
        if (!path.includes('.')) continue;
        const value = control.read();
        if (value && typeof value === 'object' && value.invalid) invalid.push({ field: path, message: value.invalid });
      }
      return { body, invalid };
    }

    function clearErrors() {
      for (const node of root.querySelectorAll('.field-error')) {
        node.hidden = true;
        node.textContent = '';
      }
      for (const node of root.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
      for (const node of root.querySelectorAll('.field.has-error')) node.classList.remove('has-error');
    }

    // a problem's errors[].field at its field ("record." of a correction's body dropped); returns those not placed
    function showErrors(errors, stripPrefix) {
      const unplaced = [];
      let first = null;
      for (const problem of errors) {
        let path = String(problem.field || '');
        if (stripPrefix && path.startsWith(stripPrefix)) path = path.slice(stripPrefix.length);
        const index = /\[(\d+)\]/.exec(path);
        const plain = path.replace(/\[\d+\]/g, '');
        const control = controls.get(plain) || controls.get(plain.split('.')[0]);
        if (!control) { unplaced.push(problem); continue; }
        const node = control.node;
        node.classList.add('has-error');
        const error = node.querySelector(':scope > .field-error') || node.querySelector('.field-error');
        const prefix = index && control.rows ? `第 ${Number(index[1]) + 1} 项：` : '';
        error.textContent = `${error.textContent ? `${error.textContent}；` : ''}${prefix}${fieldMessage(problem.message)}`;
        error.hidden = false;
        const input = index && control.rows ? control.rows.querySelectorAll('input')[Number(index[1])] : node.querySelector('input, select, textarea');
        if (input) input.setAttribute('aria-invalid', 'true');
        if (!first) first = () => (input ? input.focus() : control.focus());
      }
      if (first) first();
      return unplaced;
    }

    const snapshot = () => JSON.stringify(read());
    return { node: root, read, showErrors, clearErrors, snapshot, controls };
  }

  // ----- submitting a form: progress, nothing twice, the problem at its field ----------------------

  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return `app-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }

  // a <form> around fields: submit(body) sends it; returns { form, markClean }
  function formShell({ title, intro, form: built, extra, submitText, onSubmit, cancelHash, stripPrefix }) {
    const general = el('div', { class: 'form-error', role: 'alert', hidden: true });
    const submit = el('button', { type: 'submit' }, submitText);
    const cancel = cancelHash ? el('a', { class: 'button secondary', href: cancelHash }, '取消') : null;
    const form = el('form', { novalidate: true, class: 'record-form' },
      el('h2', {}, title), intro ? el('p', { class: 'muted' }, intro) : null,
      general, built ? built.node : null, extra || null,
      el('div', { class: 'actions' }, submit, cancel));
    let clean = null;
    const markClean = () => { clean = state(); };
    const state = () => new URLSearchParams(new FormData(form)).toString()
      + [...form.querySelectorAll('input[type=checkbox]')].map((c) => c.checked).join()
      + form.querySelectorAll('.rows li').length;
    setTimeout(markClean, 0);
    guard(() => clean !== null && form.isConnected && state() !== clean);
    let key = newKey();
    const fail = (error) => {
      const problem = error.problem || {};
      const errors = Array.isArray(problem.errors) ? problem.errors : [];
      const unplaced = built && errors.length ? built.showErrors(errors, stripPrefix) : errors;
      const rest = unplaced.map((e) => `${e.field ? `${e.field}：` : ''}${fieldMessage(e.message)}`);
      general.replaceChildren(...(errors.length && !rest.length
        ? [el('p', {}, `${STATUS_TEXT[error.status] || error.message}。请按标出的提示修改后再保存。`)]
        : [el('p', {}, error.message), ...rest.map((text) => el('p', {}, text)),
          error.status === 409 && cancelHash ? el('p', {}, el('a', { href: cancelHash }, '重新读取此记录'), '，再按其现状修改。') : null]
          .filter(Boolean)));
      general.hidden = false;
      if (!errors.length || rest.length) general.focus();
      if (error.status >= 400 && error.status < 500) key = newKey();   // answered: a changed body is a new request
    };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (submit.disabled) return;
      general.hidden = true;
      general.setAttribute('tabindex', '-1');
      if (built) built.clearErrors();
      const read = built ? built.read() : { body: {}, invalid: [] };
      if (read.invalid.length) {
        built.showErrors(read.invalid);
        return;
      }
      submit.disabled = true;
      const done = busy('正在保存…');
      form.setAttribute('aria-busy', 'true');
      try {
        await onSubmit(read.body, key, { fail, markClean });
      } catch (error) {
        fail(error);
      } finally {
        submit.disabled = false;
        form.removeAttribute('aria-busy');
        done();
      }
    });
    return { form, markClean, fail, general };
  }

  // ----- #/records: the contexts and their record types ---------------------------------------------

  async function renderIndex(container, year) {
    container.append(el('h1', {}, '记录'), el('p', { class: 'muted' }, '按业务领域和记录类型查看、录入、更正和撤回台账记录。'));
    const grid = el('div', { class: 'contexts' });
    container.append(grid);
    await Promise.all(CONTEXTS.map(async (context) => {
      const section = el('section', { class: 'context-card', 'aria-label': context.title }, el('h2', {}, context.title));
      grid.append(section);
      try {
        const types = await contextTypes(context.id);
        section.append(el('ul', { class: 'types' }, ...types.map((t) => el('li', {},
          el('a', { href: hashOf('records', [t.type], { year }), 'data-type': t.type }, typeLabel(t.type))))));
      } catch (error) {
        section.append(el('p', { class: 'error' }, `暂不可用：${error.message}`));
      }
    }));
    // keep the contexts in their order whatever answered first
    for (const context of CONTEXTS) grid.append(grid.querySelector(`[aria-label="${context.title}"]`));
  }

  // ----- #/records/<type>?year=: the year's records ---------------------------------------------------

  async function allRecords(path, year, progress) {
    const first = await api.get(`${path}?year=${year}&page=0&size=${FETCH_SIZE}`);
    const records = [...first.records];
    for (let page = 1; records.length < first.total && page < 200; page++) {
      if (progress) progress(records.length, first.total);
      const next = await api.get(`${path}?year=${year}&page=${page}&size=${FETCH_SIZE}`);
      if (!next.records.length) break;
      records.push(...next.records);
    }
    return records;
  }

  function yearSelect(year, onChange) {
    const select = el('select', { id: 'year' });
    for (let y = Math.max(thisYear(), year); y >= Math.min(2017, year); y--) select.append(el('option', { value: y }, `${y} 年`));
    select.value = String(year);
    select.addEventListener('change', () => onChange(Number(select.value)));
    return el('label', { class: 'inline' }, '年度 ', select);
  }

  function columnsOf(fields) {
    const scalar = fields.filter((f) => ['text', 'enum', 'date', 'integer', 'number', 'boolean'].includes(f.kind));
    // the title-like field first (it links to the record), then its first date (the year's order), then the rest
    const lead = [scalar.find((f) => f.kind === 'text'), scalar.find((f) => f.kind === 'date')].filter(Boolean);
    return [...lead, ...scalar.filter((f) => !lead.includes(f))].slice(0, 6);
  }

  async function renderList(container, info, query) {
    const year = /^\d{4}$/.test(query.year || '') ? Number(query.year) : thisYear();
    const writable = mayWrite(info.context);
    container.append(
      el('nav', { class: 'crumbs', 'aria-label': '位置' }, el('a', { href: hashOf('records', [], { year }) }, '记录'), ' › ',
        contextTitle(info.context)),
      el('div', { class: 'title-row' },
        el('h1', {}, `${typeLabel(info.type)}（${year} 年）`),
        yearSelect(year, (y) => go(hashOf('records', [info.type], { year: y }))),
        writable ? el('a', { class: 'button', href: hashOf('records', [info.type], { year, action: 'new' }) }, `新增${typeLabel(info.type)}`) : null));
    if (query.action === 'new' && writable) {
      await renderNewForm(container, info, year);
      return;
    }
    const fields = await formFields(info.context, info.path);
    const columns = columnsOf(fields);
    const progressNote = el('p', { class: 'muted', role: 'status' }, '正在读取记录…');
    container.append(progressNote);
    const records = await allRecords(info.path, year, (done, total) => { progressNote.textContent = `正在读取记录… ${done} / ${total}`; });
    progressNote.remove();
    const current = records.filter((r) => !r.withdrawn);
    const withdrawn = records.filter((r) => r.withdrawn);

    const state = { q: query.q || '', sort: query.sort || '', dir: query.dir === 'desc' ? 'desc' : 'asc', page: Math.max(0, Number(query.page) || 0) };
    const search = el('input', { type: 'search', id: 'filter', value: state.q, placeholder: '输入文字筛选' });
    const tools = el('div', { class: 'tools' }, el('label', { for: 'filter' }, '筛选 '), search,
      el('span', { class: 'muted', id: 'count' }));
    const table = el('table', { class: 'records', 'aria-describedby': 'count' });
    const pager = el('nav', { class: 'pager', 'aria-label': '分页' });
    container.append(tools, el('div', { class: 'table-wrap' }, table), pager);

    const cell = (entry, column) => display(info.type, column.name, entry.record[column.name]);
    const link = (entry, text) => el('a', { href: hashOf('records', [info.type, entry.id], { year }), 'data-record-id': entry.id }, text || entry.id);
    const heads = [...columns.map((c) => ({ key: c.name, title: fieldLabel(info.type, c.name),
      value: (e) => (c.kind === 'enum' ? cell(e, c) : e.record[c.name]) })),
      { key: 'recordedBy', title: '录入人', value: (e) => e.recordedBy },
      { key: 'changedAt', title: '最后修改', value: (e) => e.changedAt }];

    const draw = () => {
      const words = state.q.trim().toLowerCase();
      let rows = current.filter((entry) => !words || [entry.id, entry.recordedBy, ...columns.map((c) => cell(entry, c)),
        ...Object.values(entry.record).map((v) => (typeof v === 'string' ? v : ''))].join(' ').toLowerCase().includes(words));
      const head = heads.find((h) => h.key === state.sort);
      if (head) {
        const sign = state.dir === 'desc' ? -1 : 1;
        rows = [...rows].sort((a, b) => {
          const x = head.value(a); const y = head.value(b);
          if (x === y) return 0;
          if (x === null || x === undefined) return 1;
          if (y === null || y === undefined) return -1;
          return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN')) * sign;
        });
      }
      const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
      state.page = Math.min(state.page, pages - 1);
      const shown = rows.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
      $('count').textContent = `共 ${current.length} 条${words ? `，筛选出 ${rows.length} 条` : ''}${withdrawn.length ? `；另有已撤回 ${withdrawn.length} 条` : ''}`;
      table.replaceChildren(
        el('caption', { class: 'visually-hidden' }, `${typeLabel(info.type)}，${year} 年`),
        el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', {
          scope: 'col', 'aria-sort': state.sort === h.key ? (state.dir === 'desc' ? 'descending' : 'ascending') : null,
        }, el('button', { type: 'button', class: 'sort', 'data-sort': h.key },
          h.title, state.sort === h.key ? (state.dir === 'desc' ? ' ▼' : ' ▲') : ''))))),
        el('tbody', {}, ...(shown.length ? shown.map((entry) => el('tr', { 'data-record-id': entry.id },
          ...columns.map((c, i) => el('td', { class: ['integer', 'number'].includes(c.kind) ? 'num' : c.kind === 'date' ? 'date' : null },
            i === 0 ? link(entry, cell(entry, c)) : cell(entry, c))),
          el('td', {}, entry.recordedBy || '—'), el('td', {}, when(entry.changedAt))))
          : [el('tr', {}, el('td', { colspan: heads.length, class: 'muted' }, words ? '没有符合筛选条件的记录。' : '本年度还没有记录。'))])));
      pager.replaceChildren(
        el('button', { type: 'button', class: 'secondary', 'data-page': 'prev', disabled: state.page === 0 }, '上一页'),
        el('span', {}, ` 第 ${state.page + 1} / ${pages} 页 `),
        el('button', { type: 'button', class: 'secondary', 'data-page': 'next', disabled: state.page >= pages - 1 }, '下一页'));
      pager.hidden = pages <= 1;
      if (table.isConnected) replaceQuery({ year, q: state.q || undefined, sort: state.sort || undefined, dir: state.sort ? state.dir : undefined,
        page: state.page || undefined });
    };
    table.addEventListener('click', (event) => {
      const button = event.target.closest('button.sort');
      if (!button) return;
      const key = button.dataset.sort;
      state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      draw();
      table.querySelector(`button[data-sort="${key}"]`).focus();
    });
    pager.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-page]');
      if (!button) return;
      state.page += button.dataset.page === 'next' ? 1 : -1;
      draw();
      pager.querySelector(`button[data-page="${button.dataset.page}"]`)?.focus();
    });
    search.addEventListener('input', () => { state.q = search.value; state.page = 0; draw(); });
    draw();

    if (withdrawn.length) {
      container.append(el('details', { class: 'withdrawn' },
        el('summary', {}, `已撤回的记录（${withdrawn.length} 条，不计入统计）`),
        el('div', { class: 'table-wrap' }, el('table', { class: 'records withdrawn-records' },
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, fieldLabel(info.type, columns[0] ? columns[0].name : 'id')),
            el('th', { scope: 'col' }, '撤回原因'), el('th', { scope: 'col' }, '撤回人'), el('th', { scope: 'col' }, '撤回时间'))),
          el('tbody', {}, ...withdrawn.map((entry) => el('tr', { 'data-record-id': entry.id },
            el('td', {}, link(entry, columns[0] ? cell(entry, columns[0]) : entry.id)), el('td', {}, entry.withdrawalReason || '—'),
            el('td', {}, entry.changedBy || '—'), el('td', {}, when(entry.changedAt)))))))));
    }
  }

  // laws already named in the year's records and the year's required law lists, for the law fields
  function lawDatalist(container, info, year) {
    const id = `laws-${++formCount}`;
    const list = el('datalist', { id });
    container.append(list);
    const names = new Set();
    const sources = [allRecords('/api/study/law-lists', year)];
    if (info.path !== '/api/study/law-lists') sources.push(allRecords(info.path, year));
    Promise.allSettled(sources).then((answers) => {
      for (const answer of answers) {
        if (answer.status !== 'fulfilled') continue;
        for (const entry of answer.value) {
          if (!entry.withdrawn) for (const law of entry.record.laws || []) names.add(law);
        }
      }
      list.replaceChildren(...[...names].sort((a, b) => a.localeCompare(b, 'zh-CN')).map((law) => el('option', { value: law })));
    });
    return id;
  }

  async function renderNewForm(container, info, year) {
    const fields = await formFields(info.context, info.path);
    const lawList = fields.some((f) => f.name === 'laws') ? lawDatalist(container, info, year) : null;
    const built = buildForm(info.type, fields, null, { lawList });
    const { form } = formShell({
      title: `录入${typeLabel(info.type)}`, intro: '带 * 的为必填项。保存后记录即计入台账；录错可更正或撤回，不会删除。',
      form: built, submitText: '保存', cancelHash: hashOf('records', [info.type], { year }),
      onSubmit: async (body, key) => {
        const answer = await api.send('POST', info.path, body, { 'Idempotency-Key': key });
        guards = [];
        go(hashOf('records', [info.type, answer.id], { year }), `已记录：${typeLabel(info.type)}「${titleOf(body, answer.id)}」`);
      },
    });
    container.append(form);
    const firstInput = form.querySelector('input, select, textarea');
    if (firstInput) firstInput.focus();
  }

  // ----- #/records/<type>/<id>: one record, its actions, its legal clock, its history -------------------

  function detailsTable(type, record, fieldsFirst) {
    const names = [...new Set([...fieldsFirst, ...Object.keys(record)])];
    return el('dl', { class: 'details' }, ...names.filter((n) => n in record).map((name) => [
      el('dt', {}, fieldLabel(type, name)), el('dd', { 'data-field': name }, display(type, name, record[name]))]).flat());
  }

  function diffRows(type, before, after, names) {
    const normal = (v) => (v === undefined || v === null || (Array.isArray(v) && !v.length) ? null : JSON.stringify(v));
    return names.filter((name) => normal(before ? before[name] : undefined) !== normal(after ? after[name] : undefined))
      .map((name) => ({ name, label: fieldLabel(type, name), before: display(type, name, before ? before[name] : null),
        after: display(type, name, after ? after[name] : null) }));
  }

  const CHANGES = {
    recorded: '录入', corrected: '更正', withdrawn: '撤回', defenceFiled: '答辩', caseRegisteredOnPlatform: '应诉平台登记',
    hearingHeld: '开庭', caseConcluded: '结案', caseAppealed: '上诉', defenceDeadlinePassed: '答辩期限届满',
    defenceReminderDue: '答辩期限提醒', applicationCorrectionRequested: '告知补正', applicationCorrectionReceived: '收到补正',
    applicationExtensionApproved: '延期答复', disclosureApplicationAnswered: '答复', applicationDeadlinePassed: '答复期限届满',
    applicationDueDayRecounted: '答复期限重新计算',
  };

  async function legalClock(info, entry) {
    const r = entry.record;
    const rows = [];
    let status = '';
    let css = '';
    if (info.type === 'legal.case') {
      let open = null;
      try {
        const clocks = await api.get('/api/litigation/deadlines');
        open = [...(clocks.upcoming || []), ...(clocks.overdue || [])].find((d) => d.caseId === entry.id) || null;
      } catch (e) { open = null; }
      rows.push(['答辩期限', r.defenceDueOn ? `${r.defenceDueOn}（收到副本之日起 15 日）` : '—']);
      if (open && open.remindOn) rows.push(['提醒日期', open.remindOn]);
      if (r.defenceFiledOn) { status = `已于 ${r.defenceFiledOn} 提交答辩${r.defenceOverdue ? '（逾期）' : ''}`; css = r.defenceOverdue ? 'late' : 'done'; }
      else if (r.concludedOn) { status = `已于 ${r.concludedOn} 结案`; css = 'done'; }
      else if (open) {
        status = open.status === 'OVERDUE' || open.daysLeft < 0 ? `已逾期 ${Math.abs(open.daysLeft)} 天，尚未答辩` : `尚未答辩，剩余 ${open.daysLeft} 天`;
        css = open.status === 'OVERDUE' || open.daysLeft < 0 ? 'late' : 'open';
      } else if (r.defenceDueOn) {
        const left = Math.round((Date.parse(r.defenceDueOn) - Date.parse(todayInChina())) / 86400000);
        status = left < 0 ? `已逾期 ${-left} 天，尚未答辩` : `尚未答辩，剩余 ${left} 天`;
        css = left < 0 ? 'late' : 'open';
      }
    } else if (info.type === 'disclosure.application') {
      let open = null;
      try {
        const clocks = await api.get('/api/disclosure/deadlines');
        open = [...(clocks.upcoming || []), ...(clocks.overdue || []), ...(clocks.paused || [])]
          .find((d) => d.applicationId === entry.id) || null;
      } catch (e) { open = null; }
      rows.push(['答复期限', r.dueOn ? `${r.dueOn}${r.dueOnProvisional ? '（暂定：当年节假日安排尚未公布）' : ''}` : '—（等待补正，时限暂停）']);
      rows.push(['计算方式', `收到申请之日起 20 个工作日${r.pausedWorkingDays ? `，补正暂停 ${r.pausedWorkingDays} 个工作日` : ''}${r.extensionWorkingDays ? `，延期 ${r.extensionWorkingDays} 个工作日` : ''}`]);
      if (r.answeredOn) { status = `已于 ${r.answeredOn} 答复${r.answeredLate ? '（逾期）' : ''}`; css = r.answeredLate ? 'late' : 'done'; }
      else if (r.correctionRequestedOn) { status = `已于 ${r.correctionRequestedOn} 告知补正，等待申请人补正（时限暂停）`; css = 'paused'; }
      else if (open && typeof open.daysLeft === 'number') {
        status = open.daysLeft < 0 || open.status === 'OVERDUE' ? `已逾期 ${Math.abs(open.daysLeft)} 天，尚未答复` : `尚未答复，剩余 ${open.daysLeft} 天`;
        css = open.daysLeft < 0 || open.status === 'OVERDUE' ? 'late' : 'open';
      } else if (r.deadlinePassed) { status = '已超过答复期限，尚未答复'; css = 'late'; }
      else { status = '尚未答复'; css = 'open'; }
    } else {
      return null;
    }
    return el('section', { class: `clock clock-${css}`, 'aria-label': '法定时限', id: 'clock' },
      el('h2', {}, '法定时限'),
      el('p', { class: 'clock-status', 'data-clock': css }, status),
      el('dl', { class: 'details' }, ...rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]).flat()));
  }

  // a step that happens once, done already: not offered again (the service refuses what its lifecycle does not allow)
  const ONCE = { defence: 'defenceFiledOn', platformRegistration: 'platformRegisteredOn', conclusion: 'concludedOn',
    appeal: 'appealedOn', extension: 'extensionApprovedOn', answer: 'answeredOn' };
  const stepDone = (step, record) => Boolean(ONCE[step.name] && record[ONCE[step.name]]);

  async function renderRecord(container, info, id, query) {
    const year = /^\d{4}$/.test(query.year || '') ? Number(query.year) : null;
    const [entry, fields] = await Promise.all([api.get(`${info.path}/${encodeURIComponent(id)}`), formFields(info.context, info.path)]);
    const recordYear = year || Number(String(Object.values(entry.record).find((v) => /^\d{4}-\d\d-\d\d$/.test(v)) || thisYear()).slice(0, 4));
    const writable = mayWrite(info.context) && !entry.withdrawn;
    const self = (action) => hashOf('records', [info.type, id], { year: year || undefined, action });
    container.append(
      el('nav', { class: 'crumbs', 'aria-label': '位置' }, el('a', { href: hashOf('records', [], {}) }, '记录'), ' › ',
        el('a', { href: hashOf('records', [info.type], { year: recordYear }) }, `${typeLabel(info.type)}（${recordYear} 年）`)),
      el('h1', {}, titleOf(entry.record, id)),
      el('p', { class: 'meta' },
        el('span', {}, `${typeLabel(info.type)} · 编号 `, el('code', {}, id)), ' · ',
        el('span', { 'data-version': entry.version }, `版本 ${entry.version}`), ' · ',
        `${entry.recordedBy || '—'} 录入于 ${when(entry.recordedAt)}`,
        entry.version > 0 ? `；${entry.changedBy || '—'} 最后修改于 ${when(entry.changedAt)}` : ''),
      ...(entry.withdrawn ? [el('p', { class: 'withdrawn-note', role: 'note' }, `此记录已撤回，不计入统计。撤回原因：${entry.withdrawalReason || '—'}`)] : []));

    const actions = el('div', { class: 'record-actions' });
    if (writable) {
      actions.append(el('a', { class: 'button', href: self('correct'), 'data-action': 'correct' }, '更正'),
        el('a', { class: 'button danger', href: self('withdraw'), 'data-action': 'withdraw' }, '撤回'),
        ...info.steps.filter((step) => !stepDone(step, entry.record)).map((step) => el('a', { class: 'button secondary', href: self(step.name), 'data-action': step.name },
          typeLabel(step.type))));
      container.append(actions);
    }
    const action = query.action;
    const actionBox = el('div', { class: 'action-box' });
    container.append(actionBox);
    if (action && writable) {
      if (action === 'correct') renderCorrection(actionBox, info, entry, fields, self, recordYear);
      else if (action === 'withdraw') renderWithdrawal(actionBox, info, entry, self);
      else {
        const step = info.steps.find((s) => s.name === action);
        if (step) await renderStep(actionBox, info, entry, step, self, recordYear);
      }
    }

    const clock = await legalClock(info, entry);
    if (clock) container.append(clock);
    container.append(el('section', { 'aria-label': '记录内容' }, el('h2', {}, '记录内容'),
      detailsTable(info.type, entry.record, fields.map((f) => f.name))));
    if (entry.record.appealCaseId) {
      container.append(el('p', {}, '二审案件：', el('a', { href: hashOf('records', ['legal.case', entry.record.appealCaseId], {}) }, entry.record.appealCaseId)));
    }

    const historySection = el('section', { 'aria-label': '变更历史', id: 'history' }, el('h2', {}, '变更历史'), el('p', { class: 'muted' }, '正在读取…'));
    container.append(historySection);
    try {
      const history = await api.get(`${info.path}/${encodeURIComponent(id)}/history`);
      const names = [...new Set([...fields.map((f) => f.name), ...history.flatMap((c) => Object.keys(c.record || {}))])];
      let before = null;
      const rows = history.map((change) => {
        const diff = change.record ? diffRows(info.type, before, change.record, names) : [];
        const what = change.change === 'recorded' ? '首次录入' : change.change === 'withdrawn' ? '不再计入统计'
          : diff.length ? el('ul', { class: 'diff' }, ...diff.map((d) => el('li', {}, `${d.label}：${d.before} → ${d.after}`))) : '—';
        if (change.record) before = change.record;
        return el('tr', { 'data-change': change.change },
          el('td', { class: 'num' }, change.version), el('td', {}, CHANGES[change.change] || change.change),
          el('td', {}, when(change.at)), el('td', {}, change.by ? String(change.by) : '—'),
          el('td', {}, change.reason || '—'), el('td', {}, what));
      });
      historySection.replaceChildren(el('h2', {}, '变更历史'), el('div', { class: 'table-wrap' }, el('table', { class: 'history' },
        el('thead', {}, el('tr', {}, ...['版本', '变更', '时间', '操作人', '原因', '内容'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, ...rows))));
    } catch (error) {
      historySection.replaceChildren(el('h2', {}, '变更历史'), el('p', { class: 'error' }, `无法读取变更历史：${error.message}`));
    }
    const form = actionBox.querySelector('form');
    if (form) {
      const first = form.querySelector('input:not([type=hidden]), select, textarea');
      if (first) first.focus();
      form.scrollIntoView({ block: 'start' });
    }
  }

  function renderCorrection(box, info, entry, fields, self, year) {
    const current = Object.fromEntries(fields.map((f) => [f.name, entry.record[f.name]]));
    const lawList = fields.some((f) => f.name === 'laws') ? lawDatalist(box, info, year) : null;
    const built = buildForm(info.type, fields, current, { lawList });
    const reason = el('textarea', { id: 'correction-reason', name: 'reason', rows: 2, maxlength: 500, required: true, 'aria-describedby': 'correction-reason-error' });
    const reasonError = el('p', { class: 'field-error', id: 'correction-reason-error', hidden: true });
    const reasonField = el('div', { class: 'field', 'data-field': 'reason' },
      el('label', { for: 'correction-reason' }, '更正原因', el('span', { class: 'required', title: '必填' }, ' *')), reason, reasonError);
    const preview = el('div', { class: 'preview', 'aria-live': 'polite' });
    let confirmed = null;   // the body shown in the preview: saved only if unchanged since
    const shell = formShell({
      title: `更正${typeLabel(info.type)}`, intro: '更正时须填写原因。保存前会列出修改了哪些内容。原记录保留在变更历史中。',
      form: built, extra: el('div', {}, reasonField, preview), submitText: '检查修改', cancelHash: self(undefined), stripPrefix: 'record.',
      onSubmit: async (body, key, { fail }) => {
        const text = reason.value.trim();
        const sendable = JSON.stringify(body);
        if (confirmed !== sendable || !text) {
          confirmed = null;
          const diff = diffRows(info.type, current, body, fields.map((f) => f.name));
          preview.replaceChildren();
          if (!text) {
            reasonError.textContent = '请填写更正原因';
            reasonError.hidden = false;
            reason.setAttribute('aria-invalid', 'true');
            reason.focus();
            return;
          }
          reasonError.hidden = true;
          reason.removeAttribute('aria-invalid');
          if (!diff.length) {
            preview.append(el('p', { class: 'form-error', role: 'alert' }, '没有修改任何内容。'));
            return;
          }
          confirmed = sendable;
          const save = el('button', { type: 'button', id: 'confirm-correction' }, '确认更正');
          preview.append(el('h3', {}, '将要修改的内容'), el('table', { class: 'diff-table' },
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '项目'), el('th', { scope: 'col' }, '原值'), el('th', { scope: 'col' }, '新值'))),
            el('tbody', {}, ...diff.map((d) => el('tr', { 'data-field': d.name }, el('td', {}, d.label), el('td', {}, d.before), el('td', {}, d.after))))),
            el('p', {}, `更正原因：${text}`), save);
          save.addEventListener('click', async () => {
            if (save.disabled) return;
            save.disabled = true;
            const done = busy('正在保存更正…');
            try {
              await api.send('PUT', `${info.path}/${encodeURIComponent(entry.id)}`,
                { expectedVersion: entry.version, reason: text, record: JSON.parse(confirmed) }, { 'Idempotency-Key': key });
              guards = [];
              go(self(undefined), `已更正（原因：${text}）`);
            } catch (error) {
              if (error.problem && Array.isArray(error.problem.errors)) {
                for (const e of error.problem.errors.filter((x) => x.field === 'reason')) {
                  reasonError.textContent = fieldMessage(e.message);
                  reasonError.hidden = false;
                }
                error.problem.errors = error.problem.errors.filter((x) => x.field !== 'reason');
              }
              preview.replaceChildren();
              confirmed = null;
              fail(error);
            } finally {
              save.disabled = false;
              done();
            }
          });
          save.focus();
        } else {
          preview.querySelector('#confirm-correction').focus();   // checked already: saving is the button's
        }
      },
    });
    shell.form.addEventListener('input', () => {
      if (confirmed) { confirmed = null; preview.replaceChildren(el('p', { class: 'muted' }, '内容已改动，请重新检查修改。')); }
    });
    box.append(shell.form);
  }

  function renderWithdrawal(box, info, entry, self) {
    const reason = el('textarea', { id: 'withdrawal-reason', name: 'reason', rows: 2, maxlength: 500, required: true,
      'aria-describedby': 'withdrawal-reason-error' });
    const reasonError = el('p', { class: 'field-error', id: 'withdrawal-reason-error', hidden: true });
    const shell = formShell({
      title: `撤回${typeLabel(info.type)}`, intro: '撤回后此记录不再计入统计，但仍保留在台账和变更历史中。',
      extra: el('div', { class: 'field', 'data-field': 'reason' },
        el('label', { for: 'withdrawal-reason' }, '撤回原因', el('span', { class: 'required', title: '必填' }, ' *')), reason, reasonError),
      submitText: '确认撤回', cancelHash: self(undefined),
      onSubmit: async (body, key) => {
        const text = reason.value.trim();
        if (!text) {
          reasonError.textContent = '请填写撤回原因';
          reasonError.hidden = false;
          reason.focus();
          return;
        }
        try {
          await api.send('POST', `${info.path}/${encodeURIComponent(entry.id)}/withdrawal`, { expectedVersion: entry.version, reason: text },
            { 'Idempotency-Key': key });
        } catch (error) {
          const named = error.problem && (error.problem.errors || []).find((e) => e.field === 'reason');
          if (named) {
            reasonError.textContent = fieldMessage(named.message);
            reasonError.hidden = false;
            reason.focus();
            return;
          }
          throw error;
        }
        guards = [];
        go(self(undefined), `已撤回（原因：${text}）`);
      },
    });
    box.append(shell.form);
  }

  async function renderStep(box, info, entry, step, self, year) {
    const path = `${info.path}/{id}/${step.segment}`;
    const fields = await formFields(info.context, path, ['expectedVersion']);
    const lawList = fields.some((f) => f.name === 'laws') ? lawDatalist(box, info, year) : null;
    const built = buildForm(step.type, fields, null, { lawList });
    const shell = formShell({
      title: `${typeLabel(step.type)}：${titleOf(entry.record, entry.id)}`, form: built, submitText: '保存', cancelHash: self(undefined),
      onSubmit: async (body, key) => {
        const answer = await api.send('POST', `${info.path}/${encodeURIComponent(entry.id)}/${step.segment}`,
          { expectedVersion: entry.version, ...body }, { 'Idempotency-Key': key });
        guards = [];
        if (answer && answer.id && !answer.record) {   // an appeal: the next stage is a case of its own
          go(hashOf('records', [info.type, answer.id], {}), `已记录${typeLabel(step.type)}，二审案件已建立`);
        } else {
          go(self(undefined), `已记录：${typeLabel(step.type)}`);
        }
      },
    });
    box.append(shell.form);
  }

  // ----- the route ---------------------------------------------------------------------------------

  register('records', '记录', async (container, { parts, query }) => {
    if (!parts.length) {
      await renderIndex(container, /^\d{4}$/.test(query.year || '') ? Number(query.year) : thisYear());
      return;
    }
    const info = await findType(parts[0]);
    if (!info) {
      container.append(el('h1', {}, '没有这种记录'), el('p', {}, `记录类型 ${parts[0]} 不存在或其服务暂不可用。`),
        el('p', {}, el('a', { href: '#/records' }, '返回记录')));
      return;
    }
    document.title = `${typeLabel(info.type)} · 法治建设台账`;
    if (parts.length === 1) await renderList(container, info, query);
    else await renderRecord(container, info, parts[1], query);
  });

  document.addEventListener('DOMContentLoaded', start);
})();
