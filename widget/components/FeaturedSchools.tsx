import { useId } from 'preact/hooks';
import { featuredSchools } from '../../src/featuredSchools.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { FeaturedCard } from './FeaturedCard.tsx';
import { SponsoredNote } from './SponsoredNote.tsx';

/** The "Featured Schools" region: one card per featured school, in rank order. */
export function FeaturedSchools({ model }: { model: WidgetModel }) {
  const headingId = useId();
  const messages = model.messages.value;
  return (
    <section class="sm-section" aria-labelledby={headingId}>
      <div class="sm-section-head">
        <h2 id={headingId}>{messages.featuredHeading}</h2>
        <SponsoredNote messages={messages} />
      </div>
      <div class="sm-cards">
        {featuredSchools(model.catalog.value).map((school) => (
          <FeaturedCard key={school.id} model={model} school={school} />
        ))}
      </div>
    </section>
  );
}
