/** One numbered step of the room database's schema. Steps are applied in order, each once. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
