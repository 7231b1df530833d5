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
    return C.el('tr', null, C.el('td', null, u.username), C.el('td', null, role),
      C.el('td', null, u.enabled ? 'enabled' : 'disabled'), C.el('td', null, C.timeElement(u.createdAt)),
      C.el('td', null, toggle));
  }

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
