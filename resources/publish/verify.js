/*
 * verify.js: an independent verifier of Tijori attestations and inclusion proofs, for a
 * web page that token holders open in a browser (offline, from file:// or any web host).
 *
 * It implements reports/FORMAT.md §8 (an attestation verified against the policy you
 * trust, without its leaves and without the previous attestation), §7 (an inclusion
 * proof), §13.6 (a programme attestation, under the programme policy you trust, without
 * the previous one) and §13.7 (a holding's proof chained to a programme), and makes the
 * same checks as Tijori's reference verifiers (app/services/verifying.py,
 * app/services/programme_attest.py), in the same order, with the same names, states,
 * blocks and severities, and, where practical, the same reasons.
 *
 * One classic script, no dependencies: it defines globalThis.TijoriVerify and runs in a
 * browser (WebCrypto: Ed25519, ECDSA P-256, SHA-256) and in Node 20 (globalThis.crypto).
 * Quantities are exact: decimal strings are read into BigInt, never into floats.
 *
 * API (every function that hashes or verifies returns a Promise):
 *
 *   TijoriVerify.verifyAttestation({attestation, policy, olderPolicies = [],
 *                                   now = new Date(), maxAgeSeconds = null}) → Verdict
 *   TijoriVerify.verifyProof({proof, policy, olderPolicies = [],
 *                             now = new Date(), maxAgeSeconds = null}) → Verdict
 *   TijoriVerify.verifyProgrammeAttestation({attestation, policy, olderPolicies = [],
 *                                            now = new Date(), maxAgeSeconds = null}) → Verdict
 *   TijoriVerify.verifyChainedProof({proof, policy, olderPolicies = [],
 *                                    now = new Date(), maxAgeSeconds = null}) → Verdict
 *   TijoriVerify.policyDigest(policyEnvelope) → hex SHA-256 of its payload (FORMAT §3)
 *   TijoriVerify.digestWords(hex) → the 8 BIP-39 words of a digest (FORMAT §1.2); sync
 *
 *   For the two programme functions, `policy` is the programme policy (§13.1) and
 *   olderPolicies older versions of it; a chained proof's member policy, when it carries
 *   one, is checked as verifyProof checks a proof (§7).
 *
 *   attestation, policy, each of olderPolicies and proof are the files' parsed JSON (as
 *   JSON.parse gives them), or their text (a string) or bytes (Uint8Array, ArrayBuffer),
 *   which are then read as strictly as Tijori reads them (UTF-8, no duplicate keys, no
 *   floats). `now` is a Date (or an RFC 3339 string); maxAgeSeconds a number or null.
 *
 *   Verdict = {valid, intact, checks, statement}: `checks` in the order made, each
 *   {check, passed, done, reason, block, severity, required} exactly as Python's
 *   Check.as_json(); `valid` and `intact` as Python's Verdict.ok and Verdict.intact;
 *   `statement` the statement read from the envelope whenever it could be read, whatever
 *   the verdict (null if it could not be; its objects have no prototype). Show its figures
 *   as the signers' only when `valid` (or at least `intact`) is true.
 *
 * Choices, and where this differs from `tijori verify` on purpose:
 *
 *  - Version 1 statements (schema tijori.statement.v1) are not verified here: the
 *    `statement` check fails, saying that a version 1 statement must be verified with
 *    `tijori verify`. Version 1 names no policy, scope or sequence; the few who still hold
 *    one can run Tijori itself. For a proof of one, inclusion is then not checked either;
 *    a chained proof whose member attestation is of version 1 fails `member attestation`.
 *  - A trusted policy that cannot be read (not a DSSE envelope, another payload type, a
 *    malformed policy) makes Python raise (the CLI exits 2, no verdict). Here it is a
 *    verdict: `policy type` or `policy format` failed, as Python's verify_policy names
 *    them, then the envelope's and statement's checks, then `policy` failed, as
 *    verify_attestation does when it has no policy (for a programme attestation: the
 *    `statement` check, then `policy` failed, as verify_programme_attestation orders them).
 *    An older policy that cannot be read is ignored, as in Python.
 *  - Where Python stops with an exception (a chained proof whose holding has no envelope,
 *    or whose member policy JSON cannot write again; a programme policy reached through a
 *    rotation from a custodian's), the verdict fails the check it reached instead.
 *  - Inputs given as parsed JSON cannot show duplicate keys; floats, lone surrogates and
 *    nesting deeper than 64 levels in them are refused as Python refuses them in the files.
 *  - Times are held in BigInt microseconds, as Python's datetime holds them (a fraction
 *    beyond 6 digits is truncated). Policy times are read as Python 3.11's
 *    datetime.fromisoformat reads them (calendar, week and basic forms, any offset).
 *  - WebCrypto exists only in a secure context: file://, https:// or localhost. On a
 *    page served over plain http the functions reject with an error saying so. A browser
 *    whose WebCrypto lacks Ed25519 (or P-256) gets the signature checks of such keys
 *    failed, saying why (FORMAT §14), never passed.
 */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------------------------------
  // Small helpers: refusals, JSON values, Python's ways of printing them
  // ---------------------------------------------------------------------------------------

  /** A rule an input breaks; its message is the reason a check states (Python's
   *  InvalidInput). Anything else thrown is a bug and propagates. */
  class Refusal extends Error {}
  const refuse = (message) => { throw new Refusal(message); };

  const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  // (by their tag, not instanceof: bytes may come from another realm, an iframe say)
  const isBytes = (v) => ArrayBuffer.isView(v)
    || Object.prototype.toString.call(v) === '[object ArrayBuffer]';
  const asBytes = (v) => (ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
    : new Uint8Array(v));
  const isDict = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !isBytes(v);
  const isNone = (v) => v === null || v === undefined;
  /** A JSON integer: a number, or a BigInt for one beyond 2^53 (read but never written). */
  const isInt = (v) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
  const isCount = (v) => isInt(v) && v >= 0;
  const big = (v) => BigInt(v);
  /** Python's dict.get: undefined (None) for a missing member or a non-object. */
  const get = (obj, key) => (isDict(obj) && hasOwn(obj, key) ? obj[key] : undefined);
  const isHex64 = (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
  /** The first n characters (code points, as Python slices). */
  const head = (s, n) => Array.from(s).slice(0, n).join('');
  /** "a", "a and b", "a, b and c" (app.domain.messages.listed). */
  const listed = (items) => (items.length === 1 ? items[0]
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

  function pyTypeName(v) {
    if (isNone(v)) return 'NoneType';
    if (typeof v === 'boolean') return 'bool';
    if (isInt(v)) return 'int';
    if (typeof v === 'number') return 'float';
    if (typeof v === 'string') return 'str';
    return Array.isArray(v) ? 'list' : 'dict';
  }

  const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
  const hexOf = (n, width) => n.toString(16).padStart(width, '0');

  /** repr() of a Python str. */
  function pyStrRepr(s) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (ch === quote || ch === '\\') out += '\\' + ch;
      else if (ch === '\t') out += '\\t';
      else if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (c < 0x20 || c === 0x7f) out += '\\x' + hexOf(c, 2);
      else if (c < 0x7f || ch === ' ' || !NOT_PRINTABLE.test(ch)) out += ch;
      else out += c <= 0xff ? '\\x' + hexOf(c, 2) : c <= 0xffff ? '\\u' + hexOf(c, 4)
        : '\\U' + hexOf(c, 8);
    }
    return out + quote;
  }

  /** repr() of the Python value a JSON value reads as. */
  function pyRepr(v) {
    if (isNone(v)) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'string') return pyStrRepr(v);
    if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
    return `{${Object.keys(v).map((k) => `${pyStrRepr(k)}: ${pyRepr(v[k])}`).join(', ')}}`;
  }

  /** str() of it, as a message's {field} prints it. */
  const pyStr = (v) => (typeof v === 'string' ? v : pyRepr(v));

  /** Python orders str by code point; JavaScript's < by UTF-16 unit. They differ only where
   *  a surrogate meets a unit of U+E000..U+FFFF, so surrogates are moved above those. */
  function cmpCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      let x = a.charCodeAt(i);
      let y = b.charCodeAt(i);
      if (x !== y) {
        x = x < 0xd800 ? x : x <= 0xdfff ? x + 0x2000 : x - 0x800;
        y = y < 0xd800 ? y : y <= 0xdfff ? y + 0x2000 : y - 0x800;
        return x - y;
      }
    }
    return a.length - b.length;
  }

  function deepEqual(a, b) {
    if (a === b) return true;
    if (isInt(a) && isInt(b)) return big(a) === big(b);
    if (Array.isArray(a)) {
      return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    }
    if (isDict(a) && isDict(b)) {
      const keys = Object.keys(a);
      return keys.length === Object.keys(b).length
        && keys.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------
  // Bytes: UTF-8, hex, base64
  // ---------------------------------------------------------------------------------------

  const utf8 = (text) => new TextEncoder().encode(text);
  const toHex = (bytes) => Array.from(bytes, (b) => hexOf(b, 2)).join('');
  const hexBytes = (hex) => Uint8Array.from(hex.match(/../g), (h) => parseInt(h, 16));

  function concatBytes(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  }

  const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

  /** The offset of the first byte that is not UTF-8 (as Python's UnicodeDecodeError.start). */
  function firstBadUtf8(b) {
    for (let i = 0; i < b.length;) {
      const c = b[i];
      if (c < 0x80) { i++; continue; }
      const more = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2
        : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
      if (!more) return i;
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      if (i + 1 >= b.length || b[i + 1] < lo || b[i + 1] > hi) return i;
      for (let k = 2; k <= more; k++) {
        if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
      }
      i += more + 1;
    }
    return b.length;
  }

  /** UTF-8 text, or null when the bytes are not UTF-8 (a BOM is kept, as Python keeps it). */
  function decodeUtf8(bytes) {
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch (_) {
      return null;
    }
  }

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  /** Standard base64 without its padding, its length already checked. */
  function base64Body(body) {
    const out = new Uint8Array(Math.floor((body.length * 3) / 4));
    let bits = 0;
    let value = 0;
    let n = 0;
    for (const ch of body) {
      value = ((value << 6) | B64.indexOf(ch)) & 0xffffff;
      bits += 6;
      if (bits >= 8) { bits -= 8; out[n++] = (value >> bits) & 0xff; }
    }
    return out;
  }

  /** DSSE's base64 (app.attest.dsse.b64decode_any): standard or URL-safe, padded or not. */
  function base64Any(text, what) {
    if (typeof text !== 'string') refuse(`${what} is not a base64 string`);
    let standard;
    if (/^[A-Za-z0-9+/]*={0,2}$/.test(text)) standard = text;
    else if (/^[A-Za-z0-9_-]*={0,2}$/.test(text)) standard = text.replace(/-/g, '+').replace(/_/g, '/');
    else refuse(`${what} is not valid base64`);
    const body = standard.replace(/=+$/, '');
    if (body.length % 4 === 1 || (standard !== body && standard.length % 4)) {
      refuse(`${what} is not valid base64`);
    }
    return base64Body(body);
  }

  /** Standard base64 with its padding, as Python's b64decode(validate=True) takes it. */
  function base64Strict(text, what) {
    if (typeof text !== 'string') refuse(`${what} is not a base64 string`);
    const m = /^([A-Za-z0-9+/]*)(={0,2})$/.exec(text);
    const rest = m ? m[1].length % 4 : 1;
    if (!m || rest === 1 || (rest === 2 && m[2].length !== 2) || (rest === 3 && !m[2])) {
      refuse(`${what} is not valid base64`);
    }
    return base64Body(m[1]);
  }

  // ---------------------------------------------------------------------------------------
  // JSON read strictly (app.attest.canonical.loads) and written canonically (RFC 8785)
  // ---------------------------------------------------------------------------------------

  const MAX_DEPTH = 64;
  const MAX_SAFE = 9007199254740991n;
  class JsonError extends Error {}

  /** Python's "line L column C" of a position (columns count code points). */
  function lineColumn(text, pos) {
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = Array.from(before.slice(before.lastIndexOf('\n') + 1)).length + 1;
    return `line ${line} column ${column}`;
  }

  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  const loneSurrogate = (s) => {
    const m = LONE_SURROGATE.exec(s);
    return m ? `it holds the lone surrogate \\u${hexOf(m[0].charCodeAt(0), 4)}, which is not Unicode `
      + 'text' : null;
  };

  /** What Python's loads refuses in a value once parsed: nesting deeper than MAX_DEPTH,
   *  a lone surrogate; and, in a value parsed by JSON.parse, a float. Null if none. */
  function unsafeIn(value, depth = 0) {
    if (typeof value === 'string') return loneSurrogate(value);
    if (typeof value === 'number' && !Number.isInteger(value)) {
      return `JSON number ${value} is not allowed; quantities are decimal strings`;
    }
    if (value === null || typeof value !== 'object') return null;
    if (depth + 1 > MAX_DEPTH) return `it is nested more than ${MAX_DEPTH} levels deep`;
    const keys = Array.isArray(value) ? null : Object.keys(value);
    for (const item of keys ? keys.map((k) => value[k]) : value) {
      const problem = unsafeIn(item, depth + 1);
      if (problem) return problem;
    }
    for (const key of keys || []) {
      const problem = loneSurrogate(key);
      if (problem) return problem;
    }
    return null;
  }

  /** JSON text parsed as Python's json.loads with Tijori's hooks: integers only (a BigInt
   *  beyond 2^53), no NaN or Infinity, no duplicate keys, objects without a prototype.
   *  Throws JsonError with Python's words. */
  function parseJSON(text) {
    let pos = 0;
    let maxDepth = 0;
    const n = text.length;
    const fail = (what, at) => { throw new JsonError(`${what} at ${lineColumn(text, at)}`); };
    const skip = () => {
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if (c === 32 || c === 9 || c === 10 || c === 13) pos++; else break;
      }
    };
    const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

    function string() {
      const start = pos++;
      let out = '';
      let chunk = pos;
      for (;;) {
        if (pos >= n) fail('Unterminated string starting at', start);
        const c = text.charCodeAt(pos);
        if (c === 34) { out += text.slice(chunk, pos++); return out; }
        if (c < 0x20) fail('Invalid control character at', pos);
        if (c === 92) {
          out += text.slice(chunk, pos);
          const e = text[pos + 1];
          if (e === undefined) fail('Unterminated string starting at', start);
          if (hasOwn(ESCAPES, e)) { out += ESCAPES[e]; pos += 2; } else if (e === 'u') {
            const digits = text.slice(pos + 2, pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(digits)) fail('Invalid \\uXXXX escape', pos + 1);
            out += String.fromCharCode(parseInt(digits, 16));
            pos += 6;
          } else fail('Invalid \\escape', pos);
          chunk = pos;
        } else pos++;
      }
    }

    function value(depth) {
      if (depth > 900) throw new JsonError(`it is nested more than ${MAX_DEPTH} levels deep`);
      const c = text[pos];
      if (c === '"') return string();
      if (c === '{') return object(depth + 1);
      if (c === '[') return array(depth + 1);
      for (const [word, v] of [['null', null], ['true', true], ['false', false]]) {
        if (text.startsWith(word, pos)) { pos += word.length; return v; }
      }
      for (const word of ['NaN', 'Infinity', '-Infinity']) {
        if (text.startsWith(word, pos)) throw new JsonError(`JSON constant ${word} is not allowed`);
      }
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m) fail('Expecting value', pos);
      pos += m[0].length;
      if (m[1] || m[2]) {
        throw new JsonError(`JSON number ${m[0]} is not allowed; quantities are decimal strings`);
      }
      const whole = big(m[0]);
      return whole > MAX_SAFE || whole < -MAX_SAFE ? whole : Number(whole);
    }

    function object(depth) {
      maxDepth = Math.max(maxDepth, depth);
      pos++;
      const obj = Object.create(null);
      const keys = [];
      skip();
      if (text[pos] === '}') { pos++; return obj; }
      for (;;) {
        if (text[pos] !== '"') fail('Expecting property name enclosed in double quotes', pos);
        const key = string();
        skip();
        if (text[pos] !== ':') fail("Expecting ':' delimiter", pos);
        pos++;
        skip();
        obj[key] = value(depth);
        keys.push(key);
        skip();
        if (text[pos] === '}') { pos++; break; }
        if (text[pos] !== ',') fail("Expecting ',' delimiter", pos);
        pos++;
        skip();
      }
      // Python's object_pairs_hook sees the pairs once the object is closed
      if (keys.length !== Object.keys(obj).length) {
        const seen = new Set();
        for (const key of keys) {
          if (seen.has(key)) throw new JsonError(`duplicate JSON key ${pyRepr(key)}`);
          seen.add(key);
        }
      }
      return obj;
    }

    function array(depth) {
      maxDepth = Math.max(maxDepth, depth);
      pos++;
      const arr = [];
      skip();
      if (text[pos] === ']') { pos++; return arr; }
      for (;;) {
        arr.push(value(depth));
        skip();
        if (text[pos] === ']') { pos++; return arr; }
        if (text[pos] !== ',') fail("Expecting ',' delimiter", pos);
        pos++;
        skip();
      }
    }

    if (text.charCodeAt(0) === 0xfeff) fail('Unexpected UTF-8 BOM (decode using utf-8-sig)', 0);
    skip();
    const result = value(0);
    skip();
    if (pos !== n) fail('Extra data', pos);
    if (maxDepth > MAX_DEPTH) throw new JsonError(`it is nested more than ${MAX_DEPTH} levels deep`);
    if (/\\u[dD][89a-fA-F]/.test(text)) {
      const problem = unsafeIn(result);
      if (problem) throw new JsonError(problem);
    }
    return result;
  }

  /** Bytes read as a JSON document; a Refusal "{source} is not valid JSON: {why}". */
  function readJSON(bytes, source) {
    const text = decodeUtf8(bytes);
    if (text === null) {
      refuse(`${source} is not valid JSON: it is not UTF-8 text (byte ${firstBadUtf8(bytes)})`);
    }
    try {
      return { value: parseJSON(text), text };
    } catch (e) {
      if (e instanceof JsonError) refuse(`${source} is not valid JSON: ${e.message}`);
      throw e;
    }
  }

  /** An input file: parsed JSON as given, or its text or bytes read strictly (an envelope's
   *  reader first says when it is not UTF-8). A parsed one is checked for what Python's
   *  reader refuses and JSON.parse lets through. */
  function inputJSON(input, source, envelope = true) {
    if (typeof input === 'string') input = utf8(input);
    if (isBytes(input)) {
      const bytes = asBytes(input);
      if (envelope && decodeUtf8(bytes) === null) refuse(`${source} is not UTF-8 text`);
      return readJSON(bytes, source).value;
    }
    const problem = unsafeIn(input);
    if (problem) refuse(`${source} is not valid JSON: ${problem}`);
    return input;
  }

  /** RFC 8785 (JCS) of a JSON value: keys sorted by UTF-16 units, no white space, strings
   *  escaped as JSON.stringify escapes them (which is JCS's rule), integers only. */
  function canonical(v) {
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (typeof v === 'number' && !Number.isInteger(v)) {
        refuse('floats are not allowed in canonical JSON; use decimal strings');
      }
      if (big(v) > MAX_SAFE || big(v) < -MAX_SAFE) {
        refuse(`integer ${big(v)} is too large for canonical JSON`);
      }
      return big(v).toString();
    }
    if (typeof v === 'string') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }

  // ---------------------------------------------------------------------------------------
  // Decimal strings (FORMAT "Decimal strings"; app/domain/units.py): exact, in BigInt
  // ---------------------------------------------------------------------------------------

  const DECIMAL = /^(?!-0(?:\.0+)?$)-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
  const isDecimalString = (v) => typeof v === 'string' && DECIMAL.test(v);

  /** A decimal string as {c: coefficient, s: places}: the value is c / 10^s. */
  function decimal(text) {
    const negative = text[0] === '-';
    const body = negative ? text.slice(1) : text;
    const point = body.indexOf('.');
    const digits = point < 0 ? body : body.slice(0, point) + body.slice(point + 1);
    const c = big(digits);
    return { c: negative ? -c : c, s: point < 0 ? 0 : body.length - point - 1 };
  }

  /** decimal_string: plain digits, its places kept, a zero never negative. */
  function decimalString(d) {
    let { c, s } = d;
    if (s < 0) { c *= 10n ** big(-s); s = 0; }
    const negative = c < 0n;
    let digits = (negative ? -c : c).toString();
    if (s > 0) {
      digits = digits.padStart(s + 1, '0');
      digits = `${digits.slice(0, -s)}.${digits.slice(-s)}`;
    }
    return (negative ? '-' : '') + digits;
  }

  const scaled = (d, s) => d.c * 10n ** big(s - d.s);
  const compare = (a, b) => {
    const s = Math.max(a.s, b.s);
    const x = scaled(a, s);
    const y = scaled(b, s);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  /** The exact product: the places of both factors added. */
  const product = (a, b) => ({ c: a.c * b.c, s: a.s + b.s });
  /** a − b exactly: as many places as the operand with the most. */
  const difference = (a, b) => {
    const s = Math.max(a.s, b.s);
    return { c: scaled(a, s) - scaled(b, s), s };
  };
  /** a ÷ b truncated toward zero to exactly `places` places (BigInt division truncates). */
  const ratioDown = (a, b, places) => ({
    c: (a.c * 10n ** big(places + b.s)) / (b.c * 10n ** big(a.s)),
    s: places,
  });

  /** group_digits: "4526773.934" → "4,526,773.934"; anything else unchanged. */
  function groupDigits(text) {
    if (isNone(text)) return '';
    text = pyStr(text);
    let sign = '';
    let body = text;
    if (body && '+-'.includes(body[0])) { sign = body[0]; body = body.slice(1); }
    const point = body.indexOf('.');
    let whole = point < 0 ? body : body.slice(0, point);
    const fraction = point < 0 ? null : body.slice(point + 1);
    if (!/^[0-9]+$/.test(whole) || (fraction !== null && !/^[0-9]+$/.test(fraction))) return text;
    whole = whole.replace(/\B(?=([0-9]{3})+$)/g, ',');
    return sign + whole + (fraction === null ? '' : `.${fraction}`);
  }

  // ---------------------------------------------------------------------------------------
  // Times (app/domain/times.py), in BigInt microseconds since 1970 (UTC)
  // ---------------------------------------------------------------------------------------

  const MICRO = 1000000n;
  const DAY = 86400n * MICRO;
  /** FORMAT §5.2, §8: a time more than this ahead of the verifier's clock is in the future. */
  const CLOCK_SKEW = 300n * MICRO;
  const TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?Z$/;

  function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }

  function civilFromDays(z) {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524)
      - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const m = mp + (mp < 10 ? 3 : -9);
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
  }

  const isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const daysIn = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  const FIRST = big(daysFromCivil(1, 1, 1)) * DAY;
  const LAST = big(daysFromCivil(9999, 12, 31) + 1) * DAY - 1n;
  const floorDiv = (a, b) => (a >= 0n ? a / b : -((-a + b - 1n) / b));

  /** The date of Python 3.11's fromisoformat: [days since 1970, its length] or null. */
  function isoDate(s) {
    let m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/.exec(s) || /^([0-9]{4})([0-9]{2})([0-9]{2})/.exec(s);
    if (m && !/^[0-9]{4}-?W/.test(s)) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
      return [daysFromCivil(y, mo, d), m[0].length];
    }
    m = /^([0-9]{4})(-?)W([0-9]{2})(?:\2([1-7]))?/.exec(s);
    if (!m) return null;
    const [y, week, weekday] = [+m[1], +m[3], m[4] ? +m[4] : 1];
    const jan4 = daysFromCivil(y, 1, 4);
    const monday = jan4 - ((((jan4 + 3) % 7) + 7) % 7);   // 1970-01-01 was a Thursday
    const jan4next = daysFromCivil(y + 1, 1, 4);
    const nextMonday = jan4next - ((((jan4next + 3) % 7) + 7) % 7);
    if (y < 1 || week < 1 || monday + (week - 1) * 7 >= nextMonday) return null;
    return [monday + (week - 1) * 7 + weekday - 1, m[0].length];
  }

  /** HH[:MM[:SS[.f]]] (or without colons) in microseconds, or null. */
  function isoClock(s) {
    const m = /^([0-9]{2})(?:(:?)([0-9]{2})(?:\2([0-9]{2})(?:[.,]([0-9]+))?)?)?$/.exec(s);
    if (!m) return null;
    const [h, mi, se] = [+m[1], m[3] ? +m[3] : 0, m[4] ? +m[4] : 0];
    if (h > 23 || mi > 59 || se > 59) return null;
    const fraction = m[5] ? big(m[5].slice(0, 6).padEnd(6, '0')) : 0n;
    return (big(h) * 3600n + big(mi) * 60n + big(se)) * MICRO + fraction;
  }

  /** datetime.fromisoformat of Python 3.11: {local, offset} (offset null: naive), or null. */
  function fromIsoFormat(s) {
    const date = isoDate(s);
    if (!date) return null;
    const days = big(date[0]) * DAY;
    if (s.length === date[1]) return { local: days, offset: null };
    const rest = Array.from(s.slice(date[1])).slice(1).join('');   // any one separator
    const sign = rest.search(/[+-]/);
    const clock = isoClock(sign < 0 ? rest : rest.slice(0, sign));
    if (clock === null) return null;
    if (sign < 0) return { local: days + clock, offset: null };
    const offset = isoClock(rest.slice(sign + 1));
    if (offset === null) return null;
    return { local: days + clock, offset: rest[sign] === '-' ? -offset : offset };
  }

  /** parse_time: an RFC 3339 time with a zone, in UTC microseconds; a Refusal naming `where`. */
  function parseTime(text, where) {
    if (typeof text !== 'string') refuse(`${where} is not an RFC 3339 time`);
    const found = fromIsoFormat(text.split('Z').join('+00:00'));
    if (!found) refuse(`${where} ${pyRepr(text)} is not an RFC 3339 time`);
    if (found.offset === null) refuse(`${where} ${pyRepr(text)} has no time zone`);
    const moment = found.local - found.offset;
    if (moment < FIRST || moment > LAST) refuse(`${where} ${pyRepr(text)} is out of range`);
    return moment;
  }

  const two = (n) => String(n).padStart(2, '0');

  /** format_time: UTC to the second, "2026-11-25T09:30:00Z". */
  function formatTime(micros) {
    const days = floorDiv(micros, DAY);
    const seconds = Number((micros - days * DAY) / MICRO);
    const [y, m, d] = civilFromDays(Number(days));
    return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}T${two(Math.floor(seconds / 3600))}:`
      + `${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
  }

  /** describe_age: "34 days", "5 hours", "12 minutes", "less than a minute". */
  function describeAge(micros) {
    const seconds = micros / MICRO;   // truncated toward zero, as Python's int()
    const say = (count, unit) => (count === 1n ? `1 ${unit}` : `${count} ${unit}s`);
    if (seconds < 0n) return 'in the future';
    if (seconds >= 86400n) return say(seconds / 86400n, 'day');
    if (seconds >= 3600n) return say(seconds / 3600n, 'hour');
    if (seconds >= 60n) return say(seconds / 60n, 'minute');
    return 'less than a minute';
  }

  const inFuture = (moment, now) => moment > now + CLOCK_SKEW;

  function clockOf(now) {
    if (isNone(now)) return big(Date.now()) * 1000n;
    if (now instanceof Date && !Number.isNaN(now.getTime())) return big(now.getTime()) * 1000n;
    if (typeof now === 'number' && Number.isFinite(now)) return big(Math.trunc(now)) * 1000n;
    if (typeof now === 'string') return parseTime(now, 'now');
    throw new TypeError('TijoriVerify: `now` must be a Date');
  }

  function maxAgeOf(seconds) {
    if (isNone(seconds)) return null;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
      throw new TypeError('TijoriVerify: `maxAgeSeconds` must be a number of seconds, or null');
    }
    return big(Math.round(seconds * 1e6));
  }

  // ---------------------------------------------------------------------------------------
  // WebCrypto: SHA-256, public keys, signatures
  // ---------------------------------------------------------------------------------------

  function subtle() {
    const c = root.crypto;
    if (!c || !c.subtle) {
      throw new Error('TijoriVerify needs WebCrypto (crypto.subtle), which a browser gives only '
        + 'to a secure context: open the page from file://, https:// or localhost');
    }
    return c.subtle;
  }

  const sha256 = async (bytes) => new Uint8Array(await subtle().digest('SHA-256', bytes));
  const sha256Hex = async (bytes) => toHex(await sha256(bytes));

  // The one DER encoding of each kind of SubjectPublicKeyInfo that Tijori accepts (§1).
  const ED25519_SPKI = hexBytes('302a300506032b6570032100');
  const P256_SPKI = hexBytes('3059301306072a8648ce3d020106082a8648ce3d030107034200');
  const P256_COMPRESSED_SPKI = hexBytes('3039301306072a8648ce3d020106082a8648ce3d030107032200');
  const startsWith = (bytes, prefix) => sameBytes(bytes.subarray(0, prefix.length), prefix);
  const ALGORITHMS = ['ed25519', 'ecdsa-p256'];

  /** A public key of `algorithm` from its SPKI DER, in its one standard encoding (as
   *  app.attest.keys._load_spki): {algorithm, keyid, key (a CryptoKey)}. */
  async function importPublicKey(algorithm, der) {
    if (!ALGORITHMS.includes(algorithm)) {
      refuse(`unsupported key algorithm ${pyRepr(algorithm)}; use one of ${ALGORITHMS.join(', ')}`);
    }
    let found = null;
    let standard = true;
    if (der.length === 44 && startsWith(der, ED25519_SPKI)) found = 'ed25519';
    else if (der.length === 91 && startsWith(der, P256_SPKI) && der[26] === 4) found = 'ecdsa-p256';
    else if (der.length === 59 && startsWith(der, P256_COMPRESSED_SPKI)
      && (der[26] === 2 || der[26] === 3)) {
      found = 'ecdsa-p256';
      standard = false;
    }
    if (!found) refuse('the public key is not a valid SubjectPublicKeyInfo');
    if (found !== algorithm) refuse(`the public key is ${found}, not ${algorithm}`);
    if (!standard) {
      refuse('the public key is not in its standard encoding (P-256 keys use uncompressed points)');
    }
    const params = found === 'ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: 'P-256' };
    let key = null;
    try {
      key = await subtle().importKey('spki', der, params, false, ['verify']);
    } catch (e) {
      // A browser whose Web Crypto lacks the algorithm cannot check this key's signatures:
      // they fail (FORMAT §14), though the key is sound. Anything else is a bad key (a
      // point not on the curve).
      if (!(e && e.name === 'NotSupportedError')) {
        refuse('the public key is not a valid SubjectPublicKeyInfo');
      }
    }
    return { algorithm, key, keyid: await sha256Hex(der) };
  }

  /** A DER ECDSA-Sig-Value as WebCrypto's r‖s, or null. Strict DER (minimal lengths and
   *  integers, nothing after), as OpenSSL checks it for Python's cryptography. */
  function ecdsaRaw(sig) {
    if (sig.length < 8 || sig[0] !== 0x30 || sig[1] > 0x7f || sig[1] !== sig.length - 2) return null;
    const raw = new Uint8Array(64);
    let at = 2;
    for (let k = 0; k < 2; k++) {
      const len = sig[at + 1];
      if (sig[at] !== 0x02 || len < 1 || len > 33 || at + 2 + len > sig.length) return null;
      let v = sig.subarray(at + 2, at + 2 + len);
      if (v[0] & 0x80) return null;
      if (len > 1 && v[0] === 0 && !(v[1] & 0x80)) return null;
      if (v[0] === 0 && len > 1) v = v.subarray(1);
      if (v.length > 32) return null;
      raw.set(v, 32 * (k + 1) - v.length);
      at += 2 + len;
    }
    return at === sig.length ? raw : null;
  }

  /** Is `sig` the key's signature of `data`? Never throws for a bad signature; false for
   *  a key this browser cannot use. */
  async function verifyBytes(publicKey, sig, data) {
    if (!publicKey.key) return false;
    try {
      if (publicKey.algorithm === 'ed25519') {
        return sig.length === 64 && await subtle().verify({ name: 'Ed25519' }, publicKey.key, sig, data);
      }
      const raw = ecdsaRaw(sig);
      return raw !== null
        && await subtle().verify({ name: 'ECDSA', hash: 'SHA-256' }, publicKey.key, raw, data);
    } catch (_) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------
  // The verdict (app/attest/verdict.py)
  // ---------------------------------------------------------------------------------------

  const INTEGRITY = 'integrity';
  const FINDING = 'finding';
  const ALERT = 'alert';
  const CAUTION = 'caution';
  const NOTE = 'note';
  const CLEAR = 'clear';

  class Verdict {
    constructor() {
      this.checks = [];
      this.statement = null;
    }

    /** An integrity check. */
    add(name, passed, reason) {
      this.checks.push({ check: name, passed: Boolean(passed), done: true, reason: String(reason),
        block: INTEGRITY, severity: null, required: false });
      return Boolean(passed);
    }

    passed(name, reason) { return this.add(name, true, reason); }

    failed(name, reason) { return this.add(name, false, reason); }

    /** A finding of `severity`: "passed" when it calls for no attention (note, clear). */
    finding(name, reason, severity, required = false) {
      const clear = severity !== ALERT && severity !== CAUTION;
      this.checks.push({ check: name, passed: clear, done: true, reason: String(reason),
        block: FINDING, severity, required });
      return clear;
    }

    /** A check not made, and why; a finding not made is amber. */
    notDone(name, reason, block = INTEGRITY) {
      this.checks.push({ check: name, passed: true, done: false, reason: String(reason), block,
        severity: block === FINDING ? CAUTION : null, required: false });
    }

    /** Python's Verdict.ok: one integrity check made, and every check that decides holds. */
    get valid() {
      return this.checks.some((c) => c.done && c.block === INTEGRITY)
        && this.checks.every((c) => c.passed || !(c.block === INTEGRITY || c.required));
    }

    /** Python's Verdict.failed_checks: "name: reason; name: reason" of every check that
     *  makes it NOT VALID. */
    failedChecks() {
      return this.checks.filter((c) => !c.passed && (c.block === INTEGRITY || c.required))
        .map((c) => `${c.check}: ${c.reason}`).join('; ');
    }

    /** Python's Verdict.intact: every integrity check holds, and one was made. */
    get intact() {
      const integrity = this.checks.filter((c) => c.block === INTEGRITY);
      return integrity.some((c) => c.done) && integrity.every((c) => c.passed);
    }

    result() {
      return { valid: this.valid, intact: this.intact, checks: this.checks.map((c) => ({ ...c })),
        statement: this.statement };
    }
  }

  // ---------------------------------------------------------------------------------------
  // §1.2 Fingerprint words: the BIP-39 English list (2048 words, "abandon" … "zoo"), front
  // coded: each word is the number of letters it shares with the word before, then the
  // rest of it. Decoded it is the list of Python's `mnemonic` package, whose english.txt
  // has SHA-256 2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda.
  // ---------------------------------------------------------------------------------------

  const BIP39 =
  '0abandon2ility2le2out3ve2sent3orb3tract3urd2use1ccess3ident3ount3use2hieve2id2oustic2quire2ross2' +
  't3ion3or3ress3ual1dapt2d3ict3ress2just2mit2ult2vance3ice1erobic1ffair3ord2raid1gain2e3nt2ree1hea' +
  'd1im2r3port2sle1larm2bum2cohol2ert2ien2l3ey3ow2most2one2pha2ready2so2ter2ways1mateur3zing2ong3un' +
  't2used1nalyst2chor3ient2ger3le3ry2imal2kle2nounce3ual2other2swer2tenna3ique2xiety2y1part2ology2p' +
  'ear3le3rove2ril1rch3tic2ea3na2gue2m3ed3or3y2ound2range3est3ive3ow2t3efact3ist3work1sk2pect2sault' +
  '3et3ist3ume2thma1thlete2om2tack3end3itude3ract1uction2dit2gust2nt2thor3o3umn1verage2ocado3id1wak' +
  'e3re3y2esome2ful2kward1xis0baby2chelor3on2dge2g2lance3cony3l2mboo2nana3ner2r3ely3gain3rel2se3ic3' +
  'ket2ttle1each3n3uty2cause3ome2ef2fore2gin2have3ind2lieve3ow3t2nch3efit2st2tray3ter3ween2yond1icy' +
  'cle2d2ke2nd2ology2rd3th2tter1lack3de3me3nket3st2eak3ss2ind2ood3ssom3use2ue3r3sh1oard3t2dy2il2mb2' +
  'ne3us2ok3st2rder3ing3row2ss2ttom2unce2x2y1racket3in3nd3ss3ve2ead3eze2ick3dge3ef3ght3ng3sk2occoli' +
  '3ken3nze3om3ther3wn2ush1ubble2ddy3get2ffalo2ild2lb3k3let2ndle3ker2rden3ger3st2s3iness3y2tter2yer' +
  '2zz0cabbage3in3le2ctus2ge2ke2ll3m2mera3p2n3al3cel3dy3non3oe3vas3yon2pable3ital3tain2r3bon3d3go3p' +
  'et3ry3t2se3h3ino3tle3ual2t3alog3ch3egory3tle2ught3se3tion2ve1eiling2lery2ment2nsus3tury2real3tai' +
  'n1hair3lk3mpion3nge3os3pter3rge3se3t2eap3ck3ese3f3rry3st2icken3ef3ld3mney2oice3ose2ronic2uckle3n' +
  'k3rn1igar2nnamon2rcle2tizen3y2vil1laim3p3rify3w3y2ean3rk3ver2ick3ent3ff3mb3nic3p2ock3g3se3th3ud3' +
  'wn2ub3mp3ster3tch1oach3st2conut2de2ffee2il3n2llect3or3umn2mbine3e3fort3ic3mon3pany2ncert3duct3fi' +
  'rm3gress3nect3sider3trol3vince2ok3l2pper3y2ral3e3n3rect2st2tton2uch3ntry3ple3rse3sin2ver2yote1ra' +
  'ck3dle3ft3m3ne3sh3ter3wl3zy2eam3dit3ek3w2icket3me3sp3tic2op3ss3uch3wd2ucial3el3ise3mble3nch3sh2y' +
  '3stal1ube2lture2p3board2rious3rent3tain3ve2shion3tom2te1ycle0dad2mage3p2nce3ger2ring2sh2ughter2w' +
  'n2y1eal2bate3ris2cade3ember3ide3line3orate3rease2er2fense3ine3y2gree2lay3iver2mand3ise2nial3tist' +
  '3y2part3end3osit3th3uty2rive2scribe3ert3ign3k3pair3troy2tail3ect2velop3ice3ote1iagram3l3mond3ry2' +
  'ce2esel3t2ffer2gital3nity2lemma2nner3osaur2rect3t2sagree3cover3ease3h3miss3order3play3tance2vert' +
  '3ide3orce2zzy1octor3ument2g2ll3phin2main2nate3key3or2or2se2uble2ve1raft3gon3ma3stic3w2eam3ss2ift' +
  '3ll3nk3p3ve2op2um2y1uck2mb2ne2ring2st2tch3y1warf1ynamic0eager3le2rly3n3th2sily3t3y1cho2ology3nom' +
  'y1dge2it2ucate1ffort1gg1ight2ther1lbow2der2ectric3gant3ment3phant3vator2ite2se1mbark3ody3race2er' +
  'ge2otion2ploy3ower3ty1nable3ct2d3less3orse2emy3rgy2force2gage3ine2hance2joy2list2ough2rich3oll2s' +
  'ure2ter3ire3ry2velope1pisode1qual3ip1ra3se2ode3sion2ror2upt1scape2say3ence2tate1ternal2hics1vide' +
  'nce3l2oke3lve1xact3mple2cess3hange3ite3lude3use2ecute3rcise2haust3ibit2ile3st3t2otic2pand3ect3ir' +
  'e3lain3ose3ress2tend3ra1ye3brow0fabric2ce3ulty2de2int3th2ll3se2me3ily3ous2n3cy3tasy2rm2shion2t3a' +
  'l3her3igue2ult2vorite1eature2bruary2deral2e3d3l2male2nce2stival2tch2ver2w1iber2ction2eld2gure2le' +
  '3m3ter2nal3d3e3ger3ish2re3m3st2scal3h2t3ness2x1lag3me3sh3t3vor2ee2ight3p2oat3ck3or3wer2uid3sh2y1' +
  'oam2cus2g2il2ld3low2od3t2rce3est3get3k3tune3um3ward2ssil3ter2und2x1ragile3me2equent3sh2iend3nge2' +
  'og3nt3st3wn3zen2uit1uel2n3ny2rnace3y2ture0gadget2in2laxy3lery2me2p2rage3bage3den3lic3ment2s3p2te' +
  '3her2uge2ze1eneral3ius3re3tle3uine2sture1host1iant2ft2ggle2nger2raffe3l2ve1lad3nce3re3ss2ide3mps' +
  'e2obe3om3ry3ve3w2ue1oat2ddess2ld2od3se2rilla2spel3sip2vern2wn1rab3ce3in3nt3pe3ss3vity2eat3en2id3' +
  'ef3t2ocery3up3w2unt1uard2ess2ide3lt3tar2n1ym0habit2ir2lf2mmer3ster2nd2ppy2rbor3d3sh3vest2t2ve2wk' +
  '2zard1ead3lth3rt3vy2dgehog2ight2llo3met3p2n2ro1idden2gh2ll2nt2p2re2story1obby2ckey2ld3e3iday3low' +
  '2me2ney2od2pe2rn3ror3se2spital3t2tel2ur2ver1ub2ge2man3ble3or2ndred3gry3t2rdle3ry3t2sband1ybrid0i' +
  'ce2on1dea3ntify2le1gnore1ll3egal3ness1mage2itate2mense3une2pact3ose3rove3ulse1nch3lude3ome3rease' +
  '2dex3icate3oor3ustry2fant3lict3orm2hale3erit2itial2ject3ury2mate2ner3ocent2put2quiry2sane3ect3id' +
  'e3pire3tall2tact3erest3o2vest3ite3olve1ron1sland2olate2sue1tem1vory0jacket2guar2r2zz1ealous3ns2l' +
  'ly2wel1ob2in2ke2urney2y1udge2ice2mp2ngle3ior3k2st0kangaroo1een3p2tchup2y1ick2d3ney2nd3gdom2ss2t3' +
  'chen3e3ten2wi1nee2ife2ock3w0lab3el3or2dder3y2ke2mp2nguage2ptop2rge2ter3in2ugh3ndry2va2w3n3suit2y' +
  'er2zy1eader3f3rn3ve2cture2ft2g3al3end2isure2mon2nd3gth3s2opard2sson2tter2vel1iar2berty3rary2cens' +
  'e2fe3t2ght2ke2mb3it2nk2on2quid2st2ttle2ve2zard1oad3n2bster2cal3k2gic2nely3g2op2ttery2ud3nge2ve2y' +
  'al1ucky2ggage2mber2nar3ch2xury1yrics0machine2d2gic3net2id3l3n2jor2ke2mmal2n3age3date3go3sion3ual' +
  '2ple2rble3ch3gin3ine3ket3riage2sk3s3ter2tch3erial3h3rix3ter2ximum2ze1eadow3n3sure3t2chanic2dal3i' +
  'a2lody3t2mber3ory2ntion3u2rcy3ge3it3ry2sh3sage2tal3hod1iddle3night2lk3lion2mic2nd3imum3or3ute2ra' +
  'cle3ror2sery3s3take2x3ed3ture1obile2del3ify2m3ent2nitor3key3ster3th2on2ral3e3ning2squito2ther3io' +
  'n3or2untain3se2ve3ie1uch2ffin2le3tiply2scle3eum3hroom3ic3t2tual1yself3tery2th0naive2me2pkin2rrow' +
  '2sty2tion3ure1ear2ck2ed2gative3lect2ither2phew2rve2st2t3work2utral2ver2ws2xt1ice2ght1oble2ise2mi' +
  'nee2odle2rmal3th2se2table3e3hing3ice2vel2w1uclear2mber2rse2t0oak1bey2ject2lige2scure3erve2tain2v' +
  'ious1ccur2ean2tober1dor1ff3er3ice2ten1il1kay1ld2ive2ympic1mit1nce2e2ion2line3y1pen3ra2inion2pose' +
  '2tion1range2bit2chard2der3inary2gan2ient3ginal2phan1strich1ther1utdoor3er3put3side1val2en3r1wn3e' +
  'r1xygen1yster1zone0pact2ddle2ge2ir2lace3m2nda3el3ic3ther2per2rade3ent3k3rot3ty2ss2tch3h3ient3rol' +
  '3tern2use2ve2yment1eace3nut3r3sant2lican2n3alty3cil2ople2pper2rfect3mit3son2t1hone3to2rase2ysica' +
  'l1iano2cnic3ture2ece2g3eon2ll3ot2nk2oneer2pe2stol2tch2zza1lace3net3stic3te3y2ease3dge2uck3g3nge1' +
  'oem3t2int2lar3e3ice2nd3y2ol2pular2rtion2sition3sible3t2tato3tery2verty2wder3er1ractice3ise2edict' +
  '3fer3pare3sent3tty3vent2ice3de3mary3nt3ority3son3vate3ze2oblem3cess3duce3fit3gram3ject3mote3of3p' +
  'erty3sper3tect3ud3vide1ublic2dding2ll3p3se2mpkin2nch2pil3py2rchase3ity3pose3se2sh2t2zzle1yramid0' +
  'quality3ntum3rter2estion2ick3t3z2ote0rabbit2ccoon3e3k2dar3io2il3n3se2lly2mp2nch3dom3ge2pid2re2te' +
  '3her2ven2w2zor1eady3l3son2bel3uild2call3eive3ipe3ord3ycle2duce2flect3orm3use2gion3ret3ular2ject2' +
  'lax3ease3ief3y2main3ember3ind3ove2nder3ew3t2open2pair3eat3lace3ort2quire2scue3emble3ist3ource3po' +
  'nse3ult2tire3reat3urn2union2veal3iew2ward1hythm1ib3bon2ce3h2de3ge2fle2ght3id2ng2ot2pple2sk2tual2' +
  'val3er1oad3st2bot3ust2cket2mance2of3kie3m2se2tate2ugh3nd3te2yal1ubber2de2g2le2n3way2ral0sad3dle3' +
  'ness2fe2il2lad3mon3on3t3ute2me3ple2nd2tisfy3oshi2uce3sage2ve2y1cale3n3re3tter2ene2heme3ool2ience' +
  '3ssors2orpion3ut2rap3een3ipt3ub1ea3rch3son3t2cond3ret3tion3urity2ed3k2gment2lect3l2minar2nior3se' +
  '3tence2ries3vice2ssion2ttle3up2ven1hadow3ft3llow3re2ed3ll3riff2ield3ft3ne3p3ver2ock3e3ot3p3rt3ul' +
  'der3ve2rimp3ug2uffle2y1ibling2ck2de2ege2ght3n2lent3k3ly3ver2milar3ple2nce3g2ren2ster2tuate2x2ze1' +
  'kate2etch2i3ll3n3rt2ull1lab3m2eep3nder2ice3de3ght3m2ogan3t3w2ush1mall3rt2ile2oke3oth1nack3ke3p2i' +
  'ff2ow1oap2ccer3ial3k2da2ft2lar3dier3id3ution3ve2meone2ng2on2rry3t2ul3nd3p3rce3th1pace3re3tial3wn' +
  '2eak3cial3ed3ll3nd2here2ice3der3ke3n3rit2lit2oil3nsor3on3rt3t2ray3ead3ing2y1quare3eeze3irrel1tab' +
  'le3dium3ff3ge3irs3mp3nd3rt3te3y2eak3el3m3p3reo2ick3ll3ng2ock3mach3ne3ol3ry3ve2rategy3eet3ike3ong' +
  '3uggle2udent3ff3mble2yle1ubject3mit3way2ccess3h2dden2ffer2gar3gest2it2mmer2n3ny3set2per3ply3reme' +
  '2re3face3ge3prise3round3vey2spect3tain1wallow3mp3p3rm2ear3et2ift3m3ng3tch2ord1ymbol3ptom2rup2ste' +
  'm0table2ckle2g2il2lent3k2nk2pe2rget2sk3te2ttoo2xi1each3m2ll2n3ant3nis3t2rm2st2xt1hank3t2eme3n3or' +
  'y3re3y2ing3s2ought2ree3ive3ow2umb3nder1icket2de2ger2lt2mber3e2ny2p2red2ssue2tle1oast2bacco2day3d' +
  'ler2e2gether2ilet2ken2mato3orrow2ne3gue3ight2ol3th2p3ic3ple2rch3nado3toise2ss2tal2urist2ward3er3' +
  'n2y1rack3de3ffic3gic3in3nsfer3p3sh3vel3y2eat3e3nd2ial3be3ck3gger3m3p2ophy3uble2uck3e3ly3mpet3st3' +
  'th2y1ube2ition2mble2na3nel2rkey3n3tle1welve3nty2ice3n3st2o1ype3ical0ugly1mbrella1nable3ware2cle3' +
  'over2der3o2fair3old2happy2iform3que3t3verse2known2lock2til2usual2veil1pdate2grade2hold2on2per2se' +
  't1rban2ge1sage2e3d3ful3less2ual1tility0vacant3uum2gue2lid3ley3ve2n3ish2por2rious2st2ult1ehicle2l' +
  'vet2ndor3ture3ue2rb3ify3sion3y2ssel2teran1iable2brant2cious3tory2deo2ew2llage2ntage2olin2rtual3u' +
  's2sa3it3ual2tal2vid1ocal2ice3d2lcano3ume2te2yage0wage3on2it2lk3l3nut2nt2rfare3m3rior2sh3p3te2ter' +
  '2ve2y1ealth3pon3r3sel3ther2b2dding2ekend2ird2lcome2st2t1hale3t2eat3el3n3re2ip3sper1ide3th2fe2ld3' +
  'l2n3dow3e3g3k3ner3ter2re2sdom3e3h2tness1olf2man2nder2od3l2rd3k3ld3ry3th1rap2eck3stle2ist3te2ong0' +
  'yard1ear2llow1ou3ng3th0zebra2ro1one2o';

  let wordList = null;

  function bip39Words() {
    if (!wordList) {
      const words = [];
      let previous = '';
      for (const [, shared, rest] of BIP39.matchAll(/([0-9])([a-z]+)/g)) {
        previous = previous.slice(0, Number(shared)) + rest;
        words.push(previous);
      }
      if (words.length !== 2048) throw new Error('TijoriVerify: the BIP-39 word list is damaged');
      wordList = words;
    }
    return wordList;
  }

  /** The eight words of a digest (keys.digest_words): word i is bits 11·i … 11·i + 10 of it,
   *  from its most significant bit, looked up in the BIP-39 English list. */
  function digestWords(hex) {
    if (!isHex64(hex)) {
      throw new Refusal(`${pyRepr(hex)} is not a SHA-256 digest (64 lower-case hex digits)`);
    }
    const words = bip39Words();
    const number = BigInt(`0x${hex.slice(0, 22)}`);   // its first 88 bits
    return Array.from({ length: 8 }, (_, i) => words[Number((number >> big(77 - 11 * i)) & 0x7ffn)]);
  }

  // ---------------------------------------------------------------------------------------
  // §2 DSSE envelopes
  // ---------------------------------------------------------------------------------------

  const STATEMENT_TYPE = 'application/vnd.tijori.statement.v2+json';
  const STATEMENT_TYPE_V1 = 'application/vnd.tijori.statement.v1+json';
  const POLICY_TYPE = 'application/vnd.tijori.policy.v1+json';
  const PROGRAMME_POLICY_TYPE = 'application/vnd.tijori.programme-policy.v1+json';

  /** PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, LEN in bytes. */
  function pae(payloadType, payload) {
    const type = utf8(payloadType);
    return concatBytes(utf8(`DSSEv1 ${type.length} `), type, utf8(` ${payload.length} `), payload);
  }

  /** An envelope's JSON, read strictly (dsse.Envelope.from_json): its payload, payload type
   *  and signatures ({keyid, sig}, keyid "" when it names none), and the PAE they sign. */
  function readEnvelope(obj, source) {
    if (!isDict(obj)) refuse(`${source} is not a DSSE envelope (not a JSON object)`);
    for (const name of ['payload', 'payloadType', 'signatures']) {
      if (!hasOwn(obj, name)) refuse(`${source} is not a DSSE envelope: it has no ${name}`);
    }
    if (typeof obj.payloadType !== 'string') refuse(`${source} has a payloadType that is not a string`);
    const payload = base64Any(obj.payload, `the payload of ${source}`);
    if (!Array.isArray(obj.signatures)) refuse(`${source} has signatures that are not a list`);
    const signatures = obj.signatures.map((item, i) => {
      const where = `signature ${i + 1} of ${source}`;
      if (!isDict(item) || !hasOwn(item, 'sig')) refuse(`${where} is not an object with a sig`);
      const keyid = hasOwn(item, 'keyid') ? item.keyid : '';
      if (typeof keyid !== 'string') refuse(`${where} has a keyid that is not a string`);
      const sig = base64Any(item.sig, where);
      if (!sig.length) refuse(`${where} is empty`);
      return { keyid, sig };
    });
    return { payloadType: obj.payloadType, payload, signatures, pae: pae(obj.payloadType, payload) };
  }

  /** Is `signature` the key's over the envelope's PAE? A signature whose keyid names
   *  another key is refused without being tried (the keyid is an unsigned hint). */
  async function verifySignature(envelope, signature, publicKey) {
    if (signature.keyid && signature.keyid !== publicKey.keyid) return false;
    return verifyBytes(publicKey, signature.sig, envelope.pae);
  }

  // ---------------------------------------------------------------------------------------
  // §3 The trust policy (app/attest/policy.py)
  // ---------------------------------------------------------------------------------------

  const POLICY_SCHEMA = 'tijori.policy.v1';
  const PROGRAMME_SCHEMA = 'tijori.programme-policy.v1';
  const REQUIRED_ROLES = ['admin', 'custodian', 'auditor'];
  const KNOWN_ROLES = [...REQUIRED_ROLES, 'report-signer'];
  /** §13.1: a programme's policy has an operator in place of a custodian. */
  const PROGRAMME_REQUIRED_ROLES = ['admin', 'operator', 'auditor'];
  const PROGRAMME_KNOWN_ROLES = [...PROGRAMME_REQUIRED_ROLES, 'report-signer'];
  /** Which schemas a reader takes (policy.CUSTODIAN_ONLY, policy.ANY_POLICY), and each
   *  schema's payload type. */
  const CUSTODIAN_ONLY = [POLICY_SCHEMA];
  const ANY_POLICY = [POLICY_SCHEMA, PROGRAMME_SCHEMA];
  const POLICY_TYPES = { [POLICY_SCHEMA]: POLICY_TYPE, [PROGRAMME_SCHEMA]: PROGRAMME_POLICY_TYPE };
  /** The longest window a programme may allow between its members' as-of times: 31 days. */
  const MAX_WINDOW_SECONDS = 31 * 86400;
  /** No key may hold two of these (separation of duties). */
  const SEPARATE_ROLES = ['custodian', 'operator', 'auditor', 'report-signer', 'admin'];
  /** The roles whose thresholds an attestation must meet. */
  const ATTESTED_ROLES = ['custodian', 'auditor'];

  /** keys.PublicKey.from_json: a key entry's public key, whose keyid must be its own. */
  async function readPublicKey(raw) {
    for (const name of ['keyid', 'algorithm', 'public_key']) {
      if (typeof get(raw, name) !== 'string') refuse(`the public key has no ${name} string`);
    }
    const key = await importPublicKey(raw.algorithm, base64Strict(raw.public_key, 'the public key'));
    if (key.keyid !== raw.keyid) {
      refuse(`keyid ${raw.keyid} does not match its public key, whose keyid is ${key.keyid}`);
    }
    return key;
  }

  function readRole(raw, name, keys, source) {
    if (!isDict(raw)) refuse(`${source}: role ${name} is malformed`);
    const keyids = get(raw, 'keyids');
    const threshold = get(raw, 'threshold');
    if (!Array.isArray(keyids) || !keyids.every((k) => typeof k === 'string')) {
      refuse(`${source}: role ${name} has no list of keyids`);
    }
    if (new Set(keyids).size !== keyids.length) refuse(`${source}: role ${name} lists a key twice`);
    const unknown = keyids.find((k) => !keys.has(k));
    if (unknown !== undefined) refuse(`${source}: role ${name} names unknown key ${head(unknown, 16)}`);
    if (!isInt(threshold) || threshold < 1) {
      refuse(`${source}: role ${name} needs a threshold of at least 1`);
    }
    if (threshold > keyids.length) {
      refuse(`${source}: role ${name} needs ${threshold} signatures but lists ${keyids.length} keys`);
    }
    return { keyids, threshold: Number(threshold) };
  }

  const validPrevious = (previous, version) => isDict(previous)
    && Object.keys(previous).length === 2 && isHex64(get(previous, 'digest'))
    && isInt(get(previous, 'version')) && big(previous.version) === big(version) - 1n;

  /** An object of exactly these members. */
  const exactly = (obj, names) => Object.keys(obj).length === names.length
    && names.every((name) => hasOwn(obj, name));
  /** Python's str.isspace characters, which str.strip() takes off. */
  const PY_SPACE = '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000';
  const PY_BLANK = new RegExp(`^[${PY_SPACE}]*$`);

  /** policy._check_programme: a programme policy's members (at least one, each {name,
   *  policy: {digest, version}}, names and digests distinct) and its window. */
  function programmeTerms(obj, source) {
    const pinned = get(obj, 'members');
    const seconds = get(obj, 'window_seconds');
    if (!Array.isArray(pinned) || !pinned.length) refuse(`${source} names no member custodian`);
    const names = new Set();
    const digests = new Set();
    pinned.forEach((member, i) => {
      const policy = isDict(member) ? get(member, 'policy') : undefined;
      if (!(isDict(member) && exactly(member, ['name', 'policy'])
        && typeof member.name === 'string' && !PY_BLANK.test(member.name)
        && isDict(policy) && exactly(policy, ['digest', 'version']) && isHex64(policy.digest)
        && isInt(policy.version) && policy.version >= 1)) {
        refuse(`${source}: member ${i + 1} is not {name, policy: {digest, version}}`);
      }
      if (names.has(member.name) || digests.has(policy.digest)) {
        refuse(`${source}: member ${member.name} is named twice, or its policy is another member's`);
      }
      names.add(member.name);
      digests.add(policy.digest);
    });
    if (!(isInt(seconds) && seconds >= 1 && seconds <= MAX_WINDOW_SECONDS)) {
      refuse(`${source}: window_seconds is not a whole number of seconds from 1 to `
        + `${MAX_WINDOW_SECONDS}`);
    }
    return { members: pinned.map((m) => ({ name: m.name, digest: m.policy.digest,
      version: m.policy.version })), windowSeconds: Number(seconds) };
  }

  /** Policy.from_payload, for a policy of one of `schemas` (a custodian's, by default):
   *  every key usable (imported now), every role well formed, the link to the version it
   *  replaces well formed; a programme's members and window (§13.1). */
  async function readPolicy(payload, source, schemas = CUSTODIAN_ONLY) {
    const obj = readJSON(payload, source).value;
    const schema = get(obj, 'schema');
    if (schema === PROGRAMME_SCHEMA && !schemas.includes(schema)) {
      refuse(`${source} is a programme's policy, not a custodian's`);
    }
    if (!schemas.includes(schema)) refuse(`${source} is not a ${POLICY_SCHEMA} trust policy`);
    const programme = schema === PROGRAMME_SCHEMA;
    const required = programme ? PROGRAMME_REQUIRED_ROLES : REQUIRED_ROLES;
    const known = programme ? PROGRAMME_KNOWN_ROLES : KNOWN_ROLES;
    const version = get(obj, 'version');
    if (!isInt(version) || version < 1) refuse(`${source} has no valid version number`);
    const expiresAt = parseTime(get(obj, 'expires'), `${source} expiry`);
    const rawKeys = get(obj, 'keys');
    if (!isDict(rawKeys)) refuse(`${source} lists no keys`);
    const keys = new Map();
    for (const keyid of Object.keys(rawKeys)) {
      const raw = rawKeys[keyid];
      if (!isDict(raw)) refuse(`${source}: key ${keyid} is malformed`);
      let publicKey;
      try {
        publicKey = await readPublicKey(raw);
      } catch (e) {
        if (e instanceof Refusal) refuse(`${source}: key ${head(keyid, 16)} is unusable: ${e.message}`);
        throw e;
      }
      if (publicKey.keyid !== keyid) refuse(`${source}: key ${keyid} does not match its public key`);
      const from = parseTime(get(raw, 'valid_from'), `${source}: key ${keyid} valid_from`);
      const until = parseTime(get(raw, 'valid_until'), `${source}: key ${keyid} valid_until`);
      keys.set(keyid, { public: publicKey, name: hasOwn(raw, 'name') ? pyStr(raw.name) : '',
        validFrom: raw.valid_from, validUntil: raw.valid_until, from, until });
    }
    const rawRoles = get(obj, 'roles');
    if (!isDict(rawRoles)) refuse(`${source} defines no roles`);
    const roles = new Map();
    for (const name of Object.keys(rawRoles)) {
      if (!known.includes(name)) refuse(`${source}: unknown role ${pyRepr(name)}`);
      roles.set(name, readRole(rawRoles[name], name, keys, source));
    }
    const missing = required.filter((role) => !roles.has(role));
    if (missing.length) refuse(`${source} lacks the role(s) ${missing.join(', ')}`);
    const previous = get(obj, 'previous');
    if (!isNone(previous) && !validPrevious(previous, version)) {
      refuse(`${source}: previous is not the {digest, version} of version ${big(version) - 1n}`);
    }
    const terms = programme ? programmeTerms(obj, source) : { members: null, windowSeconds: null };
    return { schema, name: hasOwn(obj, 'name') ? pyStr(obj.name) : '', version,
      expires: obj.expires, expiresAt, keys, roles, previous: isNone(previous) ? null : previous,
      ...terms };
  }

  /** load_policy_envelope: a policy file of one of `schemas` (a custodian's, by default),
   *  or a Refusal. */
  async function loadPolicyEnvelope(input, source, schemas = CUSTODIAN_ONLY) {
    const envelope = readEnvelope(inputJSON(input, source), source);
    if (!schemas.some((schema) => POLICY_TYPES[schema] === envelope.payloadType)) {
      if (envelope.payloadType === PROGRAMME_POLICY_TYPE) {
        refuse(`${source} is a programme's policy, not a custodian's`);
      }
      refuse(`${source} is not a trust policy (payload type ${envelope.payloadType})`);
    }
    const policy = await readPolicy(envelope.payload, source, schemas);
    if (POLICY_TYPES[policy.schema] !== envelope.payloadType) {
      refuse(`${source}: payload type ${envelope.payloadType} does not match its schema `
        + `${policy.schema}`);
    }
    return { envelope, policy, digest: await sha256Hex(envelope.payload) };
  }

  /** Every key that holds two or more of SEPARATE_ROLES, by keyid, with its roles. */
  function roleOverlaps(policy) {
    const held = new Map();
    for (const role of SEPARATE_ROLES) {
      for (const keyid of new Set(policy.roles.has(role) ? policy.roles.get(role).keyids : [])) {
        if (!held.has(keyid)) held.set(keyid, []);
        held.get(keyid).push(role);
      }
    }
    return [...held.keys()].sort(cmpCodePoints).filter((k) => held.get(k).length > 1).map((keyid) => {
      const name = policy.keys.has(keyid) ? policy.keys.get(keyid).name : '';
      const who = name ? `${name} (key ${head(keyid, 16)})` : `key ${head(keyid, 16)}`;
      return `${who} is ${listed(held.get(keyid))}`;
    });
  }

  /** Policy.key_problem: why the key may not sign at `when`, or null. */
  function keyProblem(policy, keyid, when) {
    const entry = policy.keys.get(keyid);
    if (!entry) return 'is not in the policy';
    if (when < entry.from) return `is not valid before ${entry.validFrom}`;
    if (when > entry.until) return `expired at ${entry.validUntil}`;
    return null;
  }

  /** count_signatures: each signature of a key of `role` checked and recorded (a key valid at
   *  every moment, [what, when], and its signature verifies), then the role's threshold. */
  async function countSignatures(envelope, policy, role, moments, verdict, label) {
    const spec = policy.roles.get(role);
    if (!spec) {
      verdict.failed(`${label}: role ${role}`, `the policy has no role ${role}`);
      return { met: false };
    }
    const good = [];
    for (const signature of envelope.signatures) {
      if (!spec.keyids.includes(signature.keyid) || good.includes(signature.keyid)) continue;
      const entry = policy.keys.get(signature.keyid);
      const who = `${entry.name || 'key'} ${head(signature.keyid, 16)}`;
      let problem = null;
      for (const [what, moment] of moments) {
        problem = keyProblem(policy, signature.keyid, moment);
        if (problem) {
          problem = `the key ${problem}${what ? ` (at ${what} ${formatTime(moment)})` : ''}`;
          break;
        }
      }
      if (!problem && !(await verifySignature(envelope, signature, entry.public))) {
        problem = entry.public.key ? 'the signature does not verify'
          : `the signature cannot be checked: this browser's Web Crypto has no ${
            entry.public.algorithm === 'ed25519' ? 'Ed25519' : 'ECDSA P-256'}`;
      }
      if (problem) {
        verdict.failed(`${label}: signature by ${who}`, problem);
        continue;
      }
      good.push(signature.keyid);
      verdict.passed(`${label}: signature by ${who}`, `valid ${role} signature`);
    }
    const met = spec.threshold > 0 && good.length >= spec.threshold;
    verdict.add(`${label}: ${role} threshold`, met,
      `${good.length} of ${spec.threshold} required ${role} signature(s)`);
    return { met };
  }

  /** §8 step 1 (verify_policy, no pinned version): is the trusted policy, of one of
   *  `schemas`, valid now? Returns {envelope, policy, digest}, also when it fails a check
   *  (every reason is shown), or null when it cannot be read. */
  async function trustedPolicy(input, now, verdict, schemas = CUSTODIAN_ONLY) {
    let envelope;
    let policy;
    try {
      envelope = readEnvelope(inputJSON(input, 'policy'), 'policy');
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('policy format', e.message);
      return null;
    }
    if (!schemas.some((schema) => POLICY_TYPES[schema] === envelope.payloadType)) {
      verdict.failed('policy type', envelope.payloadType === PROGRAMME_POLICY_TYPE
        ? "policy is a programme's policy, not a custodian's"
        : `payload type is ${envelope.payloadType}`);
      return null;
    }
    try {
      policy = await readPolicy(envelope.payload, 'policy', schemas);
      if (POLICY_TYPES[policy.schema] !== envelope.payloadType) {
        refuse(`payload type ${envelope.payloadType} does not match the schema ${policy.schema}`);
      }
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('policy format', e.message);
      return null;
    }
    verdict.passed('policy format', `${policy.schema}, version ${policy.version}`);
    const overlaps = roleOverlaps(policy);
    verdict.add('policy roles', !overlaps.length, overlaps.length
      ? `no key may hold two of the roles ${listed(SEPARATE_ROLES)}: ${overlaps.join('; ')}`
      : `${listed(SEPARATE_ROLES.filter((r) => policy.roles.has(r)))} are held by separate keys`);
    const current = now <= policy.expiresAt;
    verdict.add('policy expiry', current,
      current ? `expires ${policy.expires}` : `expired at ${policy.expires}`);
    // Signatures of keys the policy does not list as admins count for nothing here
    // (a successor carries its predecessor's admins' signatures).
    await countSignatures(envelope, policy, 'admin', [['', now]], verdict, 'policy');
    return { envelope, policy, digest: await sha256Hex(envelope.payload) };
  }

  /** policy_chain: from the trusted policy back to the version of `digest`, through the
   *  `previous` link of each version, each step a signed rotation (the newer envelope
   *  carries the older version's admin threshold, keys valid at its expiry or now). */
  async function policyChain(trusted, older, digest, now) {
    const byDigest = new Map();
    for (const file of older) if (!byDigest.has(file.digest)) byDigest.set(file.digest, file);
    let current = trusted;
    const steps = [current.policy.version];
    while (current.digest !== digest) {
      const version = current.policy.version;
      const link = current.policy.previous;
      if (!link) {
        return { policy: null, steps, problem: `policy version ${version} does not name the version `
          + 'it replaces, so older versions cannot be reached from your trusted policy' };
      }
      const found = byDigest.get(link.digest);
      if (!found) {
        return { policy: null, steps, problem: `policy version ${link.version} (digest `
          + `${link.digest.slice(0, 16)}…), which version ${version} replaces, was not given: `
          + 'add its file with another --policy' };
      }
      const olderPolicy = found.policy;
      if (big(olderPolicy.version) !== big(version) - 1n) {
        return { policy: null, steps, problem: `the policy of digest ${link.digest.slice(0, 16)}… is `
          + `version ${olderPolicy.version}, not ${big(version) - 1n}` };
      }
      const when = now < olderPolicy.expiresAt ? now : olderPolicy.expiresAt;
      const counted = await countSignatures(current.envelope, olderPolicy, 'admin', [['', when]],
        new Verdict(), 'rotation');
      if (!counted.met) {
        return { policy: null, steps, problem: `policy version ${version} does not carry the admin `
          + `threshold of version ${olderPolicy.version}: it is no signed rotation of it` };
      }
      current = found;
      steps.push(olderPolicy.version);
    }
    return { policy: current.policy, steps };
  }

  // ---------------------------------------------------------------------------------------
  // §4.4 The statement, read strictly (app/attest/statement.py)
  // ---------------------------------------------------------------------------------------

  const STATEMENT_SCHEMA = 'tijori.statement.v2';
  const STATEMENT_SCHEMA_V1 = 'tijori.statement.v1';
  const NO_SUPPLY = 'no supply recorded';
  const NOT_IN_SCOPE = 'not covered by this attestation';
  const COVERAGE_PLACES = 6;
  const RATIO = /^(?!-0\.0+$)-?(?:0|[1-9][0-9]*)\.[0-9]{6}$/;
  const STATEMENT_MEMBERS = ['schema', 'attestation_id', 'created', 'as_of', 'custodian', 'sites',
    'tree', 'totals', 'tokens', 'journal', 'previous', 'policy', 'scope', 'sequence'];
  const SITE_MEMBERS = ['code', 'name', 'kind', 'jurisdiction', 'operator'];
  const TOTAL_MEMBERS = ['commodity', 'unit', 'quantity'];
  const TOKEN_MEMBERS = ['symbol', 'commodity', 'per_token', 'supply', 'supply_as_of',
    'supply_source', 'reserves', 'required', 'coverage', 'covered', 'shortfall'];
  const AMOUNT_MEMBERS = ['quantity', 'unit'];
  const V1_REFUSED = 'a version 1 statement (tijori.statement.v1) must be verified with '
    + '`tijori verify`: this verifier reads version 2 statements only';

  /** One problem with a statement's shape, as a sentence naming the member by its path. */
  class Shape extends Error {}
  const misshapen = (message) => { throw new Shape(message); };

  /** A value as a problem shows it: its repr, cut at 60 characters. */
  function shown(value) {
    const chars = Array.from(pyRepr(value));
    return chars.length <= 60 ? chars.join('') : `${chars.slice(0, 57).join('')}...`;
  }

  /** An object with exactly `members` (and perhaps some of `optional`). */
  function members(obj, where, required, optional = []) {
    if (!isDict(obj)) misshapen(`${where} is not a JSON object`);
    const missing = required.find((name) => !hasOwn(obj, name));
    if (missing !== undefined) misshapen(`${where} lacks the member ${pyRepr(missing)}`);
    const unknown = Object.keys(obj).filter((n) => !required.includes(n) && !optional.includes(n));
    if (unknown.length) {
      misshapen(`${where} has the unknown member ${pyRepr(unknown.sort(cmpCodePoints)[0])}, which `
        + 'FORMAT.md §4.4 does not allow');
    }
    return obj;
  }

  function text(obj, name, where, { nullable = false, pattern = null, what = 'a string' } = {}) {
    const value = obj[name];
    if (value === null && nullable) return;
    if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
      misshapen(`${where}.${name} is not ${what}: ${shown(value)}`);
    }
  }

  function decimalMember(obj, name, where, nullable = false) {
    const value = obj[name];
    if (value === null && nullable) return;
    if (!isDecimalString(value)) {
      misshapen(`${where}.${name} is not a decimal string of the format: ${shown(value)}`);
    }
  }

  function time(obj, name, where, nullable = false) {
    text(obj, name, where, { nullable, pattern: TIME, what: 'an RFC 3339 UTC time' });
    if (obj[name] === null) return;
    try {   // a real day and time too: no 30 February, no hour 24
      parseTime(obj[name], `${where}.${name}`);
    } catch (e) {
      if (e instanceof Refusal) misshapen(e.message);
      throw e;
    }
  }

  function list(value, where) {
    if (!Array.isArray(value)) misshapen(`${where} is not a JSON array`);
    return value;
  }

  function amount(value, where, nullable = false) {
    if (value === null && nullable) return;
    members(value, where, AMOUNT_MEMBERS);
    decimalMember(value, 'quantity', where);
    text(value, 'unit', where);
  }

  const countAtLeast1 = (v) => isCount(v) && v >= 1;
  const ascending = (values) => values.every((v, i) => i === 0 || cmpCodePoints(values[i - 1], v) < 0);

  /** A token entry of §4.4; of a programme statement (§13.4) as of version 1: no scope, so
   *  no token outside it. */
  function token(t, where, version = 2) {
    members(t, where, TOKEN_MEMBERS, ['note']);
    for (const name of ['symbol', 'commodity', 'supply_source']) text(t, name, where);
    amount(t.per_token, `${where}.per_token`);
    decimalMember(t, 'supply', where, true);
    time(t, 'supply_as_of', where, true);
    amount(t.reserves, `${where}.reserves`, version >= 2 && get(t, 'note') === NOT_IN_SCOPE);
    amount(t.required, `${where}.required`, true);
    text(t, 'coverage', where, { nullable: true, pattern: RATIO,
      what: `a decimal string with ${COVERAGE_PLACES} places` });
    if (typeof t.covered !== 'boolean') misshapen(`${where}.covered is not true or false`);
    decimalMember(t, 'shortfall', where, true);
    const notes = version >= 2 ? [NO_SUPPLY, NOT_IN_SCOPE] : [NO_SUPPLY];
    if (hasOwn(t, 'note') && !notes.includes(t.note)) {
      misshapen(`${where}.note is not ${notes.map(pyRepr).join(' or ')}`);
    }
  }

  /** The members version 2 adds: policy, scope, sequence. */
  function version2(obj, sites) {
    const policy = members(obj.policy, 'policy', ['digest', 'version']);
    if (!isHex64(policy.digest)) misshapen('policy.digest is not 64 lower-case hex digits');
    if (!countAtLeast1(policy.version)) misshapen('policy.version is not a version number (1 or more)');
    const scope = members(obj.scope, 'scope', ['sites', 'commodities', 'complete']);
    for (const name of ['sites', 'commodities']) {
      const values = list(scope[name], `scope.${name}`);
      if (!values.every((v) => typeof v === 'string') || !ascending(values)) {
        misshapen(`scope.${name} is not a sorted list of distinct names`);
      }
    }
    if (typeof scope.complete !== 'boolean') misshapen('scope.complete is not true or false');
    const codes = sites.filter(isDict).map((site) => site.code).sort(cmpCodePoints);
    if (!deepEqual(scope.sites, codes)) misshapen("scope.sites are not the codes of the statement's sites");
    // A complete scope covers every commodity of the totals and tokens, and names them all.
    const named = [...new Set([...obj.totals, ...obj.tokens].map((t) => t.commodity))]
      .sort(cmpCodePoints);
    if (scope.complete && !deepEqual(scope.commodities, named)) {
      misshapen('scope.commodities are not every commodity of the totals and tokens, which a '
        + 'complete scope covers');
    }
    if (!countAtLeast1(obj.sequence)) misshapen('sequence is not a count of at least 1');
    const sequence = big(obj.sequence);
    const previous = obj.previous;
    if (previous === null && sequence !== 1n) {
      misshapen(`sequence is ${sequence} but the statement names no previous attestation: only the `
        + 'first of a series (sequence 1) names none');
    }
    if (previous !== null) {
      const before = previous.sequence;
      if (before !== null && (!countAtLeast1(before) || big(before) + 1n !== sequence)) {
        misshapen(`sequence is ${sequence} but the previous attestation's is ${pyRepr(before)}: `
          + "each is the previous one's plus 1");
      }
      if (before === null && sequence < 2n) {
        misshapen('sequence is 1 but the statement names a previous attestation');
      }
    }
  }

  /** _shape: the first member of a version 2 statement that FORMAT §4.4 does not allow. */
  function shape(obj) {
    const top = 'the statement';
    members(obj, top, STATEMENT_MEMBERS, ['audit']);
    if (hasOwn(obj, 'audit')) {
      const audit = members(obj.audit, 'audit', ['nonce_commitment']);
      if (!isHex64(audit.nonce_commitment)) {
        misshapen('audit.nonce_commitment is not 64 lower-case hex digits');
      }
    }
    text(obj, 'attestation_id', top);
    time(obj, 'created', top);
    time(obj, 'as_of', top);
    members(obj.custodian, 'custodian', ['name', 'ledger_id']);
    text(obj.custodian, 'name', 'custodian', { pattern: /^[\s\S]+$/, what: 'a name' });
    text(obj.custodian, 'ledger_id', 'custodian');
    const sites = list(obj.sites, 'sites');
    sites.forEach((site, i) => {
      members(site, `sites[${i}]`, SITE_MEMBERS);
      for (const name of SITE_MEMBERS) text(site, name, `sites[${i}]`);
    });
    const tree = members(obj.tree, 'tree', ['size', 'root', 'hashing']);
    if (!isCount(tree.size)) misshapen('tree.size is not a count');
    if (!isHex64(tree.root)) misshapen('tree.root is not 64 lower-case hex digits');
    if (tree.hashing !== 'RFC 9162 SHA-256') misshapen("tree.hashing is not 'RFC 9162 SHA-256'");
    let before = null;
    list(obj.totals, 'totals').forEach((total, i) => {
      const where = `totals[${i}]`;
      members(total, where, TOTAL_MEMBERS);
      text(total, 'commodity', where);
      text(total, 'unit', where);
      decimalMember(total, 'quantity', where);
      const order = before === null ? 1
        : cmpCodePoints(total.commodity, before.commodity) || cmpCodePoints(total.unit, before.unit);
      if (order <= 0) {
        misshapen(`${where} is not after totals[${i - 1}]: totals are sorted by commodity, then `
          + 'unit, one per commodity and unit');
      }
      before = total;
    });
    list(obj.tokens, 'tokens').forEach((t, i) => token(t, `tokens[${i}]`));
    const journal = members(obj.journal, 'journal', ['size', 'root', 'head', 'consistency']);
    if (!isCount(journal.size)) misshapen('journal.size is not a count');
    if (!isHex64(journal.root)) misshapen('journal.root is not 64 lower-case hex digits');
    text(journal, 'head', 'journal');
    const consistency = journal.consistency;
    if (consistency !== null) {
      members(consistency, 'journal.consistency', ['from_size', 'proof']);
      if (!countAtLeast1(consistency.from_size)) {
        misshapen('journal.consistency.from_size is not a count of at least 1');
      }
      if (!list(consistency.proof, 'journal.consistency.proof').every(isHex64)) {
        misshapen('journal.consistency.proof is not a list of 64-hex-digit hashes');
      }
    }
    const previous = obj.previous;
    if (previous !== null) {
      members(previous, 'previous', ['attestation_id', 'as_of', 'digest', 'sequence']);
      text(previous, 'attestation_id', 'previous');
      time(previous, 'as_of', 'previous');
      if (!isHex64(previous.digest)) misshapen('previous.digest is not 64 lower-case hex digits');
    }
    version2(obj, sites);
  }

  /** Statement.from_payload: the payload read as a statement of exactly the shape of §4.4
   *  (version 2), of the version its envelope's payload type names (given one), and in
   *  canonical JSON (its bytes are RFC 8785 of what they say). Returns the statement. */
  function readStatement(payload, where, payloadType) {
    const { value: obj, text: json } = readJSON(payload, where);
    const schema = get(obj, 'schema');
    if (schema !== STATEMENT_SCHEMA && schema !== STATEMENT_SCHEMA_V1) {
      refuse(`${where} is not a ${STATEMENT_SCHEMA} statement`);
    }
    if (schema === STATEMENT_SCHEMA_V1) refuse(`${where}: ${V1_REFUSED}`);
    try {
      shape(obj);
    } catch (e) {
      if (e instanceof Shape) refuse(`${where}: ${e.message}`);
      throw e;
    }
    if (payloadType !== null && payloadType !== STATEMENT_TYPE) {
      refuse(`${where}: a ${STATEMENT_SCHEMA} statement in an envelope of payload type `
        + `${pyRepr(payloadType)}`);
    }
    let again;
    try {
      again = canonical(obj);
    } catch (e) {
      if (e instanceof Refusal) {
        refuse(`${where}: the statement is not in canonical JSON (RFC 8785): ${e.message}`);
      }
      throw e;
    }
    if (again !== json) {
      refuse(`${where}: the statement is not in canonical JSON (RFC 8785): its bytes are not the `
        + 'canonical encoding of what they say');
    }
    return obj;
  }

  /** statement.coverage_again: each token entry recomputed from the statement's own totals,
   *  scope (null: none, as a programme statement's, §13.4) and the entry's token and
   *  supply, exactly (FORMAT §4.4). */
  function coverageAgain(body, scope = body.scope) {
    const reserves = new Map();
    for (const t of body.totals) reserves.set(JSON.stringify([t.commodity, t.unit]), decimal(t.quantity));
    return body.tokens.map((t) => {
      const unit = t.per_token.unit;
      const have = reserves.get(JSON.stringify([t.commodity, unit])) || { c: 0n, s: 0 };
      const perToken = decimal(t.per_token.quantity);
      const supply = t.supply === null ? null : decimal(t.supply);
      const outside = scope !== null && !(scope.complete || scope.commodities.includes(t.commodity));
      const entry = { symbol: t.symbol, commodity: t.commodity,
        per_token: { quantity: decimalString(perToken), unit },
        supply: supply === null ? null : decimalString(supply),
        supply_as_of: t.supply_as_of, supply_source: t.supply_source || '',
        reserves: outside ? null : { quantity: decimalString(have), unit } };
      if (outside || supply === null) {
        return Object.assign(entry, { required: null, coverage: null, covered: false,
          shortfall: null, note: outside ? NOT_IN_SCOPE : NO_SUPPLY });
      }
      const required = product(supply, perToken);
      entry.required = { quantity: decimalString(required), unit };
      if (required.c === 0n) return Object.assign(entry, { coverage: null, covered: true, shortfall: '0' });
      const order = compare(have, required);
      return Object.assign(entry, { coverage: decimalString(ratioDown(have, required, COVERAGE_PLACES)),
        covered: order >= 0, shortfall: order > 0 ? '0' : decimalString(difference(required, have)) });
    });
  }

  // How a shortfall is worded (app/services/figures.py shortfall_reason, app/reporting/text.py)
  const UNIT_SYMBOLS = { m3: 'm³', Sm3: 'Sm³', Nm3: 'Nm³' };
  const unitSymbol = (unit) => {
    const u = isNone(unit) ? '' : pyStr(unit);
    return hasOwn(UNIT_SYMBOLS, u) ? UNIT_SYMBOLS[u] : u;
  };
  const amountText = (quantity, unit) => `${groupDigits(quantity)} ${unitSymbol(unit)}`;
  const ofAmount = (entry) => (isDict(entry) && !isNone(get(entry, 'quantity'))
    ? amountText(pyStr(entry.quantity), get(entry, 'unit') ?? '') : null);

  /** "1.043160" as a percentage, "104.3160": the point moved two places, exactly. */
  function percent(ratio) {
    if (isNone(ratio) || !isDecimalString(pyStr(ratio))) return null;
    const d = decimal(pyStr(ratio));
    return groupDigits(decimalString({ c: d.c, s: d.s - 2 }));
  }

  function shortfallReason(t) {
    const reserves = ofAmount(t.reserves) || 'none';
    const required = ofAmount(t.required) || 'nothing stated';
    const ratio = percent(t.coverage);
    const perUnit = isDict(t.per_token) ? (get(t.per_token, 'unit') ?? '') : '';
    const short = isNone(t.shortfall) ? '' : `: short by ${amountText(pyStr(t.shortfall), perUnit)}`;
    return `the signed statement says reserves of ${reserves}`
      + `${ratio !== null ? ` cover ${ratio} % of` : ' against'} the ${required} its supply requires${short}`;
  }

  // ---------------------------------------------------------------------------------------
  // §8 Verifying an attestation, step by step (app/services/verifying.py)
  // ---------------------------------------------------------------------------------------

  /** Step 2: the envelope, its payload type, and the statement read strictly; null (with
   *  the failure recorded) when it cannot be read. */
  function readAttestation(input, source, verdict) {
    let envelope;
    try {
      envelope = readEnvelope(inputJSON(input, source), source);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('envelope', e.message);
      return null;
    }
    if (envelope.payloadType !== STATEMENT_TYPE && envelope.payloadType !== STATEMENT_TYPE_V1) {
      verdict.failed('envelope', `payload type ${pyRepr(envelope.payloadType)} is not a statement`);
      return null;
    }
    let body;
    try {
      body = readStatement(envelope.payload, `${source} statement`, envelope.payloadType);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('statement', e.message);
      return null;
    }
    verdict.passed('statement', `attestation ${body.attestation_id} as of ${body.as_of}, number `
      + `${body.sequence} of its series (${STATEMENT_SCHEMA})`);
    return { envelope, body };
  }

  /** Step 3: the policy the statement names, reached from the trusted one; null (with the
   *  failure recorded) when it cannot be. */
  async function madeUnder(body, trust, trusted, verdict) {
    const named = body.policy.version;
    const digest = body.policy.digest;
    const yours = trusted.policy.version;
    if (big(named) > big(yours)) {
      verdict.failed('policy binding', `made under policy version ${named}, newer than yours (version `
        + `${yours}): update your trusted policy`);
      return null;
    }
    const older = [];
    for (const [i, input] of trust.olderPolicies.entries()) {
      try {
        older.push(await loadPolicyEnvelope(input, `older policy ${i + 1}`));
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;   // not a policy: it cannot be on the path
      }
    }
    const chain = await policyChain(trusted, older, digest, trust.now);
    if (!chain.policy) {
      verdict.failed('policy binding', `made under policy version ${named} (digest `
        + `${digest.slice(0, 16)}…), which cannot be reached from your trusted policy (version `
        + `${yours}): ${chain.problem}`);
      return null;
    }
    if (big(chain.policy.version) !== big(named)) {
      verdict.failed('policy binding', `names policy version ${named}, but the policy of that digest `
        + `is version ${chain.policy.version}`);
      return null;
    }
    if (chain.steps.length === 1) {
      verdict.passed('policy binding', `made under your trusted policy (version ${yours}, digest `
        + `${digest.slice(0, 16)}…)`);
    } else {
      verdict.passed('policy binding', `made under policy version ${named}, reached from your trusted `
        + `version ${yours} through ${chain.steps.length - 1} signed rotation(s)`);
      const inForce = parseTime(body.created, 'created') <= chain.policy.expiresAt;
      verdict.add('policy in force', inForce, inForce
        ? `version ${named} was in force when the statement was made`
        : `version ${named} had expired (${chain.policy.expires}) when the statement was made `
          + `(${body.created})`);
    }
    return chain.policy;
  }

  /** Step 4: the as-of and the creation time against the verifier's clock, the age (a
   *  finding; with a maximum age, a required one). Returns when each key must be valid. */
  function times(body, now, maxAge, verdict) {
    const asOf = parseTime(body.as_of, 'as_of');
    const created = parseTime(body.created, 'created');
    const future = [['as-of', asOf], ['creation time', created]]
      .filter(([, moment]) => inFuture(moment, now)).map(([name]) => name);
    const clock = formatTime(now);
    verdict.add('time', !future.length && asOf <= created,
      future.length > 1 ? `its ${listed(future)} are in the future (your clock says ${clock})`
        : future.length ? `its ${future[0]} is in the future (your clock says ${clock})`
          : asOf > created ? `the as-of ${body.as_of} is after the statement was made (${body.created})`
            : 'as-of and creation time are in the past, in order');
    const age = now - asOf;
    const said = `as of ${formatTime(asOf)}: ${describeAge(age)} old`;
    if (maxAge === null) {
      verdict.finding('age', said, NOTE);   // stated, not judged
    } else if (age <= maxAge) {
      verdict.finding('age', `${said}, within the ${describeAge(maxAge)} allowed (--max-age)`, CLEAR,
        true);
    } else {   // the verifier asked for at most maxAge: older fails the verdict
      verdict.finding('age', `${said}, older than the ${describeAge(maxAge)} allowed (--max-age)`, ALERT,
        true);
    }
    return [['the as-of', asOf], ["the statement's creation", created]];
  }

  /** Step 5: every signature matched to a key of the policy (§2: a keyless one to the
   *  custodian or auditor key it verifies under), none by a key outside it, then each
   *  role's signatures by keys valid at the as-of and at the creation, and its threshold. */
  async function signatures(envelope, policy, moments, verdict) {
    const candidates = new Map();
    for (const role of ATTESTED_ROLES) {
      for (const keyid of policy.roles.has(role) ? policy.roles.get(role).keyids : []) {
        candidates.set(keyid, policy.keys.get(keyid).public);
      }
    }
    const kept = [];
    const unmatched = [];
    for (const [i, signature] of envelope.signatures.entries()) {
      if (signature.keyid) { kept.push(signature); continue; }
      let match = null;
      for (const candidate of candidates.values()) {
        if (await verifySignature(envelope, signature, candidate)) { match = candidate; break; }
      }
      if (match) kept.push({ keyid: match.keyid, sig: signature.sig }); else unmatched.push(i + 1);
    }
    for (const number of unmatched) {
      verdict.failed(`attestation: signature ${number} (no keyid)`,
        `no ${ATTESTED_ROLES.join(' or ')} key of the trust policy verifies it`);
    }
    const named = { ...envelope, signatures: kept };
    for (const signature of named.signatures) {   // a claim of an authority the policy never gave
      if (!policy.keys.has(signature.keyid)) {
        verdict.failed(`attestation: signature by ${head(signature.keyid, 16)}`,
          'the key is not in the trust policy');
      }
    }
    for (const role of ATTESTED_ROLES) {
      await countSignatures(named, policy, role, moments, verdict, 'attestation');
    }
  }

  /** Step 6, the scope: a finding. */
  function scopeFinding(scope, verdict) {
    const sites = scope.sites.join(', ') || 'no site';
    verdict.finding('scope', scope.complete ? `every holding of the ledger (sites ${sites})`
      : `sites ${sites} only, not every holding of the ledger; commodities covered completely: `
        + `${scope.commodities.join(', ') || 'none'}`, scope.complete ? CLEAR : CAUTION);
  }

  /** Step 6, the token entries recomputed, then what the statement says of each token. */
  function coverageCheck(body, verdict) {
    let again;
    try {
      again = coverageAgain(body);
    } catch (e) {
      verdict.failed('coverage', `the token section is malformed: ${e.message}`);
      return;
    }
    const agrees = deepEqual(again, body.tokens);
    verdict.add('coverage', agrees, agrees ? 'coverage recomputed from the totals agrees'
      : 'the stated coverage does not follow from the stated totals');
    for (const t of body.tokens) {
      if (get(t, 'note') === NOT_IN_SCOPE) {
        verdict.finding(`token ${t.symbol}`, 'not covered by this attestation: its scope does not '
          + `hold every ${t.commodity} of the ledger`, CAUTION);
      } else if (isNone(t.supply)) {
        verdict.finding(`token ${t.symbol}`, 'no supply recorded: its coverage cannot be shown', CAUTION);
      } else if (!t.covered) {
        verdict.finding(`shortfall ${t.symbol}`, shortfallReason(t), ALERT);
      }
    }
  }

  /** Every check of §8 for one attestation (no leaves, no previous attestation). */
  async function checkAttestation(input, source, trust, verdict) {
    const trusted = await trustedPolicy(trust.policy, trust.now, verdict);         // step 1
    const found = readAttestation(input, source, verdict);                         // step 2
    if (found) verdict.statement = found.body;
    if (!trusted || !found) {
      if (!trusted) verdict.failed('policy', 'the policy cannot be read, so no signature can be trusted');
      return;
    }
    const { envelope, body } = found;
    const policy = await madeUnder(body, trust, trusted, verdict);                 // step 3
    const moments = times(body, trust.now, trust.maxAge, verdict);                 // step 4
    if (policy) await signatures(envelope, policy, moments, verdict);              // step 5
    scopeFinding(body.scope, verdict);                                             // step 6
    coverageCheck(body, verdict);
    verdict.notDone('leaves', 'no leaves given: the root, totals, leaf order and sites were not '   // step 7
      + 'recomputed');
    if (body.previous !== null) {                                                  // step 8
      verdict.notDone('chain', `the previous attestation ${body.previous.attestation_id} was not `
        + "given (--previous): the link and the journal's consistency were not checked");
    }
  }

  function trustOf(options) {
    subtle();   // no WebCrypto, no verdict: say so at once
    const olderPolicies = isNone(options.olderPolicies) ? [] : options.olderPolicies;
    if (!Array.isArray(olderPolicies)) throw new TypeError('TijoriVerify: `olderPolicies` must be an array');
    return { policy: options.policy, olderPolicies, now: clockOf(options.now),
      maxAge: maxAgeOf(options.maxAgeSeconds) };
  }

  async function verifyAttestation(options = {}) {
    const trust = trustOf(options);
    const verdict = new Verdict();
    await checkAttestation(options.attestation, 'attestation', trust, verdict);
    return verdict.result();
  }

  // ---------------------------------------------------------------------------------------
  // §7 Inclusion proofs, §4.2 RFC 9162 Merkle trees
  // ---------------------------------------------------------------------------------------

  const PROOF_FORMAT = 'tijori-proof';
  const isCount64 = (v) => isCount(v) && big(v) < 2n ** 64n;

  /** RFC 9162 §2.1.3.2: is `leaf` leaf `index` of the tree of `size` leaves and `root`? The
   *  proof must have exactly the length such a tree calls for; anything malformed is false. */
  async function verifyInclusion(leaf, index, size, path, rootHash) {
    if (!(isCount64(index) && isCount64(size) && big(index) < big(size) && rootHash.length === 32
      && path.every((p) => p.length === 32))) return false;
    let fn = big(index);
    let sn = big(size) - 1n;
    let r = await sha256(concatBytes([0], leaf));
    for (const p of path) {
      if (sn === 0n) return false;
      if (fn & 1n || fn === sn) {
        r = await sha256(concatBytes([1], p, r));
        while (fn && !(fn & 1n)) { fn >>= 1n; sn >>= 1n; }
      } else {
        r = await sha256(concatBytes([1], r, p));
      }
      fn >>= 1n;
      sn >>= 1n;
    }
    return sn === 0n && sameBytes(r, rootHash);
  }

  /** bytes.fromhex: pairs of hex digits, white space allowed between them. */
  function pyFromHex(h) {
    if (typeof h !== 'string') refuse(`fromhex() argument must be str, not ${pyTypeName(h)}`);
    const out = [];
    const space = (c) => ' \t\n\r\v\f'.includes(c);
    const digit = (c) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
    for (let i = 0; i < h.length;) {
      if (space(h[i])) {
        while (i < h.length && space(h[i])) i++;
        if (i >= h.length) break;
      }
      const top = digit(h[i]);
      const bottom = digit(h[i + 1]);
      if (top < 0 || bottom < 0) {
        refuse(`non-hexadecimal number found in fromhex() arg at position ${top < 0 ? i : i + 1}`);
      }
      out.push(top * 16 + bottom);
      i += 2;
    }
    return Uint8Array.from(out);
  }

  /** What Python iterates a JSON value as: a list's items, a text's characters, an
   *  object's keys. */
  function pyIterate(v) {
    if (Array.isArray(v)) return v;
    if (typeof v === 'string') return Array.from(v);
    if (isDict(v)) return Object.keys(v);
    return refuse(`'${pyTypeName(v)}' object is not iterable`);
  }

  /** The members of an inclusion proof (FORMAT.md §7), and no other. */
  const PROOF_MEMBERS = ['envelope', 'format', 'index', 'leaf', 'proof', 'tree_size', 'version'];
  const HASH = /^[0-9a-f]{64}$/;

  /** verifying.proof_problem: what makes a proof other than §7 says, or null: exactly its
   *  members, version 1, counts for index and tree size, the leaf a text, the path
   *  lower-case hex hashes, the envelope an object. */
  function proofProblem(doc) {
    const missing = PROOF_MEMBERS.filter((name) => !hasOwn(doc, name));
    if (missing.length) return `it lacks the member ${pyRepr(missing[0])}`;
    const unknown = Object.keys(doc).filter((name) => !PROOF_MEMBERS.includes(name))
      .sort(cmpCodePoints);
    if (unknown.length) {
      return `it has the unknown member ${pyRepr(unknown[0])}, which FORMAT.md §7 does not allow`;
    }
    if (!(isInt(doc.version) && big(doc.version) === big(1))) {
      return `its version is ${pyRepr(doc.version)}, not 1`;
    }
    for (const name of ['index', 'tree_size']) {
      if (!isInt(doc[name]) || big(doc[name]) < big(0)) return `its ${name} is not a count`;
    }
    if (typeof doc.leaf !== 'string') return 'its leaf is not a text';
    if (!Array.isArray(doc.proof) || !doc.proof.every((h) => typeof h === 'string' && HASH.test(h))) {
      return 'its proof is not a list of hashes of 64 lower-case hex digits';
    }
    if (!isDict(doc.envelope)) return 'its envelope is not a JSON object';
    return null;
  }

  /** The members of a proof document that verify_proof reads, in its order. */
  function proofParts(doc, source) {
    if (!isDict(doc) || get(doc, 'format') !== PROOF_FORMAT) refuse(`${source} is not a Tijori proof`);
    const problem = proofProblem(doc);
    if (problem !== null) refuse(problem);
    const member = (name) => (hasOwn(doc, name) ? doc[name] : refuse(pyRepr(name)));   // a KeyError
    const envelope = member('envelope');
    canonical(envelope);   // Python writes it out again (refusing an integer beyond 2^53)
    const leaf = member('leaf');
    if (typeof leaf !== 'string') refuse(`'${pyTypeName(leaf)}' object has no attribute 'encode'`);
    const index = member('index');
    const size = member('tree_size');
    const path = pyIterate(member('proof')).map(pyFromHex);
    return { envelope, leaf: utf8(leaf), index, size, path };
  }

  /** statement.parse_leaf: a version 1 Tijori leaf; returns its holding. */
  function parseLeaf(bytes, where) {
    const obj = readJSON(bytes, where).value;
    const v = get(obj, 'v');
    if (!isDict(obj) || !(v === 1 || v === true)) refuse(`${where} is not a version 1 Tijori leaf`);
    const holding = get(obj, 'holding');
    const salt = get(obj, 'salt');
    if (!isDict(holding) || typeof salt !== 'string' || Array.from(salt).length !== 64) {
      refuse(`${where} lacks a holding or a 32-byte salt`);
    }
    const quantities = get(holding, 'quantities');
    if (!Array.isArray(quantities) || !quantities.length) refuse(`${where} has no quantities`);
    return holding;
  }

  /** Every check of §7 for one proof document (verify_proof), into a new Verdict. */
  async function checkProof(input, source, trust) {
    const verdict = new Verdict();
    let parts;
    try {
      const doc = inputJSON(input, source, false);
      try {
        parts = proofParts(doc, source);
      } catch (e) {
        if (e instanceof Refusal) refuse(`${source} is malformed: ${e.message}`);
        throw e;
      }
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('proof', e.message);
      return verdict;
    }
    // the envelope as Python reads it: its JSON written out again (a text in its place is
    // then no envelope, never read as one)
    await checkAttestation(utf8(canonical(parts.envelope)), source, trust, verdict);
    // The statement read again, on its own: inclusion is checked whenever it can be read,
    // whatever the rest of the verdict (it still fails the verdict).
    let body;
    try {
      body = readStatement(readEnvelope(parts.envelope, 'envelope').payload, 'statement', null);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      return verdict;   // already failed above, with its reason
    }
    const { index, size } = parts;
    const ok = isInt(size) && big(size) === big(body.tree.size)
      && await verifyInclusion(parts.leaf, index, size, parts.path, hexBytes(body.tree.root));
    let holding = {};
    if (ok) {
      try {
        holding = parseLeaf(parts.leaf, `the leaf of ${source}`);
      } catch (e) {   // in the tree, but not a holding: nothing is proven
        if (!(e instanceof Refusal)) throw e;
        verdict.failed('inclusion', e.message);
        return verdict;
      }
    }
    verdict.add('inclusion', ok, ok
      ? `holding ${pyStr(get(holding, 'id'))} (${pyStr(get(holding, 'kind'))}) is leaf ${index} of `
        + `${size} under the attested root of the attestation as of ${body.as_of}`
      : 'the leaf is not in the attested tree');
    return verdict;
  }

  async function verifyProof(options = {}) {
    const trust = trustOf(options);
    return (await checkProof(options.proof, 'proof', trust)).result();
  }

  // ---------------------------------------------------------------------------------------
  // §13.4 The programme statement, read strictly (app/attest/programme_statement.py)
  // ---------------------------------------------------------------------------------------

  const PROGRAMME_STATEMENT_SCHEMA = 'tijori.programme-statement.v1';
  const PROGRAMME_STATEMENT_TYPE = 'application/vnd.tijori.programme-statement.v1+json';
  /** The roles whose thresholds a programme attestation must meet. */
  const PROGRAMME_ROLES = ['operator', 'auditor'];
  const PROGRAMME_STATEMENT_MEMBERS = ['schema', 'attestation_id', 'created', 'as_of', 'programme',
    'window_seconds', 'members', 'tree', 'totals', 'tokens', 'collisions', 'previous', 'sequence'];
  const ENTRY_MEMBERS = ['name', 'custodian', 'attestation_id', 'digest', 'as_of', 'sequence',
    'policy', 'tree', 'totals'];
  const COLLISION_MEMBERS = ['identities', 'bars', 'lots', 'tanks', 'unidentified', 'found'];
  const NAME = /^[\s\S]+$/;

  /** Python's == of a JSON value and an integer (true is 1 and false 0 to Python). */
  const pyEqualsInt = (v, n) => (typeof v === 'boolean' ? big(Number(v)) === big(n)
    : isInt(v) && big(v) === big(n));

  /** Totals sorted by commodity, then unit, one each (programme_statement._totals). */
  function programmeTotals(value, where) {
    let before = null;
    list(value, where).forEach((total, i) => {
      const at = `${where}[${i}]`;
      members(total, at, TOTAL_MEMBERS);
      text(total, 'commodity', at);
      text(total, 'unit', at);
      decimalMember(total, 'quantity', at);
      if (before !== null && (cmpCodePoints(total.commodity, before.commodity)
        || cmpCodePoints(total.unit, before.unit)) <= 0) {
        misshapen(`${where} is not sorted by commodity, then unit, one each`);
      }
      before = total;
    });
  }

  /** One member entry (programme_statement._entry). */
  function memberEntry(entry, where) {
    members(entry, where, ENTRY_MEMBERS);
    text(entry, 'name', where, { pattern: NAME, what: 'a name' });
    const custodian = members(entry.custodian, `${where}.custodian`, ['name', 'ledger_id']);
    text(custodian, 'name', `${where}.custodian`);
    text(custodian, 'ledger_id', `${where}.custodian`);
    text(entry, 'attestation_id', where);
    if (!isHex64(entry.digest)) misshapen(`${where}.digest is not 64 lower-case hex digits`);
    time(entry, 'as_of', where);
    if (!countAtLeast1(entry.sequence)) misshapen(`${where}.sequence is not a count of at least 1`);
    const policy = members(entry.policy, `${where}.policy`, ['digest', 'version']);
    if (!isHex64(policy.digest) || !countAtLeast1(policy.version)) {
      misshapen(`${where}.policy is not a digest and a version`);
    }
    const tree = members(entry.tree, `${where}.tree`, ['size', 'root']);
    if (!isCount(tree.size) || !isHex64(tree.root)) {
      misshapen(`${where}.tree is not a size and a 64-hex-digit root`);
    }
    programmeTotals(entry.totals, `${where}.totals`);
  }

  /** programme_statement._shape: the first member that §13.4 does not allow. */
  function programmeShape(obj) {
    const top = 'the programme statement';
    if (!isDict(obj) || get(obj, 'schema') !== PROGRAMME_STATEMENT_SCHEMA) {
      misshapen(`${top} is not a ${PROGRAMME_STATEMENT_SCHEMA} statement`);
    }
    members(obj, top, PROGRAMME_STATEMENT_MEMBERS);
    text(obj, 'attestation_id', top);
    time(obj, 'created', top);
    time(obj, 'as_of', top);
    const programme = members(obj.programme, 'programme', ['name', 'digest', 'version']);
    text(programme, 'name', 'programme', { pattern: NAME, what: 'a name' });
    if (!isHex64(programme.digest)) misshapen('programme.digest is not 64 lower-case hex digits');
    if (!countAtLeast1(programme.version)) {
      misshapen('programme.version is not a version number (1 or more)');
    }
    if (!countAtLeast1(obj.window_seconds)) misshapen('window_seconds is not a count of at least 1');
    const entries = list(obj.members, 'members');
    if (!entries.length) misshapen('members is empty: a programme statement sums at least one member');
    entries.forEach((entry, i) => memberEntry(entry, `members[${i}]`));
    if (!ascending(entries.map((entry) => entry.name))) {
      misshapen('members are not sorted by name, one each');
    }
    const tree = members(obj.tree, 'tree', ['size', 'root', 'hashing']);
    if (!pyEqualsInt(tree.size, entries.length) || !isHex64(tree.root)
      || tree.hashing !== 'RFC 9162 SHA-256') {
      misshapen('tree is not the RFC 9162 SHA-256 tree of the members');
    }
    programmeTotals(obj.totals, 'totals');
    list(obj.tokens, 'tokens').forEach((t, i) => token(t, `tokens[${i}]`, 1));
    const collisions = members(obj.collisions, 'collisions', COLLISION_MEMBERS);
    if (!COLLISION_MEMBERS.every((name) => isCount(collisions[name]))) {
      misshapen('collisions holds a member that is not a count');
    }
    if (big(collisions.found) !== 0n) {
      misshapen('collisions.found is not 0: a programme statement is made only when no holding '
        + 'is counted twice');
    }
    if (big(collisions.identities)
      !== big(collisions.bars) + big(collisions.lots) + big(collisions.tanks)) {
      misshapen('collisions.identities is not the sum of bars, lots and tanks');
    }
    if (!countAtLeast1(obj.sequence)) misshapen('sequence is not a count of at least 1');
    const sequence = big(obj.sequence);
    const previous = obj.previous;
    if (previous === null) {
      if (sequence !== 1n) {
        misshapen(`sequence is ${sequence} but the statement names no previous programme `
          + 'attestation');
      }
      return;
    }
    members(previous, 'previous', ['attestation_id', 'as_of', 'digest', 'sequence']);
    text(previous, 'attestation_id', 'previous');
    time(previous, 'as_of', 'previous');
    if (!isHex64(previous.digest)) misshapen('previous.digest is not 64 lower-case hex digits');
    if (!countAtLeast1(previous.sequence) || big(previous.sequence) + 1n !== sequence) {
      misshapen(`sequence is ${sequence} but the previous one's is ${pyRepr(previous.sequence)}: `
        + "each is the previous one's plus 1");
    }
  }

  /** ProgrammeStatement.from_payload: the payload read as a programme statement of exactly
   *  the shape of §13.4, in canonical JSON. Returns the statement. */
  function readProgrammeStatement(payload, where) {
    const { value: obj, text: json } = readJSON(payload, where);
    try {
      programmeShape(obj);
    } catch (e) {
      if (e instanceof Shape) refuse(`${where}: ${e.message}`);
      throw e;
    }
    // (JCS refusing a value, an integer beyond 2^53, says why in its own words)
    if (canonical(obj) !== json) {
      refuse(`${where}: the statement is not in canonical JSON (RFC 8785)`);
    }
    return obj;
  }

  /** RFC 9162 §2.1.1: the root of the tree of `leaves` (each leaf's bytes). Pairing each
   *  level from the left, an odd last node carried up, is the split at the largest power
   *  of two below the size that the RFC defines. */
  async function merkleRoot(leaves) {
    if (!leaves.length) return sha256(new Uint8Array(0));
    let level = [];
    for (const leaf of leaves) level.push(await sha256(concatBytes([0], leaf)));
    while (level.length > 1) {
      const up = [];
      for (let i = 0; i + 1 < level.length; i += 2) {
        up.push(await sha256(concatBytes([1], level[i], level[i + 1])));
      }
      if (level.length % 2) up.push(level[level.length - 1]);
      level = up;
    }
    return level[0];
  }

  /** A member entry as a leaf of the programme tree: its canonical JSON. */
  const entryLeaf = (entry) => utf8(canonical(entry));

  /** programme_statement.summed_totals: the members' totals summed exactly per commodity and
   *  unit (as many places as the addend with the most), sorted. */
  function summedTotals(entries) {
    const sums = new Map();
    for (const entry of entries) {
      for (const t of entry.totals) {
        const key = JSON.stringify([t.commodity, t.unit]);
        const before = sums.get(key) || { commodity: t.commodity, unit: t.unit, sum: { c: 0n, s: 0 } };
        const d = decimal(t.quantity);
        const s = Math.max(before.sum.s, d.s);
        sums.set(key, { ...before, sum: { c: scaled(before.sum, s) + scaled(d, s), s } });
      }
    }
    return [...sums.values()]
      .sort((a, b) => cmpCodePoints(a.commodity, b.commodity) || cmpCodePoints(a.unit, b.unit))
      .map((t) => ({ commodity: t.commodity, unit: t.unit, quantity: decimalString(t.sum) }));
  }

  /** programme_statement.figures_problems: the tree over the member entries, the summed
   *  totals and the tokens' coverage (with no scope), each recomputed. */
  async function figuresProblems(body) {
    const root = toHex(await merkleRoot(body.members.map(entryLeaf)));
    let coverageOk;
    try {
      coverageOk = deepEqual(coverageAgain(body, null), body.tokens);
    } catch (_) {   // (Python: KeyError, TypeError, ArithmeticError, InvalidInput)
      coverageOk = false;
    }
    return [
      ['programme tree', root === body.tree.root ? null
        : 'the member entries do not give the stated root'],
      ['programme totals', deepEqual(summedTotals(body.members), body.totals) ? null
        : "the members' totals do not add up to the stated totals"],
      ['coverage', coverageOk ? null
        : 'the stated coverage does not follow from the stated totals and supply'],
    ];
  }

  // ---------------------------------------------------------------------------------------
  // §13.6 Verifying a programme attestation (app/services/programme_attest.py)
  // ---------------------------------------------------------------------------------------

  /** _programme_policy: the trusted policy's checks (§3, either kind read), then a
   *  custodian's refused. Returns {envelope, policy, digest} of a programme policy, also
   *  when it fails a check, or null. */
  async function trustedProgrammePolicy(input, now, verdict) {
    const trusted = await trustedPolicy(input, now, verdict, ANY_POLICY);
    if (trusted && trusted.policy.schema !== PROGRAMME_SCHEMA) {
      verdict.failed('policy', "your policy is a custodian's, not a programme's: a programme "
        + 'attestation is verified under the programme policy');
      return null;
    }
    return trusted;
  }

  /** _made_under: the programme policy the statement names, reached from the trusted one
   *  through signed rotations; null (with the failure recorded) when it cannot be. */
  async function programmeMadeUnder(body, trust, trusted, verdict) {
    const older = [];
    for (const [i, input] of trust.olderPolicies.entries()) {
      try {
        older.push(await loadPolicyEnvelope(input, `older policy ${i + 1}`, ANY_POLICY));
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;   // not a policy: it cannot be on the path
      }
    }
    const named = body.programme;
    const chain = await policyChain(trusted, older, named.digest, trust.now);
    if (!chain.policy || big(chain.policy.version) !== big(named.version)) {
      verdict.failed('policy binding', `made under programme policy version ${named.version} (digest `
        + `${named.digest.slice(0, 16)}…), which cannot be reached from your trusted policy (version `
        + `${trusted.policy.version}): ${chain.problem || 'another version'}`);
      return null;
    }
    verdict.passed('policy binding', `made under programme policy version ${chain.policy.version}, `
      + `reached from yours (version ${trusted.policy.version})`);
    return chain.policy;
  }

  /** The operator and auditor signatures (a key outside the policy fails; a signature
   *  without a keyid is one), every member the policy pins listed, and its terms. */
  async function programmeSignatures(envelope, body, policy, moments, verdict) {
    for (const signature of envelope.signatures) {
      if (!policy.keys.has(signature.keyid)) {
        verdict.failed(`attestation: signature by ${head(signature.keyid, 16)}`,
          'the key is not in the trust policy');
      }
    }
    for (const role of PROGRAMME_ROLES) {
      await countSignatures(envelope, policy, role, moments, verdict, 'attestation');
    }
    if (policy.schema !== PROGRAMME_SCHEMA) {   // reached only through a forged rotation
      verdict.failed('members listed', "this is a custodian's policy, not a programme's");
      return;
    }
    const names = policy.members.map((m) => m.name).sort(cmpCodePoints);
    const listedNames = body.members.map((entry) => entry.name);
    const all = deepEqual(listedNames, names);
    verdict.add('members listed', all, all
      ? `the ${names.length} members the programme policy pins`
      : `the statement lists ${listedNames.join(', ')}, the programme pins ${names.join(', ')}`);
    const same = body.programme.name === policy.name
      && big(body.window_seconds) === big(policy.windowSeconds);
    verdict.add('programme terms', same, same
      ? `the programme's name and window (${body.window_seconds} s) are its policy's`
      : "the statement's programme name or window is not its policy's");
  }

  /** The members' as-of within the window, the collision record, the tokens' findings. */
  function programmeFindings(body, verdict) {
    const moment = parseTime(body.as_of, 'as_of');
    const window = big(body.window_seconds) * MICRO;
    const late = body.members.filter((entry) => {
      const gap = parseTime(entry.as_of, 'as_of') - moment;
      return (gap < 0n ? -gap : gap) > window;
    }).map((entry) => entry.name);
    verdict.add('window', !late.length, !late.length
      ? `every member's as-of lies within ${describeAge(window)} of the programme's`
      : `outside the window: ${late.join(', ')}`);
    const c = body.collisions;
    const n = (v) => groupDigits(String(big(v)));
    verdict.finding('collision check', `the signers state that ${n(c.identities)} identities (bars: `
      + `${n(c.bars)}, lots: ${n(c.lots)}, tanks: ${n(c.tanks)}) were checked and none is counted `
      + 'twice', CLEAR);
    for (const t of body.tokens) {
      if (isNone(get(t, 'supply'))) {
        verdict.finding(`token ${t.symbol}`, 'no supply recorded: its coverage cannot be shown', CAUTION);
      } else if (!get(t, 'covered')) {
        verdict.finding(`shortfall ${t.symbol}`, shortfallReason(t), ALERT);
      }
    }
  }

  /** Every check of §13.6 for one programme attestation (no previous one). Returns the
   *  statement, or null when it cannot be read. */
  async function checkProgramme(input, source, trust, verdict) {
    const trusted = await trustedProgrammePolicy(trust.policy, trust.now, verdict);
    let envelope;
    let body;
    try {
      envelope = readEnvelope(inputJSON(input, source), source);
      if (envelope.payloadType !== PROGRAMME_STATEMENT_TYPE) {
        refuse(`payload type ${pyRepr(envelope.payloadType)} is not a programme statement`);
      }
      body = readProgrammeStatement(envelope.payload, source);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('statement', e.message);
      return null;
    }
    verdict.statement = body;
    verdict.passed('statement', `programme attestation ${body.attestation_id} as of ${body.as_of}, `
      + `number ${body.sequence} of its series, over ${body.members.length} members`);
    if (!trusted) {
      verdict.failed('policy', 'the programme policy cannot be trusted, so no signature can');
      return body;
    }
    const policy = await programmeMadeUnder(body, trust, trusted, verdict);
    const moments = times(body, trust.now, trust.maxAge, verdict);
    if (policy) await programmeSignatures(envelope, body, policy, moments, verdict);
    for (const [name, problem] of await figuresProblems(body)) {
      verdict.add(name, problem === null, problem || 'recomputed: it agrees');
    }
    programmeFindings(body, verdict);
    if (body.previous !== null) {
      verdict.notDone('chain', `the previous programme attestation ${body.previous.attestation_id} `
        + 'was not given (--previous): the link was not checked');
    }
    return body;
  }

  async function verifyProgrammeAttestation(options = {}) {
    const trust = trustOf(options);
    const verdict = new Verdict();
    await checkProgramme(options.attestation, 'attestation', trust, verdict);
    return verdict.result();
  }

  // ---------------------------------------------------------------------------------------
  // §13.7 A holding's proof chained to the programme
  // ---------------------------------------------------------------------------------------

  const CHAINED_PROOF_FORMAT = 'tijori-programme-proof';
  const CHAINED_PROOF_MEMBERS = ['format', 'version', 'programme', 'member', 'member_index',
    'member_proof', 'member_policy', 'holding'];

  /** The members of a chained proof that verify_chained_proof reads, in its order. */
  function chainedParts(doc, source) {
    if (!isDict(doc) || get(doc, 'format') !== CHAINED_PROOF_FORMAT
      || !exactly(doc, CHAINED_PROOF_MEMBERS) || !pyEqualsInt(doc.version, 1)) {
      refuse(`${source} is not a version 1 chained proof`);
    }
    // Python writes the programme attestation out again, and reads those bytes (refusing an
    // integer beyond 2^53, and a text that is no envelope)
    const programme = utf8(canonical(doc.programme));
    const path = pyIterate(doc.member_proof).map(pyFromHex);
    if (!isDict(doc.holding) || get(doc.holding, 'format') !== PROOF_FORMAT) {
      refuse('its holding is not a Tijori inclusion proof');
    }
    const problem = proofProblem(doc.holding);
    if (problem !== null) refuse(`its holding's proof: ${problem}`);
    return { programme, index: doc.member_index, path };
  }

  /** The holding's leaf under the member attestation's root: its holding, or null when it is
   *  not included or anything is malformed (verify_chained_proof catches it all). */
  async function holdingIncluded(holding, memberBody) {
    if (typeof get(holding, 'leaf') !== 'string' || !hasOwn(holding, 'proof')
      || !pyEqualsInt(get(holding, 'tree_size'), memberBody.tree.size)) return null;
    try {
      const leaf = utf8(holding.leaf);
      const path = pyIterate(holding.proof).map(pyFromHex);
      const ok = await verifyInclusion(leaf, get(holding, 'index'), holding.tree_size, path,
        hexBytes(memberBody.tree.root));
      return ok ? parseLeaf(leaf, 'leaf') : null;
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      return null;
    }
  }

  async function verifyChainedProof(options = {}) {
    const trust = trustOf(options);
    const verdict = new Verdict();
    const source = 'proof';
    let proof;
    let parts;
    try {
      proof = inputJSON(options.proof, source, false);
      parts = chainedParts(proof, source);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('proof', `${source} is malformed: ${e.message}`);
      return verdict.result();
    }
    const { holding } = proof;
    await checkProgramme(parts.programme, source, trust, verdict);
    let body;
    let memberEnvelope;
    let memberBody;
    try {
      body = readProgrammeStatement(readEnvelope(inputJSON(parts.programme, 'envelope'),
        'envelope').payload, 'programme statement');
      memberEnvelope = readEnvelope(get(holding, 'envelope'), 'member attestation');
      memberBody = readStatement(memberEnvelope.payload, 'member statement', null);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      verdict.failed('member attestation', e.message);
      return verdict.result();
    }
    const member = pyStr(proof.member);
    const at = body.members.findIndex((entry) => entry.name === member);
    const entry = at < 0 ? null : body.members[at];
    const { index } = parts;
    const inTree = entry !== null && pyEqualsInt(index, at) && await verifyInclusion(
      entryLeaf(entry), index, body.tree.size, parts.path, hexBytes(body.tree.root));
    verdict.add('member in programme', inTree, inTree
      ? `member ${member} is leaf ${index} of ${body.tree.size} under the programme's root`
      : "the member entry is not in the programme's tree");
    const same = entry !== null && await sha256Hex(memberEnvelope.payload) === entry.digest
      && memberBody.tree.root === entry.tree.root;
    verdict.add('member attestation', same, same
      ? `attestation ${memberBody.attestation_id} of ${memberBody.custodian.name} is the one the `
        + 'programme statement names'
      : 'the member attestation is not the one the programme names');
    if (entry !== null && proof.member_policy !== null) {
      let named = '';
      let policy = null;
      try {
        policy = utf8(canonical(proof.member_policy));   // its bytes, as Python reads them
        named = (await loadPolicyEnvelope(policy, 'member policy')).digest;
      } catch (e) {
        if (!(e instanceof Refusal)) throw e;
      }
      if (named !== entry.policy.digest) {
        verdict.failed('member signatures', 'the member policy carried is not the one the '
          + 'programme statement names');
      } else {   // §7 under the member's policy, as `verifyProof` checks a proof
        const checked = await checkProof(holding, 'member proof', { policy, olderPolicies: [],
          now: trust.now, maxAge: null });
        verdict.add('member signatures', checked.valid, checked.valid
          ? "the member attestation and the holding's inclusion verify under the member's policy"
          : checked.failedChecks());
      }
    } else {
      verdict.notDone('member signatures', 'the proof carries no member policy: the member\'s '
        + "signatures rest on the programme signers' check");
    }
    const held = await holdingIncluded(holding, memberBody);
    verdict.add('inclusion', held !== null, held !== null
      ? `holding ${pyStr(get(held, 'id'))} (${pyStr(get(held, 'kind'))}) is leaf `
        + `${pyStr(holding.index)} of ${pyStr(holding.tree_size)} of ${member}'s attestation as of `
        + `${memberBody.as_of}`
      : "the leaf is not in the member's attested tree");
    return verdict.result();
  }

  // ---------------------------------------------------------------------------------------
  // The policy's digest, for the page to show with its words
  // ---------------------------------------------------------------------------------------

  /** FORMAT §3: the SHA-256 of the policy envelope's payload bytes, in hex. */
  async function policyDigest(policyEnvelope) {
    subtle();
    return sha256Hex(readEnvelope(inputJSON(policyEnvelope, 'policy'), 'policy').payload);
  }

  root.TijoriVerify = Object.freeze({ verifyAttestation, verifyProof, verifyProgrammeAttestation,
    verifyChainedProof, policyDigest, digestWords });
}(typeof globalThis !== 'undefined' ? globalThis : this));
