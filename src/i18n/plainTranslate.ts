// A translate function over locale tables already in hand, for Node (the CLI, tests) where no
// i18next instance runs: "ns:key" looked up in the options' `lng` (English if absent), `{{name}}`
// and `{{name, number}}` filled as i18n.ts fills them.
import { formatNumber } from './numberFormat.ts';
import type { Translate } from './saidText.ts';

/** tables[namespace][lang][key] */
export type LocaleTables = Record<string, Record<string, Record<string, string>>>;

export function plainTranslate(tables: LocaleTables): Translate {
  return (key, options = {}) => {
    const [ns, name] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['', key];
    const lang = typeof options.lng === 'string' ? options.lng : 'en';
    const template = tables[ns]?.[lang]?.[name] ?? tables[ns]?.en?.[name] ?? key;
    return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(number))?\s*\}\}/g, (_, field: string, format?: string) => {
      const value = options[field];
      return format === 'number' && typeof value === 'number' ? formatNumber(value, lang) : String(value ?? '');
    });
  };
}
