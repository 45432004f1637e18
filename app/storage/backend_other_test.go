//go:build !js

package storage

import "testing"

func TestWatchNative(t *testing.T) {
	var got []string
	stop := Watch(func(key string) { got = append(got, key) })
	FireStorageEvent("isms-ownership/v1/a/x")
	stop()
	stop() // idempotent
	FireStorageEvent("isms-ownership/v1/a/y")
	if len(got) != 1 || got[0] != "isms-ownership/v1/a/x" {
		t.Errorf("watched %v", got)
	}
}

func TestWatchNativeFilters(t *testing.T) {
	var got []string
	stop := Watch(func(key string) { got = append(got, key) })
	defer stop()
	FireStorageEvent("other-tool/x")
	FireStorageEvent("")
	if len(got) != 1 || got[0] != "" {
		t.Errorf("watched %q", got)
	}
}
