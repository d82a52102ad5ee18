// A throw-away shell implementing the contract of the application's app.js for reports.js and workbook.js:
// window.ledgerApp = { register(route, title, render), api: { get, send }, el, me, department }. Test fixture only.
'use strict';
(function () {
  const routes = new Map();
  const department = new URLSearchParams(location.search).get('department');

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null) continue;
      if (name === 'class') node.className = value; else node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child === undefined || child === null) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  function withDepartment(path) {
    return department && path.startsWith('/api/') && !path.startsWith('/api/dashboard/')
      ? `${path}${path.includes('?') ? '&' : '?'}department=${encodeURIComponent(department)}` : path;
  }

  async function request(method, path, body, headers) {
    const sent = { Accept: 'application/json, application/problem+json', ...(headers || {}) };
    const token = (document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/) || [])[1];
    if (method !== 'GET' && token) sent['X-XSRF-TOKEN'] = decodeURIComponent(token);
    if (body !== undefined) sent['Content-Type'] = 'application/json';
    const response = await fetch(withDepartment(path), {
      method, headers: sent, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
    if (!response.ok) {
      const error = new Error(`${method} ${path}: HTTP ${response.status} ${(json && json.detail) || ''}`.trim());
      error.status = response.status;
      error.problem = json;
      throw error;
    }
    return json;
  }

  const app = {
    register(route, title, render) {
      routes.set(route, { title, render });
      document.getElementById('nav').insertBefore(el('a', { href: `#/${route}` }, title), document.getElementById('who'));
    },
    api: { get: (path) => request('GET', path), send: (method, path, body, headers) => request(method, path, body, headers) },
    el,
    me: null,
    department,
  };
  window.ledgerApp = app;

  function show() {
    const [path, search] = location.hash.replace(/^#\/?/, '').split('?');
    const [route, ...parts] = path.split('/').filter(Boolean).map(decodeURIComponent);
    const entry = routes.get(route || 'reports');
    const main = document.getElementById('main');
    const container = el('div', {});
    main.replaceChildren(container);
    if (!entry) { container.append(`没有这个页面：${route}`); return; }
    entry.render(container, { parts, query: Object.fromEntries(new URLSearchParams(search || '')) });
  }

  const ready = request('GET', '/api/dashboard/me').then((me) => {
    app.me = me;
    document.getElementById('who').textContent = `${me.user}（${me.roles.join('、')}）`;
  });
  window.addEventListener('hashchange', show);
  document.addEventListener('DOMContentLoaded', () => ready.then(show));
})();
