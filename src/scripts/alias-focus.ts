// A link to a question's former id or Learn-style anchor lands on an empty span before its heading
// (QuestionArticle.astro), which takes the focus so that the browser does not leave it on the page: handed on to the
// heading, a screen reader reads the question and the next Tab goes on from it, as after a link to the question's id.
addEventListener('focusin', ({ target }) => {
  if ((target as Element).matches('.question-alias'))
    (target as Element).parentElement!.querySelector<HTMLElement>('.question-heading')!.focus({ preventScroll: true });
});
