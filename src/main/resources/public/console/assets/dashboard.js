/* Dashboard: contacts per day by route and by channel (Chart.js from the webjar) and median time to first review. */
'use strict';
(function () {
  const C = window.MashConsole;
  const charts = {};
  const PALETTE = ['#b00020', '#1d4f91', '#00703c', '#f47738', '#6f72af', '#912b88', '#28a197', '#85994b', '#b58840', '#505a5f', '#0b0c0c', '#d53880'];

  function draw(canvasId, labels, series) {
    const datasets = Object.keys(series)
      .filter(function (name) { return series[name].some(function (n) { return n > 0; }); })
      .map(function (name, i) {
        return { label: name.replace(/_/g, ' '), data: series[name], backgroundColor: PALETTE[i % PALETTE.length] };
      });
    if (charts[canvasId]) charts[canvasId].destroy();
    charts[canvasId] = new window.Chart(document.getElementById(canvasId), {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function minutes(value) {
    if (value === null || value === undefined) return 'no reviews in the period';
    if (value < 90) return Math.round(value) + ' minutes';
    return (value / 60).toFixed(1) + ' hours';
  }

  async function load() {
    try {
      const days = document.getElementById('days').value;
      const d = await C.api('/api/staff/dashboard?days=' + encodeURIComponent(days));
      const labels = d.dates.map(function (x) { return String(x).slice(5); });
      draw('chart-route', labels, d.byRoute);
      draw('chart-channel', labels, d.byChannel);
      C.setText('total-contacts', String(d.totalContacts));
      C.setText('median-review', minutes(d.medianMinutesToFirstReview));
      C.setText('reviewed-count', String(d.reviewedCount));
      C.setText('dashboard-error', '');
    } catch (e) {
      C.setText('dashboard-error', e.message);
    }
    try {
      const j = await C.api('/api/staff/journal');
      C.setText('journal-quarantined', String(j.quarantined));
      C.setText('journal-quarantine-folder', j.quarantineFolder);
      document.getElementById('journal-quarantine-note').hidden = j.quarantined === 0;
    } catch (e) {
      C.setText('journal-quarantined', e.message);
    }
  }

  document.getElementById('days').addEventListener('change', load);
  document.getElementById('dashboard-form').addEventListener('submit', function (e) { e.preventDefault(); load(); });
  load();
})();
