// The rule a domain function says was broken: the Problem it throws, checked to be one.
import { expect } from 'vitest';
import { DomainProblem, type Problem } from '../../src/domain/problem';

export function problemOf(run: () => unknown): Problem {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainProblem);
    return (error as DomainProblem).problem;
  }
  throw new Error('Nothing was thrown: the test expected a DomainProblem');
}
