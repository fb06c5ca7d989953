// Brings the page to the first error: the focus moves to a form's error summary (or else the first field marked
// invalid; or else, without an error, to an outcome marked data-focus-on-load, such as a look-up's), which scrolls it
// into view and has screen readers read it. Each link in a summary leads to its field,
// found by name within the same form (or, for a summary shown above its form, such as one that also stands when the
// form is gone, within the page), so the summary needs to know no element ids.
function linkToFields(summary) {
  const form = summary.closest("form") || document;
  for (const link of summary.querySelectorAll("a[data-field]")) {
    const field = form.querySelector(`[name="${CSS.escape(link.dataset.field)}"]`);
    if (!field) {
      continue;
    }
    if (field.id) {
      link.href = `#${field.id}`;
    }
    link.addEventListener("click", (event) => {
      event.preventDefault();
      field.focus();
    });
  }
}

function bringToFirstError() {
  const summaries = document.querySelectorAll("[data-error-summary]");
  summaries.forEach(linkToFields);
  const first =
    summaries[0] || document.querySelector('[aria-invalid="true"]') || document.querySelector("[data-focus-on-load]");
  if (first) {
    first.focus();
  }
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", bringToFirstError);
} else {
  bringToFirstError();
}
