// Kudos per month on the recognition wall, drawn from the JSON the server renders.
(function () {
  const source = document.getElementById("kudos-chart-data");
  const canvas = document.getElementById("kudos-per-month");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [{ label: "Kudos", data: data.counts, backgroundColor: "#0f766e", maxBarThickness: 48 }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
})();
