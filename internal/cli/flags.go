package cli

import "path/filepath"

func dirOf(name string) string { return filepath.Dir(name) }
