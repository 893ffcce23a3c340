import { isNode, LineCounter, type Document } from 'yaml';
import { formatIssuePath, type PlanFileIssue, type RawIssue } from './planFileIssue';

/** Places an issue in a YAML/JSON file: the line of the field, or of the nearest enclosing field that exists. */
export function locateInText(
  issue: RawIssue,
  fileName: string,
  document: Document,
  lineCounter: LineCounter,
): PlanFileIssue {
  const located: PlanFileIssue = {
    file: fileName,
    path: formatIssuePath(issue.path),
    sv: issue.sv,
    en: issue.en,
  };
  for (let length = issue.path.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(issue.path.slice(0, length), true);
    if (isNode(node) && node.range) {
      located.line = lineCounter.linePos(node.range[0]).line;
      break;
    }
  }
  return located;
}
