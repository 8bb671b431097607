package news

// This file holds the JSON contract of a brief (PRODUCT.md, "JSON contract of
// a brief"). Field names and meanings are a public contract: add fields, never
// rename them.

// Evidence points at the bytes of one source's Article.Text that carry a
// statement: Text[Start:End].
type Evidence struct {
	Source string `json:"source"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Source is one report as the brief lists it.
type Source struct {
	ID         string  `json:"id"`
	File       string  `json:"file,omitempty"`
	URL        string  `json:"url,omitempty"`
	Outlet     string  `json:"outlet"`
	OutletFrom string  `json:"outlet_from"`
	Title      string  `json:"title"`
	Published  *string `json:"published"` // RFC 3339 or null
	Words      int     `json:"words"`
	Language   string  `json:"language"`
	CopyOf     *string `json:"copy_of"`        // id of the source this one copies, or null
	Text       string  `json:"text,omitempty"` // only with --include-text
	// Encoding is the legacy encoding the source was read from, when it
	// was not UTF-8 ("windows-1250"); absent for UTF-8.
	Encoding string `json:"encoding,omitempty"`
}

// SummarySentence is one extractive sentence of the summary with every source
// that supports it.
type SummarySentence struct {
	Text     string     `json:"text"`
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence"`
	Claim    string     `json:"claim,omitempty"` // id of the aligned claim, when there is one
	// Partial lists the sources that carry part of what the sentence says
	// (not all of it): shown as partial support, never among Sources.
	Partial []string `json:"partial,omitempty"`
	// Others lists, for a figure the sentence states that other reports
	// give otherwise (a number difference of the brief), the other values
	// with their sources, so the summary never states a disputed figure
	// as settled.
	Others []OtherValue `json:"others,omitempty"`
}

// OtherValue is a value of a figure other than the one a summary sentence
// states, with the sources that give it.
type OtherValue struct {
	Value   string   `json:"value"`
	Sources []string `json:"sources"`
}

// Claim is one piece of information aligned across sources: the sentences
// (Evidence) that express it in each source. Independent counts sources after
// copies of one text are collapsed.
type Claim struct {
	ID          string     `json:"id"`
	Text        string     `json:"text"`
	Sources     []string   `json:"sources"`
	Independent int        `json:"independent"`
	Evidence    []Evidence `json:"evidence"`
	// Partial lists the sources that carry part of the claim's wording
	// only: partial support, not counted in Sources or Independent.
	Partial []string `json:"partial,omitempty"`
	// Why explains the alignment: the shared terms, numbers and names that
	// made its sentences one claim.
	Why []string `json:"why,omitempty"`
}

// Agreement is a claim carried by two or more independent sources.
type Agreement struct {
	Claim       string   `json:"claim"`
	Text        string   `json:"text"`
	Sources     []string `json:"sources"`
	Independent int      `json:"independent"`
	// Speaker is whose words Text quotes when it is a sentence of a
	// longer quotation that names its speaker in another sentence:
	// alone, the words would have no speaker.
	Speaker string `json:"speaker,omitempty"`
}

// Conflict kinds.
const (
	ConflictNumber        = "number"
	ConflictDate          = "date"
	ConflictName          = "name"
	ConflictSpeaker       = "speaker"
	ConflictContradiction = "contradiction"
)

// Conflict is one fact that sources give differently. Each side carries its
// own sources.
type Conflict struct {
	Kind  string `json:"kind"`
	Topic string `json:"topic"`
	Sides []Side `json:"sides"`
}

// Side is one version of a conflicting fact.
type Side struct {
	Text     string     `json:"text"`
	Value    string     `json:"value"`
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence"`
	// Published is the publication time (RFC 3339) of the side's earliest
	// report, set when the sides are a figure updated as the story
	// unfolded: the sides are then in the order of these times.
	Published string `json:"published,omitempty"`
	// Latest marks the side of the latest report of such a figure.
	Latest bool `json:"latest,omitempty"`
	// Retracted marks a figure that a report says was given earlier and
	// withdrawn ("police earlier had reported 65 dead, but backed off that
	// figure").
	Retracted bool `json:"retracted,omitempty"`
}

// SingleSource kinds.
const (
	SingleClaim = "claim"
	SingleQuote = "quote"
)

// SingleSource is a claim or quote that only one independent source carries.
type SingleSource struct {
	Kind     string     `json:"kind"`
	Text     string     `json:"text"`
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Quote is one direct quote grouped across reports: its speaker, the chain
// through which it reached the outlets, and every wording of it.
type Quote struct {
	Speaker  string     `json:"speaker"`
	Text     string     `json:"text"`
	Chain    []string   `json:"chain"`
	Variants []Variant  `json:"variants"`
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence"`
}

// Variant is one wording of a quote and the sources that carry it.
type Variant struct {
	Text     string     `json:"text"`
	Sources  []string   `json:"sources"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Entity types and roles.
const (
	EntityPerson       = "person"
	EntityOrganization = "organization"
	EntityPlace        = "place"
	EntityOther        = "other"

	RoleSpeaker = "speaker"
	RoleSubject = "subject"
	RolePlace   = "place"
)

// Entity is a person, organisation, place or other thing, merged across
// reports under one name.
type Entity struct {
	Name     string     `json:"name"`
	Type     string     `json:"type"`
	Subtype  string     `json:"subtype,omitempty"`
	Aliases  []string   `json:"aliases"`
	Role     string     `json:"role"`
	Sources  []string   `json:"sources"`
	Mentions int        `json:"mentions"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Granularity of a timeline value.
const (
	GranularityYear  = "year"
	GranularityMonth = "month"
	GranularityDay   = "day"
	GranularityTime  = "time"
)

// TimelineEntry is one event placed in time. When is an ISO 8601 calendar
// value as precise as the text allows, or nil when it cannot be resolved; then
// Relative keeps the text's own form ("Tuesday").
type TimelineEntry struct {
	When        *string    `json:"when"`
	Granularity string     `json:"granularity"`
	Relative    string     `json:"relative,omitempty"`
	Expression  string     `json:"expression"`
	Text        string     `json:"text"`
	Sources     []string   `json:"sources"`
	Evidence    []Evidence `json:"evidence,omitempty"`
}

// Brief is the whole brief of one story.
type Brief struct {
	Title        string            `json:"title,omitempty"`
	Sources      []Source          `json:"sources"`
	Summary      []SummarySentence `json:"summary"`
	Claims       []Claim           `json:"claims"`
	Agreements   []Agreement       `json:"agreements"`
	Conflicts    []Conflict        `json:"conflicts"`
	SingleSource []SingleSource    `json:"single_source"`
	Quotes       []Quote           `json:"quotes"`
	Entities     []Entity          `json:"entities"`
	Timeline     []TimelineEntry   `json:"timeline"`
	// Notes are things the reader should know about how the brief was made:
	// no publication time known, inputs in another language.
	Notes []string `json:"notes,omitempty"`
}

// Story is a group of articles about one event, as clustering finds it.
type Story struct {
	ID       string         `json:"id"`
	Title    string         `json:"title"`
	Articles []StoryArticle `json:"articles"`
}

// StoryArticle is an article as a story lists it.
type StoryArticle struct {
	ID        string  `json:"id"`
	File      string  `json:"file,omitempty"`
	URL       string  `json:"url,omitempty"`
	Outlet    string  `json:"outlet"`
	Published *string `json:"published"`
	CopyOf    *string `json:"copy_of"`
}
