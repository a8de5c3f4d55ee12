import { parseSync } from 'oxc-parser';

/*
 * Rules for tests/meta/ui-text.test.ts. oxc-parser reads TSX into an ESTree-shaped tree (the
 * installed TypeScript 7 is the native compiler, with no JavaScript API to parse with).
 */

/** Attributes a person reads or hears (a screen reader speaks aria-label, alt and title). */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

/** Text that is the same in every language, each with its reason. Symbols without letters always pass. */
const ALLOWED_TEXT: Readonly<Record<string, string>> = {
  Preserve: 'the name of the extension, a brand, is not translated',
  'SHA-256': 'the name of a standard, the same in every language',
};

/**
 * Files whose text is meant to stay as written, each with its reason. Keep this list short: a
 * file here is never checked.
 */
export const FILES_LEFT_OUT: Readonly<Record<string, string>> = {
  'src/ui/english-form-text.ts':
    'the words Preserve types into platforms’ removal forms stay English, which their reviewers read; the person sees each in their own language beside it',
};

/** Calls whose string arguments are catalogue keys, not text. */
const CATALOGUE_CALLS = new Set(['t', 'tParts', 'translate']);

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
const hasLetters = (text: string) => /\p{L}/u.test(text);

/** A literal that reads like words meant for a person: three words or more, or a capitalised phrase or sentence. */
function looksLikeSentence(text: string): boolean {
  const trimmed = text.trim();
  if (/:\/\/|^[[#.@/<]/.test(trimmed)) return false; // addresses, selectors, paths, markup around text filled in
  const words = trimmed.split(/\s+/).filter(hasLetters);
  return words.length >= 3 || (/^\p{Lu}/u.test(trimmed) && (words.length >= 2 || /[.…!?:]$/.test(trimmed)));
}

function literalText(node: Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return (node.quasis as Array<{ value: { cooked: string | null } }>).map((quasi) => quasi.value.cooked ?? '').join('');
  return null;
}

/** The string literals an expression can evaluate to: `a ? 'Yes' : 'No'`, `x && 'Text'`, `'a' + b`. */
function stringLeaves(node: Node): Node[] {
  if (literalText(node) !== null) return [node];
  switch (node.type) {
    case 'ConditionalExpression':
      return [...stringLeaves(node.consequent as Node), ...stringLeaves(node.alternate as Node)];
    case 'LogicalExpression': // `x && 'Text'` shows only the right; `x ?? 'Text'` either
      return node.operator === '&&' ? stringLeaves(node.right as Node) : [...stringLeaves(node.left as Node), ...stringLeaves(node.right as Node)];
    case 'BinaryExpression': // `a === 'on'` is a test, `'a' + b` is text
      return node.operator === '+' ? [...stringLeaves(node.left as Node), ...stringLeaves(node.right as Node)] : [];
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
      return stringLeaves(node.expression as Node);
    default:
      return [];
  }
}

const SKIPPED = new Set(['ImportDeclaration', 'TSTypeAnnotation', 'TSTypeAliasDeclaration', 'TSInterfaceDeclaration', 'TSLiteralType', 'TSImportType']);

/** Each piece of hard-coded user-visible text in one source file, as "path:line what". */
export function uiTextOffenders(path: string, source: string): string[] {
  const { program, errors } = parseSync(path, source);
  if (errors.length) return [`${path}: could not be parsed (${errors[0]?.message})`];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: Array<[number, string]> = [];
  const reported = new Set<Node>();
  const report = (node: Node, what: string) => {
    reported.add(node);
    found.push([node.start, `${path}:${lineOf(node.start)} ${what}`]);
  };
  const visible = (text: string) => hasLetters(text) && !(text.trim() in ALLOWED_TEXT);

  function visit(node: Node, parent: Node | null): void {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && CATALOGUE_CALLS.has(node.callee.name as string)) return;
    if (node.type === 'Property' && isNode(node.key) && !node.computed) {
      if (isNode(node.value)) visit(node.value, node); // a key is a name, not text
      return;
    }
    if (node.type === 'JSXText') {
      const text = (node.value as string).replace(/\s+/g, ' ').trim();
      if (visible(text)) report(node, `text "${text}"`);
      return;
    }
    if (node.type === 'JSXAttribute' && isNode(node.name)) {
      const name = node.name.type === 'JSXIdentifier' ? (node.name.name as string) : '';
      const value = node.value;
      if (!isNode(value)) return;
      const expression = value.type === 'JSXExpressionContainer' ? (value.expression as Node) : value;
      if (VISIBLE_ATTRIBUTES.has(name)) {
        for (const leaf of stringLeaves(expression)) if (visible(literalText(leaf)!)) report(leaf, `${name}="${literalText(leaf)}"`);
      } else if (value.type !== 'JSXExpressionContainer') return; // class="…", type="button": not text
      visit(expression, node);
      return;
    }
    if (node.type === 'JSXExpressionContainer' && parent && (parent.type === 'JSXElement' || parent.type === 'JSXFragment')) {
      for (const leaf of stringLeaves(node.expression as Node)) if (visible(literalText(leaf)!)) report(leaf, `expression "${literalText(leaf)}"`);
    }
    const text = literalText(node);
    if (text !== null && !reported.has(node) && !(text.trim() in ALLOWED_TEXT) && looksLikeSentence(text)) report(node, `sentence "${text}"`);
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(child)) for (const item of child) isNode(item) && visit(item, node);
      else if (isNode(child)) visit(child, node);
    }
  }

  visit(program as unknown as Node, null);
  return found.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}

/**
 * Each `new UserFacingError(…)` in a worker-side file whose message is written into the code
 * rather than taken from the catalogue: the worker's errors reach the person as they are, so they
 * must speak the person's language too.
 */
export function workerErrorOffenders(path: string, source: string): string[] {
  const { program, errors } = parseSync(path, source);
  if (errors.length) return [`${path}: could not be parsed (${errors[0]?.message})`];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const found: string[] = [];
  function visit(node: Node): void {
    if (node.type === 'NewExpression' && isNode(node.callee) && node.callee.type === 'Identifier' && node.callee.name === 'UserFacingError') {
      const [message] = node.arguments as Node[];
      for (const leaf of message ? stringLeaves(message) : []) {
        if (hasLetters(literalText(leaf)!)) found.push(`${path}:${lineOf(leaf.start)} error "${literalText(leaf)}"`);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(child)) for (const item of child) isNode(item) && visit(item);
      else if (isNode(child)) visit(child);
    }
  }
  visit(program as unknown as Node);
  return found;
}
