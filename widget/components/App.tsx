import type { Section } from '../../src/embedConfig.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { RequestDialog } from '../request/RequestDialog.tsx';
import { AnswerSummary } from './AnswerSummary.tsx';
import { FeaturedSchools } from './FeaturedSchools.tsx';
import { PopularSchools } from './PopularSchools.tsx';
import { ResultAnnouncer } from './ResultAnnouncer.tsx';

/** The whole widget: the answers, the result count, the configured sections and the request dialog. */
export function App({ model }: { model: WidgetModel }) {
  const config = model.config.value;
  return (
    <div class="sm-root" lang={config.locale}>
      <AnswerSummary model={model} />
      <ResultAnnouncer model={model} />
      {config.sections.map((section) => renderSection(section, model))}
      <RequestDialog model={model} />
    </div>
  );
}

function renderSection(section: Section, model: WidgetModel) {
  switch (section) {
    case 'featured':
      return <FeaturedSchools key={section} model={model} />;
    case 'popular':
      return <PopularSchools key={section} model={model} />;
    default:
      return assertNever(section);
  }
}

function assertNever(value: never): never {
  throw new Error(`[schoolmatch] unknown section ${JSON.stringify(value)}; use "featured" or "popular".`);
}
