import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, toCsv } from '../src/ui/csv.ts';

describe('the console CSV export', () => {
  it('should quote commas, quotes and line breaks as RFC 4180 says', () => {
    assert.equal(csvCell('Souza, Ana'), '"Souza, Ana"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(65), '65');
    assert.equal(csvCell(null), '');
  });

  it('should keep a cell that looks like a formula as text', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+123'), "'+123");
    assert.equal(csvCell('@sum'), "'@sum");
    assert.equal(csvCell(-5), '-5', 'numbers are numbers');
  });

  it('should start with a BOM and end every row with CRLF', () => {
    const csv = toCsv(['a', 'b'], [[1, 'x']]);
    assert.equal(csv, '\uFEFFa,b\r\n1,x\r\n');
  });
});
