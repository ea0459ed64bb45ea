import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { directionOf } from './direction';

export type MessageArgs = Record<string, FluentVariable>;

/** Builds a bundle of `tag` from its files. Bidi isolation marks only where they matter: right-to-left text. */
export function buildBundle(tag: string, sources: readonly string[]): FluentBundle {
  const bundle = new FluentBundle(tag, { useIsolating: directionOf(tag) === 'rtl' });
  for (const source of sources) bundle.addResource(new FluentResource(source));
  return bundle;
}

/**
 * Formats `id` from the first bundle that has it (the chosen language, then English so a gap shows words, not ids;
 * the message test keeps gaps out of every locale). Unknown ids come back as the id itself, easy to spot.
 */
export function formatMessage(bundles: readonly FluentBundle[], id: string, args?: MessageArgs): string {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}

/** The attribute `attr` of message `id` (e.g. `.placeholder`), or ''. */
export function formatAttribute(
  bundles: readonly FluentBundle[],
  id: string,
  attr: string,
  args?: MessageArgs,
): string {
  for (const bundle of bundles) {
    const pattern = bundle.getMessage(id)?.attributes[attr];
    if (pattern) return bundle.formatPattern(pattern, args);
  }
  return '';
}
