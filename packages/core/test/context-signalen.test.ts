import { describe, expect, it } from 'vitest';
import { checkText } from '../src/index.js';

const labels = (text: string, kanaal: string, zichtbaarheid: string) =>
  checkText(text, { kanaal, zichtbaarheid, rol: 'verpleegkundige', richting: 'uitgaand' } as never).labels;

describe('context that changes what health words mean', () => {
  it('a condolence to a colleague: the death is their grief, not a care fact', () => {
    expect(labels('Beste Jeroen, met verdriet las ik dat je vader is overleden. Veel sterkte voor jou en je gezin.', 'whatsapp', 'prive')).toEqual([]);
    // Without sympathy words the same death of a named person over WhatsApp is care content.
    expect(labels('Mw Jansen kamer 4 is vannacht overleden, familie is gebeld.', 'whatsapp', 'prive')).toContain('onveilig-kanaal');
  });

  it('a film someone "opgenomen" (recorded) is no admission', () => {
    const l = labels('Filmpje van de verrassing voor onze teamleider Bart 🎉 Heb het stiekem opgenomen!', 'facebook', 'besloten');
    expect(l).not.toContain('gezondheidsgegevens');
  });

  it('"ik ben oma geworden": the baby and the date are the author\'s own family', () => {
    expect(labels('Ik ben oma geworden! Vannacht is Lotte geboren, moeder en kind maken het goed 🥰', 'facebook', 'besloten')).toEqual([]);
  });

  it('health told in everyday words is a health fact about the person', () => {
    expect(labels('Mevrouw Jansen van kamer 4 drinkt nauwelijks nog en slaapt bijna de hele dag, zo verdrietig.', 'facebook', 'openbaar')).toContain('gezondheidsgegevens');
    expect(labels('Onze bewoner Kees uit Sneek heeft volgens de arts nog maar een paar dagen.', 'instagram', 'openbaar')).toContain('gezondheidsgegevens');
    // Without a person it is general information.
    expect(labels('Drinkt iemand nauwelijks nog? Let dan op uitdroging, zeker bij warm weer.', 'facebook', 'openbaar')).not.toContain('gezondheidsgegevens');
  });
});
