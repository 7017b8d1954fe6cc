// GET /: a small bilingual status page (version, models, how to connect a client) until the console replaces it.
import { version } from '../../core/index.ts';
import type { ModelInfo } from '../../models/index.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export function statusPage(options: { models: ModelInfo[]; baseUrl: string; keyRequired: boolean }): string {
  const rows = options.models
    .map((model) => `<tr><td><code>${escape(model.id)}</code></td><td>${escape(model.provider)}</td><td>${model.kind}</td></tr>`)
    .join('');
  const key = options.keyRequired ? '$GENSTACK_API_KEY' : 'none';
  const base = escape(options.baseUrl);
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>genstack ${version}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}code,pre{background:#f3f4f6;border-radius:4px;padding:.1rem .3rem}pre{padding:.8rem;overflow:auto}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .8rem;text-align:left}.ok{color:#137333}</style>
</head><body>
<h1>genstack <small>${version}</small></h1>
<p class="ok" id="status">● 실행 중 · Running</p>
<p>자체 호스팅 생성형 AI 플랫폼입니다. OpenAI 호환 API가 <code>${base}/v1</code>에서 동작합니다.<br>
A self-hosted generative-AI platform. The OpenAI-compatible API is served at <code>${base}/v1</code>.</p>
<h2>모델 · Models</h2>
<table id="models"><tr><th>id</th><th>provider</th><th>kind</th></tr>${rows}</table>
<h2>연결하기 · Connect a client</h2>
<pre>curl ${base}/v1/chat/completions -H 'content-type: application/json' \\
  -d '{"model":"builtin","messages":[{"role":"user","content":"안녕하세요"}]}'</pre>
<pre>import OpenAI from 'openai';
const client = new OpenAI({ baseURL: '${base}/v1', apiKey: '${key}' });</pre>
<p>API 문서 · API reference: <a href="/api/openapi.json">/api/openapi.json</a></p>
</body></html>`;
}
