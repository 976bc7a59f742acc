import { type CategoryId, categories } from 'consentry-catalog';

/** The built-in categories in the order the widget shows them (the catalog's, SPEC §2); those a site adds follow. */
export const categoryOrder: readonly string[] = categories.map((c) => c.id);

/**
 * How the report shows each built-in category: what it means to the site's owner, under the
 * inventory's heading, and its badge's colour in the light and the dark scheme. A category
 * the site adds reads "a category of the site's config", in the `other` colour.
 */
export const categoryLooks: Record<CategoryId, { text: string; light: string; dark: string }> = {
  necessary: { text: 'The site cannot work without these; no consent is needed.', light: '#5b6676', dark: '#9aa5b4' },
  preferences: {
    text: 'Remember choices and run widgets the visitor uses: chat, booking, forms.',
    light: '#0f7a78',
    dark: '#4fc7c3',
  },
  analytics: { text: 'Measure visits.', light: '#2456b3', dark: '#7ea6ff' },
  advertising: {
    text: 'Targeted ads and ad partners’ cookies; sale or sharing under US state law.',
    light: '#a3316f',
    dark: '#f07fbd',
  },
  social: {
    text: 'Social media plugins and embedded content: videos, maps, posts.',
    light: '#b85a00',
    dark: '#f5a35a',
  },
};

/** What a category means to the site's owner; one the site's config adds is named as such. */
export const categoryText = (id: string): string =>
  Object.hasOwn(categoryLooks, id) ? categoryLooks[id as CategoryId].text : 'A category of the site’s config.';
