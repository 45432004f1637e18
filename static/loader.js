// Starts the Go program that is embedded in this page. Everything happens
// locally: the wasm is read from a non-executed script element, inflated with
// DecompressionStream and compiled with WebAssembly.instantiateStreaming.
(function () {
  "use strict";
  var root = document.documentElement;
  var failed = false;

  // fail shows the polite stop message; the app root stays in the page so that
  // nothing the user typed is wiped from view, but it is made inert.
  function fail(reason) {
    if (failed) {
      return;
    }
    failed = true;
    console.error("The assessment tool stopped:", reason);
    root.dataset.appState = "error";
    root.dataset.appError = String(reason || "");
    var box = document.getElementById("app-error");
    if (box) {
      box.hidden = false;
      var button = document.getElementById("app-error-reload");
      if (button) {
        button.addEventListener("click", function () {
          location.reload();
        });
        button.focus();
      }
    }
    var app = document.body.firstElementChild;
    if (app && app !== box) {
      app.setAttribute("inert", "");
      app.setAttribute("aria-hidden", "true");
    }
  }
  function decodeBase64(text) {
    if (typeof Uint8Array.fromBase64 === "function") {
      return Uint8Array.fromBase64(text);
    }
    var bin = atob(text);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      out[i] = bin.charCodeAt(i);
    }
    return out;
  }

  function wasmResponse(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
  }

  async function instantiate(bytes, imports) {
    if (typeof WebAssembly.instantiateStreaming === "function") {
      return WebAssembly.instantiateStreaming(wasmResponse(bytes), imports);
    }
    var buffer = await wasmResponse(bytes).arrayBuffer();
    return WebAssembly.instantiate(buffer, imports);
  }

  async function start() {
    root.dataset.appState = "loading";
    if (typeof WebAssembly !== "object" || typeof DecompressionStream !== "function") {
      fail("this browser lacks WebAssembly or DecompressionStream");
      return;
    }
    var data = document.getElementById("app-wasm");
    var bytes = decodeBase64(data.textContent.trim());
    data.textContent = "";
    performance.mark("wasm-decoded");
    var go = new Go();
    var exitCode = 0;
    go.exit = function (code) {
      exitCode = code;
    };
    var result = await instantiate(bytes, go.importObject);
    performance.mark("wasm-instantiated");
    // Read-only figures for diagnostics and benchmarks: the size of the Go
    // program's linear memory. Nothing here can change the program.
    var memory = result.instance.exports.mem;
    Object.defineProperty(window, "ismsWasmMemoryBytes", {
      get: function () {
        return memory ? memory.buffer.byteLength : 0;
      },
    });
    // go.run resolves only when the Go program exits, which for this app
    // always means it stopped (a panic, or an explicit exit).
    go.run(result.instance).then(function () {
      fail("the Go program exited with code " + exitCode);
    }, fail);
  }

  window.addEventListener("error", function (event) {
    if (root.dataset.appState === "loading") {
      fail(event.message);
    }
  });
  // Let the pre-rendered first screen paint before the heavy work of
  // decoding and compiling several megabytes of wasm takes the main thread.
  requestAnimationFrame(function () {
    setTimeout(function () {
      start().catch(function (err) {
        fail(err && err.message ? err.message : err);
      });
    }, 0);
  });
})();
