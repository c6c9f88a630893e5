// The Item Tracker page: the React client's item tracker, on the same HTTP API, from the same origin.
// Text that comes from the service is put into the page with textContent, never parsed as HTML.

const GUIDES = new Map([...document.querySelectorAll("#guide option")].map(option => [option.value, option.textContent]));
const UNREACHABLE = "The service could not be reached. Check that it is running and that this computer is online, then try again.";

const element = id => document.getElementById(id);
const rows = element("rows");
const filter = element("filter");
const archiveButton = element("archive");
const addForm = element("add-form");
const addButton = element("add");
const reportForm = element("report-form");
const sendButton = element("send");
const fields = Object.fromEntries(["name", "guide", "description", "status", "email"].map(id => [id, element(id)]));

/** A failed call, with the sentence to show the user: the service's problem detail where it gave one. */
class CallFailed extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** With AUTH=oidc, the page's sign-in (signin.js); otherwise null. */
let signIn = null;

/** One call of the API; resolves to the parsed JSON body, or rejects with a CallFailed. */
async function call(method, path, body) {
  const headers = { Accept: "application/json", ...signIn?.headers() };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new CallFailed(UNREACHABLE, 0);
  }
  if (response.status === 401 && signIn?.worthRetrying) {
    await signInAgain();
  }
  if (!response.ok) {
    throw new CallFailed(await problemDetail(response), response.status);
  }
  try {
    return await response.json();
  } catch {
    throw new CallFailed("The service's answer was cut short or was not JSON; try again.", response.status);
  }
}

/** The problem's detail (RFC 9457), or a sentence naming the status where the body has none. */
async function problemDetail(response) {
  try {
    const problem = await response.json();
    for (const text of [problem.detail, problem.message]) {
      if (typeof text === "string" && text.trim()) {
        return text;
      }
    }
  } catch {
    // Not JSON: a proxy's page, say. The status is all there is to tell.
  }
  return `The service answered ${response.status}${response.statusText ? " " + response.statusText : ""}; try again later.`;
}

function say(id, text) {
  element(id).textContent = text;
}

// --- the list ------------------------------------------------------------------------------------

const selected = new Set();
let listing = 0;

function archivedQuery() {
  return filter.value === "" ? "" : "?archived=" + filter.value;
}

async function loadItems() {
  const mine = ++listing;
  element("loading").hidden = false;
  element("items").setAttribute("aria-busy", "true");
  say("list-error", "");
  try {
    const items = await call("GET", "/api/items" + archivedQuery());
    if (mine === listing) {
      render(items);
    }
  } catch (failure) {
    if (mine === listing) {
      render([], "The work items could not be loaded.");
      say("list-error", failure.message);
    }
  } finally {
    if (mine === listing) {
      element("loading").hidden = true;
      element("items").removeAttribute("aria-busy");
    }
  }
}

function render(items, emptyText = "No work items found.") {
  selected.clear();
  rows.replaceChildren(...(items.length ? items.map(row) : [messageRow(emptyText)]));
  updateArchiveButton();
}

function messageRow(text) {
  const tr = document.createElement("tr");
  const td = cell(tr, text);
  td.colSpan = 5;
  td.className = "message";
  return tr;
}

function row(item) {
  const tr = document.createElement("tr");
  if (item.archived) {
    tr.className = "archived";
  }
  const choose = document.createElement("input");
  choose.type = "checkbox";
  choose.value = item.id;
  choose.disabled = item.archived;
  choose.setAttribute("aria-label", `Select ${item.description}`);
  choose.addEventListener("change", () => {
    choose.checked ? selected.add(item.id) : selected.delete(item.id);
    updateArchiveButton();
  });
  cell(tr, choose).className = "select";
  cell(tr, item.name);
  cell(tr, GUIDES.get(item.guide) ?? item.guide);
  cell(tr, item.description).className = "description";
  const status = cell(tr, item.status);
  if (item.archived) {
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = "archived";
    status.append(" ", badge);
  }
  return tr;
}

function cell(tr, content) {
  const td = document.createElement("td");
  if (typeof content === "string") {
    td.textContent = content;
  } else {
    td.append(content);
  }
  tr.append(td);
  return td;
}

let archiving = false;

function updateArchiveButton() {
  archiveButton.disabled = archiving || selected.size === 0;
}

async function archiveSelected() {
  archiving = true;
  updateArchiveButton();
  say("archive-error", "");
  try {
    for (const id of [...selected]) {
      await call("PUT", `/api/items/${encodeURIComponent(id)}:archive`);
    }
  } catch (failure) {
    say("archive-error", failure.message);
  } finally {
    archiving = false;
    await loadItems();
  }
}

// --- adding --------------------------------------------------------------------------------------

let adding = false;

function updateAddButton() {
  addButton.disabled = adding || !fields.name.value.trim() || !fields.description.value.trim();
}

async function addItem(event) {
  event.preventDefault();
  if (addButton.disabled) {
    return;
  }
  adding = true;
  updateAddButton();
  say("add-error", "");
  try {
    await call("POST", "/api/items", {
      name: fields.name.value.trim(),
      guide: fields.guide.value,
      description: fields.description.value.trim(),
      status: fields.status.value.trim(),
      archived: false,
    });
    addForm.reset();
    fields.name.focus();
    await loadItems();
  } catch (failure) {
    say("add-error", failure.message);
  } finally {
    adding = false;
    updateAddButton();
  }
}

// --- the report ----------------------------------------------------------------------------------

async function sendReport(event) {
  event.preventDefault();
  if (sendButton.disabled) {
    return;
  }
  sendButton.disabled = true;
  say("report-status", "");
  say("report-error", "");
  try {
    const sent = await call("POST", "/api/items:report", { email: fields.email.value.trim() });
    const items = sent.itemCount === 1 ? "1 work item" : `${sent.itemCount} work items`;
    const how = sent.delivery === "attachment" ? "attached to the email as work_items.csv" : "listed in the email itself";
    say("report-status", `Report sent to ${sent.recipient}: ${items}, ${how}.`);
  } catch (failure) {
    say("report-error", failure.message);
  } finally {
    sendButton.disabled = false;
  }
}

// --- signing in (AUTH=oidc) ---------------------------------------------------------------------

const DRAFT = "item-tracker.draft";

/** Off to the provider, keeping what was typed for the page's return. */
async function signInAgain() {
  sessionStorage.setItem(DRAFT, JSON.stringify(Object.fromEntries(
    Object.entries(fields).map(([id, field]) => [id, field.value]))));
  await signIn.begin();
  throw new CallFailed("Your sign-in has run out: signing in again…", 401);
}

function restoreDraft() {
  const draft = JSON.parse(sessionStorage.getItem(DRAFT) || "null");
  sessionStorage.removeItem(DRAFT);
  for (const [id, value] of Object.entries(draft || {})) {
    if (fields[id] && typeof value === "string") {
      fields[id].value = value;
    }
  }
  updateAddButton();
}

/** Signed in, or the reason not; false while the page shows the sign-in panel instead of the tracker. */
async function signedIn() {
  try {
    const module = await import("/assets/signin.js");
    signIn = await module.start();
    if (signIn.expired) {
      await signIn.begin();
      return false;
    }
  } catch (failure) {
    showSignInPanel(failure.message);
    return false;
  }
  if (!signIn.session) {
    showSignInPanel("");
    return false;
  }
  say("signed-in-as", `Signed in as ${signIn.session.name}`);
  element("account").hidden = false;
  restoreDraft();
  return true;
}

function showSignInPanel(reason) {
  element("sign-in-panel").hidden = false;
  say("sign-in-error", reason);
}

element("sign-in").addEventListener("click", async () => {
  say("sign-in-error", "");
  try {
    // Without settings (the service or the provider could not be reached), loading the page again retries.
    signIn ? await signIn.begin() : location.reload();
  } catch (failure) {
    say("sign-in-error", failure.message);
  }
});
element("sign-out").addEventListener("click", () => signIn.end());

// --- start ---------------------------------------------------------------------------------------

filter.addEventListener("change", loadItems);
archiveButton.addEventListener("click", archiveSelected);
addForm.addEventListener("input", updateAddButton);
addForm.addEventListener("reset", () => setTimeout(updateAddButton));
addForm.addEventListener("submit", addItem);
reportForm.addEventListener("submit", sendReport);

if (document.documentElement.dataset.signIn !== "oidc" || await signedIn()) {
  element("tracker").hidden = false;
  loadItems();
}
