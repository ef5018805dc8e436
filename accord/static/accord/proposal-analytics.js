// Proposal analytics charts, drawn from the JSON the server renders.
(function () {
  const source = document.getElementById("proposal-analytics-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const common = { responsive: true, maintainAspectRatio: false, animation: false };

  function rates(id, series) {
    const canvas = document.getElementById(id);
    if (!canvas || !series.labels.length) return;
    new Chart(canvas, {
      type: "bar",
      data: { labels: series.labels, datasets: [{ label: "Win rate (%)", data: series.rates, backgroundColor: "#14b8a6", maxBarThickness: 48 }] },
      options: { ...common, indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { min: 0, max: 100, ticks: { callback: (v) => v + "%" } } } },
    });
  }
  rates("win-service", data.by_service);
  rates("win-modality", data.by_modality);
  rates("win-sponsor-type", data.by_sponsor_type);

  const pareto = document.getElementById("loss-pareto");
  if (pareto && data.pareto.labels.length) {
    new Chart(pareto, {
      data: {
        labels: data.pareto.labels,
        datasets: [
          { type: "line", label: "Cumulative share (%)", data: data.pareto.cumulative, borderColor: "#0f172a", backgroundColor: "#0f172a", pointRadius: 3, tension: 0, clip: false, yAxisID: "y1" },
          { type: "bar", label: "Postmortems citing it", data: data.pareto.counts, backgroundColor: "#f97316", maxBarThickness: 64, yAxisID: "y" },
        ],
      },
      options: {
        ...common,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom" } },
        layout: { padding: { top: 12 } },
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 0 } },
          y: { beginAtZero: true, ticks: { precision: 0 } },
          y1: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + "%" } },
        },
      },
    });
  }

  const cycles = document.getElementById("cycle-times");
  if (cycles && data.cycle_times.labels.length) {
    new Chart(cycles, {
      type: "bar",
      data: {
        labels: data.cycle_times.labels,
        datasets: [
          { label: "RFP → sent, median days", data: data.cycle_times.sent_median, backgroundColor: "#0f766e", maxBarThickness: 40 },
          { label: "Sent → decision, median days", data: data.cycle_times.decided_median, backgroundColor: "#64748b", maxBarThickness: 40 },
        ],
      },
      options: { ...common, plugins: { legend: { position: "bottom" } }, scales: { y: { beginAtZero: true } } },
    });
  }

  const pipeline = document.getElementById("pipeline");
  if (pipeline && data.pipeline.labels.length) {
    new Chart(pipeline, {
      type: "bar",
      data: { labels: data.pipeline.labels, datasets: [{ label: "CHF", data: data.pipeline.chf, backgroundColor: "#0ea5e9", maxBarThickness: 56 }] },
      options: { ...common, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } },
    });
  }
})();
