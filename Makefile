# ISMS Ownership Assessment: one self-contained HTML file.
#   make run    build dist/ownership-assessment.html and open it
#   make test   every test (installs Chromium and Node.js when missing, as root)
SHELL := /bin/bash
GO    ?= go
HTML  := dist/ownership-assessment.html
FLOOR := dist/floor.html
# The go-app the product runs on: go-app patched with build/goapp.patch,
# and a modfile that replaces go-app with it. Every go vet and go test
# below uses it, so that tests check the code that ships.
MODFILE := dist/go-app-patched/go.mod
GOROOT_DIR := $(shell $(GO) env GOROOT)
WASM_EXEC  := $(GOROOT_DIR)/lib/wasm/go_js_wasm_exec
# Packages with code that talks to JavaScript through safejs, tested under Node.
WASM_TEST_PKGS := ./app/storage/ ./app/browser/
AXE_VERSION := 4.10.3

.PHONY: all build floor patched run test test-native test-wasm test-e2e deps-node deps-e2e deps-office bench fuzz clean

all: build

build:
	$(GO) run ./build -out $(HTML)

floor:
	$(GO) run ./build -pkg ./testdata/floor -prerender none -title Floor -out $(FLOOR)

# dist/go-app-patched: the patched go-app and $(MODFILE) (go run ./build
# prepares them too, for the wasm).
patched:
	$(GO) run ./build -patch-only

run: build
	@url="file://$$(realpath $(HTML))"; \
	if [ -n "$${DISPLAY}$${WAYLAND_DISPLAY}" ] && command -v xdg-open >/dev/null 2>&1; then \
		echo "Opening $$url"; xdg-open "$$url" >/dev/null 2>&1 & \
	elif [ "$$(uname)" = Darwin ]; then open "$$url"; \
	else echo "No display here. Open this file in a browser: $$url"; fi

test: test-native test-wasm test-e2e

test-native: patched deps-office
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet -modfile=$(MODFILE) ./...
	$(GO) test -modfile=$(MODFILE) -count=1 ./...

test-wasm: deps-node patched
	GOOS=js GOARCH=wasm $(GO) vet -modfile=$(MODFILE) ./wasm/ ./testdata/floor/ $(WASM_TEST_PKGS)
	GOOS=js GOARCH=wasm $(GO) test -modfile=$(MODFILE) -count=1 -exec="$(WASM_EXEC)" $(WASM_TEST_PKGS)

test-e2e: deps-e2e build floor
	$(GO) vet -modfile=$(MODFILE) -tags e2e ./build/e2e/
	$(GO) test -modfile=$(MODFILE) -tags e2e -count=1 -timeout 30m ./build/e2e/

# need NAME COMMAND...: install Debian package NAME unless COMMAND exists.
define need
	@if ! command -v $(2) >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing $(1) (needed by the tests)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null; \
		else \
			echo "make test needs $(2): install it with 'sudo apt-get install $(1)'"; exit 1; \
		fi; \
	fi
endef

# The evidence pack's tests open every generated XLSX and DOCX in
# LibreOffice, headless, and read the PDFs back with pdftotext.
deps-office:
	$(call need,libreoffice-calc-nogui libreoffice-writer-nogui,soffice)
	$(call need,poppler-utils,pdftotext)

deps-node:
	$(call need,nodejs,node)

deps-e2e: deps-node
	$(call need,chromium,chromium)
	$(call need,python3,python3)
	$(call need,npm,npm)
	$(call need,poppler-utils,pdftotext)
	@if [ ! -f dist/node_modules/axe-core/axe.min.js ]; then \
		mkdir -p dist && npm install --silent --no-audit --no-fund --prefix dist axe-core@$(AXE_VERSION) >/dev/null; \
	fi

# Speed, memory and size against the floor page, in the same run; the
# targets are in the README, the method in docs/performance.md.
bench: deps-e2e build floor
	$(GO) test -modfile=$(MODFILE) -run '^$$' -bench . -benchmem ./assessment/... ./app/
	$(GO) run -modfile=$(MODFILE) ./build/bench -product $(HTML) -floor $(FLOOR) -out dist/bench.json
	$(GO) run -modfile=$(MODFILE) ./build/bench -lang de -only startup,interactions -product $(HTML) -floor $(FLOOR) -out dist/bench-de.json

# A short minimisation time keeps a large seed from stalling the run.
fuzz: patched
	$(GO) test -modfile=$(MODFILE) -run '^$$' -fuzz FuzzImport -fuzztime 60s ./assessment/csvio/
	$(GO) test -modfile=$(MODFILE) -run '^$$' -fuzz FuzzEnvelopeHead -fuzztime 60s -fuzzminimizetime 2s ./app/storage/

clean:
	rm -rf dist
