// Reads an OpenAPI 3.0/3.1 document from a file or URL (JSON or YAML) and checks the parts the connector relies on.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GenstackError } from '../../core/index.ts';

export type OpenApiDocument = Record<string, unknown> & { openapi: string; paths: Record<string, unknown> };

export interface LoadedOpenApiDocument {
  document: OpenApiDocument;
  /** Where it came from, so relative `servers` URLs resolve against it. */
  location: URL | undefined;
}

function invalid(spec: string, problem: string, cause?: unknown): GenstackError {
  return new GenstackError({ code: 'config_invalid', message: `OpenAPI spec '${spec}': ${problem}`, param: 'spec', cause });
}

async function readSource(options: {
  spec: string;
  fetch?: typeof fetch;
  cwd?: string;
}): Promise<{ text: string; location: URL | undefined }> {
  const { spec } = options;
  if (/^https?:\/\//i.test(spec)) {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(spec, { signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      throw invalid(spec, `could not be fetched (${error instanceof Error ? error.message : String(error)})`, error);
    }
    if (!response.ok) throw invalid(spec, `could not be fetched (HTTP ${response.status})`);
    return { text: await response.text(), location: new URL(spec) };
  }
  try {
    return { text: await readFile(resolve(options.cwd ?? process.cwd(), spec), 'utf8'), location: undefined };
  } catch (error) {
    throw invalid(spec, `could not be read (${error instanceof Error ? error.message : String(error)})`, error);
  }
}

/**
 * Loads and checks the document: it must parse, declare `openapi: 3.x` and have a `paths` object.
 * @example
 * const { document } = await loadOpenApiDocument({ spec: 'specs/erp.yaml', cwd: process.cwd() });
 */
export async function loadOpenApiDocument(options: { spec: string; fetch?: typeof fetch; cwd?: string }): Promise<LoadedOpenApiDocument> {
  const { text, location } = await readSource(options);
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both formats.
    parsed = parseYaml(text);
  } catch (error) {
    throw invalid(options.spec, `is neither valid JSON nor YAML (${error instanceof Error ? error.message : ''})`, error);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalid(options.spec, 'is not an object');
  }
  const document = parsed as Record<string, unknown>;
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.')) {
    throw invalid(
      options.spec,
      `needs 'openapi: 3.0.x' or '3.1.x' (found ${JSON.stringify(document.openapi ?? document.swagger ?? null)})`,
    );
  }
  if (typeof document.paths !== 'object' || document.paths === null || Array.isArray(document.paths)) {
    throw invalid(options.spec, "has no 'paths' object");
  }
  return { document: document as OpenApiDocument, location };
}

/**
 * The base URL for calls: the definition's, else the document's first server (variables filled with their defaults).
 * @example
 * baseUrlOf({ loaded, spec: 'erp.yaml', baseUrl: undefined }); // 'https://erp.example/api'
 */
export function baseUrlOf(options: { loaded: LoadedOpenApiDocument; spec: string; baseUrl: string | undefined }): string {
  if (options.baseUrl) return options.baseUrl.replace(/\/+$/, '');
  const servers = options.loaded.document.servers;
  const first = Array.isArray(servers) ? (servers[0] as { url?: unknown; variables?: Record<string, { default?: unknown }> }) : undefined;
  if (typeof first?.url !== 'string') throw invalid(options.spec, "has no 'servers' entry; set baseUrl in the definition");
  const filled = first.url.replace(/\{([^}]+)\}/g, (_match, name: string) => String(first.variables?.[name]?.default ?? ''));
  try {
    return new URL(filled, options.loaded.location).href.replace(/\/+$/, '');
  } catch {
    throw invalid(options.spec, `server URL '${first.url}' is relative or invalid; set baseUrl in the definition`);
  }
}
