// Small behaviours shared by all pages. No inline handlers: keeps a strict CSP possible.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Page forms are sent once (docs/integrity.md, "Duplicate form submissions"): each POST
// form gets a random `_submission` id when the page loads, which the server uses to answer
// a repeated POST without saving twice; after the first submit the form's buttons are
// disabled (once the browser has read the clicked button's name and value) and a second
// submit is ignored. Forms sent by htmx stay as they are: they are sent many times.
function accordSubmissionId() {
  const bytes = new Uint8Array(16);
  window.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function accordGuardedForm(form) {
  return (
    form instanceof HTMLFormElement &&
    form.method === "post" &&
    !form.matches("[hx-post], [data-hx-post], [hx-put], [hx-patch], [hx-delete], [data-no-submission-guard]")
  );
}

function accordSubmissionIds(root) {
  if (!root.querySelectorAll) {
    return;
  }
  const forms = root.matches && root.matches("form") ? [root] : root.querySelectorAll("form");
  forms.forEach((form) => {
    if (accordGuardedForm(form) && !form.querySelector('input[name="_submission"]')) {
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = "_submission";
      field.value = accordSubmissionId();
      form.append(field);
    }
  });
}
document.addEventListener("DOMContentLoaded", () => accordSubmissionIds(document));
document.addEventListener("htmx:load", (event) => accordSubmissionIds(event.target));

document.addEventListener("submit", (event) => {
  const form = event.target;
  if (event.defaultPrevented || !accordGuardedForm(form)) {
    return;
  }
  if (form.dataset.submitted) {
    event.preventDefault();
    return;
  }
  accordSubmissionIds(form);
  form.dataset.submitted = "true";
  window.setTimeout(() => {
    form.querySelectorAll('button:not([type="button"]), input[type="submit"]').forEach((button) => {
      button.disabled = true;
    });
  }, 0);
});
// A page shown again from the back/forward cache may be sent again (the server still
// answers a repeated id with the first result).
window.addEventListener("pageshow", (event) => {
  if (!event.persisted) {
    return;
  }
  document.querySelectorAll("form[data-submitted]").forEach((form) => {
    delete form.dataset.submitted;
    form.querySelectorAll('button:not([type="button"]), input[type="submit"]').forEach((button) => {
      button.disabled = false;
    });
  });
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
