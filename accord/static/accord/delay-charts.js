// Delay charts (project and portfolio pages), drawn from the JSON the server renders.
(function () {
  const source = document.getElementById("delay-chart-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  // Room above the plot so that a cumulative line reaching 100 % is drawn whole.
  const common = { responsive: true, maintainAspectRatio: false, animation: false, layout: { padding: { top: 12 } } };
  // Long cause names break over lines under their bar instead of overlapping.
  function wrapped(label, width) {
    const lines = [];
    String(label).split(" ").forEach((word) => {
      const last = lines[lines.length - 1];
      if (last && (last + " " + word).length <= width) lines[lines.length - 1] = last + " " + word;
      else lines.push(word);
    });
    return lines;
  }

  const pareto = document.getElementById("delay-pareto");
  if (pareto) {
    new Chart(pareto, {
      data: {
        labels: data.pareto.labels,
        datasets: [
          {
            type: "line",
            label: "Cumulative share (%)",
            data: data.pareto.cumulative,
            borderColor: "#0f172a",
            backgroundColor: "#0f172a",
            pointRadius: 3,
            tension: 0,
            clip: false,
            yAxisID: "y1",
          },
          {
            type: "bar",
            label: "Working days lost",
            data: data.pareto.days,
            backgroundColor: "#14b8a6",
            maxBarThickness: 72,
            yAxisID: "y",
          },
        ],
      },
      options: {
        ...common,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom" } },
        scales: {
          x: { ticks: { autoSkip: false, maxRotation: 0, callback: function (value) { return wrapped(this.getLabelForValue(value), 14); } } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "working days" } },
          y1: {
            position: "right",
            min: 0,
            max: 100,
            grid: { drawOnChartArea: false },
            ticks: { callback: (value) => value + "%" },
            title: { display: true, text: "cumulative" },
          },
        },
      },
    });
  }

  const trend = document.getElementById("delay-trend");
  if (trend) {
    new Chart(trend, {
      type: "bar",
      data: {
        labels: data.trend.labels,
        datasets: [{ label: "Working days lost", data: data.trend.days, backgroundColor: "#0f766e", maxBarThickness: 56 }],
      },
      options: {
        ...common,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              afterLabel: (item) => {
                const count = data.trend.delays[item.dataIndex];
                return count + (count === 1 ? " delay" : " delays");
              },
            },
          },
        },
        scales: {
          x: { ticks: { maxRotation: 0, autoSkipPadding: 16 } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "working days" } },
        },
      },
    });
  }
})();
