package surface

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"

	"github.com/crosscheck/crosscheck/internal/store"
)

// Error is a failed request as clients see it. Its JSON shape,
// {"error":{"status":404,"code":"not_found","message":"..."}}, is stable.
type Error struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// retryAfter, in seconds, goes in a Retry-After header when set: the
	// store is away for a moment (a database restart), not broken.
	retryAfter int
}

// RetryAfter is what a client is told to wait, in seconds, while the store
// cannot be reached: about the time a database takes to restart.
const RetryAfter = 5

func (e *Error) Error() string { return e.Message }

// SetHeaders sets the headers that go with the error: Retry-After while the
// store is away. Pages and the API both call it.
func (e *Error) SetHeaders(h http.Header) {
	if e.retryAfter > 0 {
		h.Set("Retry-After", strconv.Itoa(e.retryAfter))
	}
}

// Errorf makes an error with the status given; its code follows the status.
func Errorf(status int, format string, args ...any) *Error {
	return &Error{Status: status, Code: codes[status], Message: fmt.Sprintf(format, args...)}
}

var codes = map[int]string{
	http.StatusBadRequest:            "bad_request",
	http.StatusUnauthorized:          "unauthorized",
	http.StatusForbidden:             "forbidden",
	http.StatusNotFound:              "not_found",
	http.StatusMethodNotAllowed:      "method_not_allowed",
	http.StatusConflict:              "conflict",
	http.StatusRequestEntityTooLarge: "too_large",
	http.StatusUnsupportedMediaType:  "unsupported_media_type",
	http.StatusUnprocessableEntity:   "invalid_article",
	http.StatusInternalServerError:   "internal",
	http.StatusServiceUnavailable:    "unavailable",
	http.StatusGatewayTimeout:        "timeout",
}

// StatusOf maps any error a handler meets to what the client is told. It is
// the one place where errors become status codes, for the API and the pages
// alike; what it does not know is an internal error, and its message is not
// shown, since it may name files or queries.
func StatusOf(err error) *Error {
	var e *Error
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, store.ErrNotFound):
		return Errorf(http.StatusNotFound, "not found")
	case errors.Is(err, store.ErrConflict):
		return Errorf(http.StatusConflict, "changed concurrently; try again")
	case errors.As(err, &tooBig):
		return Errorf(http.StatusRequestEntityTooLarge, "request body over %d bytes", tooBig.Limit)
	case Unavailable(err):
		e := Errorf(http.StatusServiceUnavailable, "the store cannot be reached for the moment; try again shortly")
		e.retryAfter = RetryAfter
		return e
	case errors.Is(err, context.DeadlineExceeded):
		return Errorf(http.StatusGatewayTimeout, "the request took too long")
	case errors.Is(err, context.Canceled):
		return Errorf(http.StatusServiceUnavailable, "the request was cancelled")
	}
	return Errorf(http.StatusInternalServerError, "internal error")
}

// Unavailable reports whether err says the database is away rather than
// that a request is wrong: a connection refused, reset or cut short (a
// server restarting or a network gone), a pool closed, PostgreSQL's
// connection exceptions (SQLSTATE class 08) and its shutdown and start-up
// refusals (57P01-57P03, 53300 too many connections), SQLite's busy
// database. The store's drivers are not imported: their errors are known by
// the standard interfaces they implement.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var sqlState interface{ SQLState() string }
	if errors.As(err, &sqlState) {
		c := sqlState.SQLState()
		return strings.HasPrefix(c, "08") || c == "57P01" || c == "57P02" || c == "57P03" || c == "53300"
	}
	var opErr *net.OpError
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return false // the request's own time ran out: 504 or 503 as below
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &opErr):
		return true
	}
	msg := err.Error()
	for _, m := range []string{"sql: database is closed", "closed pool", "conn closed", "database is locked", "SQLITE_BUSY"} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// WriteError writes err as JSON with its status.
func WriteError(w http.ResponseWriter, err error) {
	e := StatusOf(err)
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	e.SetHeaders(h)
	if e.Status == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", `Bearer realm="crosscheck"`)
	}
	w.WriteHeader(e.Status)
	_ = json.NewEncoder(w).Encode(struct {
		Error *Error `json:"error"`
	}{e})
}
