/**
 * The country's configuration as `GET /api/staff/configuration` gives it: tenant-config/src/model.rs serialised by
 * serde (dates `YYYY-MM-DD`, absent options `null`). Only the parts the console edits are typed; every other key is
 * carried through unchanged, so a save never drops what this page does not show.
 */
export type LocalisedText = Record<string, string>;

export interface DoseRule {
  dose: number;
  min_interval_days: number | null;
  max_interval_days: number | null;
}

export interface BoosterRule {
  min_interval_days: number;
  vaccines: string[];
}

export interface RuleSet {
  version: number;
  effective_from: string;
  min_age: number;
  max_age: number | null;
  mix_with: string[];
  doses: DoseRule[];
  booster: BoosterRule | null;
}

export interface Vaccine {
  code: string;
  name: string;
  manufacturer: string;
  rule_sets: RuleSet[];
  [other: string]: unknown;
}

export interface District {
  id: number;
  name: LocalisedText;
  postal_codes: string[];
  population?: number | null;
}

export interface State {
  id: number;
  name: LocalisedText;
  districts: District[];
}

export interface Branding {
  issuer: LocalisedText;
  primary_colour: string;
  accent_colour: string;
  logo: string;
  signature: string;
  signatory: LocalisedText;
  certificate_locales: string[];
}

export type MessageOverrides = Record<string, Record<string, string>>;

export interface TenantConfig {
  code: string;
  locales: string[];
  default_locale: string;
  states: State[];
  vaccines: Vaccine[];
  branding: Branding;
  messages?: MessageOverrides;
  assets?: Record<string, string>;
  [other: string]: unknown;
}

/** A vaccine's rule set in force last (the one a new version follows). */
export function latestRuleSet(vaccine: Vaccine): RuleSet | undefined {
  return vaccine.rule_sets[vaccine.rule_sets.length - 1];
}

/** The configuration with `ruleSet` appended to vaccine `code`'s history (applied versions stay as they are). */
export function withRuleSet(config: TenantConfig, code: string, ruleSet: RuleSet): TenantConfig {
  return {
    ...config,
    vaccines: config.vaccines.map((vaccine) => (vaccine.code === code ? { ...vaccine, rule_sets: [...vaccine.rule_sets, ruleSet] } : vaccine)),
  };
}

export function withStates(config: TenantConfig, states: State[]): TenantConfig {
  return { ...config, states };
}

export function withBranding(config: TenantConfig, branding: Branding): TenantConfig {
  return { ...config, branding };
}

/** The configuration with these overrides; none at all removes the key, as the file would leave it out. */
export function withMessages(config: TenantConfig, messages: MessageOverrides): TenantConfig {
  const kept = Object.fromEntries(Object.entries(messages).filter(([, byId]) => Object.keys(byId).length > 0));
  const { messages: _old, ...rest } = config;
  return Object.keys(kept).length > 0 ? { ...rest, messages: kept } : (rest as TenantConfig);
}

/**
 * The problems of a refused configuration. The server names them in `error` after the message's colon, joined
 * with "; " (a `problems` list is used if it ever sends one); Fluent's direction marks are dropped.
 */
export function problemsOf(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const { problems, error } = body as { problems?: unknown; error?: unknown };
  if (Array.isArray(problems)) return problems.filter((problem): problem is string => typeof problem === 'string');
  if (typeof error !== 'string') return [];
  const text = error.replace(/[\u2068\u2069]/g, '');
  const colon = text.indexOf(': ');
  const list = colon >= 0 ? text.slice(colon + 2) : text;
  return (
    list
      .split('; ')
      // The check runs on a temporary copy of the folder; its path means nothing to the reader.
      .map((problem) => problem.replace(/^\S*tenant\.toml: /, '').trim())
      .filter(Boolean)
  );
}
