/* The review queue: filters, risk-first list, unreviewed count, refresh every 30 s. */
'use strict';
(function () {
  const C = window.MashConsole;
  const REFRESH_MS = 30000;
  const form = document.getElementById('filters');
  const body = document.querySelector('#queue tbody');
  let page = 0;
  let totalPages = 0;

  function query() {
    const params = C.formParams(form);
    params.set('page', String(page));
    params.set('size', '50');
    return params;
  }

  function row(c) {
    const risk = c.highestRoute === 'IMMEDIATE_RISK' && c.reviewStatus !== 'REVIEWED';
    const link = C.el('a', { href: '/console/conversations/' + encodeURIComponent(c.id), class: 'open-conversation' }, 'Open');
    link.appendChild(C.el('span', { class: 'visually-hidden' }, ' conversation started ' + C.time(c.startedAt)));
    return C.el('tr', { class: risk ? 'risk-row' : null, 'data-id': c.id, 'data-route': c.highestRoute || '' },
      C.el('td', null, C.routeBadge(c.highestRoute)),
      C.el('td', null, C.statusBadge(c.reviewStatus)),
      C.el('td', null, c.channel),
      C.el('td', { class: 'language' }, c.language || 'eng'),
      C.el('td', null, c.partnership),
      C.el('td', { class: 'mono' }, c.sender || '–'),
      C.el('td', { class: 'previous-contacts' }, c.previousContacts > 0 ? c.previousContacts + ' earlier' : 'none'),
      C.el('td', null, C.timeElement(c.startedAt)),
      C.el('td', null, C.timeElement(c.lastMessageAt)),
      C.el('td', null, c.messageCount),
      C.el('td', null, link));
  }

  async function load(background) {
    try {
      const data = await C.api('/api/staff/conversations?' + query().toString(), { background: background });
      C.clear(body);
      // an empty page's JSON leaves the content out
      const content = data.content || [];
      if (content.length === 0) {
        body.appendChild(C.el('tr', null, C.el('td', { colspan: '11' }, 'No conversations match these filters.')));
      }
      content.forEach(function (c) { body.appendChild(row(c)); });
      totalPages = data.totalPages;
      C.setText('unreviewed', data.unreviewedCount + ' unreviewed (status NEW) · ' + data.totalSize + ' matching');
      C.setText('page-info', 'Page ' + (data.page + 1) + ' of ' + Math.max(1, data.totalPages));
      C.setText('refreshed', 'Updated ' + new Date().toLocaleTimeString('en-GB'));
      document.getElementById('prev').disabled = page <= 0;
      document.getElementById('next').disabled = page + 1 >= totalPages;
      C.setText('queue-error', '');
    } catch (e) {
      C.setText('queue-error', e.message);
    }
  }

  function waited(iso) {
    const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
    return minutes < 60 ? minutes + ' min' : Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
  }

  // People who asked for a person, the longest waiting first, above the queue
  async function loadWaiting(background) {
    const list = document.getElementById('waiting');
    try {
      const data = await C.api('/api/staff/conversations?waiting=true', { background: background });
      const waiting = data.content || [];
      C.clear(list);
      document.getElementById('waiting-none').hidden = waiting.length > 0;
      waiting.forEach(function (c) {
        list.appendChild(C.el('li', { 'data-id': c.id },
          C.el('strong', null, 'Waiting ' + waited(c.waitingSince)), ' · ' + c.channel + ' · ' + c.partnership + ' · ',
          C.el('a', { href: '/console/conversations/' + encodeURIComponent(c.id) }, 'Open and reply')));
      });
    } catch (e) {
      C.setText('queue-error', e.message);
    }
  }

  function updateExportLink() {
    const params = C.formParams(form);
    document.getElementById('export').setAttribute('href', '/api/staff/conversations.csv?' + params.toString());
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    page = 0;
    updateExportLink();
    load(false);
  });
  form.addEventListener('reset', function () {
    setTimeout(function () { page = 0; updateExportLink(); load(false); }, 0);
  });
  document.getElementById('prev').addEventListener('click', function () { if (page > 0) { page--; load(false); } });
  document.getElementById('next').addEventListener('click', function () { if (page + 1 < totalPages) { page++; load(false); } });
  updateExportLink();
  load(false);
  loadWaiting(false);
  setInterval(function () { load(true); loadWaiting(true); }, REFRESH_MS);
})();
