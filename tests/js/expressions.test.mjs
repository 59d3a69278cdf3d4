// Runs the shared expression corpus against the browser evaluator: node --test tests/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { evaluate, compile } = require(join(here, '../../src/Madoguchi.Web/wwwroot/js/expressions.js'));
const corpusDir = join(here, '../corpus/expressions');
const defaultToday = '2025-11-27';

const isError = (expects) =>
  expects !== null && typeof expects === 'object' && !Array.isArray(expects) && Object.keys(expects).length === 1 && 'error' in expects;

for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()) {
  const cases = JSON.parse(readFileSync(join(corpusDir, file), 'utf8'));
  for (const c of cases) {
    test(`${file}: ${c.name}`, () => {
      if (isError(c.expects)) {
        assert.throws(() => compile(c.expression), (e) => e.code === c.expects.error);
        return;
      }
      const actual = evaluate(c.expression, c.data ?? {}, { today: c.today ?? defaultToday });
      assert.deepStrictEqual(actual, c.expects);
    });
  }
}

test('works as a classic script: defines window.MadoguchiExpressions', async () => {
  const { runInNewContext } = await import('node:vm');
  const source = readFileSync(join(here, '../../src/Madoguchi.Web/wwwroot/js/expressions.js'), 'utf8');
  const window = {};
  window.self = window;
  runInNewContext(source, window);
  assert.equal(window.MadoguchiExpressions.evaluate(['add', 0.1, 0.2], {}, {}), 0.3);
});

test('never throws on type mismatches with random data', () => {
  const values = [null, true, false, 0, -1.5, '', 'a', '2025-01-01', [], [1, 'x'], {}, { a: 1 }];
  const ops = ['equals', 'lessThan', 'add', 'divide', 'contains', 'in', 'yearsBetween', 'addDays', 'concat', 'round', 'min'];
  for (const op of ops) {
    for (const a of values) {
      for (const b of values) {
        evaluate([op, ['field', 'a'], ['field', 'b']], { a, b }, { today: defaultToday });
      }
    }
  }
});
