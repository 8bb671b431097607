package text

// Corpus is the analysed reports of one story, as every analysis stage takes
// them: the documents, the id by which the brief names each one, and which of
// them are copies of one text.
type Corpus struct {
	Docs []*Doc
	IDs  []string // IDs[i] is the brief's source id of Docs[i]
	// Group[i] == Group[j] when Docs[i] and Docs[j] are copies or near-copies
	// of one text (wire copy). Support is counted in groups, not documents.
	Group []int
	// CopyOf[i] is the index of the document that Docs[i] copies, or -1.
	CopyOf []int

	tags *tagMemo // the sentences tagged so far, for Annotation
}

// NewCorpus makes a corpus in which every document stands on its own; call
// SetCopies once duplicates are known.
func NewCorpus(docs []*Doc, ids []string) *Corpus {
	c := &Corpus{Docs: docs, IDs: ids, Group: make([]int, len(docs)), CopyOf: make([]int, len(docs)), tags: newTagMemo()}
	for i := range docs {
		c.Group[i] = i
		c.CopyOf[i] = -1
	}
	return c
}

// Annotation is Docs[i].Annotation(), made faster where the story's reports
// share sentences: a sentence that a document of the corpus annotated
// before has word for word is not tagged again. It is safe for concurrent
// use, and the annotation is the same whichever document comes first.
func (c *Corpus) Annotation(i int) *Annotation {
	return c.Docs[i].annotationWith(c.tags)
}

// SetCopies records that copyOf[i] (when not -1) is the document that Docs[i]
// copies, and regroups the documents so that a copy shares its original's group.
func (c *Corpus) SetCopies(copyOf []int) {
	copy(c.CopyOf, copyOf)
	for i := range c.Docs {
		root := i
		for seen := 0; c.CopyOf[root] >= 0 && seen < len(c.Docs); seen++ {
			root = c.CopyOf[root]
		}
		c.Group[i] = root
	}
}

// Independent counts the independent sources among the given documents.
func (c *Corpus) Independent(docs []int) int {
	seen := make(map[int]bool, len(docs))
	for _, d := range docs {
		seen[c.Group[d]] = true
	}
	return len(seen)
}

// IndexOf returns the index of the document whose id is id, or -1.
func (c *Corpus) IndexOf(id string) int {
	for i, x := range c.IDs {
		if x == id {
			return i
		}
	}
	return -1
}
