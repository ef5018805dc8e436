// One resource's load: bars stacked by project against the capacity line, drawn from the
// JSON the server renders (json_script; no inline script under the CSP).
(function () {
  const source = document.getElementById("load-chart-data");
  const canvas = document.getElementById("load-chart");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const palette = ["#0f766e", "#2563eb", "#9333ea", "#ea580c", "#0891b2", "#65a30d", "#db2777", "#854d0e", "#4f46e5", "#64748b"];
  const bars = data.projects.map((project, index) => ({
    type: "bar",
    label: project.label,
    data: project.data,
    backgroundColor: palette[index % palette.length],
    stack: "load",
    order: 2,
  }));
  new Chart(canvas, {
    data: {
      labels: data.labels,
      datasets: [
        {
          type: "line",
          label: "Capacity",
          data: data.capacity,
          borderColor: "#dc2626",
          backgroundColor: "#dc2626",
          borderWidth: 2,
          pointRadius: 0,
          stepped: "middle",
          order: 1,
        },
        ...bars,
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { title: (items) => (items.length ? data.titles[items[0].dataIndex] : "") } },
      },
      scales: {
        x: { stacked: true, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.unit } },
      },
    },
  });
})();
