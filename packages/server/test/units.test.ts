import { describe, expect, it } from 'vitest';
import { elfproef, lijktOpBsn, waaromNietGedekt, type Toestemming } from '../src/routes/toestemming-model.js';
import { validatieFout } from '../src/errors.js';

describe('BSN recognition for client references', () => {
  it('applies the elfproef', () => {
    expect(elfproef('111222333')).toBe(true);
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('123456789')).toBe(false);
    expect(elfproef('000000000')).toBe(false);
  });
  it('finds grouped and embedded BSN-shaped numbers but not longer digit runs', () => {
    expect(lijktOpBsn('1234.56.782')).toBe(true);
    expect(lijktOpBsn('bsn 123 456 782')).toBe(true);
    expect(lijktOpBsn('CL-123456782')).toBe(true);
    expect(lijktOpBsn('1123456782')).toBe(false);
    expect(lijktOpBsn('CL-2026-0042')).toBe(false);
  });
});

describe('consent coverage', () => {
  const t: Toestemming = {
    id: 'x',
    clientRef: 'c',
    gegevens: ['Medicatie'],
    ontvanger: { soort: 'organisatie', naam: 'Apotheek  De Linde' },
    doel: 'herhaalrecept',
    geldigVan: '2026-01-01',
    geldigTot: null,
    verkregen: 'mondeling',
    uitgelegd: 'uitgelegd',
    status: 'actief',
    vastgelegdDoor: { id: 'u', naam: 'U' },
    vastgelegdOp: '2026-01-01T00:00:00.000Z',
    ingetrokkenOp: null,
    ingetrokkenDoor: null,
    intrekReden: null,
  };
  it('compares recipient, purpose and data without regard to case or spacing; open end date', () => {
    expect(waaromNietGedekt(t, { ontvanger: 'apotheek de linde', doel: 'Herhaalrecept', gegevens: ['medicatie'], datum: '2099-01-01' })).toBeNull();
    expect(waaromNietGedekt(t, { ontvanger: 'apotheek de linde', doel: 'herhaalrecept', datum: '2025-12-31' })).toMatch(/pas vanaf/);
  });
});

describe('validation messages', () => {
  it('name the field in Dutch', () => {
    expect(validatieFout({ keyword: 'required', instancePath: '/ontvanger', params: { missingProperty: 'naam' } }, 'body')).toEqual({
      fout: "veld 'ontvanger.naam' ontbreekt",
      veld: 'ontvanger.naam',
    });
    expect(validatieFout({ keyword: 'type', instancePath: '/text', params: { type: 'string' } }, 'body').fout).toBe("veld 'text' moet tekst zijn");
    expect(validatieFout({ keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'q' } }, 'querystring').fout).toBe("onbekende parameter 'q'");
  });
});
