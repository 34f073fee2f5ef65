import { z } from 'zod';
import type { ImportIssue, ImportResult } from '../model';
import { formatJsonPath, scanJson, type JsonPath } from './json-scan';
import { CATALOG_LIMITS } from './limits';

export interface Bilingual {
  ja: string;
  en: string;
}

export function importIssue(
  row: number | null,
  column: string | null,
  ja: string,
  en: string,
): ImportIssue {
  return { row, column, messages: { ja, en } };
}

/** A refusal of the whole file (unreadable, wrong kind), with no row or column. */
export function fileIssue(ja: string, en: string): { ok: false; issues: ImportIssue[] } {
  return { ok: false, issues: [importIssue(null, null, ja, en)] };
}

/**
 * The first `CATALOG_LIMITS.issuesOfAKind` issues of a kind, and one more saying there are others
 * (a finder may stop after one past the limit).
 */
export function listedIssues(issues: ImportIssue[]): ImportIssue[] {
  const max = CATALOG_LIMITS.issuesOfAKind;
  if (issues.length <= max) return issues;
  return [
    ...issues.slice(0, max),
    importIssue(
      null,
      null,
      `ほかにも同じ種類の問題があります（最初の${max}件のみ表示）`,
      `There are more problems of this kind (only the first ${max} are listed)`,
    ),
  ];
}

/** Header and file-level issues first, then by row; the sort is stable within a row. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * Splits a schema's own "ja / en" message. Splits at the first " / " with no Japanese after it,
 * because the Japanese half may itself contain " / " (the code rule lists `( ) /`).
 */
export function splitBilingual(message: string): Bilingual | null {
  let at = message.indexOf(' / ');
  while (at >= 0) {
    const en = message.slice(at + 3);
    if (!JAPANESE.test(en) && JAPANESE.test(message.slice(0, at))) {
      return { ja: message.slice(0, at), en };
    }
    at = message.indexOf(' / ', at + 1);
  }
  return null;
}

const ja = z.locales.ja();
const en = z.locales.en();

const TYPE_NAMES: Record<string, Bilingual> = {
  int: { ja: '整数', en: 'a whole number' },
  number: { ja: '数値', en: 'a number' },
  string: { ja: '文字列', en: 'text' },
  boolean: { ja: 'true か false', en: 'true or false' },
  array: { ja: '一覧（配列）', en: 'a list' },
  object: { ja: 'オブジェクト', en: 'an object' },
};

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Both languages for one zod issue on a field labelled `label` (ja: the Japanese label, en: the
 * column or field name as the user sees it). `value` is the offending input, which zod leaves out
 * of its issues; it makes enum messages say what was wrong.
 */
export function zodIssueMessages(
  issue: z.core.$ZodIssue,
  label: Bilingual,
  value?: unknown,
): Bilingual {
  const own = splitBilingual(issue.message);
  if (own) return own;
  const got = value === undefined || value === null || value === '' ? null : shown(value);
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      const separated =
        typeof value === 'string' && /[,、，]/.test(value)
          ? { ja: '（複数は | で区切ります）', en: ' (separate several with |)' }
          : { ja: '', en: '' };
      return {
        ja: `${label.ja}は ${values} のいずれかです${got === null ? '' : `（入力: ${got}）`}${separated.ja}`,
        en: `${label.en} must be one of ${values}${got === null ? '' : ` (got "${got}")`}${separated.en}`,
      };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1
          ? { ja: `${label.ja}は必須です`, en: `${label.en} is required` }
          : {
              ja: `${label.ja}は${min}文字以上です`,
              en: `${label.en} must have at least ${min} characters`,
            };
      }
      return { ja: `${label.ja}は${min}以上です`, en: `${label.en} must be at least ${min}` };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'string'
        ? {
            ja: `${label.ja}は${max}文字以内です`,
            en: `${label.en} must be at most ${max} characters`,
          }
        : { ja: `${label.ja}は${max}以下です`, en: `${label.en} must be at most ${max}` };
    }
    case 'invalid_type': {
      if (value === undefined) {
        return { ja: `${label.ja}は必須です`, en: `${label.en} is required` };
      }
      const type = TYPE_NAMES[issue.expected] ?? { ja: issue.expected, en: issue.expected };
      return {
        ja: `${label.ja}は${type.ja}で指定します（入力: ${shown(value)}）`,
        en: `${label.en} must be ${type.en} (got ${shown(value)})`,
      };
    }
    case 'invalid_format':
      if (issue.format === 'date') {
        return {
          ja: `${label.ja}は YYYY-MM-DD 形式の日付です${got === null ? '' : `（入力: ${got}）`}`,
          en: `${label.en} must be a date as YYYY-MM-DD${got === null ? '' : ` (got "${got}")`}`,
        };
      }
      return {
        ja: `${label.ja}の形式が正しくありません`,
        en: `${label.en} has the wrong format`,
      };
    default: {
      // Anything else: zod's own locales, given the input they expect.
      const raw = { ...issue, input: value } as Parameters<typeof ja.localeError>[0];
      const text = (locale: typeof ja): string => {
        const result = locale.localeError(raw);
        return typeof result === 'string' ? result : (result?.message ?? issue.message);
      };
      return { ja: `${label.ja}: ${text(ja)}`, en: `${label.en}: ${text(en)}` };
    }
  }
}

/** A format error on an empty value only repeats the "required" issue beside it. */
export function isRedundant(issue: z.core.$ZodIssue, value: unknown): boolean {
  return issue.code === 'invalid_format' && typeof value === 'string' && value.trim() === '';
}

/** Reads `path` out of an arbitrary input, for messages that show the offending value. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A field holding a control character: PostgreSQL refuses NUL, and none belongs in a text. */
export function controlCharacterMessages(label: Bilingual): Bilingual {
  return {
    ja: `${label.ja}に制御文字が含まれています（タブと改行以外は使えません）`,
    en: `${label.en} contains a control character (only tab and line breaks are allowed)`,
  };
}

/** A path of a JSON file for messages: `catalog.groups[3].id`, or "the document" at its root. */
export function jsonPathLabel(path: JsonPath): Bilingual & { column: string | null } {
  const text = formatJsonPath(path);
  return text === ''
    ? { column: null, ja: '文書', en: 'the document' }
    : { column: text, ja: text, en: text };
}

/**
 * A parsed JSON file, before anything else reads it: containers nested past
 * `CATALOG_LIMITS.jsonDepth` (the readers after this recurse) and control characters in any
 * string (PostgreSQL refuses NUL), each named by its path.
 */
export function jsonDocumentIssues(json: unknown): ImportIssue[] {
  const { jsonDepth, issuesOfAKind } = CATALOG_LIMITS;
  const scan = scanJson(json, { maxDepth: jsonDepth, maxControlCharacters: issuesOfAKind + 1 });
  const issues: ImportIssue[] = [];
  if (scan.tooDeep) {
    const at = jsonPathLabel(scan.tooDeep);
    issues.push(
      importIssue(
        null,
        at.column,
        `${at.ja}: JSON の入れ子が深すぎます（${jsonDepth}階層まで）`,
        `${at.en}: the JSON nests more than ${jsonDepth} levels deep`,
      ),
    );
  }
  const controls = scan.controlCharacters.map((path) => {
    const at = jsonPathLabel(path);
    return { row: null, column: at.column, messages: controlCharacterMessages(at) };
  });
  issues.push(...listedIssues(controls));
  return issues;
}

/** JSON text (a leading BOM allowed) as a value, or the one file-level issue saying why not. */
export function parseJsonText(text: string): ImportResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fileIssue(
      `JSON として読み取れません（${detail}）`,
      `The file is not valid JSON (${detail})`,
    );
  }
}
