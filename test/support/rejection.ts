// The error a promise is rejected with, checked to be of the kind a test expects.
import { expect } from 'vitest';

export async function rejection<T extends Error>(promise: Promise<unknown>, kind: abstract new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(kind);
  return error as T;
}
