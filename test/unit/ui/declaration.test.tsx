import { cleanup, render, within } from '@testing-library/preact';
import { serviceById } from 'consentry-catalog';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { en } from '../../../src/i18n/strings/en';
import type { ConsentryConfig } from '../../../src/types';
import { Declaration } from '../../../src/ui/Declaration';

/** Renders the cookie declaration for `config`, resolved as the engine resolves it. */
const renderDeclaration = (config: ConsentryConfig = {}) =>
  render(<Declaration t={en} lang="en" config={parseConfig(config).config} />);

/** The declaration's section for the category headed `label`. */
const sectionOf = (heading: HTMLElement) => within(heading.closest('section') as HTMLElement);

describe('Declaration', () => {
  afterEach(() => cleanup());

  it('heads a section per category, in the order of the preferences', () => {
    const { getAllByRole } = renderDeclaration();
    expect(getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Necessary',
      'Preferences',
      'Analytics',
      'Advertising',
      'Social media',
    ]);
  });

  it('describes each category and tables its services', () => {
    const { getByRole } = renderDeclaration();
    const analytics = sectionOf(getByRole('heading', { name: 'Analytics' }));
    expect(analytics.getByText(en.analyticsDescription)).toBeTruthy();
    const table = analytics.getByRole('table', { name: 'Services: Analytics' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td')?.textContent),
    ).toEqual(serviceById('google-analytics')?.cookies.map((c) => c.name));
    // The catalog's Google Analytics holds at least the cookies SPEC §2 names.
    expect(Array.from(table.querySelectorAll('code'), (c) => c.textContent)).toEqual(
      expect.arrayContaining(['_ga', '_ga_*', '_gid', '_gat*']),
    );
  });

  it('says so for a category that declares no services', () => {
    const { getByRole } = renderDeclaration();
    const necessary = sectionOf(getByRole('heading', { name: 'Necessary' }));
    expect(necessary.queryByRole('table')).toBeNull();
    expect(necessary.getByText(en.declarationEmpty)).toBeTruthy();
  });

  it("declares the config's own categories and services with its words", () => {
    const { getByRole } = renderDeclaration({
      categories: {
        chat: {
          label: 'Live chat',
          description: 'Lets you talk to us.',
          services: [
            { name: 'Crisp', provider: 'Crisp IM SAS', cookies: [{ name: 'crisp-client*', duration: '6 months' }] },
          ],
        },
      },
    });
    const chat = sectionOf(getByRole('heading', { name: 'Live chat' }));
    expect(chat.getByText('Lets you talk to us.')).toBeTruthy();
    const [, row] = within(chat.getByRole('table', { name: 'Services: Live chat' })).getAllByRole('row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['crisp-client*', 'Crisp (Crisp IM SAS)', '', '6 months']);
  });
});
