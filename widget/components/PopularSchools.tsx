import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { HiddenSchools } from './HiddenSchools.tsx';
import { PopularSchool } from './PopularSchool.tsx';
import { SponsoredNote } from './SponsoredNote.tsx';

/** The "Popular Schools" region: the ranked, filtered list with "Show more" and the hidden-schools count. */
export function PopularSchools({ model }: { model: WidgetModel }) {
  const headingId = useId();
  const list = useRef<HTMLOListElement>(null);
  const step = model.config.value.maxSchools;
  const [limit, setLimit] = useState(step);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const messages = model.messages.value;
  const shown = model.matches.value.shown;

  // After "Show more", focus lands on the first newly shown school so keyboard users continue from there.
  useLayoutEffect(() => {
    if (focusIndex === null) return;
    list.current?.children[focusIndex]?.querySelector<HTMLElement>('h3')?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  return (
    <section class="sm-section" aria-labelledby={headingId}>
      <div class="sm-section-head">
        <h2 id={headingId}>{messages.popularHeading}</h2>
        <SponsoredNote messages={messages} />
      </div>
      {shown.length > 0 && (
        <ol class="sm-ranked" ref={list}>
          {shown.slice(0, limit).map((match) => (
            <li key={match.school.id}>
              <PopularSchool model={model} match={match} />
            </li>
          ))}
        </ol>
      )}
      {shown.length > limit && (
        <button
          type="button"
          class="sm-secondary"
          onClick={() => {
            setFocusIndex(limit);
            setLimit(limit + step);
          }}
        >
          {messages.showMore}
        </button>
      )}
      <HiddenSchools model={model} />
    </section>
  );
}
