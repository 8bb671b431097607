// Package lazyre holds regular expressions that are compiled the first time
// they are used rather than when the program starts. A package-level
// regexp.MustCompile runs in every process that imports the package,
// `crosscheck --help` included; a large one (an alternation of names,
// Unicode classes) costs milliseconds and hundreds of kilobytes there.
// Declaring it with lazyre.New keeps its uses unchanged.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use. It is safe for
// concurrent use, as regexp.Regexp is.
type Regexp struct {
	re func() *regexp.Regexp
}

// New returns expr, to be compiled on first use; like regexp.MustCompile,
// a bad expression panics, then.
func New(expr string) *Regexp {
	return &Regexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// Regexp returns the compiled expression.
func (l *Regexp) Regexp() *regexp.Regexp { return l.re() }

// MatchString is regexp.Regexp.MatchString.
func (l *Regexp) MatchString(s string) bool { return l.re().MatchString(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *Regexp) FindStringSubmatch(s string) []string { return l.re().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *Regexp) FindStringSubmatchIndex(s string) []int { return l.re().FindStringSubmatchIndex(s) }

// FindSubmatch is regexp.Regexp.FindSubmatch.
func (l *Regexp) FindSubmatch(b []byte) [][]byte { return l.re().FindSubmatch(b) }

// Split is regexp.Regexp.Split.
func (l *Regexp) Split(s string, n int) []string { return l.re().Split(s, n) }
