import { act, cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../widget/messages/en.ts';
import { es } from '../../widget/messages/es.ts';
import { chooseAnswersIn, renderWidget } from './renderWidget.tsx';

afterEach(cleanup);

describe('Spanish locale', () => {
  it('shows the regions, questions, options and labels in Spanish', () => {
    renderWidget({ locale: 'es' });
    const featured = screen.getByRole('region', { name: 'Escuelas destacadas' });
    const popular = screen.getByRole('region', { name: 'Escuelas populares' });
    expect(within(featured).getAllByText('Patrocinado')).toHaveLength(1);
    expect(within(popular).getAllByText('Programas en línea disponibles')).toHaveLength(10);
    const kaplan = within(popular).getByRole('article', { name: 'Kaplan University' });
    expect(
      within(kaplan)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Maestría', 'Licenciatura', 'Certificado']);
    const gmu = within(featured).getByRole('article', { name: 'George Mason University' });
    const education = within(gmu).getByRole('combobox', { name: '¿Cuál es tu nivel de estudios más alto?' });
    expect(within(education).getAllByRole('option')[0]?.textContent).toBe('Selecciona…');
    expect(screen.getByRole('group', { name: 'Tus respuestas' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Empezar de nuevo' })).toBeTruthy();
    expect(screen.queryByText('Featured Schools')).toBeNull();
    expect(screen.queryByText('Request info')).toBeNull();
  });

  it('explains hidden schools and counts in Spanish', () => {
    renderWidget({ locale: 'es' });
    chooseAnswersIn('es', { usCitizen: 'no' });
    expect(screen.getByText('2 escuelas no coinciden con tus respuestas')).toBeTruthy();
    expect(screen.getAllByText('Solo para ciudadanos estadounidenses').length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toBe('40 programas en 8 escuelas coinciden con tus respuestas');
  });

  it('switches language live when the publisher changes the locale', () => {
    const { model } = renderWidget();
    act(() => {
      model.config.value = { ...model.config.value, locale: 'es' };
    });
    expect(screen.getByRole('region', { name: 'Escuelas populares' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Empezar de nuevo' }));
    expect(model.answers.value).toEqual({});
  });

  it('has a Spanish string for every English one', () => {
    const differing = (Object.keys(en) as (keyof typeof en)[]).filter(
      (key) => typeof en[key] === 'string' && en[key] === es[key],
    );
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(differing).toEqual([]);
  });
});
