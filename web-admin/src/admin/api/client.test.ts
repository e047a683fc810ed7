import { describe, expect, it } from 'vitest';
import { ApiClient, resultOf, withQuery, type Fetch } from './client';
import { ApiError } from './errors';

// A recording fetch answering from a table.
function fakeFetch(answers: Record<string, { status: number; body?: unknown }>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetcher: Fetch = async (url, init) => {
    calls.push({ url, init });
    const a = answers[`${init.method} ${url}`] ?? { status: 404, body: { error: 'not_found' } };
    return new Response(a.body === undefined ? null : JSON.stringify(a.body), { status: a.status });
  };
  return { calls, fetcher };
}

describe('ApiClient', () => {
  it('sends the bearer token and JSON, under the management prefix', async () => {
    const { calls, fetcher } = fakeFetch({ 'POST /v1/management/tenants/t1/clients?dry_run=true': { status: 200, body: { dry_run: true } } });
    const api = new ApiClient('/v1/management', async () => 'tok', fetcher);
    expect(await api.write('POST', '/tenants/t1/clients', { client_id: 'c' }, true)).toEqual({ dry_run: true });
    const [call] = calls;
    expect((call.init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
    expect((call.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(call.init.body).toBe('{"client_id":"c"}');
  });

  it('puts organization calls under the organization', async () => {
    const { calls, fetcher } = fakeFetch({ 'GET /v1/management/organizations/o1/tenants?limit=20&offset=40': { status: 200, body: { list: [], total_count: 0 } } });
    const api = new ApiClient('/v1/management/organizations/o1', async () => 'tok', fetcher);
    await api.list('/tenants', { limit: 20, offset: 40, empty: '' });
    expect(calls[0].url).toBe('/v1/management/organizations/o1/tenants?limit=20&offset=40');
  });

  it('turns error answers into ApiError with their messages, and reports 401', async () => {
    const body = { error: 'invalid_request', error_description: 'the configuration is not valid', error_messages: ['client.redirect_uris[0]: bad'] };
    let unauthorized = 0;
    const { fetcher } = fakeFetch({ 'PUT /v1/management/x': { status: 400, body }, 'GET /v1/management/y': { status: 401, body: { error: 'invalid_token' } } });
    const api = new ApiClient('/v1/management', async () => 'tok', fetcher, () => ++unauthorized);
    const refused = (await api.write('PUT', '/x', {}).catch((e: unknown) => e)) as ApiError;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.status).toBe(400);
    expect(refused.messages).toEqual(['client.redirect_uris[0]: bad']);
    await expect(api.get('/y')).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).toBe(1);
  });

  it('reads answers that are not JSON as the error description', async () => {
    const fetcher: Fetch = async () => new Response('<html>bad gateway</html>', { status: 502 });
    const e = (await new ApiClient('/v1/management', async () => 't', fetcher).get('/z').catch((x: unknown) => x)) as Error;
    expect(e.message).toBe('<html>bad gateway</html>');
  });

  it('keeps an existing query when adding one', () => {
    expect(withQuery('/a?x=1', { y: 2 })).toBe('/a?x=1&y=2');
    expect(withQuery('/a', {})).toBe('/a');
  });

  it('finds the document of a write answer', () => {
    expect(resultOf({ result: { client_secret: 's' } })).toEqual({ client_secret: 's' });
    expect(resultOf({ client_id: 'c' })).toEqual({ client_id: 'c' });
    expect(resultOf(undefined)).toBeUndefined();
  });
});
