// Calls of the management API with the signed-in administrator's access token: JSON in and out,
// `?dry_run=true` for previews, error answers as ApiError.
import { ApiError, type ErrorBody } from './errors';

export type Query = Record<string, string | number | boolean | undefined>;

export interface ListAnswer<T> {
  list: T[];
  total_count: number;
  limit: number;
  offset: number;
}

export interface DryRunAnswer<T = unknown> {
  dry_run: true;
  result?: T;
  diff?: Record<string, { before?: unknown; after?: unknown }>;
  [member: string]: unknown;
}

// The document of a write's answer: creates answer {"result": …} (with what only the creation
// shows, like a generated client secret), other writes the document itself.
export function resultOf<T = Record<string, unknown>>(answer: unknown): T | undefined {
  if (!answer || typeof answer !== 'object') return undefined;
  const a = answer as Record<string, unknown>;
  return (a.result && typeof a.result === 'object' ? a.result : a) as T;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

export class ApiClient {
  constructor(
    readonly base: string,  // the management prefix: /v1/management or …/organizations/{id}
    private readonly token: () => Promise<string>,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
    private readonly onUnauthorized: () => void = () => {},
  ) {}

  async request<T>(method: string, path: string, options: { query?: Query; body?: unknown; absolute?: boolean } = {}): Promise<T> {
    const url = withQuery(options.absolute ? path : `${this.base}${path}`, options.query);
    const headers: Record<string, string> = { Authorization: `Bearer ${await this.token()}`, Accept: 'application/json' };
    const init: RequestInit = { method, headers };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    const response = await this.fetcher(url, init);
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (!response.ok) {
      if (response.status === 401) this.onUnauthorized();
      const body: ErrorBody = typeof parsed === 'object' && parsed !== null ? (parsed as ErrorBody) : { error_description: text || response.statusText };
      throw new ApiError(response.status, body);
    }
    return parsed as T;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, { query });
  }

  list<T>(path: string, query?: Query): Promise<ListAnswer<T>> {
    return this.request<ListAnswer<T>>('GET', path, { query });
  }

  // A write; with dryRun the server checks it and answers what would change without saving.
  write<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, dryRun = false): Promise<T> {
    return this.request<T>(method, path, { body, query: dryRun ? { dry_run: 'true' } : undefined });
  }

  // The system level (/v1/management), for calls that exist only there (onboarding).
  system(): ApiClient {
    return new ApiClient('/v1/management', this.token, this.fetcher, this.onUnauthorized);
  }
}
