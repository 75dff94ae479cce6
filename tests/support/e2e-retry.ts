/**
 * e2e only: a failed test runs once more, and the first failure is printed in full before the retry,
 * so a flake stays visible in the log (search it for "RETRY") without blocking a run. A browser
 * driven on a loaded 2-core machine has timed out waiting for a page to settle about once in ten
 * runs (tests/support/phone-session.ts `settled` names what still moved); a real defect fails twice.
 * Remove once that cause is found.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true })
