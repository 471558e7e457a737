// « Ma messagerie est-elle sûre ? »: the summary is worked out in the browser from the page's own HTML,
// where every text it shows already is (hidden until needed). Nothing is stored or sent: no storage
// API, no request, no form submission. Without this script the page stays a printable checklist.
{
  const root = document.querySelector("[data-self-check]");
  if (root) {
    const goodAnswer = root.getAttribute("data-good-answer");
    const items = [...root.querySelectorAll("[data-question]")];
    const submit = root.querySelector("[data-self-check-submit]");
    const reset = root.querySelector("[data-self-check-reset]");
    const errorSummary = root.querySelector("[data-error-summary]");
    const result = root.querySelector("[data-self-check-result]");
    const resultHeading = result.querySelector("h2");

    const idOf = (item) => item.getAttribute("data-question");
    const checkedInput = (item) => item.querySelector("input[type=radio]:checked");
    const answerLabel = (input) => input.labels[0].textContent.trim();

    const setError = (item, on) => {
      const id = idOf(item);
      const message = item.querySelector("[data-error-message]");
      const fieldset = item.querySelector("fieldset");
      message.hidden = !on;
      item.classList.toggle("self-check__item--error", on);
      if (on) fieldset.setAttribute("aria-describedby", message.id);
      else fieldset.removeAttribute("aria-describedby");
      errorSummary.querySelector(`[data-error-for="${id}"]`).hidden = !on;
    };

    const hideErrorSummaryIfClear = () => {
      if (!items.some((item) => item.classList.contains("self-check__item--error"))) errorSummary.hidden = true;
    };

    const showResult = () => {
      let attention = 0;
      for (const item of items) {
        const id = idOf(item);
        const input = checkedInput(item);
        const needsAttention = input.value !== goodAnswer;
        if (needsAttention) attention++;
        for (const slot of result.querySelectorAll(`[data-answer-for="${id}"]`)) slot.textContent = answerLabel(input);
        result.querySelector(`[data-attention-for="${id}"]`).hidden = !needsAttention;
      }
      result.querySelector("[data-attention-count]").textContent = String(attention);
      result.querySelector('[data-verdict="ok"]').hidden = attention > 0;
      result.querySelector('[data-verdict="attention"]').hidden = attention === 0;
      result.querySelector("[data-attention-list]").hidden = attention === 0;
      result.hidden = false;
      resultHeading.focus();
    };

    submit.addEventListener("click", () => {
      const missing = items.filter((item) => !checkedInput(item));
      for (const item of items) setError(item, missing.includes(item));
      if (missing.length > 0) {
        result.hidden = true;
        errorSummary.hidden = false;
        errorSummary.focus();
        return;
      }
      errorSummary.hidden = true;
      showResult();
    });

    reset.addEventListener("click", () => {
      for (const input of root.querySelectorAll("input[type=radio]")) input.checked = false;
      for (const item of items) setError(item, false);
      errorSummary.hidden = true;
      result.hidden = true;
      items[0]?.querySelector("input[type=radio]").focus();
    });

    for (const item of items) {
      item.addEventListener("change", () => {
        if (item.classList.contains("self-check__item--error")) {
          setError(item, false);
          hideErrorSummaryIfClear();
        }
      });
    }

    // A link of the error summary leads to the question's first answer (its id), with the question in view.
    for (const link of errorSummary.querySelectorAll("a[href^='#']")) {
      link.addEventListener("click", (event) => {
        const target = document.getElementById(link.getAttribute("href").slice(1));
        if (!target) return;
        event.preventDefault();
        target.closest("fieldset").scrollIntoView({ block: "start" });
        target.focus({ preventScroll: true });
      });
    }

    submit.hidden = false;
    reset.hidden = false;
  }
}
