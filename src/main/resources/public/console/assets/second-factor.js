/* Sign-in, second step: the code from the authenticator app (or a recovery code). */
'use strict';
(function () {
  const C = window.MashConsole;
  const form = document.getElementById('code-form');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const button = document.getElementById('verify-code');
    button.disabled = true;
    C.api('/console/second-factor', { method: 'POST', body: { code: form.code.value } })
      .then(function () { window.location.assign('/console'); }, function (e) {
        C.setText('code-error', e.message);
        form.code.value = '';
        form.code.focus();
      })
      .finally(function () { button.disabled = false; });
  });
})();
