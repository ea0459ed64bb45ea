// @vitest-environment node
/**
 * Every `console-*` message id the code uses must exist in every console language folder and in every language a
 * demo tenant enables (tenant-config/<CC>/tenant.toml `locales = [...]`), with the same placeables as English; ids
 * must be unique within a language (the server refuses duplicates) and the files must parse.
 *
 * Ids are found as string literals in src/: build no id at run time (`console-role-${role}`); map values to full
 * ids instead, so this test sees them.
 */
import { parse, Junk, Message, type Pattern, VariableReference, Placeable, SelectExpression } from '@fluent/syntax';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const consoleRoot = join(import.meta.dirname, '..', '..');
const repoRoot = join(consoleRoot, '..');
const localesDir = join(repoRoot, 'locales');
const srcDir = join(consoleRoot, 'src');
const tenantConfigDir = join(repoRoot, 'tenant-config');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** `console-...` ids in quotes in the console's sources (tests excluded: they may name ids that must not exist). */
function idsUsedInSources(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const files = filesUnder(srcDir, (p) => /\.(ts|tsx)$/.test(p) && !/\.test\.tsx?$/.test(p));
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`](console-[a-z0-9]+(?:-[a-z0-9]+)*)['"`]/g)) {
      const id = match[1] as string;
      used.set(id, [...(used.get(id) ?? []), relative(consoleRoot, file)]);
    }
  }
  return used;
}

function variablesOf(pattern: Pattern | null, into = new Set<string>()): Set<string> {
  for (const element of pattern?.elements ?? []) {
    if (!(element instanceof Placeable)) continue;
    const expression = element.expression;
    if (expression instanceof VariableReference) into.add(expression.id.name);
    if (expression instanceof SelectExpression) {
      if (expression.selector instanceof VariableReference) into.add(expression.selector.id.name);
      for (const variant of expression.variants) variablesOf(variant.value, into);
    }
  }
  return into;
}

interface LocaleMessages {
  ids: Map<string, Set<string>>;
  problems: string[];
}

/** Every console message of a language folder, with its variables; duplicates and syntax errors as problems. */
function readLocale(tag: string): LocaleMessages {
  const ids = new Map<string, Set<string>>();
  const problems: string[] = [];
  const dir = join(localesDir, tag);
  for (const name of readdirSync(dir).filter((n) => /^console.*\.ftl$/.test(n))) {
    const resource = parse(readFileSync(join(dir, name), 'utf8'), {});
    for (const entry of resource.body) {
      if (entry instanceof Junk) problems.push(`${tag}/${name}: cannot parse: ${entry.content.slice(0, 80)}`);
      if (!(entry instanceof Message)) continue;
      if (ids.has(entry.id.name)) problems.push(`${tag}: ${entry.id.name} defined twice`);
      const variables = variablesOf(entry.value);
      for (const attribute of entry.attributes) variablesOf(attribute.value, variables);
      ids.set(entry.id.name, variables);
    }
  }
  return { ids, problems };
}

function demoTenantLocales(): Map<string, string[]> {
  const byTenant = new Map<string, string[]>();
  for (const code of readdirSync(tenantConfigDir)) {
    const toml = join(tenantConfigDir, code, 'tenant.toml');
    try {
      statSync(toml);
    } catch {
      continue;
    }
    const match = /^locales\s*=\s*\[([^\]]*)\]/m.exec(readFileSync(toml, 'utf8'));
    if (!match) continue;
    byTenant.set(code, [...(match[1] as string).matchAll(/"([^"]+)"/g)].map((m) => m[1] as string));
  }
  return byTenant;
}

const CONSOLE_LANGUAGES = ['en', 'hi', 'bn', 'ar', 'pt-BR', 'es', 'uz', 'ru'];

describe('console messages', () => {
  const used = idsUsedInSources();
  const locales = new Map(
    readdirSync(localesDir)
      .filter((tag) => statSync(join(localesDir, tag)).isDirectory())
      .map((tag) => [tag, readLocale(tag)] as const),
  );

  it('finds the ids the code uses', () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it('has all eight console languages', () => {
    for (const tag of CONSOLE_LANGUAGES) expect([...locales.keys()]).toContain(tag);
  });

  it.each([...new Set([...CONSOLE_LANGUAGES, ...locales.keys()])])('%s has every id the code uses', (tag) => {
    const locale = locales.get(tag);
    expect(locale, `locales/${tag} is missing`).toBeDefined();
    const missing = [...used].filter(([id]) => !locale?.ids.has(id)).map(([id, files]) => `${id} (${files[0]})`);
    expect(missing).toEqual([]);
  });

  it.each([...demoTenantLocales()])('demo tenant %s: every enabled locale has every id', (_code, tags) => {
    for (const tag of tags) {
      const locale = locales.get(tag);
      expect(locale, `locales/${tag} is missing`).toBeDefined();
      const missing = [...used.keys()].filter((id) => !locale?.ids.has(id));
      expect(missing, `${tag} lacks`).toEqual([]);
    }
  });

  it.each([...locales.keys()])('%s parses, has no duplicate ids and the same placeables as English', (tag) => {
    const locale = locales.get(tag) as LocaleMessages;
    const english = locales.get('en') as LocaleMessages;
    expect(locale.problems).toEqual([]);
    const mismatched: string[] = [];
    for (const [id, variables] of locale.ids) {
      const expected = english.ids.get(id);
      if (!expected) {
        mismatched.push(`${id}: not in English`);
        continue;
      }
      const a = [...variables].sort().join(',');
      const b = [...expected].sort().join(',');
      if (a !== b) mismatched.push(`${id}: { ${a} } but English has { ${b} }`);
    }
    expect(mismatched).toEqual([]);
  });
});
