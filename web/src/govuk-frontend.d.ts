// The part of GOV.UK Frontend's JavaScript API the app calls.
declare module 'govuk-frontend' {
  export function initAll(config?: Record<string, unknown>): void;
  export function createAll(component: unknown, config?: unknown, scope?: Element | Document): unknown[];
  export class ErrorSummary {
    constructor(root: Element);
  }
  export class NotificationBanner {
    constructor(root: Element);
  }
}
