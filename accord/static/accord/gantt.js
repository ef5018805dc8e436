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
  const BAR_HEIGHT = 22;
  const PADDING = 14; // with BAR_HEIGHT: the 36 px rows of the name column (accord.css)

  // frappe-gantt writes a task's name into the bar label and the popup as HTML, so it
  // gets the name as HTML-escaped text: a name like <img src=x onerror=...> shows as
  // those characters and never becomes an element.
  function asText(value) {
    const holder = document.createElement("span");
    holder.textContent = value == null ? "" : String(value);
    return holder.innerHTML;
  }

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
    const rows = [];
    tasks.forEach((task) => {
      rows.push({ ...task, label: task.name, name: asText(task.name) });
      if (!showBaseline) return;
      if (task.baseline) {
        rows.push({ id: "b" + task.id, pk: null, name: "baseline", start: task.baseline[0], end: task.baseline[1], progress: 0, custom_class: "bar-baseline", kind: "baseline", level: task.level });
      }
    });
    return rows;
  }

  function draw(tasks) {
    lastTasks = tasks;
    tasks = withBaseline(tasks);
    root.replaceChildren();
    if (!tasks.length) {
      const empty = document.createElement("div");
      empty.className = "empty-state";
      const icon = document.createElement("i");
      icon.className = "bi bi-bar-chart-steps";
      empty.append(icon, "No scheduled tasks yet.");
      root.append(empty);
      return;
    }
    gantt = new Gantt(root, tasks, {
      view_mode: mode,
      readonly: !editable,
      readonly_progress: true,
      bar_height: BAR_HEIGHT,
      padding: PADDING,
      today_button: true,
      view_mode_select: false,
      popup_on: "hover",
      scroll_to: "start",
      on_date_change: (task, start, end) => move(task, start, end),
    });
    drawNames(tasks);
  }

  // The task names beside the chart, one row per bar, written as text.
  const names = document.getElementById("gantt-names");

  function drawNames(rows) {
    if (!names) return;
    names.replaceChildren();
    names.style.paddingTop = "0px";
    const bar = root.querySelector(".bar-wrapper .bar");
    if (!bar) return;
    // A row is the bar and half the padding above and below it (bar_height + padding).
    const rowTop = bar.getBoundingClientRect().top - PADDING / 2;
    names.style.paddingTop = Math.max(0, rowTop - names.getBoundingClientRect().top) + "px";
    rows.forEach((row) => {
      const item = document.createElement("li");
      item.className = "gantt-name gantt-name-" + row.kind;
      item.style.paddingLeft = 0.6 + 0.9 * (row.level || 0) + "rem";
      item.textContent = row.kind === "baseline" ? "baseline" : row.label;
      item.title = item.textContent;
      names.append(item);
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
      if (gantt) {
        gantt.change_view_mode(mode);
        drawNames(withBaseline(lastTasks));
      }
    });
  });
  const toggle = document.getElementById("gantt-baseline");
  if (toggle) toggle.addEventListener("change", () => { showBaseline = toggle.checked; draw(lastTasks); });
  load();
})();
