/* Admin: the audit log with filters and paging. */
'use strict';
(function () {
  const C = window.MashConsole;
  const form = document.getElementById('audit-filters');
  const body = document.querySelector('#audit tbody');
  let page = 0;
  let totalPages = 0;

  async function load() {
    try {
      const params = C.formParams(form);
      params.set('page', String(page));
      params.set('size', '50');
      const data = await C.api('/api/staff/audit?' + params.toString());
      C.clear(body);
      data.content.forEach(function (e) {
        body.appendChild(C.el('tr', null, C.el('td', null, C.timeElement(e.at)), C.el('td', null, e.actor),
          C.el('td', null, e.action), C.el('td', { class: 'mono' }, [e.targetType, e.targetId].filter(Boolean).join(' ')),
          C.el('td', null, e.detail || '')));
      });
      totalPages = data.totalPages;
      C.setText('page-info', 'Page ' + (data.page + 1) + ' of ' + Math.max(1, data.totalPages) + ' · ' + data.totalSize + ' events');
      document.getElementById('prev').disabled = page <= 0;
      document.getElementById('next').disabled = page + 1 >= totalPages;
      C.setText('audit-error', '');
    } catch (e) {
      C.setText('audit-error', e.message);
    }
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); page = 0; load(); });
  document.getElementById('prev').addEventListener('click', function () { if (page > 0) { page--; load(); } });
  document.getElementById('next').addEventListener('click', function () { if (page + 1 < totalPages) { page++; load(); } });
  load();
})();
