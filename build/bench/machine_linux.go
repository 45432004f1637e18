package main

import (
	"syscall"
	"time"
)

// pageFirstTouch is what writing to a fresh 4 KiB page of memory costs on
// this machine: the page fault, which the kernel (and, in a virtual
// machine, the hypervisor) serves by handing over a zeroed page. A page
// starts up, imports and renders by touching tens of thousands of fresh
// pages, so this figure tells two machines apart where the CPU model does
// not: on the VM of 2026-12-06 it was about 11 µs, and the same floor page
// started 3.3 times slower than on 2026-11-22 (docs/performance.md). It
// returns 0 when the memory cannot be mapped.
func pageFirstTouch() time.Duration {
	const size, page = 64 << 20, 4096
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return 0
	}
	defer syscall.Munmap(mem)
	// Huge pages would serve 512 pages with one fault.
	_ = syscall.Madvise(mem, syscall.MADV_NOHUGEPAGE)
	start := time.Now()
	for i := 0; i < size; i += page {
		mem[i] = 1
	}
	return time.Since(start) / (size / page)
}
