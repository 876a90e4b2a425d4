// Distribution functions are building blocks called by the tests with checked arguments; a
// bad argument here is a programming error, so it throws instead of returning a result.

export function assertProbability(p: number, where: string): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`${where}: probability must be in (0, 1), got ${p}`);
}

export function assertPositive(value: number, name: string, where: string): void {
  if (!(value > 0)) throw new RangeError(`${where}: ${name} must be > 0, got ${value}`);
}

export function assertNotNaN(value: number, name: string, where: string): void {
  if (Number.isNaN(value)) throw new RangeError(`${where}: ${name} is NaN`);
}
