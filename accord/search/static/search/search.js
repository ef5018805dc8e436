// Search from the keyboard: "/" anywhere (outside a field) goes to the search box; on the
// results page, the down and up arrows move from the box through the results.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const target = event.target;
  if (event.key === "/") {
    if (target.closest("input, textarea, select, [contenteditable]")) {
      return;
    }
    const box = document.getElementById("search-q") || document.getElementById("global-search");
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
    return;
  }
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
    return;
  }
  const links = Array.from(document.querySelectorAll(".search-hit-link"));
  const box = document.getElementById("search-q");
  const index = links.indexOf(target);
  if (!links.length || (index === -1 && !(target === box && event.key === "ArrowDown"))) {
    return;
  }
  event.preventDefault();
  const next = index + (event.key === "ArrowDown" ? 1 : -1);
  if (next < 0 && box) {
    box.focus();
  } else {
    links[Math.min(Math.max(next, 0), links.length - 1)].focus();
  }
});
