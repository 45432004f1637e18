// Package chromium finds the headless Chromium and holds the launch options
// that the end-to-end tests and the benchmark share, so that what is tested
// and what is measured run in the same browser set-up.
package chromium

import (
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Path returns the Chromium to run: $CHROMIUM when set, else the first of
// chromium, chromium-browser and google-chrome on PATH.
func Path() (string, error) {
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium found: install Debian's chromium package (make test does this when run as root)")
}

// Options launches the Chromium at path headless, with the user profile in
// profile (a fresh directory, so that nothing carries over between runs),
// a 1280×900 window, and none of the background work that would make
// requests or take CPU from the page.
func Options(path, profile string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
	}
}
