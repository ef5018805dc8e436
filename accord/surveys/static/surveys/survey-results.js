// Survey results charts, drawn from the JSON the server renders.
(function () {
  const source = document.getElementById("survey-results-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const common = { responsive: true, maintainAspectRatio: false, animation: false };

  const nps = document.getElementById("nps-quarters");
  if (nps && data.nps.labels.length) {
    new Chart(nps, {
      data: {
        labels: data.nps.labels,
        datasets: [
          { type: "line", label: "NPS", data: data.nps.nps, borderColor: "#0f172a", backgroundColor: "#0f172a", pointRadius: 3, tension: 0, yAxisID: "y1" },
          { type: "bar", label: "Promoters (%)", data: data.nps.promoters, backgroundColor: "#16a34a", stack: "share", yAxisID: "y" },
          { type: "bar", label: "Passives (%)", data: data.nps.passives, backgroundColor: "#cbd5e1", stack: "share", yAxisID: "y" },
          { type: "bar", label: "Detractors (%)", data: data.nps.detractors, backgroundColor: "#dc2626", stack: "share", yAxisID: "y" },
        ],
      },
      options: {
        ...common,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom" } },
        scales: {
          x: { stacked: true },
          y: { stacked: true, min: 0, max: 100, ticks: { callback: (v) => v + "%" } },
          y1: { position: "right", min: -100, max: 100, grid: { drawOnChartArea: false } },
        },
      },
    });
  }

  const csat = document.getElementById("csat-quarters");
  if (csat && data.csat.labels.length) {
    new Chart(csat, {
      data: {
        labels: data.csat.labels,
        datasets: [
          { type: "line", label: "Average score (1-5)", data: data.csat.average, borderColor: "#0f172a", backgroundColor: "#0f172a", pointRadius: 3, tension: 0, yAxisID: "y1" },
          { type: "bar", label: "CSAT (%)", data: data.csat.csat, backgroundColor: "#14b8a6", maxBarThickness: 48, yAxisID: "y" },
        ],
      },
      options: {
        ...common,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom" } },
        scales: {
          y: { min: 0, max: 100, ticks: { callback: (v) => v + "%" } },
          y1: { position: "right", min: 1, max: 5, grid: { drawOnChartArea: false } },
        },
      },
    });
  }

  const categories = document.getElementById("categories");
  if (categories && data.categories.averages.some((v) => v !== null)) {
    new Chart(categories, {
      type: "bar",
      data: { labels: data.categories.labels, datasets: [{ label: "Average rating", data: data.categories.averages, backgroundColor: "#0ea5e9", maxBarThickness: 40 }] },
      options: { ...common, indexAxis: "y", plugins: { legend: { display: false } }, scales: { x: { min: 0, max: 5 } } },
    });
  }
})();
