// Every page: the focus goes to the first form error.
import "./form-errors.js";

// Sends the CSRF token with every htmx request; the token lives in the page's meta tags.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
