// The JSON interactions of an authorization request, on the provider's own origin with its
// AUTH_SESSION cookie.
import { interactionPath, type Flow } from './query';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description || error);
  }

  // OAuth transaction bound to another browser, or its cookie gone: only a new flow helps.
  get sessionMismatch(): boolean {
    return this.status === 401 && this.description.startsWith('auth_session_mismatch');
  }
}

// 0 when the network failed before any answer.
export const networkFailure = 0;

async function call(flow: Flow, name: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(interactionPath(flow, name), {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(networkFailure, 'network_error', e instanceof Error ? e.message : String(e));
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const a = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
    const error = typeof a.error === 'string' ? a.error : `http_${response.status}`;
    const description = typeof a.error_description === 'string' ? a.error_description : response.statusText;
    throw new ApiError(response.status, error, description);
  }
  return answer;
}

export interface ViewData {
  client_id: string;
  client_name?: string;
  client_uri?: string;
  logo_uri?: string;
  policy_uri?: string;
  tos_uri?: string;
  scopes: string[];
  session_enabled?: boolean;
  authenticated?: boolean;
}

export interface Registration {
  email: string;
  password: string;
  name?: string;
}

export const api = {
  viewData: (flow: Flow) => call(flow, 'view-data') as Promise<ViewData>,
  passwordAuthentication: (flow: Flow, username: string, password: string) =>
    call(flow, 'password-authentication', { username, password }),
  initialRegistration: (flow: Flow, registration: Registration) => call(flow, 'initial-registration', registration),
  authorize: (flow: Flow) => call(flow, 'authorize', {}),
  authorizeWithSession: (flow: Flow) => call(flow, 'authorize-with-session', {}),
  deny: (flow: Flow) => call(flow, 'deny', {}),
};

export function clientDisplayName(view: ViewData): string {
  return view.client_name || view.client_id;
}
