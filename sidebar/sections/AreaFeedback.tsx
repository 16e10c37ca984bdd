/** What the last action said, shown in `area`'s section (and dismissed from there). */
import { Feedback } from '../components/Feedback';
import type { Area } from '../tasks';
import type { AppCore } from '../use-app';

export function AreaFeedback({ app, area }: { app: AppCore; area: Area }) {
  return <Feedback feedback={app.state.feedback} area={area} onDismiss={app.clearFeedback} />;
}
