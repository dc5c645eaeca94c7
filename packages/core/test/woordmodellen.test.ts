import { describe, expect, it } from 'vitest';
import modelSrc from '../src/lexicons/generated/crisis-model.js';
import { scoreCrisis } from '../src/rules/crisis/model.js';
import { wordFeatures } from '../src/rules/woordmodel.js';
import { analyse } from '../src/text/document.js';

const names = (text: string) => wordFeatures(analyse(text)).map((f) => f.name);

describe('word model: features', () => {
  it('has words without accents, digits as 0, neighbouring pairs and the first letters of long words', () => {
    const f = names('Ik heb 30 pillen gespaard.');
    expect(f).toEqual(expect.arrayContaining(['u:00', 'u:pillen', 'b:ik heb', 'b:heb 00', 'b:00 pillen', 'u:gespaard', 'p:gespa']));
    expect(names('Ik ben zó moe')).toEqual(expect.arrayContaining(['b:ben zo', 'u:moe']));
  });

  it('keeps function words out as single words: they would teach the model who writes long messages', () => {
    const f = names('Ik heb het aan hem gegeven');
    expect(f).not.toContain('u:ik');
    expect(f).not.toContain('u:het');
    expect(f).toEqual(expect.arrayContaining(['b:ik heb', 'b:aan hem', 'u:gegeven']));
  });

  it('does not pair words across a sentence end, and keeps ? ! and emoji as features', () => {
    const f = names('Het is klaar. Morgen ben ik weg?! 😂');
    expect(f).not.toContain('b:klaar morgen');
    expect(f).toEqual(expect.arrayContaining(['b:morgen ben', 'u:?', 'u:!', 'u:😂']));
  });

  it('counts each feature once and points at where it first stands', () => {
    const text = 'weg weg weg';
    const f = wordFeatures(analyse(text));
    expect(f.filter((x) => x.name === 'u:weg')).toHaveLength(1);
    expect(f.find((x) => x.name === 'u:weg')).toMatchObject({ start: 0, end: 3 });
    expect(f.find((x) => x.name === 'b:weg weg')).toMatchObject({ start: 0, end: 7 });
  });

  it('gives nothing for an empty text and never throws on junk', () => {
    expect(names('')).toEqual([]);
    expect(() => scoreCrisis(analyse('\uD800 \u0000 ?? 🙂🙂 https://x.nl a@b.nl @x #y'))).not.toThrow();
  });
});

describe('crisis word model: shipped weights', () => {
  it('has a bias line and a few thousand weights, every feature of a kind the extractor makes', () => {
    const lines = modelSrc.split('\n');
    expect(lines[0]).toMatch(/^#bias\t-?\d/);
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.length).toBeLessThanOrEqual(5001);
    for (const l of lines.slice(1)) expect(l).toMatch(/^[upb]:.+\t-?\d+(\.\d+)?$/u);
  });

  it('scores a probability, with the evidence that pushed it up, strongest first', () => {
    const r = scoreCrisis(analyse('Ik heb alle pillen gespaard en vanavond neem ik ze in. Sorry voor alles.'));
    expect(r.p).toBeGreaterThan(0.5);
    expect(r.evidence.length).toBeGreaterThan(0);
    for (let i = 1; i < r.evidence.length; i++) expect(r.evidence[i - 1]!.weight).toBeGreaterThanOrEqual(r.evidence[i]!.weight);
    expect(scoreCrisis(analyse('Kan ik mijn afspraak van dinsdag verzetten naar donderdag?')).p).toBeLessThan(0.3);
  });
});

describe('crisis rule: the word model as the last fallback', () => {
  it('reports a message no phrase foresees, marks the sentence that weighs most and names the words', async () => {
    const { checkText } = await import('../src/index.js');
    const text = 'De hond is bij mijn zus en de sleutel ligt bij de buren. Vanaf morgen hoeft er niemand meer langs te komen.';
    const r = checkText(text, { kanaal: 'sms', zichtbaarheid: 'prive', richting: 'inkomend' });
    const f = r.findings.find((x) => x.rule === 'crisis.signaal');
    expect(f).toBeDefined();
    expect(f!.message).toMatch(/lijkt sterk op berichten die wijzen op acuut gevaar/);
    expect(f!.message).toMatch(/'[^']+'/);
    const marked = text.slice(f!.start, f!.end);
    expect(text).toContain(marked);
    expect(marked.length).toBeLessThan(text.length);
  });

  it('is not used for outgoing texts', async () => {
    const { checkText } = await import('../src/index.js');
    const r = checkText('De hond is bij mijn zus en de sleutel ligt bij de buren. Vanaf morgen hoeft er niemand meer langs te komen.', { kanaal: 'twitter', zichtbaarheid: 'openbaar', richting: 'uitgaand' });
    expect(r.labels).not.toContain('crisis');
  });
});

describe('individual-advice rule: the word model behind the open-channel gate', () => {
  const text = 'Reactie op je vraag over je knie: ijs erop, twee dagen rust en daarna gewoon weer hardlopen met een brace, dan komt het goed.';
  it('reports advice the lexicon does not know, with the words it reacted to', async () => {
    const { checkText } = await import('../src/index.js');
    const r = checkText(text, { kanaal: 'instagram', zichtbaarheid: 'openbaar', richting: 'uitgaand' });
    const f = r.findings.find((x) => x.rule === 'individueel-advies.publiek');
    expect(f?.message).toMatch(/persoonlijk advies aan één persoon .*\(vooral '/);
  });

  it('stays silent in a private message to someone the professional knows', async () => {
    const { checkText } = await import('../src/index.js');
    const r = checkText(text, { kanaal: 'whatsapp', zichtbaarheid: 'prive', richting: 'uitgaand' });
    expect(r.labels).not.toContain('individueel-advies');
  });
});

describe('word model scorer: the fast path equals the plain feature list', () => {
  it('gives the same probability for many kinds of text, for both shipped models', async () => {
    const fc = await import('fast-check');
    const { parseWordModel, scoreWith, scoreFromFeatures } = await import('../src/rules/woordmodel.js');
    const crisis = parseWordModel((await import('../src/lexicons/generated/crisis-model.js')).default);
    const advies = parseWordModel((await import('../src/lexicons/generated/advies-model.js')).default);
    const words = ['ik', 'wil', 'niet', 'meer', 'pillen', 'vanavond', 'je', 'moet', 'gewoon', '500', 'mg', 'nemen', 'Zóë', '!', '?', '.', '😂', '@anna', '#zorg', 'afscheidsbrief', 'www.x.nl', 'niemand', 'meer', 'meer'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const doc = analyse(ws.join(' '));
        for (const m of [crisis, advies]) expect(scoreWith(m, doc).p).toBeCloseTo(scoreFromFeatures(m, doc), 12);
      }),
      { numRuns: 300 },
    );
  });
});
