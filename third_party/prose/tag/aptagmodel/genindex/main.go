// Command genindex writes en.idx, the hash index of en.bin's features
// (patched for crosscheck; run by `go generate` in tag/aptagmodel).
package main

import (
	"log"
	"os"

	"github.com/jdkato/prose/v3/internal/flat"
)

func main() {
	data, err := os.ReadFile("en.bin")
	if err != nil {
		log.Fatal(err)
	}
	m, err := flat.Unmarshal(data)
	if err != nil {
		log.Fatal(err)
	}
	index := m.BuildIndex()
	if err := os.WriteFile("en.idx", index, 0o644); err != nil {
		log.Fatal(err)
	}
	mean, longest := flat.ProbeStats(m, index)
	log.Printf("en.idx: %d features in %d slots, %.2f probes a feature on average, %d at most", m.NumFeatures(), len(index)/4, mean, longest)
}
