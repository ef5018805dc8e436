// QA dashboard charts, drawn from the JSON the server renders (the tables below each
// chart carry the same numbers).
(function () {
  const source = document.getElementById("quality-dashboard-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const common = { responsive: true, maintainAspectRatio: false, animation: false };
  const palette = ["#0f766e", "#f97316", "#2563eb", "#dc2626", "#7c3aed", "#ca8a04", "#64748b", "#db2777"];

  const ageing = document.getElementById("quality-ageing");
  if (ageing) {
    new Chart(ageing, {
      type: "bar",
      data: {
        labels: data.ageing.labels,
        datasets: [
          { label: "Deviations", data: data.ageing.deviations, backgroundColor: "#f97316", maxBarThickness: 32 },
          { label: "CAPA", data: data.ageing.capas, backgroundColor: "#0f766e", maxBarThickness: 32 },
        ],
      },
      options: { ...common, plugins: { legend: { position: "bottom" } }, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  function stacked(id, series) {
    const canvas = document.getElementById(id);
    if (!canvas || !series.length) return;
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.months,
        datasets: series.map((s, i) => ({ label: s.label, data: s.counts, backgroundColor: palette[i % palette.length], maxBarThickness: 28 })),
      },
      options: { ...common, interaction: { mode: "index", intersect: false }, plugins: { legend: { position: "bottom" } }, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }
  stacked("quality-causes", data.causes);
  stacked("quality-areas", data.areas);

  const pareto = document.getElementById("quality-pareto");
  if (pareto && data.pareto.labels.length) {
    new Chart(pareto, {
      data: {
        labels: data.pareto.labels,
        datasets: [
          { type: "bar", label: "Deviations", data: data.pareto.counts, backgroundColor: "#0f766e", maxBarThickness: 32, yAxisID: "y" },
          { type: "line", label: "Cumulative %", data: data.pareto.cumulative, borderColor: "#f97316", backgroundColor: "#f97316", pointRadius: 3, tension: 0, yAxisID: "y1" },
        ],
      },
      options: {
        ...common,
        plugins: { legend: { position: "bottom" } },
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 } },
          y1: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + "%" } },
        },
      },
    });
  }
})();
