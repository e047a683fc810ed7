// What the browser does with the answer of `authorize`, `deny` or `authorize-with-session`:
// go to the relying party's redirect URI, or post the response parameters to it (form_post,
// OAuth 2.0 Form Post Response Mode).

export type Navigation =
  | { kind: 'redirect'; url: string }
  | { kind: 'form_post'; action: string; fields: Array<[string, string]> }
  | { kind: 'invalid'; reason: string };

function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    // Never follow javascript:, data: and the like from an answer.
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function navigationFor(answer: unknown): Navigation {
  if (typeof answer !== 'object' || answer === null) return { kind: 'invalid', reason: 'the answer is not a JSON object' };
  const a = answer as Record<string, unknown>;
  const url = httpUrl(a.redirect_uri);
  if (!url) return { kind: 'invalid', reason: 'the answer has no http(s) redirect_uri' };
  if (a.response_mode !== 'form_post') return { kind: 'redirect', url };
  const parameters = a.parameters;
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
    return { kind: 'invalid', reason: 'a form_post answer needs a parameters object' };
  const fields: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(parameters)) {
    if (typeof v !== 'string') return { kind: 'invalid', reason: `form_post parameter ${k} is not a string` };
    fields.push([k, v]);
  }
  return { kind: 'form_post', action: url, fields };
}
