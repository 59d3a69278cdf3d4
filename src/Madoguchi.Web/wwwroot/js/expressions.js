/*
 * Madoguchi form expressions in the browser: the same language as the server
 * (docs/form-schema.md, "Expressions"), checked against tests/corpus/expressions.
 * Numbers are exact decimals (BigInt mantissa and scale) so that 0.1 + 0.2 is 0.3, as in C#.
 * Works as a classic <script> (window.MadoguchiExpressions) and under Node (module.exports).
 * Never evaluates source code.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.MadoguchiExpressions = api;
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var MAX_DEPTH = 32;
  var MAX_SCALE = 28;
  var DIVIDE_PLACES = 10;
  // C# decimal: a 96-bit mantissa.
  var DECIMAL_MAX = 79228162514264337593543950335n;

  function Dec(m, s) {
    this.m = m;
    this.s = s;
  }

  function pow10(n) {
    return 10n ** BigInt(n);
  }

  function abs(x) {
    return x < 0n ? -x : x;
  }

  function decFromNumber(n) {
    if (!isFinite(n)) {
      return null;
    }
    var match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
    if (!match) {
      return null;
    }
    var frac = match[3] || '';
    var m = BigInt(match[2] + frac);
    var s = frac.length - (match[4] ? parseInt(match[4], 10) : 0);
    if (s < 0) {
      m = m * pow10(-s);
      s = 0;
    }
    return checked(roundTo(new Dec(match[1] ? -m : m, s), MAX_SCALE, 'even'));
  }

  function checked(d) {
    if (d === null || abs(d.m) > DECIMAL_MAX * pow10(d.s)) {
      return null;
    }
    return d;
  }

  function align(a, b) {
    var s = Math.max(a.s, b.s);
    return [a.m * pow10(s - a.s), b.m * pow10(s - b.s), s];
  }

  function divRound(n, d, mode) {
    var negative = (n < 0n) !== (d < 0n);
    var an = abs(n);
    var ad = abs(d);
    var q = an / ad;
    var r2 = (an % ad) * 2n;
    if (r2 > ad || (r2 === ad && (mode === 'away' || q % 2n === 1n))) {
      q = q + 1n;
    }
    return negative ? -q : q;
  }

  function roundTo(d, places, mode) {
    if (d.s <= places) {
      return d;
    }
    return new Dec(divRound(d.m, pow10(d.s - places), mode), places);
  }

  var arithmetic = {
    add: function (a, b) { var x = align(a, b); return new Dec(x[0] + x[1], x[2]); },
    subtract: function (a, b) { var x = align(a, b); return new Dec(x[0] - x[1], x[2]); },
    multiply: function (a, b) { return roundTo(new Dec(a.m * b.m, a.s + b.s), MAX_SCALE, 'even'); },
    min: function (a, b) { return compareDec(b, a) < 0 ? b : a; },
    max: function (a, b) { return compareDec(b, a) > 0 ? b : a; }
  };

  function compareDec(a, b) {
    var x = align(a, b);
    return x[0] < x[1] ? -1 : x[0] > x[1] ? 1 : 0;
  }

  function trimDec(d) {
    var m = d.m;
    var s = d.s;
    while (s > 0 && m % 10n === 0n) {
      m = m / 10n;
      s--;
    }
    return new Dec(m, s);
  }

  function decToString(d) {
    var t = trimDec(d);
    var digits = abs(t.m).toString();
    if (t.s > 0) {
      digits = digits.padStart(t.s + 1, '0');
      digits = digits.slice(0, digits.length - t.s) + '.' + digits.slice(digits.length - t.s);
    }
    return (t.m < 0n ? '-' : '') + digits;
  }

  /* Values: null, boolean, string, Dec, array (raw JSON items), plain object. */
  function fromJson(x) {
    if (x === undefined || x === null) {
      return null;
    }
    if (typeof x === 'number') {
      return decFromNumber(x);
    }
    return x;
  }

  function kindOf(v) {
    if (v === null) { return 'null'; }
    if (typeof v === 'boolean') { return 'bool'; }
    if (typeof v === 'string') { return 'text'; }
    if (v instanceof Dec) { return 'number'; }
    if (Array.isArray(v)) { return 'list'; }
    return 'record';
  }

  function toJson(v) {
    var kind = kindOf(v);
    if (kind === 'number') {
      return Number(decToString(v));
    }
    if (kind === 'list') {
      return v.map(function (item) { return toJson(fromJson(item)); });
    }
    return v;
  }

  function equal(a, b) {
    var kind = kindOf(a);
    if (kind !== kindOf(b)) {
      return false;
    }
    switch (kind) {
      case 'null': return true;
      case 'bool':
      case 'text': return a === b;
      case 'number': return compareDec(a, b) === 0;
      case 'list':
        if (a.length !== b.length) { return false; }
        for (var i = 0; i < a.length; i++) {
          if (!equal(fromJson(a[i]), fromJson(b[i]))) { return false; }
        }
        return true;
      default: return false;
    }
  }

  function order(a, b) {
    var ka = kindOf(a);
    if (ka !== kindOf(b)) { return null; }
    if (ka === 'number') { return compareDec(a, b); }
    if (ka === 'text') { return a < b ? -1 : a > b ? 1 : 0; }
    return null;
  }

  function isTrue(v) {
    return v === true;
  }

  function parseIsoDate(v) {
    if (typeof v !== 'string') { return null; }
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!match) { return null; }
    var y = +match[1];
    var m = +match[2];
    var d = +match[3];
    var date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      return null;
    }
    return { y: y, m: m, d: d, day: Math.round(date.getTime() / 86400000) };
  }

  function formatDay(day) {
    var date = new Date(day * 86400000);
    var y = date.getUTCFullYear();
    if (y < 1 || y > 9999) { return null; }
    return String(y).padStart(4, '0') + '-' + String(date.getUTCMonth() + 1).padStart(2, '0') + '-' + String(date.getUTCDate()).padStart(2, '0');
  }

  function isWhole(v) {
    return kindOf(v) === 'number' && trimDec(v).s === 0;
  }

  function textLength(s) {
    if (typeof Intl !== 'undefined' && Intl.Segmenter) {
      var n = 0;
      var it = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)[Symbol.iterator]();
      while (!it.next().done) { n++; }
      return n;
    }
    return Array.from(s).length;
  }

  function CompileError(code, message) {
    var e = new Error(message);
    e.code = code;
    return e;
  }

  /* Each builder receives compiled operands (functions of scope) and returns a function of scope. */
  var MANY = Infinity;
  var operators = {
    literal: [1, 1, null],
    field: [1, 1, null],
    today: [0, 0, function () { return function (sc) { return sc.today; }; }],
    and: [1, MANY, function (a) { return function (sc) { for (var i = 0; i < a.length; i++) { if (!isTrue(a[i](sc))) { return false; } } return true; }; }],
    or: [1, MANY, function (a) { return function (sc) { for (var i = 0; i < a.length; i++) { if (isTrue(a[i](sc))) { return true; } } return false; }; }],
    not: [1, 1, function (a) { return function (sc) { return !isTrue(a[0](sc)); }; }],
    'if': [3, 3, function (a) { return function (sc) { return isTrue(a[0](sc)) ? a[1](sc) : a[2](sc); }; }],
    equals: [2, 2, function (a) { return function (sc) { return equal(a[0](sc), a[1](sc)); }; }],
    notEquals: [2, 2, function (a) { return function (sc) { return !equal(a[0](sc), a[1](sc)); }; }],
    lessThan: [2, 2, comparison(function (c) { return c < 0; })],
    lessOrEqual: [2, 2, comparison(function (c) { return c <= 0; })],
    greaterThan: [2, 2, comparison(function (c) { return c > 0; })],
    greaterOrEqual: [2, 2, comparison(function (c) { return c >= 0; })],
    add: [2, MANY, fold(arithmetic.add)],
    subtract: [2, 2, fold(arithmetic.subtract)],
    multiply: [2, MANY, fold(arithmetic.multiply)],
    min: [1, MANY, fold(arithmetic.min)],
    max: [1, MANY, fold(arithmetic.max)],
    divide: [2, 2, function (a) {
      return function (sc) {
        var x = a[0](sc);
        var y = a[1](sc);
        if (kindOf(x) !== 'number' || kindOf(y) !== 'number' || y.m === 0n) { return null; }
        var n = x.m * pow10(y.s + DIVIDE_PLACES);
        var d = y.m * pow10(x.s);
        return checked(trimDec(new Dec(divRound(n, d, 'away'), DIVIDE_PLACES)));
      };
    }],
    round: [1, 2, function (a) {
      return function (sc) {
        var x = a[0](sc);
        var p = a.length > 1 ? a[1](sc) : new Dec(0n, 0);
        if (kindOf(x) !== 'number' || !isWhole(p)) { return null; }
        var places = Number(trimDec(p).m);
        if (places < 0 || places > 10) { return null; }
        return roundTo(x, places, 'away');
      };
    }],
    floor: [1, 1, function (a) {
      return function (sc) {
        var x = a[0](sc);
        if (kindOf(x) !== 'number') { return null; }
        if (x.s === 0) { return x; }
        var div = pow10(x.s);
        var q = x.m / div;
        if (x.m < 0n && x.m % div !== 0n) { q = q - 1n; }
        return new Dec(q, 0);
      };
    }],
    coalesce: [1, MANY, function (a) { return function (sc) { for (var i = 0; i < a.length; i++) { var v = a[i](sc); if (v !== null) { return v; } } return null; }; }],
    answered: [1, 1, function (a) {
      return function (sc) {
        var v = a[0](sc);
        var kind = kindOf(v);
        return kind === 'null' ? false : kind === 'text' || kind === 'list' ? v.length > 0 : true;
      };
    }],
    'in': [2, 2, function (a) { return containsFn(a[1], a[0], true); }],
    contains: [2, 2, function (a) { return containsFn(a[0], a[1], false); }],
    count: [1, 1, function (a) {
      return function (sc) {
        var v = a[0](sc);
        var kind = kindOf(v);
        return kind === 'list' ? new Dec(BigInt(v.length), 0) : kind === 'null' ? new Dec(0n, 0) : null;
      };
    }],
    sum: [1, 2, null],
    any: [1, 2, null],
    all: [1, 2, null],
    yearsBetween: [2, 2, function (a) {
      return function (sc) {
        var x = parseIsoDate(a[0](sc));
        var y = parseIsoDate(a[1](sc));
        if (!x || !y) { return null; }
        var whole = y.y - x.y;
        var before = y.m < x.m || (y.m === x.m && y.d < x.d);
        var after = y.m > x.m || (y.m === x.m && y.d > x.d);
        if (whole > 0 && before) { whole--; } else if (whole < 0 && after) { whole++; }
        return new Dec(BigInt(whole), 0);
      };
    }],
    daysBetween: [2, 2, function (a) {
      return function (sc) {
        var x = parseIsoDate(a[0](sc));
        var y = parseIsoDate(a[1](sc));
        return x && y ? new Dec(BigInt(y.day - x.day), 0) : null;
      };
    }],
    addDays: [2, 2, function (a) {
      return function (sc) {
        var x = parseIsoDate(a[0](sc));
        var n = a[1](sc);
        if (!x || !isWhole(n) || abs(trimDec(n).m) > 10000000n) { return null; }
        return formatDay(x.day + Number(trimDec(n).m));
      };
    }],
    concat: [0, MANY, function (a) {
      return function (sc) {
        var out = '';
        for (var i = 0; i < a.length; i++) {
          var v = a[i](sc);
          var kind = kindOf(v);
          if (kind === 'list' || kind === 'record') { return null; }
          out += kind === 'null' ? '' : kind === 'number' ? decToString(v) : String(v);
        }
        return out;
      };
    }],
    length: [1, 1, function (a) {
      return function (sc) {
        var v = a[0](sc);
        var kind = kindOf(v);
        return kind === 'text' ? new Dec(BigInt(textLength(v)), 0) : kind === 'list' ? new Dec(BigInt(v.length), 0) : null;
      };
    }]
  };

  function comparison(test) {
    return function (a) {
      return function (sc) {
        var c = order(a[0](sc), a[1](sc));
        return c === null ? null : test(c);
      };
    };
  }

  function fold(op) {
    return function (a) {
      return function (sc) {
        var total = a[0](sc);
        if (kindOf(total) !== 'number') { return null; }
        for (var i = 1; i < a.length; i++) {
          var next = a[i](sc);
          if (kindOf(next) !== 'number') { return null; }
          total = checked(op(total, next));
          if (total === null) { return null; }
        }
        return total;
      };
    };
  }

  function containsFn(container, item, listOnly) {
    return function (sc) {
      var c = container(sc);
      var v = item(sc);
      var kind = kindOf(c);
      if (kind === 'text' && !listOnly) {
        return typeof v === 'string' ? c.indexOf(v) >= 0 : null;
      }
      if (kind !== 'list') { return null; }
      for (var i = 0; i < c.length; i++) {
        if (equal(fromJson(c[i]), v)) { return true; }
      }
      return false;
    };
  }

  function lookup(sc, segments) {
    var node;
    var found = false;
    for (var i = sc.frames.length - 1; i >= 0; i--) {
      var frame = sc.frames[i];
      if (Object.prototype.hasOwnProperty.call(frame, segments[0])) {
        node = frame[segments[0]];
        found = true;
        break;
      }
    }
    if (!found) { return null; }
    for (var j = 1; j < segments.length && node !== null && node !== undefined; j++) {
      node = typeof node === 'object' && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, segments[j]) ? node[segments[j]] : null;
    }
    return fromJson(node);
  }

  function aggregate(name, list, item) {
    return function (sc) {
      var items = list(sc);
      var kind = kindOf(items);
      if (kind === 'null') {
        return name === 'sum' ? new Dec(0n, 0) : name === 'all';
      }
      if (kind !== 'list') { return null; }
      var total = new Dec(0n, 0);
      for (var i = 0; i < items.length; i++) {
        var element = fromJson(items[i]);
        var value = element;
        if (item) {
          var isRecord = kindOf(element) === 'record';
          value = item(isRecord ? { today: sc.today, frames: sc.frames.concat([element]) } : sc);
        }
        if (name === 'sum') {
          if (value === null) { continue; }
          if (kindOf(value) !== 'number') { return null; }
          total = checked(arithmetic.add(total, value));
          if (total === null) { return null; }
        } else if (isTrue(value) === (name === 'any')) {
          return name === 'any';
        }
      }
      return name === 'sum' ? total : name === 'all';
    };
  }

  function compileNode(e, path, depth) {
    if (depth > MAX_DEPTH) {
      throw CompileError('too_deep', path + ': expressions may nest at most ' + MAX_DEPTH + ' levels');
    }
    if (Array.isArray(e)) {
      return compileOperator(e, path, depth);
    }
    if (e !== null && typeof e === 'object') {
      throw CompileError('invalid_expression', path + ': write objects as ["literal", {...}]');
    }
    var value = fromJson(e);
    return function () { return value; };
  }

  function compileOperator(e, path, depth) {
    if (e.length === 0 || typeof e[0] !== 'string') {
      throw CompileError('invalid_expression', path + ': an expression array starts with an operator name');
    }
    var name = e[0];
    if (!Object.prototype.hasOwnProperty.call(operators, name)) {
      throw CompileError('unknown_operator', path + '[0]: unknown operator "' + name + '"');
    }
    var spec = operators[name];
    var count = e.length - 1;
    if (count < spec[0] || count > spec[1]) {
      throw CompileError('arity', path + ': "' + name + '" takes ' + spec[0] + (spec[1] === spec[0] ? '' : '+') + ' operand(s), not ' + count);
    }
    if (name === 'literal') {
      var literal = fromJson(e[1]);
      return function () { return literal; };
    }
    if (name === 'field') {
      var fieldPath = e[1];
      if (typeof fieldPath !== 'string' || fieldPath.length === 0 || fieldPath.split('.').indexOf('') >= 0) {
        throw CompileError('invalid_operand', path + '[1]: "field" takes a data path');
      }
      var segments = fieldPath.split('.');
      return function (sc) { return lookup(sc, segments); };
    }
    var operands = [];
    for (var i = 1; i < e.length; i++) {
      operands.push(compileNode(e[i], path + '[' + i + ']', depth + 1));
    }
    if (name === 'sum' || name === 'any' || name === 'all') {
      return aggregate(name, operands[0], operands[1]);
    }
    return spec[2](operands);
  }

  var cache = typeof WeakMap === 'function' ? new WeakMap() : null;

  /** Compiles an expression; throws an Error with .code for a malformed one. */
  function compile(expr) {
    if (cache && expr !== null && typeof expr === 'object') {
      var hit = cache.get(expr);
      if (hit) { return hit; }
      var compiled = compileNode(expr, '$', 0);
      cache.set(expr, compiled);
      return compiled;
    }
    return compileNode(expr, '$', 0);
  }

  function localToday() {
    var now = new Date();
    return String(now.getFullYear()).padStart(4, '0') + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-' + String(now.getDate()).padStart(2, '0');
  }

  /**
   * Evaluates expr against data (the answers); options.today is an ISO date (default: today, local time);
   * options.items lists the repeating-group items the expression sits in, outermost first, so a plain
   * key reads the current item before outer scopes, as on the server.
   */
  function evaluate(expr, data, options) {
    var fn = compile(expr);
    var items = (options && options.items) || [];
    var scope = { today: (options && options.today) || localToday(), frames: [data || {}].concat(items) };
    return toJson(fn(scope));
  }

  return { evaluate: evaluate, compile: compile };
});
