// Calls to the JSON API of `dyad serve` (docs/api.md). Empty parameters are left out, since
// the server answers an unknown or malformed parameter with a 400.

export class ApiError extends Error {}

function query(params) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    qs.set(key, String(value));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

async function read(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    throw new ApiError((body && body.error) || `${res.status} ${res.statusText}`);
  }
  return body;
}

export async function get(path, params) {
  const res = await fetch(`api/${path}${query(params)}`, { headers: { Accept: 'application/json' } });
  return read(res);
}

export async function codeText(text) {
  const res = await fetch('api/code', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ text }),
  });
  return read(res);
}
