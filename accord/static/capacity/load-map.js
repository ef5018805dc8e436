// The capacity heat map as one keyboard stop: arrow keys move between cells (Home/End to
// the row's ends, Ctrl+Home/End to the map's), Enter opens the cell. Without this script
// every cell is an ordinary link in the tab order.
(function () {
  const map = document.querySelector("[data-load-map]");
  if (!map) return;
  const rows = Array.from(map.querySelectorAll("tbody tr")).filter((tr) => tr.querySelector("td a"));
  const grid = rows.map((tr) => Array.from(tr.querySelectorAll("td a")));
  if (!grid.length) return;
  grid.forEach((cells) => cells.forEach((link) => link.setAttribute("tabindex", "-1")));
  grid[0][0].setAttribute("tabindex", "0");

  function focus(row, col) {
    const r = Math.max(0, Math.min(grid.length - 1, row));
    const c = Math.max(0, Math.min(grid[r].length - 1, col));
    map.querySelectorAll("td a[tabindex='0']").forEach((link) => link.setAttribute("tabindex", "-1"));
    grid[r][c].setAttribute("tabindex", "0");
    grid[r][c].focus();
  }

  map.addEventListener("keydown", (event) => {
    const link = event.target.closest("td a");
    if (!link) return;
    const row = grid.findIndex((cells) => cells.includes(link));
    const col = grid[row].indexOf(link);
    const moves = {
      ArrowRight: [row, col + 1],
      ArrowLeft: [row, col - 1],
      ArrowDown: [row + 1, col],
      ArrowUp: [row - 1, col],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [grid.length - 1, Infinity] : [row, Infinity],
    };
    const target = moves[event.key];
    if (!target) return;
    event.preventDefault();
    focus(target[0], target[1]);
  });
})();
