import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { ActionCardName } from './actions/actionCardNames';
import type { AdaptiveCardJson } from './AdaptiveCardJson';
import type { CardName } from './cardNames';
import type { DigestCardName } from './digestCardNames';
import type { PeopleCardName } from './people/peopleCardNames';
import type { YearEndCardName } from './yearEndCardNames';

type TemplateName = CardName | DigestCardName | YearEndCardName | ActionCardName | PeopleCardName;

/** cards/ at the project root; the same two levels up from src/cards and from dist/cards. */
export const CARDS_DIR = path.resolve(__dirname, '..', '..', 'cards');

const templates = new Map<TemplateName, object>();
/** Prepared templates: Template's constructor parses every ${…} expression, so it is done once per card. */
const prepared = new Map<TemplateName, Template>();

/** The parsed template JSON, read from disk once per process. */
export function loadTemplate(name: TemplateName): object {
  let template = templates.get(name);
  if (!template) {
    template = JSON.parse(readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')) as object;
    templates.set(name, template);
  }
  return template;
}

/**
 * Expands a template with its template data ($root). Properties that expand to null (an input
 * with no value yet, a `refresh` switched off by $when) are removed: Teams clients differ in how
 * they treat explicit nulls.
 */
export function expandTemplate(name: TemplateName, data: object): AdaptiveCardJson {
  let template = prepared.get(name);
  if (!template) {
    template = new Template(loadTemplate(name));
    prepared.set(name, template);
  }
  const expanded: unknown = template.expand({ $root: data });
  return withoutNulls(expanded) as AdaptiveCardJson;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) result[key] = withoutNulls(item);
  }
  return result;
}
