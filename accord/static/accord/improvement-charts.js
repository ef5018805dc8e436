// Continuous improvement charts, drawn from the JSON the server renders: an initiative's
// Pareto of delays by cause and the monthly trend of its cause with the baseline and
// target lines; a 5S area's radar of its audits and the trend of the total score.
(function () {
  if (typeof Chart === "undefined") return;
  const common = { responsive: true, maintainAspectRatio: false, animation: false, layout: { padding: { top: 12 } } };
  const read = (id) => {
    const source = document.getElementById(id);
    return source ? JSON.parse(source.textContent) : null;
  };

  const ci = read("ci-chart-data");
  if (ci) {
    const pareto = document.getElementById("ci-pareto");
    if (pareto) {
      new Chart(pareto, {
        data: {
          labels: ci.pareto.labels,
          datasets: [
            { type: "line", label: "Cumulative share (%)", data: ci.pareto.cumulative, borderColor: "#0f172a", backgroundColor: "#0f172a", pointRadius: 3, tension: 0, clip: false, yAxisID: "y1" },
            {
              type: "bar",
              label: "Working days lost",
              data: ci.pareto.days,
              backgroundColor: ci.pareto.highlight.map((mine) => (mine ? "#f59e0b" : "#14b8a6")),
              maxBarThickness: 64,
              yAxisID: "y",
            },
          ],
        },
        options: {
          ...common,
          interaction: { mode: "index", intersect: false },
          plugins: { legend: { position: "bottom" } },
          scales: {
            y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "working days" } },
            y1: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + "%" } },
          },
        },
      });
    }
    const trend = document.getElementById("ci-trend");
    if (trend) {
      const flat = (value) => ci.trend.labels.map(() => value);
      const datasets = [{ type: "bar", label: "Working days lost", data: ci.trend.days, backgroundColor: "#0f766e", maxBarThickness: 48 }];
      if (ci.trend.baseline !== null) datasets.push({ type: "line", label: "Baseline (per month)", data: flat(ci.trend.baseline), borderColor: "#b91c1c", borderDash: [6, 4], pointRadius: 0 });
      if (ci.trend.target !== null) datasets.push({ type: "line", label: "Target (per month)", data: flat(ci.trend.target), borderColor: "#15803d", borderDash: [2, 3], pointRadius: 0 });
      new Chart(trend, {
        data: { labels: ci.trend.labels, datasets: datasets },
        options: {
          ...common,
          plugins: { legend: { position: "bottom" } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "working days" } } },
        },
      });
    }
  }

  const fives = read("fives-chart-data");
  if (fives) {
    const radar = document.getElementById("fives-radar");
    const count = fives.audits.length;
    if (radar) {
      new Chart(radar, {
        type: "radar",
        data: {
          labels: fives.axes,
          datasets: fives.audits.map((audit, index) => {
            const latest = index === count - 1;
            return {
              label: audit.label,
              data: audit.scores,
              borderColor: latest ? "#0f766e" : "rgba(100, 116, 139, " + (0.25 + (0.5 * index) / Math.max(count - 1, 1)) + ")",
              backgroundColor: latest ? "rgba(20, 184, 166, 0.25)" : "rgba(0, 0, 0, 0)",
              borderWidth: latest ? 3 : 1,
              pointRadius: latest ? 3 : 1,
            };
          }),
        },
        options: { ...common, plugins: { legend: { position: "bottom" } }, scales: { r: { min: 0, max: fives.max, ticks: { stepSize: 1 } } } },
      });
    }
    const trend = document.getElementById("fives-trend");
    if (trend) {
      new Chart(trend, {
        type: "line",
        data: { labels: fives.trend.labels, datasets: [{ label: "Total score", data: fives.trend.totals, borderColor: "#0f766e", backgroundColor: "#0f766e", tension: 0 }] },
        options: { ...common, plugins: { legend: { display: false } }, scales: { y: { min: 0, max: fives.trend.max, ticks: { precision: 0 } } } },
      });
    }
  }
})();
