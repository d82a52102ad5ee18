// What the ledger's pages (the dashboard, the district's table) share: building elements, and reading the API
// through the gateway with the browser's own credentials (same origin: the Basic credentials it was asked for).
'use strict';

const $ = (id) => document.getElementById(id);

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

// GET a JSON answer; a refusal becomes an Error saying the path, the status and the problem's detail
async function fetchJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    let detail = '';
    try { detail = (await response.json()).detail || ''; } catch (e) { /* not a problem body */ }
    throw new Error(`${path}: HTTP ${response.status} ${detail}`.trim());
  }
  return response.json();
}

// A figure as the pages show it: its number, or 未填报 when it is not known (a count it needs was left unstated)
function figureText(value) {
  return typeof value === 'number' ? String(value) : '未填报';
}

// The year selector (#year) from FIRST_YEAR to this year (or the chosen one); a choice goes into the page's URL
// (?year=) and calls onChange(year)
function fillYears(chosen, firstYear, onChange) {
  const select = $('year');
  for (let year = Math.max(new Date().getFullYear(), chosen); year >= Math.min(firstYear, chosen); year--) {
    select.append(el('option', { value: year }, `${year} 年`));
  }
  select.value = String(chosen);
  select.addEventListener('change', () => {
    const year = Number(select.value);
    const url = new URL(location.href);
    url.searchParams.set('year', year);
    history.replaceState(null, '', url);
    onChange(year);
  });
}
