/* Setting up an authenticator app: a new key and its QR code, a code from the app to confirm it,
   then the recovery codes, shown once. Starts at once on the sign-in's set-up page; on Your account,
   when the button asks (window.MashEnrol.start). */
'use strict';
window.MashEnrol = (function () {
  const C = window.MashConsole;
  const form = document.getElementById('enrol-form');

  function fail(e) {
    C.setText('enrol-error', e.message);
  }

  function start() {
    document.getElementById('enrolment').hidden = false;
    document.getElementById('recovery').hidden = true;
    form.hidden = false;
    return C.api('/console/second-factor/enrolment', { method: 'POST', body: {} }).then(function (e) {
      const img = document.getElementById('enrol-qr');
      img.src = e.qr;
      img.hidden = false;
      C.setText('enrol-secret', e.secret.replace(/(.{4})/g, '$1 ').trim());
      C.setText('enrol-error', '');
      document.getElementById('enrol-code').focus();
    }, fail);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    C.api('/console/second-factor/enrolment/confirm', { method: 'POST', body: { code: form.code.value } })
      .then(function (r) {
        C.adoptSession(r.csrf);
        form.reset();
        form.hidden = true;
        C.setText('enrol-error', '');
        const list = document.getElementById('recovery-codes');
        C.clear(list);
        r.recoveryCodes.forEach(function (code) { list.appendChild(C.el('li', null, C.el('code', null, code))); });
        document.getElementById('recovery').hidden = false;
        document.getElementById('recovery-heading').focus();
      }, function (e) {
        fail(e);
        form.code.value = '';
      });
  });

  if (document.querySelector('[data-autostart] #enrolment')) {
    start();
  }
  return { start: start };
})();
