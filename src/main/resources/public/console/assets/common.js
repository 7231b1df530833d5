/* Shared helpers for the staff console. Every piece of stored text is rendered with
   textContent (never innerHTML), so conversation content can never run as markup. */
'use strict';
window.MashConsole = (function () {
  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  /* After a change that ended this browser's session and gave it a new one (password changed, second
     factor given): the new session's CSRF token, for the meta tag and the sign-out form. */
  function adoptSession(csrf) {
    if (!csrf) return;
    const meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) meta.setAttribute('content', csrf);
    document.querySelectorAll('input[name="_csrf"]').forEach(function (input) { input.value = csrf; });
  }

  /* Admin changes need the password and code given recently: the server says so with 403 and
     "reauth": true; the dialog in the header asks for them, and the change is sent again once. */
  function reauthenticate(message) {
    const dialog = document.getElementById('reauth');
    if (!dialog) return Promise.reject(new Error(message));
    const form = document.getElementById('reauth-form');
    setText('reauth-message', message);
    setText('reauth-error', '');
    dialog.hidden = false;
    form.password.focus();
    return new Promise(function (resolve, reject) {
      function close() {
        dialog.hidden = true;
        form.reset();
        form.removeEventListener('submit', submit);
        document.getElementById('reauth-cancel').removeEventListener('click', cancel);
      }
      function cancel() {
        close();
        reject(new Error(message));
      }
      function submit(event) {
        event.preventDefault();
        api('/console/reauth', { method: 'POST', body: { password: form.password.value, code: form.code.value }, noReauth: true })
          .then(function () { close(); resolve(); }, function (e) { setText('reauth-error', e.message); form.password.value = ''; form.code.value = ''; });
      }
      form.addEventListener('submit', submit);
      document.getElementById('reauth-cancel').addEventListener('click', cancel);
    });
  }

  async function api(path, options) {
    const opts = options || {};
    const method = opts.method || 'GET';
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    // The pages are served with Referrer-Policy: no-referrer, under which browsers send
    // "Origin: null" on POSTs; same-origin here lets our own server see where a request came from.
    const init = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store', referrerPolicy: 'same-origin' };
    if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(opts.body);
    }
    if (method !== 'GET') {
      headers['X-CSRF-Token'] = csrfToken();
    }
    if (opts.background) {
      headers['X-Background-Refresh'] = '1';
    }
    const res = await fetch(path, init);
    if (res.status === 401) {
      window.location.assign('/console');
      throw new Error('Your session has ended: sign in again.');
    }
    const type = res.headers.get('Content-Type') || '';
    const data = type.indexOf('json') >= 0 ? await res.json() : null;
    if (res.status === 403 && data && data.reauth && !opts.noReauth) {
      await reauthenticate(data.message);
      return api(path, Object.assign({}, opts, { noReauth: true }));
    }
    if (!res.ok) {
      const error = new Error((data && data.message) || ('Request failed (HTTP ' + res.status + ')'));
      error.status = res.status;
      throw error;
    }
    return data;
  }

  /* el('td', {class: 'x'}, 'text', childNode): attributes set one by one, strings become text nodes. */
  function el(tag, attrs) {
    const node = document.createElement(tag);
    const a = attrs || {};
    Object.keys(a).forEach(function (name) {
      if (a[name] !== null && a[name] !== undefined && a[name] !== false) {
        node.setAttribute(name, a[name] === true ? '' : String(a[name]));
      }
    });
    for (let i = 2; i < arguments.length; i++) {
      const child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setText(id, value) {
    const node = document.getElementById(id);
    if (node) node.textContent = value === null || value === undefined ? '' : String(value);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function time(iso) {
    if (!iso) return '–';
    const d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    return d.toLocaleString('en-GB', { day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function timeElement(iso) {
    return el('time', { datetime: iso || '' }, time(iso));
  }

  /* Immediate risk is marked with words and an icon as well as colour. */
  function routeBadge(route) {
    if (route === 'IMMEDIATE_RISK') {
      return el('span', { class: 'badge badge-risk' }, '⚠ IMMEDIATE RISK');
    }
    return el('span', { class: 'badge' }, route ? route.replace(/_/g, ' ') : 'unclassified');
  }

  function statusBadge(status) {
    return el('span', { class: 'badge badge-status-' + String(status).replace(/[^A-Z_]/g, '') }, String(status).replace(/_/g, ' '));
  }

  function formParams(form) {
    const params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== '') params.set(key, String(value).trim());
    });
    return params;
  }

  /* Sign-out: posts the form (with its hidden CSRF field) from script, for the same Origin reason as api(). */
  function wireLogout() {
    const form = document.querySelector('form.logout');
    if (!form) return;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      fetch(form.getAttribute('action'), {
        method: 'POST', credentials: 'same-origin', referrerPolicy: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrfToken() },
        body: new URLSearchParams(new FormData(form)).toString()
      }).finally(function () { window.location.assign('/console'); });
    });
  }

  /* The live badge in the header: immediate risk not yet reviewed, and people waiting for a person. */
  const ALERTS_MS = 10000;
  async function showAlerts() {
    const badge = document.getElementById('live-alerts');
    if (!badge) return;
    try {
      const a = await api('/api/staff/alerts', { background: true });
      const parts = [];
      if (a.immediateRisk > 0) parts.push('⚠ ' + a.immediateRisk + ' at immediate risk');
      if (a.waiting > 0) parts.push(a.waiting + ' waiting for a person');
      badge.textContent = parts.join(' · ');
      badge.className = parts.length > 0 ? 'live-alerts has-alerts' : 'live-alerts';
    } catch (e) {
      badge.textContent = '';
    }
  }

  function start() {
    wireLogout();
    showAlerts();
    setInterval(showAlerts, ALERTS_MS);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  function isAdmin() {
    return document.body.getAttribute('data-role') === 'ADMIN';
  }

  return { api: api, adoptSession: adoptSession, el: el, setText: setText, clear: clear, time: time, timeElement: timeElement,
    routeBadge: routeBadge, statusBadge: statusBadge, formParams: formParams, isAdmin: isAdmin };
})();
