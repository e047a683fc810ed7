// The management API's error answers ({error, error_description, error_messages}) and the
// placement of each message next to the form field it names.

export interface ErrorBody {
  error?: string;
  error_description?: string;
  error_messages?: string[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.error_description || body.error || `HTTP ${status}`);
  }

  get messages(): string[] {
    return this.body.error_messages ?? [];
  }
}

export interface PlacedErrors {
  fields: Record<string, string>;  // field name → its messages, one per line
  general: string[];  // messages that name no field of the form
}

// The field a message names: "redirect_uris[0] is not…", "client.grant_types[1]: unknown…" or
// "session_config.timeout_seconds: …" name redirect_uris, grant_types, session_config.timeout_seconds
// (given `prefixes` like "client."). The longest known field that the message's path starts with
// wins, so a form may have a field for "session_config" or for "session_config.timeout_seconds".
export function fieldOf(message: string, fields: readonly string[], prefixes: readonly string[] = []): string | undefined {
  const m = /^([A-Za-z_$][\w$#-]*(?:(?:\.[A-Za-z_$][\w$#-]*)|(?:\[\d+\]))*)(?::|\s)/.exec(message);
  if (!m) return undefined;
  let path = m[1];
  for (const p of prefixes) if (path.startsWith(p)) { path = path.slice(p.length); break; }
  const plain = path.replace(/\[\d+\]/g, '');
  let best: string | undefined;
  for (const f of fields)
    if ((plain === f || plain.startsWith(`${f}.`)) && (!best || f.length > best.length)) best = f;
  return best;
}

export function placeErrors(messages: readonly string[], fields: readonly string[], prefixes: readonly string[] = []): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, general: [] };
  for (const message of messages) {
    const field = fieldOf(message, fields, prefixes);
    if (!field) {
      if (!placed.general.includes(message)) placed.general.push(message);
      continue;
    }
    const previous = placed.fields[field];
    placed.fields[field] = previous ? `${previous}\n${message}` : message;
  }
  return placed;
}

// An error answer as messages: the listed ones, else the description.
export function errorMessages(e: unknown): string[] {
  if (e instanceof ApiError) return e.messages.length ? e.messages : [e.message];
  return [e instanceof Error ? e.message : String(e)];
}
