// Package sqlstore implements store.Store over database/sql, once for both
// SQL backends. The backends (store/sqlite, store/postgres) differ only in
// their driver, their migrations and a Dialect; the queries are written once
// in the SQL both understand, with ? placeholders that the Dialect rebinds.
package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/news"
	"github.com/crosscheck/crosscheck/internal/store"
)

// Dialect is what differs between the SQL backends.
type Dialect struct {
	Name string
	// Dollar makes placeholders $1, $2, ... (PostgreSQL) instead of ?.
	Dollar bool
	// LockMigrations, when set, runs first in each migration transaction so
	// that two processes starting at once do not both migrate.
	LockMigrations string
	// Retry says whether an error is a transient lock or serialisation
	// failure worth running the transaction again.
	Retry func(error) bool
}

// DB is a store.Store over one SQL database.
type DB struct {
	// db takes the writes; rd the reads. They are one pool for PostgreSQL,
	// whose readers never wait for writers. SQLite gives reads a pool of
	// their own, whose transactions stay deferred (snapshot reads in WAL
	// mode), so readers neither take the write lock nor wait for it.
	db, rd *sql.DB
	d      Dialect
	// now is the clock; tests keep the default.
	now func() time.Time
}

var _ store.Store = (*DB)(nil)

// New wraps an open database whose schema is migrated; it serves both
// reads and writes.
func New(db *sql.DB, d Dialect) *DB {
	return &DB{db: db, rd: db, d: d, now: time.Now}
}

// NewSplit wraps a database opened twice: write for every write
// transaction, read (which must not write) for every read.
func NewSplit(write, read *sql.DB, d Dialect) *DB {
	return &DB{db: write, rd: read, d: d, now: time.Now}
}

// SQL returns the underlying database (its write pool), for
// backend-specific reports such as the size on disk.
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error {
	err := s.db.Close()
	if s.rd != s.db {
		err = errors.Join(err, s.rd.Close())
	}
	return err
}

// Migrate applies the numbered migrations NNNN_name.sql found in fsys that
// the database lacks, in order, each in its own transaction together with
// the record that it ran: a crash leaves every migration whole or absent.
func Migrate(ctx context.Context, db *sql.DB, d Dialect, fsys fs.FS) error {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`); err != nil {
		// Two processes may race to create it; the loser sees it exists.
		var n int
		if db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n) != nil {
			return fmt.Errorf("migrate: %w", err)
		}
	}
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(path.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: %s: name must start with its number", name)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		err = inTx(ctx, db, d, func(tx *sql.Tx) error {
			if d.LockMigrations != "" {
				if _, err := tx.ExecContext(ctx, d.LockMigrations); err != nil {
					return err
				}
			}
			var n int
			if err := tx.QueryRowContext(ctx, rebind(d, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), v).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, rebind(d, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`), v, name)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

func rebind(d Dialect, q string) string {
	if !d.Dollar {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

func (s *DB) q(query string) string { return rebind(s.d, query) }

// inTx runs fn in one transaction, committing if it returns nil, and runs it
// again a few times when the backend reports a transient lock conflict.
func inTx(ctx context.Context, db *sql.DB, d Dialect, fn func(*sql.Tx) error) error {
	var err error
	for attempt := 0; attempt < 8; attempt++ {
		err = tryTx(ctx, db, fn)
		if err == nil || d.Retry == nil || !d.Retry(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(10<<attempt) * time.Millisecond):
		}
	}
	return err
}

func tryTx(ctx context.Context, db *sql.DB, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (s *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	return inTx(ctx, s.db, s.d, fn)
}

// Times are stored as Unix nanoseconds (UTC) in both backends, so that the
// same comparisons and sorts work everywhere; NULL is "unknown".
func nanos(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixNano()
}

func fromNanos(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return time.Unix(0, n.Int64).UTC()
}

func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Known returns the stored keys among keys.
func (s *DB) Known(ctx context.Context, keys []string) (map[string]string, error) {
	out := make(map[string]string)
	for chunk := range slices.Chunk(keys, 500) {
		q := s.q(`SELECT key, id FROM articles WHERE key IN (?` + strings.Repeat(",?", len(chunk)-1) + `)`)
		args := make([]any, len(chunk))
		for i, k := range chunk {
			args[i] = k
		}
		rows, err := s.rd.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("known articles: %w", err)
		}
		for rows.Next() {
			var k, id string
			if err := rows.Scan(&k, &id); err != nil {
				rows.Close()
				return nil, err
			}
			out[k] = id
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Apply stores one change in one transaction.
func (s *DB) Apply(ctx context.Context, c store.Change) (store.Applied, error) {
	var res store.Applied
	now := s.now().UnixNano()
	err := s.tx(ctx, func(tx *sql.Tx) error {
		res = store.Applied{}
		touched := map[string]bool{}
		for _, m := range c.Merges {
			if m.From == m.Into {
				continue
			}
			if err := s.ensureStory(ctx, tx, m.Into, now); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE articles SET story_id = ? WHERE story_id = ?`), m.Into, m.From); err != nil {
				return fmt.Errorf("merge %s into %s: %w", m.From, m.Into, err)
			}
			if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM stories WHERE id = ?`), m.From); err != nil {
				return fmt.Errorf("merge %s into %s: %w", m.From, m.Into, err)
			}
			delete(touched, m.From)
			touched[m.Into] = true
		}
		for _, na := range c.Articles {
			a := na.Article
			if a == nil || a.ID == "" || na.Key == "" || na.StoryID == "" {
				return fmt.Errorf("store article: id, key and story are required")
			}
			if err := s.ensureStory(ctx, tx, na.StoryID, now); err != nil {
				return err
			}
			r, err := tx.ExecContext(ctx, s.q(`INSERT INTO articles
				(id, key, story_id, copy_of, file, url, outlet, outlet_from, title, published, author, language, text, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING`),
				a.ID, na.Key, na.StoryID, nullStr(na.CopyOf), a.File, a.URL, a.Outlet, a.OutletFrom, a.Title,
				nanos(a.Published), a.Author, a.Language, a.Text, now)
			if err != nil {
				return fmt.Errorf("store article %s: %w", a.Name(), err)
			}
			if n, _ := r.RowsAffected(); n == 0 {
				res.Skipped = append(res.Skipped, a.ID)
				continue
			}
			res.Added = append(res.Added, a.ID)
			touched[na.StoryID] = true
		}
		for id, t := range c.Titles {
			if _, err := tx.ExecContext(ctx, s.q(`UPDATE stories SET title = ? WHERE id = ?`), t, id); err != nil {
				return fmt.Errorf("story %s: %w", id, err)
			}
		}
		for id := range touched {
			if err := s.refresh(ctx, tx, id, now); err != nil {
				return err
			}
			res.Touched = append(res.Touched, id)
		}
		// A story left with no article (all moved away) is dropped.
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM articles WHERE articles.story_id = stories.id)`); err != nil {
			return err
		}
		sort.Strings(res.Touched)
		return nil
	})
	if err != nil {
		return store.Applied{}, err
	}
	return res, nil
}

func (s *DB) ensureStory(ctx context.Context, tx *sql.Tx, id string, now int64) error {
	_, err := tx.ExecContext(ctx, s.q(`INSERT INTO stories (id, title, version, brief_version, independent, created_at, updated_at)
		VALUES (?, '', 0, -1, 0, ?, ?) ON CONFLICT DO NOTHING`), id, now, now)
	if err != nil {
		return fmt.Errorf("story %s: %w", id, err)
	}
	return nil
}

// refresh bumps a changed story's version (making its brief stale) and
// recomputes its counts from its articles.
func (s *DB) refresh(ctx context.Context, tx *sql.Tx, id string, now int64) error {
	_, err := tx.ExecContext(ctx, s.q(`UPDATE stories SET
		version = version + 1,
		updated_at = ?,
		independent = (SELECT COUNT(*) FROM articles WHERE story_id = ? AND copy_of IS NULL),
		title = CASE WHEN title = '' THEN COALESCE((SELECT title FROM articles WHERE story_id = ? AND title <> '' ORDER BY seq LIMIT 1), '') ELSE title END
		WHERE id = ?`), now, id, id, id)
	if err != nil {
		return fmt.Errorf("story %s: %w", id, err)
	}
	return nil
}

const articleCols = `seq, id, key, story_id, copy_of, file, url, outlet, outlet_from, title, published, author, language, text, added_at`

func scanArticle(sc interface{ Scan(...any) error }) (int64, *store.StoredArticle, error) {
	var (
		seq       int64
		sa        store.StoredArticle
		copyOf    sql.NullString
		published sql.NullInt64
		added     int64
	)
	a := &sa.Article
	err := sc.Scan(&seq, &a.ID, &sa.Key, &sa.StoryID, &copyOf, &a.File, &a.URL, &a.Outlet, &a.OutletFrom, &a.Title,
		&published, &a.Author, &a.Language, &a.Text, &added)
	if err != nil {
		return 0, nil, err
	}
	sa.CopyOf = copyOf.String
	a.Published = fromNanos(published)
	sa.Added = time.Unix(0, added).UTC()
	return seq, &sa, nil
}

// Article returns one stored article.
func (s *DB) Article(ctx context.Context, id string) (*store.StoredArticle, error) {
	row := s.rd.QueryRowContext(ctx, s.q(`SELECT `+articleCols+` FROM articles WHERE id = ?`), id)
	_, a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return a, nil
}

// StoryArticles returns a story's articles and version.
func (s *DB) StoryArticles(ctx context.Context, storyID string) ([]*news.Article, int64, error) {
	var (
		arts    []*news.Article
		version int64
	)
	// One read transaction, so the version matches the articles.
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		arts = nil
		if err := tx.QueryRowContext(ctx, s.q(`SELECT version FROM stories WHERE id = ?`), storyID).Scan(&version); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return store.ErrNotFound
			}
			return err
		}
		rows, err := tx.QueryContext(ctx, s.q(`SELECT `+articleCols+` FROM articles WHERE story_id = ? ORDER BY seq`), storyID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			_, sa, err := scanArticle(rows)
			if err != nil {
				return err
			}
			a := sa.Article
			arts = append(arts, &a)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, 0, fmt.Errorf("story %s: %w", storyID, err)
	}
	return arts, version, nil
}

// readTx runs fn in one read transaction on the read pool: one snapshot,
// so what fn reads in several queries fits together. SQLite's read
// transaction is one snapshot as it is; PostgreSQL's default, READ
// COMMITTED, takes a new snapshot for every statement, so there it asks
// for REPEATABLE READ (which, read-only, never fails to serialise).
func (s *DB) readTx(ctx context.Context, fn func(*sql.Tx) error) error {
	opt := &sql.TxOptions{}
	if s.d.Dollar {
		opt = &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead}
	}
	tx, err := s.rd.BeginTx(ctx, opt)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

// marshalBrief is the stored form of a brief: compact JSON without HTML
// escaping, so that indenting it gives exactly what render.JSON writes.
func marshalBrief(b *news.Brief) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// PutBrief stores a story's brief if the story is still at version.
func (s *DB) PutBrief(ctx context.Context, storyID string, version int64, b *news.Brief) error {
	data, err := marshalBrief(b)
	if err != nil {
		return fmt.Errorf("brief of story %s: %w", storyID, err)
	}
	indep := 0
	for _, src := range b.Sources {
		if src.CopyOf == nil {
			indep++
		}
	}
	now := s.now().UnixNano()
	return s.tx(ctx, func(tx *sql.Tx) error {
		set := `brief = ?, brief_version = version, independent = ?, updated_at = ?`
		args := []any{string(data), indep, now}
		if b.Title != "" {
			set += `, title = ?`
			args = append(args, b.Title)
		}
		args = append(args, storyID, version)
		r, err := tx.ExecContext(ctx, s.q(`UPDATE stories SET `+set+` WHERE id = ? AND version = ?`), args...)
		if err != nil {
			return fmt.Errorf("brief of story %s: %w", storyID, err)
		}
		if n, _ := r.RowsAffected(); n == 1 {
			return nil
		}
		var v int64
		if err := tx.QueryRowContext(ctx, s.q(`SELECT version FROM stories WHERE id = ?`), storyID).Scan(&v); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("brief of story %s: %w", storyID, store.ErrNotFound)
			}
			return err
		}
		return fmt.Errorf("brief of story %s (version %d, now %d): %w", storyID, version, v, store.ErrConflict)
	})
}

// Stale lists stories whose brief lags their articles.
func (s *DB) Stale(ctx context.Context) ([]string, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT id FROM stories WHERE brief_version <> version ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("stale stories: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// Assignments walks the stored articles after seq.
func (s *DB) Assignments(ctx context.Context, after int64, fn func(seq int64, a *news.Article, storyID string) error) (int64, error) {
	last := after
	// In pages, so neither backend holds one huge result open while fn works.
	for {
		rows, err := s.rd.QueryContext(ctx, s.q(`SELECT `+articleCols+` FROM articles WHERE seq > ? ORDER BY seq LIMIT 1000`), last)
		if err != nil {
			return last, fmt.Errorf("stored articles: %w", err)
		}
		var page []*store.StoredArticle
		var seqs []int64
		for rows.Next() {
			seq, sa, err := scanArticle(rows)
			if err != nil {
				rows.Close()
				return last, err
			}
			page = append(page, sa)
			seqs = append(seqs, seq)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return last, err
		}
		if len(page) == 0 {
			return last, nil
		}
		for i, sa := range page {
			a := sa.Article
			if err := fn(seqs[i], &a, sa.StoryID); err != nil {
				return last, err
			}
			last = seqs[i]
		}
	}
}

// Stories lists stories.
func (s *DB) Stories(ctx context.Context, q store.StoryQuery) ([]store.StoryInfo, error) {
	var where []string
	var args []any
	if !q.Since.IsZero() {
		where = append(where, `s.updated_at >= ?`)
		args = append(args, q.Since.UnixNano())
	}
	for _, w := range strings.Fields(strings.ToLower(q.Search)) {
		like := "%" + escapeLike(w) + "%"
		where = append(where, `(LOWER(s.title) LIKE ? ESCAPE '\' OR EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND LOWER(a.title) LIKE ? ESCAPE '\'))`)
		args = append(args, like, like)
	}
	query := `SELECT s.id, s.title, s.independent, s.updated_at FROM stories s`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	switch q.Sort {
	case "", store.SortLatest:
		query += ` ORDER BY s.updated_at DESC, s.id`
	case store.SortIndependent:
		query += ` ORDER BY s.independent DESC, s.updated_at DESC, s.id`
	default:
		return nil, fmt.Errorf("list stories: unknown sort %q (want %s or %s)", q.Sort, store.SortLatest, store.SortIndependent)
	}
	if q.Limit > 0 {
		query += ` LIMIT ` + strconv.Itoa(q.Limit)
	} else if q.Offset > 0 {
		query += ` LIMIT 1000000000`
	}
	if q.Offset > 0 {
		query += ` OFFSET ` + strconv.Itoa(q.Offset)
	}
	var out []store.StoryInfo
	// Two queries whatever the number of stories (the stories, then their
	// articles), in one snapshot: a list page is read on every request.
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, s.q(query), args...)
		if err != nil {
			return err
		}
		out = nil
		at := map[string]int{}
		for rows.Next() {
			var info store.StoryInfo
			var updated int64
			if err := rows.Scan(&info.ID, &info.Title, &info.Independent, &updated); err != nil {
				rows.Close()
				return err
			}
			info.Updated = time.Unix(0, updated).UTC()
			info.Articles = []news.StoryArticle{}
			at[info.ID] = len(out)
			out = append(out, info)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ids := make([]any, len(out))
		for i := range out {
			ids[i] = out[i].ID
		}
		for chunk := range slices.Chunk(ids, 500) {
			rows, err := tx.QueryContext(ctx, s.q(`SELECT story_id, `+storyArticleCols+` FROM articles WHERE story_id IN (?`+strings.Repeat(",?", len(chunk)-1)+`) ORDER BY seq`), chunk...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var story string
				sa, t, err := scanStoryArticle(rows, &story)
				if err != nil {
					rows.Close()
					return err
				}
				addArticle(&out[at[story]], sa, t)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return out, nil
}

// storyArticleCols are the columns of an article as a story lists it.
const storyArticleCols = `id, file, url, outlet, published, copy_of`

// scanStoryArticle scans storyArticleCols, after the columns in pre, and
// returns the article and its publication time.
func scanStoryArticle(sc interface{ Scan(...any) error }, pre ...any) (news.StoryArticle, time.Time, error) {
	var (
		sa        news.StoryArticle
		published sql.NullInt64
		copyOf    sql.NullString
	)
	if err := sc.Scan(append(pre, &sa.ID, &sa.File, &sa.URL, &sa.Outlet, &published, &copyOf)...); err != nil {
		return sa, time.Time{}, err
	}
	t := fromNanos(published)
	if !t.IsZero() {
		p := t.Format(time.RFC3339)
		sa.Published = &p
	}
	if copyOf.Valid {
		c := copyOf.String
		sa.CopyOf = &c
	}
	return sa, t, nil
}

// addArticle adds an article to a story's list entry: its count and the
// span of publication times.
func addArticle(info *store.StoryInfo, sa news.StoryArticle, t time.Time) {
	if !t.IsZero() {
		if info.First == nil || t.Before(*info.First) {
			f := t
			info.First = &f
		}
		if info.Last == nil || t.After(*info.Last) {
			l := t
			info.Last = &l
		}
	}
	info.Articles = append(info.Articles, sa)
	info.Sources = len(info.Articles)
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// storyInfo reads one story's list entry and its brief JSON.
func (s *DB) storyInfo(ctx context.Context, tx *sql.Tx, id string) (*store.StoryInfo, []byte, bool, error) {
	var (
		info        store.StoryInfo
		updated     int64
		version, bv int64
		briefJSON   sql.NullString
	)
	err := tx.QueryRowContext(ctx, s.q(`SELECT id, title, independent, updated_at, version, brief_version, brief FROM stories WHERE id = ?`), id).
		Scan(&info.ID, &info.Title, &info.Independent, &updated, &version, &bv, &briefJSON)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, false, store.ErrNotFound
	}
	if err != nil {
		return nil, nil, false, err
	}
	info.Updated = time.Unix(0, updated).UTC()
	rows, err := tx.QueryContext(ctx, s.q(`SELECT `+storyArticleCols+` FROM articles WHERE story_id = ? ORDER BY seq`), id)
	if err != nil {
		return nil, nil, false, err
	}
	defer rows.Close()
	info.Articles = []news.StoryArticle{}
	for rows.Next() {
		sa, t, err := scanStoryArticle(rows)
		if err != nil {
			return nil, nil, false, err
		}
		addArticle(&info, sa, t)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, false, err
	}
	var b []byte
	if briefJSON.Valid {
		b = []byte(briefJSON.String)
	}
	return &info, b, bv != version, nil
}

// Story returns one story with its brief.
func (s *DB) Story(ctx context.Context, id string) (*store.Story, error) {
	var st *store.Story
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		info, data, stale, err := s.storyInfo(ctx, tx, id)
		if err != nil {
			return err
		}
		st = &store.Story{StoryInfo: *info, Stale: stale}
		if data != nil {
			st.Brief = new(news.Brief)
			if err := json.Unmarshal(data, st.Brief); err != nil {
				return fmt.Errorf("stored brief: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	return st, nil
}

// BriefJSON returns a story's stored brief JSON and whether it is stale.
func (s *DB) BriefJSON(ctx context.Context, id string) ([]byte, bool, error) {
	var (
		data        sql.NullString
		version, bv int64
	)
	err := s.rd.QueryRowContext(ctx, s.q(`SELECT brief, version, brief_version FROM stories WHERE id = ?`), id).Scan(&data, &version, &bv)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, fmt.Errorf("story %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, false, fmt.Errorf("story %s: %w", id, err)
	}
	if !data.Valid {
		return nil, true, nil
	}
	return []byte(data.String), bv != version, nil
}

// AddFeed adds a feed.
func (s *DB) AddFeed(ctx context.Context, url string) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO feeds (url, title, etag, last_modified, added_at, failures, last_error)
		VALUES (?, '', '', '', ?, 0, '') ON CONFLICT DO NOTHING`), url, s.now().UnixNano())
	if err != nil {
		return fmt.Errorf("add feed %s: %w", url, err)
	}
	return nil
}

const feedCols = `url, title, etag, last_modified, added_at, last_checked, next_check, failures, last_error`

func scanFeed(sc interface{ Scan(...any) error }) (*store.Feed, error) {
	var (
		f             store.Feed
		added         int64
		checked, next sql.NullInt64
	)
	if err := sc.Scan(&f.URL, &f.Title, &f.ETag, &f.LastModified, &added, &checked, &next, &f.Failures, &f.LastError); err != nil {
		return nil, err
	}
	f.Added = time.Unix(0, added).UTC()
	f.LastChecked = fromNanos(checked)
	f.NextCheck = fromNanos(next)
	return &f, nil
}

// Feeds lists the feeds.
func (s *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.rd.QueryContext(ctx, `SELECT `+feedCols+` FROM feeds ORDER BY added_at, url`)
	if err != nil {
		return nil, fmt.Errorf("list feeds: %w", err)
	}
	defer rows.Close()
	out := []store.Feed{}
	for rows.Next() {
		f, err := scanFeed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, *f)
	}
	return out, rows.Err()
}

// Feed returns one feed.
func (s *DB) Feed(ctx context.Context, url string) (*store.Feed, error) {
	f, err := scanFeed(s.rd.QueryRowContext(ctx, s.q(`SELECT `+feedCols+` FROM feeds WHERE url = ?`), url))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("feed %s: %w", url, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", url, err)
	}
	return f, nil
}

// UpdateFeed saves a feed's polling state.
func (s *DB) UpdateFeed(ctx context.Context, f store.Feed) error {
	r, err := s.db.ExecContext(ctx, s.q(`UPDATE feeds SET title = ?, etag = ?, last_modified = ?, last_checked = ?, next_check = ?, failures = ?, last_error = ? WHERE url = ?`),
		f.Title, f.ETag, f.LastModified, nanos(f.LastChecked), nanos(f.NextCheck), f.Failures, f.LastError, f.URL)
	if err != nil {
		return fmt.Errorf("update feed %s: %w", f.URL, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("update feed %s: %w", f.URL, store.ErrNotFound)
	}
	return nil
}

// RemoveFeed removes a feed.
func (s *DB) RemoveFeed(ctx context.Context, url string) error {
	r, err := s.db.ExecContext(ctx, s.q(`DELETE FROM feeds WHERE url = ?`), url)
	if err != nil {
		return fmt.Errorf("remove feed %s: %w", url, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("remove feed %s: %w", url, store.ErrNotFound)
	}
	return nil
}
