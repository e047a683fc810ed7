import { describe, expect, it } from 'vitest';
import { ApiError, errorMessages, fieldOf, placeErrors } from './errors';

const FIELDS = ['redirect_uris', 'grant_types', 'session_config', 'session_config.timeout_seconds', 'extension.access_token_duration'];

describe('placing refusals next to fields', () => {
  it('reads the schema and the domain forms of a path', () => {
    expect(fieldOf('redirect_uris[0] is not a valid URI', FIELDS)).toBe('redirect_uris');
    expect(fieldOf('client.grant_types[1]: unknown value "x" (expected one of a, b)', FIELDS, ['client.'])).toBe('grant_types');
    expect(fieldOf('client.extension.access_token_duration: out of range (expected an integer between 1 and 2)', FIELDS, ['client.'])).toBe('extension.access_token_duration');
  });

  it('prefers the longest field the path is under', () => {
    expect(fieldOf('tenant.session_config.timeout_seconds: out of range', FIELDS, ['tenant.'])).toBe('session_config.timeout_seconds');
    expect(fieldOf('tenant.session_config.cookie_name: bad', FIELDS, ['tenant.'])).toBe('session_config');
  });

  it('leaves messages that name no field of the form for the general list', () => {
    const placed = placeErrors(['a client with this client_id already exists', 'redirect_uris[0] is bad', 'redirect_uris[1] is bad', 'scope: unknown'], FIELDS);
    expect(placed.fields).toEqual({ redirect_uris: 'redirect_uris[0] is bad\nredirect_uris[1] is bad' });
    expect(placed.general).toEqual(['a client with this client_id already exists', 'scope: unknown']);
  });

  it('lists the messages of an answer, else its description', () => {
    expect(errorMessages(new ApiError(400, { error_description: 'd', error_messages: ['m1', 'm2'] }))).toEqual(['m1', 'm2']);
    expect(errorMessages(new ApiError(403, { error: 'forbidden', error_description: 'no permission' }))).toEqual(['no permission']);
    expect(errorMessages(new Error('network'))).toEqual(['network']);
  });
});
