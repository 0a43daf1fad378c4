// The beat keys the answer kinds write, in the order the format lists them (scenario-format.md;
// the JSON Schema keeps this order). schema.ts spreads them into BeatSchema. Kept apart from
// registry.ts because this side is full zod (the checker), the registry is the engine's (browser).
import { choiceField } from './choice/schema.ts';
import { typedField } from './typed/schema.ts';

export const ANSWER_FIELDS = { ...choiceField, ...typedField };
