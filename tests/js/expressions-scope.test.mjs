// The browser evaluator reads a repeating-group item before outer answers, like the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { evaluate } = require('../../src/Madoguchi.Web/wwwroot/js/expressions.js');

test('a plain key inside a group item reads the item first', () => {
  const data = { kind: 'outer', items: [{ kind: 'other' }] };
  assert.equal(evaluate(['equals', ['field', 'kind'], 'other'], data, { items: [data.items[0]] }), true);
  assert.equal(evaluate(['equals', ['field', 'kind'], 'other'], data, {}), false);
});

test('a key the item lacks falls back to the outer answers', () => {
  const data = { copies: 2, items: [{ size: 'small' }] };
  assert.equal(evaluate(['multiply', ['field', 'copies'], 300], data, { items: [data.items[0]] }), 600);
});

test('nested items are searched innermost first', () => {
  const outer = { name: 'outer', inner: [{ name: 'inner' }] };
  const data = { name: 'top', groups: [outer] };
  assert.equal(evaluate(['field', 'name'], data, { items: [outer, outer.inner[0]] }), 'inner');
});
