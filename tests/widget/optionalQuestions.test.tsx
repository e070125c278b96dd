import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import rawStatesCatalog from '../../fixtures/catalog-states.json';
import { parseCatalog } from '../../src/catalog/parseCatalog.ts';
import type { Catalog } from '../../src/catalog/schema.ts';
import { renderWidget } from './renderWidget.tsx';

afterEach(cleanup);

/** The seed's schools with state rules and optional questions (fixtures/catalog-states.json). */
function statesCatalog(): Catalog {
  const result = parseCatalog(rawStatesCatalog);
  if (!result.ok) throw new Error(result.error.message);
  return result.catalog;
}

const summary = (name = 'Your answers') => screen.getByRole('group', { name });
const popular = (name = 'Popular Schools') => screen.getByRole('region', { name });
const popularNames = () =>
  within(popular())
    .queryAllByRole('article')
    .map((article) => article.getAttribute('aria-label'));
const zipField = (name = 'What is your ZIP code?') =>
  within(summary()).getByRole('textbox', { name }) as HTMLInputElement;
/** Types a ZIP code and leaves the field, as a student does (the change event fires then, not on each key). */
function typeZip(field: HTMLInputElement, text: string) {
  fireEvent.input(field, { target: { value: text } });
  fireEvent.change(field, { target: { value: text } });
}
const hiddenReasons = () => {
  fireEvent.click(within(popular()).getByText(/schools? don't match your answers/));
  return within(popular())
    .getAllByRole('listitem')
    .filter((item) => item.querySelector('strong'))
    .map((item) => item.textContent);
};

describe('the optional questions', () => {
  it('are not in the shared answers when no school asks them', () => {
    renderWidget();
    expect(within(summary()).queryByRole('textbox')).toBeNull();
    expect(
      within(summary())
        .getAllByRole('combobox')
        .map((select) => select.getAttribute('id')),
    ).toEqual(['q-subject', 'q-educationLevel', 'q-usCitizen']);
  });

  it('join the shared answers, after the three, when some school asks them', () => {
    renderWidget({}, statesCatalog());
    expect(
      within(summary())
        .getAllByRole('combobox')
        .map((select) => select.id),
    ).toEqual(['q-subject', 'q-educationLevel', 'q-usCitizen', 'q-military', 'q-startDate']);
    const zip = zipField();
    expect([zip.getAttribute('inputmode'), zip.getAttribute('autocomplete'), zip.value]).toEqual([
      'numeric',
      'postal-code',
      '',
    ]);
  });

  it('offer the military and start-date options exactly as the product names them', () => {
    renderWidget({}, statesCatalog());
    const options = (name: string) =>
      Array.from((within(summary()).getByRole('combobox', { name }) as HTMLSelectElement).options).map(
        (option) => option.textContent,
      );
    expect(options('Are you affiliated with the US military?')).toEqual([
      'Select…',
      'No',
      'Active duty',
      'Veteran',
      'Reserve or National Guard',
      'Military spouse or dependent',
    ]);
    expect(options('When would you like to start?')).toEqual([
      'Select…',
      'Immediately',
      'In 1–3 months',
      'In 4–6 months',
      'In 7–12 months',
      'In more than a year',
      'Not sure yet',
    ]);
  });

  it('ask in Spanish on a Spanish page', () => {
    renderWidget({ locale: 'es' }, statesCatalog());
    const answers = summary('Tus respuestas');
    expect(within(answers).getByRole('textbox', { name: '¿Cuál es tu código postal?' })).toBeTruthy();
    const military = within(answers).getByRole('combobox', {
      name: '¿Tienes relación con las Fuerzas Armadas de EE. UU.?',
    }) as HTMLSelectElement;
    expect(Array.from(military.options).map((option) => option.textContent)).toContain('En servicio activo');
    const start = within(answers).getByRole('combobox', { name: '¿Cuándo te gustaría empezar?' }) as HTMLSelectElement;
    expect(Array.from(start.options).map((option) => option.textContent)).toContain('Aún no lo sé');
  });

  it('filter nothing for military and start date, report the answer, and are cleared by Start over', () => {
    const { model, events } = renderWidget({}, statesCatalog());
    const before = popularNames();
    fireEvent.change(within(summary()).getByRole('combobox', { name: 'Are you affiliated with the US military?' }), {
      target: { value: 'veteran' },
    });
    fireEvent.change(within(summary()).getByRole('combobox', { name: 'When would you like to start?' }), {
      target: { value: 'not-sure' },
    });
    expect(popularNames()).toEqual(before);
    expect(model.answers.value).toEqual({ military: 'veteran', startDate: 'not-sure' });
    expect(events).toContainEqual({ type: 'schoolmatch:answer', detail: { question: 'military', value: 'veteran' } });
    typeZip(zipField(), '72201');
    fireEvent.click(within(summary()).getByRole('button', { name: 'Start over' }));
    expect(model.answers.value).toEqual({});
    expect(zipField().value).toBe('');
  });
});

describe('the ZIP code question', () => {
  it('takes the answer when the student leaves the field, not while typing', () => {
    const { model } = renderWidget({}, statesCatalog());
    fireEvent.input(zipField(), { target: { value: '7220' } });
    expect(model.answers.value).toEqual({});
    expect(screen.queryByText('Enter a 5-digit US ZIP code')).toBeNull();
    typeZip(zipField(), '72201');
    expect(model.answers.value).toEqual({ postalCode: '72201' });
  });

  it('hides the schools that do not enrol students of the ZIP code state, saying why, and announces the new count', () => {
    renderWidget({}, statesCatalog());
    const status = screen.getByRole('status');
    const before = status.textContent;
    typeZip(zipField(), '72201');
    expect(popularNames()).not.toContain('Colorado Technical University');
    expect(popularNames()).not.toContain('George Mason University');
    expect(status.textContent).not.toBe(before);
    expect(hiddenReasons()).toEqual([
      'George Mason UniversityNot available in Arkansas',
      'Colorado Technical UniversityNot available in Arkansas',
    ]);
  });

  it('keeps the schools and programs open in the ZIP code state', () => {
    renderWidget({}, statesCatalog());
    typeZip(zipField(), '22030');
    expect(popularNames()).toContain('George Mason University');
    expect(popularNames()).toContain('Colorado Technical University');
    const herzing = within(popular()).getByRole('article', { name: 'Herzing University' });
    expect(within(herzing).queryByText('Associate of Science - Insurance Billing and Coding Specialist')).toBeNull();
    typeZip(zipField(), '75201');
    expect(
      within(within(popular()).getByRole('article', { name: 'Herzing University' })).getByText(
        'Associate of Science - Insurance Billing and Coding Specialist',
      ),
    ).toBeTruthy();
  });

  it.each(['7220', 'abcde', '722011', '00000', '96940'])(
    'shows "Enter a 5-digit US ZIP code" beside the field for %j, and it is no answer',
    (text) => {
      const { model } = renderWidget({}, statesCatalog());
      typeZip(zipField(), '72201');
      typeZip(zipField(), text);
      const error = screen.getByText('Enter a 5-digit US ZIP code');
      expect(zipField().getAttribute('aria-invalid')).toBe('true');
      expect(zipField().getAttribute('aria-describedby')).toBe(error.id);
      expect(zipField().value).toBe(text);
      expect(model.answers.value).toEqual({});
      expect(popularNames()).toContain('Colorado Technical University');
    },
  );

  it('clears its error once a ZIP code is typed, and its answer with its Clear button', () => {
    const { model } = renderWidget({}, statesCatalog());
    typeZip(zipField(), '123');
    typeZip(zipField(), ' 75201 ');
    expect(screen.queryByText('Enter a 5-digit US ZIP code')).toBeNull();
    expect(zipField().hasAttribute('aria-invalid')).toBe(false);
    expect(model.answers.value).toEqual({ postalCode: '75201' });
    fireEvent.click(within(summary()).getByRole('button', { name: 'Clear: What is your ZIP code?' }));
    expect(model.answers.value).toEqual({});
    expect(document.activeElement).toBe(zipField());
  });

  it('says why in Spanish', () => {
    renderWidget({ locale: 'es' }, statesCatalog());
    const zip = within(summary('Tus respuestas')).getByRole('textbox', {
      name: '¿Cuál es tu código postal?',
    }) as HTMLInputElement;
    typeZip(zip, '10001');
    fireEvent.click(within(popular('Escuelas populares')).getByText(/no coincide/));
    expect(within(popular('Escuelas populares')).getAllByText('No disponible en Nueva York').length).toBeGreaterThan(0);
    typeZip(zip, '1000');
    expect(screen.getByText('Escribe un código postal de EE. UU. de 5 dígitos')).toBeTruthy();
  });

  it('sends no answer event with the ZIP code, which is personal data', () => {
    const { events } = renderWidget({}, statesCatalog());
    typeZip(zipField(), '72201');
    expect(events.filter((event) => event.type === 'schoolmatch:answer')).toEqual([]);
  });

  it('is asked on a featured card as a text field when it is the next question, and moves the focus on', () => {
    renderWidget({}, statesCatalog());
    const featured = screen.getByRole('region', { name: 'Featured Schools' });
    const gmu = () => within(featured).getByRole('article', { name: 'George Mason University' });
    for (const [name, value] of [
      ['What is your highest level of education?', 'bachelor'],
      ['Which subject are you interested in?', 'health-informatics'],
      ['Are you a US citizen?', 'yes'],
    ] as const) {
      fireEvent.change(within(gmu()).getByRole('combobox', { name }), { target: { value } });
    }
    const zip = within(gmu()).getByRole('textbox', { name: 'What is your ZIP code?' });
    typeZip(zip as HTMLInputElement, '22030');
    expect(within(gmu()).getByRole('radio', { name: 'Master of Science in Health Informatics' })).toBeTruthy();
  });

  it('has no axe violations with the optional questions answered and a ZIP code error shown', async () => {
    const { container } = renderWidget({}, statesCatalog());
    fireEvent.change(within(summary()).getByRole('combobox', { name: 'Are you affiliated with the US military?' }), {
      target: { value: 'spouse' },
    });
    typeZip(zipField(), '1234');
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((violation) => violation.id)).toEqual([]);
  });
});
