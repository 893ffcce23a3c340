#!/usr/bin/env python3
"""Offline syntax check of infra/*.bicep with the tree-sitter Bicep grammar (PyPI: tree-sitter,
tree-sitter-bicep). Neither npm nor PyPI ships the bicep CLI itself, so this is what CI can run
without a download from elsewhere; the structure (parameters, outputs, resources) is checked by
test/infra/toolkitFiles.test.ts. Prints each syntax error with its line and column; exit 1 on any."""
import pathlib
import sys

import tree_sitter
import tree_sitter_bicep

parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_bicep.language()))
root = pathlib.Path(__file__).resolve().parent.parent
files = sorted((root / "infra").glob("**/*.bicep"))
if not files:
    sys.exit("check-bicep: no .bicep files under infra/")


def problems(node, found):
    if node.type == "ERROR" or node.is_missing:
        line, column = node.start_point
        what = f"missing {node.type}" if node.is_missing else "unexpected text"
        found.append(f"{line + 1}:{column + 1} {what}")
    for child in node.children:
        problems(child, found)
    return found


failed = False
for file in files:
    tree = parser.parse(file.read_bytes())
    found = problems(tree.root_node, [])
    name = file.relative_to(root)
    if found:
        failed = True
        for problem in found:
            print(f"{name}:{problem}")
    else:
        print(f"check-bicep: {name} parses")
sys.exit(1 if failed else 0)
