// Package conventions holds the tests that check the house rules of
// CONVENTIONS.md over the whole repository, so that the compiler and the
// test suite, not a reviewer's memory, keep them: word lists live only in
// internal/text/english, no function passes a cyclomatic complexity of 40,
// and the packages import one another only in the allowed directions.
// It has no code of its own.
package conventions
