import { type Context, Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { chartWidth, periodDays } from '../routes/bounds.js';
import type { Deps, Env } from '../routes/env.js';
import { parseQuery, whole } from '../routes/query.js';
import { type AssetName, dashboardAssets, pageHeaders } from './assets.js';
import { categoriesModule } from './categories.js';
import { categoriesChart, ratesChart } from './charts.js';
import { palettes, themes } from './svg.js';

const chartQuery = v.object({
  days: whole('days', periodDays),
  width: whole('width', chartWidth),
  theme: v.optional(v.picklist(themes, `theme must be one of ${themes.join(', ')}`), 'light'),
});

const charts = { 'rates.svg': ratesChart, 'categories.svg': categoriesChart } as const;

// A chart opened on its own is a document: it may load nothing and run nothing.
const svgHeaders = {
  'content-type': 'image/svg+xml; charset=utf-8',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
} as const;

/**
 * The dashboard (SPEC §9): the page at `/consent/admin` with its script and stylesheet,
 * and the charts it shows, drawn here as SVG from the daily stats, behind the admin token.
 */
export function dashboardRoutes({ options, store }: Deps, requireAdmin: MiddlewareHandler<Env>) {
  const app = new Hono<Env>();
  const assets = dashboardAssets();
  const serve = (name: AssetName) => async (c: Context<Env>) => {
    const { body, type } = await assets(name);
    return c.body(body, 200, { ...pageHeaders, 'content-type': type });
  };

  app.get('/admin', serve('index.html'));
  app.get('/admin/app.js', serve('app.js'));
  app.get('/admin/app.css', serve('app.css'));
  app.get('/admin/icon.svg', serve('icon.svg'));
  app.get('/admin/categories.js', (c) =>
    c.body(categoriesModule, 200, { ...pageHeaders, 'content-type': 'text/javascript; charset=utf-8' }),
  );

  for (const [file, draw] of Object.entries(charts)) {
    app.get(`/charts/${file}`, requireAdmin, async (c) => {
      const { days, width, theme } = parseQuery(chartQuery, c);
      const stats = await (await store()).stats(days, options.now());
      return c.body(draw(stats, { width, palette: palettes[theme] }), 200, svgHeaders);
    });
  }
  return app;
}
