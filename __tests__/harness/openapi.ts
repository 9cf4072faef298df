// Validates HTTP requests against GitHub's OpenAPI description (npm @octokit/openapi, the same
// document Prism uses in the outside-in check): method + path must be an operation, path and query
// parameters must match their schemas (unknown query parameters are errors), required ones must be
// present, and a JSON body must match the operation's requestBody schema. Ajv 8 compiles only the
// operations that are actually called, so loading the 13 MB description once per test file is the
// main start-up cost (about a second).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import * as formatsNs from 'ajv-formats';

type Json = Record<string, unknown>;
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats = ((formatsNs as unknown as { default?: FormatsPlugin }).default ??
  (formatsNs as unknown as FormatsPlugin)) as FormatsPlugin;

export const SPEC_PATH = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../node_modules/@octokit/openapi/generated/api.github.com.json',
);
const SPEC_ID = 'https://perf-gates.test/github-openapi.json';

interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  names: string[];
  literals: number;
  params: Param[];
  body?: { required: boolean; schema?: Json };
  validators?: { path: ValidateFunction; query: ValidateFunction; body?: ValidateFunction };
}

export interface ValidationResult {
  ok: boolean;
  operationId?: string;
  template?: string;
  errors: string[];
}

function rewriteRefs<T>(schema: T): T {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${SPEC_ID}#/components/`)) as T;
}

export class OpenApiValidator {
  private readonly ops: Operation[] = [];
  private readonly ajvBody: Ajv;
  private readonly ajvParams: Ajv;

  constructor(spec: Json) {
    const components = (spec.components ?? {}) as Json;
    const parameters = (components.parameters ?? {}) as Record<string, Param>;
    const requestBodies = (components.requestBodies ?? {}) as Record<string, Json>;
    const resolveParam = (p: Param | { $ref: string }): Param => {
      if ('$ref' in p) return parameters[p.$ref.split('/').pop() as string];
      return p;
    };
    for (const [template, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
      const shared = ((item.parameters ?? []) as Param[]).map(resolveParam);
      const names: string[] = [];
      const segments = template.split('/');
      const literals = segments.filter((s) => s && !s.startsWith('{')).length;
      const pattern = segments
        .map((seg) =>
          seg.replace(/\{([^}]+)\}|([^{]+)/g, (_m, name: string | undefined, lit: string | undefined) => {
            if (name) {
              names.push(name);
              return '([^/]+)';
            }
            return (lit as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          }),
        )
        .join('/');
      for (const [method, opRaw] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
        const op = opRaw as Json;
        const own = ((op.parameters ?? []) as Param[]).map(resolveParam);
        const byKey = new Map<string, Param>();
        for (const p of [...shared, ...own]) byKey.set(`${p.in}:${p.name}`, p);
        let rb = op.requestBody as Json | undefined;
        if (rb && typeof rb.$ref === 'string')
          rb = requestBodies[(rb.$ref as string).split('/').pop() as string];
        const content = (rb?.content ?? {}) as Record<string, { schema?: Json }>;
        this.ops.push({
          method: method.toUpperCase(),
          template,
          operationId: String(op.operationId),
          regex: new RegExp(`^${pattern}$`),
          names: [...names],
          literals,
          params: [...byKey.values()],
          body: rb
            ? { required: rb.required === true, schema: content['application/json']?.schema }
            : undefined,
        });
      }
    }
    // most specific templates first: /a/b/literal beats /a/b/{x}
    this.ops.sort((a, b) => b.literals - a.literals);
    const opts = { strict: false, allErrors: true, validateSchema: false, logger: false as const };
    this.ajvBody = new Ajv(opts);
    this.ajvParams = new Ajv({ ...opts, coerceTypes: true });
    for (const ajv of [this.ajvBody, this.ajvParams]) {
      addFormats(ajv);
      ajv.addSchema({ $id: SPEC_ID, components: rewriteRefs(components) });
    }
  }

  private compile(op: Operation): NonNullable<Operation['validators']> {
    if (op.validators) return op.validators;
    const obj = (where: 'path' | 'query') => {
      const ps = op.params.filter((p) => p.in === where);
      return {
        type: 'object',
        properties: Object.fromEntries(ps.map((p) => [p.name, rewriteRefs(p.schema ?? {})])),
        required: ps.filter((p) => p.required || where === 'path').map((p) => p.name),
        additionalProperties: false,
      };
    };
    op.validators = {
      path: this.ajvParams.compile(obj('path')),
      query: this.ajvParams.compile(obj('query')),
      body: op.body?.schema ? this.ajvBody.compile(rewriteRefs(op.body.schema)) : undefined,
    };
    return op.validators;
  }

  match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
    for (const op of this.ops) {
      if (op.method !== method) continue;
      const m = op.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      op.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
      return { op, params };
    }
    return undefined;
  }

  validate(req: {
    method: string;
    pathname: string;
    query: URLSearchParams;
    contentType?: string;
    rawBody: string;
  }): ValidationResult {
    const found = this.match(req.method, req.pathname);
    if (!found) {
      return {
        ok: false,
        errors: [`${req.method} ${req.pathname}: no such operation in GitHub's OpenAPI description`],
      };
    }
    const { op, params } = found;
    const v = this.compile(op);
    const errors: string[] = [];
    const fmt = (where: string, fn: ValidateFunction) =>
      (fn.errors ?? []).map(
        (e) =>
          `${where}${e.instancePath || ''} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
      );

    const pathValues: Record<string, unknown> = { ...params };
    if (!v.path(pathValues)) errors.push(...fmt('path', v.path));
    const query: Record<string, unknown> = {};
    for (const [k, val] of req.query) {
      if (k in query) errors.push(`query ${k} given twice`);
      query[k] = val;
    }
    if (!v.query(query)) errors.push(...fmt('query', v.query));

    const hasBody = req.rawBody.trim() !== '';
    if (op.body) {
      if (!hasBody) {
        if (op.body.required) errors.push('body: the operation requires a JSON body');
      } else {
        if (!/^application\/(vnd\.github[^;]*\+)?json\b/i.test(req.contentType ?? '')) {
          errors.push(`body: content-type ${req.contentType ?? '(none)'} is not JSON`);
        }
        let data: unknown;
        try {
          data = JSON.parse(req.rawBody);
        } catch (e) {
          errors.push(`body: not JSON (${(e as Error).message})`);
        }
        if (data !== undefined && v.body && !v.body(data)) errors.push(...fmt('body', v.body));
      }
    } else if (hasBody && req.method !== 'GET') {
      errors.push('body: the operation takes no body');
    }
    return { ok: errors.length === 0, operationId: op.operationId, template: op.template, errors };
  }
}

let cached: OpenApiValidator | undefined;
/** The validator over GitHub's description, loaded once per process (test file). */
export function githubValidator(): OpenApiValidator {
  cached ??= new OpenApiValidator(JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Json);
  return cached;
}
