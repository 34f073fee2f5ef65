/**
 * C0/C1 control characters but tab and line breaks: PostgreSQL refuses NUL in text and jsonb, and
 * none of the others belongs in a form field or a catalog's text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Where a value sits in a parsed JSON document: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

export interface JsonScanLimits {
  /** Containers (objects and arrays) a value may sit in; the root container is level 1. */
  maxDepth: number;
  /** Control characters reported at most, the scan stopping at the last; 0 looks for none. */
  maxControlCharacters: number;
}

export interface JsonScan {
  /** The first container past `maxDepth`, in document order; nothing below it is looked at. */
  tooDeep: JsonPath | null;
  /** Strings (values or keys) holding a control character, in document order. */
  controlCharacters: JsonPath[];
}

interface Frame {
  value: unknown;
  key: string | number | null;
  parent: Frame | null;
  depth: number;
}

function pathOf(frame: Frame): JsonPath {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.key != null; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Looks at every string and container of a parsed JSON value without recursion, so input nested
 * 100,000 levels deep is measured, not a stack overflow; the work is linear in the value's size
 * and a path is built only for what is reported.
 */
export function scanJson(value: unknown, limits: JsonScanLimits): JsonScan {
  const found: JsonScan = { tooDeep: null, controlCharacters: [] };
  const controls = found.controlCharacters;
  const stack: Frame[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const current = frame.value;
    if (typeof current === 'string') {
      if (limits.maxControlCharacters > 0 && CONTROL_CHARACTER.test(current)) {
        controls.push(pathOf(frame));
        if (controls.length >= limits.maxControlCharacters) break;
      }
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const depth = frame.depth + 1;
    if (depth > limits.maxDepth) {
      found.tooDeep = pathOf(frame);
      break;
    }
    // Pushed last to first, so they are taken in document order.
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], key: i, parent: frame, depth });
      }
      continue;
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      stack.push({ value: (current as Record<string, unknown>)[key], key, parent: frame, depth });
      // A key is a string too; it is reported as the member it names.
      if (CONTROL_CHARACTER.test(key)) stack.push({ value: key, key, parent: frame, depth });
    }
  }
  return found;
}

/** A path as import issues name it: `catalog.groups[3].controls[2].id`. */
export function formatJsonPath(path: JsonPath): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  }
  return text;
}
