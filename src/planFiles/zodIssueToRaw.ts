import type { z } from 'zod';
import type { RawIssue } from './planFileIssue';

const fieldFormats: Record<string, { sv: string; en: string }> = {
  aadObjectId: {
    sv: 'ska vara ett Entra ID-objekt-id (GUID), t.ex. 00000000-0000-0000-0000-0000000000a1',
    en: 'must be an Entra ID object id (GUID), e.g. 00000000-0000-0000-0000-0000000000a1',
  },
  email: { sv: 'ska vara en e-postadress', en: 'must be an e-mail address' },
  date: { sv: 'ska vara ett datum ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' },
  closedOn: { sv: 'ska vara ett datum ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' },
  interim: { sv: 'ska vara ett datum ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' },
  annual: { sv: 'ska vara ett datum ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' },
};

const typeNames: Record<string, { sv: string; en: string }> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'en samling fält', en: 'a set of fields' },
};

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  const last = [...path].reverse().find((part) => typeof part === 'string');
  return typeof last === 'string' ? last : 'värde';
}

function describe(issue: z.core.$ZodIssue): { sv: string; en: string } {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) {
        return { sv: `Fältet "${field}" saknas.`, en: `The field "${field}" is missing.` };
      }
      const type = typeNames[issue.expected] ?? { sv: issue.expected, en: issue.expected };
      return { sv: `"${field}" ska vara ${type.sv}.`, en: `"${field}" must be ${type.en}.` };
    }
    case 'too_small':
      if (issue.origin === 'string') return { sv: `"${field}" är tomt.`, en: `"${field}" is empty.` };
      if (issue.origin === 'array') {
        return {
          sv: `"${field}" ska ha minst ${issue.minimum} värde.`,
          en: `"${field}" needs at least ${issue.minimum} value.`,
        };
      }
      return {
        sv: `${String(issue.input)} är för litet: "${field}" ska vara minst ${issue.minimum}.`,
        en: `${String(issue.input)} is too small: "${field}" must be at least ${issue.minimum}.`,
      };
    case 'too_big':
      return {
        sv: `${String(issue.input)} är för stort: "${field}" får vara högst ${issue.maximum}.`,
        en: `${String(issue.input)} is too big: "${field}" must be at most ${issue.maximum}.`,
      };
    case 'invalid_value':
      return {
        sv: `"${field}" ska vara ${issue.values.map(String).join(' eller ')}.`,
        en: `"${field}" must be ${issue.values.map(String).join(' or ')}.`,
      };
    case 'unrecognized_keys':
      return {
        sv: `Okänt fält: ${issue.keys.join(', ')} (stavfel?). Se docs/plan-format.md.`,
        en: `Unknown field: ${issue.keys.join(', ')} (typo?). See docs/plan-format.md.`,
      };
    case 'invalid_union':
      return {
        sv: `"${field}" har fel form. Se docs/plan-format.md.`,
        en: `"${field}" has the wrong shape. See docs/plan-format.md.`,
      };
    case 'custom': {
      const params = issue.params as { sv?: string; en?: string } | undefined;
      if (params?.sv && params.en) return { sv: params.sv, en: params.en };
      break;
    }
    default:
      break;
  }
  const format = fieldFormats[field];
  if (format) return { sv: `"${field}" ${format.sv}.`, en: `"${field}" ${format.en}.` };
  return { sv: `Ogiltigt värde i "${field}".`, en: `Invalid value in "${field}": ${issue.message}` };
}

/** Zod's issues turned into bilingual plan-file issues; a union's inner issues are flattened when one branch fits. */
export function zodIssuesToRaw(issues: ReadonlyArray<z.core.$ZodIssue>): RawIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    ...describe(issue),
  }));
}
