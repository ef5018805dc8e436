// Charts of the schedule-risk page, drawn from the JSON the server renders.
(function () {
  const source = document.getElementById("risk-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  new Chart(document.getElementById("risk-histogram"), {
    data: {
      labels: data.labels,
      datasets: [
        { type: "bar", label: "Iterations finishing", data: data.counts, backgroundColor: "#14b8a6", yAxisID: "y" },
        { type: "line", label: "Cumulative probability (%)", data: data.cumulative, borderColor: "#0f172a", pointRadius: 0, tension: 0.2, clip: false, yAxisID: "y1" },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      layout: { padding: { top: 12 } },
      scales: {
        // The data are ISO dates; the axis reads them the house way, without crowding.
        x: { ticks: { maxRotation: 0, autoSkipPadding: 18, callback: function (value) { return window.accordDate(this.getLabelForValue(value)); } } },
        y: { title: { display: true, text: "iterations" } },
        y1: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { callback: (v) => v + "%" }, title: { display: true, text: "cumulative probability" } },
      },
    },
  });
  new Chart(document.getElementById("risk-tornado"), {
    type: "bar",
    data: {
      labels: data.tornado.labels,
      datasets: [{ label: "Correlation with the finish", data: data.tornado.values, backgroundColor: data.tornado.values.map((v) => (v >= 0 ? "#dc2626" : "#0f766e")) }],
    },
    options: {
      indexAxis: "y", responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        x: { min: -1, max: 1 },
        // Long activity names are shortened on the axis; the tooltip shows them whole.
        y: { ticks: { callback: function (value) { const name = this.getLabelForValue(value); return name.length > 28 ? name.slice(0, 27) + "…" : name; } } },
      },
    },
  });
})();
