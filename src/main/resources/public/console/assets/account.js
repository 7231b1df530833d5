/* Your account: change your own password. */
'use strict';
(function () {
  const C = window.MashConsole;
  const form = document.getElementById('password-form');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    C.setText('password-result', '');
    C.setText('password-error', '');
    if (form.newPassword.value !== form.repeatPassword.value) {
      C.setText('password-error', 'The two new passwords are not the same.');
      return;
    }
    C.api('/api/staff/me/password', { method: 'POST',
      body: { currentPassword: form.currentPassword.value, newPassword: form.newPassword.value } })
      .then(function (r) {
        // the change ended every session; this browser now holds a new one, with a new CSRF token
        C.adoptSession(r.csrf);
        form.reset();
        C.setText('password-result', r.message);
      }, function (e) {
        C.setText('password-error', e.message);
      });
  });
})();

/* Your account: personal API tokens (made, listed, revoked). */
(function () {
  const C = window.MashConsole;
  const body = document.querySelector('#tokens tbody');
  const form = document.getElementById('token-form');

  function fail(e) {
    C.setText('tokens-result', '');
    C.setText('tokens-error', e.message);
  }

  function row(t) {
    const actions = C.el('td');
    if (!t.revokedAt) {
      const revoke = C.el('button', { type: 'button' }, 'Revoke');
      revoke.appendChild(C.el('span', { class: 'visually-hidden' }, ' ' + t.name));
      revoke.addEventListener('click', function () {
        C.api('/api/staff/tokens/' + t.id + '/revoke', { method: 'POST', body: {} })
          .then(function () { C.setText('tokens-error', ''); C.setText('tokens-result', 'Revoked ' + t.name + '.'); load(); }, fail);
      });
      actions.appendChild(revoke);
    }
    return C.el('tr', null, C.el('td', null, t.name), C.el('td', null, C.timeElement(t.createdAt)),
      C.el('td', null, t.lastUsedAt ? C.timeElement(t.lastUsedAt) : 'never'),
      C.el('td', null, t.revokedAt ? 'revoked' : 'active'), actions);
  }

  async function load() {
    try {
      const tokens = await C.api('/api/staff/tokens');
      C.clear(body);
      tokens.forEach(function (t) { body.appendChild(row(t)); });
    } catch (e) {
      fail(e);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    C.api('/api/staff/tokens', { method: 'POST', body: { name: form.name.value } })
      .then(function (t) {
        form.reset();
        C.setText('new-token-value', t.token);
        document.getElementById('new-token').hidden = false;
        C.setText('tokens-error', '');
        C.setText('tokens-result', 'Made ' + t.name + '.');
        load();
      }, fail);
  });
  load();
})();

/* Your account: the second factor (set up or replace the authenticator app, new recovery codes). */
(function () {
  const C = window.MashConsole;
  const startButton = document.getElementById('start-enrolment');
  const codesButton = document.getElementById('new-recovery-codes');

  function show(me) {
    const f = me.secondFactor;
    C.setText('second-factor-state', f.enrolled
      ? 'You sign in with a code from your authenticator app. Recovery codes left: ' + f.recoveryCodesLeft + '.'
      : (f.required ? 'Your account needs an authenticator app.' : 'You sign in with your password only. You can add an authenticator app.'));
    startButton.textContent = f.enrolled ? 'Replace your authenticator app' : 'Set up an authenticator app';
    codesButton.hidden = !f.enrolled;
  }

  function refresh() {
    C.api('/api/staff/me').then(show, function (e) { C.setText('second-factor-error', e.message); });
  }

  startButton.addEventListener('click', function () {
    const enrolment = document.getElementById('enrolment');
    enrolment.parentElement.hidden = false;
    window.MashEnrol.start().then(refresh);
  });
  codesButton.addEventListener('click', function () {
    C.api('/console/second-factor/recovery-codes', { method: 'POST', body: {} }).then(function (r) {
      const list = document.getElementById('new-recovery-codes-list');
      C.clear(list);
      r.recoveryCodes.forEach(function (code) { list.appendChild(C.el('li', null, C.el('code', null, code))); });
      C.setText('second-factor-error', '');
      refresh();
    }, function (e) { C.setText('second-factor-error', e.message); });
  });
  document.getElementById('enrol-form').addEventListener('submit', function () { setTimeout(refresh, 500); });
  refresh();
})();
