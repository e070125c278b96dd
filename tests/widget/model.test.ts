import { describe, expect, it } from 'vitest';
import { createWidgetModel, type WidgetEvent } from '../../widget/model/createWidgetModel.ts';
import { RecordingDelivery, seedCatalog, testConfig } from './renderWidget.tsx';

function model(overrides: Parameters<typeof testConfig>[0] = {}) {
  const events: WidgetEvent[] = [];
  const delivery = new RecordingDelivery();
  const widget = createWidgetModel({
    catalog: seedCatalog(),
    config: testConfig(overrides),
    emit: (type, detail) => events.push({ type, detail } as WidgetEvent),
    delivery,
  });
  return { widget, events, delivery };
}

describe('createWidgetModel', () => {
  it('derives the matches from the catalog and the answers', () => {
    const { widget } = model();
    expect(widget.matches.value.shown).toHaveLength(10);
    widget.answer('usCitizen', 'no');
    expect(widget.matches.value.hidden.map((s) => s.id)).toEqual([
      'colorado-technical-university',
      'american-intercontinental-university',
    ]);
  });

  it('ignores an answer that is not one of the question options and reports nothing', () => {
    const { widget, events } = model();
    widget.answer('educationLevel', 'kindergarten');
    widget.answer('subject', 'astronomy');
    expect(widget.answers.value).toEqual({});
    expect(events).toEqual([]);
  });

  it('opens and closes the request with or without a program', () => {
    const { widget } = model();
    widget.openRequest('kaplan-university');
    expect(widget.request.value).toEqual({ schoolId: 'kaplan-university' });
    widget.openRequest('kaplan-university', 'kaplan-mhim');
    expect(widget.request.value).toEqual({ schoolId: 'kaplan-university', programId: 'kaplan-mhim' });
    widget.closeRequest();
    expect(widget.request.value).toBeNull();
  });

  it('closes an open request on start over', () => {
    const { widget } = model();
    widget.answer('usCitizen', 'yes');
    widget.openRequest('kaplan-university');
    widget.startOver();
    expect(widget.request.value).toBeNull();
    expect(widget.answers.value).toEqual({});
  });

  it('picks the messages of the configured locale', () => {
    const { widget } = model({ locale: 'es' });
    expect(widget.messages.value.popular).toBe('Escuelas populares');
    widget.config.value = { ...widget.config.value, locale: 'en' };
    expect(widget.messages.value.popular).toBe('Popular Schools');
  });

  it("keeps the student's subject when the catalog is replaced and stops following the preset once disposed", () => {
    const { widget } = model({ subject: 'health-science' });
    widget.answer('subject', 'health-informatics');
    widget.catalog.value = seedCatalog();
    expect(widget.answers.value.subject).toBe('health-informatics');
    widget.dispose();
    widget.config.value = { ...widget.config.value, subject: 'medical-billing-coding' };
    expect(widget.answers.value.subject).toBe('health-informatics');
  });

  it('hands the delivery and emit through for the request dialog', () => {
    const { widget, events, delivery } = model();
    expect(widget.delivery).toBe(delivery);
    const lead: WidgetEvent = {
      type: 'schoolmatch:lead',
      detail: { leadId: 'x', schoolId: 'kaplan-university', programId: 'kaplan-mhim', status: 'queued' },
    };
    widget.emit(lead.type, lead.detail);
    expect(events).toEqual([lead]);
  });
});
