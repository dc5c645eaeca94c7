import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/text/tokenize.js';

const kinds = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps Dutch names with diacritics, hyphens and apostrophes whole', () => {
    expect(kinds("Gülsen Aydın, mw. van Leeuwen-Smits en d'Hondt")).toEqual([
      'word:Gülsen',
      'word:Aydın',
      'punct:,',
      'word:mw',
      'punct:.',
      'word:van',
      'word:Leeuwen-Smits',
      'word:en',
      "word:d'Hondt",
    ]);
  });
  it("keeps elided place names like 's-Hertogenbosch", () => {
    expect(kinds("naar 's-Hertogenbosch")).toEqual(['word:naar', "word:'s-Hertogenbosch"]);
  });
  it('recognises hashtags, mentions, e-mail, URLs and emoji', () => {
    expect(kinds('@PaulvdB #ZorgcentrumDeLinde m.koc1971@voorbeeld.nl www.113.nl 113.nl 👶👶 💇‍♀️')).toEqual([
      'mention:@PaulvdB',
      'hashtag:#ZorgcentrumDeLinde',
      'email:m.koc1971@voorbeeld.nl',
      'url:www.113.nl',
      'url:113.nl',
      'emoji:👶',
      'emoji:👶',
      'emoji:💇‍♀️',
    ]);
  });
  it('keeps offsets in UTF-16 code units', () => {
    const text = '😬 Jan';
    const t = tokenize(text).find((x) => x.text === 'Jan')!;
    expect(text.slice(t.start, t.end)).toBe('Jan');
  });
  it('marks sentence starts', () => {
    const t = tokenize('Fijn. Bloem kwam.\nKees ook');
    expect(t.filter((x) => x.sentenceStart).map((x) => x.text)).toEqual(['Fijn', 'Bloem', 'Kees']);
  });
});
