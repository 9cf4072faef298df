// A local artifact service for @actions/artifact 6 on 127.0.0.1 (random port), so uploads and
// downloads really happen in tests: the Twirp JSON API under
// /twirp/github.actions.results.api.v1.ArtifactService/ (CreateArtifact, FinalizeArtifact,
// ListArtifacts, GetSignedArtifactURL, DeleteArtifact) and the Azure blob endpoints its signed
// URLs point at (PUT ?comp=block&blockid=..., PUT ?comp=blocklist, GET of the blob).
// Requests are checked against the wire protocol the client speaks (proto field names, types,
// bearer token); anything else is recorded in `invalid` and answered with a Twirp error.
import http from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export interface StoredArtifact {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  version?: number;
  mimeType?: string;
  expiresAt?: string;
  blocks: Map<string, Buffer>;
  content?: Buffer;
  finalized: boolean;
  size?: number;
  hash?: string;
  createdAt: string;
  sig: string;
}

export interface ArtifactServerOptions {
  runBackendId?: string;
  jobBackendId?: string;
}

function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** An unsigned JWT like the runner's ACTIONS_RUNTIME_TOKEN: scp "Actions.Results:<run>:<job>". */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const header = b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }));
  const payload = b64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      iat: 1700000000,
    }),
  );
  return `${header}.${payload}.c2lnbmF0dXJl`;
}

type FieldType = 'string' | 'number' | 'int64' | 'timestamp';
const REQUESTS: Record<string, { required: Record<string, FieldType>; optional: Record<string, FieldType> }> =
  {
    CreateArtifact: {
      required: {
        workflow_run_backend_id: 'string',
        workflow_job_run_backend_id: 'string',
        name: 'string',
        version: 'number',
      },
      optional: { expires_at: 'timestamp', mime_type: 'string' },
    },
    FinalizeArtifact: {
      required: {
        workflow_run_backend_id: 'string',
        workflow_job_run_backend_id: 'string',
        name: 'string',
        size: 'int64',
      },
      optional: { hash: 'string' },
    },
    ListArtifacts: {
      required: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string' },
      optional: { name_filter: 'string', id_filter: 'int64' },
    },
    GetSignedArtifactURL: {
      required: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string' },
      optional: {},
    },
    DeleteArtifact: {
      required: { workflow_run_backend_id: 'string', workflow_job_run_backend_id: 'string', name: 'string' },
      optional: {},
    },
  };

function typeOk(v: unknown, t: FieldType): boolean {
  if (t === 'string') return typeof v === 'string';
  if (t === 'number') return typeof v === 'number' && Number.isInteger(v);
  if (t === 'int64')
    return (typeof v === 'string' && /^-?\d+$/.test(v)) || (typeof v === 'number' && Number.isInteger(v));
  return typeof v === 'string' && !Number.isNaN(Date.parse(v));
}

export class ArtifactServer {
  url = '';
  readonly runBackendId: string;
  readonly jobBackendId: string;
  readonly token: string;
  readonly artifacts: StoredArtifact[] = [];
  readonly invalid: { method: string; url: string; errors: string[] }[] = [];
  readonly requests: { method: string; path: string; status: number }[] = [];
  private nextId = 1;
  private server?: http.Server;

  constructor(opts: ArtifactServerOptions = {}) {
    this.runBackendId = opts.runBackendId ?? randomUUID();
    this.jobBackendId = opts.jobBackendId ?? randomUUID();
    this.token = runtimeToken(this.runBackendId, this.jobBackendId);
  }

  /** Environment for an @actions/artifact client in this run (another job: pass its job id). */
  env(jobBackendId = this.jobBackendId): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN:
        jobBackendId === this.jobBackendId ? this.token : runtimeToken(this.runBackendId, jobBackendId),
      ACTIONS_RESULTS_URL: `${this.url}/`,
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** The uploaded zip of a finalized artifact. */
  zip(name: string): Buffer {
    const a = this.artifacts.find((x) => x.name === name && x.finalized);
    if (!a?.content) throw new Error(`no finalized artifact ${name}`);
    return a.content;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let status = 500;
        try {
          status = this.handle(req, res, Buffer.concat(chunks));
        } catch (e) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 'internal', msg: (e as Error).message }));
        }
        this.requests.push({ method: req.method ?? '', path: (req.url ?? '').split('?')[0], status });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  private twirpError(res: http.ServerResponse, status: number, code: string, msg: string): number {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, msg }));
    return status;
  }

  private json(res: http.ServerResponse, body: unknown): number {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    return 200;
  }

  private blobUrl(a: StoredArtifact): string {
    // path style (IP host): /<account>/<container>/<blob>, as the Azure SDK parses it
    return `${this.url}/devstoreaccount1/actions-results/${a.id}-${encodeURIComponent(a.name)}.zip?sig=${a.sig}&se=2099-01-01T00%3A00%3A00Z&sp=rcw&sv=2021-08-06&sr=b`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): number {
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? '';
    if (u.pathname.startsWith(SERVICE)) return this.twirp(u.pathname.slice(SERVICE.length), req, res, raw);
    const m = /^\/devstoreaccount1\/actions-results\/(\d+)-[^/]+\.zip$/.exec(u.pathname);
    if (!m) {
      this.invalid.push({ method, url: u.pathname, errors: ['unknown path'] });
      return this.twirpError(res, 404, 'bad_route', `no handler for ${u.pathname}`);
    }
    const a = this.artifacts.find((x) => x.id === Number(m[1]));
    if (!a || u.searchParams.get('sig') !== a.sig) {
      this.invalid.push({ method, url: u.pathname, errors: ['blob: unknown blob or bad signature'] });
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>');
      return 403;
    }
    const blobHeaders = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2021-08-06',
      date: new Date().toUTCString(),
      etag: `"0x${a.id.toString(16).padStart(15, '0')}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
    };
    const comp = u.searchParams.get('comp');
    if (method === 'PUT' && comp === 'block') {
      const blockId = u.searchParams.get('blockid');
      if (!blockId || a.finalized) {
        this.invalid.push({
          method,
          url: u.pathname,
          errors: ['block: missing blockid or artifact already finalized'],
        });
        res.writeHead(400);
        res.end();
        return 400;
      }
      a.blocks.set(blockId, raw);
      res.writeHead(201, { ...blobHeaders, 'content-length': '0' });
      res.end();
      return 201;
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const ids = [...raw.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map(
        (x) => x[2],
      );
      const missing = ids.filter((id) => !a.blocks.has(id));
      if (missing.length > 0 || ids.length === 0) {
        this.invalid.push({
          method,
          url: u.pathname,
          errors: [`blocklist: unknown blocks ${missing.join(',')}`],
        });
        res.writeHead(400);
        res.end();
        return 400;
      }
      a.content = Buffer.concat(ids.map((id) => a.blocks.get(id) as Buffer));
      a.mimeType = String(req.headers['x-ms-blob-content-type'] ?? a.mimeType ?? '');
      res.writeHead(201, { ...blobHeaders, 'content-length': '0' });
      res.end();
      return 201;
    }
    if (method === 'GET' && !comp) {
      if (!a.finalized || !a.content) {
        res.writeHead(404);
        res.end();
        return 404;
      }
      res.writeHead(200, {
        ...blobHeaders,
        'content-type': 'application/zip',
        'content-length': String(a.content.length),
      });
      res.end(a.content);
      return 200;
    }
    this.invalid.push({ method, url: `${u.pathname}${u.search}`, errors: ['blob: unsupported operation'] });
    res.writeHead(400);
    res.end();
    return 400;
  }

  private twirp(
    methodName: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    raw: Buffer,
  ): number {
    const url = `${SERVICE}${methodName}`;
    const errors: string[] = [];
    if (req.method !== 'POST') errors.push(`method ${req.method}: Twirp takes POST`);
    if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
      errors.push('content-type must be application/json');
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      // a token for another job of the same run is fine
      const tok = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const payload = tok.split('.')[1];
      let scp = '';
      try {
        scp = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')).scp ?? '';
      } catch {
        scp = '';
      }
      if (!scp.includes(`Actions.Results:${this.runBackendId}:`)) {
        this.invalid.push({
          method: req.method ?? '',
          url,
          errors: ['authorization: not a runtime token of this run'],
        });
        return this.twirpError(res, 401, 'unauthenticated', 'invalid runtime token');
      }
    }
    const spec = REQUESTS[methodName];
    if (!spec) errors.push(`no such Twirp method ${methodName}`);
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw.toString('utf8') || '{}');
    } catch {
      errors.push('body is not JSON');
    }
    if (spec) {
      for (const [k, t] of Object.entries(spec.required)) {
        if (!(k in body)) errors.push(`${k}: required`);
        else if (!typeOk(body[k], t)) errors.push(`${k}: expected ${t}`);
      }
      for (const [k, v] of Object.entries(body)) {
        if (k in spec.required) continue;
        const t = spec.optional[k];
        if (!t) errors.push(`${k}: unknown field (the client sends proto field names)`);
        else if (!typeOk(v, t)) errors.push(`${k}: expected ${t}`);
      }
      if (body.workflow_run_backend_id !== undefined && body.workflow_run_backend_id !== this.runBackendId) {
        errors.push('workflow_run_backend_id: not this run');
      }
    }
    if (errors.length > 0) {
      this.invalid.push({ method: req.method ?? '', url, errors });
      return this.twirpError(res, 400, 'invalid_argument', errors.join('; '));
    }
    const name = body.name as string;
    switch (methodName) {
      case 'CreateArtifact': {
        if (this.artifacts.some((x) => x.name === name && x.finalized)) {
          return this.twirpError(
            res,
            409,
            'already_exists',
            `an artifact named ${name} already exists in this run`,
          );
        }
        const a: StoredArtifact = {
          id: this.nextId++,
          runBackendId: body.workflow_run_backend_id as string,
          jobBackendId: body.workflow_job_run_backend_id as string,
          name,
          version: body.version as number,
          mimeType: body.mime_type as string | undefined,
          expiresAt: body.expires_at as string | undefined,
          blocks: new Map(),
          finalized: false,
          createdAt: new Date().toISOString(),
          sig: randomUUID().replace(/-/g, ''),
        };
        this.artifacts.push(a);
        return this.json(res, { ok: true, signed_upload_url: this.blobUrl(a) });
      }
      case 'FinalizeArtifact': {
        const a = [...this.artifacts].reverse().find((x) => x.name === name && !x.finalized);
        if (!a || !a.content)
          return this.twirpError(res, 404, 'not_found', `no uploaded artifact ${name} to finalize`);
        const size = Number(body.size);
        const hash = body.hash as string | undefined;
        const actual = `sha256:${createHash('sha256').update(a.content).digest('hex')}`;
        if (size !== a.content.length) {
          this.invalid.push({
            method: 'POST',
            url,
            errors: [`size ${size} but ${a.content.length} bytes were uploaded`],
          });
          return this.twirpError(res, 400, 'invalid_argument', 'size mismatch');
        }
        if (hash !== undefined && hash !== actual) {
          this.invalid.push({ method: 'POST', url, errors: [`hash ${hash} but the upload is ${actual}`] });
          return this.twirpError(res, 400, 'invalid_argument', 'hash mismatch');
        }
        a.finalized = true;
        a.size = size;
        a.hash = actual;
        return this.json(res, { ok: true, artifact_id: String(a.id) });
      }
      case 'ListArtifacts': {
        const nameFilter = body.name_filter as string | undefined;
        const idFilter = body.id_filter !== undefined ? Number(body.id_filter) : undefined;
        const list = this.artifacts.filter(
          (x) =>
            x.finalized &&
            x.runBackendId === body.workflow_run_backend_id &&
            (nameFilter === undefined || x.name === nameFilter) &&
            (idFilter === undefined || x.id === idFilter),
        );
        return this.json(res, {
          artifacts: list.map((x) => ({
            workflow_run_backend_id: x.runBackendId,
            workflow_job_run_backend_id: x.jobBackendId,
            database_id: String(x.id),
            name: x.name,
            size: String(x.size ?? 0),
            created_at: x.createdAt,
            ...(x.hash ? { digest: x.hash } : {}),
          })),
        });
      }
      case 'GetSignedArtifactURL': {
        const a = this.artifacts.find(
          (x) => x.name === name && x.finalized && x.runBackendId === body.workflow_run_backend_id,
        );
        if (!a) return this.twirpError(res, 404, 'not_found', `no artifact ${name}`);
        return this.json(res, { signed_url: this.blobUrl(a) });
      }
      case 'DeleteArtifact': {
        const i = this.artifacts.findIndex((x) => x.name === name && x.finalized);
        if (i === -1) return this.twirpError(res, 404, 'not_found', `no artifact ${name}`);
        const [a] = this.artifacts.splice(i, 1);
        return this.json(res, { ok: true, artifact_id: String(a.id) });
      }
    }
    return this.twirpError(res, 404, 'bad_route', methodName);
  }
}

export async function startArtifactServer(opts: ArtifactServerOptions = {}): Promise<ArtifactServer> {
  return new ArtifactServer(opts).start();
}
