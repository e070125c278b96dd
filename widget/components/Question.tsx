import type { QuestionId } from '../../src/questions.ts';
import type { WidgetModel } from '../model/createWidgetModel.ts';
import { QuestionSelect } from './QuestionSelect.tsx';
import { ZipCodeField } from './ZipCodeField.tsx';

/** A question where it is asked: the ZIP code as a text field, every other question as a select. */
export function Question(props: {
  model: WidgetModel;
  question: QuestionId;
  place?: string;
  replacedOnAnswer?: boolean;
}) {
  return props.question === 'postalCode' ? <ZipCodeField {...props} /> : <QuestionSelect {...props} />;
}
