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
        if (r.csrf) {
          document.querySelector('meta[name="csrf-token"]').setAttribute('content', r.csrf);
          document.querySelectorAll('input[name="_csrf"]').forEach(function (input) { input.value = r.csrf; });
        }
        form.reset();
        C.setText('password-result', r.message);
      }, function (e) {
        C.setText('password-error', e.message);
      });
  });
})();
