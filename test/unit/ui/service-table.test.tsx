import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../../src/i18n/strings/de';
import { en } from '../../../src/i18n/strings/en';
import { fr } from '../../../src/i18n/strings/fr';
import type { Category, DeclaredService } from '../../../src/types';
import { ServiceTable } from '../../../src/ui/ServiceTable';

/** A category with `services`, as the resolved config holds it. */
const makeCategory = (services: DeclaredService[] = []): Category => ({
  id: 'analytics',
  services,
  saleOrShare: false,
});

const analyticsService = (): DeclaredService => ({
  name: 'Google Analytics',
  provider: 'Google LLC',
  purpose: 'Visit statistics',
  policyUrl: 'https://policies.google.com/privacy',
  cookies: [
    { name: '_ga', duration: '2 years', purpose: 'Tells visitors apart' },
    { name: '_gat*', duration: '1 minute' },
  ],
});

/** Renders the table for `services` and returns it, found by its caption. */
function renderTable(services: DeclaredService[], label = 'Analytics') {
  const view = render(<ServiceTable t={en} lang="en" category={makeCategory(services)} label={label} />);
  return { ...view, table: () => view.getByRole('table', { name: `Services: ${label}` }) };
}

/** The body's rows, each as the text of its cells. */
const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('ServiceTable', () => {
  afterEach(() => cleanup());

  it('is captioned with the category and heads its columns Cookie, Provider, Purpose, Duration', () => {
    const { table } = renderTable([analyticsService()]);
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Cookie', 'Provider', 'Purpose', 'Duration']);
  });

  it("lists one row per cookie, the cookie's own purpose before the service's", () => {
    const { table } = renderTable([analyticsService()]);
    expect(bodyRows(table())).toEqual([
      ['_ga', 'Google Analytics (Google LLC) Privacy policy of Google Analytics', 'Tells visitors apart', '2 years'],
      ['_gat*', 'Google Analytics (Google LLC)', 'Visit statistics', '1 minute'],
    ]);
  });

  it("links the service's privacy policy once, in a new tab without an opener", () => {
    const { getAllByRole } = renderTable([analyticsService()]);
    const links = getAllByRole('link', { name: 'Privacy policy of Google Analytics' });
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://policies.google.com/privacy');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('names a service without a provider or policy by its name alone', () => {
    const { table, queryByRole } = renderTable([{ name: 'Matomo', cookies: [{ name: '_pk_id' }] }]);
    expect(bodyRows(table())).toEqual([['_pk_id', 'Matomo', '', '']]);
    expect(queryByRole('link')).toBeNull();
  });

  it('shows a service that sets no cookies as one row that says so', () => {
    const { table } = renderTable([{ name: 'Chat', provider: 'Acme', purpose: 'Support chat' }]);
    expect(bodyRows(table())).toEqual([['—', 'Chat (Acme)', 'Support chat', 'Sets no cookies of its own.']]);
  });

  it('keeps the rows of several services in their order', () => {
    const { table } = renderTable([
      { name: 'Google Ads', cookies: [{ name: '_gcl_*' }] },
      { name: 'Meta Pixel', cookies: [{ name: '_fbp' }, { name: '_fbc' }] },
    ]);
    expect(bodyRows(table()).map(([cookie, provider]) => [cookie, provider])).toEqual([
      ['_gcl_*', 'Google Ads'],
      ['_fbp', 'Meta Pixel'],
      ['_fbc', 'Meta Pixel'],
    ]);
  });

  it('says that no services are declared instead of drawing an empty table', () => {
    const { queryByRole, getByText } = renderTable([]);
    expect(queryByRole('table')).toBeNull();
    expect(getByText('No services are declared for this category.')).toBeTruthy();
  });

  describe('durations', () => {
    /** A catalog service's cookies: durations as data, and one as a config's text. */
    const catalogService = (): DeclaredService => ({
      id: 'google-analytics',
      name: 'Google Analytics',
      cookies: [
        { name: '_ga', duration: { value: 2, unit: 'year' } },
        { name: '_gid', duration: { value: 24, unit: 'hour' } },
        { name: '_gat*', duration: { value: 1, unit: 'minute' } },
        { name: '__utmc', duration: 'session' },
        { name: 'own', duration: '13 months' },
      ],
    });
    const durations = (lang: string, t: typeof en) => {
      const view = render(<ServiceTable t={t} lang={lang} category={makeCategory([catalogService()])} label="x" />);
      // French puts a no-break space between the number and the unit.
      return bodyRows(view.getByRole('table')).map((cells) => cells[3]?.replace(/[\u00a0\u202f]/g, ' '));
    };

    it("formats the catalog's data in the visitor's language, and a config's text as written", () => {
      expect(durations('en', en)).toEqual(['2 years', '24 hours', '1 minute', 'Session', '13 months']);
    });

    it('says them in German, with its own word for a session', () => {
      expect(durations('de', de)).toEqual(['2 Jahre', '24 Stunden', '1 Minute', 'Sitzung', '13 months']);
    });

    it('follows the language tag, not only the strings', () => {
      expect(durations('fr-CA', fr)).toEqual(['2 ans', '24 heures', '1 minute', 'Session', '13 months']);
    });
  });

  it('shows config text as text, never as markup', () => {
    const { table, container } = renderTable([{ name: '<b>Bold</b>', cookies: [{ name: '<i>x</i>' }] }]);
    expect(bodyRows(table())).toEqual([['<i>x</i>', '<b>Bold</b>', '', '']]);
    expect(container.querySelector('b, i')).toBeNull();
  });
});
