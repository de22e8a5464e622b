/** JSON pointers as RFC 6901 spells them: every segment between slashes, with `~1` and `~0` unescaped. */
import { describe, expect, it } from 'vitest';
import { parsePointer, toPointer } from '../../src/schema/pointer.js';

describe('parsePointer', () => {
  it('the empty pointer names the whole document', () => {
    expect(parsePointer('')).toEqual([]);
  });

  it('every segment between slashes is kept, empty ones included', () => {
    expect(parsePointer('/storage/temperature/unit')).toEqual(['storage', 'temperature', 'unit']);
    expect(parsePointer('/')).toEqual(['']);
    expect(parsePointer('/a//b/')).toEqual(['a', '', 'b', '']);
    expect(parsePointer('/doseAdministration/arms/0')).toEqual(['doseAdministration', 'arms', '0']);
  });

  it('~1 stands for a slash and ~0 for a tilde, read in that order', () => {
    expect(parsePointer('/a~1b/m~0n/~01')).toEqual(['a/b', 'm~n', '~1']);
  });

  it('reads back what toPointer writes', () => {
    const segments = ['production', 'preparations', 3, 'a/b~c', ''];
    expect(parsePointer(toPointer(segments))).toEqual(segments.map(String));
  });
});
