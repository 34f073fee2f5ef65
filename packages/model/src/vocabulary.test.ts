import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as model from './index';

/**
 * The model holds the domain's vocabulary once. These tests read the source of every other package
 * and app and fail on a second copy of a vocabulary: a list, a union type or a label table of a
 * model vocabulary's values, or a database enum not built from the model's values.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MODEL_SRC = join(ROOT, 'packages', 'model', 'src');

/** Places a copy may stand, each with why. */
const ALLOWED: Record<string, string> = {
  // The 確認表 file writes shorter words for evidence kinds than the screens do.
  'packages/file-formats/src/matrix/columns.ts EVIDENCE_KIND_LABELS': 'the file format’s own words',
  // Explanations shown on hover, not the values' names.
  'apps/web/src/i18n/ja/matrix.ts findingHints': 'prose per value',
  'apps/web/src/i18n/en/matrix.ts findingHints': 'prose per value',
  'apps/web/src/i18n/ja/catalogs.ts relationHints': 'prose per value',
  'apps/web/src/i18n/en/catalogs.ts relationHints': 'prose per value',
  // 「医療機関側」: the matrix page names the caller's side as a side, not as a party.
  'apps/web/src/i18n/ja/matrix.ts sideLabels': 'a phrase per value',
  'apps/web/src/i18n/en/matrix.ts sideLabels': 'a phrase per value',
};

function key(values: Iterable<string>): string {
  return [...new Set(values)].sort().join('|');
}

/** Every exported list of the model, and every vocabulary it names in words (`*_LABELS`). */
function modelVocabularies() {
  const lists = new Map<string, string[]>();
  const labelled = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, values: string[], name: string) => {
    if (values.length < 2) return;
    map.set(key(values), [...(map.get(key(values)) ?? []), name]);
  };
  for (const [name, value] of Object.entries(model)) {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      add(lists, value, name);
    } else if (name.endsWith('_LABELS') && typeof value === 'object') {
      add(labelled, Object.keys(value), name);
    }
  }
  return { lists, labelled };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', 'dist', '.data'].includes(entry.name) ? [] : sourceFiles(path);
    }
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every package and app but the model itself and the browser suite (which imports nothing). */
function consumerFiles(): string[] {
  return ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(ROOT, group))
      .filter((name) => !(group === 'packages' && name === 'model') && name !== 'e2e')
      .flatMap((name) => sourceFiles(join(ROOT, group, name)))
      .filter((path) => !path.endsWith('routeTree.gen.ts')),
  );
}

function parse(path: string): ts.SourceFile {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

function stringsOf(elements: readonly ts.Node[]): string[] | null {
  const values = elements.map((e) =>
    ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : null,
  );
  return values.every((v) => v !== null) ? values : null;
}

/** The name a node is known by: its variable or property, for messages and the allow-list. */
function nameOf(node: ts.Node): string {
  // The source file's parent is undefined, whatever its type says.
  for (let at = node as ts.Node | undefined; at; at = at.parent as ts.Node | undefined) {
    if (
      ts.isVariableDeclaration(at) ||
      ts.isPropertyAssignment(at) ||
      ts.isTypeAliasDeclaration(at) ||
      ts.isPropertySignature(at) ||
      ts.isParameter(at)
    ) {
      return at.name.getText();
    }
  }
  return '(anonymous)';
}

interface Copy {
  where: string;
  what: string;
}

/** Lists, unions and label tables equal to a model vocabulary; enums not built from the model. */
function findCopies(file: ts.SourceFile, shown: string): Copy[] {
  const { lists, labelled } = modelVocabularies();
  const copies: Copy[] = [];
  const report = (node: ts.Node, what: string) => {
    const where = `${shown}:${String(file.getLineAndCharacterOfPosition(node.getStart()).line + 1)}`;
    if (!(`${shown} ${nameOf(node)}` in ALLOWED)) copies.push({ where, what });
  };
  const visit = (node: ts.Node) => {
    if (ts.isArrayLiteralExpression(node)) {
      const values = stringsOf(node.elements);
      const same = values && lists.get(key(values));
      if (same) report(node, `a list of ${same.join(' / ')}`);
    } else if (ts.isUnionTypeNode(node)) {
      const values = stringsOf(node.types.map((t) => (ts.isLiteralTypeNode(t) ? t.literal : t)));
      const same = values && lists.get(key(values));
      if (same) report(node, `a union of ${same.join(' / ')}`);
    } else if (ts.isObjectLiteralExpression(node)) {
      const entries = node.properties.map((p) =>
        ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name)
          ? { name: p.name.getText().replace(/^['"]|['"]$/g, ''), value: p.initializer }
          : null,
      );
      const same =
        entries.every((e) => e !== null) &&
        entries.length >= 2 &&
        labelled.get(key(entries.map((e) => e.name)));
      // Words (not a mapping onto other values, such as tones or ids) or { ja, en } pairs.
      const words = entries.every(
        (e) =>
          e &&
          ((ts.isStringLiteral(e.value) && !/^[a-z_]+$/.test(e.value.text)) ||
            (ts.isObjectLiteralExpression(e.value) &&
              e.value.properties.some((p) => p.name?.getText() === 'ja'))),
      );
      if (same && words) report(node, `labels of ${same.join(' / ')}`);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.getText() === 'pgEnum' &&
      !(node.arguments[1] && ts.isIdentifier(node.arguments[1]))
    ) {
      report(node, 'a database enum not built from a model vocabulary');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return copies;
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const entries = <L>(labels: Record<string, L>, value: (label: L) => string) =>
  Object.entries(labels)
    .map(([name, label]) => `${name}: ${value(label)}`)
    .join(', ');

describe('the vocabulary exists once', () => {
  it('has no copy of a model vocabulary in any other package or app', () => {
    const copies = consumerFiles().flatMap((path) => findCopies(parse(path), relative(ROOT, path)));
    expect(copies).toEqual([]);
  });

  it('catches a copy reintroduced as a list, a union, a label table or a literal enum', () => {
    const file = ts.createSourceFile(
      'copy.ts',
      [
        // Copies in another order, spelled as a newcomer might write them again.
        `const statuses = [${quoted([...model.ROW_STATUSES].reverse())}] as const;`,
        `type Side = ${[...model.WORKSPACE_SIDES]
          .reverse()
          .map((v) => `'${v}'`)
          .join(' | ')};`,
        `const words = { ${entries(model.MEMBERSHIP_ROLE_LABELS, (l) => `'${l.ja}'`)} };`,
        `const kind = pgEnum('service_type', [${quoted(model.SERVICE_TYPES)}]);`,
        // Not copies: a mapping onto other values, and part of a vocabulary.
        `const fine = { ${entries(model.MEMBERSHIP_ROLE_LABELS, () => `'staff'`)} };`,
        `const partial = [${quoted(model.ROW_STATUSES.slice(1))}];`,
      ].join('\n'),
      ts.ScriptTarget.Latest,
      true,
    );
    expect(findCopies(file, 'copy.ts').map((c) => c.where)).toEqual([
      'copy.ts:1',
      'copy.ts:2',
      'copy.ts:3',
      'copy.ts:4',
      'copy.ts:4',
    ]);
  });

  it('builds every database enum from an imported model vocabulary', () => {
    const schemaDir = join(ROOT, 'packages', 'db', 'src', 'schema');
    const enums = sourceFiles(schemaDir).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return [...text.matchAll(/pgEnum\('(\w+)', (\w+)\)/g)].map(([, name, values]) => ({
        name,
        imported: new RegExp(`\\b${String(values)}\\b[^;]*from '@bunkai/model'`, 's').test(
          text.slice(0, text.indexOf('export')),
        ),
      }));
    });
    expect(enums.length).toBeGreaterThan(10);
    expect(enums.filter((e) => !e.imported)).toEqual([]);
  });
});

describe('the model is browser-safe', () => {
  it('imports nothing but itself, and zod only for its schemas entry', () => {
    const foreign = sourceFiles(MODEL_SRC).flatMap((path) =>
      parse(path)
        .statements.filter(ts.isImportDeclaration)
        .map((s) => (s.moduleSpecifier as ts.StringLiteral).text)
        .filter((from) => !from.startsWith('./') && !from.startsWith('../'))
        .filter((from) => !(from === 'zod' && path.endsWith('schemas.ts')))
        .map((from) => `${relative(ROOT, path)} imports ${from}`),
    );
    expect(foreign).toEqual([]);
  });

  it('keeps zod out of the web app: it imports the model, never its schemas', () => {
    const schemas = sourceFiles(join(ROOT, 'apps', 'web', 'src')).filter((path) =>
      readFileSync(path, 'utf8').includes("'@bunkai/model/schemas'"),
    );
    expect(schemas).toEqual([]);
  });
});
