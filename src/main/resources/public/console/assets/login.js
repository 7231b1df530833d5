/* Sign-in: posts the form from script so the request carries our Origin (the page's
   no-referrer policy would make a plain form post send "Origin: null"). Without script
   the form still posts normally. */
'use strict';
(function () {
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const button = document.getElementById('sign-in');
    button.disabled = true;
    try {
      const res = await fetch(form.getAttribute('action'), {
        method: 'POST', credentials: 'same-origin', referrerPolicy: 'same-origin', redirect: 'follow',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(new FormData(form)).toString()
      });
      if (res.ok) {
        window.location.assign('/console');
        return;
      }
      // the answer is the login page with the reason; parsed inertly, only its text is used
      const page = new DOMParser().parseFromString(await res.text(), 'text/html');
      const reason = page.getElementById('login-error');
      error.textContent = reason && reason.textContent ? reason.textContent : 'Sign-in failed (HTTP ' + res.status + ').';
      document.getElementById('password').value = '';
      document.getElementById('password').focus();
    } catch (e) {
      error.textContent = 'Sign-in failed: ' + e.message;
    } finally {
      button.disabled = false;
    }
  });
})();
