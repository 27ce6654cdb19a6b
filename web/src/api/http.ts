// The one place the app talks HTTP: bearer token, correlation id, ETag/If-Match, problem+json errors,
// the page envelope, and downloads chosen by Accept.
import { accessToken } from '../auth';

/** Every list endpoint answers this envelope (docs/api-conventions.md). */
/** A person as the APIs name them beside a user id: name and job title from the council's directory. */
export interface Person { id: string; name: string | null; jobTitle: string | null; former: boolean }

/** "Priya Hartley, Head of Business Planning" — or the id when the directory could not name them. */
export function personLabel(p: Person | undefined | null, id: string): string {
  if (!p || !p.name) return id;
  return p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** RFC 9457 problem details; `field` names what to fix, `currentVersion` comes with a stale write. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  field?: string;
  currentVersion?: number;
  [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
  /** A write that named an old version: someone else changed the resource first. */
  get stale(): boolean {
    return this.status === 409 || this.status === 412;
  }
}

/** A resource with the version its ETag names; send it back as If-Match to change the resource. */
export interface Versioned<T> {
  body: T;
  etag: string;
}

export interface PageQuery {
  page?: number;
  size?: number;
  sort?: string;
  [filter: string]: string | number | boolean | undefined;
}

export const MEDIA = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function query(params?: Record<string, string | number | boolean | undefined | null>): string {
  if (!params) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? '?' + s : '';
}

export interface WriteOptions {
  ifMatch?: string;
  idempotencyKey?: string;
}

/** One service behind the edge, e.g. /api/assessment. `anonymous` clients send no token (public views). */
export class ServiceClient {
  constructor(
    readonly base: string,
    private readonly anonymous = false,
  ) {}

  private async request(method: string, path: string, init: { body?: unknown; accept?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: init.accept ?? MEDIA.json,
      'X-Correlation-Id': crypto.randomUUID(),
      ...init.headers,
    };
    if (!this.anonymous) headers.Authorization = 'Bearer ' + (await accessToken());
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const response = await fetch(this.base + path, { method, headers, body });
    if (!response.ok) {
      let problem: Problem = { status: response.status, title: response.statusText };
      try {
        const text = await response.text();
        if (text) problem = { ...problem, ...JSON.parse(text) };
      } catch {
        /* not JSON: keep the status line */
      }
      throw new ApiError(response.status, problem);
    }
    return response;
  }

  async get<T>(path: string, params?: Record<string, string | number | boolean | undefined | null>): Promise<T> {
    return (await this.request('GET', path + query(params))).json() as Promise<T>;
  }

  async getVersioned<T>(path: string): Promise<Versioned<T>> {
    const r = await this.request('GET', path);
    return { body: (await r.json()) as T, etag: r.headers.get('ETag') ?? '' };
  }

  page<T>(path: string, q: PageQuery = {}): Promise<Page<T>> {
    return this.get<Page<T>>(path, q);
  }

  /** Every item of a paged list (pages of 200, the maximum). */
  async all<T>(path: string, filters: PageQuery = {}): Promise<T[]> {
    const out: T[] = [];
    for (let page = 0; ; page++) {
      const p = await this.page<T>(path, { ...filters, page, size: 200 });
      out.push(...p.items);
      if (p.items.length === 0 || out.length >= p.total) return out;
    }
  }

  async send<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, options: WriteOptions = {}): Promise<Versioned<T>> {
    const headers: Record<string, string> = {};
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    const r = await this.request(method, path, { body, headers });
    const text = r.status === 204 ? '' : await r.text();
    return { body: (text ? JSON.parse(text) : undefined) as T, etag: r.headers.get('ETag') ?? '' };
  }

  /** Fetches a document in the format `accept` names and hands it to the browser as a file. */
  async download(path: string, accept: string, fallbackName: string, params?: Record<string, string | undefined>): Promise<string> {
    const r = await this.request('GET', path + query(params), { accept });
    const disposition = r.headers.get('Content-Disposition') ?? '';
    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? fallbackName;
    const blob = await r.blob();
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = decodeURIComponent(name);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return a.download;
  }

  /** A document as text (e.g. the SVG heat-map), chosen by Accept. */
  async text(path: string, accept: string, params?: Record<string, string | undefined>): Promise<string> {
    return (await this.request('GET', path + query(params), { accept })).text();
  }
}

/** Quote an ETag the way If-Match wants it: the services answer "3". */
export function etagOf(version: number | string): string {
  const v = String(version);
  return v.startsWith('"') || v.startsWith('W/') ? v : `"${v}"`;
}
