//go:build unix

package cli

import (
	"os"
	"strconv"
	"syscall"
)

// lowerPriority sets the scheduling niceness of this process to n (0 to
// 19; higher yields more). On Linux niceness belongs to each thread, and a
// thread takes its creator's, so every thread running now is set and the
// ones the Go runtime starts later follow.
func lowerPriority(n int) error {
	tasks, err := os.ReadDir("/proc/self/task")
	if err != nil {
		return syscall.Setpriority(syscall.PRIO_PROCESS, 0, n) // the process, where niceness is the process's
	}
	for _, t := range tasks {
		tid, err := strconv.Atoi(t.Name())
		if err != nil {
			continue
		}
		if err := syscall.Setpriority(syscall.PRIO_PROCESS, tid, n); err != nil {
			return err
		}
	}
	return nil
}
