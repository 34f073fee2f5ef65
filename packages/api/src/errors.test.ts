import { expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError } from './errors';
it('names the expected type in both languages without a misleading "received"', () => {
  const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
  if (result.success) throw new Error('should fail');
  expect(describeZodError(result.error)).toEqual([
    {
      path: 'n',
      messages: { ja: '無効な入力: 数値が期待されました', en: 'Invalid input: expected number' },
    },
  ]);
});

it('splits a bilingual message at the separator after the Japanese, even when ja contains " / "', () => {
  const schema = z.string().regex(/^[a-z]+$/, {
    message: 'コードに使えるのは英数字と ( ) / です / A code uses letters, digits and ( ) /',
  });
  const result = schema.safeParse('X');
  if (result.success) throw new Error('should fail');
  expect(describeZodError(result.error)[0]?.messages).toEqual({
    ja: 'コードに使えるのは英数字と ( ) / です',
    en: 'A code uses letters, digits and ( ) /',
  });
});
