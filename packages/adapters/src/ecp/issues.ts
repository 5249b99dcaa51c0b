import type { z } from 'zod';
import { finding, type Finding, type PathSegment, type SourceLocation } from '@tsmp/core';

/** Turns zod issues of an imported catalogue into findings located by `locate`. */
export function catalogIssues(issues: readonly z.core.$ZodIssue[], locate: (path: readonly PathSegment[]) => SourceLocation): Finding[] {
  return issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    const field = path.join('.') || '—';
    let messageId = 'ecp.invalid.other';
    let args: Record<string, string> = { field, code: issue.code };
    if (issue.code === 'invalid_type') {
      messageId = 'ecp.invalid.type';
      args = { field, expected: issue.expected };
    } else if (issue.code === 'invalid_value') {
      messageId = 'ecp.invalid.value';
      args = { field, allowed: issue.values.map(String).join(', ') };
    } else if (issue.code === 'unrecognized_keys') {
      messageId = 'ecp.invalid.unknownKey';
      args = { field, keys: issue.keys.join(', ') };
    }
    return finding({ ruleId: 'ecp-catalog-invalid', severity: 'error', messageId, args, location: locate(path), path });
  });
}
