// Following a notification's link marks it read: a POST (never a GET with a side effect)
// sent with keepalive, so it completes while the browser goes on to the record's page.
(() => {
  const csrfToken = () => {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"] || "";
    } catch (error) {
      return "";
    }
  };
  const markRead = (link) => {
    const url = link.dataset.markRead;
    if (!url || link.dataset.marked) {
      return;
    }
    link.dataset.marked = "yes";
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "X-CSRFToken": csrfToken(), "X-Requested-With": "fetch" },
    }).catch(() => {});
  };
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-mark-read]");
    if (link) {
      markRead(link);
    }
  });
  document.addEventListener("auxclick", (event) => {
    const link = event.target.closest("a[data-mark-read]");
    if (link && event.button === 1) {
      markRead(link);
    }
  });
})();
