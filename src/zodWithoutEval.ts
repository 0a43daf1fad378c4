// Imported first by main.ts: zod would otherwise probe `new Function` on its first object schema,
// which the app's Content-Security-Policy (scripts/contentSecurityPolicy.ts) refuses and reports as
// a violation, even though zod catches the refusal and validates without it.
import { config } from 'zod/mini';

config({ jitless: true });
