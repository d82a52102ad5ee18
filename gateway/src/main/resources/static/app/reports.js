// 报告: the two annual reports of a year in the ledger's application (/app/, the shell app.js). Routes:
//   #/reports[/2024]                             both reports of the year: status, deadline, links
//   #/reports/2024/rule-of-law | /disclosure     the report: narrative by section beside its figures, a preview of
//                                                the document, its steps (submit, return, approve, publish, revise)
//   #/reports/2024/disclosure/published/1        a published revision as it was made public
// Reads and writes GET/PUT/POST /api/reports/{year}/report… (reporting-service's AnnualReportController) through
// ledgerApp.api; documents are links (or fetched for the preview) with the same credentials. Buttons show only for
// the roles that may take the step (editor: narrative, submission, revision; approver: return, approval,
// publication); the service decides all the same, and its problem detail is shown when it refuses.
(function () {
  'use strict';

  const app = window.ledgerApp;
  if (!app) return;
  const { api } = app;
  const el = app.el;

  // ----- what the reports are made of ---------------------------------------------------------------

  const STATUS = { NOT_STARTED: '未开始', DRAFT: '草稿', SUBMITTED: '已提交审核', APPROVED: '已批准', PUBLISHED: '已公开' };
  const STEPS = {
    started: '开始撰写', narrativeEdited: '修改正文', submitted: '提交审核', returned: '退回修改', approved: '批准',
    published: '公开', revisionStarted: '开启修订',
  };
  const CONTEXTS = [
    { title: '学法与会议', prefixes: ['study.', 'governance.'] },
    { title: '法务', prefixes: ['legal.'] },
    { title: '普法与科普', prefixes: ['outreach.'] },
    { title: '政务公开', prefixes: ['disclosure.', 'normative.', 'services.'] },
  ];
  // Which figures each section speaks of: an entry ending in '.' is a prefix, else a key. The rule-of-law report's
  // follow the phrasebook (reporting-service's document/Phrasebook.java: the sentences each part is written from).
  const KINDS = {
    'rule-of-law': {
      slug: 'rule-of-law', query: '', title: '法治政府建设年度报告', templates: true,
      document: (year) => `/api/reports/${year}/document`,
      figures: null,
      sections: [
        { name: 'INTRODUCTION', label: '开篇概述', hint: '全年工作的总体情况，写在报告开头。',
          figures: ['study.sessions.total', 'legal.reviews.total', 'legal.litigation.cases', 'outreach.events.total', 'disclosure.items.total', 'normative.issued'] },
        { name: 'MEASURES', label: '主要举措和成效', hint: '各项工作的举措和成效；报告已据台账写出数据句子，此处补充文字。',
          figures: ['study.', 'legal.', 'outreach.', 'disclosure.', 'normative.', 'services.'] },
        { name: 'PRINCIPAL_DUTIES', label: '党政主要负责人履行推进法治建设第一责任人职责情况', hint: '决策机制、廉政建设、带头学法用法。',
          figures: ['governance.', 'study.lectures.byLeaders', 'legal.litigation.principalAppearances'] },
        { name: 'SHORTCOMINGS', label: '存在的不足和原因', hint: '',
          figures: ['legal.litigation.defenceOverdue', 'legal.litigation.corrected', 'disclosure.items.late', 'disclosure.applications.late'] },
        { name: 'NEXT_YEAR', label: '下一年度主要安排', hint: '', figures: [] },
        { name: 'OTHER', label: '其他需要报告的情况', hint: '无则不写：报告不列此部分。', figures: [] },
      ],
    },
    disclosure: {
      slug: 'disclosure', query: 'kind=disclosure', title: '政府信息公开工作年度报告', templates: false,
      document: (year) => `/api/reports/${year}/disclosure-report/document`,
      // the figures the disclosure report states (reporting-service's report/Kind.java)
      figures: ['disclosure.', 'normative.', 'services.', 'legal.litigation.', 'legal.reconsideration.'],
      sections: [
        { name: 'INTRODUCTION', label: '总体情况', hint: '写在“本报告由…编制”之后、数据概述之前。',
          figures: ['disclosure.items.', 'disclosure.applications.', 'normative.issued', 'normative.repealed', 'normative.inForce'] },
        { name: 'SHORTCOMINGS', label: '存在的主要问题', hint: '',
          figures: ['disclosure.items.late', 'disclosure.applications.late', 'legal.reconsideration.', 'legal.litigation.'] },
        { name: 'NEXT_YEAR', label: '改进情况', hint: '', figures: [] },
        { name: 'OTHER', label: '其他需要报告的事项', hint: '', figures: [] },
      ],
    },
  };
  const TEMPLATES = { statutory: '规定格式', bureau: '本局格式' };
  const ALL_SECTIONS = {
    INTRODUCTION: '开篇概述', MEASURES: '主要举措和成效', PRINCIPAL_DUTIES: '第一责任人职责', SHORTCOMINGS: '存在的不足',
    NEXT_YEAR: '下一年度安排', OTHER: '其他情况',
  };

  const matches = (entries, key) => entries.some((entry) => (entry.endsWith('.') ? key.startsWith(entry) : key === entry));
  const sectionPath = (name) => name.toLowerCase().replace(/_/g, '-');
  const sectionLabel = (kind, name) => (kind.sections.find((s) => s.name === name) || {}).label || ALL_SECTIONS[name] || name;
  const figureText = (value) => (typeof value === 'number' ? String(value) : '未填报');
  // children for the DOM's own append and replaceChildren, which would write null as "null"
  const present = (...children) => children.filter((child) => child !== null && child !== undefined);
  const withQuery = (path, query) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path);

  // ----- the shell's user and department -------------------------------------------------------------

  async function currentUser() {
    const me = typeof app.me === 'function' ? app.me() : app.me;
    return (await Promise.resolve(me)) || { roles: [] };
  }

  function department() {
    let chosen = typeof app.department === 'function' ? app.department() : app.department;
    if (chosen && typeof chosen === 'object') chosen = chosen.code;
    return chosen || null;
  }

  // a path of the API as a link or a fetch of this page: acting for the chosen department, as api.get does
  function href(path) {
    const code = department();
    return code && path.startsWith('/api/') ? withQuery(path, `department=${encodeURIComponent(code)}`) : path;
  }

  // ----- small pieces --------------------------------------------------------------------------------

  function on(node, event, handler) {
    node.addEventListener(event, handler);
    return node;
  }

  function button(label, handler, attributes) {
    return on(el('button', { type: 'button', ...attributes }, label), 'click', handler);
  }

  function time(instant) {
    if (!instant) return '';
    const date = new Date(instant);
    return Number.isNaN(date.getTime()) ? String(instant) : date.toLocaleString('zh-CN', { hour12: false });
  }

  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  // what the service said when it refused: the problem's detail and the fields it names
  function problemText(error) {
    const problem = error && error.problem;
    if (!problem) return (error && error.message) || String(error);
    const fields = Array.isArray(problem.errors)
      ? problem.errors.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message || ''}`).filter(Boolean) : [];
    const detail = problem.detail || problem.title || error.message;
    const extra = fields.filter((text) => !String(detail).includes(text));
    return `${detail}${extra.length ? `（${extra.join('；')}）` : ''}${error.status ? ` [HTTP ${error.status}]` : ''}`;
  }

  function notice(kind, text) {
    return el('p', { class: `rp-notice rp-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
  }

  function addStyles() {
    if (document.getElementById('ledger-reports-css')) return;
    const current = document.currentScript && document.currentScript.src;
    const link = el('link', { id: 'ledger-reports-css', rel: 'stylesheet', href: current ? new URL('reports.css', current).href : 'reports.css' });
    document.head.append(link);
  }
  addStyles();

  // ----- a figure and its evidence ---------------------------------------------------------------------

  function evidencePath(year, key, asOf) {
    const path = `/api/reports/${year}/figures/${encodeURIComponent(key)}/evidence`;
    return asOf ? withQuery(path, `asOf=${encodeURIComponent(asOf)}`) : path;
  }

  // the figure's value as a link to its evidence: a click opens the evidence view, a new tab the API's answer
  function figureLink(year, key, value, asOf) {
    return el('a', {
      class: 'rp-figure', href: href(evidencePath(year, key, asOf)), 'data-figure-key': key,
      'data-figure-value': String(value), 'data-as-of': asOf || undefined, title: '查看证据（构成该数据的记录）',
    }, figureText(value));
  }

  let evidenceDialog = null;

  async function openEvidence(year, key, name, asOf) {
    if (!evidenceDialog) {
      evidenceDialog = el('dialog', { class: 'rp-evidence', 'aria-label': '数据证据' });
      document.body.append(evidenceDialog);
      on(evidenceDialog, 'click', (event) => { if (event.target === evidenceDialog) evidenceDialog.close(); });
    }
    const dialog = evidenceDialog;
    const body = el('div', { class: 'rp-evidence-body' }, el('p', { class: 'rp-muted' }, '正在读取证据…'));
    dialog.replaceChildren(
      el('header', {}, el('h3', {}, `证据：${name || key}`),
        button('关闭', () => dialog.close(), { class: 'rp-close' })),
      body);
    if (!dialog.open) dialog.showModal();
    try {
      const evidence = await api.get(evidencePath(year, key, asOf));
      const rows = (evidence.records || []).map((record) => el('tr', {},
        el('td', {}, record.businessDate || ''),
        el('td', {}, record.title || record.recordId),
        el('td', {}, record.type || ''),
        el('td', {}, `第${record.version}版${record.change ? `（${record.change}）` : ''}${record.reason ? `：${record.reason}` : ''}`),
        el('td', {}, `${record.recordedBy || ''} ${time(record.recordedAt)}`)));
      body.replaceChildren(
        el('p', {}, `数值：`, el('strong', { 'data-evidence-value': String(evidence.value) }, figureText(evidence.value)),
          `；共 ${rows.length} 条记录；数据截至 ${time(evidence.asOf)}。`),
        rows.length
          ? el('table', { class: 'rp-table' }, el('thead', {}, el('tr', {}, el('th', {}, '业务日期'), el('th', {}, '记录'),
            el('th', {}, '类型'), el('th', {}, '版本'), el('th', {}, '记录人、时间'))), el('tbody', {}, ...rows))
          : el('p', { class: 'rp-muted' }, '没有记录构成该数据。'),
        el('p', {}, el('a', { href: href(evidencePath(year, key, asOf)), target: '_blank', rel: 'noopener' }, '原始数据（JSON）')));
    } catch (error) {
      body.replaceChildren(notice('error', `证据读取失败：${problemText(error)}`));
    }
  }

  // one delegated click handler per page: a figure link opens its evidence (a modified click still opens the link)
  function evidenceClicks(container, year, names) {
    on(container, 'click', (event) => {
      const link = event.target.closest && event.target.closest('a.rp-figure');
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      openEvidence(year, link.dataset.figureKey, names.get(link.dataset.figureKey), link.dataset.asOf);
    });
  }

  // ----- the document preview: the HTML document in a frame that runs nothing -------------------------

  // The document is fetched and shown through srcdoc (the API's answer may not be framed: frame-ancestors 'none'),
  // sandboxed with scripts off; its figure links open the evidence view, other links a new tab.
  function previewFrame(year, names) {
    const frame = el('iframe', { class: 'rp-preview', title: '报告预览', sandbox: 'allow-same-origin' });
    on(frame, 'load', () => {
      const doc = frame.contentDocument;
      if (!doc) return;
      on(doc, 'click', (event) => {
        const link = event.target.closest && event.target.closest('a[href]');
        if (!link) return;
        event.preventDefault();
        const key = link.getAttribute('data-figure');
        if (key) {
          const asOf = new URL(link.getAttribute('href'), location.href).searchParams.get('asOf');
          openEvidence(year, key, names.get(key), asOf);
        } else {
          window.open(new URL(link.getAttribute('href'), location.href).href, '_blank', 'noopener');
        }
      });
    });
    return frame;
  }

  async function loadPreview(frame, path, state) {
    state.textContent = '正在生成预览…';
    try {
      const response = await fetch(href(path), { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      if (!response.ok) {
        let detail = '';
        try { detail = (await response.json()).detail || ''; } catch (e) { /* not a problem body */ }
        throw new Error(`HTTP ${response.status} ${detail}`.trim());
      }
      frame.srcdoc = await response.text();
      state.textContent = `预览更新于 ${time(new Date())}`;
      frame.dataset.loadedAt = String(Date.now());
    } catch (error) {
      state.textContent = `预览生成失败：${error.message}`;
    }
  }

  // ----- unsaved narrative: never lost silently ---------------------------------------------------------

  // The report page being shown, if it has an editor: leaving it with unsaved text asks first. The Navigation API's
  // navigate event comes before any navigation (a link, the shell's menu, a hash set by a script, going back), so a
  // refusal keeps the page as it is; without it, clicks on the page's links are asked about, and closing the tab by
  // beforeunload. Unsaved text is also kept in the browser (drafts, below), and offered again on return.
  let guarded = null;

  function mayLeave(destination) {
    const page = guarded;
    if (!page || !page.node.isConnected) { guarded = null; return true; }
    const target = new URL(destination, location.href);
    if ((target.pathname === location.pathname && target.search === location.search && target.hash === page.hash)
      || page.unsaved() === 0) return true;
    if (window.confirm(`有 ${page.unsaved()} 节修改尚未保存（已暂存在本机浏览器中）。仍要离开吗？`)) {
      guarded = null;
      return true;
    }
    return false;
  }

  if (window.navigation && typeof window.navigation.addEventListener === 'function') {
    window.navigation.addEventListener('navigate', (event) => {
      if (!event.cancelable || typeof event.downloadRequest === 'string' || !guarded) return;
      if (!mayLeave(event.destination.url)) event.preventDefault();
    });
  } else {
    document.addEventListener('click', (event) => {
      const link = event.target.closest && event.target.closest('a[href]');
      if (!link || link.hasAttribute('download') || link.target === '_blank' || !guarded) return;
      if (!mayLeave(link.href)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }, true);
  }

  window.addEventListener('beforeunload', (event) => {
    if (guarded && guarded.node.isConnected && guarded.unsaved() > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // a copy of unsaved text in the browser, so that a tab closed anyway keeps it for the next visit
  const drafts = {
    key: (report, section) => `ledger.report-draft.${department() || '-'}.${report}.${section}`,
    get(report, section) {
      try { return JSON.parse(localStorage.getItem(this.key(report, section)) || 'null'); } catch (e) { return null; }
    },
    put(report, section, text, base) {
      try { localStorage.setItem(this.key(report, section), JSON.stringify({ text, base })); } catch (e) { /* full or off */ }
    },
    drop(report, section) {
      try { localStorage.removeItem(this.key(report, section)); } catch (e) { /* off */ }
    },
  };

  // ----- routing ------------------------------------------------------------------------------------------

  let generation = 0;

  async function render(container, params) {
    const mine = ++generation;
    const current = () => mine === generation && container.isConnected;
    const parts = (params && params.parts) || [];
    const query = (params && params.query) || {};
    container.replaceChildren(el('p', { class: 'rp-muted' }, '正在读取…'));
    const me = await currentUser();
    if (!current()) return;
    const year = /^\d{4}$/.test(parts[0] || '') ? Number(parts[0]) : new Date().getFullYear() - 1;
    const kind = KINDS[parts[1]];
    const page = el('div', { class: 'rp-page', 'data-page': 'reports' });
    container.replaceChildren(page);
    try {
      if (!parts[1]) {
        await overview(page, year, me, current);
      } else if (!kind) {
        page.append(notice('error', `没有“${parts[1]}”这种报告：rule-of-law（法治政府建设年度报告）或 disclosure（政府信息公开工作年度报告）。`));
      } else if (parts[2] === 'published' && /^\d+$/.test(parts[3] || '')) {
        await published(page, year, kind, Number(parts[3]), query, current);
      } else if (parts[2]) {
        page.append(notice('error', `找不到页面：${parts.join('/')}`));
      } else {
        await workspace(page, year, kind, me, query, current);
      }
    } catch (error) {
      if (current()) page.append(notice('error', `读取失败：${problemText(error)}`));
    }
  }

  function yearPicker(year, target) {
    const select = el('select', { class: 'rp-year', 'aria-label': '年度' });
    const last = Math.max(new Date().getFullYear(), year);
    for (let y = last; y >= Math.min(2018, year); y--) select.append(el('option', { value: y }, `${y} 年度`));
    select.value = String(year);
    return on(select, 'change', () => {
      const before = location.hash;
      location.hash = target(Number(select.value));
      if (location.hash === before) select.value = String(year);   // leaving was declined
    });
  }

  function deadlineText(report) {
    const parts = [];
    if (report.deadline) parts.push(`应于 ${report.deadline} 前公开`);
    if (report.overdue) parts.push('已逾期');
    else if (report.status !== 'PUBLISHED' && typeof report.daysLeft === 'number' && report.daysLeft >= 0) parts.push(`尚余 ${report.daysLeft} 天`);
    if (report.firstPublishedOn) parts.push(`首次公开于 ${report.firstPublishedOn}`);
    return parts.join('，');
  }

  // ----- #/reports[/year]: both reports of the year ------------------------------------------------------

  async function overview(page, year, me, current) {
    page.append(el('header', { class: 'rp-head' }, el('h2', {}, '年度报告'), yearPicker(year, (y) => `#/reports/${y}`)));
    const [ruleOfLaw, disclosure, overdue] = await Promise.all([
      api.get(`/api/reports/${year}/report`).catch((error) => ({ error })),
      api.get(`/api/reports/${year}/report?kind=disclosure`).catch((error) => ({ error })),
      api.get('/api/reports/overdue').catch(() => []),
    ]);
    if (!current()) return;
    const cards = el('div', { class: 'rp-cards' });
    for (const [kind, report] of [[KINDS['rule-of-law'], ruleOfLaw], [KINDS.disclosure, disclosure]]) {
      const card = el('section', { class: 'rp-card', 'data-kind': kind.slug },
        el('h3', {}, el('a', { href: `#/reports/${year}/${kind.slug}` }, `${year}年${kind.title}`)));
      if (report.error) {
        card.append(notice('error', problemText(report.error)));
      } else {
        card.append(
          el('p', {}, el('span', { class: `rp-status rp-status-${report.status}` }, STATUS[report.status] || report.status),
            report.revision > 1 ? `（第${report.revision}版）` : ''),
          el('p', { class: report.overdue ? 'rp-overdue' : 'rp-muted' }, deadlineText(report)),
          el('p', {}, el('a', { href: `#/reports/${year}/${kind.slug}` }, '打开报告'),
            ...(report.publishedRevisions || []).map((n) => el('a', { class: 'rp-gap', href: `#/reports/${year}/${kind.slug}/published/${n}` }, `已公开第${n}版`))));
      }
      cards.append(card);
    }
    page.append(cards);
    const late = (Array.isArray(overdue) ? overdue : []).filter((report) => report.overdue);
    if (late.length) {
      page.append(el('h3', {}, '逾期未公开的报告'), el('ul', { class: 'rp-list' }, ...late.map((report) => {
        const slug = report.kind === 'DISCLOSURE' ? 'disclosure' : 'rule-of-law';
        return el('li', { class: 'rp-overdue' }, el('a', { href: `#/reports/${report.year}/${slug}` },
          `${report.year}年${KINDS[slug].title}`), `：${STATUS[report.status] || report.status}，应于 ${report.deadline} 前公开`);
      })));
    }
  }

  // ----- the year's figures, named ---------------------------------------------------------------------------

  async function yearFigures(year, kind) {
    const [figures, comparison] = await Promise.allSettled([
      api.get(`/api/reports/${year}/figures`), api.get(`/api/reports/${year}/comparison`)]);
    const names = new Map();
    const previous = new Map();
    if (comparison.status === 'fulfilled') {
      for (const change of comparison.value.figures || []) {
        names.set(change.key, change.name || change.key);
        previous.set(change.key, change.previous);
      }
    }
    const values = figures.status === 'fulfilled' ? figures.value.figures || {}
      : comparison.status === 'fulfilled' ? Object.fromEntries((comparison.value.figures || []).map((c) => [c.key, c.value])) : null;
    if (!values) throw figures.reason;
    const keys = Object.keys(values).filter((key) => !kind.figures || matches(kind.figures, key));
    return { keys, values, names, previous, asOf: figures.status === 'fulfilled' ? figures.value.asOf : null };
  }

  function figureTable(year, keys, data, options) {
    const grouped = CONTEXTS.map((context) => ({ context, keys: keys.filter((key) => context.prefixes.some((p) => key.startsWith(p))) }))
      .filter((group) => group.keys.length);
    const rest = keys.filter((key) => !CONTEXTS.some((context) => context.prefixes.some((p) => key.startsWith(p))));
    if (rest.length) grouped.push({ context: { title: '其他' }, keys: rest });
    const body = el('tbody', {});
    for (const group of grouped) {
      if (grouped.length > 1) body.append(el('tr', { class: 'rp-group' }, el('th', { colspan: options && options.previous ? 3 : 2 }, group.context.title)));
      for (const key of group.keys) {
        body.append(el('tr', {},
          el('td', {}, data.names.get(key) || key),
          el('td', { class: 'rp-num' }, figureLink(year, key, data.values[key], options && options.asOf)),
          options && options.previous ? el('td', { class: 'rp-num rp-muted' }, data.previous.has(key) ? figureText(data.previous.get(key)) : '—') : null));
      }
    }
    return el('table', { class: 'rp-table rp-figures' },
      el('thead', {}, el('tr', {}, el('th', {}, '数据'), el('th', {}, `${year}年`), options && options.previous ? el('th', {}, '上年') : null)),
      body);
  }

  // ----- #/reports/2024/<kind>: the report being written --------------------------------------------------

  async function workspace(page, year, kind, me, query, current) {
    const roles = new Set((me && me.roles) || []);
    const editor = roles.has('editor');
    const approver = roles.has('approver');
    const reportPath = withQuery(`/api/reports/${year}/report`, kind.query);
    const stepPath = (step) => withQuery(`/api/reports/${year}/report/${step}`, kind.query);
    const hash = `#/reports/${year}/${kind.slug}`;
    let template = TEMPLATES[query.template] ? query.template : 'statutory';

    const [report, data] = await Promise.all([api.get(reportPath), yearFigures(year, kind)]);
    if (!current()) return;

    const messages = el('div', { class: 'rp-messages', 'aria-live': 'polite' });
    const headInfo = el('div', { class: 'rp-head-info' });
    const actions = el('div', { class: 'rp-actions' });
    const changes = el('section', { class: 'rp-changes' });
    const sections = el('div', { class: 'rp-sections' });
    const downloads = el('p', { class: 'rp-downloads' });
    const revisions = el('section', { class: 'rp-revisions' });
    const historyBox = el('section', { class: 'rp-history' });
    const previewState = el('span', { class: 'rp-muted rp-preview-state' });
    const frame = previewFrame(year, data.names);
    const state = { report, editors: [] };

    const kindTabs = el('nav', { class: 'rp-tabs' }, ...Object.values(KINDS).map((k) =>
      el('a', { href: `#/reports/${year}/${k.slug}`, class: k === kind ? 'rp-tab rp-current' : 'rp-tab', 'aria-current': k === kind ? 'page' : undefined }, k.title)));
    const templatePicker = kind.templates ? on(el('select', { class: 'rp-template', 'aria-label': '格式' },
      ...Object.entries(TEMPLATES).map(([value, label]) => el('option', { value }, label))), 'change', (event) => {
      template = event.target.value;
      showDownloads();
      refreshPreview();
    }) : null;
    if (templatePicker) templatePicker.value = template;

    page.append(
      el('header', { class: 'rp-head' }, el('h2', {}, `${year}年${kind.title}`),
        yearPicker(year, (y) => `#/reports/${y}/${kind.slug}`), kindTabs),
      headInfo, messages, actions, changes,
      el('div', { class: 'rp-work' },
        el('div', { class: 'rp-left' }, sections,
          el('details', { class: 'rp-all-figures' }, el('summary', {}, `本年全部数据（${data.keys.length}项，点数字看证据）`),
            figureTable(year, data.keys, data, { previous: true }))),
        el('aside', { class: 'rp-right' },
          el('div', { class: 'rp-preview-bar' }, el('strong', {}, '文档预览'), templatePicker, previewState,
            button('刷新预览', () => refreshPreview(), { class: 'rp-link-button' })),
          frame, downloads)),
      revisions, historyBox);
    evidenceClicks(page, year, data.names);

    const documentPath = (format) => withQuery(`${kind.document(year)}?format=${format}`, kind.templates ? `template=${template}` : '');
    function refreshPreview() {
      return loadPreview(frame, documentPath('html'), previewState);
    }
    function showDownloads() {
      downloads.replaceChildren('当前稿：',
        el('a', { href: href(documentPath('docx')), download: '', 'data-download': 'draft-docx' }, '下载 Word（DOCX）'),
        el('a', { class: 'rp-gap', href: href(documentPath('html')), target: '_blank', rel: 'noopener' }, '在新窗口打开 HTML'),
        el('a', { class: 'rp-gap', href: href(documentPath('md')), target: '_blank', rel: 'noopener' }, 'Markdown'));
    }

    function say(kindOfNotice, text) {
      messages.replaceChildren(notice(kindOfNotice, text));
    }

    const editable = () => editor && (state.report.status === 'DRAFT' || state.report.status === 'NOT_STARTED');
    const unsaved = () => state.editors.filter((section) => section.dirty()).length;

    // a write of the report: the buttons wait, the answer (the report as it stands) is shown, a refusal said
    async function step(label, send) {
      const buttons = [...page.querySelectorAll('button')];
      buttons.forEach((b) => { b.disabled = true; });
      try {
        const answer = await send();
        if (!current()) return null;
        state.report = answer;
        say('ok', `${label}：完成。`);
        return answer;
      } catch (error) {
        if (current()) say('error', `${label}未成功：${problemText(error)}`);
        return null;
      } finally {
        buttons.forEach((b) => { b.disabled = false; });
        showActions();
      }
    }

    function showHead() {
      const r = state.report;
      page.dataset.reportStatus = r.status;
      page.dataset.revision = String(r.revision);
      headInfo.replaceChildren(...present(
        el('span', { class: `rp-status rp-status-${r.status}`, 'data-report-status': r.status }, STATUS[r.status] || r.status),
        r.revision ? el('span', { class: 'rp-gap' }, `第${r.revision}版`) : null,
        el('span', { class: r.overdue ? 'rp-gap rp-overdue' : 'rp-gap rp-muted' }, deadlineText(r))));
      const steps = r.history || [];
      const last = steps[steps.length - 1];
      if (last && last.what === 'returned' && r.status === 'DRAFT') {
        headInfo.append(el('p', { class: 'rp-returned', 'data-returned': '' },
          `已退回修改：${last.reason || ''}（${last.by || last.recordedBy || ''}，${time(last.recordedAt)}）`));
      }
    }

    // the steps the user's roles allow in the report's status
    function showActions() {
      const r = state.report;
      actions.replaceChildren();
      if (editor && (r.status === 'DRAFT' || r.status === 'NOT_STARTED')) {
        actions.append(button('提交审核', async () => {
          if (unsaved() > 0) { say('error', `有 ${unsaved()} 节修改尚未保存，请先保存再提交。`); return; }
          if (await step('提交审核', () => api.send('POST', stepPath('submission'), { expectedVersion: state.report.version }))) rebuild();
        }, { class: 'rp-primary', 'data-action': 'submit' }));
      }
      if (approver && (r.status === 'SUBMITTED' || r.status === 'APPROVED')) {
        if (r.status === 'SUBMITTED') {
          actions.append(button('批准', async () => {
            if (await step('批准', () => api.send('POST', stepPath('approval'), { expectedVersion: state.report.version }))) rebuild();
          }, { class: 'rp-primary', 'data-action': 'approve' }));
        }
        actions.append(reasonForm('退回修改', '退回原因（必填）', 'return', async (reason) => {
          if (await step('退回修改', () => api.send('POST', stepPath('return'), { reason, expectedVersion: state.report.version }))) rebuild();
        }));
      }
      if (approver && r.status === 'APPROVED') {
        const date = el('input', { type: 'date', value: today(), max: today(), 'aria-label': '公开日期', 'data-field': 'publishedOn' });
        actions.append(el('span', { class: 'rp-inline' }, '公开日期 ', date, button('公开', async () => {
          if (!date.value) { say('error', '请填写公开日期。'); return; }
          if (await step('公开', () => api.send('POST', stepPath('publication'), { publishedOn: date.value, expectedVersion: state.report.version }))) {
            say('ok', `已于 ${date.value} 公开，见下方“已公开的版本”。`);
            rebuild();
          }
        }, { class: 'rp-primary', 'data-action': 'publish' })));
      }
      if (editor && r.status === 'PUBLISHED') {
        actions.append(reasonForm('开启修订', '修订原因（必填）', 'revise', async (reason) => {
          if (await step('开启修订', () => api.send('POST', stepPath('revision'), { reason, expectedVersion: state.report.version }))) rebuild();
        }));
      }
      if (!actions.childElementCount) {
        const who = r.status === 'SUBMITTED' ? '等待审核人审核。' : r.status === 'APPROVED' ? '已批准，等待审核人公开。'
          : r.status === 'PUBLISHED' ? '已公开；如需修改，由撰稿人开启修订。' : '由撰稿人撰写并提交。';
        actions.append(el('span', { class: 'rp-muted' }, who));
      }
    }

    // a step that needs a reason: the button opens a line to write it in
    function reasonForm(label, placeholder, action, submit) {
      const input = el('input', { type: 'text', placeholder, class: 'rp-reason', 'data-field': 'reason', size: '40' });
      const form = el('span', { class: 'rp-inline', hidden: '' }, input,
        button(`确认${label}`, () => {
          if (!input.value.trim()) { say('error', `请填写${placeholder.replace('（必填）', '')}。`); input.focus(); return; }
          submit(input.value.trim());
        }, { 'data-action': `${action}-confirm` }),
        button('取消', () => { form.hidden = true; opener.hidden = false; }));
      const opener = button(label, () => { form.hidden = false; opener.hidden = true; input.focus(); }, { 'data-action': action });
      return el('span', {}, opener, form);
    }

    async function showChanges() {
      const c = state.report.changes;
      changes.replaceChildren();
      changes.hidden = !c;
      if (!c) return;
      changes.append(...present(el('h3', {}, `与已公开的第${c.against}版相比`),
        c.reason ? el('p', {}, `修订原因：${c.reason}`) : null));
      const figureRows = (list) => list.map((change) => el('tr', {},
        el('td', {}, data.names.get(change.key) || change.key),
        el('td', { class: 'rp-num' }, change.published === null || change.published === undefined ? '—' : figureText(change.published)),
        el('td', { class: 'rp-num' }, change.current === null || change.current === undefined ? '—' : figureLink(year, change.key, change.current))));
      const head = el('thead', {}, el('tr', {}, el('th', {}, '数据'), el('th', {}, `第${c.against}版`), el('th', {}, '现在')));
      changes.append((c.figures || []).length
        ? el('table', { class: 'rp-table', 'data-changes': 'figures' }, head, el('tbody', {}, ...figureRows(c.figures)))
        : el('p', { class: 'rp-muted' }, '数据没有变化。'));
      if ((c.figuresWhenStarted || []).length) {
        changes.append(el('details', {}, el('summary', {}, `开启修订时已变化的数据（${c.figuresWhenStarted.length}项）`),
          el('table', { class: 'rp-table' }, head.cloneNode(true), el('tbody', {}, ...figureRows(c.figuresWhenStarted)))));
      }
      const changed = c.sections || [];
      if (!changed.length) { changes.append(el('p', { class: 'rp-muted' }, '正文没有改动。')); return; }
      const list = el('div', { class: 'rp-text-changes', 'data-changes': 'sections' });
      changes.append(list);
      let before = null;
      try {
        before = await api.get(withQuery(`/api/reports/${year}/published/${c.against}`, kind.query));
      } catch (error) {
        list.append(notice('error', `第${c.against}版的正文读取失败：${problemText(error)}`));
      }
      const old = (before && before.narrative && (before.narrative.text || before.narrative)) || {};
      for (const name of changed) {
        list.append(el('div', { class: 'rp-text-change' }, el('h4', {}, sectionLabel(kind, name)),
          el('div', { class: 'rp-two' },
            el('div', { class: 'rp-old' }, el('span', { class: 'rp-muted' }, `第${c.against}版`), el('p', {}, old[name] || '（空）')),
            el('div', { class: 'rp-new' }, el('span', { class: 'rp-muted' }, '现在'), el('p', {}, (state.report.narrative || {})[name] || '（空）')))));
      }
    }

    // one section: its text (an editor's textarea while the report is a draft) beside the figures it speaks of
    function sectionEditor(section) {
      const edit = (state.report.sections || []).find((s) => s.section === section.name) || {};
      let saved = (state.report.narrative || {})[section.name] || edit.text || '';
      const related = data.keys.filter((key) => section.figures.length && matches(section.figures, key));
      const box = el('section', { class: 'rp-section', 'data-section': section.name });
      const lastEdit = el('span', { class: 'rp-muted' });
      const mark = el('span', { class: 'rp-unsaved', hidden: '' }, '未保存');
      const showLast = (e) => {
        lastEdit.textContent = e && e.recordedAt ? `最后由 ${e.editor || e.recordedBy} 于 ${time(e.recordedAt)} 修改` : '尚未撰写';
      };
      showLast(edit);
      box.append(...present(el('h3', {}, section.label, ' ', mark), section.hint ? el('p', { class: 'rp-muted' }, section.hint) : null));
      const entry = { name: section.name, dirty: () => false, update: () => {} };
      const body = el('div', { class: 'rp-section-body' });
      if (editable()) {
        const area = el('textarea', { rows: '8', 'data-section-text': section.name, 'aria-label': section.label, maxlength: '20000' });
        area.value = saved;
        const draft = drafts.get(state.report.reportId, section.name);
        const restored = el('p', { class: 'rp-restored', hidden: '' });
        if (draft && draft.text !== saved) {
          area.value = draft.text;
          restored.hidden = false;
          restored.append('已恢复上次未保存的修改（本机暂存）。',
            button('放弃这些修改', () => { area.value = saved; drafts.drop(state.report.reportId, section.name); changed(); }, { class: 'rp-link-button' }));
        }
        const save = button('保存本节', async () => {
          const text = area.value;
          const answer = await step(`保存“${section.label}”`, () => api.send('PUT',
            withQuery(`/api/reports/${year}/report/narrative/${sectionPath(section.name)}`, kind.query),
            { text, expectedVersion: state.report.version }));
          if (!answer) return;
          saved = (answer.narrative || {})[section.name] || '';
          if (area.value === text) area.value = saved;
          drafts.drop(answer.reportId, section.name);
          restored.hidden = true;
          showLast((answer.sections || []).find((s) => s.section === section.name));
          changed();
          showHead();
          showChanges();
          showHistory();
          refreshPreview();
        }, { 'data-action': 'save', 'data-section-save': section.name });
        const changed = () => {
          const dirty = area.value !== saved;
          mark.hidden = !dirty;
          box.classList.toggle('rp-dirty', dirty);
          if (dirty) drafts.put(state.report.reportId, section.name, area.value, saved);
          else drafts.drop(state.report.reportId, section.name);
        };
        on(area, 'input', changed);
        changed();
        entry.dirty = () => area.value !== saved;
        body.append(el('div', { class: 'rp-text' }, restored, area, el('div', { class: 'rp-row' }, save, lastEdit)));
      } else {
        body.append(el('div', { class: 'rp-text' },
          el('div', { class: 'rp-readonly', 'data-section-text': section.name }, saved || '（未撰写）'), el('div', { class: 'rp-row' }, lastEdit)));
      }
      body.append(el('div', { class: 'rp-related' }, related.length
        ? el('details', { open: '' }, el('summary', {}, `本节相关数据（${related.length}项，点数字看证据）`),
          figureTable(year, related, data, {}))
        : el('p', { class: 'rp-muted' }, '本节没有专门对应的数据；全部数据见下方。')));
      box.append(body);
      return { box, entry };
    }

    function showSections() {
      state.editors = [];
      sections.replaceChildren();
      for (const section of kind.sections) {
        const { box, entry } = sectionEditor(section);
        state.editors.push(entry);
        sections.append(box);
      }
    }

    function showHistory() {
      const steps = [...(state.report.history || [])].reverse();
      historyBox.replaceChildren(el('h3', {}, '经过'));
      if (!steps.length) { historyBox.append(el('p', { class: 'rp-muted' }, '尚无记录。')); return; }
      historyBox.append(el('table', { class: 'rp-table' },
        el('thead', {}, el('tr', {}, el('th', {}, '时间'), el('th', {}, '版次'), el('th', {}, '经过'), el('th', {}, '人'), el('th', {}, '说明'))),
        el('tbody', {}, ...steps.map((s) => el('tr', { 'data-step': s.what },
          el('td', {}, time(s.recordedAt)), el('td', {}, `第${s.revision}版`), el('td', {}, STEPS[s.what] || s.what),
          el('td', {}, s.by || s.recordedBy || ''),
          el('td', {}, [s.section ? sectionLabel(kind, s.section) : '', s.reason || '', s.publishedOn ? `公开日期 ${s.publishedOn}` : '']
            .filter(Boolean).join('；')))))));
    }

    function showRevisions() {
      const list = state.report.publishedRevisions || [];
      revisions.replaceChildren(el('h3', {}, '已公开的版本'));
      if (!list.length) { revisions.append(el('p', { class: 'rp-muted' }, '尚未公开。')); return; }
      const publishedOn = new Map((state.report.history || []).filter((s) => s.what === 'published').map((s) => [s.revision, s.publishedOn]));
      revisions.append(el('ul', { class: 'rp-list' }, ...list.map((n) => {
        const doc = (format) => withQuery(`/api/reports/${year}/published/${n}/document?format=${format}`, kind.query);
        return el('li', { 'data-published-revision': String(n) },
          el('a', { href: `#/reports/${year}/${kind.slug}/published/${n}` }, `第${n}版`),
          publishedOn.get(n) ? `（${publishedOn.get(n)} 公开）` : '',
          el('a', { class: 'rp-gap', href: href(doc('docx')), download: '', 'data-download': 'published-docx' }, 'DOCX'),
          el('a', { class: 'rp-gap', href: href(doc('html')), target: '_blank', rel: 'noopener' }, 'HTML'));
      })));
    }

    // after a step that changes what may be edited: everything again, unsaved text kept in the browser's copy
    function rebuild() {
      showHead();
      showActions();
      showSections();
      showChanges();
      showHistory();
      showRevisions();
      refreshPreview();
    }

    showDownloads();
    rebuild();
    guarded = { node: page, hash, unsaved };
    page.dataset.loaded = 'true';
  }

  // ----- #/reports/2024/<kind>/published/<n>: a revision as it was made public -------------------------------

  async function published(page, year, kind, revision, query, current) {
    const template = TEMPLATES[query.template] ? query.template : 'statutory';
    const [revisionView, data] = await Promise.all([
      api.get(withQuery(`/api/reports/${year}/published/${revision}`, kind.query)),
      yearFigures(year, kind).catch(() => ({ keys: [], values: {}, names: new Map(), previous: new Map() })),
    ]);
    if (!current()) return;
    const r = revisionView;
    const doc = (format) => withQuery(withQuery(`/api/reports/${year}/published/${revision}/document?format=${format}`, kind.query),
      kind.templates ? `template=${template}` : '');
    const frozen = { keys: Object.keys(r.figures || {}), values: r.figures || {}, names: data.names, previous: new Map() };
    const narrative = (r.narrative && (r.narrative.text || r.narrative)) || {};
    const previewState = el('span', { class: 'rp-muted' });
    const frame = previewFrame(year, data.names);
    page.append(...present(
      el('header', { class: 'rp-head' }, el('h2', {}, `${year}年${kind.title}（第${revision}版，已公开）`),
        el('a', { href: `#/reports/${year}/${kind.slug}` }, '返回报告')),
      el('p', { 'data-published-on': r.publishedOn }, `${r.publishedOn} 公开，批准人 ${r.approver || ''}`,
        r.revisionReason ? `；修订原因：${r.revisionReason}` : ''),
      el('p', { class: 'rp-downloads' },
        el('a', { href: href(doc('docx')), download: '', 'data-download': 'published-docx' }, '下载 Word（DOCX）'),
        el('a', { class: 'rp-gap', href: href(doc('html')), target: '_blank', rel: 'noopener' }, '在新窗口打开 HTML'),
        el('a', { class: 'rp-gap', href: href(doc('md')), target: '_blank', rel: 'noopener' }, 'Markdown')),
      (r.changedFigures || []).length || (r.changedSections || []).length
        ? el('section', { class: 'rp-changes' }, el('h3', {}, `本版与第${revision - 1}版的不同`),
          el('p', {}, `改动的正文：${(r.changedSections || []).map((s) => sectionLabel(kind, s)).join('、') || '无'}`),
          (r.changedFigures || []).length ? el('table', { class: 'rp-table' },
            el('thead', {}, el('tr', {}, el('th', {}, '数据'), el('th', {}, '原值'), el('th', {}, '本版'))),
            el('tbody', {}, ...r.changedFigures.map((c) => el('tr', {}, el('td', {}, data.names.get(c.key) || c.key),
              el('td', { class: 'rp-num' }, c.published === null || c.published === undefined ? '—' : figureText(c.published)),
              el('td', { class: 'rp-num' }, c.current === null || c.current === undefined ? '—' : figureLink(year, c.key, c.current, r.recordedAt)))))) : null)
        : null,
      el('div', { class: 'rp-work' },
        el('div', { class: 'rp-left' },
          ...kind.sections.map((section) => el('section', { class: 'rp-section', 'data-section': section.name },
            el('h3', {}, section.label), el('div', { class: 'rp-readonly' }, narrative[section.name] || '（未撰写）'))),
          el('details', { class: 'rp-all-figures' }, el('summary', {}, `公开时的数据（${frozen.keys.length}项；证据为公开时的记录）`),
            figureTable(year, frozen.keys, frozen, { asOf: r.recordedAt }))),
        el('aside', { class: 'rp-right' }, el('div', { class: 'rp-preview-bar' }, el('strong', {}, '公开文本'), previewState), frame))));
    evidenceClicks(page, year, data.names);
    await loadPreview(frame, doc('html'), previewState);
    page.dataset.loaded = 'true';
  }

  app.register('reports', '报告', render);
})();
