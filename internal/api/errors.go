package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/crosscheck/crosscheck/internal/store"
)

// Error is a failed request as clients see it. Its JSON shape,
// {"error":{"status":404,"code":"not_found","message":"..."}}, is stable.
type Error struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

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
	case errors.Is(err, context.DeadlineExceeded):
		return Errorf(http.StatusGatewayTimeout, "the request took too long")
	case errors.Is(err, context.Canceled):
		return Errorf(http.StatusServiceUnavailable, "the request was cancelled")
	}
	return Errorf(http.StatusInternalServerError, "internal error")
}

// WriteError writes err as JSON with its status.
func WriteError(w http.ResponseWriter, err error) {
	e := StatusOf(err)
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	if e.Status == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", `Bearer realm="crosscheck"`)
	}
	w.WriteHeader(e.Status)
	_ = json.NewEncoder(w).Encode(struct {
		Error *Error `json:"error"`
	}{e})
}
