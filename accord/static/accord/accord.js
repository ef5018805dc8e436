// Small behaviours shared by all pages. No inline handlers: keeps a strict CSP possible.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener("change", (event) => {
  const field = event.target.closest("form[data-autosubmit] select");
  if (field) {
    field.form.requestSubmit();
  }
});
