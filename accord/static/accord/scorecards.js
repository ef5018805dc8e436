// Scorecard trend: score, perform and transform per frozen period (the table under the
// chart carries the same numbers).
(function () {
  const source = document.getElementById("scorecard-trend-data");
  const canvas = document.getElementById("scorecard-trend");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const line = (label, values, colour, dash) => ({
    label, data: values, borderColor: colour, backgroundColor: colour, pointRadius: 3,
    tension: 0, spanGaps: true, borderDash: dash || [],
  });
  new Chart(canvas, {
    type: "line",
    data: {
      labels: data.labels,
      datasets: [
        line("Score", data.score, "#0f172a"),
        line("Perform", data.perform, "#0f766e", [5, 4]),
        line("Transform", data.transform, "#f97316", [2, 3]),
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom" } },
      scales: { y: { min: 0, max: 100 } },
    },
  });
})();
