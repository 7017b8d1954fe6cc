// Seeded generators of malformed and hostile HTTP requests for the server fuzz test (no dependencies, reproducible by seed).

import { seededRandom } from '../../src/core/index.ts';

export interface FuzzCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** 'client-error': the request is certainly wrong, so the answer must be 4xx. 'any': it may happen to be valid, so 2xx is fine too. */
  expect: 'client-error' | 'any';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const deepDepth = 10_000;
const deepMarker = '"__DEEP__"';

export function createCaseGenerator(options: { seed: number; bodyLimitBytes: number }) {
  const random = seededRandom(options.seed);
  const integer = (below: number) => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[integer(items.length)] as T;
  const chance = (probability: number) => random() < probability;

  const garbageStrings = [
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    '1e999',
    '0x10',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '\u0000',
    '\ud800',
    '\udfff\ud800',
    '\u202e역방향',
    '😀'.repeat(50),
    '<script>alert(1)</script>',
    "'; DROP TABLE models; --",
    '%s%n%x',
    '../../etc/passwd',
    '\r\n\r\nHTTP/1.1 200 OK',
  ];
  const wrongValues: Json[] = [
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 2,
    Number.MIN_VALUE,
    [],
    {},
    [null],
    [[]],
    { '': '' },
    ...garbageStrings,
    'x'.repeat(5000),
  ];

  function unicodeGarbage(length: number): string {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      const roll = random();
      if (roll < 0.15)
        text += String.fromCharCode(0xd800 + integer(0x800)); // lone surrogate halves
      else if (roll < 0.3)
        text += String.fromCharCode(integer(0x20)); // control characters
      else if (roll < 0.55)
        text += String.fromCharCode(0xac00 + integer(11172)); // Hangul syllables
      else if (roll < 0.6) text += String.fromCodePoint(0x1f300 + integer(0x300));
      else if (roll < 0.7) text += pick(['"', '\\', '{', '}', '[', ']', ',', ':']);
      else text += String.fromCharCode(0x20 + integer(0x5f));
    }
    return text;
  }

  function baseChat(): Record<string, Json> {
    const body: Record<string, Json> = {
      model: pick(['builtin', 'builtin', 'default', 'builtin-embed', 'nope', '']),
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: pick(['안녕하세요', 'hello', '서울 날씨 알려줘', unicodeGarbage(20)]) },
      ],
    };
    if (chance(0.5)) {
      body['tools'] = [
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'weather',
            parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
          },
        },
      ];
      body['tool_choice'] = pick<Json>(['auto', 'none', 'required', { type: 'function', function: { name: 'get_weather' } }]);
    }
    if (chance(0.3))
      body['response_format'] = {
        type: 'json_schema',
        json_schema: { name: 'out', schema: { type: 'object', properties: { email: { type: 'string' } } } },
      };
    if (chance(0.3)) {
      (body['messages'] as Json[]).push(
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Seoul"}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{"temperature":3}' },
      );
    }
    if (chance(0.3)) body['stream'] = true;
    if (chance(0.2)) body['stream_options'] = { include_usage: true };
    if (chance(0.3)) Object.assign(body, { temperature: 0.5, top_p: 0.9, max_tokens: 64, stop: ['\n'], seed: 7, n: 1, user: 'u' });
    return body;
  }

  function baseEmbedding(): Record<string, Json> {
    return {
      model: pick(['builtin-embed', 'default-embedding', 'builtin']),
      input: chance(0.5) ? 'hello 안녕' : ['a', '배터리'],
      encoding_format: pick(['float', 'base64']),
      dimensions: 16,
    };
  }

  /** Every path to a value inside `value`, root excluded. */
  function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])]);
    if (value && typeof value === 'object')
      return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
    return [];
  }

  function setAt(
    root: Json,
    path: Array<string | number>,
    update: (container: Record<string | number, Json>, key: string | number) => void,
  ): void {
    let container = root as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) container = container[key] as Record<string | number, Json>;
    update(container, path[path.length - 1] as string | number);
  }

  const deepArrays = '['.repeat(deepDepth) + ']'.repeat(deepDepth);
  const deepSchema = '{"type":"object","properties":{"a":'.repeat(deepDepth) + '{"type":"string"}' + '}}'.repeat(deepDepth);
  const deepObjects = '{"a":'.repeat(deepDepth) + '1' + '}'.repeat(deepDepth);

  /** A possibly valid request with one hostile change somewhere inside. */
  function mutated(base: Record<string, Json>): { text: string; kind: string } {
    const all = paths(base);
    const path = all.length ? pick(all) : ['model'];
    const operation = pick([
      'wrong-type',
      'wrong-type',
      'wrong-type',
      'delete',
      'wrap-array',
      'deep',
      'proto',
      'duplicate-key',
      'deep-schema',
    ] as const);
    switch (operation) {
      case 'wrong-type':
        setAt(base, path, (container, key) => (container[key] = pick(wrongValues)));
        return { text: JSON.stringify(base), kind: `wrong-type ${path.join('.')}` };
      case 'delete':
        setAt(base, path, (container, key) => (Array.isArray(container) ? container.splice(Number(key), 1) : delete container[key]));
        return { text: JSON.stringify(base), kind: `delete ${path.join('.')}` };
      case 'wrap-array':
        setAt(base, path, (container, key) => (container[key] = [container[key] ?? null]));
        return { text: JSON.stringify(base), kind: `array-instead ${path.join('.')}` };
      case 'deep':
        setAt(base, path, (container, key) => (container[key] = '__DEEP__'));
        return { text: JSON.stringify(base).replace(deepMarker, chance(0.5) ? deepArrays : deepObjects), kind: `deep ${path.join('.')}` };
      case 'deep-schema':
        base['tools'] = [{ type: 'function', function: { name: 'deep', parameters: '__DEEP__' } }];
        if (chance(0.5)) base['response_format'] = { type: 'json_schema', json_schema: { name: 'deep', schema: '__DEEP__' } };
        return { text: JSON.stringify(base).replaceAll(deepMarker, deepSchema), kind: 'deep schema' };
      case 'proto': {
        const key = pick(['__proto__', 'constructor', 'prototype']);
        const hostile = `{"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}},`;
        const text = JSON.stringify(base);
        // Put the hostile key into the root or into the first nested object.
        const at = chance(0.5) ? 0 : Math.max(0, text.indexOf('{', 1));
        return { text: text.slice(0, at) + hostile + text.slice(at + 1), kind: `proto ${key}` };
      }
      case 'duplicate-key':
        return { text: `{"model":${JSON.stringify(pick(wrongValues))},` + JSON.stringify(base).slice(1), kind: 'duplicate key' };
    }
  }

  const postRoutes = ['/v1/chat/completions', '/v1/embeddings'];
  const getRoutes = ['/v1/models', '/api/health', '/api/version', '/api/models', '/api/openapi.json', '/'];
  const json = { 'content-type': 'application/json' };

  function bodyCase(route: string): FuzzCase {
    const base = route === '/v1/embeddings' ? baseEmbedding() : baseChat();
    const roll = random();
    const post = (
      kind: string,
      body: string | Uint8Array,
      settings: { expect?: FuzzCase['expect']; headers?: Record<string, string> } = {},
    ): FuzzCase => ({
      kind,
      method: 'POST',
      path: route,
      headers: settings.headers ?? json,
      body,
      expect: settings.expect ?? 'client-error',
    });
    if (roll < 0.1) return post('invalid json', unicodeGarbage(1 + integer(200)).replace(/^[[{"\d\s-tfn]+/, '?'));
    if (roll < 0.2) {
      const text = JSON.stringify(base);
      return post('truncated json', text.slice(0, 1 + integer(text.length - 1)));
    }
    if (roll < 0.25) return post('empty body', pick(['', ' ', '\n\t ']));
    if (roll < 0.3) return post('array or scalar root', pick(['[]', `[${JSON.stringify(base)}]`, '"text"', '42', 'null', 'true']));
    if (roll < 0.35)
      return post(
        'invalid utf-8',
        Uint8Array.from({ length: 64 }, () => 0x80 + integer(0x80)),
      );
    if (roll < 0.4) {
      const headers = {
        'content-type': pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          '',
          'application/json; charset=utf-16',
        ]),
      };
      return post('wrong content-type', chance(0.5) ? JSON.stringify(base) : 'a=1&b=2', { expect: 'any', headers });
    }
    if (roll < 0.405) {
      // Long unbroken runs of shapes that once made a guard pattern quadratic (Hangul + digit anchors, leetspeak, escapes).
      const unit = pick(['ㄱ', '가1', 'a1', '%4', '동1', 'a']);
      const filler = unit.repeat(Math.floor((options.bodyLimitBytes - 400) / Buffer.byteLength(unit)));
      const body = route === '/v1/embeddings' ? { ...base, input: [filler] } : { ...base, messages: [{ role: 'user', content: filler }] };
      return post('just under the body limit', JSON.stringify(body), { expect: 'any' });
    }
    if (roll < 0.41) return post('over the body limit', JSON.stringify({ ...base, padding: 'x'.repeat(options.bodyLimitBytes) }));
    const { text, kind } = mutated(base);
    return post(kind, text, { expect: 'any' });
  }

  function hostileSegment(): string {
    return pick([
      'x',
      'x-fuzz-%ZZ',
      '%E0%A4%A',
      '%00',
      '..%2f..%2fetc%2fpasswd',
      'a'.repeat(4000),
      encodeURIComponent(unicodeGarbage(10).replace(/[\ud800-\udfff]/g, '')),
      '%F0%9F%98',
      'nope/../builtin-x',
      '%25%32%65',
    ]);
  }

  /** The next request to send. */
  return function next(): FuzzCase {
    const roll = random();
    if (roll < 0.6) return bodyCase(pick(postRoutes));
    if (roll < 0.7) {
      // A method the route does not have.
      const route = pick([...postRoutes, ...getRoutes, '/v1/models/builtin']);
      const method = postRoutes.includes(route)
        ? pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
        : pick(['POST', 'PUT', 'DELETE', 'PATCH']);
      const body = method === 'GET' || method === 'OPTIONS' ? undefined : JSON.stringify(baseChat());
      return { kind: 'wrong method', method, path: route, headers: json, ...(body ? { body } : {}), expect: 'client-error' };
    }
    if (roll < 0.85) {
      const path = pick(['/v1/models/', '/api/models/', '/v1/', '/api/', '/v1/chat/completions/', '/nope/']) + hostileSegment();
      return { kind: 'hostile path', method: 'GET', path, headers: {}, expect: 'client-error' };
    }
    const route = pick(getRoutes);
    const query = `?${pick(['a=%ZZ', 'x='.repeat(200), `q=${encodeURIComponent(unicodeGarbage(30).replace(/[\ud800-\udfff]/g, ''))}`, '__proto__[x]=1', 'limit=-1e999'])}`;
    const headers = {
      'x-request-id': pick(['', ' ', 'a'.repeat(500), 'ok-id', '<script>', 'id\twith\ttabs']),
      authorization: pick(['Bearer', 'Bearer ', 'Basic Zm9vOmJhcg==', 'gsk_x']),
    };
    return { kind: 'hostile query and headers', method: 'GET', path: route + query, headers, expect: 'any' };
  };
}
