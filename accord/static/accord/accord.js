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

// Dates, written one way everywhere (docs/dates.md): "7 Oct 2026". Charts get ISO dates
// and label their axes with accordDate(); date inputs pick and show the same format.
const ACCORD_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function accordDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (!match) {
    return String(value);
  }
  return `${Number(match[3])} ${ACCORD_MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}
window.accordDate = accordDate;

function accordParseDate(text) {
  const value = String(text).trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) {
    return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  }
  match = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(value);
  if (match) {
    const month = ACCORD_MONTHS.findIndex((m) => m.toLowerCase() === match[2].toLowerCase());
    if (month >= 0) {
      return new Date(Number(match[3]), month, Number(match[1]));
    }
  }
  return undefined;
}

function accordDatePickers(root) {
  if (!window.flatpickr || !root.querySelectorAll) {
    return;
  }
  root.querySelectorAll("input[data-date-input]").forEach((input) => {
    if (input._flatpickr) {
      return;
    }
    window.flatpickr(input, {
      dateFormat: "j M Y",
      allowInput: true,
      disableMobile: true,
      parseDate: accordParseDate,
    });
  });
}
document.addEventListener("DOMContentLoaded", () => accordDatePickers(document));
document.addEventListener("htmx:load", (event) => accordDatePickers(event.target));
