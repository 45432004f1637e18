//go:build !linux

package main

import "time"

// pageFirstTouch is measured on Linux only (see machine_linux.go).
func pageFirstTouch() time.Duration { return 0 }
