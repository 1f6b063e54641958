// Collects what must never happen on a course page: uncaught errors, console errors, CSP
// violations, and requests that leave the course's own folder (or the LMS page that hosts it).
import type { Page } from '@playwright/test';

export interface PageProblems {
  errors: string[];
  requests: string[];
}

export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], requests: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => problems.requests.push(request.url()));
  return problems;
}

/** Requests outside `allowedPrefixes` (data: and blob: URLs stay inside the page). */
export function foreignRequests(requests: string[], allowedPrefixes: string[]): string[] {
  return requests.filter(
    (url) => !/^(data|blob):/.test(url) && !allowedPrefixes.some((prefix) => url.startsWith(prefix)),
  );
}
