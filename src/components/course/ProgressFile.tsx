import { openProgressStore } from '../../lib/progress-store';
import { SAFARI_NOTE } from '../../lib/keep-progress';
import { useSafariRisk } from '../quiz/ProgressTools';
import { ProgressToolsPanel } from '../quiz/ProgressToolsPanel';

/** The progress page's save and load tools: the quiz's own panel, open, with Safari's seven-day warning when it applies. */
export default function ProgressFile() {
  const atRisk = useSafariRisk(openProgressStore);
  return (
    <div class="quiz-tools">
      {atRisk && <p class="quiz-note">{SAFARI_NOTE}</p>}
      <ProgressToolsPanel store={openProgressStore} idPrefix="progress-file" />
    </div>
  );
}
