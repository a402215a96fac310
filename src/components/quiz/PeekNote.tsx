/** Says, inside an answer opened before any attempt, what that does to the score (shown only once it has happened). */
export function PeekNote() {
  return <p class="quiz-note">You opened this before answering, so the question counts as revealed in your score, not as right.</p>;
}
