// « Ma messagerie est-elle sûre ? »: the summary is worked out in the browser from the page's own HTML,
// where every text it shows already is (hidden until needed). Nothing is stored or sent: no storage
// API, no request, no form submission. Without this script the page stays a printable checklist.
// Each question is its own fieldset; a key point (one item) is met only if all its questions get the
// good answer.
{
  const root = document.querySelector("[data-self-check]");
  if (root) {
    const goodAnswer = root.getAttribute("data-good-answer");
    const items = [...root.querySelectorAll("[data-criterion]")];
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
      let attention = 0;
      for (const item of items) {
        let met = true;
        for (const question of questionsOf(item)) {
          const input = checkedInput(question);
          if (input.value !== goodAnswer) met = false;
          for (const slot of result.querySelectorAll(`[data-answer-for="${question.id}"]`)) slot.textContent = answerLabel(input);
        }
        if (!met) attention++;
        result.querySelector(`[data-attention-for="${item.getAttribute("data-criterion")}"]`).hidden = met;
      }
      result.querySelector("[data-attention-count]").textContent = String(attention);
      result.querySelector('[data-verdict="ok"]').hidden = attention > 0;
      result.querySelector('[data-verdict="attention"]').hidden = attention === 0;
      result.querySelector("[data-attention-list]").hidden = attention === 0;
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
          markItem(question.closest("[data-criterion]"));
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
