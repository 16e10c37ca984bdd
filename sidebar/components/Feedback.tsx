/**
 * What the last action said, shown in the section it belongs to: its translated problems (with a
 * dismiss link) or a short notice (focusable from code, so focus can be moved to what an action
 * did). Nothing for the other sections.
 */
import type { Area, Feedback as FeedbackState } from '../tasks';
import { Problems } from './Problems';

export function Feedback({
  feedback,
  area,
  onDismiss,
}: {
  feedback: FeedbackState;
  area: Area;
  onDismiss: () => void;
}) {
  if (feedback.area !== area) return null;
  return (
    <>
      <Problems problems={feedback.problems} names={feedback.names} onDismiss={onDismiss} />
      {feedback.notice && (
        <p class="notice" role="status" tabIndex={-1}>
          {feedback.notice}
        </p>
      )}
    </>
  );
}
