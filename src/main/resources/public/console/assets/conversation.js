/* One conversation: facts, previous contacts, the message timeline (new messages appear every few
   seconds without a reload), staff replies and review actions. */
'use strict';
(function () {
  const C = window.MashConsole;
  const id = decodeURIComponent(window.location.pathname.split('/').pop());
  const form = document.getElementById('review-form');
  const replyForm = document.getElementById('reply-form');
  const REFRESH_MS = 5000;
  let lastId = 0;

  function fact(dl, term, value) {
    dl.appendChild(C.el('dt', null, term));
    dl.appendChild(C.el('dd', null, value === null || value === undefined || value === '' ? '–' : value));
  }

  function renderFacts(c) {
    const dl = document.getElementById('facts');
    C.clear(dl);
    fact(dl, 'Highest route', C.routeBadge(c.highestRoute));
    fact(dl, 'Review status', C.statusBadge(c.reviewStatus));
    fact(dl, 'Partnership', c.partnership);
    fact(dl, 'Channel', c.channel);
    fact(dl, 'Language', c.language || 'eng');
    fact(dl, 'Sender', c.sender);
    fact(dl, 'Caller role', c.callerRole);
    fact(dl, 'Previous contacts', String(c.previousContacts));
    fact(dl, 'Started', C.timeElement(c.startedAt));
    fact(dl, 'Last message', C.timeElement(c.lastMessageAt));
    fact(dl, 'Messages', String(c.messageCount));
    fact(dl, 'Reviewed by', c.reviewedBy);
    fact(dl, 'First reviewed', c.firstReviewedAt ? C.timeElement(c.firstReviewedAt) : null);
    fact(dl, 'Waiting for a person since', c.waitingSince ? C.timeElement(c.waitingSince) : null);
    const previous = document.getElementById('previous');
    C.clear(previous);
    if (c.previousConversationIds && c.previousConversationIds.length > 0) {
      previous.appendChild(C.el('h3', null, 'Earlier conversations from this sender'));
      const list = C.el('ul');
      c.previousConversationIds.forEach(function (pid) {
        list.appendChild(C.el('li', null, C.el('a', { href: '/console/conversations/' + encodeURIComponent(pid), class: 'mono' }, pid)));
      });
      previous.appendChild(list);
    }
  }

  function message(m) {
    const who = m.direction === 'IN' ? 'Caller (in)' : (m.author ? 'Staff: ' + m.author + ' (out)' : 'Advice line (out)');
    const meta = C.el('div', { class: 'meta' }, C.el('strong', null, who), C.timeElement(m.at));
    if (m.route) meta.appendChild(C.el('span', null, 'Route: ', C.routeBadge(m.route)));
    if (m.intent) meta.appendChild(C.el('span', null, 'Intent: ' + m.intent));
    if (m.confidence !== null && m.confidence !== undefined) {
      meta.appendChild(C.el('span', null, 'Confidence: ' + Number(m.confidence).toFixed(2)));
    }
    if (m.modelVersion) meta.appendChild(C.el('span', null, 'Model: ' + m.modelVersion));
    const item = C.el('li', { class: 'message dir-' + (m.direction === 'IN' ? 'IN' : 'OUT') + (m.author ? ' from-staff' : '') +
      (m.rule ? ' fired' : ''), 'data-id': m.id }, meta,
      C.el('p', { class: 'text' }, m.text));
    if (m.rule) item.appendChild(C.el('p', { class: 'rule' }, 'Immediate-risk rule fired: ' + m.rule));
    if (m.sources && m.sources.length > 0) {
      const sources = C.el('ul', { class: 'sources', 'aria-label': 'Sources used' });
      m.sources.forEach(function (s) { sources.appendChild(C.el('li', null, s)); });
      item.appendChild(C.el('div', null, 'Sources used:', sources));
    }
    return item;
  }

  async function load() {
    try {
      const c = await C.api('/api/staff/conversations/' + encodeURIComponent(id));
      C.setText('conversation-id', c.id);
      renderFacts(c);
      document.getElementById('review-status').value = c.reviewStatus;
      document.getElementById('review-note').value = c.reviewNote || '';
      const timeline = document.getElementById('timeline');
      C.clear(timeline);
      lastId = 0;
      (c.messages || []).forEach(add);
      replyFor(c.channel);
    } catch (e) {
      C.setText('conversation-error', e.status === 404 ? 'No conversation with that id.' : e.message);
    }
  }

  function add(m) {
    document.getElementById('timeline').appendChild(message(m));
    if (m.id > lastId) lastId = m.id;
  }

  // A call cannot take a written reply: the form is replaced by what to do instead
  function replyFor(channel) {
    const voice = channel === 'VOICE';
    replyForm.hidden = voice;
    C.setText('reply-note', voice ? 'This was a phone call: a written reply cannot reach the caller. Ring back on the number shown if it is safe to.' : '');
  }

  async function refresh() {
    try {
      const fresh = await C.api('/api/staff/conversations/' + encodeURIComponent(id) + '/messages?after=' + lastId, { background: true });
      (fresh || []).forEach(add);
      C.setText('timeline-refreshed', 'Messages updated ' + new Date().toLocaleTimeString('en-GB'));
    } catch (e) {
      C.setText('timeline-refreshed', 'Messages not updated: ' + e.message);
    }
  }

  async function reply(event) {
    event.preventDefault();
    const box = document.getElementById('reply-text');
    const text = box.value.trim();
    if (!text) { C.setText('reply-result', 'Write the reply first.'); box.focus(); return; }
    document.getElementById('send-reply').disabled = true;
    try {
      const sent = await C.api('/api/staff/conversations/' + encodeURIComponent(id) + '/replies', { method: 'POST', body: { text: text } });
      box.value = '';
      C.setText('reply-result', sent.delivery === 'QUEUED' ? 'Reply sent by text.' : 'Reply shown in their chat.');
      await refresh();
    } catch (e) {
      C.setText('reply-result', e.message);
    } finally {
      document.getElementById('send-reply').disabled = false;
    }
  }

  async function save(status) {
    try {
      const updated = await C.api('/api/staff/conversations/' + encodeURIComponent(id) + '/review', {
        method: 'POST', body: { status: status, note: document.getElementById('review-note').value }
      });
      C.setText('review-result', 'Saved: ' + updated.reviewStatus.replace(/_/g, ' ') + ' by ' + updated.reviewedBy + '.');
      C.setText('conversation-error', '');
      await load();
    } catch (e) {
      C.setText('review-result', '');
      C.setText('conversation-error', e.message);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    save(document.getElementById('review-status').value);
  });
  document.getElementById('mark-reviewed').addEventListener('click', function () { save('REVIEWED'); });
  replyForm.addEventListener('submit', reply);
  load();
  setInterval(refresh, REFRESH_MS);
})();
