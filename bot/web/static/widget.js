/*
 * ICC Explainer chat widget. A page adds one tag and visitors can chat with the assistant:
 *
 *   <script src="https://example.org/widget.js" data-server="https://rasa.example.org" defer></script>
 *
 * Optional attributes: data-title, data-greeting, data-privacy (the one-line notice),
 * data-color (launcher, header, your messages) and data-bot-color (the assistant's messages).
 * Text on each colour is black or white, whichever contrasts more.
 *
 * Transport: Rasa's REST channel with fetch, so there is nothing to install or bundle. The
 * sender id and the transcript live in sessionStorage: a reload continues the same Rasa
 * conversation, closing the tab forgets it. Every text, the assistant's and the visitor's, is
 * put in the page as text (never as HTML); only http(s) addresses become links.
 */
(() => {
  "use strict";

  const HOST_ID = "icc-chat-widget";
  const script = document.currentScript;
  if (!script) return;

  const REPLY_TIMEOUT_MS = 30000;
  const PING_TIMEOUT_MS = 5000;
  const RETRY_MAX_MS = 10000;
  const NOTICE_MS = 4000;
  const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
  const LINK_PATTERN = new RegExp(
    String.raw`\[([^\[\]\n]+)\]\((https?:\/\/[^\s<>"'()]+)\)|` + URL_PATTERN.source, "g");
  const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
  const WHITE = "#ffffff";
  const INK = "#1a1a1a";

  const TEXTS = {
    title: "Ask about the ICC",
    greeting:
      "Hello! I can explain the International Criminal Court: what it is, how it works " +
      "and its cases. What would you like to know?",
    privacy: "Don't share personal details. Chats are kept for 30 days, then deleted.",
    typing: "The assistant is typing…",
    offline: "Can't reach the assistant. Trying to reconnect…",
    offlineWaiting: "Can't reach the assistant. Your message will be sent when it is back.",
    reconnected: "Connected again.",
    failed: "Sorry, the assistant could not answer just now. Please try again.",
  };

  const data = script.dataset;
  const config = {
    server: (data.server || new URL(script.src).origin).replace(/\/+$/, ""),
    title: data.title || TEXTS.title,
    greeting: data.greeting || TEXTS.greeting,
    privacy: data.privacy || TEXTS.privacy,
    color: cssColor(data.color, "#1f4e79"),
    botColor: cssColor(data.botColor, "#eef1f5"),
  };
  const storageKey = `icc-chat:${config.server}`;

  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .root { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: ${INK}; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
      overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    button { font: inherit; cursor: pointer; }
    :focus-visible { outline: 3px solid var(--accent-text); outline-offset: 2px; }
    .launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex;
      align-items: center; gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px;
      background: var(--accent); color: var(--on-accent); font-weight: 600;
      box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
    .launcher:focus-visible { outline-offset: 3px; box-shadow: 0 0 0 3px ${WHITE}; }
    .panel { position: fixed; right: 20px; bottom: 84px; z-index: 2147483000; display: flex;
      flex-direction: column; width: 380px; max-width: calc(100vw - 40px); height: 600px;
      max-height: calc(100vh - 104px); background: ${WHITE}; border-radius: 12px;
      box-shadow: 0 8px 30px rgba(0, 0, 0, .3); overflow: hidden; }
    .panel[hidden] { display: none; }
    .header { display: flex; align-items: center; gap: 8px; padding: 10px 10px 10px 16px;
      background: var(--accent); color: var(--on-accent); }
    .header :focus-visible { outline-color: var(--on-accent); }
    .title { flex: 1; font-size: 16px; font-weight: 700; }
    .header button { min-height: 36px; padding: 4px 10px; border: 1px solid currentColor;
      border-radius: 6px; background: transparent; color: inherit; }
    .header .close { min-width: 36px; padding: 4px; border-color: transparent; line-height: 0; }
    .privacy { margin: 0; padding: 6px 16px; border-bottom: 1px solid #e2e2e2;
      background: #f7f7f7; color: #4d4d4d; font-size: 12.5px; }
    .log { flex: 1; display: flex; flex-direction: column; gap: 8px; padding: 12px 16px;
      overflow-y: auto; }
    .message { max-width: 85%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap;
      overflow-wrap: anywhere; }
    .bot { align-self: flex-start; border-bottom-left-radius: 4px; background: var(--bot);
      color: var(--on-bot); }
    .user { align-self: flex-end; border-bottom-right-radius: 4px; background: var(--accent);
      color: var(--on-accent); }
    .failed { border: 1px solid #a4161a; }
    .message a { color: inherit; text-decoration: underline; }
    .message a:focus-visible { outline-color: currentColor; }
    .replies { display: flex; flex-wrap: wrap; gap: 6px; max-height: 40%; padding: 4px 16px 8px;
      overflow-y: auto; }
    .replies[hidden] { display: none; }
    .reply { padding: 6px 12px; border: 2px solid var(--accent-text); border-radius: 999px;
      background: ${WHITE}; color: var(--accent-text); text-align: left; }
    .reply:hover { background: #f0f0f0; }
    .status { min-height: 1.45em; margin: 0; padding: 0 16px; color: #4d4d4d; font-size: 13px; }
    .status.offline { color: #a4161a; font-weight: 600; }
    .dots { display: none; gap: 3px; margin-right: 6px; vertical-align: middle; }
    .typing .dots { display: inline-flex; }
    .dots i { width: 6px; height: 6px; border-radius: 50%; background: currentColor;
      animation: blink 1.2s infinite both; }
    .dots i:nth-child(2) { animation-delay: .2s; }
    .dots i:nth-child(3) { animation-delay: .4s; }
    @keyframes blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
    .composer { display: flex; gap: 8px; padding: 10px 12px 12px; border-top: 1px solid #e2e2e2; }
    .composer input { flex: 1; min-width: 0; padding: 10px 12px; border: 1px solid #767676;
      border-radius: 8px; background: ${WHITE}; color: ${INK}; font: inherit; font-size: 16px; }
    .send { padding: 0 16px; border: 0; border-radius: 8px; background: var(--accent);
      color: var(--on-accent); font-weight: 600; }
    @media (max-width: 480px) {
      .panel { inset: 0; width: 100%; max-width: none; height: 100%; max-height: none;
        border-radius: 0; }
      .open .launcher { display: none; }
    }
    @media (prefers-reduced-motion: reduce) { .dots i { animation: none; } }
  `;

  // Constant markup only: every text that can vary is set with textContent in mount().
  const MARKUP = `
    <div class="root">
      <button class="launcher" type="button" aria-expanded="false" aria-controls="panel">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path fill="currentColor"
          d="M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>
        <span class="launcher-label"></span>
      </button>
      <section class="panel" id="panel" role="dialog" aria-labelledby="title" hidden>
        <div class="header">
          <span class="title" id="title"></span>
          <button class="restart" type="button">Restart</button>
          <button class="close" type="button" aria-label="Close chat">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path
              stroke="currentColor" stroke-width="2.5" stroke-linecap="round"
              d="M6 6l12 12M18 6L6 18"/></svg>
          </button>
        </div>
        <p class="privacy"></p>
        <div class="log" role="log" aria-label="Conversation" tabindex="0"></div>
        <div class="replies" role="group" aria-label="Suggested questions" hidden></div>
        <p class="status" role="status"><span class="dots" aria-hidden="true"><i></i><i></i><i></i></span><span class="status-text"></span></p>
        <form class="composer">
          <label class="visually-hidden" for="message">Message</label>
          <input id="message" type="text" autocomplete="off" maxlength="500"
            placeholder="Type your question">
          <button class="send" type="submit">Send</button>
        </form>
      </section>
    </div>`;

  class Unreachable extends Error {}

  let state = loadState();
  let ui = null;
  let queue = Promise.resolve();
  let waiting = 0; // messages sent and not answered yet
  let online = true;
  let notice = "";
  let reconnecting = null;
  let wakeUp = () => {};

  // ---- colours -------------------------------------------------------------------------

  function cssColor(value, fallback) {
    return value && CSS.supports("color", value) ? value : fallback;
  }

  /** [r, g, b] of any CSS colour: a canvas reads it back as #rrggbb (or rgba() if translucent). */
  function rgb(color) {
    const context = document.createElement("canvas").getContext("2d");
    context.fillStyle = color;
    const value = context.fillStyle;
    if (value.startsWith("#")) return [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
    return value.match(/[\d.]+/g).slice(0, 3).map(Number);
  }

  function luminance(color) {
    const linear = (channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const [r, g, b] = rgb(color).map(linear);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  /** WCAG contrast ratio, from 1 to 21; 4.5 is the AA minimum for text. */
  function contrast(first, second) {
    const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  }

  function textOn(background) {
    return contrast(background, WHITE) >= contrast(background, INK) ? WHITE : INK;
  }

  // ---- saved conversation --------------------------------------------------------------

  function newSenderId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  }

  function freshState(open) {
    return { sender: newSenderId(), open, messages: [{ from: "bot", text: config.greeting }] };
  }

  function loadState() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storageKey));
      if (saved && saved.sender && Array.isArray(saved.messages)) return saved;
    } catch (error) {
      // Storage is blocked or holds something else: start a new conversation.
    }
    return freshState(false);
  }

  function save() {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch (error) {
      // Storage is blocked or full: the conversation still works until the page is left.
    }
  }

  // ---- rendering -----------------------------------------------------------------------

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /** A link that opens in a new tab, showing `title`. */
  function newTabLink(url, title) {
    const link = element("a", "", title);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener";
    link.append(element("span", "visually-hidden", " (opens in a new tab)"));
    return link;
  }

  /** The text with its Markdown links ("[ICC: About the Court](https://...)", how answers
   *  name their sources) and bare http(s) addresses as links that open in a new tab. */
  function linked(text) {
    const parts = [];
    let end = 0;
    for (const match of text.matchAll(LINK_PATTERN)) {
      const titled = match[1] !== undefined;
      const url = titled ? match[2] : match[0].replace(TRAILING_PUNCTUATION, "");
      parts.push(text.slice(end, match.index), newTabLink(url, titled ? match[1] : url));
      end = match.index + (titled ? match[0].length : url.length);
    }
    parts.push(text.slice(end));
    return parts;
  }

  function messageElement(entry) {
    const bubble = element("div", `message ${entry.from}${entry.failed ? " failed" : ""}`);
    const speaker = entry.from === "user" ? "You: " : "Assistant: ";
    bubble.append(element("span", "visually-hidden", speaker));
    bubble.append(...(entry.from === "bot" ? linked(entry.text) : [entry.text]));
    return bubble;
  }

  /** The buttons of the assistant's last turn: they are the quick replies on offer. */
  function lastTurnButtons() {
    const buttons = [];
    for (let i = state.messages.length - 1; i >= 0 && state.messages[i].from === "bot"; i -= 1) {
      buttons.unshift(...(state.messages[i].buttons || []));
    }
    return buttons;
  }

  function renderReplies() {
    const buttons = lastTurnButtons().map(({ title, payload }) => {
      const button = element("button", "reply", title);
      button.type = "button";
      button.addEventListener("click", () => {
        send(payload, title);
        ui.input.focus(); // the clicked button is gone; keep keyboard users in the composer
      });
      return button;
    });
    ui.replies.replaceChildren(...buttons);
    ui.replies.hidden = buttons.length === 0;
  }

  function scrollToEnd() {
    ui.log.scrollTop = ui.log.scrollHeight;
  }

  function renderAll() {
    ui.log.replaceChildren(...state.messages.filter((m) => m.text).map(messageElement));
    renderReplies();
    scrollToEnd();
  }

  function add(entry) {
    state.messages.push(entry);
    save();
    if (entry.text) ui.log.append(messageElement(entry));
    renderReplies();
    scrollToEnd();
  }

  function showStatus() {
    let text = notice;
    if (!online) text = waiting ? TEXTS.offlineWaiting : TEXTS.offline;
    else if (waiting) text = TEXTS.typing;
    ui.status.classList.toggle("offline", !online);
    ui.status.classList.toggle("typing", online && waiting > 0);
    ui.statusText.textContent = text;
  }

  function flashNotice(text) {
    notice = text;
    showStatus();
    setTimeout(() => {
      if (notice === text) notice = "";
      showStatus();
    }, NOTICE_MS);
  }

  // ---- talking to Rasa -----------------------------------------------------------------

  async function post(sender, message) {
    let response;
    try {
      response = await fetch(`${config.server}/webhooks/rest/webhook`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender, message }),
        signal: AbortSignal.timeout(REPLY_TIMEOUT_MS),
      });
    } catch (error) {
      // A timed-out message may have arrived: report it rather than send it twice.
      if (error.name === "TimeoutError") throw error;
      throw new Unreachable();
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  async function reachable() {
    try {
      const response = await fetch(`${config.server}/`, {
        cache: "no-store",
        signal: AbortSignal.timeout(PING_TIMEOUT_MS),
      });
      return response.ok;
    } catch (error) {
      return false;
    }
  }

  function pause(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Show that the server is unreachable and ask again, less and less often, until it answers. */
  function reconnect() {
    reconnecting ||= (async () => {
      online = false;
      showStatus();
      for (let attempt = 0; !(await reachable()); attempt += 1) {
        await pause(Math.min(1000 * 2 ** attempt, RETRY_MAX_MS));
      }
      online = true;
      reconnecting = null;
      flashNotice(TEXTS.reconnected);
    })();
    return reconnecting;
  }

  async function checkConnection() {
    if (!reconnecting && !(await reachable())) reconnect();
  }

  function addReply(reply) {
    const buttons = (reply.buttons || [])
      .filter((button) => button.title && button.payload)
      .map((button) => ({ title: String(button.title), payload: String(button.payload) }));
    if (reply.text || buttons.length) add({ from: "bot", text: String(reply.text || ""), buttons });
  }

  /** Send one message, waiting for the server as long as it is unreachable. Never throws. */
  async function deliver(entry) {
    const sender = state.sender;
    try {
      while (state.sender === sender) {
        try {
          const replies = await post(sender, entry.payload || entry.text);
          if (state.sender !== sender) return;
          delete entry.pending;
          save();
          replies.forEach(addReply);
          return;
        } catch (error) {
          if (!(error instanceof Unreachable)) {
            if (state.sender !== sender) return;
            delete entry.pending;
            add({ from: "bot", text: TEXTS.failed, failed: true });
            return;
          }
          await reconnect();
        }
      }
    } finally {
      waiting -= 1;
      showStatus();
    }
  }

  function enqueue(entry) {
    waiting += 1;
    showStatus();
    queue = queue.then(() => deliver(entry));
  }

  /** Show `shown` as the visitor's message and send `message` (a button's payload, or the text). */
  function send(message, shown = message) {
    const entry = { from: "user", text: shown, pending: true };
    if (message !== shown) entry.payload = message;
    add(entry);
    enqueue(entry);
  }

  function restart() {
    // Forget the conversation on the server too; nobody waits for the answer.
    fetch(`${config.server}/webhooks/rest/webhook`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: state.sender, message: "/restart" }),
      keepalive: true,
    }).catch(() => {});
    state = freshState(true);
    save();
    renderAll();
    ui.input.focus();
  }

  // ---- panel ---------------------------------------------------------------------------

  function setOpen(open, moveFocus = true) {
    state.open = open;
    save();
    ui.panel.hidden = !open;
    ui.root.classList.toggle("open", open);
    ui.launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      scrollToEnd();
      checkConnection();
    }
    if (moveFocus) (open ? ui.input : ui.launcher).focus();
  }

  function mount() {
    if (document.getElementById(HOST_ID)) return; // the tag is on the page twice
    const host = element("div");
    host.id = HOST_ID;
    host.style.setProperty("--accent", config.color);
    host.style.setProperty("--on-accent", textOn(config.color));
    host.style.setProperty("--accent-text", contrast(config.color, WHITE) >= 4.5 ? config.color : INK);
    host.style.setProperty("--bot", config.botColor);
    host.style.setProperty("--on-bot", textOn(config.botColor));
    const shadow = host.attachShadow({ mode: "open" });
    shadow.innerHTML = `<style>${STYLE}</style>${MARKUP}`;
    const find = (selector) => shadow.querySelector(selector);
    ui = {
      root: find(".root"),
      launcher: find(".launcher"),
      panel: find(".panel"),
      log: find(".log"),
      replies: find(".replies"),
      status: find(".status"),
      statusText: find(".status-text"),
      input: find("#message"),
    };
    find(".launcher-label").textContent = config.title;
    find(".title").textContent = config.title;
    find(".privacy").textContent = config.privacy;

    ui.launcher.addEventListener("click", () => setOpen(ui.panel.hidden));
    find(".close").addEventListener("click", () => setOpen(false));
    find(".restart").addEventListener("click", restart);
    ui.panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false);
      }
    });
    find(".composer").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = ui.input.value.trim();
      if (!text) return;
      ui.input.value = "";
      send(text);
    });
    window.addEventListener("online", () => wakeUp());

    document.body.append(host);
    renderAll();
    showStatus();
    state.messages.filter((entry) => entry.pending).forEach(enqueue);
    if (state.open) setOpen(true, false);
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
