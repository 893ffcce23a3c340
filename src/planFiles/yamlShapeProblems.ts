import { isCollection, isMap, isScalar, Lexer, visit, type Document, type LineCounter } from 'yaml';
import { planFileLimits } from './planFileLimits';
import type { PlanFileIssue } from './planFileIssue';

/** Duplicate keys listed at most this many times; the rest are the same mistake. */
const MAX_LISTED_DUPLICATES = 20;

/**
 * Checks a parsed YAML/JSON document before it is turned into data: at most planFileLimits.nodes
 * nodes nested at most planFileLimits.depth deep, and no key twice in one map. One pass over the
 * document with a set per map (the yaml library's own uniqueKeys check compares every key with every
 * earlier one, which took minutes on a map of 190,000 keys).
 */
export function yamlShapeProblems(
  document: Document,
  lineCounter: LineCounter,
  fileName: string,
): PlanFileIssue[] {
  const problems: PlanFileIssue[] = [];
  let nodes = 0;
  let duplicates = 0;
  let tooDeep = false;
  visit(document, {
    Node(_key, node, path) {
      nodes += 1;
      if (nodes > planFileLimits.nodes) return visit.BREAK;
      if (isCollection(node) && path.filter(isCollection).length >= planFileLimits.depth) {
        tooDeep = true;
        return visit.BREAK;
      }
      if (isMap(node)) {
        const seen = new Set<string>();
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          if (!seen.has(key)) {
            seen.add(key);
            continue;
          }
          duplicates += 1;
          if (duplicates > MAX_LISTED_DUPLICATES) continue;
          const range = isScalar(pair.key) ? pair.key.range : undefined;
          problems.push({
            file: fileName,
            ...(range ? { line: lineCounter.linePos(range[0]).line } : {}),
            path: '',
            sv: `Nyckeln ”${key.slice(0, 80)}” står två gånger på samma nivå. Ta bort eller byt namn på den ena.`,
            en: `The key "${key.slice(0, 80)}" appears twice at the same level. Remove or rename one of them.`,
          });
        }
      }
      return undefined;
    },
  });
  if (nodes > planFileLimits.nodes) return [tooManyNodes(fileName)];
  if (tooDeep)
    return [
      {
        file: fileName,
        path: '',
        sv: `Filen är nästlad djupare än ${planFileLimits.depth} nivåer; en plan behöver högst 8. Kontrollera indraget.`,
        en: `The file nests deeper than ${planFileLimits.depth} levels; a plan needs at most 8. Check the indentation.`,
      },
    ];
  return problems;
}

/**
 * True when the text holds more scalars than planFileLimits.nodes, found by the yaml lexer alone
 * (five times faster than building the document, and it stops at the limit), so a file of 60,000
 * keys is refused before it is parsed.
 */
export function hasTooManyScalars(text: string): boolean {
  let scalars = 0;
  for (const token of new Lexer().lex(text)) {
    // '\x1f' announces a plain or block scalar; quoted scalars come as their source text.
    if (token === '\x1f' || token.startsWith('"') || token.startsWith("'")) scalars += 1;
    if (scalars > planFileLimits.nodes) return true;
  }
  return false;
}

export function tooManyNodes(fileName: string): PlanFileIssue {
  return {
    file: fileName,
    path: '',
    sv: `Filen har fler än ${planFileLimits.nodes.toLocaleString('sv-SE')} fält och värden; en plan har sällan fler än 15 000. Kontrollera att det är rätt fil, eller dela upp planen.`,
    en: `The file has more than ${planFileLimits.nodes.toLocaleString('en-GB')} fields and values; a plan rarely has more than 15,000. Check that it is the right file, or split the plan.`,
  };
}
