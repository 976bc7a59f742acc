import { Hono, type MiddlewareHandler } from 'hono';
import type { Deps, Env } from '../routes/env.js';

/** The dashboard at `/consent/admin` (SPEC §9). */
export function dashboardRoutes(_deps: Deps, _requireAdmin: MiddlewareHandler) {
  const app = new Hono<Env>();
  app.get('/admin', (c) => c.html('<!doctype html><title>Consentry records</title><h1>Consentry records</h1>'));
  return app;
}
