package entity

import (
	"github.com/crosscheck/crosscheck/internal/align"
	"github.com/crosscheck/crosscheck/internal/text/english"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/text"
)

// mention is one name in one document, before merging.
type mention struct {
	doc        int
	start, end int      // bytes of the name itself, without title or possessive
	words      []string // the name's words as written, possessive dropped
	key        string   // foldKey of the name
	desc       []string // lower-case title and role words before the name ("president")
	countries  []string // countries named by demonyms before the name ("Russia")
	typ, sub   string
	canon      string // gazetteer canonical name, if any
	initial    bool   // starts a sentence or a quotation: capitalised for that reason alone
	honor      bool   // preceded by an honorific ("Mr")
	cue        bool   // followed by a speech verb ("Putin said")
	speaks     bool   // a speaker: "Putin said", or "said Putin." closing the clause
	object     bool   // after a preposition: "the shooting of Kaylee Reyes"
	locative   bool   // preceded by "in", "to", "from"...
	byDefault  bool   // typed a person by classify for want of any other sign
	titleCase  bool   // on a line in title case (titleCaseLine): capitalised as a headline is
	descriptor int    // >= 0: a "the Russian leader" reference; the index of the title word
	gender     byte   // 'f' or 'm' when a word in front says so ("Mrs.", "business woman"), else 0
}

// connectors may join the words of one name ("Bank of England").
var connectors = english.List("entity/connectors")

// commonPossessive are words whose possessive stays inside a formal name
// ("Democratic People's Republic").
var commonPossessive = english.List("entity/common-possessive")

var locatives = english.List("entity/locatives")

// speechVerbs after a name make it a speaker, and so a person or an organisation.
var speechVerbs = english.List("entity/speech-verbs")

// foldKey is the form under which two spellings of one name compare equal:
// lower case, typographic quotes folded, possessive dropped, hyphens and
// dots of initials ignored.
func foldKey(s string) string {
	// Most names are plain ASCII: fold them without the general path's
	// allocations (this runs for every candidate name).
	if plainKey(s) {
		return s
	}
	var buf [64]byte
	b, ok := appendFold(buf[:0], s)
	if !ok {
		return foldKeySlow(s)
	}
	return string(b)
}

// plainKey reports an ASCII string that folding leaves as it is: no
// capital, no hyphen, dot, apostrophe or white space.
func plainKey[S string | []byte](s S) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '`' || 'A' <= c && c <= 'Z' || c == '-' || c == '.' || c == '\'' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return false
		}
	}
	return true
}

// appendFold appends foldKey(s) to dst when s is ASCII without doubled or
// back quotes (the general path's typographic folding), and reports
// whether it could.
func appendFold[S string | []byte](dst []byte, s S) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '`' || c == '\'' && i+1 < len(s) && s[i+1] == '\'' {
			return dst, false
		}
	}
	n := len(s)
	if n >= 2 && s[n-2] == '\'' && (s[n-1] == 's' || s[n-1] == 'S') {
		n -= 2
	}
	if n >= 1 && s[n-1] == '\'' {
		n--
	}
	start := len(dst)
	space := false
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch c {
		case '-', ' ', '\t', '\n', '\r', '\v', '\f':
			space = true
		case '.':
		default:
			// A possessive inside a name is the same name without it:
			// "St. Mary's Parish" is "St. Mary Parish".
			if c == '\'' && i+2 < n && (s[i+1] == 's' || s[i+1] == 'S') && s[i+2] == ' ' {
				i++
				continue
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
		}
	}
	return dst, true
}

// knownName is known(foldKey(s)) without building the key when it need
// not be built.
func knownName[S string | []byte](s S) bool {
	if plainKey(s) {
		return knownKey(s)
	}
	var buf [64]byte
	b, ok := appendFold(buf[:0], s)
	if !ok {
		return known(foldKeySlow(string(s)))
	}
	return knownKey(b)
}

// knownKey is known(string(k)) without copying k.
func knownKey[S string | []byte](k S) bool {
	for _, g := range gazetteers {
		if _, ok := g()[string(k)]; ok { // string(k) in an index: no copy
			return true
		}
	}
	return false
}

// knownWords is knownName of the words joined by appendJoinWords, on the stack.
func knownWords(words []string) bool {
	var buf [128]byte
	return knownName(appendJoinWords(buf[:0], words))
}

// knownText is knownName(joinText(toks)), joined on the stack.
func knownText(toks []text.Token) bool {
	var buf [128]byte
	return knownName(appendJoinText(buf[:0], toks))
}

// appendFoldKey appends foldKey(s) to dst. Into a buffer on the stack, a
// key to look up costs no allocation when s is ASCII.
func appendFoldKey[S string | []byte](dst []byte, s S) []byte {
	if b, ok := appendFold(dst, s); ok {
		return b
	}
	return append(dst, foldKeySlow(string(s))...)
}

// lookupFold is m[foldKey(s)] without building the key as a string.
func lookupFold(m map[string]string, s string) (string, bool) {
	var buf [64]byte
	v, ok := m[string(appendFoldKey(buf[:0], s))]
	return v, ok
}

// lookupFold2 is m[foldKey(a+" "+b)] without building either string.
func lookupFold2(m map[string]string, a, b string) (string, bool) {
	var cat, buf [64]byte
	ab := append(append(append(cat[:0], a...), ' '), b...)
	v, ok := m[string(appendFoldKey(buf[:0], ab))]
	return v, ok
}

// hasFold is set.Has(foldKey(s)) without building the key on the heap.
func hasFold(set *english.Set, s string) bool {
	var buf [64]byte
	return set.Has(string(appendFoldKey(buf[:0], s)))
}

// hasLower is set.Has(strings.ToLower(w)), lower-cased on the stack when
// w is ASCII.
func hasLower(set *english.Set, w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return set.Has(strings.ToLower(w))
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set.Has(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set.Has(string(b))
}

func foldKeySlow(s string) string {
	s = strings.ToLower(text.FoldQuotes(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "'")
	s = strings.ReplaceAll(s, "'s ", " ")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '-' || unicode.IsSpace(r):
			space = true
		case r == '.':
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

func possessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

func isCapWord(t *text.Token) bool { return t.Kind == text.Word && t.Cap }

func isQuoteMark(s string) bool {
	switch s {
	case `"`, "“", "”", "‘", "'", "`", "«", "„":
		return true
	}
	return false
}

// docMentions finds the names of one document. Sentences are scanned for
// runs of capitalised words; titles and demonyms before a run describe it;
// "the Russian leader" is kept as a descriptor reference.
func docMentions(d *text.Doc, doc int) []mention {
	var out []mention
	// The report's own headline block, its title-case lines before any
	// other but lines of time ("UPDATED: MAY 3, 2013"), names the story's
	// people as its body does: its capitals are read as names.
	top := true
	for si := range d.Sentences {
		// A page's own lines ("Get email notifications on Jesse Bogan
		// daily!") name its staff and its buttons, nobody of the story.
		if align.PageLine(d.Sentences[si].Text) {
			continue
		}
		toks := d.SentenceTokens(si)
		from := len(out)
		for i := 0; i < len(toks); {
			if !isCapWord(&toks[i]) && !ordinalStreet(toks, i) {
				if m, ok := descriptorAt(d, toks, i, doc); ok {
					out = append(out, m)
				}
				i++
				continue
			}
			j := runEnd(toks, i)
			out = appendRun(out, d, toks, i, j, doc)
			i = j
		}
		if shouted(toks) {
			// A sentence in capitals throughout (a broadcast's
			// transcript, "POLICE SAY HIS BODY WAS FOUND ...") marks
			// no name by its capitals: its runs count as names only
			// where the story writes them so elsewhere, or the
			// gazetteer knows them, as a title-case line's do.
			for k := from; k < len(out); k++ {
				out[k].titleCase = true
			}
		}
		if end := titleCaseHead(d, si, toks); end >= 0 {
			if !top {
				for k := from; k < len(out) && out[k].end <= end; k++ {
					out[k].titleCase = true
				}
			}
		} else if !align.TimeLine(toks) {
			top = false
		}
	}
	return out
}

// shouted reports a sentence of two words or more in capitals
// throughout: four in five of its words of two letters or more are
// written in capitals ("GUYS ROLLED UP AND GOT INTO A CONFRONTATION"), as
// broadcasters' transcripts and some wire headlines are.
func shouted(toks []text.Token) bool {
	words, caps := 0, 0
	for k := range toks {
		w := &toks[k]
		if w.Kind != text.Word || len(w.Text) < 2 {
			continue
		}
		words++
		if w.Cap && inCapitals(w.Text) {
			caps++
		}
	}
	return words >= 2 && caps*5 >= words*4
}

// inCapitals reports a word with a capital and no lower-case letter,
// without the two strings strings.ToUpper and ToLower would make: every
// sentence of every report asks it of its words.
func inCapitals(w string) bool {
	up := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		up = up || unicode.IsUpper(r)
	}
	return up
}

// titleCaseLine reports a line in title case, as headlines are written
// (AP and Chicago style: every word capitalised but short function
// words), with a verb among its capitalised words ("50 Cent Reveals
// Monthly Expenses in Bankruptcy Case", a teaser of another story between
// a report's paragraphs): its capitals mark no name.
func titleCaseLine(d *text.Doc, si int, toks []text.Token) bool {
	s := &d.Sentences[si]
	t := d.Article.Text
	if !lineStartBefore(t, s.Start) || !lineEndAfter(t, s.End) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s.Text)); strings.ContainsRune(".!?\"”'’:", last) {
		return false
	}
	return titleCaseWords(toks)
}

// titleCaseHead is the end of the title-case words that open the sentence
// si, or -1: the whole line in title case (titleCaseLine), or a headline
// before a bracket or a bar that a page adds a stamp or a clip's text to
// ("Five People Shot at New Haven Party (Published Sunday, May 31, 2015)",
// "Police Chief: Theater Shooting Scene Is Horrific | 00:45 A gunman ..."),
// as video lists and embedded stories print them.
func titleCaseHead(d *text.Doc, si int, toks []text.Token) int {
	if titleCaseLine(d, si, toks) {
		return d.Sentences[si].End
	}
	// A bar before a clip's length opens no sentence of the story, so the
	// words before it are a clip's title wherever the line breaks; a
	// bracket's stamp only follows a title on a line of its own.
	lineStart := lineStartBefore(d.Article.Text, d.Sentences[si].Start)
	if end := runInHead(toks); end > 0 && titleCaseWords(toks[:end]) {
		return toks[end-1].End
	}
	for k := 1; k < len(toks); k++ {
		bar := toks[k].Text == "|" && k+1 < len(toks) && toks[k+1].Kind == text.Number
		if bar || toks[k].Text == "(" && lineStart {
			if titleCaseWords(toks[:k]) {
				return toks[k-1].End
			}
			return -1
		}
	}
	return -1
}

// runInHead is the end of the capitalised words that open a sentence when
// a short function word among them past the first is capitalised too, as
// only a headline writes them ("Five Must-See Destinations In Paris Within
// the 41 square miles ...", a heading the page ran into its text), or 0.
// A name writes them in lower case ("Bank of America"). A colon or a
// quotation mark ends the search: the capital after it opens what is said
// ("Rachel Spotts: “Are you satisfied with the outcome?”", an interview's
// transcript), not a headline's next word.
func runInHead(toks []text.Token) int {
	stop := false
	for k := range toks {
		w := &toks[k]
		if w.Text == ":" || isQuoteMark(w.Text) {
			return 0
		}
		if w.Kind == text.Word && !w.Cap {
			if stop {
				return k
			}
			return 0
		}
		stop = stop || k > 0 && w.Kind == text.Word && w.Stop && len(w.Text) <= 4
	}
	return 0
}

// titleCaseWords reports words in title case, as headlines are written:
// three capitalised words or more, a verb among them, no word in lower case
// but short function words, and no figure past the first word. A count
// that opens four capitalised words or more stands for the verb, as a
// list's headline is written ("Five Must-See Destinations In Paris").
func titleCaseWords(toks []text.Token) bool {
	caps, verbs := 0, 0
	count := len(toks) > 0 && (toks[0].Kind == text.Number || toks[0].Cap && english.NumberWords.Has(toks[0].Lower))
	for k := range toks {
		w := &toks[k]
		// A figure past the line's first word dates it ("Updated: May
		// 24, 2005, 3:23 PM ET"): a time line, whose words are not a
		// headline's.
		if w.Kind == text.Number && k > 0 {
			return false
		}
		if w.Kind != text.Word {
			continue
		}
		if !w.Cap {
			if w.Stop && len(w.Text) <= 4 {
				continue
			}
			return false
		}
		// Capitals throughout shout ("HEAVYWEIGHT TITLE FIGHTS"), as
		// names in capitals do too: no title case.
		if strings.ToUpper(w.Text) == w.Text {
			continue
		}
		caps++
		if l := english.VerbLemma(w.Lower); l != w.Lower && english.IsVerb(l) {
			verbs++
		}
	}
	return caps >= 3 && verbs > 0 || count && caps >= 4
}

// ordinalStreet reports an ordinal figure at k that numbers a street,
// the street's word right after it: "57th Street", "3rd Ave".
func ordinalStreet(toks []text.Token, k int) bool {
	t := &toks[k]
	if t.Kind != text.Number || k+1 >= len(toks) || toks[k+1].Start-t.End != 1 || !isCapWord(&toks[k+1]) || !streetEnds.Has(toks[k+1].Lower) {
		return false
	}
	w := strings.ToLower(t.Text)
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// runEnd returns the end of the run of capitalised words that starts at i.
func runEnd(toks []text.Token, i int) int {
	j := i + 1
	for j < len(toks) {
		prev := &toks[j-1]
		if base, ok := possessive(prev.Text); ok && !commonPossessive.Has(strings.ToLower(text.FoldQuotes(base))) && !possessivePlace(toks, j) && !titleOffice(base, &toks[j], prev) && !saintPossessive(toks, j) {
			break
		}
		t := &toks[j]
		if notNames.Has(t.Lower) && !connectors.Has(t.Lower) && !honorifics.Has(t.Lower) && !initialAt(toks, j) {
			break
		}
		if prev.End != t.Start && !(t.Start-prev.End == 1) {
			break
		}
		switch {
		case isCapWord(t) && t.Start-prev.End == 1 && demonymBeforeNoun(toks, j):
			// "the Abu Ghraib Iraqi prison abuse case": the demonym
			// describes the noun after it; the name ends before it.
		case isCapWord(t) && t.Start-prev.End == 1:
			j++
			continue
		case t.Start-prev.End == 1 && ordinalStreet(toks, j):
			// "East 57th Street": the street's number is in its name.
			j += 2
			continue
		case t.Text == "." && (honorifics.Has(strings.ToLower(prev.Text)) || initialLetter(prev) || j-1 == i && namePrefix(prev)) && j+1 < len(toks) && isCapWord(&toks[j+1]) &&
			toks[j+1].Start-t.End == 1 && !notNames.Has(toks[j+1].Lower):
			// "Sen. Sanders", "P. J. Crowley", "Harry M. Reid": the dot
			// of a title or an initial is inside the name.
			j += 2
			continue
		case t.Start-prev.End == 1 && isCapWord(prev) && nicknameEnd(toks, j) > j:
			// "Quendrick “C4” Bailey": the nickname stays inside the
			// name and out of its words.
			j = nicknameEnd(toks, j)
			continue
		case t.Lower == "of" && titledPerson(toks, i, j):
			// "Sgt. Jeff Thomason of the Oakland Police Department": a
			// person and where they serve, two names.
		default:
			if n := joinedAt(toks, j); n > 0 {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// joinedAt returns how many tokens from j, a word that joins two parts of
// one name, belong to the name with the capitalised word after them
// ("Bank of England", "Department of the Treasury", "Smith & Wesson"), or 0.
func joinedAt(toks []text.Token, j int) int {
	t, prev := &toks[j], &toks[j-1]
	switch {
	case t.Text == "&" && t.Start-prev.End == 1 && isCapWord(prev) && j+1 < len(toks) && isCapWord(&toks[j+1]) && toks[j+1].Start-t.End == 1:
		// "Bad Boyz Hair & Barber Salon", "Smith & Wesson", "Scott &
		// White Hospital": an ampersand between capitalised words joins
		// one firm's or institution's name; news writes "and" between
		// two names.
		return 2
	case connectors.Has(t.Lower) && t.Start-prev.End == 1 && j+1 < len(toks) && isCapWord(&toks[j+1]):
		return 2
	case t.Kind == text.Word && t.Start-prev.End == 1 && isCapWord(prev) && ParticleSurname(t.Text):
		// "Nouri al-Maliki", "Saleh al-Humaidi": the particle written
		// in lower case and joined by a hyphen to the capitalised rest
		// of the surname.
		return 1
	case t.Lower == "of" && j+2 < len(toks) && toks[j+1].Lower == "the" && isCapWord(&toks[j+2]):
		return 3
	}
	return 0
}

// demonymBeforeNoun reports a demonym at j, after a capitalised word of a
// name, that a lower-case word follows ("Abu Ghraib Iraqi prison"): an
// adjective of that noun, not the name's last word. The word after must be
// a noun as written, never a verb's form or a preposition: "Contact Ted
// Czech at", "Bill English said" are surnames. A demonym after a
// compass word or another demonym ("South African police", "Mexican
// American voters") is a demonym of two words and stays as it is.
func demonymBeforeNoun(toks []text.Token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Kind != text.Word || toks[j+1].Cap || toks[j+1].Start-toks[j].End != 1 ||
		toks[j+1].Stop || !english.IsNoun(toks[j+1].Lower) {
		return false
	}
	if _, ok := lookupFold(demonyms(), toks[j].Text); !ok {
		return false
	}
	prev := toks[j-1].Text
	if _, ok := lookupFold(demonyms(), prev); ok || compassPrefixes.Has(foldKey(prev)) {
		return false
	}
	_, two := lookupFold2(demonyms(), prev, toks[j].Text)
	return !two
}

// ParticleSurname reports a word that is a name's connector joined by a
// hyphen to a capitalised word ("al-Maliki", "bin-Laden"): a surname
// whose particle news writes in lower case, a word of a name though it
// opens in lower case.
func ParticleSurname(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || !connectors.Has(w[:h]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsUpper(r)
}

// titledPerson reports a run toks[i:j] that is a title and then a
// person's given name and surname ("Sgt. Jeff Thomason", "President Barack
// Obama"): an "of" after it opens where the person serves, not more of
// the name. A title alone ("Secretary of State") or a title and one word
// ("King Abdullah of Jordan") may still take its "of"; so does a run whose
// words after the title name an organisation, a place or a building
// ("Queen Mary University of London").
func titledPerson(toks []text.Token, i, j int) bool {
	last := -1
	for k := i; k < j; k++ {
		if titles.Has(toks[k].Lower) || honorifics.Has(toks[k].Lower) {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	words := 0
	for k := last + 1; k < j; k++ {
		switch w := toks[k].Lower; {
		case toks[k].Text == ".":
		case orgWords.Has(w) || placeWords.Has(w) || facilityWords.Has(w):
			return false
		case isCapWord(&toks[k]):
			words++
		}
	}
	return words >= 2
}

// nicknameEnd reads a nickname in quotation marks at j, between a given
// name and a surname ("Joseph “Moe” Allen", "Cortez “AWAX” Sims",
// "Quendrick “C4” Bailey"): one or two words, the first capitalised or
// holding a digit, then the closing mark and, one space on, a capitalised
// word. It returns the index of that word, or j when there is none.
func nicknameEnd(toks []text.Token, j int) int {
	if !isQuoteMark(toks[j].Text) {
		return j
	}
	k := j + 1
	for n := 0; k < len(toks) && n < 3 && !isQuoteMark(toks[k].Text); n++ {
		if toks[k].Kind == text.Punct || n == 0 && !toks[k].Cap && toks[k].Kind != text.Number && !strings.ContainsAny(toks[k].Text, "0123456789") {
			return j
		}
		k++
	}
	if k == j+1 || k-j > 3 || k+1 >= len(toks) || !isQuoteMark(toks[k].Text) || toks[j+1].Start != toks[j].End || toks[k].Start != toks[k-1].End {
		return j
	}
	if s := &toks[k+1]; !isCapWord(s) || s.Start-toks[k].End != 1 || notNames.Has(s.Lower) {
		return j
	}
	// Initials ("Jonathan “JD” De Guzman") stay a mention of their own,
	// which nicknameBetween joins to the given name: another report calls
	// him "JD DeGuzman".
	if k == j+2 && text.Initials(toks[j+1].Text) {
		return j
	}
	return k + 1
}

// titleOffice reports the office of an official named by title after a
// place ("Orleans Parish Sheriff’s Office", "Smith County Coroner's
// Office"): one organisation, not a person called "Orleans Parish Sheriff"
// and an office. base is the title before its possessive.
func titleOffice(base string, t, prev *text.Token) bool {
	return titles.Has(strings.ToLower(base)) && isCapWord(t) && orgWords.Has(t.Lower) && t.Start-prev.End == 1
}

// possessivePlace reports a place word that closes a name after a
// possessive: "St. Mary's Parish", "Prince George's County", "Queen Anne's
// County". A capitalised word after the place word makes it a modifier of
// something else ("Obama's State Department"), so the possessive still
// ends the name there.
func possessivePlace(toks []text.Token, j int) bool {
	t := &toks[j]
	if !isCapWord(t) || !placeWords.Has(t.Lower) || t.Start-toks[j-1].End != 1 {
		return false
	}
	return j+1 >= len(toks) || !isCapWord(&toks[j+1]) || toks[j+1].Start-t.End != 1
}

// saintPossessive reports a saint's name in the possessive before the
// capitalised word at j, inside one name: the churches, hospitals and
// schools named after a saint keep the possessive ("St. John’s Episcopal
// Hospital", "Saint Mary's Medical Center"). A title after it ends the
// name ("St. Paul's Mayor Chris Coleman": the city's mayor).
func saintPossessive(toks []text.Token, j int) bool {
	k := j - 2 // the word before the possessive
	if k >= 1 && toks[k].Text == "." {
		k--
	}
	if k < 0 || j >= len(toks) || !isCapWord(&toks[j]) || titles.Has(toks[j].Lower) {
		return false
	}
	w := toks[k].Lower
	return w == "saint" || w == "st" && toks[k+1].Text == "."
}

// namePrefix reports an abbreviated title or place word that opens a name
// ("St. Paul", "Mt. Pleasant", "Ft. Worth"; english.Abbreviations of kind
// title or place). Only at the opening: after a name the same dot may
// close the sentence ("... on Main St. Police said").
func namePrefix(t *text.Token) bool {
	k := english.Abbreviations.Kind(strings.ToLower(t.Text))
	return k == "title" || k == "place"
}

// initialLetter reports a single capital letter, as an initial is written.
func initialLetter(t *text.Token) bool {
	return t.Kind == text.Word && t.Cap && len(t.Text) == 1
}

// initialAt reports an initial at j inside a name: a single capital letter
// with its full stop before a name ("Dirk A. Kempthorne"), not the article
// "A" or the pronoun "I".
func initialAt(toks []text.Token, j int) bool {
	return initialLetter(&toks[j]) && j+2 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End &&
		isCapWord(&toks[j+2]) && toks[j+2].Start-toks[j+1].End == 1 && !notNames.Has(toks[j+2].Lower)
}

// opensSentence reports a word capitalised for its place alone: first in
// its sentence, after a quotation mark, a bracket or a colon, or after the
// end of a sentence the splitter kept inside this one.
func opensSentence(toks []text.Token, i int) bool {
	return i == 0 || isQuoteMark(toks[i-1].Text) || toks[i-1].Text == "(" || toks[i-1].Text == ":" || endsSentenceBefore(toks, i) || opensListItem(toks, i)
}

// opensListItem reports the first word of an item of a list: after a dash
// or a bullet that opens the sentence ("— Mandate that private security
// ..."), or after its letter or number in brackets ("(a) Except as
// provided in subsection (c)", "2) Review"): the capital is the item's.
func opensListItem(toks []text.Token, i int) bool {
	switch p := toks[i-1].Text; {
	case i == 1:
		return p == "—" || p == "–" || p == "-" || p == "•" || p == "*"
	case p == ")":
		k := i - 2
		return len(toks[k].Text) <= 3 && (k == 0 || k == 1 && toks[0].Text == "(")
	}
	return false
}

// endsSentenceBefore reports a full stop, question or exclamation mark
// right before token i that ends a sentence the splitter kept inside the
// one before: a quotation of several sentences ("He's a real great guy.
// Extremely dedicated to his job."). The word before the mark is in lower
// case, so the mark ends no abbreviation ("U.S.", "Mr.").
func endsSentenceBefore(toks []text.Token, i int) bool {
	if i < 2 || !strings.Contains(".!?", toks[i-1].Text) || len(toks[i-1].Text) != 1 {
		return false
	}
	w := toks[i-2].Text
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// monthAbbrevAt reports an abbreviated month before its dot or its day
// ("Nov. 22", "Dec 3"): a date, not a name. "Jan" alone stays a given name.
func monthAbbrevAt(toks []text.Token, i int) bool {
	if !english.MonthAbbreviations.Has(toks[i].Lower) || i+1 >= len(toks) {
		return false
	}
	next := &toks[i+1]
	if next.Text == "." && next.Start == toks[i].End {
		return i+2 < len(toks) && toks[i+2].Kind == text.Number
	}
	return next.Kind == text.Number && next.Start == toks[i].End+1
}

// auxiliaryOpens reports a form of be, have or do that opens a sentence
// before a name, as a question or a condition inverts them ("Were Brady
// Osborne being tried as an adult", "Did Smith know"): the verb is none
// of the name.
func auxiliaryOpens(toks []text.Token, i int) bool {
	return opensSentence(toks, i) && i+1 < len(toks) && isCapWord(&toks[i+1]) &&
		english.Auxiliaries.Has(toks[i].Lower) && !strings.Contains(toks[i].Text, "'")
}

// titleCaseVerb finds a form of be or have in a run of capitals inside a
// sentence, as a headline, a slogan or a title in title case writes its
// verb ("Brooklyn Neighborhood Is 'A Powder Keg'", "the \"We Are Ready\"
// slogan"): no name holds such a verb, so a name in the run ends before
// it. A form that opens the sentence is auxiliaryOpens' inverted
// question; "AM", a radio band, is not "am".
func titleCaseVerb(toks []text.Token, i, j int) (int, bool) {
	for x := i; x < j; x++ {
		w := toks[x].Lower
		kind := english.Auxiliaries.Kind(w)
		if (kind == "be" || kind == "have") && w != "am" && !opensSentence(toks, x) && titleCased(toks[x].Text) {
			return x, true
		}
	}
	return 0, false
}

// titleCased reports a word written with one capital, then lower case
// ("Are", not "ARE").
func titleCased(w string) bool {
	for k, r := range w {
		if k == 0 && !unicode.IsUpper(r) || k > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// weekdayStampAt reports an abbreviated weekday before an abbreviated
// month and its day, as a machine's time stamp writes them ("Mon Mar 09
// 17:08:35 PDT 2015"): a date, no name.
func weekdayStampAt(toks []text.Token, i int) bool {
	return english.WeekdayAbbreviations.Has(toks[i].Lower) && i+1 < len(toks) &&
		toks[i+1].Start == toks[i].End+1 && monthAbbrevAt(toks, i+1)
}

// possessiveTitles are the compound titles opened by a possessive
// ("State's Attorney"), by the possessive's base and the next word.
var possessiveTitles = english.List("entity/possessive-titles")

// possessiveTitleAt reports a possessive that closes the run ending at j
// and opens a compound title with the word at j: "Whiteside County
// State's Attorney Trish Joyce" names the county, and "Assistant State's
// Attorney" no place.
func possessiveTitleAt(toks []text.Token, j int) bool {
	if j >= len(toks) {
		return false
	}
	base, ok := possessive(toks[j-1].Text)
	return ok && possessiveTitles.Kind(strings.ToLower(text.FoldQuotes(base))) == toks[j].Lower
}

// titleWordsOnly reports words that are all titles or their modifiers
// ("Senior Assistant").
func titleWordsOnly(toks []text.Token) bool {
	for x := range toks {
		if w := toks[x].Lower; !titles.Has(w) && !titleModifiers.Has(w) {
			return false
		}
	}
	return true
}

func appendRun(out []mention, d *text.Doc, toks []text.Token, i, j, doc int) []mention {
	initial := opensSentence(toks, i)
	if k := nameStart(toks, i, j); k > i {
		i, initial = k, false
	}
	if j > i && possessiveTitleAt(toks, j) {
		// "Senior Assistant State's Attorney": what is left before the
		// title's possessive is its modifiers, no name.
		if j--; titleWordsOnly(toks[i:j]) {
			return out
		}
	}
	// A hyphenated pair of known names ("Russia-DPRK") is two mentions;
	// "Soviet-era" is an adjective.
	if j-i == 1 && strings.Contains(toks[i].Text, "-") {
		if parts, done := hyphenated(toks[i], doc); done {
			return append(out, parts...)
		}
	}
	if x, ok := titleCaseVerb(toks, i, j); ok {
		// the name, if any, is before the verb
		j = x
		for j > i && notNames.Has(toks[j-1].Lower) {
			j--
		}
	}
	if i >= j || contraction(toks[i].Text) || loneNumber(toks, i, j) {
		return out
	}
	// A known name with a common plural capitalised after it, as headlines
	// and some styles do ("UN Security Council Resolutions", "White House
	// Officials"): the name is the known part.
	if j-i >= 2 && genericTail.Has(toks[j-1].Lower) && knownText(toks[i:j-1]) {
		j--
	}
	// Two known names side by side ("told Sky News North Korea can...") are two mentions.
	if j-i >= 3 && !knownText(toks[i:j]) {
		for k := i + 1; k < j; k++ {
			if knownText(toks[i:k]) && knownText(toks[k:j]) {
				out = appendRun(out, d, toks, i, k, doc)
				return appendRun(out, d, toks, k, j, doc)
			}
		}
	}
	if e, s, ok := splitRun(toks, i, j); ok {
		out = appendRun(out, d, toks, i, e, doc)
		return appendRun(out, d, toks, s, j, doc)
	}
	desc, ctry, k, honor := titledFront(toks, i, j)
	desc, ctry = titlesBefore(toks, i, desc, ctry)
	if k >= j {
		return out
	}
	if alone, ok := titleOfAlone(out, d, toks, k, j, doc, len(desc) > 0); ok {
		return alone
	}
	words := make([]string, 0, j-k)
	start, end := toks[k].Start, toks[j-1].End
	for x := k; x < j; x++ {
		if e := nicknameEnd(toks, x); e > x && x > k {
			x = e - 1
			continue
		}
		if toks[x].Text == "." && len(words) > 0 {
			words[len(words)-1] += "."
			continue
		}
		words = append(words, toks[x].Text)
	}
	last := words[len(words)-1]
	base, poss := possessive(last)
	if poss {
		words[len(words)-1] = base
		end -= len(last) - len(base)
	}
	if noName(d, toks, k, j, words) {
		return out
	}
	m := mention{doc: doc, start: start, end: end, words: words, desc: desc, countries: ctry,
		initial: initial && k == i, honor: honor, descriptor: -1, gender: genderBefore(toks, i, k)}
	m.locative = k == i && locativeBefore(toks, i, j)
	// A name right after a preposition is its object, not the subject of
	// a verb after it: in "the delegation to Bali, says", Bali does not
	// speak.
	m.cue = !m.locative && speakerCue(toks, i, j, len(words))
	m.speaks = m.cue || saidBefore(toks, i, j)
	m.object = i > 0 && english.Prepositions.Has(toks[i-1].Lower)
	m = placeByPosition(classify(m), d, toks, i, k, j, k == i && !poss)
	return append(out, m)
}

// placeByPosition types as a place the name m, toks[k:j] of the run
// toks[i:j], that its words leave unknown but its position tells: a
// dateline's town, a state's abbreviation after a town, a name in a list
// of streets or counties, a name typed a person by default after a
// preposition of place when bare (no title before it, no possessive
// after it).
func placeByPosition(m mention, d *text.Doc, toks []text.Token, i, k, j int, bare bool) mention {
	if m.canon == "" && k == 0 && datelinePlace(d, m.start, m.end) {
		m.typ, m.sub = news.EntityPlace, ""
	}
	if st := stateAfterTown(toks, k, j); st != "" && m.canon == "" {
		m.typ, m.sub, m.canon = news.EntityPlace, "", st
	}
	if m.canon == "" && k == i && inPlaceList(toks, i, j) {
		m.typ, m.sub = news.EntityPlace, ""
	}
	if m.byDefault && bare && len(m.desc) == 0 && !m.honor && placePreposition(toks, i) {
		m.typ, m.sub, m.byDefault = news.EntityPlace, "", false
	}
	return m
}

// inPlaceList reports a name toks[i:j] in a list of names that a place's
// word in the plural and lower case closes: "between Church and Orange
// streets", "Henrietta and Calhoun streets", "parts of Jasper, Beaufort,
// Colleton, and Hampton counties". The noun is each name's, so each is a
// street or a county, whatever the name alone would be ("Church" an
// organisation's word, "Meeting" no name at all).
func inPlaceList(toks []text.Token, i, j int) bool {
	joined := i > 0 && (toks[i-1].Lower == "and" || toks[i-1].Lower == "or")
	for x := j; x < len(toks) && x < j+20; x++ {
		t := &toks[x]
		switch {
		case t.Text == ",":
		case t.Lower == "and" || t.Lower == "or":
			joined = true
		case t.Kind == text.Word && t.Cap:
		default:
			// The noun closes a name ("Orange streets"), not the list
			// ("Punta de Lobos and villages").
			return joined && t.Kind == text.Word && toks[x-1].Cap && pluralPlaceNoun(t.Lower)
		}
	}
	return false
}

// pluralPlaceNoun reports the plural of a word that ends the names of
// streets and places ("streets", "avenues", "counties", "rivers").
func pluralPlaceNoun(w string) bool {
	l := english.NounLemma(w)
	return l != w && (streetEnds.Has(l) || placeWords.Has(l))
}

// femaleNouns and maleNouns, just before a name or as its honorific, say
// whether the person is a woman or a man.
var femaleNouns, maleNouns = english.List("entity/female-nouns"), english.List("entity/male-nouns")

// NounGender is 'f' for a lower-case noun of a woman or a girl ("girl",
// "mother"), 'm' for one of a man or a boy, else 0: the words by which
// Resolver.Gender reads a named person's sex.
func NounGender(w string) byte {
	switch {
	case femaleNouns.Has(w):
		return 'f'
	case maleNouns.Has(w):
		return 'm'
	}
	return 0
}

// genderBefore reads a person's sex from the words in front of the name at
// k: the honorific or title words of its run toks[i:k] ("Mrs. Smith") and
// the word just before the run, in lower case ("business woman Nenna
// Joiner", "his son John"). It returns 'f', 'm' or 0.
func genderBefore(toks []text.Token, i, k int) byte {
	from := i
	if i > 0 && !toks[i-1].Cap && toks[i-1].Kind == text.Word && toks[i].Start-toks[i-1].End == 1 {
		from = i - 1
	}
	var g byte
	for x := from; x < k; x++ {
		switch w := toks[x].Lower; {
		case femaleNouns.Has(w):
			g |= 1
		case maleNouns.Has(w):
			g |= 2
		}
	}
	switch g {
	case 1:
		return 'f'
	case 2:
		return 'm'
	}
	return 0
}

// townStates are the AP abbreviations of US states that are also words or
// names, with their states: a state only after a town ("Gary, Ind.").
var townStates = english.List("entity/town-state-abbreviations")

// stateAfterTown is the state that the one-word name toks[k:j] abbreviates
// after a town and a comma, before the abbreviation's own dot
// ("Wilmington, Del.", "TYRONE, Mo. (AP)", "NEW HAVEN, Conn., Oct. 27"), or
// "".
func stateAfterTown(toks []text.Token, k, j int) string {
	if j-k != 1 || k < 2 || j >= len(toks) || toks[j].Text != "." || toks[j].Start != toks[k].End || toks[k-1].Text != "," || !isCapWord(&toks[k-2]) {
		return ""
	}
	return townStates.Kind(toks[k].Lower)
}

// titleOfAlone reads a title and what it is "of", at k, with no name
// after them ("the Governor of Alaska has apologized"): no person is
// named, and the words after "of" are a name of their own only when known
// ("Alaska").
func titleOfAlone(out []mention, d *text.Doc, toks []text.Token, k, j, doc int, titled bool) ([]mention, bool) {
	if !titled || toks[k].Lower != "of" {
		return out, false
	}
	if x := k + 1; x < j && knownText(toks[x:j]) {
		return appendRun(out, d, toks, x, j, doc), true
	}
	return out, true
}

// nameStart is where the name of the run [i, j) starts, past the words
// before it that are not the name's.
func nameStart(toks []text.Token, i, j int) int {
	// Drop capitalised function words at the front ("The", "While"), and a
	// count or a determiner with its "of" ("One of Rodger's roommates",
	// "Some of Smith's friends"): the name is what follows.
	for i < j && (notNames.Has(toks[i].Lower) && !honorifics.Has(toks[i].Lower) || toks[i].Text == "." || partOf(toks, i, j) || monthAbbrevAt(toks, i) || weekdayStampAt(toks, i) || auxiliaryOpens(toks, i)) {
		if partOf(toks, i, j) {
			i++
		}
		i++
	}
	// A count before a known name ("Two Milwaukee men, ages 25 and 26")
	// counts its people: the name is what follows. An unknown name keeps
	// its number ("Four Seasons").
	if j-i < 2 {
		return i
	}
	if _, num := english.Number(toks[i].Lower); num && knownText(toks[i+1:j]) {
		i++
	}
	return i
}

// datelinePlace reports a name in capitals that opens a dateline ("TYRONE,
// Mo. (AP) —"): the town the report was filed from, a place, not the
// initialism its capitals would make it.
func datelinePlace(d *text.Doc, start, end int) bool {
	t := d.Article.Text
	if !allCaps(strings.Fields(t[start:end])) {
		return false
	}
	place, n := text.OpeningDateline(t[start:])
	return n > 0 && strings.HasPrefix(place, t[start:end])
}

// loneNumber reports a run that is one number word ("Two were wounded",
// capitalised to open the sentence): it names nobody. Inside a name ("Four
// Seasons") a number word stays.
func loneNumber(toks []text.Token, i, j int) bool {
	_, num := english.Number(toks[i].Lower)
	return num && j-i == 1
}

// splitRun finds two names in one run [i, j): a person and the town after
// "of", or an organisation and its titled officer. The first ends at e, the
// second starts at s.
func splitRun(toks []text.Token, i, j int) (e, s int, ok bool) {
	if o, ok := personOfPlace(toks, i, j); ok {
		return o, o + 1, true
	}
	if k, ok := officerAfterOrg(toks, i, j); ok {
		// "Police Chief Shelley Zimmerman": a lone word of an
		// organisation before the title is the title's, not a name of
		// its own; an acronym ("SDPD Chief ...") is the force's name.
		if k == i+1 && !isAcronym([]string{toks[i].Text}) {
			return i, k, true
		}
		return k, k, true
	}
	return 0, 0, false
}

// personOfPlace finds, in the run [i, j), a person's full name and the
// town a report gives after "of" ("Diallo Davis of Detroit", "Endicott
// McCray of Pflugerville"): two mentions, the person and the place, split
// at the "of" at o. Names of institutions ("Federal Bureau of
// Investigation", "Rock and Roll Hall of Fame") have a word of their kind
// before the "of" and stay whole, and a title at the front ("Secretary of
// State") is peelFront's. The words before "of" must read as a person's
// name, and at most four.
func personOfPlace(toks []text.Token, i, j int) (o int, ok bool) {
	// Capitalised titles before the name are peelFront's ("Sheriff
	// Arthur Townsend of Lunenburg County"); the name after them is
	// still two words at least.
	n := i
	for n < j && isCapWord(&toks[n]) && titles.Has(toks[n].Lower) {
		n++
	}
	o = n + 2
	for o < j && toks[o].Lower != "of" {
		o++
	}
	if o+1 >= j || o-n > 4 || !toks[o+1].Cap || knownText(toks[n:j]) {
		return 0, false
	}
	// The place is at most three words and holds no word of an
	// organisation: "Fraternal Order of Police" names a body.
	if after := foldKey(joinText(toks[o+1 : j])); j-o-1 > 3 || anyWord(strings.Fields(after), orgWords) {
		return 0, false
	}
	for x := n; x < o; x++ {
		w := strings.TrimSuffix(foldKey(toks[x].Text), "s")
		// A title may be the surname after a first name ("Adeline King
		// of Blytheville"), not the first word: "Attorney General of
		// Texas" is an office.
		title := titles.Has(toks[x].Lower) && (x == n || x < o-1)
		if !isCapWord(&toks[x]) || title || orgWords.Has(w) || orgWords.Has(foldKey(toks[x].Text)) ||
			placeWords.Has(w) || facilityWords.Has(w) || eventWords.Has(w) || connectors.Has(toks[x].Lower) {
			return 0, false
		}
	}
	m := classify(mention{words: []string{toks[n].Text, toks[o-1].Text}})
	return o, m.typ == news.EntityPerson
}

// officerAfterOrg finds, in the run [i, j), an organisation's name followed
// by a title and a person's name ("International Olympic Committee
// President Jacques Rogge"): two mentions, the organisation and its titled
// officer, split at k. A place, an acronym or a lone word of an
// organisation before the title is split off too ("San Diego Mayor Kevin
// Faulconer", "SDPD Chief Shelley Zimmerman", "Police Chief Shelley
// Zimmerman"): a title and a name after it are a person, never part of an
// organisation's name, through which the person's surname would join the
// organisation.
func officerAfterOrg(toks []text.Token, i, j int) (k int, ok bool) {
	if j-i < 3 {
		return 0, false
	}
	for k := i + 1; k < j-1; k++ {
		// "Whitehall Sgt. John Grebb", "Police Sgt. Michael Woody": an
		// abbreviated rank with its dot opens the officer's name after
		// any place or force.
		rank := honorifics.Has(toks[k].Lower) && toks[k+1].Text == "." && titles.Has(toks[k].Lower)
		if !rank && !(k >= i+2 && orgWords.Has(toks[k-1].Lower)) && !orgOrPlaceBefore(toks, i, k) && !jurisdictionBefore(toks, i, k, j) {
			continue
		}
		if desc, _, n, _ := peelFront(toks, k, j); len(desc) > 0 && n > k && n < j && !orgLike(toks[n:j]) && !inflectedVerb(toks[n:j]) {
			return k, true
		}
	}
	return 0, false
}

// jurisdictionBefore reports a lone capitalised word before a capitalised
// title and a full name after it ("Perris Mayor Daryl Busch", "Comanche
// Sheriff John Smith"): the word is the town or body of the office, known
// to the gazetteers or not, never the first name of a person whose surname
// is a title ("Adeline King", which has no name after the title), and
// only before a person's name.
func jurisdictionBefore(toks []text.Token, i, k, j int) bool {
	if k != i+1 || j-k < 3 || !isCapWord(&toks[i]) || titles.Has(toks[i].Lower) ||
		!toks[k].Cap || !titles.Has(toks[k].Lower) || !isCapWord(&toks[k+1]) || !isCapWord(&toks[j-1]) {
		return false
	}
	// The words after the title must read as a person's name: "National
	// Defense Authorization Act" is a law's name, "Defense" no office.
	words := make([]string, 0, j-k-1)
	for x := k + 1; x < j; x++ {
		words = append(words, toks[x].Text)
	}
	return classify(mention{words: words}).typ == news.EntityPerson
}

// inflectedVerb reports a lone word after a title that is an inflected
// verb: a headline's ("SDPD Officer Killed"), not an officer's surname.
func inflectedVerb(toks []text.Token) bool {
	if len(toks) != 1 {
		return false
	}
	l := english.VerbLemma(toks[0].Lower)
	return l != toks[0].Lower && english.IsVerb(l)
}

// orgOrPlaceBefore reports whether the words [i, k) before a capitalised
// title at k name an organisation or a place: an acronym or a word of an
// organisation alone ("SDPD", "Police"), or a name the gazetteers or the
// words of organisations and places type so ("San Diego", "Harris County").
func orgOrPlaceBefore(toks []text.Token, i, k int) bool {
	if !toks[k].Cap || !titles.Has(toks[k].Lower) || titles.Has(toks[k-1].Lower) {
		return false
	}
	if k == i+1 {
		// A known place of one word before a capitalised title is the
		// office's ("Connecticut Senator Richard Blumenthal", "California
		// Governor Jerry Brown"), as a longer one is. A word the
		// gazetteers do not know stays: it may be a first name before a
		// surname that is also a title, or a word of a law's name
		// ("National Defense Authorization Act").
		if isAcronym([]string{toks[i].Text}) || orgWords.Has(toks[i].Lower) {
			return true
		}
		m := classify(mention{words: []string{toks[i].Text}})
		return m.canon != "" && m.typ == news.EntityPlace && m.sub != "country"
	}
	var words []string
	modifiers := true
	for x := i; x < k; x++ {
		if toks[x].Kind != text.Word || !toks[x].Cap && !connectors.Has(toks[x].Lower) {
			return false
		}
		words = append(words, toks[x].Text)
		modifiers = modifiers && titleModifiers.Has(toks[x].Lower)
	}
	// "Assistant District Attorney Wilfredo Cotto": words that only
	// open a compound title are the title's, no place ("District") of
	// its own.
	if modifiers {
		return false
	}
	// A country before a title is the officer's ("U.S. Attorney ..."),
	// as peelFront reads it.
	m := classify(mention{words: words})
	// A facility's office holder is a person too: "Brooklyn Borough Hall
	// President Eric Adams" had stayed one name of a hall, no person.
	return m.typ == news.EntityOrganization || m.typ == news.EntityPlace && m.sub != "country" || m.sub == "facility"
}

// hyphenated reads a hyphenated token: a pair of known names
// ("Russia-DPRK") is two mentions (done, with them); a part in lower case
// ("Soviet-era") makes it an adjective (done, none).
func hyphenated(t text.Token, doc int) ([]mention, bool) {
	if parts := splitKnown(t); parts != nil {
		var out []mention
		for _, p := range parts {
			out = append(out, classify(mention{doc: doc, start: p.start, end: p.end, words: []string{p.text}, descriptor: -1}))
		}
		return out, true
	}
	for _, p := range strings.Split(t.Text, "-") {
		if p != "" && !unicode.IsUpper(firstRune(p)) {
			return nil, true
		}
	}
	return nil, false
}

// pluralTitleAfterOf reports the plural of a title that opens the run at
// i after "of" ("NYPD Chief of Detectives Robert Boyce"): the body the
// title heads, not the first word of the name after it.
func pluralTitleAfterOf(toks []text.Token, i, k int) bool {
	w := toks[k].Lower
	return k == i && i > 0 && toks[i-1].Lower == "of" && len(w) > 3 && strings.HasSuffix(w, "s") && titles.Has(w[:len(w)-1])
}

// peelFront takes the titles and demonyms off the front of the run [i, j):
// "Russian Defence Minister Sergei Ivanov", "Prime Minister of the United
// Kingdom Tony Blair". It returns them, where the name starts, and whether
// a title was an honorific.
func peelFront(toks []text.Token, i, j int) (desc, ctry []string, k int, honor bool) {
	k = i
	for k < j {
		w := toks[k].Lower
		if k+1 < j {
			if c, ok := lookupFold2(demonyms(), toks[k].Text, toks[k+1].Text); ok {
				ctry = append(ctry, c)
				k += 2
				continue
			}
		}
		if c, ok := lookupFold(demonyms(), toks[k].Text); ok {
			ctry = append(ctry, c)
			k++
			continue
		}
		if toks[k].Text == "." {
			k++
			continue
		}
		if !titles.Has(w) && !pluralTitleAfterOf(toks, i, k) {
			// "District Attorney", "Fire Chief": a modifier of the
			// title after it
			if titleModifiers.Has(w) && k+1 < j && toks[k+1].Cap && (titles.Has(toks[k+1].Lower) || titleModifiers.Has(toks[k+1].Lower)) {
				desc = append(desc, w)
				k++
				continue
			}
			break
		}
		desc = append(desc, w)
		honor = honor || honorifics.Has(w)
		k++
	}
	// "Prime Minister of the United Kingdom Tony Blair": the title's
	// country, then the name.
	if len(desc) > 0 && k+1 < j && toks[k].Lower == "of" {
		var c string
		if c, k = titleCountry(toks, k, j); c != "" {
			ctry = append(ctry, c)
		}
		k = ofPlaceBefore(toks, k, j)
	}
	return desc, ctry, k, honor
}

// ofPlaceBefore skips, at k, the "of" and the one-word place or office of
// a title that titleCountry did not know, when a name of two words or more
// follows: "Mayor of Pichilemu Roberto Córdova", "Chief of Staff Brian
// Manley", "Justice of the Peace Bill Cooke". Otherwise it returns k.
func ofPlaceBefore(toks []text.Token, k, j int) int {
	if toks[k].Lower != "of" {
		return k
	}
	at := k + 1
	if at < j && toks[at].Lower == "the" {
		at++
	}
	if j-(at+1) < 2 || !toks[at].Cap || connectors.Has(toks[at+1].Lower) {
		return k
	}
	for x := at + 1; x < j; x++ {
		if !toks[x].Cap && toks[x].Text != "." {
			return k
		}
	}
	return at + 1
}

// titleCountry reads "of (the) COUNTRY" after a title at k, up to j: the
// country (or "" for another known name) and where the name starts.
func titleCountry(toks []text.Token, k, j int) (string, int) {
	x := k + 1
	if toks[x].Lower == "the" {
		x++
	}
	for y := j - 1; y > x; y-- {
		var jb, kb [128]byte
		key := appendFoldKey(kb[:0], appendJoinText(jb[:0], toks[x:y]))
		if c, ok := countries()[string(key)]; ok {
			return c, y
		}
		if knownKey(key) {
			return "", y
		}
	}
	return "", k
}

// titlesBefore adds the titles and demonyms in lower case just before the
// run at i: "North Korean leader Kim".
func titlesBefore(toks []text.Token, i int, desc, ctry []string) ([]string, []string) {
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		w := toks[b].Lower
		if titles.Has(w) && !toks[b].Cap {
			desc = append(desc, w)
			continue
		}
		if c, ok := lookupFold(demonyms(), toks[b].Text); ok && len(desc) > 0 {
			if b > 0 {
				if c2, ok := lookupFold2(demonyms(), toks[b-1].Text, toks[b].Text); ok {
					c = c2
				}
			}
			ctry = append(ctry, c)
		}
		break
	}
	return desc, ctry
}

// roleOnly reports words that name a role, not someone: a lone title or
// demonym, or "Iranian Foreign Minister" with no name after it (every
// word a title or a demonym).
func roleOnly(words []string) bool {
	var jb, kb [128]byte
	if _, ok := demonyms()[string(appendFoldKey(kb[:0], appendSpaced(jb[:0], words)))]; ok {
		return true
	}
	if len(words) == 1 && hasLower(titles, words[0]) {
		return true
	}
	for _, w := range words {
		_, dem := lookupFold(demonyms(), w)
		if !(hasLower(titles, w) || dem || w == "North" || w == "South") {
			return false
		}
	}
	return true
}

// locativeBefore reports a run [i, j) after a locative ("in Moscow") but
// not a verb after the infinitive's "to", after "of" and a place word
// ("the city of Moscow"), or a hometown after an age.
func locativeBefore(toks []text.Token, i, j int) bool {
	return i > 0 && locatives.Has(toks[i-1].Lower) && !infinitiveBefore(toks, i, j) ||
		i > 1 && toks[i-1].Lower == "of" && placeWords.Has(toks[i-2].Lower) || hometown(toks, i)
}

// placePreposition reports a name that "in" or "near" opens: "shot
// Friday in Far Rockaway", "a home near Walnut Hills". classify types a
// name of two to four words that no word marks a person by default, and
// such a name, as the object of a preposition of place, is a place's:
// people are met "in" a name only in their possessive ("in John Smith's
// house"), which the caller leaves out, with a title in front, or after a
// verb whose particle "in" is ("bringing in Maurice Cheeks").
func placePreposition(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	w := toks[i-1].Lower
	if w != "in" && w != "near" {
		return false
	}
	// "bringing in Maurice Cheeks", "sworn in": "in" the particle of a
	// verb before it, whose object may be anyone.
	v := ""
	if i > 1 {
		v = toks[i-2].Lower
	}
	return !strings.HasSuffix(v, "ing") && !strings.HasSuffix(v, "ed") && v != "sworn"
}

// hometown reports a run at i after a person's age and "of", as news
// gives where a person lives: "LuAnn Marie Johnson, 66, of Burnsville".
func hometown(toks []text.Token, i int) bool {
	return i > 3 && toks[i-1].Lower == "of" && toks[i-2].Text == "," && toks[i-3].Kind == text.Number && toks[i-4].Text == ","
}

// objectPronouns are the pronouns that are only ever objects ("him").
var objectPronouns = english.List("entity/object-pronouns")

// infinitiveBefore reports one capitalised word after "to" with an object
// pronoun after it, "had to Taser him": a verb after the infinitive's
// "to", not a place after the preposition.
func infinitiveBefore(toks []text.Token, i, j int) bool {
	return i > 0 && toks[i-1].Lower == "to" && j == i+1 && j < len(toks) && objectPronouns.Has(toks[j].Lower)
}

// speakerCue reports a run [i, j) that a speech verb follows ("Smith
// said", "Smith, said"), or a bare name before the word for a leader's
// office ("the Biden administration", "the Kim regime"): a person or an
// organisation that speaks.
func speakerCue(toks []text.Token, i, j, words int) bool {
	if j < len(toks) && speechVerbs.Has(toks[j].Lower) || j+1 < len(toks) && toks[j].Text == "," && speechVerbs.Has(toks[j+1].Lower) {
		return true
	}
	return words == 1 && j < len(toks) && officeWords.Has(toks[j].Lower) && i > 0 && toks[i-1].Lower == "the"
}

func joinText(toks []text.Token) string {
	return string(appendJoinText(nil, toks))
}

// appendJoinText appends joinText(toks) to dst.
func appendJoinText(dst []byte, toks []text.Token) []byte {
	for i := range toks {
		t := &toks[i]
		// "U. S." is "U.S.": a full stop, and an initial after another,
		// join the word before.
		if i > 0 && t.Text != "." && !(i >= 2 && initialLetter(t) && toks[i-1].Text == "." && initialLetter(&toks[i-2])) {
			dst = append(dst, ' ')
		}
		dst = append(dst, t.Text...)
	}
	return dst
}

// appendJoinWords appends a name's words joined with spaces, but initials
// in a row without ("U. S. Fish" is "U.S. Fish", "P. J. Crowley" "P.J.
// Crowley"), so that both spellings have one key.
func appendJoinWords(dst []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 && !(isInitial(words[i-1]) && (isInitial(w) || len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z')) {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

// appendSpaced appends strings.Join(words, " ") to dst.
func appendSpaced(dst []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

// isInitial reports a word written as an initial: "J.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && 'A' <= w[0] && w[0] <= 'Z'
}

// orgLike reports whether the words after a title are an organisation's
// name ("State Department") rather than a person's.
func orgLike(toks []text.Token) bool {
	for _, t := range toks {
		if orgWords.Has(t.Lower) || facilityWords.Has(t.Lower) {
			return true
		}
	}
	return false
}

// titledFront peels the titles and demonyms off the front of the run [i,
// j) of a name ("Russian Defence Minister Sergei Shoigu"), unless the run
// is a known name whole, or what follows the title is an organisation's or
// a place's ("State Department", "King County"). It returns them, where
// the name starts, and whether a title was an honorific.
func titledFront(toks []text.Token, i, j int) (desc, ctry []string, k int, honor bool) {
	k = i
	if !knownText(toks[i:j]) {
		desc, ctry, k, honor = peelFront(toks, i, j)
	}
	if len(desc) > 0 && k < j && !orgLike(toks[k:j]) && !placeWordAlone(toks[k:j]) {
		return desc, ctry, k, honor
	}
	// Without a title the demonym belongs to the name ("Korean Central
	// News Agency"), unless a known place follows ("Russian Far East").
	rest := k
	if len(desc) > 0 {
		rest = j
	}
	if len(ctry) > 0 && rest < j && knownText(toks[rest:j]) {
		return nil, ctry, rest, honor
	}
	return nil, nil, i, false
}

// partOf reports a count or a determiner and "of" at i, before more of the
// run: "One of", "Two of", "Some of", "Each of".
func partOf(toks []text.Token, i, j int) bool {
	return i+2 < j && toks[i+1].Lower == "of" && (english.NumberWords.Has(toks[i].Lower) || english.Determiners.Has(toks[i].Lower))
}

// saidBefore reports a name after its verb of speech that closes the
// clause ("“...,” said Willrich."): an inverted attribution. "said Kaylee
// Reyes was in serious condition" is no speaker's: a verb follows.
func saidBefore(toks []text.Token, i, j int) bool {
	if i == 0 || !speechVerbs.Has(toks[i-1].Lower) {
		return false
	}
	return j >= len(toks) || toks[j].Kind == text.Punct
}

// placeWordAlone reports whether the words after a title are one word that
// ends the names of places: "King County", "Prince Street", "Bishop
// Island" name a place, whose first word only looks like a title.
func placeWordAlone(toks []text.Token) bool {
	return len(toks) == 1 && (placeWords.Has(toks[0].Lower) || streetEnds.Has(toks[0].Lower))
}

// contraction reports "I'm", "It's", "We'll": capitalised, but no name.
func contraction(w string) bool {
	w = text.FoldQuotes(w)
	base, suf, ok := strings.Cut(w, "'")
	if !ok {
		return false
	}
	b := strings.ToLower(base)
	return b == "i" || notNames.Has(b) || suf == "m" || suf == "ll" || suf == "ve" || suf == "re" || suf == "d" || suf == "t"
}

type part struct {
	start, end int
	text       string
}

func splitKnown(t text.Token) []part {
	var parts []part
	off := 0
	for _, p := range strings.Split(t.Text, "-") {
		if p == "" || !knownName(p) {
			return nil
		}
		parts = append(parts, part{t.Start + off, t.Start + off + len(p), p})
		off += len(p) + 1
	}
	return parts
}

func known(key string) bool {
	for _, g := range gazetteers {
		if _, ok := g()[key]; ok {
			return true
		}
	}
	return false
}

// gazetteers are the alias tables a known name is in: one place for known
// and knownName.
var gazetteers = []func() map[string]string{countries, places, orgs, outlets}

// classify gives a mention its key, gazetteer name and first guess of type.
func classify(m mention) mention {
	// A name of one word is its own first and last word: one key for
	// the three.
	var lastW, firstW string
	if len(m.words) == 1 {
		m.key = foldKey(m.words[0])
		lastW, firstW = m.key, m.key
	} else {
		var jb, kb [128]byte
		m.key = string(appendFoldKey(kb[:0], appendJoinWords(jb[:0], m.words)))
		lastW = foldKey(m.words[len(m.words)-1])
		firstW = foldKey(m.words[0])
	}
	switch {
	case countries()[m.key] != "":
		m.typ, m.sub, m.canon = news.EntityPlace, "country", countries()[m.key]
	case outlets()[m.key] != "":
		m.typ, m.sub, m.canon = news.EntityOrganization, "news outlet", outlets()[m.key]
	case orgs()[m.key] != "":
		m.typ, m.canon = news.EntityOrganization, orgs()[m.key]
	case places()[m.key] != "":
		m.typ, m.canon = news.EntityPlace, places()[m.key]
	// "Wikinews", "Euronews": one word that closes on "news" names a news
	// service, the compound that outlet-words.txt's "News" ends as a word.
	case len(m.words) == 1 && len(lastW) > len("news") && strings.HasSuffix(lastW, "news"):
		m.typ, m.sub = news.EntityOrganization, "news outlet"
	case kindByWords(&m, firstW, lastW):
	case streetEnds.Has(lastW) && len(m.words) > 1,
		// "Lowry Avenue North", "Pennsylvania Avenue NW": a street
		// suffix, then a direction (USPS Publication 28, Appendix B)
		len(m.words) > 2 && streetWords.Has(lastW) && !streetEnds.Has(lastW) && streetEnds.Has(foldKey(m.words[len(m.words)-2])),
		// "333 Rio Vista Dr.": the title "Dr" opens a name, so at its
		// end it is the drive of an address
		lastW == "dr" && len(m.words) > 1:
		m.typ = news.EntityPlace
	case countyNamed(m.words, lastW):
		m.typ = news.EntityPlace
	case anyWord(m.words, orgWords) || orgWords.Has(firstW) || len(m.words) > 1 && outletWords.Has(lastW):
		m.typ, m.sub = news.EntityOrganization, outletSub(m.words, lastW)
	case placeWords.Has(lastW) && len(m.words) > 1,
		// "City of Oceanside", "State of Texas", "County of Los Angeles"
		placeWords.Has(firstW) && len(m.words) > 2 && m.words[1] == "of",
		// "South Side", "Lower East Side": a part of a city by its side
		lastW == "side" && len(m.words) > 1 && compassPrefixes.Has(foldKey(m.words[len(m.words)-2])):
		m.typ = news.EntityPlace
	case abbreviatedPlace(m.words, firstW):
		m.typ = news.EntityPlace
	case len(m.words) == 2 && (compassPrefixes.Has(firstW) || placeOpeners.Has(firstW) || featureOpeners.Has(firstW)):
		// "West Philadelphia", "Downtown Austin", "Los Altos", "San
		// Jacinto", "Lake Placid", "Fort Wayne"
		m.typ = news.EntityPlace
	case len(m.words) > 1 && vehicleMakes.Has(firstW):
		// "Chevy Tahoe", "Ruger Model SR9"
		m.typ, m.sub = news.EntityOther, vehicleMakes.Kind(firstW)
	case len(m.desc) > 0:
		m.typ = news.EntityPerson
	case isAcronym(m.words):
		m.typ = news.EntityOrganization
	case len(m.words) >= 2 && len(m.words) <= 4:
		m.typ = personOrBrand(m.words, firstW)
		m.byDefault = m.typ == news.EntityPerson
	}
	return m
}

// kindByWords types a name by a word that tells its kind, whatever the
// words around it: a ship's prefix, a facility's or an event's word, a
// team's nickname, a charge's or a law's last word. It reports whether
// one did.
func kindByWords(m *mention, firstW, lastW string) bool {
	multi := len(m.words) > 1
	switch {
	case shipPrefixes.Has(firstW) && multi:
		m.typ, m.sub = news.EntityOther, "vehicle"
	case facilityWords.Has(lastW):
		m.typ, m.sub = news.EntityOther, "facility"
	case eventWords.Has(lastW) || multi && eventOpeners.Has(firstW):
		m.typ, m.sub = news.EntityOther, "event"
	case multi && teamNames.Has(lastW):
		// "San Diego Chargers", "Boston Red Sox"
		m.typ, m.sub = news.EntityOrganization, "team"
	case multi && thingEnds.Has(lastW):
		// "Aggravated Assault", "National Defense Authorization Act"
		m.typ, m.sub = news.EntityOther, thingEnds.Kind(lastW)
	case slices.Contains(m.words, "&"):
		// "Smith & Wesson", "Procter & Gamble": no person's name holds
		// an ampersand; a firm's does.
		m.typ, m.sub = news.EntityOrganization, ""
	default:
		return false
	}
	return true
}

// countyNamed reports a name of two words that a place's word ends, whose
// first word is an organisation's ("Union County", "Union City", "Center
// City"): a county or a town named after the word, not a body. Longer
// names that hold a body's word stay bodies ("Federal Reserve Bank of
// Kansas City").
func countyNamed(words []string, lastW string) bool {
	return len(words) == 2 && placeWords.Has(lastW)
}

// outletSub is the subtype of an organisation's name whose last word's
// fold is lastW: a news outlet when an outlet's word ends it ("The Seattle
// Times"), unless that word closes a compound title ("Milwaukee County
// Medical Examiner"): the office of a county, not the newspaper that "San
// Francisco Examiner" names.
func outletSub(words []string, lastW string) string {
	n := len(words)
	if !outletWords.Has(lastW) || n > 1 && titleModifiers.Has(strings.ToLower(words[n-2])) {
		return ""
	}
	return "news outlet"
}

// abbreviatedPlace reports a name opened by an abbreviated saint, mount
// or fort: "St. Paul", "Mt. Pleasant", "Ft. Worth" (in news such a name is
// a town's; a church's or a hospital's ends on its facility word, which
// classify reads first), and "Mt Cook", as British and Australian style
// writes it without the dot.
func abbreviatedPlace(words []string, firstW string) bool {
	if len(words) < 2 {
		return false
	}
	place := english.Abbreviations.Kind(firstW) == "place"
	if strings.HasSuffix(words[0], ".") {
		return firstW == "st" || place
	}
	return len(words) == 2 && place
}

// shipPrefixes open the names of ships and boats ("HMS Cornwall", "USS
// Cole", "INS Sukanya"): such a name is a vehicle, never a person. "MS"
// and "SS" are left out: "Ms Smith" is a person.
var shipPrefixes = english.List("entity/ship-prefixes")

// compassPrefixes open the name of a part of a place ("West Philadelphia",
// "Northeast Albuquerque", "Downtown Austin"): such a name is a place.
var compassPrefixes = english.List("entity/compass-prefixes")

// placeOpeners open Spanish and Portuguese place names ("Los Altos", "San
// Jacinto", "Calle Montecito"): such a name is a place, never a person.
var placeOpeners = english.List("entity/place-openers")

// titleModifiers open a compound title before a title's own word
// ("District Attorney", "Fire Chief", "Special Agent").
var titleModifiers = english.List("entity/title-modifiers")

// eventOpeners open the names of events and campaigns ("Operation
// Ceasefire"): such a name is an event, never a person.
var eventOpeners = english.List("entity/event-openers")

// featureOpeners open English place names by the kind of their feature
// ("Lake Placid", "Mount Vernon", "Fort Wayne"): such a name of two words
// is a place, never a person.
var featureOpeners = english.List("entity/feature-openers")

// teamNames are the plural nicknames that end the names of sports teams
// ("Pittsburgh Steelers"): such a name of two or more words is a team.
var teamNames = english.List("entity/team-names")

// thingEnds end the names of charges and laws ("Reckless Endangerment",
// "the Affordable Care Act"), each with its kind: such a name of two or
// more words is a thing, never a person.
var thingEnds = english.List("entity/thing-ends")

// vehicleMakes are car and gun makers whose name opens a model's ("Toyota
// Tacoma", "Ruger Model SR9"), each with its kind: vehicle or weapon.
var vehicleMakes = english.List("entity/vehicle-makes")

func anyWord(words []string, set *english.Set) bool {
	for _, w := range words {
		if hasFold(set, w) {
			return true
		}
	}
	return false
}

// personOrBrand types a name of two to four words, whose first word's fold
// is firstW: a person, or an organisation when a network's or station's
// letters open it ("CBS Rochester", "KOAT Action": GVA 398361, 311348).
// A title ("CEO Mark Hurd") or a name in capitals ("PETER Capaldi") does
// not make a brand.
func personOrBrand(words []string, firstW string) string {
	if brandLetters(words[0]) && !isAcronym(words[len(words)-1:]) && !titles.Has(firstW) && !commonAcronyms.Has(firstW) {
		return news.EntityOrganization
	}
	if placeLed(words) {
		return news.EntityOrganization
	}
	return news.EntityPerson
}

// placeLed reports a name that a place opens and a title ends: "Clark
// County Coroner", as in "the Clark County Coroner's office", names an
// office, whose holder goes unnamed; no person's name ends so. A place of
// one word opens people's names ("Adeline King", a title as surname), so
// it counts only when the gazetteer knows it. A known place before a
// name that ends otherwise ("Las Vegas Metro", a force) is left a person:
// typed an organisation, it lost the aliases the entity stage gives a
// person's last word ("Metro"), and ECB+ merging fell 0.772 -> 0.766.
func placeLed(words []string) bool {
	last := len(words) - 1
	if titles.Has(strings.ToLower(words[last])) {
		m := classify(mention{words: words[:last]})
		if m.typ == news.EntityPlace && (last >= 2 || m.canon != "") {
			return true
		}
	}
	return false
}

// brandLetters reports a broadcaster's letters: a news outlet's acronym
// ("CBS", as "CBS News" is one), or four capitals opening with K or W, as the FCC assigns US
// stations' call signs (47 CFR 73.3550: "KOAT", "WROC").
func brandLetters(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	if n == 4 && (w[0] == 'K' || w[0] == 'W') {
		return true
	}
	// "CBS", whose news division is a known outlet ("CBS News")
	return n >= 2 && (outlets()[foldKey(w)] != "" || outlets()[foldKey(w+" News")] != "")
}

func isAcronym(words []string) bool {
	if len(words) != 1 {
		return false
	}
	n := 0
	for _, r := range words[0] {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// descriptorAt recognises "the Russian leader", "the North Korean leader",
// "the president": a definite article, optional demonyms, a title word, and
// no name after it.
func descriptorAt(d *text.Doc, toks []text.Token, i, doc int) (mention, bool) {
	if toks[i].Lower != "the" {
		return mention{}, false
	}
	k := i + 1
	var ctry []string
	for k < len(toks) {
		if k+1 < len(toks) {
			if c, ok := lookupFold2(demonyms(), toks[k].Text, toks[k+1].Text); ok {
				ctry = append(ctry, c)
				k += 2
				continue
			}
		}
		if c, ok := lookupFold(demonyms(), toks[k].Text); ok && toks[k].Cap {
			ctry = append(ctry, c)
			k++
			continue
		}
		break
	}
	if k >= len(toks) {
		return mention{}, false
	}
	w := toks[k].Lower
	if !headTitles.Has(w) && w != "spokesman" && w != "spokeswoman" && w != "minister" && w != "foreign" && w != "defence" && w != "defense" {
		return mention{}, false
	}
	var desc []string
	for k < len(toks) && titles.Has(toks[k].Lower) {
		desc = append(desc, toks[k].Lower)
		k++
	}
	if k < len(toks) && (isCapWord(&toks[k]) || toks[k].Lower == "of") {
		return mention{}, false // "the President of ..." or a name follows: not a bare descriptor
	}
	if len(desc) == 0 {
		return mention{}, false
	}
	return mention{doc: doc, start: toks[i].Start, end: toks[k-1].End, desc: desc, countries: ctry,
		typ: news.EntityPerson, descriptor: len(desc) - 1}, true
}

// firstRune reports the first rune of s, for checks on case.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
