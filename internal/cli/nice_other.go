//go:build !unix

package cli

import "errors"

func lowerPriority(int) error { return errors.New("not supported on this system") }
