import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

interface Watched {
  /** Console errors and warnings and uncaught exceptions not yet accounted for. */
  messages: string[];
  closed: boolean;
}

const watched = new Map<BrowserContext, Watched>();

/** Records what every page of `context` prints as an error or warning, and what it throws. */
export function watchConsole(context: BrowserContext): void {
  const entry: Watched = { messages: [], closed: false };
  watched.set(context, entry);
  context.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') entry.messages.push(`${type}: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    entry.messages.push(`uncaught: ${error.error().message}`);
  });
  context.on('close', () => {
    entry.closed = true;
  });
}

/** The console of the page's context, for a test that expects some messages (a refused write). */
export function consoleOf(page: Page) {
  const entry = watched.get(page.context());
  if (!entry) throw new Error('the page was not opened with openPage: its console is not watched');
  return {
    /** Fails on any message but those matching `allowed`, then forgets them. */
    expectNone(allowed: RegExp[] = []) {
      const unexpected = entry.messages.filter(
        (text) => !allowed.some((pattern) => pattern.test(text)),
      );
      entry.messages.length = 0;
      expect(unexpected).toEqual([]);
    },
  };
}

/** After each test: any message no test expected fails it; closed contexts are then forgotten. */
export function expectQuietConsoles(): void {
  const unexpected = [...watched.values()].flatMap((entry) => entry.messages.splice(0));
  for (const [context, entry] of watched) if (entry.closed) watched.delete(context);
  expect(unexpected, 'console errors or warnings in the browser').toEqual([]);
}
