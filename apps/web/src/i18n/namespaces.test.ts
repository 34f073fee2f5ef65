import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Tree {
  [key: string]: string | Tree;
}

const messageFiles = import.meta.glob<Tree>('./*/*.ts', { import: 'default', eager: true });
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function namespacesOf(language: string): Map<string, Tree> {
  const prefix = `./${language}/`;
  return new Map(
    Object.entries(messageFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, tree]) => [path.slice(prefix.length, -'.ts'.length), tree]),
  );
}
const ja = namespacesOf('ja');
const en = namespacesOf('en');

/** Every key with its text, `a.b.c`. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value] as const]
        : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

/** The keys English must have for Japanese's: `key_one` and `key_other` for a `{{count}}` text. */
function expectedEnglishKeys(japanese: Map<string, string>): string[] {
  return [...japanese].flatMap(([key, text]) =>
    text.includes('{{count}}') ? [`${key}_one`, `${key}_other`] : [key],
  );
}

describe('the message files', () => {
  it('hold the same namespaces in Japanese and English', () => {
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
    expect(ja.has('common')).toBe(true);
  });

  it.each([...ja.keys()])('%s: every Japanese key exists in English and no other', (namespace) => {
    const japanese = flatten(ja.get(namespace) ?? {});
    const english = flatten(en.get(namespace) ?? {});
    expect([...english.keys()].sort()).toEqual(expectedEnglishKeys(japanese).sort());
    for (const [key, text] of english) expect(text, `en ${namespace}: ${key}`).not.toBe('');
  });

  it('give each first key segment one namespace, so a key is found wherever it is loaded', () => {
    const owners = [...ja].flatMap(([namespace, tree]) =>
      Object.keys(tree).map((segment) => [segment, namespace] as const),
    );
    const segments = owners.map(([segment]) => segment);
    expect(segments.filter((segment, i) => segments.indexOf(segment) !== i)).toEqual([]);
  });
});

/** The namespace that holds each first key segment (`matrix` → `matrix`, `nav` → `common`). */
const namespaceOfSegment = new Map(
  [...ja].flatMap(([namespace, tree]) => Object.keys(tree).map((s) => [s, namespace] as const)),
);
/** Always there: `common` is loaded before the app draws, `viewError` is bundled. */
const PRELOADED = new Set(['common', 'viewError']);

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, sources[path] ?? '', ts.ScriptTarget.Latest, true);
}

/** The modules a file imports at run time (relative imports; `import type` brings no code). */
function importsOf(path: string): string[] {
  const dir = path.slice(0, path.lastIndexOf('/'));
  return parse(path)
    .statements.filter(ts.isImportDeclaration)
    .filter((statement) => statement.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword)
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text)
    .filter((specifier) => specifier.startsWith('.'))
    .flatMap((specifier) => {
      const parts = `${dir}/${specifier}`.split('/');
      const resolved: string[] = [];
      for (const part of parts) {
        // Paths start at `..` (this folder's parent); only what follows it is resolved.
        if (part === '..' && resolved.length > 0 && resolved.at(-1) !== '..') resolved.pop();
        else if (part !== '.') resolved.push(part);
      }
      const base = resolved.join('/');
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ending) => `${base}${ending}`)
        .find((candidate) => candidate in sources);
      return found ? [found] : [];
    });
}

/**
 * The namespaces of the keys a file passes to `t` (literals, template heads, either branch), and
 * of those it asks for in another language (`t(key, { lng })`).
 */
function namespacesUsedBy(path: string): { shown: Set<string>; inEnglish: Set<string> } {
  const used = { shown: new Set<string>(), inEnglish: new Set<string>() };
  const keysIn = (node: ts.Node, into: Set<string>): void => {
    const note = (text: string) => {
      const namespace = namespaceOfSegment.get(text.split('.')[0] ?? '');
      if (namespace) into.add(namespace);
    };
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) note(node.text);
    else if (ts.isTemplateExpression(node)) note(node.head.text);
    else if (ts.isConditionalExpression(node)) {
      keysIn(node.whenTrue, into);
      keysIn(node.whenFalse, into);
    } else if (ts.isParenthesizedExpression(node)) keysIn(node.expression, into);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const [key, options] = node.arguments;
      if ((name === 't' || name === 'other') && key) {
        keysIn(key, used.shown);
        const otherLanguage =
          options &&
          ts.isObjectLiteralExpression(options) &&
          options.properties.some((property) => property.name?.getText() === 'lng');
        if (otherLanguage) keysIn(key, used.inEnglish);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(path));
  return used;
}

/** What a route file's views need fetched: the namespaces of every module it runs. */
function namespacesNeededBy(route: string): { shown: string[]; inEnglish: string[] } {
  const seen = new Set<string>();
  const queue = [route];
  for (let path = queue.pop(); path; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...importsOf(path));
  }
  const uses = [...seen].map(namespacesUsedBy);
  const needed = (part: 'shown' | 'inEnglish') =>
    [...new Set(uses.flatMap((use) => [...use[part]]))]
      .filter((namespace) => !PRELOADED.has(namespace))
      .sort();
  return { shown: needed('shown'), inEnglish: needed('inEnglish') };
}

/** What a route file's loader fetches: `loadNamespaces('matrix', …)`, `loadEnglishToo(…)`. */
function namespacesLoadedBy(route: string): { shown: string[]; inEnglish: string[] } {
  const loaded = { shown: [] as string[], inEnglish: [] as string[] };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const into = { loadNamespaces: loaded.shown, loadEnglishToo: loaded.inEnglish }[
        node.expression.text
      ];
      for (const arg of node.arguments) if (into && ts.isStringLiteral(arg)) into.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse(route));
  return { shown: loaded.shown.sort(), inEnglish: loaded.inEnglish.sort() };
}

describe('each route', () => {
  const routes = Object.keys(sources).filter((path) => path.startsWith('../routes/'));

  it('is found', () => {
    expect(routes).toContain('../routes/_app/matrix/index.tsx');
    expect(namespacesNeededBy('../routes/_app/matrix/index.tsx').shown).toContain('matrix');
    expect(namespacesNeededBy('../routes/_app/catalogs/$versionId.tsx').inEnglish).toEqual([
      'catalogs',
    ]);
  });

  it.each(routes)('%s loads the namespaces of the texts it shows, and only those', (route) => {
    expect(namespacesLoadedBy(route)).toEqual(namespacesNeededBy(route));
  });
});
