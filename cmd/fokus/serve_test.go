package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServePrintsURLServesAndStopsOnCancel(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content", "teams"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "fokus.toml"), []byte("title = \"Served\"\nlanguage = \"en\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "teams", "sales.md"), []byte("+++\ntitle = \"Sales\"\n+++\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan error, 1)
	var stdout, stderr strings.Builder
	go func() {
		done <- serveUntil(ctx, []string{"--source", dir, "--port", "0"}, &stdout, &stderr, func(u string) { urls <- u })
	}()
	var url string
	select {
	case url = <-urls:
	case err := <-done:
		t.Fatalf("serve ended before listening: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Errorf("URL %q: want the default bind address", url)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Served") {
		t.Errorf("GET %s: %d\n%s", url, resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	// The printed URL is the one it served on, and nothing was written.
	if out := stdout.String(); !strings.Contains(out, url) {
		t.Errorf("stdout does not name %s:\n%s", url, out)
	}
}

func TestServeUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"--port", "70000"}, {"--source", "/no/such/folder"}, {"--bogus"}} {
		err := serveUntil(context.Background(), args, io.Discard, io.Discard, nil)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("serve %v: %v, want a usage error", args, err)
		}
	}
}

func TestServeRefusesFolderWithoutContent(t *testing.T) {
	err := serveUntil(context.Background(), []string{"--source", t.TempDir(), "--port", "0"}, io.Discard, io.Discard, nil)
	if err == nil || !strings.Contains(err.Error(), "content/") {
		t.Errorf("serve in a folder without content/: %v", err)
	}
}
