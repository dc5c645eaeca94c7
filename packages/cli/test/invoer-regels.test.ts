import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../src/batch/run.js';

async function linesOf(chunks: Array<string | Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const part of inputLines(Readable.from(chunks, { objectMode: true }))) out.push(...part);
  return out;
}

describe('inputLines (batch input)', () => {
  it('splits on LF, CRLF and a lone CR, like readline', async () => {
    expect(await linesOf(['a\nb\r\nc\rd'])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('joins a line that is split over chunks and keeps the last line without a line break', async () => {
    expect(await linesOf(['{"id":', '"x"}\n{"id"', ':"y"}'])).toEqual(['{"id":"x"}', '{"id":"y"}']);
  });

  it('keeps a UTF-8 character whole when its bytes arrive in two chunks', async () => {
    const bytes = Buffer.from('patiënt\n', 'utf8');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of ë
    expect(await linesOf([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['patiënt']);
  });

  it('gives a CRLF split over two chunks as one break plus a blank line (which gets no answer)', async () => {
    expect(await linesOf(['a\r', '\nb\n'])).toEqual(['a', '', 'b']);
  });
});
