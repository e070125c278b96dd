import type { Messages } from '../messages/Messages.ts';

/** The visible "Sponsored" label and the one-click disclosure of what it means. */
export function SponsoredNote({ messages }: { messages: Messages }) {
  return (
    <div class="sm-sponsored">
      <span class="sm-badge">{messages.sponsored}</span>
      <details class="sm-disclosure">
        <summary>{messages.sponsoredSummary}</summary>
        <p>{messages.sponsoredDetails}</p>
      </details>
    </div>
  );
}
