// « Ma messagerie est-elle sûre ? »: the summary is worked out in the browser from the page's own HTML,
// where every text it shows already is (hidden until needed). Nothing is stored or sent: no storage
// API, no request, no form submission. Without this script the page stays a printable checklist.
// Each question is its own fieldset. An item is a key point (one to three questions, met only if all
// get the good answer) or one of the reader's own settings (one question); the result counts each
// kind apart and lists the items that need attention in page order: key points first, then settings.
{
  const root = document.querySelector("[data-self-check]");
  if (root) {
    const goodAnswer = root.getAttribute("data-good-answer");
    const items = [...root.querySelectorAll("[data-item]")];
    const questions = [...root.querySelectorAll("[data-question]")];
    const submit = root.querySelector("[data-self-check-submit]");
    const reset = root.querySelector("[data-self-check-reset]");
    const errorSummary = root.querySelector("[data-error-summary]");
    const result = root.querySelector("[data-self-check-result]");
    const resultHeading = result.querySelector("h2");

    const questionsOf = (item) => [...item.querySelectorAll("[data-question]")];
    const checkedInput = (question) => question.querySelector("input[type=radio]:checked");
    const answerLabel = (input) => input.labels[0].textContent.trim();
    const hasError = (question) => question.classList.contains("self-check__fieldset--error");

    // The item's border marks a key point with at least one unanswered question.
    const markItem = (item) => item.classList.toggle("self-check__item--error", questionsOf(item).some(hasError));

    const setError = (question, on) => {
      const message = question.querySelector("[data-error-message]");
      message.hidden = !on;
      question.classList.toggle("self-check__fieldset--error", on);
      if (on) question.setAttribute("aria-describedby", message.id);
      else question.removeAttribute("aria-describedby");
      errorSummary.querySelector(`[data-error-for="${question.id}"]`).hidden = !on;
    };

    const hideErrorSummaryIfClear = () => {
      if (!questions.some(hasError)) errorSummary.hidden = true;
    };

    const showResult = () => {
      const attention = { criteria: 0, settings: 0 };
      for (const item of items) {
        let met = true;
        for (const question of questionsOf(item)) {
          const input = checkedInput(question);
          if (input.value !== goodAnswer) met = false;
          for (const slot of result.querySelectorAll(`[data-answer-for="${question.id}"]`)) slot.textContent = answerLabel(input);
        }
        if (!met) attention[item.hasAttribute("data-criterion") ? "criteria" : "settings"]++;
        result.querySelector(`[data-attention-for="${item.getAttribute("data-item")}"]`).hidden = met;
      }
      for (const [kind, count] of Object.entries(attention)) {
        result.querySelector(`[data-attention-count="${kind}"]`).textContent = String(count);
      }
      const total = attention.criteria + attention.settings;
      result.querySelector('[data-verdict="ok"]').hidden = total > 0;
      result.querySelector('[data-verdict="attention"]').hidden = total === 0;
      result.querySelector("[data-attention-list]").hidden = total === 0;
      result.hidden = false;
      resultHeading.focus();
    };

    submit.addEventListener("click", () => {
      const missing = questions.filter((question) => !checkedInput(question));
      for (const question of questions) setError(question, missing.includes(question));
      for (const item of items) markItem(item);
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
      for (const question of questions) setError(question, false);
      for (const item of items) markItem(item);
      errorSummary.hidden = true;
      result.hidden = true;
      questions[0]?.querySelector("input[type=radio]").focus();
    });

    for (const question of questions) {
      question.addEventListener("change", () => {
        if (hasError(question)) {
          setError(question, false);
          markItem(question.closest("[data-item]"));
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
