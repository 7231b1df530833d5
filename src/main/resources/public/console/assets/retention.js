/* Admin: retention period and purge on demand. */
'use strict';
(function () {
  const C = window.MashConsole;
  const form = document.getElementById('retention-form');
  const input = document.getElementById('days-input');

  function show(r) {
    C.setText('retention-days', r.days + ' days');
    C.setText('retention-source', r.source === 'setting' ? 'set by ' + r.updatedBy + ' on ' + C.time(r.updatedAt) : 'environment default');
    C.setText('retention-default', r.defaultDays + ' days');
    input.value = r.days;
    input.setAttribute('min', r.minDays);
    input.setAttribute('max', r.maxDays);
  }

  function fail(e) {
    C.setText('retention-result', '');
    C.setText('retention-error', e.message);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    C.api('/api/staff/retention', { method: 'PUT', body: { days: Number(input.value) } })
      .then(function (r) { show(r); C.setText('retention-error', ''); C.setText('retention-result', 'Saved.'); }, fail);
  });
  document.getElementById('purge-now').addEventListener('click', function () {
    C.api('/api/staff/retention/purge', { method: 'POST', body: {} })
      .then(function (p) { C.setText('retention-error', ''); C.setText('retention-result', 'Purge done: ' + p.deleted + ' conversations deleted.'); }, fail);
  });
  C.api('/api/staff/retention').then(show, fail);
})();
