// While a matching run goes on, the coordinator's page shows the phase it is in: after the run form is sent (the
// page waits for the whole run), the run's status is fetched every second and replaces the status block.
const form = document.getElementById("run-form");
const status = document.getElementById("run");
if (form && status && form.dataset.statusUrl) {
  form.addEventListener("submit", () => {
    const button = form.querySelector("button");
    if (button) {
      button.setAttribute("aria-disabled", "true");
    }
    setInterval(async () => {
      const response = await fetch(form.dataset.statusUrl, { headers: { Accept: "text/html" } });
      if (response.ok) {
        status.innerHTML = await response.text();
      }
    }, 1000);
  });
}
