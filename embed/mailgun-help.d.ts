/*!
 * Types for the <mailgun-help> element: dist/embed/mailgun-help.js and dist/embed/csp/mailgun-help.js
 * define the same element. Load the script with a <script> tag (it is not a module); reference this
 * file for its types, e.g. `/// <reference path="mailgun-help.d.ts" />` or a `types`/`include` entry
 * in tsconfig.json. The embed browser tests check that it lists exactly what the element exposes.
 */

/** A language the widget shows. */
export type MailgunHelpLang = "en" | "zh";

/** A Mailgun area (the `area` attribute also takes its letter A–M). */
export type MailgunHelpArea =
  | "email-api"
  | "smtp"
  | "inbound"
  | "templates"
  | "mailing-lists"
  | "domains"
  | "routes"
  | "webhooks"
  | "metrics"
  | "optimize"
  | "tags"
  | "account"
  | "other";

/** A plan the estimator can choose. */
export type MailgunHelpPlan = "free" | "foundation" | "scale" | "enterprise";

/** An add-on or support need of the estimator. */
export type MailgunHelpNeed =
  | "logs"
  | "custom-domains"
  | "ticket-support"
  | "sso"
  | "priority-support"
  | "sla"
  | "csm"
  | "phone-support";

/** The estimator's deliverability (Optimize) choice. */
export type MailgunHelpOptimize = "none" | "pilot" | "starter";

/** A view of the widget as a hash route: `#/`, `#/browse`, `#/area/smtp`, `#/ask?q=…`, `#/pricing?…`, `#/ref/api`. */
export type MailgunHelpRoute = string;

/** The element's attributes. All are live; a bad value logs a `console.warn` and its default is used. */
export interface MailgunHelpAttributes {
  /** `en` or `zh` (also `zh-CN`, `en-GB`, …); default: the reader's saved choice, then the browser's language. */
  lang?: string;
  /** An area slug or its letter A–M: opens that area and is the context of questions. */
  area?: MailgunHelpArea | string;
  /** `inline` (fills its container) or `launcher` (a floating button opening a dialog); default `inline`. */
  mode?: "inline" | "launcher";
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`); default `light`. */
  theme?: "light" | "dark" | "auto";
  /** A question: the widget opens on its answer. */
  suggest?: string;
  /** A URL whose path words (and area) become that question; empty means the page's own URL. */
  "context-url"?: string;
  /** Boolean: follow and write the page's `location.hash` like the standalone page. */
  "hash-routing"?: boolean | "";
  /** Which key focuses the widget's search: `ctrl-k` (Ctrl/Cmd-K, the default), `slash` ("/") or `none`. */
  shortcut?: "ctrl-k" | "slash" | "none";
  /** When a launcher starts its wasm: `idle` (after the page's load event, the default), `open` (first use) or `eager`. */
  load?: "idle" | "open" | "eager";
}

/** `mailgun-help:ready`: the widget has rendered. */
export interface MailgunHelpReadyDetail {
  version: string;
  lang: MailgunHelpLang;
  route: MailgunHelpRoute;
}

/** `mailgun-help:route`: the view changed. */
export interface MailgunHelpRouteDetail {
  route: MailgunHelpRoute;
}

/** `mailgun-help:ask`: a question was asked (form, wizard or `ask()`), once per question. */
export interface MailgunHelpAskDetail {
  question: string;
  area: MailgunHelpArea | null;
  role: string | null;
  route: MailgunHelpRoute;
}

/** What an estimate was made from. */
export interface MailgunHelpEstimateInput {
  monthly: number;
  peak: number | null;
  ips: number;
  optimize: MailgunHelpOptimize;
  needs: MailgunHelpNeed[];
}

/** `mailgun-help:estimate`: a new valid estimate is shown and its input has been still for 0.4 s. */
export interface MailgunHelpEstimateDetail {
  plan: MailgunHelpPlan;
  /** The monthly price in US dollars; `null` when the plan's price is custom (Enterprise). */
  monthlyUsd: number | null;
  /** True when the input left something out that the price depends on. */
  incomplete: boolean;
  input: MailgunHelpEstimateInput;
  route: MailgunHelpRoute;
}

/** `mailgun-help:lang`: the language changed (toggle, attribute or `setLang`). */
export interface MailgunHelpLangDetail {
  lang: MailgunHelpLang;
}

/** Every event the element dispatches (bubbling and composed), with its `detail`. */
export interface MailgunHelpEventMap {
  "mailgun-help:ready": CustomEvent<MailgunHelpReadyDetail>;
  "mailgun-help:route": CustomEvent<MailgunHelpRouteDetail>;
  "mailgun-help:ask": CustomEvent<MailgunHelpAskDetail>;
  "mailgun-help:estimate": CustomEvent<MailgunHelpEstimateDetail>;
  "mailgun-help:lang": CustomEvent<MailgunHelpLangDetail>;
}

/** What `estimate()` takes: numbers or the text a reader would type. */
export interface MailgunHelpEstimateRequest {
  monthly?: number | string;
  peak?: number | string;
  ips?: number | string;
  optimize?: MailgunHelpOptimize | string;
  needs?: MailgunHelpNeed[] | string;
}

/** A problem with one field of an estimate request (message in English). */
export interface MailgunHelpFieldError {
  field: string;
  message: string;
}

/** What `estimate()` resolves to. */
export type MailgunHelpEstimateResult =
  | ({ ok: true } & MailgunHelpEstimateDetail)
  | { ok: false; errors: MailgunHelpFieldError[] };

/**
 * What `buildRequest()` takes: the request builder's fields under the keys of its link
 * (`#/tools/send?…`). Strings as typed in the form; numbers and booleans are written out, lists
 * joined with commas, objects as JSON.
 */
export interface MailgunHelpSendRequest {
  /** `us` (api.mailgun.net, the default) or `eu` (api.eu.mailgun.net). */
  region?: "us" | "eu" | string;
  domain?: string;
  from?: string;
  /** Recipients: comma-separated, or a list. */
  to?: string | string[];
  cc?: string | string[];
  bcc?: string | string[];
  subject?: string;
  text?: string;
  html?: string;
  /** A stored template's name. */
  template?: string;
  /** `t:variables`: a JSON object or its text. */
  tvars?: string | Record<string, unknown>;
  /** `o:tag`: at most three. */
  tags?: string | string[];
  /** `v:` custom variables: a JSON object or its text. */
  vars?: string | Record<string, unknown>;
  /** `recipient-variables`: a JSON object or its text. */
  rcpt?: string | Record<string, unknown>;
  /** `o:testmode`. */
  testmode?: boolean | string;
  /** `o:deliverytime` as local time `YYYY-MM-DDTHH:MM` (written in RFC 2822). */
  at?: string;
  /** `o:tracking`. */
  tracking?: "yes" | "no" | "htmlonly" | string;
  /** `o:tracking-clicks`. */
  clicks?: "yes" | "no" | "htmlonly" | string;
  /** `o:tracking-opens`. */
  opens?: "yes" | "no" | string;
  /** `h:` headers, one `Name: value` per line. */
  headers?: string;
  /** Attachment file names. */
  attach?: string | string[];
  /** Inline image file names. */
  inline?: string | string[];
}

/** What `buildRequest()` resolves to: the code in each language, and the fields that were left out. */
export interface MailgunHelpBuiltRequest {
  curl: string;
  node: string;
  python: string;
  php: string;
  ruby: string;
  go: string;
  java: string;
  csharp: string;
  /** One entry per field that could not be used (message in English). */
  errors: MailgunHelpFieldError[];
}

/** What `verifySignature()` takes: the webhook's `signature` object and the account's webhook signing key. */
export interface MailgunHelpSignatureInput {
  timestamp: string | number;
  token: string;
  signature: string;
  key: string;
}

/** What `verifySignature()` resolves to. */
export interface MailgunHelpSignatureResult {
  /** True when `signature` is the HMAC-SHA256 of timestamp + token under the key. */
  valid: boolean;
  /** Why: `matches`, `mismatch`, `missing-key`, `missing-timestamp`, … */
  reason: string;
  /** The signature the key gives, in hex; `null` when there was nothing to compute. */
  computed: string | null;
  /** True when the timestamp is more than five minutes from this device's clock. */
  stale: boolean;
}

/** The `<mailgun-help>` element. Calls made before the widget has started are queued (and start it). */
export interface MailgunHelpElement extends HTMLElement {
  /** Opens the launcher's dialog (focus moves in); in inline mode, scrolls the widget into view. */
  open(): void;
  /** Closes the dialog; focus returns to the launcher. */
  close(): void;
  /** Opens the dialog if closed, closes it if open. */
  toggle(): void;
  /** Shows the answer to `text` (with `area` as context) and opens the dialog. */
  ask(text: string): void;
  /** Switches the language; a bad code is warned about and ignored. */
  setLang(code: MailgunHelpLang | string): void;
  /** Opens the estimator filled in; resolves to what it shows. */
  estimate(request: MailgunHelpEstimateRequest): Promise<MailgunHelpEstimateResult>;
  /** Writes a send request as code in eight languages (no view opens, nothing is sent). */
  buildRequest(request: MailgunHelpSendRequest): Promise<MailgunHelpBuiltRequest>;
  /** Checks a webhook signature (no view opens; the key is forgotten). */
  verifySignature(input: MailgunHelpSignatureInput): Promise<MailgunHelpSignatureResult>;
  /** Opens a view by its route (`#/browse`, `#/area/smtp`, `#/pricing`, `#/ref/api`, …). */
  navigate(route: MailgunHelpRoute): void;
  /** Resolves with the `ready` detail once the widget has rendered. */
  readonly ready: Promise<MailgunHelpReadyDetail>;
  /** True while the launcher's dialog is open. */
  readonly isOpen: boolean;
  /** The language shown, once started; `null` before. */
  readonly currentLang: MailgunHelpLang | null;

  addEventListener<K extends keyof MailgunHelpEventMap>(
    type: K,
    listener: (this: MailgunHelpElement, ev: MailgunHelpEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: MailgunHelpElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof MailgunHelpEventMap>(
    type: K,
    listener: (this: MailgunHelpElement, ev: MailgunHelpEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: MailgunHelpElement, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "mailgun-help": MailgunHelpElement;
  }
}
