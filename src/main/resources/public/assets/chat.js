// The public web chat. User text and replies are only ever set with textContent, never as HTML.
(function () {
  'use strict';

  var body = document.body;

  function leaveQuickly() {
    // replace() keeps the chat out of the back-button history; clear the page first in case
    // the neutral site is slow to load.
    document.title = 'Weather';
    var main = document.querySelector('main');
    if (main) { main.textContent = ''; }
    window.location.replace(body.getAttribute('data-exit-url'));
  }

  var exit = document.getElementById('exit');
  if (exit) { exit.addEventListener('click', leaveQuickly); }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { leaveQuickly(); }
  });

  var areas = document.getElementById('areas');
  if (areas) {
    fetch('/api/partnerships', { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (list) {
        list.forEach(function (p) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = '/chat/' + encodeURIComponent(p.id);
          a.textContent = p.name;
          li.appendChild(a);
          areas.appendChild(li);
        });
      });
    return;
  }

  var form = document.getElementById('chat');
  if (!form) { return; }
  var partnership = decodeURIComponent(window.location.pathname.replace(/^\/chat\//, '').replace(/\/.*$/, ''));
  var log = document.getElementById('log');
  var box = document.getElementById('message');
  var status = document.getElementById('status');
  var send = document.getElementById('send');
  var conversationId = null;
  var lastSeen = 0;
  var polling = null;
  var POLL_MS = 5000;

  function addParagraphs(parent, text) {
    text.split(/\n\n+/).forEach(function (para) {
      var p = document.createElement('p');
      p.textContent = para;
      parent.appendChild(p);
    });
  }

  // The answer first; the rest of the advice behind a "More" disclosure, closed until asked for.
  function addMessage(who, text, cls, sources, more) {
    var div = document.createElement('div');
    div.className = 'msg ' + cls;
    var label = document.createElement('span');
    label.className = 'who';
    label.textContent = who;
    div.appendChild(label);
    addParagraphs(div, text);
    if (more) {
      var details = document.createElement('details');
      details.className = 'more';
      var summary = document.createElement('summary');
      summary.textContent = body.getAttribute('data-more-label') || 'More';
      details.appendChild(summary);
      addParagraphs(details, more);
      div.appendChild(details);
    }
    if (sources && sources.length) {
      var s = document.createElement('p');
      s.className = 'sources';
      s.textContent = 'Source: ' + sources.join('; ');
      div.appendChild(s);
    }
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'status error' : 'status';
  }

  // Messages from MASH staff arrive through a look every few seconds. The conversation is this
  // browser's alone: its secret travels in an HttpOnly cookie the page never sees.
  function messagesUrl() {
    return '/api/chat/' + encodeURIComponent(partnership) + '/conversations/' +
      encodeURIComponent(conversationId) + '/messages?after=' + lastSeen;
  }

  function lookForStaff() {
    if (!conversationId) { return; }
    fetch(messagesUrl(), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        list.forEach(function (m) {
          if (m.id > lastSeen) { lastSeen = m.id; }
          if (m.from === 'staff') {
            addMessage(body.getAttribute('data-staff-label') || 'MASH staff', m.text, 'staff');
          }
        });
      })
      .catch(function () { /* the next look tries again */ });
  }

  function startLooking() {
    if (!polling) {
      lookForStaff();
      polling = window.setInterval(lookForStaff, POLL_MS);
    }
  }

  function stopLooking() {
    if (polling) { window.clearInterval(polling); polling = null; }
    lastSeen = 0;
  }

  function post(text, retried) {
    var payload = { text: text };
    if (conversationId) { payload.conversationId = conversationId; }
    return fetch('/api/chat/' + encodeURIComponent(partnership) + '/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(payload)
    }).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, status: r.status, data: data }; });
    }).then(function (result) {
      // a conversation this browser can no longer prove is its own: the message starts a new one
      if (result.status === 404 && conversationId && !retried) {
        conversationId = null;
        stopLooking();
        return post(text, true);
      }
      return result;
    });
  }

  function submit() {
    var text = box.value.trim();
    if (!text) { setStatus('Type a message first.', true); box.focus(); return; }
    addMessage('You', text, 'you');
    box.value = '';
    send.disabled = true;
    setStatus('Sending…', false);
    post(text, false).then(function (result) {
      if (!result.ok) {
        setStatus((result.data && result.data.message ? result.data.message : 'Something went wrong.') +
          ' If a child is in danger, call 999.', true);
        return;
      }
      // a late turn's safety reply may come back without the id: the conversation is still this one
      conversationId = result.data.conversationId || conversationId;
      addMessage('Advice line', result.data.reply, 'line', result.data.sources, result.data.more);
      if (conversationId) { startLooking(); }
      setStatus('', false);
    }).catch(function () {
      setStatus('The message could not be sent. If a child is in danger, call 999.', true);
    }).then(function () {
      send.disabled = false;
      box.focus();
    });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); submit(); });
  box.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); submit(); }
  });
}());
