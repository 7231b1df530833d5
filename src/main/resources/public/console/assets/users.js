/* Admin: staff accounts (create, change role, disable/enable). */
'use strict';
(function () {
  const C = window.MashConsole;
  const body = document.querySelector('#users tbody');

  function done(message) {
    C.setText('users-result', message);
    C.setText('users-error', '');
    load();
  }

  function fail(e) {
    C.setText('users-result', '');
    C.setText('users-error', e.message);
  }

  function row(u) {
    const role = C.el('select', { 'aria-label': 'Role of ' + u.username },
      C.el('option', { value: 'REVIEWER', selected: u.role === 'REVIEWER' }, 'REVIEWER'),
      C.el('option', { value: 'ADMIN', selected: u.role === 'ADMIN' }, 'ADMIN'));
    role.addEventListener('change', function () {
      C.api('/api/staff/users/' + u.id + '/role', { method: 'POST', body: { role: role.value } })
        .then(function () { done(u.username + ' is now ' + role.value + '.'); }, fail);
    });
    const toggle = C.el('button', { type: 'button' }, u.enabled ? 'Disable' : 'Enable');
    toggle.appendChild(C.el('span', { class: 'visually-hidden' }, ' ' + u.username));
    toggle.addEventListener('click', function () {
      C.api('/api/staff/users/' + u.id + '/' + (u.enabled ? 'disable' : 'enable'), { method: 'POST', body: {} })
        .then(function () { done(u.username + (u.enabled ? ' disabled.' : ' enabled.')); }, fail);
    });
    const reset = C.el('button', { type: 'button' }, 'Reset second factor');
    reset.appendChild(C.el('span', { class: 'visually-hidden' }, ' of ' + u.username));
    reset.addEventListener('click', function () {
      C.api('/api/staff/users/' + u.id + '/second-factor/reset', { method: 'POST', body: {} })
        .then(function () { done(u.username + ' sets up a new authenticator at the next sign-in.'); }, fail);
    });
    return C.el('tr', null, C.el('td', null, u.username), C.el('td', null, role),
      C.el('td', null, u.enabled ? 'enabled' : 'disabled'), C.el('td', null, C.timeElement(u.createdAt)),
      scopeCell(u), C.el('td', null, toggle, ' ', reset));
  }

  /* A reviewer may be limited to some partnerships (ids, comma-separated; empty: all). */
  function scopeCell(u) {
    if (u.role !== 'REVIEWER') return C.el('td', null, 'all');
    const input = C.el('input', { type: 'text', 'aria-label': 'Partnerships of ' + u.username, placeholder: 'all', list: 'partnership-ids', size: 24 });
    const save = C.el('button', { type: 'button' }, 'Save');
    save.appendChild(C.el('span', { class: 'visually-hidden' }, ' partnerships of ' + u.username));
    C.api('/api/staff/users/' + u.id + '/partnerships').then(function (s) { input.value = s.partnerships.join(', '); }, fail);
    save.addEventListener('click', function () {
      const ids = input.value.split(',').map(function (x) { return x.trim(); }).filter(function (x) { return x !== ''; });
      C.api('/api/staff/users/' + u.id + '/partnerships', { method: 'PUT', body: { partnerships: ids } })
        .then(function (s) { done(u.username + ' sees ' + (s.partnerships.length ? s.partnerships.join(', ') : 'all partnerships') + '.'); }, fail);
    });
    return C.el('td', null, input, ' ', save);
  }

  C.api('/api/partnerships').then(function (list) {
    const ids = document.getElementById('partnership-ids');
    list.forEach(function (p) { ids.appendChild(C.el('option', { value: p.id }, p.name)); });
  }, fail);

  async function load() {
    try {
      const users = await C.api('/api/staff/users');
      C.clear(body);
      users.forEach(function (u) { body.appendChild(row(u)); });
    } catch (e) {
      fail(e);
    }
  }

  const form = document.getElementById('new-user');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const data = { username: form.username.value, role: form.role.value, password: form.password.value };
    C.api('/api/staff/users', { method: 'POST', body: data })
      .then(function (u) { form.reset(); done('Created ' + u.username + ' (' + u.role + ').'); }, fail);
  });
  load();
})();
