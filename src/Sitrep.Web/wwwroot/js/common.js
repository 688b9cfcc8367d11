// Shared by the pages. Everything from the store (article text, titles, names) is untrusted: it
// reaches the page only as text nodes (textContent) and attribute values set one by one; no HTML
// string is ever built from data, and links are made only from http(s) URLs.
'use strict';

const Sitrep = (() => {
  const KEY = 'sitrep-api-key';

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElementNS(tag === 'svg' || attrs?.svg ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag);
    for (const [name, value] of Object.entries(attrs ?? {})) {
      if (name === 'svg' || value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = String(value);
      else node.setAttribute(name, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A link to a source only when it is an http(s) URL; anything else is shown as text. */
  function safeLink(url, label) {
    try {
      const u = new URL(url, window.location.href);
      if (u.protocol === 'http:' || u.protocol === 'https:') return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? u.href);
    } catch { /* not a URL */ }
    return el('span', null, label ?? String(url ?? ''));
  }

  /** GET a JSON resource of the API; asks for the API key when the server closes reads. */
  async function api(path) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const headers = { Accept: 'application/json' };
      const key = sessionStorage.getItem(KEY);
      if (key) headers['X-Api-Key'] = key;
      const response = await fetch(path, { headers });
      if (response.status === 401) {
        await askForKey();
        continue;
      }
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        const error = new Error(body?.detail ?? body?.title ?? `HTTP ${response.status}`);
        error.status = response.status;
        throw error;
      }
      return body;
    }
    throw new Error('The API key was not accepted.');
  }

  function askForKey() {
    const dialog = document.getElementById('key-dialog');
    const input = document.getElementById('key-input');
    return new Promise(resolve => {
      dialog.addEventListener('close', () => {
        sessionStorage.setItem(KEY, input.value);
        resolve();
      }, { once: true });
      dialog.showModal();
    });
  }

  const incidentHref = id => `incident.html?id=${encodeURIComponent(id)}`;

  function dateText(date) {
    if (!date) return '';
    if (date.start && date.end && date.end !== date.start) return `${date.start} to ${date.end}`;
    return date.start ?? (date.text ?? '');
  }

  return { el, safeLink, api, incidentHref, dateText };
})();
