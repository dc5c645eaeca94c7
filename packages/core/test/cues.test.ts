import { describe, expect, it } from 'vitest';
import { CueSet } from '../src/rules/cues.js';
import { analyse } from '../src/text/document.js';

const set = new CueSet([
  ['zie het niet meer zitten', 'a'],
  ['klinkt .. als', 'b'],
  ['ontslag*', 'c'],
  ['*arts', 'd'],
  ['zie het', 'e'],
]);
const found = (text: string) => set.find(analyse(text)).map((m) => `${m.category}:${text.slice(m.start, m.end)}`);

describe('CueSet', () => {
  it('matches exact phrases, gaps, prefixes and suffixes, the longest per position', () => {
    expect(found('Ik zie het niet meer zitten.')).toEqual(['a:zie het niet meer zitten']);
    expect(found('Dat klinkt voor mij als griep')).toEqual(['b:klinkt voor mij als']);
    expect(found('Ontslagen door de huisarts')).toEqual(['c:Ontslagen', 'd:huisarts']);
    expect(found('Ik zie het anders')).toEqual(['e:zie het']);
  });

  it('skips one modal particle between two parts of a phrase, not more and not at the start', () => {
    expect(found('ik zie het echt niet meer zitten')).toEqual(['a:zie het echt niet meer zitten']);
    expect(found('ik zie het nu echt niet meer zitten')).toEqual(['e:zie het']);
    expect(found('echt zie het')).toEqual(['e:zie het']);
  });
});
