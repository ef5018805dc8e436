// Service dashboard charts, drawn from the JSON the server renders (the tables below
// each chart carry the same numbers).
(function () {
  const source = document.getElementById("service-dashboard-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const common = { responsive: true, maintainAspectRatio: false, animation: false };

  const months = document.getElementById("service-months");
  if (months && data.months.length) {
    new Chart(months, {
      data: {
        labels: data.months,
        datasets: [
          { type: "bar", label: "Opened", data: data.opened, backgroundColor: "#f97316", maxBarThickness: 28 },
          { type: "bar", label: "Closed", data: data.closed, backgroundColor: "#0f766e", maxBarThickness: 28 },
          { type: "line", label: "Clocks breached", data: data.breaches, borderColor: "#dc2626", backgroundColor: "#dc2626", pointRadius: 3, tension: 0 },
          { type: "line", label: "Escalations", data: data.escalations, borderColor: "#0f172a", backgroundColor: "#0f172a", borderDash: [4, 4], pointRadius: 3, tension: 0 },
        ],
      },
      options: { ...common, interaction: { mode: "index", intersect: false }, plugins: { legend: { position: "bottom" } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  const clocks = document.getElementById("service-clocks");
  if (clocks && data.clock_labels.length) {
    new Chart(clocks, {
      type: "bar",
      data: { labels: data.clock_labels, datasets: [{ label: "Clocks met (%)", data: data.clock_met, backgroundColor: "#14b8a6", maxBarThickness: 28 }] },
      options: { ...common, indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { min: 0, max: 100, ticks: { callback: (v) => v + "%" } } } },
    });
  }

  const voice = data.voice;
  const quarters = document.getElementById("service-voice");
  if (quarters && voice && voice.quarters.length) {
    new Chart(quarters, {
      data: {
        labels: voice.quarters,
        datasets: [
          { type: "bar", label: "NPS", data: voice.nps, backgroundColor: "#0f766e", maxBarThickness: 32, yAxisID: "y" },
          { type: "line", label: "CSAT (% satisfied)", data: voice.csat, borderColor: "#f97316", backgroundColor: "#f97316", pointRadius: 3, tension: 0, spanGaps: true, yAxisID: "y1" },
        ],
      },
      options: {
        ...common,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom" } },
        scales: {
          y: { min: -100, max: 100, title: { display: true, text: "NPS" } },
          y1: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + "%" } },
        },
      },
    });
  }
  const kudos = document.getElementById("service-kudos");
  if (kudos && voice && data.months.length) {
    new Chart(kudos, {
      type: "bar",
      data: { labels: data.months, datasets: [{ label: "Kudos", data: voice.kudos, backgroundColor: "#e11d48", maxBarThickness: 28 }] },
      options: { ...common, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }
})();
