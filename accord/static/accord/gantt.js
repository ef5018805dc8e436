// The project Gantt: frappe-gantt fed from /plans/projects/<pk>/gantt.json.
// Dragging or resizing a bar asks the server to move the task; the server reschedules
// the plan and either accepts (the chart reloads with the new dates) or refuses with the
// reason (the chart reloads unchanged and the reason is shown).
(function () {
  const root = document.getElementById("gantt");
  if (!root) return;
  const dataUrl = root.dataset.url;
  const moveUrl = root.dataset.moveUrl; // ".../tasks/0/move/" with 0 replaced by the task id
  const editable = root.dataset.editable === "true";
  const csrf = document.querySelector("[name=csrfmiddlewaretoken]");
  const notice = document.getElementById("gantt-notice");
  let gantt = null;
  let mode = "Month";

  function iso(date) {
    const d = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
    return d.toISOString().slice(0, 10);
  }

  function say(text, kind) {
    notice.className = "alert alert-" + kind;
    notice.textContent = text;
    notice.hidden = false;
  }

  function load() {
    fetch(dataUrl, { credentials: "same-origin" })
      .then((r) => r.json())
      .then((data) => draw(data.tasks));
  }

  let showBaseline = false;
  let lastTasks = [];

  function withBaseline(tasks) {
    if (!showBaseline) return tasks;
    const rows = [];
    tasks.forEach((task) => {
      rows.push(task);
      if (task.baseline) {
        rows.push({ id: "b" + task.id, pk: null, name: "baseline", start: task.baseline[0], end: task.baseline[1], progress: 0, custom_class: "bar-baseline", kind: "baseline" });
      }
    });
    return rows;
  }

  function draw(tasks) {
    lastTasks = tasks;
    tasks = withBaseline(tasks);
    root.innerHTML = "";
    if (!tasks.length) {
      root.innerHTML = '<div class="empty-state"><i class="bi bi-bar-chart-steps"></i>No scheduled tasks yet.</div>';
      return;
    }
    gantt = new Gantt(root, tasks, {
      view_mode: mode,
      readonly: !editable,
      readonly_progress: true,
      bar_height: 22,
      padding: 14,
      today_button: true,
      view_mode_select: false,
      popup_on: "hover",
      scroll_to: "start",
      on_date_change: (task, start, end) => move(task, start, end),
    });
  }

  function move(task, start, end) {
    if (!task.pk) { draw(lastTasks); return; } // baseline bars do not move
    const body = { start: iso(start), version: task.version };
    if (task.kind === "task") body.finish = iso(end);
    fetch(moveUrl.replace("/0/", "/" + task.pk + "/"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
      body: JSON.stringify(body),
    })
      .then((r) => r.json().then((payload) => ({ ok: r.ok, payload })))
      .then(({ ok, payload }) => {
        say((ok ? "" : "Not moved: ") + payload.detail, ok ? "success" : "warning");
        load();
      });
  }

  document.querySelectorAll("[data-gantt-mode]").forEach((button) => {
    button.addEventListener("click", () => {
      mode = button.dataset.ganttMode;
      document.querySelectorAll("[data-gantt-mode]").forEach((b) => b.classList.toggle("active", b === button));
      if (gantt) gantt.change_view_mode(mode);
    });
  });
  const toggle = document.getElementById("gantt-baseline");
  if (toggle) toggle.addEventListener("change", () => { showBaseline = toggle.checked; draw(lastTasks); });
  load();
})();
