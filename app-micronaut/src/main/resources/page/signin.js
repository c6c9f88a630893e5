// Signing the page in with OpenID Connect (AUTH=oidc): the authorization code flow with PKCE
// (RFC 7636, S256) as a public client, so no secret is in the browser. The ID token, which names this
// client as its audience, is the bearer token of every call; the service checks it on each. It is kept
// in sessionStorage (this tab, until it closes): never in localStorage, never in a cookie.

const SESSION = "item-tracker.session";
const PENDING = "item-tracker.sign-in";
/** A call refused this soon after signing in is not cured by signing in again. */
const FRESH_MILLIS = 30_000;
/** The token is taken as expired this long before it is. */
const MARGIN_MILLIS = 30_000;

/** Reads the sign-in settings, finishes a sign-in the provider has just sent the browser back from. */
export async function start() {
  const settings = await readSettings();
  const params = new URLSearchParams(location.search);
  if (params.has("code") || params.has("error")) {
    history.replaceState(null, "", location.pathname);
    await finish(settings, params);
  }
  return new SignIn(settings);
}

class SignIn {
  constructor(settings) {
    this.settings = settings;
  }

  /** The signed-in user ({ idToken, name, expiresAt, startedAt }), or null. */
  get session() {
    const session = read(SESSION);
    return session && session.expiresAt - MARGIN_MILLIS > Date.now() ? session : null;
  }

  /** Whether this tab was signed in before, and the sign-in has run out since. */
  get expired() {
    return read(SESSION) !== null && this.session === null;
  }

  /** Whether signing in again could change the answer to a refused call. */
  get worthRetrying() {
    const session = this.session;
    return session === null || Date.now() - session.startedAt > FRESH_MILLIS;
  }

  headers() {
    const session = this.session;
    return session ? { Authorization: `Bearer ${session.idToken}` } : {};
  }

  /** Sends the browser to the provider's sign-in page; it comes back to this page with a code. */
  async begin() {
    if (!crypto.subtle) {
      throw new Error("Signing in needs this page over https (or on localhost), where the browser hashes the sign-in's proof.");
    }
    const pending = { state: random(), nonce: random(), verifier: random() };
    sessionStorage.setItem(PENDING, JSON.stringify(pending));
    const url = new URL(this.settings.authorizationEndpoint);
    const challenge = base64url(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(pending.verifier)));
    for (const [name, value] of Object.entries({
      response_type: "code", client_id: this.settings.clientId, redirect_uri: here(), scope: this.settings.scope,
      state: pending.state, nonce: pending.nonce, code_challenge: challenge, code_challenge_method: "S256",
    })) {
      url.searchParams.set(name, value);
    }
    location.assign(url.toString());
  }

  /** Forgets the token, and signs out at the provider too: at OIDC_LOGOUT_URL if set, else at its end-session endpoint. */
  end() {
    const session = read(SESSION);
    sessionStorage.removeItem(SESSION);
    sessionStorage.removeItem(PENDING);
    let url = null;
    if (this.settings.logoutUrl) {
      url = new URL(this.settings.logoutUrl);
    } else if (this.settings.endSessionEndpoint) {
      url = new URL(this.settings.endSessionEndpoint);
      url.searchParams.set("client_id", this.settings.clientId);
      url.searchParams.set("post_logout_redirect_uri", here());
      if (session) {
        url.searchParams.set("id_token_hint", session.idToken);
      }
    }
    location.assign(url ? url.toString() : here());
  }
}

async function readSettings() {
  let response;
  try {
    response = await fetch("/auth/config", { cache: "no-store", headers: { Accept: "application/json" } });
  } catch {
    throw new Error("The service could not be reached to sign in. Check that it is running, then try again.");
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || `Signing in is not possible right now (the service answered ${response.status}).`);
  }
  return body;
}

async function finish(settings, params) {
  const pending = read(PENDING);
  sessionStorage.removeItem(PENDING);
  if (params.has("error")) {
    throw new Error(`The sign-in provider refused: ${params.get("error_description") || params.get("error")}.`);
  }
  if (!pending || params.get("state") !== pending.state) {
    throw new Error("This sign-in was not started by this page in this tab, so it is not used: sign in again.");
  }
  let response;
  try {
    response = await fetch(settings.tokenEndpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "authorization_code", code: params.get("code"), redirect_uri: here(), client_id: settings.clientId,
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new Error("The sign-in provider could not be reached to finish signing in: try again.");
  }
  const tokens = await response.json().catch(() => ({}));
  if (!response.ok || typeof tokens.id_token !== "string") {
    throw new Error(`The sign-in provider did not hand out a token: ${tokens.error_description || tokens.error || response.status}.`);
  }
  const claims = payload(tokens.id_token);
  const audience = [].concat(claims.aud);
  if (claims.nonce !== pending.nonce || claims.iss !== settings.issuer || !audience.includes(settings.clientId)) {
    throw new Error("The sign-in provider handed out a token for another sign-in: sign in again.");
  }
  sessionStorage.setItem(SESSION, JSON.stringify({
    idToken: tokens.id_token, expiresAt: claims.exp * 1000, startedAt: Date.now(),
    name: claims.name || claims.email || claims.preferred_username || claims.sub,
  }));
}

/** The claims of a token. Their signature is the service's to check, on every call; the page reads them. */
function payload(token) {
  const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(part), c => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function read(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key));
  } catch {
    return null;
  }
}

function here() {
  return location.origin + "/";
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
